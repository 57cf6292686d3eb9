// The finance bureau's pages and API (the board of a region, the review of one submission with
// re-scoring, comments, return, pass and publication; results application; rectification), and
// the public portal under /public/, which needs no login and no JavaScript.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "base/clock.h"
#include "server/page_kit.h"
#include "server/routes.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;
using Args = std::vector<std::string>;

int YearParam(const RequestContext& ctx, int fallback) {
  auto year = ParseId(ctx.request.Param("year"));
  return year && *year >= 2000 && *year <= 2100 ? static_cast<int>(*year) : fallback;
}

// The year being evaluated now: the one before this Beijing calendar year.
int CurrentEvaluationYear(const RequestContext& ctx) {
  return std::stoi(BeijingTimeText(ctx.workspace.clock().NowSeconds()).substr(0, 4)) - 1;
}

std::string ReviewBase(int64_t unit, int year) {
  return "/review/units/" + std::to_string(unit) + "/years/" + std::to_string(year);
}

std::string PublicBase(int64_t unit, int year) {
  return "/public/" + std::to_string(unit) + "/" + std::to_string(year) + "/";
}

Json StageJson(Stage stage) {
  return {{"stage", std::string(StageName(stage))}, {"stage_label", std::string(StageLabel(stage))}};
}

Json BoardRowJson(const BoardRow& row, int year) {
  Json out = {{"unit", {{"id", row.unit.id}, {"name", row.unit.name}, {"region", row.unit.region}}},
              {"version", row.version},
              {"submitted_at", TimeText(row.submitted_at)},
              {"late", row.late},
              {"self_total", row.self_total},
              {"self_grade", row.self_grade},
              {"execution_rate", row.execution_rate},
              {"budget_total", row.budget_total},
              {"executed_total", row.executed_total},
              {"review_total", row.review_total},
              {"review_grade", row.review_grade},
              {"errors", row.errors},
              {"warnings", row.warnings},
              {"explained_warnings", row.explained_warnings},
              {"open_rectifications", row.open_rectifications},
              {"overdue_rectifications", row.overdue_rectifications},
              {"href", row.version > 0 ? ReviewBase(row.unit.id, year) : std::string()}};
  out.update(StageJson(row.stage));
  return out;
}

Json RegionRollupJson(const RegionRollup& r) {
  const auto slash = r.region.rfind('/');
  return {{"region", r.region},
          {"name", slash == std::string::npos ? r.region : r.region.substr(slash + 1)},
          {"depth", std::min(r.depth, 4)},
          {"units", r.units},
          {"submitted", r.submitted},
          {"returned", r.returned},
          {"passed", r.passed},
          {"published", r.published},
          {"late", r.late},
          {"budget_total", r.budget_total},
          {"executed_total", r.executed_total},
          {"execution_rate", r.execution_rate},
          {"mean_score", r.mean_score}};
}

Json ScoreRowsJson(const std::vector<ScoreRow>& rows) {
  Json out = Json::array();
  for (const auto& r : rows) {
    out.push_back({{"key", r.key}, {"label", r.label}, {"max", r.max}, {"self", r.self}, {"deduction", r.deduction},
                   {"reason", r.reason}, {"review", r.review}, {"flagged", r.flagged}, {"scorable", !r.self.empty()}});
  }
  return out;
}

Json DecisionJson(const DecisionRecord& d) {
  return {{"version", d.number},
          {"decision", std::string(DecisionName(d.decision))},
          {"decision_label", d.decision == Decision::kReturned ? "退回" : "通过"},
          {"returned", d.decision == Decision::kReturned},
          {"reason", d.reason},
          {"anchor", d.anchor},
          {"comments", Json::parse(d.comments, nullptr, false)},
          {"self_total", d.self_total},
          {"review_total", d.review_total},
          {"review_grade", d.review_grade},
          {"decided_by", d.decided_by},
          {"decided_at", TimeText(d.decided_at)}};
}

Json DepartmentReviewJson(const DepartmentReviewRecord& d) {
  const bool returned = d.outcome == DepartmentOutcome::kReturned;
  return {{"version", d.number},
          {"outcome", std::string(DepartmentOutcomeName(d.outcome))},
          {"outcome_label", returned ? "退回单位" : "同意报送财政局"},
          {"returned", returned},
          {"opinion", d.opinion},
          {"anchor", d.anchor},
          {"decided_by", d.decided_by},
          {"decided_at", TimeText(d.decided_at)}};
}

