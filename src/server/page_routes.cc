// The Chinese web pages: login, units and their years, the editor with live findings (htmx
// posts one field at a time and swaps the findings and the score), import with preview,
// submit and reopen, version history with differences, and for admins users and the audit log.
#include <algorithm>
#include <string>
#include <vector>

#include "base/clock.h"
#include "server/editor_model.h"
#include "server/page_kit.h"
#include "server/routes.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;
using Args = std::vector<std::string>;

// ---- login ----

HttpResponse LoginForm(RequestContext& ctx, const Args&) {
  if (ctx.caller) return Redirect("/");
  return Html(ctx, "login", {{"page", PageFrame(ctx, "登录")}});
}

HttpResponse LoginPost(RequestContext& ctx, const Args&) {
  const std::string login = ctx.request.Param("login");
  auto result = ctx.workspace.Login(login, ctx.request.Param("password"), ctx.request.remote_address);
  if (!result) {
    Json model = {{"page", PageFrame(ctx, "登录")}, {"error", result.error().message}, {"login", login}};
    return Html(ctx, "login", model, HttpStatusOf(result.error().code));
  }
  HttpResponse response = Redirect("/");
  response.headers.emplace_back("Set-Cookie", SessionCookie(result->token, ctx.config.secure_cookies));
  return response;
}

HttpResponse LogoutPost(RequestContext& ctx, const Args&) {
  if (ctx.caller) ctx.workspace.Logout(*ctx.caller);
  HttpResponse response = Redirect("/login");
  response.headers.emplace_back("Set-Cookie", SessionCookie("", ctx.config.secure_cookies));
  return response;
}

// ---- units and years ----

HttpResponse Home(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  if (caller.who.user.role == Role::kUnit && caller.who.user.unit_id) {
    return Redirect("/units/" + std::to_string(*caller.who.user.unit_id));
  }
  return Redirect("/units");
}

// Each year with where it stands in the cycle (草稿, 待审核, 被退回, 已通过, 已公开).
Json YearRows(RequestContext& ctx, const Caller& caller, const std::vector<DraftRecord>& drafts, int64_t unit_id) {
  Json rows = Json::array();
  for (const auto& draft : drafts) {
    auto stage = ctx.desk.StageOf(caller, unit_id, draft.year);
    rows.push_back({{"year", draft.year},
                    {"status", stage ? std::string(StageLabel(*stage)) : StatusLabel(draft.status)},
                    {"stage", stage ? std::string(StageName(*stage)) : std::string()},
                    {"submitted", draft.status == YearStatus::kSubmitted},
                    {"revision", draft.revision},
                    {"updated_by", draft.updated_by},
                    {"updated_at", TimeText(draft.updated_at)},
                    {"href", YearBase(unit_id, draft.year)}});
  }
  return rows;
}

HttpResponse UnitsPage(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  auto units = ctx.workspace.Units(caller);
  if (!units) return ErrorPage(ctx, units.error());
  Json rows = Json::array();
  for (const auto& unit : *units) {
    auto years = ctx.workspace.Years(caller, unit.id);
    rows.push_back({{"id", unit.id}, {"name", unit.name}, {"region", unit.region}, {"code", unit.code},
                    {"years", years ? YearRows(ctx, caller, *years, unit.id) : Json::array()}});
  }
  Json model = {{"page", PageFrame(ctx, "单位")}, {"units", rows}, {"count", rows.size()}};
  return Html(ctx, "units", model);
}

