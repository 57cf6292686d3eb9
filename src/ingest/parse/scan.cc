#include "ingest/parse/scan.h"

#include <algorithm>
#include <cstring>

namespace jixiao::parse {

namespace {

// Whether p occurs at `at`, given that its last byte is already known to match there. The
// first byte is compared before the rest: in CJK text most candidates fail on it.
bool MatchesAt(const char* at, std::string_view p) {
  return at[0] == p[0] && SameBytes(at + 1, p.data() + 1, p.size() - 1);
}

// CodePointAt with the three-byte sequences of CJK text decoded in line: the keyword scans
// below decode every code point of the text.
inline char32_t ScanCodePoint(std::string_view text, std::size_t pos, std::size_t* length) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    *length = 1;
    return lead;
  }
  if ((lead & 0xF0) == 0xE0 && pos + 3 <= text.size()) {
    *length = 3;
    return static_cast<char32_t>((lead & 0x0F) << 12 | (byte(pos + 1) & 0x3F) << 6 | (byte(pos + 2) & 0x3F));
  }
  return CodePointAt(text, pos, length);
}

}  // namespace

std::size_t Find(std::string_view s, std::string_view p, std::size_t from) {
  if (p.empty()) return from <= s.size() ? from : std::string_view::npos;
  if (from > s.size() || s.size() - from < p.size()) return std::string_view::npos;
  const char last = p.back();
  const std::size_t skip = p.size() - 1;
  // memchr for the needle's last byte: in CJK text a continuation byte is far rarer than a
  // lead byte, so candidates are few.
  const char* at = s.data() + from + skip;
  const char* const end = s.data() + s.size();
  while (at < end) {
    at = static_cast<const char*>(std::memchr(at, last, static_cast<std::size_t>(end - at)));
    if (at == nullptr) return std::string_view::npos;
    if (MatchesAt(at - skip, p)) return static_cast<std::size_t>(at - skip - s.data());
    ++at;
  }
  return std::string_view::npos;
}

std::size_t RFind(std::string_view s, std::string_view p, std::size_t before) {
  if (p.size() > s.size()) return std::string_view::npos;
  std::size_t pos = std::min(s.size() - p.size(), before);
  if (p.empty()) return pos;
  const char last = p.back();
  const std::size_t skip = p.size() - 1;
  for (;; --pos) {
    if (s[pos + skip] == last && SameBytes(s.data() + pos, p.data(), skip)) return pos;
    if (pos == 0) return std::string_view::npos;
  }
}

KeywordSet::KeywordSet(std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) Add(w);
}

std::size_t KeywordSet::Add(std::string_view word) {
  const char32_t first = CodePointAt(word, 0);
  const auto at = static_cast<std::size_t>(std::upper_bound(firsts_.begin(), firsts_.end(), first) - firsts_.begin());
  words_.insert(words_.begin() + static_cast<std::ptrdiff_t>(at), word);
  firsts_.insert(firsts_.begin() + static_cast<std::ptrdiff_t>(at), first);
  first_.set(first % kBuckets);
  return at;
}

std::size_t KeywordSet::FirstWordStartingWith(char32_t cp) const {
  return static_cast<std::size_t>(std::lower_bound(firsts_.begin(), firsts_.end(), cp) - firsts_.begin());
}

KeywordTable::KeywordTable(std::initializer_list<Entry> entries) {
  for (const Entry& e : entries) {
    for (std::string_view w : e.words) {
      const std::size_t at = Add(w);
      ranks_.insert(ranks_.begin() + static_cast<std::ptrdiff_t>(at), e.rank);
    }
  }
}

int KeywordTable::Lowest(std::string_view text) const {
  int lowest = -1;
  std::size_t pos = 0, len = 0;
  while (pos < text.size()) {
    const char32_t cp = ScanCodePoint(text, pos, &len);
    if (first_.test(cp % kBuckets)) {
      const std::string_view rest = text.substr(pos);
      for (std::size_t i = FirstWordStartingWith(cp); i < words_.size() && firsts_[i] == cp; ++i) {
        if ((lowest < 0 || ranks_[i] < lowest) && StartsWith(rest, words_[i])) lowest = ranks_[i];
      }
    }
    pos += len;
  }
  return lowest;
}