Json ReviewJson(const ReviewView& view) {
  Json decisions = Json::array();
  for (const auto& d : view.decisions) decisions.push_back(DecisionJson(d));
  Json department = Json::array();
  for (const auto& d : view.department_reviews) department.push_back(DepartmentReviewJson(d));
  Json changes = ChangesToJson(view.changes_since_last);
  return {{"unit", {{"id", view.year.unit.id}, {"name", view.year.unit.name}, {"region", view.year.unit.region}}},
          {"year", view.year.draft.year},
          {"revision", view.year.draft.revision},
          {"version", {{"number", view.version.number}, {"content_hash", view.version.content_hash},
                       {"submitted_by", view.version.submitted_by}, {"submitted_at", TimeText(view.version.submitted_at)}}},
          {"rows", ScoreRowsJson(view.rows)},
          {"self_total", view.self_total},
          {"self_grade", view.self_grade},
          {"review_total", view.review_total},
          {"review_grade", view.review_grade},
          {"total_flagged", view.total_flagged},
          {"findings", view.findings},
          {"comments", view.comments},
          {"sheet_revision", view.sheet_revision},
          {"decisions", decisions},
          {"changes_since_last", changes},
          {"decided", view.decided},
          {"may_decide", view.may_decide_note.empty()},
          {"may_decide_note", view.may_decide_note},
          {"department_required", view.department_required},
          {"department_forwarded", view.department_forwarded},
          {"department_reviews", department},
          {"has_department_reviews", !department.empty()},
          {"may_department", view.may_department_note.empty()},
          {"may_department_note", view.may_department_note}};
}

Json RectificationJson(const RectificationView& v) {
  Json evidence = Json::array();
  for (const auto& e : v.evidence) {
    evidence.push_back({{"id", e.id}, {"file_name", e.file_name}, {"size", e.size}, {"uploaded_by", e.uploaded_by},
                        {"uploaded_at", TimeText(e.uploaded_at)}, {"href", "/evidence/" + std::to_string(e.id)}});
  }
  const RectificationStatus s = v.item.status;
  return {{"id", v.item.id},
          {"unit", {{"id", v.unit.id}, {"name", v.unit.name}}},
          {"year", v.item.year},
          {"source", v.item.source},
          {"title", v.item.title},
          {"detail", v.item.detail},
          {"owner", v.item.owner},
          {"deadline", v.item.deadline},
          {"status", std::string(RectificationStatusName(s))},
          {"status_label", v.status_label},
          {"overdue", v.overdue},
          {"revision", v.item.revision},
          {"evidence", evidence},
          {"can_start", s == RectificationStatus::kOpen},
          {"can_submit", s == RectificationStatus::kInProgress},
          {"can_verify", s == RectificationStatus::kToVerify},
          {"open", s != RectificationStatus::kClosed}};
}

// JSON for a <script type="application/json"> element: no "<" can close the element early.
std::string ScriptSafeJson(const Json& value) {
  std::string out;
  for (char c : value.dump()) {
    if (c == '<') out += "\\u003c";
    else out += c;
  }
  return out;
}

// ---- the board ----

