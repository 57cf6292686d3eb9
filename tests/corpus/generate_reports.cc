// The generated corpus: evaluations made from a seed (no clock, no std::random_device), each
// written in several layouts — by Jixiao's own writers (the report service) and as departments
// write them (prose sentences, a 项目支出绩效自评表 per project, a department summary table,
// the self-evaluation tables flattened into text) — with, beside every file, the expected
// document (tests/corpus/FORMAT-expected.md) of what that layout states. corpus_score
// --generated DIR scores them. The table layouts are written as HTML into DIR/html/;
// tests/corpus/tables/convert.sh DIR DIR/html makes their DOCX and PDF.
//
// generate_reports OUTDIR [--count N] [--seed S]
// Exit status 0 when every file was written, 1 when the service refused an evaluation, 2 on
// bad arguments or an unwritable directory.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/evaluation.h"
#include "core/fixed.h"
#include "core/money.h"
#include "format/evaluation_json.h"
#include "service/report_service.h"

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace jixiao {
namespace {

// splitmix64: the same numbers on every platform and standard library.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int64_t Between(int64_t low, int64_t high) {  // inclusive
    return low + static_cast<int64_t>(Next() % static_cast<uint64_t>(high - low + 1));
  }
  bool Chance(int percent) { return Between(1, 100) <= percent; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(Between(0, static_cast<int64_t>(items.size()) - 1))];
  }

 private:
  uint64_t state_;
};

// ---------------------------------------------------------------------------------------------
// What a generated report is about.

struct GenIndicator {
  std::string level1, level2, name;
  std::string comparator;  // "≥", "≤", "=" or "" (qualitative)
  std::string unit;        // "个", "%", "万元", "天", or "" (qualitative)
  int64_t target = 0;      // Quantity units (1/10000)
  int64_t actual = 0;
  std::string target_text, actual_text;  // qualitative tiers
  int64_t weight = 0;                    // Points units (1/100)
  int64_t score = 0;
  std::string reason;
};

struct GenProject {
  std::string name;
  Money initial, budget, executed;
  std::optional<Money> fiscal, other;
  std::optional<Percent> rate;          // stated execution rate
  std::optional<Percent> satisfaction;  // stated satisfaction (the satisfaction indicator's actual)
  std::vector<GenIndicator> indicators;
};

struct GenReport {
  std::string id, unit, title;
  int year = 2023;
  MoneyUnit money_unit = MoneyUnit::kWan;
  std::optional<Money> dept_budget, dept_executed;
  std::optional<Percent> dept_rate;
  std::vector<GenProject> projects;
  int variant = 0;        // which header words (and prose phrasing for the first four)
  int prose_variant = 0;  // which prose phrasing: 0-3 as `variant`, 4-5 two more
};

const std::vector<std::string> kPlaces = {"青川县", "柳河县", "安平区", "石门县", "新和市", "东兴区",
                                          "永宁县", "平山县", "南溪区", "白云县", "清河市", "桃源县"};
const std::vector<std::string> kUnits = {"农业农村局", "教育局", "卫生健康委员会", "交通运输局", "水利局",
                                         "民政局", "文化和旅游局", "住房和城乡建设局", "生态环境局",
                                         "自然资源局", "人力资源和社会保障局", "应急管理局"};
const std::vector<std::string> kSubjects = {
    "乡村道路养护", "农村饮水安全巩固提升", "学生营养改善计划", "城区绿化养护", "森林防火能力建设",
    "基层医疗卫生机构运行补助", "文物保护修缮", "河道清淤整治", "公共文化服务体系建设", "就业创业补贴",
    "残疾人两项补贴", "高标准农田建设", "城市公共照明运维", "生活垃圾分类处理", "食品安全抽检",
    "退役军人优抚", "政务信息化系统运维", "老年人助餐服务", "中小学校舍维修", "动物疫病防控",
    "农村危房改造", "地质灾害防治", "社区矫正管理", "全民健身设施建设", "水土保持综合治理"};
const std::vector<std::string> kSuffixes = {"项目", "经费", "专项资金", "补助资金", "工程"};

// A whole number of `grain` fen between low and high 元.
Money Amount(Rng& rng, int64_t low_yuan, int64_t high_yuan, int64_t grain) {
  const int64_t fen = rng.Between(low_yuan * 100, high_yuan * 100);
  return Money::FromUnits(std::max<int64_t>(grain, fen / grain * grain));
}

