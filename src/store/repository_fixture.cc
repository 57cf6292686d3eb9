#include "store/repository_fixture.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "store/sql_repository.h"

namespace jixiao {
namespace {

std::string UniqueName(const std::string& prefix) {
  static std::atomic<int> counter{0};
  return prefix + std::to_string(getpid()) + "_" + std::to_string(++counter);
}

// The admin URL with every name resolved in `schema` first: "postgresql:///…?…&options=…".
std::string InSchema(const std::string& url, const std::string& schema) {
  char separator = url.find('?') == std::string::npos ? '?' : '&';
  return url + separator + "options=-csearch_path%3D" + schema;
}

// Runs one statement on the admin database; "" when it succeeded, else the server's message.
std::string AdminExec(const std::string& admin_url, const std::string& sql) {
  PGconn* connection = PQconnectdb(admin_url.c_str());
  std::string problem;
  if (PQstatus(connection) != CONNECTION_OK) {
    problem = PQerrorMessage(connection);
  } else {
    PGresult* result = PQexec(connection, sql.c_str());
    if (PQresultStatus(result) != PGRES_COMMAND_OK) problem = PQresultErrorMessage(result);
    PQclear(result);
  }
  PQfinish(connection);
  return problem;
}

// The admin URL naming another database: "postgresql:///<database>?…".
std::string OnDatabase(const std::string& url, const std::string& database) {
  const std::size_t query = std::min(url.find('?'), url.size());
  const std::size_t slash = url.rfind('/', query);
  return url.substr(0, slash + 1) + database + url.substr(query);
}

// The databases filled once per process (key → SQLite path or PostgreSQL database), removed at exit.
class Templates {
 public:
  ~Templates() {
    for (const auto& [key, name] : made_) {
      if (key.starts_with("Sqlite/")) {
        std::remove(name.c_str());
      } else if (const char* admin = std::getenv("JIXIAO_TEST_PG_URL")) {
        AdminExec(admin, "DROP DATABASE IF EXISTS " + name);
      }
    }
  }
  // The template for `key`, made by `make` the first time; "" when `make` failed.
  std::string Get(const std::string& key, const std::function<std::string()>& make) {
    std::lock_guard lock(mutex_);
    auto found = made_.find(key);
    if (found != made_.end()) return found->second;
    std::string name = make();
    if (!name.empty()) made_.emplace(key, name);
    return name;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::string> made_;
};

Templates& TheTemplates() {
  static Templates templates;
  return templates;
}

}  // namespace

void RepositoryTest::SetUp() {
  url_ = NewDatabase();
  ASSERT_FALSE(url_.empty());
  auto opened = OpenRepository(url_);
  ASSERT_TRUE(opened) << opened.error().message;
  repo_ = std::move(*opened);
}

std::string RepositoryTest::NewDatabase() {
  if (GetParam() == "Sqlite") {
    sqlite_paths_.push_back(::testing::TempDir() + UniqueName("jixiao_store_") + ".db");
    return "sqlite:" + sqlite_paths_.back();
  }
  const char* admin = std::getenv("JIXIAO_TEST_PG_URL");
  if (admin == nullptr) {
    ADD_FAILURE() << "JIXIAO_TEST_PG_URL is not set: run the PostgreSQL cases through "
                     "tests/pg/with-postgres.sh";
    return "";
  }
  std::string schema = UniqueName("jixiao_case_");
  std::string problem = AdminExec(admin, "CREATE SCHEMA " + schema);
  if (!problem.empty()) {
    ADD_FAILURE() << problem;
    return "";
  }
  pg_schemas_.push_back(schema);
  return InSchema(admin, schema);
}

void RepositoryTest::SetUpFromTemplate(const std::string& key,
                                       const std::function<Result<bool>(Repository&)>& fill) {
  const bool sqlite = GetParam() == "Sqlite";
  const char* admin = std::getenv("JIXIAO_TEST_PG_URL");
  if (!sqlite && admin == nullptr) {
    FAIL() << "JIXIAO_TEST_PG_URL is not set: run the PostgreSQL cases through tests/pg/with-postgres.sh";
  }
  std::string problem;
  const std::string name = TheTemplates().Get(GetParam() + "/" + key, [&]() -> std::string {
    std::string made = sqlite ? ::testing::TempDir() + UniqueName("jixiao_template_") + ".db" : UniqueName("jixiao_template_");
    if (!sqlite && !(problem = AdminExec(admin, "CREATE DATABASE " + made)).empty()) return "";
    auto opened = OpenRepository(sqlite ? "sqlite:" + made : OnDatabase(admin, made));
    if (!opened) {
      problem = opened.error().message;
      return "";
    }
    auto filled = fill(**opened);
    if (!filled) problem = filled.error().message;
    return filled ? made : "";  // closing the repository checkpoints SQLite's log into the file
  });
  ASSERT_FALSE(name.empty()) << "filling the template " << key << ": " << problem;
  if (sqlite) {
    sqlite_paths_.push_back(::testing::TempDir() + UniqueName("jixiao_store_") + ".db");
    std::error_code error;
    std::filesystem::copy_file(name, sqlite_paths_.back(), error);
    ASSERT_FALSE(error) << name << ": " << error.message();
    url_ = "sqlite:" + sqlite_paths_.back();
  } else {
    const std::string database = UniqueName("jixiao_case_");
    problem = AdminExec(admin, "CREATE DATABASE " + database + " TEMPLATE " + name);
    ASSERT_EQ(problem, "");
    pg_databases_.push_back(database);
    url_ = OnDatabase(admin, database);
  }
  auto opened = OpenRepository(url_);
  ASSERT_TRUE(opened) << opened.error().message;
  repo_ = std::move(*opened);
}

void RepositoryTest::TearDown() {
  repo_.reset();
  for (const std::string& path : sqlite_paths_) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
  for (const std::string& schema : pg_schemas_) {
    EXPECT_EQ(AdminExec(std::getenv("JIXIAO_TEST_PG_URL"), "DROP SCHEMA " + schema + " CASCADE"), "");
  }
  for (const std::string& database : pg_databases_) {
    EXPECT_EQ(AdminExec(std::getenv("JIXIAO_TEST_PG_URL"), "DROP DATABASE " + database + " WITH (FORCE)"), "");
  }
}

Result<bool> RepositoryTest::Raw(const std::string& sql) {
  return dynamic_cast<SqlRepository&>(*repo_).ExecuteForTest(sql);
}

UnitRecord RepositoryTest::MakeUnit(const std::string& name) {
  auto unit = repo_->AddUnit({0, name, "", ""}, By("system"));
  EXPECT_TRUE(unit) << unit.error().message;
  return unit.value_or(UnitRecord{});
}

DraftRecord RepositoryTest::MakeDraft(int64_t unit_id, int year, const std::string& document) {
  DraftRecord draft;
  draft.unit_id = unit_id;
  draft.year = year;
  draft.document = document;
  draft.explanations = "{}";
  auto created = repo_->CreateDraft(draft, By("wangfang"));
  EXPECT_TRUE(created) << created.error().message;
  return created.value_or(DraftRecord{});
}

}  // namespace jixiao
