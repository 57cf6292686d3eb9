// Text-level checks the report parser runs over the figures it scanned: one figure written
// twice in units that disagree (8948.22万元 vs 8948220元: same digits, another magnitude), and
// listed parts that do not add up to their stated total ("…9558.54万元，其中中央资金…，省级
// 资金…"). Findings go to the ParseContext.
#pragma once

#include "core/evaluation.h"
#include "ingest/parse/context.h"

namespace jixiao::parse {

inline constexpr std::string_view kRuleUnitMismatch = "text.unit_mismatch";
inline constexpr std::string_view kRulePartsShort = "text.parts_short";
inline constexpr std::string_view kRulePartsExceed = "text.parts_exceed";

// Runs both checks over every text paragraph that states a money unit (a total is checked
// against its parts only when its own unit is written).
void RunTextChecks(ParseContext& context);

// The significant digits of a figure as written ("8948.22" -> "894822", "0.50" -> "5").
std::string SignificantDigits(std::string_view number);

// Whether the parse found anything of a self-evaluation report: a budget figure, a project,
// a function or a task.
bool HasReportContent(const Evaluation& evaluation);
// Whether a project states a figure of its own: a budget, spending, a rate or an indicator.
bool HasFigures(const Project& project);

}  // namespace jixiao::parse
