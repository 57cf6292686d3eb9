// The Repository suite for units, users, sessions, the audit log and migrations. Every case
// runs against SQLite and PostgreSQL (repository_fixture.h); the draft cases are in
// repository_drafts_test.cc.
#include <gtest/gtest.h>

#include <cstdio>
#include <thread>
#include <vector>

#include "store/repository_fixture.h"

namespace jixiao {
namespace {

UserRecord User(const std::string& login, Role role, std::optional<int64_t> unit_id) {
  UserRecord user;
  user.login = login;
  user.name = "王芳";
  user.role = role;
  user.unit_id = unit_id;
  user.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  return user;
}

TEST_P(RepositoryTest, MigrationsAreIdempotentAndKeepData) {
  MakeUnit("黔南州财政局");
  for (int i = 0; i < 2; ++i) {
    auto again = Reopen();
    ASSERT_TRUE(again) << again.error().message;
    auto units = (*again)->ListUnits();
    ASSERT_TRUE(units) << units.error().message;
    ASSERT_EQ(units->size(), 1u);
    EXPECT_EQ(units->front().name, "黔南州财政局");
  }
}

// Were two of them to migrate, the second would fail creating tables that already exist.
TEST_P(RepositoryTest, OpeningsAtOnceMigrateAFreshDatabaseOnce) {
  std::string fresh = NewDatabase();
  ASSERT_FALSE(fresh.empty());
  std::vector<std::thread> openers;
  std::vector<int> opened(4, 0);
  for (int i = 0; i < 4; ++i) {
    openers.emplace_back([&, i] {
      auto repo = OpenRepository(fresh);
      EXPECT_TRUE(repo) << repo.error().message;
      opened[i] = repo.has_value() ? 1 : 0;
    });
  }
  for (auto& opener : openers) opener.join();
  EXPECT_EQ(opened, std::vector<int>(4, 1));
}

TEST_P(RepositoryTest, UnitsAreListedByNameAndFound) {
  for (const char* name : {"乙单位", "甲单位", "Alpha"}) MakeUnit(name);
  auto units = repo_->ListUnits();
  ASSERT_TRUE(units) << units.error().message;
  std::vector<std::string> names;
  for (const UnitRecord& unit : *units) names.push_back(unit.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Alpha", "乙单位", "甲单位"}));  // byte order

  auto found = repo_->FindUnitByName("甲单位");
  ASSERT_TRUE(found && *found);
  auto got = repo_->GetUnit((*found)->id);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->name, "甲单位");
  EXPECT_EQ(repo_->FindUnitByName("丙单位").value(), std::nullopt);
  EXPECT_EQ(repo_->GetUnit(9999).error().code, ErrorCode::kNotFound);
}

TEST_P(RepositoryTest, DuplicatesAreConflicts) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  ASSERT_TRUE(repo_->AddUser(User("wangfang", Role::kUnit, unit.id), By("system")));
  struct Case {
    const char* what;
    Result<bool> outcome;
    const char* message;
  };
  std::vector<Case> cases = {
      {"unit", repo_->AddUnit({0, "黔南州财政局", "", ""}, By("system")).map([](auto&&) { return true; }),
       "单位“黔南州财政局”已存在"},
      {"user", repo_->AddUser(User("wangfang", Role::kAdmin, std::nullopt), By("system"))
                   .map([](auto&&) { return true; }),
       "登录名“wangfang”已被使用"},
  };
  for (const Case& c : cases) {
    ASSERT_FALSE(c.outcome) << c.what;
    EXPECT_EQ(c.outcome.error().code, ErrorCode::kConflict) << c.what;
    EXPECT_EQ(c.outcome.error().message, c.message) << c.what;
  }
}

TEST_P(RepositoryTest, UsersAreAddedFoundAndUpdated) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  auto added = repo_->AddUser(User("wangfang", Role::kUnit, unit.id), By("admin"));
  ASSERT_TRUE(added) << added.error().message;
  ASSERT_TRUE(repo_->AddUser(User("admin", Role::kAdmin, std::nullopt), By("system")));
  EXPECT_EQ(added->revision, 1);

  auto found = repo_->FindUserByLogin("wangfang");
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->unit_id, unit.id);
  EXPECT_EQ((*found)->role, Role::kUnit);
  EXPECT_EQ((*found)->password_hash, added->password_hash);
  auto users = repo_->ListUsers();
  ASSERT_TRUE(users);
  ASSERT_EQ(users->size(), 2u);
  EXPECT_EQ(users->front().login, "admin");

  UserRecord change = **found;
  change.disabled = true;
  change.name = "王芳（停用）";
  auto updated = repo_->UpdateUser(change, By("admin", 1795615385));
  ASSERT_TRUE(updated) << updated.error().message;
  EXPECT_EQ(updated->revision, 2);
  EXPECT_TRUE(repo_->GetUser(added->id)->disabled);

  auto stale = repo_->UpdateUser(change, By("lisi"));  // still names revision 1
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(stale.error().message,
            "该记录已被 admin 于 2026-11-25 22:03:05 修改（当前第 2 版），请刷新后再改");  // Beijing time (UTC+8)
  EXPECT_EQ(repo_->GetUser(12345).error().code, ErrorCode::kNotFound);
}

