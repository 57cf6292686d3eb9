#include "ingest/parse/general_reader.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>

#include "base/text.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/binding.h"
#include "ingest/parse/checks.h"
#include "ingest/parse/context.h"
#include "ingest/parse/grid.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/sentences.h"
#include "ingest/parse/tables.h"

namespace jixiao::parse {
namespace {

constexpr std::size_t kTitleLines = 40;
// A table this many lines after the text names a project is that project's table.
constexpr std::size_t kSectionLines = 8;

// Whether text about the heading follows line `at` within that distance: a line with a full
// stop or a comma, longer than a table's cell, or a label with its figure ("全年预算数（万元）：74.90").
bool ProseFollows(const TextDocument& document, std::size_t at) {
  for (std::size_t i = at + 1; i < document.lines.size() && i <= at + kSectionLines; ++i) {
    const TextLine& line = document.lines[i];
    if (line.is_table_row()) continue;
    if (Find(line.text, "。") != std::string::npos || Find(line.text, "，") != std::string::npos ||
        !AtMostCodePoints(line.text, 40)) {
      return true;
    }
    if (ColonBeforeFigure(line.text) != std::string_view::npos) return true;
  }
  return false;
}
constexpr std::array<std::string_view, 8> kTitleWords = {"报告", "自评表", "评价表", "自评价", "评价情况",
                                                         "评价结果", "绩效自评", "部门决算"};
// A title about the department as a whole, not one project.
constexpr std::array<std::string_view, 4> kDepartmentWords = {"部门整体", "整体支出", "部门决算", "单位整体"};
// What is left of a title that names no particular project.
constexpr std::array<std::string_view, 21> kGenericSubjects = {
    "", "项目", "项目资金", "项目支出", "预算项目", "项目绩效", "部门预算", "预算", "财政支出项目", "专项资金",
    "部门预算项目", "部门项目", "资金", "经费", "财政资金", "预算资金", "部门预算资金", "财政预算资金", "财政项目资金",
    "财政项目", "重点项目"};
// A place or a unit named before a generic subject ("岳阳市南湖新区财政支出项目"): still no project.
// (旗 and 盟: Inner Mongolia's counties and prefectures; 中学, 院, 站…: units of their own.)
constexpr std::array<std::string_view, 21> kOwnerEnds = {"省", "市", "州", "县", "区", "旗", "盟", "镇", "乡", "局", "委",
                                                         "办", "中心", "部门", "中学", "小学", "学校", "院", "站", "所", "馆"};
constexpr std::array<std::string_view, 14> kSubjectEnds = {"项目", "资金", "经费", "工程", "补助", "转移支付", "专款",
                                                           "专项", "债券", "国债", "金", "补贴", "计划", "建设"};
// What of a fund a title reports on ("X资金的使用情况", "关于X执行情况…"): no part of the fund.
constexpr std::array<std::string_view, 4> kScopes = {"预算执行情况", "执行情况", "管理使用情况", "使用情况"};
// The kind of evaluation a title names after its subject ("X全周期跟踪问效绩效评价报告", "X财政重点
// 绩效评价报告"): no part of the subject.
constexpr std::array<std::string_view, 7> kEvaluationKinds = {"全周期跟踪问效", "跟踪问效", "全周期", "财政重点",
                                                              "重点", "事前", "第三方"};

bool ContainsAnyOf(std::string_view text, const auto& words) {
  for (std::string_view w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool IsTitleLine(std::string_view text) {
  text = TrimSpace(text);
  const std::size_t cps = CodePointCount(text);
  if (cps < 8 || cps > 70 || Find(text, "。") != std::string_view::npos || StartsWith(text, "根据")) return false;
  if (ReadHeadingMarker(text).found()) return false;  // a section heading, not the title
  const bool performance = Find(text, "绩效") != std::string_view::npos || Find(text, "评价") != std::string_view::npos;
  if (ContainsAnyOf(text, kTitleWords) && performance) return true;
  // "周至县民政局2024年县级福彩公益金的使用情况": a page reporting on how a year's fund was used.
  const bool scope = std::any_of(kScopes.begin(), kScopes.end(), [&](std::string_view s) { return EndsWith(text, s); });
  return scope && YearIn(text) && ContainsAny(text, {"资金", "经费", "国债", "公益金", "补助", "补贴"});
}

// The first line near the top that reads as the report's title; npos when none.
std::size_t FindTitle(const TextDocument& document) {
  const std::size_t n = std::min(document.lines.size(), kTitleLines);
  for (std::size_t i = 0; i < n; ++i) {
    if (IsTitleLine(document.lines[i].text)) return i;
  }
  return std::string_view::npos;
}

// A title naming no project may stand over a second one that does ("X局2022年度项目支出绩效单位
// 自评报告" over "X局2022年度保障性住房租赁补贴支出绩效自评报告"): the line of that second title,
// a whole one with its year, within the next few lines, or npos. (Below a page's table of metadata
// holding the title, "名称： | X报告（Y经费） | 文号：", the title itself, with or without a year.)
constexpr std::size_t kSubtitleLines = 3;
std::size_t FindSubtitle(const TextDocument& document, std::size_t title) {
  const std::string_view title_text = document.lines[title].text;
  const bool in_table = document.lines[title].is_table_row() || title_text.find_first_of("|\t") != std::string_view::npos;
  for (std::size_t i = title + 1; i < document.lines.size() && i <= title + kSubtitleLines; ++i) {
    const std::string& text = document.lines[i].text;
    if (text == document.lines[title].text || !IsTitleLine(text) || (!YearIn(text) && !in_table)) continue;
    if (!ReadTitleSubject(text).project.empty()) return i;
  }
  return std::string_view::npos;
}

// "附件3X绩效自评报告为进一步规范…": a page whose title and body run on in one line. The title is
// the line's opening up to its first 报告 when that opening reads as one (a year, 绩效, no clause
// break); the attachment label in front of it is no part of it.
std::string_view RunOnTitle(std::string_view line) {
  line = TrimSpace(line);
  const std::size_t end = Find(line, "报告");
  if (end == std::string_view::npos) return {};
  std::string_view title = line.substr(0, end + std::string_view("报告").size());
  if (StartsWith(title, "附件")) {
    title.remove_prefix(std::string_view("附件").size());
    while (!title.empty() && DigitAt(title, 0) >= 0) title.remove_prefix(1);
    title = TrimSpace(title);
  }
  const std::size_t cps = CodePointCount(title);
  if (cps < 8 || cps > 60 || Find(title, "绩效") == std::string_view::npos || !YearIn(title)) return {};
  for (std::string_view brk : {"。", "，", ",", "；", ";", "：", ":", "《", "》"}) {
    if (title.find(brk) != std::string_view::npos) return {};
  }
  return title;
}

// "名 称: X" / "标 题 X": a page's label in front of the title.
std::string_view WithoutPageLabel(std::string_view text) {
  constexpr std::size_t kLabelBytes = 12;  // "名 称：", "标 题" and the like
  for (std::string_view colon : {"：", ":"}) {
    const std::size_t at = text.find(colon);
    if (at != std::string_view::npos && at <= kLabelBytes) return TrimSpace(text.substr(at + colon.size()));
  }
  const std::size_t title = Find(text, "题");
  if (StartsWith(text, "标") && title != std::string_view::npos && title <= kLabelBytes) {
    return TrimSpace(text.substr(title + std::string_view("题").size()));
  }
  return text;
}

// What the opening sentence of a report without a title says it evaluates: X in "现将X绩效自评
// 情况报告如下" / "现对X绩效目标自评如下", up to and with the evaluation words; empty when none.
std::string_view SubjectOfOpening(std::string_view text) {
  for (std::string_view lead : {"现将", "现对", "现就"}) {
    const std::size_t at = text.find(lead);
    if (at == std::string_view::npos) continue;
    const std::size_t from = at + lead.size();
    const std::size_t end = Find(text, "如下", from);
    if (end == std::string_view::npos || Find(text.substr(from, end - from), "。") != std::string_view::npos) continue;
    const std::string_view said = text.substr(from, end - from);
    if (Find(said, "绩效") == std::string_view::npos) continue;
    return said;
  }
  return {};
}

// Whether a fund's name says only its level and kind ("省级财政专项资金", "新增地方政府专项债券项目"),
// or those after its owner ("寿县融媒体中心中央对地方专项转移支付"), naming no particular fund.
bool NamesNoParticularFund(std::string_view name) {
  static constexpr std::array<std::string_view, 16> kKindWords = {
      "资金", "项目", "经费", "专项", "转移支付", "对地方", "中央", "省级", "市级", "县级", "地方", "财政", "政府",
      "新增", "债券", "补助"};
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view w : kKindWords) {
      if (EndsWith(name, w)) name.remove_suffix(w.size()), cut = true;
    }
  }
  if (name.empty()) return true;
  for (std::string_view end : {"省", "市", "州", "县", "区", "镇", "乡", "局", "委", "办", "中心", "厅", "院", "所", "站"}) {
    if (EndsWith(name, end)) return true;
  }
  return false;
}

// A report whose title names the funds of a level or a unit but no particular fund, and whose text
// shares them out among projects of their own ("中央对地方专项转移支付…自评报告" listing three projects
// with their money): the title's subject is the whole, its figures are the department's totals and
// the projects are those listed. (A particular fund shared out, "林业生态保护恢复资金" over its
// parts, stays a project: the fund the report evaluates.)
void UmbrellaToDepartment(Evaluation& ev, Subject umbrella) {
  if (!umbrella || ev.funds.budget_total || ev.funds.executed_total) return;
  const std::size_t u = *umbrella;
  if (!NamesNoParticularFund(ev.projects[u].name)) return;
  const auto funded = std::count_if(ev.projects.begin(), ev.projects.end(), [&](const Project& p) {
    return &p != &ev.projects[u] && p.budget.total.has_value();
  });
  if (funded < 2) return;
  Project& whole = ev.projects[u];
  ev.funds.budget_total = whole.budget.total;
  ev.funds.executed_total = whole.executed;
  ev.funds.execution_rate_stated = whole.execution_rate_stated;
  const std::string base = Pointer("/projects", u);
  for (auto [from, to] : {std::pair{"/budget/total", "/funds/budget_total"}, std::pair{"/executed", "/funds/executed_total"},
                          std::pair{"/execution_rate_stated", "/funds/execution_rate_stated"}}) {
    if (const auto found = ev.provenance.find(base + from); found != ev.provenance.end()) ev.provenance[to] = found->second;
  }
  EraseProject(ev, u);
}

// "2019年市直发展项目绩效自评价报告" over "我单位共有4个市直发展项目": a title's subject that the text
// counts is a class of projects, no project of that name. (Looked for in the lines after the
// title, `from`, a web page's own lines above it.)
bool CountedInText(const TextDocument& document, std::string_view subject, std::size_t from) {
  constexpr std::size_t kLinesLooked = 12;
  for (std::size_t i = from; i < std::min(document.lines.size(), from + kLinesLooked); ++i) {
    const std::string_view text = document.lines[i].text;
    for (std::size_t at = text.find(subject); at != std::string_view::npos; at = text.find(subject, at + 1)) {
      if (at >= 4 && text.substr(at - 3, 3) == "个" && DigitAt(text, at - 4) >= 0) return true;
      // ("我单位共有两个县直发展项目": counted in words.)
      if (at >= 6 && text.substr(at - 3, 3) == "个" && (text.substr(at - 6, 3) == "两" || ChineseNumberValue(text.substr(at - 6, 3)) > 0)) {
        return true;
      }
    }
  }
  return false;
}

// Whether the top of the page speaks of a department's whole (部门整体, 整体支出…).
bool OpensOnADepartment(const TextDocument& document) {
  constexpr std::size_t kTopLines = 8;
  for (std::size_t i = 0; i < std::min(document.lines.size(), kTopLines); ++i) {
    if (ContainsAnyOf(document.lines[i].text, kDepartmentWords)) return true;
  }
  return false;
}

// Moves a figure of the department's to the one project (`to` replaced, `from` emptied), with its place.
template <typename T>
void MoveToLoneProject(Evaluation& ev, std::optional<T>& from, std::optional<T>& to, const char* from_pointer,
                       const char* to_pointer) {
  to = from;
  from.reset();
  if (auto it = ev.provenance.find(from_pointer); it != ev.provenance.end()) {
    ev.provenance[to_pointer] = it->second;
    ev.provenance.erase(it);
  }
}

// "省级拨付我区农机购置补贴资金62万元,…共计84.47万元" then "2023年实际使用补贴资金13.6万元": a report
// about the one project whose budget it states, no department's, spends that project's money even
// where the sentence of the spending names none.
void SpendingToLoneFundedProject(Evaluation& ev, const TextDocument& document) {
  if (ev.projects.size() != 1 || ev.funds.budget_total || !ev.funds.executed_total) return;
  Project& only = ev.projects[0];
  // (Or its spending said again in the conclusion, "项目实际支出633.11万元，预算执行率为85.24%": the same
  // spending, and the rate with it.)
  if (!only.budget.total || (only.executed && only.executed != ev.funds.executed_total)) return;
  if (OpensOnADepartment(document)) return;
  MoveToLoneProject(ev, ev.funds.executed_total, only.executed, "/funds/executed_total", "/projects/0/executed");
  if (!only.execution_rate_stated) {
    MoveToLoneProject(ev, ev.funds.execution_rate_stated, only.execution_rate_stated, "/funds/execution_rate_stated",
                      "/projects/0/execution_rate_stated");
  }
}

}  // namespace

// "章贡区2019年林业有害生防治项目…情况公示" over "全年预算数为362万元,执行数为362万元": a page whose
// opening names one project, the only one it names, states that project's money even where its
// sentences name none.
void DepartmentToLoneProject(Evaluation& ev, const TextDocument& document) {
  if (ev.projects.size() != 1 || (!ev.funds.budget_total && !ev.funds.executed_total)) return;
  Project& only = ev.projects[0];
  if (only.budget.total || only.executed || only.execution_rate_stated) return;
  // (Named at the top, before the money: a page's title with the site's words above it.)
  constexpr int kTopLines = 8;
  const auto named = ev.provenance.find("/projects/0/name");
  const auto money = ev.provenance.find(ev.funds.budget_total ? "/funds/budget_total" : "/funds/executed_total");
  if (named == ev.provenance.end() || named->second.line == 0 || named->second.line > kTopLines) return;
  if (money != ev.provenance.end() && money->second.line <= named->second.line) return;
  if (OpensOnADepartment(document)) return;
  MoveToLoneProject(ev, ev.funds.budget_total, only.budget.total, "/funds/budget_total", "/projects/0/budget/total");
  MoveToLoneProject(ev, ev.funds.executed_total, only.executed, "/funds/executed_total", "/projects/0/executed");
  MoveToLoneProject(ev, ev.funds.execution_rate_stated, only.execution_rate_stated, "/funds/execution_rate_stated",
                    "/projects/0/execution_rate_stated");
}

TitleSubject ReadTitleSubject(std::string_view title) {
  TitleSubject out;
  title = WithoutPageLabel(TrimSpace(title));
  // "附表　X绩效自评表", "附件2：X…": the attachment's label is no part of the title.
  for (std::string_view label : {"附表", "附件"}) {
    if (!StartsWith(title, label)) continue;
    std::string_view rest = title.substr(label.size());
    while (!rest.empty() && DigitAt(rest, 0) >= 0) rest.remove_prefix(1);
    // (Only a label set apart — by a number, a colon or a space — not "附件资料…" as words.)
    const std::size_t before = rest.size();
    for (bool cut = true; cut && !rest.empty();) {
      cut = false;
      for (std::string_view sep : {"：", ":", "、", ".", "．", " ", "\u3000"}) {
        if (StartsWith(rest, sep)) rest.remove_prefix(sep.size()), cut = true;
      }
    }
    if (rest.size() < before || before < title.size() - label.size()) title = TrimSpace(rest);
    break;
  }
  // "以下是…为您整理的《X绩效自评报告》，欢迎阅读!": a document site's line quoting the title.
  if (const std::size_t open = Find(title, "《"); open != std::string_view::npos) {
    const std::size_t close = Find(title, "》", open);
    const std::string_view inside =
        close == std::string_view::npos ? std::string_view() : title.substr(open + 3, close - open - 3);
    if (ContainsAny(inside, {"报告", "自评表", "评价表"})) title = TrimSpace(inside);
  }
  out.year = EvaluatedYearIn(title);
  // "…报告(云龙产业园基础设施配套路网项目)", "…报告(2019年春节慰问经费)": the project in brackets
  // after the title.
  for (std::string_view open : {"(", "（"}) {
    const std::size_t at = RFind(title, open);
    if (at != std::string_view::npos && at > 0) {
      std::string_view inside = TrimTrailing(title.substr(at + open.size()), ")）");
      const bool named = std::any_of(kSubjectEnds.begin(), kSubjectEnds.end(), [&](std::string_view end) {
        return EndsWith(inside, end) && end != "金" && end != "计划";
      });
      if (named && CodePointCount(inside) >= 4) out.project = inside;
    }
  }
  std::string_view head = title;
  const std::size_t perf = Find(head, "绩效");
  if (perf != std::string_view::npos) head = head.substr(0, perf);
  for (std::string_view kind : kEvaluationKinds) {
    if (EndsWith(head, kind) && head.size() > kind.size()) {
      head.remove_suffix(kind.size());
      break;
    }
  }
  std::string_view before = head, after;
  const std::size_t year = Find(head, "20");
  if (year != std::string_view::npos && out.year) {
    const std::size_t nian = Find(head, "年", year);
    if (nian != std::string_view::npos && nian - year <= 6) {
      before = TrimSpace(head.substr(0, year));
      after = head.substr(nian + 3);
      if (StartsWith(after, "度")) after.remove_prefix(3);
      after = TrimSpace(after);
    }
  }
  // "…专项转移支付区域绩效目标自评表": the funds evaluated over a region; 区域 names the scope.
  // "2024年普惠金融发展专项资金预算执行情况绩效自评报告": what of the funds is evaluated (a unit
  // named before the year reports on its funds' execution: "某局2021年度转移支付预算执行情况…").
  // (A particular fund is the subject whoever is named before it: "周至县民政局2024年县级福彩公益金的
  // 使用情况".)
  // ("关于2021年度X专项资金使用情况的绩效自评报告": the scope before the 的 that joins it to 绩效.)
  if (EndsWith(after, "情况的")) after = TrimSpace(after.substr(0, after.size() - std::string_view("的").size()));
  for (std::string_view scope : {"区域", "预算执行情况", "执行情况", "管理使用情况", "使用情况"}) {
    if (!EndsWith(after, scope) || after.size() <= scope.size()) continue;
    std::string_view fund = TrimSpace(after.substr(0, after.size() - scope.size()));
    if (EndsWith(fund, "的")) fund = TrimSpace(fund.substr(0, fund.size() - std::string_view("的").size()));
    if (StartsWith(fund, "“")) fund.remove_prefix(std::string_view("“").size());
    if (EndsWith(fund, "”")) fund.remove_suffix(std::string_view("”").size());
    if (scope == "区域" || before.empty() || !NamesNoParticularFund(fund)) after = fund;
    break;
  }
  if (EndsWith(after, "的")) after = TrimSpace(after.substr(0, after.size() - std::string_view("的").size()));
  if (EndsWith(before, "“")) before = TrimSpace(before.substr(0, before.size() - std::string_view("“").size()));
  // "关于…的报告", "某局关于…": 关于 is no part of the unit.
  if (StartsWith(before, "关于")) before = TrimSpace(before.substr(std::string_view("关于").size()));
  if (EndsWith(before, "关于")) before = TrimSpace(before.substr(0, before.size() - std::string_view("关于").size()));
  // "某县医疗保障服务中心关于医保结算终端运维经费2020年度绩效自评情况的报告": the unit before 关于, what
  // it reports on after it.
  std::string_view unit_before_about;
  if (const std::size_t about = Find(before, "关于"); about != std::string_view::npos && about > 0 && after.empty()) {
    unit_before_about = TrimSpace(before.substr(0, about));
    before = TrimSpace(before.substr(about + std::string_view("关于").size()));
  }
  // "关于抗疫特别国债执行情况…": with no year, the fund and what of it is reported on stand together.
  if (after.empty() && !out.year) {
    for (std::string_view scope : kScopes) {
      if (EndsWith(before, scope) && before.size() > scope.size()) {
        before = TrimSpace(before.substr(0, before.size() - scope.size()));
        break;
      }
    }
  }
  if (ContainsAnyOf(title, kDepartmentWords)) {
    if (out.year) out.unit = before;  // with no year, nothing marks where a unit ends
    return out;
  }
  auto names_project = [](std::string_view s) {
    // "省级项目", "本级项目资金": the projects of a level are no project.
    std::string_view core = s;
    for (std::string_view level : {"省级", "市级", "州级", "县级", "区级", "本级", "省直", "市直", "县直"}) {
      if (StartsWith(core, level)) core.remove_prefix(level.size());
    }
    for (std::string_view g : kGenericSubjects) {
      if (s == g || core == g) return false;
      if (g.size() >= std::string_view("项目支出").size() && EndsWith(s, g)) {
        const std::string_view owner = s.substr(0, s.size() - g.size());
        for (std::string_view end : kOwnerEnds) {
          if (EndsWith(owner, end)) return false;
        }
      }
    }
    for (std::string_view end : kSubjectEnds) {
      if (EndsWith(s, end)) return true;
    }
    return false;
  };
  // "…项目支出绩效评价报告", "…住房租赁补贴支出绩效自评报告": the spending of project X is
  // about project X.
  if (EndsWith(after, "支出") && (EndsWith(after, "项目支出") || names_project(after.substr(0, after.size() - 6)))) {
    after.remove_suffix(std::string_view("支出").size());
  }
  // "2019年郧西县水利局项目支出绩效自评报告": a unit's projects, no project of that name.
  if (EndsWith(after, "项目")) {
    const std::string_view owner = after.substr(0, after.size() - std::string_view("项目").size());
    if (EndsAsUnitName(owner)) {
      out.unit = owner;
      if (!out.year) out.unit = {};
      return out;
    }
  }
  if (out.project.empty()) {
    if (names_project(after)) out.project = after, out.unit = before;
    else if (after.empty() && names_project(before)) out.project = before, out.unit = unit_before_about;
    else out.unit = before;
  } else {
    out.unit = before;
  }
  if (!out.year) out.unit = {};
  return out;
}

int CountFigures(const Evaluation& ev) {
  int n = (ev.funds.budget_total ? 1 : 0) + (ev.funds.executed_total ? 1 : 0) + (ev.funds.execution_rate_stated ? 1 : 0);
  for (const Project& p : ev.projects) {
    n += 1 + (p.budget.total ? 1 : 0) + (p.budget.fiscal ? 1 : 0) + (p.executed ? 1 : 0) +
         (p.execution_rate_stated ? 1 : 0) + (p.satisfaction && p.satisfaction->stated ? 1 : 0);
    for (const Indicator& i : p.indicators) {
      n += (i.target || i.target_text ? 1 : 0) + (i.actual || i.actual_text ? 1 : 0) + (i.score_stated ? 1 : 0);
    }
  }
  return n;
}

namespace {

// The project a table's caption names by its own words before the kind of table ("表3 农居地震安全
// 工程补助资金2022年度绩效指标完成情况" -> "农居地震安全工程补助资金"), or empty.
std::string_view ProjectNamedByCaption(std::string_view caption) {
  std::string_view rest = caption;
  for (std::string_view label : {"附表", "表"}) {
    if (StartsWith(rest, label)) {
      rest.remove_prefix(label.size());
      break;
    }
  }
  while (!rest.empty() && (DigitAt(rest, 0) >= 0 || rest[0] == '-' || rest[0] == '.')) rest.remove_prefix(1);
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view sep : {" ", "\u3000", "：", ":", "、", "．"}) {
      if (StartsWith(rest, sep)) rest.remove_prefix(sep.size()), cut = true;
    }
  }
  bool kind = false;
  for (std::string_view tail : {"整改前后对比表", "前后对比表", "对比表", "绩效指标完成情况表", "绩效指标完成情况", "绩效目标完成情况表",
                                "绩效目标完成情况", "绩效自评表", "自评表", "资金使用情况表", "资金执行情况表", "执行情况表"}) {
    if (EndsWith(rest, tail)) {
      rest.remove_suffix(tail.size()), kind = true;
      break;
    }
  }
  if (!kind) return {};
  // "…资金2022年度": the year the table is of.
  for (std::string_view year_word : {"年度", "年"}) {
    if (!EndsWith(rest, year_word)) continue;
    const std::string_view before = rest.substr(0, rest.size() - year_word.size());
    if (before.size() > 4 && before.compare(before.size() - 4, 2, "20") == 0 && DigitAt(before, before.size() - 1) >= 0 &&
        DigitAt(before, before.size() - 2) >= 0) {
      rest = before.substr(0, before.size() - 4);
    }
    break;
  }
  rest = TrimSpace(rest);
  return CodePointCount(rest) >= 4 && ProjectNameInLabel(rest) == rest ? rest : std::string_view{};
}

