#include "ingest/read/txt_reader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include "base/text.h"
#include "ingest/read/csv_lines.h"
#include "ingest/read/pdf_layout.h"
#include "ingest/read/run_on_text.h"
#include "ingest/read/text_columns.h"

namespace jixiao {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kHowToFix = "请确认文件是报告正文（.txt/.docx/.pdf），或将其另存为 UTF-8 编码的文本后重试。";

std::string Prefix(const std::string& name) { return "文件 " + name + "："; }

std::size_t CountByte(std::string_view bytes, std::size_t end, char c) {
  const char* at = bytes.data();
  const char* const stop = bytes.data() + std::min(end, bytes.size());
  std::size_t count = 0;
  while ((at = static_cast<const char*>(std::memchr(at, c, static_cast<std::size_t>(stop - at)))) != nullptr) {
    ++count, ++at;
  }
  return count;
}

// "第 3 行（字节偏移 120）" for a byte-oriented encoding (UTF-8, GB18030 keep '\n' as 0x0A).
std::string WhereInBytes(std::string_view bytes, std::size_t offset) {
  return "第 " + std::to_string(CountByte(bytes, offset, '\n') + 1) + " 行（字节偏移 " +
         std::to_string(offset) + "）";
}

// ---- UTF-16 ----------------------------------------------------------------------------

char16_t Unit(std::string_view bytes, std::size_t i, bool little_endian) {
  const auto lo = static_cast<unsigned char>(bytes[little_endian ? i : i + 1]);
  const auto hi = static_cast<unsigned char>(bytes[little_endian ? i + 1 : i]);
  return static_cast<char16_t>(hi << 8 | lo);
}

// Decodes UTF-16 into `out`; returns the byte offset of the first bad unit, if any.
std::optional<std::size_t> DecodeUtf16(std::string_view bytes, bool little_endian, std::string& out) {
  out.reserve(bytes.size() * 3 / 2);
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    const char16_t unit = Unit(bytes, i, little_endian);
    char32_t cp = unit;
    if (unit >= 0xDC00 && unit <= 0xDFFF) return i;
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (i + 3 >= bytes.size()) return i;
      const char16_t low = Unit(bytes, i + 2, little_endian);
      if (low < 0xDC00 || low > 0xDFFF) return i;
      cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    AppendUtf8(out, cp);
  }
  if (i < bytes.size()) return i;  // odd trailing byte
  return std::nullopt;
}

// BOM-less UTF-16: ASCII characters (newlines, digits) put zero bytes on one parity only.
std::optional<bool> SniffUtf16(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0) return std::nullopt;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? even : odd);
  }
  const std::size_t units = bytes.size() / 2;
  const std::size_t zeros = even + odd;
  if (zeros * 50 < units) return std::nullopt;  // under 2% ASCII: not recognisable
  if (odd * 10 >= zeros * 9) return true;       // little endian: high byte (odd) is zero
  if (even * 10 >= zeros * 9) return false;
  return std::nullopt;
}

// ---- ICU charsets ----------------------------------------------------------------------

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

// Decodes with an ICU converter that stops at the first illegal sequence; returns its offset.
std::optional<std::size_t> DecodeIcu(std::string_view bytes, const char* charset, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return 0;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> units(bytes.size() + 2);
  UChar* target = units.data();
  const char* source = bytes.data();
  ucnv_toUnicode(conv.get(), &target, units.data() + units.size(), &source, bytes.data() + bytes.size(),
                 nullptr, true, &status);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t length = sizeof invalid;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &length, &ignored);
    const auto consumed = static_cast<std::size_t>(source - bytes.data());
    return consumed >= static_cast<std::size_t>(length) ? consumed - length : 0;
  }
  const auto count = static_cast<int32_t>(target - units.data());
  out.resize(static_cast<std::size_t>(count) * 3);
  int32_t written = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, units.data(), count, &status);
  if (U_FAILURE(status)) return 0;
  out.resize(static_cast<std::size_t>(written));
  return std::nullopt;
}

struct Guess {
  std::string charset;
  int confidence = 0;
};

// ICU's statistical guess, used only as supporting evidence between GB18030 and Big5.
std::vector<Guess> DetectCharsets(std::string_view bytes) {
  std::vector<Guess> guesses;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
  const auto size = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 16));
  ucsdet_setText(detector.get(), bytes.data(), size, &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &found, &status);
  if (U_FAILURE(status)) return guesses;
  for (int32_t i = 0; i < found; ++i) {
    guesses.push_back({ucsdet_getName(matches[i], &status), ucsdet_getConfidence(matches[i], &status)});
  }
  return guesses;
}

int ConfidenceOf(const std::vector<Guess>& guesses, std::string_view charset) {
  for (const Guess& guess : guesses) {
    if (guess.charset == charset) return guess.confidence;
  }
  return 0;
}

