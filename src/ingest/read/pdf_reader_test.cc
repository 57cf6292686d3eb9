#include "ingest/read/pdf_reader.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <gtest/gtest.h>
#include <pango/pangocairo.h>

#include "base/file.h"
#include "base/text.h"
#include "ingest/read/pdf_layout.h"
#include "ingest/read/pdf_table.h"
#include "ingest/read/reader_test_util.h"
#include "ingest/read/txt_reader.h"

namespace jixiao {
namespace {

const std::string kFixtures = JIXIAO_FIXTURES;

using testing_util::NoSpace;
using testing_util::NonEmptyLines;

TextDocument MustReadPdf(const std::string& file) {
  auto document = ReadPdf(*ReadFile(kFixtures + "/generated/" + file), file);
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().message);
  return document.value_or(TextDocument{});
}

TEST(ReadPdf, ExampleReportHasTheSameLinesAsTheText) {
  const TextDocument txt = *ReadTxt(*ReadFile(kFixtures + "/reports/qiannan-natural-resources-2022.txt"), "q.txt");
  const TextDocument pdf = MustReadPdf("qiannan.pdf");
  EXPECT_EQ(pdf.page_count, 6);
  EXPECT_EQ(NonEmptyLines(pdf), NonEmptyLines(txt));
  int budget_lines = 0;
  for (std::size_t i = 0; i < pdf.lines.size(); ++i) {
    const TextLine& line = pdf.lines[i];
    EXPECT_GE(line.page, 1);
    EXPECT_LE(line.page, 6);
    if (line.text.find("全年预算数") != std::string::npos) ++budget_lines;
    if (line.text.starts_with("2.全年预算数115586771.12元")) {
      EXPECT_EQ(line.page, 2);
      EXPECT_FALSE(line.wraps.empty());  // a long paragraph over several physical lines
      const SourceSpan span = SpanAt(pdf, i, line.text.find("2023"));
      EXPECT_EQ(span.page, 2);
      EXPECT_GT(span.line, line.number);
    }
  }
  EXPECT_EQ(budget_lines, 14);
}

TEST(ReadPdf, StructuredDocumentKeepsNumberingTablesAndPages) {
  const TextDocument pdf = MustReadPdf("structured.pdf");
  ASSERT_GE(pdf.lines.size(), 14u);
  EXPECT_EQ(pdf.lines[1].text, "一、整体支出绩效自评情况");
  EXPECT_EQ(pdf.lines[5].text, "（1）资金使用情况：全年预算数45500元，全年执行数45500元，执行率100%。");
  std::vector<std::vector<std::string>> rows;
  for (const TextLine& line : pdf.lines) {
    if (line.is_table_row() && line.cells.size() == 5) rows.push_back(line.cells);
    EXPECT_EQ(line.text.find("—"), std::string::npos) << "page number kept: " << line.text;
  }
  const std::vector<std::vector<std::string>> expected = {
      {"项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"},
      {"业务提升", "45500", "45500", "45500", "100%"},
      {"物业管理", "136500", "136500", "120000", "87.91%"},
  };
  EXPECT_EQ(rows, expected);
  const TextLine& last = pdf.lines.back();
  EXPECT_EQ(last.page, 2);
  EXPECT_EQ(last.number, 1);
  EXPECT_TRUE(last.text.starts_with("第二页正文"));
}

TEST(ReadPdf, RejectsBrokenFiles) {
  const std::string good = *ReadFile(kFixtures + "/generated/structured.pdf");
  std::string no_xref = good;
  no_xref.replace(no_xref.find("startxref"), 9, "startxxxx");
  struct Case {
    std::string name;
    std::string bytes;
    std::string message;
  };
  const Case cases[] = {
      {"half", good.substr(0, good.size() / 2), "PDF 文件不完整"},
      {"not-pdf", "hello", "不是 PDF 文件"},
      {"header-only", "%PDF-1.4\n%%EOF\n", "PDF 文件已损坏"},
      {"garbage-body", "%PDF-1.7\n" + std::string(3000, 'x') + "\n%%EOF", "PDF 文件已损坏"},
  };
  for (const Case& c : cases) {
    auto document = ReadPdf(c.bytes, "x.pdf");
    ASSERT_FALSE(document.has_value()) << c.name;
    EXPECT_NE(document.error().message.find(c.message), std::string::npos) << c.name << ": " << document.error().message;
    EXPECT_TRUE(document.error().message.starts_with("文件 x.pdf：")) << c.name;
  }
  // A damaged cross-reference table is repaired by poppler: the text is still read.
  EXPECT_TRUE(ReadPdf(no_xref, "x.pdf").has_value());
}

TEST(PdfLayout, RecognisesPageNumberLines) {
  struct Case {
    std::string text;
    bool page_number;
  };
  const Case cases[] = {
      {"— 3 —", true},     {"- 12 -", true},  {"3", true},           {"第 3 页", true},
      {"第3页 共6页", true}, {"3/6", true},    {"－ ３ －", true},     {"一、概述", false},
      {"3.负责", false},    {"100%", false},   {"2023年4月13日", false},
  };
  for (const Case& c : cases) EXPECT_EQ(pdf::IsPageNumberLine(c.text), c.page_number) << c.text;
}

pdf::Box Word(double x0, double y0, const std::string& text, double width, double unit = 10) {
  return {x0, y0, x0 + width, y0 + 13, text, false, unit};
}

TEST(PdfLayout, JoinsWrappedLinesOnlyWhenTheNextUnitWouldNotFit) {
  // Right edge 500. Line 1 is full and "号）" (20 wide) would not fit: joined. Line 2 ends
  // at 480 and "年" (10) would have fitted: a new paragraph. So does line 3.
  std::vector<pdf::Box> boxes = {
      Word(50, 100, "一二三", 450),  Word(50, 114.5, "号）四五", 430, 20),
      Word(50, 129, "年度工作", 250), Word(50, 143.5, "新段落", 30),
  };
  std::vector<TextLine> lines = pdf::JoinWrappedLines(pdf::LayoutPage(boxes, 1));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "一二三号）四五");
  ASSERT_EQ(lines[0].wraps.size(), 1u);
  EXPECT_EQ(lines[0].wraps[0].number, 2);
  EXPECT_EQ(lines[1].text, "年度工作");
  EXPECT_EQ(lines[2].text, "新段落");
}

TEST(PdfLayout, LinesAtAWidePitchJoinWhenThatPitchIsTheTexts) {
  // An official document's fixed line spacing: each line a line's height below the last. Full
  // lines still join the next (a figure's unit broken off: "1288.50" / "万元"); a short line ends
  // its paragraph, an indented line opens the next.
  std::vector<pdf::Box> boxes = {
      Word(70, 100, "部门预算总额1288.50", 430), Word(50, 126, "万元，执行率93.06%。", 200),
      Word(70, 152, "该项目全年预算数222.41万元，全年执", 430), Word(50, 178, "行数222.41万元。", 150),
      Word(70, 204, "新段落", 30),
  };
  std::vector<TextLine> lines = pdf::JoinWrappedLines(pdf::LayoutPage(boxes, 1));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "部门预算总额1288.50万元，执行率93.06%。");
  EXPECT_EQ(lines[1].text, "该项目全年预算数222.41万元，全年执行数222.41万元。");
  EXPECT_EQ(lines[2].text, "新段落");
  // (A title as wide as the text, set at that pitch, ends before the heading under it.)
  std::vector<pdf::Box> titled = {
      Word(50, 100, "某局2024年度部门整体支出绩效自评报告", 450), Word(50, 126, "一、部门基本情况", 80),
      Word(70, 152, "本局内设机构7个，下属事业单位2个，主要职责是负责全县的", 430), Word(50, 178, "市场监督管理工作。", 90),
      Word(70, 204, "新段落", 30),
  };
  lines = pdf::JoinWrappedLines(pdf::LayoutPage(titled, 1));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0].text, "某局2024年度部门整体支出绩效自评报告");
  EXPECT_EQ(lines[1].text, "一、部门基本情况");
  // (Nor a full line that ends its sentence: a field's paragraph set at the same pitch stays apart.)
  std::vector<pdf::Box> fields = {
      Word(50, 100, "完成情况：办结同步过户2600余宗，调查成果通过质检入库。", 450), Word(50, 126, "取得的成绩：平均办结时长为0.34天。", 200),
      Word(70, 152, "全年预算数1288.50", 430), Word(50, 178, "万元。", 30), Word(70, 204, "新段落", 30),
  };
  lines = pdf::JoinWrappedLines(pdf::LayoutPage(fields, 1));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1].text, "取得的成绩：平均办结时长为0.34天。");
}

