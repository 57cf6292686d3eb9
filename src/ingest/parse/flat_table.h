// A self-evaluation table whose Word cells were flattened into run-together text, e.g.
// "年度资金总额194.9194.9100%其中:…" for 194.9 | 194.9 | 100%, cell text wrapped with spaces
// ("产 出 指 标") and page markers ("2、") cutting rows. Reads the project name, department,
// funds and indicators back, choosing number splits that satisfy the table's own constraints
// (执行率 = 执行数 / 预算数; a target and an actual per indicator).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/parse/context.h"
#include "ingest/parse/projects.h"

namespace jixiao::parse {

// Whether a text paragraph opens a flattened table (a 自评表 title run together with cells).
bool StartsFlatTable(std::string_view text);
// Whether a text paragraph continues one (indicator cells after a page marker).
bool ContinuesFlatTable(std::string_view text);

// Reads the paragraphs of one flattened table into the current project.
void ReadFlatTable(ParseContext& context, ProjectsParser& projects, const std::vector<std::size_t>& paragraphs);

// Splits a run "194.9194.9100" (before a "%") into budget, executed and rate such that
// executed / budget rounds to the rate; nullopt when no split fits.
struct FundsSplit {
  std::string budget, executed, rate;
};
// `points_before_rate`: the run holds each row's points (分值, a whole number up to 100) between
// the executed figure and the rate ("202010100.00" -> 20 | 20 | 10 | 100.00); they are dropped.
std::optional<FundsSplit> SplitFundsRun(std::string_view digits, bool points_before_rate = false);

}  // namespace jixiao::parse