HttpResponse BoardPage(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  const int year = YearParam(ctx, CurrentEvaluationYear(ctx));
  auto board = ctx.desk.YearBoard(caller, year);
  if (!board) return ErrorPage(ctx, board.error());
  const std::string stage = ctx.request.Param("stage");
  const std::string sort = ctx.request.Param("sort");
  std::vector<BoardRow> rows = board->rows;
  if (!stage.empty()) {
    std::erase_if(rows, [&](const BoardRow& r) {
      if (stage == "late") return !r.late;
      return StageName(r.stage) != stage;
    });
  }
  const auto number = [](const std::string& text) { return text.empty() ? -1.0 : std::stod(text); };
  if (sort == "score") {
    std::stable_sort(rows.begin(), rows.end(), [&](auto& a, auto& b) { return number(a.self_total) > number(b.self_total); });
  } else if (sort == "rate") {
    std::stable_sort(rows.begin(), rows.end(), [&](auto& a, auto& b) { return number(a.execution_rate) < number(b.execution_rate); });
  } else if (sort == "errors") {
    std::stable_sort(rows.begin(), rows.end(), [](auto& a, auto& b) { return a.errors > b.errors; });
  }
  Json lines = Json::array();
  std::map<std::string, int> grades = {{"优", 0}, {"良", 0}, {"中", 0}, {"差", 0}};
  Json chart_units = Json::array(), chart_rates = Json::array(), chart_self = Json::array(), chart_review = Json::array();
  for (const auto& row : board->rows) {
    const std::string grade = !row.review_grade.empty() ? row.review_grade : row.self_grade;
    if (grades.count(grade)) ++grades[grade];
    if (!row.execution_rate.empty()) {
      chart_units.push_back(row.unit.name);
      chart_rates.push_back(std::stod(row.execution_rate));
    }
    if (!row.review_total.empty() && !row.self_total.empty()) {
      chart_self.push_back(Json::array({std::stod(row.self_total), std::stod(row.review_total), row.unit.name}));
    }
  }
  for (const auto& row : rows) lines.push_back(BoardRowJson(row, year));
  Json rollup = Json::array();
  for (const auto& r : board->regions) rollup.push_back(RegionRollupJson(r));
  Json grade_data = Json::array();
  for (const char* g : {"优", "良", "中", "差"}) grade_data.push_back({{"name", g}, {"value", grades[g]}});
  Json charts = {{"grades", grade_data}, {"units", chart_units}, {"rates", chart_rates}, {"scores", chart_self}};
  Json stages = Json::array();
  for (auto [value, label] : std::initializer_list<std::pair<const char*, const char*>>{
           {"", "全部"}, {"department", "待主管部门初审"}, {"submitted", "待审核"}, {"returned", "被退回"}, {"passed", "已通过"}, {"published", "已公开"},
           {"draft", "草稿"}, {"not_started", "未填报"}, {"late", "逾期"}}) {
    stages.push_back({{"value", value}, {"label", label}, {"selected", stage == value}});
  }
  const UserRecord& user = caller.who.user;
  const bool bureau = IsBureau(user);
  Json department_regions = Json::array();
  if (auto listed = ctx.desk.DepartmentReviewRegions(caller)) {
    for (const auto& region : *listed) department_regions.push_back(region);
  }
  Json model = {{"page", PageFrame(ctx, std::to_string(year) + " 年度绩效自评复核")},
                {"year", year},
                {"prev_year", year - 1},
                {"next_year", year + 1},
                {"rows", lines},
                {"regions", rollup},
                {"count", lines.size()},
                {"total", board->rows.size()},
                {"pending", board->pending},
                {"pending_stage", user.department_reviewer ? "department" : "submitted"},
                {"pending_label", user.department_reviewer ? "待初审" : "待审核"},
                {"awaiting_department", board->awaiting_department},
                {"department_reviewer", user.department_reviewer},
                {"department_regions", department_regions},
                {"has_department_regions", !department_regions.empty()},
                {"returned", board->returned},
                {"overdue", board->overdue},
                {"stages", stages},
                {"sort", sort},
                {"stage", stage},
                {"charts", ScriptSafeJson(charts)},
                {"can_issue", bureau}};
  model["page"]["charts"] = true;
  if (board->task) {
    model["task"] = {{"deadline", board->task->deadline}, {"note", board->task->note},
                     {"issued_by", board->task->issued_by}, {"issued_at", TimeText(board->task->issued_at)}};
  }
  return Html(ctx, "review_board", model);
}

HttpResponse DepartmentRegionPost(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  const int year = YearParam(ctx, 0);
  auto set = ctx.desk.SetDepartmentReviewRegion(caller, ctx.request.Param("region"), ctx.request.Param("required") == "1");
  if (!set) return ErrorPage(ctx, set.error());
  return Redirect("/review?year=" + std::to_string(year) + "#department-regions");
}

HttpResponse TaskPost(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  const int year = YearParam(ctx, 0);
  auto task = ctx.desk.IssueTask(caller, year, ctx.request.Param("deadline"), ctx.request.Param("note"));
  if (!task) return ErrorPage(ctx, task.error());
  return Redirect("/review?year=" + std::to_string(year));
}

// ---- one submission ----

Json AnchorsOf(const ReviewView& view) {
  Json anchors = Json::array();
  for (const auto& finding : view.findings) {
    anchors.push_back({{"value", finding["key"]}, {"label", "问题：" + finding["message"].get<std::string>()}});
  }
  for (const char* pointer : {"/funds/budget_total", "/funds/executed_total", "/funds/execution_rate_stated",
                              "/funds/shortfall_reason"}) {
    anchors.push_back({{"value", pointer}, {"label", "字段：" + FieldLabel(view.document, pointer)}});
  }
  const Json& projects = view.document.value("projects", Json::array());
  for (std::size_t i = 0; i < projects.size() && i < 60; ++i) {
    const std::string base = "/projects/" + std::to_string(i);
    anchors.push_back({{"value", base + "/name"}, {"label", "项目：" + projects[i].value("name", std::string())}});
  }
  return anchors;
}