// ReadGeneralFigures' one pass; `last_resort` reads every table with the years across by the
// report year's column (GridHooks::any_years_across).
Result<ParseResult> ReadFigures(const TextDocument& document, std::vector<bool>& used, LineAmounts* scanned,
                                bool last_resort) {
  ParseResult result;
  Evaluation& ev = result.evaluation;
  Binder binder(document, ev);
  used.assign(document.lines.size(), false);
  std::size_t title = FindTitle(document);
  std::string_view run_on;  // the title when it runs on into the body on its line
  if (title == std::string_view::npos && !document.lines.empty()) {
    run_on = RunOnTitle(document.lines[0].text);
    if (!run_on.empty()) title = 0;
  }
  // "…补助资金2023年度绩" over "效自评报告": a title a page's width broke, read as one line (its
  // places those of its first line's text).
  // (Only a line as wide as the text's widest near it: a title set on two lines by design,
  // "X县2023年度中央水利发展资金" over "绩效自评报告", names its fund in its first line alone.)
  std::string broken_title;
  if (title == std::string_view::npos) {
    std::size_t widest = 0;
    for (std::size_t i = 0; i < std::min<std::size_t>(document.lines.size(), 40); ++i) {
      if (!document.lines[i].is_table_row()) widest = std::max(widest, DisplayWidth(TrimSpace(document.lines[i].text)));
    }
    for (std::size_t i = 0; i + 1 < std::min(document.lines.size(), kTitleLines); ++i) {
      const std::string_view first = TrimSpace(document.lines[i].text), rest = TrimSpace(document.lines[i + 1].text);
      if (first.empty() || rest.empty() || !AtMostCodePoints(rest, 12) || document.lines[i].is_table_row() ||
          DisplayWidth(first) * 10 < widest * 9 ||
          !ContainsAnyOf(rest, kTitleWords) || !IsTitleLine(std::string(first) + std::string(rest))) {
        continue;
      }
      broken_title = std::string(document.lines[i].text) + std::string(rest);
      run_on = broken_title;
      title = i;
      used[i + 1] = true;
      break;
    }
  }
  if (title != std::string_view::npos && run_on.empty() && ReadTitleSubject(document.lines[title].text).project.empty() &&
      !ContainsAnyOf(document.lines[title].text, kDepartmentWords)) {
    // The project comes from the second title; the unit from the first unless the second names it.
    const std::size_t subtitle = FindSubtitle(document, title);
    if (subtitle != std::string_view::npos) {
      const std::string& text = document.lines[title].text;
      const TitleSubject first = ReadTitleSubject(text);
      if (!first.unit.empty() && CodePointCount(first.unit) <= 30) {
        ev.unit.name = std::string(first.unit);
        binder.Record("/unit/name", {title, static_cast<std::size_t>(first.unit.data() - text.data()), first.unit.size()});
      }
      used[title] = true;
      title = subtitle;
    }
  }
  if (title != std::string_view::npos) {
    const std::string& text = document.lines[title].text;
    const TitleSubject subject = ReadTitleSubject(run_on.empty() ? std::string_view(text) : run_on);
    if (run_on.empty() || !broken_title.empty()) used[title] = true;
    ev.year = subject.year;
    if (ev.year) binder.Record("/year", {title, 0, 0});
    const char* const base = broken_title.empty() ? text.data() : broken_title.data();
    auto offset = [&](std::string_view part) { return static_cast<std::size_t>(part.data() - base); };
    if (!subject.unit.empty() && CodePointCount(subject.unit) <= 30) {
      ev.unit.name = std::string(subject.unit);
      binder.Record("/unit/name", {title, offset(subject.unit), subject.unit.size()});
    }
    if (!subject.project.empty() && !CountedInText(document, subject.project, title)) {
      binder.SetDefault(binder.Project(subject.project, {title, offset(subject.project), subject.project.size()}));
    } else if (title + 1 < document.lines.size()) {
      // "…绩效自评报告" over "（X项目）": the project in brackets on the title's next line.
      const std::string& next = document.lines[title + 1].text;
      const std::string as_title = "报告" + std::string(TrimSpace(next));  // outlives the views into it
      const TitleSubject below = ReadTitleSubject(as_title);
      const std::string_view inside = TrimSpace(below.project);
      const std::size_t at = inside.empty() ? std::string::npos : next.find(inside);
      const std::string_view line = TrimSpace(next);
      const bool bracketed = (StartsWith(line, "(") || StartsWith(line, "（")) && !ReadHeadingMarker(line).found() &&
                             Find(inside, ")") == std::string_view::npos && Find(inside, "）") == std::string_view::npos;
      if (at != std::string::npos && bracketed) {
        binder.SetDefault(binder.Project(inside, {title + 1, at, inside.size()}));
        used[title + 1] = true;
      }
    }
  }
  // No title: the opening sentence may say what the report is about ("现将X绩效自评情况报告如下").
  if (title == std::string_view::npos) {
    for (std::size_t i = 0; i < std::min(document.lines.size(), kTitleLines); ++i) {
      const std::string& text = document.lines[i].text;
      const std::string_view subject = SubjectOfOpening(text);
      if (subject.empty()) continue;
      const TitleSubject said = ReadTitleSubject(subject);
      if (!said.project.empty()) {
        const std::size_t at = static_cast<std::size_t>(said.project.data() - text.data());
        binder.SetDefault(binder.Project(said.project, {i, at, said.project.size()}));
        if (!ev.year && said.year) ev.year = said.year, binder.Record("/year", {i, 0, 0});
      }
      break;
    }
  }
  if (!ev.year) {
    // (A title broken over two lines, "…关于2021年度绩效评价发现问题整改情况及2022年度绩效自评结果" over
    // "应用的报告": the year evaluated is the one before 自评, not the first.)
    for (std::size_t i = 0; i < std::min(document.lines.size(), kTitleLines) && !ev.year; ++i) {
      ev.year = EvaluatedYearIn(document.lines[i].text);
      if (ev.year) binder.Record("/year", {i, 0, 0});
    }
  }
  SentenceState sentences;
  sentences.scanned = scanned;
  GridHooks hooks;
  hooks.any_years_across = last_resort;
  // Each project the text named, in order, where it named it: a table's rows are cut from a run
  // of cells only after the text beyond them was read, so the name that stood before a table is
  // looked up by its line, not taken as the last one named.
  // A name of running costs (三公, 因公出国) is no table's project, unless a project of that name
  // has its own budget already (a 外事 office's 因公出国（境）管理经费).
  auto RunningCostOnly = [&](std::string_view name) {
    if (!NamesRunningCost(name)) return false;
    const Subject known = binder.Find(name);
    return !(known && ev.projects[*known].budget.total);
  };
  struct Naming {
    std::string project;
    Place place;
    bool opens_section = false;  // a numbered heading over prose named it (see section_subject)
  };
  // Whether the project the text named last was named by a numbered heading that opens a section
  // of prose: a table under it is its, however far below.
  auto under_heading = [&]() {
    return sentences.heading_named_project && sentences.project_heading_level > 0 &&
           sentences.project_heading_level < kBelowHeadings && ProseFollows(document, sentences.last_place.line);
  };
  std::vector<Naming> namings;
  hooks.text_line = [&](std::size_t line) {
    if (ReadSentenceFigures(document, line, binder, sentences)) used[line] = true;
    // "表2 电子交易平台运行维护经费绩效指标完成情况": a table's caption naming a project the text
    // listed names the project of the table below it.
    if (const std::string_view text = TrimSpace(document.lines[line].text);
        (StartsWith(text, "表") || StartsWith(text, "附表")) && text.find_first_of("0123456789") != std::string_view::npos &&
        CodePointCount(text) <= 60) {
      std::string_view best;
      for (const Project& p : ev.projects) {
        if (p.name.size() > best.size() && CodePointCount(p.name) >= 4 && text.find(p.name) != std::string_view::npos) best = p.name;
      }
      // "表1 地震监测台网运维经费整改前后对比表": a caption naming a project by its own words before
      // the kind of table names it though the text did not list it before.
      if (best.empty()) best = ProjectNamedByCaption(text);
      if (!best.empty()) {
        sentences.last_project = std::string(best);
        sentences.last_place = {line, static_cast<std::size_t>(text.find(best) + (text.data() - document.lines[line].text.data())), best.size()};
        sentences.heading_named_project = true;
      }
    }
    if (!sentences.last_project.empty() &&
        (namings.empty() || ((namings.back().project != sentences.last_project ||
                              namings.back().place.line != sentences.last_place.line) &&
                             namings.back().place.line <= sentences.last_place.line))) {
      namings.push_back({sentences.last_project, sentences.last_place, under_heading()});
    }
  };
  hooks.section_subject = [&](std::size_t line) -> Subject {
    if (binder.default_subject() || sentences.last_project.empty() || RunningCostOnly(sentences.last_project)) {
      return std::nullopt;
    }
    // (A name written after the row, read before the run of cells holding it was cut into rows,
    // is no subject of it.)
    // (Under a numbered heading that named it, a table is the project's however far below, other
    // tables of it between: "（一）全国科普日活动经费" over its quarterly spending and its indicators.)
    // (A heading of a section: prose follows it, not a numbered label among a table's cells.)
    if (line < sentences.last_place.line || (!under_heading() && line > sentences.last_place.line + kSectionLines)) {
      return std::nullopt;
    }
    return binder.Project(sentences.last_project, sentences.last_place);
  };
  hooks.subject_named_at = [&](std::size_t line, std::size_t named_after, std::size_t row) -> Subject {
    if (binder.default_subject()) return std::nullopt;
    // The last project named on or before the line.
    const auto after = std::upper_bound(namings.begin(), namings.end(), line,
                                        [](std::size_t l, const Naming& n) { return l < n.place.line; });
    if (after == namings.begin()) return std::nullopt;
    // (A table whose own rows name projects, up to the row asked about, is a list, not one's.)
    if (after != namings.end() && after->place.line <= row) return std::nullopt;
    const Naming& named = *std::prev(after);
    if (named.place.line < named_after || RunningCostOnly(named.project)) return std::nullopt;
    if (!named.opens_section && line > named.place.line + kSectionLines) return std::nullopt;
    return binder.Project(named.project, named.place);
  };
  ReadGridTables(document, binder, used, hooks);
  UmbrellaToDepartment(ev, binder.default_subject());
  DepartmentToLoneProject(ev, document);
  SpendingToLoneFundedProject(ev, document);
  const bool has_figures =
      ev.funds.budget_total || ev.funds.executed_total || !ev.projects.empty() || !ev.department_indicators.empty();
  if (!has_figures) return Invalid("不是预算绩效自评报告：未找到预算数、执行数、项目或绩效指标等内容");
  return result;
}

}  // namespace

