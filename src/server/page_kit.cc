#include "server/page_kit.h"

#include "base/clock.h"

namespace jixiao {

using Json = nlohmann::ordered_json;

std::string RoleLabel(Role role) {
  switch (role) {
    case Role::kAdmin: return "管理员";
    case Role::kUnit: return "单位填报人";
    case Role::kReviewer: return "财政复核人";
  }
  return "";
}

std::string StatusLabel(YearStatus status) { return status == YearStatus::kDraft ? "草稿" : "已送审（锁定）"; }

std::string TimeText(int64_t at) { return at > 0 ? BeijingTimeText(at, false) : std::string(); }

Json PageFrame(const RequestContext& ctx, const std::string& title) {
  Json page = {{"title", title}};
  if (ctx.caller) {
    const UserRecord& user = ctx.caller->who.user;
    page["user"] = {{"name", user.name},
                    {"login", user.login},
                    {"role", user.department_reviewer ? std::string("主管部门初审人") : RoleLabel(user.role)}};
    page["csrf"] = ctx.caller->who.csrf_token;
    page["is_admin"] = user.role == Role::kAdmin;
    page["is_bureau"] = user.role != Role::kUnit;
    page["is_department"] = user.department_reviewer;
  }
  return page;
}

HttpResponse Html(const RequestContext& ctx, const std::string& name, Json model, int status) {
  HttpResponse response;
  response.status = status;
  response.body = ctx.views.Render(name, model);
  return response;
}

HttpResponse ErrorPage(const RequestContext& ctx, const Error& error) {
  Json model = {{"page", PageFrame(ctx, "出错了")}, {"message", error.message}};
  return Html(ctx, "error", model, HttpStatusOf(error.code));
}

// An htmx request gets the message as a fragment in its target, with a status htmx swaps.
HttpResponse Fragment(const std::string& html, int status) {
  HttpResponse response;
  response.status = status;
  response.body = html;
  return response;
}

HttpResponse HxRedirect(const std::string& location) {
  HttpResponse response;
  response.status = 200;
  response.headers.emplace_back("HX-Redirect", location);
  return response;
}


std::string YearBase(int64_t unit, int year) { return "/units/" + std::to_string(unit) + "/years/" + std::to_string(year); }

Error NoSuchPage() { return Error{ErrorCode::kNotFound, "没有这个单位或年度"}; }

}  // namespace jixiao