// The share of two-byte characters that lie in the GB2312 area (lead and trail A1-FE), where
// nearly all the characters of real GBK text are. Big5 text read as GBK scores about half.
double Gb2312Share(std::string_view bytes) {
  std::size_t pairs = 0, gb2312 = 0;
  for (std::size_t i = 0; i + 1 < bytes.size();) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const auto trail = static_cast<unsigned char>(bytes[i + 1]);
    if (lead < 0x81 || lead == 0xFF) {
      ++i;
    } else if (trail >= 0x30 && trail <= 0x39) {
      i += 4;  // a four-byte GB18030 sequence
    } else {
      ++pairs, i += 2;
      if (lead >= 0xA1 && lead <= 0xF7 && trail >= 0xA1 && trail <= 0xFE) ++gb2312;
    }
  }
  return pairs == 0 ? 1.0 : static_cast<double>(gb2312) / static_cast<double>(pairs);
}

// GB18030 when it decodes cleanly and looks like GBK text. When it does not look like it, ICU's
// charset detector is asked: Big5 wins if the detector is sure of it and it decodes cleanly.
Result<DecodedText> DecodeChinese(std::string_view bytes, const std::string& name, std::size_t utf8_bad) {
  DecodedText decoded{"", TextEncoding::kGb18030, false};
  const std::vector<Guess> guesses =
      Gb2312Share(bytes) >= 0.9 ? std::vector<Guess>() : DetectCharsets(bytes.substr(0, 1 << 13));
  if (ConfidenceOf(guesses, "Big5") >= 60 && ConfidenceOf(guesses, "GB18030") < 10 &&
      !DecodeIcu(bytes, "Big5", decoded.utf8)) {
    decoded.encoding = TextEncoding::kBig5;
    return decoded;
  }
  const std::optional<std::size_t> gb_bad = DecodeIcu(bytes, "GB18030", decoded.utf8);
  if (!gb_bad) return decoded;
  return Invalid(Prefix(name) + "无法识别文本编码：不是 UTF-8（" + WhereInBytes(bytes, utf8_bad) +
                 "不合法），也不是 UTF-16 或 GB18030（" + WhereInBytes(bytes, *gb_bad) + "不合法）。" +
                 std::string(kHowToFix));
}

// `base` is the size of the BOM before `bytes`, so that offsets count from the file's start.
Result<DecodedText> DecodeUtf16Text(std::string_view bytes, bool little_endian, std::size_t base,
                                    const std::string& name) {
  DecodedText decoded{"", little_endian ? TextEncoding::kUtf16Le : TextEncoding::kUtf16Be, false};
  if (const auto bad = DecodeUtf16(bytes, little_endian, decoded.utf8)) {
    const std::size_t line = std::count(decoded.utf8.begin(), decoded.utf8.end(), '\n') + 1;
    return Invalid(Prefix(name) + "UTF-16 文本在第 " + std::to_string(line) + " 行（字节偏移 " +
                   std::to_string(*bad + base) + "）处损坏。" + std::string(kHowToFix));
  }
  return decoded;
}

// ---- Content checks and line splitting -------------------------------------------------

bool IsBadControl(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F;
}

std::string LineColumnText(std::string_view text, std::size_t offset) {
  const LineColumn where = LineColumnAt(text, offset);
  return "第 " + std::to_string(where.line) + " 行第 " + std::to_string(where.column) + " 列";
}

#ifndef __SSE2__
// True when no byte of the 8 at text[i] is below 0x20 or equal to 0x7F.
bool PrintableChunk(std::string_view text, std::size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  uint64_t x;
  std::memcpy(&x, text.data() + i, 8);
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;
  const uint64_t del = x ^ (kOnes * 0x7F);
  return (below_space | ((del - kOnes) & ~del & kHigh)) == 0;
}
#endif

// Bytes CleanChunk looks at together.
constexpr std::size_t kChunk = 16;

// True when none of the kChunk bytes at text[i] is a control byte other than tab, LF or CR
// (nothing there for CheckControls to do).
bool CleanChunk(std::string_view text, std::size_t i) {
#ifdef __SSE2__
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
  const auto is = [&](char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
  const __m128i control = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(-1)), _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)));
  const __m128i allowed = _mm_or_si128(_mm_or_si128(is('\t'), is('\n')), is('\r'));
  return _mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(allowed, control), is(0x7F))) == 0;
#else
  return PrintableChunk(text, i) && PrintableChunk(text, i + 8);
#endif
}

// From text[i], skips whole chunks that CleanChunk passes; returns where the first other
// chunk (or the tail shorter than a chunk) starts.
std::size_t SkipCleanChunks(std::string_view text, std::size_t i) {
  while (i + kChunk <= text.size() && CleanChunk(text, i)) i += kChunk;
  return i;
}

