#include "ingest/read/positioned_text.h"

#include <algorithm>
#include <cstring>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "base/text.h"

namespace jixiao {
namespace {

constexpr std::size_t kMaxExcerptBytes = 240;

// Cuts `text` to at most `max_bytes` without splitting a UTF-8 sequence.
std::string_view CutUtf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting with a non-ASCII byte at text[i], or 0.
std::size_t SequenceLength(std::string_view text, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = at(i);
  const std::size_t n = text.size();
  if (lead >= 0xC2 && lead <= 0xDF) return i + 1 < n && IsContinuation(at(i + 1)) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (i + 2 >= n || !IsContinuation(at(i + 1)) || !IsContinuation(at(i + 2))) return 0;
    if (lead == 0xE0 && at(i + 1) < 0xA0) return 0;  // overlong
    if (lead == 0xED && at(i + 1) > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (i + 3 >= n || !IsContinuation(at(i + 1)) || !IsContinuation(at(i + 2)) || !IsContinuation(at(i + 3))) {
      return 0;
    }
    if (lead == 0xF0 && at(i + 1) < 0x90) return 0;  // overlong
    if (lead == 0xF4 && at(i + 1) > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

bool AsciiChunk(std::string_view text, std::size_t i) {
  uint64_t chunk;
  std::memcpy(&chunk, text.data() + i, 8);
  return (chunk & 0x8080808080808080ULL) == 0;
}

// One bit per BMP code point: set when ICU says the character is normalization-inert (it
// neither changes under NFC nor interacts with its neighbours).
class InertTable {
 public:
  InertTable() = default;  // nothing is inert: without ICU data every text goes to ICU
  explicit InertTable(const icu::Normalizer2& nfc) {
    for (UChar32 c = 0; c < 0x10000; ++c) {
      if (nfc.isInert(c)) bits_[c >> 6] |= uint64_t{1} << (c & 63);
    }
    ideographs_inert_ = true;
    for (char32_t c = kIdeographsFirst; c <= kIdeographsLast; ++c) ideographs_inert_ &= inert(c);
  }
  // Lead bytes E4-E9: U+4000..U+9FFF, the CJK ideographs of Chinese text.
  static constexpr char32_t kIdeographsFirst = 0x4000, kIdeographsLast = 0x9FFF;
  // True when every code point of that block is inert (so SIMD may skip them unlooked-up).
  bool ideographs_inert() const { return ideographs_inert_; }
  bool inert(char32_t c) const { return c < 0x10000 && ((bits_[c >> 6] >> (c & 63)) & 1); }
  // The same for the three-byte sequence lead, b1, b2 (a BMP code point, already validated).
  uint64_t inert3(unsigned char lead, unsigned char b1, unsigned char b2) const {
    return (bits_[(lead & 0x0F) << 6 | (b1 & 0x3F)] >> (b2 & 0x3F)) & 1;
  }

 private:
  uint64_t bits_[0x10000 / 64] = {};
  bool ideographs_inert_ = false;
};

const InertTable& Inert(const icu::Normalizer2& nfc) {
  static const InertTable table(nfc);
  return table;
}

const InertTable& NoneInert() {
  static const InertTable table;
  return table;
}

// How many of the five three-byte slots at `p` (16 bytes readable), counted from the front,
// hold a sequence with lead byte E4-E9: a valid code point in U+4000..U+9FFF.
int LeadingIdeographs(const unsigned char* p) {
#ifdef __SSE2__
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Signed bytes: continuations 0x80-0xBF are -128..-65; leads 0xE4-0xE9 are -28..-23.
  const __m128i continuation = _mm_cmplt_epi8(bytes, _mm_set1_epi8(-64));
  const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8(-29)), _mm_cmplt_epi8(bytes, _mm_set1_epi8(-22)));
  const int leads = _mm_movemask_epi8(lead), continuations = _mm_movemask_epi8(continuation);
  const int whole = leads & (continuations >> 1) & (continuations >> 2);  // bit 3k: slot k is one
  int k = 0;
  while (k < 5 && ((whole >> (3 * k)) & 1) != 0) ++k;
  return k;
#else
  (void)p;
  return 0;
#endif
}

// Skips a run of valid three-byte sequences outside E0 and ED (the CJK ideographs and
// full-width punctuation of Chinese text) from bytes[i]; `inert` keeps 1 while every one of
// them is normalization-inert. Returns where the run ends. Ideographs go five at a time when
// all of them are inert.
std::size_t SkipThreeByteRun(const unsigned char* bytes, std::size_t i, std::size_t n, const InertTable& table,
                             uint64_t& inert) {
  const bool fast = table.ideographs_inert();
  while (i + 2 < n) {
    if (fast && i + 16 <= n && bytes[i] >= 0xE4 && bytes[i] <= 0xE9) {
      if (const int k = LeadingIdeographs(bytes + i); k > 0) {
        i += 3 * static_cast<std::size_t>(k);
        continue;
      }
    }
    const unsigned char lead = bytes[i], b1 = bytes[i + 1], b2 = bytes[i + 2];
    const bool continuations = ((b1 ^ 0x80) | (b2 ^ 0x80)) < 0x40;
    if (lead <= 0xE0 || lead > 0xEF || lead == 0xED || !continuations) break;
    inert &= table.inert3(lead, b1, b2);
    i += 3;
  }
  return i;
}

const icu::Normalizer2* Nfc() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? nfc : nullptr;
}

}  // namespace

Utf8Check CheckUtf8(std::string_view text) {
  const icu::Normalizer2* nfc = Nfc();
  const InertTable& table = nfc != nullptr ? Inert(*nfc) : NoneInert();
  Utf8Check check;
  uint64_t inert = 1;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const unsigned char lead = bytes[i];
    if (lead < 0x80) {
      i += i + 8 <= n && AsciiChunk(text, i) ? 8 : 1;
      continue;
    }
    // The common case in Chinese text: valid three-byte sequences outside E0 and ED.
    if (const std::size_t end = SkipThreeByteRun(bytes, i, n, table, inert); end != i) {
      i = end;
      continue;
    }
    const std::size_t length = SequenceLength(text, i);
    if (length == 0) return {false, i, false};
    inert &= length == 2 && table.inert((lead & 0x1F) << 6 | (bytes[i + 1] & 0x3F));
    i += length;  // E0 / ED / four-byte sequences are rare: ICU decides about those
  }
  check.nfc = inert != 0;
  return check;
}

