#include "ingest/read/xlsx_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <cstdio>
#include <functional>

#include "base/file.h"
#include "ingest/read/html_reader.h"
#include "ingest/read/read_document.h"
#include "ingest/read/xlsx_cells.h"

namespace jixiao {
namespace {

// An .xlsx written by libxlsxwriter (as Excel would), returned as bytes.
std::string BuildXlsx(const std::function<void(lxw_workbook*)>& fill) {
  static int counter = 0;
  // The process id too: CTest runs each test in its own process, two at a time, and a shared
  // name let one process remove the workbook another was reading.
  const std::string path = ::testing::TempDir() + "xlsx_reader_test_" + std::to_string(getpid()) + "_" +
                           std::to_string(++counter) + ".xlsx";
  lxw_workbook* workbook = workbook_new(path.c_str());
  fill(workbook);
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  std::string bytes = ReadFile(path).value_or("");
  std::remove(path.c_str());
  return bytes;
}

// A zip archive built in memory from (name, content) pairs.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : files) {
    zip_source_t* part = zip_source_buffer(archive, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), part, ZIP_FL_OVERWRITE);
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1);  // fast: the bomb is 201 MB
  }
  zip_close(archive);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  std::string bytes(static_cast<std::size_t>(zip_source_tell(buffer)), '\0');
  zip_source_seek(buffer, 0, SEEK_SET);
  zip_source_read(buffer, bytes.data(), bytes.size());
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

constexpr std::string_view kMain = R"(xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
constexpr std::string_view kRelNs = R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
constexpr std::string_view kRelType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

// A hand-made workbook: one sheet per sheetData body (named S1, S2…), optional shared strings.
std::string HandXlsx(const std::vector<std::string>& sheet_bodies, const std::string& shared_strings = "") {
  std::string sheets, rels;
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t i = 1; i <= sheet_bodies.size(); ++i) {
    const std::string n = std::to_string(i);
    sheets += "<sheet name=\"S" + n + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + std::string(kRelType) +
            "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
    files.push_back({"xl/worksheets/sheet" + n + ".xml",
                     "<worksheet " + std::string(kMain) + ">" + sheet_bodies[i - 1] + "</worksheet>"});
  }
  files.push_back({"xl/workbook.xml", "<workbook " + std::string(kMain) + " " + std::string(kRelNs) + "><sheets>" +
                                          sheets + "</sheets></workbook>"});
  files.push_back({"xl/_rels/workbook.xml.rels", "<Relationships>" + rels + "</Relationships>"});
  if (!shared_strings.empty()) {
    files.push_back({"xl/sharedStrings.xml", "<sst " + std::string(kMain) + ">" + shared_strings + "</sst>"});
  }
  return MakeZip(files);
}

TextDocument Read(const std::string& bytes) {
  auto document = ReadXlsx(bytes, "t.xlsx");
  EXPECT_TRUE(document.has_value()) << (document ? "" : document.error().message);
  return document.value_or(TextDocument{});
}

using Cells = std::vector<std::string>;

