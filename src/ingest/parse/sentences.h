// Figures in sentences: each money figure or rate of a prose line with the label written
// before it, classified by the lexicon (拨付 / 支出 / 使用 -> executed; 总额 / 安排 / 下达 ->
// budget; 执行率 -> rate; 满意度 -> satisfaction) and bound to the project the label names
// ("布达拉宫消防提升工程项目1613万元"), to the project the text last named when the label
// speaks of a project ("项目资金共603万元"), or to the subject of the report.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/parse/amounts.h"
#include "ingest/parse/binding.h"

namespace jixiao::parse {

// What the sentence reader carries from line to line: the project the text named last.
struct SentenceState {
  std::string last_project;  // empty until a project is named
  Place last_place;
  // The numbering level of the heading that named last_project ("（一）办公楼维修项目"): figures
  // under it are that project's until a heading of the same or a higher level; 0 when none.
  int project_heading_level = 0;
  bool heading_named_project = false;  // last_project is the one that heading (or item) named
  LineAmounts* scanned = nullptr;  // figures of lines already scanned, or none
  // The numbering level of the heading that opened an analysis of indicators ("（三）绩效指标
  // 完成情况分析"): its lines may name one indicator each; 0 outside one.
  int indicator_section_level = 0;
  // In that analysis, the line of an indicator level standing alone ("（1）数量指标。"): the line
  // after it states what each indicator of that level reached.
  std::optional<std::size_t> level_line;
  // In that analysis, the indicator a numbered heading of its own names ("（1）培训中小学教师"): the
  // lines under it state its target and what it reached without naming it; empty when none.
  std::string indicator_heading;
  Place indicator_heading_place;
  // The unit a caption stated for the figures after it ("资金情况（单位：元）"), for numbers
  // written without one; reset by a line of prose that states its units.
  std::optional<MoneyUnit> caption_unit;
  // A line ended in a list's cue and colon ("具体如下："): the numbered items on the lines after it
  // name one project each, with its figure ("1、档案整理费5万元，主要用于…").
  bool list_lines = false;
  // The cells of the last row of a table's header read as text ("序号 | 项目名称 | 存在问题（2022年度）
  // | … | 2023年度自评情况"): the columns of the rows of sentences under it.
  std::vector<std::string> row_header;
};

// Reads the figures of document line `line`; true when any was placed.
bool ReadSentenceFigures(const TextDocument& document, std::size_t line, Binder& binder, SentenceState& state);

// The project a figure's label names, without the words that lead to it ("具体是：", "支持",
// "下达"); empty when the label names none (a place, a unit, a generic 项目资金).
std::string_view ProjectNameInLabel(std::string_view label);

// Whether a text holds the words a web page puts around a report ("扫一扫在手机打开当前页",
// "打印本页", "浏览次数"): no report's words.
bool IsPageChrome(std::string_view text);

// Project names written in running text ("用于A等9个产业扶贫项目支出" -> "A等9个产业扶贫项目"):
// each a clause's words ending in 项目, generic ones (该项目, 本项目) left out.
struct NamedProject {
  std::string_view name;
  std::size_t end = 0;  // byte offset after the name in the text
};
std::vector<NamedProject> ProjectPhrases(std::string_view text);

// "共有4个市直发展项目,分别为A、B、C、D": the names a sentence lists after counting them, when as
// many follow as it counts and each reads as a project's or a fund's name; empty otherwise.
std::vector<std::string_view> CountedListNames(std::string_view text);

}  // namespace jixiao::parse