Result<ParseResult> ReadGeneralFigures(const TextDocument& document, std::vector<bool>& used, LineAmounts* scanned) {
  Result<ParseResult> result = ReadFigures(document, used, scanned, /*last_resort=*/false);
  // (The first pass took the scanned figures: the second scans again.)
  if (!result) result = ReadFigures(document, used, nullptr, /*last_resort=*/true);
  return result;
}

void ListUnrecognized(const TextDocument& document, const std::vector<bool>& used, std::vector<Finding>& findings) {
  for (std::size_t i = 0; i < document.lines.size(); ++i) {
    const std::string_view text = TrimSpace(document.lines[i].text);
    if (used[i] || text.empty()) continue;
    Finding f;
    f.rule = "ingest.unrecognized";
    f.severity = Severity::kInfo;
    f.span = SpanAt(document, i, 0, 0);
    f.message = "未能识别：" + Excerpt(text);  // the place travels in `span`; front ends print it
    findings.push_back(std::move(f));
  }
}

Result<ParseResult> ReadGeneral(const TextDocument& document, std::vector<bool>* used_lines) {
  std::vector<bool> local;
  std::vector<bool>& used = used_lines ? *used_lines : local;
  Result<ParseResult> result = ReadGeneralFigures(document, used);
  if (result) ListUnrecognized(document, used, result->findings);
  return result;
}

