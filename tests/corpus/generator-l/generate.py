#!/usr/bin/env python3
"""Generator L: 预算绩效自评报告 as Microsoft Word, WPS Office and Excel write their files, with expected documents.

Usage: generate.py OUT [-n N] [--seed S] [--no-convert]
Writes OUT/<id>.docx (and OUT/<id>.pdf, printed by LibreOffice) or OUT/<id>.xlsx, and OUT/<id>.expected.json,
for N reports (six layouts cycled: word, wps, numbered, excel, workbook, fields). The OOXML is written here with
zipfile, byte for byte the same for a seed. Every file is then opened by LibreOffice (DOCX -> txt and pdf,
XLSX -> csv of every sheet, in OUT/check/) and every expected figure is looked for in that displayed text and in
`pdftotext -layout` of the PDF; problems are printed and the exit status is 1.
Python 3 standard library only; no clock, no hash-order dependence.
"""
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (D, Indicator, spec_indicators, soffice, pdftext, consistency, xml_problems, place_cells, q2, trim, yuan_exp, fmt_yuan, fmt_wan, rate, amount, part_of,  # noqa: E402
                    grade_of, expected_doc, project_exp, self_check, new_tally,
                    count_figures, parse_args, SCORED_KINDS, missing_indicator_names)
from corpus_check import missing_figures  # noqa: E402

GEN = "generator-l"
SEED = 20261219
LAYOUTS = ["word", "wps", "numbered", "excel", "workbook", "fields"]
FW = "\u3000"

# --------------------------------------------------------------------------------------------
# Places: 30 counties in 30 provinces, none of them in the other generators' READMEs

PLACES = [
    ("bj", "北京", "延庆区", "延庆", "yanqing"), ("tj", "天津", "蓟州区", "蓟州", "jizhou"),
    ("he", "河北", "涉县", "涉县", "shexian"), ("sx", "山西", "五台县", "五台", "wutai"),
    ("nm", "内蒙古", "阿尔山市", "阿尔山", "aershan"), ("ln", "辽宁", "宽甸满族自治县", "宽甸", "kuandian"),
    ("jl", "吉林", "集安市", "集安", "jian"), ("hl", "黑龙江", "漠河市", "漠河", "mohe"),
    ("sh", "上海", "崇明区", "崇明", "chongming"), ("js", "江苏", "兴化市", "兴化", "xinghua"),
    ("zj", "浙江", "淳安县", "淳安", "chunan"), ("ah", "安徽", "泾县", "泾县", "jingxian"),
    ("fj", "福建", "寿宁县", "寿宁", "shouning"), ("jx", "江西", "井冈山市", "井冈山", "jinggangshan"),
    ("sd", "山东", "莒县", "莒县", "juxian"), ("ha", "河南", "嵩县", "嵩县", "songxian"),
    ("hb", "湖北", "秭归县", "秭归", "zigui"), ("hn", "湖南", "江永县", "江永", "jiangyong"),
    ("gd", "广东", "乳源瑶族自治县", "乳源", "ruyuan"), ("gx", "广西", "巴马瑶族自治县", "巴马", "bama"),
    ("hi", "海南", "五指山市", "五指山", "wuzhishan"), ("cq", "重庆", "巫山县", "巫山", "wushan"),
    ("sc", "四川", "乡城县", "乡城", "xiangcheng"), ("gz", "贵州", "镇远县", "镇远", "zhenyuan"),
    ("yn", "云南", "元阳县", "元阳", "yuanyang"), ("xz", "西藏", "林周县", "林周", "linzhou"),
    ("sn", "陕西", "留坝县", "留坝", "liuba"), ("gs", "甘肃", "敦煌市", "敦煌", "dunhuang"),
    ("nx", "宁夏", "隆德县", "隆德", "longde"), ("xj", "新疆", "哈巴河县", "哈巴河", "habahe"),
]

# --------------------------------------------------------------------------------------------
# Sectors: six, four projects each. An indicator spec: (二级, name, kind, unit, lo, hi) for ge/le, (二级, name,
# "pct", "%", (targets)) for rates, (二级, name, "zero", unit), (二级, name, "time", target), (二级, name, "qual",
# target, partly). 二级 decides 一级: 数量/质量/时效/成本 are 产出指标, the rest 效益指标.

SECTORS = {
    "ybj": ("医疗保障局", [
        ("城乡居民医疗救助资金", [
            ("数量指标", "救助困难群众", "ge", "人次", 800, 5000), ("数量指标", "资助参保人数", "ge", "人", 2000, 12000),
            ("质量指标", "救助对象精准率", "pct", "%", (100,)), ("质量指标", "政策范围内住院费用救助比例", "pct", "%", (70, 75)),
            ("时效指标", "救助资金发放时间", "time", "次月底前发放"), ("社会效益指标", "因病致贫返贫", "zero", "户"),
            ("可持续影响指标", "医疗救助长效机制", "qual", "健全", "逐步健全")], "救助对象满意度"),
        ("医保基金监管专项经费", [
            ("数量指标", "检查定点医药机构", "ge", "家", 40, 200), ("数量指标", "追回违规使用基金", "ge", "万元", 20, 300),
            ("质量指标", "问题整改率", "pct", "%", (100,)), ("时效指标", "专项检查完成时间", "time", "11月底前完成"),
            ("社会效益指标", "欺诈骗保行为", "qual", "有效遏制", "有所遏制"),
            ("可持续影响指标", "基金监管长效机制", "qual", "逐步完善", "初步建立")], "定点医药机构满意度"),
        ("医保经办服务能力提升经费", [
            ("数量指标", "建成村级医保服务站", "ge", "个", 10, 60), ("数量指标", "培训经办人员", "ge", "人次", 100, 600),
            ("质量指标", "医保业务网上可办率", "pct", "%", (80, 85)), ("时效指标", "异地就医备案办理时限", "le", "个工作日", 2, 5),
            ("社会效益指标", "群众就医结算便利度", "qual", "明显提升", "有所提升")], "参保群众满意度"),
        ("医保信息系统运维经费", [
            ("数量指标", "运维服务器", "ge", "台", 10, 40), ("质量指标", "系统正常运行率", "pct", "%", (99,)),
            ("时效指标", "故障响应时间", "le", "小时", 2, 4), ("成本指标", "年运维费用", "le", "万元", 20, 80),
            ("社会效益指标", "医保电子凭证激活率", "pct", "%", (60, 70))], "经办机构满意度"),
    ]),
    "lcj": ("林业和草原局", [
        ("森林防火专项经费", [
            ("数量指标", "建设防火隔离带", "ge", "公里", 10, 60), ("数量指标", "开展防火巡护", "ge", "人次", 2000, 9000),
            ("数量指标", "购置扑火机具", "ge", "台（套）", 50, 300), ("质量指标", "扑火机具验收合格率", "pct", "%", (100,)),
            ("时效指标", "防火期巡护到岗时间", "time", "防火期前到岗"), ("社会效益指标", "重特大森林火灾", "zero", "起"),
            ("生态效益指标", "森林覆盖率", "pct", "%", (60, 65))], "林区群众满意度"),
        ("公益林生态效益补偿资金", [
            ("数量指标", "补偿公益林面积", "ge", "万亩", 10, 80), ("数量指标", "聘用生态护林员", "ge", "人", 100, 600),
            ("质量指标", "补偿资金兑付准确率", "pct", "%", (100,)), ("时效指标", "补偿资金兑付时间", "time", "12月底前兑付"),
            ("经济效益指标", "护林员人均增收", "ge", "元", 8000, 12000),
            ("生态效益指标", "公益林面积", "qual", "保持稳定", "基本稳定")], "生态护林员满意度"),
        ("林业有害生物防治经费", [
            ("数量指标", "完成防治面积", "ge", "万亩", 2, 20), ("数量指标", "设置监测点", "ge", "个", 20, 120),
            ("质量指标", "无公害防治率", "pct", "%", (90, 95)), ("时效指标", "防治作业完成时间", "time", "9月底前完成"),
            ("生态效益指标", "松材线虫病疫情", "qual", "有效控制", "基本控制")], "林农满意度"),
        ("国土绿化造林经费", [
            ("数量指标", "完成人工造林", "ge", "亩", 2000, 12000), ("数量指标", "组织义务植树", "ge", "万株", 10, 80),
            ("质量指标", "造林成活率", "pct", "%", (85, 90)), ("成本指标", "亩均造林成本", "le", "元", 800, 1600),
            ("生态效益指标", "新增森林面积", "ge", "亩", 1500, 9000)], "项目区群众满意度"),
    ]),
    "tyj": ("退役军人事务局", [
        ("退役士兵职业技能培训经费", [
            ("数量指标", "培训退役士兵", "ge", "人", 100, 500), ("数量指标", "开设培训专业", "ge", "个", 4, 12),
            ("质量指标", "培训合格率", "pct", "%", (90, 95)), ("质量指标", "职业资格取证率", "pct", "%", (80, 85)),
            ("时效指标", "培训补助发放时间", "time", "结业当月发放"),
            ("社会效益指标", "培训后就业率", "pct", "%", (70, 80))], "参训退役士兵满意度"),
        ("优抚对象抚恤补助资金", [
            ("数量指标", "发放优抚对象", "ge", "人", 800, 4000), ("质量指标", "抚恤补助发放准确率", "pct", "%", (100,)),
            ("时效指标", "抚恤补助发放时间", "time", "每月10日前发放"),
            ("社会效益指标", "优抚对象生活水平", "qual", "稳步提高", "有所提高")], "优抚对象满意度"),
        ("光荣院运行经费", [
            ("数量指标", "集中供养优抚对象", "ge", "人", 20, 80), ("质量指标", "护理服务达标率", "pct", "%", (95,)),
            ("成本指标", "人均年供养成本", "le", "元", 20000, 40000), ("时效指标", "供养经费拨付时间", "time", "按季度拨付"),
            ("社会效益指标", "集中供养对象生活质量", "qual", "明显改善", "有所改善")], "供养对象满意度"),
        ("烈士纪念设施维护经费", [
            ("数量指标", "维修烈士纪念设施", "ge", "处", 5, 30), ("数量指标", "开展祭扫纪念活动", "ge", "场次", 6, 30),
            ("质量指标", "维修工程验收合格率", "pct", "%", (100,)), ("时效指标", "维修完成时间", "time", "清明节前完成"),
            ("社会效益指标", "接待瞻仰群众", "ge", "人次", 5000, 40000)], "瞻仰群众满意度"),
    ]),
    "gxs": ("供销合作社联合社", [
        ("县域流通服务网络建设资金", [
            ("数量指标", "新建乡镇综合服务社", "ge", "个", 4, 16), ("数量指标", "改造村级综合服务站", "ge", "个", 20, 80),
            ("质量指标", "项目验收合格率", "pct", "%", (100,)), ("时效指标", "建设完成时间", "time", "12月底前完成"),
            ("经济效益指标", "带动农产品销售额", "ge", "万元", 500, 3000),
            ("社会效益指标", "农民购销便利度", "qual", "明显提升", "有所提升")], "服务农户满意度"),
        ("化肥淡季储备补贴资金", [
            ("数量指标", "储备化肥", "ge", "吨", 2000, 10000), ("质量指标", "储备化肥质量合格率", "pct", "%", (100,)),
            ("时效指标", "储备到位时间", "time", "春耕前到位"), ("成本指标", "每吨储备费用", "le", "元", 60, 120),
            ("社会效益指标", "春耕化肥市场价格", "qual", "基本稳定", "总体稳定")], "农户满意度"),
        ("农村电商服务站运营补助", [
            ("数量指标", "补助电商服务站", "ge", "个", 20, 100), ("数量指标", "培训电商从业人员", "ge", "人次", 200, 1000),
            ("质量指标", "服务站正常运营率", "pct", "%", (85, 90)), ("经济效益指标", "实现网络零售额", "ge", "万元", 800, 5000)],
         "服务站经营户满意度"),
        ("社有企业改革发展资金", [
            ("数量指标", "扶持社有企业", "ge", "家", 3, 10), ("质量指标", "国有资产保值增值率", "pct", "%", (100,)),
            ("经济效益指标", "社有企业营业收入", "ge", "万元", 2000, 9000),
            ("可持续影响指标", "现代企业制度", "qual", "逐步建立", "初步建立")], "社有企业职工满意度"),
    ]),
    "yjj": ("应急管理局", [
        ("救灾物资储备经费", [
            ("数量指标", "储备救灾帐篷", "ge", "顶", 100, 800), ("数量指标", "储备折叠床", "ge", "张", 200, 1500),
            ("质量指标", "物资验收合格率", "pct", "%", (100,)), ("时效指标", "物资入库时间", "time", "汛期前入库"),
            ("成本指标", "帐篷采购单价", "le", "元", 1200, 2600),
            ("社会效益指标", "受灾群众基本生活保障", "qual", "及时有效", "基本保障")], "受灾群众满意度"),
        ("安全生产执法检查经费", [
            ("数量指标", "检查生产经营单位", "ge", "家", 200, 1200), ("数量指标", "排查整治隐患", "ge", "处", 300, 2000),
            ("质量指标", "隐患整改率", "pct", "%", (95, 100)), ("时效指标", "执法检查完成时间", "time", "11月底前完成"),
            ("社会效益指标", "较大以上生产安全事故", "zero", "起")], "被检查企业满意度"),
        ("乡镇应急救援队伍建设经费", [
            ("数量指标", "组建乡镇应急救援队", "ge", "支", 6, 20), ("数量指标", "开展应急演练", "ge", "场次", 10, 50),
            ("质量指标", "队员培训覆盖率", "pct", "%", (100,)), ("时效指标", "应急响应时间", "le", "分钟", 15, 30),
            ("社会效益指标", "基层应急处置能力", "qual", "明显增强", "有所增强")], "辖区群众满意度"),
        ("自然灾害监测预警经费", [
            ("数量指标", "安装监测预警设备", "ge", "台（套）", 20, 120), ("质量指标", "设备在线率", "pct", "%", (95,)),
            ("时效指标", "预警信息发布时间", "le", "分钟", 10, 30), ("社会效益指标", "因灾死亡人数", "zero", "人"),
            ("社会效益指标", "预警信息覆盖率", "pct", "%", (95,))], "受影响群众满意度"),
    ]),
    "scj": ("市场监督管理局", [
        ("食品安全抽检经费", [
            ("数量指标", "完成食品抽检", "ge", "批次", 800, 4000), ("数量指标", "覆盖食品大类", "ge", "类", 20, 34),
            ("质量指标", "不合格食品核查处置率", "pct", "%", (100,)), ("时效指标", "抽检任务完成时间", "time", "11月底前完成"),
            ("社会效益指标", "重大食品安全事故", "zero", "起")], "消费者满意度"),
        ("特种设备安全监管经费", [
            ("数量指标", "检查特种设备使用单位", "ge", "家", 100, 600), ("质量指标", "特种设备定期检验率", "pct", "%", (98,)),
            ("时效指标", "隐患整改时限", "le", "天", 7, 15), ("社会效益指标", "特种设备事故", "zero", "起")], "使用单位满意度"),
        ("计量器具强制检定经费", [
            ("数量指标", "检定强检计量器具", "ge", "台（件）", 3000, 15000), ("质量指标", "检定合格率", "pct", "%", (95,)),
            ("时效指标", "检定报告出具时限", "le", "个工作日", 5, 10), ("成本指标", "单台检定成本", "le", "元", 30, 80),
            ("社会效益指标", "计量纠纷", "qual", "明显减少", "有所减少")], "受检单位满意度"),
        ("知识产权保护经费", [
            ("数量指标", "办理专利侵权纠纷案件", "ge", "件", 10, 60), ("数量指标", "开展知识产权宣传", "ge", "场次", 6, 20),
            ("质量指标", "案件按期结案率", "pct", "%", (95,)), ("经济效益指标", "新增有效发明专利", "ge", "件", 50, 300),
            ("社会效益指标", "知识产权保护意识", "qual", "明显增强", "有所增强")], "企业满意度"),
    ]),
}
SECTOR_KEYS = ["ybj", "lcj", "tyj", "gxs", "yjj", "scj"]
# Indicators any project may add (to reach 5-12 indicators)
POOL = [
    ("质量指标", "资金使用合规率", "pct", "%", (100,)), ("时效指标", "资金支付及时率", "pct", "%", (90, 95)),
    ("成本指标", "预算控制率", "lepct", "%", (100,)), ("质量指标", "档案资料完整率", "pct", "%", (95, 100)),
    ("社会效益指标", "政策知晓率", "pct", "%", (85, 90)), ("可持续影响指标", "长效管理机制", "qual", "健全", "逐步健全"),
    ("可持续影响指标", "项目持续发挥效益年限", "ge", "年", 3, 10),
]
TIME_DONE = {"12月底前完成": "已按期完成", "11月底前完成": "11月完成", "9月底前完成": "8月完成",
             "次月底前发放": "按时发放", "防火期前到岗": "已按时到岗", "12月底前兑付": "已按期兑付",
             "结业当月发放": "按时发放", "每月10日前发放": "按月及时发放", "按季度拨付": "已按季度拨付",
             "清明节前完成": "已按期完成", "春耕前到位": "已按时到位", "汛期前入库": "已按时入库"}