TEST(PdfLayout, AutoSpacingBetweenChineseAndDigitsIsNotASpace) {
  std::vector<pdf::Box> boxes = {Word(50, 100, "全年预算数", 50), Word(102, 100, "45500", 30),
                                 Word(134, 100, "元", 10), Word(300, 100, "备注", 20)};
  boxes[0].space_after = boxes[1].space_after = true;
  const std::vector<pdf::PlacedLine> lines = pdf::LayoutPage(boxes, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].line.text, "全年预算数45500元\t备注");
  EXPECT_FALSE(lines[0].line.is_table_row());  // one line alone is not a table
}

// ---- PDFs drawn for the layout tests: text placed at given points with Cairo and Pango, in
// the CJK face the report renderer uses, on A4 pages. ------------------------------------------

class Drawing {
 public:
  Drawing() : surface_(cairo_pdf_surface_create_for_stream(Append, &bytes_, 595, 842)), cr_(cairo_create(surface_)) {
    cairo_set_line_width(cr_, 0.5);
  }
  ~Drawing() {
    if (cr_) cairo_destroy(cr_);
    if (surface_) cairo_surface_destroy(surface_);
  }
  Drawing(const Drawing&) = delete;
  Drawing& operator=(const Drawing&) = delete;

  // `text` on one line with its top left corner at (x, y).
  void Text(double x, double y, const std::string& text, double size = 10.5) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    PangoFontDescription* font = pango_font_description_from_string("Noto Serif CJK SC");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
  }
  // `text` centred in [x0, x1].
  void Centred(double x0, double x1, double y, const std::string& text, double size = 10.5) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    PangoFontDescription* font = pango_font_description_from_string("Noto Serif CJK SC");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    cairo_move_to(cr_, (x0 + x1 - width / static_cast<double>(PANGO_SCALE)) / 2, y);
    pango_cairo_show_layout(cr_, layout);
    pango_font_description_free(font);
    g_object_unref(layout);
  }
  double Width(const std::string& text, double size = 10.5) {
    PangoLayout* layout = pango_cairo_create_layout(cr_);
    PangoFontDescription* font = pango_font_description_from_string("Noto Serif CJK SC");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_layout_set_font_description(layout, font);
    pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
    int width = 0, height = 0;
    pango_layout_get_size(layout, &width, &height);
    pango_font_description_free(font);
    g_object_unref(layout);
    return width / static_cast<double>(PANGO_SCALE);
  }
  // Without rules, tables are found by their text alone (a PDF whose tables draw no borders, or
  // whose borders are images): what pdf_table.h rebuilds.
  void WithoutRules() { rules_ = false; }
  void Rule(double x0, double y0, double x1, double y1) {
    if (!rules_) return;
    cairo_move_to(cr_, x0, y0);
    cairo_line_to(cr_, x1, y1);
    cairo_stroke(cr_);
  }
  void NextPage() { cairo_show_page(cr_); }
  std::string Finish() {
    cairo_destroy(cr_);
    cr_ = nullptr;
    cairo_surface_finish(surface_);
    cairo_surface_destroy(surface_);
    surface_ = nullptr;
    return bytes_;
  }

 private:
  static cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  }
  std::string bytes_;
  bool rules_ = true;
  cairo_surface_t* surface_;
  cairo_t* cr_;
};

TextDocument ReadDrawing(Drawing& drawing) {
  auto document = ReadPdf(drawing.Finish(), "drawn.pdf");
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().message);
  return document.value_or(TextDocument{});
}

std::vector<std::vector<std::string>> Rows(const TextDocument& document) {
  std::vector<std::vector<std::string>> rows;
  for (const TextLine& line : document.lines) {
    if (line.is_table_row()) rows.push_back(line.cells);
  }
  return rows;
}

// A table's rows as the rebuilder hands them on, at `y0`..`y1` on page 1 (0: where unknown).
pdf::TableRow RowOf(std::vector<std::string> cells, double y0 = 0, double y1 = 0) {
  pdf::TableRow row;
  row.cells = std::move(cells);
  row.page = 1, row.y0 = y0, row.y1 = y1;
  return row;
}

std::vector<std::vector<std::string>> Rows(const std::vector<pdf::TableRow>& rows) {
  std::vector<std::vector<std::string>> cells;
  for (const pdf::TableRow& row : rows) cells.push_back(row.cells);
  return cells;
}

std::vector<std::string> Prose(const TextDocument& document) {
  std::vector<std::string> lines;
  for (const TextLine& line : document.lines) {
    if (!line.is_table_row()) lines.push_back(line.text);
  }
  return lines;
}

// A table with ruling lines whose cells are drawn line by line: `cells[r][c]` holds the lines
// of a cell, centred vertically in its row (as word processors and LibreOffice's HTML import
// lay them out); rows are as tall as their tallest cell plus padding.
// With `latin_pitch`, a cell of Latin text only (digits, "%") has its lines that close, as
// LibreOffice sets them in a Latin font with a smaller line height; `padding` is the space
// above and below a row's tallest cell.
struct TableSpec {
  std::vector<double> columns;  // x of each column's left edge, then the table's right edge
  std::vector<std::vector<std::vector<std::string>>> cells;
  double latin_pitch = 0;
  double padding = 5;
  double latin_raise = 0;  // Latin cells drawn this much higher (a Latin font's ascent)
};

double DrawTable(Drawing& drawing, const TableSpec& table, double top) {
  constexpr double kPitch = 16, kLeftPadding = 4;
  const auto latin = [](const std::vector<std::string>& cell) {
    return std::all_of(cell.begin(), cell.end(), [](const std::string& line) {
      return std::all_of(line.begin(), line.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    });
  };
  const auto pitch = [&](const std::vector<std::string>& cell) {
    return latin(cell) && table.latin_pitch > 0 ? table.latin_pitch : kPitch;
  };
  double y = top;
  for (const auto& row : table.cells) {
    double tallest = kPitch;
    for (const auto& cell : row) tallest = std::max(tallest, static_cast<double>(cell.size()) * pitch(cell));
    const double height = tallest + 2 * table.padding;
    drawing.Rule(table.columns.front(), y, table.columns.back(), y);
    for (std::size_t c = 0; c < row.size(); ++c) {
      const double first = y + table.padding + (tallest - static_cast<double>(row[c].size()) * pitch(row[c])) / 2 -
                           (latin(row[c]) ? table.latin_raise : 0);
      for (std::size_t k = 0; k < row[c].size(); ++k) {
        drawing.Text(table.columns[c] + kLeftPadding, first + static_cast<double>(k) * pitch(row[c]), row[c][k]);
      }
    }
    y += height;
  }
  drawing.Rule(table.columns.front(), y, table.columns.back(), y);
  for (double x : table.columns) drawing.Rule(x, top, x, y);
  return y;
}

TEST(PdfTables, CellsWrappedOverSeveralLinesStayInTheirRow) {
  Drawing drawing;
  drawing.Text(60, 120, "一、项目资金情况");
  const TableSpec table = {
      {60, 160, 225, 275, 325, 380},
      {
          {{"项目名称"}, {"年初预算数"}, {"全年预算", "数"}, {"全年执行", "数"}, {"执行率"}},
          {{"其中:当年财政拨", "款"}, {"287"}, {"287"}, {"171"}, {"60%"}},
          {{"上年结转资金"}, {"0"}, {"0"}, {"0"}, {}},
          {{"其他资金"}, {}, {}, {}, {}},
      }};
  const double bottom = DrawTable(drawing, table, 150);
  drawing.Text(60, bottom + 20, "表格之后的正文。");
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"项目名称", "年初预算数", "全年预算数", "全年执行数", "执行率"},
      {"其中:当年财政拨款", "287", "287", "171", "60%"},
      {"上年结转资金", "0", "0", "0", ""},
      {"其他资金", "", "", "", ""},
  };
  EXPECT_EQ(Rows(pdf), expected);
  EXPECT_EQ(Prose(pdf), (std::vector<std::string>{"一、项目资金情况", "表格之后的正文。"}));
  for (const TextLine& line : pdf.lines) EXPECT_EQ(line.page, 1);
}

