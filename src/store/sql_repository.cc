// Units, users, sessions and the audit log over the SQL seam.
#include "store/sql_repository.h"

#include <limits>

#include "store/store_text.h"

namespace jixiao {
namespace {

constexpr const char* kUnitColumns = "id, name, code, region";
constexpr const char* kUserColumns =
    "id, login, name, role, unit_id, password_hash, disabled, revision, scope, department_reviewer";
constexpr const char* kSessionColumns = "token_hash, user_id, csrf_token, created_at, last_seen_at";
constexpr const char* kAuditColumns = "id, at, actor, address, action, target, \"before\", \"after\"";

std::string With(const char* head, const char* columns, const std::string& tail) {
  return std::string(head) + columns + tail;
}

UnitRecord UnitFromRow(const SqlRow& row) {
  return {row.Int(0), row.Text(1), row.Text(2), row.Text(3)};
}

Result<UserRecord> UserFromRow(const SqlRow& row) {
  std::optional<Role> role = RoleFromName(row.Text(3));
  if (!role) return Fail(ErrorCode::kIo, "数据库中用户 " + row.Text(1) + " 的角色无效：" + row.Text(3));
  UserRecord user;
  user.id = row.Int(0);
  user.login = row.Text(1);
  user.name = row.Text(2);
  user.role = *role;
  if (!row.IsNull(4)) user.unit_id = row.Int(4);
  user.password_hash = row.Text(5);
  user.disabled = row.Int(6) != 0;
  user.revision = row.Int(7);
  user.scope = row.Text(8);
  user.department_reviewer = row.Int(9) != 0;
  return user;
}

Result<std::vector<UserRecord>> UsersFromRows(const SqlRows& rows) {
  std::vector<UserRecord> users;
  for (const SqlRow& row : rows) {
    auto user = UserFromRow(row);
    if (!user) return tl::unexpected(user.error());
    users.push_back(std::move(*user));
  }
  return users;
}

SessionRecord SessionFromRow(const SqlRow& row) {
  return {row.Text(0), row.Int(1), row.Text(2), row.Int(3), row.Int(4)};
}

AuditEntry AuditFromRow(const SqlRow& row) {
  return {row.Int(0),  row.Int(1),  row.Text(2), row.Text(3),
          row.Text(4), row.Text(5), row.Text(6), row.Text(7)};
}

std::string UnitJson(const UnitRecord& unit) {
  return "{\"id\":" + std::to_string(unit.id) + ",\"name\":" + JsonQuote(unit.name) +
         ",\"code\":" + JsonQuote(unit.code) + ",\"region\":" + JsonQuote(unit.region) + "}";
}

// Never the password hash.
std::string UserJson(const UserRecord& user) {
  std::string unit = user.unit_id ? std::to_string(*user.unit_id) : "null";
  return "{\"login\":" + JsonQuote(user.login) + ",\"name\":" + JsonQuote(user.name) +
         ",\"role\":" + JsonQuote(RoleName(user.role)) + ",\"unit_id\":" + unit +
         ",\"disabled\":" + (user.disabled ? "true" : "false") + ",\"scope\":" + JsonQuote(user.scope) +
         (user.department_reviewer ? ",\"department_reviewer\":true}" : "}");
}

// A unique-key violation becomes `message`; other errors pass through.
tl::unexpected<Error> DuplicateAs(const Error& error, const std::string& message) {
  if (error.code == ErrorCode::kConflict) return Fail(ErrorCode::kConflict, message);
  return tl::unexpected(error);
}

tl::unexpected<Error> UnitMissing(int64_t id) {
  return Fail(ErrorCode::kNotFound, "找不到单位（编号 " + std::to_string(id) + "）");
}

tl::unexpected<Error> UserMissing(int64_t id) {
  return Fail(ErrorCode::kNotFound, "找不到用户（编号 " + std::to_string(id) + "）");
}

// Who last changed the user, from the audit log (users carry no updated_by of their own).
tl::unexpected<Error> UserStale(SqlConnection& db, const UserRecord& current) {
  auto rows = db.Run("SELECT actor, at FROM audit_log WHERE target = $1 ORDER BY id DESC LIMIT 1",
                     {"user/" + current.login});
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) {
    return Fail(ErrorCode::kConflict, "该记录已被他人修改（当前第 " +
                                          std::to_string(current.revision) + " 版），请刷新后再改");
  }
  const SqlRow& last = rows->front();
  return Fail(ErrorCode::kConflict, StaleRevisionMessage(last.Text(0), last.Int(1), current.revision));
}

Result<UserRecord> ReadUser(SqlConnection& db, int64_t id) {
  auto rows = db.Run(With("SELECT ", kUserColumns, " FROM users WHERE id = $1"), {id});
  if (!rows) return tl::unexpected(rows.error());
  if (rows->empty()) return UserMissing(id);
  return UserFromRow(rows->front());
}

SqlValue UnitIdValue(const UserRecord& user) {
  if (!user.unit_id) return nullptr;
  return *user.unit_id;
}

}  // namespace