bool ValidateUtf8(std::string_view text, std::size_t* bad_offset) {
  const Utf8Check check = CheckUtf8(text);
  if (!check.valid && bad_offset != nullptr) *bad_offset = check.bad_offset;
  return check.valid;
}

Result<std::string> ToNfc(std::string text) {
  std::size_t bad = 0;
  if (!ValidateUtf8(text, &bad)) {
    return Invalid("文本在字节偏移 " + std::to_string(bad) + " 处不是有效的 UTF-8");
  }
  return ToNfcValid(std::move(text));
}

namespace {

// CJK Radicals Supplement forms that are whole characters of their own, by their equivalent
// unified ideograph (Unicode's EquivalentUnifiedIdeograph.txt); the Kangxi Radicals block folds by
// its compatibility decompositions.
constexpr std::pair<char32_t, char32_t> kSupplementRadicals[] = {
    {0x2E8C, U'小'}, {0x2E97, U'心'}, {0x2E9F, U'母'}, {0x2EA0, U'民'}, {0x2EA9, U'王'}, {0x2EAC, U'示'},
    {0x2EAE, U'竹'}, {0x2EB7, U'羊'}, {0x2EC4, U'西'}, {0x2EC5, U'见'}, {0x2EC6, U'角'}, {0x2EC8, U'讠'},
    {0x2EC9, U'贝'}, {0x2ECB, U'车'}, {0x2ED0, U'钅'}, {0x2ED1, U'長'}, {0x2ED3, U'长'}, {0x2ED4, U'门'},
    {0x2ED7, U'雨'}, {0x2ED8, U'青'}, {0x2ED9, U'韦'}, {0x2EDA, U'页'}, {0x2EDB, U'风'}, {0x2EDC, U'飞'},
    {0x2EDD, U'食'}, {0x2EE0, U'饣'}, {0x2EE2, U'马'}, {0x2EE3, U'骨'}, {0x2EE4, U'鬼'}, {0x2EE5, U'鱼'},
    {0x2EE6, U'鸟'}, {0x2EE7, U'卤'}, {0x2EE8, U'麦'}, {0x2EE9, U'黄'}, {0x2EEA, U'黾'}, {0x2EEC, U'齐'},
    {0x2EEE, U'齿'}, {0x2EF0, U'龙'}, {0x2EF3, U'龟'},
};

// The ideograph a radical stands for, or 0.
char32_t RadicalIdeograph(char32_t c) {
  if (c >= 0x2F00 && c <= 0x2FD5) {  // Kangxi Radicals: each decomposes to its ideograph
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    icu::UnicodeString decomposition;
    if (U_SUCCESS(status) && nfkc->getDecomposition(static_cast<UChar32>(c), decomposition) &&
        decomposition.countChar32() == 1) {
      return static_cast<char32_t>(decomposition.char32At(0));
    }
    return 0;
  }
  for (const auto& [radical, ideograph] : kSupplementRadicals) {
    if (radical == c) return ideograph;
  }
  return 0;
}

}  // namespace

