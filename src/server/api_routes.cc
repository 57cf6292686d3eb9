// The JSON API under /api/ (docs/api.md): the same use cases as the pages, as JSON.
#include <cctype>
#include <string>
#include <vector>

#include "service/json_answer.h"
#include "server/routes.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;
using Args = std::vector<std::string>;

Json UserJson(const UserRecord& user) {
  return {{"id", user.id},
          {"login", user.login},
          {"name", user.name},
          {"role", std::string(RoleName(user.role))},
          {"unit_id", user.unit_id ? Json(*user.unit_id) : Json(nullptr)},
          {"scope", user.scope},
          {"department_reviewer", user.department_reviewer},
          {"disabled", user.disabled}};
}

Json UnitJson(const UnitRecord& unit) {
  return {{"id", unit.id}, {"name", unit.name}, {"code", unit.code}, {"region", unit.region}};
}

Json DraftJson(const DraftRecord& draft) {
  return {{"unit_id", draft.unit_id},
          {"year", draft.year},
          {"status", std::string(YearStatusName(draft.status))},
          {"revision", draft.revision},
          {"updated_by", draft.updated_by},
          {"updated_at", draft.updated_at}};
}

Json VersionJson(const VersionRecord& version, bool with_document) {
  Json out = {{"number", version.number},
              {"content_hash", version.content_hash},
              {"submitted_by", version.submitted_by},
              {"submitted_at", version.submitted_at}};
  if (with_document) {
    out["document"] = Json::parse(version.document, nullptr, false);
    out["explanations"] = Json::parse(version.explanations, nullptr, false);
  }
  return out;
}

Json YearJson(const YearView& view) {
  Json out = DraftJson(view.draft);
  out["unit"] = UnitJson(view.unit);
  out["editable"] = view.editable;
  out["errors"] = view.errors;
  out["warnings"] = view.warnings;
  out["unexplained_warnings"] = view.unexplained_warnings;
  out["scores"] = view.scores;
  out["findings"] = view.findings;
  out["document"] = view.document;
  return out;
}

// The same answer as YearJson, the document, scores and findings written straight from the
// workspace's shared assessment (a page-sized document is not copied to be sent).
HttpResponse YearResponse(const YearView& view, int status = 200) {
  if (!view.assessment) return JsonResponse(status, YearJson(view));
  Json head = DraftJson(view.draft);
  head["unit"] = UnitJson(view.unit);
  head["editable"] = view.editable;
  head["errors"] = view.errors;
  head["warnings"] = view.warnings;
  head["unexplained_warnings"] = view.unexplained_warnings;
  HttpResponse response = JsonResponse(status, head);
  response.body.pop_back();  // the head's closing brace: the shared parts follow
  for (const auto& [key, value] : {std::pair<const char*, const Json*>{"scores", &view.assessment->scores},
                                   {"findings", &view.assessment->findings},
                                   {"document", &view.assessment->document}}) {
    response.body += ",\"";
    response.body += key;
    response.body += "\":";
    AppendAnswerText(response.body, *value);
  }
  response.body += '}';
  return response;
}

HttpResponse YearReply(Result<YearView> view, int status = 200) {
  if (!view) return JsonError(view.error());
  return YearResponse(*view, status);
}

// {"<key>": [to_json(item), …]}
template <typename Items, typename ToJson>
Json ListJson(const char* key, const Items& items, ToJson to_json) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(to_json(item));
  return Json{{key, out}};
}

template <typename T, typename ToJson>
HttpResponse Reply(Result<T> result, ToJson to_json, int status = 200) {
  if (!result) return JsonError(result.error());
  return JsonResponse(status, to_json(std::move(*result)));
}

// The handler's caller, or a 401 response.
#define REQUIRE_CALLER(ctx)                                                         \
  if (!(ctx).caller) return JsonError(401, "unauthenticated", "请先登录");          \
  const Caller& caller = *(ctx).caller

Result<int64_t> Revision(const Json& body) {
  if (!body.contains("revision") || !body["revision"].is_number_integer()) {
    return Invalid("字段 revision：须给出所改记录的当前修订号（整数），以免覆盖他人的修改");
  }
  return body["revision"].get<int64_t>();
}


// A request that changes a year: the unit-year of the path, the JSON body and the revision it names.
struct YearEdit {
  UnitYear at;
  Json body;
  int64_t revision = 0;
};
Result<YearEdit> ReadYearEdit(const HttpRequest& request, const Args& args) {
  auto at = PathUnitYear(args);
  if (!at) return Fail(ErrorCode::kNotFound, "没有这个单位或年度");
  auto body = Body(request);
  if (!body) return tl::unexpected(body.error());
  auto revision = Revision(*body);
  if (!revision) return tl::unexpected(revision.error());
  return YearEdit{*at, std::move(*body), *revision};
}