TEST_P(RepositoryTest, AddUserForMissingUnitIsNotFound) {
  auto added = repo_->AddUser(User("ghost", Role::kUnit, 777), By("admin"));
  ASSERT_FALSE(added);
  EXPECT_EQ(added.error().code, ErrorCode::kNotFound);
}

TEST_P(RepositoryTest, SessionsAreCreatedFoundTouchedAndDeleted) {
  auto user = repo_->AddUser(User("admin", Role::kAdmin, std::nullopt), By("system"));
  ASSERT_TRUE(user);
  SessionRecord session{"9f86d081884c7d65", user->id, "csrf-1", 100, 100};
  ASSERT_TRUE(repo_->CreateSession(session));
  EXPECT_EQ(repo_->CreateSession(session).error().code, ErrorCode::kConflict);

  EXPECT_EQ(repo_->TouchSession(session.token_hash, 250).value(), true);
  auto found = repo_->FindSession(session.token_hash);
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->csrf_token, "csrf-1");
  EXPECT_EQ((*found)->created_at, 100);
  EXPECT_EQ((*found)->last_seen_at, 250);

  EXPECT_EQ(repo_->DeleteSession(session.token_hash).value(), true);
  EXPECT_EQ(repo_->DeleteSession(session.token_hash).value(), false);
  EXPECT_EQ(repo_->TouchSession(session.token_hash, 300).value(), false);
  EXPECT_EQ(repo_->FindSession(session.token_hash).value(), std::nullopt);
}

TEST_P(RepositoryTest, EveryWriteAppendsAnAuditRow) {
  UnitRecord unit = MakeUnit("黔南州财政局");
  auto user = repo_->AddUser(User("wangfang", Role::kUnit, unit.id), By("admin", 10));
  ASSERT_TRUE(user);
  UserRecord changed = *user;
  changed.password_hash = "$argon2id$secret-new-hash";
  ASSERT_TRUE(repo_->UpdateUser(changed, By("admin", 11)));
  MakeDraft(unit.id, 2022, "{}");
  ASSERT_TRUE(repo_->SaveDraft(unit.id, 2022, "{\"a\":1}", "{}", 1, "{\"a\":[null,1]}", By("wangfang", 12)));
  auto version = repo_->Submit(unit.id, 2022, 2, "abc123", By("wangfang", 13));
  ASSERT_TRUE(version);
  ASSERT_TRUE(repo_->Reopen(unit.id, 2022, 3, By("admin", 14)));
  ASSERT_TRUE(repo_->AppendAudit({0, 15, "wangfang", "10.0.0.9", "login", "user/wangfang", "", ""}));

  auto entries = repo_->ListAudit(0, 100);
  ASSERT_TRUE(entries) << entries.error().message;
  struct Want {
    const char* action;
    std::string target;
    const char* actor;
  };
  std::string year = "unit/" + std::to_string(unit.id) + "/2022";
  std::vector<Want> want = {  // newest first
      {"login", "user/wangfang", "wangfang"},     {"draft.reopen", year, "admin"},
      {"draft.submit", year, "wangfang"},         {"draft.save", year, "wangfang"},
      {"draft.create", year, "wangfang"},         {"user.update", "user/wangfang", "admin"},
      {"user.add", "user/wangfang", "admin"},
      {"unit.add", "unit/" + std::to_string(unit.id), "system"}};
  ASSERT_EQ(entries->size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    const AuditEntry& entry = (*entries)[i];
    EXPECT_EQ(entry.action, want[i].action) << i;
    EXPECT_EQ(entry.target, want[i].target) << entry.action;
    EXPECT_EQ(entry.actor, want[i].actor) << entry.action;
    EXPECT_FALSE(entry.address.empty()) << entry.action;
    EXPECT_GT(entry.at, 0) << entry.action;
    EXPECT_EQ(entry.before.find("argon2id"), std::string::npos) << entry.action;
    EXPECT_EQ(entry.after.find("argon2id"), std::string::npos) << entry.action;
  }
  EXPECT_EQ((*entries)[2].after, "{\"version\":1,\"content_hash\":\"abc123\"}");
  EXPECT_EQ((*entries)[3].after, "{\"a\":[null,1]}");
  EXPECT_EQ((*entries)[1].at, 14);
  EXPECT_EQ((*entries)[0].address, "10.0.0.9");
}

