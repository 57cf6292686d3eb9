#include "ingest/read/docx_numbering.h"

#include "base/text.h"
#include "ingest/read/docx_reader.h"

namespace jixiao {
namespace {

// Chinese counting up to 9999: 十, 十一, 二十, 一百零一. `legal` uses 壹贰叁 and keeps 壹拾.
std::string ChineseCount(int n, bool legal) {
  static constexpr std::array<std::string_view, 10> kPlain = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  static constexpr std::array<std::string_view, 10> kLegal = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
  static constexpr std::array<std::string_view, 4> kPlainUnits = {"千", "百", "十", ""};
  static constexpr std::array<std::string_view, 4> kLegalUnits = {"仟", "佰", "拾", ""};
  const auto& digits = legal ? kLegal : kPlain;
  const auto& units = legal ? kLegalUnits : kPlainUnits;
  if (n == 0) return std::string(digits[0]);
  std::string out;
  bool zero_pending = false;
  int divisor = 1000;
  for (int position = 0; position < 4; ++position, divisor /= 10) {
    const int digit = n / divisor % 10;
    if (digit == 0) {
      zero_pending = !out.empty();
      continue;
    }
    if (zero_pending) out += legal ? "零" : "零";
    zero_pending = false;
    const bool bare_ten = !legal && position == 2 && digit == 1 && out.empty();
    if (!bare_ten) out += digits[digit];
    out += units[position];
  }
  return out;
}

std::string Roman(int n, bool upper) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> kParts = {
      {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
       {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
  std::string out;
  for (const auto& [value, letters] : kParts) {
    for (; n >= value; n -= value) out += letters;
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string Letters(int n, char first) {
  return std::string(static_cast<std::size_t>((n - 1) / 26 + 1), static_cast<char>(first + (n - 1) % 26));
}

// A sequence of characters starting at `first` (①, ⑴, ⒈, 甲…) for 1..count, else decimal.
std::string FromSequence(int n, char32_t first, int count) {
  if (n < 1 || n > count) return std::to_string(n);
  std::string out;
  AppendUtf8(out, first + static_cast<char32_t>(n - 1));
  return out;
}

std::string FromList(int n, std::initializer_list<std::string_view> items) {
  if (n < 1 || n > static_cast<int>(items.size())) return std::to_string(n);
  return std::string(items.begin()[n - 1]);
}

std::string FullWidthDigits(int n) {
  std::string out;
  for (char c : std::to_string(n)) AppendUtf8(out, U'０' + static_cast<char32_t>(c - '0'));
  return out;
}

}  // namespace

std::string FormatListNumber(int value, std::string_view format) {
  if (format == "bullet" || format == "none") return "";
  if (value < 0 || value > 9999) return std::to_string(value);
  if (format == "decimalZero") return std::string(value < 10 ? 1 : 0, '0').append(std::to_string(value));
  if (format == "upperRoman" || format == "lowerRoman") return Roman(value, format[0] == 'u');
  if (format == "upperLetter" || format == "lowerLetter") return value < 1 ? "" : Letters(value, format[0] == 'u' ? 'A' : 'a');
  if (format.starts_with("chineseCounting") || format.starts_with("japaneseCounting") ||
      format.starts_with("taiwaneseCounting") || format == "ideographDigital") {
    return ChineseCount(value, false);
  }
  if (format == "chineseLegalSimplified") return ChineseCount(value, true);
  if (format == "ideographTraditional") return FromList(value, {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"});
  if (format == "ideographZodiac") {
    return FromList(value, {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"});
  }
  if (format.starts_with("decimalFullWidth")) return FullWidthDigits(value);
  if (format.starts_with("decimalEnclosedCircle")) return FromSequence(value, U'①', 20);
  if (format == "decimalEnclosedParen") return FromSequence(value, U'⑴', 20);
  if (format == "decimalEnclosedFullstop") return FromSequence(value, U'⒈', 20);
  if (format == "ideographEnclosedCircle") return FromSequence(value, U'㊀', 10);
  if (format == "ideographLegalTraditional") return ChineseCount(value, true);
  return std::to_string(value);
}

namespace docx {
namespace {

int ClampLevel(int level) { return level < 0 ? 0 : (level > 8 ? 8 : level); }

ListLevel ParseLevel(const pugi::xml_node& lvl) {
  ListLevel level;
  level.start = AttrInt(Child(lvl, "start"), "val", 1);
  if (const pugi::xml_node fmt = Child(lvl, "numFmt")) level.format = std::string(Attr(fmt, "val"));
  level.text = std::string(Attr(Child(lvl, "lvlText"), "val"));
  if (const pugi::xml_node suff = Child(lvl, "suff")) level.suffix = std::string(Attr(suff, "val"));
  if (const pugi::xml_node legal = Child(lvl, "isLgl")) level.legal = Attr(legal, "val") != "0" && Attr(legal, "val") != "false";
  return level;
}

}  // namespace

void Numbering::Load(const pugi::xml_node& numbering_root, const pugi::xml_node& styles_root) {
  for (pugi::xml_node node = numbering_root.first_child(); node; node = node.next_sibling()) {
    if (LocalName(node) == "abstractNum") {
      AbstractList& list = abstracts_[AttrInt(node, "abstractNumId", -1)];
      for (pugi::xml_node lvl = node.first_child(); lvl; lvl = lvl.next_sibling()) {
        if (LocalName(lvl) == "lvl") list.levels[ClampLevel(AttrInt(lvl, "ilvl", 0))] = ParseLevel(lvl);
      }
    } else if (LocalName(node) == "num") {
      ListInstance& list = lists_[AttrInt(node, "numId", -1)];
      list.abstract_id = AttrInt(Child(node, "abstractNumId"), "val", -1);
      for (pugi::xml_node over = node.first_child(); over; over = over.next_sibling()) {
        if (LocalName(over) != "lvlOverride") continue;
        const int level = ClampLevel(AttrInt(over, "ilvl", 0));
        if (const pugi::xml_node start = Child(over, "startOverride")) list.start_overrides[level] = AttrInt(start, "val", 1);
        if (const pugi::xml_node lvl = Child(over, "lvl")) list.level_overrides[level] = ParseLevel(lvl);
      }
    }
  }
  for (pugi::xml_node style = styles_root.first_child(); style; style = style.next_sibling()) {
    if (LocalName(style) != "style") continue;
    StyleNumbering& entry = styles_[std::string(Attr(style, "styleId"))];
    entry.based_on = std::string(Attr(Child(style, "basedOn"), "val"));
    const pugi::xml_node num_pr = Child(Child(style, "pPr"), "numPr");
    if (const pugi::xml_node id = Child(num_pr, "numId")) entry.ref.num_id = AttrInt(id, "val", 0), entry.has_num_id = true;
    if (const pugi::xml_node lvl = Child(num_pr, "ilvl")) entry.ref.level = AttrInt(lvl, "val", 0), entry.has_level = true;
  }
}

NumberRef Numbering::RefOf(const pugi::xml_node& properties) const {
  NumberRef ref;
  bool has_num_id = false, has_level = false;
  const pugi::xml_node num_pr = Child(properties, "numPr");
  if (const pugi::xml_node id = Child(num_pr, "numId")) ref.num_id = AttrInt(id, "val", 0), has_num_id = true;
  if (const pugi::xml_node lvl = Child(num_pr, "ilvl")) ref.level = AttrInt(lvl, "val", 0), has_level = true;
  std::string_view style_id = Attr(Child(properties, "pStyle"), "val");
  for (int depth = 0; depth < 16 && !(has_num_id && has_level) && !style_id.empty(); ++depth) {
    const auto it = styles_.find(style_id);
    if (it == styles_.end()) break;
    if (!has_num_id && it->second.has_num_id) ref.num_id = it->second.ref.num_id, has_num_id = true;
    if (!has_level && it->second.has_level) ref.level = it->second.ref.level, has_level = true;
    style_id = it->second.based_on;
  }
  ref.level = ClampLevel(ref.level);
  return ref;
}

const ListLevel& Numbering::LevelOf(const ListInstance& list, int level) const {
  static const ListLevel kDefault;
  if (const auto over = list.level_overrides.find(level); over != list.level_overrides.end()) return over->second;
  const auto it = abstracts_.find(list.abstract_id);
  return it == abstracts_.end() ? kDefault : it->second.levels[level];
}

std::string Numbering::Render(const ListInstance& list, const Counters& counters, int level) const {
  const ListLevel& current = LevelOf(list, level);
  std::string label;
  const std::string& text = current.text;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%' || i + 1 >= text.size() || text[i + 1] < '1' || text[i + 1] > '9') {
      label += text[i];
      continue;
    }
    const int referenced = text[++i] - '1';
    const ListLevel& shown = LevelOf(list, referenced);
    const int value = counters[referenced] != 0 ? counters[referenced] : shown.start;
    label += FormatListNumber(value, current.legal && referenced < level ? "decimal" : shown.format);
  }
  if (current.suffix == "space") label += ' ';
  const bool ends_alnum = !label.empty() && std::isalnum(static_cast<unsigned char>(label.back()));
  if (current.suffix == "tab" && ends_alnum) label += ' ';
  return label;
}

std::string Numbering::Next(NumberRef ref) {
  const auto it = lists_.find(ref.num_id);
  if (ref.num_id == 0 || it == lists_.end()) return "";
  ListInstance& list = it->second;
  Counters& counters = counters_[list.abstract_id];
  if (!list.overrides_applied) {
    for (const auto& [level, start] : list.start_overrides) counters[level] = 0;
    list.overrides_applied = true;
  }
  const ListLevel& level = LevelOf(list, ref.level);
  int start = level.start;
  if (const auto over = list.start_overrides.find(ref.level); over != list.start_overrides.end()) start = over->second;
  counters[ref.level] = counters[ref.level] == 0 ? start : counters[ref.level] + 1;
  for (int deeper = ref.level + 1; deeper < 9; ++deeper) counters[deeper] = 0;
  if (level.format == "bullet") return "";
  return Render(list, counters, ref.level);
}

}  // namespace docx
}  // namespace jixiao