HttpResponse NoSuchYear() { return JsonError(404, "not_found", "没有这个单位或年度"); }

HttpResponse Login(RequestContext& ctx, const Args&) {
  auto body = Body(ctx.request);
  if (!body) return JsonError(body.error());
  auto login = ctx.workspace.Login(StringField(*body, "login"), StringField(*body, "password"), ctx.request.remote_address);
  if (!login) return JsonError(login.error());
  HttpResponse response = JsonResponse(200, {{"user", UserJson(login->current.user)}, {"csrf_token", login->current.csrf_token}});
  response.headers.emplace_back("Set-Cookie", SessionCookie(login->token, ctx.config.secure_cookies));
  return response;
}

HttpResponse Logout(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  ctx.workspace.Logout(caller);
  HttpResponse response = JsonResponse(200, {{"ok", true}});
  response.headers.emplace_back("Set-Cookie", SessionCookie("", ctx.config.secure_cookies));
  return response;
}

HttpResponse Me(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  return JsonResponse(200, {{"user", UserJson(caller.who.user)}, {"csrf_token", caller.who.csrf_token}});
}

HttpResponse ListUnits(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  return Reply(ctx.workspace.Units(caller), [](const auto& units) {
    return ListJson("units", units, [](const auto& unit) { return UnitJson(unit); });
  });
}

HttpResponse AddUnit(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  auto body = Body(ctx.request);
  if (!body) return JsonError(body.error());
  UnitRecord unit{0, StringField(*body, "name"), StringField(*body, "code"), StringField(*body, "region")};
  return Reply(ctx.workspace.AddUnit(caller, unit), [](const auto& added) { return UnitJson(added); }, 201);
}

HttpResponse GetUnit(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto id = ParseId(args[0]);
  if (!id) return NoSuchYear();
  return Reply(ctx.workspace.Unit(caller, *id), [](const auto& unit) { return UnitJson(unit); });
}

HttpResponse ListYears(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto id = ParseId(args[0]);
  if (!id) return NoSuchYear();
  return Reply(ctx.workspace.Years(caller, *id), [](const auto& drafts) {
    return ListJson("years", drafts, [](const auto& draft) { return DraftJson(draft); });
  });
}

HttpResponse CreateYear(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto id = ParseId(args[0]);
  if (!id) return NoSuchYear();
  auto body = Body(ctx.request);
  if (!body) return JsonError(body.error());
  if (!(*body)["year"].is_number_integer()) return JsonError(Error{ErrorCode::kInvalidInput, "字段 year：须是四位数字的年度"});
  std::optional<std::string> document;
  if (body->contains("document") && (*body)["document"].is_object()) document = (*body)["document"].dump();
  return YearReply(ctx.workspace.CreateYear(caller, *id, (*body)["year"].get<int>(), document), 201);
}

HttpResponse GetYear(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return NoSuchYear();
  return YearReply(ctx.workspace.Year(caller, at->unit, at->year, ViewParts::kShared));
}

HttpResponse ReplaceYear(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto edit = ReadYearEdit(ctx.request, args);
  if (!edit) return JsonError(edit.error());
  if (!edit->body["document"].is_object()) return JsonError(Error{ErrorCode::kInvalidInput, "字段 document：须是 jixiao.evaluation/1 文档"});
  return YearReply(ctx.workspace.Replace(caller, edit->at.unit, edit->at.year, edit->revision, edit->body["document"].dump()));
}

HttpResponse PatchYear(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto edit = ReadYearEdit(ctx.request, args);
  if (!edit) return JsonError(edit.error());
  if (!edit->body["edits"].is_array()) return JsonError(Error{ErrorCode::kInvalidInput, "字段 edits：须是修改的数组"});
  std::vector<FieldEdit> edits;
  for (const auto& item : edit->body["edits"]) {
    if (!item.is_object()) return JsonError(Error{ErrorCode::kInvalidInput, "字段 edits：每项须是 {op, path, value}"});
    FieldEdit edit;
    edit.op = StringField(item, "op");
    edit.pointer = StringField(item, "path");
    if (item.contains("value")) edit.value = item["value"];
    edits.push_back(std::move(edit));
  }
  return YearReply(ctx.workspace.Edit(caller, edit->at.unit, edit->at.year, edit->revision, edits, ViewParts::kShared));
}

