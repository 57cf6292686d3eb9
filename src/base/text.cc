#include "base/text.h"

namespace jixiao {

char32_t NextCodePoint(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  int extra = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++pos;
    return lead;
  } else if ((lead & 0xE0) == 0xC0 && lead >= 0xC2) {
    extra = 1, cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    extra = 2, cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0 && lead <= 0xF4) {
    extra = 3, cp = lead & 0x07;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + extra >= text.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (int i = 1; i <= extra; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  const bool overlong = (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return 0xFFFD;
  }
  pos += extra + 1;
  return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsValidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t before = pos;
    if (NextCodePoint(text, pos) == 0xFFFD) {
      // U+FFFD itself is valid when spelled EF BF BD.
      if (text.substr(before, 3) != "\xEF\xBF\xBD") return false;
    }
  }
  return true;
}

std::string FoldFullWidth(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = NextCodePoint(text, pos);
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out += static_cast<char>(cp - 0xFEE0);
    } else if (cp == 0x3000) {
      out += ' ';
    } else {
      out.append(text.substr(start, pos - start));
    }
  }
  return out;
}

std::string_view Trim(std::string_view text) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    if (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n') {
      text.remove_prefix(1), changed = true;
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(3), changed = true;
    }
    if (text.empty()) break;
    if (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n') {
      text.remove_suffix(1), changed = true;
    } else if (text.ends_with(kIdeographicSpace)) {
      text.remove_suffix(3), changed = true;
    }
  }
  return text;
}

LineColumn LineColumnAt(std::string_view text, std::size_t byte_offset) {
  LineColumn lc;
  std::size_t pos = 0;
  const std::size_t end = byte_offset < text.size() ? byte_offset : text.size();
  while (pos < end) {
    const char32_t cp = NextCodePoint(text, pos);
    if (cp == '\n') {
      ++lc.line, lc.column = 1;
    } else {
      ++lc.column;
    }
  }
  return lc;
}

namespace {

// Moves `pos` past one code point exactly as NextCodePoint does, without decoding ASCII or
// the common three-byte sequences: lead bytes E1-EC and EE-EF admit no overlong form and no
// surrogate, so two continuation bytes make them valid.
inline void SkipCodePoint(std::string_view text, std::size_t& pos) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char lead = bytes[pos];
  if (lead < 0x80) {
    ++pos;
    return;
  }
  const bool plain_three = (lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF;
  if (plain_three && pos + 2 < text.size() && (bytes[pos + 1] & 0xC0) == 0x80 && (bytes[pos + 2] & 0xC0) == 0x80) {
    pos += 3;
    return;
  }
  NextCodePoint(text, pos);
}

}  // namespace

std::size_t CodePointCount(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t pos = 0; pos < text.size(); ++count) SkipCodePoint(text, pos);
  return count;
}

bool AtMostCodePoints(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return true;  // every code point takes at least one byte
  if (text.size() / 4 > limit) return false;  // and at most four
  std::size_t pos = 0;
  for (std::size_t count = 0; pos < text.size() && count < limit; ++count) SkipCodePoint(text, pos);
  return pos == text.size();
}

std::string SafeFileName(std::string name, std::size_t max_bytes) {
  for (char& c : name) {
    if (c == '/' || c == '\\' || c == '"' || static_cast<unsigned char>(c) < 0x20) c = '_';
  }
  if (name.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;  // not inside a code point
    name.resize(cut);
  }
  return name;
}

std::size_t CellGaps(std::string_view line) {
  constexpr std::string_view kWide = "\u3000";
  while (line.starts_with(' ') || line.starts_with(kWide)) line.remove_prefix(line.starts_with(' ') ? 1 : kWide.size());
  while (line.ends_with(' ') || line.ends_with(kWide)) line.remove_suffix(line.ends_with(' ') ? 1 : kWide.size());
  std::size_t gaps = 0;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t spaces = 0, wide = 0, j = i;
    while (j < line.size()) {
      if (line[j] == ' ') ++spaces, ++j;
      else if (line.substr(j).starts_with(kWide)) ++wide, j += kWide.size();
      else break;
    }
    gaps += spaces >= 2 || wide >= 1;
    i = j == i ? i + 1 : j;
  }
  return gaps;
}

}  // namespace jixiao