TEST(PdfTables, CellWrappedOverThreeLinesBesideANameOverTwoIsOneRow) {
  // Cells centred vertically: the reason's first and last lines are beside the name's lines
  // only, the values beside the reason's middle line. A Latin figure wrapped in a narrow cell
  // ("85.97" / "%") has its lines closer than CJK lines, so the line pitch inside cells is no
  // help.
  Drawing drawing;
  const TableSpec table = {
      {60, 130, 200, 270, 330, 390, 420, 520},
      {
          {{"一级指标"}, {"二级指标"}, {"三级指标"}, {"年度指标值"}, {"实际完成值"}, {"分值"}, {"偏差原因"}},
          {{"资金"}, {"执行率"}, {"预算执行"}, {"85.97", "%"}, {"90%"}, {"10"}, {"无"}},
          {{"产出指标"}, {"数量指标"}, {"新建设施数", "量"}, {"≥279个"}, {"277个"}, {"15"}, {"受天气和工期影", "响，部分任务延", "后"}},
          {{}, {"质量指标"}, {"资金拨付准确"}, {"≥92%"}, {"92.56%"}, {"15"}, {"无"}},
      },
      13, 2};
  DrawTable(drawing, table, 100);
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "偏差原因"},
      {"资金", "执行率", "预算执行", "85.97%", "90%", "10", "无"},
      {"产出指标", "数量指标", "新建设施数量", "≥279个", "277个", "15", "受天气和工期影响，部分任务延后"},
      {"", "质量指标", "资金拨付准确", "≥92%", "92.56%", "15", "无"},
  };
  EXPECT_EQ(Rows(pdf), expected);
}

TEST(PdfTables, ARowCentredBesideACellWrappedOverFourLinesIsOneRow) {
  // A township's list: the document number wraps over four lines while the row's other cells
  // sit centred between its middle lines, as close as the lines are: one row.
  Drawing drawing;
  const TableSpec table = {
      {40, 70, 190, 270, 330, 420, 510, 560},
      {
          {{"序号"}, {"项目名称"}, {"资金来源"}, {"下达文号"}, {"下达金额"}, {"已支付"}, {"支付", "率"}},
          {{"1"}, {"村党群服务中心维修"}, {"县级资金"}, {"汀财农"}, {"910,574.16"}, {"910,574.16"}, {"100%"}},
          {{"2"}, {"耕地保护补偿资金"}, {"中央资金"}, {"汀财", "农〔", "2024〕", "4号"}, {"923,238.19"}, {"923,238.19"}, {"100%"}},
          {{"3"}, {"大湾村排洪沟整治"}, {"中央资金"}, {"汀财社"}, {"527,000.00"}, {"345,137.57"}, {"65.49%"}},
      },
      0, 2};
  DrawTable(drawing, table, 100);
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"序号", "项目名称", "资金来源", "下达文号", "下达金额", "已支付", "支付率"},
      {"1", "村党群服务中心维修", "县级资金", "汀财农", "910,574.16", "910,574.16", "100%"},
      {"2", "耕地保护补偿资金", "中央资金", "汀财农〔 2024〕 4号", "923,238.19", "923,238.19", "100%"},
      {"3", "大湾村排洪沟整治", "中央资金", "汀财社", "527,000.00", "345,137.57", "65.49%"},
  };
  EXPECT_EQ(Rows(pdf), expected);
}

TEST(PdfTables, PartsOfARowBesideAWrappedCellJoinIt) {
  // As LibreOffice lays out a row whose cells are centred beside a document number wrapped over
  // three lines: the row number and the number's first line, then the row, then its last line.
  // A header wrapped in narrow columns ("支付进" over "度") joins too; rows of indicators under a
  // merged first cell share columns of figures and stay apart. Two rows taken for one, each
  // figure cell holding two figures, are split back.
  std::vector<pdf::TableRow> rows = {
      {{"序号", "项目名称", "下达文号", "下达金额", "支付进"}},
      {{"", "", "", "（元）", "度"}},
      {{"2", "", "汀财农", "", ""}},
      {{"", "耕地保护补偿资金", "〔2024〕", "923,238.19", "100.00%"}},
      {{"", "", "4号", "", ""}},
      {{"3", "大湾村排洪沟", "汀财社〔2024〕7号", "527,000.00", "65.49%"}},
      {{"", "整治工程", "", "", ""}},
      {{"村干部业务培训经费", "项目完成数量", "4个以上", "30", "30"}},
      {{"", "项目按期完工率", "100%", "29", "28.59"}},
      // The last row and the total, taken for one row: split back.
      {{"4 合计", "水土保持综合治理项目", "", "3,885,000.00 19,876,268.00", "74.63% 91.27%"}},
  };
  pdf::JoinSplitRows(rows);
  const std::vector<std::vector<std::string>> cells = Rows(rows);
  const std::vector<std::vector<std::string>> expected = {
      {"序号", "项目名称", "下达文号", "下达金额（元）", "支付进度"},
      {"2", "耕地保护补偿资金", "汀财农〔2024〕4号", "923,238.19", "100.00%"},
      {"3", "大湾村排洪沟整治工程", "汀财社〔2024〕7号", "527,000.00", "65.49%"},
      {"村干部业务培训经费", "项目完成数量", "4个以上", "30", "30"},
      {"", "项目按期完工率", "100%", "29", "28.59"},
      {"4", "水土保持综合治理项目", "", "3,885,000.00", "74.63%"},
      {"合计", "", "", "19,876,268.00", "91.27%"},
  };
  EXPECT_EQ(cells, expected);
}

TEST(PdfTables, RowsFarCloserThanTheTableRowsAreOneRow) {
  // An indicator table on its side as LibreOffice lays it out with padded cells, rows 7 points
  // apart: names wrapped in narrow columns beside "指标" centred on the two lines (overlapping
  // them), and a label wrapped over three lines ("实际" / "完成" / "值") with the row's figures
  // centred on the middle line. Rows of figures as close stay apart only when they are not that
  // close; figures in one column never join.
  std::vector<pdf::TableRow> rows = {
      RowOf({"指标", "开展实用技", "政策知"}, 533.4, 557.6),
      RowOf({"", "术培训人次", "晓率"}, 550.6, 566.2),
      RowOf({"年度目标值", "≥4360人次", "≥85%"}, 574.1, 589.7),
      RowOf({"实际", "", ""}, 597.6, 613.2),
      RowOf({"完成", "4229人次", "82.5%"}, 613.8, 629.4),
      RowOf({"值", "", ""}, 631.0, 646.6),
      RowOf({"分值", "13", "15"}, 653.5, 669.1),
      RowOf({"得分", "12.61", "14.56"}, 676.0, 691.6),
      RowOf({"", "12", "14"}, 692.0, 707.6),
  };
  pdf::JoinCloseRows(rows);
  const std::vector<std::vector<std::string>> cells = Rows(rows);
  const std::vector<std::vector<std::string>> expected = {
      {"指标", "开展实用技术培训人次", "政策知晓率"},
      {"年度目标值", "≥4360人次", "≥85%"},
      {"实际完成值", "4229人次", "82.5%"},
      {"分值", "13", "15"},
      {"得分", "12.61", "14.56"},
      {"", "12", "14"},
  };
  EXPECT_EQ(cells, expected);
}

