#include "ingest/parse/headings.h"

#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

int ChineseDigit(char32_t cp) {
  switch (cp) {
    case U'一': return 1;
    case U'二': return 2;
    case U'三': return 3;
    case U'四': return 4;
    case U'五': return 5;
    case U'六': return 6;
    case U'七': return 7;
    case U'八': return 8;
    case U'九': return 9;
    case U'十': return 10;
    default: return 0;
  }
}

// Byte length of the Chinese numeral run at text[pos].
std::size_t ChineseNumeralLength(std::string_view text, std::size_t pos) {
  std::size_t end = pos, len = 0;
  while (ChineseDigit(CodePointAt(text, end, &len)) > 0 && end - pos < 9) end += len;
  return end - pos;
}

std::size_t SkipSpaces(std::string_view text, std::size_t pos) {
  std::size_t len = 0;
  while (pos < text.size() && IsSpace(CodePointAt(text, pos, &len))) pos += len;
  return pos;
}

bool IsArabicTerminator(std::string_view text, std::size_t pos, std::size_t* length) {
  const char32_t cp = CodePointAt(text, pos, length);
  if (cp == U'.' || cp == U'．') return DigitAt(text, pos + *length) < 0;  // not "1.5"
  return cp == U'、';
}

// The value of a marker's digits (one or two ASCII digits, as ReadNumber normalised them).
int DigitsValue(std::string_view digits) {
  int value = 0;
  for (const char c : digits) value = value * 10 + (c - '0');
  return value;
}

HeadingMarker Marker(int level, int number, std::string_view text, std::size_t end) {
  return {level, number, SkipSpaces(text, end)};
}

// "项目一：", "项目2:": projects counted in a list, each item opening with its ordinal and a colon
// (a part of the report, as 第一部分 is: its sections 一、二、 are the project's).
HeadingMarker ReadProjectOrdinal(std::string_view text, std::size_t pos) {
  if (!StartsWith(text.substr(pos), "项目")) return {};
  pos += std::string_view("项目").size();
  int number = 0;
  if (const std::size_t n = ChineseNumeralLength(text, pos); n > 0) {
    number = ChineseNumberValue(text.substr(pos, n)), pos += n;
  } else {
    for (std::size_t digits = 0; digits < 2 && pos < text.size() && text[pos] >= '0' && text[pos] <= '9'; ++digits, ++pos) {
      number = number * 10 + (text[pos] - '0');
    }
  }
  if (number <= 0) return {};
  for (std::string_view colon : {"：", ":"}) {
    if (text.substr(pos, colon.size()) == colon) return Marker(kPart, number, text, pos + colon.size());
  }
  return {};
}

HeadingMarker ReadPart(std::string_view text, std::size_t pos) {
  if (!StartsWith(text.substr(pos), "第")) return {};
  pos += 3;
  const std::size_t n = ChineseNumeralLength(text, pos);
  if (n == 0) return {};
  const std::string_view rest = text.substr(pos + n);
  for (std::string_view word : {"部分", "章"}) {
    if (StartsWith(rest, word)) {
      return Marker(kPart, ChineseNumberValue(text.substr(pos, n)), text, pos + n + word.size());
    }
  }
  return {};
}

HeadingMarker ReadParenthesized(std::string_view text, std::size_t pos) {
  std::size_t len = 0;
  if (!IsOpenParen(CodePointAt(text, pos, &len))) return {};
  const std::size_t inner = pos + len;
  if (const std::size_t n = ChineseNumeralLength(text, inner); n > 0) {
    if (IsCloseParen(CodePointAt(text, inner + n, &len))) {
      return Marker(kParenChinese, ChineseNumberValue(text.substr(inner, n)), text, inner + n + len);
    }
    return {};
  }
  auto number = ReadNumber(text, inner);
  if (!number || number->decimals > 0 || number->text.size() > 2) return {};
  if (!IsCloseParen(CodePointAt(text, number->end, &len))) return {};
  return Marker(kParenArabic, DigitsValue(number->text), text, number->end + len);
}

// Whether a word after a number opens as a unit or a count does ("万元", "平方米", "个", "余"):
// the number is a figure, no heading's.
bool OpensAsUnit(char32_t first) {
  static constexpr std::u32string_view kUnitStarts = U"万元亿千百个人次年月日天小公米吨亩户分倍平立厘毫克秒度斤升瓦周季轮辆台件套余多";
  return kUnitStarts.find(first) != std::u32string_view::npos;
}

