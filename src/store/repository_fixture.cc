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

// The admin URL with its database name replaced: "postgresql:///jixiao_test?host=…".
std::string WithDatabase(const std::string& url, const std::string& database) {
  std::size_t query = url.find('?');
  std::string head = url.substr(0, query);
  std::string tail = query == std::string::npos ? "" : url.substr(query);
  return head.substr(0, head.rfind('/') + 1) + database + tail;
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
  if (GetParam() == "Sqlite") {
    sqlite_path_ = ::testing::TempDir() + UniqueName("jixiao_store_") + ".db";
    url_ = "sqlite:" + sqlite_path_;
  } else {
    const char* admin = std::getenv("JIXIAO_TEST_PG_URL");
    ASSERT_NE(admin, nullptr) << "JIXIAO_TEST_PG_URL is not set: run the PostgreSQL cases "
                                 "through tests/pg/with-postgres.sh";
    pg_database_ = UniqueName("jixiao_case_");
    ASSERT_EQ(AdminExec(admin, "CREATE DATABASE " + pg_database_ + " TEMPLATE template0 ENCODING 'UTF8'"), "");
    url_ = WithDatabase(admin, pg_database_);
  }
  auto opened = OpenRepository(url_);
  ASSERT_TRUE(opened) << opened.error().message;
  repo_ = std::move(*opened);
}

void RepositoryTest::TearDown() {
  repo_.reset();
  if (!sqlite_path_.empty()) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::remove((sqlite_path_ + suffix).c_str());
  }
  if (!pg_database_.empty()) {
    EXPECT_EQ(AdminExec(std::getenv("JIXIAO_TEST_PG_URL"),
                        "DROP DATABASE IF EXISTS " + pg_database_ + " WITH (FORCE)"),
              "");
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
