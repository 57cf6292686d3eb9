// The embedded SQLite backend: one database file in WAL mode (readers run beside the one
// writer), a pool of connections with cached prepared statements, every write in
// BEGIN IMMEDIATE … COMMIT. The SQL itself lives in SqlRepository.
#pragma once

#include <memory>
#include <string>

#include "store/sql_repository.h"

namespace jixiao {

class SqliteRepository : public SqlRepository {
 public:
  using SqlRepository::SqlRepository;

  // Opens or creates the database file at `path` (its folder must exist) and migrates it.
  static Result<std::unique_ptr<SqliteRepository>> Open(const std::string& path);
};

}  // namespace jixiao
