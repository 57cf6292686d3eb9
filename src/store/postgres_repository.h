// The shared PostgreSQL backend over libpq: a pool of connections, each with its own prepared
// statements, every value sent as a parameter, every write in BEGIN … COMMIT under READ
// COMMITTED. The SQL itself lives in SqlRepository.
#pragma once

#include <memory>
#include <string>

#include "store/sql_repository.h"

namespace jixiao {

class PostgresRepository : public SqlRepository {
 public:
  using SqlRepository::SqlRepository;

  // Connects with a libpq URI ("postgresql:///jixiao?host=/run/postgresql") and migrates.
  static Result<std::unique_ptr<PostgresRepository>> Open(const std::string& url);
};

}  // namespace jixiao