TEST(PdfTables, NamesWrappedOverUpToFourLinesInNarrowColumnsStayOneRow) {
  // An indicator table on its side: each column's name wrapped over two to four lines, centred
  // vertically. Lines of figures sit closer than lines of Chinese ("94.55" over "%"), so the
  // figures alone tell a pitch shorter than the Chinese lines' own, and a name's lines, each
  // beside other names' lines, would come apart.
  Drawing drawing;
  const TableSpec table = {
      {40, 80, 140, 200, 260, 320, 380, 440, 500, 560},
      {
          {{"执行率"}, {"94.55", "%"}, {"80.66", "%"}, {"61.2", "%"}, {"100", "%"}, {"99.1", "%"}, {"88.1", "%"}, {"95.5", "%"}, {"90", "%"}},
          {{"指标"}, {"新建全民", "健身路径"}, {"健身器材安", "装验收合格", "率"}, {"项目完成", "率"}, {"资金拨", "付及时", "率"},
           {"单个健", "身路径", "建设成", "本"}, {"经常参加体", "育锻炼人数", "比例"}, {"全民健", "身氛围"}, {"健身群", "众满意", "度"}},
          {{"类别"}, {"数量指标"}, {"质量指标"}, {"质量指标"}, {"时效指", "标"}, {"成本指", "标"}, {"社会效益指", "标"}, {"可持续", "影响指", "标"},
           {"服务对", "象满意", "度指标"}},
          {{"目标"}, {"≥24个"}, {"≥100%"}, {"100%"}, {"100%"}, {"≤5.1万元"}, {"≥38%"}, {"提高"}, {"≥85%"}},
      },
      13, 1.2, 1.5};
  DrawTable(drawing, table, 100);
  const std::vector<std::vector<std::string>> expected = {
      {"执行率", "94.55%", "80.66%", "61.2%", "100%", "99.1%", "88.1%", "95.5%", "90%"},
      {"指标", "新建全民健身路径", "健身器材安装验收合格率", "项目完成率", "资金拨付及时率", "单个健身路径建设成本", "经常参加体育锻炼人数比例",
       "全民健身氛围", "健身群众满意度"},
      {"类别", "数量指标", "质量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"},
      {"目标", "≥24个", "≥100%", "100%", "100%", "≤5.1万元", "≥38%", "提高", "≥85%"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, ALabelWrappedAroundItsValueIsOneRow) {
  // "项目名称" wrapped in a narrow first cell, its value centred beside it on the middle line:
  // one row of two cells. Short lines of prose one under another stay prose.
  Drawing drawing;
  drawing.Text(60, 100, "项目名");
  drawing.Text(110, 108, "粮食质量安全检验监测经费");
  drawing.Text(60, 116, "称");
  drawing.Text(60, 160, "一、总体");
  drawing.Text(60, 176, "情况");
  drawing.Text(60, 192, "良好");
  const TextDocument pdf = ReadDrawing(drawing);
  EXPECT_EQ(Rows(pdf), (std::vector<std::vector<std::string>>{{"项目名称", "粮食质量安全检验监测经费"}}));
  EXPECT_EQ(Prose(pdf), (std::vector<std::string>{"一、总体情况", "良好"}));
}

TEST(PdfTables, FewChineseCharactersAfterAFigureGoOnFromIt) {
  EXPECT_TRUE(pdf::GoesOnFromFigure("535", "份"));
  EXPECT_TRUE(pdf::GoesOnFromFigure("1-6", "月完成"));
  EXPECT_FALSE(pdf::GoesOnFromFigure("14.89", "响，部分任务延"));
  EXPECT_FALSE(pdf::GoesOnFromFigure("14.89", "受天气和工期影响"));
  EXPECT_FALSE(pdf::GoesOnFromFigure("项目", "名称"));
}

TEST(PdfTables, AUnitCutFromItsFigureGoesBack) {
  // "535 份" cut in two where a cell of another table on the page starts: the row has a cell more
  // than the rows around it. A table's own unit column (度量单位) keeps its cells.
  std::vector<pdf::TableRow> rows = {
      RowOf({"一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"}),
      RowOf({"产出指标", "检验监测样品数", "≥552份", "535", "份", "4", "3.88"}),
      RowOf({"", "档案资料完整率", "≥100%", "99.2%", "6", "5.95"}),
      RowOf({"三级指标", "指标值", "度量单位", "完成值", "权重", "得分"}),
      RowOf({"天然林管护面积", "164", "万亩", "177", "18", "18"}),
  };
  pdf::JoinUnitsCutFromFigures(rows);
  const std::vector<std::vector<std::string>> cells = Rows(rows);
  EXPECT_EQ(cells[1], (std::vector<std::string>{"产出指标", "检验监测样品数", "≥552份", "535份", "4", "3.88"}));
  EXPECT_EQ(cells[4], (std::vector<std::string>{"天然林管护面积", "164", "万亩", "177", "18", "18"}));
}

TEST(PdfTables, ANestedBulletListIsText) {
  // A Markdown page printed: bullets at two levels line up like a table's columns, but each line
  // holds one item.
  Drawing drawing;
  double y = 100;
  for (const auto& [level, text] : std::vector<std::pair<int, std::string>>{
           {0, "资金情况"}, {1, "全年预算: 172.2283万元"}, {1, "实际支出: 172.2283万元"}, {1, "执行率: 100.00 %"},
           {0, "自评结论"}, {1, "自评得分: 100分"}, {1, "满意度: 93.2%"}}) {
    drawing.Text(60 + 24 * level, y, level == 0 ? "•" : "◦");
    drawing.Text(76 + 24 * level, y, text);
    y += 18;
  }
  const TextDocument pdf = ReadDrawing(drawing);
  EXPECT_TRUE(Rows(pdf).empty());
  const std::vector<std::string> prose = Prose(pdf);
  ASSERT_FALSE(prose.empty());
  EXPECT_NE(prose[0].find("资金情况"), std::string::npos);
}

TEST(PdfTables, NarrowCellsWrappedSideBySideStayApart) {
  // Two narrow cells whose text fills them, wrapped ("≤9.21万" / "元" beside "8.92万" / "元"),
  // 3 points apart: narrower than a gap between cells. Their first line, beside the row's
  // other cells centred vertically, has no wide gap of its own.
  Drawing drawing;
  const double width = drawing.Width("≤9.21万") + 3;
  const double target = 200, reached = target + width, score = reached + width, reason = score + 40;
  const TableSpec table = {
      {60, 130, target, reached, score, reason, reason + 60},
      {
          {{"一级指标"}, {"三级指标"}, {"指标值"}, {"完成值"}, {"分值"}, {"原因"}},
          {{"时效指标"}, {"整改时限"}, {"≤313天"}, {"307天"}, {"15"}, {"无"}},
          {{"成本指标"}, {"项目总成本"}, {"≤9.21万", "元"}, {"8.92万", "元"}, {"15"}, {"无"}},
          {{"效益指标"}, {"服务水平"}, {"提升"}, {"提升"}, {"15"}, {"无"}},
      },
      0, 2};
  DrawTable(drawing, table, 100);
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "三级指标", "指标值", "完成值", "分值", "原因"},
      {"时效指标", "整改时限", "≤313天", "307天", "15", "无"},
      {"成本指标", "项目总成本", "≤9.21万元", "8.92万元", "15", "无"},
      {"效益指标", "服务水平", "提升", "提升", "15", "无"},
  };
  EXPECT_EQ(Rows(pdf), expected);
}

TEST(PdfTables, HeaderCellsAsCloseAsNarrowCellsLineUpWithATotalFarBelow) {
  // Header cells that fill their columns, 3 points apart; the last column holds a figure only
  // in the total, fourteen lines below the header.
  Drawing drawing;
  const double width = drawing.Width("全年执行数（元）") + 3;
  const double budget = 280, spent = budget + width, rate = spent + width;
  TableSpec table = {{60, 90, budget, spent, rate, rate + 50}, {{{"序号"}, {"项目名称"}, {"全年预算数（元）"}, {"全年执行数（元）"}, {"执行率"}}}, 0, 2};
  std::vector<std::vector<std::string>> expected = {{"序号", "项目名称", "全年预算数（元）", "全年执行数（元）", "执行率"}};
  for (int i = 1; i <= 13; ++i) {
    const std::string n = std::to_string(i), budget_text = std::to_string(1000 + i) + ".50", spent_text = std::to_string(900 + i) + ".25";
    table.cells.push_back({{n}, {"第" + n + "个项目经费"}, {budget_text}, {spent_text}, {}});
    expected.push_back({n, "第" + n + "个项目经费", budget_text, spent_text, ""});
  }
  table.cells.push_back({{"合计"}, {}, {"13091.50"}, {"11791.25"}, {"90.07%"}});
  expected.push_back({"合计", "", "13091.50", "11791.25", "90.07%"});
  DrawTable(drawing, table, 100);
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, RowsLittleFartherApartThanTheLinesOfACell) {
  // Rows padded by 1.5 points only, figures set a little higher than CJK text (a Latin
  // font): the distances between lines of a cell, from a header's last line to the figures
  // below, and between rows differ by about a tenth of a line each.
  Drawing drawing;
  const TableSpec table = {
      {60, 90, 250, 310, 370, 430, 480},
      {
          {{"序号"}, {"项目名称"}, {"全年预算数"}, {"其中：财政", "拨款"}, {"全年执行数"}, {"执行率"}},
          {{"1"}, {"就业创业补贴项目"}, {"21511343"}, {"19878632"}, {"18349175"}, {"85.3%"}},
          {{"2"}, {"动物疫病防控项目"}, {"9023178"}, {"4553095"}, {"6818815"}, {"75.57%"}},
          {{"3"}, {"基层医疗卫生机构运行补助", "经费"}, {"12131461"}, {"10038783"}, {"11238585"}, {"92.64%"}},
          {{"4"}, {"公共文化服务体系建设经费"}, {"2092678"}, {"2092678"}, {"2000000"}, {"95.57%"}},
      },
      0, 1.5, 1.1};
  DrawTable(drawing, table, 100);
  const std::vector<std::vector<std::string>> expected = {
      {"序号", "项目名称", "全年预算数", "其中：财政拨款", "全年执行数", "执行率"},
      {"1", "就业创业补贴项目", "21511343", "19878632", "18349175", "85.3%"},
      {"2", "动物疫病防控项目", "9023178", "4553095", "6818815", "75.57%"},
      {"3", "基层医疗卫生机构运行补助经费", "12131461", "10038783", "11238585", "92.64%"},
      {"4", "公共文化服务体系建设经费", "2092678", "2092678", "2000000", "95.57%"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, HeaderAtAPageFootLinesUpWithTheRowsOnTheNextPage) {
  // The table starts at the foot of page 1 with its header only; "得分" and "未完成原因" are 3
  // points apart, and only the rows on page 2 start cells where the header's do.
  Drawing drawing;
  const double score = 300, reason = score + drawing.Width("得分") + 3;
  const std::vector<double> columns = {60, 130, 220, score, reason, reason + 80};
  drawing.Text(60, 700, "一、项目绩效指标完成情况");
  DrawTable(drawing, {columns, {{{"一级指标"}, {"三级指标"}, {"指标值"}, {"得分"}, {"未完成原因"}}}, 0, 2}, 750);
  drawing.NextPage();
  DrawTable(drawing,
            {columns,
             {{{"产出指标"}, {"服务对象人数"}, {"100人次"}, {"15"}, {"无"}},
              {{"效益指标"}, {"服务达标率"}, {"95%"}, {"20"}, {"部分未完成"}},
              {{"满意度指标"}, {"群众满意度"}, {"90%"}, {"10"}, {"无"}}},
             0,
             2},
            60);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "三级指标", "指标值", "得分", "未完成原因"},
      {"产出指标", "服务对象人数", "100人次", "15", "无"},
      {"效益指标", "服务达标率", "95%", "20", "部分未完成"},
      {"满意度指标", "群众满意度", "90%", "10", "无"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, TextOfTheNextTableDoesNotHideNarrowCells) {
  // "89.95%" fills its cell, "30" starts 3 points after it. The next table, below its title,
  // has a header cell running across that place: its columns are its own.
  Drawing drawing;
  const double score = 200 + drawing.Width("89.95%") + 3;
  const double bottom = DrawTable(drawing,
                                  {{60, 130, 200, score, score + 50, score + 110},
                                   {{{"一级指标"}, {"三级指标"}, {"完成", "值"}, {"分值"}, {"原因"}},
                                    {{"产出指标"}, {"服务人数"}, {"100人"}, {"30"}, {"无"}},
                                    {{"质量指标"}, {"达标率"}, {"89.95%"}, {"30"}, {"无"}},
                                    {{"时效指标"}, {"完成时限"}, {"12月"}, {"30"}, {"无"}}},
                                   0,
                                   2},
                                  100);
  drawing.Text(58, bottom + 4, "第二个项目支出绩效自评表");
  DrawTable(drawing,
            {{60, 150, 290, 340, 400},
             {{{"一级指标"}, {"服务对象满意度指标"}, {"指标值"}, {"分值"}}, {{"满意度指标"}, {"群众满意度"}, {"≥90%"}, {"10"}}},
             0,
             2},
            bottom + 32);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "三级指标", "完成值", "分值", "原因"},
      {"产出指标", "服务人数", "100人", "30", "无"},
      {"质量指标", "达标率", "89.95%", "30", "无"},
      {"时效指标", "完成时限", "12月", "30", "无"},
      {"一级指标", "服务对象满意度指标", "指标值", "分值"},
      {"满意度指标", "群众满意度", "≥90%", "10"},
  };
  const TextDocument pdf = ReadDrawing(drawing);
  EXPECT_EQ(Rows(pdf), expected);
  EXPECT_EQ(Prose(pdf), (std::vector<std::string>{"第二个项目支出绩效自评表"}));
}

