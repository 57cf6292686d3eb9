#include "ingest/parse/report_parser.h"

#include <algorithm>
#include <cctype>

#include "base/text.h"
#include "ingest/parse/attachments.h"
#include "ingest/parse/checks.h"
#include "ingest/parse/context.h"
#include "ingest/parse/department.h"
#include "ingest/parse/flat_table.h"
#include "ingest/parse/general_reader.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/label_text.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/projects.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/sections.h"
#include "ingest/parse/sentences.h"
#include "ingest/parse/tables.h"
#include "ingest/parse/title.h"

namespace jixiao {
namespace {

using parse::ParseContext;
using parse::Region;

// Paragraphs searched for the title and the year when the title has none.
constexpr std::size_t kHeadParagraphs = 12;

class ReportParser {
 public:
  // `scanned`, when given, receives the figures this reading scanned of whole lines.
  ReportParser(const TextDocument& document, parse::LineAmounts* scanned)
      : ctx_(document), department_(ctx_), projects_(ctx_), tables_(ctx_, projects_), scanned_(scanned) {}

  // `flat_fallback`: when nothing else was read, read every line that is no sentence as one flat
  // table (for a file both readings found nothing in).
  Result<ParseResult> Run(bool flat_fallback = false);
  // The text Run could not place, for ParseReport to list once the readings are merged.
  std::vector<parse::UnplacedText> TakeUnplaced() { return std::move(ctx_.unplaced()); }

 private:
  void Paragraph(std::size_t index);
  bool Title(std::size_t index);
  void Attachment(std::size_t index);
  void TableCaption(std::size_t index, std::string_view title);
  void Body(std::size_t index);
  void NextStep(std::size_t index);
  void FallbackYear();