// A part of `whole` between low and high percent, on the same grain.
Money Part(Rng& rng, Money whole, int low, int high, int64_t grain) {
  const int64_t per_ten_thousand = rng.Between(low * 100, high * 100);
  const int64_t fen = static_cast<int64_t>(static_cast<Int128>(whole.units()) * per_ten_thousand / 10000);
  return Money::FromUnits(fen / grain * grain);
}

GenIndicator MakeIndicator(Rng& rng, int kind, int64_t weight) {
  GenIndicator i;
  i.weight = weight * 100;
  auto whole = [](int64_t n) { return n * 10000; };
  switch (kind) {
    case 0:
      i = {"产出指标", "数量指标", rng.Pick(std::vector<std::string>{"新建设施数量", "覆盖行政村数量", "开展培训期数",
                                                                      "完成维修点位数"}),
           "≥", "个", 0, 0, "", "", i.weight, 0, ""};
      i.target = whole(rng.Between(5, 300));
      i.actual = i.target + whole(rng.Between(-2, 12));
      break;
    case 1:
      i = {"产出指标", "质量指标", rng.Pick(std::vector<std::string>{"验收合格率", "工程质量达标率", "资金拨付准确率"}),
           rng.Chance(50) ? "≥" : "=", "%", 0, 0, "", "", i.weight, 0, ""};
      i.target = i.comparator == "=" ? whole(100) : whole(rng.Between(85, 98));
      i.actual = i.comparator == "=" ? whole(100) : i.target + rng.Between(0, 200) * 100;
      break;
    case 2:
      i = {"产出指标", "时效指标", rng.Pick(std::vector<std::string>{"项目完成时限", "资金拨付时限", "问题整改时限"}),
           "≤", "天", 0, 0, "", "", i.weight, 0, ""};
      i.target = whole(rng.Between(15, 365));
      i.actual = i.target - whole(rng.Between(0, 10));
      break;
    case 3:
      i = {"成本指标", "经济成本指标", rng.Pick(std::vector<std::string>{"项目总成本", "单位建设成本", "运维成本控制"}),
           "≤", "万元", 0, 0, "", "", i.weight, 0, ""};
      i.target = rng.Between(50, 9000) * 100;  // 0.5 .. 90 万元, two decimals
      i.actual = i.target - rng.Between(0, 40) * 100;
      break;
    case 4:
      i = {"效益指标", "社会效益指标", rng.Pick(std::vector<std::string>{"群众生活条件改善", "公共服务水平提升"}),
           "", "", 0, 0, "", "", i.weight, 0, ""};
      i.target_text = rng.Pick(std::vector<std::string>{"有效改善", "明显提升", "达到预期"});
      i.actual_text = i.target_text;
      break;
    default:
      i = {"满意度指标", "服务对象满意度指标", rng.Pick(std::vector<std::string>{"受益群众满意度", "服务对象满意度"}),
           "≥", "%", 0, 0, "", "", i.weight, 0, ""};
      i.target = whole(rng.Between(85, 95));
      i.actual = std::min(i.target + rng.Between(0, 80) * 1000, whole(100));  // one decimal, at most 100%
      break;
  }
  const bool met = i.comparator == "≤" ? i.actual <= i.target : i.actual >= i.target;
  // Unmet, the points in proportion to what was reached (DOMAIN.md), as the forms score it.
  const bool less = i.comparator == "≤";
  if (met || i.unit.empty()) {
    i.score = i.weight;
  } else {
    i.score = ScalePoints(Points::FromUnits(i.weight), less ? i.target : i.actual, less ? i.actual : i.target).units();
  }
  if (!met) i.reason = "受天气和工期影响，部分任务延后";
  return i;
}

GenProject MakeProject(Rng& rng, const std::string& name, int64_t grain, bool split, bool state_rate) {
  GenProject p;
  p.name = name;
  p.budget = Amount(rng, 30000, 30000000, grain);
  p.initial = rng.Chance(70) ? p.budget : Part(rng, p.budget, 70, 99, grain);
  p.executed = rng.Chance(20) ? p.budget : Part(rng, p.budget, 60, 99, grain);
  if (split) {
    p.fiscal = Part(rng, p.budget, 50, 95, grain);
    p.other = p.budget - *p.fiscal;
  }
  if (state_rate) p.rate = PercentOf(p.executed, p.budget);
  // 产出 (数量, 质量, 时效), 成本, 效益, 满意度 — weights adding up to 90 (10 are the funds').
  std::vector<int> kinds = {0, 1, 2, 3, 4, 5};
  if (rng.Chance(30)) kinds = {0, 1, 5};
  if (rng.Chance(15)) kinds = {0, 2, 3, 4};
  const int64_t weight = 90 / static_cast<int64_t>(kinds.size());
  for (int kind : kinds) p.indicators.push_back(MakeIndicator(rng, kind, weight));
  for (const GenIndicator& i : p.indicators) {
    if (i.level1 == "满意度指标") p.satisfaction = Percent::FromUnits(i.actual / 100);
  }
  return p;
}