HttpResponse UnitPage(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto id = ParseId(args[0]);
  if (!id) return ErrorPage(ctx, NoSuchPage());
  auto unit = ctx.workspace.Unit(caller, *id);
  if (!unit) return ErrorPage(ctx, unit.error());
  auto years = ctx.workspace.Years(caller, *id);
  if (!years) return ErrorPage(ctx, years.error());
  const bool can_edit = caller.who.user.role == Role::kUnit && caller.who.user.unit_id == *id;
  const Json year_rows = YearRows(ctx, caller, *years, *id);
  // Rectification items still open from any year show up in every later year's workspace.
  Json open_items = Json::array();
  int overdue_items = 0;
  if (auto items = ctx.desk.Rectifications(caller, *id, 0)) {
    for (const auto& item : *items) {
      if (item.item.status == RectificationStatus::kClosed) continue;
      if (item.overdue) ++overdue_items;
      open_items.push_back({{"id", item.item.id}, {"year", item.item.year}, {"title", item.item.title},
                            {"deadline", item.item.deadline}, {"status", item.status_label}, {"overdue", item.overdue}});
    }
  }
  const auto returned_years = std::count_if(year_rows.begin(), year_rows.end(),
                                            [](const Json& y) { return y["stage"] == "returned"; });
  Json model = {{"page", PageFrame(ctx, unit->name)},
                {"returned_warn", returned_years > 0},
                {"unit", {{"id", unit->id}, {"name", unit->name}, {"region", unit->region}}},
                {"years", year_rows},
                {"no_years", years->empty()},
                {"open_items", open_items},
                {"inbox", {{"returned", std::count_if(year_rows.begin(), year_rows.end(),
                                                      [](const Json& y) { return y["stage"] == "returned"; })},
                           {"pending", std::count_if(year_rows.begin(), year_rows.end(),
                                                     [](const Json& y) { return y["stage"] == "submitted"; })},
                           {"open", open_items.size()},
                           {"overdue", overdue_items},
                           {"overdue_warn", overdue_items > 0}}},
                {"has_open_items", !open_items.empty()},
                {"can_edit", can_edit},
                {"next_year", years->empty() ? 2025 : years->front().year + 1}};
  return Html(ctx, "unit", model);
}

HttpResponse CreateYearPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto id = ParseId(args[0]);
  auto year = ParseId(ctx.request.Param("year"));
  if (!id) return ErrorPage(ctx, NoSuchPage());
  if (!year || *year > 9999) return ErrorPage(ctx, Error{ErrorCode::kInvalidInput, "年度：请填写四位数字的年度，如 2025"});
  auto created = ctx.workspace.CreateYear(caller, *id, static_cast<int>(*year), std::nullopt);
  if (!created) return ErrorPage(ctx, created.error());
  return Redirect(YearBase(*id, static_cast<int>(*year)));
}

// ---- import ----

HttpResponse ImportPreviewPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto id = ParseId(args[0]);
  if (!id) return ErrorPage(ctx, NoSuchPage());
  auto unit = ctx.workspace.Unit(caller, *id);
  if (!unit) return ErrorPage(ctx, unit.error());
  if (ctx.request.files.empty() || ctx.request.files.front().content.empty()) {
    return ErrorPage(ctx, Error{ErrorCode::kInvalidInput, "文件：请选择要导入的报告文件（DOCX、PDF、TXT、XLSX 或 JSON）"});
  }
  const UploadedFile& file = ctx.request.files.front();
  auto preview = ctx.workspace.PreviewImport(caller, file.filename, file.content);
  if (!preview) return ErrorPage(ctx, preview.error());
  const Json& document = preview->document;
  Json projects = Json::array();
  for (const auto& project : document["projects"]) {
    projects.push_back({{"name", project["name"]}, {"budget", project["budget"]["total"]}, {"executed", project["executed"]},
                        {"indicators", project["indicators"].size()}});
  }
  int year = document["year"].is_number_integer() ? document["year"].get<int>() : 0;
  if (auto typed = ParseId(ctx.request.Param("year")); typed && *typed > 0 && *typed < 10000) year = static_cast<int>(*typed);
  Json model = {{"page", PageFrame(ctx, "导入预览")},
                {"unit", {{"id", unit->id}, {"name", unit->name}}},
                {"file", file.filename},
                {"read_name", document["unit"]["name"]},
                {"year", year > 0 ? Json(year) : Json("")},
                {"budget_total", document["funds"]["budget_total"]},
                {"executed_total", document["funds"]["executed_total"]},
                {"projects", projects},
                {"project_count", projects.size()},
                {"department_indicator_count", document["department_indicators"].size()},
                {"findings", FindingsModel(YearView{UnitRecord{}, DraftRecord{}, document, preview->scores,
                                                    preview->findings, 0, 0, 0, false, 0, nullptr},
                                           "")},
                {"errors", preview->errors},
                {"warnings", preview->warnings},
                {"score", preview->scores["overall"]["score"]},
                {"grade", preview->scores["overall"]["grade"]},
                {"document", document.dump()}};
  return Html(ctx, "import_preview", model);
}

