#include "ingest/parse/sentences.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <optional>

#include "base/text.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/prose_indicators.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/scan.h"
#include "ingest/parse/tables.h"

namespace jixiao::parse {
namespace {

// "项目一：", "项目3:": where the name after such a number starts (npos when `at` follows none).
std::size_t AfterProjectNumber(std::string_view text, std::size_t at) {
  std::size_t pos = at, length = 0;
  while (pos < text.size()) {
    CodePointAt(text, pos, &length);
    const std::string_view cp = text.substr(pos, length);
    if (ChineseNumberValue(cp) <= 0 && !(cp.size() == 1 && cp[0] >= '0' && cp[0] <= '9')) break;
    pos += cp.size();
  }
  if (pos == at) return std::string_view::npos;
  for (std::string_view colon : {"：", ":"}) {
    if (text.substr(pos, colon.size()) == colon) return pos + colon.size();
  }
  return std::string_view::npos;
}

// Where the clause starting at `from` ends (the next ，。；, ; or the text's end).
std::size_t ClauseEnd(std::string_view text, std::size_t from) {
  std::size_t end = text.size();
  for (std::string_view b : {"，", "。", "；", ",", ";"}) end = std::min(end, Find(text, b, from));
  return end;
}

// A name run together with the numbered headings before it in flattened text ("项目概况 1.X"):
// the part after the last " 1." / " （二）" marker.
std::string_view AfterInlineMarker(std::string_view name) {
  for (std::size_t at = name.rfind(' '); at != std::string_view::npos && at > 0; at = name.rfind(' ', at - 1)) {
    const HeadingMarker marker = ReadHeadingMarker(name.substr(at + 1));
    if (marker.found()) return name.substr(at + 1 + marker.length);
  }
  return name;
}

}  // namespace

// The words a web page puts around a report ("扫一扫在手机打开当前页", "打印本页"): no name.
bool IsPageChrome(std::string_view text) {
  static const KeywordSet kChrome = {"扫一扫", "当前页", "打印本页", "关闭窗口", "分享到", "字体：", "字号：", "【大", "浏览次数"};
  return kChrome.In(text);
}

namespace {


// Words that set a target before its figure.
constexpr std::array<std::string_view, 10> kTargetWords = {"≥", "≧", "≤", "≦", "大于等于", "小于等于",
                                                            "不低于", "不少于", "不高于", "不超过"};

// Words that lead to a name (具体是, 支持, 下达…) are in AfterLastLead.
// How a project's name ends.
const KeywordSet kProjectEnds = {"项目", "工程", "经费", "补助", "补贴", "资助", "奖补", "贴息", "资金", "建设", "整治", "改造", "修缮",
                                 "保护", "服务", "维修", "运维费", "服务费", "管理费", "工作费", "专项", "防治费", "专款"};
// Words that make a label a sentence about money rather than a name.
const KeywordSet kNotName = {"执行", "预算", "共计", "合计", "总额", "到位", "使用", "完成", "涉及", "投入", "应补", "自缴",
                             "累计", "其中", "年度资金", "该项目", "本项目", "此项目", "各项目", "个项目",
                             "等项目", "项目资金", "项目经费", "部分", "结余", "结转", "支出", "指标"};
// Whether a label's words make it a sentence about money rather than a name (预算外资金, the
// funds outside the budget, names a kind of money: no budget word).
bool NotAName(std::string_view name) {
  if (!kNotName.In(name)) return false;
  const std::size_t outside = Find(name, "预算外");
  if (outside == std::string_view::npos) return true;
  std::string rest(name.substr(0, outside));
  rest += name.substr(outside + std::string_view("预算外").size());
  return kNotName.In(rest);
}
// Names that stand for "the funds" in general, not one project.
constexpr std::array<std::string_view, 14> kGeneric = {"项目", "项目资金", "项目经费", "该项目", "本项目",
                                                        "资金", "专项资金", "项目支出", "预算项目经费",
                                                        "财政资金", "补助资金", "衔接资金", "上级资金", "本级资金"};
// Places and bodies: allocations to them are not projects.
constexpr std::array<std::string_view, 14> kPlaceEnds = {"市", "县", "区", "州", "单位", "局", "处", "乡",
                                                          "镇", "村", "馆", "中心", "公司", "厅"};
// Clause breaks that bound a name written in running text, and the cell breaks of a table
// written as text (a tab, a pipe; BackToBreak also stops at a run of spaces).
constexpr std::array<std::string_view, 19> kBreaks = {"，", "。", "；", "：", "、", ",", ";", ":", "（", "）",
                                                       "(", ")", "“", "”", "《", "》", "\t", "|", "｜"};

// Where the run of text ending at `at` starts: after the last of `breaks` before `at`, looking
// back at most `max_bytes` bytes (names and labels are short; this keeps each look linear).
template <std::size_t N>
std::size_t BackToBreak(std::string_view text, std::size_t at, const std::array<std::string_view, N>& breaks,
                        std::size_t max_bytes = 240) {
  std::size_t floor = at > max_bytes ? at - max_bytes : 0;
  // The last bytes of the breaks (and of a space): a code point ending in any other byte is no
  // break, and is passed over without comparing it with each.
  std::bitset<256> last_bytes;
  last_bytes.set(static_cast<unsigned char>(' '));
  for (std::string_view b : breaks) last_bytes.set(static_cast<unsigned char>(b.back()));
  std::size_t pos = at;
  while (pos > floor) {
    std::size_t start = pos - 1;
    while (start > floor && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (last_bytes.test(static_cast<unsigned char>(text[pos - 1]))) {
      const std::string_view cp = text.substr(start, pos - start);
      for (std::string_view b : breaks) {
        if (cp == b) return pos;
      }
      // A run of two spaces or more separates the cells of a table written as text.
      if (cp == " " && start > floor && text[start - 1] == ' ') return pos;
    }
    pos = start;
  }
  while (floor < at && (static_cast<unsigned char>(text[floor]) & 0xC0) == 0x80) ++floor;  // whole characters
  return floor;
}

std::string_view AfterLastLead(std::string_view label) {
  static const KeywordSet kLeadSet = [] {
    return KeywordSet({"：", ":", "具体是", "具体为", "具体包括", "包括", "包含", "分别支持", "分别用于", "分别为", "分别是", "分别",
                       "支持", "用于", "用于实施", "用于开展", "用于建设", "其中", "一是", "二是", "三是", "四是", "五是", "项目是", "主要是", "安排",
                       "即", "下达", "拨付", "获得", "争取", "收到", "全部列入", "列入", "号", "现将", "关于",
                       "分配", "给予",
                       // the writer naming itself before a fund ("下达我县X资金")
                       "我县", "我市", "我区", "我镇", "我乡", "我局", "我单位", "本单位", "我校"});
  }();
  std::size_t cut = 0, length = 0;
  for (std::size_t at = kLeadSet.Find(label, 0, &length); at != std::string_view::npos;
       at = kLeadSet.Find(label, at + 1, &length)) {
    // ("中央集中彩票公益金支持社会福利事业资金": a fund of a fund — 公益金, 基金 — named for what it supports.)
    if (label.substr(at, length) == "支持" && (EndsWith(label.substr(0, at), "公益金") || EndsWith(label.substr(0, at), "基金"))) continue;
    cut = std::max(cut, at + length);
  }
  std::string_view rest = TrimSpace(label.substr(cut));
  // "委托第三方机构认真有序开展2021年葡萄酒产业发展项目", "公正评价2021年…": a verb before the year
  // that opens the name is what was done with it.
  // (Each year in the words, "20dd年", looked at once: most labels hold none.)
  const auto year_after_verb = [&]() -> std::size_t {
    for (std::size_t nian = Find(rest, "年"); nian != std::string_view::npos; nian = Find(rest, "年", nian + 1)) {
      if (nian < 4 || nian + 3 >= rest.size() || !BytesAt(rest, nian - 4, "20") || DigitAt(rest, nian - 2) < 0 ||
          DigitAt(rest, nian - 1) < 0) {
        continue;
      }
      const std::string_view before = rest.substr(0, nian - 4);
      for (std::string_view verb : {"开展", "实施", "评价", "组织", "完成", "申报"}) {
        if (EndsWith(before, verb)) return nian - 4;
      }
    }
    return std::string_view::npos;
  };
  if (const std::size_t year = year_after_verb(); year != std::string_view::npos) rest = rest.substr(year);
  // "…124.23万元,为桂花村美丽乡村建设25万元": 为 opening a clause says what the money was.
  if (StartsWith(rest, "为") && CodePointCount(rest) > 3) rest.remove_prefix(std::string_view("为").size());
  // "对城镇老旧小区改造及配套工程项目…进行了自评": 对 says what is spoken of, no part of its name.
  // (对口支援…, 对外交流…: 对 is the name's own word there.)
  if (StartsWith(rest, "对") && !StartsWith(rest, "对口") && !StartsWith(rest, "对外") && CodePointCount(rest) > 5) {
    rest.remove_prefix(std::string_view("对").size());
  }
  return rest;
}

bool EndsWithAny(std::string_view text, const auto& ends) {
  for (std::string_view end : ends) {
    if (EndsWith(text, end)) return true;
  }
  return false;
}

// `min_own`: how many characters the name needs besides the words of funds (two for an item of a
// list after a cue, "其中：造林补助2.35万元", where the list says each item is one of the funds).
bool IsGeneric(std::string_view name, std::size_t min_own = 3) {
  for (std::string_view generic : kGeneric) {
    if (name == generic) return true;
  }
  static const KeywordSet kFundWordSet = [] {
    return KeywordSet({"上级", "本级", "中央", "省级", "市级", "县级", "州级", "区级", "专项", "财政", "补助", "资金",
                       "经费", "到", "项目", "转移支付", "配套", "其他"});
  }();
  // What is left of the name without the words that say what kind of funds it is, and the
  // year the funds are of ("2021年省级资金").
  std::size_t words = 0, length = 0, end = 0;
  if (name.size() > 7 && std::all_of(name.begin(), name.begin() + 4, [](char c) { return c >= '0' && c <= '9'; })) {
    for (std::string_view year : {"年度", "年"}) {
      if (name.substr(4, year.size()) == year) {
        words += 4 + CodePointCount(year);
        end = 4 + year.size();
        break;
      }
    }
  }
  // "第一笔经费", "第二批专项经费": an allocation counted, not funds of their own purpose.
  if (end == 0 && StartsWith(name, "第")) {
    std::size_t pos = std::string_view("第").size(), len = 0, numerals = 0;
    while (pos < name.size()) {
      CodePointAt(name, pos, &len);
      const std::string_view cp = name.substr(pos, len);
      if (ChineseNumberValue(cp) <= 0 && !(cp.size() == 1 && cp[0] >= '0' && cp[0] <= '9')) break;
      pos += len, ++numerals;
    }
    for (std::string_view counter : {"批次", "批", "笔", "次", "期"}) {
      if (numerals > 0 && name.substr(pos, counter.size()) == counter) {
        end = pos + counter.size();
        words += 1 + numerals + CodePointCount(counter);
        break;
      }
    }
  }
  for (std::size_t at = kFundWordSet.Find(name, 0, &length); at != std::string_view::npos;
       at = kFundWordSet.Find(name, std::max(at + 1, end), &length)) {
    if (at >= end) words += CodePointCount(name.substr(at, length)), end = at + length;
  }
  return CodePointCount(name) - words < min_own || !EconomicClassIn(name).empty();
}

bool EndsAsProject(std::string_view name) {
  std::size_t length = 0;
  for (std::size_t at = kProjectEnds.Find(name, 0, &length); at != std::string_view::npos;
       at = kProjectEnds.Find(name, at + 1, &length)) {
    if (at + length == name.size()) return true;
  }
  return false;
}

// The subject a label speaks of: a project when it says so (项目资金, 该项目, 项目全年预算数).
bool SpeaksOfProject(std::string_view label) {
  if (Find(label, "项目") == std::string_view::npos) return false;
  for (std::string_view many : {"个项目", "等项目", "各项目", "项目共", "所有项目", "全部项目"}) {
    if (Find(label, many) != std::string_view::npos) return false;
  }
  return true;
}

// "…项目(一期工程)": the name without a closing bracketed part, for checking how it ends.
std::string_view WithoutTrailingBracket(std::string_view name) {
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    if (EndsWith(name, close)) {
      const std::size_t at = RFind(name, open);
      if (at != std::string_view::npos && at > 0) return name.substr(0, at);
    }
  }
  return name;
}

// The label of a figure up to the clause break before it, brackets included ("…工程(续建)").
constexpr std::array<std::string_view, 8> kClauseBreaks = {"，", "。", "；", "：", "、", ",", ";", ":"};
constexpr std::array<std::string_view, 5> kSentenceEnds = {"。", "；", ";", "！", "？"};

// ("X资金(皖财农〔2022〕1115号)21.24万元": a document's number in brackets between a name and its
// figure is no part of the label.)
std::string_view FullLabel(std::string_view text, const Amount& a) {
  const std::size_t begin = BackToBreak(text, a.begin, kClauseBreaks);
  std::string_view label = TrimSpace(text.substr(begin, a.begin - begin));
  for (auto [open, close] : {std::pair{"(", ")"}, std::pair{"（", "）"}}) {
    if (!EndsWith(label, close)) continue;
    const std::size_t at = RFind(label, open);
    if (at == std::string_view::npos || at == 0) break;
    const std::string_view inside = label.substr(at);
    if (EndsWith(TrimTrailing(inside.substr(0, inside.size() - std::string_view(close).size()), " "), "号") &&
        ContainsAny(inside, {"〔", "[", "【"})) {
      label = TrimSpace(label.substr(0, at));
    }
    break;
  }
  return label;
}

// Words before a figure saying the budget was changed to it ("9月调整为140.22万元").
constexpr std::array<std::string_view, 5> kChangedTo = {"调整为", "调整至", "调增至", "调减至", "调整后为"};

// Words after which a sentence lists its parts ("具体包括：A 155.85万元、B 84.69万元").
constexpr std::array<std::string_view, 13> kListCues = {"具体包括", "包括", "具体是", "分别", "其中", "主要有", "明细",
                                                        "，为", ",为", "安排是", "安排为", "具体为", "安排如下"};

// "用于实施“X项目”(723万元)": a figure in brackets right after a name in quotes is that name's;
// the name, or empty.
std::string_view QuotedNameBefore(std::string_view text, const Amount& a) {
  std::string_view before = TrimTrailing(text.substr(0, a.begin), " ");
  bool bracket = false;
  for (std::string_view open : {"(", "（"}) {
    if (EndsWith(before, open)) before.remove_suffix(open.size()), bracket = true;
  }
  before = TrimTrailing(before, " ");
  if (!bracket || !EndsWith(before, "”")) return {};
  before.remove_suffix(std::string_view("”").size());
  const std::size_t open = RFind(before, "“");
  if (open == std::string_view::npos) return {};
  const std::string_view name = TrimSpace(before.substr(open + std::string_view("“").size()));
  if (!AtMostCodePoints(name, 60) || AtMostCodePoints(name, 3) || Find(name, "”") != std::string_view::npos ||
      IsGeneric(name)) {
    return {};
  }
  return name;
}

// An item of such a list: a short name that is no figure's label word and no place.
bool IsListItemName(std::string_view name) {
  const std::size_t n = CodePointCount(name);
  // ("草原生态保护补助奖励资金": a fund of its own purpose may hold a word that elsewhere speaks of other
  // than funds, 奖励.)
  const bool own_fund = n >= 6 && (EndsWith(name, "资金") || EndsWith(name, "经费")) &&
                        !ContainsAny(name, {"结余", "结转", "收入", "上年", "剩余", "节约", "差额"});
  if (n < 2 || n > 40 || IsGeneric(name, 2) || EndsWithAny(name, kPlaceEnds) || (SpeaksOfOtherThanFunds(name) && !own_fund)) {
    return false;
  }
  // "财建〔2020〕218号": a document's number, no name.
  if (ContainsAny(name, {"〔", "〕"})) return false;
  if (Find(name, "年") != std::string_view::npos && n < 6) return false;
  return ClassifyProseLabel(name, AmountKind::kMoney) == ProseRole::kNone || EndsAsProject(name);
}

// "柞水县金穗果业专业合作社", "内蒙古辰柏商贸有限责任公司": a business a fund subsidises, named as the
// recipient of its own money.
bool IsRecipientName(std::string_view name) {
  const std::size_t n = CodePointCount(name);
  return n >= 4 && n <= 40 && name.find_first_of("0123456789") == std::string_view::npos &&
         EndsWithAny(name, std::array<std::string_view, 4>{"公司", "合作社", "企业", "厂"});
}

// "分别为A公司，补助资金200万元；B合作社，补助金额180万元": the name of a list's item whose figure's
// label names nothing, the clause before that label and its comma, starting after `from`; empty when
// it names no recipient or project.
std::string_view NameBeforeGenericLabel(std::string_view text, const Amount& a, std::size_t from) {
  const std::size_t label_begin = BackToBreak(text, a.begin, kClauseBreaks);
  std::string_view before = TrimTrailing(text.substr(0, label_begin), " ");
  bool comma = false;
  for (std::string_view c : {"，", ","}) {
    if (EndsWith(before, c)) before.remove_suffix(c.size()), comma = true;
  }
  if (!comma || before.size() <= from) return {};
  const std::size_t begin = std::max(BackToBreak(before, before.size(), kClauseBreaks), from);
  const std::string_view name = AfterLastLead(TrimSpace(before.substr(begin)));
  return IsRecipientName(name) || IsListItemName(name) ? name : std::string_view();
}

// "5新一轮退耕还林还草延长期补助…" after "；": an item's number that lost its circle (⑤) or its stop
// goes; a number counting something ("3号楼", "2期") stays.
std::string_view WithoutLostItemNumber(std::string_view name) {
  if (name.size() > 4 && DigitAt(name, 0) >= 0 && DigitAt(name, 1) < 0 && static_cast<unsigned char>(name[1]) >= 0xE4 &&
      static_cast<unsigned char>(name[1]) <= 0xE9) {
    static const KeywordSet kCounters = {"年", "月", "日", "号", "个", "万", "千", "百", "十", "亿", "期", "批", "类", "项",
                                         "座", "条", "栋", "层", "级", "次", "户", "人", "所", "家", "村", "镇", "乡"};
    if (!kCounters.In(name.substr(1, 3))) name.remove_prefix(1);
  }
  return name;
}

// The text of the list item holding byte `at`, up to `at`: after the circled number (①…⑳) or
// the semicolon that opens it; empty when `at` is in no such item.
std::string_view ItemBefore(std::string_view text, std::size_t at) {
  std::size_t start = at;
  while (start > 0) {
    std::size_t len = 0;
    const char32_t cp = CodePointBefore(text, start, &len);
    if (cp == U'；' || cp == U';' || (cp >= U'①' && cp <= U'⑳')) return text.substr(start, at - start);
    if (cp == U'。' || at - start > 3 * 80) break;  // a sentence's start, or no item this long
    start -= len;
  }
  return {};
}

// Where the sentence holding byte `at` starts (after the last 。；！？ before it).
std::size_t SentenceStart(std::string_view text, std::size_t at) {
  return BackToBreak(text, at, kSentenceEnds, std::string_view::npos);
}

// "已拨付A项目" / "支付给A项目": the words just before a project's name say its money was spent.
// ("项目支出包括A" lists what a budget holds: 支出 there is no verb.)
bool SpentJustBefore(std::string_view before) {
  before = TrimSpace(before);
  for (std::string_view verb : {"拨付", "支付", "拨付给", "支付给", "拨付至", "使用", "用于支付"}) {
    if (EndsWith(before, verb)) return true;
  }
  return false;
}

// A sentence that counts projects ("实施项目共15个", "预算8个项目") speaks of the department's
// funds as a whole, whatever project it mentions in passing.
// Returns where the count ends in `sentence`, npos when it counts none.
std::size_t CountsProjects(std::string_view sentence) {
  // "上述项目共支出477.08万元": the projects listed before, all of them.
  for (std::string_view all : {"上述项目共", "以上项目共", "上述各项目", "以上各项目", "上述项目合计", "以上项目合计"}) {
    if (const std::size_t at = Find(sentence, all); at != std::string_view::npos) return at + all.size();
  }
  for (std::size_t at = Find(sentence, "个"); at != std::string_view::npos; at = Find(sentence, "个", at + 1)) {
    // ("财政项目 4 个": spaces a PDF copy put around the figure.)
    std::size_t last = at;
    while (last > 0 && sentence[last - 1] == ' ') --last;
    if (last == 0 || !std::isdigit(static_cast<unsigned char>(sentence[last - 1]))) continue;
    if (sentence.substr(at + 3, 6) == "项目") return at + 9;
    std::size_t digits = last;
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(sentence[digits - 1]))) --digits;
    const std::string_view before = TrimTrailing(sentence.substr(0, digits), " ");
    if (EndsWith(before, "项目") || EndsWith(before, "项目共") || EndsWith(before, "项目数")) return at + 3;
  }
  return std::string_view::npos;
}

