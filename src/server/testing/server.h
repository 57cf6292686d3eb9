// For the server's tests: the real application on a loopback port over a store the test owns
// (loaded with the demo data), and a client that talks to it over HTTP the way a browser
// would, keeping its session cookie and CSRF token. Test code only; objects are owned by the test.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "base/clock.h"
#include "base/result.h"
#include "server/app.h"
#include "server/http.h"
#include "service/workspace.h"

namespace jixiao::testing {

inline constexpr const char* kDemoPassword = "jixiao-demo-2026";

// The example report (tests/fixtures/reports/qiannan-natural-resources-2022.txt) as bytes.
std::string ExampleReport();

// One response as the client saw it; status 0 when no response came (connection refused or reset).
struct Reply {
  int status = 0;
  std::string body;
  httplib::Headers headers;

  nlohmann::ordered_json Json() const;  // discarded (is_discarded()) when the body is not JSON
  std::string Header(const std::string& name) const;
  std::string ErrorCode() const;     // error.code of a JSON error, else ""
  std::string ErrorMessage() const;  // error.message of a JSON error, else ""
  int64_t Revision() const;          // "revision" of a year's JSON, else -1
};

// An HTTP client of one user (or of nobody): after Login it sends the session cookie on every
// request and the CSRF token on every state-changing one (unless send_csrf is false).
class Client {
 public:
  explicit Client(int port, std::string host = "127.0.0.1");

  Reply Login(const std::string& login, const std::string& password = kDemoPassword);
  Reply Send(const std::string& method, const std::string& path, const std::string& body = "",
             const std::string& content_type = "application/json", const httplib::Headers& extra = {});
  Reply Get(const std::string& path) { return Send("GET", path); }
  Reply Post(const std::string& path, const nlohmann::ordered_json& body) { return Send("POST", path, body.dump()); }
  Reply Patch(const std::string& path, const nlohmann::ordered_json& body) { return Send("PATCH", path, body.dump()); }

  bool send_csrf = true;
  const std::string& csrf_token() const { return csrf_token_; }
  const std::string& cookie() const { return cookie_; }  // "jixiao_session=…" or ""
  void set_cookie(std::string cookie) { cookie_ = std::move(cookie); }
  int port() const { return port_; }

 private:
  httplib::Client client_;
  int port_;
  std::string cookie_;
  std::string csrf_token_;
};

// Sends `request` as raw bytes on a new connection and returns the response as it came (head and
// body), "" when nothing came within 10 seconds.
std::string RawExchange(int port, const std::string& request);

// The demo (service/demo.h) loaded into `repository`, as `jixiao serve --demo` loads it.
Result<bool> LoadDemoInto(Repository& repository);

// The application and the cpp-httplib transport on 127.0.0.1 (any free port), serving from a
// thread over `repository` (a store the demo was loaded into). The destructor stops the server and joins the thread.
class TestServer {
 public:
  static Result<std::unique_ptr<TestServer>> Start(Repository& repository);
  ~TestServer();

  int port() const { return transport_->Port(); }
  Workspace& workspace() { return workspace_; }

 private:
  explicit TestServer(Repository& repository) : workspace_(repository, clock_) {}

  SystemClock clock_;
  Workspace workspace_;
  std::unique_ptr<App> app_;
  std::unique_ptr<HttpTransport> transport_;
  std::thread thread_;
};

}  // namespace jixiao::testing