// Rejects NUL bytes and text with many control characters; replaces the few others (and form
// feeds, vertical tabs) by spaces so that columns stay where they were.
Result<bool> CheckControls(std::string& text, const std::string& name) {
  std::size_t count = 0, first = 0;
  std::size_t checked = 0;  // bytes before this are known clean or already handled
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i >= checked) {
      i = SkipCleanChunks(text, i);
      if (i >= text.size()) break;
      checked = i + kChunk;  // a control byte in here, or the tail: look at these one by one
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != 0x7F) continue;
    if (c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;  // a form feed parts pages: SplitLines
    if (c == 0) {
      return Invalid(Prefix(name) + LineColumnText(text, i) + "含有空字节（NUL），看起来是二进制文件而不是文本。" +
                     std::string(kHowToFix));
    }
    if (IsBadControl(c) && count++ == 0) first = i;
    text[i] = ' ';
  }
  if (count > 8 && count * 200 > text.size()) {
    return Invalid(Prefix(name) + "从" + LineColumnText(text, first) + "起含有大量控制字符（共 " +
                   std::to_string(count) + " 个），看起来是二进制文件而不是文本。" + std::string(kHowToFix));
  }
  return true;
}

void NormalizeLineEndings(std::string& text) {
  if (text.find('\r') == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  text.swap(out);
}

std::vector<TextLine> SplitLines(std::string_view text, std::vector<std::size_t>& page_starts) {
  std::vector<TextLine> lines;
  lines.reserve(CountByte(text, text.size(), '\n') + 1);
  std::size_t start = 0;
  while (start <= text.size()) {
    const void* hit = std::memchr(text.data() + start, '\n', text.size() - start);
    const std::size_t end = hit ? static_cast<const char*>(hit) - text.data() : text.size();
    if (end == text.size() && start == end && !lines.empty()) break;  // trailing newline
    // A form feed (a PDF's page break, "…第 1 页 共 5 页\f100 %，…") ends a line as well; the
    // pieces keep the line's number.
    std::string_view rest = text.substr(start, end - start);
    const int number = lines.empty() ? 1 : lines.back().number + 1;
    for (std::size_t feed = rest.find('\f'); feed != std::string_view::npos; feed = rest.find('\f')) {
      if (feed > 0) {
        TextLine& piece = lines.emplace_back();
        piece.text.assign(rest.substr(0, feed));
        piece.number = number;
      }
      rest.remove_prefix(feed + 1);
      page_starts.push_back(lines.size());
    }
    TextLine& line = lines.emplace_back();
    line.text.assign(rest);
    line.number = number;
    start = end + 1;
  }
  return lines;
}

// ---- Hard-wrapped text ---------------------------------------------------------------------
// Text copied out of a PDF breaks every line at the page's width, in the middle of sentences
// and figures ("…年中调整预算为 1781.86 万" / "元,…"). Such a document has most of its long lines
// about one width; a line that fills it and ends no sentence runs on into the next, unless the
// next starts a heading or an item. Joined, each keeps its physical lines as LineWrap records.

std::string_view TrimRight(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::string_view TrimLeft(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  return text;
}

// Display width: CJK characters and full-width punctuation count two, the rest one.
std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    width += n >= 3 ? 2 : 1;
    i += n;
  }
  return width;
}

// "≥3", "100%", "96", "3.5": a figure standing as a cell of its own.
bool IsFigureToken(std::string_view token) {
  for (std::string_view sign : {"≥", "≤", ">", "<", "＞", "＜", "="}) {
    if (token.starts_with(sign)) {
      token.remove_prefix(sign.size());
      break;
    }
  }
  if (token.ends_with("%")) token.remove_suffix(1);
  else if (token.ends_with("％")) token.remove_suffix(std::string_view("％").size());
  if (token.empty() || token.front() < '0' || token.front() > '9') return false;
  return token.find_first_not_of("0123456789.") == std::string_view::npos;
}

// A table's row: cells apart by tabs, bars or runs of spaces (three, or two or full-width spaces
// between three cells or more — not fields with their values, "项目名称:X  预算:100.21 万元  执行率",
// which a width broke like any line).
bool TableLike(std::string_view text) {
  return text.find('\t') != std::string_view::npos || text.find('|') != std::string_view::npos ||
         text.find("│") != std::string_view::npos || TrimLeft(text).find("   ") != std::string_view::npos ||
         (CellGaps(text) >= 2 && text.find(':') == std::string_view::npos && text.find("：") == std::string_view::npos);
}

// A row of single-spaced cells ending in two figures ("指标2.化妆品抽验批次 ≥3 7": a target and what
// was reached): a table's row, which tells nothing of the width prose was broken at (a line
// of a table flattened into prose and then broken may end so too, and runs on).
bool EndsInTwoFigures(std::string_view text) {
  text = TrimRight(text);
  const std::size_t last = text.rfind(' ');
  if (last == std::string_view::npos || !IsFigureToken(text.substr(last + 1))) return false;
  const std::string_view before = TrimRight(text.substr(0, last));
  const std::size_t previous = before.rfind(' ');
  return previous != std::string_view::npos && IsFigureToken(before.substr(previous + 1));
}

