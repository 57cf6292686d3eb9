// Low-level scanning over UTF-8 report text for the report parser: code points, ASCII and
// full-width digits, decimal numbers, punctuation classes and trimming. Pure functions over
// caller-owned string_views; nothing allocates except ReadNumber's normalised digits.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace jixiao::parse {

// Whether the n bytes at a and b are equal. A plain loop rather than memcmp: the words compared
// are a few bytes long and most comparisons fail on the first or second byte, where a call to
// memcmp would cost more than the comparison.
inline bool SameBytes(const char* a, const char* b, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}
inline bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && SameBytes(s.data(), p.data(), p.size());
}
inline bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && SameBytes(s.data() + s.size() - p.size(), p.data(), p.size());
}
// Substring search tuned for CJK text, where string_view::find's first-byte scan stops at
// almost every character (lead bytes 0xE4-0xE9 are everywhere).
std::size_t Find(std::string_view s, std::string_view p, std::size_t from = 0);
// string_view::rfind(p, before) without its memcmp at every byte: the last occurrence of `p`
// starting at or before `before`.
std::size_t RFind(std::string_view s, std::string_view p, std::size_t before = std::string_view::npos);
// Whether `p` occurs in `s` at byte `pos` (string::compare(pos, p.size(), p) == 0).
inline bool BytesAt(std::string_view s, std::size_t pos, std::string_view p) {
  return pos <= s.size() && s.size() - pos >= p.size() && SameBytes(s.data() + pos, p.data(), p.size());
}
inline bool Contains(std::string_view s, std::string_view p) { return Find(s, p) != std::string_view::npos; }

// True when `s` contains any of `words` (for cold paths; hot paths use a KeywordSet).
bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> words);

// A fixed set of words (string literals) searched for in one pass over a text: each code point
// of the text is looked up in a bitset of the words' first code points before any comparison.
// Build once (static const); Find is then cheap even on long CJK paragraphs.
class KeywordSet {
 public:
  KeywordSet(std::initializer_list<std::string_view> words);
  // Offset of the leftmost occurrence of any word at or after `from` (npos when none);
  // `length` receives the longest word found there.
  std::size_t Find(std::string_view text, std::size_t from = 0, std::size_t* length = nullptr) const;
  bool In(std::string_view text) const { return Find(text) != std::string_view::npos; }

 protected:
  static constexpr std::size_t kBuckets = 4096;
  KeywordSet() = default;
  // Inserts `word` keeping words_ ordered by first code point; returns its index.
  std::size_t Add(std::string_view word);
  // The index of the first word that starts with `cp` (or of the first word after where it
  // would be): the words starting with `cp` follow it while firsts_[i] == cp.
  std::size_t FirstWordStartingWith(char32_t cp) const;
  std::vector<std::string_view> words_;
  std::vector<char32_t> firsts_;  // parallel to words_, ascending: each word's first code point
  std::bitset<kBuckets> first_;
};

// Words with a rank: Lowest() scans the text once and returns the lowest rank of the words it
// contains (-1 when none), so an ordered list of rules costs one pass.
class KeywordTable : private KeywordSet {
 public:
  struct Entry {
    int rank;
    std::initializer_list<std::string_view> words;
  };
  KeywordTable(std::initializer_list<Entry> entries);
  int Lowest(std::string_view text) const;

 private:
  std::vector<int> ranks_;  // parallel to words_
};

// The code point starting at s[pos] (0 at the end); `length` receives its byte length.
// Readers deliver valid UTF-8, so decoding trusts the lead byte.
inline char32_t CodePointAt(std::string_view s, std::size_t pos, std::size_t* length = nullptr) {
  std::size_t n = 0;
  char32_t cp = 0;
  if (pos < s.size()) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = b(pos);
    n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (pos + n > s.size()) n = 1;
    cp = n == 1 ? lead : n == 2 ? lead & 0x1F : n == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (b(pos + i) & 0x3F);
  }
  if (length != nullptr) *length = n;
  return cp;
}

// The code point ending just before s[pos] (0 at the start); `length` receives its byte length.
inline char32_t CodePointBefore(std::string_view s, std::size_t pos, std::size_t* length = nullptr) {
  if (pos == 0 || pos > s.size()) {
    if (length != nullptr) *length = 0;
    return 0;
  }
  std::size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  if (length != nullptr) *length = pos - start;
  return CodePointAt(s, start);
}

// 0-9 for an ASCII or full-width digit at s[pos], -1 otherwise; `length` receives its bytes.
inline int DigitAt(std::string_view s, std::size_t pos, std::size_t* length = nullptr) {
  if (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
    if (length != nullptr) *length = 1;
    return s[pos] - '0';
  }
  // U+FF10..U+FF19 is EF BC 90..99.
  if (pos + 2 < s.size() && s[pos] == '\xEF' && s[pos + 1] == '\xBC') {
    const auto third = static_cast<unsigned char>(s[pos + 2]);
    if (third >= 0x90 && third <= 0x99) {
      if (length != nullptr) *length = 3;
      return third - 0x90;
    }
  }
  return -1;
}

// A decimal number as written: "1,234.56", "１２３．４５", "100". `text` is normalised to ASCII
// without thousands separators.
struct Number {
  std::size_t begin = 0;  // byte offsets in the scanned text
  std::size_t end = 0;
  std::string text;
  int decimals = 0;
};
// Where the colon stands that a figure follows ("全年预算数（万元）：74.90", "预算执行率: 96%": the first
// colon, of either width, with a digit right after it); npos when there is none.
std::size_t ColonBeforeFigure(std::string_view text);

