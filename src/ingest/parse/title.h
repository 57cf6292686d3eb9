// The title block at the top of a report: "<单位>2022年度部门预算绩效自评报告", possibly
// wrapped over several short lines (a centred title broken into a trapezoid) and possibly
// below an attachment number ("附件4-1"). Joins the title's lines into one paragraph and
// reads the year and the unit from it. Pure functions over paragraphs the caller owns.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/parse/paragraphs.h"

namespace jixiao::parse {

// Whether `text` reads as a report or table title: short, names a 报告 / 自评表 / 评价表, no
// sentence inside.
bool IsTitleText(std::string_view text);

// The year (2000-2099) and the unit written before it in a title; the unit is empty when the
// text before the year is not a unit name ("关于", a table name…).
struct TitleFacts {
  std::optional<int> year;
  std::string_view unit;
};
TitleFacts ReadTitle(std::string_view title);

// Joins the lines of a title wrapped over several paragraphs at the top of a document
// ("黔南州自然资源局2022年" + "度部门预算绩效自评报告"): consecutive short lines before the
// body text, the first of which is not an attachment label ("附件4-1"), up to the line whose
// end completes a title. Other paragraphs are left as they are.
void JoinTitleLines(std::vector<Paragraph>& paragraphs);

}  // namespace jixiao::parse