// The width the document's text was broken at, or 0 when it was not hard-wrapped: the top of
// the 8-column window holding the most long lines, when it holds at least five different ones,
// half of the long lines and a quarter of all lines with text (a table written one cell per line,
// its reasons repeated, is not wrapped prose).
std::size_t WrapWidth(const std::vector<TextLine>& lines) {
  constexpr std::size_t kLong = 24, kWindow = 8, kWidest = 140;
  std::vector<std::pair<std::size_t, std::string_view>> widths;
  std::size_t with_text = 0;
  for (const TextLine& line : lines) {
    const std::string_view text = TrimRight(line.text);
    with_text += !TrimLeft(text).empty();
    const std::size_t width = DisplayWidth(text);
    if (width >= kLong && !TableLike(text) && !EndsInTwoFigures(text)) widths.push_back({width, text});
  }
  if (widths.size() < 5) return 0;
  std::sort(widths.begin(), widths.end());
  std::size_t best = 0, top = 0, best_lo = 0;
  for (std::size_t lo = 0, hi = 0; hi < widths.size(); ++hi) {
    while (widths[hi].first - widths[lo].first > kWindow) ++lo;
    if (hi - lo + 1 > best) best = hi - lo + 1, top = widths[hi].first, best_lo = lo;
  }
  const auto different = [&](std::size_t from, std::size_t count) {
    std::vector<std::string_view> texts;
    for (std::size_t k = from; k < from + count; ++k) texts.push_back(widths[k].second);
    std::sort(texts.begin(), texts.end());
    return static_cast<std::size_t>(std::unique(texts.begin(), texts.end()) - texts.begin());
  };
  if (different(best_lo, best) >= 5 && best * 2 >= widths.size() && best * 4 >= with_text && top <= kWidest) return top;
  // Short paragraphs (two or three lines each, the last of each shorter) and a web page's short
  // lines around them: the widest window holding five different lines, with at most a quarter as
  // many lines wider than it (a link, a run-on heading) and an eighth of all lines with text.
  for (std::size_t hi = widths.size(); hi-- > 0;) {
    if (hi + 1 < widths.size() && widths[hi + 1].first == widths[hi].first) continue;
    std::size_t lo = hi;
    while (lo > 0 && widths[hi].first - widths[lo - 1].first <= kWindow) --lo;
    const std::size_t count = hi - lo + 1, wider = widths.size() - 1 - hi;
    if (wider * 4 > count) break;
    if (count >= 5 && different(lo, count) >= 5) {
      // (Prose: most of the lines hold a comma or a stop; rows of a table run together do not.)
      const auto prose = std::count_if(widths.begin() + static_cast<std::ptrdiff_t>(lo),
                                       widths.begin() + static_cast<std::ptrdiff_t>(hi) + 1, [](const auto& w) {
                                         for (std::string_view mark : {",", "，", "。", "、", "；", ";"}) {
                                           if (w.second.find(mark) != std::string_view::npos) return true;
                                         }
                                         return false;
                                       });
      return count * 8 >= with_text && static_cast<std::size_t>(prose) * 4 >= count * 3 && widths[hi].first <= kWidest
                 ? widths[hi].first
                 : 0;
    }
  }
  return 0;
}

// Whether a line ends a sentence (。！？) or, `clause`, a clause: a semicolon, a label's colon, a
// closing bracket or quote.
bool EndsSentence(std::string_view text, bool clause = true) {
  text = TrimRight(text);
  for (std::string_view end : {"。", "！", "？", "!", "?"}) {
    if (text.ends_with(end)) return true;
  }
  if (!clause) return false;
  for (std::string_view end : {"；", ";", "：", ":", "”", "）", ")"}) {
    if (text.ends_with(end)) return true;
  }
  return false;
}

// Whether a line opens a heading or an item: "一、", "（一）", "(1)", "1.", "2、", "①", "第三条", "•".
constexpr std::array<std::string_view, 10> kChineseNumerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

