#include "server/testing/server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cctype>

#include "base/file.h"
#include "service/demo.h"

namespace jixiao::testing {

std::string ExampleReport() {
  static const std::string text =
      ReadFile(std::string(JIXIAO_SOURCE_DIR) + "/tests/fixtures/reports/qiannan-natural-resources-2022.txt")
          .value_or("");
  return text;
}

nlohmann::ordered_json Reply::Json() const { return nlohmann::ordered_json::parse(body, nullptr, false); }

std::string Reply::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Reply::ErrorCode() const {
  const auto json = Json();
  if (!json.is_object() || !json.contains("error") || !json["error"].is_object()) return "";
  return json["error"].value("code", "");
}

std::string Reply::ErrorMessage() const {
  const auto json = Json();
  if (!json.is_object() || !json.contains("error") || !json["error"].is_object()) return "";
  return json["error"].value("message", "");
}

int64_t Reply::Revision() const {
  const auto json = Json();
  return json.is_object() && json.contains("revision") && json["revision"].is_number_integer() ? json["revision"].get<int64_t>()
                                                                                                : -1;
}

Client::Client(int port, std::string host) : client_(host, port), port_(port) {
  client_.set_read_timeout(120, 0);
  client_.set_write_timeout(120, 0);
  client_.set_connection_timeout(10, 0);
}

Reply Client::Login(const std::string& login, const std::string& password) {
  Reply reply = Post("/api/login", {{"login", login}, {"password", password}});
  if (reply.status != 200) return reply;
  const std::string set_cookie = reply.Header("Set-Cookie");
  cookie_ = set_cookie.substr(0, set_cookie.find(';'));
  csrf_token_ = reply.Json().value("csrf_token", "");
  return reply;
}

Reply Client::Send(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& content_type, const httplib::Headers& extra) {
  httplib::Request request;
  request.method = method;
  request.path = path;
  request.headers = extra;
  if (!cookie_.empty()) request.headers.emplace("Cookie", cookie_);
  const bool changes_state = method != "GET" && method != "HEAD";
  if (changes_state && send_csrf && !csrf_token_.empty()) request.headers.emplace("X-CSRF-Token", csrf_token_);
  if (changes_state || !body.empty()) {
    request.body = body;
    if (!content_type.empty()) request.headers.emplace("Content-Type", content_type);
  }
  auto result = client_.send(request);
  Reply reply;
  if (!result) return reply;
  reply.status = result->status;
  reply.body = result->body;
  reply.headers = result->headers;
  return reply;
}

namespace {

// Whether `answer` holds a whole response: its head and as many bytes as its Content-Length says.
bool Complete(const std::string& answer) {
  const auto head_end = answer.find("\r\n\r\n");
  if (head_end == std::string::npos) return false;
  std::string head = answer.substr(0, head_end);
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const auto length_at = head.find("content-length:");
  if (length_at == std::string::npos) return true;
  return answer.size() >= head_end + 4 + std::stoul(head.substr(length_at + 15));
}

}  // namespace

std::string RawExchange(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string answer;
  if (fd >= 0 && connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0) {
    for (std::size_t sent = 0; sent < request.size();) {
      const ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    timeval wait{10, 0};  // a server that never answers fails the test instead of hanging it
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
    char buffer[4096];
    for (ssize_t n; !Complete(answer) && (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) {
      answer.append(buffer, static_cast<std::size_t>(n));
    }
  }
  if (fd >= 0) close(fd);
  return answer;
}

Result<bool> LoadDemoInto(Repository& repository) {
  if (ExampleReport().empty()) return Fail(ErrorCode::kIo, "cannot read the example report");
  SystemClock clock;
  Workspace workspace(repository, clock);
  return LoadDemo(workspace, ExampleReport());
}

Result<std::unique_ptr<TestServer>> TestServer::Start(Repository& repository) {
  std::unique_ptr<TestServer> server(new TestServer(repository));
  auto app = App::Create(server->workspace_, ServerConfig{std::string(JIXIAO_SOURCE_DIR) + "/web", false, false});
  if (!app) return tl::unexpected(app.error());
  server->app_ = std::move(*app);
  server->transport_ = MakeHttplibTransport(TransportLimits{});
  if (!server->transport_->Bind("127.0.0.1", 0)) return Fail(ErrorCode::kIo, "cannot bind 127.0.0.1");
  App* handler = server->app_.get();
  HttpTransport* transport = server->transport_.get();
  server->thread_ = std::thread([handler, transport] {
    transport->Serve([handler](const HttpRequest& request) { return handler->Handle(request); });
  });
  // The socket already listens; one answered request proves the accept loop runs, so that
  // Stop() in the destructor cannot come before it.
  if (Client(server->port()).Get("/api/me").status == 0) return Fail(ErrorCode::kIo, "the server does not answer");
  return server;
}

TestServer::~TestServer() {
  if (transport_) transport_->Stop();
  if (thread_.joinable()) thread_.join();
}

}  // namespace jixiao::testing