// A 自评表 the way a finance office keeps it: a merged title (its value repeated into the
// merged cells by some tools), rich text, line breaks in headers, an empty column, percent,
// date, boolean and formula cells; a second sheet; a hidden third sheet.
std::string SelfEvaluationWorkbook() {
  return BuildXlsx([](lxw_workbook* wb) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, "项目自评表");
    lxw_format* percent = workbook_add_format(wb);
    format_set_num_format(percent, "0%");
    lxw_format* percent2 = workbook_add_format(wb);
    format_set_num_format(percent2, "0.00%");
    lxw_format* percent_custom = workbook_add_format(wb);
    format_set_num_format(percent_custom, "0.0%");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
    lxw_format* money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    worksheet_merge_range(ws, 0, 0, 0, 5, "2022年度项目支出绩效自评表", nullptr);
    worksheet_write_string(ws, 0, 1, "2022年度项目支出绩效自评表", nullptr);  // repeated into the merge
    worksheet_write_string(ws, 0, 2, "2022年度项目支出绩效自评表", nullptr);
    worksheet_write_string(ws, 2, 0, "项目名称", nullptr);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_rich_string_tuple first = {bold, const_cast<char*>("耕地")}, second = {nullptr, const_cast<char*>("保护")};
    lxw_rich_string_tuple* rich[] = {&first, &second, nullptr};
    worksheet_write_rich_string(ws, 2, 1, rich, nullptr);
    const char* heads[] = {"全年预算数\n（元）", "财政拨款（元）", "其他资金（元）", nullptr,
                           "全年执行数（元）",   "执行率"};
    for (int c = 0; c < 6; ++c) {
      if (heads[c] != nullptr) worksheet_write_string(ws, 4, static_cast<lxw_col_t>(c), heads[c], nullptr);
    }
    worksheet_write_number(ws, 5, 0, 45500, money);
    worksheet_write_number(ws, 5, 1, 45500, nullptr);
    worksheet_write_number(ws, 5, 2, 0, nullptr);
    worksheet_write_number(ws, 5, 4, 45500, nullptr);
    worksheet_write_number(ws, 5, 5, 1, percent);
    worksheet_write_number(ws, 6, 0, 0.9535, percent2);
    worksheet_write_number(ws, 6, 1, 0.955, percent_custom);
    worksheet_write_formula_num(ws, 6, 4, "=A6*2", nullptr, 91000);
    worksheet_write_boolean(ws, 6, 5, 1, nullptr);
    lxw_datetime when = {2023, 3, 15, 0, 0, 0};
    worksheet_write_datetime(ws, 7, 4, &when, date);
    worksheet_write_blank(ws, 8, 0, money);  // a formatted empty row: no line
    lxw_worksheet* second_sheet = workbook_add_worksheet(wb, "指标");
    worksheet_write_string(second_sheet, 0, 0, "一级指标", nullptr);
    worksheet_write_string(second_sheet, 0, 1, "指标值", nullptr);
    worksheet_write_string(second_sheet, 1, 0, "产出指标", nullptr);
    worksheet_write_string(second_sheet, 1, 1, "≥95%", nullptr);
    lxw_worksheet* hidden = workbook_add_worksheet(wb, "隐藏");
    worksheet_write_string(hidden, 0, 0, "不应读到", nullptr);
    worksheet_hide(hidden);
  });
}

TEST(ReadXlsx, ReadsASelfEvaluationTableAsRowsOfCellsInTheirColumns) {
  const TextDocument document = Read(SelfEvaluationWorkbook());
  EXPECT_EQ(document.kind, SourceKind::kXlsx);
  EXPECT_EQ(document.source, "t.xlsx");
  EXPECT_EQ(document.page_count, 2);
  struct Expected {
    int page;
    int number;
    std::string text;
    Cells cells;
  };
  const std::vector<Expected> expected = {
      {1, 0, "项目自评表", {}},
      {1, 1, "2022年度项目支出绩效自评表", {"2022年度项目支出绩效自评表"}},
      {1, 3, "项目名称\t耕地保护", {"项目名称", "耕地保护"}},
      {1,
       5,
       "全年预算数（元）\t财政拨款（元）\t其他资金（元）\t\t全年执行数（元）\t执行率",
       {"全年预算数（元）", "财政拨款（元）", "其他资金（元）", "", "全年执行数（元）", "执行率"}},
      // (As the cells show their numbers: 45500 under #,##0.00 is 45500.00.)
      {1, 6, "45500.00\t45500\t0\t\t45500\t100%", {"45500.00", "45500", "0", "", "45500", "100%"}},
      {1, 7, "95.35%\t95.5%\t\t\t91000\tTRUE", {"95.35%", "95.5%", "", "", "91000", "TRUE"}},
      {1, 8, "\t\t\t\t2023-03-15\t", {"", "", "", "", "2023-03-15", ""}},  // as wide as its table
      {2, 0, "指标", {}},
      {2, 1, "一级指标\t指标值", {"一级指标", "指标值"}},
      {2, 2, "产出指标\t≥95%", {"产出指标", "≥95%"}},
  };
  ASSERT_EQ(document.lines.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const TextLine& line = document.lines[i];
    EXPECT_EQ(line.page, expected[i].page) << i;
    EXPECT_EQ(line.number, expected[i].number) << i;
    EXPECT_EQ(line.text, expected[i].text) << i;
    EXPECT_EQ(line.cells, expected[i].cells) << i;
    EXPECT_EQ(line.is_table_row(), !expected[i].cells.empty()) << i;
  }
}

TEST(ReadXlsx, LocationsNameTheSheetAndTheRow) {
  const TextDocument document = Read(SelfEvaluationWorkbook());
  ASSERT_GE(document.lines.size(), 9u);
  SourceSpan span = SpanAt(document, 4, 0, 5);  // row 6 of the first sheet
  EXPECT_EQ(span.sheet, 1);
  EXPECT_EQ(span.line, 6);
  EXPECT_EQ(span.excerpt, "45500");
  EXPECT_EQ(DescribeSpan(span), "第 1 个工作表第 6 行");
  span = SpanAt(document, 8, 0);
  EXPECT_EQ(DescribeSpan(span), "第 2 个工作表第 1 行");
  EXPECT_EQ(DescribeSpan(SpanAt(document, 7, 0)), "第 2 个工作表");  // the line naming the sheet
}