bool OpensItem(std::string_view text) {
  text = TrimLeft(text);
  if (text.empty()) return true;
  if (text[0] >= '0' && text[0] <= '9') {
    std::size_t i = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    const std::string_view after = text.substr(i);
    // ("9.45万元、会计服务费…": a figure's decimals, no item's number.)
    if (after.starts_with(".") && after.size() > 1 && after[1] >= '0' && after[1] <= '9') return false;
    return after.starts_with(".") || after.starts_with("、") || after.starts_with("．") || after.starts_with(")") ||
           after.starts_with("）");
  }
  // "(一)", "（2）", "第三": a numbering in brackets or after 第; "(县域商业建设行动)14680万元" is
  // the rest of a sentence that a page's width broke before its bracket.
  auto numeral_at = [&](std::size_t at, std::size_t* end) {
    std::size_t k = at;
    while (k < text.size()) {
      if (text[k] >= '0' && text[k] <= '9') {
        ++k;
        continue;
      }
      bool chinese = false;
      for (std::string_view numeral : kChineseNumerals) {
        if (text.substr(k).starts_with(numeral)) k += numeral.size(), chinese = true;
      }
      if (!chinese) break;
    }
    *end = k;
    return k > at && k - at <= 9;
  };
  for (std::string_view open : {"(", "（"}) {
    if (!text.starts_with(open)) continue;
    std::size_t end = 0;
    if (!numeral_at(open.size(), &end)) return false;
    const std::string_view rest = text.substr(end);
    return rest.starts_with(")") || rest.starts_with("）");
  }
  if (text.starts_with("第")) {
    std::size_t end = 0;
    return numeral_at(std::string_view("第").size(), &end);
  }
  for (std::string_view open : {"•", "·", "-", "*", "#"}) {
    if (text.starts_with(open)) return true;
  }
  const auto lead = static_cast<unsigned char>(text[0]);
  if (lead == 0xE2 && text.size() >= 3 && static_cast<unsigned char>(text[1]) == 0x91) return true;  // ①…⑳
  for (std::string_view numeral : kChineseNumerals) {
    if (!text.starts_with(numeral)) continue;
    const std::size_t comma = text.find("、");
    return comma != std::string_view::npos && comma <= 3 * 3;
  }
  return false;
}

// A PDF copied as text keeps each page's number on a line of its own ("第 1 页 共 5 页", "- 2 -",
// "— 3 —"), between the lines of a sentence or the cells of a table: dropped, as the PDF reader
// drops them. (A bare number or "3/6" may be a table's cell: kept.)
void DropPageLabels(std::vector<TextLine>& lines) {
  std::erase_if(lines, [](const TextLine& line) {
    const std::string_view text = Trim(line.text);
    // (Cheap tests first: a page's number is a short line with a digit.)
    if (text.empty() || text.size() > 48 || text.find_first_of("0123456789") == std::string_view::npos) return false;
    if (!pdf::IsPageNumberLine(text)) return false;
    return !std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '/' || c == ' '; });
  });
}

// Spaces collapsed: a running head's text however it was spaced.
std::string Collapsed(std::string_view text) {
  std::string out;
  for (char c : Trim(text)) {
    if (c != ' ' && c != '\t') out += c;
  }
  return out;
}

// A PDF copied as text with its page breaks (form feeds) repeats the report's title or a running
// head at the top of every page, and a foot with the page's number at its bottom, between the
// lines of a sentence or the cells of a table: the first line of a page whose text opens two
// pages or more, or is the document's first line, and the last line of a page that ends two pages
// or more the same but for its numbers, are dropped, as the PDF reader drops running heads.
void DropRunningHeads(std::vector<TextLine>& lines, const std::vector<std::size_t>& page_starts) {
  if (page_starts.empty()) return;
  auto first_filled = [&](std::size_t from) {
    while (from < lines.size() && Trim(lines[from].text).empty()) ++from;
    return from;
  };
  const std::size_t title = first_filled(0);
  if (title == lines.size()) return;
  const std::string title_text = Collapsed(lines[title].text);
  std::vector<std::size_t> heads;
  std::unordered_map<std::string, int> count;
  for (std::size_t start : page_starts) {
    const std::size_t head = first_filled(start);
    if (head >= lines.size() || head == title) continue;
    const std::string text = Collapsed(lines[head].text);
    if (text.empty() || text.size() > 3 * 60) continue;
    heads.push_back(head);
    ++count[text];
  }
  std::vector<bool> drop(lines.size(), false);
  for (std::size_t head : heads) {
    const std::string text = Collapsed(lines[head].text);
    drop[head] = count[text] >= 2 || text == title_text;
  }
  // The foot of each page the same, its page number aside ("康保县地震局    3/8"): the last line
  // before each break, and the document's last line, when it holds a number.
  auto last_filled = [&](std::size_t before) -> std::size_t {
    while (before > 0 && Trim(lines[before - 1].text).empty()) --before;
    return before == 0 ? lines.size() : before - 1;
  };
  auto foot_key = [&](std::size_t at) {
    std::string key;
    for (char c : Collapsed(lines[at].text)) {
      if (c < '0' || c > '9') key += c;
    }
    return key;
  };
  std::vector<std::size_t> foots;
  for (std::size_t start : page_starts) foots.push_back(last_filled(start));
  foots.push_back(last_filled(lines.size()));
  std::unordered_map<std::string, int> foot_count;
  for (std::size_t foot : foots) {
    if (foot < lines.size() && lines[foot].text.find_first_of("0123456789") != std::string::npos &&
        lines[foot].text.size() <= 3 * 40) {
      ++foot_count[foot_key(foot)];
    }
  }
  for (std::size_t foot : foots) {
    if (foot < lines.size() && !drop[foot] && lines[foot].text.find_first_of("0123456789") != std::string::npos &&
        lines[foot].text.size() <= 3 * 40 && foot_count[foot_key(foot)] >= 2) {
      drop[foot] = true;
    }
  }
  std::size_t k = 0;
  std::erase_if(lines, [&](const TextLine&) { return drop[k++]; });
}

