#include "store/repository_fixture.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>

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

void RepositoryTest::TearDown() {
  repo_.reset();
  for (const std::string& path : sqlite_paths_) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((path + suffix).c_str());
  }
  for (const std::string& schema : pg_schemas_) {
    EXPECT_EQ(AdminExec(std::getenv("JIXIAO_TEST_PG_URL"), "DROP SCHEMA " + schema + " CASCADE"), "");
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
