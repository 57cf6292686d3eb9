#include "store/sqlite_repository.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <thread>
#include <unordered_map>

#include "store/migrations.h"

namespace jixiao {
namespace {

constexpr std::size_t kPoolSize = 8;
constexpr int kBusyTimeoutMs = 5000;

ErrorCode CodeOf(int extended) {
  switch (extended) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return ErrorCode::kConflict;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
    case SQLITE_CONSTRAINT_CHECK:
    case SQLITE_CONSTRAINT_NOTNULL:
    case SQLITE_CONSTRAINT_DATATYPE:
      return ErrorCode::kInvalidInput;
    default:
      return ErrorCode::kIo;
  }
}

class SqliteConnection : public SqlConnection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close_v2(db_);
  }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Result<SqlRows> Run(const std::string& sql, const SqlParams& params) override;
  Result<bool> Script(const std::string& sql) override;
  Result<bool> Begin() override { return Script("BEGIN IMMEDIATE"); }
  Result<bool> BeginMigration() override { return Script("BEGIN IMMEDIATE"); }

 private:
  tl::unexpected<Error> Failure(int code) const {
    return Fail(CodeOf(code), std::string("数据库错误：") + sqlite3_errmsg(db_));
  }
  Result<sqlite3_stmt*> Prepare(const std::string& sql);
  Result<bool> Bind(sqlite3_stmt* statement, const SqlParams& params);
  Result<SqlRows> Step(sqlite3_stmt* statement);

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

Result<sqlite3_stmt*> SqliteConnection::Prepare(const std::string& sql) {
  if (auto found = statements_.find(sql); found != statements_.end()) return found->second;
  sqlite3_stmt* statement = nullptr;
  int code = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
  if (code != SQLITE_OK) return Failure(code);
  statements_.emplace(sql, statement);
  return statement;
}

// Parameters are named `$1`…`$n`; each binds the value at that position, wherever it appears.
Result<bool> SqliteConnection::Bind(sqlite3_stmt* statement, const SqlParams& params) {
  int count = sqlite3_bind_parameter_count(statement);
  for (int i = 1; i <= count; ++i) {
    const char* name = sqlite3_bind_parameter_name(statement, i);
    std::size_t position = name && name[0] == '$' ? std::strtoul(name + 1, nullptr, 10) : 0;
    if (position < 1 || position > params.size()) {
      return Fail(ErrorCode::kIo, std::string("SQL 参数缺失：") + (name ? name : "?"));
    }
    const SqlValue& value = params[position - 1];
    int code = SQLITE_OK;
    if (const auto* number = std::get_if<int64_t>(&value)) {
      code = sqlite3_bind_int64(statement, i, *number);
    } else if (const auto* text = std::get_if<std::string>(&value)) {
      code = sqlite3_bind_text64(statement, i, text->data(), text->size(), SQLITE_TRANSIENT,
                                 SQLITE_UTF8);
    } else {
      code = sqlite3_bind_null(statement, i);
    }
    if (code != SQLITE_OK) return Failure(code);
  }
  return true;
}

Result<SqlRows> SqliteConnection::Step(sqlite3_stmt* statement) {
  SqlRows rows;
  int columns = sqlite3_column_count(statement);
  for (;;) {
    int code = sqlite3_step(statement);
    if (code == SQLITE_DONE) return rows;
    if (code != SQLITE_ROW) return Failure(code);
    SqlRow row;
    row.cells.reserve(columns);
    for (int c = 0; c < columns; ++c) {
      if (sqlite3_column_type(statement, c) == SQLITE_NULL) {
        row.cells.emplace_back();
        continue;
      }
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
      row.cells.emplace_back(std::string(text, sqlite3_column_bytes(statement, c)));
    }
    rows.push_back(std::move(row));
  }
}

Result<SqlRows> SqliteConnection::Run(const std::string& sql, const SqlParams& params) {
  auto statement = Prepare(sql);
  if (!statement) return tl::unexpected(statement.error());
  auto rows = Bind(*statement, params).and_then([&](bool) { return Step(*statement); });
  // Reset at once: a statement left mid-way would hold its read snapshot open.
  sqlite3_reset(*statement);
  sqlite3_clear_bindings(*statement);
  return rows;
}

Result<bool> SqliteConnection::Script(const std::string& sql) {
  char* message = nullptr;
  int code = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (code == SQLITE_OK) return true;
  std::string text = message ? message : sqlite3_errstr(code);
  sqlite3_free(message);
  return Fail(CodeOf(sqlite3_extended_errcode(db_)), "数据库错误：" + text);
}

// Switching a new file to WAL needs the file to itself; while another connection migrates it
// SQLite answers "busy" at once instead of waiting (to avoid a deadlock), so wait here.
Result<bool> SetPragmas(sqlite3* db, SqliteConnection& connection) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  for (;;) {
    auto set = connection.Script(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
    if (set || (sqlite3_extended_errcode(db) & 0xff) != SQLITE_BUSY ||
        std::chrono::steady_clock::now() > deadline) {
      return set;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

Result<std::unique_ptr<SqlConnection>> OpenConnection(const std::string& path) {
  sqlite3* db = nullptr;
  int code = sqlite3_open_v2(path.c_str(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
  auto connection = std::make_unique<SqliteConnection>(db);
  if (code != SQLITE_OK) {
    return Fail(ErrorCode::kIo, "无法打开数据库 " + path + "：" +
                                    (db ? sqlite3_errmsg(db) : sqlite3_errstr(code)));
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  if (!SetPragmas(db, *connection)) {
    return Fail(ErrorCode::kIo, "无法打开数据库 " + path + "：" + sqlite3_errmsg(db));
  }
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace

Result<std::unique_ptr<SqliteRepository>> SqliteRepository::Open(const std::string& path) {
  auto first = OpenConnection(path);
  if (!first) return tl::unexpected(first.error());
  auto migrated = ApplyMigrations(**first, SqliteMigrations(), std::time(nullptr));
  if (!migrated) return tl::unexpected(migrated.error().WithContext("数据库 " + path + "："));
  // Every connection to ":memory:" would be a database of its own: keep to one.
  bool in_memory = path.empty() || path == ":memory:";
  auto pool = std::make_unique<ConnectionPool>([path] { return OpenConnection(path); },
                                               in_memory ? 1 : kPoolSize);
  pool->Give(std::move(*first));
  return std::make_unique<SqliteRepository>(std::move(pool), true);
}

}  // namespace jixiao