  ParseContext ctx_;
  parse::DepartmentParser department_;
  parse::ProjectsParser projects_;
  parse::TablesParser tables_;
  parse::SectionTracker sections_;
  parse::LineAmounts* scanned_ = nullptr;
  bool seen_heading_ = false;
  bool seen_title_ = false;
  bool numbered_steps_ = false;
  bool attachments_ = false;  // past the narrative: in the 附件 part
};

Result<ParseResult> ReportParser::Run(bool flat_fallback) {
  for (std::size_t i = 0; i < ctx_.paragraphs().size(); ++i) Paragraph(i);
  tables_.Finish();
  FallbackYear();
  parse::RunTextChecks(ctx_);
  if (scanned_) ctx_.HandOverAmounts(*scanned_);
  Evaluation& ev = ctx_.evaluation();
  // Nothing read: a 自评表 whose every row is a line of its own with its cells run together
  // ("年度资金总额145000000.00145000000.00…", "项目计划完成率100%100%1515") is read as one flat table
  // of all the lines that are no sentence.
  if (flat_fallback && !parse::HasReportContent(ev)) {
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < ctx_.paragraphs().size(); ++i) {
      const std::string_view text = ctx_.paragraph(i).text;
      if (ctx_.paragraph(i).kind == parse::ParagraphKind::kText && text.find("。") == std::string_view::npos) rows.push_back(i);
    }
    if (!rows.empty()) parse::ReadFlatTable(ctx_, projects_, rows);
    // (Only figures make it a report: names read from a page of no figures are no reading.)
    if (std::none_of(ev.projects.begin(), ev.projects.end(), parse::HasFigures)) {
      ev.projects.clear();
      std::erase_if(ev.provenance, [](const auto& entry) { return entry.first.starts_with("/projects/"); });
    }
  }
  if (!parse::HasReportContent(ev)) {
    return Invalid("不是预算绩效自评报告：未找到预算数、执行数、项目或绩效指标等内容");
  }
  return ParseResult{std::move(ev), std::move(ctx_.findings())};
}

void ReportParser::Paragraph(std::size_t index) {
  const parse::Paragraph& p = ctx_.paragraph(index);
  if (p.kind != parse::ParagraphKind::kText) return tables_.Cell(index);
  if (tables_.Text(index)) return;
  if (!seen_heading_ && Title(index)) return;
  if (attachments_ || (seen_heading_ && parse::ReadAttachmentLine(p.text) != parse::AttachmentLine::kNone)) {
    return Attachment(index);
  }
  if (seen_heading_ && parse::IsTableTitle(p.text)) return TableCaption(index, p.text);
  const parse::HeadingMarker& marker = ctx_.Marker(index);
  const std::string_view body = ctx_.Body(index);
  // (A bullet sets off an item, or an article's project, never a part of the report's outline.)
  if (marker.found() && marker.level != parse::kBullet && parse::IsTitleLike(body) &&
      sections_.OpensSection(marker.level, body)) {
    seen_heading_ = true;
    sections_.Enter(marker.level, body);
    ctx_.MarkUsed(index);
    return;
  }
  Body(index);
}

bool ReportParser::Title(std::size_t index) {
  const std::string_view text = ctx_.paragraph(index).text;
  if (index >= kHeadParagraphs || !parse::IsTitleText(text)) return false;
  ctx_.MarkUsed(index);
  if (parse::IsTableTitle(text)) tables_.Caption(index, text);
  if (seen_title_) return true;
  const parse::TitleFacts title = parse::ReadTitle(text);
  Evaluation& ev = ctx_.evaluation();
  if (title.year) {
    ev.year = title.year;
    ctx_.Record("/year", index, 0, 0);
  }
  if (!title.unit.empty()) {
    ev.unit.name = std::string(title.unit);
    ctx_.Record("/unit/name", index, static_cast<std::size_t>(title.unit.data() - text.data()), title.unit.size());
  }
  seen_title_ = ev.year.has_value();
  return true;
}

// Past the narrative (附件…): labels and captions are read as such, tables go to the tables
// parser (a text paragraph ends the table before it), other text is reported.
void ReportParser::Attachment(std::size_t index) {
  if (!attachments_) {
    attachments_ = true;
    projects_.EndNarrative();
  }
  const std::string_view text = ctx_.paragraph(index).text;
  const std::string_view title = parse::AfterAttachmentLabel(text);
  ctx_.MarkUsed(index);
  if (parse::IsTableTitle(title)) return TableCaption(index, title);
  const bool label = parse::ReadAttachmentLine(text) != parse::AttachmentLine::kNone;
  if (label || parse::IsTitleLike(parse::WithoutMarker(title))) return;  // "附件1", "2.物业管理项目"
  ctx_.Unrecognized(index);
}

// A table title inside or after the narrative: the text field being read ends here.
void ReportParser::TableCaption(std::size_t index, std::string_view title) {
  ctx_.MarkUsed(index);
  numbered_steps_ = false;
  department_.EndField();
  projects_.EndField();
  tables_.Caption(index, title);
}

void ReportParser::Body(std::size_t index) {
  switch (sections_.region()) {
    case Region::kFunctions: return department_.Function(index);
    case Region::kTasks: return department_.Task(index);
    case Region::kFunds: return department_.Funds(index);
    case Region::kProjects: return projects_.Paragraph(index);
    case Region::kNextSteps: return NextStep(index);
    default: ctx_.MarkUsed(index), ctx_.Unrecognized(index);
  }
}

void ReportParser::NextStep(std::size_t index) {
  const std::string_view text = ctx_.paragraph(index).text;
  const std::string_view body = ctx_.Body(index);
  ctx_.MarkUsed(index);
  if (body.empty()) return;
  auto& steps = ctx_.evaluation().next_steps;
  // Under a numbered list, an unnumbered paragraph is the rest of the item before (a line
  // break after "。" in a wrapped layout); otherwise each paragraph is an item.
  const bool numbered = body.size() != text.size();
  if (!numbered && numbered_steps_ && !steps.empty()) {
    steps.back().append(body);
    return;
  }
  numbered_steps_ = numbered;
  ctx_.Record(parse::Pointer("/next_steps", steps.size()), index, static_cast<std::size_t>(body.data() - text.data()),
              body.size());
  steps.emplace_back(body);
}

// A report whose title has no year: the first "20XX年" near the top.
void ReportParser::FallbackYear() {
  Evaluation& ev = ctx_.evaluation();
  if (ev.year) return;
  const std::size_t n = std::min(ctx_.paragraphs().size(), kHeadParagraphs);
  for (std::size_t i = 0; i < n && !ev.year; ++i) {
    ev.year = parse::ReadTitle(ctx_.paragraph(i).text).year;
    if (ev.year) ctx_.Record("/year", i, 0, 0);
  }
}

// A project that states no satisfaction of its own has the one its satisfaction indicator
// reached (满意度指标 | 受益群众满意度 | ≥90% | 95.6% | 10 | 10), as in prose: a row read whole,
// target, reached value and points.
// A satisfaction the prose states that is the 满意度 indicator's target, not what it reached
// ("满意度达到90%以上" describing the project's goal, the form's row ≥90% | 90.2%), was the goal.
bool StatesTheTarget(const Satisfaction& satisfaction, const Indicator& indicator) {
  return satisfaction.stated && indicator.target && indicator.actual && *indicator.target != *indicator.actual &&
         indicator.target->units() % 100 == 0 && satisfaction.stated->units() == indicator.target->units() / 100;
}

void SatisfactionFromIndicators(Evaluation& ev) {
  for (std::size_t p = 0; p < ev.projects.size(); ++p) {
    Project& project = ev.projects[p];
    for (std::size_t k = 0; k < project.indicators.size(); ++k) {
      const Indicator& i = project.indicators[k];
      // (Filed under 满意度指标 in a form, or said in prose with what was aimed at: "种植户满意度指标为95%，
      // 实际完成值为95.9%".)
      const bool level = i.level1.value_or("").find("满意度") != std::string::npos ||
                         i.level2.value_or("").find("满意度") != std::string::npos;
      if (i.name.find("满意度") == std::string::npos || !i.actual || i.unit.value_or("%") != "%") continue;
      if (!i.target || (level && !i.score_stated)) continue;
      if (*i.actual < Quantity() || *i.actual > Quantity::FromWhole(100)) continue;
      if (project.satisfaction && !StatesTheTarget(*project.satisfaction, i)) break;
      Satisfaction s;
      s.stated = Percent::FromUnits(i.actual->units() / 100);
      if (i.actual->units() % 100 != 0) continue;  // finer than a hundredth of a percent
      project.satisfaction = s;
      const std::string from = "/projects/" + std::to_string(p) + "/indicators/" + std::to_string(k);
      for (const char* field : {"/actual", "/name", ""}) {
        if (auto it = ev.provenance.find(from + field); it != ev.provenance.end()) {
          ev.provenance["/projects/" + std::to_string(p) + "/satisfaction/stated"] = it->second;
          break;
        }
      }
      break;
    }
  }
}

}  // namespace

