#include "ingest/parse/lexicon.h"

#include <algorithm>
#include <string>

#include "base/text.h"
#include "ingest/parse/scan.h"

namespace jixiao::parse {
namespace {

// 政府支出经济分类 / 部门预算支出经济分类, class level.
constexpr std::string_view kEconomicClasses[] = {
    "工资福利支出",     "商品和服务支出", "对个人和家庭的补助", "对个人和家庭补助", "债务利息及费用支出",
    "资本性支出",       "对企业补助",     "对社会保障基金补助", "基本建设支出",     "其他支出",
};

// The first slot (in this order) with a word in the label wins.
const KeywordTable kMoneyWords = {
    {static_cast<int>(FigureSlot::kIncomeFiscal), {"财政拨款收入", "财政补助收入"}},
    {static_cast<int>(FigureSlot::kInitialBudget), {"年初预算"}},
    {static_cast<int>(FigureSlot::kBudget),
     {"预算数", "预算总额", "调整后预算", "预算金额", "预算资金", "资金总额", "预算安排"}},
    {static_cast<int>(FigureSlot::kExecuted),
     {"执行数", "实际支出", "支出数", "实际执行", "已支付", "执行金额", "决算数", "实际使用", "支出金额", "已拨付"}},
    {static_cast<int>(FigureSlot::kFiscal), {"财政拨款", "财政资金", "财政补助"}},
    {static_cast<int>(FigureSlot::kOther), {"其他资金"}},
    {static_cast<int>(FigureSlot::kProjectFunds), {"项目经费", "项目资金"}},
    {static_cast<int>(FigureSlot::kExpenseType), {"人员经费", "公用经费", "项目支出", "基本支出"}},
    {static_cast<int>(FigureSlot::kOwnLevel), {"本级"}},
    {static_cast<int>(FigureSlot::kSuperior), {"上级", "中央资金", "省级资金", "中央补助", "省级补助"}},
};
const KeywordSet kRateWords = {"执行率", "完成率", "支出率", "执行进度"};

FigureSlot ClassifyMoney(std::string_view label) {
  if (!EconomicClassIn(label).empty()) return FigureSlot::kEconomicClass;
  if (label == "支出" || label == "总支出" || label == "支出合计" || label == "本年支出") return FigureSlot::kExecuted;
  if (label == "收入" || label == "总收入" || label == "收入合计" || label == "本年收入") return FigureSlot::kIncome;
  const int rank = kMoneyWords.Lowest(label);
  // "义务教育生均公用经费", "特殊教育生均公用经费": education's funding per pupil, a programme with
  // its own budget, not a unit's running costs (公用经费).
  if (rank == static_cast<int>(FigureSlot::kExpenseType) && Find(label, "生均公用经费") != std::string_view::npos) {
    return FigureSlot::kNone;
  }
  return rank < 0 ? FigureSlot::kNone : static_cast<FigureSlot>(rank);
}

}  // namespace

std::string_view EconomicClassIn(std::string_view label) {
  if (!EndsWith(label, "支出") && !EndsWith(label, "补助")) return {};  // every class ends so
  for (std::string_view name : kEconomicClasses) {
    if (EndsWith(label, name)) return label.substr(label.size() - name.size());
  }
  return {};
}

FigureSlot ClassifyLabel(std::string_view label, AmountKind kind) {
  if (kind == AmountKind::kPercent) {
    return kRateWords.In(label) ? FigureSlot::kRate : FigureSlot::kNone;
  }
  return ClassifyMoney(label);
}

namespace {

// Ranks are Role values; the first role (in this order) with a word in the header wins, so
// 预算执行率 is a rate, 年度指标值 a target and 实际完成值 an actual value.
const KeywordTable kColumnWords = {
    {static_cast<int>(Role::kLevel1), {"一级指标"}},
    {static_cast<int>(Role::kLevel2), {"二级指标"}},
    {static_cast<int>(Role::kLevel3), {"三级指标", "指标名称", "具体指标"}},
    {static_cast<int>(Role::kReason), {"偏差原因", "未完成原因", "原因分析", "改进措施", "原因"}},
    {static_cast<int>(Role::kTarget), {"指标值", "目标值", "预期目标值", "年度目标值", "年度目标", "预期目标"}},
    {static_cast<int>(Role::kActual), {"完成值", "实际值", "实际完成", "全年实际", "完成情况"}},
    {static_cast<int>(Role::kRate), {"执行率", "完成率", "支出率", "拨付率", "执行进度", "支出进度", "拨付进度", "支付进度",
                                     "支付率", "使用率", "支付比例", "拨付比例", "执行比例"}},
    {static_cast<int>(Role::kWeight), {"分值", "权重", "标准分"}},
    {static_cast<int>(Role::kScore), {"得分", "评分", "自评分", "分数", "评价分"}},
    {static_cast<int>(Role::kGrade), {"等级", "评级"}},
    {static_cast<int>(Role::kInitial), {"年初预算"}},
    {static_cast<int>(Role::kExecuted),
     {"执行数", "实际支出", "支出数", "实际拨付", "已支付", "已拨付", "完成投资", "实际使用", "决算数", "执行金额",
      "支出金额", "拨付金额", "全年执行", "实际执行", "累计支付", "累计支出", "累计拨付", "实际支付", "支付金额"}},
    {static_cast<int>(Role::kOther), {"其他资金"}},
    {static_cast<int>(Role::kFiscal), {"财政拨款", "财政资金", "财政补助", "中央补助"}},
    {static_cast<int>(Role::kBudget),
     {"预算数", "调整后预算", "预算安排", "预算金额", "资金总额", "资金规模", "计划投资", "总投资", "预算资金",
      "下达资金", "资金额", "批复", "安排资金", "计划安排", "债券规模", "资金量", "金额", "预算", "评价资金"}},
    {static_cast<int>(Role::kName), {"名称", "政策任务"}},
};

// Money words in prose: the executed words are looked for first (资金已执行, 已完成拨付),
// then the budget words (下达资金, 项目资金共).
const KeywordSet kProseSkip = {"收入", "同比", "增加", "减少", "增长", "下降", "结余", "结转", "上年", "比上年", "超出", "超支",
                               "预计", "上半年", "1-6月", "1－6月", "1至6月", "截至6月", "截止6月", "6月底", "6月末", "前三季度",
                               "收益", "节约", "差额", "未支付", "未拨付", "剩余", "不低于", "不超过",
                               "贷款", "利息", "补贴标准", "每人", "每户", "每亩", "人均", "户均",
                               "单价", "产值", "营业额", "年底前", "带动", "奖励", "生均", "亩均", "每名", "每生",
                               "每村", "每个", "每所", "每家", "每座", "每公里", "每平方米", "每年", "每月"};
const KeywordSet kProseExecuted = {"拨付", "支出", "支付", "执行", "使用", "完成投资", "报账", "兑付", "发放",
                                   "实际完成", "已完成", "决算数", "实际投入", "已拨", "实拨", "决算"};
const KeywordSet kProseBudget = {"预算", "下达", "安排", "总额", "共计", "合计", "总计", "批复", "投资",
                                 "资金", "经费", "获得", "争取", "收到", "筹集", "落实", "涉及", "规模",
                                 "总量", "拨款", "款", "调整至", "调整为", "调整后", "计划投入", "拟投入", "总投入", "投入"};
const KeywordSet kProseRate = {"执行率", "支出率", "执行进度", "支付率", "支付进度", "拨付率", "使用率", "完成预算",
                               "支出进度", "报账率", "报账进度", "预算完成率"};

}  // namespace

bool NamesLastYear(std::string_view header) {
  return ContainsAny(header, {"上年", "去年", "上一年", "上期", "前一年"});
}

bool NamesPartOfYear(std::string_view header) {
  return ContainsAny(header, {"1-6月", "1－6月", "1—6月", "1~6月", "1至6月", "1-7月", "1-9月", "上半年", "半年度", "前三季度",
                              "截至6月", "截止6月", "6月底", "6月末", "预计"});
}

bool NamesLongerTerm(std::string_view header) { return ContainsAny(header, {"中期", "长期", "远期", "三年", "五年"}); }

bool IsMoneyRole(Role r) {
  return r == Role::kBudget || r == Role::kExecuted || r == Role::kInitial || r == Role::kRate || r == Role::kFiscal ||
         r == Role::kOther;
}

Role ColumnRole(std::string_view header) {
  if (header == "序号" || header == "编号") return Role::kIndex;
  // "金额单位：元", "单位：万元": the table's unit, over it, no column's header.
  for (std::string_view caption : {"金额单位", "单位：", "单位:"}) {
    if (StartsWith(header, caption)) return Role::kNone;
  }
  // "2022年支出", "本年决算", "上年支出（万元）": a year's spending, named by the year alone.
  {
    std::string_view core = header;
    if (const std::size_t paren = core.find_first_of("(（"); paren != std::string_view::npos) core = core.substr(0, paren);
    std::size_t at = 0;
    while (at < core.size() && core[at] >= '0' && core[at] <= '9') ++at;
    if (at == 4) core.remove_prefix(4);
    for (std::string_view lead : {"本年度", "上年度", "年度", "本年", "上年", "当年", "年"}) {
      if (StartsWith(core, lead)) {
        core.remove_prefix(lead.size());
        break;
      }
    }
    if (core.size() < header.size() && (core == "支出" || core == "决算" || core == "执行")) return Role::kExecuted;
  }
  const int rank = kColumnWords.Lowest(header);
  const Role role = rank < 0 ? Role::kNone : static_cast<Role>(rank);
  // A rate of money is a rate: 预算执行率, 资金拨付率 (the money word ranks lower).
  static const KeywordSet kRates = {"执行率", "完成率", "支出率", "拨付率", "执行进度", "支出进度", "拨付进度",
                                    "支付进度", "支付率", "使用率"};
  if (role >= Role::kName && role <= Role::kOther && kRates.In(header)) return Role::kRate;
  // "决算数占调整预算数比例": one figure over another, a rate.
  if (role >= Role::kInitial && role <= Role::kOther && Find(header, "比例") != std::string_view::npos) return Role::kRate;
  // 指标名称: the indicator's name (三级指标), not a project's.
  if (role == Role::kName && Find(header, "指标") != std::string_view::npos) return Role::kLevel3;
  // 实际完成指标值: what was reached, though it ends in a target's word.
  if (role == Role::kTarget && Find(header, "实际") != std::string_view::npos) return Role::kActual;
  // "年度绩效指标完成情况": the caption of the indicator table, no column of it.
  if (role == Role::kActual && Find(header, "绩效") != std::string_view::npos && EndsWith(header, "情况")) {
    return Role::kNone;
  }
  // "预算执行情况": the caption of a block of funds rows, no column of money.
  if (role >= Role::kInitial && role <= Role::kOther && EndsWith(header, "情况")) return Role::kNone;
  // 预算执行数, 预算支出数: what of the budget was spent (the budget word qualifies the head).
  static const KeywordSet kSpentHeads = {"执行数", "支出数", "执行金额", "支出金额", "支付金额", "已支付", "已拨付",
                                         "拨付金额", "实际支出", "实际支付", "累计支付", "累计支出"};
  if (role == Role::kBudget && kSpentHeads.In(header)) return Role::kExecuted;
  // "预算执行", "预算配置", "预算调整率"…: 预算 qualifying something else, no column of money (an
  // indicator's level or name); "全年预算", "预算(万元)" and the longer words are the budget.
  if (role == Role::kBudget) {
    static const KeywordSet kBudgetHeads = {"预算数", "调整后预算", "预算安排", "预算金额", "资金总额", "资金规模", "计划投资",
                                            "总投资", "预算资金", "下达资金", "资金额", "批复", "安排资金", "计划安排",
                                            "债券规模", "资金量", "金额", "预算额", "评价资金"};
    const std::size_t last = RFind(header, "预算");
    if (last != std::string_view::npos && !kBudgetHeads.In(header)) {
      const std::string_view after = header.substr(last + std::string_view("预算").size());
      if (!after.empty() && !StartsWith(after, "(") && !StartsWith(after, "（")) return Role::kNone;
    }
  }
  // 实际投入资金额: the money put in, whatever money word follows.
  if (role == Role::kBudget && Find(header, "实际投入") != std::string_view::npos) return Role::kExecuted;
  return role;
}

bool SpeaksOfOtherThanFunds(std::string_view label) { return kProseSkip.In(label); }

bool FundsBySource(std::string_view label) {
  static const KeywordSet kSources = {"中央", "省级", "市级", "县级", "区级", "上级", "本级", "配套", "自筹",
                                      "地方", "自治区", "州级", "乡级", "镇级"};
  if (Find(label, "项目") != std::string_view::npos || Find(label, "工程") != std::string_view::npos) return false;
  if (kSources.In(label) && !LongerThan(label, 10)) return true;
  // "州（市）级资金", "县（市、区）级配套": the level with the others it stands for in brackets.
  std::string bare;
  for (std::size_t at = 0; at < label.size();) {
    const std::size_t open = Find(label, "（", at);
    if (open == std::string_view::npos) {
      bare += label.substr(at);
      break;
    }
    bare += label.substr(at, open - at);
    const std::size_t close = Find(label, "）", open);
    if (close == std::string_view::npos) return false;
    at = close + std::string_view("）").size();
  }
  return bare.size() < label.size() && kSources.In(bare) && !LongerThan(bare, 10);
}

bool EndsAsUnitName(std::string_view words) {
  for (std::string_view end : {"局", "委员会", "委", "办公室", "中心", "政府", "厅", "院", "站", "所", "学校", "馆"}) {
    if (EndsWith(words, end)) return true;
  }
  return false;
}

bool EndsAsPlaceName(std::string_view words) {
  for (std::string_view end : {"省", "州", "市", "县", "区", "旗", "盟"}) {
    if (EndsWith(words, end)) return true;
  }
  return false;
}

bool NamesRunningCost(std::string_view name) {
  static const KeywordSet kRunningCosts = {"三公", "公务用车", "公车", "公务接待", "因公出国", "出国经费", "出国(境)"};
  return kRunningCosts.In(name);
}

std::string_view SpendingFundedBy(std::string_view label) {
  constexpr std::string_view kEnd = "支出项目";
  if (!EndsWith(label, kEnd) || CodePointCount(label) < 8 || ContainsAny(label, {"实际", "已", "累计", "全年", "本年", "当年"})) {
    return {};
  }
  return label.substr(0, label.size() - kEnd.size());
}

ProseRole ClassifyProseLabel(std::string_view label, AmountKind kind) {
  if (kind == AmountKind::kPercent) {
    // "满意度目标≥90%", "预期目标执行率95%": what was aimed at, not what was reached.
    if (Find(label, "目标") != std::string_view::npos) return ProseRole::kNone;
    if (Find(label, "满意") != std::string_view::npos) return ProseRole::kSatisfaction;
    if (kProseRate.In(label) && Find(label, "到位") == std::string_view::npos) return ProseRole::kRate;
    // "全年支出1104.91万元，占下达资金的95.97%", "执行数…元，完成预算的100%", "已支出34.02万元，占总投入的
    // 86.26%": what was spent as a share of the budget.
    if ((StartsWith(label, "占") || StartsWith(label, "完成")) && AtMostCodePoints(label, 10) &&
        ContainsAny(label, {"预算", "下达资金", "安排资金", "下达的资金", "总投入", "总投资"})) {
      return ProseRole::kRate;
    }
    return ProseRole::kNone;
  }
  if (kProseSkip.In(label)) return ProseRole::kNone;
  // "福利彩票公益金支出项目276.42万元": a project named for the spending it funds.
  if (const std::string_view funded = SpendingFundedBy(label); !funded.empty()) return ClassifyProseLabel(funded, kind);
  // 转移支付 names a kind of funds (中央对地方转移支付), not their payment; so does 统筹整合使用
  // (统筹整合使用财政涉农资金: the pooled agricultural funds, a budget).
  for (std::string_view name_words : {"转移支付", "统筹整合使用"}) {
    if (Find(label, name_words) == std::string_view::npos) continue;
    std::string without(label);
    for (std::size_t at = Find(without, name_words); at != std::string::npos; at = Find(without, name_words, at)) {
      without.erase(at, name_words.size());
    }
    const ProseRole role = ClassifyProseLabel(without, kind);
    // "统筹整合使用财政涉农资金303万元": the funds named, with no other word, are their budget.
    return role == ProseRole::kNone && name_words == "统筹整合使用" && kind == AmountKind::kMoney ? ProseRole::kBudget
                                                                                                  : role;
  }
  // "支出预算", "项目支出预算数": what is planned to be spent, a budget.
  if (EndsWith(label, "预算") || EndsWith(label, "预算数") || EndsWith(label, "预算总额")) {
    if (Find(label, "执行") == std::string_view::npos) return ProseRole::kBudget;
  }
  // "全年应执行数为7.79万元": what was to be spent is the budget; "指标金额是110万元": the amount of the
  // budget quota (资金指标) allotted.
  // (Each of those words holds 应 or 指标: a label with neither has none of them.)
  if ((Contains(label, "应") || Contains(label, "指标")) &&
      ContainsAny(label, {"应执行", "应支出", "应拨付", "应补", "应拨", "指标金额", "资金指标", "预算指标"})) {
    return ProseRole::kBudget;
  }
  // "省级拨付我区农机购置补贴资金62万元": money paid over to the unit is money it receives, a budget.
  if (ContainsAny(label, {"拨付我", "拨付给我", "拨付本", "拨给我"})) return ProseRole::kBudget;
  if (kProseExecuted.In(label)) return ProseRole::kExecuted;
  if (kProseBudget.In(label)) return ProseRole::kBudget;
  return ProseRole::kNone;
}

bool IsFieldAndValue(std::string_view text) {
  for (std::string_view colon : {"：", ":"}) {
    const std::size_t at = Find(text, colon);
    if (at != std::string_view::npos && at + colon.size() < text.size() && CodePointCount(text.substr(0, at)) <= 8) return true;
  }
  return false;
}

bool IsFormLabel(std::string_view text) {
  static constexpr std::string_view kLabels[] = {
      "项目名称", "主管部门", "实施单位", "项目负责人", "联系电话", "单位名称", "填报单位", "金额单位", "项目资金", "资金来源", "资金类别",
      "年初预算数", "全年预算数", "调整后预算数", "年度预算数", "全年执行数", "预算执行数", "分值", "权重", "执行率", "预算执行率", "得分",
      "年度资金总额", "其中", "当年财政拨款", "财政拨款", "上年结转资金", "其他资金", "年度总体目标", "预期目标", "实际完成情况", "年度目标",
      "绩效指标", "一级指标", "二级指标", "三级指标", "指标名称", "指标性质", "指标值", "年度指标值", "目标值", "度量单位", "完成值",
      "实际完成值", "偏差原因分析及改进措施", "未完成原因分析", "原因分析", "备注", "序号", "总分", "自评得分", "自评等级", "产出指标",
      "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标", "成本指标", "经济效益指标", "社会效益指标", "生态效益指标",
      "可持续影响指标", "服务对象满意度指标"};
  return std::find(std::begin(kLabels), std::end(kLabels), text) != std::end(kLabels);
}

}  // namespace jixiao::parse