TEST(ReadXlsx, ReadsAWorkbookWrittenByLibreOfficeCalc) {
  // tests/fixtures/sources/selfeval.fods converted by tests/fixtures/make-fixtures.sh.
  const TextDocument document = Read(*ReadFile(std::string(JIXIAO_FIXTURES) + "/generated/selfeval.xlsx"));
  ASSERT_EQ(document.lines.size(), 18u);
  EXPECT_EQ(document.lines[0].text, "项目自评表");
  EXPECT_EQ(document.lines[1].cells, (Cells{"项目支出绩效自评表"}));
  // Merged across columns: one cell, as in a document's table; the rows of a table span its grid.
  EXPECT_EQ(document.lines[4].cells, (Cells{"主管部门", "黔南州自然资源局", "实施单位", "黔南州自然资源局"}));
  EXPECT_EQ(document.lines[6].cells, (Cells{"45500.00", "45500.00", "0.00", "45500.00", "100.00%", "10", "10", ""}));
  EXPECT_EQ(document.lines[11].cells[0], "");  // under the vertically merged 产出指标
  EXPECT_EQ(document.lines[13].cells[4], "95.35%");
  EXPECT_EQ(document.lines[15].text, "填报信息");
  EXPECT_EQ(document.lines[17].text, "填报日期\t2023-03-15");
  EXPECT_EQ(document.lines[17].page, 2);
  EXPECT_EQ(document.lines[17].number, 2);
}

TEST(ReadXlsx, ReadsInlineStringsFormulaResultsEscapesAndMergedAreas) {
  const std::string shared =
      "<si><t>共享</t></si>"
      "<si><r><t>富</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">文本</t></r><rPh><t>フリガナ</t></rPh></si>"
      "<si><t>第一行_x000D_\n第二行</t></si>";
  const std::string sheet =
      "<sheetData>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>内联</t></is></c>"
      "<c t=\"s\"><v>1</v></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>公式文本</v></c></row>"
      "<row><c r=\"A3\" t=\"e\"><v>#DIV/0!</v></c><c r=\"C3\" t=\"b\"><v>0</v></c>"
      "<c r=\"D3\"><v>0.30000000000000004</v></c><c r=\"E3\"><v>1.5E-3</v></c><c r=\"F3\"><f>SUM(A1)</f></c></row>"
      "<row r=\"4\"><c r=\"B4\" t=\"s\"><v>2</v></c><c r=\"C4\"><v>7</v></c><c r=\"D4\"><v>7</v></c></row>"
      "<row r=\"5\"><c r=\"C5\"><v>7</v></c><c r=\"E5\"><v>8</v></c></row>"
      "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"C4:D5\"/></mergeCells>";
  const TextDocument document = Read(HandXlsx({sheet}, shared));
  ASSERT_EQ(document.lines.size(), 5u);
  EXPECT_EQ(document.lines[0].text, "S1");
  EXPECT_EQ(document.lines[1].cells, (Cells{"共享", "内联", "富文本", "公式文本", ""}));
  EXPECT_EQ(document.lines[2].number, 3);  // a row without r follows the one before
  EXPECT_EQ(document.lines[2].cells, (Cells{"#DIV/0!", "", "FALSE", "0.3", "0.0015"}));
  EXPECT_EQ(document.lines[3].cells, (Cells{"", "第一行第二行", "7", ""}));  // D4 is in C4's cell
  EXPECT_EQ(document.lines[4].cells, (Cells{"", "", "", "8"}));  // C5:D5 continue it: one empty cell
}

