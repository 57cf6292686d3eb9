// The XLSX workbook: a summary sheet (汇总) of the department and every project, then the
// 部门整体 自评表 sheet when the document has department indicators, then one 自评表 sheet per
// project. libxlsxwriter writes to a file, so it goes through a private temporary file that is
// read back and removed.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "base/file.h"
#include "base/text.h"
#include "render/writers.h"
#include "render/xlsx_sheets.h"

namespace jixiao {

namespace xlsx {

Formats MakeFormats(lxw_workbook* wb) {
  auto make = [wb](bool bold, bool wrap, const char* num_format) {
    lxw_format* f = workbook_add_format(wb);
    format_set_border(f, LXW_BORDER_THIN);
    format_set_font_name(f, "仿宋_GB2312");
    format_set_font_size(f, 10.5);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (bold) format_set_bold(f), format_set_align(f, LXW_ALIGN_CENTER), format_set_font_name(f, "黑体");
    if (wrap) format_set_text_wrap(f);
    if (num_format != nullptr) format_set_num_format(f, num_format);
    return f;
  };
  Formats f{make(true, false, nullptr), make(true, true, nullptr), make(false, false, nullptr), make(false, true, nullptr),
            make(false, false, "#,##0.00"), make(false, false, "0.00%"), make(false, false, "0.00"),
            make(false, false, "General")};
  format_set_font_size(f.title, 14);
  format_set_border(f.title, LXW_BORDER_NONE);
  return f;
}

std::string SheetName(std::size_t index, const std::string& project_name) {
  char prefix[16];
  std::snprintf(prefix, sizeof prefix, "%02zu ", index + 1);
  std::string name = prefix;
  std::size_t units = name.size(), pos = 0;
  while (pos < project_name.size()) {
    char32_t cp = NextCodePoint(project_name, pos);
    if (std::u32string_view(U"[]:*?/\\'").find(cp) != std::u32string_view::npos) cp = U'_';
    const std::size_t width = cp > 0xFFFF ? 2 : 1;  // Excel counts UTF-16 units
    if (units + width > 31) break;
    AppendUtf8(name, cp);
    units += width;
  }
  while (name.ends_with(" ")) name.pop_back();
  return name;
}

std::string SheetRef(const std::string& sheet_name) {
  std::string out = "'";
  for (char ch : sheet_name) out += ch == '\'' ? std::string("''") : std::string(1, ch);
  return out + "'";
}

std::string Cell(int row, int col) {
  char buf[32];
  lxw_rowcol_to_cell(buf, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col));
  return buf;
}

Result<std::string> BytesOfTempFile(const std::string& what,
                                    const std::function<Result<bool>(const std::string& path)>& build) {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) dir = "/tmp";
  std::string path = (dir / ("jixiao-" + what + "-XXXXXX")).string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return Fail(ErrorCode::kIo, "无法创建 XLSX 临时文件");
  close(fd);
  auto built = build(path);
  Result<std::string> bytes = built ? ReadFile(path) : Result<std::string>(tl::unexpected(built.error()));
  std::remove(path.c_str());
  return bytes;
}

double ToNumber(Money m) { return static_cast<double>(m.units()) / 100.0; }
double ToNumber(Points p) { return static_cast<double>(p.units()) / 100.0; }
double ToNumber(Quantity q) { return static_cast<double>(q.units()) / 10000.0; }
double ToRatio(Percent p) { return static_cast<double>(p.units()) / 10000.0; }

std::string GradeFormula(const std::string& t, const ScoringProfile& profile) {
  return "=IF(" + t + ">=" + ToString(profile.grade_excellent) + ",\"优\",IF(" + t + ">=" + ToString(profile.grade_good) +
         ",\"良\",IF(" + t + ">=" + ToString(profile.grade_pass) + ",\"中\",\"差\")))";
}

std::string GradeCached(Points total, const ScoringProfile& profile) {
  return std::string(GradeName(GradeOf(total, profile)));
}

