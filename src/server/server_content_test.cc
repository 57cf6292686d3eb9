// What goes through the API comes back as it went in: markup escaped in the pages and intact in
// JSON, SQL metacharacters byte for byte; two people saving one year at once; the whole
// workflow from a draft with errors to a second submitted version; importing files.
#include <filesystem>
#include <latch>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "base/file.h"
#include "server/editor_model.h"
#include "server/views.h"
#include "server/testing/fixture.h"
#include "service/credentials.h"

namespace jixiao::testing {
namespace {

using Json = nlohmann::ordered_json;

Json Replace(const std::string& pointer, const Json& value) {
  return {{"op", "replace"}, {"path", pointer}, {"value", value}};
}

// A PATCH body; the edits are a vector so that one edit is still sent as an array.
Json EditBody(int64_t revision, std::vector<Json> edits) { return {{"revision", revision}, {"edits", Json(std::move(edits))}}; }

int64_t RevisionOf(Client& client, const std::string& year) { return client.Get(year).Revision(); }

// The key of the first finding of `severity` in a year's view, or "".
std::string FirstKey(const Json& view, const std::string& severity) {
  for (const auto& finding : view["findings"]) {
    if (finding["severity"] == severity) return finding["key"];
  }
  return "";
}

// ---- the kept body put into its page ----

// RenderAround gives the bytes Render gives with the text in the model: around a slot at the top
// level (the editor's {{{body}}}, between standalone section lines), and the slow way when the
// slot is missing, repeated or inside a section. A parameterized test only so that ctest runs it.
TEST_P(ServerTest, RenderAroundAKeptTextIsRenderWithTheTextInTheModel) {
  const std::string dir = ::testing::TempDir() + "jixiao-views-" + GetParam();
  std::filesystem::create_directories(dir);
  const std::vector<std::pair<std::string, std::string>> templates = {
      {"top", "{{> part}}\n{{#items}}\n  <li>{{name}}</li>\n{{/items}}\n\n{{{slot}}}\n{{^none}}\n<p>{{title}}</p>\n{{/none}}\n"},
      {"part", "<h1>{{title}}</h1>"},
      {"inside", "{{#items}}{{{slot}}}{{/items}}\n"},
      {"twice", "{{{slot}}}|{{{slot}}}\n"},
      {"none", "<p>{{title}}</p>\n"}};
  for (const auto& [name, text] : templates) WriteFileAtomic(dir + "/" + name + ".mustache", text);
  auto views = Views::Load(dir);
  ASSERT_TRUE(views) << views.error().message;
  const Json model = {{"title", "<标题> & \"引号\""}, {"items", {{{"name", "一"}}, {{"name", "<二>"}}}}};
  for (const std::string text : {"", "<div>\n  {{不是标签}} &amp; 正文\n</div>\n", "no newline"}) {
    Json whole = model;
    whole["slot"] = text;
    for (const char* name : {"top", "inside", "twice", "none"}) {
      EXPECT_EQ(views->RenderAround(name, "slot", model, text), views->Render(name, whole)) << name << " / " << text;
    }
  }
  std::filesystem::remove_all(dir);
}

// ---- markup ----

constexpr const char* kMarkup = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";

TEST_P(ServerTest, MarkupIsEscapedInPagesAndIntactInJson) {
  Client wangfang = As("wangfang");
  Client admin = As("admin");
  // Every kind of text field: a project's name, its implementation, a finding's explanation, a user's name.
  const Json patched = wangfang
                           .Patch(kExampleYear, EditBody(RevisionOf(wangfang, kExampleYear),
                                                         {Replace("/projects/0/name", kMarkup),
                                                          Replace("/projects/0/implementation", kMarkup)}))
                           .Json();
  const std::string warning = FirstKey(patched, "warning");
  ASSERT_NE(warning, "") << patched.dump().substr(0, 300);
  const Reply explained = wangfang.Post(kExampleYear + "/explanations",
                                        {{"revision", patched["revision"]}, {"key", warning}, {"text", kMarkup}});
  ASSERT_EQ(explained.status, 200) << explained.body;
  const Reply user = admin.Post("/api/users", {{"login", "markup"}, {"name", kMarkup}, {"role", "unit"},
                                               {"unit_id", kOwnUnit}, {"password", "markup-pass-2026"}});
  ASSERT_EQ(user.status, 201) << user.body;

  // The pages that show them (or might), each as the user who sees it.
  struct Page {
    Client* client;
    std::string path;
    bool shows_markup;
  };
  const std::vector<Page> pages = {
      {&wangfang, "/units/1/years/2022", true}, {&admin, "/units/1/years/2022", true},
      {&wangfang, "/units/1", false},           {&admin, "/units", false},
      {&admin, "/admin/users", true},           {&admin, "/admin/audit", true},
      {&admin, "/units/1/years/2022/versions", false}};
  for (const Page& page : pages) {
    const Reply reply = page.client->Get(page.path);
    EXPECT_EQ(reply.status, 200) << page.path;
    EXPECT_EQ(reply.body.find("<script>alert(1)</script>"), std::string::npos) << page.path << " shows the script raw";
    EXPECT_EQ(reply.body.find("<img src=x"), std::string::npos) << page.path << " shows the img tag raw";
    if (page.shows_markup) {
      EXPECT_NE(reply.body.find("&lt;script&gt;"), std::string::npos) << page.path;
    }
  }
  // The editor's fragment after a field save (htmx) escapes too.
  const std::string form = "revision=" + std::to_string(explained.Json()["revision"].get<int64_t>()) +
                           "&pointer=%2Fprojects%2F0%2Fbenefits&kind=text&value=%3Cscript%3Ealert(1)%3C%2Fscript%3E";
  const Reply fragment = wangfang.Send("POST", "/units/1/years/2022/field", form, "application/x-www-form-urlencoded");
  EXPECT_EQ(fragment.status, 200) << fragment.body.substr(0, 300);
  EXPECT_EQ(fragment.body.find("<script>alert(1)</script>"), std::string::npos);

  // The JSON API returns exactly what was stored.
  const Json view = wangfang.Get(kExampleYear).Json();
  EXPECT_EQ(view["document"]["projects"][0]["name"], kMarkup);
  EXPECT_EQ(view["document"]["projects"][0]["implementation"], kMarkup);
  EXPECT_EQ(view["document"]["projects"][0]["benefits"], "<script>alert(1)</script>");
  bool explanation_found = false;
  for (const auto& finding : view["findings"]) {
    if (finding["key"] == warning) explanation_found = finding["explanation"] == kMarkup;
  }
  EXPECT_TRUE(explanation_found) << warning;
  const Reply users = admin.Get("/api/users");
  const Json listed_users = users.Json();
  bool user_found = false;
  for (const auto& listed : listed_users["users"]) {
    if (listed["login"] == "markup") user_found = listed["name"] == kMarkup;
  }
  EXPECT_TRUE(user_found) << users.body.substr(0, 2000);
}

// ---- the editor's folded projects ----

TEST_P(ServerTest, AFoldedProjectsFormIsFetchedOnItsOwnEscapedAndOnlyByThoseWhoMayRead) {
  Client wangfang = As("wangfang");
  // Markup in project 1's texts and indicator; project 2 states a wrong rate (an error on its field).
  const Json indicator = {{"name", kMarkup}, {"level1", "产出指标"}, {"level2", "数量指标"}, {"comparator", ">="},
                          {"target", "100"}, {"actual", "50"}, {"unit", "人次"}, {"weight", "50"}};
  const Json patched = wangfang
                           .Patch(kExampleYear, EditBody(RevisionOf(wangfang, kExampleYear),
                                                         {Replace("/projects/0/name", kMarkup),
                                                          Replace("/projects/0/implementation", kMarkup),
                                                          {{"op", "add"}, {"path", "/projects/0/indicators/-"}, {"value", indicator}},
                                                          Replace("/projects/1/execution_rate_stated", "12")}))
                           .Json();
  ASSERT_EQ(patched["document"]["projects"][0]["name"], kMarkup) << patched.dump().substr(0, 300);
  const std::string editor = "/units/1/years/2022";
  const std::string project = editor + "/projects/0";
  const httplib::Headers htmx = {{"HX-Request", "true"}};

  // The editor lists the project folded: its name and where its form comes from, not its fields.
  const Reply page = wangfang.Get(editor);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("hx-get=\"" + project + "\""), std::string::npos);
  EXPECT_NE(page.body.find("href=\"" + project + "\""), std::string::npos) << "a link that works without JS";
  EXPECT_EQ(page.body.find("id=\"f-projects-0-implementation\""), std::string::npos);
  EXPECT_EQ(page.body.find("<script>alert(1)</script>"), std::string::npos);
  EXPECT_NE(page.body.find("&lt;script&gt;"), std::string::npos);