// The national 2021 form as Calc saves a page: a merged 一级指标 down the first column, merged
// cells across, empty cells not written (A16) or written without a value (J16), a last column
// empty in most rows. The XLSX reader gives the rows the HTML reader gives for the same table.
TEST(ReadXlsx, GivesATableWithMergedCellsTheRowsADocumentGives) {
  const auto cell = [](const std::string& ref, const std::string& text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  };
  const std::string sheet =
      "<sheetData>"
      "<row r=\"1\">" + cell("A1", "项目支出绩效自评表") + "</row>"
      "<row r=\"2\">" + cell("A2", "项目名称") + cell("B2", "危桥改造项目") + "</row>"
      "<row r=\"3\">" + cell("A3", "年度总体目标") + cell("B3", "预期目标") + cell("D3", "实际完成情况") + "</row>"
      "<row r=\"4\">" + cell("B4", "完成年度任务。") + cell("D4", "已完成。") + "</row>"
      "<row r=\"5\">" + cell("A5", "一级指标") + cell("B5", "二级指标") + cell("C5", "三级指标") +
      cell("D5", "指标值") + cell("E5", "偏差原因") + "</row>"
      "<row r=\"6\">" + cell("A6", "产出指标") + cell("B6", "数量指标") + cell("C6", "改造危桥数量") +
      cell("D6", "26") + "<c r=\"E6\" s=\"1\"/></row>"
      "<row r=\"7\">" + cell("B7", "数量指标") + cell("C7", "补贴客运车辆数") + cell("D7", "282") + "</row>"
      "<row r=\"8\">" + cell("A8", "总分") + cell("D8", "97.19") + "</row>"
      "</sheetData><mergeCells count=\"7\"><mergeCell ref=\"A1:E1\"/><mergeCell ref=\"B2:E2\"/>"
      "<mergeCell ref=\"A3:A4\"/><mergeCell ref=\"B3:C3\"/><mergeCell ref=\"B4:C4\"/>"
      "<mergeCell ref=\"A6:A7\"/><mergeCell ref=\"A8:C8\"/></mergeCells>";
  const std::string html =
      "<html><body><table>"
      "<tr><td colspan=\"5\">项目支出绩效自评表</td></tr>"
      "<tr><td>项目名称</td><td colspan=\"4\">危桥改造项目</td></tr>"
      "<tr><td rowspan=\"2\">年度总体目标</td><td colspan=\"2\">预期目标</td><td>实际完成情况</td><td></td></tr>"
      "<tr><td colspan=\"2\">完成年度任务。</td><td>已完成。</td><td></td></tr>"
      "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>偏差原因</td></tr>"
      "<tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>改造危桥数量</td><td>26</td><td></td></tr>"
      "<tr><td>数量指标</td><td>补贴客运车辆数</td><td>282</td><td></td></tr>"
      "<tr><td colspan=\"3\">总分</td><td>97.19</td><td></td></tr>"
      "</table></body></html>";
  const TextDocument from_xlsx = Read(HandXlsx({sheet}));
  const auto from_html = ReadHtml(html, "t.html");
  ASSERT_TRUE(from_html.has_value());
  std::vector<Cells> xlsx_rows, html_rows;
  for (const TextLine& line : from_xlsx.lines) {
    if (line.is_table_row()) xlsx_rows.push_back(line.cells);
  }
  for (const TextLine& line : from_html->lines) {
    if (line.is_table_row()) html_rows.push_back(line.cells);
  }
  ASSERT_EQ(xlsx_rows.size(), 8u);
  EXPECT_EQ(xlsx_rows[6], (Cells{"", "数量指标", "补贴客运车辆数", "282", ""}));  // under the merged 产出指标
  EXPECT_EQ(xlsx_rows[0], (Cells{"项目支出绩效自评表"}));                        // a merged title: one cell
  ASSERT_EQ(xlsx_rows.size(), html_rows.size());
  for (std::size_t i = 0; i < xlsx_rows.size(); ++i) EXPECT_EQ(xlsx_rows[i], html_rows[i]) << "row " << i + 1;
}

TEST(ReadXlsx, ReadsASentenceInARowOfItsOwnAsALineOfText) {
  // A page opened in Calc: each paragraph is a cell of its own in the first column, the table's
  // rows follow. The sentence (its totals, the table's unit) is read as text, the title stays a cell.
  const std::string sheet =
      "<sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目支出情况表</t></is></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>全年预算数6381.83万元，执行率82.26%。单位：万元</t></is></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>项目名称</t></is></c>"
      "<c r=\"B3\" t=\"inlineStr\"><is><t>全年预算数</t></is></c></row>"
      "<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>备注：见附件。</t></is></c></row>"
      "</sheetData>";
  const TextDocument document = Read(HandXlsx({sheet}));
  ASSERT_EQ(document.lines.size(), 5u);
  EXPECT_EQ(document.lines[1].cells, (Cells{"项目支出情况表"}));
  EXPECT_FALSE(document.lines[2].is_table_row());
  EXPECT_EQ(document.lines[2].text, "全年预算数6381.83万元，执行率82.26%。单位：万元");
  EXPECT_EQ(document.lines[2].number, 2);
  EXPECT_EQ(document.lines[2].page, 1);
  EXPECT_EQ(document.lines[3].cells, (Cells{"项目名称", "全年预算数"}));
  EXPECT_EQ(document.lines[4].cells, (Cells{"", "备注：见附件。"}));  // a cell in its column stays one
}