namespace {

// Copies general's provenance of `from` ("/projects/3") to `to` ("/projects/7") for the
// pointers under it that base does not have.
std::tuple<int, int, int> LineKey(const SourceSpan& s) { return {s.page, s.paragraph, s.line}; }

// The source lines whose figures the general reading added to the sectioned one.
using LineSet = std::set<std::tuple<int, int, int>>;

void CopyProvenance(Evaluation& base, const Evaluation& general, const std::string& from, const std::string& to,
                    LineSet& copied) {
  for (auto it = general.provenance.lower_bound(from); it != general.provenance.end(); ++it) {
    if (it->first.compare(0, from.size(), from) != 0) break;
    const std::string rest = it->first.substr(from.size());
    if (!rest.empty() && rest[0] != '/') continue;
    if (base.provenance.try_emplace(to + rest, it->second).second) copied.insert(LineKey(it->second));
  }
}

template <typename T>
void Fill(std::optional<T>& field, const std::optional<T>& value) {
  if (!field && value) field = value;
}

// The name keys (NameKey) of an evaluation's projects, each worked out once: matching every
// project of one reading against every one of the other would otherwise build them over and
// over. Projects appended since are keyed when first asked about; Renamed re-keys one.
class ProjectKeys {
 public:
  explicit ProjectKeys(const Evaluation& ev) : ev_(ev) {}
  const std::string& operator[](std::size_t i) {
    while (keys_.size() <= i) keys_.push_back(NameKey(ev_.projects[keys_.size()].name));
    return keys_[i];
  }
  void Renamed(std::size_t i) {
    if (i < keys_.size()) keys_[i] = NameKey(ev_.projects[i].name);
  }
  std::size_t size() const { return ev_.projects.size(); }
  void Clear() { keys_.clear(); }