Result<bool> InsertAudit(SqlConnection& db, const Change& change, const std::string& action,
                         const std::string& target, const std::string& before,
                         const std::string& after) {
  auto rows = db.Run(
      "INSERT INTO audit_log (at, actor, address, action, target, \"before\", \"after\") "
      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {change.at, change.actor, change.address, action, target, before, after});
  if (!rows) return tl::unexpected(rows.error());
  return true;
}

Result<UnitRecord> SqlRepository::AddUnit(const UnitRecord& unit, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<UnitRecord> {
    auto rows = db.Run("INSERT INTO units (name, code, region) VALUES ($1, $2, $3) RETURNING id",
                       {unit.name, unit.code, unit.region});
    if (!rows) return DuplicateAs(rows.error(), "单位“" + unit.name + "”已存在");
    UnitRecord added = unit;
    added.id = rows->at(0).Int(0);
    auto logged = InsertAudit(db, change, "unit.add", "unit/" + std::to_string(added.id), "",
                              UnitJson(added));
    if (!logged) return tl::unexpected(logged.error());
    return added;
  });
}

Result<std::vector<UnitRecord>> SqlRepository::ListUnits() {
  return Read([&](SqlConnection& db) -> Result<std::vector<UnitRecord>> {
    auto rows = db.Run(With("SELECT ", kUnitColumns, " FROM units ORDER BY name, id"), {});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<UnitRecord> units;
    for (const SqlRow& row : *rows) units.push_back(UnitFromRow(row));
    return units;
  });
}

Result<UnitRecord> SqlRepository::GetUnit(int64_t id) {
  return Read([&](SqlConnection& db) -> Result<UnitRecord> {
    auto rows = db.Run(With("SELECT ", kUnitColumns, " FROM units WHERE id = $1"), {id});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return UnitMissing(id);
    return UnitFromRow(rows->front());
  });
}

Result<std::optional<UnitRecord>> SqlRepository::FindUnitByName(const std::string& name) {
  return Read([&](SqlConnection& db) -> Result<std::optional<UnitRecord>> {
    auto rows = db.Run(With("SELECT ", kUnitColumns, " FROM units WHERE name = $1"), {name});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return std::nullopt;
    return UnitFromRow(rows->front());
  });
}

Result<UserRecord> SqlRepository::AddUser(const UserRecord& user, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<UserRecord> {
    auto rows = db.Run(
        "INSERT INTO users (login, name, role, unit_id, password_hash, disabled, revision, scope, department_reviewer) "
        "VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8) RETURNING id",
        {user.login, user.name, std::string(RoleName(user.role)), UnitIdValue(user),
         user.password_hash, int64_t{user.disabled ? 1 : 0}, user.scope, int64_t{user.department_reviewer ? 1 : 0}});
    if (!rows && rows.error().code == ErrorCode::kInvalidInput && user.unit_id) {
      return UnitMissing(*user.unit_id);
    }
    if (!rows) return DuplicateAs(rows.error(), "登录名“" + user.login + "”已被使用");
    UserRecord added = user;
    added.id = rows->at(0).Int(0);
    added.revision = 1;
    auto logged = InsertAudit(db, change, "user.add", "user/" + user.login, "", UserJson(added));
    if (!logged) return tl::unexpected(logged.error());
    return added;
  });
}

Result<std::vector<UserRecord>> SqlRepository::ListUsers() {
  return Read([&](SqlConnection& db) -> Result<std::vector<UserRecord>> {
    auto rows = db.Run(With("SELECT ", kUserColumns, " FROM users ORDER BY login"), {});
    if (!rows) return tl::unexpected(rows.error());
    return UsersFromRows(*rows);
  });
}

Result<UserRecord> SqlRepository::GetUser(int64_t id) {
  return Read([&](SqlConnection& db) { return ReadUser(db, id); });
}