// "3.1 银发人才志愿服务项目", "3.1.1 资金投入及使用情况": a heading numbered by its place in the
// outline, two to four numbers of one or two digits with dots between, then a space and a word
// (not a unit: "3.5 万元" is a figure). Its depth gives its level: 3.1 as （一）, 3.1.1 as 1.
HeadingMarker ReadOutlineNumber(std::string_view text, std::size_t pos) {
  std::size_t at = pos;
  int parts = 0, last = 0;
  for (;;) {
    std::size_t digits = 0;
    int value = 0;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9' && digits < 3) value = value * 10 + (text[at++] - '0'), ++digits;
    if (digits == 0 || digits > 2) return {};
    ++parts, last = value;
    if (at < text.size() && text[at] == '.' && at + 1 < text.size() && text[at + 1] >= '0' && text[at + 1] <= '9') {
      ++at;
      continue;
    }
    break;
  }
  if (parts < 2 || parts > 4) return {};
  const std::size_t body = SkipSpaces(text, at);
  if (body >= text.size()) return {};
  std::size_t len = 0;
  const char32_t first = CodePointAt(text, body, &len);
  if (first < 0x4E00 || first > 0x9FFF) return {};
  // (No unit: "3.5 万元", "12.5平方米" are figures. A PDF's text may drop the space after the
  // number, "3.1送教下基层专项经费".)
  if (OpensAsUnit(first)) return {};
  return Marker(parts + 1, last, text, at);
}

HeadingMarker ReadArabic(std::string_view text, std::size_t pos) {
  if (HeadingMarker m = ReadOutlineNumber(text, pos); m.found()) return m;
  auto number = ReadNumber(text, pos);
  // "1.2021年第一批…": the item's number, then a year (not the decimal 1.2021).
  if (number && number->decimals == 4 && text.substr(number->end).starts_with("年")) {
    const std::size_t dot = text.find('.', pos);
    if (dot != std::string_view::npos && dot - pos <= 2) return Marker(kArabic, DigitsValue(text.substr(pos, dot - pos)), text, dot + 1);
  }
  if (!number || number->decimals > 0 || number->text.size() > 2) return {};
  std::size_t len = 0;
  if (IsArabicTerminator(text, number->end, &len)) {
    return Marker(kArabic, DigitsValue(number->text), text, number->end + len);
  }
  if (IsCloseParen(CodePointAt(text, number->end, &len))) {
    return Marker(kParenArabic, DigitsValue(number->text), text, number->end + len);
  }
  // "01｜应急救护培训经费": an article's numbered section, the number before a bar.
  const char32_t bar = CodePointAt(text, number->end, &len);
  if (bar == U'｜' || (bar == U'|' && number->text.size() == 2 && number->text[0] == '0')) {
    return Marker(kArabic, DigitsValue(number->text), text, number->end + len);
  }
  // "02 地震监测台网运维经费": a slide's section, numbered with a leading zero before a space.
  // (A PDF's text may drop the space: "02地震监测台网运维经费"; not a figure's digits a line broke
  // off, "00余个项目", "05个".)
  if (number->text.size() == 2 && number->text[0] == '0' && number->text[1] != '0' && number->begin == pos &&
      number->decimals == 0) {
    const std::size_t body = SkipSpaces(text, number->end);
    const char32_t first = body < text.size() ? CodePointAt(text, body) : 0;
    if (first >= 0x4E00 && first <= 0x9FFF && !OpensAsUnit(first)) return Marker(kArabic, DigitsValue(number->text), text, body);
  }
  return {};
}

// Glyphs set before an item or a section's title in articles and slides: geometric shapes
// (●■◆▶▲…), block elements (▌█), stars, check marks and arrows (➤). "▲" before a photo's caption is
// one too: a caption is no title, so it opens no section.
bool IsBulletGlyph(char32_t cp) {
  return (cp >= 0x25A0 && cp <= 0x25FF) || (cp >= 0x2580 && cp <= 0x259F) || cp == U'★' || cp == U'☆' ||
         cp == U'✦' || cp == U'✧' || cp == U'❖' || cp == U'➤' || cp == U'➢' || cp == U'►' || cp == U'•' ||
         cp == U'✔' || cp == U'√';
}

// Whether a numbering marker can start with `cp`: 第, a Chinese numeral, an opening
// parenthesis, an ASCII or full-width digit, a circled number or a bullet. Other text is
// rejected before any marker is tried.
bool MayOpenMarker(char32_t cp) {
  return cp == U'第' || cp == U'—' || IsBulletGlyph(cp) || ChineseDigit(cp) > 0 || IsOpenParen(cp) || (cp >= U'0' && cp <= U'9') ||
         (cp >= U'０' && cp <= U'９') || (cp >= 0x2460 && cp <= 0x2487) || (cp >= 0x3220 && cp <= 0x3229);
}

// The code point at text[pos] when it is a colon (：:) or ends a sentence, 0 otherwise. Only
// ASCII and the E3 / EF lead bytes can start one, so CJK ideographs are skipped undecoded.
char32_t TitleBreakAt(std::string_view text, std::size_t pos, std::size_t* length) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  if (lead >= 0x80 && lead != 0xE3 && lead != 0xEF) {
    *length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (pos + *length > text.size()) *length = 1;
    return 0;
  }
  const char32_t cp = CodePointAt(text, pos, length);
  return cp == U'：' || cp == U':' || IsSentenceEnd(cp) ? cp : 0;
}

}  // namespace