std::size_t KeywordSet::Find(std::string_view text, std::size_t from, std::size_t* length) const {
  std::size_t pos = from, len = 0;
  while (pos < text.size()) {
    const char32_t cp = ScanCodePoint(text, pos, &len);
    if (first_.test(cp % kBuckets)) {
      std::size_t best = 0;
      const std::string_view rest = text.substr(pos);
      for (std::size_t i = FirstWordStartingWith(cp); i < words_.size() && firsts_[i] == cp; ++i) {
        if (words_[i].size() > best && StartsWith(rest, words_[i])) best = words_[i].size();
      }
      if (best > 0) {
        if (length != nullptr) *length = best;
        return pos;
      }
    }
    pos += len;
  }
  return std::string_view::npos;
}

bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(s, w)) return true;
  }
  return false;
}

namespace {

// Length of a decimal point ('.' or '．') at s[pos], 0 when none.
std::size_t PointAt(std::string_view s, std::size_t pos) {
  if (pos < s.size() && s[pos] == '.') return 1;
  if (s.substr(pos, 3) == "\xEF\xBC\x8E") return 3;
  return 0;
}

// Reads a run of digits (and thousands commas between digit groups) into `out`.
std::size_t ReadDigits(std::string_view s, std::size_t pos, std::string& out) {
  std::size_t len = 0;
  std::size_t grouped = 0;  // the digits read before the last full-width comma
  while (true) {
    const int d = DigitAt(s, pos, &len);
    if (d >= 0 && len == 1) {  // a run of ASCII digits goes in with one append
      std::size_t end = pos + 1;
      while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
      out.append(s.substr(pos, end - pos));
      pos = end;
      continue;
    }
    if (d >= 0) {  // a full-width digit
      out += static_cast<char>('0' + d);
      pos += len;
      continue;
    }
    if (pos < s.size() && s[pos] == ',' && !out.empty() && DigitAt(s, pos + 1) >= 0 &&
        DigitAt(s, pos + 2) >= 0 && DigitAt(s, pos + 3) >= 0 && DigitAt(s, pos + 4) < 0) {
      ++pos;
      continue;
    }
    // "117，112.2" (a table's 千元 with full-width commas): a full-width comma only between groups
    // of three, the first of at most three digits, so that a clause break after a figure stays one.
    if (BytesAt(s, pos, "，") && !out.empty() && (grouped ? out.size() == grouped + 3 : out.size() <= 3) &&
        DigitAt(s, pos + 3) >= 0 && DigitAt(s, pos + 4) >= 0 && DigitAt(s, pos + 5) >= 0 && DigitAt(s, pos + 6) < 0) {
      pos += 3;
      grouped = out.size();
      continue;
    }
    return pos;
  }
}

}  // namespace

std::optional<Number> ReadNumber(std::string_view s, std::size_t pos) {
  if (DigitAt(s, pos) < 0) return std::nullopt;
  Number n;
  n.begin = pos;
  pos = ReadDigits(s, pos, n.text);
  const std::size_t point = PointAt(s, pos);
  if (point > 0 && DigitAt(s, pos + point) >= 0) {
    n.text += '.';
    const std::size_t before = n.text.size();
    pos = ReadDigits(s, pos + point, n.text);
    n.decimals = static_cast<int>(n.text.size() - before);
  }
  n.end = pos;
  return n;
}

namespace {

// Whether `part` occurs in `within`, a handful of bytes: looked through in place.
bool OccursIn(std::string_view within, std::string_view part) {
  if (part.size() > within.size()) return false;
  for (std::size_t at = 0; at + part.size() <= within.size(); ++at) {
    if (SameBytes(within.data() + at, part.data(), part.size())) return true;
  }
  return false;
}

}  // namespace

std::string_view TrimTrailing(std::string_view s, std::string_view chars) {
  std::size_t len = 0;
  while (!s.empty()) {
    const std::size_t before = s.size();
    CodePointBefore(s, s.size(), &len);
    if (!OccursIn(chars, s.substr(before - len))) break;
    s.remove_suffix(len);
  }
  return s;
}

std::string_view StripPrefix(std::string_view s, std::string_view prefix) {
  s = TrimSpace(s);
  if (StartsWith(s, prefix)) s = TrimSpace(s.substr(prefix.size()));
  return s;
}

std::string RemoveSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t len = 0;
    const char32_t cp = CodePointAt(s, pos, &len);
    if (!IsSpace(cp)) out.append(s.substr(pos, len));
    pos += len;
  }
  return out;
}

std::size_t ColonBeforeFigure(std::string_view text) {
  const std::size_t wide = Find(text, "："), ascii = text.find(':');
  const std::size_t colon = std::min(wide, ascii);
  if (colon == std::string_view::npos) return colon;
  const std::size_t after = colon + (colon == wide ? 3 : 1);
  return after < text.size() && DigitAt(text, after) >= 0 ? colon : std::string_view::npos;
}

}  // namespace jixiao::parse
