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

// A line of an indicators' analysis that names one indicator before a colon and states its
// figure last ("开展工作督导：一个季度开展工作督导一次，共4次。" -> actual 4次; "服务对象满意度：
// 服务对象满意度≥80%。" -> target ≥80%); nullopt for any other line.
std::optional<ProseIndicator> NamedIndicatorLine(std::string_view text);

}  // namespace jixiao::parse