HttpResponse ReviewPage(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto view = ctx.desk.Review(caller, at->unit, at->year);
  if (!view) return ErrorPage(ctx, view.error());
  auto stage = ctx.desk.StageOf(caller, at->unit, at->year);
  auto items = ctx.desk.Rectifications(caller, at->unit, at->year);
  Json model = ReviewJson(*view);
  model["page"] = PageFrame(ctx, view->year.unit.name + " " + std::to_string(at->year) + " 年度复核");
  model["base"] = ReviewBase(at->unit, at->year);
  model["editor"] = YearBase(at->unit, at->year);
  model["anchors"] = AnchorsOf(*view);
  model["has_changes"] = !view->changes_since_last.empty();
  model["has_decisions"] = !view->decisions.empty();
  model["has_comments"] = !view->comments.empty();
  model["stage_label"] = stage ? std::string(StageLabel(*stage)) : "";
  model["can_publish"] = stage && *stage == Stage::kPassed && caller.who.user.role != Role::kUnit;
  model["published"] = stage && *stage == Stage::kPublished;
  model["public_href"] = PublicBase(at->unit, at->year);
  model["is_bureau"] = caller.who.user.role != Role::kUnit;
  Json list = Json::array();
  if (items) for (const auto& item : *items) list.push_back(RectificationJson(item));
  model["rectifications"] = list;
  model["has_rectifications"] = !list.empty();
  model["error"] = ctx.request.Param("error");
  return Html(ctx, "review", model);
}

// After a form post: back to the review page, or to it with the error shown.
HttpResponse BackToReview(const UnitYear& at, const Result<ReviewView>& result, const std::string& anchor) {
  if (!result) return Redirect(ReviewBase(at.unit, at.year) + "?error=" + UrlEncode(result.error().message) + "#actions");
  return Redirect(ReviewBase(at.unit, at.year) + anchor);
}

int IntParam(const RequestContext& ctx, const char* name) {
  auto value = ParseId(ctx.request.Param(name));
  return value && *value < 1'000'000'000 ? static_cast<int>(*value) : 0;
}

HttpResponse RescorePost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto result = ctx.desk.Rescore(caller, at->unit, at->year, IntParam(ctx, "number"), IntParam(ctx, "sheet_revision"),
                                 ctx.request.Param("key"), ctx.request.Param("deduction"), ctx.request.Param("reason"));
  return BackToReview(*at, result, "#scores");
}

HttpResponse CommentPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto result = ctx.desk.Comment(caller, at->unit, at->year, IntParam(ctx, "number"), IntParam(ctx, "sheet_revision"),
                                 ctx.request.Param("anchor"), ctx.request.Param("text"));
  return BackToReview(*at, result, "#comments");
}

HttpResponse DecidePost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  const std::string decision = ctx.request.Param("decision");
  const int number = IntParam(ctx, "number"), revision = IntParam(ctx, "revision");
  Result<ReviewView> result = Fail(ErrorCode::kInvalidInput, "字段 decision：请选择通过、退回或初审结论");
  if (decision == "return") {
    result = ctx.desk.Return(caller, at->unit, at->year, number, revision, ctx.request.Param("anchor"),
                             ctx.request.Param("reason"));
  } else if (decision == "pass") {
    result = ctx.desk.Pass(caller, at->unit, at->year, number, revision);
  } else if (decision == "forward") {
    result = ctx.desk.DepartmentForward(caller, at->unit, at->year, number, revision, ctx.request.Param("opinion"));
  } else if (decision == "department-return") {
    result = ctx.desk.DepartmentReturn(caller, at->unit, at->year, number, revision, ctx.request.Param("anchor"),
                                       ctx.request.Param("opinion"));
  }
  return BackToReview(*at, result, "#actions");
}

HttpResponse PublishPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  const std::string notice = ctx.request.Param("notice");
  auto published = notice.empty() ? ctx.desk.Publish(caller, at->unit, at->year)
                                  : ctx.desk.Correct(caller, at->unit, at->year, notice);
  if (!published) return ErrorPage(ctx, published.error());
  return Redirect(PublicBase(at->unit, at->year));
}