TEST(ReadXlsx, ReadsANarrativeReportKeptInASheetAsItsLinesOfText) {
  // A report opened in Calc: each heading and paragraph a row of its own in the first column.
  // Headings are lines of text as in the document, not one-cell table rows.
  const std::string sheet =
      "<sheetData>"
      "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>二、绩效目标实现情况</t></is></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>（一）农村饮水安全巩固提升工程</t></is></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>1.资金投入及使用情况</t></is></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>①数量指标</t></is></c></row>"
      "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>1.5</t></is></c></row>"
      "<row r=\"6\"><c r=\"A6\" t=\"inlineStr\"><is><t>项目支出绩效自评表</t></is></c></row>"
      "</sheetData>";
  const TextDocument document = Read(HandXlsx({sheet}));
  ASSERT_EQ(document.lines.size(), 7u);
  for (std::size_t i = 1; i <= 4; ++i) EXPECT_FALSE(document.lines[i].is_table_row()) << document.lines[i].text;
  EXPECT_EQ(document.lines[2].text, "（一）农村饮水安全巩固提升工程");
  EXPECT_TRUE(document.lines[5].is_table_row());  // a number is a cell
  EXPECT_TRUE(document.lines[6].is_table_row());  // a table's title stays a cell
}

// A workbook from its <sheets> entries and relationships, plus parts.
std::string WorkbookZip(const std::string& workbook_inner, const std::string& relationships,
                        std::vector<std::pair<std::string, std::string>> parts) {
  parts.push_back({"xl/workbook.xml", "<workbook " + std::string(kMain) + " " + std::string(kRelNs) + ">" +
                                          workbook_inner + "</workbook>"});
  parts.push_back({"xl/_rels/workbook.xml.rels", "<Relationships>" + relationships + "</Relationships>"});
  return MakeZip(parts);
}

std::string Relationship(const std::string& id, const std::string& type, const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + std::string(kRelType) + type + "\" Target=\"" + target + "\"/>";
}

std::string Worksheet(const std::string& sheet_data) {
  return "<worksheet " + std::string(kMain) + "><sheetData>" + sheet_data + "</sheetData></worksheet>";
}

TEST(ReadXlsx, SkipsHiddenAndChartSheetsAndCountsTheVisibleOnes) {
  const std::string row = "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>数据</t></is></c></row>";
  const std::string bytes = WorkbookZip(
      "<sheets><sheet name=\"空\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"图表\" sheetId=\"2\" r:id=\"rId2\"/>"
      "<sheet name=\"隐藏\" sheetId=\"3\" state=\"hidden\" r:id=\"rId3\"/><sheet name=\"数据\" sheetId=\"4\" "
      "r:id=\"rId4\"/>"
      "</sheets>",
      Relationship("rId1", "worksheet", "worksheets/sheet1.xml") +
          Relationship("rId2", "chartsheet", "chartsheets/c.xml") +
          Relationship("rId3", "worksheet", "worksheets/sheet3.xml") +
          Relationship("rId4", "worksheet", "/xl/worksheets/../worksheets/sheet4.xml"),
      {{"xl/worksheets/sheet1.xml", Worksheet("")},
       {"xl/chartsheets/c.xml", "<chartsheet/>"},
       {"xl/worksheets/sheet3.xml", Worksheet(row)},
       {"xl/worksheets/sheet4.xml", Worksheet(row)}});
  const TextDocument document = Read(bytes);
  EXPECT_EQ(document.page_count, 2);
  ASSERT_EQ(document.lines.size(), 2u);
  EXPECT_EQ(document.lines[0].text, "数据");  // the line naming the sheet: not a table row
  EXPECT_FALSE(document.lines[0].is_table_row());
  EXPECT_EQ(document.lines[1].page, 2);  // the empty first sheet still counts; hidden and chart sheets do not
  EXPECT_EQ(document.lines[1].number, 3);
  EXPECT_EQ(document.lines[1].cells, (Cells{"数据"}));
}

