#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "base/text.h"
#include "render/render.h"
#include "render/testing/sample.h"
#include "render/xlsx_sheets.h"

namespace jixiao {
namespace {

std::size_t Utf16Units(const std::string& text) {
  std::size_t pos = 0, units = 0;
  while (pos < text.size()) units += NextCodePoint(text, pos) > 0xFFFF ? 2 : 1;
  return units;
}

TEST(XlsxSheetNameTest, ShortUniqueAndClean) {
  const std::string names[] = {"自然资源业务提升项目", "贵州苗岭山脉历史遗留废弃矿山生态修复示范工程项目（2022年中央资金第二批）",
                               "a/b\\c[d]e:f*g?h'i", "", "𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀𠀀"};
  std::set<std::string> seen;
  for (std::size_t i = 0; i < std::size(names); ++i) {
    const std::string name = xlsx::SheetName(i, names[i]);
    EXPECT_LE(Utf16Units(name), 31u) << name;
    EXPECT_EQ(name.find_first_of("[]:*?/\\'"), std::string::npos) << name;
    EXPECT_FALSE(name.empty());
    EXPECT_TRUE(seen.insert(name).second) << name;
  }
  EXPECT_EQ(xlsx::SheetName(0, "自然资源业务提升项目"), "01 自然资源业务提升项目");
  EXPECT_EQ(xlsx::SheetRef("it's"), "'it''s'");
  EXPECT_EQ(xlsx::Cell(4, 2), "C5");
}

class XlsxTest : public ::testing::Test {
 protected:
  std::string dir_ = testing::TempDir("xlsx");
  void TearDown() override {
    if (!HasFailure()) std::filesystem::remove_all(dir_);
  }
  // Unzips the workbook of `ev` and returns the XML of one sheet.
  std::string Sheet(const Evaluation& ev, int n) {
    const RenderOptions options;
    auto bytes = RenderReport(ev, ScoreEvaluation(ev, options.profile), {}, ReportFormat::kXlsx, options);
    EXPECT_TRUE(bytes);
    testing::WriteBytes(dir_ + "/book.xlsx", bytes ? *bytes : "");
    std::string xml;
    testing::Run("unzip -p " + dir_ + "/book.xlsx xl/worksheets/sheet" + std::to_string(n) + ".xml", &xml);
    return xml;
  }
};

TEST_F(XlsxTest, ExampleProjectSheetHasLiveFormulas) {
  if (!testing::HaveTool("unzip")) GTEST_SKIP() << "unzip not installed";
  const Evaluation ev = testing::LoadExample();
  const std::string sheet2 = Sheet(ev, 2);
  EXPECT_NE(sheet2.find("<f>IF(N(C5)&gt;0,D5/C5,\"\")</f><v>1</v>"), std::string::npos) << sheet2;
  EXPECT_NE(sheet2.find("<f>IF(N(C5)&gt;0,ROUND(MIN(MAX(D5,0)/C5,1)*H5,2),\"未评分\")</f><v>10</v>"), std::string::npos);
  EXPECT_NE(sheet2.find("SUM(I5"), std::string::npos);
  EXPECT_NE(sheet2.find("未定级"), std::string::npos);  // no indicators: no grade, not full marks
  const std::string summary = Sheet(ev, 1);
  EXPECT_NE(summary.find("<f>'01 自然资源业务提升项目'!I"), std::string::npos) << summary;
}

TEST_F(XlsxTest, IndicatorScoresFollowTheComparatorRule) {
  if (!testing::HaveTool("unzip")) GTEST_SKIP() << "unzip not installed";
  const std::string sheet2 = Sheet(testing::GenerateLarge(3, 10), 2);
  const std::regex formula("<f>([^<]*)</f>");
  int count = 0;
  for (std::sregex_iterator it(sheet2.begin(), sheet2.end(), formula), end; it != end; ++it) ++count;
  EXPECT_GE(count, 12);  // rate, execution, 9 quantitative indicators, totals, grade
  EXPECT_NE(sheet2.find("<f>ROUND(IF(MAX(F9,0)&gt;=E9,H9,H9*MAX(F9,0)/E9),2)</f>"), std::string::npos) << sheet2;
  EXPECT_NE(sheet2.find("IF(MAX(F13,0)&gt;=2*E13,0,"), std::string::npos);  // ≤ indicator, linear rule
  EXPECT_NE(sheet2.find("&gt;=90,\"优\""), std::string::npos);
}

TEST_F(XlsxTest, DepartmentIndicatorsGetTheirOwnSheetAfterTheSummary) {
  if (!testing::HaveTool("unzip")) GTEST_SKIP() << "unzip not installed";
  const Evaluation ev = testing::WithDepartmentIndicators(testing::LoadExample());  // worked in testing/sample.h
  const std::string sheet2 = Sheet(ev, 2);
  // Row 4: execution; rows 6-9: the indicators; row 10: the total.
  EXPECT_NE(sheet2.find("<f>IF(N(C4)&gt;0,ROUND(MIN(MAX(D4,0)/C4,1)*H4,2),\"未评分\")</f><v>2.25</v>"), std::string::npos)
      << sheet2;
  EXPECT_NE(sheet2.find("<f>ROUND(IF(MAX(F6,0)&gt;=E6,H6,H6*MAX(F6,0)/E6),2)</f><v>6.76</v>"), std::string::npos);
  EXPECT_NE(sheet2.find("IF(MAX(F7,0)&gt;=2*E7,0,"), std::string::npos);  // 三公经费控制率 ≤, linear rule
  // Cached values are doubles as libxlsxwriter prints them (67.51 → "67.51000000000001").
  EXPECT_NE(sheet2.find("<f>SUM(I4,I6:I9)</f><v>67.51"), std::string::npos) << sheet2;
  std::string strings;
  testing::Run("unzip -p " + dir_ + "/book.xlsx xl/sharedStrings.xml", &strings);
  EXPECT_NE(strings.find("部门整体支出绩效自评表（2022年度）"), std::string::npos);
  EXPECT_NE(strings.find("预算完成率（完成数/预算数）"), std::string::npos);
  const std::string summary = Sheet(ev, 1);
  EXPECT_NE(summary.find("<f>'部门整体'!I10</f><v>67.51"), std::string::npos) << summary;
  EXPECT_NE(summary.find("<f>'部门整体'!I11</f><v>中</v>"), std::string::npos) << summary;
  EXPECT_NE(Sheet(ev, 3).find("<f>IF(N(C5)&gt;0,D5/C5,\"\")</f><v>1</v>"), std::string::npos);  // first project
}

}  // namespace
}  // namespace jixiao
