// Internal to render/: the spreadsheet (libxlsxwriter) form of the 自评表: a summary sheet,
// a 部门整体 sheet when the document has department indicators, and one sheet per project whose rates, scores, totals and grades are live formulas with
// cached results, so a corrected figure re-scores in Excel and shows correctly in viewers.
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <string>

#include "base/result.h"
#include "core/evaluation.h"
#include "render/options.h"
#include "rules/scoring.h"

namespace jixiao::xlsx {

struct Formats {
  lxw_format* title;
  lxw_format* header;
  lxw_format* text;
  lxw_format* wrap;
  lxw_format* money;
  lxw_format* percent;
  lxw_format* points;
  lxw_format* number;
};
Formats MakeFormats(lxw_workbook* workbook);

// "02 自然资源业务提升项目": at most 31 UTF-16 units, none of []:*?/\, unique by its number.
std::string SheetName(std::size_t index, const std::string& project_name);
std::string SheetRef(const std::string& sheet_name);  // 'name' with quotes doubled
std::string Cell(int row, int col);                   // zero-based -> "C5"

// libxlsxwriter writes only to files: runs `build` on a private temporary file whose name
// starts with jixiao-`what`-, returns the bytes it wrote and removes the file either way.
Result<std::string> BytesOfTempFile(const std::string& what,
                                    const std::function<Result<bool>(const std::string& path)>& build);

double ToNumber(Money m);
double ToNumber(Points p);
double ToNumber(Quantity q);
double ToRatio(Percent p);  // 22.52% -> 0.2252

// Where a project sheet put its total and grade, for the summary to refer to.
struct ProjectCells {
  std::string total;
  std::string grade;
  double cached_total = 0;
  std::string cached_grade;
};

ProjectCells WriteProjectSheet(lxw_worksheet* sheet, const Formats& f, const Evaluation& evaluation,
                               std::size_t index, const ProjectScore& score, const RenderOptions& options);
// The 部门整体支出绩效自评表 (DOMAIN.md §3) of evaluation.department_indicators.
ProjectCells WriteDepartmentSheet(lxw_worksheet* sheet, const Formats& f, const Evaluation& evaluation,
                                  const DepartmentScore& score, const RenderOptions& options);

// The grade formula of DOMAIN.md §1 with the profile's thresholds.
std::string GradeFormula(const std::string& total_cell, const ScoringProfile& profile);
std::string GradeCached(Points total, const ScoringProfile& profile);

}  // namespace jixiao::xlsx