TEST(ReadXlsx, NumberStylesComeFromTheStylesPart) {
  const std::string styles =
      "<styleSheet " + std::string(kMain) +
      "><numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0&quot;%&quot;;[Red]-0.0%\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"0.0%;[Red]-0.0%\"/></numFmts>"
      "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/>"
      "<xf numFmtId=\"31\"/><xf numFmtId=\"165\"/></cellXfs></styleSheet>";
  const std::string cells =
      "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>0</v></c><c r=\"B1\" s=\"2\"><v>0.5</v></c><c r=\"C1\" "
      "s=\"3\"><v>1.05</v></c>"
      "<c r=\"D1\" s=\"4\"><v>44927</v></c><c r=\"E1\" s=\"9\"><v>3</v></c><c r=\"F1\" s=\"5\"><v>-0.5</v></c></row>";
  const std::string bytes =
      WorkbookZip("<workbookPr date1904=\"1\"/><sheets><sheet name=\"表\" sheetId=\"1\" r:id=\"rId1\"/></sheets>",
                  Relationship("rId1", "worksheet", "worksheets/a.xml") + Relationship("rId2", "styles", "styles.xml"),
                  {{"xl/worksheets/a.xml", Worksheet(cells)}, {"xl/styles.xml", styles}});
  const TextDocument document = Read(bytes);
  ASSERT_EQ(document.lines.size(), 2u);
  // 1904 date system: serial 0 is 1904-01-01. A quoted % is words after the number, no percent
  // format (0.5 shows as 0.5%); each number shows the decimals its format gives (10: 0.00%).
  EXPECT_EQ(document.lines[1].cells, (Cells{"1904-01-01", "0.5%", "105.00%", "2027-01-02", "3", "-50.0%"}));
}

TEST(XlsxCells, NumbersShowAsTheirFormatsShowThem) {
  // An execution rate a formula left with all its decimals is stated as the cell shows it; a
  // format's words after the number are its unit.
  EXPECT_EQ(xlsx::FormatNumber("0.820245188125224", xlsx::FormatOfCode(164, "0.00%")), "82.02%");
  EXPECT_EQ(xlsx::FormatNumber("0.974", xlsx::FormatOfCode(165, "0.0%")), "97.4%");
  EXPECT_EQ(xlsx::FormatNumber("1", xlsx::FormatOfCode(165, "0.0%")), "100.0%");
  EXPECT_EQ(xlsx::FormatNumber("12.5", xlsx::FormatOfCode(166, "0.00\"万元\"")), "12.50万元");
  EXPECT_EQ(xlsx::FormatNumber("1031598", xlsx::FormatOfCode(4, "")), "1031598.00");
  EXPECT_EQ(xlsx::FormatNumber("1031598.4", xlsx::FormatOfCode(167, "#,##0\"元\"")), "1031598元");
  EXPECT_EQ(xlsx::FormatNumber("-0.001", xlsx::FormatOfCode(2, "")), "0.00");
  EXPECT_EQ(xlsx::FormatNumber("0.9535", xlsx::FormatOfCode(0, "")), "0.9535");  // General
  EXPECT_EQ(xlsx::FormatNumber("0.9535", xlsx::FormatOfCode(168, "General")), "0.9535");
}

TEST(XlsxCells, ParsesReferencesAndRanges) {
  EXPECT_EQ(xlsx::ParseCellRef("A1").ref.column, 1);
  EXPECT_EQ(xlsx::ParseCellRef("AB12").ref.column, 28);
  EXPECT_EQ(xlsx::ParseCellRef("AB12").ref.row, 12);
  EXPECT_EQ(xlsx::ParseCellRef("$XFD$1048576").ref.column, 16384);
  EXPECT_EQ(xlsx::ParseCellRef("$XFD$1048576").error, xlsx::RefError::kNone);
  EXPECT_EQ(xlsx::ParseCellRef("XFE1").error, xlsx::RefError::kColumnPastXfd);
  EXPECT_EQ(xlsx::ParseCellRef("ZZZZZZZZZZZZZZZ1").error, xlsx::RefError::kColumnPastXfd);
  EXPECT_EQ(xlsx::ParseCellRef("A1048577").error, xlsx::RefError::kRowPastLimit);
  EXPECT_EQ(xlsx::ParseCellRef("A0").error, xlsx::RefError::kRowPastLimit);
  EXPECT_EQ(xlsx::ParseCellRef("A99999999999999999999").error, xlsx::RefError::kRowPastLimit);
  for (const char* bad : {"", "1A", "A", "A1B", "A-1", "Ａ1"}) {
    EXPECT_EQ(xlsx::ParseCellRef(bad).error, xlsx::RefError::kSyntax) << bad;
  }
  EXPECT_EQ(xlsx::ColumnName(1), "A");
  EXPECT_EQ(xlsx::ColumnName(28), "AB");
  EXPECT_EQ(xlsx::ColumnName(16384), "XFD");
  const auto range = xlsx::ParseRange("E5:A1");
  ASSERT_TRUE(range.has_value());
  EXPECT_EQ(range->first.row, 1);
  EXPECT_EQ(range->first.column, 1);
  EXPECT_EQ(range->last.row, 5);
  EXPECT_EQ(range->last.column, 5);
  EXPECT_FALSE(xlsx::ParseRange("A1:").has_value());
}