HttpResponse OpenRectificationPost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto opened = ctx.desk.OpenRectification(
      caller, {at->unit, at->year, ctx.request.Param("source"), ctx.request.Param("title"), ctx.request.Param("detail"),
               ctx.request.Param("owner"), ctx.request.Param("deadline")});
  if (!opened) {
    return Redirect(ReviewBase(at->unit, at->year) + "?error=" + UrlEncode(opened.error().message) + "#rectification");
  }
  return Redirect(ReviewBase(at->unit, at->year) + "#rectification");
}

HttpResponse NoticeDocx(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto notice = ctx.desk.RectificationNotice(caller, at->unit, at->year);
  if (!notice) return ErrorPage(ctx, notice.error());
  return DownloadResponse(std::move(*notice));
}

// ---- results ----

HttpResponse ResultsPage(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  const int year = YearParam(ctx, CurrentEvaluationYear(ctx));
  auto rows = ctx.desk.Results(caller, year);
  if (!rows) return ErrorPage(ctx, rows.error());
  Json lines = Json::array();
  for (const auto& r : *rows) {
    lines.push_back({{"unit", r.unit.name}, {"region", r.unit.region}, {"grade", r.grade}, {"action", r.action},
                     {"budget_total", r.budget_total}, {"executed_total", r.executed_total},
                     {"execution_rate", r.execution_rate}, {"next_year_budget", r.next_year_budget}, {"basis", r.basis}});
  }
  Json model = {{"page", PageFrame(ctx, std::to_string(year) + " 年度评价结果应用")},
                {"year", year},
                {"next", year + 1},
                {"rows", lines},
                {"empty", lines.empty()}};
  return Html(ctx, "results", model);
}

HttpResponse ResultsXlsx(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  auto workbook = ctx.desk.ResultsWorkbook(caller, YearParam(ctx, CurrentEvaluationYear(ctx)));
  if (!workbook) return ErrorPage(ctx, workbook.error());
  return DownloadResponse(std::move(*workbook));
}

// ---- rectification ----

HttpResponse RectificationsPage(RequestContext& ctx, const Args&) {
  REQUIRE_LOGIN(ctx);
  int64_t unit = ParseId(ctx.request.Param("unit")).value_or(0);
  if (caller.who.user.role == Role::kUnit) unit = caller.who.user.unit_id.value_or(-1);
  auto items = ctx.desk.Rectifications(caller, unit, 0);
  if (!items) return ErrorPage(ctx, items.error());
  const bool overdue_only = ctx.request.Param("overdue") == "1";
  Json list = Json::array();
  int open = 0, overdue = 0;
  for (const auto& item : *items) {
    if (item.item.status != RectificationStatus::kClosed) ++open;
    if (item.overdue) ++overdue;
    if (overdue_only && !item.overdue) continue;
    list.push_back(RectificationJson(item));
  }
  Json model = {{"page", PageFrame(ctx, "整改跟踪")},
                {"items", list},
                {"empty", list.empty()},
                {"open", open},
                {"overdue", overdue},
                {"overdue_only", overdue_only},
                {"is_unit", caller.who.user.role == Role::kUnit},
                {"is_bureau", caller.who.user.role != Role::kUnit},
                {"error", ctx.request.Param("error")}};
  return Html(ctx, "rectifications", model);
}

HttpResponse RectificationMovePost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto id = ParseId(args[0]);
  if (!id) return ErrorPage(ctx, NoSuchPage());
  auto moved = ctx.desk.MoveRectification(caller, *id, IntParam(ctx, "revision"), ctx.request.Param("status"));
  if (!moved) return Redirect("/rectifications?error=" + UrlEncode(moved.error().message) + "#item-" + args[0]);
  return Redirect("/rectifications#item-" + args[0]);
}

HttpResponse EvidencePost(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto id = ParseId(args[0]);
  if (!id) return ErrorPage(ctx, NoSuchPage());
  if (ctx.request.files.empty()) return Redirect("/rectifications?error=" + UrlEncode("请选择证明材料文件") + "#item-" + args[0]);
  const UploadedFile& file = ctx.request.files.front();
  auto attached = ctx.desk.AttachEvidence(caller, *id, file.filename, file.content);
  if (!attached) return Redirect("/rectifications?error=" + UrlEncode(attached.error().message) + "#item-" + args[0]);
  return Redirect("/rectifications#item-" + args[0]);
}