// "2023年度省级…" → "省级…": words past the year they open with, if they open with one.
std::string_view WithoutYearOpening(std::string_view words) {
  const std::size_t digits = std::min(words.find_first_not_of("0123456789"), words.size());
  if (digits != 4) return words;
  for (std::string_view year : {"年度", "年"}) {
    if (words.substr(digits).starts_with(year)) return TrimSpace(words.substr(digits + year.size()));
  }
  return words;
}

// "省级拨付…", "中央下达…", "上年度结余的资金": a label opening (after the year) with where its money
// comes from, a level of government or the year before.
bool OpensWithSource(std::string_view label) {
  std::string_view words = TrimSpace(label);
  // (".上年度结余的资金": a stop the copy left in the label.)
  while (!words.empty() && (words[0] == '.' || words[0] == ',')) words = TrimSpace(words.substr(1));
  words = WithoutYearOpening(words);
  for (std::string_view source : {"中央", "省级", "市级", "县级", "区级", "州级", "自治区", "上级", "本级", "上年", "上一年", "以前年度"}) {
    if (StartsWith(words, source)) return true;
  }
  return false;
}

// Figures that are the whole of the figures after them in their sentence ("共下达专项经费873万元，
// 具体为A 545万元、B 105万元、C 223万元"): two or more money figures right after one add up to it.
// ("免费开放项目支出25.1万元,主要用于办公费3.4万元,维修费…": what the money was used for, a
// breakdown of one project's spending, is no list of projects.) Parts that name nothing ("下达资金
// 922万元，8月追加下达700万元，合计1622万元"; "共安排1319万元，其中年初预算安排989万元，年中追加
// 329万元") build one budget up: the whole is a figure like any other, and the parts none. Parts
// naming projects written before their total (kPart) are each a project's.
enum class SumRole { kNone, kWhole, kPart, kBuildUpWhole, kBuildUpPart };
std::vector<SumRole> WholesOfParts(std::string_view text, const std::vector<Amount>& amounts) {
  std::vector<SumRole> role(amounts.size(), SumRole::kNone);
  auto money = [&](std::size_t k) { return amounts[k].kind == AmountKind::kMoney && amounts[k].unit_stated; };
  // Marks parts [first, last] and their whole `whole`.
  auto mark = [&](std::size_t whole, std::size_t first, std::size_t last) {
    // (Parts naming no project, each a budget's, an allocation to a place or said of nothing —
    // 年中追加; not what was spent and what is left: 实际使用资金…，资金结转….)
    bool build_up = true;
    for (std::size_t k = first; k <= last; ++k) {
      const ProseRole r = ClassifyProseLabel(amounts[k].label, amounts[k].kind);
      build_up = build_up && ProjectNameInLabel(amounts[k].label).empty() && (r == ProseRole::kBudget || r == ProseRole::kNone) &&
                 !ContainsAny(amounts[k].label, {"结转", "结余", "剩余"});
    }
    if (!build_up) {
      role[whole] = SumRole::kWhole;
      return;
    }
    role[whole] = SumRole::kBuildUpWhole;
    for (std::size_t k = first; k <= last; ++k) role[k] = SumRole::kBuildUpPart;
  };
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    if (!money(i) || amounts[i].money <= Money() || role[i] != SumRole::kNone) continue;
    if (i + 1 < amounts.size() && amounts[i + 1].begin > amounts[i].end && amounts[i + 1].begin <= text.size() &&
        Find(text.substr(amounts[i].end, amounts[i + 1].begin - amounts[i].end), "用于") != std::string_view::npos) {
      continue;
    }
    // "A 1000万元，B 200万元，共计1200万元": a total written after its parts.
    const std::string_view label = amounts[i].label;
    if (label == "共计" || label == "合计" || label == "总计" || label == "合计为" || label == "共") {
      Money sum;
      std::size_t parts = 0;
      for (std::size_t j = i; j > 0 && amounts[j - 1].sentence == amounts[i].sentence && money(j - 1); --j) {
        sum += amounts[j - 1].money, ++parts;
        if (sum >= amounts[i].money) break;
      }
      if (sum == amounts[i].money && parts >= 2) {
        // ("省级拨付我区…62万元,中央拨付16万元,上年度结余的资金6.47万元,共计84.47万元": parts each
        // opening with where the money came from are the budget's, whatever their verbs.)
        const bool by_source = std::all_of(amounts.begin() + static_cast<std::ptrdiff_t>(i - parts),
                                           amounts.begin() + static_cast<std::ptrdiff_t>(i),
                                           [](const Amount& part) { return OpensWithSource(part.label); });
        if (by_source) {
          role[i] = SumRole::kBuildUpWhole;
          for (std::size_t k = i - parts; k < i; ++k) role[k] = SumRole::kBuildUpPart;
        } else {
          mark(i, i - parts, i - 1);
          // (Parts that name projects, before their total: each is a project's figure.)
          if (role[i] == SumRole::kWhole) {
            for (std::size_t k = i - parts; k < i; ++k) role[k] = SumRole::kPart;
          }
        }
        continue;
      }
    }
    Money sum;
    std::size_t parts = 0;
    bool sources = true;  // every part names where the money comes from (财政拨款, 其他资金, 县级配套资金)
    for (std::size_t j = i + 1; j < amounts.size() && amounts[j].sentence == amounts[i].sentence && money(j); ++j) {
      sum += amounts[j].money, ++parts;
      const FigureSlot slot = ClassifyLabel(amounts[j].label, amounts[j].kind);
      sources = sources && (slot == FigureSlot::kFiscal || slot == FigureSlot::kOther || slot == FigureSlot::kSuperior ||
                            slot == FigureSlot::kOwnLevel || FundsBySource(amounts[j].label));
      if (sum >= amounts[i].money) {
        // Parts by source are the budget's own parts (其中：财政拨款…，其他资金…), not projects.
        // ("下达363.74万元，后调减81.25万元，全年实际下达282.49万元": a cut and what is left add up
        // to the first figure without being its parts.)
        bool cut = false;
        for (std::size_t k = i + 1; k <= j; ++k) cut |= ContainsAny(amounts[k].label, {"调减", "核减", "减少", "收回"});
        if (sum == amounts[i].money && parts >= 2 && !sources && !cut) mark(i, i + 1, j);
        break;
      }
    }
  }
  return role;
}

// "资金200万元，用于A项目", "下达资金5009万元，项目是A项目", "1万元用于开展该项目": the project a
// figure's money goes to, named right after it (spaces of a wrapped line aside).
struct UsedFor {
  std::string_view name;     // the project named, or empty
  bool refers_back = false;  // 该项目: the project the text named last
};
UsedFor UsedForProject(std::string_view text, const Amount& a, const std::vector<NamedProject>& phrases) {
  std::size_t at = a.end;
  // Takes one of `words` at `at` (spaces between its characters allowed); true when one was there.
  auto take = [&](std::initializer_list<std::string_view> words) {
    for (std::string_view word : words) {
      std::size_t pos = at, i = 0;
      while (i < word.size()) {
        while (pos < text.size() && text[pos] == ' ') ++pos;
        std::size_t length = 0;
        CodePointAt(word, i, &length);
        if (text.substr(pos, length) != word.substr(i, length)) break;
        pos += length, i += length;
      }
      if (i == word.size()) {
        at = pos;
        while (at < text.size() && text[at] == ' ') ++at;
        return true;
      }
    }
    return false;
  };
  take({"，", ","});
  take({"全部", "专项", "主要"});
  if (!take({"用于", "项目是", "项目为", "项目名称为"})) return {};
  take({"开展", "实施", "支持"});
  if (take({"该项目", "本项目", "此项目"})) return {{}, true};
  for (const NamedProject& p : phrases) {
    if (static_cast<std::size_t>(p.name.data() - text.data()) == at) return {p.name, false};
  }
  return {};
}

// A name ending as a piece of work (…项目, …工程), not as a kind of funds.
bool EndsAsNamedWork(std::string_view name) {
  name = WithoutTrailingBracket(name);
  return EndsWith(name, "项目") || EndsWith(name, "工程");
}

// "（二）生活垃圾分类处理专项资金": a heading naming a fund of its own purpose, whose figures
// follow as a project's; not a kind of money by its source (中央补助资金, 财政资金).
bool NamesOwnFund(std::string_view name) {
  static const KeywordSet kSources = {"中央", "省级", "市级", "县级", "上级", "本级", "财政", "其他资金", "预算",
                                      "部门", "单位", "整体", "基本支出", "项目支出"};
  name = WithoutTrailingBracket(name);
  const bool fund = EndsWith(name, "资金") || EndsWith(name, "经费") || EndsWith(name, "专款");
  return fund && CodePointCount(name) >= 6 && !kSources.In(name);
}

// Whether the text has already met a project of exactly this name.
bool NamesKnownProject(const Binder& binder, std::string_view name) {
  const auto& known = binder.evaluation().projects;
  return std::any_of(known.begin(), known.end(), [&](const Project& p) { return p.name == name; });
}

// Whether a project's name is that of a fund (…补助资金项目, …专项经费): money shared out, which
// may have projects of its own.
// (A subsidy programme too, …保费补贴, …地力保护补贴: it shares its money among lines or categories.)
bool NamesAFund(std::string_view name) {
  return ContainsAny(name, {"资金", "经费", "转移支付", "国债", "公益金", "专款"}) || EndsWith(name, "补贴") || EndsWith(name, "补助");
}

// Whether the report's subject is one project (its title names a …项目 or …工程), not a fund.
bool AboutOneProject(const Binder& binder) {
  const Subject s = binder.default_subject();
  return s && EndsAsNamedWork(binder.evaluation().projects[*s].name);
}

// Whether two statements name one indicator: the same words once the verbs around them are
// set aside ("仪器设备验收合格率实现" and "仪器设备验收合格率达到"), or the one held whole in the other,
// four characters or more ("完成风险监测样品数" and "风险监测样品数").
bool SameIndicatorName(std::string_view a, std::string_view b) {
  const auto core = [](std::string_view name) {
    name = TrimSpace(name);
    // ("全市婚检率" aimed at, "婚检率" reached: where it is measured is no part of the name.)
    for (std::string_view lead : {"实现", "确保", "完成", "全年", "实际", "累计", "共", "全市", "全县", "全区", "全省", "全州", "全旗"}) {
      if (StartsWith(name, lead) && CodePointCount(name) > CodePointCount(lead) + 1) name.remove_prefix(lead.size());
    }
    for (std::string_view verb : {"实际达到", "实际为", "实现", "达到", "均为", "为", "达"}) {
      if (EndsWith(name, verb) && CodePointCount(name) > CodePointCount(verb) + 3) name.remove_suffix(verb.size());
    }
    return name;
  };
  a = core(a), b = core(b);
  if (a == b) return !a.empty();
  const std::string_view shorter = a.size() < b.size() ? a : b, longer = a.size() < b.size() ? b : a;
  return CodePointCount(shorter) >= 4 && Find(longer, shorter) != std::string_view::npos;
}

// What a figure states, as its label says; and "1、水稻大灾保险：…总保费1293.45万元，中央财政补贴47.5%为
// 614.39万元": the premium of a line of insurance is its money when its sentence names no subsidy due
// (应补) as the budget.
ProseRole RoleInSentence(const std::vector<Amount>& amounts, const Amount& a) {
  const ProseRole role = ClassifyProseLabel(a.label, a.kind);
  if (role != ProseRole::kNone || a.kind != AmountKind::kMoney || !Contains(a.label, "总保费")) return role;
  const bool due_named = std::any_of(amounts.begin(), amounts.end(), [&](const Amount& other) {
    return other.sentence == a.sentence && ClassifyProseLabel(other.label, other.kind) == ProseRole::kBudget;
  });
  return due_named ? ProseRole::kNone : ProseRole::kBudget;
}

