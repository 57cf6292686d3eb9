#include "server/app.h"

#include <arpa/inet.h>

#include <charconv>
#include <filesystem>

#include "base/file.h"
#include "base/text.h"
#include "service/json_answer.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

bool IsApi(const std::string& path) { return path.starts_with("/api/"); }

bool ChangesState(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

// The request's Origin (or, without one, its Referer) names this host.
bool SameOrigin(const HttpRequest& request) {
  const std::string host = request.Header("host");
  std::string origin = request.Header("origin");
  if (origin.empty()) {
    const std::string referer = request.Header("referer");
    if (referer.empty()) return true;  // not a browser: the CSRF token still has to match
    const auto scheme_end = referer.find("://");
    const auto path_start = scheme_end == std::string::npos ? std::string::npos : referer.find('/', scheme_end + 3);
    origin = referer.substr(0, path_start);
  }
  return origin == "http://" + host || origin == "https://" + host;
}

// The client's address: the socket's, or behind a local proxy the last X-Forwarded-For entry
// (the one the proxy itself added), when it is a valid address.
std::string ClientAddress(const HttpRequest& request, bool behind_proxy) {
  const std::string& peer = request.remote_address;
  if (!behind_proxy || (peer != "127.0.0.1" && peer != "::1")) return peer;
  const std::string forwarded = request.Header("x-forwarded-for");
  const auto comma = forwarded.rfind(',');
  std::string last = comma == std::string::npos ? forwarded : forwarded.substr(comma + 1);
  last.erase(0, last.find_first_not_of(' '));
  last.erase(last.find_last_not_of(' ') + 1);
  unsigned char buffer[sizeof(in6_addr)];
  if (inet_pton(AF_INET, last.c_str(), buffer) == 1 || inet_pton(AF_INET6, last.c_str(), buffer) == 1) return last;
  return peer;
}

bool IsLogin(const HttpRequest& request) {
  return request.method == "POST" && (request.path == "/login" || request.path == "/api/login");
}

std::string MimeOf(const std::filesystem::path& path) {
  const std::string ext = path.extension().string();
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".js") return "text/javascript; charset=utf-8";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  return "application/octet-stream";
}

void AddSecurityHeaders(HttpResponse& response) {
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  response.headers.emplace_back("X-Frame-Options", "DENY");
  response.headers.emplace_back("Referrer-Policy", "same-origin");
  response.headers.emplace_back("Content-Security-Policy",
                                "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                "frame-ancestors 'none'; form-action 'self'");
}

}  // namespace

Result<std::unique_ptr<App>> App::Create(Workspace& workspace, ServerConfig config) {
  auto views = Views::Load(config.web_dir + "/templates");
  if (!views) return tl::unexpected(views.error());
  if (config.kept_page_bytes > 0) views->SetKeptLimit(config.kept_page_bytes);
  return std::unique_ptr<App>(new App(workspace, std::move(config), std::move(*views)));
}

App::App(Workspace& workspace, ServerConfig config, Views views)
    : workspace_(workspace), desk_(workspace, workspace.clock()), config_(std::move(config)), views_(std::move(views)) {
  AddReviewRoutes(router_);  // first: its /api/units/{}/years/{}/review is not a report download
  AddApiRoutes(router_);
  AddPageRoutes(router_);
}

HttpResponse App::Handle(const HttpRequest& request) {
  HttpResponse response;
  try {
    response = Route(request);
  } catch (const std::exception&) {
    response = JsonError(500, "internal", "服务器内部错误，请稍后再试；如一再出现，请联系管理员");
  } catch (...) {
    response = JsonError(500, "internal", "服务器内部错误，请稍后再试；如一再出现，请联系管理员");
  }
  AddSecurityHeaders(response);
  return response;
}

namespace {

// The first text of the request that is not UTF-8 (a field's name or value, a file's name), as
// the field's name, or nullopt. Every text a handler stores or shows is UTF-8 from here on: a
// comment, a reason or a note written in another encoding is refused, never stored to break
// every page that shows it.
std::optional<std::string> NotUtf8(const HttpRequest& request) {
  for (const auto* fields : {&request.params, &request.form}) {
    for (const auto& [name, value] : *fields) {
      if (!IsValidUtf8(name)) return std::string("（名称不是 UTF-8 的字段）");
      if (!IsValidUtf8(value)) return name;
    }
  }
  for (const UploadedFile& file : request.files) {
    if (!IsValidUtf8(file.field)) return std::string("（名称不是 UTF-8 的字段）");
    if (!IsValidUtf8(file.filename)) return file.field + "（文件名）";
  }
  if (!IsValidUtf8(request.path)) return std::string("（地址）");
  return std::nullopt;
}

}  // namespace