// A table drawn with lines in text: box characters (a page through `w3m -dump`: ┌─┬─┐ │ ├─┼─┤)
// or ASCII (a pandoc grid table: +---+ | +===+). Rules part the rows; a row's cells are
// wrapped inside their columns over several lines, each line split at the bars. Each row
// becomes one table row, a cell's pieces joined in order, numbered by its first line; the rules
// go. A partial rule (│        ├────┼) parts the rows too: a merged cell's column is empty below.
namespace drawn {

bool IsRuleChar(std::string_view c) {
  for (std::string_view r : {"─", "━", "┌", "┐", "└", "┘", "├", "┤", "┬", "┴", "┼", "│", "+", "-", "=", ":", " ", "|"}) {
    if (c == r) return true;
  }
  return false;
}

// Whether a line is a rule: only rule characters, with a run of ─, - or = in it.
bool IsRule(std::string_view text) {
  text = TrimRight(TrimLeft(text));
  if (text.empty() || !(text.starts_with("┌") || text.starts_with("├") || text.starts_with("└") || text.starts_with("│") ||
                        text.starts_with("+") || text.starts_with("|"))) {
    return false;
  }
  if (text.find("──") == std::string_view::npos && text.find("---") == std::string_view::npos &&
      text.find("===") == std::string_view::npos) {
    return false;
  }
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    if (!IsRuleChar(text.substr(i, n))) return false;
    i += n;
  }
  return true;
}

// The cells of a row's line ("│序号│项目名称  │" or "| 序号 | 项目名称 |"), or nullopt when the
// line is no such line.
std::optional<std::vector<std::string_view>> Cells(std::string_view text) {
  text = TrimRight(TrimLeft(text));
  const std::string_view bar = text.starts_with("│") ? "│" : text.starts_with("|") ? "|" : "";
  if (bar.empty() || text.size() <= bar.size() || !text.ends_with(bar)) return std::nullopt;
  std::vector<std::string_view> cells;
  text = text.substr(bar.size(), text.size() - 2 * bar.size());
  for (std::size_t at = 0;;) {
    const std::size_t next = text.find(bar, at);
    cells.push_back(TrimRight(TrimLeft(text.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at))));
    if (next == std::string_view::npos) break;
    at = next + bar.size();
  }
  return cells;
}

bool AsciiWordChar(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace drawn

void ReadDrawnTables(std::vector<TextLine>& lines) {
  const auto opens = [](const TextLine& line) {
    const std::string_view t = TrimLeft(line.text);
    return (t.starts_with("┌") || t.starts_with("+-") || t.starts_with("+=")) && drawn::IsRule(t);
  };
  if (std::none_of(lines.begin(), lines.end(), opens)) return;
  std::vector<TextLine> out;
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size();) {
    if (!opens(lines[i])) {
      out.push_back(std::move(lines[i++]));
      continue;
    }
    std::vector<std::string> cells;
    const TextLine* first = nullptr;
    auto emit = [&]() {
      if (first && std::any_of(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty(); })) {
        TextLine row = MakeRow(std::move(cells));
        row.number = first->number;
        row.page = first->page;
        out.push_back(std::move(row));
      }
      cells.clear();
      first = nullptr;
    };
    std::size_t k = i;
    for (; k < lines.size(); ++k) {
      if (drawn::IsRule(lines[k].text)) {
        emit();
        continue;
      }
      const auto pieces = drawn::Cells(lines[k].text);
      if (!pieces) break;
      if (!first) first = &lines[k];
      if (cells.size() < pieces->size()) cells.resize(pieces->size());
      for (std::size_t c = 0; c < pieces->size(); ++c) {
        const std::string_view piece = (*pieces)[c];
        if (piece.empty()) continue;
        std::string& cell = cells[c];
        if (!cell.empty() && drawn::AsciiWordChar(cell.back()) && drawn::AsciiWordChar(piece.front())) cell += ' ';
        cell += piece;
      }
    }
    emit();
    i = k;
  }
  lines.swap(out);
}

// Whether a line opens with a field's label and its colon ("产出指标—数量指标—完成宫颈癌筛查：年度指标值…"):
// two to 24 characters before the first colon, none of them a figure or a clause's mark.
// "质量指标", "满意度指标": a level of indicators alone on its line, a few Chinese words.
bool BareHeading(std::string_view text) {
  text = TrimRight(TrimLeft(text));
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); i += 3, ++chars) {
    if (!IsIdeographLead(text[i]) || chars >= 10) return false;
  }
  return chars >= 3 && text.ends_with("指标");
}

