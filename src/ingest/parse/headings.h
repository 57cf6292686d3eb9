// Heading numbering of Chinese official documents, as the report parser meets it: 第一部分,
// 一、, （一）, 1. / 1、, （1） / 1）, ① in full- or half-width forms, and short "label：" openers
// such as "完成情况：". Pure functions over a paragraph's text.
#pragma once

#include <cstddef>
#include <string_view>

namespace jixiao::parse {

// Depth of a numbering marker; a smaller value is a higher level.
enum HeadingLevel : int {
  kNoHeading = 0,
  kPart = 1,         // 第一部分, 第一章
  kChinese = 2,      // 一、 二． 十一、
  kParenChinese = 3, // （一） (二)
  kArabic = 4,       // 1. 2、 3．
  kParenArabic = 5,  // （1） (2) 3）
  kCircled = 6,      // ① ②
  kBullet = 7,       // ● ■ ◆ ▶ ▌ ★: an article's or a slide's item or section, unnumbered
  kBelowHeadings = 8,  // the level of a project named by a line that is no numbered heading
};

struct HeadingMarker {
  int level = kNoHeading;
  int number = 0;          // 1-based value of the marker
  std::size_t length = 0;  // bytes of the marker and the spaces after it
  bool found() const { return level != kNoHeading; }
};

// Reads the numbering marker at the start of `text` (after leading spaces). A bullet glyph
// counts as one when text follows it ("● 少数民族发展资金"); its number is 0.
HeadingMarker ReadHeadingMarker(std::string_view text);

// Value of a Chinese numeral of up to 99 ("三", "十二", "二十"); 0 when not one.
int ChineseNumberValue(std::string_view numeral);

// "一是X", "十二是X" -> "X": an item of a list counted in words, without its count; `text` itself
// when it opens with no such count.
std::string_view WithoutCountedOpening(std::string_view text);

// When `text` opens with a short label followed by a colon ("完成情况：", "未完成原因:"),
// the byte length up to and including the colon; 0 otherwise. A label has at most
// `max_chars` code points and no punctuation.
std::size_t LabelLength(std::string_view text, std::size_t max_chars = 12);

// `text` without its numbering marker and spaces.
std::string_view WithoutMarker(std::string_view text);

// A heading title rather than body text: short, no colon label, no sentence inside.
bool IsTitleLike(std::string_view body, std::size_t max_chars = 40);

}  // namespace jixiao::parse
