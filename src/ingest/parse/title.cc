#include "ingest/parse/title.h"

#include "ingest/parse/attachments.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/tables.h"

namespace jixiao::parse {
namespace {

// A title is at most this long; each of its lines at most kMaxLineChars.
constexpr std::size_t kMaxTitleChars = 60;
constexpr std::size_t kMaxLineChars = 30;
// Lines searched from the top for the title block, and lines one title may span.
constexpr std::size_t kHeadLines = 6;
constexpr std::size_t kMaxTitleLines = 4;

bool EndsTitle(std::string_view text) {
  text = TrimSpace(text);
  for (std::string_view end : {"报告", "报告书", "自评表", "评价表"}) {
    if (EndsWith(text, end)) return true;
  }
  return false;
}

// A short line with no sentence, number marker or label: a piece of a wrapped title.
bool IsTitleLine(const Paragraph& p) {
  if (p.kind != ParagraphKind::kText || p.text.empty() || LongerThan(p.text, kMaxLineChars)) return false;
  if (ReadHeadingMarker(p.text).found()) return false;
  std::size_t pos = 0, len = 0;
  while (pos < p.text.size()) {
    const char32_t cp = CodePointAt(p.text, pos, &len);
    if (IsClauseBreak(cp) && cp != U'、') return false;
    pos += len;
  }
  return true;
}

}  // namespace

bool IsTitleText(std::string_view text) {
  return !LongerThan(text, kMaxTitleChars) && ContainsAny(text, {"报告", "自评表", "评价表"}) && !Contains(text, "。");
}

TitleFacts ReadTitle(std::string_view title) {
  TitleFacts out;
  for (std::size_t at = Find(title, "20"); at != std::string_view::npos; at = Find(title, "20", at + 1)) {
    const auto number = ReadNumber(title, at);
    if (!number || number->text.size() != 4 || !StartsWith(title.substr(number->end), "年")) continue;
    if (at > 0 && DigitAt(title, at - 1) >= 0) continue;
    out.year = EvaluatedYearIn(title).value_or(std::stoi(number->text));
    // ("关于某局…的报告", "某局关于…的报告": 关于 is no part of the unit.)
    std::string_view unit = StripPrefix(title.substr(0, at), "关于");
    if (EndsWith(unit, "关于")) unit = TrimSpace(unit.substr(0, unit.size() - std::string_view("关于").size()));
    if (!unit.empty() && !ContainsAny(unit, {"预算", "绩效", "自评", "评价", "报告", "表", "附件", "("})) {
      out.unit = unit;
    }
    return out;
  }
  return out;
}

void JoinTitleLines(std::vector<Paragraph>& paragraphs) {
  std::size_t first = 0;
  while (first < paragraphs.size() && first < kHeadLines && paragraphs[first].kind == ParagraphKind::kText &&
         ReadAttachmentLine(paragraphs[first].text) == AttachmentLine::kLabel) {
    ++first;
  }
  if (first >= paragraphs.size() || !IsTitleLine(paragraphs[first]) || EndsTitle(paragraphs[first].text)) return;
  std::string joined(paragraphs[first].text);
  for (std::size_t last = first + 1; last < paragraphs.size() && last - first < kMaxTitleLines; ++last) {
    if (!IsTitleLine(paragraphs[last])) return;
    joined += paragraphs[last].text;
    if (!EndsTitle(joined)) continue;
    if (!IsTitleText(joined)) return;
    for (std::size_t k = first + 1; k <= last; ++k) paragraphs[first].Append(paragraphs[k]);
    paragraphs.erase(paragraphs.begin() + static_cast<std::ptrdiff_t>(first + 1),
                     paragraphs.begin() + static_cast<std::ptrdiff_t>(last + 1));
    return;
  }
}

}  // namespace jixiao::parse