// Two readings: the report's sections in order (the layout of the national 部门预算绩效自评报告
// template, its narrative fields and tables), and the general mechanisms (tables by their
// headers, figures by their labels) that hold for any layout. The sectioned reading is
// completed with what only the general one found.
namespace {

bool IsNoProject(const Project& project);

// Drops what was read as a project but is none (IsNoProject).
void DropNoProjects(Evaluation& ev) {
  for (std::size_t i = ev.projects.size(); i-- > 0;) {
    if (IsNoProject(ev.projects[i])) EraseProject(ev, i);
  }
}

Result<ParseResult> ParseText(const TextDocument& document) {
  // Lines both readings scan for figures are scanned once.
  parse::LineAmounts scanned;
  // (Each reading's paragraphs and figures go when it is done; the text it could not place is
  // kept small until the findings are made, last.)
  std::vector<parse::UnplacedText> unplaced;
  auto read_sections = [&](parse::LineAmounts* lines, bool flat_fallback) {
    ReportParser parser(document, lines);
    Result<ParseResult> result = parser.Run(flat_fallback);
    unplaced = parser.TakeUnplaced();
    return result;
  };
  Result<ParseResult> sectioned = read_sections(&scanned, false);
  std::vector<bool> used;
  Result<ParseResult> general = parse::ReadGeneralFigures(document, used, &scanned);
  // A sectioned reading whose projects are all unnamed indicator tables (it found no name nor
  // money for them) read less than a general reading that names its projects and their money:
  // that one is the report's.
  const auto unnamed_table = [](const Project& p) { return p.name.empty() && !p.budget.total && !p.executed; };
  const auto named_with_money = [](const Project& p) { return !p.name.empty() && (p.budget.total || p.executed); };
  if (sectioned && general && !sectioned->evaluation.projects.empty() &&
      std::all_of(sectioned->evaluation.projects.begin(), sectioned->evaluation.projects.end(), unnamed_table) &&
      !general->evaluation.projects.empty() &&
      std::all_of(general->evaluation.projects.begin(), general->evaluation.projects.end(), named_with_money)) {
    sectioned = tl::unexpected(Error{ErrorCode::kInvalidInput, ""});
  }
  if (!general) {
    // Neither reading found anything: the last try reads the lines as one flat table.
    if (!sectioned) sectioned = read_sections(nullptr, /*flat_fallback=*/true);
  } else if (!sectioned) {
    parse::ListUnrecognized(document, used, general->findings);
    SatisfactionFromIndicators(general->evaluation);
    return general;
  } else {
    // (Headings the sectioned reading took for projects, "三、各项目绩效目标完成情况", are none: the
    // general reading's projects are the report's when those were all it found.)
    // (Only for a list: a report of one project keeps the sectioned reading's subject.)
    const auto& found = sectioned->evaluation.projects;
    const auto& listed = general->evaluation.projects;
    const auto funded = [](const Project& p) { return p.budget.total && p.executed && !IsNoProject(p); };
    if (std::all_of(found.begin(), found.end(), IsNoProject) && std::count_if(listed.begin(), listed.end(), funded) >= 2) {
      DropNoProjects(sectioned->evaluation);
    }
    // (Headings over indicators the sectioned reading took for projects, "（1）参保老年人" under "1.产出指标
    // 完成情况分析", none with money of its own, give way to the one project the general reading found
    // with its budget and spending, its indicators read under those headings.)
    const auto moneyless = [](const Project& p) { return !p.budget.total && !p.executed; };
    if (found.size() >= 2 && std::all_of(found.begin(), found.end(), moneyless) && listed.size() <= 2 &&
        std::count_if(listed.begin(), listed.end(), funded) == 1) {
      const Project& one = *std::find_if(listed.begin(), listed.end(), funded);
      const bool under = std::all_of(found.begin(), found.end(), [&](const Project& p) {
        return IsNoProject(p) || p.name.find("指标") != std::string::npos ||
               std::any_of(one.indicators.begin(), one.indicators.end(), [&](const Indicator& i) { return i.name == p.name; }) ||
               std::any_of(listed.begin(), listed.end(), [&](const Project& l) { return moneyless(l) && l.name == p.name; });
      });
      if (under) {
        sectioned->evaluation.projects.clear();
        std::erase_if(sectioned->evaluation.provenance, [](const auto& entry) { return entry.first.starts_with("/projects/"); });
      }
    }
    // (A heading over a project's indicators, "绩效指标完成情况", the sectioned reading's only one, is
    // the one project the general reading named with its money: the indicators are that project's.)
    Evaluation& ev = sectioned->evaluation;
    if (ev.projects.size() == 1 && !ev.projects[0].name.empty() && IsNoProject(ev.projects[0]) &&
        ev.projects[0].name.find("指标") != std::string::npos && std::count_if(listed.begin(), listed.end(), funded) == 1) {
      ev.projects[0].name = std::find_if(listed.begin(), listed.end(), funded)->name;
      ev.provenance.erase("/projects/0/name");
    }
    parse::FillFromGeneral(document, *sectioned, std::move(*general), used, unplaced);
  }
  if (!sectioned) return sectioned;
  SatisfactionFromIndicators(sectioned->evaluation);
  sectioned->findings = parse::WithUnplaced(document, std::move(sectioned->findings), std::move(unplaced));
  return sectioned;
}

// What is read as a project but is none, by its name: a department's running costs without their
// spending (公务用车购置及运行维护费), a field and its
// value (编制单位：某局), a clause of a sentence (年中追加了项目), a column of the final accounts
// (科目名称), a figure (483.51) or a table's number (表6), what is said of a project (…完成情况) or a
// table's caption (…自评表). (A class of spending may be one: 工资性支出.)
// "上年结转资金", "财政追加", "实际到位资金", "自治区财政补助资金", "调减": a name made of nothing
// but where money comes from and what it is (a form's funds row, a source, a change) names no
// project; "中央水利发展资金" keeps what it is for.
bool NamesOnlyFundWords(std::string_view name) {
  static constexpr std::string_view kWords[] = {
      "中央", "省级", "市级", "县级", "区级", "州级", "自治区", "盟市", "乡镇", "地方", "上级", "本级", "财政", "补助", "配套",
      "扶持", "拨款", "资金", "经费", "追加", "调减", "调增", "实际", "到位", "计划", "安排", "结余", "基本支出", "项目支出", "支出", "其他", "年度",
      "总额", "上年", "结转", "当年", "其中", "人员经费", "公用经费", "—", "-", "－", "：", ":"};
  std::string_view rest = parse::TrimSpace(name);
  for (bool cut = !rest.empty(); cut && !rest.empty();) {
    cut = false;
    for (std::string_view word : kWords) {
      if (parse::StartsWith(rest, word)) {
        rest.remove_prefix(word.size()), cut = true;
        break;
      }
    }
  }
  return rest.empty();
}

// "加强与社会各界的联系,协调……服务。", "万元。其中:", "从而影响项目", "扫一扫在手机打开当前页": a
// sentence, the words that join clauses, or a web page's own text, not a name.
bool IsSentenceOrPageText(std::string_view name) {
  if (parse::ContainsAny(name, {"。", "！", "？"}) || parse::IsPageChrome(name)) return true;
  for (std::string_view join : {"从而", "同时", "以及", "进而", "紧紧", "因此", "并且"}) {
    if (parse::StartsWith(name, join)) return true;
  }
  return false;
}

// "纳入扶持范围的移民每人每年补助", "2021年度4个示范县每县补助": a standard per head, no project.
bool NamesPerHeadRate(std::string_view name) {
  for (std::string_view per : {"每人", "每年", "每学年", "每县", "每户", "每亩", "每村", "每所"}) {
    if (name.find(per) != std::string_view::npos) return true;
  }
  return false;
}

bool IsNoProject(const Project& project) {
  const std::string_view name = project.name;
  // (A running cost with a budget and its spending both is some unit's project: a 机关事务
  // centre's 公务用车运行维护经费.)
  if (parse::NamesRunningCost(name) && !(project.budget.total && project.executed)) return true;
  if (name.find("了") != std::string_view::npos || name.find("科目") != std::string_view::npos) return true;
  // "【绩效指标1】": a heading of an indicator's fields.
  if (name.find("绩效指标") != std::string_view::npos) return true;
  // "…绩效指标完成情况", "…自评表": what is said of a project, a table's caption.
  if (parse::EndsWith(name, "情况") || parse::EndsWith(name, "自评表") || parse::EndsWith(name, "完成情况表")) return true;
  std::size_t letters = 0;
  for (std::size_t pos = 0; pos < name.size();) {
    const char32_t c = NextCodePoint(name, pos);
    letters += c >= 0x4E00 && c <= 0x9FFF && c != U'表';
  }
  if (letters < 2) return true;
  // ("自治区财政  11.32  自治区财政": a row's cells run together, a figure among them, no name.)
  if (const std::size_t gap = name.find("  "); gap != std::string_view::npos && name.size() > gap + 2 &&
                                               std::isdigit(static_cast<unsigned char>(parse::TrimSpace(name.substr(gap))[0]))) {
    return true;
  }

  // (A form's own label, "备注" of a list of forms, is none either.)
  return parse::IsFieldAndValue(name) || parse::IsFormLabel(parse::TrimSpace(name)) || NamesOnlyFundWords(name) || IsSentenceOrPageText(name) || NamesPerHeadRate(name);
}

}  // namespace

Result<ParseResult> ParseReport(const TextDocument& document) {
  // (Letter-spaced labels, "项  目  名  称", and labels broken over lines are read as words.)
  const auto plain = parse::WithPlainLabels(document);
  Result<ParseResult> parsed = ParseText(plain ? *plain : document);
  if (parsed) {
    // (What was read as projects and is none gone, the one left may be the page's project.)
    const std::size_t before = parsed->evaluation.projects.size();
    DropNoProjects(parsed->evaluation);
    if (parsed->evaluation.projects.size() < before) parse::DepartmentToLoneProject(parsed->evaluation, plain ? *plain : document);
  }
  return parsed;
}

}  // namespace jixiao
