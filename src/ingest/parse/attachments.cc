#include "ingest/parse/attachments.h"

#include "ingest/parse/headings.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

// Table titles are short; an attachment label line holds at most a title after its number.
constexpr std::size_t kMaxTitleChars = 40;

// The byte length of "附件" / "附表" at the start of `text`, 0 when neither.
std::size_t AttachmentWord(std::string_view text) {
  return StartsWith(text, "附件") || StartsWith(text, "附表") ? std::string_view("附件").size() : 0;
}

bool IsColon(char32_t cp) { return cp == U'：' || cp == U':'; }

// The byte length of an attachment number ("1", "4-1", "一", "２") at text[pos], 0 when none.
std::size_t AttachmentNumber(std::string_view text, std::size_t pos) {
  std::size_t end = pos, len = 0;
  while (end < text.size()) {
    const char32_t cp = CodePointAt(text, end, &len);
    const bool digit = DigitAt(text, end) >= 0 || ChineseNumberValue(text.substr(end, len)) > 0;
    const bool joiner = end > pos && (cp == U'-' || cp == U'－' || cp == U'—' || cp == U'.');
    if (!digit && !joiner) break;
    end += len;
  }
  return end - pos;
}

// A title after an attachment number: short, without any clause or sentence mark.
bool IsBareTitle(std::string_view text) {
  if (LongerThan(text, kMaxTitleChars)) return false;
  std::size_t pos = 0, len = 0;
  while (pos < text.size()) {
    if (IsClauseBreak(CodePointAt(text, pos, &len))) return false;
    pos += len;
  }
  return true;
}

// Strips a trailing parenthesised note: "部门整体支出绩效自评表（2022年度）" -> "…自评表".
std::string_view WithoutTrailingNote(std::string_view text) {
  std::size_t len = 0;
  if (!IsCloseParen(CodePointBefore(text, text.size(), &len))) return text;
  for (std::size_t pos = text.size() - len; pos > 0;) {
    const char32_t cp = CodePointBefore(text, pos, &len);
    pos -= len;
    if (IsOpenParen(cp)) return TrimSpace(text.substr(0, pos));
  }
  return text;
}

}  // namespace

AttachmentLine ReadAttachmentLine(std::string_view text) {
  text = TrimSpace(text);
  const std::size_t word = AttachmentWord(text);
  if (word == 0 || LongerThan(text, kMaxTitleChars + 8)) return AttachmentLine::kNone;
  std::size_t pos = word, len = 0;
  while (pos < text.size() && IsSpace(CodePointAt(text, pos, &len))) pos += len;
  if (pos == text.size()) return AttachmentLine::kLabel;
  if (IsColon(CodePointAt(text, pos))) return AttachmentLine::kList;
  const std::size_t number = AttachmentNumber(text, pos);
  if (number == 0) return AttachmentLine::kNone;  // "附件材料…": prose
  const std::string_view rest = TrimSpace(text.substr(pos + number));
  return rest.empty() || IsColon(CodePointAt(rest, 0)) || IsBareTitle(rest) ? AttachmentLine::kLabel
                                                                            : AttachmentLine::kNone;
}

std::string_view AfterAttachmentLabel(std::string_view text) {
  text = TrimSpace(text);
  if (ReadAttachmentLine(text) == AttachmentLine::kNone) return text;
  std::size_t pos = AttachmentWord(text), len = 0;
  while (pos < text.size() && IsSpace(CodePointAt(text, pos, &len))) pos += len;
  if (IsColon(CodePointAt(text, pos, &len))) return TrimSpace(text.substr(pos + len));
  pos += AttachmentNumber(text, pos);
  if (pos < text.size() && IsColon(CodePointAt(text, pos, &len))) pos += len;
  return TrimSpace(text.substr(pos));
}

bool IsTableTitle(std::string_view text) {
  if (LongerThan(text, 2 * kMaxTitleChars) || !Contains(text, "表")) return false;
  const std::string_view body = WithoutTrailingNote(WithoutMarker(text));
  if (body.empty() || LongerThan(body, kMaxTitleChars) || !IsTitleLike(body, kMaxTitleChars)) return false;
  for (std::string_view end : {"自评表", "评价表", "绩效表", "情况表"}) {
    if (EndsWith(body, end)) return true;
  }
  return false;
}

TableScope ScopeOfTitle(std::string_view title) {
  if (ContainsAny(title, {"部门整体", "整体支出", "单位整体"})) return TableScope::kDepartment;
  if (Contains(title, "项目")) return TableScope::kProject;
  return TableScope::kUnknown;
}

}  // namespace jixiao::parse