bool OpensWithLabel(std::string_view text) {
  text = TrimLeft(text);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size() && chars <= 24;) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    const std::string_view cp = text.substr(i, n);
    if (cp == "：" || cp == ":") return chars >= 2;
    if ((lead >= '0' && lead <= '9') || cp == "，" || cp == "。" || cp == "；" || cp == "、" || cp == "," || cp == ";" ||
        cp == " ") {
      return false;
    }
    i += n, ++chars;
  }
  return false;
}


// Markdown marks that are no part of the words: a heading's leading "#"s ("#### 1.X项目"
// reads "1.X项目", its column moved past them) and strong emphasis ("**（4）满意度**：…"
// reads "（4）满意度：…"; columns after a removed mark are then off by its width).
void RemoveMarkdownMarks(TextLine& line) {
  std::string& text = line.text;
  std::size_t hashes = 0;
  while (hashes < text.size() && hashes < 6 && text[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes < text.size() && text[hashes] == ' ') {
    std::size_t cut = hashes;
    while (cut < text.size() && text[cut] == ' ') ++cut;
    text.erase(0, cut);
    line.column += static_cast<int>(cut);
  }
  std::size_t marks = 0;
  for (std::size_t at = text.find("**"); at != std::string::npos; at = text.find("**", at + 2)) ++marks;
  if (marks == 0 || marks % 2 != 0) return;
  std::size_t leading = 0;
  while (text.compare(leading, 2, "**") == 0) leading += 2;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = leading; i < text.size(); ++i) {
    if (text.compare(i, 2, "**") == 0) {
      ++i;
      continue;
    }
    out += text[i];
  }
  line.column += static_cast<int>(leading);
  text.swap(out);
}

// A Markdown file's front matter ("---" / "title: \"X\"" / "date: …" / "---", as a repository keeps
// a report): the title is the line's value; the fences go. Whether there was one.
bool ReadFrontMatter(std::vector<TextLine>& lines) {
  std::size_t first = 0;
  while (first < lines.size() && Trim(lines[first].text).empty()) ++first;
  if (first == lines.size() || Trim(lines[first].text) != "---") return false;
  std::size_t close = first + 1;
  while (close < lines.size() && close <= first + 30 && Trim(lines[close].text) != "---") ++close;
  if (close >= lines.size() || close > first + 30) return false;
  // (Only a block of keys with a title: a report's rule of dashes is no front matter.)
  if (std::none_of(lines.begin() + static_cast<std::ptrdiff_t>(first) + 1, lines.begin() + static_cast<std::ptrdiff_t>(close),
                   [](const TextLine& line) { return Trim(line.text).starts_with("title:"); })) {
    return false;
  }
  for (std::size_t i = first + 1; i < close; ++i) {
    std::string_view text = Trim(lines[i].text);
    if (!text.starts_with("title:")) continue;
    text = Trim(text.substr(std::string_view("title:").size()));
    if (text.size() >= 2 && (text.front() == '"' || text.front() == '\'') && text.back() == text.front()) {
      text = text.substr(1, text.size() - 2);
    }
    lines[i].text = std::string(text);
  }
  lines[first].text.clear();
  lines[close].text.clear();
  return true;
}

// A Markdown document: a heading line ("# X") and a table rule ("| --- |") or emphasis.
bool LooksLikeMarkdown(const std::vector<TextLine>& lines) {
  bool heading = false, other = false;
  for (const TextLine& line : lines) {
    const std::string& t = line.text;
    heading = heading || (t.starts_with("# ") || t.starts_with("## ") || t.starts_with("### "));
    other = other || t.starts_with("| --- |") || t.starts_with("|---|") || t.starts_with("**");
    if (heading && other) return true;
  }
  return false;
}

}  // namespace

