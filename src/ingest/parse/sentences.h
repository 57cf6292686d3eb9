// Figures in sentences: each money figure or rate of a prose line with the label written
// before it, classified by the lexicon (拨付 / 支出 / 使用 -> executed; 总额 / 安排 / 下达 ->
// budget; 执行率 -> rate; 满意度 -> satisfaction) and bound to the project the label names
// ("布达拉宫消防提升工程项目1613万元") or to the subject of the report.
#pragma once

#include <cstddef>
#include <string_view>

#include "ingest/parse/binding.h"

namespace jixiao::parse {

// Reads the figures of document line `line`; true when any was placed.
bool ReadSentenceFigures(const TextDocument& document, std::size_t line, Binder& binder);

// The project a figure's label names, without the words that lead to it ("具体是：", "支持",
// "一是"); empty when the label names none (a place, a unit, a generic 项目资金).
std::string_view ProjectNameInLabel(std::string_view label);

}  // namespace jixiao::parse
