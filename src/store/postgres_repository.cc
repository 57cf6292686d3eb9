#include "store/postgres_repository.h"

#include <libpq-fe.h>

#include <ctime>
#include <string_view>
#include <unordered_map>

#include "store/migrations.h"

namespace jixiao {
namespace {

constexpr std::size_t kPoolSize = 8;
// pg_advisory_xact_lock key held while migrating: "jixiao" in ASCII.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(117001224282479)";

ErrorCode CodeOf(std::string_view sqlstate) {
  if (sqlstate == "23505") return ErrorCode::kConflict;  // unique_violation
  if (sqlstate == "23503" || sqlstate == "23514" || sqlstate == "23502") {
    return ErrorCode::kInvalidInput;  // foreign key, check, not null
  }
  return ErrorCode::kIo;
}

std::string Trimmed(const char* message) {
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

// Owns one PGresult.
struct ResultHolder {
  PGresult* result;
  ~ResultHolder() { PQclear(result); }
};

class PostgresConnection : public SqlConnection {
 public:
  explicit PostgresConnection(PGconn* connection) : connection_(connection) {}
  ~PostgresConnection() override { PQfinish(connection_); }
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  Result<SqlRows> Run(const std::string& sql, const SqlParams& params) override;
  Result<bool> Script(const std::string& sql) override;
  Result<bool> Begin() override { return Script("BEGIN"); }
  Result<bool> BeginMigration() override { return Script(std::string("BEGIN; ") + kMigrationLock); }
  bool Usable() const override { return PQstatus(connection_) == CONNECTION_OK; }

 private:
  Result<std::string> Prepare(const std::string& sql);

  PGconn* connection_;
  std::unordered_map<std::string, std::string> statements_;  // SQL -> prepared name
};

bool Succeeded(const PGresult* result) {
  ExecStatusType status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

tl::unexpected<Error> Failure(const PGresult* result, PGconn* connection) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  std::string message = result ? Trimmed(PQresultErrorMessage(result)) : "";
  if (message.empty()) message = Trimmed(PQerrorMessage(connection));
  return Fail(CodeOf(state ? state : ""), "数据库错误：" + message);
}

SqlRows RowsOf(const PGresult* result) {
  SqlRows rows(PQntuples(result));
  int columns = PQnfields(result);
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    rows[r].cells.reserve(columns);
    for (int c = 0; c < columns; ++c) {
      if (PQgetisnull(result, r, c)) {
        rows[r].cells.emplace_back();
      } else {
        rows[r].cells.emplace_back(std::string(PQgetvalue(result, r, c), PQgetlength(result, r, c)));
      }
    }
  }
  return rows;
}

Result<std::string> PostgresConnection::Prepare(const std::string& sql) {
  if (auto found = statements_.find(sql); found != statements_.end()) return found->second;
  std::string name = "jixiao_" + std::to_string(statements_.size() + 1);
  ResultHolder prepared{PQprepare(connection_, name.c_str(), sql.c_str(), 0, nullptr)};
  if (!Succeeded(prepared.result)) return Failure(prepared.result, connection_);
  statements_.emplace(sql, name);
  return name;
}

Result<SqlRows> PostgresConnection::Run(const std::string& sql, const SqlParams& params) {
  auto name = Prepare(sql);
  if (!name) return tl::unexpected(name.error());
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (const auto* number = std::get_if<int64_t>(&params[i])) {
      texts[i] = std::to_string(*number);
      values[i] = texts[i].c_str();
    } else if (const auto* text = std::get_if<std::string>(&params[i])) {
      values[i] = text->c_str();
    }
  }
  ResultHolder done{PQexecPrepared(connection_, name->c_str(), static_cast<int>(values.size()),
                                   values.data(), nullptr, nullptr, 0)};
  if (!Succeeded(done.result)) return Failure(done.result, connection_);
  return RowsOf(done.result);
}

Result<bool> PostgresConnection::Script(const std::string& sql) {
  ResultHolder done{PQexec(connection_, sql.c_str())};
  if (!Succeeded(done.result)) return Failure(done.result, connection_);
  return true;
}

void IgnoreNotice(void*, const char*) {}  // "relation already exists, skipping" and the like

Result<std::unique_ptr<SqlConnection>> OpenConnection(const std::string& url) {
  PGconn* raw = PQconnectdb(url.c_str());
  auto connection = std::make_unique<PostgresConnection>(raw);
  if (raw == nullptr || PQstatus(raw) != CONNECTION_OK) {
    return Fail(ErrorCode::kIo, "无法连接 PostgreSQL 数据库：" +
                                    (raw ? Trimmed(PQerrorMessage(raw)) : std::string("内存不足")));
  }
  PQsetNoticeProcessor(raw, IgnoreNotice, nullptr);
  if (PQsetClientEncoding(raw, "UTF8") != 0) {
    return Fail(ErrorCode::kIo, "PostgreSQL 数据库不接受 UTF8 编码：" + Trimmed(PQerrorMessage(raw)));
  }
  return std::unique_ptr<SqlConnection>(std::move(connection));
}

}  // namespace

Result<std::unique_ptr<PostgresRepository>> PostgresRepository::Open(const std::string& url) {
  auto first = OpenConnection(url);
  if (!first) return tl::unexpected(first.error());
  auto migrated = ApplyMigrations(**first, PostgresMigrations(), std::time(nullptr));
  if (!migrated) return tl::unexpected(migrated.error());
  auto pool = std::make_unique<ConnectionPool>([url] { return OpenConnection(url); }, kPoolSize);
  pool->Give(std::move(*first));
  return std::make_unique<PostgresRepository>(std::move(pool));
}

}  // namespace jixiao