// "玉米种植保险　承保面积计划3.07万亩…": the name a line opens with, set apart from the rest by a
// full-width space, when it names a piece of work or a line of a programme (3 to 16 characters of
// words, the rest of the line stating money); empty otherwise.
std::string_view OpeningName(std::string_view line) {
  constexpr std::string_view kWide = "\u3000";
  std::string_view text = line;
  while (StartsWith(text, kWide) || StartsWith(text, " ")) text.remove_prefix(StartsWith(text, " ") ? 1 : kWide.size());
  std::size_t gap = Find(text, kWide);
  // ("玉米种植保险 承保面积…": a PDF's copy, the full-width space become a space between two
  // Chinese words.)
  if (const std::size_t space = text.find(' '); space != std::string_view::npos && space < gap && space >= 3 &&
                                                space + 1 < text.size() && IsIdeographLead(text[space - 3]) &&
                                                IsIdeographLead(text[space + 1])) {
    gap = space;
  }
  if (gap == std::string_view::npos || gap == 0) return {};
  const std::string_view name = text.substr(0, gap);
  const std::string_view rest = text.substr(gap);
  const std::size_t chars = CodePointCount(name);
  if (chars < 3 || chars > 16 || name.find_first_of("0123456789 ") != std::string_view::npos ||
      ContainsAny(name, {"，", "。", "：", ":", "；", "、", "（", "(", "合计", "小计", "总计", "序号"}) || IsGeneric(name)) {
    return {};
  }
  // (A table's row of cells apart by full-width spaces is no sentence: its rest holds clause marks.)
  if (!ContainsAny(rest, {"，", "；"}) || !ContainsAny(rest, {"万元", "元"})) return {};
  return name;
}

// "“X”" -> "X": a name written in quotes, the quotes no part of it (one pair, nothing after).
std::string_view WithoutEnclosingQuotes(std::string_view name) {
  static constexpr std::string_view kOpen = "“", kClose = "”";
  if (!StartsWith(name, kOpen) || !EndsWith(name, kClose) || name.size() <= kOpen.size() + kClose.size()) return name;
  const std::string_view inside = name.substr(kOpen.size(), name.size() - kOpen.size() - kClose.size());
  return Find(inside, kClose) == std::string_view::npos ? inside : name;
}

// Funds or projects named in quotes and listed before 等 ("对“A”、“B”等专项资金开展绩效自评"):
// the names of what the report evaluates.
std::vector<std::string_view> QuotedNamesBeforeEtc(std::string_view text) {
  static constexpr std::string_view kOpen = "“", kClose = "”";
  static const KeywordSet kFundWords = {"资金", "项目", "工程", "经费", "补助"};
  std::vector<std::string_view> out, run;
  for (std::size_t at = Find(text, kOpen); at != std::string_view::npos; at = Find(text, kOpen, at)) {
    const std::size_t from = at + kOpen.size(), close = Find(text, kClose, from);
    if (close == std::string_view::npos) break;
    const std::string_view name = TrimSpace(text.substr(from, close - from));
    const std::size_t n = CodePointCount(name);
    const bool fund = n >= 6 && n <= 60 && kFundWords.In(name);
    if (fund) run.push_back(name);
    else run.clear();
    at = close + kClose.size();
    if (text.substr(at, std::string_view("、").size()) == "、") continue;  // the list goes on
    if (text.substr(at, std::string_view("等").size()) == "等") out.insert(out.end(), run.begin(), run.end());
    run.clear();
  }
  return out;
}

// "财政资金总额16.20万元", "县财政安排30万元", "收到财政资金共2330.9万元", "预算安排资金市级配套4.4万元":
// a budget said to be fiscal money, with no parts listed under it in its sentence, is its own
// fiscal part too.
bool AllFiscal(const std::vector<Amount>& amounts, std::size_t index) {
  const Amount& a = amounts[index];
  if (a.parent >= 0 || a.kind != AmountKind::kMoney) return false;
  if (ContainsAny(a.label, {"财政资金总额", "财政拨款总额"})) return true;
  // (配套 alone may be part of a name: 老旧小区改造配套基础设施项目.)
  if (!ContainsAny(a.label, {"财政", "级配套", "配套资金", "地方配套"}) ||
      ContainsAny(a.label, {"非财政", "自筹", "其他", "社会", "贷款", "企业", "群众", "银行", "债券"})) {
    return false;
  }
  return std::none_of(amounts.begin() + static_cast<std::ptrdiff_t>(index) + 1, amounts.end(),
                      [&](const Amount& part) { return part.parent == static_cast<int>(index); });
}

// Whether a later figure of the same sentence is labeled as the template's adjusted or whole-year
// budget (调整后预算数, 全年预算数).
// ("全年(调整)预算数": the words in brackets aside.)
bool AdjustedBudgetFollows(std::string_view text, const std::vector<Amount>& amounts, std::size_t index) {
  for (std::size_t k = index + 1; k < amounts.size() && amounts[k].sentence == amounts[index].sentence; ++k) {
    const std::string_view label = amounts[k].label;
    const std::size_t from = amounts[k - 1].end;
    const std::string_view between =
        from < amounts[k].begin && amounts[k].begin <= text.size() ? text.substr(from, amounts[k].begin - from) : label;
    const bool bracketed = ContainsAny(between, {"全年(调整)预算", "全年（调整）预算", "(调整后)预算", "（调整后）预算"});
    if (amounts[k].kind == AmountKind::kMoney &&
        (Find(label, "调整后预算") != std::string_view::npos || Find(label, "全年预算") != std::string_view::npos ||
         Find(label, "调整至") != std::string_view::npos || Find(label, "调整为") != std::string_view::npos || bracketed)) {
      return true;
    }
  }
  return false;
}

// "实际支出820万元" read as an indicator named 支出: a statement of the funds, not an indicator.
bool IsMoneyStatement(const Indicator& indicator) {
  const std::string unit = indicator.unit.value_or("");
  if (unit != "元" && unit != "万元" && unit != "亿元") return false;
  // "项目总成本：年度目标≤219.39万元，实际完成218.07万元": a cost indicator (成本指标) is one.
  if (Find(indicator.name, "成本") != std::string::npos) return false;
  // "追回违规使用医保基金：年度目标220万元以上，完成情况245万元": a target with what was reached is an
  // indicator's, whatever its name's words say of money.
  if (indicator.target && indicator.actual && indicator.comparator && CodePointCount(indicator.name) >= 4) return false;
  return CodePointCount(indicator.name) <= 2 || ClassifyProseLabel(indicator.name, AmountKind::kMoney) != ProseRole::kNone;
}

// "…、B 84.69万元、C 2.": a list that the end of the text cuts inside its last item (the openings
// of web pages are cut so). The item's name, when the rest after the last figure is one more
// item whose figure is missing or cut; empty otherwise.
std::string_view CutListItem(std::string_view text, const Amount& last) {
  std::string_view rest = TrimSpace(text.substr(last.end));
  bool separated = false;
  for (std::string_view sep : {"、", "，", ",", "；", ";"}) {
    if (StartsWith(rest, sep)) rest = TrimSpace(rest.substr(sep.size())), separated = true;
  }
  if (!separated || rest.empty()) return {};
  std::size_t end = rest.size();
  while (end > 0 && ((rest[end - 1] >= '0' && rest[end - 1] <= '9') || rest[end - 1] == '.' || rest[end - 1] == ' ')) {
    --end;
  }
  const std::string_view name = TrimSpace(rest.substr(0, end));
  for (std::string_view b : kBreaks) {
    if (Find(name, b) != std::string_view::npos) return {};
  }
  return IsListItemName(name) && (EndsAsProject(name) || ProjectNameInLabel(name) == name) ? name : std::string_view{};
}

// Words that refer back to the project the text named last ("该项目按进度拨付资金…").
bool RefersBack(std::string_view before) {
  for (std::string_view word : {"该项目", "此项目", "本项目", "上述项目", "该工程", "此工程", "本工程"}) {
    if (Find(before, word) != std::string_view::npos) return true;
  }
  return false;
}

// A heading under which a project's own figures follow: not a section of the report, a field
// of a project, or a group of projects.
bool IsProjectHeading(std::string_view body) {
  static const KeywordSet kSectionWords = {"情况", "效益", "满意", "原因", "问题", "措施", "目标", "职能", "概况",
                                           "结论", "建议", "评价", "分析", "经验", "做法", "说明", "下一步", "应用",
                                           "材料", "附件", "附表", "背景", "目的", "依据", "内容", "主体",
                                           "过程", "准备", "解释", "设置"};
  // (Some of a section's words may be a project's own: 信访问题救助资金, 森林生态效益补偿资金,
  // 目标考核奖励资金 end as a fund or a work does; 情况, 措施, 评价… never are.)
  static const KeywordSet kNeverInName = {"情况", "原因", "措施", "结论", "建议", "评价", "分析", "说明",
                                          "附件", "附表", "下一步", "做法", "经验", "概况", "解释"};
  const bool named = EndsAsNamedWork(body) || NamesOwnFund(body);
  if (CodePointCount(body) < 4 || EndsWith(body, "：") || EndsWith(body, ":") ||
      (kSectionWords.In(body) && (!named || kNeverInName.In(body)))) {
    return false;
  }
  // "2022年度部门决算表": a table's caption; "编制单位：某局": a field and its value.
  if ((EndsWith(body, "表") || IsFieldAndValue(body)) && !named) return false;
  // "三、预算安排": a label of the funds, no project ("…工程预算安排" would name its work).
  if (ColumnRole(body) != Role::kNone && !EndsAsNamedWork(body)) return false;
  // "1.负责建立健全本区生态环境基本制度;": a duty of the department, no project.
  if (StartsWith(body, "负责") || EndsWith(body, "；") || EndsWith(body, ";")) return false;
  if (IsPageChrome(body)) return false;
  // "（1）项目完成数量。", "（3）项目实施进度": an indicator's heading, unless it names a piece of work.
  static const KeywordSet kIndicatorWords = {"数量", "质量", "进度", "时效", "成本", "指标"};
  if (kIndicatorWords.In(body) && !EndsAsNamedWork(TrimTrailing(body, "。"))) return false;
  // "8、承办区委交办的其他事项。": an item closed as a sentence names a project only by a project's ending.
  if (EndsWith(body, "。") && !EndsAsProject(body.substr(0, body.size() - std::string_view("。").size()))) return false;
  // (A heading of its own may name a fund by two words of purpose: "2.就业补助资金".)
  // ("自评等级为“优”的项目（三个）": a group of projects, its count in brackets.)
  return !EndsWith(WithoutTrailingBracket(body), "的项目") && !IsGeneric(body, 2) && !FundsBySource(body);
}

// A heading beside one that named a project, read as the next project unless its words close on
// a section's (情况, 问题, 措施, 建议…) or say it is a group or a generic fund.
// Whether the words of a sentence before a figure say it is of a year before `year`: the last
// year they name ("2022年度该项目…", "2021年全年预算…") is earlier. A date ("截至2022年12月31日") names
// its year too.
// Whether the words between two figures of the same kind say the first changed to the second
// ("92%提升至96.4%", "63.26%提高到82.14%", "100万元调减至80万元").
bool ChangedTo(std::string_view text, const Amount& from, const Amount& to) {
  if (from.kind != to.kind || to.begin < from.end) return false;
  const std::string_view between = TrimSpace(text.substr(from.end, to.begin - from.end));
  static constexpr std::string_view kChanges[] = {"提升至", "提高至", "提升到", "提高到", "上升至", "上升到", "增长至", "增长到",
                                                  "增加至", "增加到", "下降至", "下降到", "降低至", "降低到", "调减至", "调增至",
                                                  "调整为", "调整至", "降至", "升至", "提至"};
  return std::find(std::begin(kChanges), std::end(kChanges), between) != std::end(kChanges);
}

// "截至6月30日支出408,385.07元", "截止9月底": a date before the year's last month said in the clause
// before a figure — spending and rates part of the way through the year.
bool SaysOfPartOfYear(std::string_view clause) {
  for (std::string_view until : {"截至", "截止", "截止到", "截至到"}) {
    for (std::size_t at = Find(clause, until); at != std::string_view::npos; at = Find(clause, until, at + 1)) {
      std::size_t pos = at + until.size();
      // ("截至2022年9月30日": the year said before the month.)
      if (pos + 7 <= clause.size() && AllAsciiDigits(clause.substr(pos, 4)) && clause.compare(pos + 4, 3, "年") == 0) pos += 7;
      int month = 0, digits = 0;
      while (pos < clause.size() && clause[pos] >= '0' && clause[pos] <= '9' && digits < 2) month = month * 10 + (clause[pos++] - '0'), ++digits;
      if (digits > 0 && month >= 1 && month < 12 && clause.compare(pos, 3, "月") == 0) return true;
    }
  }
  return false;
}

// "下达第一批358,249.01元", "三批合计…": a batch of the year's funds, not yet all of them.
bool SaysOfABatch(std::string_view words) {
  for (std::size_t at = Find(words, "批"); at != std::string_view::npos; at = Find(words, "批", at + 3)) {
    if (words.compare(at + 3, 3, "复") == 0 || words.compare(at + 3, 3, "准") == 0) continue;  // 批复, 批准: approval
    if (at >= 3 && (words.compare(at - 3, 3, "第") == 0 || ChineseNumberValue(words.substr(at - 3, 3)) > 0)) return true;
    if (at >= 4 && words[at - 1] >= '0' && words[at - 1] <= '9' && words.compare(at - 4, 3, "第") == 0) return true;
  }
  return false;
}

// Where the clause holding byte `at` opens: after the last ；。 before it (a comma does not end it:
// "截至6月30日支出…，支出进度35.9%").
std::size_t ClauseOpening(std::string_view text, std::size_t at) {
  std::size_t from = 0;
  for (std::string_view stop : {"；", "。", ";"}) {
    const std::size_t k = at == 0 ? std::string_view::npos : RFind(text.substr(0, at), stop);
    if (k != std::string_view::npos) from = std::max(from, k + stop.size());
  }
  return from;
}

bool SaysOfEarlierYear(std::string_view words, std::optional<int> year) {
  if (!year) return false;
  // "上年度该项目预算220.15万元", "去年执行…": the year before said in words, unless the year itself
  // (本年度, 今年, a year's number) is said after it.
  std::size_t last_year_said = std::string_view::npos, said_size = 0;
  for (std::string_view before : {"上年度", "上年", "去年", "上一年度", "上一年"}) {
    const std::size_t at = RFind(words, before);
    if (at != std::string_view::npos && (last_year_said == std::string_view::npos || at > last_year_said ||
                                         (at == last_year_said && before.size() > said_size))) {
      last_year_said = at, said_size = before.size();
    }
  }
  if (last_year_said != std::string_view::npos) {
    const std::string_view after = words.substr(last_year_said + said_size);
    if (!ContainsAny(after, {"本年", "今年", "当年"}) && Find(after, "年") == std::string_view::npos) return true;
  }
  for (std::size_t at = RFind(words, "年"); at != std::string_view::npos && at >= 4; at = RFind(words, "年", at - 1)) {
    const std::string_view digits = words.substr(at - 4, 4);
    if (AllAsciiDigits(digits) &&
        (at == 4 || words[at - 5] < '0' || words[at - 5] > '9')) {
      return std::atoi(std::string(digits).c_str()) < *year;
    }
    if (at == 0) break;
  }
  return false;
}

// A line of tab-separated cells read as text: a table's header (short cells, no figure but
// years), or a row whose cells hold sentences, with the project its name cell names.
struct RowOfSentences {
  std::optional<std::vector<std::string>> header;  // set when the line is a header
  std::string_view project;                        // the row's name cell, when it names a project
  std::vector<std::string> columns;                 // the header's cells, when the row has as many
  // The header of the column byte `at` of the row's text is in ("" when none).
  std::string_view ColumnHeader(std::string_view text, std::size_t at) const {
    if (columns.empty()) return {};
    const std::size_t column = static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\t'));
    return column < columns.size() ? columns[column] : std::string_view{};
  }
};