TEST(XlsxCells, FormatsNumbersAsWrittenWithoutFloatNoise) {
  using xlsx::NumberStyle;
  struct Case {
    std::string written;
    NumberStyle style;
    std::string expected;
  };
  const Case cases[] = {
      {"45500", NumberStyle::kPlain, "45500"},
      {"0.9535", NumberStyle::kPlain, "0.9535"},
      {"115586771.12", NumberStyle::kPlain, "115586771.12"},
      {"0.30000000000000004", NumberStyle::kPlain, "0.3"},
      {"45500.000000000007", NumberStyle::kPlain, "45500"},
      {"0.99999999999999989", NumberStyle::kPlain, "1"},
      {"-12.50", NumberStyle::kPlain, "-12.5"},
      {"1E-3", NumberStyle::kPlain, "0.001"},
      {"1.5E+6", NumberStyle::kPlain, "1500000"},
      {"0", NumberStyle::kPlain, "0"},
      {"-0", NumberStyle::kPlain, "0"},
      {"1E+300", NumberStyle::kPlain, "1E+300"},
      {"abc", NumberStyle::kPlain, "abc"},
      {"1", NumberStyle::kPercent, "100%"},
      {"0.9535", NumberStyle::kPercent, "95.35%"},
      {"0.95350000000000001", NumberStyle::kPercent, "95.35%"},
      {"1.2", NumberStyle::kPercent, "120%"},
      {"0.00045", NumberStyle::kPercent, "0.045%"},
      {"0", NumberStyle::kPercent, "0%"},
      {"44927", NumberStyle::kDate, "2023-01-01"},
      {"44927.75", NumberStyle::kDate, "2023-01-01"},
      {"1", NumberStyle::kDate, "1900-01-01"},
      {"59", NumberStyle::kDate, "1900-02-28"},
      {"61", NumberStyle::kDate, "1900-03-01"},
      {"-5", NumberStyle::kDate, "-5"},
      {"x", NumberStyle::kDate, "x"},
  };
  for (const Case& c : cases) EXPECT_EQ(xlsx::FormatNumber(c.written, c.style), c.expected) << c.written;
}

TEST(XlsxCells, TellsPercentAndDateFormats) {
  using xlsx::NumberStyle;
  EXPECT_EQ(xlsx::StyleOfFormat(9, ""), NumberStyle::kPercent);
  EXPECT_EQ(xlsx::StyleOfFormat(10, ""), NumberStyle::kPercent);
  EXPECT_EQ(xlsx::StyleOfFormat(14, ""), NumberStyle::kDate);
  EXPECT_EQ(xlsx::StyleOfFormat(31, ""), NumberStyle::kDate);  // yyyy"年"m"月"d"日" in Chinese Excel
  EXPECT_EQ(xlsx::StyleOfFormat(4, ""), NumberStyle::kPlain);
  EXPECT_EQ(xlsx::StyleOfFormat(164, "0.0%"), NumberStyle::kPercent);
  EXPECT_EQ(xlsx::StyleOfFormat(164, "0.0\"%\""), NumberStyle::kPlain);
  EXPECT_EQ(xlsx::StyleOfFormat(164, "0.0\\%"), NumberStyle::kPlain);
  EXPECT_EQ(xlsx::StyleOfFormat(164, "yyyy-mm-dd"), NumberStyle::kDate);
  EXPECT_EQ(xlsx::StyleOfFormat(164, "#,##0.00_);[Red](#,##0.00)"), NumberStyle::kPlain);
  EXPECT_EQ(xlsx::StyleOfFormat(164, "#,##0\"元\""), NumberStyle::kPlain);
  EXPECT_EQ(xlsx::DecodeEscapes("a_x000D_b_x005F_x_x41"), "a\rb_x_x41");
  EXPECT_EQ(xlsx::CellText("  全年预算数\r\n（元）  "), "全年预算数（元）");
  EXPECT_EQ(xlsx::CellText("Total\nbudget\t2022"), "Total budget 2022");
}