HttpResponse EvidenceGet(RequestContext& ctx, const Args& args) {
  REQUIRE_LOGIN(ctx);
  auto id = ParseId(args[0]);
  if (!id) return ErrorPage(ctx, NoSuchPage());
  auto file = ctx.desk.EvidenceFile(caller, *id);
  if (!file) return ErrorPage(ctx, file.error());
  return DownloadResponse(std::move(*file));
}

// ---- the public portal ----

Json PublicEntryJson(const PublicEntry& e) {
  Json corrections = Json::array();
  for (const auto& c : e.corrections) {
    corrections.push_back({{"notice", c.notice}, {"published_at", TimeText(c.published_at)}});
  }
  const std::string base = PublicBase(e.unit.id, e.year);
  return {{"unit", {{"id", e.unit.id}, {"name", e.unit.name}, {"region", e.unit.region}}},
          {"year", e.year},
          {"version", e.report.number},
          {"content_hash", e.report.content_hash},
          {"published_at", TimeText(e.report.published_at)},
          {"self_total", e.self_total},
          {"grade", e.grade},
          {"execution_rate", e.execution_rate},
          {"budget_total", e.budget_total},
          {"executed_total", e.executed_total},
          {"withheld", e.withheld},
          {"corrections", corrections},
          {"has_corrections", !corrections.empty()},
          {"href", base},
          {"pdf", base + e.report.content_hash + ".pdf"},
          {"xlsx", base + e.report.content_hash + ".xlsx"},
          {"html", base + e.report.content_hash + ".html"}};
}

HttpResponse PublicIndexPage(RequestContext& ctx, const Args&) {
  const std::string query = ctx.request.Param("q");
  const int year = YearParam(ctx, 0);
  auto entries = ctx.desk.PublicIndex(query, year, ctx.request.Param("region"));
  if (!entries) return ErrorPage(ctx, entries.error());
  Json list = Json::array();
  for (const auto& e : *entries) list.push_back(PublicEntryJson(e));
  Json model = {{"page", {{"title", "预算绩效自评报告公开"}}},
                {"entries", list},
                {"count", list.size()},
                {"empty", list.empty()},
                {"q", query},
                {"year", year > 0 ? Json(year) : Json("")}};
  return Html(ctx, "public_index", model);
}

HttpResponse PublicReportPage(RequestContext& ctx, const Args& args) {
  auto at = PathUnitYear(args);
  if (!at) return ErrorPage(ctx, NoSuchPage());
  auto entry = ctx.desk.PublicReport(at->unit, at->year);
  if (!entry) return ErrorPage(ctx, entry.error());
  Json model = PublicEntryJson(*entry);
  model["page"] = {{"title", entry->unit.name + " " + std::to_string(at->year) + " 年度预算绩效自评报告"}};
  return Html(ctx, "public_report", model);
}

HttpResponse PublicFileGet(RequestContext& ctx, const Args& args) {
  auto at = PathUnitYear(args);
  const std::string& name = args[2];
  const auto dot = name.rfind('.');
  if (!at || dot == std::string::npos) return ErrorPage(ctx, NoSuchPage());
  auto file = ctx.desk.PublicFile(at->unit, at->year, name.substr(0, dot), name.substr(dot + 1));
  if (!file) return ErrorPage(ctx, file.error());
  if (name.ends_with(".html")) {
    HttpResponse page;
    page.content_type = file->mime_type;
    page.body = file->bytes;
    return page;
  }
  HttpResponse response = DownloadResponse(std::move(*file));
  response.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");  // the name carries the hash
  return response;
}

// ---- the JSON API ----

#define REQUIRE_API_CALLER(ctx)                                                \
  if (!(ctx).caller) return JsonError(401, "unauthenticated", "请先登录");     \
  const Caller& caller = *(ctx).caller

// An integer member of a body, 0 when absent (the use case then names the field).
int IntField(const Json& body, const char* name) {
  const bool usable = body.contains(name) && body[name].is_number_integer() && body[name].get<int64_t>() >= 0 &&
                      body[name].get<int64_t>() < 1'000'000'000;
  return usable ? body[name].get<int>() : 0;
}

// The body of a POST, or the 422 to send back.
#define REQUIRE_BODY(ctx)                                   \
  auto parsed_body = Body((ctx).request);                   \
  if (!parsed_body) return JsonError(parsed_body.error());  \
  const Json& body = *parsed_body

template <typename T, typename ToJson>
HttpResponse ApiReply(const Result<T>& result, ToJson to_json) {
  if (!result) return JsonError(result.error());
  return JsonResponse(200, to_json(*result));
}