RowOfSentences ReadRowOfSentences(std::string_view text, const std::vector<std::string>& header) {
  RowOfSentences row;
  if (text.find('\t') == std::string_view::npos) return row;
  std::vector<std::string_view> cells;
  for (std::size_t begin = 0;;) {
    const std::size_t tab = text.find('\t', begin);
    cells.push_back(TrimSpace(text.substr(begin, tab == std::string_view::npos ? std::string_view::npos : tab - begin)));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  if (cells.size() < 3) return row;
  // "序号 | 项目名称 | …": short cells, one of them saying it holds the names, no figure in any but
  // the years it names.
  const bool names_column = std::any_of(cells.begin(), cells.end(), [](std::string_view c) {
    return c == "项目名称" || c == "项目" || c == "资金名称";
  });
  if (names_column && std::all_of(cells.begin(), cells.end(), [](std::string_view c) { return AtMostCodePoints(c, 20); })) {
    row.header.emplace(cells.begin(), cells.end());
    return row;
  }
  if (header.size() == cells.size()) row.columns.assign(header.begin(), header.end());
  // The name: a cell before any cell of sentences, after a serial number, that ends as a
  // project's or a fund's name does.
  for (std::string_view cell : cells) {
    if (cell.empty() || cell.find_first_not_of("0123456789") == std::string_view::npos) continue;
    if (cell.find_first_of("0123456789") != std::string_view::npos || !AtMostCodePoints(cell, 40) ||
        ContainsAny(cell, {"，", "。", "；"})) {
      break;
    }
    if (CodePointCount(cell) >= 4 && !IsGeneric(cell) && (EndsAsProject(cell) || NamesOwnFund(cell) || EndsAsNamedWork(cell))) {
      row.project = cell;
    }
    break;
  }
  // Only a row that goes on with sentences holding figures is one.
  const bool sentences = std::any_of(cells.begin(), cells.end(), [](std::string_view c) {
    return ContainsAny(c, {"，", "；"}) && c.find_first_of("0123456789") != std::string_view::npos;
  });
  if (!sentences) row.project = {};
  return row;
}

// The header of the table a reader's row is in: the row above it, among the rows right before
// it, that names its names column (项目名称). (For a line of text, the last header read as text.)
std::vector<std::string> TableHeaderAbove(const TextDocument& document, std::size_t line) {
  for (std::size_t above = line; above > 0 && line - above < 40 && document.lines[above - 1].is_table_row(); --above) {
    const std::vector<std::string>& cells = document.lines[above - 1].cells;
    if (cells.size() != document.lines[line].cells.size()) continue;
    if (std::any_of(cells.begin(), cells.end(), [](const std::string& c) { return TrimSpace(c) == "项目名称"; })) {
      std::vector<std::string> header;
      for (const std::string& c : cells) header.emplace_back(TrimSpace(c));
      return header;
    }
  }
  return {};
}

// Where the first colon of `text` stands: "：", or ":" after Chinese (not a time's, 12:30);
// npos when it has none.
std::size_t LabelColon(std::string_view text) {
  const std::size_t wide = Find(text, "：");
  for (std::size_t at = text.find(':'); at != std::string_view::npos && at < wide; at = text.find(':', at + 1)) {
    std::size_t len = 0;
    if (at > 0 && IsCjk(CodePointBefore(text, at, &len))) return at;
  }
  return wide;
}

bool IsSiblingProjectHeading(std::string_view body) {
  static constexpr std::array<std::string_view, 16> kSectionEnds = {
      "情况", "问题", "措施", "建议", "结论", "原因", "分析", "效益", "目标", "说明", "评价", "做法", "经验", "概况", "结果", "意见"};
  body = TrimTrailing(body, "。：: ");
  const std::size_t n = CodePointCount(body);
  if (n < 6 || n > 40 || IsGeneric(body) || IsPageChrome(body) || EndsWithAny(body, kSectionEnds)) return false;
  static const KeywordSet kNotOne = {"情况", "指标", "存在", "下一步", "附件", "附表", "各项目", "项目支出", "整体"};
  return !kNotOne.In(body);
}

// A figure the public copy masks ("国家级森林生态效益补偿资金到位 点击查看>> 万元", "共****万元"):
// the text says the funds named before it have a figure, without showing it.
struct MaskedFigure {
  std::size_t begin = 0;   // the mask's first byte
  std::string_view label;  // the clause's words before it
};
constexpr std::array<std::string_view, 6> kMasks = {"点击查看>>", "点击查看", "****", "***", "×××", "XXX"};

bool HasMask(std::string_view text) {
  // Every mask holds '*', 'X', "×" (C3 97) or "点" (E7 82 B9): most lines hold none of their bytes.
  if (text.find_first_of("*X\xC3\xE7") == std::string_view::npos) return false;
  return std::any_of(kMasks.begin(), kMasks.end(), [&](std::string_view m) { return Find(text, m) != std::string_view::npos; });
}

std::vector<MaskedFigure> MaskedFigures(std::string_view text) {
  std::vector<MaskedFigure> out;
  for (std::size_t at = 0; at < text.size();) {
    std::size_t found = std::string_view::npos, length = 0;
    for (std::string_view mask : kMasks) {  // the longest mask first: it wins at the same place
      const std::size_t p = Find(text, mask, at);
      if (p < found) found = p, length = mask.size();
    }
    if (found == std::string_view::npos) break;
    std::size_t after = found + length;
    while (after < text.size() && (text[after] == ' ' || text[after] == '*' || text[after] == '>' || text[after] == '.')) {
      ++after;
    }
    const std::string_view rest = text.substr(after);
    if (StartsWith(rest, "万元") || StartsWith(rest, "元") || StartsWith(rest, "亿元")) {
      const std::size_t begin = BackToBreak(text, found, kClauseBreaks);
      out.push_back({found, CleanLabel(text.substr(begin, found - begin))});
    }
    at = after;
  }
  return out;
}

}  // namespace

std::string_view ProjectNameInLabel(std::string_view label) {
  // ("杨坝村产业路硬化项目安排76.30万元": a lead word closing the label follows the name, not before it.)
  for (std::string_view verb : {"安排", "下达"}) {
    if (EndsWith(label, verb) && EndsAsProject(label.substr(0, label.size() - verb.size()))) {
      label.remove_suffix(verb.size());
      break;
    }
  }
  std::string_view name = WithoutLostItemNumber(AfterLastLead(label));
  // "X补助资金全年共50万元": the time the figure covers is no part of the name.
  for (std::string_view when : {"全年", "当年", "本年度", "本年", "年度"}) {
    if (EndsWith(name, when)) {
      name.remove_suffix(when.size());
      break;
    }
  }
  // "森林防火专业队能力建设补助应到位68万元": the verb after the name says which of its figures;
  // "县志续修编纂经费全年预算87.10万元": so does the budget's word (下达 and 安排 are set aside above).
  // ("（1）公共场所卫生监督经费共支出92566.58元": so does what was spent of it.)
  for (std::string_view verb : {"应到位", "全年预算数", "全年预算", "年初预算", "预算数", "调整后预算", "调整预算", "共支出", "实际支出"}) {
    if (EndsWith(name, verb) && CodePointCount(name) > CodePointCount(verb) + 4 &&
        EndsAsProject(name.substr(0, name.size() - verb.size()))) {
      name.remove_suffix(verb.size());
      break;
    }
  }
  // "…工程项目资金", "…项目缺口资金", "…项目前期费用": the project is "…项目", the rest says which
  // of its figures.
  for (std::string_view money : {"资金", "经费", "总投资", "投资"}) {
    if (EndsWith(name, money) && EndsWith(name.substr(0, name.size() - money.size()), "项目")) {
      name.remove_suffix(money.size());
    }
  }
  if (const std::size_t project = RFind(name, "项目"); project != std::string_view::npos && project > 0) {
    const std::string_view rest = name.substr(project + std::string_view("项目").size());
    // (…项目补助资金 says what kind of money a project got: that stays a fund's name.)
    // ("免费开放项目支出": the project's spending.)
    const bool money = EndsWithAny(rest, std::array<std::string_view, 3>{"款", "费用", "费"}) || rest == "缺口资金" ||
                       rest == "支出";
    if (!rest.empty() && money && CodePointCount(rest) <= 4) name = name.substr(0, project + std::string_view("项目").size());
  }
  if (const std::size_t chars = CodePointCount(name); chars < 4 || chars > 60 || IsGeneric(name)) return {};
  // "每村每年补助 4400 元": a rate per village, no project.
  if (StartsWith(name, "每")) return {};
  // "福利彩票公益金支出项目": the spending of X is a project's name, not a sentence about spending.
  const std::string_view funded = SpendingFundedBy(name);
  const std::string_view checked = funded.empty() ? name : funded;
  if (kNotName.In(checked) || EndsWithAny(name, kPlaceEnds)) return {};
  // "公共财政拨款资金", "一般公共预算资金": a kind of money by its budget, no project.
  static const KeywordSet kBudgetKinds = {"财政拨款", "公共财政", "一般公共预算", "政府性基金", "国有资本经营"};
  if (kBudgetKinds.In(name) && !ContainsAny(name, {"项目", "工程"})) return {};
  return EndsAsProject(WithoutTrailingBracket(name)) ? name : std::string_view{};
}

std::vector<NamedProject> ProjectPhrases(std::string_view text) {
  std::vector<NamedProject> out;
  for (std::size_t at = Find(text, "项目"); at != std::string_view::npos; at = Find(text, "项目", at + 1)) {
    const std::size_t end = at + std::string_view("项目").size();
    // "项目三：X，": a numbered project's name up to the clause break, whatever it ends with.
    if (const std::size_t name_at = AfterProjectNumber(text, end); name_at != std::string_view::npos) {
      const std::size_t name_end = ClauseEnd(text, name_at);
      const std::string_view name = AfterLastLead(text.substr(name_at, name_end - name_at));
      if (const std::size_t chars = CodePointCount(name); chars >= 4 && chars <= 50 && !IsGeneric(name)) {
        out.push_back({name, static_cast<std::size_t>(name.data() - text.data()) + name.size()});
      }
      continue;
    }
    // "政策和项目", "实施的项目", "等项目": projects in general, not one by name.
    bool general = false;
    for (std::string_view before : {"和", "及", "与", "等", "的", "各", "个", "类", "些", "根据", "开展", "实施", "设立",
                                    "推进", "相关", "确保", "通过", "完成", "报送", "申报", "谋划", "抓好", "扭住",
                                    "推动", "加快", "督促", "落实", "规范", "加强", "强化", "检查", "督导", "新增"}) {
      general = general || EndsWith(text.substr(0, at), before);
    }
    // "实施项目5个", "项目共15个": projects counted, not one named (spaces a PDF copy put aside).
    std::size_t after_at = end;
    while (after_at < text.size() && text[after_at] == ' ') ++after_at;
    const std::string_view after = text.substr(after_at, 3);
    general |= !after.empty() && ((after[0] >= '0' && after[0] <= '9') || after == "共" || after == "数" || after == "个");
    // "未能充分体现项目效益", "项目实施进度": 项目 qualifying what follows it (the project's benefits,
    // its carrying out), no name's end.
    for (std::string_view what : {"效益", "绩效", "实施", "管理", "进度", "完成", "单位", "负责", "验收", "决策",
                                  "质量", "目标", "产出", "建设内容"}) {
      general = general || BytesAt(text, end, what);
    }
    // "“现场签约项目”年度目标≥7个": an indicator named in quotes before its target, no project.
    if (BytesAt(text, end, "”")) {
      const std::size_t quoted_end = end + std::string_view("”").size();
      for (std::string_view what : {"年度目标", "目标值", "年度指标", "指标值", "实际完成"}) {
        general = general || BytesAt(text, quoted_end, what);
      }
    }
    // (Told before the name is looked for: the words in general need no name.)
    if (general) continue;
    std::size_t begin = BackToBreak(text, at, kBreaks);
    // "…改造工程(一期)项目": a short bracketed part inside the name is no break.
    for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
      if (begin < close.size() || !BytesAt(text, begin - close.size(), close) || text[begin] == ' ') continue;
      const std::size_t inner_end = begin - close.size();
      const std::size_t opened = RFind(text, open, inner_end);
      if (opened == std::string_view::npos || opened == 0 || inner_end - opened > open.size() + 4 * 3) break;
      const std::string_view inner = text.substr(opened + open.size(), inner_end - opened - open.size());
      // ("(一)项目概况": a numbering, which ends what was before it.)
      if (inner.empty() || ContainsAny(inner, {"，", "。", "、", ",", "万元", "%", "年"}) || ChineseNumberValue(inner) > 0 ||
          std::all_of(inner.begin(), inner.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        break;
      }
      begin = BackToBreak(text, opened, kBreaks);
      break;
    }
    const std::string_view name =
        WithoutMarker(AfterInlineMarker(AfterLastLead(text.substr(begin, end - begin))));
    if (const std::size_t chars = CodePointCount(name); chars < 6 || chars > 50 || IsGeneric(name) || NotAName(name)) continue;
    // "各科室定期对本部门资金项目…": the department's projects in general.
    if (StartsWith(name, "各") || ContainsAny(name, {"本部门", "本单位", "我局", "我单位"})) continue;
    // "…2021年度项目支出…": the projects of a year, not one by name.
    if (EndsWith(name, "年度项目") || EndsWith(name, "年项目")) continue;
    // "双河镇2024年度财政项目": a place's projects of a year, generic after the year.
    if (const std::size_t year = Find(name, "20"); year != std::string_view::npos && year + 4 < name.size() &&
                                                  BytesAt(name, year + 4, "年")) {
      std::string_view after = name.substr(year + 4 + 3);
      if (StartsWith(after, "度")) after.remove_prefix(std::string_view("度").size());
      if (IsGeneric(after)) continue;
    }
    out.push_back({name, end});
  }
  // "…；（3）蚕茧收购质量监管经费：主要用于…": a fund of its own purpose as a numbered item inside the
  // paragraph, after a clause's end, its name closed by a colon.
  // ("按补助类别分：有机肥替代化肥补助，应补1767500.00元，已拨…；酸化耕地治理补助，应补…": an item
  // after a colon or semicolon, unnumbered, named before a comma and its money, too.)
  std::vector<std::pair<std::size_t, std::size_t>> items;  // where each item starts, and its name
  for (std::size_t at = Find(text, "（"); at != std::string_view::npos; at = Find(text, "（", at + 1)) {
    const std::string_view before = TrimTrailing(text.substr(0, at), " ");
    if (!before.empty() && !EndsWithAny(before, std::array<std::string_view, 4>{"；", "。", "：", ";"})) continue;
    const HeadingMarker marker = ReadHeadingMarker(text.substr(at));
    if (marker.level != kParenArabic && marker.level != kParenChinese) continue;
    items.emplace_back(at, at + marker.length);
  }
  for (std::string_view mark : {"：", "；"}) {
    for (std::size_t at = Find(text, mark); at != std::string_view::npos; at = Find(text, mark, at + 1)) {
      const std::size_t name_at = at + mark.size();
      if (name_at < text.size() && !ReadHeadingMarker(text.substr(name_at)).found()) items.emplace_back(name_at, name_at);
    }
  }
  std::sort(items.begin(), items.end());
  for (const auto& [at, name_at] : items) {
    const bool numbered = name_at > at;
    const std::size_t colon = std::min(Find(text, "：", name_at), text.find(':', name_at));
    if (colon != std::string_view::npos && colon <= ClauseEnd(text, name_at)) {
      const std::string_view name = TrimSpace(text.substr(name_at, colon - name_at));
      if (numbered && NamesOwnFund(name) && IsListItemName(name) && CodePointCount(name) <= 30) out.push_back({name, colon});
      continue;
    }
    // "…：（1）脱贫户小额信贷财政贴息，投入77.22万元；（2）…": an item named before a comma, its
    // money put in right after it.
    const std::size_t comma = ClauseEnd(text, name_at);
    if (comma >= text.size() || !BytesAt(text, comma, "，")) continue;
    const std::string_view next = TrimSpace(text.substr(comma + std::string_view("，").size(), 3 * 8));
    const bool money_next = ContainsAny(next.substr(0, std::min<std::size_t>(next.size(), 3 * 4)),
                                        {"投入", "安排", "下达", "预算", "计划投资", "总投资", "应补", "应拨"}) &&
                            next.find_first_of("0123456789") != std::string_view::npos;
    const std::string_view name = TrimSpace(text.substr(name_at, comma - name_at));
    if (!money_next || !IsListItemName(name) || CodePointCount(name) < 4 || CodePointCount(name) > 30 ||
        FundsBySource(name) || IsGeneric(name) || (!numbered && !EndsAsProject(name))) {
      continue;
    }
    out.push_back({name, comma});
  }
  std::stable_sort(out.begin(), out.end(), [](const NamedProject& a, const NamedProject& b) { return a.end < b.end; });
  return out;
}

