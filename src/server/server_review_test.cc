// The finance bureau's API over real HTTP on loopback, once per store, on the demo's 2025
// region: a reviewer's scope, the public seeing only what was published, no one passing their
// own work, and a published version that never changes.
#include <map>
#include <string>

#include "server/testing/fixture.h"

namespace jixiao::testing {
namespace {

using Json = nlohmann::ordered_json;

std::map<std::string, int64_t> UnitIds(Client& admin) {
  std::map<std::string, int64_t> ids;
  const Json units = admin.Get("/api/units").Json();
  for (const auto& unit : units["units"]) ids[unit["name"].get<std::string>()] = unit["id"].get<int64_t>();
  return ids;
}

std::string Year(int64_t unit, int year) {
  return "/api/units/" + std::to_string(unit) + "/years/" + std::to_string(year);
}

TEST_P(ServerTest, AReviewerSeesNothingOutsideTheirRegion) {
  Client admin = As("admin");
  auto ids = UnitIds(admin);
  Client duyun = As("duyun");  // scope 贵州省/黔南州/都匀市
  const Json board = duyun.Get("/api/review/2025").Json();
  ASSERT_EQ(board["units"].size(), 8u) << board.dump();  // five departments and three schools
  for (const auto& row : board["units"]) {
    EXPECT_EQ(row["unit"]["region"].get<std::string>().rfind("贵州省/黔南州/都匀市", 0), 0u) << row.dump();
  }
  EXPECT_EQ(As("reviewer").Get("/api/review/2025").Json()["units"].size(), 38u);
  // Its statistics roll up from 都匀市 down: the city, then the department with its three schools.
  ASSERT_EQ(board["regions"].size(), 2u) << board["regions"].dump();
  EXPECT_EQ(board["regions"][0]["region"], "贵州省/黔南州/都匀市");
  EXPECT_EQ(board["regions"][0]["units"], 8);
  EXPECT_EQ(board["regions"][1]["name"], "都匀市教育局");
  EXPECT_EQ(board["regions"][1]["depth"], 1);
  EXPECT_EQ(board["regions"][1]["units"], 3);
  const int64_t outside = ids.at("独山县水务局");
  for (const std::string& path : {Year(outside, 2025) + "/review", Year(outside, 2025), "/api/units/" + std::to_string(outside)}) {
    const Reply reply = duyun.Get(path);
    EXPECT_EQ(reply.status, 403) << path << " " << reply.body;
  }
  EXPECT_EQ(duyun.Post(Year(outside, 2025) + "/publish", Json::object()).status, 403);
  Json units = duyun.Get("/api/units").Json()["units"];
  EXPECT_EQ(units.size(), 8u);
  EXPECT_EQ(As("lijun").Get("/api/review/2025").status, 403);
  EXPECT_EQ(Anonymous().Get("/api/review/2025").status, 401);
  // The demo's rectification items are all outside 都匀市.
  EXPECT_EQ(duyun.Get("/api/rectifications").Json()["rectifications"].size(), 0u);
  EXPECT_EQ(As("reviewer").Get("/api/rectifications").Json()["rectifications"].size(), 15u);
}

TEST_P(ServerTest, ThePublicSeesOnlyWhatWasPublished) {
  Client anonymous = Anonymous();
  const Json reports = anonymous.Get("/api/public/reports").Json()["reports"];
  ASSERT_EQ(reports.size(), 9u) << reports.dump();
  Client reviewer = As("reviewer");
  const Json board = reviewer.Get("/api/review/2025").Json();
  std::map<std::string, std::string> stage;
  for (const auto& row : board["units"]) stage[row["unit"]["name"].get<std::string>()] = row["stage"].get<std::string>();
  for (const auto& report : reports) {
    EXPECT_EQ(stage[report["unit"]["name"].get<std::string>()], "published") << report["unit"]["name"];
    const Reply page = anonymous.Get(report["href"].get<std::string>());
    EXPECT_EQ(page.status, 200);
    EXPECT_NE(page.body.find(report["budget_total"].get<std::string>()), std::string::npos);
    const Reply pdf = anonymous.Get(report["pdf"].get<std::string>());
    EXPECT_EQ(pdf.status, 200);
    EXPECT_EQ(pdf.body.rfind("%PDF", 0), 0u);
    EXPECT_EQ(pdf.body.find("演示数据：已核实"), std::string::npos);  // the unit's explanations stay internal
  }
  auto ids = UnitIds(reviewer);
  const int64_t passed_only = ids.at("独山县卫生健康局");  // passed, not published
  ASSERT_EQ(stage["独山县卫生健康局"], "passed");
  EXPECT_EQ(anonymous.Get("/public/" + std::to_string(passed_only) + "/2025/").status, 404);
  EXPECT_EQ(anonymous.Get("/public/?q=独山").status, 200);
  const Json searched = anonymous.Get("/api/public/reports?q=%E7%8B%AC%E5%B1%B1").Json()["reports"];  // 独山
  for (const auto& report : searched) EXPECT_EQ(report["unit"]["region"], "贵州省/黔南州/独山县");
}

TEST_P(ServerTest, NoOnePassesTheirOwnWorkAndAPublishedVersionNeverChanges) {
  Client admin = As("admin");
  auto ids = UnitIds(admin);
  const int64_t edu = ids.at("黔南州教育局");  // lijun's unit: 2023 submitted by lijun
  Client lijun = As("lijun");
  Client reviewer = As("reviewer");
  const Json review = reviewer.Get(Year(edu, 2023) + "/review").Json();
  ASSERT_EQ(review["version"]["number"], 1) << review.dump();
  const Json pass = {{"number", 1}, {"revision", review["revision"]}};
  EXPECT_EQ(lijun.Post(Year(edu, 2023) + "/review/pass", pass).status, 403);
  // A return needs a reason anchored to a field or a finding.
  EXPECT_EQ(reviewer.Post(Year(edu, 2023) + "/review/return", {{"number", 1}, {"revision", review["revision"]}, {"reason", "x"}}).status, 422);
  const Reply passed = reviewer.Post(Year(edu, 2023) + "/review/pass", pass);
  ASSERT_EQ(passed.status, 200) << passed.body;
  EXPECT_EQ(lijun.Post(Year(edu, 2023) + "/reopen", {{"revision", passed.Json()["revision"]}}).status, 409);

  const Reply published = reviewer.Post(Year(edu, 2023) + "/publish", Json::object());
  ASSERT_EQ(published.status, 200) << published.body;
  const std::string hash = published.Json()["content_hash"];
  EXPECT_EQ(hash, review["version"]["content_hash"]);
  const std::string pdf_path = "/public/" + std::to_string(edu) + "/2023/" + hash + ".pdf";
  const std::string pdf = Anonymous().Get(pdf_path).body;
  EXPECT_EQ(reviewer.Post(Year(edu, 2023) + "/publish", Json::object()).status, 409);
  const Reply corrected = reviewer.Post(Year(edu, 2023) + "/publish", {{"notice", "第 2 页项目名称更正"}});
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  EXPECT_EQ(Anonymous().Get(pdf_path).body, pdf);  // the correction is a notice beside it, never an overwrite
  EXPECT_NE(Anonymous().Get("/public/" + std::to_string(edu) + "/2023/").body.find("第 2 页项目名称更正"), std::string::npos);
}

// The demo's schools under 都匀市教育局 go to the department first: the bureau cannot decide a
// version the department has not forwarded, the department cannot take the bureau's decision,
// and a department sees and reviews only its own schools.
TEST_P(ServerTest, ADepartmentForwardsBeforeTheBureauDecides) {
  Client admin = As("admin");
  auto ids = UnitIds(admin);
  Client department = As("jiaoyu");
  Client reviewer = As("reviewer");
  const Json board = department.Get("/api/review/2025").Json();
  ASSERT_EQ(board["units"].size(), 3u) << board.dump();
  EXPECT_EQ(board["pending"], 1);
  EXPECT_EQ(reviewer.Get("/api/department-review-regions").Json()["regions"],
            Json::array({"贵州省/黔南州/都匀市/都匀市教育局"}));
  EXPECT_EQ(department.Post("/api/department-review-regions", {{"region", "贵州省"}, {"required", true}}).status, 403);
  EXPECT_EQ(department.Get(Year(ids.at("都匀市教育局"), 2025) + "/review").status, 403);  // outside its subtree

  const int64_t waiting = ids.at("都匀市第一中学");
  const Json seen = reviewer.Get(Year(waiting, 2025) + "/review").Json();
  EXPECT_EQ(seen["may_decide"], false);
  EXPECT_EQ(seen["may_decide_note"], "该版本须先经主管部门初审，报送后才能复核");
  const Json decide = {{"number", seen["version"]["number"]}, {"revision", seen["revision"]}};
  EXPECT_EQ(reviewer.Post(Year(waiting, 2025) + "/review/pass", decide).status, 409);
  EXPECT_EQ(reviewer.Post(Year(waiting, 2025) + "/review/forward", decide).status, 403);
  EXPECT_EQ(department.Post(Year(waiting, 2025) + "/review/pass", decide).status, 403);
  EXPECT_EQ(As("yizhong").Post(Year(waiting, 2025) + "/review/forward", decide).status, 403);
  Json back = decide;
  back["opinion"] = "";
  back["anchor"] = "/funds/budget_total";
  EXPECT_EQ(department.Post(Year(waiting, 2025) + "/review/department-return", back).status, 422);  // no reason

  Json forward = decide;
  forward["opinion"] = "同意报送";
  const Reply forwarded = department.Post(Year(waiting, 2025) + "/review/forward", forward);
  ASSERT_EQ(forwarded.status, 200) << forwarded.body;
  EXPECT_EQ(forwarded.Json()["department_forwarded"], true);
  EXPECT_EQ(department.Post(Year(waiting, 2025) + "/review/forward", forward).status, 409);
  const Json ready = reviewer.Get(Year(waiting, 2025) + "/review").Json();
  EXPECT_EQ(ready["may_decide"], true) << ready["may_decide_note"];
  const Reply passed = reviewer.Post(Year(waiting, 2025) + "/review/pass",
                                     {{"number", ready["version"]["number"]}, {"revision", ready["revision"]}});
  ASSERT_EQ(passed.status, 200) << passed.body;

  const int64_t returned = ids.at("都匀市第二中学");
  const Json units = reviewer.Get("/api/review/2025").Json()["units"];
  for (const auto& row : units) {
    if (row["unit"]["id"] == returned) {
      EXPECT_EQ(row["stage"], "returned");
    }
  }
  const Reply page = department.Get("/review/units/" + std::to_string(returned) + "/years/2025");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("完成服务任务的目标值与年初绩效目标不一致"), std::string::npos);
  // The unit's editor says who returned it and why, linked to the field.
  const Reply editor = admin.Get("/units/" + std::to_string(returned) + "/years/2025");
  EXPECT_NE(editor.body.find("被主管部门退回"), std::string::npos);
  EXPECT_NE(editor.body.find("href=\"#f-projects-0-indicators-0\""), std::string::npos);
}

// A unit marks a narrative text 不公开 from its editor; names and figures cannot be marked.
TEST_P(ServerTest, AUnitMarksATextNotForPublication) {
  Client wangfang = As("wangfang");
  const auto toggle = [&](const std::string& pointer, bool on) {
    const int64_t revision = wangfang.Get(kExampleYear).Json()["revision"];
    const std::string form = "revision=" + std::to_string(revision) + "&pointer=" + pointer + (on ? "&internal=1" : "");
    return wangfang.Send("POST", "/units/1/years/2022/internal", form, "application/x-www-form-urlencoded");
  };
  const Reply marked = toggle("%2Ffunds%2Fshortfall_reason", true);
  ASSERT_EQ(marked.status, 200) << marked.body.substr(0, 300);
  EXPECT_EQ(wangfang.Get(kExampleYear).Json()["document"]["internal"], Json::array({"/funds/shortfall_reason"}));
  const std::string page = wangfang.Get("/units/1/years/2022").body;
  const auto box = page.find("id=\"f-funds-shortfall_reason-box\"");
  ASSERT_NE(box, std::string::npos);
  EXPECT_NE(page.substr(box, 2000).find("value=\"1\" checked"), std::string::npos);
  EXPECT_EQ(toggle("%2Ffunds%2Fbudget_total", true).status, 422);
  ASSERT_EQ(toggle("%2Ffunds%2Fshortfall_reason", false).status, 200);
  EXPECT_FALSE(wangfang.Get(kExampleYear).Json()["document"].contains("internal"));
  EXPECT_EQ(As("lijun").Send("POST", "/units/1/years/2022/internal", "revision=1&pointer=%2Ffunds%2Fshortfall_reason&internal=1",
                             "application/x-www-form-urlencoded").status, 403);
}

// An admin gives a reviewer a scope, or makes a department's first reviewer, over the API.
TEST_P(ServerTest, AnAdminScopesReviewersAndDepartmentReviewers) {
  Client admin = As("admin");
  Json user = {{"login", "xuexiao"}, {"name", "学校初审"}, {"role", "reviewer"}, {"password", "matrix-pass-2026"},
               {"department_reviewer", true}};
  EXPECT_EQ(admin.Post("/api/users", user).status, 422);  // a department reviewer needs its department's scope
  user["scope"] = "贵州省/黔南州/都匀市/都匀市教育局";
  const Reply added = admin.Post("/api/users", user);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.Json()["scope"], "贵州省/黔南州/都匀市/都匀市教育局");
  EXPECT_EQ(added.Json()["department_reviewer"], true);
  Client school_reviewer = As("xuexiao", "matrix-pass-2026");
  const Json board = school_reviewer.Get("/api/review/2025").Json();
  EXPECT_EQ(board["units"].size(), 3u);
  EXPECT_EQ(board["pending"], 1);
  const std::string page = admin.Get("/admin/users").body;
  EXPECT_NE(page.find("主管部门初审人"), std::string::npos);
}

}  // namespace
}  // namespace jixiao::testing