HttpResponse ImportConfirmPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto id = ParseId(args[0]);
  auto year = ParseId(ctx.request.Param("year"));
  if (!id) return ErrorPage(ctx, NoSuchPage());
  if (!year || *year > 9999) return ErrorPage(ctx, Error{ErrorCode::kInvalidInput, "年度：请填写四位数字的年度，如 2025"});
  auto created = ctx.workspace.CreateYear(caller, *id, static_cast<int>(*year), ctx.request.Param("document"));
  if (!created) return ErrorPage(ctx, created.error());
  return Redirect(YearBase(*id, static_cast<int>(*year)));
}

// An htmx request's failure, shown in its target with a status htmx swaps.
HttpResponse ErrorFragment(const RequestContext& ctx, const Error& error) {
  return Fragment(ctx.views.Render("field_error", {{"message", error.message}}), HttpStatusOf(error.code));
}

// The unit-year of the path and the revision the form was made from.
struct YearRevision {
  UnitYear at;
  int64_t revision = 0;
};
Result<YearRevision> ReadYearRevision(const RequestContext& ctx, const Args& args) {
  auto at = PathUnitYear(args);
  auto revision = ParseId(ctx.request.Param("revision"));
  if (!at) return Fail(ErrorCode::kNotFound, "没有这个单位或年度");
  if (!revision) return Invalid("缺少修订号，请刷新页面");
  return YearRevision{*at, *revision};
}

// ---- the editor ----

HttpResponse EditorPage(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto view = ctx.workspace.Year(caller, at->unit, at->year, ViewParts::kShared);
  if (!view) return ErrorPage(ctx, view.error());
  auto versions = ctx.workspace.Versions(caller, at->unit, at->year);
  const std::string base = YearBase(at->unit, at->year);
  // The body is rendered once per assessment and right to edit, then served as it was rendered.
  const auto body = ctx.views.RenderKept(EditorBodyKey(*view, base), "editor_body",
                                         [&] { return EditorBodyModel(*view, base); });
  Json model = EditorHeadModel(*view, base);
  model["page"] = PageFrame(ctx, view->unit.name + " " + std::to_string(at->year) + " 年度绩效自评");
  model["page"]["editor"] = true;
  model["updated_at"] = TimeText(view->draft.updated_at);
  // A returned year shows the reviewer's reason and comments, each linked to its field.
  if (auto decisions = ctx.desk.Decisions(caller, at->unit, at->year); decisions && !decisions->empty()) {
    const DecisionRecord& last = decisions->back();
    Json comments = Json::parse(last.comments, nullptr, false);
    if (!comments.is_array()) comments = Json::array();
    for (auto& comment : comments) {
      const std::string anchor = comment.value("anchor", std::string());
      comment["href"] = anchor.starts_with("/") ? "#" + FieldId(anchor) : std::string("#findings");
    }
    model["decision_passed"] = last.decision == Decision::kPassed;
    model["decision"] = {{"returned", last.decision == Decision::kReturned},
                         {"version", last.number},
                         {"reason", last.reason},
                         {"by", last.decided_by},
                         {"at", TimeText(last.decided_at)},
                         {"review_total", last.review_total},
                         {"review_grade", last.review_grade},
                         {"comments", comments}};
  }
  // A return by the 主管部门 after the bureau's last decision is what the unit has to answer now.
  if (auto department = ctx.desk.DepartmentReviews(caller, at->unit, at->year); department && !department->empty()) {
    const DepartmentReviewRecord& last = department->back();
    const int decided = model.contains("decision") ? model["decision"]["version"].get<int>() : 0;
    if (last.outcome == DepartmentOutcome::kReturned && last.number > decided) {
      if (model.contains("decision") && model["decision"]["returned"].get<bool>()) model.erase("decision");
      model["department_return"] = {{"version", last.number},
                                    {"opinion", last.opinion},
                                    {"field", FieldLabel(view->document, last.anchor)},
                                    {"href", last.anchor.starts_with("/") ? "#" + FieldId(last.anchor) : std::string("#findings")},
                                    {"by", last.decided_by},
                                    {"at", TimeText(last.decided_at)}};
    }
  }
  if (versions && !versions->empty()) {
    const VersionRecord& last = versions->back();
    model["last_version"] = {{"number", last.number}, {"hash", last.content_hash.substr(0, 16)},
                             {"submitted_by", last.submitted_by}, {"submitted_at", TimeText(last.submitted_at)}};
  }
  HttpResponse response;
  response.body = ctx.views.RenderAround("editor", "body", model, *body);
  return response;
}