TEST(ReadXlsx, RejectsBrokenWorkbooksWithClearMessages) {
  const std::string good = SelfEvaluationWorkbook();
  const auto sheet = [](const std::string& body) { return HandXlsx({"<sheetData>" + body + "</sheetData>"}); };
  struct Case {
    std::string name;
    std::string bytes;
    std::string message;
  };
  const Case cases[] = {
      {"empty", "", "文件为空"},
      {"truncated", good.substr(0, good.size() / 2), "ZIP 压缩包结构损坏或文件被截断"},
      {"not-a-zip", "PK but not a zip at all", "ZIP 压缩包结构损坏"},
      {"no-workbook", MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet/>"}}), "其中没有 xl/workbook.xml"},
      {"garbage-sheet", HandXlsx({"<sheetData><row><c><v>1</sheetData"}),
       "工作表“S1”（xl/worksheets/sheet1.xml） 不是格式正确的 XML"},
      {"garbage-workbook", MakeZip({{"xl/workbook.xml", "<workbook><sheets>"}}), "xl/workbook.xml 不是格式正确的 XML"},
      {"missing-sheet", MakeZip({{"xl/workbook.xml", "<workbook><sheets><sheet name=\"A\"/></sheets></workbook>"}}),
       "缺少工作表“A”（xl/worksheets/sheet1.xml）"},
      {"column-past-xfd", sheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>"),
       "单元格引用“XFE1”超出 Excel 的列上限 XFD"},
      {"row-past-limit", sheet("<row r=\"1048577\"><c r=\"A1048577\"><v>1</v></c></row>"), "超出 Excel 的范围"},
      {"bad-row", sheet("<row r=\"x\"/>"), "行号“x”无效"},
      {"bad-ref", sheet("<row r=\"1\"><c r=\"1A\"><v>1</v></c></row>"), "单元格引用“1A”无效"},
      {"bad-shared-string", sheet("<row r=\"1\"><c r=\"B1\" t=\"s\"><v>3</v></c></row>"),
       "单元格 B1 引用的共享字符串“3”不存在"},
  };
  for (const Case& c : cases) {
    auto document = ReadXlsx(c.bytes, "x.xlsx");
    ASSERT_FALSE(document.has_value()) << c.name;
    EXPECT_EQ(document.error().code, ErrorCode::kInvalidInput) << c.name;
    EXPECT_NE(document.error().message.find(c.message), std::string::npos)
        << c.name << ": " << document.error().message;
    EXPECT_TRUE(document.error().message.starts_with("文件 x.xlsx：")) << c.name << ": " << document.error().message;
  }
}

TEST(ReadXlsx, RefusesZipBombsAndHugeTables) {
  // A sheet part over 200 MB uncompressed: refused while it is inflated.
  const std::string bomb = HandXlsx({"<sheetData>" + std::string(201u << 20, ' ') + "</sheetData>"});
  ASSERT_LT(bomb.size(), 1u << 20);
  auto document = ReadXlsx(bomb, "bomb.xlsx");
  ASSERT_FALSE(document.has_value());
  EXPECT_NE(document.error().message.find("疑似压缩炸弹"), std::string::npos) << document.error().message;
  // Two cells 16383 columns apart in every row: the padding would be billions of cells.
  std::string rows;
  for (int r = 1; r <= 200; ++r) {
    const std::string n = std::to_string(r);
    rows += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>1</v></c><c r=\"XFD" + n + "\"><v>2</v></c></row>";
  }
  document = ReadXlsx(HandXlsx({"<sheetData>" + rows + "</sheetData>"}), "wide.xlsx");
  ASSERT_FALSE(document.has_value());
  EXPECT_NE(document.error().message.find("工作簿过大"), std::string::npos) << document.error().message;
}

TEST(ReadDocument, SniffsAndReadsXlsx) {
  const std::string bytes = SelfEvaluationWorkbook();
  EXPECT_EQ(SniffDocument(bytes), DocumentKind::kXlsx);
  auto document = ReadDocumentBytes(bytes, "自评表.bin");
  ASSERT_TRUE(document.has_value()) << document.error().message;
  EXPECT_EQ(document->kind, SourceKind::kXlsx);
  EXPECT_EQ(document->source, "自评表.bin");
  // A damaged workbook (parts under xl/, no workbook) gets the XLSX reader's message, not the DOCX one.
  const std::string damaged = MakeZip({{"xl/worksheets/sheet1.xml", "<worksheet/>"}});
  EXPECT_EQ(SniffDocument(damaged), DocumentKind::kOtherZip);
  auto read = ReadDocumentBytes(damaged, "x");
  ASSERT_FALSE(read.has_value());
  EXPECT_NE(read.error().message.find("没有 xl/workbook.xml"), std::string::npos) << read.error().message;
}

}  // namespace
}  // namespace jixiao
