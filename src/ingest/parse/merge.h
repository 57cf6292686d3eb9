// Merging what a self-evaluation table states into what the narrative already read: a value
// the model lacks is filled (with its provenance), a value it has is confirmed, and two values
// that disagree become a "text.table_mismatch" warning that shows both. Used by the table
// readers for project and department figures.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/evaluation.h"
#include "ingest/parse/context.h"

namespace jixiao::parse {

inline constexpr std::string_view kRuleTableMismatch = "text.table_mismatch";

// Where a table value was read: paragraph text[offset, offset + length).
struct TableSite {
  std::size_t paragraph = 0;
  std::size_t offset = 0;
  std::size_t length = 0;
};

// Fills or checks one figure. `pointer` is its JSON pointer, `what` names it in messages
// ("项目“物业管理项目”的全年预算数").
void MergeMoney(ParseContext& ctx, std::optional<Money>& field, Money value, const std::string& pointer,
                const std::string& what, const TableSite& site);
void MergePercent(ParseContext& ctx, std::optional<Percent>& field, Percent value, const std::string& pointer,
                  const std::string& what, const TableSite& site);

// Adds an extra money field ("initial") unless it is there already; checks it otherwise.
void MergeExtraMoney(ParseContext& ctx, Extras& extras, std::string_view key, Money value, const std::string& pointer,
                     const std::string& what, const TableSite& site);

// A stated satisfaction restated by a table row (满意度指标 without a target): true when the
// row is that statement (confirmed, or reported when its figure differs).
bool MergeSatisfactionRow(ParseContext& ctx, const Project& project, const Indicator& row, const std::string& pointer,
                          const TableSite& site);

}  // namespace jixiao::parse