HttpResponse ApiBoard(RequestContext& ctx, const Args& args) {
  REQUIRE_API_CALLER(ctx);
  auto year = ParseId(args[0]);
  if (!year || *year > 9999) return JsonError(404, "not_found", "没有这个年度");
  auto board = ctx.desk.YearBoard(caller, static_cast<int>(*year));
  return ApiReply(board, [&](const Board& b) {
    Json rows = Json::array();
    for (const auto& row : b.rows) rows.push_back(BoardRowJson(row, b.year));
    Json regions = Json::array();
    for (const auto& r : b.regions) regions.push_back(RegionRollupJson(r));
    return Json{{"year", b.year}, {"pending", b.pending}, {"awaiting_department", b.awaiting_department},
                {"returned", b.returned}, {"overdue", b.overdue},
                {"task", b.task ? Json{{"deadline", b.task->deadline}, {"note", b.task->note}} : Json(nullptr)},
                {"regions", regions},
                {"units", rows}};
  });
}

HttpResponse ApiReview(RequestContext& ctx, const Args& args) {
  REQUIRE_API_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return JsonError(404, "not_found", "没有这个单位或年度");
  return ApiReply(ctx.desk.Review(caller, at->unit, at->year), ReviewJson);
}

HttpResponse ApiReviewAction(RequestContext& ctx, const Args& args) {
  REQUIRE_API_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return JsonError(404, "not_found", "没有这个单位或年度");
  REQUIRE_BODY(ctx);
  const auto number = [&](const char* name) { return IntField(body, name); };
  const std::string& action = args[2];
  Result<ReviewView> result = Fail(ErrorCode::kNotFound, "没有这个复核操作：" + action);
  if (action == "return") {
    result = ctx.desk.Return(caller, at->unit, at->year, number("number"), number("revision"), StringField(body, "anchor"),
                             StringField(body, "reason"));
  } else if (action == "pass") {
    result = ctx.desk.Pass(caller, at->unit, at->year, number("number"), number("revision"));
  } else if (action == "rescore") {
    result = ctx.desk.Rescore(caller, at->unit, at->year, number("number"), number("sheet_revision"),
                              StringField(body, "key"), StringField(body, "deduction"), StringField(body, "reason"));
  } else if (action == "forward") {
    result = ctx.desk.DepartmentForward(caller, at->unit, at->year, number("number"), number("revision"),
                                        StringField(body, "opinion"));
  } else if (action == "department-return") {
    result = ctx.desk.DepartmentReturn(caller, at->unit, at->year, number("number"), number("revision"),
                                       StringField(body, "anchor"), StringField(body, "opinion"));
  } else if (action == "comment") {
    result = ctx.desk.Comment(caller, at->unit, at->year, number("number"), number("sheet_revision"),
                              StringField(body, "anchor"), StringField(body, "text"));
  } else {
    return JsonError(404, "not_found", "没有这个复核操作：" + action);
  }
  return ApiReply(result, ReviewJson);
}

HttpResponse ApiDepartmentRegions(RequestContext& ctx, const Args&) {
  REQUIRE_API_CALLER(ctx);
  return ApiReply(ctx.desk.DepartmentReviewRegions(caller),
                  [](const std::vector<std::string>& regions) { return Json{{"regions", regions}}; });
}

HttpResponse ApiSetDepartmentRegion(RequestContext& ctx, const Args&) {
  REQUIRE_API_CALLER(ctx);
  REQUIRE_BODY(ctx);
  if (!body.contains("required") || !body["required"].is_boolean()) {
    return JsonError(Invalid("字段 required：须是 true（需要初审）或 false（取消）").value());
  }
  auto set = ctx.desk.SetDepartmentReviewRegion(caller, StringField(body, "region"), body["required"].get<bool>());
  if (!set) return JsonError(set.error());
  return ApiDepartmentRegions(ctx, {});
}

HttpResponse ApiPublish(RequestContext& ctx, const Args& args) {
  REQUIRE_API_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return JsonError(404, "not_found", "没有这个单位或年度");
  REQUIRE_BODY(ctx);
  const std::string notice = StringField(body, "notice");
  auto published = notice.empty() ? ctx.desk.Publish(caller, at->unit, at->year)
                                  : ctx.desk.Correct(caller, at->unit, at->year, notice);
  return ApiReply(published, [&](const PublicationRecord& p) {
    return Json{{"id", p.id}, {"kind", p.kind}, {"version", p.number}, {"content_hash", p.content_hash},
                {"href", PublicBase(at->unit, at->year)}};
  });
}

