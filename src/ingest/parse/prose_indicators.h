// Indicators written in sentences rather than tables: a target and what was achieved stated
// in turn ("预定村集体收入60.3万元，实际已完成村集体收入60.3万元"), and the 绩效目标 lists
// ("①数量指标：雨水资源化利用125万吨/年；内涝积水区段消除比例达到40%"). Pure scanning.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/evaluation.h"

namespace jixiao::parse {

struct ProseIndicator {
  Indicator indicator;
  std::size_t offset = 0;  // where its name starts in the text
  std::size_t length = 0;
};

std::vector<ProseIndicator> ReadProseIndicators(std::string_view text);
// Whether every bracket opened in an indicator's name closes in it (not words cut inside one:
// "受益农户满意度（目标值：", "）实际完成").
bool BracketsBalanced(std::string_view name);
// Whether a name is only a verb of what was reached ("实现", "全年完成"): no indicator's.
bool IsAchievedWord(std::string_view name);

// A line of an indicators' analysis that names one indicator before a colon and states its
// figure last ("开展工作督导：一个季度开展工作督导一次，共4次。" -> actual 4次; "服务对象满意度：
// 服务对象满意度≥80%。" -> target ≥80%); nullopt for any other line.
std::optional<ProseIndicator> NamedIndicatorLine(std::string_view text);

// Where what follows an indicator level at the start of `text` begins ("数量指标。该项目处治里程8公里"
// -> "该项目…"; text.size() for a level standing alone, "（1）数量指标。"), npos when `text` (trimmed,
// its heading number already left out) opens with no level.
std::size_t AfterLevel(std::string_view text);

// The clauses of a line in an analysis of what was achieved, under an indicator level ("该项目
// 处治里程8公里，完成工程量波型护栏1820米，标志标牌18块。"): each names an indicator and the value it
// reached; a value after ≥ or ≤ is a target ("群众满意度≥95%").
std::vector<ProseIndicator> ReadAchievedClauses(std::string_view text);

// Only the indicators a clause states as a target and the next as reached ("农村危房改造任务数为
// 115户,实际完成农村危房改造264户"): a pair that says itself what it is, wherever it stands.
std::vector<ProseIndicator> ReadTargetReachedPairs(std::string_view text);

}  // namespace jixiao::parse