// The line's text with 元 after it when the line ends inside a figure's unit ("…1781.86 万") and
// the next line opens with 元; "" otherwise.
std::string UnitBrokenAtEnd(const TextDocument& document, std::size_t line) {
  if (line + 1 >= document.lines.size()) return {};
  const std::string_view text = TrimTrailing(document.lines[line].text, " ");
  if (!StartsWith(TrimSpace(document.lines[line + 1].text), "元")) return {};
  for (std::string_view multiple : {"万", "亿", "千"}) {
    if (!EndsWith(text, multiple)) continue;
    const std::string_view before = TrimTrailing(text.substr(0, text.size() - multiple.size()), " ");
    if (before.empty() || before.back() < '0' || before.back() > '9') return {};
    return std::string(text) + "元";
  }
  return {};
}

std::vector<std::string_view> CountedListNames(std::string_view text) {
  std::vector<std::string_view> names;
  for (std::string_view cue : {"分别为", "分别是"}) {
    const std::size_t at = Find(text, cue);
    if (at == std::string_view::npos) continue;
    // The count: "N个…" in the clause before the cue.
    const std::size_t clause = BackToBreak(text, at, std::array<std::string_view, 4>{"。", "；", ";", "："}, 120);
    const std::string_view before = text.substr(clause, at - clause);
    const std::size_t ge = RFind(before, "个");
    if (ge == std::string_view::npos || ge == 0) return {};
    int count = 0;
    if (DigitAt(before, ge - 1) >= 0) {
      std::size_t digits = ge;
      while (digits > 0 && DigitAt(before, digits - 1) >= 0) --digits;
      count = std::atoi(std::string(before.substr(digits, ge - digits)).c_str());
    } else if (ge >= 3) {
      // ("共有两个县直发展项目，分别为A、B": counted in words.)
      const std::string_view numeral = before.substr(ge - 3, 3);
      count = numeral == "两" ? 2 : ChineseNumberValue(numeral);
    }
    if (count <= 0) return {};
    std::size_t from = at + cue.size();
    if (text.substr(from, 3) == "：") from += 3;
    else if (text.substr(from, 1) == ":") from += 1;
    std::size_t end = from;
    while (end < text.size() && text.substr(end, 3) != "。" && text.substr(end, 3) != "；" && text[end] != ';') ++end;
    std::string_view list = text.substr(from, end - from);
    while (!list.empty()) {
      const std::size_t comma = Find(list, "、");
      const std::string_view item = TrimSpace(list.substr(0, comma));
      if (item.empty() || ContainsAny(item, {"，", ","}) || !IsListItemName(item) || !EndsAsProject(item)) return {};
      names.push_back(item);
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 3);
    }
    if (count < 2 || static_cast<int>(names.size()) != count) return {};
    return names;
  }
  return names;
}

