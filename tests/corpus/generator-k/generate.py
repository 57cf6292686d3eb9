#!/usr/bin/env python3
"""Generator K: an eleventh independent generated corpus of 预算绩效自评报告 with expected documents.

Usage: generate.py OUT [-n N] [--seed S]
Writes OUT/<id>.txt, OUT/html/<id>.html and OUT/<id>.expected.json for N reports (six layouts cycled:
quanjiao, bingpai, guji, youjian, wenda, gengzheng) and checks every expected figure is in the text.
Python 3 standard library only; deterministic from --seed (no clock, no hash-order dependence).
"""
import math
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (D, C, Table, Indicator, q2, trim, yuan_exp, fmt_yuan, fmt_wan, rate, fmt_rate,  # noqa: E402
                    amount, part_of, spent, nice_int, distribute, sat_of, grade_of, table_html, flat_lines,
                    flat_tabs, dw, html_page, P, H, cycle, make_id, expected_doc, project_exp, self_check,
                    new_tally, count_figures, parse_args, summary_line, write_and_check, SCORED_KINDS, wrap)

GEN = "generator-k"
SEED = 20261203
LAYOUTS = ["quanjiao", "bingpai", "guji", "youjian", "wenda", "gengzheng"]
FW = "\u3000"  # 全角空格

# --------------------------------------------------------------------------------------------
# Places: 30 counties none of the other generators' READMEs names

PLACES = [
    ("sx", "山西", "平遥县", "平遥", "pingyao"), ("nm", "内蒙古", "鄂伦春自治旗", "鄂伦春", "elunchun"),
    ("nm", "内蒙古", "克什克腾旗", "克什克腾", "keshiketeng"), ("jl", "吉林", "抚松县", "抚松", "fusong"),
    ("hl", "黑龙江", "兰西县", "兰西", "lanxi"), ("js", "江苏", "沭阳县", "沭阳", "shuyang"),
    ("zj", "浙江", "安吉县", "安吉", "anji"), ("zj", "浙江", "仙居县", "仙居", "xianju"),
    ("ah", "安徽", "黟县", "黟县", "yixian"), ("fj", "福建", "德化县", "德化", "dehua"),
    ("fj", "福建", "长汀县", "长汀", "changting"), ("jx", "江西", "资溪县", "资溪", "zixi"),
    ("sd", "山东", "沂水县", "沂水", "yishui"), ("sd", "山东", "栖霞市", "栖霞", "qixia"),
    ("ha", "河南", "新县", "新县", "xinxian"), ("hb", "湖北", "英山县", "英山", "yingshan"),
    ("hn", "湖南", "凤凰县", "凤凰", "fenghuang"), ("gd", "广东", "南雄市", "南雄", "nanxiong"),
    ("gx", "广西", "龙州县", "龙州", "longzhou"), ("sc", "四川", "理塘县", "理塘", "litang"),
    ("sc", "四川", "若尔盖县", "若尔盖", "ruoergai"), ("gz", "贵州", "雷山县", "雷山", "leishan"),
    ("gz", "贵州", "从江县", "从江", "congjiang"), ("yn", "云南", "沧源佤族自治县", "沧源", "cangyuan"),
    ("sn", "陕西", "镇巴县", "镇巴", "zhenba"), ("gs", "甘肃", "临潭县", "临潭", "lintan"),
    ("gs", "甘肃", "舟曲县", "舟曲", "zhouqu"), ("xj", "新疆", "尉犁县", "尉犁", "yuli"),
    ("xj", "新疆", "和静县", "和静", "hejing"), ("he", "河北", "蔚县", "蔚县", "yuxian"),
]

# --------------------------------------------------------------------------------------------
# Sectors: six none of the other generators' READMEs names, five projects each.
# An indicator spec: (二级, name, kind, unit, lo, hi) — lo/hi: a count's range, a rate's target choices,
# a cost's range; qualitative: (二级, name, "qual", target, partly) ; time: (二级, name, "time", target).