TEST_P(RepositoryTest, ListAuditPagesNewestFirst) {
  for (int i = 1; i <= 25; ++i) {
    ASSERT_TRUE(repo_->AppendAudit({0, i, "u", "", "login", "user/u", "", std::to_string(i)}));
  }
  std::vector<std::size_t> sizes;
  std::vector<std::string> afters;
  int64_t before = 0;
  for (;;) {
    auto page = repo_->ListAudit(before, 10);
    ASSERT_TRUE(page) << page.error().message;
    if (page->empty()) break;
    sizes.push_back(page->size());
    for (const AuditEntry& entry : *page) afters.push_back(entry.after);
    before = page->back().id;
  }
  EXPECT_EQ(sizes, (std::vector<std::size_t>{10, 10, 5}));
  ASSERT_EQ(afters.size(), 25u);
  EXPECT_EQ(afters.front(), "25");
  EXPECT_EQ(afters.back(), "1");
  EXPECT_TRUE(repo_->ListAudit(0, 0)->empty());
}

TEST_P(RepositoryTest, AuditLogIsAppendOnly) {
  ASSERT_TRUE(repo_->AppendAudit({0, 1, "u", "", "login", "user/u", "", "kept"}));
  for (const char* sql : {"UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"}) {
    auto refused = Raw(sql);
    ASSERT_FALSE(refused) << sql;
    EXPECT_NE(refused.error().message.find("refused"), std::string::npos) << refused.error().message;
  }
  auto entries = repo_->ListAudit(0, 10);
  ASSERT_TRUE(entries);
  ASSERT_EQ(entries->size(), 1u);
  EXPECT_EQ(entries->front().actor, "u");
}

// Values that break naive SQL or HTML: stored as parameters, returned byte for byte.
const char* const kAwkward[] = {
    "'; DROP TABLE units; --", "<script>alert(1)</script>", "\"\\", "😀 emoji 🧾",
    "黔南州财政局（本级）", "Robert'); DELETE FROM users; --", "$1 ?1 :name %s",
};

TEST_P(RepositoryTest, AwkwardTextIsStoredIntact) {
  int year = 2000;
  for (const char* text : kAwkward) {
    UnitRecord unit = MakeUnit(text);
    EXPECT_EQ(repo_->GetUnit(unit.id)->name, text);
    auto found = repo_->FindUnitByName(text);
    ASSERT_TRUE(found && *found) << text;
    UserRecord user = User(std::string("login-") + std::to_string(year), Role::kUnit, unit.id);
    user.name = text;
    ASSERT_TRUE(repo_->AddUser(user, By(text)));
    EXPECT_EQ((*repo_->FindUserByLogin(user.login))->name, text);
    std::string document = std::string("{\"title\":\"") + text + "\"}";
    MakeDraft(unit.id, ++year, document);
    auto saved = repo_->SaveDraft(unit.id, year, document + " ", text, 1, text, By(text));
    ASSERT_TRUE(saved) << text << ": " << saved.error().message;
    auto draft = repo_->GetDraft(unit.id, year);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->document, document + " ");
    EXPECT_EQ(draft->explanations, text);
    EXPECT_EQ(draft->updated_by, text);
  }
  EXPECT_EQ(repo_->ListUnits()->size(), std::size(kAwkward));
}

TEST(SqliteOpen, APlainPathOpensAndAMissingFolderIsAnIoError) {
  std::string path = ::testing::TempDir() + "jixiao_plain_path.db";
  auto plain = OpenRepository(path);
  ASSERT_TRUE(plain) << plain.error().message;
  plain->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());

  auto missing = OpenRepository("sqlite:/nonexistent-jixiao-folder/jixiao.db");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kIo);
  EXPECT_TRUE(missing.error().message.starts_with("无法打开数据库 /nonexistent-jixiao-folder/jixiao.db："))
      << missing.error().message;
}

TEST(PostgresOpen, AnUnreachableServerIsAnIoError) {
  auto opened = OpenRepository("postgresql:///jixiao?host=/nonexistent-jixiao-socket&connect_timeout=2");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, ErrorCode::kIo);
  EXPECT_TRUE(opened.error().message.starts_with("无法连接 PostgreSQL 数据库：")) << opened.error().message;
}

std::string BackendName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

}  // namespace

INSTANTIATE_TEST_SUITE_P(Sqlite, RepositoryTest, ::testing::Values("Sqlite"), BackendName);
INSTANTIATE_TEST_SUITE_P(Postgres, RepositoryTest, ::testing::Values("Postgres"), BackendName);

}  // namespace jixiao