  // Fetched by htmx: the form alone, its markup escaped.
  const Reply fragment = wangfang.Send("GET", project, "", "", htmx);
  ASSERT_EQ(fragment.status, 200) << fragment.body.substr(0, 300);
  EXPECT_EQ(fragment.body.find("<html"), std::string::npos);
  EXPECT_NE(fragment.body.find("id=\"f-projects-0-implementation\""), std::string::npos);
  EXPECT_NE(fragment.body.find("id=\"f-projects-0-indicators-0\""), std::string::npos);
  EXPECT_NE(fragment.body.find("hx-post=\"" + editor + "/field\""), std::string::npos);
  EXPECT_EQ(fragment.body.find("<script>alert(1)</script>"), std::string::npos);
  EXPECT_EQ(fragment.body.find("<img src=x"), std::string::npos);
  EXPECT_NE(fragment.body.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(fragment.Header("Vary"), "HX-Request");
  // Opened as a page (no JS): the same form inside the site's layout, with the revision to save against.
  const Reply own_page = wangfang.Get(project);
  ASSERT_EQ(own_page.status, 200);
  EXPECT_NE(own_page.body.find("<!DOCTYPE html>"), std::string::npos);
  EXPECT_NE(own_page.body.find("id=\"f-projects-0-implementation\""), std::string::npos);
  EXPECT_NE(own_page.body.find("id=\"revision\" name=\"revision\" value=\"" +
                               std::to_string(patched["revision"].get<int64_t>()) + "\""),
            std::string::npos);
  EXPECT_EQ(own_page.body.find("<script>alert(1)</script>"), std::string::npos);

  // Every finding on a project links to an element of that project's form.
  const Json findings = patched["findings"];
  int project_findings = 0;
  for (const auto& finding : findings) {
    const std::string path = finding["path"];
    if (!path.starts_with("/projects/")) continue;
    ++project_findings;
    const std::string index = path.substr(10, path.find('/', 10) - 10);
    EXPECT_NE(page.body.find("href=\"#" + FieldId(path) + "\""), std::string::npos) << path;
    const Reply form = wangfang.Send("GET", editor + "/projects/" + index, "", "", htmx);
    std::string id = FieldId(path);
    while (form.body.find("id=\"" + id + "\"") == std::string::npos && id.rfind('-') != std::string::npos) {
      id = id.substr(0, id.rfind('-'));
    }
    EXPECT_TRUE(id.starts_with("f-projects-" + index + "-")) << path << " has no element in its project's form";
  }
  EXPECT_GT(project_findings, 2);

  // Who may fetch it: as for the year itself.
  Client reviewer = As("reviewer");
  Client lijun = As("lijun");
  Client anonymous = Anonymous();
  EXPECT_EQ(reviewer.Send("GET", project, "", "", htmx).status, 200);
  EXPECT_EQ(reviewer.Get(project).status, 200);
  const Reply refused = lijun.Send("GET", project, "", "", htmx);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.body.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(lijun.Get(project).status, 403);
  EXPECT_EQ(anonymous.Get(project).status, 303);
  EXPECT_EQ(wangfang.Send("GET", editor + "/projects/99", "", "", htmx).status, 404);
  EXPECT_EQ(wangfang.Get(editor + "/projects/x").status, 404);
  EXPECT_EQ(wangfang.Get("/units/1/years/2031/projects/0").status, 404);
}

// ---- SQL metacharacters ----

TEST_P(ServerTest, SqlMetacharactersComeBackByteIdentical) {
  const std::vector<std::string> values = {
      "'; DROP TABLE units; --",
      "\" OR 1=1 --",
      "反斜杠 \\ 与 \\\\ 和 \\' 以及 \\n（不是换行）",
      "表情 😀🎉👍🏽 与中文：黔南州“苗岭”项目（第二期）",
      "$1 $$ 美元引号 $$ ? :name %s %_ LIKE '%' ESCAPE '\\'",
      "多行\n第二行\t制表\r\n第三行",
      "NULL",
  };
  Client wangfang = As("wangfang");
  Client admin = As("admin");
  for (const std::string& value : values) {
    const Reply saved =
        wangfang.Patch(kExampleYear, EditBody(RevisionOf(wangfang, kExampleYear), {Replace("/projects/1/name", value)}));
    EXPECT_EQ(saved.status, 200) << value << ": " << saved.body.substr(0, 200);
    EXPECT_EQ(wangfang.Get(kExampleYear).Json()["document"]["projects"][1]["name"], value) << value;

    const Reply unit = admin.Post("/api/units", {{"name", value}, {"code", value}, {"region", value}});
    ASSERT_EQ(unit.status, 201) << value << ": " << unit.body;
    const Json read = admin.Get("/api/units/" + std::to_string(unit.Json()["id"].get<int64_t>())).Json();
    EXPECT_EQ(read["name"], value);
    EXPECT_EQ(read["code"], value);
    EXPECT_EQ(read["region"], value);
  }
  // Nothing was dropped: every unit is still listed.
  EXPECT_EQ(admin.Get("/api/units").Json()["units"].size(), 38 + values.size());  // the demo has 38
}

// ---- optimistic concurrency ----

TEST_P(ServerTest, TwoConcurrentSavesOfOneRevisionOneWinsOneConflicts) {
  Client admin = As("admin");
  ASSERT_EQ(admin.Post("/api/users", {{"login", "zhangwei"}, {"name", "张伟"}, {"role", "unit"},
                                      {"unit_id", kOwnUnit}, {"password", "zhangwei-2026"}})
                .status,
            201);
  std::vector<Client> clients;
  clients.push_back(As("wangfang"));
  clients.push_back(As("zhangwei", "zhangwei-2026"));
  const int64_t revision = RevisionOf(clients[0], kExampleYear);

  std::vector<Reply> replies(2);
  std::latch start(2);
  std::vector<std::thread> threads;
  for (int i = 0; i < 2; ++i) {
    threads.emplace_back([&, i] {
      start.arrive_and_wait();
      replies[i] = clients[i].Patch(
          kExampleYear, EditBody(revision, {Replace("/projects/0/implementation", "第 " + std::to_string(i) + " 人的修改")}));
    });
  }
  for (auto& thread : threads) thread.join();

  const std::multiset<int> statuses = {replies[0].status, replies[1].status};
  ASSERT_EQ(statuses, (std::multiset<int>{200, 409})) << replies[0].body << "\n" << replies[1].body;
  const int loser = replies[0].status == 409 ? 0 : 1;
  const std::string winner_login = loser == 0 ? "zhangwei" : "wangfang";
  EXPECT_EQ(replies[loser].ErrorCode(), "conflict");
  // "该记录已被 zhangwei 于 … 修改（当前第 N 版），请刷新后再改"
  EXPECT_NE(replies[loser].ErrorMessage().find("该记录已被 " + winner_login + " 于"), std::string::npos)
      << replies[loser].ErrorMessage();
  EXPECT_EQ(clients[0].Get(kExampleYear).Json()["document"]["projects"][0]["implementation"],
            "第 " + std::to_string(1 - loser) + " 人的修改");

  // Later, a save naming the old revision is refused as well.
  const Reply stale = clients[loser].Patch(kExampleYear, EditBody(revision, {Replace("/projects/0/implementation", "迟到")}));
  EXPECT_EQ(stale.status, 409);
  EXPECT_NE(stale.ErrorMessage().find("请刷新后再改"), std::string::npos) << stale.ErrorMessage();
}

// ---- the workflow ----

TEST_P(ServerTest, DraftToSubmittedVersionsDiffAndDownloads) {
  Client wangfang = As("wangfang");
  const std::string year = kExampleYear;
  Json view = wangfang.Get(year).Json();
  ASSERT_EQ(view["errors"], 1) << "the example report has one error: its economic classes do not add up";
  const Json scores_before = view["scores"];

  // A field edit is assessed again: with less money spent on project 1 its score drops, and two
  // new errors say the stated execution rate no longer matches.
  Reply reply = wangfang.Patch(year, EditBody(view["revision"], {Replace("/projects/0/executed", "20000")}));
  ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 300);
  view = reply.Json();
  EXPECT_NE(view["scores"], scores_before);
  EXPECT_EQ(view["errors"], 3) << view["findings"].dump();

