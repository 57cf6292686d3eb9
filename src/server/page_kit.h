// What every page handler shares: the page frame (title, user, CSRF token), rendering a
// template, error pages and htmx fragments, role and status labels, and the login guard.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "server/routes.h"

namespace jixiao {

std::string RoleLabel(Role role);
std::string StatusLabel(YearStatus status);
std::string TimeText(int64_t at);  // Beijing time to the minute, "" for 0
nlohmann::ordered_json PageFrame(const RequestContext& ctx, const std::string& title);
HttpResponse Html(const RequestContext& ctx, const std::string& name, nlohmann::ordered_json model, int status = 200);
HttpResponse ErrorPage(const RequestContext& ctx, const Error& error);
// An htmx request gets the message as a fragment in its target, with a status htmx swaps.
HttpResponse Fragment(const std::string& html, int status = 200);
HttpResponse HxRedirect(const std::string& location);
std::string YearBase(int64_t unit, int year);  // "/units/3/years/2024"
Error NoSuchPage();

#define REQUIRE_LOGIN(ctx)                     \
  if (!(ctx).caller) return Redirect("/login"); \
  const Caller& caller = *(ctx).caller

}  // namespace jixiao