 private:
  const Evaluation& ev_;
  std::vector<std::string> keys_;
};

// The project of `base` whose name is `key`'s, or holds it, or is held in it.
std::optional<std::size_t> SameProject(ProjectKeys& base, const std::string& key) {
  for (std::size_t i = 0; i < base.size(); ++i) {
    const std::string& other = base[i];
    if (other == key || (!other.empty() && !key.empty() &&
                         (other.find(key) != std::string::npos || key.find(other) != std::string::npos))) {
      return i;
    }
  }
  return std::nullopt;
}

// Whether `list` holds an indicator of another project of `general` (by name and what was
// reached) that `own`, the general reading's list for the same project, does not: a table bound
// to the wrong project.
bool HoldsAnothersIndicator(const std::vector<Indicator>& list, const std::vector<Indicator>& own,
                            const std::vector<Project>& general, const Project& self) {
  const auto same = [](const Indicator& a, const Indicator& b) {
    return a.name == b.name && a.actual == b.actual && a.actual_text == b.actual_text;
  };
  for (const Indicator& i : list) {
    if (std::any_of(own.begin(), own.end(), [&](const Indicator& o) { return same(i, o); })) continue;
    for (const Project& p : general) {
      if (&p == &self) continue;
      if (std::any_of(p.indicators.begin(), p.indicators.end(), [&](const Indicator& o) { return same(i, o); })) return true;
    }
  }
  return false;
}

void FillProject(Project& into, const Project& from, const std::vector<Project>& general) {
  Fill(into.budget.total, from.budget.total);
  Fill(into.budget.fiscal, from.budget.fiscal);
  Fill(into.budget.other, from.budget.other);
  Fill(into.executed, from.executed);
  Fill(into.execution_rate_stated, from.execution_rate_stated);
  if (!into.satisfaction && from.satisfaction) into.satisfaction = from.satisfaction;
  // The indicator list that states more complete rows (target, actual and score) wins.
  auto complete = [](const std::vector<Indicator>& list) {
    return std::count_if(list.begin(), list.end(), [](const Indicator& i) {
      return (i.target || i.target_text) && (i.actual || i.actual_text) && i.score_stated;
    });
  };
  // (A 评分表 states points only: a list where there was none is still the project's.)
  // (So does the general reading's list where the other holds another project's indicators: "表2 甲…" read as
  // the next project's too.)
  if (complete(from.indicators) > complete(into.indicators) || (into.indicators.empty() && !from.indicators.empty()) ||
      (!from.indicators.empty() && HoldsAnothersIndicator(into.indicators, from.indicators, general, from))) {
    into.indicators = from.indicators;
  }
}

}  // namespace