  // Submitting with errors is refused, naming the count.
  reply = wangfang.Post(year + "/submit", {{"revision", view["revision"]}});
  EXPECT_EQ(reply.status, 422);
  EXPECT_EQ(reply.ErrorCode(), "invalid_input");
  EXPECT_EQ(reply.ErrorMessage(), "还有 3 个错误未改正，改正后才能送审");

  // Fix the errors (the money spent back, the economic classes adding up to the budget), then
  // explain every warning.
  reply = wangfang.Patch(year, EditBody(view["revision"], {Replace("/projects/0/executed", "45500"),
                                                           Replace("/funds/by_economic_class/0/amount", "12448971.12")}));
  ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 300);
  view = reply.Json();
  ASSERT_EQ(view["errors"], 0) << view["findings"].dump();
  EXPECT_EQ(view["scores"], scores_before);
  EXPECT_GT(view["unexplained_warnings"].get<int>(), 0);
  reply = wangfang.Post(year + "/submit", {{"revision", view["revision"]}});
  EXPECT_EQ(reply.status, 422);
  EXPECT_NE(reply.ErrorMessage().find("个警告未填写说明"), std::string::npos) << reply.ErrorMessage();
  for (int round = 0; round < 50 && view["unexplained_warnings"] > 0; ++round) {
    std::string key;
    for (const auto& finding : view["findings"]) {
      if (finding["severity"] == "warning" && finding["explanation"].is_null()) key = finding["key"];
    }
    reply = wangfang.Post(year + "/explanations", {{"revision", view["revision"]}, {"key", key}, {"text", "已核实：情况属实。"}});
    ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 300);
    view = reply.Json();
  }

  // Submit: version 1, whose hash is the SHA-256 of the document as stored.
  reply = wangfang.Post(year + "/submit", {{"revision", view["revision"]}});
  ASSERT_EQ(reply.status, 201) << reply.body.substr(0, 300);
  EXPECT_EQ(reply.Json()["number"], 1);
  auto stored = repo_->GetVersion(kOwnUnit, 2022, 1);
  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_EQ(reply.Json()["content_hash"], Sha256Hex(stored->document));
  EXPECT_EQ(wangfang.Get(year + "/versions/1").Json()["content_hash"], Sha256Hex(stored->document));

  // Locked: a save is refused until the year is reopened.
  view = wangfang.Get(year).Json();
  EXPECT_EQ(view["status"], "submitted");
  EXPECT_EQ(view["editable"], false);
  reply = wangfang.Patch(year, EditBody(view["revision"], {Replace("/projects/0/implementation", "改")}));
  EXPECT_EQ(reply.status, 409);
  EXPECT_EQ(reply.ErrorMessage(), "该年度已送审并锁定，须先“重新编辑”生成新版本");

  reply = wangfang.Post(year + "/reopen", {{"revision", view["revision"]}});
  ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 300);
  EXPECT_EQ(reply.Json()["editable"], true);
  reply = wangfang.Patch(year, EditBody(reply.Json()["revision"],
                                        {Replace("/projects/0/implementation", "已按计划完成全部业务提升工作。")}));
  ASSERT_EQ(reply.status, 200) << reply.body.substr(0, 300);
  reply = wangfang.Post(year + "/submit", {{"revision", reply.Json()["revision"]}});
  ASSERT_EQ(reply.status, 201) << reply.body.substr(0, 300);
  EXPECT_EQ(reply.Json()["number"], 2);
  EXPECT_EQ(wangfang.Get(year + "/versions").Json()["versions"].size(), 2u);

  // The difference between the versions: the one field, with its Chinese label.
  const Json changes = wangfang.Get(year + "/diff?from=1&to=2").Json()["changes"];
  ASSERT_EQ(changes.size(), 1u) << changes.dump();
  EXPECT_EQ(changes[0]["field"], "/projects/0/implementation");
  EXPECT_EQ(changes[0]["label"], "项目 1「自然资源业务提升项目」 · 实施情况") << changes[0]["label"];
  EXPECT_EQ(changes[0]["after"], "已按计划完成全部业务提升工作。");

  // Downloads of the submitted version.
  struct Download {
    const char* file;
    const char* content_type;
    std::string magic;
  };
  const std::vector<Download> downloads = {
      {"report.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK"},
      {"report.pdf", "application/pdf", "%PDF"},
      {"report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"},
  };
  for (const Download& download : downloads) {
    const Reply file = wangfang.Get(year + "/" + download.file + "?version=2");
    EXPECT_EQ(file.status, 200) << download.file << ": " << file.body.substr(0, 200);
    EXPECT_EQ(file.Header("Content-Type"), download.content_type) << download.file;
    EXPECT_TRUE(file.body.starts_with(download.magic)) << download.file;
    EXPECT_NE(file.Header("Content-Disposition").find("filename*=UTF-8''"), std::string::npos) << download.file;
  }
}

