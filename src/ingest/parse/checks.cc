#include "ingest/parse/checks.h"

#include <unordered_map>

#include "core/money.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

// Fewer significant digits than this match by chance too often ("100万元" vs "100元").
constexpr std::size_t kMinMatchDigits = 4;

struct Mention {
  std::size_t paragraph;
  const Amount* amount;
};

std::string AsWritten(const Amount& a) { return a.number + std::string(MoneyUnitWord(a.unit)); }

void CheckUnits(ParseContext& ctx, const std::vector<Mention>& mentions) {
  std::unordered_map<std::string, std::size_t> first;  // significant digits -> mention
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const Amount& a = *mentions[i].amount;
    const std::string digits = SignificantDigits(a.number);
    if (digits.size() < kMinMatchDigits) continue;
    const auto [it, inserted] = first.emplace(digits, i);
    if (inserted) continue;
    const Mention& earlier = mentions[it->second];
    const Amount& b = *earlier.amount;
    if (b.unit == a.unit || b.money == a.money) continue;
    const SourceSpan where = ctx.Span(earlier.paragraph, b.begin, b.end - b.begin);
    ctx.AddFinding(std::string(kRuleUnitMismatch), Severity::kWarning, mentions[i].paragraph, a.begin,
                   AsWritten(a) + " 与" + DescribeSpan(where) + "的 " + AsWritten(b) +
                       " 数字相同而单位不同，金额不一致，请核对单位");
  }
}

bool IsChangeLabel(std::string_view label) {
  static const KeywordSet kChangeWords = {"增加", "减少", "同比", "增长", "下降", "上年"};
  return kChangeWords.In(label);
}

void CheckParts(ParseContext& ctx, std::size_t index) {
  const std::vector<Amount>& amounts = ctx.Amounts(index);
  for (std::size_t t = 0; t < amounts.size(); ++t) {
    const Amount& total = amounts[t];
    if (total.kind != AmountKind::kMoney || !total.unit_stated) continue;
    Money sum;
    int parts = 0;
    bool usable = true;
    for (const Amount& a : amounts) {
      if (a.parent != static_cast<int>(t)) continue;
      usable &= a.kind == AmountKind::kMoney && !IsChangeLabel(a.label);
      sum += a.money, ++parts;
    }
    if (!usable || parts < 2 || sum == total.money) continue;
    const bool short_of = sum < total.money;
    ctx.AddFinding(std::string(short_of ? kRulePartsShort : kRulePartsExceed), Severity::kWarning, index,
                   total.begin,
                   std::string(total.label) + " " + AsWritten(total) + "，所列 " + std::to_string(parts) +
                       " 项之和为 " + FormatNatural(sum) + (short_of ? "，不足 " : "，超出 ") +
                       FormatNatural(short_of ? total.money - sum : sum - total.money));
  }
}

}  // namespace

std::string SignificantDigits(std::string_view number) {
  std::string out;
  for (char c : number) {
    if (c >= '0' && c <= '9' && !(out.empty() && c == '0')) out += c;
  }
  while (!out.empty() && out.back() == '0') out.pop_back();
  return out;
}

void RunTextChecks(ParseContext& ctx) {
  std::vector<Mention> mentions;
  for (std::size_t i = 0; i < ctx.paragraphs().size(); ++i) {
    // Both checks need a money figure with its unit stated: no "元", nothing to check.
    if (ctx.paragraph(i).kind != ParagraphKind::kText || !Contains(ctx.paragraph(i).text, "元")) continue;
    for (const Amount& a : ctx.Amounts(i)) {
      if (a.kind == AmountKind::kMoney && a.unit_stated) mentions.push_back({i, &a});
    }
    CheckParts(ctx, i);
  }
  CheckUnits(ctx, mentions);
}

bool HasFigures(const Project& p) {
  return p.budget.total || p.executed || p.execution_rate_stated || !p.indicators.empty();
}

bool HasReportContent(const Evaluation& ev) {
  const DepartmentFunds& f = ev.funds;
  return f.budget_total || f.executed_total || !f.by_economic_class.empty() || f.project_funds ||
         !ev.projects.empty() || !ev.functions.empty() || !ev.tasks.empty();
}

}  // namespace jixiao::parse
