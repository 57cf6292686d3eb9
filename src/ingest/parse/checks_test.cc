// Text-level checks: one figure in two disagreeing units; parts that miss their total.
#include "ingest/parse/checks.h"

#include <gtest/gtest.h>

#include "ingest/parse/report_parser.h"

namespace jixiao::parse {
namespace {

TextDocument Lines(std::initializer_list<const char*> texts) { return TextDocumentFromLines(texts); }

std::vector<std::string> Rules(const TextDocument& document) {
  ParseContext ctx(document);
  RunTextChecks(ctx);
  std::vector<std::string> rules;
  for (const Finding& f : ctx.findings()) {
    rules.push_back(f.rule + " " + (f.span ? DescribeSpan(*f.span) + "：" : "") + f.message);
  }
  return rules;
}

TEST(ParseChecksTest, SameDigitsInAnotherUnitThatDisagrees) {
  const auto rules = Rules(Lines({"上级补助 8948.22万元。", "全年预算数8948220元。"}));
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].rfind("text.unit_mismatch 第 2 行", 0), 0u) << rules[0];
  EXPECT_TRUE(Rules(Lines({"上级补助 8948.22万元。", "全年预算数89482200元。"})).empty());
}

TEST(ParseChecksTest, ListedPartsMustReachTheirTotal) {
  const auto rules = Rules(Lines({"到位上级资金9558.54万元，其中中央资金8948.22万元，省级资金600.32万元。"}));
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].rfind("text.parts_short 第 1 行", 0), 0u) << rules[0];
  EXPECT_NE(rules[0].find("不足 100000 元"), std::string::npos) << rules[0];
  EXPECT_TRUE(Rules(Lines({"到位上级资金9558.54万元，其中中央资金8948.22万元，省级资金610.32万元。"})).empty());
  EXPECT_TRUE(Rules(Lines({"收入792.22万元，其中财政拨款收入792.22万元。"})).empty()) << "one part is not a list";
  const auto over = Rules(Lines({"全年预算数100元（其中，财政拨款资金80元，其他资金30元）"}));
  ASSERT_EQ(over.size(), 1u);
  EXPECT_EQ(over[0].rfind("text.parts_exceed", 0), 0u);
}

TEST(ParseChecksTest, SignificantDigits) {
  EXPECT_EQ(SignificantDigits("8948.22"), "894822");
  EXPECT_EQ(SignificantDigits("89482200"), "894822");
  EXPECT_EQ(SignificantDigits("0.50"), "5");
}

// What a reader could not place is quoted whole: a length in bytes that ends inside a character
// ("年度 实" cut after the first byte of 实) takes the whole character.
TEST(ParseContextTest, AnUnplacedPieceIsQuotedInWholeCharacters) {
  const TextDocument document = Lines({"年度 实际 分值"});
  ParseContext ctx(document);
  ctx.Unrecognized(0, 0, std::string_view("年度 实").size() - 2);
  ASSERT_EQ(ctx.unplaced().size(), 1u);
  EXPECT_EQ(ctx.unplaced()[0].message, "未能识别：年度 实");
}

// Unplaced text becomes info findings at the end, each where it came among the other findings,
// with the span of its line.
TEST(ParseContextTest, UnplacedTextBecomesFindingsInOrder) {
  const TextDocument document = Lines({"上级补助 8948.22万元。", "本年度工作取得明显成效。", "全年预算数8948220元。"});
  ParseContext ctx(document);
  ctx.Unrecognized(1);
  RunTextChecks(ctx);  // a unit mismatch on line 3, found after line 2 was left unplaced
  ctx.Unrecognized(0);
  const std::vector<Finding> findings = WithUnplaced(document, ctx.findings(), ctx.unplaced());
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[0].rule, "ingest.unrecognized");
  EXPECT_EQ(findings[0].span->line, 2);
  EXPECT_EQ(findings[0].message, "未能识别：本年度工作取得明显成效。");
  EXPECT_EQ(findings[1].rule, "text.unit_mismatch");
  EXPECT_EQ(findings[2].span->line, 1);
}

}  // namespace
}  // namespace jixiao::parse
