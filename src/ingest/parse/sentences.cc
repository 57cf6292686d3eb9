#include "ingest/parse/sentences.h"

#include <array>

#include "ingest/parse/amounts.h"
#include "ingest/parse/lexicon.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

// Words that lead to a name in an enumeration; the name starts after the last one.
constexpr std::array<std::string_view, 22> kLeads = {
    "：", ":", "具体是", "具体包括", "包括", "分别支持", "分别用于", "分别为", "分别是", "分别", "支持",
    "用于", "其中", "一是", "二是", "三是", "四是", "五是", "项目是", "主要是", "安排", "即"};
// How a project's name ends.
const KeywordSet kProjectEnds = {"项目", "工程", "经费", "补助", "补贴", "资金", "建设", "整治", "改造", "修缮",
                                 "保护", "服务", "维修", "运维费", "服务费", "管理费", "工作费", "专项"};
// Words that make a label a sentence about money rather than a name.
const KeywordSet kNotName = {"下达", "拨付", "支出", "执行", "预算", "共计", "合计", "总额", "到位", "使用",
                             "完成", "争取", "获得", "收到", "涉及", "投入", "累计", "其中", "年度资金"};
// Names that stand for "the funds" in general, not one project.
constexpr std::array<std::string_view, 12> kGeneric = {"项目", "项目资金", "项目经费", "该项目", "本项目",
                                                        "资金", "专项资金", "项目支出", "预算项目经费",
                                                        "财政资金", "补助资金", "衔接资金"};
// Places and bodies: allocations to them are not projects.
constexpr std::array<std::string_view, 14> kPlaceEnds = {"市", "县", "区", "州", "单位", "局", "处", "乡",
                                                          "镇", "村", "馆", "中心", "公司", "厅"};

std::string_view AfterLastLead(std::string_view label) {
  bool moved = true;
  while (moved) {
    moved = false;
    for (std::string_view lead : kLeads) {
      const std::size_t at = label.rfind(lead);
      if (at != std::string_view::npos && (lead == "：" || lead == ":" || at == 0)) {
        label.remove_prefix(at + lead.size());
        moved = true;
      }
    }
    label = TrimSpace(label);
  }
  return label;
}

bool EndsWithAny(std::string_view text, const auto& ends) {
  for (std::string_view end : ends) {
    if (EndsWith(text, end)) return true;
  }
  return false;
}

std::size_t CodePointCount(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string_view ProjectNameInLabel(std::string_view label) {
  std::string_view name = AfterLastLead(label);
  if (CodePointCount(name) < 4 || CodePointCount(name) > 60) return {};
  for (std::string_view generic : kGeneric) {
    if (name == generic) return {};
  }
  if (kNotName.In(name) || EndsWithAny(name, kPlaceEnds)) return {};
  // The name must end as a project does ("…工程项目", "…运维费", "…补助资金").
  std::size_t length = 0;
  std::size_t at = kProjectEnds.Find(name, 0, &length);
  bool ends = false;
  while (at != std::string_view::npos) {
    if (at + length == name.size()) ends = true;
    at = kProjectEnds.Find(name, at + 1, &length);
  }
  return ends ? name : std::string_view{};
}

bool ReadSentenceFigures(const TextDocument& document, std::size_t line, Binder& binder) {
  const std::string& text = document.lines[line].text;
  const std::vector<Amount> amounts = ScanAmounts(text);
  bool placed = false;
  Subject sentence_subject = binder.default_subject();
  int sentence = -1;
  for (const Amount& a : amounts) {
    if (a.sentence != sentence) sentence = a.sentence, sentence_subject = binder.default_subject();
    const Place where{line, a.begin, a.end - a.begin};
    if (a.kind == AmountKind::kMoney) {
      const std::string_view name = ProjectNameInLabel(a.label);
      if (!name.empty() && a.unit_stated) {
        const Place name_place{line, static_cast<std::size_t>(name.data() - text.data()), name.size()};
        const std::size_t project = binder.Project(name, name_place);
        placed |= binder.Budget(project, a.money, where);
        sentence_subject = project;
        continue;
      }
    }
    switch (ClassifyProseLabel(a.label, a.kind)) {
      case ProseRole::kBudget:
        if (a.unit_stated) placed |= binder.Budget(sentence_subject, a.money, where);
        break;
      case ProseRole::kExecuted:
        if (a.unit_stated) placed |= binder.Executed(sentence_subject, a.money, where);
        break;
      case ProseRole::kRate:
        placed |= binder.Rate(sentence_subject, a.percent, where);
        break;
      case ProseRole::kSatisfaction:
        if (sentence_subject) placed |= binder.Satisfaction(*sentence_subject, a.percent, where);
        break;
      case ProseRole::kNone:
        break;
    }
  }
  return placed;
}

}  // namespace jixiao::parse