// One project's form, as the fragment a folded project fetches when it is opened (an htmx
// request) or as a page of its own (the link in the folded project, which works without JS).
HttpResponse ProjectPage(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  const bool fragment = ctx.request.Header("hx-request") == "true";
  auto fail = [&](const Error& error) {
    HttpResponse response = fragment ? ErrorFragment(ctx, error) : ErrorPage(ctx, error);
    response.headers.emplace_back("Vary", "HX-Request");
    return response;
  };
  auto at = PathUnitYear(args);
  auto index = ParseId(args[2]);
  if (!at || !index) return fail(NoSuchPage());
  auto view = ctx.workspace.Year(caller, at->unit, at->year, ViewParts::kShared);
  if (!view) return fail(view.error());
  const std::string base = YearBase(at->unit, at->year);
  auto project = ProjectModel(*view, static_cast<std::size_t>(*index), base);
  if (!project) return fail(Error{ErrorCode::kNotFound, "没有这个项目（可能已被删除），请刷新页面"});
  HttpResponse response;
  if (fragment) {
    response = Fragment(ctx.views.Render("editor_project", *project));
  } else {
    Json model = {{"page", PageFrame(ctx, (*project)["name"].get<std::string>() + " · " + view->unit.name + " " +
                                              std::to_string(at->year) + " 年度")},
                  {"base", base},
                  {"unit", {{"id", view->unit.id}, {"name", view->unit.name}}},
                  {"year", at->year},
                  {"revision", view->draft.revision},
                  {"submitted", view->draft.status == YearStatus::kSubmitted},
                  {"score", ScoreModel(*view)},
                  {"findings", FindingsModel(*view, base)},
                  {"project", std::move(*project)}};
    response = Html(ctx, "editor_project_page", std::move(model));
  }
  response.headers.emplace_back("Vary", "HX-Request");
  return response;
}

// What the editor swaps in after a save: the field's message, and out of band the new
// revision, the findings and the score.
HttpResponse SavedFragment(const RequestContext& ctx, const YearView& view, const std::string& base) {
  Json model = {{"revision", view.draft.revision},
                {"findings", FindingsModel(view, base)},
                {"score", ScoreModel(view)},
                {"saved_at", TimeText(view.draft.updated_at)}};
  return Fragment(ctx.views.Render("editor_saved", model));
}

HttpResponse FieldPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto request = ReadYearRevision(ctx, args);
  if (!request) return ErrorFragment(ctx, request.error());
  FieldEdit edit{"replace", ctx.request.Param("pointer"), FieldValue(ctx.request.Param("kind"), ctx.request.Param("value"))};
  auto view = ctx.workspace.Edit(caller, request->at.unit, request->at.year, request->revision, {edit}, ViewParts::kShared);
  if (!view) {
    // Shown beside the field itself: "字段 funds.budget_total：金额…" needs no field name.
    std::string message = view.error().message;
    if (message.starts_with("字段 ") && message.find("：") != std::string::npos) {
      message = message.substr(message.find("：") + std::string("：").size());
    }
    return Fragment(ctx.views.Render("field_error", {{"message", message}}), HttpStatusOf(view.error().code));
  }
  return SavedFragment(ctx, *view, YearBase(request->at.unit, request->at.year));
}