int ChineseNumberValue(std::string_view numeral) {
  int value = 0, current = 0;
  std::size_t pos = 0, len = 0;
  while (pos < numeral.size()) {
    const int d = ChineseDigit(CodePointAt(numeral, pos, &len));
    if (d == 0) return 0;
    if (d == 10) {
      value += (current == 0 ? 1 : current) * 10;
      current = 0;
    } else {
      current = d;
    }
    pos += len;
  }
  return value + current;
}

std::string_view WithoutCountedOpening(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size() && at < 3 * 3 && ChineseNumberValue(text.substr(at, 3)) > 0) at += 3;
  if (at == 0 || text.compare(at, 3, "是") != 0) return text;
  return text.substr(at + 3);
}

HeadingMarker ReadHeadingMarker(std::string_view text) {
  std::size_t pos = SkipSpaces(text, 0);
  // "### （一）X": a Markdown heading's hashes before the marker are part of it.
  if (pos < text.size() && text[pos] == '#') {
    const std::size_t hashes = text.find_first_not_of('#', pos);
    if (hashes != std::string_view::npos && hashes - pos <= 6 && hashes < text.size() && text[hashes] == ' ') {
      pos = SkipSpaces(text, hashes);
    }
  }
  if (HeadingMarker m = ReadProjectOrdinal(text, pos); m.found()) return m;
  if (pos >= text.size() || !MayOpenMarker(CodePointAt(text, pos))) return {};
  if (HeadingMarker m = ReadPart(text, pos); m.found()) return m;
  if (const std::size_t n = ChineseNumeralLength(text, pos); n > 0) {
    std::size_t len = 0;
    const char32_t cp = CodePointAt(text, pos + n, &len);
    if (cp == U'、' || cp == U'．' || cp == U'.') {
      return Marker(kChinese, ChineseNumberValue(text.substr(pos, n)), text, pos + n + len);
    }
    return {};
  }
  if (HeadingMarker m = ReadParenthesized(text, pos); m.found()) return m;
  if (HeadingMarker m = ReadArabic(text, pos); m.found()) return m;
  std::size_t len = 0;
  const char32_t cp = CodePointAt(text, pos, &len);
  if (cp >= 0x2460 && cp <= 0x2473) return Marker(kCircled, static_cast<int>(cp - 0x2460 + 1), text, pos + len);
  // One code point for a parenthesized number: ⑴…⒇ and ㈠…㈩.
  if (cp >= 0x2474 && cp <= 0x2487) return Marker(kParenArabic, static_cast<int>(cp - 0x2474 + 1), text, pos + len);
  if (cp >= 0x3220 && cp <= 0x3229) return Marker(kParenChinese, static_cast<int>(cp - 0x3220 + 1), text, pos + len);
  // "——进村宣讲场次：计划≥101场…": a dash opening an item of a list, as a bullet does.
  if (text.substr(pos).starts_with("——")) {
    const std::size_t body = SkipSpaces(text, pos + std::string_view("——").size());
    if (body < text.size() && !text.substr(body).starts_with("—")) return Marker(kBullet, 0, text, body);
  }
  // "● 少数民族发展资金", "■ 该项目…": a bullet, as long as something follows it (not "●●●").
  if (IsBulletGlyph(cp)) {
    const HeadingMarker bullet = Marker(kBullet, 0, text, pos + len);
    if (bullet.length < text.size() && !IsBulletGlyph(CodePointAt(text, bullet.length))) return bullet;
  }
  return {};
}

std::size_t LabelLength(std::string_view text, std::size_t max_chars) {
  // No colon within reach (a code point takes at most four bytes): no label.
  const std::string_view reach = text.substr(0, 4 * (max_chars + 1));
  if (reach.find(':') == std::string_view::npos && !Contains(reach, "：")) return 0;
  std::size_t pos = 0, len = 0, chars = 0;
  while (pos < text.size() && chars <= max_chars) {
    const char32_t cp = CodePointAt(text, pos, &len);
    if (cp == U'：' || cp == U':') return chars > 0 ? pos + len : 0;
    if (IsClauseBreak(cp) || IsOpenParen(cp) || IsCloseParen(cp) || DigitAt(text, pos) >= 0) return 0;
    pos += len;
    ++chars;
  }
  return 0;
}

std::string_view WithoutMarker(std::string_view text) {
  const HeadingMarker m = ReadHeadingMarker(text);
  return TrimSpace(text.substr(m.length));
}

bool IsTitleLike(std::string_view body, std::size_t max_chars) {
  // A colon anywhere rules a title out, and so a "label：" opener (LabelLength) too.
  if (body.empty() || LongerThan(body, max_chars)) return false;
  std::size_t pos = 0, len = 0;
  while (pos < body.size()) {
    const char32_t cp = TitleBreakAt(body, pos, &len);
    pos += len;
    if ((cp == U'：' || cp == U':') || (cp != 0 && pos < body.size())) return false;
  }
  return true;
}

}  // namespace jixiao::parse