namespace {

void Header(lxw_worksheet* ws, const Formats& f, int row) {
  const char* heads[] = {"序号", "项目名称", "资金来源", "全年预算数（元）", "全年执行数（元）", "执行率", "得分", "等级"};
  for (int c = 0; c < 8; ++c) worksheet_write_string(ws, row, static_cast<lxw_col_t>(c), heads[c], f.header);
}

// The department's row. Its score and grade refer to the 部门整体 sheet when there is one
// (`sheet` non-empty), otherwise they are the execution formula plus the projects' weighted block.
void Department(lxw_worksheet* ws, const Formats& f, const Evaluation& ev, const Scores& scores, int row,
                const RenderOptions& o, const std::string& sheet, const ProjectCells& cells) {
  const DepartmentScore& d = scores.overall;
  worksheet_write_string(ws, row, 0, "部门整体", f.header);
  worksheet_write_string(ws, row, 1, ev.unit.name.value_or("").c_str(), f.wrap);
  if (ev.funds.budget_total) worksheet_write_number(ws, row, 3, ToNumber(*ev.funds.budget_total), f.money);
  if (ev.funds.executed_total) worksheet_write_number(ws, row, 4, ToNumber(*ev.funds.executed_total), f.money);
  const std::string b = Cell(row, 3), e = Cell(row, 4);
  worksheet_write_formula_num(ws, row, 5, ("=IF(N(" + b + ")>0," + e + "/" + b + ",\"\")").c_str(), f.percent,
                              d.execution_rate ? ToRatio(*d.execution_rate) : 0.0);
  if (!sheet.empty()) {
    worksheet_write_formula_num(ws, row, 6, ("=" + SheetRef(sheet) + "!" + cells.total).c_str(), f.points,
                                cells.cached_total);
    worksheet_write_formula_str(ws, row, 7, ("=" + SheetRef(sheet) + "!" + cells.grade).c_str(), f.header,
                                cells.cached_grade.c_str());
    worksheet_write_string(ws, row + 1, 1, ("部门整体得分见“" + sheet + "”表（" + d.indicators.note + "）").c_str(),
                           nullptr);
    return;
  }
  const std::string exec = "IF(N(" + b + ")>0,ROUND(MIN(MAX(" + e + ",0)/" + b + ",1)*" +
                           ToString(o.profile.execution_points) + ",2),0)";
  const std::string indicators = d.indicators.earned ? ToString(*d.indicators.earned) : "0";
  worksheet_write_formula_num(ws, row, 6, ("=" + exec + "+" + indicators).c_str(), f.points, ToNumber(d.total));
  const std::string grade = d.indicators.earned ? GradeFormula(Cell(row, 6), o.profile) : "=\"未定级\"";
  worksheet_write_formula_str(ws, row, 7, grade.c_str(), f.header,
                              d.grade ? std::string(GradeName(*d.grade)).c_str() : "未定级");
  worksheet_write_string(ws, row + 1, 1,
                         ("部门整体得分 = 预算执行率得分（公式）+ 绩效指标得分 " + indicators + "（" +
                          d.indicators.note + "）")
                             .c_str(),
                         nullptr);
}

void ProjectRow(lxw_worksheet* ws, const Formats& f, const Project& p, std::size_t i, int row,
                const std::string& sheet, const xlsx::ProjectCells& cells, const ProjectScore& s) {
  worksheet_write_number(ws, row, 0, static_cast<double>(i + 1), f.text);
  worksheet_write_string(ws, row, 1, p.name.c_str(), f.wrap);
  worksheet_write_string(ws, row, 2, p.level == ProjectLevel::kOwn ? "本级" : p.level ? "上级" : "", f.text);
  if (p.budget.total) worksheet_write_number(ws, row, 3, ToNumber(*p.budget.total), f.money);
  if (p.executed) worksheet_write_number(ws, row, 4, ToNumber(*p.executed), f.money);
  const std::string b = Cell(row, 3), e = Cell(row, 4);
  const std::string rate = "=IF(N(" + b + ")>0," + e + "/" + b + ",\"\")";
  if (s.execution_rate) worksheet_write_formula_num(ws, row, 5, rate.c_str(), f.percent, ToRatio(*s.execution_rate));
  else worksheet_write_formula_str(ws, row, 5, rate.c_str(), f.percent, "");
  worksheet_write_formula_num(ws, row, 6, ("=" + SheetRef(sheet) + "!" + cells.total).c_str(), f.points,
                              cells.cached_total);
  worksheet_write_formula_str(ws, row, 7, ("=" + SheetRef(sheet) + "!" + cells.grade).c_str(), f.text,
                              cells.cached_grade.c_str());
}

}  // namespace

}  // namespace xlsx

namespace writer {

namespace {

Result<bool> Build(const std::string& path, const Evaluation& ev, const Scores& scores, const RenderOptions& o) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (wb == nullptr) return Fail(ErrorCode::kIo, "无法创建 XLSX 临时文件 " + path);
  const xlsx::Formats f = xlsx::MakeFormats(wb);
  lxw_worksheet* summary = workbook_add_worksheet(wb, "汇总");
  const std::string year = ev.year ? std::to_string(*ev.year) : "";
  worksheet_merge_range(summary, 0, 0, 0, 7, (ev.unit.name.value_or("") + year + "年度预算绩效自评汇总表").c_str(), f.title);
  xlsx::Header(summary, f, 1);
  std::string department_sheet;
  xlsx::ProjectCells department_cells;
  if (!ev.department_indicators.empty()) {
    department_sheet = "部门整体";
    lxw_worksheet* sheet = workbook_add_worksheet(wb, department_sheet.c_str());
    department_cells = xlsx::WriteDepartmentSheet(sheet, f, ev, scores.overall, o);
  }
  for (std::size_t i = 0; i < ev.projects.size(); ++i) {
    const std::string name = xlsx::SheetName(i, ev.projects[i].name);
    lxw_worksheet* sheet = workbook_add_worksheet(wb, name.c_str());
    if (sheet == nullptr) {
      workbook_close(wb);
      return Fail(ErrorCode::kIo, "XLSX 工作表名无效：" + name);
    }
    const auto cells = xlsx::WriteProjectSheet(sheet, f, ev, i, scores.projects.at(i), o);
    xlsx::ProjectRow(summary, f, ev.projects[i], i, static_cast<int>(i) + 2, name, cells, scores.projects[i]);
  }
  xlsx::Department(summary, f, ev, scores, static_cast<int>(ev.projects.size()) + 2, o, department_sheet,
                   department_cells);
  worksheet_set_column(summary, 1, 1, 40, nullptr);
  worksheet_set_column(summary, 3, 4, 18, nullptr);
  worksheet_freeze_panes(summary, 2, 0);
  const lxw_error error = workbook_close(wb);
  if (error != LXW_NO_ERROR) return Fail(ErrorCode::kIo, std::string("XLSX 生成失败：") + lxw_strerror(error));
  return true;
}

}  // namespace

Result<std::string> Xlsx(const Evaluation& evaluation, const Scores& scores, const RenderOptions& options) {
  return xlsx::BytesOfTempFile("xlsx", [&](const std::string& path) { return Build(path, evaluation, scores, options); });
}

}  // namespace writer

}  // namespace jixiao
