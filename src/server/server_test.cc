// The JSON API over real HTTP on loopback, once per store: who may call what, logging in and
// out, CSRF, and error responses. (Content, concurrency and the workflow: server_content_test.cc;
// a killed server: server_crash_test.cc.)
#include <array>
#include <string>
#include <vector>

#include "server/testing/fixture.h"

namespace jixiao::testing {
namespace {

using Json = nlohmann::ordered_json;

// The columns of the authorization matrix.
enum Who { kAnon, kAdmin, kReviewer, kOwn, kOther, kDepartment, kWhoCount };
constexpr std::array<const char*, kWhoCount> kWhoNames = {"anonymous", "admin", "reviewer", "wangfang (unit 1)",
                                                          "lijun (unit 2)", "jiaoyu (department of units 36-38)"};

struct Cell {
  const char* method;
  std::string path;
  std::string body;  // JSON unless the path names a file (?name=x.txt): then the example report
  std::array<int, kWhoCount> expected;
};

// Every API endpoint × every role. The requests are chosen to leave the demo as it is
// (a stale revision, a year that exists) except where the right role is meant to succeed; logout
// comes last because it ends the session.
std::vector<Cell> Matrix() {
  const std::string year = kExampleYear;
  const std::string report = "<example report>";
  const std::string edu = "/api/units/2/years/2023";      // lijun's, submitted
  const std::string school = "/api/units/36/years/2025";  // 都匀市第一中学, waiting for jiaoyu's first review
  //                                                                  anon admin review own other department
  return {
      {"GET", "/api/me", "", {401, 200, 200, 200, 200, 200}},
      {"GET", "/api/units", "", {401, 200, 200, 200, 200, 200}},
      {"POST", "/api/units", R"({"name":"矩阵测试单位"})", {401, 201, 403, 403, 403, 403}},
      {"GET", "/api/units/1", "", {401, 200, 200, 200, 403, 403}},
      {"GET", "/api/units/1/years", "", {401, 200, 200, 200, 403, 403}},
      {"POST", "/api/units/1/years", R"({"year":2030})", {401, 403, 403, 201, 403, 403}},
      {"GET", year, "", {401, 200, 200, 200, 403, 403}},
      {"PUT", year, R"({"revision":0,"document":{"format":"jixiao.evaluation/1"}})", {401, 403, 403, 422, 403, 403}},
      {"PATCH", year, R"({"revision":0,"edits":[]})", {401, 403, 403, 409, 403, 403}},
      {"GET", year + "/audit", "", {401, 200, 200, 200, 403, 403}},
      {"POST", year + "/explanations", R"({"revision":0,"key":"k","text":"已核实"})", {401, 403, 403, 422, 403, 403}},
      {"POST", year + "/import?name=x.txt", report, {401, 403, 403, 409, 403, 403}},
      {"POST", year + "/submit", R"({"revision":0})", {401, 403, 403, 422, 403, 403}},
      {"POST", year + "/reopen", R"({"revision":0})", {401, 403, 403, 409, 403, 403}},
      {"GET", year + "/versions", "", {401, 200, 200, 200, 403, 403}},
      {"GET", "/api/units/2/years/2023/versions/1", "", {401, 200, 200, 403, 200, 403}},
      {"GET", year + "/diff?from=0&to=0", "", {401, 200, 200, 200, 403, 403}},
      {"GET", year + "/report.md", "", {401, 200, 200, 200, 403, 403}},
      {"POST", "/api/import/preview?name=x.txt", report, {401, 403, 403, 200, 200, 403}},
      {"GET", "/api/users", "", {401, 200, 403, 403, 403, 403}},
      {"POST", "/api/users", R"({"login":"matrix","name":"矩阵","role":"reviewer","password":"matrix-pass-2026"})",
       {401, 201, 403, 403, 403, 403}},
      {"GET", "/api/audit-log", "", {401, 200, 403, 403, 403, 403}},
      {"GET", "/api/review/2025", "", {401, 200, 200, 403, 403, 200}},
      {"GET", "/api/department-review-regions", "", {401, 200, 200, 403, 403, 200}},
      {"POST", "/api/department-review-regions", R"({"region":"/","required":true})", {401, 422, 422, 403, 403, 403}},
      {"GET", edu + "/review", "", {401, 200, 200, 403, 200, 403}},
      {"POST", edu + "/review/pass", R"({"number":1,"revision":0})", {401, 409, 409, 403, 403, 403}},
      {"POST", school + "/review/forward", R"({"number":1,"revision":0})", {401, 403, 403, 403, 403, 409}},
      {"POST", edu + "/publish", "{}", {401, 409, 409, 403, 403, 403}},
      {"POST", edu + "/rectifications", "{}", {401, 422, 422, 403, 403, 403}},
      {"GET", "/api/public/reports", "", {200, 200, 200, 200, 200, 200}},
      {"GET", "/api/rectifications", "", {401, 200, 200, 200, 200, 200}},
      {"POST", "/api/rectifications/1/status", R"({"revision":0,"status":"closed"})", {401, 409, 409, 403, 403, 403}},
      {"POST", "/api/login", R"({"login":"nobody","password":"wrong-password"})",
       {401, 401, 401, 401, 401, 429}},  // the sixth failure for one login locks it
      {"POST", "/api/logout", "{}", {401, 200, 200, 200, 200, 200}},
  };
}

Reply SendCell(Client& client, const Cell& cell) {
  if (cell.body == "<example report>") return client.Send(cell.method, cell.path, ExampleReport(), "text/plain");
  return client.Send(cell.method, cell.path, cell.body);
}

TEST_P(ServerTest, AuthorizationMatrixEveryRoleTimesEveryEndpoint) {
  // The fixture's demo, as the table assumes it.
  Client admin = As("admin");
  const Json units = admin.Get("/api/units/1").Json();
  ASSERT_EQ(units.value("name", ""), "黔南州自然资源局");
  ASSERT_EQ(admin.Get("/api/units/2").Json().value("name", ""), "黔南州教育局");

  ASSERT_EQ(admin.Get("/api/units/36").Json().value("name", ""), "都匀市第一中学");
  std::array<Client, kWhoCount> clients = {Anonymous(),      std::move(admin), As("reviewer"),
                                           As("wangfang"), As("lijun"),      As("jiaoyu")};
  for (const Cell& cell : Matrix()) {
    for (int who = 0; who < kWhoCount; ++who) {
      const Reply reply = SendCell(clients[who], cell);
      EXPECT_EQ(reply.status, cell.expected[who])
          << cell.method << " " << cell.path << " as " << kWhoNames[who] << "\n  body: " << reply.body.substr(0, 300);
      if (reply.status >= 400) {
        EXPECT_NE(reply.ErrorCode(), "") << cell.method << " " << cell.path << " as " << kWhoNames[who];
      }
    }
  }
}

TEST_P(ServerTest, PagesSendAnonymousVisitorsToTheLoginPage) {
  Client anonymous = Anonymous();
  for (const std::string path : {"/", "/units", "/units/1", "/units/1/years/2022", "/admin/users", "/admin/audit"}) {
    const Reply reply = anonymous.Get(path);
    EXPECT_EQ(reply.status, 303) << path;
    EXPECT_EQ(reply.Header("Location"), "/login") << path;
  }
  EXPECT_EQ(anonymous.Get("/login").status, 200);
}

// ---- logging in and out ----

TEST_P(ServerTest, WrongPasswordIsA401WithAJsonError) {
  Client client = Anonymous();
  const Reply reply = client.Login("wangfang", "not-the-password");
  EXPECT_EQ(reply.status, 401);
  EXPECT_EQ(reply.ErrorCode(), "unauthenticated");
  EXPECT_EQ(reply.ErrorMessage(), "用户名或密码不正确");
  EXPECT_EQ(reply.Header("Set-Cookie"), "");
}

TEST_P(ServerTest, FiveWrongPasswordsLockTheAccountEvenForTheRightOne) {
  Client client = Anonymous();
  for (int attempt = 1; attempt <= 5; ++attempt) {
    EXPECT_EQ(client.Login("zhaomin", "guess-" + std::to_string(attempt)).status, 401) << "attempt " << attempt;
  }
  const Reply locked = client.Login("zhaomin", kDemoPassword);
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(locked.ErrorCode(), "rate_limited");
  EXPECT_NE(locked.ErrorMessage().find("登录失败次数过多"), std::string::npos) << locked.ErrorMessage();
  // Another account from the same address is not locked by it.
  EXPECT_EQ(client.Login("lijun", kDemoPassword).status, 200);
}

// Twenty failures from one address lock every account at that address: behind a reverse proxy
// that is every user until the server takes the client's address from X-Forwarded-For.
TEST_P(ServerTest, TwentyFailuresFromOneAddressLockEveryAccountThere) {
  Client client = Anonymous();
  for (int attempt = 1; attempt <= 20; ++attempt) {
    EXPECT_EQ(client.Login("nobody" + std::to_string(attempt), "guess").status, 401) << "attempt " << attempt;
  }
  EXPECT_EQ(client.Login("admin", kDemoPassword).status, 429);
}

TEST_P(ServerTest, SessionCookieIsHttpOnlyAndSameSiteLax) {
  Client client = Anonymous();
  const Reply login = client.Login("wangfang");
  ASSERT_EQ(login.status, 200);
  const std::string cookie = login.Header("Set-Cookie");
  EXPECT_TRUE(cookie.starts_with("jixiao_session=")) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; SameSite=Lax"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << "no TLS here: " << cookie;
  EXPECT_EQ(login.Json()["user"]["login"], "wangfang");

  const Json me = client.Get("/api/me").Json();
  EXPECT_EQ(me["user"]["name"], "王芳");
  EXPECT_EQ(me["csrf_token"], client.csrf_token());
}

TEST_P(ServerTest, LogoutEndsTheSession) {
  Client client = As("wangfang");
  ASSERT_EQ(client.Get("/api/me").status, 200);
  const Reply logout = client.Post("/api/logout", Json::object());
  EXPECT_EQ(logout.status, 200);
  EXPECT_NE(logout.Header("Set-Cookie").find("Max-Age=0"), std::string::npos) << logout.Header("Set-Cookie");
  // The old cookie, sent again as a stolen copy would be, no longer works.
  const Reply after = client.Get("/api/me");
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.ErrorCode(), "unauthenticated");
  EXPECT_EQ(client.Get(kExampleYear).status, 401);
}

// ---- CSRF ----

TEST_P(ServerTest, StateChangesNeedTheCsrfTokenAndTheSameOrigin) {
  Client client = As("wangfang");
  const int64_t revision = client.Get(kExampleYear).Revision();
  const std::string edit = Json{{"revision", revision},
                                {"edits", {{{"op", "replace"}, {"path", "/projects/0/implementation"}, {"value", "已完成"}}}}}
                               .dump();
  const std::string self = "http://127.0.0.1:" + std::to_string(client.port());
  struct Case {
    const char* what;
    bool send_token;
    httplib::Headers headers;
    int status;
    const char* code;
  };
  const std::vector<Case> cases = {
      {"no token", false, {}, 403, "bad_csrf"},
      {"a wrong token", false, {{"X-CSRF-Token", std::string(64, 'a')}}, 403, "bad_csrf"},
      {"another site's Origin", true, {{"Origin", "http://evil.example"}}, 403, "bad_origin"},
      {"another site's Referer", true, {{"Referer", "http://evil.example/form"}}, 403, "bad_origin"},
      {"the same host on another port", true, {{"Origin", "http://127.0.0.1:1"}}, 403, "bad_origin"},
      {"the token and this site's Origin", true, {{"Origin", self}}, 200, ""},
  };
  for (const Case& c : cases) {
    client.send_csrf = c.send_token;
    const Reply reply = client.Send("PATCH", kExampleYear, edit, "application/json", c.headers);
    EXPECT_EQ(reply.status, c.status) << c.what << ": " << reply.body.substr(0, 200);
    EXPECT_EQ(reply.ErrorCode(), c.code) << c.what;
  }
  // A multipart form field _csrf is accepted as well (the pages' forms), but never one in the
  // address, where it would be logged.
  client.send_csrf = false;
  const std::string type = "multipart/form-data; boundary=jixiao";
  auto form = [](const std::string& token) {
    return "--jixiao\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--jixiao--\r\n";
  };
  EXPECT_EQ(client.Send("POST", "/logout", form("wrong"), type).status, 403);
  EXPECT_EQ(client.Send("POST", "/logout?_csrf=" + client.csrf_token(), "", "application/x-www-form-urlencoded").status,
            403);
  const Reply logout = client.Send("POST", "/logout", form(client.csrf_token()), type);
  EXPECT_EQ(logout.status, 303);
  EXPECT_EQ(client.Get("/api/me").status, 401);
}

// ---- errors ----

TEST_P(ServerTest, ErrorsAreJsonWithAStableCode) {
  Client admin = As("admin");
  struct Case {
    const char* method;
    std::string path;
    std::string body;
    int status;
    const char* code;
  };
  const std::vector<Case> cases = {
      {"GET", "/api/no-such-thing", "", 404, "not_found"},
      {"GET", "/api/units/1/years/2022/no/such", "", 404, "not_found"},
      {"DELETE", "/api/units", "", 405, "method_not_allowed"},
      {"PUT", "/api/me", "{}", 405, "method_not_allowed"},
      {"POST", "/api/units", "{\"name\": \"未闭合", 422, "invalid_input"},
      {"POST", "/api/units", "[1, 2]", 422, "invalid_input"},
      {"POST", "/api/units", "", 422, "invalid_input"},
      {"GET", "/api/units/abc", "", 404, "not_found"},
      {"GET", "/api/units/-1", "", 404, "not_found"},
      {"GET", "/api/units/1.5", "", 404, "not_found"},
      {"GET", "/api/units/99999999999999999999", "", 404, "not_found"},
      {"GET", "/api/units/424242", "", 404, "not_found"},
      {"GET", "/api/units/1/years/twenty", "", 404, "not_found"},
      {"GET", "/api/units/1/years/2022/versions/x", "", 404, "not_found"},
      {"GET", "/api/units/1/years/2022/versions/9", "", 404, "not_found"},
      {"GET", "/api/units/1/years/2022/diff?from=a", "", 422, "invalid_input"},
      {"GET", "/api/units/1/years/2022/report.exe", "", 422, "invalid_input"},
      {"GET", "/api/units/1/years/2022/report.pdf?version=x", "", 422, "invalid_input"},
      {"GET", "/api/audit-log?limit=lots", "", 422, "invalid_input"},
      // A field that is not UTF-8 (a reason cut in the middle of 退回): refused before any handler.
      {"GET", "/api/units?q=%E9%80%80%E5%9B", "", 400, "bad_text"},
      {"POST", "/review/units/1/years/2022/decide?decision=return&reason=%E9%80%80%E5%9B%EE%9E", "", 400, "bad_text"},
      {"POST", "/api/users", R"({"login":"x","name":"某","role":"king","password":"long-enough-1"})", 422,
       "invalid_input"},
  };
  for (const Case& c : cases) {
    const Reply reply = admin.Send(c.method, c.path, c.body);
    EXPECT_EQ(reply.status, c.status) << c.method << " " << c.path << ": " << reply.body.substr(0, 200);
    EXPECT_EQ(reply.ErrorCode(), c.code) << c.method << " " << c.path;
    EXPECT_TRUE(reply.Header("Content-Type").starts_with("application/json")) << c.method << " " << c.path;
    EXPECT_NE(reply.ErrorMessage(), "") << c.method << " " << c.path;
  }
}

// What cpp-httplib answers by itself, before the application sees the request, is a JSON error too.
TEST_P(ServerTest, MalformedHttpGetsAJsonError) {
  struct Case {
    const char* what;
    std::string request;
    const char* status_line;
    const char* code;
  };
  const std::vector<Case> cases = {
      {"an unknown method", "BREW /api/units HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400", "bad_request"},
      {"OPTIONS", "OPTIONS /api/units HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 404", "not_found"},
      {"not HTTP at all", "GARBAGE\r\n\r\n", "HTTP/1.1 400", "bad_request"},
      {"a broken chunked body", "POST /api/logout HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
       "HTTP/1.1 400", "bad_request"},
  };
  for (const Case& c : cases) {
    const std::string answer = RawExchange(server_->port(), c.request);
    EXPECT_TRUE(answer.starts_with(c.status_line)) << c.what << ":\n" << answer.substr(0, 300);
    const auto body_at = answer.find("\r\n\r\n");
    ASSERT_NE(body_at, std::string::npos) << c.what;
    Reply reply;
    reply.body = answer.substr(body_at + 4);
    EXPECT_EQ(reply.ErrorCode(), c.code) << c.what << ": " << reply.body;
  }
}

// The routes of AddApiRoutes and the API routes of AddReviewRoutes, "{}" for each path argument.
const std::vector<std::pair<std::string, std::string>>& Routes() {
  static const std::vector<std::pair<std::string, std::string>> routes = {
      {"POST", "/api/login"}, {"POST", "/api/logout"}, {"GET", "/api/me"}, {"GET", "/api/units"},
      {"POST", "/api/units"}, {"GET", "/api/units/{}"}, {"GET", "/api/units/{}/years"},
      {"POST", "/api/units/{}/years"}, {"GET", "/api/units/{}/years/{}"}, {"PUT", "/api/units/{}/years/{}"},
      {"PATCH", "/api/units/{}/years/{}"}, {"GET", "/api/units/{}/years/{}/audit"},
      {"POST", "/api/units/{}/years/{}/explanations"}, {"POST", "/api/units/{}/years/{}/import"},
      {"POST", "/api/units/{}/years/{}/submit"}, {"POST", "/api/units/{}/years/{}/reopen"},
      {"GET", "/api/units/{}/years/{}/versions"}, {"GET", "/api/units/{}/years/{}/versions/{}"},
      {"GET", "/api/units/{}/years/{}/diff"}, {"GET", "/api/units/{}/years/{}/{}"}, {"POST", "/api/import/preview"},
      {"GET", "/api/users"}, {"POST", "/api/users"}, {"GET", "/api/audit-log"},
      // AddReviewRoutes' API
      {"GET", "/api/review/{}"}, {"GET", "/api/department-review-regions"}, {"POST", "/api/department-review-regions"},
      {"GET", "/api/units/{}/years/{}/review"}, {"POST", "/api/units/{}/years/{}/review/{}"},
      {"POST", "/api/units/{}/years/{}/publish"}, {"POST", "/api/units/{}/years/{}/rectifications"},
      {"GET", "/api/public/reports"}, {"GET", "/api/rectifications"}, {"POST", "/api/rectifications/{}/status"}};
  return routes;
}

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> parts;
  std::string rest = path.substr(0, path.find('?'));
  for (std::size_t start = 1; start <= rest.size();) {
    const auto slash = rest.find('/', start);
    parts.push_back(rest.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return parts;
}

bool Matches(const std::string& pattern, const std::string& path) {
  const auto a = Segments(pattern), b = Segments(path);
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] != "{}" && a[i] != b[i]) return false;
  }
  return true;
}