GenReport MakeReport(Rng& rng, int index) {
  GenReport r;
  char id[16];
  std::snprintf(id, sizeof id, "gen-%02d", index);
  r.id = id;
  r.year = static_cast<int>(rng.Between(2019, 2024));
  // Drawn one statement at a time: the operands of + are unsequenced, and GCC and Clang order
  // them differently (the corpus must not depend on the compiler). This is the order GCC took.
  const std::string& unit = rng.Pick(kUnits);
  r.unit = rng.Pick(kPlaces) + unit;
  r.variant = index % 4;
  r.prose_variant = index % 7;
  r.money_unit = rng.Chance(40) ? MoneyUnit::kYuan : MoneyUnit::kWan;
  // The grain of the amounts: 万元 with 2, 4 or 6 decimals; 元 with or without fen.
  const int64_t grain = r.money_unit == MoneyUnit::kWan ? rng.Pick(std::vector<int64_t>{10000, 100, 1})
                                                        : rng.Pick(std::vector<int64_t>{100, 1});
  const int count = index % 3 == 0 ? 1 : index % 3 == 1 ? 3 : 12;
  const bool split = rng.Chance(60);
  const bool state_rate = rng.Chance(75);
  std::vector<std::string> used;
  for (int n = 0; n < count; ++n) {
    std::string name;
    do {
      const std::string& suffix = rng.Pick(kSuffixes);
      name = rng.Pick(kSubjects) + suffix;
    } while (std::find(used.begin(), used.end(), name) != used.end() ||
             std::any_of(used.begin(), used.end(), [&](const std::string& u) { return u.substr(0, 9) == name.substr(0, 9); }));
    used.push_back(name);
    r.projects.push_back(MakeProject(rng, name, grain, split, state_rate));
  }
  if (count == 1) {
    r.title = r.unit + std::to_string(r.year) + "年度" + r.projects[0].name + "绩效自评报告";
  } else {
    Money budget, executed;
    for (const GenProject& p : r.projects) budget += p.budget, executed += p.executed;
    if (rng.Chance(50)) {  // the department's whole spends more than its projects
      budget += Amount(rng, 100000, 5000000, grain);
      executed = executed + Part(rng, budget - executed, 0, 60, grain);
    }
    r.dept_budget = budget;
    r.dept_executed = executed;
    if (state_rate) r.dept_rate = PercentOf(executed, budget);
    r.title = r.unit + std::to_string(r.year) + "年度项目支出绩效自评报告";
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// Text of figures.

std::string MoneyText(const GenReport& r, Money m) { return FormatMoneyIn(m, r.money_unit); }
std::string UnitWord(const GenReport& r) { return r.money_unit == MoneyUnit::kWan ? "万元" : "元"; }
std::string Rate(Percent p) { return FormatScaled(p.units(), 2, true); }
std::string Qty(int64_t units) { return FormatScaled(units, 4, true); }
std::string Pts(int64_t units) { return FormatScaled(units, 2, true); }

std::string TargetText(const GenIndicator& i) {
  return i.unit.empty() ? i.target_text : i.comparator + Qty(i.target) + i.unit;
}
std::string ActualText(const GenIndicator& i) { return i.unit.empty() ? i.actual_text : Qty(i.actual) + i.unit; }

// ---------------------------------------------------------------------------------------------
// The expected document of one layout: what that layout states.

struct Stated {
  bool dept = true;        // department totals
  bool split = true;       // fiscal part
  bool indicators = true;  // indicator rows
  bool satisfaction = true;
};

ordered_json Expected(const GenReport& r, const std::string& layout, const Stated& s) {
  auto yuan = [](std::optional<Money> m) -> ordered_json {
    return m ? ordered_json(FormatMoneyIn(*m, MoneyUnit::kYuan, true)) : ordered_json(nullptr);
  };
  auto rate = [](std::optional<Percent> p) -> ordered_json { return p ? ordered_json(Rate(*p)) : ordered_json(nullptr); };
  ordered_json e = {{"id", r.id + "." + layout}, {"title", r.title}, {"year", r.year}, {"kind", "项目支出自评"},
                    {"source", "generated: tests/corpus/generate_reports.cc"}, {"complete", true}, {"unit", r.unit}};
  e["funds"] = {{"budget_total", s.dept ? yuan(r.dept_budget) : nullptr},
                {"executed_total", s.dept ? yuan(r.dept_executed) : nullptr},
                {"execution_rate_stated", s.dept ? rate(r.dept_rate) : nullptr}};
  e["projects"] = ordered_json::array();
  for (const GenProject& p : r.projects) {
    ordered_json q = {{"name", p.name},
                      {"budget_total", yuan(p.budget)},
                      {"budget_fiscal", s.split ? yuan(p.fiscal) : nullptr},
                      {"executed", yuan(p.executed)},
                      {"execution_rate_stated", rate(p.rate)},
                      {"satisfaction", s.satisfaction ? rate(p.satisfaction) : nullptr},
                      {"indicators", ordered_json::array()}};
    for (const GenIndicator& i : p.indicators) {
      if (!s.indicators) break;
      q["indicators"].push_back({{"name", i.name},
                                 {"target", i.unit.empty() ? i.target_text : Qty(i.target)},
                                 {"actual", i.unit.empty() ? i.actual_text : Qty(i.actual)},
                                 {"score", Pts(i.score)}});
    }
    e["projects"].push_back(q);
  }
  e["department_indicators"] = ordered_json::array();
  return e;
}

// ---------------------------------------------------------------------------------------------
// (a) Jixiao's own writers: the evaluation, then the report service in every format.

Evaluation ToEvaluation(const GenReport& r) {
  Evaluation ev;
  ev.unit.name = r.unit;
  ev.year = r.year;
  ev.funds.budget_total = r.dept_budget;
  ev.funds.executed_total = r.dept_executed;
  ev.funds.execution_rate_stated = r.dept_rate;
  // Narrative as departments write it, with figures that are no funds (people, places, counts).
  ev.functions = {"负责本行业发展规划的编制和组织实施", "承担本级财政资金项目的管理和监督"};
  Task task;
  task.task = "推进重点项目建设，提升公共服务水平";
  task.completion = "全年完成重点项目" + std::to_string(r.projects.size()) + "个，惠及群众12000余人";
  ev.tasks = {task};
  ev.next_steps = {"加强预算执行管理，提高资金使用效益", "完善绩效目标设置，细化量化指标"};
  for (const GenProject& g : r.projects) {
    Project p;
    p.name = g.name;
    p.implementation = "项目于" + std::to_string(r.year) + "年3月启动，覆盖12个乡镇，组织培训3期共150人次，年底前全部完工。";
    p.benefits = "改善了1.2万名群众的生产生活条件，群众获得感明显增强。";
    p.level = ProjectLevel::kOwn;
    p.budget.total = g.budget;
    p.budget.fiscal = g.fiscal;
    p.budget.other = g.other;
    p.executed = g.executed;
    p.execution_rate_stated = g.rate;
    if (g.satisfaction) p.satisfaction = Satisfaction{"受益群众", Comparator::kEqual, g.satisfaction, {}};
    for (const GenIndicator& gi : g.indicators) {
      Indicator i;
      i.level1 = gi.level1;
      i.level2 = gi.level2;
      i.name = gi.name;
      if (gi.unit.empty()) {
        i.qualitative = true;
        i.target_text = gi.target_text;
        i.actual_text = gi.actual_text;
      } else {
        i.comparator = ComparatorFromSymbol(gi.comparator);
        i.target = Quantity::FromUnits(gi.target);
        i.actual = Quantity::FromUnits(gi.actual);
        i.unit = gi.unit;
      }
      i.weight = Points::FromUnits(gi.weight);
      i.score_stated = Points::FromUnits(gi.score);
      if (!gi.reason.empty()) i.deviation_reason = gi.reason;
      p.indicators.push_back(std::move(i));
    }
    ev.projects.push_back(std::move(p));
  }
  return ev;
}

// ---------------------------------------------------------------------------------------------
// (b) As departments write them.

// Prose: a paragraph of totals, then per project its funds and indicators in sentences.
std::string Prose(const GenReport& r) {
  const std::string u = UnitWord(r);
  std::string out = r.title + "\n\n";
  if (r.dept_budget) {
    out += "一、部门预算执行情况\n";
    const std::vector<std::string> openings = {"全年预算数", "本年度部门预算总额为", "年度预算资金共计", "部门全年预算安排"};
    out += std::to_string(r.year) + "年度，我单位" + openings[static_cast<std::size_t>(r.variant)] + MoneyText(r, *r.dept_budget) +
           u + "，全年执行数" + MoneyText(r, *r.dept_executed) + u;
    if (r.dept_rate) out += "，预算执行率" + Rate(*r.dept_rate) + "%";
    out += "。\n二、项目绩效情况\n";
  }
  int n = 0;
  static const char* kNumbers[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
  for (const GenProject& p : r.projects) {
    if (r.projects.size() > 1) out += "（" + std::string(kNumbers[n++]) + "）" + p.name + "\n";
    std::string s;
    switch (r.prose_variant) {
      case 0:
        s = "项目资金共" + MoneyText(r, p.budget) + u;
        if (p.fiscal) s += "，其中财政拨款" + MoneyText(r, *p.fiscal) + u + "，其他资金" + MoneyText(r, *p.other) + u;
        s += "，已拨付" + MoneyText(r, p.executed) + u;
        if (p.rate) s += "，执行率" + Rate(*p.rate) + "%";
        break;
      case 1:
        s = "该项目全年预算数为" + MoneyText(r, p.budget) + u;
        if (p.fiscal) s += "（财政拨款" + MoneyText(r, *p.fiscal) + u + "，其他资金" + MoneyText(r, *p.other) + u + "）";
        s += "，全年实际支出" + MoneyText(r, p.executed) + u;
        if (p.rate) s += "，预算执行率为" + Rate(*p.rate) + "%";
        break;
      case 2:
        s = "年初预算安排" + MoneyText(r, p.initial) + u + "，调整后预算" + MoneyText(r, p.budget) + u;
        if (p.fiscal) s += "，其中：财政资金" + MoneyText(r, *p.fiscal) + u + "，其他资金" + MoneyText(r, *p.other) + u;
        s += "。截至年底，实际执行" + MoneyText(r, p.executed) + u;
        if (p.rate) s += "，资金执行率" + Rate(*p.rate) + "%";
        break;
      case 4:
        s = "截至12月31日，该项目资金到位" + MoneyText(r, p.budget) + u;
        if (p.fiscal) s += "（其中财政拨款" + MoneyText(r, *p.fiscal) + u + "，其他资金" + MoneyText(r, *p.other) + u + "）";
        s += "，实际支出" + MoneyText(r, p.executed) + u;
        if (p.rate) s += "，预算执行率" + Rate(*p.rate) + "%";
        break;
      case 5:
        s = "本年度安排预算资金" + MoneyText(r, p.budget) + u;
        if (p.fiscal) s += "，其中财政资金" + MoneyText(r, *p.fiscal) + u + "、其他资金" + MoneyText(r, *p.other) + u;
        s += "；全年支付" + MoneyText(r, p.executed) + u;
        if (p.rate) s += "，资金支付率" + Rate(*p.rate) + "%";
        break;
      case 6:
        s = "项目总投资" + MoneyText(r, p.budget) + u;
        if (p.fiscal) s += "，其中财政资金" + MoneyText(r, *p.fiscal) + u + "，单位自筹资金" + MoneyText(r, *p.other) + u;
        s += "。截至" + std::to_string(r.year) + "年12月31日，已完成投资" + MoneyText(r, p.executed) + u;
        if (p.rate) s += "，资金支付率" + Rate(*p.rate) + "%";
        break;
      default:
        s = "下达" + p.name + MoneyText(r, p.budget) + u;
        if (p.fiscal) s += "，其中财政补助" + MoneyText(r, *p.fiscal) + u + "、其他资金" + MoneyText(r, *p.other) + u;
        s += "，全年已支付" + MoneyText(r, p.executed) + u;
        if (p.rate) s += "，支付率" + Rate(*p.rate) + "%";
        break;
    }
    out += s + "。\n";
    int n = 1;
    for (const GenIndicator& i : p.indicators) {
      switch (r.prose_variant) {
        case 4:  // a numbered list: name, then its target and what was done
          out += "（" + std::to_string(n++) + "）" + i.name + "：目标值" + TargetText(i) + "，完成值" + ActualText(i) +
                 "，得分" + Pts(i.score) + "分；\n";
          break;
        case 6:  // what was planned, then what was done
          out += i.name + (i.unit.empty() ? "：计划" + i.target_text + "，实际" : "：计划完成" + Qty(i.target) + i.unit + "，实际完成") +
                 ActualText(i) + "，得分" + Pts(i.score) + "分。\n";
          break;
        case 5:  // the name and its target in one clause
          out += i.level2 + "：" + i.name + "年度目标" + TargetText(i) + "，实际达到" + ActualText(i) + "，自评得分" +
                 Pts(i.score) + "分。\n";
          break;
        default:
          out += i.level2 + "：" + i.name + "，年度目标" + TargetText(i) + "，实际完成" + ActualText(i) + "，得分" +
                 Pts(i.score) + "分。\n";
      }
    }
    if (p.satisfaction) {
      out += r.prose_variant >= 4 ? "服务对象满意度调查结果为" + Rate(*p.satisfaction) + "%。\n"
                                  : "经问卷调查，受益群众满意度为" + Rate(*p.satisfaction) + "%。\n";
    }
  }
  return out;
}

// A cell merged into the one above it (rowspan); flattened into text, an empty cell.
const std::string kMerged = "\x01";

// The rows of one project's 项目支出绩效自评表.
std::vector<std::vector<std::string>> SelfTableRows(const GenReport& r, const GenProject& p) {
  static const std::vector<std::vector<std::string>> kFundHeads = {
      {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
      {"年初预算数", "调整后预算数", "实际执行数", "分值", "预算执行率", "得分"},
      {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
      {"年初预算", "全年预算", "实际支出", "权重", "执行率", "得分"}};
  static const std::vector<std::vector<std::string>> kIndicatorHeads = {
      {"一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
      {"一级指标", "二级指标", "三级指标", "年度目标值", "全年实际值", "分值", "得分", "偏差原因"},
      {"一级指标", "二级指标", "三级指标", "指标值", "实际完成值", "分值", "得分", "未完成原因"},
      {"一级指标", "二级指标", "三级指标", "预期目标值", "实际完成情况", "权重", "得分", "偏差原因"}};
  const std::size_t v = static_cast<std::size_t>(r.variant);
  std::vector<std::vector<std::string>> rows;
  rows.push_back({"项目名称", p.name});
  rows.push_back({"主管部门", r.unit});
  // Variant 2 states the unit in the table's caption instead (SelfTableCaption).
  std::vector<std::string> head = {r.variant == 2 ? "项目资金" : "项目资金（" + UnitWord(r) + "）"};
  for (const auto& h : kFundHeads[v]) head.push_back(h);
  rows.push_back(head);
  const int64_t fund_points = 10;
  const Percent rate = PercentOf(p.executed, p.budget);
  const int64_t earned = std::min<int64_t>(1000, rate.units() * fund_points / 100);
  rows.push_back({"年度资金总额", MoneyText(r, p.initial), MoneyText(r, p.budget), MoneyText(r, p.executed), "10",
                  p.rate ? Rate(*p.rate) + "%" : "—", Pts(earned)});
  if (p.fiscal) {
    rows.push_back({"其中：财政拨款", "—", MoneyText(r, *p.fiscal), "—", "—", "—", "—"});
    rows.push_back({"其他资金", "—", MoneyText(r, *p.other), "—", "—", "—", "—"});
  }
  rows.push_back(kIndicatorHeads[v]);
  // Level labels: merged down over the rows they cover (kMerged), or repeated on every row.
  std::string last1, last2;
  const bool repeat = r.variant == 3;
  for (const GenIndicator& i : p.indicators) {
    rows.push_back({i.level1 == last1 && !repeat ? kMerged : i.level1, i.level2 == last2 && !repeat ? kMerged : i.level2,
                    i.name, TargetText(i),
                    ActualText(i), Pts(i.weight), Pts(i.score), i.reason.empty() ? "无" : i.reason});
    last1 = i.level1, last2 = i.level2;
  }
  int64_t total = earned;
  for (const GenIndicator& i : p.indicators) total += i.score;
  rows.push_back({"总分", "", "", "", "", "100", Pts(total), ""});
  return rows;
}

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : std::string(1, c);
  return out;
}

std::string HtmlTable(const std::vector<std::vector<std::string>>& rows) {
  std::string out = "<table border=\"1\" cellspacing=\"0\">\n";
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& row = rows[r];
    out += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (row[c] == kMerged) continue;
      // A two-cell row (项目名称 | name) spans the rest of the table; merged cells below span down.
      std::string span = row.size() == 2 && c == 1 ? " colspan=\"7\"" : "";
      std::size_t down = 1;
      while (r + down < rows.size() && c < rows[r + down].size() && rows[r + down][c] == kMerged) ++down;
      if (down > 1) span += " rowspan=\"" + std::to_string(down) + "\"";
      out += "<td" + span + ">" + Escape(row[c]) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

std::string Page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Escape(title) + "</title></head><body>\n<h1>" +
         Escape(title) + "</h1>\n" + body + "</body></html>\n";
}

std::string DeptSentence(const GenReport& r) {
  if (!r.dept_budget) return "";
  std::string s = std::to_string(r.year) + "年度部门全年预算数" + MoneyText(r, *r.dept_budget) + UnitWord(r) +
                  "，全年执行数" + MoneyText(r, *r.dept_executed) + UnitWord(r);
  if (r.dept_rate) s += "，预算执行率" + Rate(*r.dept_rate) + "%";
  return s + "。";
}

std::string SelfTableCaption(const GenReport& r, const GenProject& p) {
  return p.name + "支出绩效自评表" + (r.variant == 2 ? "（金额单位：" + UnitWord(r) + "）" : "");
}

std::string SelfTablesHtml(const GenReport& r) {
  std::string body;
  if (r.dept_budget) body += "<p>" + DeptSentence(r) + "</p>\n";
  for (const GenProject& p : r.projects) {
    body += "<p>" + Escape(SelfTableCaption(r, p)) + "</p>\n" + HtmlTable(SelfTableRows(r, p));
  }
  return Page(r.title, body);
}

// The department summary: one row per project and a 合计 row.
std::vector<std::vector<std::string>> SummaryRows(const GenReport& r, bool split) {
  std::vector<std::vector<std::string>> rows;
  // Odd variants: the unit in the money columns' headers and a 合计 row under the projects.
  const bool odd = r.variant % 2 == 1;
  const std::string unit = odd ? "（" + UnitWord(r) + "）" : "";
  std::vector<std::string> head = {"序号", "项目名称", "全年预算数" + unit};
  if (split) head.push_back("其中：财政拨款"), head.push_back("其他资金");
  head.push_back("全年执行数" + unit);
  head.push_back("执行率");
  rows.push_back(head);
  int n = 1;
  Money budget, fiscal, other, executed;
  for (const GenProject& p : r.projects) {
    std::vector<std::string> row = {std::to_string(n++), p.name, MoneyText(r, p.budget)};
    if (split) row.push_back(MoneyText(r, *p.fiscal)), row.push_back(MoneyText(r, *p.other));
    row.push_back(MoneyText(r, p.executed));
    row.push_back(p.rate ? Rate(*p.rate) + "%" : "");
    rows.push_back(row);
    budget += p.budget, executed += p.executed;
    if (split) fiscal += *p.fiscal, other += *p.other;
  }
  if (odd) {
    std::vector<std::string> total = {"合计", "", MoneyText(r, budget)};
    if (split) total.push_back(MoneyText(r, fiscal)), total.push_back(MoneyText(r, other));
    total.push_back(MoneyText(r, executed));
    total.push_back(Rate(PercentOf(executed, budget)) + "%");
    rows.push_back(total);
  }
  return rows;
}

std::string SummaryHtml(const GenReport& r) {
  const bool split = r.projects[0].fiscal.has_value();
  const std::string caption = r.variant % 2 == 1 ? "项目支出情况如下表：" : "项目支出情况如下表（单位：" + UnitWord(r) + "）：";
  std::string body = "<p>" + DeptSentence(r) + caption + "</p>\n";
  std::string table = "<table border=\"1\" cellspacing=\"0\">\n";
  for (const auto& row : SummaryRows(r, split)) {
    table += "<tr>";
    for (const auto& cell : row) table += "<td>" + Escape(cell) + "</td>";
    table += "</tr>\n";
  }
  return Page(r.title, body + table + "</table>\n");
}

// The self-evaluation tables flattened into text: tabs, runs of spaces, or one cell per line.
enum class Flat { kTabs, kSpaces, kCells };

std::string FlatText(const GenReport& r, Flat how) {
  std::string out = r.title + "\n";
  if (r.dept_budget) out += DeptSentence(r) + "\n";
  for (const GenProject& p : r.projects) {
    out += SelfTableCaption(r, p) + "\n";
    for (const auto& row : SelfTableRows(r, p)) {
      std::string line;
      for (std::size_t c = 0; c < row.size(); ++c) {
        const std::string cell = row[c] == kMerged ? "" : row[c];
        if (how == Flat::kCells) {
          if (!cell.empty()) out += cell + "\n";
          continue;
        }
        if (c > 0) line += how == Flat::kTabs ? "\t" : "    ";
        line += how == Flat::kSpaces && cell.empty() ? "" : cell;
      }
      if (how != Flat::kCells) out += line + "\n";
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

bool Write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

int Run(const fs::path& dir, int count, uint64_t seed) {
  std::error_code ec;
  fs::create_directories(dir / "html", ec);
  if (ec) {
    std::fprintf(stderr, "generate_reports: 无法创建目录 %s：%s\n", dir.c_str(), ec.message().c_str());
    return 2;
  }
  Rng rng(seed);
  int files = 0;
  for (int index = 0; index < count; ++index) {
    const GenReport r = MakeReport(rng, index);
    const bool split = r.projects[0].fiscal.has_value();
    auto put = [&](const std::string& layout, const Stated& s, const std::string& ext, const std::string& bytes,
                   bool html_source) {
      const fs::path base = dir / (r.id + "." + layout);
      bool ok = Write(fs::path(base.string() + ".expected.json"), Expected(r, layout, s).dump(2) + "\n");
      ok = ok && Write(html_source ? dir / "html" / (r.id + "." + layout + ".html") : fs::path(base.string() + "." + ext), bytes);
      files += ok;
      return ok;
    };
    // (a) the service's writers
    ReportRequest request;
    request.input = {r.id + ".json", WriteEvaluationJson(ToEvaluation(r))};
    for (ReportFormat format : {ReportFormat::kText, ReportFormat::kMarkdown, ReportFormat::kHtml, ReportFormat::kDocx,
                                ReportFormat::kPdf, ReportFormat::kXlsx}) {
      request.format = format;
      auto bytes = GenerateReport(request);
      if (!bytes) {
        std::fprintf(stderr, "generate_reports: %s (%s): %s\n", r.id.c_str(),
                     std::string(ReportFormatExtension(format)).c_str(), bytes.error().message.c_str());
        return 1;
      }
      const std::string ext(ReportFormatExtension(format));
      if (!put("service-" + ext, Stated{}, ext, *bytes, false)) return 2;
    }
    // (b) as departments write them
    bool ok = put("prose", Stated{}, "txt", Prose(r), false) &&
              put("selftable", Stated{}, "html", SelfTablesHtml(r), true) &&
              put("tabs", Stated{}, "txt", FlatText(r, Flat::kTabs), false) &&
              put("spaces", Stated{}, "txt", FlatText(r, Flat::kSpaces), false) &&
              put("cells", Stated{}, "txt", FlatText(r, Flat::kCells), false);
    if (ok && r.projects.size() > 1) {
      ok = put("summary", Stated{true, split, false, false}, "html", SummaryHtml(r), true);
    }
    if (!ok) {
      std::fprintf(stderr, "generate_reports: 无法写入 %s\n", dir.c_str());
      return 2;
    }
  }
  std::printf("generate_reports: %d reports, %d files -> %s (table layouts as HTML in %s/html)\n", count, files,
              dir.c_str(), dir.c_str());
  return 0;
}

}  // namespace
}  // namespace jixiao

int main(int argc, char** argv) {
  std::string dir;
  int count = 40;
  uint64_t seed = 12;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if ((arg == "--count" || arg == "--seed") && i + 1 < argc) {
      const std::string value = argv[++i];
      if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos || value.size() > 9) {
        std::fprintf(stderr, "%s 须为正整数\n", arg.c_str());
        return 2;
      }
      if (arg == "--count") {
        count = std::stoi(value);
      } else {
        seed = std::stoull(value);
      }
    } else if (dir.empty()) {
      dir = arg;
    } else {
      std::fprintf(stderr, "usage: generate_reports OUTDIR [--count N] [--seed S]\n");
      return 2;
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: generate_reports OUTDIR [--count N] [--seed S]\n");
    return 2;
  }
  try {
    return jixiao::Run(dir, count, seed);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "generate_reports: %s\n", e.what());
    return 2;
  }
}
