#include "ingest/report_parser.h"

#include "ingest/parse_checks.h"
#include "ingest/parse_context.h"
#include "ingest/parse_department.h"
#include "ingest/parse_headings.h"
#include "ingest/parse_projects.h"
#include "ingest/parse_scan.h"
#include "ingest/parse_sections.h"
#include "ingest/parse_tables.h"

namespace jixiao {
namespace {

using parse::ParseContext;
using parse::Region;

// Paragraphs searched for the title and the year when the title has none.
constexpr std::size_t kHeadParagraphs = 12;

class ReportParser {
 public:
  explicit ReportParser(const TextDocument& document)
      : ctx_(document), department_(ctx_), projects_(ctx_), tables_(ctx_, projects_) {}

  Result<ParseResult> Run();

 private:
  void Paragraph(std::size_t index);
  bool Title(std::size_t index);
  void Body(std::size_t index);
  void NextStep(std::size_t index);
  void FallbackYear();

  ParseContext ctx_;
  parse::DepartmentParser department_;
  parse::ProjectsParser projects_;
  parse::TablesParser tables_;
  parse::SectionTracker sections_;
  bool seen_heading_ = false;
  bool seen_title_ = false;
  bool numbered_steps_ = false;
};

// "<单位>2022年度…自评报告": the year (2000-2099) and the unit written before it.
void ReadTitle(std::string_view title, Evaluation& ev, bool* has_unit) {
  for (std::size_t at = title.find("20"); at != std::string_view::npos; at = title.find("20", at + 1)) {
    const auto number = parse::ReadNumber(title, at);
    if (!number || number->text.size() != 4 || !parse::StartsWith(title.substr(number->end), "年")) continue;
    if (at > 0 && parse::DigitAt(title, at - 1) >= 0) continue;
    ev.year = std::stoi(number->text);
    std::string_view unit = parse::StripPrefix(title.substr(0, at), "关于");
    *has_unit = !unit.empty() && !parse::ContainsAny(unit, {"预算", "绩效", "自评", "评价", "报告", "表", "附件", "("});
    if (*has_unit) ev.unit.name = std::string(unit);
    return;
  }
}

bool IsTitleText(std::string_view text) {
  return !parse::LongerThan(text, 60) && parse::ContainsAny(text, {"报告", "自评表", "评价表"}) &&
         !parse::Contains(text, "。");
}

Result<ParseResult> ReportParser::Run() {
  for (std::size_t i = 0; i < ctx_.paragraphs().size(); ++i) Paragraph(i);
  tables_.Finish();
  FallbackYear();
  parse::RunTextChecks(ctx_);
  Evaluation& ev = ctx_.evaluation();
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
  const parse::HeadingMarker marker = parse::ReadHeadingMarker(p.text);
  const std::string_view body = parse::TrimSpace(std::string_view(p.text).substr(marker.length));
  if (marker.found() && parse::IsTitleLike(body) && sections_.OpensSection(marker.level, body)) {
    seen_heading_ = true;
    sections_.Enter(marker.level, body);
    ctx_.MarkUsed(index);
    return;
  }
  Body(index);
}

bool ReportParser::Title(std::size_t index) {
  const std::string_view text = ctx_.paragraph(index).text;
  if (index >= kHeadParagraphs || !IsTitleText(text)) return false;
  ctx_.MarkUsed(index);
  if (!seen_title_) {
    bool has_unit = false;
    ReadTitle(text, ctx_.evaluation(), &has_unit);
    if (ctx_.evaluation().year) ctx_.Record("/year", index, 0, 0);
    if (has_unit) ctx_.Record("/unit/name", index, 0, ctx_.evaluation().unit.name->size());
    seen_title_ = ctx_.evaluation().year.has_value();
  }
  return true;
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
  const std::string_view body = parse::TrimSpace(text.substr(parse::ReadHeadingMarker(text).length));
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
    bool has_unit = false;
    std::optional<std::string> keep = ev.unit.name;
    ReadTitle(ctx_.paragraph(i).text, ev, &has_unit);
    ev.unit.name = keep;
    if (ev.year) ctx_.Record("/year", i, 0, 0);
  }
}

}  // namespace

Result<ParseResult> ParseReport(const TextDocument& document) { return ReportParser(document).Run(); }

}  // namespace jixiao
