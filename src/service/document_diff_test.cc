#include "service/document_diff.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

using Json = nlohmann::ordered_json;

const Json kBefore = Json::parse(R"({
  "unit": {"name": "黔南州自然资源局"},
  "funds": {"budget_total": "100", "executed_total": "90"},
  "projects": [{"name": "土地整治", "budget": {"total": "50"}, "executed": "40",
                "indicators": [{"name": "整治面积", "actual": "10"}]}]
})");

TEST(FieldLabel, NamesProjectsAndIndicatorsByTheirNames) {
  struct Case {
    const char* pointer;
    const char* label;
  } cases[] = {
      {"/funds/budget_total", "全年预算数"},
      {"/projects/0/executed", "项目 1「土地整治」 · 全年执行数"},
      {"/projects/0/budget/total", "项目 1「土地整治」 · 全年预算数"},
      {"/projects/0/indicators/0/actual", "项目 1「土地整治」 · 指标 1「整治面积」 · 实际完成值"},
      {"/unit/name", "单位 · 名称"},
      {"/projects/7/executed", "项目 8 · 全年执行数"},  // no such project: numbered, unnamed
  };
  for (const auto& c : cases) EXPECT_EQ(FieldLabel(kBefore, c.pointer), c.label) << c.pointer;
}

TEST(DiffDocuments, ListsChangedAddedAndRemovedFieldsInDocumentOrder) {
  Json after = kBefore;
  after["funds"]["executed_total"] = "95";
  after["projects"][0]["indicators"][0].erase("actual");
  after["projects"][0]["shortfall_reason"] = "工期延误";
  const auto changes = DiffDocuments(kBefore, after);
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].pointer, "/funds/executed_total");
  EXPECT_EQ(changes[0].before, "90");
  EXPECT_EQ(changes[0].after, "95");
  EXPECT_EQ(changes[1].pointer, "/projects/0/shortfall_reason");
  EXPECT_FALSE(changes[1].before.has_value());
  EXPECT_EQ(changes[1].label, "项目 1「土地整治」 · 未完成原因");
  EXPECT_EQ(changes[2].pointer, "/projects/0/indicators/0/actual");
  EXPECT_FALSE(changes[2].after.has_value());
}

TEST(DiffDocuments, SameDocumentsHaveNoChangesAndNullEqualsAbsent) {
  Json after = kBefore;
  after["funds"]["shortfall_reason"] = nullptr;
  EXPECT_TRUE(DiffDocuments(kBefore, after).empty());
}

TEST(DiffDocuments, AMarkNotForPublicationReadsAsTheFieldItMarks) {
  Json after = kBefore;
  after["internal"] = Json::array({"/funds/shortfall_reason"});
  const auto changes = DiffDocuments(kBefore, after);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].label, "标为不公开的内容");
  EXPECT_EQ(changes[0].after, "未完成原因");
}

TEST(ChangesJson, KeepsPointerLabelAndBothValues) {
  const auto json = Json::parse(ChangesJson({{"/year", "年度", "2022", std::nullopt}}));
  EXPECT_EQ(json, Json::parse(R"([{"field":"/year","label":"年度","before":"2022","after":null}])"));
}

}  // namespace
}  // namespace jixiao