OUTPUT_L2 = ("数量指标", "质量指标", "时效指标", "成本指标")

PROBLEMS = ["绩效目标设置不够细化，部分指标偏重工作过程，难以全面反映项目效果",
            "预算执行进度前慢后快，部分资金集中在第四季度支付",
            "项目实施过程中佐证资料收集不够及时、不够系统",
            "满意度调查样本偏少，调查方式较为单一"]
MEASURES = ["编制下一年度预算时同步细化量化绩效目标，增加反映效益的指标",
            "按月调度项目资金支付进度，对滞后项目及时督促",
            "建立项目绩效档案，过程资料随时归集",
            "扩大满意度调查范围，采用线上问卷与电话回访相结合的方式"]
DEV_REASON = ["受实施进度影响，部分任务未全部完成，下一步加快推进", "实际需求低于预期，下年度将据实调整目标",
              "部分工作受天气等客观因素影响延后，已督促整改", "调查发现服务流程仍有不足，将进一步优化"]
AUTHORS = ["张丽", "王建国", "李红梅", "刘洋", "陈静", "杨帆", "赵敏", "周涛"]


# --------------------------------------------------------------------------------------------
# Indicators and projects


class Ind(Indicator):
    def tgt(self, words=False):
        k, t, u = self.kind, self.target, self.unit
        if k in ("ge", "pct", "sat"):
            return (f"不少于{t}{u}" if k == "ge" else f"不低于{t}{u}") if words else f"≥{t}{u}"
        if k in ("le", "lepct"):
            return f"不超过{t}{u}" if words else f"≤{t}{u}"
        if k == "zero":
            return f"{t}{u}" if words else f"={t}{u}"
        return t

    def act_s(self):
        return f"{self.actual}{self.unit}" if self.numeric else self.actual

    def exp(self):
        return {"name": self.name, "target": self.target, "actual": self.actual, "score": self.score}

    @property
    def full(self):
        return D(self.score) == D(self.weight)


def make_indicators(rng, specs, satname, n_lo=5, n_hi=12):
    """5-12 indicators by genlib.spec_indicators, this generator's pool and cells."""
    return spec_indicators(rng, specs, satname, POOL, Ind, OUTPUT_L2, TIME_DONE, 0.78, n_lo, n_hi)


def tie(e, b):
    """Whether executed/budget in percent is a tie at two decimals (a double might then round either way)."""
    return (D(e) * 10000 / D(b)) % 1 == D("0.5")


def make_money(rng, gran, lo=150000, hi=3600000):
    """全年预算数 split into 当年财政拨款 / 上年结转资金 / 其他资金, executed per source, 年初预算数 per source."""
    budget = amount(rng, lo, hi, gran)
    carry = part_of(rng, budget, 0.05, 0.2, gran) if rng.random() < 0.4 else 0
    other = part_of(rng, budget, 0.05, 0.15, gran) if rng.random() < 0.3 else 0
    fiscal = budget - carry - other
    while True:
        ef = fiscal if rng.random() < 0.3 else part_of(rng, fiscal, 0.78, 0.995, gran)
        ec = carry if rng.random() < 0.6 else part_of(rng, carry, 0.5, 0.99, gran)
        eo = other if rng.random() < 0.5 else part_of(rng, other, 0.6, 0.99, gran)
        executed = ef + ec + eo
        if not tie(executed, budget) and executed > 0:
            break
    adj = rng.choice([0, 0, part_of(rng, fiscal, 0.03, 0.2, gran), -part_of(rng, fiscal, 0.02, 0.1, gran)])
    init_f = fiscal - adj
    return {"budget": budget, "fiscal": fiscal, "carry": carry, "other": other, "executed": executed,
            "ef": ef, "ec": ec, "eo": eo, "init_f": init_f, "init_c": 0, "init_o": other,
            "init": init_f + other, "rate": rate(executed, budget)}


def make_project(rng, ctx, spec, gran, n_lo=5, n_hi=12):
    name, specs, satname = spec
    inds = make_indicators(rng, specs, satname, n_lo, n_hi)
    p = make_money(rng, gran)
    p.update(name=name, inds=inds, sat=inds[-1].actual, satname=satname)
    p["exec_score"] = q2(min(p["rate"], D(100)) / 10)
    p["total"] = q2(p["exec_score"] + sum(D(i.score) for i in inds))
    p["grade"] = grade_of(p["total"])
    p["goal"] = (f"完成{inds[0].name}{inds[0].tgt(True) if inds[0].numeric else inds[0].target}等年度任务，"
                 f"{inds[-2].name if len(inds) > 2 else inds[0].name}达到预期，{satname}达到{inds[-1].target}%以上。")
    p["done"] = (f"全年{inds[0].name}{inds[0].act_s()}，项目总体按计划实施，{satname}为{inds[-1].actual}%。")
    return p


def make_projects(rng, ctx, n, gran, n_lo=5, n_hi=12):
    specs = SECTORS[ctx["key"]][1]
    pick = sorted(rng.sample(range(len(specs)), n))
    return [make_project(rng, ctx, specs[k], gran, n_lo, n_hi) for k in pick]


def rs(r, style="2"):
    return f"{D(r):.2f}" if style == "2" else trim(r)


def proj_exp(p, rate_s, fiscal=True):
    return project_exp(p["name"], p["budget"], p["fiscal"] if fiscal else None, p["executed"], rate_s, p["sat"],
                       [i.exp() for i in p["inds"]])


