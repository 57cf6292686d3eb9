// The fixture of the server's tests, once per backend: a store of its own holding the demo (a copy
// of a SQLite file or a PostgreSQL database the demo was loaded into once per process: see
// RepositoryTest::SetUpFromTemplate), the real server on a loopback port, and clients logged in
// as the demo users a case needs.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "server/testing/server.h"
#include "store/repository_fixture.h"

namespace jixiao::testing {

// The demo, as the cases use it: unit 1 is the example department (王芳 "wangfang" fills it
// in, its 2022 draft holds the example report); unit 2 is 黔南州教育局 (李军 "lijun"), whose
// 2023 year is submitted as version 1.
inline constexpr int64_t kOwnUnit = 1;
inline constexpr int64_t kOtherUnit = 2;
inline const std::string kExampleYear = "/api/units/1/years/2022";

class ServerTest : public RepositoryTest {
 protected:
  void SetUp() override {
    SetUpFromTemplate("demo", LoadDemoInto);
    if (HasFatalFailure()) return;
    auto started = TestServer::Start(*repo_);
    ASSERT_TRUE(started) << started.error().message;
    server_ = std::move(*started);
  }
  void TearDown() override {
    server_.reset();
    RepositoryTest::TearDown();
  }

  Client Anonymous() { return Client(server_->port()); }
  // A client logged in as `login` (one argon2id verification: log in once per case and role).
  Client As(const std::string& login, const std::string& password = kDemoPassword) {
    Client client(server_->port());
    const Reply reply = client.Login(login, password);
    EXPECT_EQ(reply.status, 200) << "login " << login << ": " << reply.body;
    return client;
  }

  std::unique_ptr<TestServer> server_;
};

inline std::string BackendName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

}  // namespace jixiao::testing