TEST(PdfTables, TotalWithShortFiguresIsARowOfItsOwn) {
  // The 总分 row holds few cells of three characters at most, like the wrapped rest of the row
  // above; but it is a row's distance below, not a line's.
  Drawing drawing;
  DrawTable(drawing,
            {{60, 130, 230, 320, 380, 440, 500},
             {{{"一级指标"}, {"二级指标"}, {"三级指标"}, {"分值"}, {"得分"}, {"原因"}},
              {{"产出指标"}, {"数量指标"}, {"新建设施数量"}, {"30"}, {"30"}, {"无"}},
              {{"满意度指标"}, {"服务对象满意度指", "标"}, {"受益群众满意", "度"}, {"30"}, {"30"}, {"无"}},
              {{"总分"}, {}, {}, {"100"}, {"100"}, {}}},
             0,
             2},
            100);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "二级指标", "三级指标", "分值", "得分", "原因"},
      {"产出指标", "数量指标", "新建设施数量", "30", "30", "无"},
      {"满意度指标", "服务对象满意度指标", "受益群众满意度", "30", "30", "无"},
      {"总分", "", "", "100", "100", ""},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, NameEndingJustShortOfTheNextColumnKeepsItsRowApart) {
  // The project's name spans the funds grid's columns and ends half a point short of where
  // the grid's third column starts: it lies across two columns of the grid all the same.
  Drawing drawing;
  drawing.WithoutRules();
  const double second = 130 + drawing.Width("动物疫病防控经费") + 0.5;
  DrawTable(drawing,
            {{60, 130, second, second + 70, second + 140, second + 200},
             {{{"项目名称"}, {"动物疫病防控经费"}},
              {{"项目资金"}, {"年初预算"}, {"全年预算"}, {"实际支出"}, {"得分"}},
              {{"年度资金总额"}, {"100.50"}, {"120.00"}, {"90.25"}, {"9"}}},
             0,
             2},
            100);
  const std::vector<std::vector<std::string>> expected = {
      {"项目名称", "动物疫病防控经费"},
      {"项目资金", "年初预算", "全年预算", "实际支出", "得分"},
      {"年度资金总额", "100.50", "120.00", "90.25", "9"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, NameSpanningColumnsDoesNotHideNarrowCells) {
  // Two figures 3 points apart; the project's name above runs across where the second
  // starts, but the header starts a cell there after a wide gap: a column, which a cell
  // spanning columns runs across.
  Drawing drawing;
  drawing.WithoutRules();
  const double second = 130 + drawing.Width("3663516.57") + 3;
  DrawTable(drawing,
            {{60, 130, second, second + 80, second + 150},
             {{{"项目名称"}, {"学生营养改善计划项目"}},
              {{"项目资金"}, {"年初预算"}, {"全年预算"}, {"实际支出"}},
              {{"年度资金总额"}, {"3663516.57"}, {"3663516.57"}, {"3663516.57"}}},
             0,
             2},
            100);
  const std::vector<std::vector<std::string>> expected = {
      {"项目名称", "学生营养改善计划项目"},
      {"项目资金", "年初预算", "全年预算", "实际支出"},
      {"年度资金总额", "3663516.57", "3663516.57", "3663516.57"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, HeaderCutByAPageBreakIsJoinedBackWithItsFirstCell) {
  // The header's first cell and another wrapped at the foot of page 1 ("项目资金（万" / "元）",
  // "预算执行" / "率"); their last lines open page 2. A total opening a page after a row whose
  // cells did not fill their columns stays a row.
  Drawing drawing;
  drawing.Text(64, 740, "主管部门");
  drawing.Text(134, 740, "平山县民政局");
  drawing.Text(64, 770, "项目资金（万");
  drawing.Text(134, 778, "年初预算数");
  drawing.Text(204, 778, "全年预算数");
  drawing.Text(274, 770, "预算执行");
  drawing.Text(344, 778, "得分");
  drawing.NextPage();
  drawing.Text(64, 40, "元）");
  drawing.Text(274, 40, "率");
  DrawTable(drawing,
            {{60, 130, 200, 270, 340, 400},
             {{{"年度资金总额"}, {"735.22"}, {"735.22"}, {"68.69%"}, {"6.86"}},
              {{"其中：财政", "拨款"}, {"0"}, {"0"}, {"—"}, {"—"}},
              {{"满意度指标"}, {"90%"}, {"91%"}, {"30"}, {"30"}}},
             0,
             2},
            60);
  drawing.NextPage();
  DrawTable(drawing, {{60, 130, 200, 270, 340, 400}, {{{"总分"}, {}, {}, {"100"}, {"100"}}}, 0, 2}, 40);
  const std::vector<std::vector<std::string>> expected = {
      {"主管部门", "平山县民政局", "", "", ""},
      {"项目资金（万元）", "年初预算数", "全年预算数", "预算执行率", "得分"},
      {"年度资金总额", "735.22", "735.22", "68.69%", "6.86"},
      {"其中：财政拨款", "0", "0", "—", "—"},
      {"满意度指标", "90%", "91%", "30", "30"},
      {"总分", "", "", "100", "100"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, TitleClosingAPageIsNoRowOfTheTableAbove) {
  // The next table's title is the last line of page 1, its table opens page 2.
  Drawing drawing;
  const std::vector<double> columns = {60, 130, 230, 300, 360};
  const double bottom = DrawTable(drawing,
                                  {columns,
                                   {{{"一级指标"}, {"三级指标"}, {"分值"}, {"得分"}},
                                    {{"产出指标"}, {"服务对象", "人数"}, {"30"}, {"30"}},
                                    {{"总分"}, {}, {"100"}, {"98"}}},
                                   0,
                                   2},
                                  700);
  drawing.Text(58, bottom + 4, "河道清淤整治工程支出绩效自评表（金额单位：万元）");
  drawing.NextPage();
  DrawTable(drawing,
            {columns,
             {{{"一级指标"}, {"三级指标"}, {"分值"}, {"得分"}},
              {{"产出指标"}, {"清淤河道", "长度"}, {"40"}, {"40"}},
              {{"总分"}, {}, {"100"}, {"100"}}},
             0,
             2},
            40);
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "三级指标", "分值", "得分"}, {"产出指标", "服务对象人数", "30", "30"}, {"总分", "", "100", "98"},
      {"一级指标", "三级指标", "分值", "得分"}, {"产出指标", "清淤河道长度", "40", "40"}, {"总分", "", "100", "100"},
  };
  EXPECT_EQ(Rows(pdf), expected);
  EXPECT_EQ(Prose(pdf), (std::vector<std::string>{"河道清淤整治工程支出绩效自评表（金额单位：万元）"}));
}

TEST(PdfTables, SingleLineRowsCloseTogetherStayApart) {
  // No cell wraps; rows 20 points apart (1.33 lines), the header 1.8 points farther from the
  // first row: the distances are all between rows, and none is a line pitch.
  Drawing drawing;
  drawing.WithoutRules();
  drawing.Text(64, 102.2, "项目资金");
  drawing.Text(134, 102.2, "年初预算数");
  drawing.Text(204, 102.2, "全年预算数");
  DrawTable(drawing,
            {{60, 130, 200, 270},
             {{{"年度资金总额"}, {"735.22"}, {"735.22"}},
              {{"财政拨款"}, {"600.00"}, {"600.00"}},
              {{"其他资金"}, {"135.22"}, {"135.22"}},
              {{"上年结转"}, {"0"}, {"0"}}},
             0,
             2},
            122);
  const std::vector<std::vector<std::string>> expected = {
      {"项目资金", "年初预算数", "全年预算数"}, {"年度资金总额", "735.22", "735.22"}, {"财政拨款", "600.00", "600.00"},
      {"其他资金", "135.22", "135.22"},         {"上年结转", "0", "0"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, LabelCentredOnTheRowsItSpansGoesToTheFirst) {
  Drawing drawing;
  drawing.WithoutRules();
  // 产出指标 spans three rows and sits centred on them, beside the second.
  const TableSpec table = {
      {60, 130, 200, 300, 360},
      {
          {{"一级指标"}, {"二级指标"}, {"三级指标"}, {"分值"}},
          {{}, {"数量指标"}, {"服务对象人数"}, {"15"}},
          {{"产出指标"}, {"质量指标"}, {"服务达标率"}, {"20"}},
          {{}, {"时效指标"}, {"完成时限"}, {"15"}},
      }};
  // Draw the label of the middle row's first cell as one spanning cell: move it from the row
  // grid by drawing the table with an empty cell and the label on its own.
  TableSpec grid = table;
  grid.cells[2][0] = {};
  DrawTable(drawing, grid, 100);
  drawing.Text(64, 100 + 26 + 26 + 5, "产出指标");  // centred on rows 2-4 (each 26 high)
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "二级指标", "三级指标", "分值"},
      {"产出指标", "数量指标", "服务对象人数", "15"},
      {"", "质量指标", "服务达标率", "20"},
      {"", "时效指标", "完成时限", "15"},
  };
  EXPECT_EQ(Rows(pdf), expected);
}

TEST(PdfTables, LabelTopAlignedOnTheRowsItSpansKeepsALabelBelowInItsOwnRow) {
  // The national 2021 form: 年度总体目标 spans the rows of the target's heading and text,
  // top-aligned; the indicator header below it holds 一级指标 alone in that column, and the row
  // after the header is empty there too (产出指标 is centred on the rows it spans). The text row
  // above and the indicator row below are as tall as each other, so the two-row span around the
  // header is centred on 一级指标 as well as the header itself: 年度总体目标 takes the text row.
  Drawing drawing;
  drawing.WithoutRules();
  TableSpec grid = {
      {60, 130, 250, 310, 360},
      {
          {{}, {"预期目标"}, {"实际完成情况"}, {}},
          {{}, {"通过实施项目，完成", "年度任务。"}, {"已按计划完成。"}, {}},
          {{"一级指标"}, {"二级指标"}, {"指标", "性质"}, {"分值"}},
          {{}, {"数量指标"}, {"改造危桥数", "量"}, {"15"}},
          {{}, {"质量指标"}, {"合格率"}, {"10"}},
      }};
  DrawTable(drawing, grid, 100);
  for (int k = 0; k < 3; ++k) drawing.Text(64, 105 + 16 * k, std::vector<std::string>{"年度", "总体", "目标"}[k]);
  drawing.Text(64, 236, "产出指标");  // centred on its rows: 210 to 278
  const std::vector<std::vector<std::string>> expected = {
      {"年度总体目标", "预期目标", "实际完成情况"},
      {"", "通过实施项目，完成年度任务。", "已按计划完成。"},
      {"一级指标", "二级指标", "指标性质", "分值"},
      {"产出指标", "数量指标", "改造危桥数量", "15"},
      {"", "质量指标", "合格率", "10"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfTables, TableAcrossAPageBreakDropsTheRepeatedHeader) {
  Drawing drawing;
  const std::vector<double> columns = {60, 200, 280, 360};
  const std::vector<std::vector<std::string>> header = {{"项目名称"}, {"全年预算数"}, {"全年执行数"}};
  drawing.Text(60, 600, "二、项目支出情况");
  DrawTable(drawing, {columns, {header, {{"业务提升项目"}, {"45500"}, {"45500"}}, {{"物业管理项目"}, {"136500"}, {"120000"}}}},
            630);
  drawing.NextPage();
  const double bottom = DrawTable(
      drawing, {columns, {header, {{"档案整理项目"}, {"2000"}, {"1800"}}, {{"巡查执法项目"}, {"100000"}, {"100000"}}}}, 60);
  drawing.Text(60, bottom + 20, "三、下一步工作打算");
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"项目名称", "全年预算数", "全年执行数"},
      {"业务提升项目", "45500", "45500"},
      {"物业管理项目", "136500", "120000"},
      {"档案整理项目", "2000", "1800"},
      {"巡查执法项目", "100000", "100000"},
  };
  EXPECT_EQ(Rows(pdf), expected);
  std::vector<int> pages;
  for (const TextLine& line : pdf.lines) {
    if (line.is_table_row()) pages.push_back(line.page);
  }
  EXPECT_EQ(pages, (std::vector<int>{1, 1, 1, 2, 2}));
  EXPECT_EQ(Prose(pdf), (std::vector<std::string>{"二、项目支出情况", "三、下一步工作打算"}));
}

TEST(PdfTables, RowCutByAPageBreakIsJoinedBack) {
  Drawing drawing;
  drawing.WithoutRules();
  const std::vector<double> columns = {60, 150, 230, 380, 420, 460};
  DrawTable(drawing,
            {columns,
             {{{"二级指标"}, {"三级指标"}, {"年度指标值"}, {"分值"}, {"得分"}},
              {{"数量指标"}, {"服务对象人数"}, {"100人次"}, {"15"}, {"15"}}}},
            700);
  // The last row starts at the foot of page 1; its long 指标值 goes on at the top of page 2.
  drawing.Text(64, 757, "质量指标");
  drawing.Text(154, 757, "服务达标率");
  drawing.Text(234, 757, "服务对象对服务质量的总体评");
  drawing.Text(384, 757, "20");
  drawing.Text(424, 757, "20");
  drawing.NextPage();
  drawing.Text(234, 60, "价达到良好以上");
  DrawTable(drawing, {columns, {{{"时效指标"}, {"完成时限"}, {"2019年"}, {"15"}, {"15"}}}}, 81);
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"二级指标", "三级指标", "年度指标值", "分值", "得分"},
      {"数量指标", "服务对象人数", "100人次", "15", "15"},
      {"质量指标", "服务达标率", "服务对象对服务质量的总体评价达到良好以上", "20", "20"},
      {"时效指标", "完成时限", "2019年", "15", "15"},
  };
  EXPECT_EQ(Rows(pdf), expected);
}

// ---- Tables drawn with rules (pdf_grid.h): the rules make the cells. ---------------------------

// Draws the horizontal rules at `ys` across [x0, x1] and the vertical rules at `xs` down [y0, y1].
void Grid(Drawing& drawing, const std::vector<double>& xs, const std::vector<double>& ys) {
  for (double y : ys) drawing.Rule(xs.front(), y, xs.back(), y);
  for (double x : xs) drawing.Rule(x, ys.front(), x, ys.back());
}

TEST(PdfRuledTables, AMergedCellIsOneCellAsTheDocumentHoldsIt) {
  Drawing drawing;
  const std::vector<double> xs = {60, 140, 220, 360, 420}, ys = {100, 122, 144, 166, 188};
  // Rules around every cell but two merged ones: 产出指标 over rows 2 and 3 (no rule under row 2
  // in column 1, the label centred on the two, across where the rule would be), 总分 over three
  // columns (no rules between them in row 4).
  drawing.Rule(xs[0], ys[0], xs[4], ys[0]);
  drawing.Rule(xs[0], ys[1], xs[4], ys[1]);
  drawing.Rule(xs[1], ys[2], xs[4], ys[2]);
  drawing.Rule(xs[0], ys[3], xs[4], ys[3]);
  drawing.Rule(xs[0], ys[4], xs[4], ys[4]);
  for (double x : {xs[0], xs[3], xs[4]}) drawing.Rule(x, ys[0], x, ys[4]);
  for (double x : {xs[1], xs[2]}) drawing.Rule(x, ys[0], x, ys[3]);
  drawing.Text(64, 104, "一级指标");
  drawing.Text(144, 104, "二级指标");
  drawing.Text(224, 104, "三级指标");
  drawing.Text(364, 104, "分值");
  drawing.Text(64, 137, "产出指标");  // centred on rows 2 and 3
  drawing.Text(144, 126, "数量指标");
  drawing.Text(224, 126, "服务对象人数");
  drawing.Text(364, 126, "15");
  drawing.Text(144, 148, "质量指标");
  drawing.Text(224, 148, "服务达标率");
  drawing.Text(364, 148, "20");
  drawing.Text(64, 170, "总分");
  drawing.Text(364, 170, "100");
  drawing.Text(60, 210, "表格之后的正文。");
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"一级指标", "二级指标", "三级指标", "分值"},
      {"产出指标", "数量指标", "服务对象人数", "15"},
      {"", "质量指标", "服务达标率", "20"},
      {"总分", "100"},
  };
  EXPECT_EQ(Rows(pdf), expected);
  EXPECT_EQ(Prose(pdf), (std::vector<std::string>{"表格之后的正文。"}));
}