bool ReadSentenceFigures(const TextDocument& document, std::size_t line, Binder& binder, SentenceState& state) {
  const std::string& text = document.lines[line].text;
  const std::string project_before_line = state.last_project;  // the project the text named before this line
  const bool tabbed = text.find('\t') != std::string::npos;
  const RowOfSentences row =
      !tabbed ? RowOfSentences{}
      : document.lines[line].is_table_row() ? ReadRowOfSentences(text, TableHeaderAbove(document, line))
                                            : ReadRowOfSentences(text, state.row_header);
  if (row.header) state.row_header = std::move(*row.header);
  for (std::string_view name : CountedListNames(text)) {
    binder.Project(name, {line, static_cast<std::size_t>(name.data() - text.data()), name.size()});
  }
  // Most prose lines state no figure and name no project: nothing to do there.
  const bool digits = std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  const bool names = Find(text, "项目") != std::string::npos;
  const bool quoted_list = Find(text, "”等") != std::string::npos;
  const bool masked = HasMask(text);
  const HeadingMarker heading = ReadHeadingMarker(text);
  // WithoutMarker(text), read once from the marker above.
  const std::string_view after_marker = TrimSpace(std::string_view(text).substr(heading.length));
  if (!digits && text.size() <= 4 * 30 && AtMostCodePoints(text, 30)) {
    if (const auto unit = TrailingUnit(text)) state.caption_unit = unit;
  }
  // "农村部分计划生育家庭奖励扶助制度补助资金(万元)" on a line of its own: the heading of a fund's
  // figures, in the unit it states, on the lines under it ("年度预算资金总额: 763.00").
  if (!digits && !heading.found()) {
    const std::string_view body = TrimSpace(text);
    const std::size_t ascii = RFind(body, "("), wide = RFind(body, "（");
    const std::size_t open = ascii == std::string_view::npos ? wide : wide == std::string_view::npos ? ascii : std::max(ascii, wide);
    const std::string_view name = open == std::string_view::npos ? std::string_view() : TrimSpace(body.substr(0, open));
    if (!name.empty() && HeaderUnit(body.substr(open)) && AtMostCodePoints(body, 40) &&
        (EndsAsNamedWork(name) || NamesOwnFund(name)) &&
        CodePointCount(name) >= 6 && !IsGeneric(name) && !ContainsAny(name, {"合计", "总计", "小计", "：", ":", "，"}) &&
        (EndsWith(body, ")") || EndsWith(body, "）"))) {
      state.last_project = std::string(name);
      state.last_place = {line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
      state.project_heading_level = kBelowHeadings;
      state.heading_named_project = true;
      return false;
    }
  }
  // "1　农村产权交易信息平台运维费　47,580　…" over "　　主要指标：资金兑付办结时限≤14天/13天；…": a line under a
  // table's row that names a project is about that project (the table reader met the row first).
  if (line > 0 && !heading.found() && !tabbed && !document.lines[line].is_table_row() && !document.lines[line - 1].is_table_row() &&
      digits && ContainsAny(text, {"：", "；", "，"})) {
    const std::string_view above = document.lines[line - 1].text;
    // (Cells apart inside the line, not its indent.)
    if (CellGaps(above) > 0 || Find(above, "\t") != std::string_view::npos) {
      const auto& projects = binder.evaluation().projects;
      const Project* best = nullptr;
      for (const Project& p : projects) {
        if (CodePointCount(p.name) >= 4 && Find(above, p.name) != std::string_view::npos && (!best || p.name.size() > best->name.size())) best = &p;
      }
      if (best && Find(text, best->name) == std::string_view::npos) {
        state.last_project = best->name;
        state.last_place = {line - 1, static_cast<std::size_t>(Find(above, best->name)), best->name.size()};
        state.heading_named_project = false;
      }
    }
  }
  const std::string_view trimmed_line = TrimSpace(text);
  const bool listed_item = state.list_lines && heading.found();
  std::string_view before_colon;
  if (EndsWith(trimmed_line, "：")) before_colon = trimmed_line.substr(0, trimmed_line.size() - std::string_view("：").size());
  else if (EndsWith(trimmed_line, ":")) before_colon = trimmed_line.substr(0, trimmed_line.size() - 1);
  state.list_lines = listed_item || (!before_colon.empty() && OpensList(before_colon));
  // ("宗教领域和谐稳定：保持稳定（年度目标：保持稳定）": tiers in words, no figure.)
  // (Each of those words holds 目标: a line without it has none of them.)
  const bool bracketed_target =
      Contains(text, "目标") && ContainsAny(text, {"（目标", "（年度目标", "(目标", "(年度目标"});
  // ("项目完成时限：年度目标按期完成，实际完成按期完成": a target and what was reached, both in words.)
  const bool tiers_said = !digits && Contains(text, "目标") && Contains(text, "实际");
  // ("检验仪器设备购置：年度绩效目标分为三类。": a line opening with a project met before and a colon
  // is about it, figures or not; read below.)
  const auto opens_with_known = [&] {
    const std::size_t colon = LabelColon(text);
    if (colon == std::string::npos || colon > 3 * 40) return false;
    const std::string_view name = TrimSpace(std::string_view(text).substr(0, colon));
    return CodePointCount(name) >= 4 && binder.Find(name).has_value();
  };
  if (!digits && !names && !quoted_list && !masked && !heading.found() && !bracketed_target && !tiers_said &&
      !opens_with_known()) {
    return false;
  }
  // "…调整预算为 1781.86 万" over "元,比年初…": a line broken inside a figure's unit; the figure
  // is read with the 元 that opens the next line (its place stays within this line).
  const std::string unit_broken = digits ? UnitBrokenAtEnd(document, line) : std::string();
  std::vector<Amount> amounts = !digits                ? std::vector<Amount>{}
                                : !unit_broken.empty() ? ScanAmounts(unit_broken)
                                : state.scanned        ? state.scanned->Take(line, text)
                                                       : ScanAmounts(text);
  for (Amount& a : amounts) a.end = std::min(a.end, text.size());
  // "计划生育转移支付资金合计(万元) 年度预算资金总额): 1084.25": one figure after its label and a
  // colon, in the unit its label states.
  if (amounts.size() == 1 && amounts[0].kind == AmountKind::kMoney && !amounts[0].unit_stated &&
      AtMostCodePoints(text, 60)) {
    Amount& a = amounts[0];
    const std::string_view before = TrimTrailing(std::string_view(text).substr(0, a.begin), " ");
    const auto unit = HeaderUnit(before);
    if (unit && (EndsWith(before, ":") || EndsWith(before, "："))) {
      if (const auto money = ParseMoneyCell(a.number, *unit)) a.money = *money, a.unit = *unit, a.unit_stated = true;
    }
  }
  // Numbers written without a unit under a caption that states one ("（单位：元）") are in it,
  // in a line of two such figures or more ("预算数 567,000.00，执行数 567,000.00") when no
  // figure of the line states its own (a line of one number is a table's cell).
  if (state.caption_unit && !amounts.empty()) {
    const bool stated = std::any_of(amounts.begin(), amounts.end(), [](const Amount& a) {
      return a.kind == AmountKind::kMoney && a.unit_stated;
    });
    const auto bare = std::count_if(amounts.begin(), amounts.end(), [](const Amount& a) {
      return a.kind == AmountKind::kMoney && !a.unit_stated;
    });
    // "年度预算资金总额: 763.00": one figure, after its label and a colon, is no table's cell.
    const bool labelled = bare == 1 && AtMostCodePoints(text, 40) && std::any_of(amounts.begin(), amounts.end(), [&](const Amount& a) {
      if (a.kind != AmountKind::kMoney || a.unit_stated) return false;
      const std::string_view before = TrimTrailing(std::string_view(text).substr(0, a.begin), " ");
      return (EndsWith(before, ":") || EndsWith(before, "：")) && CodePointCount(before) >= 4;
    });
    if (stated) {
      state.caption_unit.reset();
    } else if (bare >= 2 || labelled) {
      for (Amount& a : amounts) {
        if (a.kind != AmountKind::kMoney) continue;
        if (const auto money = ParseMoneyCell(a.number, *state.caption_unit)) {
          a.money = *money, a.unit = *state.caption_unit, a.unit_stated = true;
        }
      }
    }
  }
  // "1.2021年第一批…养殖基地建设项目,项目实施确保…": a numbered item whose first clause names a
  // piece of work is about it, with its figures further on in the item; so is one whose first
  // clause is a project the text listed before ("1.青少年管理事务工作经费。该项目…").
  // (Unnumbered, a paragraph's opening name does so too when what follows refers back to it or
  // opens with its money: "残疾人辅助器具适配经费：该项目预算执行率…", "X。全年实际支出…".)
  // "公积金服务大厅运行经费：办理公积金业务年度指标值≥30900件…": a line opening with a project met
  // before and a colon is about it.
  if (const std::size_t colon = LabelColon(text); !heading.found() && colon != std::string::npos && colon <= 3 * 40) {
    const std::string_view name = TrimSpace(std::string_view(text).substr(0, colon));
    if (CodePointCount(name) >= 4 && binder.Find(name)) {
      state.last_project = std::string(name);
      state.last_place = {line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
      state.heading_named_project = true;
    }
  }
  // WithoutMarker(trimmed_line), read once for the two readings below.
  const std::string_view trimmed_body = WithoutMarker(trimmed_line);
  bool item_named = false;  // the line's numbered item names its project before its figures
  if (const HeadingMarker& marker = heading; !amounts.empty()) {
    // ("一是金融知识进村入户宣传经费。全年预算…", "二是…": items counted in words open so.)
    const std::string_view body = marker.found() ? trimmed_body : WithoutCountedOpening(trimmed_body);
    // (An item counted in words is numbered as much as one with a marker.)
    const bool numbered = marker.found() || body.size() < trimmed_body.size();
    std::size_t first_end = ClauseEnd(body, 0);
    // ("四、残疾人职业技能培训经费：该项目…": a numbered item's name before a colon too.)
    // (A copy punctuated with ASCII marks: "1.第三轮县志编纂经费:全年预算83.02万元".)
    const std::size_t colon = LabelColon(body);
    // ("1.医保政策集中宣传经费（自评得分99.25分）：预算24.07万元": what is said of it in brackets after
    // the name.)
    // (A fee of a piece of work ends a numbered item's name too: "2.医保档案整理费：预算3.58万元".)
    // (And a line of insurance a programme subsidises: "1、水稻种植保险：…财政补贴应补32.61万元".)
    const auto ends_as_item = [](std::string_view name) {
      // ("2、油菜保险：…": a line of insurance named in four characters.)
      return EndsAsProject(name) || (EndsWith(name, "费") && CodePointCount(name) >= 5) ||
             (EndsWith(name, "保险") && CodePointCount(name) >= 4);
    };
    if (!numbered || ends_as_item(WithoutTrailingBracket(TrimSpace(body.substr(0, std::min(colon, body.size())))))) {
      first_end = std::min(first_end, colon);
    }
    // "3.X资金自评等级为优（94.87分）。项目预算资金…": what the name's sentence says of the
    // evaluation is no part of the name.
    bool said_of_evaluation = false;
    for (std::string_view said : {"自评等级", "自评得分", "自评结果", "绩效自评"}) {
      if (const std::size_t at = Find(body, said); at != std::string_view::npos && at < first_end && at > 0 &&
                                                  EndsAsProject(TrimSpace(body.substr(0, at)))) {
        first_end = at, said_of_evaluation = true;
      }
    }
    // ("“水文测站运行维护经费”：安排资金…": the name in quotes.)
    std::string_view first = WithoutEnclosingQuotes(TrimSpace(body.substr(0, first_end)));
    if (const std::string_view bare = WithoutTrailingBracket(first);
        bare.size() < first.size() && ContainsAny(first.substr(bare.size()), {"得分", "等级", "分）", "分)"})) {
      first = TrimSpace(bare);
    }
    const bool named_work = EndsAsNamedWork(first) && CodePointCount(first) >= 6;
    // "（5）脱贫劳动力务工交通补助，计划投入1,335,700.00元…": a name whose money the next clause plans.
    // ("1、天然林保护工程经费。2021年1月下达资金…": the name is a sentence of its own, the money follows.)
    std::string_view second = first.size() < body.size() ? TrimSpace(body.substr(first.size())) : std::string_view();
    // (After what it says of the evaluation, the next sentence.)
    if (said_of_evaluation) {
      const std::size_t stop = Find(second, "。");
      second = stop == std::string_view::npos ? std::string_view() : second.substr(stop);
    }
    for (std::string_view stop : {"。", "，", ",", "：", ":"}) {
      if (StartsWith(second, stop)) second.remove_prefix(stop.size());
    }
    // (The next sentence refers back to it, "该项目年初预算…", or opens with a budget's figure.)
    const std::size_t second_at = static_cast<std::size_t>(second.data() - text.data());
    const auto opening_budget = std::find_if(amounts.begin(), amounts.end(), [&](const Amount& a) {
      return a.begin >= second_at && a.kind == AmountKind::kMoney;
    });
    const ProseRole opening_role =
        opening_budget == amounts.end() ? ProseRole::kNone : ClassifyProseLabel(opening_budget->label, opening_budget->kind);
    const bool budget_opens = !second.empty() && opening_budget != amounts.end() &&
                              opening_budget->begin - second_at <= 3 * 12 &&
                              (opening_role == ProseRole::kBudget || opening_role == ProseRole::kExecuted);
    const bool planned = first.find_first_of("0123456789") == std::string_view::npos && CodePointCount(first) >= 4 &&
                         CodePointCount(first) <= 30 && IsListItemName(first) &&
                         (ContainsAny(second.substr(0, std::min<std::size_t>(second.size(), 3 * 12)),
                                      {"计划投入", "计划投资", "预算资金", "预算安排", "下达资金", "安排资金"}) ||
                          ((StartsWith(second, "该项目") || StartsWith(second, "本项目") || budget_opens) &&
                           EndsAsProject(WithoutTrailingBracket(first))) ||
                          // ("（一）检验仪器设备购置。该项目主要用于…": a numbered item the next sentence
                          // calls 该项目 is one, whatever its name ends in.)
                          (numbered && (StartsWith(second, "该项目") || StartsWith(second, "本项目")) && IsSiblingProjectHeading(first)));
    // ("2.种子市场监管经费：主要用于…，安排预算资金243万元": a fund of its own purpose named before the
    // item's colon, as a heading names one.)
    // ("（一）院前急救网络运行经费。上年度该项目…": so does one closed by a full stop.)
    // ("1、绿肥种植补助：…应补资金4,649,200.00元，实际兑付…": so does a subsidy or a fund of any ending
    // whose item states its own money, not a kind of funds by their source.)
    const bool own_money = std::any_of(amounts.begin(), amounts.end(), [&](const Amount& a) {
      return a.kind == AmountKind::kMoney && a.unit_stated && RoleInSentence(amounts, a) == ProseRole::kBudget;
    });
    const bool fund_item = ((colon < body.size() && first_end == colon) || body.substr(first_end, 3) == "。") &&
                           IsListItemName(first) &&
                           (NamesOwnFund(first) ||
                            (numbered && own_money && ends_as_item(first) && CodePointCount(first) >= 4 &&
                             !FundsBySource(first) && !IsGeneric(first)));
    const bool names = numbered ? named_work || planned || fund_item || (CodePointCount(first) >= 4 && binder.Find(first))
                                      : planned && CodePointCount(first) <= 30 && first.find(' ') == std::string_view::npos &&
                                            EndsAsProject(WithoutTrailingBracket(first));
    if (first.size() < body.size() && names && CodePointCount(first) <= 60 && !IsGeneric(first) &&
        !ContainsAny(first, {"该项目", "本项目", "此项目", "各项目", "个项目", "等项目", "的项目"})) {
      state.last_project = std::string(first);
      state.heading_named_project = true;
      state.last_place = {line, static_cast<std::size_t>(first.data() - text.data()), first.size()};
      state.project_heading_level = marker.found() ? marker.level : kBelowHeadings;
      item_named = marker.found();
    }
  }
  // "【无偿献血宣传招募经费】该项目年初预算…": a paragraph opening with the name of its project in
  // lenticular brackets is about it, as under a heading.
  if (const std::string_view body = trimmed_body; StartsWith(body, "【")) {
    const std::size_t close = Find(body, "】");
    const std::string_view name = close == std::string_view::npos ? std::string_view() : TrimSpace(body.substr(3, close - 3));
    if (!name.empty() && AtMostCodePoints(name, 40) && (EndsAsNamedWork(name) || NamesOwnFund(name)) && !IsGeneric(name)) {
      state.last_project = std::string(name);
      state.last_place = {line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
      state.project_heading_level = kBelowHeadings;
      state.heading_named_project = true;
      binder.Project(name, state.last_place);
    }
  }
  // "项目名称：城区道路维修项目" / "（1）项目名称:X,主要用于…，预算数0.01万元": the line and the lines
  // after it are about that project, as under a heading (of a level below every numbered one, so
  // that any numbered heading ends it).
  // ("项目名称 水土保持综合治理项目": a table's key row flattened with a space.)
  // ("（1）一、项目名称：X 二、项目资金：…": a field numbered in its turn, the next field after a space.)
  if (const std::string_view body = WithoutMarker(trimmed_body);
      StartsWith(body, "项目名称：") || StartsWith(body, "项目名称:") || StartsWith(body, "项目名称 ")) {
    const std::string_view key = StartsWith(body, "项目名称：") ? "项目名称："
                                 : StartsWith(body, "项目名称:") ? "项目名称:"
                                                                 : "项目名称";
    const std::string_view rest = TrimSpace(body.substr(key.size()));
    std::string_view name = TrimSpace(rest.substr(0, ClauseEnd(rest, 0)));
    for (std::size_t space = name.find(' '); space != std::string_view::npos; space = name.find(' ', space + 1)) {
      const HeadingMarker next = ReadHeadingMarker(name.substr(space));
      if (next.found() && next.level == kChinese) {
        name = TrimSpace(name.substr(0, space));
        break;
      }
    }
    // ("项目名称  指标名称  年度目标值…": a table's header, its columns named after the key.)
    const std::string_view next_word = name.substr(0, std::min(name.find(' '), name.size()));
    if (CodePointCount(name) >= 2 && CodePointCount(name) <= 60 && ColumnRole(next_word) == Role::kNone) {
      state.last_project = std::string(name);
      state.last_place = {line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
      state.project_heading_level = kBelowHeadings;
      state.heading_named_project = true;
      if (amounts.empty()) return false;
    }
  }
  // (Items named inside a paragraph need no 项目 in their names: "（1）X补贴，投入…；Y补助，应补…".)
  const std::vector<NamedProject> phrases =
      names || Contains(text, "；") || Contains(text, "（") ? ProjectPhrases(text) : std::vector<NamedProject>{};
  // Where each sentence starts, looked up once per sentence.
  std::vector<std::size_t> sentence_starts;
  auto sentence_start = [&](const Amount& a) {
    const std::size_t k = static_cast<std::size_t>(std::max(a.sentence, 0));
    while (sentence_starts.size() <= k) sentence_starts.push_back(std::string::npos);
    if (sentence_starts[k] == std::string::npos) sentence_starts[k] = SentenceStart(text, a.begin);
    return sentence_starts[k];
  };
  std::size_t next_phrase = 0;
  bool placed = false;
  // A report about one fund (…衔接推进乡村振兴补助资金项目) that shares it among projects under
  // headings of their own ("（1）青龙村光伏帮扶电站运维项目"): under such a heading the figures
  // are that project's, not the fund's.
  const bool under_project_of_fund = binder.default_subject() && state.project_heading_level > 0 &&
                                     !state.last_project.empty() && state.heading_named_project &&
                                     NamesAFund(binder.evaluation().projects[*binder.default_subject()].name);
  // The subject figures take when their sentence names none: the report's own project, or the
  // project of the heading they are under in a report about a fund.
  // A table's row of sentences ("1 | 公积金服务大厅运行经费 | 预算执行率59.81%，… | … | 全年预算113.31万元，…")
  // is about the project its name cell names.
  // ("玉米种植保险　承保面积计划3.07万亩…；总保费…，其中财政补贴应补175.70万元…": so is a line opening with
  // a name set apart by a full-width space, as a row's first cell.)
  const std::string_view row_name = !row.project.empty() ? row.project : heading.found() ? std::string_view() : OpeningName(text);
  const Subject row_project =
      row_name.empty() ? Subject{}
                       : Subject(binder.Project(row_name, {line, static_cast<std::size_t>(row_name.data() - text.data()),
                                                            row_name.size()}));
  auto base_subject = [&]() -> Subject {
    if (row_project) return row_project;
    if (under_project_of_fund) return binder.Project(state.last_project, state.last_place);
    return binder.default_subject();
  };
  Subject subject = row_project ? row_project : under_project_of_fund ? Subject{} : binder.default_subject();
  int sentence = -1;
  bool counting = false;  // the sentence counts projects: its totals are the department's
  std::size_t count_ends_at = std::string_view::npos;  // where the sentence's count of projects ends
  // The project of a label that speaks of one: the one the text named last, created when
  // a figure first binds to it; the report's own project when it has one.
  auto named_project = [&]() -> Subject {
    if (under_project_of_fund) return base_subject();
    if (binder.default_subject() || state.last_project.empty()) return binder.default_subject();
    return binder.Project(state.last_project, state.last_place);
  };
  // Adds an indicator to `project` unless it already has one of that name; true when added.
  auto add_new_indicator = [&](std::size_t project, Indicator&& indicator, const Place& where) {
    const auto& existing = binder.evaluation().projects[project].indicators;
    // ("产出目标：派驻屠宰场官方兽医6人以上" in the goals, "派驻屠宰场官方兽医目标≥6人，实际完成5人" in the
    // results: what the goal aimed at, reached.)
    for (std::size_t k = 0; k < existing.size(); ++k) {
      const Indicator& aimed = existing[k];
      if (aimed.name != indicator.name || aimed.actual || aimed.actual_text || (!indicator.actual && !indicator.actual_text)) continue;
      if (aimed.target && indicator.target && aimed.target != indicator.target) continue;
      return binder.Reached(project, k, indicator, where);
    }
    // (Nor a name of words cut inside a bracket, nor a verb alone: "实现 93.3%".)
    const bool known = std::any_of(existing.begin(), existing.end(), [&](const Indicator& i) { return i.name == indicator.name; }) ||
                       !BracketsBalanced(indicator.name) || IsAchievedWord(indicator.name);
    if (!known) binder.AddIndicator(project, std::move(indicator), where);
    return !known;
  };
  const std::vector<SumRole> sums = WholesOfParts(text, amounts);
  // Whether the sentence of a rate speaks of spending (执行, 支出, 拨付, 使用) before it.
  auto spending_unsaid = [&](const Amount& a) {
    const std::size_t stop = RFind(std::string_view(text), "。", a.begin);
    const std::size_t from = stop == std::string_view::npos ? 0 : stop;
    return !ContainsAny(std::string_view(text).substr(from, a.begin - from), {"执行", "支出", "拨付", "支付", "使用"});
  };
  // The subject each figure was placed as a budget of: its parts (其中：财政拨款…) are that budget's.
  std::vector<std::optional<Subject>> budget_of(amounts.size());
  // Figures listed after a cue in their sentence, two or more: each names a project.
  std::vector<bool> listed(amounts.size(), false);
  std::vector<std::string_view> item_names(amounts.size());  // the name of each listed figure's item
  std::vector<bool> item_spent(amounts.size(), false);       // its label says it was spent (A已拨付)
  std::string_view cut_item;  // the list's last item, its figure cut off by the end of the text
  for (std::size_t i = 0; i < amounts.size();) {
    std::size_t j = i;
    while (j < amounts.size() && amounts[j].sentence == amounts[i].sentence) ++j;
    // The first cue within the sentence's figures (from the sentence start to its last figure).
    const std::size_t from = sentence_start(amounts[i]);
    const std::string_view span = std::string_view(text).substr(from, amounts[j - 1].begin - from);
    std::size_t cue = std::string_view::npos;
    for (std::string_view c : kListCues) {
      const std::size_t at = Find(span, c);
      if (at != std::string_view::npos) cue = std::min(cue, from + at);
    }
    // ("含A资金2.76亿元、B资金4.46亿元": 含 opening the sentence lists the parts of what it follows.)
    // (So does 含 after a comma: "下达…资金1766万元，含A资金612.21万元、B资金544.13万元".)
    bool han = false;
    if (StartsWith(span, "含") || StartsWith(span, "包含")) cue = from, han = true;
    for (std::string_view comma_han : {"，含", ",含"}) {
      if (const std::size_t at = Find(span, comma_han); at != std::string_view::npos && from + at < cue) {
        cue = from + at, han = true;
      }
    }
    std::vector<std::size_t> items;
    for (std::size_t k = i; k < j; ++k) {
      const Amount& a = amounts[k];
      if (cue == std::string_view::npos || cue >= a.begin || a.kind != AmountKind::kMoney || !a.unit_stated) continue;
      // ("其中A资金已拨付505.11万元，B资金已拨付496.84万元": each item's spending, its verb after its name.)
      std::string_view full = FullLabel(text, a);
      bool spent = false;
      for (std::string_view verb : {"已拨付", "已支付", "已支出", "已使用"}) {
        if (EndsWith(full, verb) && full.size() > verb.size()) {
          full = TrimSpace(full.substr(0, full.size() - verb.size())), spent = true;
          break;
        }
      }
      std::string_view label = AfterLastLead(full);
      if (han && StartsWith(label, "含")) label.remove_prefix(std::string_view("含").size());
      // ("补助金额", "奖补资金": a short label saying only that it is money names no item.)
      const bool money_only = AtMostCodePoints(label, 4) && EndsWithAny(label, std::array<std::string_view, 3>{"金额", "资金", "经费"});
      if (IsListItemName(label) && !money_only) {
        items.push_back(k), item_names[k] = label, item_spent[k] = spent;
        continue;
      }
      // (A label that names nothing, 补助资金, after the item's name and a comma.)
      const std::string_view recipient =
          money_only ? NameBeforeGenericLabel(text, a, std::max(k > i ? amounts[k - 1].end : cue, cue)) : std::string_view();
      if (!recipient.empty()) items.push_back(k), item_names[k] = recipient;
    }
    // (Items named before their verb come two or more: one alone, "目前项目资金已拨付270万元" after
    // "其中项目管理费3万元", says what the whole spent.)
    const auto spent_items = std::count_if(items.begin(), items.end(), [&](std::size_t k) { return item_spent[k]; });
    if (spent_items == 1) {
      const auto lone = std::find_if(items.begin(), items.end(), [&](std::size_t k) { return item_spent[k]; });
      item_spent[*lone] = false;
      items.erase(lone);
    }
    if (items.size() >= 2) {
      for (std::size_t k : items) listed[k] = true;
      if (j == amounts.size()) cut_item = CutListItem(text, amounts[items.back()]);
    }
    i = j;
  }
  // "分配A剧院演出补助50万元,南陵县文旅体局目连戏50万元,共计100万元": the parts before a total that
  // name projects are a list, each part named by its label, whatever its name ends in.
  for (std::size_t k = 0; k < amounts.size(); ++k) {
    if (sums[k] != SumRole::kPart || listed[k]) continue;
    const std::string_view label = AfterLastLead(FullLabel(text, amounts[k]));
    // (Not what was spent and what is left of it: "共计36,950.00万元,项目实际使用资金19,078.00万元,资金结转….")
    if (IsListItemName(label) && !FundsBySource(label) && !IsGeneric(label) &&
        ClassifyProseLabel(label, AmountKind::kMoney) != ProseRole::kExecuted && !ContainsAny(label, {"结转", "结余", "剩余"})) {
      listed[k] = true, item_names[k] = label;
    }
  }
  // An item of a list its cue opened on a line before: its first figure's label names it.
  // (Unless the item named its project before its figures: "2.种子市场监管经费：…安排预算资金243万元".)
  if (listed_item && !item_named) {
    for (std::size_t k = 0; k < amounts.size(); ++k) {
      const Amount& a = amounts[k];
      if (a.kind != AmountKind::kMoney || !a.unit_stated) continue;
      item_names[k] = AfterLastLead(FullLabel(text, a));
      listed[k] = amounts[k].sentence == amounts[0].sentence && IsListItemName(WithoutMarker(item_names[k]));
      break;
    }
  }
  // Masked figures, each with the project its label names (empty when none): the project is
  // stated though its figure is not, and the figures after it in its sentence are its own.
  std::vector<std::pair<MaskedFigure, std::string_view>> masks;
  if (masked) {
    for (const MaskedFigure& m : MaskedFigures(text)) {
      std::string_view label = m.label;
      for (std::string_view verb : {"到位", "调减", "调增", "全年共", "全年", "共"}) {
        if (EndsWith(label, verb) && CodePointCount(label) > CodePointCount(verb) + 3) {
          label = TrimSpace(label.substr(0, label.size() - verb.size()));
          break;
        }
      }
      std::string_view name = ProjectNameInLabel(label);
      if (name.empty()) {
        // An item of a list after a cue ("其中：退耕还林抚育 点击查看>> 万元").
        const std::size_t from = SentenceStart(text, m.begin);
        const std::string_view before = std::string_view(text).substr(from, m.begin - from);
        const bool cued = std::any_of(kListCues.begin(), kListCues.end(),
                                      [&](std::string_view c) { return Find(before, c) != std::string_view::npos; });
        if (cued && IsListItemName(AfterLastLead(label))) name = AfterLastLead(label);
      }
      if (!name.empty() && !(binder.default_subject() && !EndsAsNamedWork(name))) masks.push_back({m, name});
    }
  }
  std::size_t next_mask = 0;
  auto project_of_mask = [&](std::size_t k) {
    const std::string_view name = masks[k].second;
    return binder.Project(name, {line, static_cast<std::size_t>(name.data() - text.data()), name.size()});
  };
  auto pass_phrases_before = [&](std::size_t offset) {
    for (; next_phrase < phrases.size() && phrases[next_phrase].end <= offset; ++next_phrase) {
      const std::string_view name = phrases[next_phrase].name;
      state.last_project = std::string(name);
      state.last_place = {line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
      state.heading_named_project = false;
    }
  };
  for (std::size_t index = 0; index < amounts.size(); ++index) {
    const Amount& a = amounts[index];
    const bool whole = sums[index] == SumRole::kWhole;  // the whole of parts naming projects
    const std::size_t phrases_before = next_phrase;
    pass_phrases_before(a.begin);
    if (a.sentence != sentence) {
      sentence = a.sentence, subject = base_subject();
      const std::size_t start = sentence_start(a);
      std::size_t end = Find(text, "。", a.begin);
      const std::size_t count_end =
          CountsProjects(std::string_view(text).substr(start, end == std::string::npos ? std::string::npos : end - start));
      count_ends_at = count_end == std::string_view::npos ? count_end : start + count_end;
    } else if (next_phrase > phrases_before && index > 0 && phrases[next_phrase - 1].end > amounts[index - 1].end) {
      // "A项目（预算80万元…），B项目（预算120万元…）": a project named after the sentence's
      // last figure is the subject of the figures that follow it.
      subject = base_subject();
    }
    // "共有5个项目1、A项目:预算…", "涉及3个项目，分别为：（1）A项目：…预算数152.85万元": a project named
    // after the count, its figures after a colon, is the figure's; the count was the list's opening.
    counting = count_ends_at != std::string_view::npos &&
               std::none_of(phrases.begin(), phrases.end(), [&](const NamedProject& p) {
                 const std::string_view after = std::string_view(text).substr(p.end, 3);
                 return p.end > count_ends_at && p.end <= a.begin && (StartsWith(after, ":") || after == "：");
               });
    // "问题：2022年度该项目全年预算192.30万元" in a report of 2023: said of an earlier year, a
    // figure holds only until this year's is stated.
    // (So is one under a column whose header names an earlier year: 存在问题（2022年度）.)
    // (So is a multi-year project's total investment, "项目总投资311.00万元": the year's budget is
    // what was arranged for the year, "2024年度该项目预算安排98.78万元", when the text says it.)
    const std::size_t label_from = a.begin > 18 ? a.begin - 18 : 0;
    // (Only where the text says the project runs over years: 建设期, 跨年度, 累计.)
    const std::string_view label = std::string_view(text).substr(label_from, a.begin - label_from);
    const bool total_investment =
        Find(label, "总投资") != std::string_view::npos && ContainsAny(text, {"建设期", "跨年度", "累计"});
    // (And the budget first asked for, "年初申报预算292.61万元", when the year's, adjusted, follows:
    // "年中经调整，全年预算数为283.51万元".)
    // (On a line of its own too: "年初预算数：147.93万元" over "全年预算数：140.04万元".)
    const bool first_asked = Find(label, "年初") != std::string_view::npos && a.kind == AmountKind::kMoney;
    // (And a figure changed later in its sentence, "上级下达X 363.74万元，后根据实际需求调减81.25万元，全年
    // 实际下达282.49万元": the year's is the one after the change.)
    const auto changed_later = [&] {
      if (a.kind != AmountKind::kMoney) return false;
      bool change = false;
      for (std::size_t k = index + 1; k < amounts.size() && amounts[k].sentence == a.sentence; ++k) {
        const std::string_view before = std::string_view(text).substr(amounts[k - 1].end, amounts[k].begin - amounts[k - 1].end);
        change |= ContainsAny(before, {"调减", "调增", "调整"});
        if (change && amounts[k].kind == AmountKind::kMoney && ContainsAny(before, {"全年实际下达", "调整后", "调整为", "全年预算"})) {
          return true;
        }
      }
      return false;
    };
    // (So is what was spent and its rate by a date before the year's end, and a batch of the funds:
    // "截至6月30日支出…，支出进度35.9%；截至12月31日累计支出…", "下达第一批…，三批合计…，全年累计下达…".)
    const std::string_view clause_before = std::string_view(text).substr(ClauseOpening(text, a.begin), a.begin - ClauseOpening(text, a.begin));
    binder.SetTentative(SaysOfEarlierYear(std::string_view(text).substr(sentence_start(a), a.begin - sentence_start(a)),
                                          binder.evaluation().year) ||
                        SaysOfPartOfYear(clause_before) || SaysOfABatch(a.label) ||
                        SaysOfEarlierYear(row.ColumnHeader(text, a.begin), binder.evaluation().year) || total_investment ||
                        first_asked || changed_later());
    // A masked figure before this one in its sentence names the subject of what follows.
    for (; next_mask < masks.size() && masks[next_mask].first.begin < a.begin; ++next_mask) {
      const std::size_t project = project_of_mask(next_mask);
      if (SentenceStart(text, masks[next_mask].first.begin) == sentence_start(a)) subject = project;
    }
    const Place where{line, a.begin, a.end - a.begin};
    // The whole of the parts listed after it is not the fund or project its own label names.
    bool refers_back = false;  // the words after the figure say it is the last named project's
    // A part of a project's budget ("其中项目管理费3万元") is no project of its own.
    const bool part_of_project = a.parent >= 0 && !listed[index] && budget_of[static_cast<std::size_t>(a.parent)] &&
                                 *budget_of[static_cast<std::size_t>(a.parent)];
    if (a.kind == AmountKind::kMoney && a.unit_stated && !whole && !part_of_project) {
      std::string_view name = ProjectNameInLabel(a.label);
      if (name.empty()) name = ProjectNameInLabel(FullLabel(text, a));
      // "其中支付A 48万元、B 15万元" after "共支付…113万元": the parts of a sum spent are what each
      // item spent (the verb opening the first item is no part of its name).
      bool spent_item = listed[index] && item_spent[index];
      if ((name.empty() || spent_item) && listed[index]) name = WithoutMarker(item_names[index]);
      // ("其中财政补贴应补175.70万元、农户自缴29.20万元": parts of a sum by who pays, no projects.)
      // (Nor is a word of two or three characters, "已拨付补贴" read as a part named 补贴.)
      if (listed[index] && (ContainsAny(name, {"应补", "自缴"}) || CodePointCount(name) < 4)) name = {};
      if (listed[index]) {
        for (std::string_view verb : {"支付", "拨付", "支出", "使用"}) {
          if (StartsWith(name, verb) && CodePointCount(name) >= 4 + 2) name.remove_prefix(verb.size()), spent_item = true;
        }
        // ("…分别为:…,使用补贴资金13.6万元": what was spent of funds named by their kind alone.)
        if (spent_item && IsGeneric(name)) name = {};
        spent_item |= a.parent >= 0 &&
                      ClassifyProseLabel(amounts[static_cast<std::size_t>(a.parent)].label, AmountKind::kMoney) == ProseRole::kExecuted;
      }
      const std::string_view quoted = QuotedNameBefore(text, a);
      if (!quoted.empty()) name = quoted;
      // (Unless the count opens a list of them, the name after it: "项目支出共两个：A全年预算87.10万元，
      // 执行81.20万元；B全年预算…".)
      const bool after_count_colon =
          count_ends_at != std::string_view::npos && name.data() >= text.data() &&
          static_cast<std::size_t>(name.data() - text.data()) >= count_ends_at &&
          ContainsAny(std::string_view(text).substr(count_ends_at, std::min<std::size_t>(6, text.size() - count_ends_at)), {"：", ":"});
      if (counting && !listed[index] && !EndsWith(WithoutTrailingBracket(name), "项目") &&
          !EndsWith(WithoutTrailingBracket(name), "工程") && !(after_count_colon && EndsAsProject(name))) {
        name = {};
      }
      // In a report about one project, funds named by their kind (…衔接资金) are its funds; the
      // parts of a list are funds of their own (其中森林生态效益补偿资金…、森林抚育补贴资金…).
      if (!name.empty() && quoted.empty() && binder.default_subject() && !(listed[index] && !FundsBySource(name)) &&
          !EndsWith(WithoutTrailingBracket(name), "项目") &&
          !EndsWith(WithoutTrailingBracket(name), "工程") && (EndsWith(name, "资金") || EndsWith(name, "经费"))) {
        name = {};
      }
      // "…补助资金200万元，用于A项目": the project it goes to, when the figure names no project of
      // its own and the report is not about one project already.
      if ((name.empty() || !EndsAsNamedWork(name)) && !counting && !listed[index] && !AboutOneProject(binder)) {
        const UsedFor used = UsedForProject(text, a, phrases);
        if (!used.name.empty()) name = used.name;
        refers_back = used.refers_back && name.empty() && !state.last_project.empty();
      }
      if (!name.empty()) {
        const Place name_place{line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
        const std::size_t project = binder.Project(name, name_place);
        const std::string_view before =
            std::string_view(text).substr(a.label_begin, static_cast<std::size_t>(std::max<std::ptrdiff_t>(
                0, name.data() - text.data() - static_cast<std::ptrdiff_t>(a.label_begin))));
        // "免费开放项目支出25.1万元": the project's spending.
        const bool inside = name.data() >= text.data() && name.data() + name.size() <= text.data() + a.begin;
        const std::size_t name_end = inside ? static_cast<std::size_t>(name.data() - text.data()) + name.size() : 0;
        const std::string_view after_name =
            inside ? TrimSpace(std::string_view(text).substr(name_end, a.begin - name_end)) : std::string_view();
        // ("省级拨付我区农机购置补贴资金62万元,中央拨付16万元,…共计84.47万元": a part of the budget
        // built up names the project whose budget the whole is.)
        if (sums[index] == SumRole::kBuildUpPart) {
          subject = project;
          continue;
        }
        if (SpentJustBefore(before) || after_name == "支出" || after_name == "共支出" || after_name == "实际支出" || spent_item) {
          placed |= binder.Executed(project, a.money, where);
        } else {
          placed |= binder.Budget(project, a.money, where);
          if (AllFiscal(amounts, index)) binder.Fiscal(project, a.money, where);
          budget_of[index] = Subject(project);
        }
        subject = project;
        continue;
      }
    }
    // "桂花村美丽乡村项目99.89%" in a sentence about spending: the rate of the project named.
    if (a.kind == AmountKind::kPercent && !spending_unsaid(a)) {
      std::string_view label = FullLabel(text, a);
      for (std::string_view verb : {"资金执行", "执行率", "执行", "支出率", "支付率"}) {
        if (EndsWith(label, verb)) {
          label = TrimSpace(label.substr(0, label.size() - verb.size()));
          break;
        }
      }
      const std::string_view name = ProjectNameInLabel(label);
      if (!name.empty() && (EndsAsNamedWork(name) || NamesKnownProject(binder, name))) {
        const std::size_t project =
            binder.Project(name, {line, static_cast<std::size_t>(name.data() - text.data()), name.size()});
        placed |= binder.Rate(project, a.percent, where);
        continue;
      }
    }
    ProseRole role = RoleInSentence(amounts, a);
    // "年初预算127.43万元，9月调整为140.22万元": what the budget was changed to is the budget.
    if (role == ProseRole::kNone && a.kind == AmountKind::kMoney &&
        EndsWithAny(TrimTrailing(std::string_view(text).substr(0, a.begin), " "), kChangedTo)) {
      role = ProseRole::kBudget;
    }
    // "满意度由上年的92%提升至96.4%": a figure changed to another is the earlier one; the one it
    // changed to is what the label before the first names.
    if (index > 0 && ChangedTo(text, amounts[index - 1], a)) role = ClassifyProseLabel(amounts[index - 1].label, a.kind);
    if (index + 1 < amounts.size() && ChangedTo(text, a, amounts[index + 1])) continue;
    // "预算收入3000万元，其中一般公共预算拨款2800万元": parts of what is no funds to spend are not either.
    // (A whole read as a budget is funds, whatever its name says: 计划生育家庭奖励扶助资金共计…，其中财政拨款….)
    if (a.parent >= 0 && !budget_of[static_cast<std::size_t>(a.parent)] &&
        SpeaksOfOtherThanFunds(amounts[static_cast<std::size_t>(a.parent)].label)) {
      continue;
    }
    // A part of a budget ("预算总额100万元（其中：财政拨款80万元，其他资金20万元）", "其中基本支出…")
    // is that budget's fiscal or other part, never a budget or spending of its own.
    if (a.parent >= 0 && a.kind == AmountKind::kMoney && budget_of[static_cast<std::size_t>(a.parent)]) {
      const Subject owner = *budget_of[static_cast<std::size_t>(a.parent)];
      const FigureSlot slot = ClassifyLabel(a.label, a.kind);
      if (slot == FigureSlot::kFiscal) {
        placed |= binder.Fiscal(owner, a.money, where);
        continue;
      }
      if (slot == FigureSlot::kOther) {
        placed |= binder.Other(owner, a.money, where);
        continue;
      }
      if (role != ProseRole::kExecuted || slot == FigureSlot::kExpenseType || slot == FigureSlot::kEconomicClass) continue;
    }
    if (role == ProseRole::kNone || (a.kind == AmountKind::kMoney && !a.unit_stated)) continue;
    // "下达资金922万元，追加下达700万元，合计1622万元": the total is the budget, not its first part.
    // (Unless the whole is no budget: "总保费204.90万元，其中财政补贴应补175.70万元、农户自缴…" — the
    // premium is not the funds; the subsidy due is.)
    if (sums[index] == SumRole::kBuildUpPart && (role == ProseRole::kBudget || role == ProseRole::kExecuted) &&
        (a.parent < 0 ||
         ClassifyProseLabel(amounts[static_cast<std::size_t>(a.parent)].label, AmountKind::kMoney) != ProseRole::kNone)) {
      continue;
    }
    // "满意程度≧90%", "支出进度不低于95%": a target set, not a rate or satisfaction reached.
    if (a.kind == AmountKind::kPercent && EndsWithAny(a.label, kTargetWords)) continue;
    if (whole) subject = base_subject();  // not the project a part named
    // "年初预算50万元，调整后预算60万元": the budget is the adjusted one stated after it.
    if (role == ProseRole::kBudget && Find(a.label, "年初") != std::string_view::npos &&
        AdjustedBudgetFollows(text, amounts, index)) {
      continue;
    }
    // "①森林防火专业队能力建设补助购买森林防火物资支付21万元": an item of a list (after ① or a
    // semicolon) opening with the name of a project met before is about it.
    // (The report's own subject, a fund, gives way to the project of the item.)
    if ((!subject || subject == binder.default_subject()) && !counting && !whole) {
      if (const Subject item = binder.Opening(WithoutLostItemNumber(TrimSpace(ItemBefore(text, a.begin))))) subject = item;
    }
    // "…共实施项目十二个：（1）脱贫户小额信贷财政贴息，投入77.22万元；（2）…": in a report about a fund,
    // a project named between the figure before and this one is the figure's.
    if (subject && subject == binder.default_subject() && !counting && !whole && next_phrase > 0 && !listed[index]) {
      const NamedProject& p = phrases[next_phrase - 1];
      const std::size_t named_at = static_cast<std::size_t>(p.name.data() - text.data());
      const std::size_t previous_end = index > 0 ? amounts[index - 1].end : 0;
      // (The name closed by a comma or colon: not one going on into the fund's own name,
      // "…服务项目州级补助资金2.00万元".)
      const std::string_view between = p.end <= a.begin ? TrimSpace(std::string_view(text).substr(p.end, a.begin - p.end))
                                                         : std::string_view();
      const bool closed = StartsWith(between, "，") || StartsWith(between, "：") || StartsWith(between, ",") ||
                          StartsWith(between, ":");
      if (named_at >= previous_end && p.end <= a.begin && a.begin - p.end <= 3 * 12 && closed) {
        subject = binder.Project(p.name, {line, named_at, p.name.size()});
      }
    }
    // A sentence that names a project before its figures is about that project.
    if (refers_back && !subject) subject = named_project();
    const std::size_t named_before = whole ? a.label_begin : a.begin;
    if (!subject && !counting && next_phrase > 0 && phrases[next_phrase - 1].end > sentence_start(a) &&
        phrases[next_phrase - 1].end <= named_before) {
      subject = named_project();
    }
    if (SpeaksOfProject(a.label) && !subject && !counting && !whole) subject = named_project();
    // "该项目…已拨付资金100.6万元": a sentence that refers back to the project just named.
    if (!subject && !counting && RefersBack(std::string_view(text).substr(sentence_start(a), a.begin - sentence_start(a)))) {
      subject = named_project();
    }
    // "该项目全年预算数131.58万元，其中…；全年执行数108.19万元": a clause after a semicolon goes on
    // with the sentence's subject.
    if (!subject && !counting && sentence_start(a) > 0) {
      const std::size_t stop = text.rfind("。", sentence_start(a) - 1);
      const std::size_t from = stop == std::string::npos ? 0 : stop + std::string_view("。").size();
      if (from < sentence_start(a) && RefersBack(std::string_view(text).substr(from, sentence_start(a) - from))) {
        subject = named_project();
      }
    }
    // Figures under a heading that names a project ("（一）办公楼维修项目") are that project's.
    if (!subject && !counting && !whole && state.project_heading_level > 0) subject = named_project();
    // "项目支出总额656.93万元", "本级项目支出385.58万元" said of no one project: the projects' share
    // of a department's money, not its whole (全年执行数 comes later).
    if (!subject && role != ProseRole::kRate && Find(a.label, "项目支出") != std::string_view::npos) continue;
    // "对下转移支付0万元", "涉及资金0万元": nothing spent on something, never a department's total.
    if (!subject && a.kind == AmountKind::kMoney && a.money == Money{}) continue;
    // "2019年“三公”经费决算为0.18万元": the running costs the sentence is about, no department total.
    if (!subject && role != ProseRole::kRate &&
        NamesRunningCost(std::string_view(text).substr(sentence_start(a), a.begin - sentence_start(a)))) {
      continue;
    }
    switch (role) {
      case ProseRole::kBudget:
        // "其他资金来源21.31万元" said alone: a part of the funds by its source, no budget's whole.
        if (ClassifyLabel(a.label, a.kind) == FigureSlot::kOther) break;
        placed |= binder.Budget(subject, a.money, where);
        budget_of[index] = subject;
        if (AllFiscal(amounts, index)) binder.Fiscal(subject, a.money, where);
        break;
      case ProseRole::kExecuted: placed |= binder.Executed(subject, a.money, where); break;
      case ProseRole::kRate: placed |= binder.Rate(subject, a.percent, where); break;
      case ProseRole::kSatisfaction:
        // Only a project the report has already met gets a satisfaction (the sentence's, or the
        // one named earlier on the same line); never above 100%.
        if (!subject && !counting && next_phrase > 0) subject = named_project();
        if (subject && a.percent <= Percent::FromUnits(10000)) placed |= binder.Satisfaction(*subject, a.percent, where);
        break;
      case ProseRole::kNone: break;
    }
  }
  binder.SetTentative(false);
  for (; next_mask < masks.size(); ++next_mask) project_of_mask(next_mask), placed = true;
  pass_phrases_before(text.size());  // a heading that names a project has no figures
  if (!cut_item.empty()) {
    binder.Project(cut_item, {line, static_cast<std::size_t>(cut_item.data() - text.data()), cut_item.size()});
    placed = true;
  }
  if (!binder.default_subject() && quoted_list) {
    for (std::string_view name : QuotedNamesBeforeEtc(text)) {
      binder.Project(name, {line, static_cast<std::size_t>(name.data() - text.data()), name.size()});
      placed = true;
    }
  }
  // The indicators the line's project had before the line (what the line states of them reached
  // may fill them below; the ones it adds are its own statements).
  const Subject project_before_indicators =
      binder.default_subject() ? binder.default_subject() : state.last_project.empty() ? Subject{} : binder.Find(state.last_project);
  const std::size_t indicators_before =
      project_before_indicators ? binder.evaluation().projects[*project_before_indicators].indicators.size() : 0;
  // Indicators stated in sentences belong to the project the text is about.
  // (In an analysis of what the indicators reached, a level's line lists what was reached: a
  // figure no sign marks as aimed at is the one reached.)
  const bool level_reached = state.indicator_section_level > 0 && AfterLevel(TrimSpace(after_marker)) != std::string_view::npos;
  if ((digits && (Find(text, "实际") != std::string::npos || Find(text, "指标") != std::string::npos ||
                  Find(text, "目标") != std::string::npos || Find(text, "→") != std::string::npos)) ||
      bracketed_target || tiers_said) {
    // (In a report of one project, one a table named, indicators said without naming it are its.)
    // (A line opening with a name set apart, as a row's first cell, states its project's indicators.)
    Subject project = !row_name.empty() ? row_project : named_project();
    if (!project && binder.evaluation().projects.size() == 1) project = 0;
    // (A line naming projects one after another, "（1）A项目：…；（2）B经费：…", states each one's
    // indicators after its name.)
    // (Before the line's first name, the project named before the line.)
    const auto project_at = [&](std::size_t offset) -> Subject {
      if (phrases.empty() || binder.default_subject()) return project;
      const NamedProject* last = nullptr;
      for (const NamedProject& p : phrases) {
        if (p.end <= offset) last = &p;
      }
      const Subject named = last                           ? binder.Find(last->name)
                            : !project_before_line.empty() ? binder.Find(project_before_line)
                                                           : Subject{};
      return named ? named : project;
    };
    for (ProseIndicator& item : ReadProseIndicators(text)) {
      if (!project) break;
      const Subject own = !row_name.empty() ? row_project : project_at(item.offset);
      // ("玉米种植保险　承保面积计划3.07万亩": the line's opening name is no part of the indicator's.)
      if (!row_name.empty() && StartsWith(item.indicator.name, row_name)) {
        std::string_view rest = std::string_view(item.indicator.name).substr(row_name.size());
        while (StartsWith(rest, "\u3000") || StartsWith(rest, " ")) rest.remove_prefix(StartsWith(rest, " ") ? 1 : 3);
        const std::size_t cut = item.indicator.name.size() - rest.size();
        if (!rest.empty()) item.indicator.name = std::string(rest), item.offset += cut, item.length -= std::min(item.length, cut);
      }
      if (IsMoneyStatement(item.indicator)) continue;
      if (Indicator& i = item.indicator; level_reached && !i.actual && !i.actual_text && !i.comparator) {
        i.actual = i.target, i.actual_text = i.target_text;
        i.target.reset(), i.target_text.reset();
      }
      // "学员满意度目标≥90%，实际完成96%": the satisfaction stated is the one reached.
      if (Find(item.indicator.name, "满意") != std::string::npos && item.indicator.actual && item.indicator.unit == "%" &&
          *item.indicator.actual <= Quantity::FromWhole(100)) {
        binder.Satisfaction(*own, Percent::FromUnits(item.indicator.actual->units() / 100),
                            {line, item.offset, item.length});
      }
      add_new_indicator(*own, std::move(item.indicator), {line, item.offset, item.length});
      placed = true;
    }
  }
  // "（一）检验仪器设备购置。购置检验仪器台套21台套；仪器设备验收合格率达到96.4%": a results section
  // telling what each indicator reached, by its name, after a goals section stated its target.
  // (Only a project met already: naming one creates it.)
  if (digits) {
    const Subject project = binder.default_subject() ? binder.default_subject()
                            : state.last_project.empty() ? Subject{} : binder.Find(state.last_project);
    if (project && !binder.evaluation().projects[*project].indicators.empty()) {
      const std::string_view said = WithoutMarker(TrimSpace(text));
      for (ProseIndicator& item : ReadAchievedClauses(said)) {
        const Indicator& reached = item.indicator;
        if (!reached.actual && !reached.actual_text) continue;
        const auto& known = binder.evaluation().projects[*project].indicators;
        const std::size_t stated_before = project == project_before_indicators ? indicators_before : known.size();
        for (std::size_t k = 0; k < stated_before; ++k) {
          const Indicator& aimed = known[k];
          if ((!aimed.target && !aimed.target_text) || aimed.actual || aimed.actual_text) continue;
          if (!SameIndicatorName(aimed.name, reached.name) || (aimed.unit && reached.unit && aimed.unit != reached.unit)) continue;
          const std::size_t offset = static_cast<std::size_t>(said.data() - text.data()) + item.offset;
          placed |= binder.Reached(*project, k, reached, {line, offset, item.length});
          break;
        }
      }
    }
  }
  // "各项指标得分：开展风险排查次数25分、风险排查覆盖率23.73分…": the points each indicator stated
  // before earned, listed by name.
  if (digits && Contains(text, "得分")) {
    const std::size_t cue = Find(text, "得分");
    // (The project is the one named on the line before when it names one: "经自评，X得分97.86分" over its
    // indicators' points.)
    Subject project = binder.default_subject() ? binder.default_subject()
                      : state.last_project.empty() ? Subject{} : binder.Find(state.last_project);
    if (line > 0 && !binder.default_subject()) {
      const std::string_view before = document.lines[line - 1].text;
      std::size_t longest = 0;
      for (std::size_t p = 0; p < binder.evaluation().projects.size(); ++p) {
        const std::string& name = binder.evaluation().projects[p].name;
        if (name.size() > longest && CodePointCount(name) >= 4 && Contains(before, name)) project = p, longest = name.size();
      }
    }
    std::size_t from = cue + std::string_view("得分").size();
    if (text.compare(from, 3, "：") == 0) from += 3;
    else if (text.compare(from, 1, ":") == 0) from += 1;
    else from = std::string_view::npos;  // (only a list after 得分 and its colon)
    for (std::size_t at = from; project && at != std::string_view::npos && at < text.size();) {
      std::size_t end = at;
      while (end < text.size() && text.compare(end, 3, "、") != 0 && text.compare(end, 3, "；") != 0 &&
             text.compare(end, 3, "，") != 0 && text.compare(end, 3, "。") != 0 && text[end] != ',' && text[end] != ';') {
        ++end;
      }
      const std::string_view item = TrimSpace(std::string_view(text).substr(at, end - at));
      // "开展风险排查次数25分": the name, then its points.
      const std::size_t digit = item.find_first_of("0123456789");
      if (digit != std::string_view::npos && digit > 0 && EndsWith(item, "分")) {
        const std::string_view name = TrimSpace(item.substr(0, digit));
        const auto points = ParseFixed<Points>(TrimSpace(item.substr(digit, item.size() - digit - std::string_view("分").size())));
        const auto& known = binder.evaluation().projects[*project].indicators;
        for (std::size_t k = 0; points && k < known.size(); ++k) {
          if (!SameIndicatorName(known[k].name, name) && known[k].name != name) continue;
          placed |= binder.Scored(*project, k, *points,
                                  {line, static_cast<std::size_t>(item.data() - text.data()) + digit, item.size() - digit});
          break;
        }
      }
      at = end >= text.size() ? std::string_view::npos : end + (text[end] == ',' || text[end] == ';' ? 1 : 3);
    }
  }
  // A numbered heading that is not a section or a field ("（1）资金使用情况：") names the
  // project of the lines under it ("9.《黔南州生产矿山实测抽查报告》编制项目").
  // A line of an analysis of indicators naming one ("开展工作督导：…共4次。").
  if (state.indicator_section_level > 0 && !heading.found()) {
    const Subject project = named_project();
    if (std::optional<ProseIndicator> item = project ? NamedIndicatorLine(text) : std::nullopt) {
      placed |= add_new_indicator(*project, std::move(item->indicator), {line, item->offset, item->length});
    }
  }
  // "（1）培训中小学教师" / "年度目标≥5680人次，全年实际完成5750人次": under a heading naming an
  // indicator, the lines state its figures without its name.
  if (state.indicator_section_level > 0 && !heading.found() && digits && !state.indicator_heading.empty()) {
    const Subject project = named_project();
    const std::string named = state.indicator_heading + "：" + std::string(TrimSpace(text));
    const std::size_t lead = state.indicator_heading.size() + std::string_view("：").size();
    const std::size_t trimmed_at = static_cast<std::size_t>(TrimSpace(text).data() - text.data());
    for (ProseIndicator& item : project ? ReadProseIndicators(named) : std::vector<ProseIndicator>{}) {
      if (item.indicator.name != state.indicator_heading || IsMoneyStatement(item.indicator)) continue;
      if (!item.indicator.actual && !item.indicator.actual_text) continue;
      placed |= add_new_indicator(*project, std::move(item.indicator),
                                  item.offset < lead ? state.indicator_heading_place
                                                     : Place{line, trimmed_at + item.offset - lead, item.length});
      state.indicator_heading.clear();
    }
  }
  // Anywhere else in a report about one project: a target and what was reached, each said so
  // ("任务数为115户,实际完成…264户").
  if (state.indicator_section_level == 0 && digits && binder.default_subject()) {
    for (ProseIndicator& item : ReadTargetReachedPairs(text)) {
      placed |= add_new_indicator(*binder.default_subject(), std::move(item.indicator), {line, item.offset, item.length});
    }
  }
  // In that analysis, what each indicator of a level reached, on the level's line or the next
  // ("1.数量指标。该项目处治里程8公里，完成工程量波型护栏1820米。").
  if (state.indicator_section_level > 0) {
    const std::string_view body = TrimSpace(after_marker);
    const std::size_t after = AfterLevel(body);
    const bool alone = after != std::string_view::npos && after >= body.size();
    const bool under_level = after == std::string_view::npos && state.level_line && *state.level_line + 1 == line;
    if (alone) state.level_line = line;
    const Subject project = digits && !alone && (after != std::string_view::npos || under_level) ? named_project() : Subject{};
    if (project) {
      const std::string_view said = under_level ? body : body.substr(after);
      for (ProseIndicator& item : ReadAchievedClauses(said)) {
        if (IsMoneyStatement(item.indicator)) continue;
        const std::size_t offset = static_cast<std::size_t>(said.data() - text.data()) + item.offset;
        placed |= add_new_indicator(*project, std::move(item.indicator), {line, offset, item.length});
      }
    }
  }
  if (const HeadingMarker& marker = heading; marker.found()) {
    const std::string_view body = after_marker;
    // (A heading below the analysis's, a short name and nothing else: an indicator's.)
    state.indicator_heading.clear();
    if (state.indicator_section_level > 0 && marker.level > state.indicator_section_level) {
      const std::string_view name = TrimSpace(body);
      const std::size_t chars = CodePointCount(name);
      if (chars >= 2 && chars <= 20 && AfterLevel(name) == std::string_view::npos &&
          name.find_first_of("0123456789") == std::string_view::npos &&
          !ContainsAny(name, {"情况", "分析", "指标", "，", "。", "：", ":", "；"})) {
        state.indicator_heading = std::string(name);
        state.indicator_heading_place = {line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
      }
    }
    if (Find(body, "指标") != std::string_view::npos && ContainsAny(body, {"完成情况", "分析"})) {
      if (state.indicator_section_level == 0 || marker.level < state.indicator_section_level) {
        state.indicator_section_level = marker.level;
      }
    } else if (marker.level <= state.indicator_section_level && Find(body, "指标") == std::string_view::npos) {
      state.indicator_section_level = 0;
    }
  }
  // (A heading's own number, "1." in "1.山洪灾害防治…", is no figure of it.)
  const std::string_view heading_body = heading.found() ? after_marker : std::string_view{};
  const bool figures_in_body = std::any_of(amounts.begin(), amounts.end(), [&](const Amount& a) {
    return a.begin >= static_cast<std::size_t>(heading_body.data() - text.data());
  });
  if (const HeadingMarker& marker = heading; marker.found() && !figures_in_body) {
    const std::string_view body = heading_body;
    // "（二）山洪灾害防治非工程措施运行维护" after "（一）农村饮水安全巩固提升工程": a heading of the
    // level of the one that named the last project is the next project, unless it closes on a
    // section's words (（三）存在的问题, （三）下一步改进措施).
    const bool sibling = marker.level == state.project_heading_level && IsSiblingProjectHeading(body);
    // "1.山洪灾害防治非工程措施运行维护" after a table listing it: a heading naming a project met before.
    const bool met = NamesKnownProject(binder, body);
    if (IsTitleLike(body) && marker.level <= state.project_heading_level) state.project_heading_level = 0;
    // (A bullet sets off any item, "• 发布日期" too: it heads a project only by a project's own words.)
    // (Worked out only where it decides: the title-like heading of no sibling or known project.)
    const auto heads = [&] {
      return marker.level == kBullet ? EndsAsNamedWork(body) || NamesOwnFund(body) : IsProjectHeading(body);
    };
    if (IsTitleLike(body) && (sibling || met || heads())) {
      state.last_project = std::string(body);
      state.last_place = {line, static_cast<std::size_t>(body.data() - text.data()), body.size()};
      // ("（一）孤儿及事实无人抚养儿童参保资助" in a report about a fund: a category of what it pays
      // for, ending as a subsidy does, heads that category's figures.)
      const bool fund_category = binder.default_subject() &&
                                 NamesAFund(binder.evaluation().projects[*binder.default_subject()].name) && EndsAsProject(body);
      if (sibling || met || EndsAsNamedWork(body) || NamesOwnFund(body) || fund_category) {
        state.project_heading_level = marker.level;
        state.heading_named_project = true;
      }
    }
  }
  return placed;
}

}  // namespace jixiao::parse
