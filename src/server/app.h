// The web application: one handler for every request. It resolves the session cookie into a
// caller, refuses state-changing requests without the session's CSRF token or from another
// origin, dispatches to the API and page routes, serves web/static, and turns any error or
// exception into a response: no exception leaves Handle.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "server/http.h"
#include "server/routes.h"
#include "server/views.h"
#include "service/workspace.h"

namespace jixiao {

class App {
 public:
  static Result<std::unique_ptr<App>> Create(Workspace& workspace, ServerConfig config);
  HttpResponse Handle(const HttpRequest& request);

 private:
  App(Workspace& workspace, ServerConfig config, Views views);
  HttpResponse Route(const HttpRequest& request);
  HttpResponse Static(const HttpRequest& request) const;

  Workspace& workspace_;
  ReviewDesk desk_;
  ServerConfig config_;
  Views views_;
  AppRouter router_;
};

}  // namespace jixiao