TEST(PdfTables, CharactersSpreadOverANarrowCellAreOneWord) {
  // A word processor spreads a narrow cell's characters evenly over its width (数 量 指 / 标);
  // each comes as a word of its own, at the same places in every row: no columns of their own.
  Drawing drawing;
  drawing.WithoutRules();
  for (int row = 0; row < 3; ++row) {
    const double y = 103 + 32 * row;
    const std::vector<std::vector<std::string>> chars = {{"数", "量", "指"}, {"质", "量", "指"}, {"时", "效", "指"}};
    for (std::size_t k = 0; k < 3; ++k) drawing.Text(63 + 17 * static_cast<double>(k), y, chars[row][k]);
    drawing.Text(63, y + 14, "标");
    drawing.Text(124, y + 7, std::vector<std::string>{"服务对象人数", "服务达标率", "完成时限"}[row]);
    drawing.Text(244, y + 7, std::vector<std::string>{"15", "20", "10"}[row]);
  }
  const std::vector<std::vector<std::string>> expected = {
      {"数量指标", "服务对象人数", "15"},
      {"质量指标", "服务达标率", "20"},
      {"时效指标", "完成时限", "10"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfRuledTables, AcrossAPageBreakTheRepeatedHeaderGoesAndACutRowIsJoined) {
  Drawing drawing;
  const std::vector<double> xs = {60, 100, 300, 380};
  Grid(drawing, xs, {740, 762, 784, 806});
  drawing.Text(64, 744, "序号");
  drawing.Text(104, 744, "项目名称");
  drawing.Text(304, 744, "全年预算数");
  drawing.Text(64, 766, "1");
  drawing.Text(104, 766, "农村公路养护");
  drawing.Text(304, 766, "120.00");
  drawing.Text(64, 788, "2");
  drawing.Text(104, 788, "乡村振兴衔接资金");  // the row's last line goes on at the next page's top
  drawing.Text(304, 788, "300.00");
  drawing.NextPage();
  Grid(drawing, xs, {60, 82, 104, 126});
  drawing.Text(64, 64, "序号");  // the header repeated
  drawing.Text(104, 64, "项目名称");
  drawing.Text(304, 64, "全年预算数");
  drawing.Text(104, 86, "（以工代赈）");
  drawing.Text(64, 108, "3");
  drawing.Text(104, 108, "河道清淤");
  drawing.Text(304, 108, "45.50");
  const std::vector<std::vector<std::string>> expected = {
      {"序号", "项目名称", "全年预算数"},
      {"1", "农村公路养护", "120.00"},
      {"2", "乡村振兴衔接资金（以工代赈）", "300.00"},
      {"3", "河道清淤", "45.50"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfRuledTables, CellsWithoutMarginsAndSpreadCharactersKeepTheirWords) {
  // No cell margins: 一级 and 二级 run together over the border between their cells (one word of
  // the PDF's, cut at the rule); 得 分 spread over its cell is one word, without the gap's space.
  Drawing drawing;
  const double w = drawing.Width("一级");
  const std::vector<double> xs = {60, 61 + w, 61 + 2 * w + 0.5, 230};
  Grid(drawing, xs, {100, 122, 144});
  drawing.Text(61, 104, "一级二级");
  drawing.Text(xs[2] + 2, 104, "得");
  drawing.Text(xs[3] - 14, 104, "分");
  drawing.Text(61, 126, "产出");
  drawing.Text(xs[1] + 1, 126, "数量");
  drawing.Text(xs[2] + 2, 126, "8");
  const std::vector<std::vector<std::string>> expected = {{"一级", "二级", "得分"}, {"产出", "数量", "8"}};
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfRuledTables, AHeaderCutByAPageBreakIsJoinedBack) {
  // The header's words over two lines, the page break between them: 年初 | 全年 | 全年 at the foot
  // of page 1, 预算数 | 预算数 | 执行数 at the top of page 2 — as many cells as its start, all short.
  Drawing drawing;
  const std::vector<double> xs = {60, 160, 230, 300, 370};
  Grid(drawing, xs, {770, 806});
  drawing.Text(64, 774, "项目资金");
  drawing.Text(164, 774, "年初");
  drawing.Text(234, 774, "全年");
  drawing.Text(304, 774, "全年");
  drawing.NextPage();
  Grid(drawing, xs, {60, 82, 104});
  drawing.Text(64, 64, "（万元）");
  drawing.Text(164, 64, "预算数");
  drawing.Text(234, 64, "预算数");
  drawing.Text(304, 64, "执行数");
  drawing.Text(64, 86, "年度资金总额");
  drawing.Text(164, 86, "252.91");
  drawing.Text(234, 86, "259.55");
  drawing.Text(304, 86, "225.54");
  const std::vector<std::vector<std::string>> expected = {
      {"项目资金（万元）", "年初预算数", "全年预算数", "全年执行数"},
      {"年度资金总额", "252.91", "259.55", "225.54"},
  };
  EXPECT_EQ(Rows(ReadDrawing(drawing)), expected);
}

TEST(PdfLayout, DropsRunningHeadersAndFooters) {
  Drawing drawing;
  for (int page = 1; page <= 3; ++page) {
    if (page > 1) drawing.NextPage();
    drawing.Text(150, 30, "黔南州自然资源局2022年度部门整体支出绩效自评报告", 9);
    for (int line = 1; line <= 3; ++line) {
      drawing.Text(60, 80 + 20 * line, "（" + std::to_string(line) + "）第" + std::to_string(page) + "页正文。");
    }
    drawing.Text(250, 800, "自评报告 - " + std::to_string(page) + " -", 9);
  }
  const TextDocument pdf = ReadDrawing(drawing);
  std::vector<std::string> expected;
  for (int page = 1; page <= 3; ++page) {
    for (int line = 1; line <= 3; ++line) {
      expected.push_back("（" + std::to_string(line) + "）第" + std::to_string(page) + "页正文。");
    }
  }
  EXPECT_EQ(Prose(pdf), expected);
  ASSERT_EQ(pdf.lines.size(), 9u);
  EXPECT_EQ(pdf.lines[3].page, 2);
  EXPECT_EQ(pdf.lines[3].number, 1);
}

TEST(PdfLayout, DropsABrowsersHeaderAndFooter) {
  // Printed from a browser: the time it was printed and the page's title on top, its address and
  // "1/3" at the foot of every page.
  Drawing drawing;
  for (int page = 1; page <= 3; ++page) {
    if (page > 1) drawing.NextPage();
    drawing.Text(20, 12, "11/27/26, 12:44 PM", 8);
    drawing.Text(300, 12, "某县水利局2023年度项目支出绩效自评报告", 8);
    for (int line = 1; line <= 3; ++line) {
      drawing.Text(60, 80 + 20 * line, "（" + std::to_string(line) + "）第" + std::to_string(page) + "页正文。");
    }
    drawing.Text(20, 820, "file:///tmp/report.html", 8);
    drawing.Text(540, 820, std::to_string(page) + "/3", 8);
  }
  std::vector<std::string> expected;
  for (int page = 1; page <= 3; ++page) {
    for (int line = 1; line <= 3; ++line) expected.push_back("（" + std::to_string(line) + "）第" + std::to_string(page) + "页正文。");
  }
  EXPECT_EQ(Prose(ReadDrawing(drawing)), expected);
}

TEST(PdfLayout, AFootnoteFollowsTheLineReferringToIt) {
  // Word's footnote: its mark after the caption's last character, its text at the page's foot.
  Drawing drawing;
  drawing.Text(60, 100, "表1 2024年度部门预算执行情况表1");
  Grid(drawing, {60, 200, 300}, {120, 142, 164});
  drawing.Text(64, 124, "项目");
  drawing.Text(204, 124, "全年预算数");
  drawing.Text(64, 146, "基本支出");
  drawing.Text(204, 146, "251.96");
  drawing.Text(60, 200, "三、部门整体绩效目标完成情况");
  drawing.Text(60, 780, "1注：金额单位为万元。", 9);
  drawing.Text(280, 810, "—1—", 9);
  const TextDocument pdf = ReadDrawing(drawing);
  EXPECT_EQ(Prose(pdf), (std::vector<std::string>{"表1 2024年度部门预算执行情况表", "注：金额单位为万元。", "三、部门整体绩效目标完成情况"}));
  ASSERT_GE(pdf.lines.size(), 3u);
  EXPECT_TRUE(pdf.lines[2].is_table_row());  // the note between the caption and its table
}

TEST(PdfLayout, KeepsATableHeaderRepeatedAtTheTopOfEachPage) {
  Drawing drawing;
  const std::vector<double> columns = {60, 200, 280, 360};
  const std::vector<std::vector<std::string>> header = {{"项目名称"}, {"全年预算数"}, {"全年执行数"}};
  for (int page = 1; page <= 2; ++page) {
    if (page > 1) drawing.NextPage();
    const std::string n = std::to_string(page);
    DrawTable(drawing, {columns, {header, {{"第" + n + "页项目甲"}, {"100"}, {"90"}}, {{"第" + n + "页项目乙"}, {"200"}, {"180"}}}}, 40);
  }
  const TextDocument pdf = ReadDrawing(drawing);
  const std::vector<std::vector<std::string>> expected = {
      {"项目名称", "全年预算数", "全年执行数"}, {"第1页项目甲", "100", "90"}, {"第1页项目乙", "200", "180"},
      {"第2页项目甲", "100", "90"},           {"第2页项目乙", "200", "180"},
  };
  EXPECT_EQ(Rows(pdf), expected);
}

TEST(PdfLayout, ASignBeforeAFigureStaysWithItWhenALineWraps) {
  // "…指标值" / "≥285辆，…": the line broke before "≥285", which it could not split; the short
  // line is no paragraph's end.
  Drawing drawing;
  const std::string full = "本项目绩效目标完成情况如下，产出指标和效益指标均按计划完成，资金使用规范，管理制度健全有效。";
  const std::string short_line = "产出指标方面，养护农村公路里程完成642公里，目标578公里，得10分。“补贴客运车辆数”指标值";
  for (int line = 0; line < 3; ++line) drawing.Text(60, 80 + 20 * line, full);
  const double room = drawing.Width(full) - drawing.Width(short_line);
  ASSERT_GT(room, drawing.Width("≥"));      // the sign alone would have fitted
  ASSERT_LT(room, drawing.Width("≥285"));   // the sign with its figure would not
  drawing.Text(60, 140, short_line);
  drawing.Text(60, 160, "≥285辆，全年实际完成293辆，得15分。");
  const std::vector<std::string> prose = Prose(ReadDrawing(drawing));
  ASSERT_EQ(prose.size(), 1u);
  EXPECT_TRUE(prose[0].ends_with(short_line + "≥285辆，全年实际完成293辆，得15分。")) << prose[0];
}

// Lines of prose one under the other, each space drawn twice: the width of a space with the
// spacing a word processor adds beside it between Chinese and figures.
void DrawSpacedLines(Drawing& drawing, const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string wide;
    for (char c : lines[i]) wide += c == ' ' ? std::string("  ") : std::string(1, c);
    drawing.Text(60, 80 + 18 * static_cast<double>(i), wide);
  }
}

TEST(PdfLayout, ProseWithSpacesAroundItsFiguresIsNoTable) {
  // Spaces typed around figures ("共 5 个", "1,151,110.51 元") part a line's words about as far as a
  // cell border's padding would; on line after line some line up. Figures parted from their units
  // say it is prose (a hard-wrapped copy, its lines not all filled).
  Drawing drawing;
  const std::vector<std::string> lines = {
      "2021 年度某中心纳入绩效自评的项目共 5 个，涉及预算资金",
      "1,151,110.51 元，实际支出 721,307.56 元，总体执行率 62.66%。各项目对照年初绩效目",
      "标逐项评分，评分结果如下：",
      "自评为“优”的项目三个，涉及资金 380,247.69 元；自评为“良”的项目一个，涉及资金",
      "582,993.95 元；自评为“中”的项目一个，涉及资金 187,868.87 元。",
      "一是金融知识进村入户宣传经费。全年预算 246,099.61 元，实际支出 243,862.56 元，预",
      "算执行率 99.09%，自评得分 99.2 分。",
      "——进村宣讲场次：计划≥101 场，实际 111 场（得分 15）",
      "——资金兑付办结时限：计划≤6 天，实际 6 天（得分 22）",
      "二是金融统计监测费。全年预算 54,492.21 元，实际支出 45,025.27 元，预算执行率",
      "82.63%，自评得分 98.26 分。",
      "——项目资料归档率：计划 100%，实际 100%（得分 16）",
      "三是小额贷款公司现场检查费。全年预算 79,655.87 元，实际支出 67,948.05 元，预算执",
      "行率 85.30%，自评得分 98.53 分。",
  };
  DrawSpacedLines(drawing, lines);
  const TextDocument pdf = ReadDrawing(drawing);
  EXPECT_TRUE(Rows(pdf).empty());
  const std::vector<std::string> prose = Prose(pdf);
  ASSERT_FALSE(prose.empty());
  EXPECT_TRUE(prose[0].starts_with("2021")) << prose[0];
  EXPECT_NE(prose[0].find("个，涉及预算资金"), std::string::npos) << prose[0];
  // (Fields set apart by two spaces among them: "项目名称:X  预算:100.21 万元  执行:95.16 万元".)
  Drawing fields;
  const std::vector<std::string> field_lines = {
      "项目名称:稻田养蟹示范推广项目  预算:100.21 万元  执行:95.16 万元  执行率",
      ":95％",
      "绩效指标:数量—建设示范基地:3 个以上/实际 2 个；数量—示范推广面积:≥1000 亩/实",
      "际 1060 亩；时效—蟹苗投放时间:5 月底前完成投放/实际 5 月 20 日完成投放；经济效益",
      "—示范区亩均增收:≥735 元/实际 798 元；满意度—示范户满意度:≥85％/实际 97.2％",
      "自评分:93.5  等级:优",
      "项目名称:土著鱼类苗种放流项目  预算:26.80 万元  执行:25.32 万元  执行率",
      ":94.48％",
      "绩效指标:数量—放流土著鱼类苗种:≥71 万尾/实际 76 万尾；质量—放流苗种检验合格",
  };
  DrawSpacedLines(fields, field_lines);
  EXPECT_TRUE(Rows(ReadDrawing(fields)).empty());
}

TEST(PdfLayout, ReadsTheLeftColumnBeforeTheRightOne) {
  Drawing drawing;
  drawing.Centred(60, 535, 50, "两栏排版的一页：标题横跨两栏");
  const std::string filler = "的正文内容占满这一栏的宽度为止";
  for (int line = 1; line <= 8; ++line) {
    const std::string n = std::to_string(line);
    drawing.Text(60, 80 + 20 * line, "左栏第" + n + "行" + filler);
    drawing.Text(310, 80 + 20 * line, "右栏第" + n + "行" + filler);
  }
  drawing.Text(60, 300, "页面底部横跨两栏的一行正文，从左边一直写到右边，不属于任何一栏。");
  const TextDocument pdf = ReadDrawing(drawing);
  std::vector<std::string> expected = {"两栏排版的一页：标题横跨两栏"};
  for (const char* side : {"左栏", "右栏"}) {
    for (int line = 1; line <= 8; ++line) expected.push_back(side + ("第" + std::to_string(line) + "行") + filler);
  }
  expected.push_back("页面底部横跨两栏的一行正文，从左边一直写到右边，不属于任何一栏。");
  EXPECT_EQ(Prose(pdf), expected);
}

}  // namespace
}  // namespace jixiao