def make_ctx(rng, i, layout, seed):
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    ppy, prov, cfull, short, cpy = PLACES[order[i % len(PLACES)]]
    key = SECTOR_KEYS[(i + i // 6) % len(SECTOR_KEYS)]
    year = rng.randint(2019, 2025)
    unit = cfull + SECTORS[key][0]
    fill = date(year + 1, rng.randint(2, 5), rng.randint(1, 28))
    return {"index": i, "layout": layout, "seed": seed, "ppy": ppy, "prov": prov, "cfull": cfull, "short": short,
            "cpy": cpy, "key": key, "unit_py": key, "unit": unit, "year": year, "fill": fill,
            "fill_s": f"{fill.year}年{fill.month}月{fill.day}日", "dept": cfull + SECTORS[key][0],
            "author": rng.choice(AUTHORS), "reviewer": rng.choice(AUTHORS),
            "phone": f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}"}


def rid_of(ctx):
    return f"gl{ctx['index'] + 1:02d}-{ctx['ppy']}-{ctx['cpy']}-{ctx['unit_py']}-{ctx['year']}.{ctx['layout']}"


# --------------------------------------------------------------------------------------------
# Packages: a zip written the same way every time (fixed dates, MS-DOS attributes, fixed order)


def package(parts):
    """parts: list of (name, str or bytes). A deterministic OOXML zip as bytes."""
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xa(s):
    return x(s).replace('"', "&quot;")


XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_W = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
        'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
        'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
NS_WPS_EXTRA = ' xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"'
IGN = ' mc:Ignorable="w14 w15 wp14"'
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def rels_xml(rels):
    out = [XMLDECL + f'<Relationships xmlns="{PKG_R}">']
    for rid, typ, target in rels:
        out.append(f'<Relationship Id="{rid}" Type="{R_NS}/{typ}" Target="{target}"/>')
    out.append("</Relationships>")
    return "".join(out)


def core_xml(title, author, created, modified, last_by=None):
    return (XMLDECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(title)}</dc:title><dc:creator>{x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{x(last_by or author)}</cp:lastModifiedBy><cp:revision>{len(author) + 3}</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified></cp:coreProperties>')


def app_xml(application, version, extra=""):
    return (XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Template>Normal.dotm</Template><TotalTime>{len(application) * 7}</TotalTime>{extra}'
            f'<Application>{x(application)}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
            f'<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
            f'<AppVersion>{version}</AppVersion></Properties>')


def stamp(ctx, hour=9):
    d = ctx["fill"]
    return f"{d.isoformat()}T{hour:02d}:{(ctx['index'] * 7) % 60:02d}:00Z"


# --------------------------------------------------------------------------------------------
# WordprocessingML: rich cell/paragraph content and its rendering as Word or WPS writes it
#
# Content is a str or a list of segments: str (plain text; "\n" a soft break in Word, a new paragraph in WPS;
# "\t" a tab), ("del", s) / ("ins", s) tracked changes, ("sdt", alias, s) a content control, ("fld", instr, s)
# a complex field with its cached result, ("fldsimple", instr, s), ("fn", id) a footnote reference,
# ("cmt", id, segs) a commented range, ("para",) a paragraph break (in a cell), ("nest", WTable) a nested table.


SUPER = '<w:vertAlign w:val="superscript"/>'
JC_CENTER = '<w:jc w:val="center"/>'
TAB_SEL = 'tabSelected="1" '
WPS_STYLE = {"Normal": "1", "Heading1": "2", "Heading2": "3", "Title": "4", "Header": "5", "Footer": "6",
             "CommentText": "7", "FootnoteText": "8", "Caption": "9"}


class Cell:
    def __init__(self, content="", rs=1, cs=1, shade=None, align=None, bold=False):
        self.content, self.rs, self.cs, self.shade, self.align, self.bold = content, rs, cs, shade, align, bold


class WTable:
    def __init__(self, widths, header_rows=0, trailing_empty=False):
        self.widths, self.rows, self.header_rows, self.trailing_empty = widths, [], header_rows, trailing_empty

    def row(self, *cells):
        self.rows.append([c if isinstance(c, Cell) else Cell(c) for c in cells])
        return self

    def grid(self):
        placed, occ = place_cells(self.rows, keep_cell=True)
        n = len(self.widths)
        for r in range(len(self.rows)):
            for c in range(n):
                assert (r, c) in occ, ("hole", r, c)
        assert max(c for (_, c) in occ) == n - 1
        return placed, occ


class WDoc:
    """One document being written: its flavour ("word" or "wps"), random ids, counters, comments, footnotes."""

    def __init__(self, rng, flavour, ctx):
        self.rng, self.flavour, self.ctx = rng, flavour, ctx
        self.rsids = [f"{rng.randrange(16 ** 8):08X}" for _ in range(rng.randint(5, 9))]
        self.rsids[0] = "00" + self.rsids[0][2:]
        self.next_id = 0
        self.comments, self.footnotes = [], []
        self.bookmark = 0
        self.sz = 24
        self.font_hint = True

    def sid(self, name):
        return WPS_STYLE.get(name, name) if self.flavour == "wps" else name

    def nid(self):
        self.next_id += 1
        return self.next_id

    def rsid(self):
        return self.rng.choice(self.rsids)

    # ---- runs
    def rpr(self, bold=False, sz=None, digits=False, extra=""):
        out = []
        if self.flavour == "wps" or self.font_hint:
            out.append('<w:rFonts w:hint="eastAsia"/>' if not digits or self.flavour == "wps" else
                       '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>')
        if bold:
            out.append("<w:b/><w:bCs/>")
        s = sz or self.sz
        if s != 24 or self.flavour == "wps":
            out.append(f'<w:sz w:val="{s}"/><w:szCs w:val="{s}"/>')
        out.append(extra)
        if self.flavour == "wps":
            out.append('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>')
        elif digits:
            out.append('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>')
        else:
            out.append('<w:lang w:eastAsia="zh-CN"/>')
        return "<w:rPr>" + "".join(out) + "</w:rPr>"

    def run(self, text, bold=False, sz=None, tag="w:t", extra=""):
        """One run; "\t" as w:tab, "\n" as w:br (Word's soft break)."""
        digits = bool(re.search(r"[0-9]", text)) and not re.search(r"[\u4e00-\u9fff]", text)
        attr = f' w:rsidR="{self.rsid()}"' if self.flavour == "word" else ""
        inner = []
        for k, piece in enumerate(re.split(r"(\t|\n)", text)):
            if piece == "\t":
                inner.append("<w:tab/>")
            elif piece == "\n":
                inner.append("<w:br/>")
            elif piece:
                inner.append(f'<{tag} xml:space="preserve">{x(piece)}</{tag}>' if piece != piece.strip() or FW in piece
                             else f"<{tag}>{x(piece)}</{tag}>")
        return f"<w:r{attr}>{self.rpr(bold, sz, digits, extra)}{''.join(inner)}</w:r>"

    def runs(self, text, bold=False, sz=None, split=True):
        """Text as Word leaves it after editing: split into runs at arbitrary places (inside words and numbers),
        proofing marks and stray bookmarks between them. WPS keeps a run per formatting."""
        if not text:
            return ""
        if self.flavour != "word" or not split or len(text) < 2:
            return self.run(text, bold, sz)
        rng = self.rng
        k = rng.randint(0, min(4, len(text) - 1))
        cuts = sorted(rng.sample(range(1, len(text)), k))
        # favour a cut inside a number when there is one
        nums = [m for m in re.finditer(r"\d[\d.,]*\d", text)]
        if nums and rng.random() < 0.7:
            m = rng.choice(nums)
            cuts = sorted(set(cuts + [rng.randint(m.start() + 1, m.end() - 1)]))
        pieces, prev = [], 0
        for c in cuts + [len(text)]:
            if c > prev:
                pieces.append(text[prev:c])
            prev = c
        out = []
        for piece in pieces:
            r = rng.random()
            if r < 0.12 and re.search(r"[\u4e00-\u9fff]", piece):
                out.append('<w:proofErr w:type="gramStart"/>' + self.run(piece, bold, sz) + '<w:proofErr w:type="gramEnd"/>')
            elif r < 0.2:
                out.append('<w:proofErr w:type="spellStart"/>' + self.run(piece, bold, sz) + '<w:proofErr w:type="spellEnd"/>')
            elif r < 0.26:
                self.bookmark += 1
                b = self.bookmark
                name = f"_Hlk{self.rng.randint(100000000, 199999999)}"
                out.append(f'<w:bookmarkStart w:id="{b}" w:name="{name}"/>' + self.run(piece, bold, sz) +
                           f'<w:bookmarkEnd w:id="{b}"/>')
            else:
                out.append(self.run(piece, bold, sz))
        return "".join(out)

    def change_attrs(self):
        self.rng.random()
        return f'w:id="{self.nid() + 100}" w:author="{xa(self.ctx["reviewer"])}" w:date="{stamp(self.ctx, 15)}"'

    def inline(self, content, bold=False, sz=None):
        """Paragraph-level XML of content that holds no paragraph breaks."""
        if isinstance(content, str):
            return self.runs(content, bold, sz)
        out = []
        for seg in content:
            if isinstance(seg, str):
                out.append(self.runs(seg, bold, sz))
            elif seg[0] == "del":
                r = self.run(seg[1], bold, sz, tag="w:delText").replace("<w:tab/>", "")
                out.append(f"<w:del {self.change_attrs()}>{r}</w:del>")
            elif seg[0] == "ins":
                out.append(f"<w:ins {self.change_attrs()}>{self.run(seg[1], bold, sz)}</w:ins>")
            elif seg[0] == "sdt":
                sid = self.rng.randint(100000000, 2099999999)
                plc = "<w:showingPlcHdr/>" if len(seg) > 3 and seg[3] else ""
                body = self.run(seg[2], bold, sz, extra='<w:color w:val="808080"/>' if plc else "")
                out.append(f'<w:sdt><w:sdtPr>{self.rpr(bold, sz)}<w:alias w:val="{xa(seg[1])}"/>'
                           f'<w:tag w:val="{xa(seg[1])}"/><w:id w:val="{sid}"/>{plc}<w:text/></w:sdtPr>'
                           f'<w:sdtEndPr>{self.rpr(bold, sz)}</w:sdtEndPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')
            elif seg[0] == "fld":
                out.append(f'<w:r>{self.rpr(bold, sz)}<w:fldChar w:fldCharType="begin"/></w:r>'
                           f'<w:r>{self.rpr(bold, sz)}<w:instrText xml:space="preserve"> {x(seg[1])} </w:instrText></w:r>'
                           f'<w:r>{self.rpr(bold, sz)}<w:fldChar w:fldCharType="separate"/></w:r>'
                           f'{self.run(seg[2], bold, sz)}'
                           f'<w:r>{self.rpr(bold, sz)}<w:fldChar w:fldCharType="end"/></w:r>')
            elif seg[0] == "fldsimple":
                out.append(f'<w:fldSimple w:instr=" {xa(seg[1])} ">{self.run(seg[2], bold, sz)}</w:fldSimple>')
            elif seg[0] == "fn":
                out.append(f'<w:r>{self.rpr(extra=SUPER)}'
                           f'<w:footnoteReference w:id="{seg[1]}"/></w:r>')
            elif seg[0] == "cmt":
                cid = seg[1]
                out.append(f'<w:commentRangeStart w:id="{cid}"/>' + self.inline(seg[2], bold, sz) +
                           f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
                           f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>')
            else:
                raise ValueError(seg)
        return "".join(out)

    # ---- paragraphs
    def ppr(self, style=None, align=None, ind=None, num=None, outline=None, spacing=None, keep=False, rpr=""):
        out = []
        if style:
            out.append(f'<w:pStyle w:val="{self.sid(style)}"/>')
        if keep:
            out.append("<w:keepNext/>")
        if num:
            out.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
        if spacing:
            out.append(spacing)
        if ind:
            out.append(ind)
        if align:
            out.append(f'<w:jc w:val="{align}"/>')
        if outline is not None:
            out.append(f'<w:outlineLvl w:val="{outline}"/>')
        if self.flavour == "wps" and not rpr:
            rpr = '<w:rPr><w:rFonts w:hint="eastAsia"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
        out.append(rpr)
        return "<w:pPr>" + "".join(out) + "</w:pPr>" if out else ""

    def p(self, content="", bold=False, sz=None, **kw):
        if self.flavour == "word":
            pid = f"{self.rng.randrange(16 ** 8):08X}"
            r = self.rsid()
            attrs = f' w14:paraId="{pid}" w14:textId="77777777" w:rsidR="{r}" w:rsidRDefault="{r}" w:rsidP="{self.rsid()}"'
        else:
            attrs = ""
        return f"<w:p{attrs}>{self.ppr(**kw)}{self.inline(content, bold, sz) if content else ''}</w:p>"

    def body_para(self, text, **kw):
        """A body paragraph, first line indented two characters."""
        kw.setdefault("ind", '<w:ind w:firstLineChars="200" w:firstLine="480"/>')
        return self.p(text, **kw)

    # ---- tables
    def cell_xml(self, cl, width, vmerge=None, sz=21):
        tcpr = [f'<w:tcW w:w="{width}" w:type="dxa"/>']
        if cl.cs > 1:
            tcpr.append(f'<w:gridSpan w:val="{cl.cs}"/>')
        if vmerge == "restart":
            tcpr.append('<w:vMerge w:val="restart"/>')
        elif vmerge == "continue":
            tcpr.append("<w:vMerge/>")
        if cl.shade:
            tcpr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{cl.shade}"/>')
        tcpr.append('<w:vAlign w:val="center"/>')
        paras = []
        if vmerge == "continue":
            paras.append(self.p("", sz=sz, align=cl.align or "center", spacing='<w:spacing w:line="280" w:lineRule="exact"/>'))
        else:
            content = cl.content
            segs = [content] if isinstance(content, str) else list(content)
            # split into paragraphs at ("para",), nested tables, and (for WPS) at "\n"
            cur, items = [], []
            for seg in segs:
                if isinstance(seg, str) and self.flavour == "wps" and "\n" in seg:
                    parts = seg.split("\n")
                    for k, part in enumerate(parts):
                        if part:
                            cur.append(part)
                        if k < len(parts) - 1:
                            items.append(("p", cur))
                            cur = []
                elif isinstance(seg, tuple) and seg[0] == "para":
                    items.append(("p", cur))
                    cur = []
                elif isinstance(seg, tuple) and seg[0] == "nest":
                    if cur:
                        items.append(("p", cur))
                    cur = []
                    items.append(("t", seg[1]))
                else:
                    cur.append(seg)
            items.append(("p", cur))
            for kind, it in items:
                if kind == "t":
                    paras.append(self.table(it, nested=True))
                else:
                    paras.append(self.p(it if it else "", bold=cl.bold, sz=sz, align=cl.align,
                                        spacing='<w:spacing w:line="280" w:lineRule="exact"/>',
                                        rpr=self.rpr(cl.bold, sz)))
        return f"<w:tc><w:tcPr>{''.join(tcpr)}</w:tcPr>{''.join(paras)}</w:tc>"

    def table(self, t, nested=False, sz=21):
        placed, occ = t.grid()
        widths = list(t.widths) + ([600] if t.trailing_empty else [])
        total = sum(widths)
        look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
        borders = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                   '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>')
        style = '<w:tblStyle w:val="a7"/>' if self.flavour == "wps" else '<w:tblStyle w:val="TableGrid"/>'
        out = [f'<w:tbl><w:tblPr>{style}<w:tblW w:w="{total}" w:type="dxa"/>'
               f'{"" if nested else JC_CENTER}{borders}<w:tblLayout w:type="fixed"/>'
               f'<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>{look}</w:tblPr>',
               "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"]
        for r, items in enumerate(placed):
            trpr = ['<w:trHeight w:val="397"/>']
            if r < t.header_rows:
                trpr.append("<w:tblHeader/>")
            if self.flavour == "word":
                rs_ = self.rsid()
                out.append(f'<w:tr w:rsidR="{rs_}" w:rsidTr="{rs_}"><w:trPr>{"".join(trpr)}</w:trPr>')
            else:
                out.append(f'<w:tr><w:trPr>{"".join(trpr)}</w:trPr>')
            c = 0
            origin = dict(items)
            n = len(t.widths)
            while c < n:
                if c in origin:
                    cl = origin[c]
                    vm = "restart" if cl.rs > 1 else None
                    out.append(self.cell_xml(cl, sum(t.widths[c:c + cl.cs]), vm, sz))
                    c += cl.cs
                else:
                    r0, c0, cl = occ[(r, c)]
                    assert c0 == c and r0 < r
                    out.append(self.cell_xml(cl, sum(t.widths[c:c + cl.cs]), "continue", sz))
                    c += cl.cs
            if t.trailing_empty:
                out.append(self.cell_xml(Cell(""), 600, None, sz))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)


def sect_pr(doc, header=None, footer=None, landscape=False, margins=(1304, 850, 1304, 850)):
    refs = ""
    if header:
        refs += f'<w:headerReference w:type="default" r:id="{header}"/>'
    if footer:
        refs += f'<w:footerReference w:type="default" r:id="{footer}"/>'
    w, h = (16838, 11906) if landscape else (11906, 16838)
    orient = ' w:orient="landscape"' if landscape else ""
    t, r, b, left = margins
    rs_ = f' w:rsidR="{doc.rsids[0]}" w:rsidSect="{doc.rsids[0]}"' if doc.flavour == "word" else ""
    return (f'<w:sectPr{rs_}>{refs}<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
            f'<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{left}" w:header="851" w:footer="992" w:gutter="0"/>'
            f'<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')


def styles_xml(flavour, numbered_headings=None):
    """Word: style ids Heading1, Title, TableGrid…; WPS: numeric ids ("2" = heading 1) as WPS writes them."""
    wps = flavour == "wps"
    ids = {"Normal": "1" if wps else "a", "Heading1": "2" if wps else "Heading1", "Heading2": "3" if wps else "Heading2",
           "Title": "4" if wps else "Title", "TableGrid": "a7" if wps else "TableGrid"}
    if flavour == "word":
        ids["Normal"] = "Normal"
    h1num = (f'<w:numPr><w:numId w:val="{numbered_headings}"/></w:numPr>' if numbered_headings else "")
    h2num = (f'<w:numPr><w:ilvl w:val="1"/><w:numId w:val="{numbered_headings}"/></w:numPr>' if numbered_headings else "")
    font = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    out = [XMLDECL + f'<w:styles {NS_W}{NS_WPS_EXTRA if wps else ""}{IGN}>',
           f'<w:docDefaults><w:rPrDefault><w:rPr>{font}<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
           '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>',
           f'<w:style w:type="paragraph" w:default="1" w:styleId="{ids["Normal"]}"><w:name w:val="Normal"/><w:qFormat/>'
           '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>',
           f'<w:style w:type="paragraph" w:styleId="{ids["Heading1"]}"><w:name w:val="heading 1"/>'
           f'<w:basedOn w:val="{ids["Normal"]}"/><w:next w:val="{ids["Normal"]}"/><w:qFormat/>'
           f'<w:pPr><w:keepNext/><w:keepLines/>{h1num}<w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr>'
           '<w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:kern w:val="44"/><w:sz w:val="32"/></w:rPr></w:style>',
           f'<w:style w:type="paragraph" w:styleId="{ids["Heading2"]}"><w:name w:val="heading 2"/>'
           f'<w:basedOn w:val="{ids["Normal"]}"/><w:next w:val="{ids["Normal"]}"/><w:unhideWhenUsed/><w:qFormat/>'
           f'<w:pPr><w:keepNext/><w:keepLines/>{h2num}<w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr>'
           '<w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="30"/></w:rPr></w:style>',
           f'<w:style w:type="paragraph" w:styleId="{ids["Title"]}"><w:name w:val="Title"/>'
           f'<w:basedOn w:val="{ids["Normal"]}"/><w:qFormat/><w:pPr><w:spacing w:before="240" w:after="240"/>'
           '<w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>'
           '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:sz w:val="36"/></w:rPr></w:style>',
           f'<w:style w:type="table" w:default="1" w:styleId="{"a4" if wps else "TableNormal"}"><w:name w:val="Normal Table"/>'
           '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
           '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
           '</w:tblCellMar></w:tblPr></w:style>',
           f'<w:style w:type="table" w:styleId="{ids["TableGrid"]}"><w:name w:val="Table Grid"/>'
           f'<w:basedOn w:val="{"a4" if wps else "TableNormal"}"/><w:tblPr><w:tblBorders>'
           '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '</w:tblBorders></w:tblPr></w:style>']
    for sid, name in (("Header", "header"), ("Footer", "footer"), ("CommentText", "annotation text"),
                      ("FootnoteText", "footnote text"), ("Caption", "caption")):
        sid2 = {"Header": "5", "Footer": "6", "CommentText": "7", "FootnoteText": "8", "Caption": "9"}[sid] if wps else sid
        out.append(f'<w:style w:type="paragraph" w:styleId="{sid2}"><w:name w:val="{name}"/>'
                   f'<w:basedOn w:val="{ids["Normal"]}"/><w:pPr>'
                   + ('<w:jc w:val="center"/>' if sid in ("Header", "Caption") else "")
                   + '</w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>')
    for sid, name, extra in (("CommentReference", "annotation reference", '<w:sz w:val="21"/>'),
                             ("FootnoteReference", "footnote reference", '<w:vertAlign w:val="superscript"/>')):
        out.append(f'<w:style w:type="character" w:styleId="{sid}"><w:name w:val="{name}"/><w:rPr>{extra}</w:rPr></w:style>')
    out.append("</w:styles>")
    return "".join(out)


def settings_xml(doc, track=False, footnotes=False):
    wps = doc.flavour == "wps"
    rsids = "" if wps else ("<w:rsids>" + f'<w:rsidRoot w:val="{doc.rsids[0]}"/>' +
                            "".join(f'<w:rsid w:val="{r}"/>' for r in sorted(doc.rsids)) + "</w:rsids>")
    fn = ('<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' if footnotes else "")
    return (XMLDECL + f'<w:settings {NS_W}{NS_WPS_EXTRA if wps else ""}{IGN}><w:zoom w:percent="{120 if wps else 100}"/>'
            + ('<w:revisionView w:insDel="0" w:formatting="0"/><w:trackRevisions/>' if track else "")
            + '<w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/>'
            '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
            '<w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/>'
            f'<w:characterSpacingControl w:val="compressPunctuation"/>{fn}<w:compat>'
            '<w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>'
            '<w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            f'</w:compat>{rsids}<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
            '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>')


def font_table_xml():
    fonts = [("Times New Roman", "02020603050405020304", "00"), ("宋体", "02010600030101010101", "86"),
             ("仿宋_GB2312", "02010609030101010101", "86"), ("黑体", "02010609060101010101", "86"),
             ("楷体_GB2312", "02010609030101010101", "86"), ("方正小标宋简体", "02000000000000000000", "86")]
    return (XMLDECL + f'<w:fonts {NS_W}{IGN}>' + "".join(
        f'<w:font w:name="{n}"><w:panose1 w:val="{p}"/><w:charset w:val="{c}"/><w:family w:val="roman"/>'
        f'<w:pitch w:val="variable"/></w:font>' for n, p, c in fonts) + "</w:fonts>")


def docx_package(doc, body, title, headers=(), footers=(), numbering=None, comments=None, footnotes=None,
                 track=False, wps_custom=False):
    """The parts of a DOCX as Word (or WPS) writes them. headers/footers: lists of (rId, file, xml)."""
    wps = doc.flavour == "wps"
    ns = NS_W + (NS_WPS_EXTRA if wps else "")
    document = XMLDECL + f'<w:document {ns}{IGN}><w:body>{body}</w:body></w:document>'
    ct = [XMLDECL + f'<Types xmlns="{CT_NS}">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          f'<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>',
          f'<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>',
          f'<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>',
          f'<Override PartName="/word/fontTable.xml" ContentType="{WML}.fontTable+xml"/>']
    rels = [("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"), ("rId3", "fontTable", "fontTable.xml")]
    parts = []
    for rid, fname, xml in headers:
        rels.append((rid, "header", fname))
        ct.append(f'<Override PartName="/word/{fname}" ContentType="{WML}.header+xml"/>')
        parts.append((f"word/{fname}", xml))
    for rid, fname, xml in footers:
        rels.append((rid, "footer", fname))
        ct.append(f'<Override PartName="/word/{fname}" ContentType="{WML}.footer+xml"/>')
        parts.append((f"word/{fname}", xml))
    if numbering:
        rels.append(("rId20", "numbering", "numbering.xml"))
        ct.append(f'<Override PartName="/word/numbering.xml" ContentType="{WML}.numbering+xml"/>')
        parts.append(("word/numbering.xml", numbering))
    if comments:
        rels.append(("rId21", "comments", "comments.xml"))
        ct.append(f'<Override PartName="/word/comments.xml" ContentType="{WML}.comments+xml"/>')
        parts.append(("word/comments.xml", comments))
    if footnotes:
        rels.append(("rId22", "footnotes", "footnotes.xml"))
        ct.append(f'<Override PartName="/word/footnotes.xml" ContentType="{WML}.footnotes+xml"/>')
        parts.append(("word/footnotes.xml", footnotes))
        endnotes = (XMLDECL + f'<w:endnotes {NS_W}{IGN}>'
                    '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
                    '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
                    '</w:endnote></w:endnotes>')
        rels.append(("rId23", "endnotes", "endnotes.xml"))
        ct.append(f'<Override PartName="/word/endnotes.xml" ContentType="{WML}.endnotes+xml"/>')
        parts.append(("word/endnotes.xml", endnotes))
    ctx = doc.ctx
    if wps_custom:
        rels.append(("rId30", "customXml", "../customXml/item1.xml"))
        ct.append('<Override PartName="/customXml/itemProps1.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>')
        ct.append('<Override PartName="/docProps/custom.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>')
        build = f"2052-11.1.0.{doc.rng.randint(11000, 14999)}"
        guid = "{" + "-".join(f"{doc.rng.randrange(16 ** n):0{n}X}" for n in (8, 4, 4, 4, 12)) + "}"
        parts.append(("customXml/item1.xml",
                      XMLDECL + '<s:customData xmlns="http://www.wps.cn/officeDocument/2013/wpsCustomData" '
                      'xmlns:s="http://www.wps.cn/officeDocument/2013/wpsCustomData">'
                      f'<customSectProps><customSectPr/></customSectProps></s:customData>'))
        parts.append(("customXml/itemProps1.xml",
                      XMLDECL + f'<ds:datastoreItem ds:itemID="{guid}" '
                      'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                      '<ds:schemaRefs><ds:schemaRef ds:uri="http://www.wps.cn/officeDocument/2013/wpsCustomData"/>'
                      '</ds:schemaRefs></ds:datastoreItem>'))
        parts.append(("customXml/_rels/item1.xml.rels",
                      rels_xml([("rId1", "customXmlProps", "itemProps1.xml")])))
        icv = "".join(f"{doc.rng.randrange(16):X}" for _ in range(32))
        parts.append(("docProps/custom.xml",
                      XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                      f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="KSOProductBuildVer">'
                      f'<vt:lpwstr>{build}</vt:lpwstr></property>'
                      f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="3" name="ICV">'
                      f'<vt:lpwstr>{icv}</vt:lpwstr></property></Properties>'))
    ct.append('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>')
    ct.append('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
    ct.append("</Types>")
    top = [("rId1", "officeDocument", "word/document.xml")]
    pr = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    top_xml = rels_xml(top).replace("</Relationships>",
                                    f'<Relationship Id="rId2" Type="{pr}" Target="docProps/core.xml"/>'
                                    f'<Relationship Id="rId3" Type="{R_NS}/extended-properties" Target="docProps/app.xml"/>'
                                    + (f'<Relationship Id="rId4" Type="{R_NS}/custom-properties" Target="docProps/custom.xml"/>'
                                       if wps_custom else "") + "</Relationships>")
    app = (app_xml("WPS Office_11.1.0.%d_F1E327BC-269C-435d-A152-05C5408002CA" % doc.rng.randint(11000, 14999), "11.1.0")
           if wps else app_xml("Microsoft Office Word", "16.0000",
                               f"<Pages>{2 + doc.rng.randint(0, 3)}</Pages><Words>0</Words><Characters>0</Characters>"))
    out = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", top_xml),
           ("word/document.xml", document), ("word/_rels/document.xml.rels", rels_xml(rels))]
    out += parts
    out += [("word/styles.xml", styles_xml(doc.flavour)), ("word/settings.xml", settings_xml(doc, track, bool(footnotes))),
            ("word/fontTable.xml", font_table_xml()),
            ("docProps/core.xml", core_xml(title, ctx["author"], stamp(ctx, 8), stamp(ctx, 17), ctx["reviewer"])),
            ("docProps/app.xml", app)]
    if numbering:
        out = [(n, styles_xml(doc.flavour, numbering_heading_id(numbering)) if n == "word/styles.xml" else d)
               for n, d in out]
    return package(out)


def numbering_heading_id(numbering_xml):
    m = re.search(r"<!--heading:(\d+)-->", numbering_xml)
    return m.group(1) if m else None


def hdr_ftr_xml(doc, kind, inner):
    tag = "w:hdr" if kind == "header" else "w:ftr"
    ns = NS_W + (NS_WPS_EXTRA if doc.flavour == "wps" else "")
    return XMLDECL + f"<{tag} {ns}{IGN}>{inner}</{tag}>"


def page_footer(doc, style):
    """A footer with a PAGE field (and NUMPAGES in one style), as Word inserts 页码."""
    rp = doc.rpr(sz=18)
    fld = lambda instr, val: (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
                              f'<w:r>{rp}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
                              f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
                              f'<w:r>{rp.replace("</w:rPr>", "<w:noProof/></w:rPr>")}<w:t>{val}</w:t></w:r>'
                              f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')
    if style == "of":
        f1, f2 = fld("PAGE  \\* Arabic  \\* MERGEFORMAT", 1), fld("NUMPAGES  \\* Arabic  \\* MERGEFORMAT", 2)
        inner = (f'<w:r>{rp}<w:t xml:space="preserve">第 </w:t></w:r>{f1}'
                 f'<w:r>{rp}<w:t xml:space="preserve"> 页，共 </w:t></w:r>{f2}'
                 f'<w:r>{rp}<w:t xml:space="preserve"> 页</w:t></w:r>')
    else:
        f1 = fld("PAGE   \\* MERGEFORMAT", 1)
        inner = (f'<w:r>{rp}<w:t xml:space="preserve">— </w:t></w:r>{f1}'
                 f'<w:r>{rp}<w:t xml:space="preserve"> —</w:t></w:r>')
    return f'<w:p><w:pPr><w:pStyle w:val="{"6" if doc.flavour == "wps" else "Footer"}"/><w:jc w:val="center"/></w:pPr>{inner}</w:p>'


# --------------------------------------------------------------------------------------------
# The national 项目支出绩效自评表 as a Word table (11 grid columns, merged cells)

FORM_W = [600, 800, 1250, 1250, 1500, 1500, 600, 650, 600, 850, 600]


def money_fmt(style):
    """style: "w2" 万元 with two decimals, "y" 元 with thousands separators, "yp" 元 plain (for =SUM fields)."""
    if style == "w2":
        return lambda fen: fmt_wan(fen, 2)
    if style == "y":
        return lambda fen: fmt_yuan(fen)
    return lambda fen: fmt_yuan(fen, sep="")


def unit_word(style):
    return "万元" if style == "w2" else "元"


def form_table(doc, p, ctx, style, edits=None, two_para=False, sdt=False, trailing=False):
    """The 自评表 of project p. edits (Word): {"exec": old, "rate": old, "score": old, "total": old, "ind": (k, old)}
    shown as tracked changes (old deleted, the true value inserted). two_para (WPS): header and reason cells
    hold two paragraphs. sdt (WPS): the money cells are content controls."""
    m = money_fmt(style)
    u = unit_word(style)
    ed = edits or {}
    t = WTable(FORM_W, trailing_empty=trailing)
    nl = ("para",) if two_para else "\n"

    def chg(key, new):
        if key in ed:
            return [("del", ed[key]), ("ins", new)]
        if sdt and key in ("budget", "exec", "fiscal"):
            return [("sdt", {"budget": "全年预算数", "exec": "全年执行数", "fiscal": "当年财政拨款"}[key], new)]
        return new

    def seq(*parts):
        out = []
        for q in parts:
            out += q if isinstance(q, list) else [q]
        return out

    t.row(Cell("项目名称", cs=2), Cell(p["name"], cs=9))
    t.row(Cell("主管部门", cs=2), Cell(ctx["dept"], cs=4), Cell("实施单位", cs=2), Cell(ctx["unit"], cs=3))
    t.row(Cell(seq("项目资金", nl, f"（{u}）"), rs=5, cs=2), Cell("", cs=2), Cell(seq("年初", nl, "预算数")),
          Cell(seq("全年", nl, "预算数")), Cell(seq("全年", nl, "执行数"), cs=2), Cell("分值"), Cell("执行率"), Cell("得分"))
    rate_s = f"{p['rate']:.2f}%"
    t.row(Cell("年度资金总额", cs=2), m(p["init"]), chg("budget", m(p["budget"])),
          Cell(chg("exec", m(p["executed"])), cs=2), "10", chg("rate", rate_s), chg("score", trim(p["exec_score"])))
    t.row(Cell("其中：当年财政拨款", cs=2), m(p["init_f"]), chg("fiscal", m(p["fiscal"])),
          Cell(m(p["ef"]), cs=2), "—", "—", "—")
    t.row(Cell("上年结转资金", cs=2), m(p["init_c"]), m(p["carry"]), Cell(m(p["ec"]), cs=2), "—", "—", "—")
    t.row(Cell("其他资金", cs=2), m(p["init_o"]), m(p["other"]), Cell(m(p["eo"]), cs=2), "—", "—", "—")
    t.row(Cell(seq("年度", nl, "总体目标"), rs=2, cs=2), Cell("预期目标", cs=4), Cell("实际完成情况", cs=5))
    t.row(Cell(p["goal"], cs=4, align="left"), Cell(p["done"], cs=5, align="left"))
    t.row("一级指标", "二级指标", Cell("三级指标", cs=2), Cell(seq("年度", nl, "指标值")), Cell(seq("实际", nl, "完成值")),
          "分值", "得分", Cell(seq("偏差原因分析", nl, "及改进措施"), cs=3))
    inds = p["inds"]
    spans1, spans2 = {}, {}
    for k, i in enumerate(inds):
        for attr, spans in (("l1", spans1), ("l2", spans2)):
            if k == 0 or getattr(inds[k - 1], attr) != getattr(i, attr):
                n2 = 1
                while k + n2 < len(inds) and getattr(inds[k + n2], attr) == getattr(i, attr):
                    n2 += 1
                spans[k] = n2
    for k, i in enumerate(inds):
        cells = []
        if k in spans1:
            cells.append(Cell(i.l1, rs=spans1[k]))
        if k in spans2:
            cells.append(Cell(i.l2, rs=spans2[k]))
        actual = i.act_s()
        if "ind" in ed and ed["ind"][0] == k:
            actual = [("del", ed["ind"][1]), ("ins", actual)]
        reason = "" if i.full else DEV_REASON[k % len(DEV_REASON)]
        if reason and two_para:
            reason = [reason.split("，")[0] + "；", ("para",), "，".join(reason.split("，")[1:]) or "下一步持续改进。"]
        cells += [Cell(i.name, cs=2, align="left"), i.tgt(), actual, i.weight, i.score, Cell(reason, cs=3, align="left")]
        t.row(*cells)
    total = trim(p["total"])
    t.row(Cell("总分", cs=6), "100", chg("total", total), Cell(["自评等级：\t" if not two_para else "自评等级：", p["grade"]], cs=3))
    return t


def indicator_sentences(p, words=True):
    parts = []
    for i in p["inds"][:-1]:
        if i.numeric:
            parts.append(f"“{i.name}”年度目标{i.tgt(words)}，实际完成{i.act_s()}")
        else:
            parts.append(f"“{i.name}”年度目标为{i.target}，实际{i.actual}")
    return parts


# --------------------------------------------------------------------------------------------
# Layout 1: word — a report saved by Microsoft Word, edited with tracked changes and a comment


def typo_money(rng, fen, budget, gran):
    """A plausible earlier figure: one digit of the 万元 amount off, still within the budget."""
    for step in (100000000, 10000000, 1000000, 100000):
        if step < gran:
            continue
        cand = [fen - step * k for k in (1, 2, 3) if 0 < fen - step * k] + \
               [fen + step * k for k in (1, 2) if fen + step * k <= budget]
        cand = [c for c in cand if c != fen and not tie(c, budget)]
        if cand and fen > step * 3:
            return rng.choice(cand)
    return fen - gran * 3


def build_word(rng, ctx):
    n = rng.choice([1, 1, 2])
    style = "w2"
    ps = make_projects(rng, ctx, n, 10000, 6, 12)
    doc = WDoc(rng, "word", ctx)
    m = money_fmt(style)
    unit = ctx["unit"]
    title = (f"{ps[0]['name']}{ctx['year']}年度绩效自评报告" if n == 1 else f"{unit}{ctx['year']}年度项目支出绩效自评报告")
    body = [doc.p(title, style="Title", bold=True, sz=36)]
    if n == 1:
        body.append(doc.p(f"（{unit}）", align="center"))
    body.append(doc.body_para(f"根据{ctx['cfull']}财政局关于开展{ctx['year']}年度预算绩效自评工作的要求，我单位对"
                              f"{'该项目' if n == 1 else str(n) + '个项目'}开展了绩效自评，现将自评情况报告如下。"))
    cn = "一二三四五六"
    comments = []
    tables = []
    for k, p in enumerate(ps):
        old_exec = typo_money(rng, p["executed"], p["budget"], 10000)
        old_rate = rate(old_exec, p["budget"])
        old_es = q2(min(old_rate, D(100)) / 10)
        old_total = q2(old_es + sum(D(i.score) for i in p["inds"]))
        # an indicator whose 实际完成值 was corrected: a met count, the old figure also met (score unchanged)
        cands = [j for j, i in enumerate(p["inds"]) if i.kind == "ge" and i.full]
        ed = {"exec": m(old_exec), "rate": f"{old_rate:.2f}%", "score": trim(old_es), "total": trim(old_total)}
        if cands:
            j = rng.choice(cands)
            i = p["inds"][j]
            ed["ind"] = (j, f"{int(i.actual) + rng.randint(1, 9)}{i.unit}")
        p["word_edits"] = ed
        head = f"{cn[k]}、{p['name']}" if n > 1 else None
        if head:
            body.append(doc.p(head, style="Heading1", bold=True, sz=32))
        sub = ["（一）", "（二）", "（三）", "（四）"] if n > 1 else ["一、", "二、", "三、", "四、"]
        hs = "Heading2" if n > 1 else "Heading1"
        body.append(doc.p(f"{sub[0]}项目基本情况", style=hs, bold=True))
        body.append(doc.body_para(f"{p['name']}由{unit}组织实施，{p['goal']}"))
        body.append(doc.p(f"{sub[1]}项目资金投入及使用情况", style=hs, bold=True))
        src = [f"当年财政拨款{m(p['fiscal'])}万元"]
        if p["carry"]:
            src.append(f"上年结转资金{m(p['carry'])}万元")
        if p["other"]:
            src.append(f"其他资金{m(p['other'])}万元")
        cid = len(comments)
        comments.append((cid, f"执行数已按财政一体化系统支付数据更正，原填{m(old_exec)}万元，请复核。"))
        seg = [f"{ctx['year']}年该项目年初预算数{m(p['init'])}万元，全年预算数{m(p['budget'])}万元，其中" + "、".join(src) + "。",
               f"截至{ctx['year']}年12月31日，全年执行数",
               ("cmt", cid, [("del", m(old_exec)), ("ins", m(p["executed"]))]),
               "万元，预算执行率", ("del", f"{old_rate:.2f}"), ("ins", f"{p['rate']:.2f}"), "%",
               ("del", f"，另有{m(p['budget'] - old_exec)}万元待支付"), "。"]
        if p["executed"] < p["budget"]:
            seg.append(("ins", "未支付部分已按规定结转或收回财政。"))
        body.append(doc.body_para(seg))
        body.append(doc.p(f"{sub[2]}绩效目标完成情况", style=hs, bold=True))
        unmet = [i for i in p["inds"] if not i.full]
        body.append(doc.body_para(f"该项目共设置三级指标{len(p['inds'])}个，" +
                                  (f"其中{len(p['inds']) - len(unmet)}个指标全部完成，{len(unmet)}个指标未完全达到年度目标。"
                                   if unmet else "各项指标均已完成。") + f"经问卷调查，{p['satname']}为{p['sat']}%。"))
        body.append(doc.p(f"{sub[3]}自评结论", style=hs, bold=True))
        body.append(doc.body_para(["经自评，该项目得分", ("del", trim(old_total)), ("ins", trim(p["total"])),
                                   f"分，自评等级为“{p['grade']}”。具体情况见下表。"]))
        body.append(doc.p(f"{p['name']}绩效自评表", bold=True, align="center", keep=True, sz=28))
        body.append(doc.p(f"（{ctx['year']}年度）", align="center", keep=True, sz=21))
        t = form_table(doc, p, ctx, style, edits=ed)
        body.append(doc.table(t, sz=18))
        tables.append(t)
        body.append(doc.p(""))
    nxt = cn[n] if n > 1 else "五"
    body.append(doc.p(f"{nxt}、存在的问题及改进措施", style="Heading1", bold=True, sz=32))
    pi = rng.randrange(len(PROBLEMS))
    body.append(doc.body_para(f"一是{PROBLEMS[pi]}；二是{PROBLEMS[(pi + 1) % 4]}。下一步，我单位将{MEASURES[pi]}，"
                              f"并{MEASURES[(pi + 1) % 4]}。"))
    body.append(doc.p(""))
    body.append(doc.p(unit, align="right"))
    body.append(doc.p(ctx["fill_s"], align="right"))
    body.append(sect_pr(doc, header="rId10", footer="rId11", margins=(1440, 850, 1440, 850)))
    hdr = hdr_ftr_xml(doc, "header", doc.p(title, style="Header", sz=18) .replace(
        "<w:pPr>", '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>', 1))
    ftr = hdr_ftr_xml(doc, "footer", page_footer(doc, rng.choice(["dash", "of"])))
    cm = [XMLDECL + f'<w:comments {NS_W}{IGN}>']
    for cid, text in comments:
        cm.append(f'<w:comment w:id="{cid}" w:author="{xa(ctx["reviewer"])}" w:date="{stamp(ctx, 14)}" '
                  f'w:initials="{xa(ctx["reviewer"][0])}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
                  f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                  f'<w:r><w:t>{x(text)}</w:t></w:r></w:p></w:comment>')
    cm.append("</w:comments>")
    data = docx_package(doc, "".join(body), title, headers=[("rId10", "header1.xml", hdr)],
                        footers=[("rId11", "footer1.xml", ftr)], comments="".join(cm), track=True)
    rid = rid_of(ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, None, [proj_exp(p, f"{p['rate']:.2f}") for p in ps])
    absent, pairs = [], []
    for p in ps:
        ed = p["word_edits"]
        absent.append(ed["exec"])
        pairs += [(ed["exec"], m(p["executed"])), (ed["rate"].rstrip("%"), f"{p['rate']:.2f}")]
    return rid, {"docx": data}, exp, {"absent_pdf": absent, "txt_pairs": pairs}


# --------------------------------------------------------------------------------------------
# Layout 2: wps — saved by WPS Office: the title in a text box, content controls, full-width spaces


def text_box(doc, lines, cx=5760720, cy=900000):
    """A floating text box as WPS writes it: the DrawingML shape, and a VML copy in mc:Fallback."""
    def content():
        return "".join(doc.p(ln, bold=True, sz=36 if k else 32, align="center") for k, ln in enumerate(lines))
    sid = doc.rng.randint(1026, 1040)
    h_pt, w_pt = cy / 12700, cx / 12700
    return (f'<w:r>{doc.rpr()}<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
            f'<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content()}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
            f'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
            f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape id="_x0000_s{sid}" o:spid="_x0000_s{sid}" o:spt="202" type="#_x0000_t202" '
            f'style="position:absolute;left:0pt;margin-top:0pt;height:{h_pt:.1f}pt;width:{w_pt:.1f}pt;'
            f'mso-wrap-distance-bottom:0pt;mso-wrap-distance-top:0pt;z-index:251659264;" filled="f" stroked="f" '
            f'coordsize="21600,21600"><v:fill on="f" focussize="0,0"/><v:stroke on="f" weight="0.5pt"/>'
            f'<v:imagedata o:title=""/><o:lock v:ext="edit" aspectratio="f"/><v:textbox>'
            f'<w:txbxContent>{content()}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape>'
            f'</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def build_wps(rng, ctx):
    style = ["w2", "y", "w2", "y", "w2"][(ctx["index"] // 6) % 5]
    gran = 10000 if style == "w2" else 100
    p = make_projects(rng, ctx, 1, gran, 5, 10)[0]
    doc = WDoc(rng, "wps", ctx)
    m = money_fmt(style)
    u = unit_word(style)
    unit = ctx["unit"]
    title = f"{ctx['year']}年度项目支出绩效自评报告"
    body = [f'<w:p>{doc.ppr(align="center")}{text_box(doc, [unit, title])}</w:p>']
    body.append(doc.p(["填报单位（盖章）：", ("sdt", "填报单位", unit), FW * 4 + "填报日期：",
                       ("sdt", "填报日期", ctx["fill_s"])], sz=24))
    body.append(doc.p("一、项目基本情况", style="Heading1", bold=True, sz=32))
    body.append(doc.p(f"{FW * 2}项目名称：{FW}{p['name']}"))
    body.append(doc.p(f"{FW * 2}主管部门：{FW}{ctx['dept']}{FW * 3}实施单位：{FW}{unit}"))
    body.append(doc.p(f"{FW * 2}项目负责人：{FW}{ctx['author']}{FW * 3}联系电话：{FW}{ctx['phone']}"))
    body.append(doc.body_para(f"{p['name']}是{unit}{ctx['year']}年度重点项目，{p['goal']}"))
    body.append(doc.p("二、项目资金情况", style="Heading1", bold=True, sz=32))
    src = [f"其中当年财政拨款{FW}", ("sdt", "当年财政拨款", m(p["fiscal"])), f"{FW}{u}"]
    if p["carry"]:
        src += [f"，上年结转资金{FW}{m(p['carry'])}{FW}{u}"]
    if p["other"]:
        src += [f"，其他资金{FW}{m(p['other'])}{FW}{u}"]
    body.append(doc.body_para([f"年初预算数{FW}{m(p['init'])}{FW}{u}，全年预算数{FW}", ("sdt", "全年预算数", m(p["budget"])),
                               f"{FW}{u}，"] + src + [f"。全年执行数{FW}", ("sdt", "全年执行数", m(p["executed"])),
                                                     f"{FW}{u}，预算执行率{FW}", ("sdt", "执行率", f"{p['rate']:.2f}%"),
                                                     "。"]))
    body.append(doc.p("三、绩效目标完成情况", style="Heading1", bold=True, sz=32))
    body.append(doc.body_para("；".join(indicator_sentences(p)[:3]) + f"。经问卷调查，{p['satname']}为{FW}{p['sat']}%。"
                              "各项指标完成情况详见下表。"))
    body.append(doc.p(f"{p['name']}绩效自评表", bold=True, align="center", sz=28, keep=True))
    body.append(doc.p(f"金额单位：{u}", align="right", sz=21, keep=True))
    t = form_table(doc, p, ctx, style, two_para=True, sdt=True, trailing=True)
    body.append(doc.table(t, sz=18))
    body.append(doc.p(""))
    body.append(doc.p("四、自评结论", style="Heading1", bold=True, sz=32))
    body.append(doc.body_para(f"经综合评价，该项目自评得分{FW}{trim(p['total'])}{FW}分，自评等级为“{p['grade']}”。"))
    body.append(doc.p("五、存在的问题及改进措施", style="Heading1", bold=True, sz=32))
    pi = rng.randrange(len(PROBLEMS))
    body.append(doc.body_para(f"{PROBLEMS[pi]}。下一步将{MEASURES[pi]}。"))
    body.append(doc.p(["备注：", ("sdt", "备注", "单击此处输入文字。", True)]))
    body.append(doc.p(f"填表人：{FW}{ctx['author']}{FW * 4}审核人：{FW}{ctx['reviewer']}", align="right"))
    body.append(sect_pr(doc, footer="rId11"))
    ftr = hdr_ftr_xml(doc, "footer", page_footer(doc, "dash"))
    data = docx_package(doc, "".join(body), unit + title, footers=[("rId11", "footer1.xml", ftr)], wps_custom=True)
    rid = rid_of(ctx)
    exp = expected_doc(GEN, ctx, rid, unit + title, "项目支出自评", unit, None, [proj_exp(p, f"{p['rate']:.2f}")])
    return rid, {"docx": data}, exp, {}


# --------------------------------------------------------------------------------------------
# Layout 3: numbered — heading and list numbers from numbering.xml, not in the text


def numbering_xml(doc, n_lists):
    def lvl(i, fmt, text, style=None, ind_left=0, first=640, suff="nothing"):
        ps = f'<w:pStyle w:val="{doc.sid(style)}"/>' if style else ""
        sf = f'<w:suff w:val="{suff}"/>' if suff else ""
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}{sf}'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{ind_left}" w:firstLine="{first}"/></w:pPr></w:lvl>')
    nsid = lambda: f"{doc.rng.randrange(16 ** 8):08X}"
    out = [XMLDECL + f'<w:numbering {NS_W}{IGN}><!--heading:1-->',
           f'<w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="{nsid()}"/>'
           f'<w:multiLevelType w:val="multilevel"/><w:tmpl w:val="{nsid()}"/>'
           + lvl(0, "chineseCounting", "%1、", "Heading1") + lvl(1, "chineseCounting", "（%2）", "Heading2")
           + lvl(2, "decimal", "%3.", None, 0, 640, "space")
           + "".join(lvl(i, "decimal", f"%{i + 1}.", None, 420 * i, 0, None) for i in range(3, 9))
           + "</w:abstractNum>",
           f'<w:abstractNum w:abstractNumId="1" w15:restartNumberingAfterBreak="0"><w:nsid w:val="{nsid()}"/>'
           f'<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="{nsid()}"/>'
           + lvl(0, "decimal", "%1.", None, 0, 640, "space") + lvl(1, "decimal", "（%2）", None, 0, 640, None)
           + "".join(lvl(i, "lowerLetter", f"%{i + 1})", None, 420 * i, 0, None) for i in range(2, 9))
           + "</w:abstractNum>",
           '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>']
    for k in range(n_lists):
        out.append(f'<w:num w:numId="{2 + k}"><w:abstractNumId w:val="1"/>'
                   f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    out.append("</w:numbering>")
    return "".join(out)


SHORT_W = [3000, 1900, 1900, 1000, 1000]


def short_table(p, header_rows=1):
    t = WTable(SHORT_W, header_rows=header_rows)
    t.row(Cell("三级指标", bold=True), Cell("年度指标值", bold=True), Cell("实际完成值", bold=True),
          Cell("分值", bold=True), Cell("得分", bold=True))
    for i in p["inds"]:
        t.row(Cell(i.name, align="left"), i.tgt(), i.act_s(), i.weight, i.score)
    return t


def dept_money(rng, ps, gran):
    basic = amount(rng, 3000000, 15000000, gran)
    extra = amount(rng, 200000, 3000000, gran)
    proj = extra + sum(p["budget"] for p in ps)
    while True:
        eb = part_of(rng, basic, 0.95, 1.0, gran)
        ex = part_of(rng, extra, 0.7, 1.0, gran)
        et = eb + ex + sum(p["executed"] for p in ps)
        if not tie(et, basic + proj):
            break
    return {"basic": basic, "extra": extra, "proj": proj, "budget": basic + proj, "executed": et, "eb": eb,
            "ex": ex, "rate": rate(et, basic + proj)}


def build_numbered(rng, ctx):
    n = rng.choice([2, 3])
    ps = make_projects(rng, ctx, n, 10000, 5, 12)
    f = dept_money(rng, ps, 10000)
    rsty = rng.choice(["2", "t"])
    doc = WDoc(rng, "word", ctx)
    doc.font_hint = False
    m = money_fmt("w2")
    unit = ctx["unit"]
    title = f"{unit}{ctx['year']}年度项目支出绩效自评报告"
    H1 = lambda text: doc.p(text, style="Heading1")
    body = [doc.p(title, style="Title")]
    body.append(doc.body_para(f"按照{ctx['cfull']}财政局预算绩效管理工作安排，我单位组织对{ctx['year']}年度"
                              f"{n}个项目支出开展了绩效自评。现将自评情况报告如下："))
    body.append(H1("部门基本情况"))
    body.append(doc.body_para(f"{unit}是{ctx['cfull']}人民政府工作部门。{ctx['year']}年度部门预算总额{m(f['budget'])}万元，"
                              f"其中基本支出{m(f['basic'])}万元、项目支出{m(f['proj'])}万元；全年实际支出{m(f['executed'])}万元，"
                              f"部门预算执行率{rs(f['rate'], rsty)}%。"))
    body.append(H1("项目绩效自评情况"))
    body.append(doc.body_para(f"本次纳入自评的项目共{n}个，按项目分述如下。"))
    for k, p in enumerate(ps):
        if k % 2 == 0:
            body.append(doc.p(p["name"], style="Heading2"))
        else:   # a heading made by hand: a body paragraph with an outline level and the list's second level
            body.append(doc.p(p["name"], bold=True, num=(1, 1), outline=1,
                              ind='<w:ind w:firstLine="640"/>'))
        li = 2 + k
        src = f"其中财政拨款{m(p['fiscal'])}万元"
        if p["carry"]:
            src += f"、上年结转资金{m(p['carry'])}万元"
        if p["other"]:
            src += f"、其他资金{m(p['other'])}万元"
        body.append(doc.p(f"资金使用情况。该项目全年预算数{m(p['budget'])}万元，{src}；全年执行数{m(p['executed'])}万元，"
                          f"预算执行率{rs(p['rate'], rsty)}%。", num=(li, 0)))
        sent = indicator_sentences(p)
        body.append(doc.p(f"绩效目标完成情况。{sent[0]}；{sent[1] if len(sent) > 1 else sent[0]}。"
                          f"经问卷调查，{p['satname']}为{p['sat']}%。各项指标完成情况见下表。", num=(li, 0)))
        body.append(doc.p(f"表{k + 1}{FW}{p['name']}绩效指标完成情况", style="Caption", bold=True, keep=True))
        body.append(doc.table(short_table(p), sz=21))
        body.append(doc.p(f"自评结论。该项目预算执行率得分{trim(p['exec_score'])}分，自评总分{trim(p['total'])}分，"
                          f"等级为“{p['grade']}”。", num=(li, 0)))
    body.append(H1("存在的问题"))
    pi = rng.randrange(len(PROBLEMS))
    for j in range(2):
        body.append(doc.p(PROBLEMS[(pi + j) % 4] + "。", num=(2 + n, 0)))
    body.append(H1("下一步改进措施"))
    for j in range(2):
        body.append(doc.p(MEASURES[(pi + j) % 4] + "。", num=(3 + n, 0)))
    body.append(doc.p(""))
    body.append(doc.p(unit, align="right"))
    body.append(doc.p(ctx["fill_s"], align="right"))
    body.append(sect_pr(doc, footer="rId11"))
    ftr = hdr_ftr_xml(doc, "footer", page_footer(doc, "of"))
    data = docx_package(doc, "".join(body), title, footers=[("rId11", "footer1.xml", ftr)],
                        numbering=numbering_xml(doc, n + 2))
    rid = rid_of(ctx)
    funds = {"budget_total": yuan_exp(f["budget"]), "executed_total": yuan_exp(f["executed"]),
             "execution_rate_stated": rs(f["rate"], rsty)}
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds, [proj_exp(p, rs(p["rate"], rsty)) for p in ps])
    return rid, {"docx": data}, exp, {}


# --------------------------------------------------------------------------------------------
# Layout 6: fields — 部门整体 + 项目: =SUM(ABOVE) fields, a footnote with the unit, a table split in two with
# its header row repeated, captions, a nested table

DEPT_SPECS = [
    ("数量指标", "重点工作任务完成数", "ge", "项", 8, 20), ("数量指标", "开展专项监督检查", "ge", "次", 6, 30),
    ("质量指标", "重点工作任务完成率", "pct", "%", (95, 100)), ("质量指标", "政府采购执行率", "pct", "%", (90, 95)),
    ("时效指标", "资金支付进度达标率", "pct", "%", (90,)), ("成本指标", "“三公”经费控制率", "lepct", "%", (100,)),
    ("社会效益指标", "服务对象覆盖率", "pct", "%", (90, 95)), ("可持续影响指标", "内部控制制度", "qual", "健全", "基本健全"),
    ("可持续影响指标", "信息公开及时性", "qual", "及时公开", "基本及时"),
]
DEPT_W = [1000, 1100, 2300, 1400, 1400, 700, 700, 1000]
PROJ_W = [700, 950, 2700, 1750, 1750, 600, 650, 1000]


def ind_rows(t, inds, reason=True):
    prev1 = prev2 = None
    for k, i in enumerate(inds):
        n1 = n2 = 1
        while k + n1 < len(inds) and inds[k + n1].l1 == i.l1:
            n1 += 1
        while k + n2 < len(inds) and inds[k + n2].l2 == i.l2 and inds[k + n2].l1 == i.l1:
            n2 += 1
        cells = []
        if i.l1 != prev1:
            cells.append(Cell(i.l1, rs=n1))
        if i.l2 != prev2 or i.l1 != prev1:
            cells.append(Cell(i.l2, rs=n2))
        prev1, prev2 = i.l1, i.l2
        cells += [Cell(i.name, align="left"), i.tgt(), i.act_s(), i.weight, i.score]
        if reason:
            cells.append(Cell("" if i.full else DEV_REASON[k % 4], align="left"))
        t.row(*cells)


def build_fields(rng, ctx):
    n = rng.choice([1, 2])
    ps = make_projects(rng, ctx, n, 10000, 5, 10)
    f = dept_money(rng, ps, 10000)
    dinds = make_indicators(rng, DEPT_SPECS, "服务对象满意度", 6, 10)
    doc = WDoc(rng, "word", ctx)
    unit = ctx["unit"]
    title = f"{unit}{ctx['year']}年度部门整体支出绩效自评报告"
    body = [doc.p(title, style="Title")]
    body.append(doc.p("一、部门基本情况", style="Heading1"))
    body.append(doc.body_para(f"{unit}内设机构{rng.randint(4, 9)}个，下属事业单位{rng.randint(1, 4)}个。主要职责是贯彻落实"
                              f"上级决策部署，负责全县{SECTORS[ctx['key']][0][:-1]}相关工作。"))
    body.append(doc.p("二、部门预算执行情况", style="Heading1"))
    body.append(doc.body_para(f"{ctx['year']}年度部门预算收支及执行情况见表1，部门预算执行率{f['rate']:.2f}%。"))
    # table 1, 万元 (the unit only in the footnote), 合计 by =SUM(ABOVE)
    mw = money_fmt("w2")
    pers = part_of(rng, f["basic"], 0.6, 0.85, 10000)
    pub = f["basic"] - pers
    epers = min(pers, part_of(rng, f["eb"], 0.6, 0.85, 10000))
    epub = f["eb"] - epers
    if epub > pub:
        epers, epub = f["eb"] - pub, pub
    rows = [("基本支出—人员经费", pers, epers), ("基本支出—公用经费", pub, epub)]
    rows += [(p["name"], p["budget"], p["executed"]) for p in ps]
    rows.append(("其他项目支出", f["extra"], f["ex"]))
    assert sum(r[1] for r in rows) == f["budget"] and sum(r[2] for r in rows) == f["executed"]
    assert all(r[2] <= r[1] for r in rows)
    t1 = WTable([900, 3800, 1700, 1700, 1500], header_rows=1)
    t1.row(Cell("序号", bold=True), Cell("项目", bold=True), Cell("全年预算数", bold=True), Cell("全年执行数", bold=True),
           Cell("执行率", bold=True))
    for k, (name, b, e) in enumerate(rows, 1):
        t1.row(str(k), Cell(name, align="left"), mw(b), mw(e), f"{rate(e, b):.2f}%")
    t1.row(Cell("合计", bold=True), "", Cell([("fld", "=SUM(ABOVE) \\# \"0.00\"", mw(f["budget"]))]),
           Cell([("fldsimple", "=SUM(ABOVE)", mw(f["executed"]))]), f"{f['rate']:.2f}%")
    body.append(doc.p(["表1", FW, f"{ctx['year']}年度部门预算执行情况表", ("fn", 1)], style="Caption", bold=True, keep=True))
    body.append(doc.table(t1, sz=21))
    body.append(doc.p(""))
    # table 2 (department indicators), split in two tables, the header row repeated and marked tblHeader
    body.append(doc.p("三、部门整体绩效目标完成情况", style="Heading1"))
    body.append(doc.body_para(f"部门整体支出绩效自评共设置三级指标{len(dinds)}个，预算执行率得分"
                              f"{trim(q2(min(f['rate'], D(100)) / 10))}分，自评结果详见表2。"))
    cut = rng.randint(3, len(dinds) - 2)
    head = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]
    dt = WTable(DEPT_W, header_rows=1)
    dt.row(*[Cell(h, bold=True, shade="D9D9D9") for h in head])
    ind_rows(dt, dinds[:cut])
    dt2 = WTable(DEPT_W, header_rows=1)
    dt2.row(*[Cell(h, bold=True, shade="D9D9D9") for h in head])
    ind_rows(dt2, dinds[cut:])
    d_exec = q2(min(f["rate"], D(100)) / 10)
    d_total = q2(d_exec + sum(D(i.score) for i in dinds))
    dt2.row(Cell("预算执行率", cs=5), "10", trim(d_exec), "")
    dt2.row(Cell("总分", cs=5, bold=True), "100", trim(d_total), grade_of(d_total))
    body.append(doc.p(["表2", FW, f"{ctx['year']}年度部门整体支出绩效自评表"], style="Caption", bold=True, keep=True))
    body.append(doc.table(dt, sz=18))
    body.append(doc.p(["续表2"], style="Caption", keep=True))
    body.append(doc.table(dt2, sz=18))
    body.append(doc.p(""))
    # project tables, in 元 as their merged first row says, the fund sources in a nested table
    body.append(doc.p("四、项目支出绩效自评情况", style="Heading1"))
    body.append(doc.body_para(f"纳入部门整体评价的重点项目{n}个，各项目自评情况如下。"))
    my = money_fmt("y")
    for k, p in enumerate(ps):
        body.append(doc.p(f"（{'一二三'[k]}）{p['name']}", style="Heading2"))
        body.append(doc.body_para(f"该项目预算执行率{p['rate']:.2f}%，{p['satname']}{p['sat']}%，自评得分{trim(p['total'])}分，"
                                  f"等级“{p['grade']}”。"))
        nt = WTable([1900, 1900, 1900])
        nt.row("当年财政拨款", "上年结转资金", "其他资金")
        nt.row(my(p["fiscal"]), my(p["carry"]), my(p["other"]))
        t = WTable(PROJ_W, header_rows=0)
        t.row(Cell("金额单位：元", cs=8, align="right"))
        t.row(Cell("项目名称", cs=2), Cell(p["name"], cs=6, align="left"))
        t.row(Cell("主管部门", cs=2), Cell(ctx["dept"], cs=2), Cell("实施单位", cs=2), Cell(unit, cs=2))
        t.row(Cell("资金来源", cs=2), Cell([("nest", nt)], cs=6))
        t.row(Cell("全年预算数", cs=2), my(p["budget"]), "全年执行数", Cell(my(p["executed"]), cs=2), "执行率",
              f"{p['rate']:.2f}%")
        t.row(*[Cell(h, bold=True) for h in head[:7]], Cell("偏差原因分析", bold=True))
        ind_rows(t, p["inds"])
        t.row(Cell("预算执行率得分", cs=5), "10", trim(p["exec_score"]), "")
        t.row(Cell("总分", cs=5, bold=True), "100", trim(p["total"]), p["grade"])
        body.append(doc.p(["表", str(3 + k), FW, f"{p['name']}绩效自评表"], style="Caption", bold=True, keep=True))
        body.append(doc.table(t, sz=18))
        body.append(doc.p(""))
    body.append(doc.p("五、存在的问题及下一步措施", style="Heading1"))
    pi = rng.randrange(len(PROBLEMS))
    body.append(doc.body_para(f"{PROBLEMS[pi]}。下一步将{MEASURES[pi]}。"))
    body.append(doc.p(unit, align="right"))
    body.append(doc.p(ctx["fill_s"], align="right"))
    body.append(sect_pr(doc, footer="rId11"))
    ftr = hdr_ftr_xml(doc, "footer", page_footer(doc, "dash"))
    fn = (XMLDECL + f'<w:footnotes {NS_W}{IGN}>'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
          '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
          'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
          '<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
          '注：金额单位为万元。</w:t></w:r></w:p></w:footnote></w:footnotes>')
    data = docx_package(doc, "".join(body), title, footers=[("rId11", "footer1.xml", ftr)], footnotes=fn)
    rid = rid_of(ctx)
    funds = {"budget_total": yuan_exp(f["budget"]), "executed_total": yuan_exp(f["executed"]),
             "execution_rate_stated": f"{f['rate']:.2f}"}
    exp = expected_doc(GEN, ctx, rid, title, "部门整体自评", unit, funds, [proj_exp(p, f"{p['rate']:.2f}") for p in ps],
                       [i.exp() for i in dinds])
    return rid, {"docx": data}, exp, {}


# --------------------------------------------------------------------------------------------
# SpreadsheetML as Excel writes it: shared strings (some rich), inline strings, number formats, formulas with
# cached values, merged cells, hidden columns

NS_X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SML = "application/vnd.openxmlformats-officedocument.spreadsheetml"
NUMFMTS = [(176, '0.00"万元"'), (177, 'yyyy"年"m"月"d"日";@'), (178, "0.0%")]
# cellXfs: (numFmtId, fontId, fillId, borderId, horizontal, vertical, wrap)
XF = {
    "default": (0, 0, 0, 0, None, None, False), "title": (0, 2, 0, 0, "center", "center", False),
    "c": (0, 0, 0, 1, "center", "center", True), "l": (0, 0, 0, 1, "left", "center", True),
    "h": (0, 1, 2, 1, "center", "center", True), "n": (0, 0, 0, 1, "center", "center", False),
    "pct2": (10, 0, 0, 1, "center", "center", False), "wan": (176, 0, 0, 1, "right", "center", False),
    "thou": (4, 0, 0, 1, "right", "center", False), "int": (1, 0, 0, 1, "right", "center", False),
    "date": (177, 0, 0, 0, "left", "center", False), "dec2": (2, 0, 0, 1, "center", "center", False),
    "pct1": (178, 0, 0, 1, "center", "center", False), "plain": (0, 0, 0, 0, "left", "center", False),
    "dec2r": (2, 0, 0, 1, "right", "center", False), "sub": (0, 0, 0, 0, "center", "center", False),
}
XF_ORDER = list(XF)
FONT_X = ('<font><sz val="11"/><color theme="1"/><name val="宋体"/><family val="3"/><charset val="134"/>'
          '<scheme val="minor"/></font>')


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def ref(r, c):
    return f"{col_letter(c)}{r + 1}"


def num_s(v):
    if isinstance(v, float):
        return format(v, ".17g") if v != int(v) else str(int(v))
    return trim(v)


class Sheet:
    def __init__(self, name, file_no):
        self.name, self.file_no = name, file_no
        self.cells, self.merges, self.cols, self.heights = {}, [], [], {}
        self.hidden_cols = set()
        self.selected = False

    def put(self, r, c, value, style="c"):
        self.cells[(r, c)] = (value, style)

    def merge(self, r0, c0, r1, c1, value=None, style="c"):
        if value is not None:
            self.put(r0, c0, value, style)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    self.cells.setdefault((r, c), (None, style))
        self.merges.append(f"{ref(r0, c0)}:{ref(r1, c1)}")

    def formulas(self):
        return [ref(r, c) for (r, c), (v, _) in sorted(self.cells.items()) if isinstance(v, tuple) and v[0] == "f"]


class SST:
    def __init__(self):
        self.items, self.index, self.count = [], {}, 0

    def add(self, key, xml):
        self.count += 1
        if key not in self.index:
            self.index[key] = len(self.items)
            self.items.append(xml)
        return self.index[key]

    def text(self, s):
        sp = ' xml:space="preserve"' if s != s.strip() or "\n" in s else ""
        return self.add(("t", s), f'<si><t{sp}>{x(s)}</t><phoneticPr fontId="1" type="noConversion"/></si>')

    def rich(self, runs):
        parts = []
        for text, rpr in runs:
            sp = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
            parts.append(f'<r>{"<rPr>" + rpr + "</rPr>" if rpr else ""}<t{sp}>{x(text)}</t></r>')
        return self.add(("r", tuple(runs)), "<si>" + "".join(parts) + '<phoneticPr fontId="1" type="noConversion"/></si>')

    def xml(self):
        return (XMLDECL + f'<sst xmlns="{NS_X}" count="{self.count}" uniqueCount="{len(self.items)}">'
                + "".join(self.items) + "</sst>")


RPR_B = '<b/><sz val="11"/><color theme="1"/><rFont val="宋体"/><family val="3"/><charset val="134"/><scheme val="minor"/>'
RPR_N = '<sz val="11"/><color theme="1"/><rFont val="宋体"/><family val="3"/><charset val="134"/><scheme val="minor"/>'
RPR_T = '<b/><sz val="16"/><color theme="1"/><rFont val="方正小标宋简体"/><family val="3"/><charset val="134"/>'
RPR_R = '<sz val="11"/><color rgb="FFFF0000"/><rFont val="宋体"/><family val="3"/><charset val="134"/><scheme val="minor"/>'


def sheet_xml(sh, sst, ncols, selected):
    rows = {}
    for (r, c), v in sh.cells.items():
        rows.setdefault(r, {})[c] = v
    maxr = max(rows) if rows else 0
    out = [XMLDECL + f'<worksheet xmlns="{NS_X}" xmlns:r="{R_NS}" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
           'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
           'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
           'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
           'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
           f'xr:uid="{{{sh.uid}}}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
           f'<dimension ref="A1:{ref(maxr, ncols - 1)}"/>',
           f'<sheetViews><sheetView {TAB_SEL if selected else ""}workbookViewId="0">'
           f'<selection activeCell="{ref(sh.active[0], sh.active[1])}" sqref="{ref(sh.active[0], sh.active[1])}"/>'
           '</sheetView></sheetViews>',
           '<sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5" x14ac:dyDescent="0.15"/><cols>']
    for c0, c1, w in sh.cols:
        hid = ' hidden="1"' if c0 in sh.hidden_cols else ""
        out.append(f'<col min="{c0 + 1}" max="{c1 + 1}" width="{w}"{hid} customWidth="1"/>')
    out.append("</cols><sheetData>")
    for r in range(0, maxr + 1):
        ht = sh.heights.get(r)
        hta = f' ht="{ht}" customHeight="1"' if ht else ""
        if r not in rows:
            if ht:
                out.append(f'<row r="{r + 1}"{hta} x14ac:dyDescent="0.15"/>')
            continue
        cs = rows[r]
        out.append(f'<row r="{r + 1}" spans="{min(cs) + 1}:{max(cs) + 1}"{hta} x14ac:dyDescent="0.15">')
        for c in sorted(cs):
            v, st = cs[c]
            s = XF_ORDER.index(st)
            a = ref(r, c)
            if v is None:
                out.append(f'<c r="{a}" s="{s}"/>')
            elif isinstance(v, str):
                out.append(f'<c r="{a}" s="{s}" t="s"><v>{sst.text(v)}</v></c>')
            elif isinstance(v, tuple) and v[0] == "rich":
                out.append(f'<c r="{a}" s="{s}" t="s"><v>{sst.rich(v[1])}</v></c>')
            elif isinstance(v, tuple) and v[0] == "inline":
                out.append(f'<c r="{a}" s="{s}" t="inlineStr"><is><t>{x(v[1])}</t></is></c>')
            elif isinstance(v, tuple) and v[0] == "f":
                _, formula, cached, kind = v
                if kind == "str":
                    out.append(f'<c r="{a}" s="{s}" t="str"><f>{x(formula)}</f><v>{x(cached)}</v></c>')
                else:
                    out.append(f'<c r="{a}" s="{s}"><f>{x(formula)}</f><v>{num_s(cached)}</v></c>')
            else:
                out.append(f'<c r="{a}" s="{s}"><v>{num_s(v)}</v></c>')
        out.append("</row>")
    out.append("</sheetData>")
    if sh.merges:
        out.append(f'<mergeCells count="{len(sh.merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in sh.merges)
                   + "</mergeCells>")
    out.append('<phoneticPr fontId="1" type="noConversion"/>'
               '<pageMargins left="0.70866141732283472" right="0.70866141732283472" top="0.74803149606299213" '
               'bottom="0.74803149606299213" header="0.31496062992125984" footer="0.31496062992125984"/>'
               '<pageSetup paperSize="9" scale="85" fitToHeight="0" orientation="portrait"/></worksheet>')
    return "".join(out)


def styles_x():
    xfs = []
    for key in XF_ORDER:
        nf, font, fill, border, h, v, wrap = XF[key]
        al = ""
        if h or v or wrap:
            al = "<alignment" + (f' horizontal="{h}"' if h else "") + (f' vertical="{v}"' if v else "") + \
                 (' wrapText="1"' if wrap else "") + "/>"
        attrs = (f'numFmtId="{nf}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"'
                 + (' applyNumberFormat="1"' if nf else "") + (' applyFont="1"' if font else "")
                 + (' applyFill="1"' if fill else "") + (' applyBorder="1"' if border else "")
                 + (' applyAlignment="1"' if al else ""))
        xfs.append(f"<xf {attrs}>{al}</xf>" if al else f"<xf {attrs}/>")
    thin = '<left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' \
           '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/>'
    return (XMLDECL + f'<styleSheet xmlns="{NS_X}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
            'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
            'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
            f'<numFmts count="{len(NUMFMTS)}">' + "".join(f'<numFmt numFmtId="{i}" formatCode="{xa(c)}"/>' for i, c in NUMFMTS)
            + '</numFmts><fonts count="3" x14ac:knownFonts="1">' + FONT_X
            + '<font><sz val="9"/><name val="宋体"/><family val="3"/><charset val="134"/><scheme val="minor"/></font>'
            '<font><b/><sz val="16"/><color theme="1"/><name val="方正小标宋简体"/><family val="3"/><charset val="134"/></font>'
            '</fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
            '</fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>'
            f'</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>{thin}</border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0">'
            '<alignment vertical="center"/></xf></cellStyleXfs>'
            f'<cellXfs count="{len(xfs)}">' + "".join(xfs) + '</cellXfs><cellStyles count="1">'
            '<cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/>'
            '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
            '</styleSheet>')


def xlsx_package(rng, ctx, sheets, order, defined=(), title=""):
    """sheets: Sheet objects (file numbering = file_no); order: the workbook's tab order (Sheet objects)."""
    sst = SST()
    for sh in sheets:
        sh.uid = "-".join(f"{rng.randrange(16 ** n):0{n}X}" for n in (8, 4, 4, 4, 12))
    sheet_xmls = {}
    ncols = {sh.file_no: max(c for (_, c) in sh.cells) + 1 for sh in sheets}
    for sh in sorted(sheets, key=lambda s: order.index(s)):     # Excel fills the sst in tab order
        sheet_xmls[sh.file_no] = sheet_xml(sh, sst, ncols[sh.file_no], sh is order[0])
    wb = [XMLDECL + f'<workbook xmlns="{NS_X}" xmlns:r="{R_NS}" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
          'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
          'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
          'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
          'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
          'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
          '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/>'
          '<workbookPr defaultThemeVersion="164011"/>'
          '<bookViews><workbookView xWindow="-108" yWindow="-108" windowWidth="23256" windowHeight="12456" '
          'activeTab="0"/></bookViews><sheets>']
    for sh in order:
        wb.append(f'<sheet name="{xa(sh.name)}" sheetId="{sh.file_no}" r:id="rId{sh.file_no}"/>')
    wb.append("</sheets>")
    if defined:
        wb.append("<definedNames>" + "".join(
            f'<definedName name="{xa(n)}"{" localSheetId=" + chr(34) + str(ls) + chr(34) if ls is not None else ""}>'
            f'{x(v)}</definedName>' for n, ls, v in defined) + "</definedNames>")
    wb.append('<calcPr calcId="191029"/></workbook>')
    nsh = len(sheets)
    rels = [(f"rId{sh.file_no}", "worksheet", f"worksheets/sheet{sh.file_no}.xml") for sh in sorted(sheets, key=lambda s: s.file_no)]
    rels += [(f"rId{nsh + 1}", "styles", "styles.xml"), (f"rId{nsh + 2}", "sharedStrings", "sharedStrings.xml"),
             (f"rId{nsh + 3}", "calcChain", "calcChain.xml")]
    chain = [XMLDECL + f'<calcChain xmlns="{NS_X}">']
    for sh in order:
        for k, a in enumerate(sh.formulas()):
            chain.append(f'<c r="{a}" i="{sh.file_no}"/>' if k == 0 else f'<c r="{a}"/>')
    chain.append("</calcChain>")
    ct = [XMLDECL + f'<Types xmlns="{CT_NS}">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          f'<Override PartName="/xl/workbook.xml" ContentType="{SML}.sheet.main+xml"/>']
    ct += [f'<Override PartName="/xl/worksheets/sheet{sh.file_no}.xml" ContentType="{SML}.worksheet+xml"/>'
           for sh in sorted(sheets, key=lambda s: s.file_no)]
    ct += [f'<Override PartName="/xl/styles.xml" ContentType="{SML}.styles+xml"/>',
           f'<Override PartName="/xl/sharedStrings.xml" ContentType="{SML}.sharedStrings+xml"/>',
           f'<Override PartName="/xl/calcChain.xml" ContentType="{SML}.calcChain+xml"/>',
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
           '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
           "</Types>"]
    pr = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    top = (XMLDECL + f'<Relationships xmlns="{PKG_R}"><Relationship Id="rId3" Type="{R_NS}/extended-properties" '
           f'Target="docProps/app.xml"/><Relationship Id="rId2" Type="{pr}" Target="docProps/core.xml"/>'
           f'<Relationship Id="rId1" Type="{R_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    titles = "".join(f"<vt:lpstr>{x(sh.name)}</vt:lpstr>" for sh in order)
    app = (XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel'
           '</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" '
           'baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant>'
           f'<vt:i4>{len(order)}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts>'
           f'<vt:vector size="{len(order)}" baseType="lpstr">{titles}</vt:vector></TitlesOfParts>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>'
           '<AppVersion>16.0300</AppVersion></Properties>')
    parts = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", top), ("docProps/app.xml", app),
             ("docProps/core.xml", core_xml(title, ctx["author"], stamp(ctx, 8), stamp(ctx, 16), ctx["author"])),
             ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", rels_xml(rels))]
    parts += [(f"xl/worksheets/sheet{no}.xml", sheet_xmls[no]) for no in sorted(sheet_xmls)]
    parts += [("xl/styles.xml", styles_x()), ("xl/sharedStrings.xml", sst.xml()), ("xl/calcChain.xml", "".join(chain))]
    return package(parts)


def xl_money(style):
    """(cell style, value of fen as the cell stores it, displayed text, unit in the header)"""
    if style == "wan":
        return "wan", lambda fen: D(fen) / 1000000, lambda fen: fmt_wan(fen, 2) + "万元", ""
    if style == "wan2":
        return "dec2r", lambda fen: D(fen) / 1000000, lambda fen: fmt_wan(fen, 2), "（万元）"
    if style == "thou":
        return "thou", lambda fen: D(fen) / 100, lambda fen: fmt_yuan(fen), "（元）"
    return "int", lambda fen: D(fen) / 100, lambda fen: str(fen // 100), "（元）"


def excel_form(sh, p, ctx, mstyle, rng, pct_numeric, helper_col=True, blank_first=True):
    """The 自评表 on sheet sh; returns {"budget": ref, …} for the summary formulas and the displayed values."""
    st, val, disp, hdr_unit = xl_money(mstyle)
    top = 1 if blank_first else 0
    if blank_first:
        sh.heights[0] = 9.75
    r = top
    sh.merge(r, 0, r, 9, ("rich", [(f"{ctx['year']}年度", RPR_T), ("项目支出绩效自评表", RPR_T)]), "title")
    sh.heights[r] = 30
    r += 1
    sh.merge(r, 0, r, 9, f"（{ctx['year']}年度）", "sub")
    r += 1
    sh.merge(r, 0, r, 1, "项目名称")
    name = p["name"]
    cut = rng.randint(2, len(name) - 2)
    sh.merge(r, 2, r, 9, ("rich", [(name[:cut], RPR_N), (name[cut:], RPR_N.replace("<sz val=\"11\"/>", "<sz val=\"11\"/><u/>"))]))
    r += 1
    sh.merge(r, 0, r, 1, "主管部门")
    sh.merge(r, 2, r, 5, ctx["dept"])
    sh.merge(r, 6, r, 7, "实施单位")
    sh.merge(r, 8, r, 9, ctx["unit"])
    r += 1
    fr = r
    sh.merge(fr, 0, fr + 4, 1, f"项目资金\n{hdr_unit}" if hdr_unit else "项目资金", "c")
    sh.merge(fr, 2, fr, 3, None)
    for c, h in zip(range(4, 10), ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]):
        sh.put(fr, c, h, "h")
    rows = [("年度资金总额", None), ("其中：当年财政拨款", ("init_f", "fiscal", "ef")),
            ("上年结转资金", ("init_c", "carry", "ec")), ("其他资金", ("init_o", "other", "eo"))]
    for k, (label, keys) in enumerate(rows):
        rr = fr + 1 + k
        sh.merge(rr, 2, rr, 3, label, "l")
        if keys:
            for c, key in zip((4, 5, 6), keys):
                sh.put(rr, c, val(p[key]), st)
            for c in (7, 8, 9):
                sh.put(rr, c, ("inline", "—"), "c")
    tr = fr + 1
    for c, key in zip((4, 5, 6), ("init", "budget", "executed")):
        col = col_letter(c)
        sh.put(tr, c, ("f", f"SUM({col}{tr + 2}:{col}{tr + 4})", val(p[key]), "n"), st)
    sh.put(tr, 7, 10, "n")
    e, b = D(p["executed"]), D(p["budget"])
    sh.put(tr, 8, ("f", f"G{tr + 1}/F{tr + 1}", float(e) / float(b), "n"), "pct2")
    p["exec_score"] = q2(min(e / b, D(1)) * 10)
    p["total"] = q2(p["exec_score"] + sum(D(i.score) for i in p["inds"]))
    p["grade"] = grade_of(p["total"])
    sh.put(tr, 9, ("f", f"ROUND(MIN(I{tr + 1},1)*H{tr + 1},2)", p["exec_score"], "n"), "dec2")
    r = fr + 5
    sh.merge(r, 0, r + 1, 1, "年度\n总体目标")
    sh.merge(r, 2, r, 5, "预期目标", "h")
    sh.merge(r, 6, r, 9, "实际完成情况", "h")
    sh.merge(r + 1, 2, r + 1, 5, p["goal"].replace("，", "，\n", 1), "l")
    sh.merge(r + 1, 6, r + 1, 9, p["done"].replace("，", "，\n", 1), "l")
    sh.heights[r + 1] = 54
    r += 2
    hr = r
    for c, h in ((0, "一级指标"), (1, "二级指标"), (4, "年度指标值"), (5, "实际完成值"), (6, "分值"), (7, "得分")):
        sh.put(hr, c, h, "h")
    sh.merge(hr, 2, hr, 3, "三级指标", "h")
    sh.merge(hr, 8, hr, 9, "偏差原因分析\n及改进措施", "h")
    if helper_col:
        sh.put(hr, 10, "上年完成值", "h")
    inds = p["inds"]
    r = hr + 1
    first = r
    wrap_name = rng.randrange(len(inds) - 1)
    for k, i in enumerate(inds):
        rr = r + k
        if k == 0 or inds[k - 1].l1 != i.l1:
            n1 = 1
            while k + n1 < len(inds) and inds[k + n1].l1 == i.l1:
                n1 += 1
            sh.merge(rr, 0, rr + n1 - 1, 0, i.l1) if n1 > 1 else sh.put(rr, 0, i.l1)
        if k == 0 or inds[k - 1].l2 != i.l2 or inds[k - 1].l1 != i.l1:
            n2 = 1
            while k + n2 < len(inds) and inds[k + n2].l2 == i.l2 and inds[k + n2].l1 == i.l1:
                n2 += 1
            sh.merge(rr, 1, rr + n2 - 1, 1, i.l2) if n2 > 1 else sh.put(rr, 1, i.l2)
        nm = i.name
        if k == wrap_name and len(nm) >= 6:
            nm = nm[:len(nm) // 2] + "\n" + nm[len(nm) // 2:]
        sh.merge(rr, 2, rr, 3, nm if k % 3 else ("rich", [(nm, RPR_N)]), "l")
        sh.put(rr, 4, i.tgt())
        if i.kind in ("pct", "sat", "lepct") and pct_numeric:
            sh.put(rr, 5, D(i.actual) / 100, "pct1")
            i.actual = f"{D(i.actual):.1f}"
        elif i.kind in ("ge", "le", "zero"):
            sh.put(rr, 5, D(i.actual), "n")
        else:
            sh.put(rr, 5, i.act_s())
        sh.put(rr, 6, int(i.weight), "n")
        sh.put(rr, 7, D(i.score), "n")
        reason = "" if i.full else DEV_REASON[k % 4]
        sh.merge(rr, 8, rr, 9, ("inline", reason) if reason else None, "l")
        if helper_col:
            if i.numeric:
                sh.put(rr, 10, D(i.actual) * D(rng.choice(["0.9", "0.95", "1.05"])) if i.kind != "zero" else 0, "n")
            else:
                sh.put(rr, 10, ("inline", "—"), "c")
    last = r + len(inds) - 1
    p["sat"] = inds[-1].actual
    tot = last + 1
    sh.merge(tot, 0, tot, 5, "总分", "h")
    sh.put(tot, 6, ("f", f"H{tr + 1}+SUM(G{first + 1}:G{last + 1})", 100, "n"), "n")
    sh.put(tot, 7, ("f", f"J{tr + 1}+SUM(H{first + 1}:H{last + 1})", p["total"], "n"), "dec2")
    sh.merge(tot, 8, tot, 9, ("f", f'IF(H{tot + 1}>=90,"优",IF(H{tot + 1}>=80,"良",IF(H{tot + 1}>=60,"中","差")))',
                              p["grade"], "str"))
    foot = tot + 2
    sh.put(foot, 0, f"填表人：{ctx['author']}", "plain")
    sh.put(foot, 3, f"联系电话：{ctx['phone']}", "plain")
    sh.put(foot, 7, "填报日期：", "plain")
    sh.put(foot, 8, (ctx["fill"] - date(1899, 12, 30)).days, "date")
    sh.cols = [(0, 0, 10.625), (1, 1, 11.5), (2, 3, 12.25), (4, 4, 13.5), (5, 5, 13.5), (6, 6, 8.5),
               (7, 7, 8.5), (8, 9, 12.625)] + ([(10, 10, 10.5)] if helper_col else [])
    if helper_col:
        sh.hidden_cols.add(10)
    sh.active = (tot, 7)
    return {"name": f"C{top + 3}", "budget": f"F{tr + 1}", "fiscal": f"F{tr + 2}", "executed": f"G{tr + 1}",
            "total": f"H{tot + 1}", "grade": f"I{tot + 1}"}


def build_excel(rng, ctx):
    mstyle = ["wan", "thou", "int", "wan2", "thou"][(ctx["index"] // 6) % 5]
    gran = 10000 if mstyle in ("wan", "wan2") else 100
    p = make_projects(rng, ctx, 1, gran, 5, 12)[0]
    pct_numeric = (ctx["index"] // 6) % 2 == 0
    sh = Sheet(rng.choice(["Sheet1", "自评表", "项目支出绩效自评表"]), 1)
    excel_form(sh, p, ctx, mstyle, rng, pct_numeric)
    title = f"{p['name']}{ctx['year']}年度项目支出绩效自评表"
    data = xlsx_package(rng, ctx, [sh], [sh], defined=[("_xlnm.Print_Area", 0, f"'{sh.name}'!$A$2:$J${len(sh.cells) and max(r for r, _ in sh.cells) + 1}")],
                        title=title)
    rid = rid_of(ctx)
    exp = expected_doc(GEN, ctx, rid, title, "自评表", ctx["unit"], None, [proj_exp(p, f"{p['rate']:.2f}")])
    return rid, {"xlsx": data}, exp, {}


def build_workbook(rng, ctx):
    n = rng.choice([2, 3])
    mstyle = ["thou", "wan", "wan2", "int", "wan"][(ctx["index"] // 6) % 5]
    gran = 10000 if mstyle in ("wan", "wan2") else 100
    ps = make_projects(rng, ctx, n, gran, 5, 10)
    st, val, disp, hdr_unit = xl_money(mstyle)
    named = (ctx["index"] // 6) % 2 == 1
    sheets = []
    for k, p in enumerate(ps):
        nm = f"项目{k + 1}" if not named else f"{k + 1}-{p['name'].replace('经费', '').replace('资金', '')[:8]}"
        sh = Sheet(nm, k + 1)
        p["refs"] = excel_form(sh, p, ctx, mstyle, rng, pct_numeric=(k % 2 == 0), helper_col=False, blank_first=False)
        sheets.append(sh)
    summ = Sheet("汇总", n + 1)
    summ.merge(0, 0, 0, 7, f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评结果汇总表", "title")
    summ.heights[0] = 30
    summ.put(1, 0, f"填报单位：{ctx['unit']}", "plain")
    summ.put(1, 5, "填报日期：", "plain")
    summ.put(1, 6, (ctx["fill"] - date(1899, 12, 30)).days, "date")
    u = hdr_unit or "（万元）"
    heads = ["序号", "项目名称", f"全年预算数\n{u}", f"其中：财政拨款\n{u}", f"全年执行数\n{u}", "执行率", "自评得分", "自评等级"]
    for c, h in enumerate(heads):
        summ.put(2, c, h, "h")
    summ.heights[2] = 40.5
    for k, p in enumerate(ps):
        r = 3 + k
        q = f"'{sheets[k].name}'!"
        rf = p["refs"]
        summ.put(r, 0, k + 1, "n")
        summ.put(r, 1, ("f", q + rf["name"], p["name"], "str"), "l")
        summ.put(r, 2, ("f", q + rf["budget"], val(p["budget"]), "n"), st)
        summ.put(r, 3, ("f", q + rf["fiscal"], val(p["fiscal"]), "n"), st)
        summ.put(r, 4, ("f", q + rf["executed"], val(p["executed"]), "n"), st)
        summ.put(r, 5, ("f", f"E{r + 1}/C{r + 1}", float(p["executed"]) / float(p["budget"]), "n"), "pct2")
        summ.put(r, 6, ("f", q + rf["total"], p["total"], "n"), "dec2")
        summ.put(r, 7, ("f", q + rf["grade"], p["grade"], "str"))
    tr = 3 + n
    summ.merge(tr, 0, tr, 1, "合计", "h")
    sb = sum(p["budget"] for p in ps)
    sf = sum(p["fiscal"] for p in ps)
    se = sum(p["executed"] for p in ps)
    for c, v in ((2, sb), (3, sf), (4, se)):
        col = col_letter(c)
        summ.put(tr, c, ("f", f"SUM({col}4:{col}{tr})", val(v), "n"), st)
    summ.put(tr, 5, ("f", f"E{tr + 1}/C{tr + 1}", float(se) / float(sb), "n"), "pct2")
    summ.put(tr, 6, ("inline", "—"))
    summ.put(tr, 7, ("inline", "—"))
    summ.put(tr + 2, 0, "说明：项目明细见各项目工作表，汇总数据由公式自动引用。", "plain")
    summ.cols = [(0, 0, 6.5), (1, 1, 30.5), (2, 4, 15.5), (5, 5, 10.5), (6, 7, 10.5)]
    summ.active = (tr, 2)
    for sh in sheets:
        sh.active = (0, 0)
    order = [summ] + sheets
    title = f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评表"
    defined = [("_xlnm.Print_Area", 0, f"汇总!$A$1:$H${tr + 1}"), ("项目资金合计", None, f"汇总!$C${tr + 1}")]
    data = xlsx_package(rng, ctx, sheets + [summ], order, defined, title)
    rid = rid_of(ctx)
    exp = expected_doc(GEN, ctx, rid, title, "自评表", ctx["unit"], None, [proj_exp(p, f"{p['rate']:.2f}") for p in ps])
    return rid, {"xlsx": data}, exp, {}


# --------------------------------------------------------------------------------------------
# Writing, LibreOffice, the self-check

BUILDERS = {"word": build_word, "wps": build_wps, "numbered": build_numbered, "excel": build_excel,
            "workbook": build_workbook, "fields": build_fields}
LO_PROFILE = "file:///tmp/genl-lo-profile"
CSV_FILTER = "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,true,false,false,-1"


def main(argv):
    convert = "--no-convert" not in argv
    argv = [a for a in argv if a != "--no-convert"]
    args = parse_args(argv, __doc__, SEED)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    check = out / "check"
    tally = new_tally()
    by_layout = {k: 0 for k in LAYOUTS}
    reports = []
    bad = 0
    for i in range(args.count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        rng = random.Random(f"{GEN}/{args.seed}/{i}")
        ctx = make_ctx(rng, i, layout, args.seed)
        rid, files, exp, extra = BUILDERS[layout](rng, ctx)
        for ext, data in files.items():
            (out / f"{rid}.{ext}").write_bytes(data)
            for problem in xml_problems(data):
                print(f"{rid}.{ext}: {problem}")
                bad += 1
        (out / f"{rid}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8", newline="\n")
        before = sum(tally[k] for k in SCORED_KINDS)
        count_figures(exp, tally)
        by_layout[layout] += sum(tally[k] for k in SCORED_KINDS) - before
        for problem in consistency(exp):
            print(f"{rid}: inconsistent: {problem}")
            bad += 1
        reports.append((rid, list(files), exp, extra))
    if convert:
        if check.exists():
            shutil.rmtree(check)
        check.mkdir()
        docx = [out / f"{rid}.docx" for rid, exts, _, _ in reports if "docx" in exts]
        xlsx = [out / f"{rid}.xlsx" for rid, exts, _, _ in reports if "xlsx" in exts]
        for f in docx:
            pdf = out / (f.stem + ".pdf")
            if pdf.exists():
                pdf.unlink()
        soffice(LO_PROFILE, ["--convert-to", "pdf"], out, docx)
        soffice(LO_PROFILE, ["--convert-to", "txt:Text (encoded):UTF8"], check, docx)
        soffice(LO_PROFILE, ["--convert-to", CSV_FILTER], check, xlsx)
        for rid, exts, exp, extra in reports:
            texts = []
            if "docx" in exts:
                t = check / f"{rid}.txt"
                pdf = out / f"{rid}.pdf"
                if not t.exists() or t.stat().st_size == 0:
                    print(f"{rid}: LibreOffice could not open the DOCX (no txt)")
                    bad += 1
                else:
                    txt = t.read_text(encoding="utf-8-sig")
                    # LibreOffice's text export keeps tracked deletions: "29.41" deleted before "28.41" inserted
                    # comes out as "29.4128.41"; part the two so that the inserted figure can be found
                    for old, new in extra.get("txt_pairs", []):
                        txt = txt.replace(old + new, old + " " + new)
                    texts.append(("docx-txt", txt, None))
                if not pdf.exists():
                    print(f"{rid}: LibreOffice wrote no PDF")
                    bad += 1
                else:
                    lay = pdftext(pdf)
                    (check / f"{rid}.pdf.txt").write_text(lay, encoding="utf-8")
                    texts.append(("pdf", lay, pdftext(pdf, layout=False)))
            if "xlsx" in exts:
                csvs = sorted(check.glob(f"{rid}-*.csv")) or sorted(check.glob(f"{rid}.csv"))
                if not csvs:
                    print(f"{rid}: LibreOffice could not open the XLSX (no csv)")
                    bad += 1
                else:
                    texts.append(("xlsx-csv", "\n".join(c.read_text(encoding="utf-8-sig") for c in csvs), None))
            for where, text, alt in texts:
                for problem in missing_figures(exp, text):
                    if alt is not None and problem.endswith("= " + problem.split(" = ", 1)[-1]) and \
                            ".name =" in problem and not [q for q in missing_figures(exp, alt) if q == problem]:
                        continue
                    print(f"{rid} ({where}): not in the displayed text: {problem}")
                    bad += 1
                for problem in missing_indicator_names(exp, text):
                    if alt is not None and problem not in missing_indicator_names(exp, alt):
                        continue
                    print(f"{rid} ({where}): indicator name not in the displayed text: {problem}")
                    bad += 1
                if where == "pdf":
                    from corpus_check import numbers_in
                    nums = numbers_in(text)
                    for old in extra.get("absent_pdf", []):
                        if D(old.replace(",", "")) in nums:
                            print(f"{rid} (pdf): the deleted figure {old} is displayed")
                            bad += 1
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS) +
          f"; indicators {tally['indicators']}, department indicators {tally['department_indicators']}")
    print("figures by layout: " + ", ".join(f"{k} {v}" for k, v in by_layout.items()))
    scored = sum(tally[k] for k in SCORED_KINDS)
    nd = sum(1 for r in reports if "docx" in r[1])
    nx = len(reports) - nd
    print(f"{GEN}: {len(reports)} reports ({nd} DOCX + {nd} PDF, {nx} XLSX, {len(reports)} expected) in {out}, "
          f"{scored} scored figures (+{tally['dept_figures']} department-indicator figures), "
          f"{bad} problems{'' if convert else ' (not converted: only the consistency checks ran)'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