HttpResponse App::Route(const HttpRequest& original) {
  if (original.path.starts_with("/static/")) return Static(original);
  if (const auto field = NotUtf8(original)) {
    return JsonError(400, "bad_text", "字段 " + *field + "：不是有效的 UTF-8 文本，请改用 UTF-8 编码重新输入");
  }
  HttpRequest request = original;
  request.remote_address = ClientAddress(original, config_.behind_proxy);
  RequestContext context{request, std::nullopt, workspace_, desk_, views_, config_};
  const std::string token = request.Cookie(kSessionCookie);
  if (!token.empty()) {
    if (auto current = workspace_.Authenticate(token)) context.caller = Caller{std::move(*current), request.remote_address};
  }
  if (ChangesState(request.method)) {
    if (!SameOrigin(request)) return JsonError(403, "bad_origin", "请求来自其他网站，已拒绝");
    if (!IsLogin(request) && context.caller) {
      // The token comes in a header or in a multipart form's body, never in the address (it would be logged).
      std::string csrf = request.Header("x-csrf-token");
      if (csrf.empty() && request.form.contains("_csrf")) csrf = request.form.find("_csrf")->second;
      if (csrf.empty() || csrf != context.caller->who.csrf_token) {
        return JsonError(403, "bad_csrf", "缺少或错误的 CSRF 令牌：请刷新页面后重试");
      }
    }
  }
  bool path_matched = false;
  if (auto response = router_.Dispatch(context, request, path_matched)) return std::move(*response);
  if (path_matched) return JsonError(405, "method_not_allowed", "不支持对该地址使用 " + request.method + " 方法");
  if (IsApi(request.path)) return JsonError(404, "not_found", "没有这个接口：" + request.path);
  HttpResponse page;
  page.status = 404;
  page.body = views_.Render("not_found", Json{{"title", "页面不存在"}, {"path", request.path}});
  return page;
}

HttpResponse App::Static(const HttpRequest& request) const {
  const std::string relative = request.path.substr(std::string("/static/").size());
  if (relative.empty() || relative.find("..") != std::string::npos || relative.find('\\') != std::string::npos) {
    return JsonError(404, "not_found", "没有这个文件");
  }
  const std::filesystem::path path = std::filesystem::path(config_.web_dir) / "static" / relative;
  auto bytes = ReadFile(path.string());
  if (!bytes) return JsonError(404, "not_found", "没有这个文件：" + relative);
  HttpResponse response;
  response.content_type = MimeOf(path);
  response.body = std::move(*bytes);
  response.headers.emplace_back("Cache-Control", "public, max-age=3600");
  return response;
}

// ---- shared responses ----

int HttpStatusOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return 422;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kIo: return 500;
    case ErrorCode::kUnsupported: return 415;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kRateLimited: return 429;
  }
  return 500;
}

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidInput: return "invalid_input";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kIo: return "storage_error";
    case ErrorCode::kUnsupported: return "unsupported_file";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kRateLimited: return "rate_limited";
  }
  return "internal";
}

HttpResponse JsonResponse(int status, const Json& body) {
  HttpResponse response;
  response.status = status;
  response.content_type = "application/json; charset=utf-8";
  response.body = AnswerText(body);
  return response;
}

HttpResponse JsonError(int status, std::string_view code, const std::string& message) {
  return JsonResponse(status, Json{{"error", {{"code", code}, {"message", message}}}});
}

HttpResponse JsonError(const Error& error) {
  return JsonError(HttpStatusOf(error.code), ErrorCodeName(error.code), error.message);
}

HttpResponse Redirect(const std::string& location) {
  HttpResponse response;
  response.status = 303;
  response.headers.emplace_back("Location", location);
  return response;
}

std::string UrlEncode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string encoded;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
      encoded += static_cast<char>(c);
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 15];
    }
  }
  return encoded;
}

HttpResponse DownloadResponse(Download download) {
  const auto dot = download.file_name.rfind('.');
  const std::string fallback = "report" + (dot == std::string::npos ? std::string() : download.file_name.substr(dot));
  HttpResponse response;
  response.content_type = download.mime_type;
  response.body = std::move(download.bytes);
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + fallback +
                                                           "\"; filename*=UTF-8''" + UrlEncode(download.file_name));
  return response;
}

std::string SessionCookie(const std::string& token, bool secure) {
  std::string cookie = std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax";
  if (token.empty()) cookie += "; Max-Age=0";
  if (secure) cookie += "; Secure";
  return cookie;
}

Result<Json> Body(const HttpRequest& request) {
  Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) return Invalid("请求体须是一个 JSON 对象");
  return body;
}

std::string StringField(const Json& body, const char* name) {
  return body.contains(name) && body[name].is_string() ? body[name].get<std::string>() : std::string();
}

std::optional<int64_t> ParseId(const std::string& text) {
  int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

std::optional<UnitYear> PathUnitYear(const std::vector<std::string>& args) {
  if (args.size() < 2) return std::nullopt;
  auto unit = ParseId(args[0]);
  auto year = ParseId(args[1]);
  if (!unit || !year || *year > 9999) return std::nullopt;
  return UnitYear{*unit, static_cast<int>(*year)};
}

}  // namespace jixiao
