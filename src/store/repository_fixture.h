// The fixture every Repository test runs in, once per backend: a fresh SQLite file in a
// temporary folder, or a fresh schema (first on the search path) in the PostgreSQL database named
// by JIXIAO_TEST_PG_URL (tests/pg/with-postgres.sh starts a server); or a copy of a database
// filled once per process (SetUpFromTemplate). Without that variable the PostgreSQL cases fail.
#pragma once

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/repository.h"

namespace jixiao {

class RepositoryTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // In place of SetUp: opens repo_ on a copy of a database that `fill` loaded once in this process
  // for `key` (a load that takes seconds, such as the demo, is copied in milliseconds: a SQLite
  // file copy, a PostgreSQL CREATE DATABASE … TEMPLATE). The copy is dropped at TearDown.
  void SetUpFromTemplate(const std::string& key, const std::function<Result<bool>(Repository&)>& fill);

  // Runs raw SQL beside the repository (to prove what the triggers refuse).
  Result<bool> Raw(const std::string& sql);
  // The URL of another empty database (SQLite file or PostgreSQL schema), dropped at the end.
  std::string NewDatabase();
  // Opens the same database again, as a second process would.
  Result<std::unique_ptr<Repository>> Reopen() { return OpenRepository(url_); }

  // A unit named `name`, added by "system"; fails the test when it cannot be added.
  UnitRecord MakeUnit(const std::string& name);
  // A draft of `unit_id`'s `year` holding `document`.
  DraftRecord MakeDraft(int64_t unit_id, int year, const std::string& document);

  std::unique_ptr<Repository> repo_;
  std::string url_;

 private:
  std::vector<std::string> sqlite_paths_;
  std::vector<std::string> pg_schemas_;
  std::vector<std::string> pg_databases_;
};

inline Change By(const std::string& actor, int64_t at = 1795615385) {
  return {actor, "10.0.0.7", at};
}

}  // namespace jixiao