// Marks a narrative text 不公开 (or clears the mark): the document's "internal" list gains or
// loses the field's pointer.
HttpResponse WithheldPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto request = ReadYearRevision(ctx, args);
  if (!request) return ErrorFragment(ctx, request.error());
  auto current = ctx.workspace.Year(caller, request->at.unit, request->at.year);
  if (!current) return ErrorFragment(ctx, current.error());
  const std::string pointer = ctx.request.Param("pointer");
  const bool withheld = ctx.request.Param("internal") == "1";
  Json list = current->document.value("internal", Json::array());
  if (!list.is_array()) list = Json::array();
  list.erase(std::remove(list.begin(), list.end(), Json(pointer)), list.end());
  if (withheld) list.push_back(pointer);
  FieldEdit edit = list.empty() ? FieldEdit{"remove", "/internal", nullptr} : FieldEdit{"replace", "/internal", list};
  if (list.empty() && !current->document.contains("internal")) return SavedFragment(ctx, *current, YearBase(request->at.unit, request->at.year));
  auto view = ctx.workspace.Edit(caller, request->at.unit, request->at.year, request->revision, {edit}, ViewParts::kShared);
  if (!view) {
    return Fragment(ctx.views.Render("field_error", {{"message", view.error().message}}), HttpStatusOf(view.error().code));
  }
  return SavedFragment(ctx, *view, YearBase(request->at.unit, request->at.year));
}

HttpResponse ExplainPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto request = ReadYearRevision(ctx, args);
  if (!request) return ErrorFragment(ctx, request.error());
  auto view = ctx.workspace.Explain(caller, request->at.unit, request->at.year, request->revision, ctx.request.Param("key"),
                                    ctx.request.Param("value"), ViewParts::kShared);
  if (!view) return ErrorFragment(ctx, view.error());
  return SavedFragment(ctx, *view, YearBase(request->at.unit, request->at.year));
}

// Adding or removing a project or an indicator: the editor reloads at the changed place.
HttpResponse ItemsPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto request = ReadYearRevision(ctx, args);
  if (!request) return ErrorFragment(ctx, request.error());
  const std::string action = ctx.request.Param("action");
  const std::string pointer = ctx.request.Param("pointer");
  FieldEdit edit;
  std::string anchor;
  if (action == "add_project") {
    edit = {"add", "/projects/-", Json{{"name", "新项目"}}};
  } else if (action == "add_indicator") {
    edit = {"add", pointer + "/indicators/-", Json{{"name", "新指标"}}};
    anchor = "#" + FieldId(pointer);
  } else if (action == "add_department_indicator") {
    edit = {"add", "/department_indicators/-", Json{{"name", "新指标"}}};
    anchor = "#department-indicators";
  } else if (action == "add_economic_class") {
    edit = {"add", "/funds/by_economic_class/-", Json{{"class", "其他支出"}}};
    anchor = "#f-funds-by_economic_class";
  } else if (action == "add_task") {
    edit = {"add", "/tasks/-", Json{{"task", "新任务"}}};
    anchor = "#f-tasks";
  } else if (action == "remove") {
    edit = {"remove", pointer, nullptr};
  } else {
    return Fragment("未知的操作", 422);
  }
  auto view = ctx.workspace.Edit(caller, request->at.unit, request->at.year, request->revision, {edit});
  if (!view) return ErrorFragment(ctx, view.error());
  if (action == "add_project") anchor = "#" + FieldId("/projects/" + std::to_string(view->document["projects"].size() - 1));
  return HxRedirect(YearBase(request->at.unit, request->at.year) + anchor);
}

HttpResponse SubmitPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto request = ReadYearRevision(ctx, args);
  if (!request) return ErrorFragment(ctx, request.error());
  auto version = ctx.workspace.Submit(caller, request->at.unit, request->at.year, request->revision);
  if (!version) return ErrorFragment(ctx, version.error());
  return HxRedirect(YearBase(request->at.unit, request->at.year));
}

