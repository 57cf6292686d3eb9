// The general reading of a report: the mechanisms that hold for reports nobody tuned to —
// the title names the subject (a department, or the one project or fund the report is
// about), tables are read by their headers (grid.h), figures in sentences by their labels
// (sentences.h). Every line it cannot place is listed as unrecognized with its place.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/context.h"
#include "ingest/parse/report_parser.h"

namespace jixiao::parse {

// Reads `document` with the general mechanisms. Refuses ("不是预算绩效自评报告…") only a
// document that states no budget figure, no project and no indicator. `used`, when given,
// receives one flag per document line: whether anything was read from it.
Result<ParseResult> ReadGeneral(const TextDocument& document, std::vector<bool>* used = nullptr);

// ReadGeneral in two steps, for a caller that may not need the list of unrecognized lines
// (ParseReport keeps the sectioned reading's list when that reading succeeds): the figures
// with `used` filled, then the "ingest.unrecognized" finding of each unused non-blank line.
// `scanned`, when given, holds figures of lines another reading already scanned.
Result<ParseResult> ReadGeneralFigures(const TextDocument& document, std::vector<bool>& used,
                                       LineAmounts* scanned = nullptr);
void ListUnrecognized(const TextDocument& document, const std::vector<bool>& used, std::vector<Finding>& findings);

// Completes `base` (the sectioned reading) with what `general` read and `base` did not: the
// unit and year, department totals, the fields of projects both read, projects only
// `general` found. Drops the text base could not place (`unplaced`) on the lines those came
// from and on the lines of table structure (header rows) `general` used.
void FillFromGeneral(const TextDocument& document, ParseResult& base, ParseResult&& general,
                     const std::vector<bool>& used, std::vector<UnplacedText>& unplaced);

// What a report's title says it is about.
struct TitleSubject {
  std::string_view unit;     // the unit before the year, or empty
  std::string_view project;  // the one project or fund the report covers, or empty
  std::optional<int> year;
};
TitleSubject ReadTitleSubject(std::string_view title);

// A page whose opening names one project, the only one read, states that project's money even
// where its sentences name none: the department's figures move to it (unless the page speaks of
// a department's whole).
void DepartmentToLoneProject(Evaluation& ev, const TextDocument& document);

// The number of figures an evaluation states (totals, each project's name and figures, each
// indicator's values): how much of a report a reading got.
int CountFigures(const Evaluation& evaluation);

}  // namespace jixiao::parse