HttpResponse ApiPublic(RequestContext& ctx, const Args&) {
  auto entries = ctx.desk.PublicIndex(ctx.request.Param("q"), YearParam(ctx, 0), ctx.request.Param("region"));
  return ApiReply(entries, [](const std::vector<PublicEntry>& list) {
    Json out = Json::array();
    for (const auto& e : list) out.push_back(PublicEntryJson(e));
    return Json{{"reports", out}};
  });
}

HttpResponse ApiRectifications(RequestContext& ctx, const Args&) {
  REQUIRE_API_CALLER(ctx);
  auto items = ctx.desk.Rectifications(caller, ParseId(ctx.request.Param("unit")).value_or(0), YearParam(ctx, 0));
  return ApiReply(items, [](const std::vector<RectificationView>& list) {
    Json out = Json::array();
    for (const auto& v : list) out.push_back(RectificationJson(v));
    return Json{{"rectifications", out}};
  });
}

HttpResponse ApiOpenRectification(RequestContext& ctx, const Args& args) {
  REQUIRE_API_CALLER(ctx);
  auto at = PathUnitYear(args);
  if (!at) return JsonError(404, "not_found", "没有这个单位或年度");
  REQUIRE_BODY(ctx);
  auto opened = ctx.desk.OpenRectification(
      caller, {at->unit, at->year, StringField(body, "source"), StringField(body, "title"), StringField(body, "detail"),
               StringField(body, "owner"), StringField(body, "deadline")});
  return ApiReply(opened, RectificationJson);
}

HttpResponse ApiMoveRectification(RequestContext& ctx, const Args& args) {
  REQUIRE_API_CALLER(ctx);
  auto id = ParseId(args[0]);
  if (!id) return JsonError(404, "not_found", "没有这个整改事项");
  REQUIRE_BODY(ctx);
  return ApiReply(ctx.desk.MoveRectification(caller, *id, IntField(body, "revision"), StringField(body, "status")),
                  RectificationJson);
}

}  // namespace

void AddReviewRoutes(AppRouter& router) {
  router.Add("GET", "/review", BoardPage);
  router.Add("POST", "/review/task", TaskPost);
  router.Add("POST", "/review/department-regions", DepartmentRegionPost);
  router.Add("GET", "/review/results", ResultsPage);
  router.Add("GET", "/review/results.xlsx", ResultsXlsx);
  router.Add("GET", "/review/units/{}/years/{}", ReviewPage);
  router.Add("POST", "/review/units/{}/years/{}/rescore", RescorePost);
  router.Add("POST", "/review/units/{}/years/{}/comment", CommentPost);
  router.Add("POST", "/review/units/{}/years/{}/decide", DecidePost);
  router.Add("POST", "/review/units/{}/years/{}/publish", PublishPost);
  router.Add("POST", "/review/units/{}/years/{}/rectifications", OpenRectificationPost);
  router.Add("GET", "/review/units/{}/years/{}/notice.docx", NoticeDocx);
  router.Add("GET", "/rectifications", RectificationsPage);
  router.Add("POST", "/rectifications/{}/move", RectificationMovePost);
  router.Add("POST", "/rectifications/{}/evidence", EvidencePost);
  router.Add("GET", "/evidence/{}", EvidenceGet);
  router.Add("GET", "/public", PublicIndexPage);
  router.Add("GET", "/public/", PublicIndexPage);
  router.Add("GET", "/public/{}/{}", PublicReportPage);
  router.Add("GET", "/public/{}/{}/", PublicReportPage);
  router.Add("GET", "/public/{}/{}/{}", PublicFileGet);

  router.Add("GET", "/api/review/{}", ApiBoard);
  router.Add("GET", "/api/department-review-regions", ApiDepartmentRegions);
  router.Add("POST", "/api/department-review-regions", ApiSetDepartmentRegion);
  router.Add("GET", "/api/units/{}/years/{}/review", ApiReview);
  router.Add("POST", "/api/units/{}/years/{}/review/{}", ApiReviewAction);
  router.Add("POST", "/api/units/{}/years/{}/publish", ApiPublish);
  router.Add("POST", "/api/units/{}/years/{}/rectifications", ApiOpenRectification);
  router.Add("GET", "/api/public/reports", ApiPublic);
  router.Add("GET", "/api/rectifications", ApiRectifications);
  router.Add("POST", "/api/rectifications/{}/status", ApiMoveRectification);
}

}  // namespace jixiao