void FoldCjkRadicals(std::string& text) {
  // U+2E80–U+2FFF are E2 BA 80 – E2 BF BF in UTF-8.
  const auto lead = [&](std::size_t i) {
    return static_cast<unsigned char>(text[i]) == 0xE2 && i + 2 < text.size() &&
           static_cast<unsigned char>(text[i + 1]) >= 0xBA && static_cast<unsigned char>(text[i + 1]) <= 0xBF;
  };
  std::size_t first = text.find('\xE2');
  while (first != std::string::npos && !lead(first)) first = text.find('\xE2', first + 1);
  if (first == std::string::npos) return;
  std::string out = text.substr(0, first);
  for (std::size_t i = first; i < text.size();) {
    if (lead(i)) {
      const char32_t c = (static_cast<char32_t>(text[i] & 0x0F) << 12) | (static_cast<char32_t>(text[i + 1] & 0x3F) << 6) |
                         static_cast<char32_t>(text[i + 2] & 0x3F);
      if (const char32_t ideograph = RadicalIdeograph(c); ideograph != 0) {
        AppendUtf8(out, ideograph);
        i += 3;
        continue;
      }
    }
    out += text[i++];
  }
  text = std::move(out);
}

std::string ToNfcValid(std::string text) {
  FoldCjkRadicals(text);
  const icu::Normalizer2* nfc = Nfc();
  if (nfc == nullptr) return text;  // no ICU data: keep the text as it is
  if (CheckUtf8(text).nfc) return text;
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return text;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : text;
}

TextDocument TextDocumentFromLines(std::initializer_list<const char*> texts) {
  return TextDocumentFromLines(std::vector<std::string>(texts.begin(), texts.end()));
}

TextDocument TextDocumentFromLines(const std::vector<std::string>& texts) {
  TextDocument document;
  for (const std::string& text : texts) {
    TextLine line;
    line.text = text;
    line.number = static_cast<int>(document.lines.size()) + 1;
    document.lines.push_back(std::move(line));
  }
  return document;
}

TextLine MakeRow(std::vector<std::string> cells) {
  TextLine line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string& cell = cells[i];
    std::replace_if(
        cell.begin(), cell.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    if (i > 0) line.text += '\t';
    line.text += cell;
  }
  line.cells = std::move(cells);
  return line;
}

SourceSpan SpanAt(const TextDocument& document, std::size_t line_index, std::size_t byte_offset,
                  std::size_t length) {
  SourceSpan span;
  if (document.lines.empty()) return span;
  const TextLine& line = document.lines[std::min(line_index, document.lines.size() - 1)];
  const std::string_view text = line.text;
  byte_offset = std::min(byte_offset, text.size());
  span.line = line.number;
  span.page = line.page;
  span.paragraph = line.paragraph;
  if (document.kind == SourceKind::kXlsx) span.sheet = line.page;
  std::size_t segment_start = 0;
  int start_column = line.column;
  for (const LineWrap& wrap : line.wraps) {
    if (wrap.byte_offset > byte_offset) break;
    segment_start = wrap.byte_offset, span.page = wrap.page, span.line = wrap.number;
    if (wrap.paragraph > 0) span.paragraph = wrap.paragraph;
    start_column = wrap.column;
  }
  span.column =
      start_column + static_cast<int>(CodePointCount(text.substr(segment_start, byte_offset - segment_start)));
  const std::string_view excerpt = length == 0 ? text : text.substr(byte_offset, length);
  span.excerpt = std::string(CutUtf8(excerpt, kMaxExcerptBytes));
  return span;
}

std::string DescribeSpan(const SourceSpan& span) {
  std::string out;
  if (span.sheet > 0) {  // a row holds many cells: the column inside its joined text means nothing to a reader
    out = "第 " + std::to_string(span.sheet) + " 个工作表";
    if (span.line > 0) out += "第 " + std::to_string(span.line) + " 行";
    return out;
  }
  if (span.page > 0) out += "第 " + std::to_string(span.page) + " 页";
  if (span.paragraph > 0) out += "第 " + std::to_string(span.paragraph) + " 段";
  if (span.line > 0 && span.paragraph == 0) out += "第 " + std::to_string(span.line) + " 行";
  if (span.column > 0 && span.page == 0 && span.paragraph == 0) {
    out += "第 " + std::to_string(span.column) + " 列";
  }
  return out;
}

}  // namespace jixiao