HttpResponse Explain(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto edit = ReadYearEdit(ctx.request, args);
  if (!edit) return JsonError(edit.error());
  return YearReply(ctx.workspace.Explain(caller, edit->at.unit, edit->at.year, edit->revision,
                                         StringField(edit->body, "key"), StringField(edit->body, "text"),
                                         ViewParts::kShared));
}

HttpResponse Audit(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return NoSuchYear();
  return Reply(ctx.workspace.Year(caller, at->unit, at->year, ViewParts::kShared), [](const YearView& view) {
    return Json{{"errors", view.errors}, {"warnings", view.warnings}, {"unexplained_warnings", view.unexplained_warnings},
                {"scores", view.assessment->scores}, {"findings", view.assessment->findings}};
  });
}

HttpResponse Submit(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto edit = ReadYearEdit(ctx.request, args);
  if (!edit) return JsonError(edit.error());
  return Reply(ctx.workspace.Submit(caller, edit->at.unit, edit->at.year, edit->revision),
               [](const VersionRecord& version) { return VersionJson(version, false); }, 201);
}

HttpResponse Reopen(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto edit = ReadYearEdit(ctx.request, args);
  if (!edit) return JsonError(edit.error());
  return YearReply(ctx.workspace.Reopen(caller, edit->at.unit, edit->at.year, edit->revision));
}

HttpResponse ListVersions(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return NoSuchYear();
  return Reply(ctx.workspace.Versions(caller, at->unit, at->year), [](const auto& versions) {
    return ListJson("versions", versions, [](const auto& version) { return VersionJson(version, false); });
  });
}

HttpResponse GetVersion(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto at = PathUnitYear(args);
  auto number = ParseId(args[2]);
  if (!at || !number || *number > 100000) return NoSuchYear();
  return Reply(ctx.workspace.Version(caller, at->unit, at->year, static_cast<int>(*number)),
               [](const VersionRecord& version) { return VersionJson(version, true); });
}

HttpResponse Diff(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return NoSuchYear();
  auto from = ParseId(ctx.request.Param("from"));
  auto to = ParseId(ctx.request.Param("to").empty() ? "0" : ctx.request.Param("to"));
  if (!from || !to || *from > 100000 || *to > 100000) {
    return JsonError(422, "invalid_input", "参数 from、to：须是版本号（0 表示当前草稿）");
  }
  return Reply(ctx.workspace.Diff(caller, at->unit, at->year, static_cast<int>(*from), static_cast<int>(*to)),
               [](const std::vector<FieldChange>& changes) { return Json{{"changes", ChangesToJson(changes)}}; });
}

HttpResponse Report(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto at = PathUnitYear(args);
  const std::string& file = args[2];
  if (!at || !file.starts_with("report.")) return NoSuchYear();
  auto version = ParseId(ctx.request.Param("version").empty() ? "0" : ctx.request.Param("version"));
  if (!version || *version > 100000) return JsonError(422, "invalid_input", "参数 version：须是版本号（0 表示当前草稿）");
  auto download = ctx.workspace.Report(caller, at->unit, at->year, static_cast<int>(*version), file.substr(7));
  if (!download) return JsonError(download.error());
  return DownloadResponse(std::move(*download));
}

// The uploaded file: a multipart field "file", or the raw body named by ?name=.
std::optional<UploadedFile> Upload(const HttpRequest& request) {
  if (!request.files.empty()) return request.files.front();
  if (request.body.empty()) return std::nullopt;
  return UploadedFile{"file", request.Param("name").empty() ? "上传文件" : request.Param("name"), request.body};
}

HttpResponse PreviewImport(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  auto file = Upload(ctx.request);
  if (!file) return JsonError(422, "invalid_input", "请上传报告文件（DOCX、PDF、TXT、XLSX 或 JSON）");
  return Reply(ctx.workspace.PreviewImport(caller, file->filename, std::move(file->content)),
               [](const ImportPreview& preview) {
                 return Json{{"errors", preview.errors}, {"warnings", preview.warnings}, {"scores", preview.scores},
                             {"findings", preview.findings}, {"document", preview.document}};
               });
}

HttpResponse ImportYear(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return NoSuchYear();
  auto file = Upload(ctx.request);
  if (!file) return JsonError(422, "invalid_input", "请上传报告文件（DOCX、PDF、TXT、XLSX 或 JSON）");
  auto preview = ctx.workspace.PreviewImport(caller, file->filename, std::move(file->content));
  if (!preview) return JsonError(preview.error());
  return YearReply(ctx.workspace.CreateYear(caller, at->unit, at->year, preview->document.dump()), 201);
}