// Reads the number starting at s[pos]; nullopt when no digit is there. A '.' not followed by a
// digit ends the number ("1.负责" reads "1").
std::optional<Number> ReadNumber(std::string_view s, std::size_t pos);

// Punctuation that ends a clause or a sentence: ，。；：、,;:!?！？ and line breaks.
inline bool IsClauseBreak(char32_t cp) {
  switch (cp) {
    case U'，': case U'。': case U'；': case U'：': case U'、': case U',': case U';': case U':':
    case U'!': case U'?': case U'！': case U'？': case U'\n': case U'\t':
      return true;
    default:
      return false;
  }
}
// Punctuation that ends a sentence: 。；！？;!?
inline bool IsSentenceEnd(char32_t cp) {
  return cp == U'。' || cp == U'；' || cp == U';' || cp == U'！' || cp == U'？' || cp == U'!' || cp == U'?';
}
inline bool IsOpenParen(char32_t cp) { return cp == U'（' || cp == U'(' || cp == U'【' || cp == U'['; }
inline bool IsCloseParen(char32_t cp) { return cp == U'）' || cp == U')' || cp == U'】' || cp == U']'; }
// ASCII whitespace, U+3000, U+00A0.
inline bool IsSpace(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\r' || cp == U'\n' || cp == 0x3000 || cp == 0xA0;
}
inline bool IsCjk(char32_t cp) { return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF); }

// Number of code points in s: bytes that are not UTF-8 continuation bytes (10xxxxxx),
// sixteen at a time with SSE2 (continuation bytes are the signed bytes below -64), eight at a
// time elsewhere.
inline std::size_t CharCount(std::string_view s) {
  const std::size_t n = s.size();
  std::size_t i = 0, continuation = 0;
#ifdef __SSE2__
  const __m128i below = _mm_set1_epi8(-64);
  while (i + 16 <= n) {
    // Per-byte counters, summed before any of them can reach 255.
    __m128i counts = _mm_setzero_si128();
    for (int k = 0; k < 255 && i + 16 <= n; ++k, i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      counts = _mm_sub_epi8(counts, _mm_cmplt_epi8(bytes, below));
    }
    const __m128i sums = _mm_sad_epu8(counts, _mm_setzero_si128());
    continuation += static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
  }
#endif
  for (; i + 8 <= n; i += 8) {
    std::uint64_t w;
    __builtin_memcpy(&w, s.data() + i, 8);
    const std::uint64_t ones = (w >> 7) & ~(w >> 6) & 0x0101010101010101ULL;  // 1 per 10xxxxxx byte
    continuation += static_cast<std::size_t>((ones * 0x0101010101010101ULL) >> 56);
  }
  for (; i < n; ++i) continuation += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
  return n - continuation;
}
// Whether `s` has more than `limit` code points. A code point takes one to four bytes, so
// the byte length alone decides most cases.
inline bool LongerThan(std::string_view s, std::size_t limit) {
  if (s.size() <= limit) return false;
  if (s.size() > 4 * limit) return true;
  return CharCount(s) > limit;
}

// The columns `s` takes in a monospace view: two for a wide (CJK, full-width) code point, one for
// any other — how a text table laid out by spaces lines its cells up.
inline std::size_t DisplayWidth(std::string_view s) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < s.size();) {
    const auto lead = static_cast<unsigned char>(s[pos]);
    const std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    // Three-byte sequences from E2 BA 80 (U+2E80) up, and four-byte ones, are wide; U+3000 too.
    const bool wide = n == 4 || (n == 3 && (lead > 0xE2 || (pos + 1 < s.size() && static_cast<unsigned char>(s[pos + 1]) >= 0xBA)));
    width += wide ? 2 : 1;
    pos += n;
  }
  return width;
}

// Trims ASCII and ideographic whitespace (U+3000) and no-break spaces (U+00A0).
// (Byte by byte: it runs on every line and cell many times over.)
inline std::string_view TrimSpace(std::string_view s) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const auto ascii_space = [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  std::size_t begin = 0, end = s.size();
  while (begin < end) {
    const unsigned char c = byte(begin);
    if (ascii_space(c)) {
      begin += 1;
    } else if (c == 0xE3 && end - begin >= 3 && byte(begin + 1) == 0x80 && byte(begin + 2) == 0x80) {
      begin += 3;  // U+3000
    } else if (c == 0xC2 && end - begin >= 2 && byte(begin + 1) == 0xA0) {
      begin += 2;  // U+00A0
    } else {
      break;
    }
  }
  while (begin < end) {
    const unsigned char c = byte(end - 1);
    if (ascii_space(c)) {
      end -= 1;
    } else if (c == 0x80 && end - begin >= 3 && byte(end - 3) == 0xE3 && byte(end - 2) == 0x80) {
      end -= 3;  // U+3000
    } else if (c == 0xA0 && end - begin >= 2 && byte(end - 2) == 0xC2) {
      end -= 2;  // U+00A0
    } else {
      break;
    }
  }
  return s.substr(begin, end - begin);
}
// Removes trailing code points found in `chars` (UTF-8), e.g. "；。".
std::string_view TrimTrailing(std::string_view s, std::string_view chars);
// Removes `prefix` when `s` starts with it (after trimming spaces); returns the rest trimmed.
std::string_view StripPrefix(std::string_view s, std::string_view prefix);

// `s` with every whitespace code point removed (wrapped table cells: "产 出 指 标").
std::string RemoveSpaces(std::string_view s);

}  // namespace jixiao::parse