SECTORS = {
    "gaj": ("公安局", "群众", [
        ("“天网”视频监控系统运维经费", [("数量指标", "维护视频监控点位", "ge", "个", 180, 900),
                                 ("质量指标", "监控设备在线率", "pct", "%", (95, 98)),
                                 ("成本指标", "单个点位年均运维成本", "le", "元", 1200, 2600),
                                 ("社会效益指标", "社会治安防控能力", "qual", "有所提升", "基本达到")], "辖区群众安全感满意度"),
        ("禁毒宣传教育专项经费", [("数量指标", "开展禁毒宣传活动", "ge", "场次", 24, 80),
                            ("数量指标", "受教育群众", "ge", "人次", 8000, 40000),
                            ("时效指标", "宣传活动完成时间", "time", "12月底前完成"),
                            ("社会效益指标", "新增吸毒人员", "zero", "人")], "受教育群众满意度"),
        ("执法办案装备购置经费", [("数量指标", "购置执法记录仪", "ge", "台", 40, 160),
                            ("质量指标", "装备验收合格率", "pct", "%", (100,)),
                            ("成本指标", "执法记录仪单价", "le", "元", 1800, 3200),
                            ("社会效益指标", "执法规范化水平", "qual", "进一步提高", "有所提高")], "一线民警满意度"),
        ("辅警队伍保障经费", [("数量指标", "保障辅警人数", "ge", "人", 60, 260),
                          ("质量指标", "工资按时足额发放率", "pct", "%", (100,)),
                          ("时效指标", "工资发放时间", "time", "每月15日前发放"),
                          ("社会效益指标", "警力不足问题", "qual", "有效缓解", "部分缓解")], "辅警队伍满意度"),
        ("道路交通安全设施维护经费", [("数量指标", "维护交通信号灯", "ge", "组", 30, 120),
                               ("数量指标", "施划交通标线", "ge", "平方米", 3000, 15000),
                               ("质量指标", "设施完好率", "pct", "%", (95, 98)),
                               ("社会效益指标", "较大以上道路交通事故", "zero", "起")], "过往群众满意度"),
    ]),
    "sjj": ("大数据发展中心", "使用单位", [
        ("政务云租赁服务经费", [("数量指标", "租用云主机", "ge", "台", 80, 400),
                           ("质量指标", "政务云服务可用率", "pct", "%", (99,)),
                           ("成本指标", "云主机年均租赁成本", "le", "元", 4800, 9600),
                           ("可持续影响指标", "集约化建设水平", "qual", "有所提升", "基本达到")], "使用单位满意度"),
        ("电子政务外网运维经费", [("数量指标", "接入单位", "ge", "家", 60, 220),
                            ("质量指标", "网络通达率", "pct", "%", (99, 98)),
                            ("时效指标", "故障响应时间", "le", "小时", 2, 4),
                            ("社会效益指标", "网络安全事件", "zero", "起")], "接入单位满意度"),
        ("政务数据共享交换平台运维经费", [("数量指标", "归集数据资源目录", "ge", "条", 800, 4000),
                                 ("数量指标", "提供数据共享调用", "ge", "万次", 20, 180),
                                 ("质量指标", "数据更新及时率", "pct", "%", (90, 95)),
                                 ("经济效益指标", "重复建设投入", "qual", "明显减少", "有所减少")], "部门用户满意度"),
        ("网络安全等级保护测评经费", [("数量指标", "完成等保测评系统", "ge", "个", 6, 30),
                               ("质量指标", "高危漏洞整改率", "pct", "%", (100,)),
                               ("时效指标", "测评完成时间", "time", "11月底前完成"),
                               ("可持续影响指标", "网络安全防护能力", "qual", "持续增强", "有所增强")], "被测评单位满意度"),
        ("12345政务服务便民热线运行经费", [("数量指标", "受理群众诉求", "ge", "件", 20000, 90000),
                                  ("质量指标", "按时办结率", "pct", "%", (95, 98)),
                                  ("时效指标", "工单平均派发时长", "le", "小时", 1, 2),
                                  ("社会效益指标", "群众诉求解决率", "pct", "%", (85, 90))], "来电群众满意度"),
    ]),
    "zwj": ("政务服务管理局", "办事群众", [
        ("政务服务中心运行保障经费", [("数量指标", "进驻窗口", "ge", "个", 60, 160),
                               ("数量指标", "办理政务服务事项", "ge", "件", 60000, 240000),
                               ("质量指标", "一次办结率", "pct", "%", (90, 95)),
                               ("社会效益指标", "群众办事便利度", "qual", "明显提升", "有所提升")], "办事群众满意度"),
        ("“一网通办”平台运维经费", [("数量指标", "网上可办事项", "ge", "项", 900, 1800),
                               ("质量指标", "全程网办率", "pct", "%", (70, 80)),
                               ("成本指标", "平台年运维费用", "le", "万元", 30, 90),
                               ("社会效益指标", "群众跑动次数", "qual", "明显减少", "有所减少")], "网办用户满意度"),
        ("帮办代办服务经费", [("数量指标", "提供帮办代办服务", "ge", "件", 1500, 8000),
                          ("质量指标", "代办事项办结率", "pct", "%", (95, 98)),
                          ("时效指标", "服务完成时间", "time", "12月底前完成"),
                          ("经济效益指标", "服务重点项目", "ge", "个", 20, 90)], "企业和群众满意度"),
        ("24小时自助服务区建设经费", [("数量指标", "布设自助服务终端", "ge", "台", 10, 40),
                                 ("质量指标", "终端验收合格率", "pct", "%", (100,)),
                                 ("成本指标", "终端平均采购单价", "le", "元", 28000, 56000),
                                 ("社会效益指标", "“不打烊”服务覆盖乡镇", "ge", "个", 6, 18)], "服务对象满意度"),
        ("政务服务“好差评”系统运维经费", [("数量指标", "收集服务评价", "ge", "条", 30000, 120000),
                                 ("质量指标", "差评整改率", "pct", "%", (100,)),
                                 ("时效指标", "差评回访时间", "le", "天", 3, 5),
                                 ("可持续影响指标", "评价结果运用机制", "qual", "已建立", "逐步建立")], "评价群众满意度"),
    ]),
    "tcj": ("投资促进局", "服务企业", [
        ("招商引资专项工作经费", [("数量指标", "引进亿元以上项目", "ge", "个", 4, 16),
                            ("数量指标", "外出招商", "ge", "批次", 12, 40),
                            ("质量指标", "签约项目履约率", "pct", "%", (80, 85)),
                            ("经济效益指标", "到位资金", "ge", "亿元", 8, 40)], "落地企业满意度"),
        ("重点产业招商推介会经费", [("数量指标", "举办招商推介会", "ge", "场", 2, 6),
                              ("数量指标", "邀请参会客商", "ge", "人", 120, 500),
                              ("时效指标", "推介会举办时间", "time", "10月底前完成"),
                              ("经济效益指标", "现场签约项目", "ge", "个", 5, 20)], "参会客商满意度"),
        ("招商项目前期策划经费", [("数量指标", "编制招商项目策划书", "ge", "个", 10, 40),
                            ("质量指标", "策划成果评审通过率", "pct", "%", (90, 100)),
                            ("成本指标", "单个项目策划费用", "le", "万元", 2, 6),
                            ("可持续影响指标", "招商项目储备库", "qual", "持续充实", "有所充实")], "项目单位满意度"),
        ("驻外招商联络处运行经费", [("数量指标", "驻外联络处", "ge", "个", 2, 5),
                              ("数量指标", "对接联系企业", "ge", "家", 60, 260),
                              ("质量指标", "有效信息转化率", "pct", "%", (20, 30)),
                              ("社会效益指标", "区域招商影响力", "qual", "进一步扩大", "有所扩大")], "联系企业满意度"),
        ("营商环境宣传推介经费", [("数量指标", "制作宣传资料", "ge", "册", 2000, 8000),
                            ("数量指标", "发布推介稿件", "ge", "篇", 40, 160),
                            ("时效指标", "宣传资料印制完成时间", "time", "6月底前完成"),
                            ("社会效益指标", "营商环境知晓度", "qual", "明显提高", "有所提高")], "企业满意度"),
    ]),
    "gsl": ("工商业联合会", "会员企业", [
        ("民营经济人士教育培训经费", [("数量指标", "举办培训班", "ge", "期", 3, 10),
                               ("数量指标", "培训民营经济人士", "ge", "人次", 200, 900),
                               ("质量指标", "学员考核合格率", "pct", "%", (95, 98)),
                               ("社会效益指标", "民营经济人士理想信念", "qual", "进一步坚定", "有所增强")], "参训学员满意度"),
        ("基层商会建设经费", [("数量指标", "规范化建设基层商会", "ge", "个", 4, 16),
                          ("质量指标", "商会年检合格率", "pct", "%", (100,)),
                          ("时效指标", "建设任务完成时间", "time", "12月底前完成"),
                          ("可持续影响指标", "商会服务能力", "qual", "持续提升", "有所提升")], "会员企业满意度"),
        ("“万企兴万村”行动工作经费", [("数量指标", "参与结对民营企业", "ge", "家", 20, 90),
                                  ("数量指标", "结对帮扶村", "ge", "个", 15, 60),
                                  ("经济效益指标", "带动村集体增收", "ge", "万元", 80, 400),
                                  ("社会效益指标", "帮扶村发展活力", "qual", "明显增强", "有所增强")], "结对村群众满意度"),
        ("非公有制经济调研经费", [("数量指标", "开展专题调研", "ge", "次", 4, 12),
                            ("数量指标", "形成调研报告", "ge", "篇", 3, 8),
                            ("质量指标", "建议被采纳率", "pct", "%", (50, 60)),
                            ("时效指标", "调研报告报送时间", "time", "11月底前完成")], "相关部门满意度"),
        ("民营企业法律服务经费", [("数量指标", "开展法治体检企业", "ge", "家", 40, 160),
                            ("数量指标", "调处涉企纠纷", "ge", "件", 20, 80),
                            ("质量指标", "纠纷调解成功率", "pct", "%", (85, 90)),
                            ("社会效益指标", "企业依法经营意识", "qual", "明显增强", "有所增强")], "服务企业满意度"),
    ]),
    "kfq": ("经济开发区管理委员会", "入园企业", [
        ("园区道路及绿化养护经费", [("数量指标", "养护园区道路", "ge", "公里", 8, 30),
                              ("数量指标", "养护绿化面积", "ge", "万平方米", 6, 30),
                              ("质量指标", "道路完好率", "pct", "%", (95, 98)),
                              ("生态效益指标", "园区绿化覆盖率", "pct", "%", (30, 35))], "入园企业满意度"),
        ("标准化厂房运维经费", [("数量指标", "运维标准化厂房", "ge", "万平方米", 5, 24),
                            ("质量指标", "厂房出租率", "pct", "%", (80, 85)),
                            ("成本指标", "每平方米年运维成本", "le", "元", 6, 15),
                            ("经济效益指标", "新入驻企业", "ge", "家", 4, 16)], "承租企业满意度"),
        ("园区安全生产监管经费", [("数量指标", "开展安全检查", "ge", "次", 60, 240),
                            ("质量指标", "隐患整改率", "pct", "%", (100,)),
                            ("时效指标", "重大隐患整改时限", "le", "天", 15, 30),
                            ("社会效益指标", "生产安全事故", "zero", "起")], "园区企业满意度"),
        ("园区污水管网维护经费", [("数量指标", "维护污水管网", "ge", "公里", 10, 40),
                            ("质量指标", "管网正常运行率", "pct", "%", (95, 98)),
                            ("生态效益指标", "污水收集率", "pct", "%", (90, 95)),
                            ("时效指标", "维修响应时间", "le", "小时", 12, 24)], "企业满意度"),
        ("企业服务专员工作经费", [("数量指标", "配备企业服务专员", "ge", "名", 20, 60),
                            ("数量指标", "协调解决企业诉求", "ge", "件", 150, 600),
                            ("质量指标", "诉求办结率", "pct", "%", (90, 95)),
                            ("经济效益指标", "园区规上工业企业", "ge", "家", 30, 90)], "服务企业满意度"),
    ]),
}
SECTOR_KEYS = ["gaj", "sjj", "zwj", "tcj", "gsl", "kfq"]
TIME_DONE = {"12月底前完成": "已按期完成", "11月底前完成": "按期完成", "10月底前完成": "10月完成",
             "6月底前完成": "5月完成", "每月15日前发放": "按月及时发放"}


def unit_name(cfull, short, key):
    if key == "kfq":
        return f"{short}经济开发区管理委员会"
    return cfull + SECTORS[key][0]


# --------------------------------------------------------------------------------------------
# Indicators