HttpResponse ReopenPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto request = ReadYearRevision(ctx, args);
  if (!request) return ErrorFragment(ctx, request.error());
  auto view = ctx.workspace.Reopen(caller, request->at.unit, request->at.year, request->revision);
  if (!view) return ErrorFragment(ctx, view.error());
  return HxRedirect(YearBase(request->at.unit, request->at.year));
}

// ---- versions ----

HttpResponse VersionsPage(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto unit = ctx.workspace.Unit(caller, at->unit);
  if (!unit) return ErrorPage(ctx, unit.error());
  auto versions = ctx.workspace.Versions(caller, at->unit, at->year);
  if (!versions) return ErrorPage(ctx, versions.error());
  const int latest = versions->empty() ? 0 : versions->back().number;
  const auto from = ParseId(ctx.request.Param("from"));
  const auto to = ParseId(ctx.request.Param("to"));
  const int from_number = from && *from <= 100000 ? static_cast<int>(*from) : std::max(latest - 1, latest > 0 ? 1 : 0);
  const int to_number = to && *to <= 100000 ? static_cast<int>(*to) : 0;
  Json rows = Json::array(), from_options = Json::array(), to_options = Json::array();
  to_options.push_back({{"value", 0}, {"label", "当前草稿"}, {"selected", to_number == 0}});
  for (auto it = versions->rbegin(); it != versions->rend(); ++it) {
    rows.push_back({{"number", it->number}, {"hash", it->content_hash}, {"submitted_by", it->submitted_by},
                    {"submitted_at", TimeText(it->submitted_at)},
                    {"href", "/api/units/" + std::to_string(at->unit) + "/years/" + std::to_string(at->year) +
                                 "/report.docx?version=" + std::to_string(it->number)}});
    const std::string label = "第 " + std::to_string(it->number) + " 版";
    from_options.push_back({{"value", it->number}, {"label", label}, {"selected", it->number == from_number}});
    to_options.push_back({{"value", it->number}, {"label", label}, {"selected", it->number == to_number}});
  }
  Json model = {{"page", PageFrame(ctx, "版本历史")},
                {"unit", {{"id", unit->id}, {"name", unit->name}}},
                {"year", at->year},
                {"base", YearBase(at->unit, at->year)},
                {"versions", rows},
                {"no_versions", rows.empty()},
                {"from_options", from_options},
                {"to_options", to_options}};
  if (from_number > 0 && from_number != to_number) {
    auto changes = ctx.workspace.Diff(caller, at->unit, at->year, from_number, to_number);
    if (!changes) return ErrorPage(ctx, changes.error());
    const Json diff = ChangesToJson(*changes);
    model["diff"] = {{"changes", diff}, {"count", diff.size()}, {"none", diff.empty()}};
  }
  return Html(ctx, "versions", model);
}

// ---- admin ----

HttpResponse UsersPage(RequestContext& ctx, const Args&, const std::string& error = "") {
  REQUIRE_LOGIN(ctx);
  auto users = ctx.workspace.Users(caller);
  if (!users) return ErrorPage(ctx, users.error());
  auto units = ctx.workspace.Units(caller);
  std::map<int64_t, std::string> unit_names;
  Json unit_options = Json::array();
  if (units) {
    for (const auto& unit : *units) {
      unit_names[unit.id] = unit.name;
      unit_options.push_back({{"id", unit.id}, {"name", unit.name}});
    }
  }
  Json rows = Json::array();
  for (const auto& user : *users) {
    rows.push_back({{"login", user.login},
                     {"name", user.name},
                     {"role", user.department_reviewer ? std::string("主管部门初审人") : RoleLabel(user.role)},
                     {"unit", user.unit_id ? unit_names[*user.unit_id] : user.scope},
                     {"disabled", user.disabled}});
  }
  Json model = {{"page", PageFrame(ctx, "用户管理")}, {"users", rows}, {"units", unit_options}};
  if (!error.empty()) model["error"] = error;
  return Html(ctx, "admin_users", model, error.empty() ? 200 : 422);
}