// ---- import ----

TEST_P(ServerTest, ImportPreviewReadsTheExampleAndRefusesOtherFiles) {
  Client wangfang = As("wangfang");
  const Reply preview = wangfang.Send("POST", "/api/import/preview?name=x.txt", ExampleReport(), "text/plain");
  ASSERT_EQ(preview.status, 200) << preview.body.substr(0, 300);
  EXPECT_EQ(preview.Json()["document"]["projects"].size(), 13u);
  EXPECT_EQ(preview.Json()["document"]["unit"]["name"], "黔南州自然资源局");

  std::mt19937 random(2026);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  const std::string png = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + noise.substr(0, 200);
  struct Refused {
    std::string name;
    std::string bytes;
  };
  const std::vector<Refused> refused = {{"chart.png", png}, {"random.bin", noise}, {"random.txt", noise},
                                        {"fake.docx", "PK\x03\x04" + noise}, {"fake.pdf", "%PDF-1.7\n" + noise}};
  for (const Refused& file : refused) {
    const Reply reply = wangfang.Send("POST", "/api/import/preview?name=" + file.name, file.bytes,
                                      "application/octet-stream");
    EXPECT_TRUE(reply.status == 415 || reply.status == 422) << file.name << ": " << reply.status << " " << reply.body;
    const std::string message = reply.ErrorMessage();
    EXPECT_TRUE(message.find("\xe6") != std::string::npos || message.find("\xe4") != std::string::npos ||
                message.find("\xe5") != std::string::npos || message.find("\xe7") != std::string::npos)
        << file.name << ": not a Chinese message: " << message;
  }

  // Over the transport's 30 MB cap: refused before any handler reads it.
  const Reply huge = wangfang.Send("POST", "/api/import/preview?name=big.txt", std::string(31u << 20, 'a'), "text/plain");
  EXPECT_EQ(huge.status, 413);
  EXPECT_EQ(huge.ErrorCode(), "too_large");
  // The server is still there.
  EXPECT_EQ(wangfang.Get("/api/me").status, 200);
}

}  // namespace
}  // namespace jixiao::testing
