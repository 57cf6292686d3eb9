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
  ASSERT_EQ(board["units"].size(), 5u) << board.dump();
  for (const auto& row : board["units"]) {
    EXPECT_EQ(row["unit"]["region"], "贵州省/黔南州/都匀市");
  }
  EXPECT_EQ(As("reviewer").Get("/api/review/2025").Json()["units"].size(), 35u);
  const int64_t outside = ids.at("独山县水务局");
  for (const std::string& path : {Year(outside, 2025) + "/review", Year(outside, 2025), "/api/units/" + std::to_string(outside)}) {
    const Reply reply = duyun.Get(path);
    EXPECT_EQ(reply.status, 403) << path << " " << reply.body;
  }
  EXPECT_EQ(duyun.Post(Year(outside, 2025) + "/publish", Json::object()).status, 403);
  Json units = duyun.Get("/api/units").Json()["units"];
  EXPECT_EQ(units.size(), 5u);
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

}  // namespace
}  // namespace jixiao::testing