class Ind(Indicator):
    def tgt(self, words=False):
        k, t, u = self.kind, self.target, self.unit
        if k in ("ge", "pct", "sat"):
            return f"不少于{t}{u}" if words and k == "ge" else f"不低于{t}{u}" if words else f"≥{t}{u}"
        if k in ("le", "lepct"):
            return f"不超过{t}{u}" if words else f"≤{t}{u}"
        if k == "zero":
            return f"{t}{u}" if words else f"={t}{u}"
        return t

    def act_s(self):
        return f"{self.actual}{self.unit}" if self.numeric else self.actual

    def exp(self, score=True):
        return {"name": self.name, "target": self.target, "actual": self.actual,
                "score": self.score if score else None}


def pct_actual(rng, t, met):
    t = D(t)
    if met:
        if t >= 100:
            return "100"
        return trim(t + D(rng.randint(0, int(min(100 - t, 6) * 10))) / 10)
    return trim(t - D(rng.randint(5, 60)) / 10)


def make_ind(rng, l1, spec):
    l2, name, kind = spec[0], spec[1], spec[2]
    met = rng.random() < 0.8
    if kind == "ge":
        unit, lo, hi = spec[3], spec[4], spec[5]
        t = nice_int(rng, lo, hi)
        a = t + rng.randint(0, max(1, t // 8)) if met else max(1, t - rng.randint(1, max(1, t // 7)))
        if a >= 1000 and met:
            a = max(t, a // 10 * 10)
        return Ind(l1, l2, name, "ge", unit, str(t), str(a))
    if kind == "pct":
        t = rng.choice(spec[4])
        return Ind(l1, l2, name, "pct", "%", str(t), pct_actual(rng, t, met))
    if kind == "le":
        unit, lo, hi = spec[3], spec[4], spec[5]
        t = rng.randint(lo, hi)
        if t > 100:
            t = t // 10 * 10
        if met:
            a = t - rng.randint(0, max(0, t // 10)) if t > 2 else t
        else:
            a = t + max(1, rng.randint(1, max(1, t // 10)))
        return Ind(l1, l2, name, "le", unit, str(t), str(a))
    if kind == "zero":
        return Ind(l1, l2, name, "zero", spec[3], "0", "0")
    if kind == "time":
        t = spec[3]
        return Ind(l1, l2, name, "time", "", t, TIME_DONE[t] if met else "基本按期完成", met)
    if kind == "qual":
        return Ind(l1, l2, name, "qual", "", spec[3], spec[3] if met else spec[4], met)
    raise ValueError(kind)


def make_project(rng, ctx, spec, gran):
    name, specs, satname = spec
    outs = [s for s in specs if s[0] in ("数量指标", "质量指标", "时效指标", "成本指标")]
    bens = [s for s in specs if s not in outs]
    inds = [make_ind(rng, "产出指标", s) for s in outs] + [make_ind(rng, "效益指标", s) for s in bens]
    t = rng.choice([90, 95])
    sat_met = rng.random() < 0.85
    sa = trim(D(t) + D(rng.randint(0, (99 - t) * 10)) / 10) if sat_met else trim(D(t) - D(rng.randint(5, 40)) / 10)
    inds.append(Ind("满意度指标", "服务对象满意度指标", satname, "sat", "%", str(t), sa))
    no, nb = len(outs), len(bens)
    w = distribute(rng, 50, no, 5) + (distribute(rng, 30, nb, 5) if nb else []) + [10]
    if not nb:
        w[0] += 30
    for ind, wt in zip(inds, w):
        ind.weight = str(wt)
        ind.compute_score(rng)
    assert sum(int(i.weight) for i in inds) == 90
    budget = amount(rng, 150000, 2600000, gran)
    fiscal = budget if rng.random() < 0.5 else part_of(rng, budget, 0.7, 0.95, gran)
    executed = spent(rng, budget, gran, full=0.3, lo=0.78, hi=0.995)
    r = rate(executed, budget)
    exec_score = q2(min(r, D(100)) / 10)
    total = exec_score + sum(D(i.score) for i in inds)
    return {"name": name, "budget": budget, "fiscal": fiscal, "other": budget - fiscal, "executed": executed,
            "rate": r, "inds": inds, "sat": sa, "exec_score": exec_score, "total": q2(total),
            "grade": grade_of(total)}


def make_projects(rng, ctx, n, gran):
    specs = SECTORS[ctx["key"]][2]
    pick = sorted(rng.sample(range(len(specs)), n))
    return [make_project(rng, ctx, specs[k], gran) for k in pick]


def dept_funds(rng, projects, gran):
    basic = amount(rng, 3000000, 12000000, gran)
    extra = amount(rng, 200000, 3000000, gran)
    bt = basic + extra + sum(p["budget"] for p in projects)
    et = part_of(rng, basic, 0.96, 1.0, gran) + part_of(rng, extra, 0.7, 1.0, gran) + sum(p["executed"] for p in projects)
    return {"basic": basic, "proj_total": extra + sum(p["budget"] for p in projects), "budget": bt, "executed": et,
            "rate": rate(et, bt)}


def proj_exp(p, ctx, fiscal=True, sat=True, score=True, inds=True):
    return project_exp(p["name"], p["budget"], p["fiscal"] if fiscal else None, p["executed"],
                       fmt_rate(p["rate"], ctx["rs"]), p["sat"] if sat else None,
                       [i.exp(score) for i in p["inds"]] if inds else [])


def funds_exp(f, ctx):
    return {"budget_total": yuan_exp(f["budget"]), "executed_total": yuan_exp(f["executed"]),
            "execution_rate_stated": fmt_rate(f["rate"], ctx["rs"])}


# --------------------------------------------------------------------------------------------
# Context


def make_ctx(rng, i, layout, seed):
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    ppy, prov, cfull, short, cpy = PLACES[order[i % len(PLACES)]]
    key = SECTOR_KEYS[(i + i // 6) % len(SECTOR_KEYS)]
    year = rng.randint(2019, 2025)
    unit = unit_name(cfull, short, key)
    return {"index": i, "layout": layout, "seed": seed, "ppy": ppy, "prov": prov, "cfull": cfull, "short": short,
            "cpy": cpy, "key": key, "unit_py": key, "unit": unit, "year": year,
            "rs": rng.choice(["2", "t"]), "pub": f"{year + 1}年{rng.randint(3, 8)}月{rng.randint(1, 28)}日",
            "caizheng": f"{cfull}财政局"}


def W(fen, dec):
    return fmt_wan(fen, dec)


def money(fen, style):
    """style: 'w2' / 'w4' 万元, 'y' 元 with separators — the figure and its unit."""
    if style == "y":
        return fmt_yuan(fen) + "元"
    return fmt_wan(fen, 2 if style == "w2" else 4) + "万元"


def bare(fen, style):
    return fmt_yuan(fen) if style == "y" else fmt_wan(fen, 2 if style == "w2" else 4)


GRAN = {"w2": 10000, "w4": 100, "y": 1}
UNIT_LABEL = {"w2": "万元", "w4": "万元", "y": "元"}

PROBLEMS = [
    "部分项目绩效目标设置不够细化，个别指标偏重工作过程，难以全面反映项目实际效果",
    "预算执行进度前松后紧，部分资金集中在第四季度支付",
    "绩效自评主要依靠业务股室自行填报，佐证资料收集不够系统",
    "满意度调查样本覆盖面偏窄，调查方式以纸质问卷为主",
]
MEASURES = [
    "在编制下一年度预算时同步细化量化绩效目标，增加反映效益的指标",
    "按月调度项目资金支付进度，对进度滞后的项目及时督促整改",
    "建立项目绩效档案，做到过程资料随时归集、自评结论有据可查",
    "扩大满意度调查范围，采用线上问卷与电话回访相结合的方式",
]


def rs_pct(r, ctx, full=False):
    return fmt_rate(r, ctx["rs"]) + ("％" if full else "%")


# --------------------------------------------------------------------------------------------
# Layout 1: quanjiao — tables exported with full-width spaces between cells


def summary_table(ps, style, ctx, total_row=True):
    u = UNIT_LABEL[style]
    t = Table().row("序号", "项目名称", f"全年预算数（{u}）", f"其中：财政拨款（{u}）", f"全年执行数（{u}）", "执行率",
                    "自评得分", "自评等级")
    for k, p in enumerate(ps, 1):
        t.row(str(k), p["name"], bare(p["budget"], style), bare(p["fiscal"], style), bare(p["executed"], style),
              rs_pct(p["rate"], ctx), trim(p["total"]), p["grade"])
    if total_row:
        b = sum(p["budget"] for p in ps)
        f = sum(p["fiscal"] for p in ps)
        e = sum(p["executed"] for p in ps)
        t.row(C("合计", cs=2), bare(b, style), bare(f, style), bare(e, style), rs_pct(rate(e, b), ctx), "—", "—")
    return t


def ind_table(p, words=False, merged=True, reason=True):
    t = Table()
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    if reason:
        head.append("偏差原因分析及改进措施")
    t.row(*head)
    inds = p["inds"]
    k = 0
    while k < len(inds):
        j = k
        while j < len(inds) and inds[j].l1 == inds[k].l1:
            j += 1
        for m in range(k, j):
            i = inds[m]
            cells = []
            if merged:
                if m == k:
                    cells.append(C(i.l1, rs=j - k))
            else:
                cells.append(i.l1)
            cells += [i.l2, i.name, i.tgt(words), i.act_s(), i.weight, i.score]
            if reason:
                cells.append("" if D(i.score) == D(i.weight) else deviation(i))
            t.row(*cells)
        k = j
    return t


def deviation(i):
    if i.kind == "sat":
        return "个别服务对象对办理时效有意见，下一步加强沟通解释"
    if i.kind in ("le", "lepct"):
        return "受物价上涨影响成本超出目标，下一步优化采购方式"
    if i.kind in ("time", "qual"):
        return "受客观因素影响进度滞后，已督促加快推进"
    return "未完全达到年度目标，下一步加强调度"


def flat_fw(t, mode):
    """A table as WPS / an OA system saves it as text: cells parted by full-width spaces.
    mode 'one': one 　 between the cells a row starts (covered cells absent);
    'pad': every column padded with 　 to its widest cell, covered cells blank, runs of 　 between;
    'oa': each row indented 　　, cells parted by 　　 (covered cells absent)."""
    placed, occ, ncols = t.grid()
    if mode in ("one", "oa"):
        sep = FW if mode == "one" else FW * 2
        lead = "" if mode == "one" else FW * 2
        return "\n".join(lead + sep.join(c.text.replace("\n", "") for _, c in items) for items in placed)
    widths = [0] * ncols
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                widths[c] = max(widths[c], (dw(cl.text) + 1) // 2)
    out = []
    for r, items in enumerate(placed):
        origin = dict(items)
        cells, c = [], 0
        while c < ncols:
            if c in origin:
                cl = origin[c]
                wid = sum(widths[c:c + cl.cs]) + cl.cs - 1
                txt = cl.text.replace("\n", "")
                cells.append(txt + FW * max(0, wid - (dw(txt) + 1) // 2))
                c += cl.cs
            else:
                cells.append(FW * widths[c])
                c += 1
        out.append((FW * 2).join(cells).rstrip(FW + " "))
    return "\n".join(out)


def build_quanjiao(rng, ctx):
    var = cycle(ctx, ["Q1", "Q2", "Q3"])
    style = {"Q1": "w2", "Q2": rng.choice(["w2", "w4"]), "Q3": "y"}[var]
    mode = {"Q1": "one", "Q2": "pad", "Q3": "oa"}[var]
    gran = GRAN[style]
    ps = make_projects(rng, ctx, rng.randint(2, 4), gran)
    f = dept_funds(rng, ps, gran)
    y, unit = ctx["year"], ctx["unit"]
    title = f"{unit}{y}年度项目支出绩效自评报告"
    words = rng.random() < 0.35
    ind_bits, ind_parts = [], []
    paras = [
        ("h", "一、部门基本情况"),
        ("p", f"{unit}是{ctx['cfull']}人民政府工作部门（单位），内设股室{rng.randint(4, 9)}个，"
              f"年末实有人员{rng.randint(18, 90)}人。"),
        ("p", f"{y}年部门预算总额{money(f['budget'], style)}，其中基本支出{money(f['basic'], style)}、项目支出"
              f"{money(f['proj_total'], style)}；全年实际支出{money(f['executed'], style)}，部门预算执行率"
              f"{rs_pct(f['rate'], ctx)}。"),
        ("h", "二、项目支出绩效自评情况"),
        ("p", f"按照{ctx['caizheng']}关于开展{y}年度绩效自评工作的通知要求，我单位对{len(ps)}个项目开展了绩效自评，"
              f"自评结果见表1。"),
        ("c", f"表1　{y}年度项目支出绩效自评结果汇总表"),
        ("t", summary_table(ps, style, ctx)),
    ]
    for k, p in enumerate(ps, 1):
        paras += [
            ("h", f"（{'一二三四五'[k - 1]}）{p['name']}"),
            ("p", f"该项目全年预算数{money(p['budget'], style)}，其中财政拨款{money(p['fiscal'], style)}；"
                  f"全年执行数{money(p['executed'], style)}，预算执行率{rs_pct(p['rate'], ctx)}。经问卷调查，"
                  f"{p['inds'][-1].name}为{p['sat']}%。项目自评得分{trim(p['total'])}分，等级为“{p['grade']}”。"),
            ("c", f"表2-{k}　{p['name']}绩效指标完成情况"),
            ("t", ind_table(p, words=words, merged=(mode != "pad") or rng.random() < 0.5, reason=(var != "Q1"))),
        ]
    paras += [("h", "三、存在的问题"), ("p", "一是" + PROBLEMS[0] + "；二是" + PROBLEMS[1] + "。"),
              ("h", "四、改进措施"), ("p", "一是" + MEASURES[0] + "；二是" + MEASURES[1] + "。")]
    txt = [title, ""]
    body = [H(title, 1)]
    for kind, x in paras:
        if kind == "t":
            txt.append(flat_fw(x, mode))
            body.append(table_html(x, head=1))
        else:
            ind = FW * 2 if kind == "p" else ""
            txt.append((FW * 4 + x) if kind == "c" and mode != "one" else (ind + x))
            body.append(P(x, center=(kind == "c"), bold=(kind == "h")))
        if mode == "oa" or kind in ("t",):
            txt.append("")
    txt += ["", f"{FW * 12}{unit}", f"{FW * 12}{ctx['pub']}", ""]
    body += [P(unit, right=True), P(ctx["pub"], right=True)]
    rid = make_id("gk", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds_exp(f, ctx), [proj_exp(p, ctx) for p in ps])
    return rid, "\n".join(txt), html_page(title, body), exp


# --------------------------------------------------------------------------------------------
# Layout 2: bingpai — two projects' forms side by side on a landscape page (pdftotext -layout)


def form_table(p, ctx, style, unit):
    u = UNIT_LABEL[style]
    t = Table()
    t.row(C("项目名称"), C(p["name"], cs=5))
    t.row(C("主管部门"), C(unit, cs=2), C("实施单位"), C(unit if len(unit) < 14 else unit, cs=2))
    t.row(f"项目资金（{u}）", "全年预算数", "其中：财政拨款", "全年执行数", "执行率", "执行率得分")
    t.row("年度资金总额", bare(p["budget"], style), bare(p["fiscal"], style), bare(p["executed"], style),
          rs_pct(p["rate"], ctx), trim(p["exec_score"]))
    t.row("指标类别", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    for i in p["inds"]:
        t.row(f"{i.l1[:-2]}-{i.l2[:-2]}", i.name, i.tgt(), i.act_s(), i.weight, i.score)
    t.row(C("总分", cs=4), "100", trim(p["total"]))
    t.row(C("自评等级", cs=4), C(p["grade"], cs=2))
    return t


NUMERIC = set("0123456789.,%≥≤=－-")


def layout_lines(t, gap=2):
    """A form as pdftotext -layout prints it: each row a line, columns padded with spaces, figures right-aligned."""
    placed, occ, ncols = t.grid()
    widths = [0] * ncols
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                widths[c] = max(widths[c], dw(cl.text))
    for items in placed:
        for c, cl in items:
            if cl.cs > 1:
                have = sum(widths[c:c + cl.cs]) + gap * (cl.cs - 1)
                if dw(cl.text) > have:
                    widths[c + cl.cs - 1] += dw(cl.text) - have
    lines = []
    for items in placed:
        origin = dict(items)
        s, c = "", 0
        while c < ncols:
            if c in origin:
                cl = origin[c]
                wid = sum(widths[c:c + cl.cs]) + gap * (cl.cs - 1)
                txt = cl.text
                pad = " " * (wid - dw(txt))
                s += (pad + txt) if txt and all(ch in NUMERIC for ch in txt) else (txt + pad)
                c += cl.cs
            else:
                s += " " * widths[c]
                c += 1
            if c < ncols:
                s += " " * gap
        lines.append(s)
    return lines, sum(widths) + gap * (ncols - 1)


def build_bingpai(rng, ctx):
    var = cycle(ctx, ["B1", "B2", "B3"])
    style = {"B1": "w2", "B2": "y", "B3": "w4"}[var]
    gran = GRAN[style]
    n = rng.choice([3, 4]) if var != "B3" else rng.choice([2, 4])
    ps = make_projects(rng, ctx, n, gran)
    y, unit = ctx["year"], ctx["unit"]
    title = f"{y}年度项目支出绩效自评表"
    head = f"填报单位（盖章）：{unit}"
    forms = [form_table(p, ctx, style, unit) for p in ps]
    pages = [forms[k:k + 2] for k in range(0, len(forms), 2)]
    out_pages, body = [], [P("附件2"), H(f"{unit}{title}", 1)]
    for pn, pair in enumerate(pages, 1):
        rendered = [layout_lines(t) for t in pair]
        left, lw = rendered[0]
        lines = []
        caps = [f"表{2 * pn - 1 + k}  {ps[2 * (pn - 1) + k]['name']}绩效自评表" for k in range(len(pair))]
        if len(pair) == 2:
            right, rw = rendered[1]
            offset = 2 if var == "B3" else 0
            right = [""] * offset + right
            cap = caps[0] + " " * max(2, lw + 8 - dw(caps[0])) + caps[1]
            lines.append(cap)
            lines.append("")
            for k in range(max(len(left), len(right))):
                a = left[k] if k < len(left) else ""
                b = right[k] if k < len(right) else ""
                lines.append((a + " " * (lw - dw(a)) + " " * 8 + b).rstrip() if b else a.rstrip())
        else:
            lines += [caps[0], ""] + [x.rstrip() for x in left]
        page = []
        if pn == 1:
            page += ["附件2", "", f"{unit}{title}".center(80).rstrip(), "", head + "    金额单位：" +
                     UNIT_LABEL[style], ""]
        else:
            page += [f"{unit}{title}（续）".center(80).rstrip(), ""]
        page += lines
        page += ["", f"填表人：{rng.choice(['王', '李', '张', '刘', '陈', '杨'])}{rng.choice(['晓', '建', '海', '丽', '文'])}"
                     f"{rng.choice(['梅', '军', '华', '燕', '斌'])}    联系电话：0{rng.randint(300, 999)}-{rng.randint(2000000, 8999999)}"
                     f"    填报日期：{ctx['pub']}", "", f"第 {pn} 页 共 {len(pages)} 页".center(120).rstrip()]
        out_pages.append("\n".join(page))
        # HTML: the two forms in one wide table, as a landscape worksheet holds them
        big = Table()
        rows = [t.rows for t in pair]
        big.row(*([C(caps[0], cs=6)] + ([C(""), C(caps[1], cs=6)] if len(pair) == 2 else [])))
        off = 2 if (var == "B3" and len(pair) == 2) else 0
        lrows = rows[0]
        rrows = ([[C("", cs=6)]] * off + rows[1]) if len(pair) == 2 else []
        for k in range(max(len(lrows), len(rrows))):
            cells = list(lrows[k]) if k < len(lrows) else [C("", cs=6)]
            if len(pair) == 2:
                cells += [C("")] + (list(rrows[k]) if k < len(rrows) else [C("", cs=6)])
            big.row(*[C(c.text, c.rs, c.cs) for c in cells])
        if pn == 1:
            body.append(P(head + "　金额单位：" + UNIT_LABEL[style]))
        body.append(table_html(big))
    txt = "\f".join(out_pages) + "\n"
    rid = make_id("gk", ctx)
    exp = expected_doc(GEN, ctx, rid, f"{unit}{title}", "自评表", unit, None, [proj_exp(p, ctx) for p in ps])
    return rid, txt, html_page(f"{unit}{title}", body), exp


# --------------------------------------------------------------------------------------------
# Layout 3: guji — figures in prose with qualifiers, ranges, year-on-year changes and 分别为 lists


def approx_wan(fen, mode):
    """A round figure near fen for 约 / 近 / 超过 (mode), in 万元, never equal to it."""
    w = D(fen) / D(1000000)
    step = D(10) if w >= 100 else D(1) if w >= 10 else D("0.1")
    if mode == "近":
        v = (w / step).to_integral_value(rounding="ROUND_CEILING") * step
        if v == w:
            v += step
    elif mode == "超过":
        v = (w / step).to_integral_value(rounding="ROUND_FLOOR") * step
        if v == w:
            v -= step
    else:
        v = (w / step).to_integral_value() * step
    return trim(v)


def near_big(fen):
    """近百万元 / 近300万元 / 近千万元 when fen is within a tenth below a round figure, else 约…万元."""
    w = D(fen) / D(1000000)
    for v, text in ((100, "近百万元"), (200, "近200万元"), (300, "近300万元"), (500, "近500万元"),
                    (800, "近800万元"), (1000, "近千万元"), (1500, "近1500万元"), (2000, "近2000万元")):
        if D(v) * D("0.9") <= w < v:
            return text
    return f"约{approx_wan(fen, '约')}万元"


def q(name):
    """A name in quotation marks, unless it has its own (then as it is, as writers usually leave it)."""
    return name if "“" in name else f"“{name}”"


def join_list(xs):
    return xs[0] if len(xs) == 1 else "、".join(xs[:-1]) + "和" + xs[-1]


def ind_sentence(i, k, words, extra=""):
    lead = ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是"][k]
    if i.kind == "sat":
        return f"{lead}{i.name}年度目标{i.tgt(words)}，经问卷调查实际为{i.actual}%，得{i.score}分"
    if i.kind in ("time", "qual"):
        return f"{lead}{q(i.name)}年度目标为“{i.target}”，实际{i.actual}，得{i.score}分"
    return f"{lead}{q(i.name)}年度目标{i.tgt(words)}，实际完成{i.act_s()}{extra}，得{i.score}分"


def build_guji(rng, ctx):
    var = cycle(ctx, ["G1", "G2", "G3"])
    style = rng.choice(["w2", "w4"])
    gran = GRAN[style]
    ps = make_projects(rng, ctx, 3, gran)
    f = dept_funds(rng, ps, gran)
    y, unit = ctx["year"], ctx["unit"]
    title = f"{unit}关于{y}年度项目支出绩效自评情况的报告"
    wd = 2 if style == "w2" else 4
    g_dept = D(rng.randint(-80, 160)) / 10
    prev_rate = q2(f["rate"] - D(rng.randint(-300, 500)) / 100)
    sumb = sum(p["budget"] for p in ps)
    lines = [title, "", f"{ctx['caizheng']}：", ""]
    paras = []
    chg = f"较上年增长{abs(g_dept)}%" if g_dept >= 0 else f"较上年下降{abs(g_dept)}%"
    paras.append(("h", "一、部门预算及执行总体情况"))
    paras.append(("p", f"{y}年，我单位部门预算总额{money(f['budget'], style)}，{chg}；全年实际支出"
                       f"{money(f['executed'], style)}，预算执行率{rs_pct(f['rate'], ctx)}，比上年的{trim(prev_rate)}%"
                       f"{'提高' if f['rate'] >= prev_rate else '降低'}{trim(abs(f['rate'] - prev_rate))}个百分点。"
                       f"其中项目支出预算约{approx_wan(f['proj_total'], '约')}万元，约占部门预算的"
                       f"{'一二三四五六七八九'[max(1, min(9, int((D(f['proj_total']) * 10 / D(f['budget'])).to_integral_value()))) - 1]}成。"))
    names = [p["name"] for p in ps]
    paras.append(("h", "二、项目支出绩效自评情况"))
    paras.append(("p", f"今年纳入自评范围的项目共{len(ps)}个，涉及资金{near_big(sumb)}，各项目执行率均超过"
                       f"{min(int(min(p['rate'] for p in ps)) // 5 * 5, 95)}%，满意度均在85%以上。"))
    if var in ("G1", "G3"):
        paras.append(("p", f"{join_list([q(n) for n in names])}{len(ps)}个项目全年预算数分别为"
                           f"{join_list([W(p['budget'], wd) + '万元' for p in ps])}，其中财政拨款分别为"
                           f"{join_list([W(p['fiscal'], wd) + '万元' for p in ps])}；全年实际支出分别为"
                           f"{join_list([W(p['executed'], wd) + '万元' for p in ps])}，预算执行率分别为"
                           f"{join_list([rs_pct(p['rate'], ctx) for p in ps])}。"))
    cn = "一二三四"
    for k, p in enumerate(ps):
        paras.append(("h", f"（{cn[k]}）{p['name']}"))
        g = D(rng.randint(-150, 250)) / 10
        start = y - rng.randint(2, 5)
        cum = p["executed"] * rng.randint(25, 45) // 10
        if var == "G2":
            paras.append(("p", f"该项目自{start}年实施以来累计投入资金超过{approx_wan(cum, '超过')}万元。{y}年全年预算"
                               f"{money(p['budget'], style)}，{'比上年增长' if g >= 0 else '比上年减少'}{abs(g)}%，其中财政拨款"
                               f"{money(p['fiscal'], style)}；截至{y}年12月31日累计拨付{money(p['executed'], style)}，"
                               f"预算执行率{rs_pct(p['rate'], ctx)}。"))
        else:
            paras.append(("p", f"该项目{y}年预算{'较上年增长' if g >= 0 else '同比下降'}{abs(g)}%，年内资金"
                               f"{'全部' if p['executed'] == p['budget'] else '大部分'}按进度拨付，"
                               f"{'年末无结余' if p['executed'] == p['budget'] else '剩余约' + approx_wan(p['budget'] - p['executed'], '约') + '万元结转下年使用'}。"
                               f"项目自{start}年启动，累计投入{near_big(cum)}。"))
        inds = p["inds"]
        if var == "G3":
            qs = [i for i in inds if i.kind == "ge" and i.l2 == "数量指标"]
            rest = [i for i in inds if i not in qs]
            sent = []
            if len(qs) >= 2:
                sent.append(f"数量指标方面，{join_list([q(i.name) for i in qs])}年度目标分别为"
                            f"{join_list([i.tgt(True) for i in qs])}，实际分别完成"
                            f"{join_list([i.act_s() for i in qs])}，分别得{join_list([i.score + '分' for i in qs])}")
            else:
                rest = inds
            sent += [ind_sentence(i, k2, True)[2:] for k2, i in enumerate(rest)]
            paras.append(("p", "绩效目标完成情况：" + "；".join(sent) + "。"))
        else:
            sent = []
            for k2, i in enumerate(inds):
                extra = ""
                if i.kind == "ge" and rng.random() < 0.5:
                    extra = f"（同比{'增长' if rng.random() < 0.6 else '下降'}{rng.randint(11, 189) / 10}%）"
                sent.append(ind_sentence(i, k2, rng.random() < 0.5, extra))
            paras.append(("p", "从绩效目标完成情况看，" + "；".join(sent) + "。"))
        paras.append(("p", f"综合评定，该项目自评得分{trim(p['total'])}分，等级为“{p['grade']}”，得分较上年"
                           f"{'提高' if rng.random() < 0.6 else '略有下降'}。"))
    paras += [("h", "三、存在的问题及下一步措施"),
              ("p", f"自评中发现，{PROBLEMS[1]}，全年约{rng.randint(3, 6)}成资金在下半年支付；{PROBLEMS[3]}。"
                    f"下一步，我单位将{MEASURES[1]}，并{MEASURES[3]}。")]
    body = [H(title, 1), P(f"{ctx['caizheng']}：")]
    for kind, x in paras:
        lines.append(x if kind == "h" else FW * 2 + x)
        body.append(P(x, bold=(kind == "h")))
    lines += ["", f"{FW * 14}{unit}", f"{FW * 14}{ctx['pub']}", ""]
    body += [P(unit, right=True), P(ctx["pub"], right=True)]
    rid = make_id("gk", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds_exp(f, ctx),
                       [proj_exp(p, ctx) for p in ps])
    return rid, "\n".join(lines), html_page(title, body), exp


# --------------------------------------------------------------------------------------------
# Layout 4: youjian — an OA / e-mail plain-text export, 【字段】值 blocks, indicators as ｜ lines


def build_youjian(rng, ctx):
    var = cycle(ctx, ["E1", "E2", "E3"])
    style = rng.choice(["w2", "w4"]) if var != "E2" else "y"
    gran = GRAN[style]
    ps = make_projects(rng, ctx, rng.randint(2, 3), gran)
    f = dept_funds(rng, ps, gran)
    y, unit = ctx["year"], ctx["unit"]
    short_unit = unit
    subj = f"关于报送{unit}{y}年度项目支出绩效自评材料的函"
    person = rng.choice(["赵", "钱", "孙", "周", "吴", "郑"]) + rng.choice(["一鸣", "雪梅", "志强", "丽娟", "海涛"])
    mail = f"{ctx['cpy']}{ctx['unit_py']}cw@163.com"
    sm = rng.randint(3, 4)
    hdr = [("发件人", f"{short_unit}财务室 <{mail}>"), ("收件人", f"{ctx['caizheng']}预算绩效管理股 <{ctx['cpy']}czjxg@163.com>"),
           ("发送时间", f"{y + 1}年{sm}月{rng.randint(1, 28)}日 {rng.randint(8, 17)}:{rng.randint(10, 59)}"),
           ("主题", subj), ("附件", f"{y}年度项目支出绩效自评表.xls（{rng.randint(40, 180)}KB）")]
    body_lines, html_body = [], [H(subj, 2)]
    ht = Table()
    for k, v in hdr:
        ht.row(k, v)
    html_body.append(table_html(ht))
    intro = [f"{ctx['caizheng']}预算绩效管理股：",
             f"按照贵局《关于开展{y}年度财政支出绩效自评工作的通知》要求，我单位已完成{y}年度项目支出绩效自评，"
             f"现将有关情况报送如下，纸质材料加盖公章后另行报送。",
             f"{y}年我单位部门预算总额{money(f['budget'], style)}，全年实际支出{money(f['executed'], style)}，"
             f"部门预算执行率{rs_pct(f['rate'], ctx)}。本次对{len(ps)}个项目开展了自评，具体如下："]
    body_lines += intro
    html_body += [P(x) for x in intro]
    cn = "一二三四"
    for k, p in enumerate(ps):
        blk = []
        if var == "E1":
            blk.append(f"项目{cn[k]}")
            fields = [("项目名称", p["name"]), ("全年预算数", money(p["budget"], style)),
                      ("其中财政拨款", money(p["fiscal"], style)), ("全年执行数", money(p["executed"], style)),
                      ("预算执行率", rs_pct(p["rate"], ctx)), ("满意度", f"{p['sat']}%"),
                      ("自评得分", f"{trim(p['total'])}分"), ("自评等级", p["grade"])]
            blk += [f"【{a}】{b}" for a, b in fields]
            blk.append("【绩效指标完成情况】（指标名称｜年度指标值｜实际完成值｜分值｜得分）")
            for n, i in enumerate(p["inds"], 1):
                blk.append(f"{n}. {i.name}｜{i.tgt()}｜{i.act_s()}｜{i.weight}｜{i.score}")
        else:
            blk.append(f"{k + 1}、{p['name']}")
            fields = [("全年预算数", money(p["budget"], style)), ("其中财政拨款", money(p["fiscal"], style)),
                      ("其他资金", money(p["other"], style) if p["other"] else "无"),
                      ("全年执行数", money(p["executed"], style)), ("执行率", rs_pct(p["rate"], ctx)),
                      ("自评得分", f"{trim(p['total'])}（{p['grade']}）")]
            blk += [f"{a}：{b}" for a, b in fields]
            blk.append("绩效指标：")
            blk.append("序号｜一级指标｜二级指标｜三级指标｜指标值｜完成值｜分值｜得分")
            for n, i in enumerate(p["inds"], 1):
                blk.append(f"{n}｜{i.l1}｜{i.l2}｜{i.name}｜{i.tgt(True)}｜{i.act_s()}｜{i.weight}｜{i.score}")
            blk.append(f"经问卷调查，{p['inds'][-1].name}为{p['sat']}%。")
        body_lines += [""] + blk
        html_body.append(P(blk[0], bold=True))
        t = Table().row("字段", "内容")
        for a, b in fields:
            t.row(a, b)
        html_body.append(table_html(t, head=1))
        it = Table().row("序号", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
        for n, i in enumerate(p["inds"], 1):
            it.row(str(n), i.name, i.tgt(var != "E1"), i.act_s(), i.weight, i.score)
        html_body.append(table_html(it, head=1))
        if var != "E1":
            html_body.append(P(blk[-1]))
    tail = ["", f"联系人：{person}，电话：{rng.randint(130, 189)}{rng.randint(10000000, 99999999)}", "",
            f"{short_unit}财务室", f"{y + 1}年{sm}月"]
    body_lines += tail
    html_body += [P(x) for x in tail if x]
    orig = ["", "------------------ 原始邮件 ------------------",
            f"发件人：{ctx['caizheng']}预算绩效管理股 <{ctx['cpy']}czjxg@163.com>",
            f"发送时间：{y + 1}年2月{rng.randint(10, 28)}日 09:{rng.randint(10, 59)}",
            f"主题：关于开展{y}年度财政支出绩效自评工作的通知",
            "",
            "各预算单位：",
            f"请于{y + 1}年4月30日前完成{y}年度项目支出绩效自评，自评表模板见附件，自评得分90分（含）以上为“优”，"
            "80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。逾期未报送的，将在全县通报。"]
    if var == "E3":
        fwd = [f"发件人：{ctx['caizheng']}预算绩效管理股 <{ctx['cpy']}czjxg@163.com>",
               f"收件人：{ctx['caizheng']}办公室",
               f"主题：转发：{subj}", "",
               f"{rng.choice(['李局', '王局', '张局'])}：{unit}自评材料已收到，{len(ps)}个项目资金合计约"
               f"{approx_wan(sum(p['budget'] for p in ps), '约')}万元，请阅示。", "",
               "-------- 转发邮件信息 --------"]
        q = [(f"> {x}" if x else ">") for x in [f"{a}：{b}" for a, b in hdr] + [""] + body_lines]
        txt = fwd + q + orig
        html_body = [P(x) for x in fwd if x] + html_body
    else:
        txt = [f"{a}：{b}" for a, b in hdr] + [""] + body_lines + orig
    html_body += [P(x) for x in orig if x]
    rid = make_id("gk", ctx)
    exp = expected_doc(GEN, ctx, rid, subj, "项目支出自评", unit, funds_exp(f, ctx), [proj_exp(p, ctx) for p in ps])
    return rid, "\n".join(txt) + "\n", html_page(subj, html_body), exp


# --------------------------------------------------------------------------------------------
# Layout 5: wenda — a 问答 解读 of the year's self-evaluation results


def build_wenda(rng, ctx):
    var = cycle(ctx, ["W1", "W2", "W3"])
    style = rng.choice(["w2", "w4"])
    gran = GRAN[style]
    ps = make_projects(rng, ctx, rng.randint(2, 3), gran)
    f = dept_funds(rng, ps, gran)
    y, unit = ctx["year"], ctx["unit"]
    title = f"问答解读｜{unit}{y}年度项目支出绩效自评结果" if var != "W3" else f"{unit}{y}年度绩效自评结果权威解读"
    subject = SECTORS[ctx["key"]][1]
    qa = []
    qa.append((f"{y}年{unit}对哪些项目开展了绩效自评？",
               f"{y}年我单位共对{len(ps)}个项目开展了绩效自评，分别是{join_list([q(p['name']) for p in ps])}，"
               f"涉及资金{near_big(sum(p['budget'] for p in ps))}。自评工作由财务室牵头、各业务股室配合完成，"
               f"自评结果已报{ctx['caizheng']}审核。"))
    qa.append(("部门预算整体执行得怎么样？",
               f"{y}年部门预算总额{money(f['budget'], style)}，全年实际支出{money(f['executed'], style)}，"
               f"部门预算执行率{rs_pct(f['rate'], ctx)}。"))
    for p in ps:
        a1 = (f"该项目全年预算数{money(p['budget'], style)}，其中财政拨款{money(p['fiscal'], style)}"
              f"{'' if not p['other'] else '，其他资金' + money(p['other'], style)}；全年执行数{money(p['executed'], style)}，"
              f"预算执行率{rs_pct(p['rate'], ctx)}。")
        if p["executed"] < p["budget"]:
            a1 += f"未执行的{money(p['budget'] - p['executed'], style)}主要是部分合同尾款未到支付节点，已按规定结转。"
        qa.append((f"{q(p['name'])}的钱花得怎么样？", a1))
        parts = [ind_sentence(i, k, var == "W2") for k, i in enumerate(p["inds"][:-1])]
        s = p["inds"][-1]
        a2 = ("；".join(parts) + f"。{subject}评价如何？我们也做了问卷调查，{s.name}为{s.actual}%（目标{s.tgt()}），"
              f"得{s.score}分。综合算下来，项目自评得分{trim(p['total'])}分，等级“{p['grade']}”。")
        qa.append((f"{q(p['name'])}的绩效目标完成了吗？", a2 if var != "W3" else
                   f"该项目设置绩效指标{len(p['inds'])}项，完成情况见下表。{s.name}为{s.actual}%，"
                   f"项目自评得分{trim(p['total'])}分，等级“{p['grade']}”。", p if var == "W3" else None))
    qa.append(("自评中发现了哪些问题？下一步怎么改？",
               f"主要是{PROBLEMS[0]}；{PROBLEMS[2]}。下一步，我们将{MEASURES[0]}，{MEASURES[2]}。"))
    lines = [title, "", f"来源：{unit}　　发布时间：{ctx['pub']}　　浏览次数：{rng.randint(120, 2400)}", ""]
    body = [H(title, 1), P(f"来源：{unit}　发布时间：{ctx['pub']}")]
    intro = f"近日，{unit}完成了{y}年度项目支出绩效自评。钱花到了哪里、效果怎么样？我们用问答的形式为您解读。"
    lines += [intro, ""]
    body.append(P(intro))
    for n, item in enumerate(qa, 1):
        qq, a = item[0], item[1]
        tbl = item[2] if len(item) > 2 else None
        if var == "W1":
            lines += [f"问：{qq}", f"答：{a}", ""]
            body += [P(f"问：{qq}", bold=True), P(f"答：{a}")]
        elif var == "W2":
            lines += [f"Q{n}：{qq}", f"A{n}：{a}", ""]
            body += [P(f"Q{n}：{qq}", bold=True), P(f"A{n}：{a}")]
        else:
            lines += [f"{n}. {qq}", "", FW * 2 + a, ""]
            body += [H(f"{n}. {qq}", 3), P(a)]
        if tbl is not None:
            t = Table().row("序号", "绩效指标", "年度目标", "实际完成", "分值", "得分")
            for k, i in enumerate(tbl["inds"], 1):
                t.row(str(k), i.name, i.tgt(), i.act_s(), i.weight, i.score)
            lines += [flat_tabs(t), ""]
            body.append(table_html(t, head=1))
    lines += ["（本文数据来源于单位绩效自评报告，最终结果以财政部门审核为准）", "", "【打印本页】　【关闭窗口】", ""]
    body += [P("（本文数据来源于单位绩效自评报告，最终结果以财政部门审核为准）")]
    rid = make_id("gk", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds_exp(f, ctx), [proj_exp(p, ctx) for p in ps])
    return rid, "\n".join(lines), html_page(title, body, top=["首页 > 政务公开 > 财政预决算"]), exp


# --------------------------------------------------------------------------------------------
# Layout 6: gengzheng — a 更正说明 with the corrected (or the original) report


def typo_amount(rng, fen, gran):
    """A mistyped amount below fen: one digit of the 万元 figure changed, never above fen."""
    for _ in range(20):
        d = rng.choice([10000, 100000, 90000]) * 100
        if d % gran == 0 and fen - d > fen * 6 // 10:
            return fen - d
    return fen - fen // 10 // gran * gran


def swap_digits(a):
    """A count mistyped the way it happens: two neighbouring digits swapped (a 0 never put first), else a 0 too many."""
    for k in range(len(a) - 2, -1, -1):
        if a[k] != a[k + 1] and not (k == 0 and a[1] == "0"):
            return a[:k] + a[k + 1] + a[k] + a[k + 2:]
    return a + "0"


def build_gengzheng(rng, ctx):
    var = cycle(ctx, ["C1", "C2", "C3"])
    style = rng.choice(["w2", "w4"])
    gran = GRAN[style]
    ps = make_projects(rng, ctx, rng.randint(2, 3), gran)
    f = dept_funds(rng, ps, gran)
    y, unit = ctx["year"], ctx["unit"]
    rtitle = f"{unit}{y}年度项目支出绩效自评报告"
    ntitle = f"关于《{rtitle}》有关数据的更正说明"
    # the corrections: one project's 执行数 (and so its rate), one indicator's 实际完成值, maybe a satisfaction
    fixes = []
    wrong = {}
    p0 = rng.choice(ps)
    we = typo_amount(rng, p0["executed"], gran)
    wrong[(p0["name"], "exec")] = we
    fixes.append((p0["name"], "全年执行数", money(we, style), money(p0["executed"], style)))
    fixes.append((p0["name"], "预算执行率", rs_pct(rate(we, p0["budget"]), ctx), rs_pct(p0["rate"], ctx)))
    p1 = rng.choice(ps)
    cands = [i for i in p1["inds"] if i.kind == "ge"]
    if cands:
        i = rng.choice(cands)
        a = i.actual
        wa = swap_digits(a)
        wrong[(p1["name"], i.name)] = wa
        fixes.append((p1["name"], f"“{i.name}”实际完成值", wa + i.unit, a + i.unit))
    if rng.random() < 0.5:
        p2 = rng.choice(ps)
        s = p2["inds"][-1]
        ws = trim(D(s.actual) - D(rng.randint(10, 30)) / 10)
        wrong[(p2["name"], s.name)] = ws
        fixes.append((p2["name"], s.name, ws + "%", s.actual + "%"))
    pm = rng.randint(3, 6)
    pubdate = f"{y + 1}年{pm}月{rng.randint(1, 28)}日"
    fixdate = f"{y + 1}年{pm + rng.randint(1, 3)}月{rng.randint(1, 28)}日"

    def report(use_wrong):
        """The report's paragraphs and tables: ('h'|'p'|'t', x)."""
        out = [("h", "一、部门基本情况"),
               ("p", f"{y}年我单位部门预算总额{money(f['budget'], style)}，其中基本支出{money(f['basic'], style)}，"
                     f"项目支出{money(f['proj_total'], style)}；全年实际支出{money(f['executed'], style)}，"
                     f"部门预算执行率{rs_pct(f['rate'], ctx)}。"),
               ("h", "二、项目自评情况")]
        rows = []
        for p in ps:
            e = wrong.get((p["name"], "exec"), p["executed"]) if use_wrong else p["executed"]
            rows.append((p, e))
        t = Table().row("序号", "项目名称", f"全年预算数（{UNIT_LABEL[style]}）", f"其中：财政拨款（{UNIT_LABEL[style]}）",
                        f"全年执行数（{UNIT_LABEL[style]}）", "执行率", "自评得分")
        for k, (p, e) in enumerate(rows, 1):
            t.row(str(k), p["name"], bare(p["budget"], style), bare(p["fiscal"], style), bare(e, style),
                  rs_pct(rate(e, p["budget"]), ctx), trim(p["total"]))
        out.append(("t", t))
        for k, (p, e) in enumerate(rows, 1):
            out.append(("h", f"（{'一二三'[k - 1]}）{p['name']}"))
            sat = wrong.get((p["name"], p["inds"][-1].name), p["sat"]) if use_wrong else p["sat"]
            out.append(("p", f"该项目全年预算数{money(p['budget'], style)}，其中财政拨款{money(p['fiscal'], style)}；"
                             f"全年执行数{money(e, style)}，预算执行率{rs_pct(rate(e, p['budget']), ctx)}。"
                             f"经问卷调查，{p['inds'][-1].name}为{sat}%。项目自评得分{trim(p['total'])}分。"))
            it = Table().row("三级指标", "年度指标值", "实际完成值", "分值", "得分")
            for i in p["inds"]:
                a = i.act_s()
                if use_wrong and (p["name"], i.name) in wrong:
                    a = wrong[(p["name"], i.name)] + i.unit
                it.row(i.name, i.tgt(), a, i.weight, i.score)
            out.append(("t", it))
        out += [("h", "三、存在问题及改进措施"), ("p", f"{PROBLEMS[1]}。下一步将{MEASURES[1]}。")]
        return out

    fix_t = Table().row("序号", "项目", "更正内容", "原公布内容", "更正后内容")
    for k, (pn, what, a, b) in enumerate(fixes, 1):
        fix_t.row(str(k), pn, what, a, b)
    notice = [f"我单位于{pubdate}在{ctx['cfull']}人民政府门户网站“财政预决算”专栏公开了《{rtitle}》。"
              f"经复核，因工作人员录入疏忽，报告中部分数据有误，现更正如下："]
    fix_prose = "；".join(f"{k}.{q(pn)}{what}由“{a}”更正为“{b}”" for k, (pn, what, a, b) in enumerate(fixes, 1)) + "。"
    after = "其他内容不变。由此给社会公众带来的不便，敬请谅解。"
    lines, body = [], []

    def emit(parts, flat):
        for kind, x in parts:
            if kind == "t":
                lines.append(flat(x))
                lines.append("")
                body.append(table_html(x, head=1))
            else:
                lines.append(x if kind == "h" else FW * 2 + x)
                body.append(P(x, bold=(kind == "h")))

    if var in ("C1", "C2"):
        lines += [ntitle, ""]
        body.append(H(ntitle, 1))
        if var == "C1":
            emit([("p", notice[0])], flat_tabs)
            lines.append(f"表　{rtitle}数据更正对照表")
            body.append(P(f"表　{rtitle}数据更正对照表", center=True))
            emit([("t", fix_t)], flat_tabs)
        else:
            emit([("p", notice[0] + fix_prose)], flat_lines)
        emit([("p", after + "更正后的报告全文如下。")], flat_tabs)
        lines += ["", f"{FW * 4}{rtitle}（更正后）", ""]
        body.append(H(f"{rtitle}（更正后）", 2))
        emit(report(False), flat_tabs if var == "C1" else flat_lines)
        lines += ["", f"{FW * 14}{unit}", f"{FW * 14}{fixdate}", ""]
        body += [P(unit, right=True), P(fixdate, right=True)]
        title = ntitle
    else:
        lines += [rtitle, "", f"发布日期：{pubdate}　　来源：{unit}", ""]
        body += [H(rtitle, 1), P(f"发布日期：{pubdate}　来源：{unit}")]
        emit(report(True), flat_tabs)
        lines += [f"{FW * 14}{unit}", f"{FW * 14}{pubdate}", "", "附：更正说明", ""]
        body += [P(unit, right=True), P(pubdate, right=True), H("附：更正说明", 2)]
        emit([("p", notice[0])], flat_tabs)
        emit([("t", fix_t)], flat_tabs)
        emit([("p", after)], flat_tabs)
        lines += [f"{FW * 14}{unit}", f"{FW * 14}{fixdate}", ""]
        body += [P(fixdate, right=True)]
        title = rtitle
    rid = make_id("gk", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds_exp(f, ctx), [proj_exp(p, ctx) for p in ps])
    return rid, "\n".join(lines), html_page(title, body), exp


# --------------------------------------------------------------------------------------------

BUILDERS = {"quanjiao": build_quanjiao, "bingpai": build_bingpai, "guji": build_guji, "youjian": build_youjian,
            "wenda": build_wenda, "gengzheng": build_gengzheng}


def main(argv):
    args = parse_args(argv, __doc__, SEED)
    tally = new_tally()
    by_layout = {k: 0 for k in LAYOUTS}

    def each(layout, exp):
        before = sum(tally[k] for k in SCORED_KINDS)
        count_figures(exp, tally)
        by_layout[layout] += sum(tally[k] for k in SCORED_KINDS) - before

    bad = write_and_check(GEN, args.out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS,
                          lambda e: self_check(e, strict=True), each)
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS) +
          f"; indicators {tally['indicators']}")
    print("figures by layout: " + ", ".join(f"{k} {v}" for k, v in by_layout.items()))
    scored = sum(tally[k] for k in SCORED_KINDS)
    print(summary_line(GEN, args.count, args.out, scored, tally["dept_figures"], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