Result<std::optional<UserRecord>> SqlRepository::FindUserByLogin(const std::string& login) {
  return Read([&](SqlConnection& db) -> Result<std::optional<UserRecord>> {
    auto rows = db.Run(With("SELECT ", kUserColumns, " FROM users WHERE login = $1"), {login});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return std::nullopt;
    return UserFromRow(rows->front());
  });
}

Result<UserRecord> SqlRepository::UpdateUser(const UserRecord& user, const Change& change) {
  return Write([&](SqlConnection& db) -> Result<UserRecord> {
    auto current = ReadUser(db, user.id);
    if (!current) return current;
    if (current->revision != user.revision) return UserStale(db, *current);
    auto rows = db.Run(
        With("UPDATE users SET name = $2, role = $3, unit_id = $4, password_hash = $5, "
             "disabled = $6, scope = $8, department_reviewer = $9, revision = revision + 1 WHERE id = $1 AND revision = $7 "
             "RETURNING ",
             kUserColumns, ""),
        {user.id, user.name, std::string(RoleName(user.role)), UnitIdValue(user),
         user.password_hash, int64_t{user.disabled ? 1 : 0}, user.revision, user.scope,
         int64_t{user.department_reviewer ? 1 : 0}});
    if (!rows && rows.error().code == ErrorCode::kInvalidInput && user.unit_id) {
      return UnitMissing(*user.unit_id);
    }
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return UserStale(db, *current);
    auto updated = UserFromRow(rows->front());
    if (!updated) return updated;
    auto logged = InsertAudit(db, change, "user.update", "user/" + current->login,
                              UserJson(*current), UserJson(*updated));
    if (!logged) return tl::unexpected(logged.error());
    return updated;
  });
}

Result<bool> SqlRepository::CreateSession(const SessionRecord& session) {
  return Write([&](SqlConnection& db) -> Result<bool> {
    auto rows = db.Run(With("INSERT INTO sessions (", kSessionColumns, ") VALUES ($1, $2, $3, $4, $5)"),
                       {session.token_hash, session.user_id, session.csrf_token,
                        session.created_at, session.last_seen_at});
    if (!rows && rows.error().code == ErrorCode::kInvalidInput) return UserMissing(session.user_id);
    if (!rows) return DuplicateAs(rows.error(), "会话已存在");
    return true;
  });
}

Result<std::optional<SessionRecord>> SqlRepository::FindSession(const std::string& token_hash) {
  return Read([&](SqlConnection& db) -> Result<std::optional<SessionRecord>> {
    auto rows = db.Run(With("SELECT ", kSessionColumns, " FROM sessions WHERE token_hash = $1"),
                       {token_hash});
    if (!rows) return tl::unexpected(rows.error());
    if (rows->empty()) return std::nullopt;
    return SessionFromRow(rows->front());
  });
}

Result<bool> SqlRepository::TouchSession(const std::string& token_hash, int64_t at) {
  return Write([&](SqlConnection& db) -> Result<bool> {
    auto rows = db.Run(
        "UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 RETURNING token_hash",
        {token_hash, at});
    if (!rows) return tl::unexpected(rows.error());
    return !rows->empty();
  });
}

Result<bool> SqlRepository::DeleteSession(const std::string& token_hash) {
  return Write([&](SqlConnection& db) -> Result<bool> {
    auto rows = db.Run("DELETE FROM sessions WHERE token_hash = $1 RETURNING token_hash", {token_hash});
    if (!rows) return tl::unexpected(rows.error());
    return !rows->empty();
  });
}

Result<std::vector<AuditEntry>> SqlRepository::ListAudit(int64_t before_id, int limit) {
  if (limit <= 0) return std::vector<AuditEntry>{};
  if (before_id <= 0) before_id = std::numeric_limits<int64_t>::max();
  return Read([&](SqlConnection& db) -> Result<std::vector<AuditEntry>> {
    auto rows = db.Run(
        With("SELECT ", kAuditColumns, " FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2"),
        {before_id, int64_t{limit}});
    if (!rows) return tl::unexpected(rows.error());
    std::vector<AuditEntry> entries;
    for (const SqlRow& row : *rows) entries.push_back(AuditFromRow(row));
    return entries;
  });
}

Result<bool> SqlRepository::AppendAudit(const AuditEntry& entry) {
  return Write([&](SqlConnection& db) {
    return InsertAudit(db, {entry.actor, entry.address, entry.at}, entry.action, entry.target,
                       entry.before, entry.after);
  });
}

Result<bool> SqlRepository::ExecuteForTest(const std::string& sql) {
  return Read([&](SqlConnection& db) { return db.Script(sql); });
}

}  // namespace jixiao
