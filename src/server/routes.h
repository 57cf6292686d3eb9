// What every route shares: the request context (the request, the logged-in caller, the
// workspace and the views), the router type, and the responses for JSON, errors and
// redirects. The API routes (api_routes.cc) and the pages (page_routes.cc) add themselves.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "server/http.h"
#include "server/router.h"
#include "server/views.h"
#include "service/review_desk.h"
#include "service/workspace.h"

namespace jixiao {

struct ServerConfig {
  std::string web_dir;          // holds templates/ and static/
  bool secure_cookies = false;  // behind TLS: cookies get Secure
  // Behind a reverse proxy on this machine: the client's address is the last X-Forwarded-For
  // entry of a request that came from 127.0.0.1 or ::1 (rate limits and the audit log use it).
  bool behind_proxy = false;
  // The bound of the rendered editor bodies kept between requests; 0 keeps the default.
  std::size_t kept_page_bytes = 0;
};

struct RequestContext {
  const HttpRequest& request;
  std::optional<Caller> caller;
  Workspace& workspace;
  ReviewDesk& desk;
  const Views& views;
  const ServerConfig& config;
};

using AppRouter = Router<RequestContext>;

void AddApiRoutes(AppRouter& router);
void AddPageRoutes(AppRouter& router);
void AddReviewRoutes(AppRouter& router);  // the bureau's pages and API, and the public portal

int HttpStatusOf(ErrorCode code);
std::string_view ErrorCodeName(ErrorCode code);  // "invalid_input", "conflict", …
HttpResponse JsonResponse(int status, const nlohmann::ordered_json& body);
HttpResponse JsonError(const Error& error);
HttpResponse JsonError(int status, std::string_view code, const std::string& message);
HttpResponse Redirect(const std::string& location);
// A file to save: its bytes with an RFC 6266 Content-Disposition (UTF-8 name, ASCII fallback).
HttpResponse DownloadResponse(Download download);
// Percent-encodes everything but letters, digits and . - _ (for query strings and file names).
std::string UrlEncode(std::string_view text);
// Session cookie for a login; an empty token clears it.
std::string SessionCookie(const std::string& token, bool secure);
inline constexpr const char* kSessionCookie = "jixiao_session";

// An API request's JSON object body, or kInvalidInput saying it is not one.
Result<nlohmann::ordered_json> Body(const HttpRequest& request);
// A string member of a body ("" when absent or not a string).
std::string StringField(const nlohmann::ordered_json& body, const char* name);

// A positive decimal integer from a path or form, or nullopt.
std::optional<int64_t> ParseId(const std::string& text);

// The unit and year named by a path's first two arguments ("/…/units/{}/years/{}"), or nullopt.
struct UnitYear {
  int64_t unit = 0;
  int year = 0;
};
std::optional<UnitYear> PathUnitYear(const std::vector<std::string>& args);

}  // namespace jixiao
