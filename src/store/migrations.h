// Versioned schema migrations for both backends: each database records the versions it has in
// `schema_migrations(version, applied_at)`, and OpenRepository applies the missing ones in one
// transaction that excludes other processes, so re-opening is idempotent.
#pragma once

#include <span>
#include <string_view>

#include "base/result.h"
#include "store/sql.h"

namespace jixiao {

struct Migration {
  int version = 0;
  std::string_view sql;  // a script of several statements, in the backend's dialect
};

std::span<const Migration> SqliteMigrations();
std::span<const Migration> PostgresMigrations();

// Applies every migration in `migrations` that the database lacks, in order; refuses a
// database whose schema is newer than this program. `now` is recorded as `applied_at`.
Result<bool> ApplyMigrations(SqlConnection& connection, std::span<const Migration> migrations,
                             int64_t now);

}  // namespace jixiao