HttpResponse UsersGet(RequestContext& ctx, const Args& args) { return UsersPage(ctx, args); }

HttpResponse UsersPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto role = RoleFromName(ctx.request.Param("role"));
  NewUser user{ctx.request.Param("login"), ctx.request.Param("name"), role.value_or(Role::kUnit), std::nullopt,
               ctx.request.Param("password")};
  if (auto unit = ParseId(ctx.request.Param("unit_id"))) user.unit_id = *unit;
  user.department_reviewer = ctx.request.Param("role") == "department";
  if (user.department_reviewer) user.role = Role::kReviewer;
  auto added = ctx.workspace.AddUser(caller, user, ctx.request.Param("scope"));
  if (!added) {
    if (added.error().code == ErrorCode::kForbidden) return ErrorPage(ctx, added.error());
    return UsersPage(ctx, args, added.error().message);
  }
  return Redirect("/admin/users");
}

// Stop or restore a login, or set a new password: /admin/users/{login} with action=disable|enable|password.
HttpResponse UserActionPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  const std::string action = ctx.request.Param("action");
  Result<UserRecord> done = Fail(ErrorCode::kInvalidInput, "未知的操作");
  if (action == "disable" || action == "enable") done = ctx.workspace.SetUserDisabled(caller, args[0], action == "disable");
  if (action == "password") done = ctx.workspace.ResetPassword(caller, args[0], ctx.request.Param("password"));
  if (!done) {
    if (done.error().code == ErrorCode::kForbidden) return ErrorPage(ctx, done.error());
    return UsersPage(ctx, args, args[0] + "：" + done.error().message);
  }
  return Redirect("/admin/users");
}

HttpResponse AuditPage(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  auto before = ParseId(ctx.request.Param("before")).value_or(0);
  auto entries = ctx.workspace.AuditLog(caller, before, 100);
  if (!entries) return ErrorPage(ctx, entries.error());
  Json rows = Json::array();
  for (const auto& entry : *entries) {
    rows.push_back({{"id", entry.id}, {"at", TimeText(entry.at)}, {"actor", entry.actor}, {"address", entry.address},
                    {"action", entry.action}, {"target", entry.target}, {"before", entry.before}, {"after", entry.after}});
  }
  Json model = {{"page", PageFrame(ctx, "审计日志")}, {"entries", rows}};
  if (entries->size() == 100) model["older"] = "/admin/audit?before=" + std::to_string(entries->back().id);
  return Html(ctx, "admin_audit", model);
}

}  // namespace

void AddPageRoutes(AppRouter& router) {
  router.Add("GET", "/login", LoginForm);
  router.Add("POST", "/login", LoginPost);
  router.Add("POST", "/logout", LogoutPost);
  router.Add("GET", "/", Home);
  router.Add("GET", "/units", UnitsPage);
  router.Add("GET", "/units/{}", UnitPage);
  router.Add("POST", "/units/{}/years", CreateYearPost);
  router.Add("POST", "/units/{}/import", ImportPreviewPost);
  router.Add("POST", "/units/{}/import/confirm", ImportConfirmPost);
  router.Add("GET", "/units/{}/years/{}", EditorPage);
  router.Add("GET", "/units/{}/years/{}/projects/{}", ProjectPage);
  router.Add("POST", "/units/{}/years/{}/field", FieldPost);
  router.Add("POST", "/units/{}/years/{}/internal", WithheldPost);
  router.Add("POST", "/units/{}/years/{}/explain", ExplainPost);
  router.Add("POST", "/units/{}/years/{}/items", ItemsPost);
  router.Add("POST", "/units/{}/years/{}/submit", SubmitPost);
  router.Add("POST", "/units/{}/years/{}/reopen", ReopenPost);
  router.Add("GET", "/units/{}/years/{}/versions", VersionsPage);
  router.Add("GET", "/admin/users", UsersGet);
  router.Add("POST", "/admin/users", UsersPost);
  router.Add("POST", "/admin/users/{}", UserActionPost);
  router.Add("GET", "/admin/audit", AuditPage);
}

}  // namespace jixiao