void JoinHardWrappedLines(std::vector<TextLine>& lines) {
  const std::size_t width = WrapWidth(lines);
  if (width == 0) return;
  // A full line may stop this much short of the width (less in a narrow column: a heading there
  // is as long as a full line less a quarter).
  const std::size_t kShortOfFull = std::min<std::size_t>(14, width / 4);
  // A line this near the width was filled to it: it stopped where the width ran out.
  constexpr std::size_t kFilled = 3;
  std::vector<TextLine> joined;
  joined.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    TextLine line = std::move(lines[i]);
    std::string_view last = line.text;  // the last physical line joined into `line`
    // (A line filled to the width that ends in a colon or a bracket was broken there, as often as
    // anywhere: "指标6:" / "举办健康教育宣传咨询活动 12次"; one short of it ended a label or a heading.)
    while (i + 1 < lines.size() && DisplayWidth(TrimRight(last)) + kShortOfFull >= width &&
           !EndsSentence(last, /*clause=*/DisplayWidth(TrimRight(last)) + kFilled < width) &&
           !TableLike(last) && !TableLike(lines[i + 1].text) && !OpensItem(lines[i + 1].text) &&
           !line.is_table_row() && !lines[i + 1].is_table_row() &&
           // (Fields one per line, each opening with its label, are no prose broken at a width;
           // nor is a field before a heading's few words, "质量指标", under it.)
           !(OpensWithLabel(last) && (OpensWithLabel(lines[i + 1].text) || BareHeading(lines[i + 1].text)))) {
      TextLine& next = lines[++i];
      // Spaces at the end of the line stand for one (between two cells of a table flattened into
      // text); a line that ends in a word or a figure runs on without one ("1022.8" / "9万元").
      const bool spaced = !line.text.empty() && line.text.back() == ' ';
      while (!line.text.empty() && line.text.back() == ' ') line.text.pop_back();
      if (spaced) line.text += ' ';
      line.wraps.push_back({line.text.size(), next.page, next.number, next.paragraph});
      const std::size_t from = line.text.size();
      line.text += next.text;
      last = std::string_view(line.text).substr(from);
    }
    joined.push_back(std::move(line));
  }
  lines.swap(joined);
}

std::string_view EncodingName(TextEncoding encoding) {
  switch (encoding) {
    case TextEncoding::kUtf8: return "UTF-8";
    case TextEncoding::kUtf8Bom: return "UTF-8 (BOM)";
    case TextEncoding::kUtf16Le: return "UTF-16LE";
    case TextEncoding::kUtf16Be: return "UTF-16BE";
    case TextEncoding::kGb18030: return "GB18030";
    case TextEncoding::kBig5: return "Big5";
  }
  return "?";
}

Result<DecodedText> DecodeText(std::string_view bytes, const std::string& name) {
  if (bytes.empty()) return Invalid(Prefix(name) + "文件为空。");
  if (bytes.starts_with("\xFF\xFE")) return DecodeUtf16Text(bytes.substr(2), true, 2, name);
  if (bytes.starts_with("\xFE\xFF")) return DecodeUtf16Text(bytes.substr(2), false, 2, name);
  const bool bom = bytes.starts_with(kUtf8Bom);
  const std::string_view body = bom ? bytes.substr(kUtf8Bom.size()) : bytes;
  if (!bom && std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    if (const auto little_endian = SniffUtf16(bytes)) return DecodeUtf16Text(bytes, *little_endian, 0, name);
  }
  const Utf8Check check = CheckUtf8(body);
  const std::size_t bad = check.bad_offset;
  if (check.valid) {
    return DecodedText{std::string(body), bom ? TextEncoding::kUtf8Bom : TextEncoding::kUtf8, check.nfc};
  }
  if (bom) {
    return Invalid(Prefix(name) + "文件以 UTF-8 标记开头，但" + WhereInBytes(bytes, bad + kUtf8Bom.size()) +
                   "不是有效的 UTF-8。" + std::string(kHowToFix));
  }
  return DecodeChinese(bytes, name, bad);
}

Result<TextDocument> ReadTxt(std::string_view bytes, const std::string& name) {
  auto decoded = DecodeText(bytes, name);
  if (!decoded) return tl::unexpected(decoded.error());
  std::string& text = decoded->utf8;
  if (text.starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());  // a BOM after a UTF-16 BOM
  if (auto ok = CheckControls(text, name); !ok) return tl::unexpected(ok.error());
  if (Trim(text).empty()) return Invalid(Prefix(name) + "文件为空（只有空白字符）。");
  NormalizeLineEndings(text);
  TextDocument document;
  document.source = name;
  document.kind = SourceKind::kText;
  document.encoding = std::string(EncodingName(decoded->encoding));
  std::vector<std::size_t> page_starts;
  if (decoded->nfc) FoldCjkRadicals(text);
  document.lines = SplitLines(decoded->nfc ? text : ToNfcValid(std::move(text)), page_starts);
  if (auto rows = CsvLines(document.lines)) {
    document.lines = std::move(*rows);
    return document;
  }
  DropRunningHeads(document.lines, page_starts);
  DropPageLabels(document.lines);
  if (!PutColumnsInReadingOrder(document.lines)) PutFormsSideBySideInOrder(document.lines);
  ReadDrawnTables(document.lines);
  JoinHardWrappedLines(document.lines);
  JoinNumberedPages(document.lines);
  SplitInlineHeadings(document.lines);
  // (A front matter says the file is Markdown.)
  if (ReadFrontMatter(document.lines) || LooksLikeMarkdown(document.lines)) {
    for (TextLine& line : document.lines) RemoveMarkdownMarks(line);
  }
  return document;
}

}  // namespace jixiao
