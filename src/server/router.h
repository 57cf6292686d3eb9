// Routes: a method and a path pattern with "{}" for each argument ("/api/units/{}/years/{}")
// mapped to a handler that receives the arguments in order. Owned by the app that builds it.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "server/http.h"

namespace jixiao {

template <typename Context>
class Router {
 public:
  using Handler = std::function<HttpResponse(Context&, const std::vector<std::string>&)>;

  void Add(std::string method, const std::string& pattern, Handler handler) {
    routes_.push_back({std::move(method), Split(pattern), std::move(handler)});
  }

  // The response of the first route matching method and path; nullopt when none matches.
  // `path_matched` tells a wrong method (405) from an unknown path (404).
  std::optional<HttpResponse> Dispatch(Context& context, const HttpRequest& request, bool& path_matched) const {
    const auto parts = Split(request.path);
    path_matched = false;
    for (const auto& route : routes_) {
      std::vector<std::string> args;
      if (!Match(route.parts, parts, args)) continue;
      path_matched = true;
      if (route.method == request.method) return route.handler(context, args);
    }
    return std::nullopt;
  }

 private:
  struct Route {
    std::string method;
    std::vector<std::string> parts;
    Handler handler;
  };

  static std::vector<std::string> Split(const std::string& path) {
    std::vector<std::string> parts;
    std::size_t start = 1;
    while (start <= path.size()) {
      const auto slash = path.find('/', start);
      parts.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    return parts;
  }

  static bool Match(const std::vector<std::string>& pattern, const std::vector<std::string>& parts,
                    std::vector<std::string>& args) {
    if (pattern.size() != parts.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == "{}") {
        if (parts[i].empty()) return false;
        args.push_back(parts[i]);
      } else if (pattern[i] != parts[i]) {
        return false;
      }
    }
    return true;
  }

  std::vector<Route> routes_;
};

}  // namespace jixiao