void FillFromGeneral(const TextDocument& document, ParseResult& base, ParseResult&& general,
                     const std::vector<bool>& used, std::vector<UnplacedText>& unplaced) {
  LineSet copied;
  auto CopyProvenance = [&copied](Evaluation& into, const Evaluation& from_ev, const std::string& from,
                                  const std::string& to) { parse::CopyProvenance(into, from_ev, from, to, copied); };
  Evaluation& ev = base.evaluation;
  const Evaluation& g = general.evaluation;
  if (!ev.unit.name && g.unit.name) ev.unit.name = g.unit.name, CopyProvenance(ev, g, "/unit/name", "/unit/name");
  if (!ev.year && g.year) ev.year = g.year, CopyProvenance(ev, g, "/year", "/year");
  if (ev.department_indicators.empty() && !g.department_indicators.empty()) {
    ev.department_indicators = g.department_indicators;
    CopyProvenance(ev, g, "/department_indicators", "/department_indicators");
    // An unnamed project of the sectioned reading holding only those rows (the 部门整体 indicator
    // table read as a project's) is no project.
    const auto departments = [&](const Project& p) {
      return p.name.empty() && !p.budget.total && !p.executed && !p.indicators.empty() &&
             std::all_of(p.indicators.begin(), p.indicators.end(), [&](const Indicator& i) {
               return std::any_of(g.department_indicators.begin(), g.department_indicators.end(),
                                  [&](const DepartmentIndicator& d) { return d.name == i.name; });
             });
    };
    // (Only as the reading's one project: no other project's place in the list moves.)
    if (ev.projects.size() == 1 && departments(ev.projects.front())) {
      ev.projects.clear();
      std::erase_if(ev.provenance, [](const auto& entry) { return entry.first.starts_with("/projects/"); });
    }
  }
  // A sectioned reading that stopped early in a table (a name cell wrapped onto a row of its own)
  // found at most half the projects the general reading found with figures, and no other: the
  // general reading's list is the report's, and its totals the department's.
  const auto with_figures = [&](const std::vector<Project>& list) { return std::count_if(list.begin(), list.end(), HasFigures); };
  // (Rows of the same table: each project the general reading adds has a budget and a spending.)
  const auto row_of_funds = [](const Project& p) { return p.budget.total && p.executed; };
  const auto rows = std::count_if(g.projects.begin(), g.projects.end(), row_of_funds);
  ProjectKeys base_keys(ev), general_keys(g);
  const auto met_in = [](ProjectKeys& in, ProjectKeys& keys, std::size_t i) { return SameProject(in, keys[i]).has_value(); };
  bool stopped_early = !ev.projects.empty() && rows >= 2 * std::max<std::ptrdiff_t>(1, with_figures(ev.projects));
  for (std::size_t i = 0; stopped_early && i < ev.projects.size(); ++i) stopped_early = met_in(general_keys, base_keys, i);
  for (std::size_t i = 0; stopped_early && i < g.projects.size(); ++i) {
    const Project& p = g.projects[i];
    stopped_early = met_in(base_keys, general_keys, i) || row_of_funds(p) || !HasFigures(p);
  }
  // Projects the sectioned reading found are the report's list of projects; the general
  // reading adds projects only to a reading that found none. Headings the sectioned reading
  // took for projects without a single figure of their own ("（1）项目完成数量"), none of them
  // among the projects the general reading found with figures, give way to those.
  bool none_met = true;
  for (std::size_t i = 0; none_met && i < g.projects.size(); ++i) none_met = !met_in(base_keys, general_keys, i);
  if (!ev.projects.empty() && none_met && std::none_of(ev.projects.begin(), ev.projects.end(), HasFigures) &&
      std::any_of(g.projects.begin(), g.projects.end(), HasFigures)) {
    ev.projects.clear();
    base_keys.Clear();
    std::erase_if(ev.provenance, [](const auto& entry) { return entry.first.starts_with("/projects/"); });
  }
  // A reading that found projects and no department totals read a project report: the
  // general reading's department figures are those projects' own.
  // With two projects or more, totals that are no project's own figures are the department's.
  const auto own_of_a_project = [&](const std::optional<Money>& total, bool executed) {
    return std::any_of(ev.projects.begin(), ev.projects.end(), [&](const Project& p) {
      return total && (executed ? p.executed : p.budget.total) == total;
    });
  };
  // So are they in a report its title calls the department's whole (部门整体支出绩效自评报告) with
  // one project beside them.
  bool titled_whole = false;
  for (std::size_t i = 0; i < std::min<std::size_t>(document.lines.size(), kTitleLines); ++i) {
    titled_whole |= !document.lines[i].is_table_row() && ContainsAny(document.lines[i].text, {"部门整体", "单位整体", "整体支出"});
  }
  const bool department = ev.funds.budget_total || ev.funds.executed_total || ev.projects.empty() || stopped_early ||
                          ((ev.projects.size() >= 2 || titled_whole) && g.funds.budget_total &&
                           !own_of_a_project(g.funds.budget_total, false) && !own_of_a_project(g.funds.executed_total, true));
  for (auto [field, value, pointer] : {std::tuple{&ev.funds.budget_total, &g.funds.budget_total, "/funds/budget_total"},
                                       std::tuple{&ev.funds.executed_total, &g.funds.executed_total, "/funds/executed_total"}}) {
    if (department && !*field && *value) *field = *value, CopyProvenance(ev, g, pointer, pointer);
  }
  if (department && !ev.funds.execution_rate_stated && g.funds.execution_rate_stated) {
    ev.funds.execution_rate_stated = g.funds.execution_rate_stated;
    CopyProvenance(ev, g, "/funds/execution_rate_stated", "/funds/execution_rate_stated");
  }
  const bool add_projects = ev.projects.empty() || stopped_early;
  for (std::size_t i = 0; i < g.projects.size(); ++i) {
    const std::string from = Pointer("/projects", i);
    std::optional<std::size_t> same = SameProject(base_keys, general_keys[i]);
    // A project the sectioned reading left unnamed, with the same budget: the general reading
    // found its name (转移支付(项目)名称 | X).
    if (!same && !g.projects[i].name.empty() && g.projects[i].budget.total) {
      for (std::size_t k = 0; k < ev.projects.size() && !same; ++k) {
        if (ev.projects[k].name.empty() && ev.projects[k].budget.total == g.projects[i].budget.total) {
          ev.projects[k].name = g.projects[i].name;
          base_keys.Renamed(k);
          CopyProvenance(ev, g, from + "/name", Pointer("/projects", k, "name"));
          same = k;
        }
      }
    }
    if (same) {
      FillProject(ev.projects[*same], g.projects[i], g.projects);
      CopyProvenance(ev, g, from, Pointer("/projects", *same));
    } else if (add_projects &&
               (!stopped_early || (row_of_funds(g.projects[i]) && !general_keys[i].empty()))) {
      ev.projects.push_back(g.projects[i]);
      CopyProvenance(ev, g, from, Pointer("/projects", ev.projects.size() - 1));
    }
  }
  // The line an unplaced piece of text is on, as a span names it.
  auto line_of = [&](const UnplacedText& u) {
    return u.place ? LineKey(SpanOf(document, u.place->line, u.place->offset, 1)) : LineKey(SourceSpan{});
  };
  // Lines of table structure the general reading used (header rows, 项目名称) hold no figure.
  // Only the lines with an unrecognized-text note need scanning for figures.
  LineSet noted;
  for (const UnplacedText& u : unplaced) {
    if (u.place) noted.insert(line_of(u));
  }
  for (std::size_t i = 0; i < used.size() && i < document.lines.size(); ++i) {
    if (!used[i]) continue;
    const auto line = LineKey(SpanAt(document, i, 0, 0));
    if (noted.count(line) && ScanAmounts(document.lines[i].text).empty()) copied.insert(line);
  }
  std::erase_if(unplaced, [&](const UnplacedText& u) { return u.place && copied.count(line_of(u)); });
}

}  // namespace jixiao::parse
