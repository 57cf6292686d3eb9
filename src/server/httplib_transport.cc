// HttpTransport over cpp-httplib (Debian libcpp-httplib-dev 0.11): one catch-all route per
// method that copies the request into our HttpRequest and our HttpResponse back.
#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <thread>

#include "server/http.h"

namespace jixiao {

namespace {

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
  return text;
}

HttpRequest ToRequest(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  out.path = in.path;
  for (const auto& [name, value] : in.params) out.params.emplace(name, value);
  for (const auto& [name, value] : in.headers) out.headers[Lower(name)] = value;
  out.remote_address = in.remote_addr;
  if (in.is_multipart_form_data()) {
    for (const auto& [name, file] : in.files) {
      if (file.filename.empty()) {
        out.params.emplace(name, file.content);
        out.form.emplace(name, file.content);
      }
      else out.files.push_back({name, file.filename, file.content});
    }
  } else {
    out.body = in.body;
  }
  return out;
}

std::string TransportError(int status) {
  switch (status) {
    case 413:
      // cpp-httplib caps url-encoded forms at 8 KB (CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH).
      return R"({"error":{"code":"too_large","message":"请求体过大：文件不能超过 30 MB；application/x-www-form-urlencoded 表单不能超过 8 KB，较大的内容请用 multipart/form-data 或 application/octet-stream 上传"}})";
    case 404:
      return R"({"error":{"code":"not_found","message":"没有这个地址，或不支持该请求方法"}})";
    case 405:
      return R"({"error":{"code":"method_not_allowed","message":"不支持该请求方法"}})";
    default:
      return R"({"error":{"code":"bad_request","message":"请求格式不正确（请求行、请求头或 Content-Length 有误）"}})";
  }
}

// What Response::set_content(body, type) does, with the body moved in: cpp-httplib 0.11 has no
// overload taking an rvalue, so set_content copied every answer (an editor page's 84 KB) once more.
void SetContent(httplib::Response& out, std::string body, const std::string& content_type) {
  out.body = std::move(body);
  const auto types = out.headers.equal_range("Content-Type");
  out.headers.erase(types.first, types.second);
  out.set_header("Content-Type", content_type);
}

class HttplibTransport final : public HttpTransport {
 public:
  explicit HttplibTransport(const TransportLimits& limits) {
    server_.set_payload_max_length(limits.max_body_bytes);
    const int threads = limits.threads > 0 ? limits.threads
                                           : std::max(8, static_cast<int>(std::thread::hardware_concurrency()) * 2);
    server_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_.set_keep_alive_max_count(1000);
    server_.set_read_timeout(30, 0);
    server_.set_write_timeout(60, 0);
    // A response goes out as two writes (head, then body). With Nagle's algorithm on, a body's
    // last short segment waited for the client's delayed ACK of the head: some 40 ms added to
    // most answers on a keep-alive connection, whatever the server's speed.
    server_.set_tcp_nodelay(true);
  }

  bool Bind(const std::string& host, int port) override {
    port_ = port == 0 ? server_.bind_to_any_port(host) : (server_.bind_to_port(host, port) ? port : -1);
    return port_ > 0;
  }
  int Port() const override { return port_; }

  void Serve(HttpHandler handler) override {
    auto route = [handler](const httplib::Request& in, httplib::Response& out) {
      HttpResponse response = handler(ToRequest(in));
      out.status = response.status;
      for (const auto& [name, value] : response.headers) out.set_header(name, value);
      SetContent(out, std::move(response.body), response.content_type);
    };
    server_.Get(".*", route);
    server_.Post(".*", route);
    server_.Put(".*", route);
    server_.Patch(".*", route);
    server_.Delete(".*", route);
    server_.set_exception_handler([](const httplib::Request&, httplib::Response& out, std::exception_ptr) {
      out.status = 500;
      out.set_content(R"({"error":{"code":"internal","message":"服务器内部错误"}})", "application/json");
    });
    // What cpp-httplib answers by itself (a body too large, a POST without Content-Length, a
    // malformed request line, OPTIONS or an unknown method) gets the API's JSON error too.
    server_.set_error_handler([](const httplib::Request&, httplib::Response& out) {
      if (!out.body.empty()) return;
      out.set_header("X-Content-Type-Options", "nosniff");
      out.set_header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
      out.set_content(TransportError(out.status), "application/json; charset=utf-8");
    });
    server_.listen_after_bind();
  }

  void Stop() override { server_.stop(); }

 private:
  httplib::Server server_;
  int port_ = -1;
};

}  // namespace

std::unique_ptr<HttpTransport> MakeHttplibTransport(const TransportLimits& limits) {
  return std::make_unique<HttplibTransport>(limits);
}

}  // namespace jixiao