HttpResponse ListUsers(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  return Reply(ctx.workspace.Users(caller), [](const auto& users) {
    return ListJson("users", users, [](const auto& user) { return UserJson(user); });
  });
}

HttpResponse AddUser(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  auto body = Body(ctx.request);
  if (!body) return JsonError(body.error());
  auto role = RoleFromName(StringField(*body, "role"));
  if (!role) return JsonError(422, "invalid_input", "字段 role：须是 admin、unit 或 reviewer");
  NewUser user{StringField(*body, "login"), StringField(*body, "name"), *role, std::nullopt, StringField(*body, "password")};
  if ((*body)["unit_id"].is_number_integer()) user.unit_id = (*body)["unit_id"].get<int64_t>();
  user.department_reviewer = body->value("department_reviewer", Json(false)) == Json(true);
  return Reply(ctx.workspace.AddUser(caller, user, StringField(*body, "scope")), UserJson, 201);
}

// {"disabled": true|false} and/or {"password": "…"}.
HttpResponse UpdateUser(RequestContext& ctx, const Args& args) {
  REQUIRE_CALLER(ctx);
  auto body = Body(ctx.request);
  if (!body) return JsonError(body.error());
  const bool sets_disabled = (*body)["disabled"].is_boolean();
  const bool sets_password = (*body)["password"].is_string();
  if (!sets_disabled && !sets_password) return JsonError(422, "invalid_input", "请给出 disabled（true/false）或 password");
  Result<UserRecord> updated = Fail(ErrorCode::kInvalidInput, "");
  if (sets_disabled) updated = ctx.workspace.SetUserDisabled(caller, args[0], (*body)["disabled"].get<bool>());
  if (sets_password && (!sets_disabled || updated)) {
    updated = ctx.workspace.ResetPassword(caller, args[0], StringField(*body, "password"));
  }
  return Reply(updated, UserJson);
}

HttpResponse AuditLog(RequestContext& ctx, const Args&) {
  REQUIRE_CALLER(ctx);
  auto before = ParseId(ctx.request.Param("before").empty() ? "0" : ctx.request.Param("before"));
  auto limit = ParseId(ctx.request.Param("limit").empty() ? "100" : ctx.request.Param("limit"));
  if (!before || !limit) return JsonError(422, "invalid_input", "参数 before、limit：须是整数");
  return Reply(ctx.workspace.AuditLog(caller, *before, static_cast<int>(std::min<int64_t>(*limit, 500))),
               [](const auto& entries) {
                 Json out = Json::array();
                 for (const auto& e : entries) {
                   out.push_back({{"id", e.id}, {"at", e.at}, {"actor", e.actor}, {"address", e.address},
                                  {"action", e.action}, {"target", e.target}, {"before", e.before}, {"after", e.after}});
                 }
                 return Json{{"entries", out}};
               });
}

}  // namespace

void AddApiRoutes(AppRouter& router) {
  router.Add("POST", "/api/login", Login);
  router.Add("POST", "/api/logout", Logout);
  router.Add("GET", "/api/me", Me);
  router.Add("GET", "/api/units", ListUnits);
  router.Add("POST", "/api/units", AddUnit);
  router.Add("GET", "/api/units/{}", GetUnit);
  router.Add("GET", "/api/units/{}/years", ListYears);
  router.Add("POST", "/api/units/{}/years", CreateYear);
  router.Add("GET", "/api/units/{}/years/{}", GetYear);
  router.Add("PUT", "/api/units/{}/years/{}", ReplaceYear);
  router.Add("PATCH", "/api/units/{}/years/{}", PatchYear);
  router.Add("GET", "/api/units/{}/years/{}/audit", Audit);
  router.Add("POST", "/api/units/{}/years/{}/explanations", Explain);
  router.Add("POST", "/api/units/{}/years/{}/import", ImportYear);
  router.Add("POST", "/api/units/{}/years/{}/submit", Submit);
  router.Add("POST", "/api/units/{}/years/{}/reopen", Reopen);
  router.Add("GET", "/api/units/{}/years/{}/versions", ListVersions);
  router.Add("GET", "/api/units/{}/years/{}/versions/{}", GetVersion);
  router.Add("GET", "/api/units/{}/years/{}/diff", Diff);
  router.Add("GET", "/api/units/{}/years/{}/{}", Report);
  router.Add("POST", "/api/import/preview", PreviewImport);
  router.Add("GET", "/api/users", ListUsers);
  router.Add("POST", "/api/users", AddUser);
  router.Add("POST", "/api/users/{}", UpdateUser);
  router.Add("GET", "/api/audit-log", AuditLog);
}

}  // namespace jixiao
