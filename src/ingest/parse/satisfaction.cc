#include "ingest/parse/satisfaction.h"

#include "ingest/parse/headings.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

constexpr std::string_view kKeyword = "满意度";

struct ComparatorWord {
  std::string_view text;
  Comparator comparator;
};
// Longest first: "大于等于" before "大于".
constexpr ComparatorWord kComparatorWords[] = {
    {"大于等于", Comparator::kGreaterEqual}, {"不低于", Comparator::kGreaterEqual},
    {"不少于", Comparator::kGreaterEqual},   {"≥", Comparator::kGreaterEqual},
    {">=", Comparator::kGreaterEqual},       {"＞＝", Comparator::kGreaterEqual},
    {"大于", Comparator::kGreater},          {"高于", Comparator::kGreater},
    {"超过", Comparator::kGreater},          {"＞", Comparator::kGreater},
    {">", Comparator::kGreater},             {"达到", Comparator::kEqual},
    {"达", Comparator::kEqual},              {"为", Comparator::kEqual},
    {"是", Comparator::kEqual},              {"＝", Comparator::kEqual},
    {"=", Comparator::kEqual},
};
constexpr std::string_view kFillers[] = {"：", ":", " ", "　", "均", "在", "平均", "总体"};
constexpr std::string_view kAtLeastTails[] = {"及以上", "以上"};

std::size_t SkipFillers(std::string_view text, std::size_t pos) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view f : kFillers) {
      if (StartsWith(text.substr(pos), f)) pos += f.size(), again = true;
    }
  }
  return pos;
}

// Reads "[comparator] N% [以上]" at text[pos].
std::optional<SatisfactionPhrase> ReadFigure(std::string_view text, std::size_t pos) {
  SatisfactionPhrase out;
  pos = SkipFillers(text, pos);
  for (const ComparatorWord& w : kComparatorWords) {
    if (StartsWith(text.substr(pos), w.text)) {
      out.comparator = w.comparator;
      pos = SkipFillers(text, pos + w.text.size());
      break;
    }
  }
  const auto number = ReadNumber(text, pos);
  if (!number) return std::nullopt;
  std::size_t end = number->end;
  std::size_t len = 0;
  const char32_t unit = CodePointAt(text, end, &len);
  if (unit != U'%' && unit != U'％') return std::nullopt;
  end += len;
  auto value = ParseFixed<Percent>(number->text);
  if (!value) return std::nullopt;
  out.value = *value, out.value_begin = number->begin, out.value_end = end;
  for (std::string_view tail : kAtLeastTails) {
    if (StartsWith(text.substr(end), tail)) out.comparator = Comparator::kGreaterEqual;
  }
  return out;
}

// "对" that is not part of "对象".
std::size_t FindDui(std::string_view s) {
  for (std::size_t pos = Find(s, "对"); pos != std::string_view::npos; pos = Find(s, "对", pos + 3)) {
    if (!StartsWith(s.substr(pos + 3), "象")) return pos;
  }
  return std::string_view::npos;
}

// The subject phrase ending at text[end]: back to the clause start, cut at 对, without 的.
std::optional<std::string> Subject(std::string_view text, std::size_t end, std::size_t* begin) {
  std::size_t pos = end, len = 0;
  while (pos > 0) {
    const char32_t cp = CodePointBefore(text, pos, &len);
    if (IsClauseBreak(cp) && cp != U'、') break;
    pos -= len;
  }
  std::string_view s = TrimSpace(text.substr(pos, end - pos));
  const HeadingMarker marker = ReadHeadingMarker(s);
  s = TrimSpace(s.substr(marker.length));
  *begin = static_cast<std::size_t>(s.data() - text.data());
  if (const std::size_t dui = FindDui(s); dui != std::string_view::npos) s = s.substr(0, dui);
  s = TrimSpace(TrimTrailing(s, "的"));
  if (s.empty()) return std::nullopt;
  return std::string(s);
}

}  // namespace

std::optional<SatisfactionPhrase> ParseSatisfaction(std::string_view text) {
  for (std::size_t at = Find(text, kKeyword); at != std::string_view::npos; at = Find(text, kKeyword, at + 1)) {
    auto phrase = ReadFigure(text, at + kKeyword.size());
    if (!phrase) continue;
    phrase->subject = Subject(text, at, &phrase->subject_begin);
    return phrase;
  }
  return std::nullopt;
}

}  // namespace jixiao::parse