// (Named for both ctest filters, *Sqlite* and *Postgres*: it needs no server.)
TEST(ServerRoutesSqlitePostgres, TheMatrixCoversEveryRoute) {
  for (const auto& [method, pattern] : Routes()) {
    bool covered = false;
    for (const Cell& cell : Matrix()) covered = covered || (cell.method == method && Matches(pattern, cell.path));
    EXPECT_TRUE(covered) << method << " " << pattern << " has no row in Matrix()";
  }
}

// `pattern` with its "{}" replaced by `args` in order.
std::string Fill(std::string pattern, const std::vector<std::string>& args) {
  for (const std::string& arg : args) {
    const auto at = pattern.find("{}");
    if (at == std::string::npos) break;
    pattern.replace(at, 2, arg);
  }
  return pattern;
}

// Garbage in every argument and body of every endpoint: an error response, never a 500.
TEST_P(ServerTest, GarbageToEveryEndpointNeverFails500) {
  std::array<Client, 2> clients = {As("admin"), As("wangfang")};
  const std::vector<std::vector<std::string>> args = {
      {"1", "2022", "report.md"}, {"1", "2022", "1"},  {"x", "y", "z"},      {"-7", "-7", "-7"},
      {"99999999999999999999", "1e3", "report."}, {"%00", "%E4%B8%AD", "report.%00"}, {"2", "2023", "0"}};
  const std::vector<std::string> bodies = {
      "", "null", "[]", "\"text\"", "{\"revision\":\"1\",\"edits\":\"all\",\"year\":\"x\"}",
      R"({"revision":1,"edits":[1,"a",null,{"op":"move","path":"/a"}]})",
      R"({"revision":9007199254740993,"edits":[{"op":"replace","path":"/projects/999/name","value":1}]})",
      R"({"revision":1,"edits":[{"op":"add","path":"/projects/-","value":{"name":[]}}]})",
      R"({"year":99999999999,"document":[],"name":{"a":1},"role":1,"unit_id":"1","key":null,"text":5})",
      std::string("{\"name\":\"\xff\xfe\"}"), std::string("\x00\x01garbage", 9)};
  const std::vector<std::string> no_body = {""};
  int requests = 0;
  for (const auto& [method, pattern] : Routes()) {
    if (pattern == "/api/logout" || pattern == "/api/login") continue;  // they end or cost a session
    for (const auto& arg : args) {
      const std::string path = Fill(pattern, arg);
      for (const std::string& body : method == "GET" ? no_body : bodies) {
        for (Client& client : clients) {
          const Reply reply = client.Send(method, path, body);
          ++requests;
          const std::string what = method + " " + path + " " + Json(body).dump(-1, ' ', true, Json::error_handler_t::replace);
          EXPECT_NE(reply.status, 0) << what << ": no response";
          EXPECT_NE(reply.status, 500) << what << ": " << reply.body.substr(0, 200);
          if (reply.status >= 400) {
            EXPECT_NE(reply.ErrorCode(), "") << what;
          }
        }
      }
    }
  }
  EXPECT_GT(requests, 1000);
  EXPECT_EQ(clients[0].Get("/api/units").status, 200);  // the demo is still there
}

INSTANTIATE_TEST_SUITE_P(Sqlite, ServerTest, ::testing::Values("Sqlite"), BackendName);
INSTANTIATE_TEST_SUITE_P(Postgres, ServerTest, ::testing::Values("Postgres"), BackendName);

}  // namespace
}  // namespace jixiao::testing
