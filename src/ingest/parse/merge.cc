#include "ingest/parse/merge.h"

#include "core/money.h"
#include "ingest/parse/department.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

void Mismatch(ParseContext& ctx, const std::string& pointer, const std::string& what, const std::string& table,
              const std::string& narrative, const TableSite& site) {
  ctx.AddFinding(std::string(kRuleTableMismatch), Severity::kWarning, site.paragraph, site.offset,
                 "自评表中" + what + "为 " + table + "，与正文所述 " + narrative + " 不一致，请核对", pointer);
  Finding& f = ctx.findings().back();
  f.stated = narrative;
  f.computed = table;
}

}  // namespace

void MergeMoney(ParseContext& ctx, std::optional<Money>& field, Money value, const std::string& pointer,
                const std::string& what, const TableSite& site) {
  if (!field) {
    field = value;
    ctx.Record(pointer, site.paragraph, site.offset, site.length);
  } else if (*field != value) {
    Mismatch(ctx, pointer, what, FormatNatural(value), FormatNatural(*field), site);
  }
}

void MergePercent(ParseContext& ctx, std::optional<Percent>& field, Percent value, const std::string& pointer,
                  const std::string& what, const TableSite& site) {
  if (!field) {
    field = value;
    ctx.Record(pointer, site.paragraph, site.offset, site.length);
  } else if (*field != value) {
    Mismatch(ctx, pointer, what, ToString(value) + "%", ToString(*field) + "%", site);
  }
}

void MergeExtraMoney(ParseContext& ctx, Extras& extras, std::string_view key, Money value, const std::string& pointer,
                     const std::string& what, const TableSite& site) {
  for (const auto& [name, raw] : extras) {
    if (name != key) continue;
    const std::string stated = JsonMoney(value);
    if (raw != stated) {
      const auto before = ParseMoney(std::string_view(raw).substr(1, raw.size() - 2));
      Mismatch(ctx, pointer, what, FormatNatural(value), before ? FormatNatural(*before) : raw, site);
    }
    return;
  }
  extras.emplace_back(std::string(key), JsonMoney(value));
  ctx.Record(pointer, site.paragraph, site.offset, site.length);
}

bool MergeSatisfactionRow(ParseContext& ctx, const Project& project, const Indicator& row, const std::string& pointer,
                          const TableSite& site) {
  const bool satisfaction_row =
      Contains(row.level1.value_or(""), "满意度") || Contains(row.level2.value_or(""), "满意度");
  if (!satisfaction_row || row.target || row.target_text || !row.actual) return false;
  if (!project.satisfaction || !project.satisfaction->stated) return false;
  const std::string table = ToString(*row.actual), narrative = ToString(*project.satisfaction->stated);
  if (table != narrative) {
    Mismatch(ctx, pointer, "项目“" + project.name + "”的满意度", table + "%", narrative + "%", site);
  }
  return true;
}

}  // namespace jixiao::parse
