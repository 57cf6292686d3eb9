#!/usr/bin/env python3
"""Generator N: 自评表 forms as finance bureaus' Word templates lay them out, with expected documents.

Usage: generate.py OUT [-n N] [--seed S] [--no-convert]
Writes OUT/<id>.docx, OUT/<id>.pdf (printed by LibreOffice) and OUT/<id>.expected.json for N reports (six layouts
cycled: national, diagonal, landscape, onetable, series, narrow). The OOXML is written here with zipfile, byte for
byte the same for a seed: vertical text in merged side labels, diagonal header cells, exact row heights, rows that
may or may not split, repeated header rows, zero cell margins, distributed labels, soft breaks in number cells, a
landscape section, a whole report as one table, forms one after another. Every DOCX is then opened by LibreOffice
(-> txt and pdf, one file at a time, texts in OUT/check/) and every expected figure and indicator name is looked for
in that text and in `pdftotext -layout` of the PDF; problems are printed and the exit status is 1.
Python 3 standard library only; no clock, no hash-order dependence.
"""
import io
import json
import os
import pathlib
import random
import re
import shutil
import signal
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (D, Indicator, spec_indicators, stacked, pdftext, xml_problems, place_cells, q2, trim, yuan_exp, fmt_yuan, fmt_wan, rate, amount, part_of,  # noqa: E402
                    distribute, grade_of, expected_doc, project_exp, self_check, new_tally,
                    count_figures, parse_args, SCORED_KINDS, missing_indicator_names)
from genlib import consistency as genlib_consistency  # noqa: E402
from corpus_check import missing_figures  # noqa: E402

GEN = "generator-n"
SEED = 20270305
LAYOUTS = ["national", "diagonal", "landscape", "onetable", "series", "narrow"]
LO_PROFILE = "file:///tmp/genn-lo-profile"

# --------------------------------------------------------------------------------------------
# Places: 30 counties in 30 provinces, none in the other generators' READMEs or generate.py, nor in dev/fresh*

PLACES = [
    ("bj", "北京", "门头沟区", "门头沟", "mentougou"), ("tj", "天津", "宁河区", "宁河", "ninghe"),
    ("he", "河北", "赞皇县", "赞皇", "zanhuang"), ("sx", "山西", "沁源县", "沁源", "qinyuan"),
    ("nm", "内蒙古", "乌审旗", "乌审旗", "wushen"), ("ln", "辽宁", "新宾满族自治县", "新宾", "xinbin"),
    ("jl", "吉林", "通榆县", "通榆", "tongyu"), ("hl", "黑龙江", "同江市", "同江", "tongjiang"),
    ("sh", "上海", "青浦区", "青浦", "qingpu"), ("js", "江苏", "射阳县", "射阳", "sheyang"),
    ("zj", "浙江", "磐安县", "磐安", "panan"), ("ah", "安徽", "祁门县", "祁门", "qimen"),
    ("fj", "福建", "霞浦县", "霞浦", "xiapu"), ("jx", "江西", "修水县", "修水", "xiushui"),
    ("ha", "河南", "西峡县", "西峡", "xixia"), ("hb", "湖北", "兴山县", "兴山", "xingshan"),
    ("hn", "湖南", "炎陵县", "炎陵", "yanling"), ("gd", "广东", "徐闻县", "徐闻", "xuwen"),
    ("gx", "广西", "东兴市", "东兴", "dongxing"), ("hi", "海南", "临高县", "临高", "lingao"),
    ("cq", "重庆", "秀山土家族苗族自治县", "秀山", "xiushan"), ("sc", "四川", "石渠县", "石渠", "shiqu"),
    ("gz", "贵州", "务川仡佬族苗族自治县", "务川", "wuchuan"), ("yn", "云南", "巧家县", "巧家", "qiaojia"),
    ("xz", "西藏", "定日县", "定日", "dingri"), ("sn", "陕西", "黄龙县", "黄龙", "huanglong"),
    ("gs", "甘肃", "肃北蒙古族自治县", "肃北", "subei"), ("qh", "青海", "泽库县", "泽库", "zeku"),
    ("nx", "宁夏", "吴忠市红寺堡区", "红寺堡", "hongsibu"), ("xj", "新疆", "昭苏县", "昭苏", "zhaosu"),
]

# --------------------------------------------------------------------------------------------
# Sectors: six, three projects each (indicator specs as generator L's: (二级, name, "ge"/"le", unit, lo, hi),
# (二级, name, "pct", "%", (targets)), (二级, name, "zero", unit), (二级, name, "time", target), (二级, name, "qual",
# target, partly)); and the department's own indicators for 部门整体 forms.

SECTORS = {
    "xmz": ("畜牧兽医发展中心", [
        ("重大动物疫病强制免疫经费", [
            ("数量指标", "免疫畜禽", "ge", "万头（只）", 20, 200), ("数量指标", "采集监测样品", "ge", "份", 1000, 6000),
            ("质量指标", "免疫抗体合格率", "pct", "%", (70, 80)), ("时效指标", "春秋两季集中免疫", "time", "5月和11月底前完成"),
            ("社会效益指标", "区域性重大动物疫情", "zero", "起")], "养殖户满意度"),
        ("畜禽粪污资源化利用项目资金", [
            ("数量指标", "支持规模养殖场", "ge", "家", 10, 60), ("质量指标", "粪污综合利用率", "pct", "%", (80, 85)),
            ("质量指标", "设施装备配套率", "pct", "%", (95,)), ("成本指标", "单场补助标准", "le", "万元", 10, 30),
            ("生态效益指标", "养殖环境", "qual", "明显改善", "有所改善")], "规模养殖场满意度"),
        ("基层动物防疫补助经费", [
            ("数量指标", "补助村级防疫员", "ge", "人", 50, 300), ("数量指标", "开展防疫技术培训", "ge", "场次", 4, 20),
            ("质量指标", "防疫员持证上岗率", "pct", "%", (90,)), ("时效指标", "补助发放时间", "time", "12月底前发放"),
            ("可持续影响指标", "基层防疫体系", "qual", "持续健全", "逐步健全")], "村级防疫员满意度"),
    ], [("数量指标", "完成动物检疫", "ge", "万头（只）", 5, 60), ("质量指标", "病死畜禽无害化处理率", "pct", "%", (100,)),
        ("社会效益指标", "畜产品质量安全事件", "zero", "起")]),
    "bzs": ("殡葬管理所", [
        ("惠民殡葬补贴资金", [
            ("数量指标", "享受基本殡葬服务补贴", "ge", "人", 300, 2000), ("质量指标", "补贴对象审核准确率", "pct", "%", (100,)),
            ("时效指标", "补贴发放时限", "le", "个工作日", 10, 20), ("成本指标", "人均补贴标准", "le", "元", 1000, 1500),
            ("社会效益指标", "遗体火化率", "pct", "%", (60, 80))], "逝者家属满意度"),
        ("公益性公墓建设资金", [
            ("数量指标", "新建公益性公墓", "ge", "处", 2, 8), ("数量指标", "新增墓穴", "ge", "个", 500, 3000),
            ("质量指标", "工程验收合格率", "pct", "%", (100,)), ("时效指标", "工程完工时间", "time", "10月底前完工"),
            ("生态效益指标", "散埋乱葬现象", "qual", "有效治理", "基本治理")], "周边群众满意度"),
        ("殡仪服务设施运行经费", [
            ("数量指标", "遗体接运", "ge", "具", 500, 3000), ("时效指标", "接运响应时间", "le", "小时", 1, 3),
            ("成本指标", "火化炉单具运行成本", "le", "元", 200, 400), ("社会效益指标", "殡葬服务安全事故", "zero", "起"),
            ("社会效益指标", "文明祭扫宣传覆盖率", "pct", "%", (90,))], "服务对象满意度"),
    ], [("数量指标", "办理殡葬服务业务", "ge", "件", 500, 3000), ("质量指标", "殡葬服务收费公示率", "pct", "%", (100,)),
        ("社会效益指标", "殡葬领域信访事件", "zero", "起")]),
    "yyz": ("渔业发展中心", [
        ("水产良种繁育补助资金", [
            ("数量指标", "繁育水产苗种", "ge", "万尾", 500, 3000), ("数量指标", "增殖放流鱼苗", "ge", "万尾", 100, 800),
            ("质量指标", "苗种检疫合格率", "pct", "%", (100,)), ("时效指标", "增殖放流完成时间", "time", "6月底前完成"),
            ("生态效益指标", "水域生态环境", "qual", "逐步修复", "有所修复")], "养殖户满意度"),
        ("渔业安全生产经费", [
            ("数量指标", "检查渔船", "ge", "艘次", 100, 800), ("数量指标", "培训渔民", "ge", "人次", 200, 1200),
            ("质量指标", "渔船救生设备配备率", "pct", "%", (100,)), ("社会效益指标", "渔业生产安全事故", "zero", "起")],
         "渔民满意度"),
        ("稻渔综合种养示范资金", [
            ("数量指标", "建设示范基地", "ge", "亩", 500, 3000), ("质量指标", "示范基地达标率", "pct", "%", (90,)),
            ("成本指标", "亩均补助", "le", "元", 200, 500), ("经济效益指标", "示范基地亩均增收", "ge", "元", 800, 2000),
            ("可持续影响指标", "稻渔综合种养模式", "qual", "持续推广", "逐步推广")], "示范户满意度"),
    ], [("数量指标", "水产品产量", "ge", "吨", 2000, 12000), ("质量指标", "水产品抽检合格率", "pct", "%", (98,)),
        ("社会效益指标", "渔业安全生产事故", "zero", "起")]),
    "bhq": ("湿地保护中心", [
        ("湿地生态保护补偿资金", [
            ("数量指标", "保护湿地面积", "ge", "亩", 5000, 50000), ("数量指标", "聘用湿地管护人员", "ge", "人", 10, 60),
            ("质量指标", "湿地保护率", "pct", "%", (70, 80)), ("时效指标", "补偿资金兑付时间", "time", "12月底前兑付"),
            ("生态效益指标", "湿地生态功能", "qual", "稳步提升", "有所提升")], "周边群众满意度"),
        ("湿地监测巡护经费", [
            ("数量指标", "设立监测样地", "ge", "个", 10, 50), ("数量指标", "开展湿地巡护", "ge", "人次", 1000, 6000),
            ("质量指标", "监测数据上报率", "pct", "%", (100,)), ("社会效益指标", "破坏湿地案件", "zero", "起")],
         "管护人员满意度"),
        ("退耕还湿项目资金", [
            ("数量指标", "完成退耕还湿", "ge", "亩", 200, 2000), ("质量指标", "湿地植被恢复成活率", "pct", "%", (85, 90)),
            ("成本指标", "亩均修复成本", "le", "元", 1500, 3000), ("生态效益指标", "监测到的水鸟种类", "ge", "种", 30, 120)],
         "项目区群众满意度"),
    ], [("数量指标", "湿地巡护里程", "ge", "公里", 2000, 9000), ("质量指标", "湿地监测覆盖率", "pct", "%", (95,)),
        ("生态效益指标", "湿地面积", "qual", "保持稳定", "基本稳定")]),
    "tjx": ("特殊教育学校", [
        ("特殊教育生均公用经费", [
            ("数量指标", "保障在校残疾学生", "ge", "人", 40, 200), ("数量指标", "送教上门学生", "ge", "人", 10, 60),
            ("质量指标", "适龄残疾儿童入学率", "pct", "%", (95,)), ("成本指标", "生均公用经费标准", "le", "元", 6000, 8000),
            ("社会效益指标", "适龄残疾儿童失学", "zero", "人")], "学生家长满意度"),
        ("康复训练设备购置经费", [
            ("数量指标", "购置康复训练设备", "ge", "台（套）", 20, 120), ("质量指标", "设备验收合格率", "pct", "%", (100,)),
            ("时效指标", "设备安装完成时间", "time", "9月1日前完成"), ("社会效益指标", "康复训练覆盖率", "pct", "%", (90,))],
         "特教教师满意度"),
        ("特教教师培训经费", [
            ("数量指标", "培训特教教师", "ge", "人次", 30, 200), ("质量指标", "培训考核合格率", "pct", "%", (95,)),
            ("时效指标", "培训完成时间", "time", "暑期内完成"), ("可持续影响指标", "特教师资水平", "qual", "明显提升", "有所提升")],
         "参训教师满意度"),
    ], [("数量指标", "在校残疾学生", "ge", "人", 40, 200), ("质量指标", "学生巩固率", "pct", "%", (95,)),
        ("社会效益指标", "校园安全责任事故", "zero", "起")]),
    "jrz": ("金融工作服务中心", [
        ("普惠金融发展专项资金", [
            ("数量指标", "发放创业担保贷款", "ge", "万元", 500, 5000), ("数量指标", "支持小微企业", "ge", "家", 50, 300),
            ("质量指标", "创业担保贷款不良率", "le", "%", 2, 3), ("经济效益指标", "带动就业", "ge", "人", 200, 1500)],
         "贷款企业满意度"),
        ("政府性融资担保风险补偿资金", [
            ("数量指标", "新增担保业务", "ge", "笔", 100, 600), ("质量指标", "担保代偿率", "le", "%", 2, 5),
            ("时效指标", "风险补偿资金拨付时间", "time", "次年3月底前拨付"), ("经济效益指标", "撬动银行贷款", "ge", "万元", 2000, 10000)],
         "担保机构满意度"),
        ("金融知识宣传经费", [
            ("数量指标", "开展金融知识宣传", "ge", "场次", 10, 50), ("数量指标", "发放宣传资料", "ge", "份", 5000, 30000),
            ("社会效益指标", "新发非法集资案件", "zero", "起"), ("社会效益指标", "群众金融知识知晓率", "pct", "%", (80, 85))],
         "群众满意度"),
    ], [("数量指标", "走访企业", "ge", "家", 100, 600), ("质量指标", "融资需求对接率", "pct", "%", (90,)),
        ("社会效益指标", "区域性金融风险事件", "zero", "起")]),
}
SECTOR_KEYS = ["xmz", "bzs", "yyz", "bhq", "tjx", "jrz"]
POOL = [
    ("质量指标", "资金使用合规率", "pct", "%", (100,)), ("时效指标", "资金拨付及时率", "pct", "%", (90, 95)),
    ("成本指标", "预算成本控制率", "lepct", "%", (100,)), ("质量指标", "项目档案完整率", "pct", "%", (95, 100)),
    ("社会效益指标", "政策宣传知晓率", "pct", "%", (85, 90)), ("可持续影响指标", "长效管护机制", "qual", "健全", "逐步健全"),
    ("可持续影响指标", "项目持续发挥作用年限", "ge", "年", 3, 10),
]
DEPT_POOL = [
    ("质量指标", "重点工作完成率", "pct", "%", (100,)), ("成本指标", "“三公”经费控制率", "lepct", "%", (100,)),
    ("质量指标", "政府采购执行率", "pct", "%", (100,)), ("时效指标", "项目资金拨付及时率", "pct", "%", (95,)),
    ("质量指标", "部门预算公开及时率", "pct", "%", (100,)), ("可持续影响指标", "内部控制制度", "qual", "健全有效", "基本健全"),
    ("质量指标", "固定资产账实相符率", "pct", "%", (100,)), ("社会效益指标", "服务群众满意事项办结率", "pct", "%", (95,)),
]
TIME_DONE = {"5月和11月底前完成": "已按期完成", "12月底前发放": "按时发放", "10月底前完工": "已按期完工",
             "6月底前完成": "已按期完成", "12月底前兑付": "已按期兑付", "9月1日前完成": "8月完成",
             "暑期内完成": "已按期完成", "次年3月底前拨付": "已按期拨付"}
OUTPUT_L2 = ("数量指标", "质量指标", "时效指标", "成本指标")
PROBLEMS = ["绩效目标设置偏重过程性指标，效益指标不够量化", "预算执行前慢后快，部分资金在第四季度集中支付",
            "项目过程资料归档不够及时", "满意度调查样本偏少、方式单一", "部分指标值设定偏低，未充分体现挑战性"]
MEASURES = ["下一年度编制预算时同步细化量化绩效目标", "按月调度资金支付进度，对滞后事项及时督办",
            "建立项目绩效档案，做到资料随时归集", "扩大调查范围，采取线上问卷与入户回访相结合的方式",
            "结合历史完成情况科学设定指标值"]
DEV_REASON = ["受实施进度影响，部分任务顺延至下年", "实际需求低于预期，下年度据实调整目标",
              "受天气等客观因素影响，已督促整改", "服务流程仍有不足，将进一步优化"]
PEOPLE = ["王晓燕", "李国华", "张建军", "刘丽娟", "陈志强", "杨秀英", "赵海峰", "孙玉兰"]


# --------------------------------------------------------------------------------------------
# Indicators and projects


class Ind(Indicator):
    def sign(self):
        return {"ge": "≥", "pct": "≥", "sat": "≥", "le": "≤", "lepct": "≤", "zero": "="}.get(self.kind, "")

    def tgt(self, pct=True):
        """The 年度指标值 cell: ≥95%, ≤20个工作日, =0起, or the text; pct False: a percentage without %."""
        if not self.numeric:
            return self.target
        u = self.unit if (pct or self.unit != "%") else ""
        return f"{self.sign()}{self.target}{u}"

    def act_s(self, pct=True):
        if not self.numeric:
            return self.actual
        return f"{self.actual}{self.unit if (pct or self.unit != '%') else ''}"

    def exp(self):
        return {"name": self.name, "target": self.target, "actual": self.actual, "score": self.score}

    @property
    def full(self):
        return D(self.score) == D(self.weight)


def make_indicators(rng, specs, satname, pool=POOL, n_lo=5, n_hi=12):
    """5-12 indicators by genlib.spec_indicators, this generator's pool and cells."""
    return spec_indicators(rng, specs, satname, pool, Ind, OUTPUT_L2, TIME_DONE, 0.78, n_lo, n_hi)


def make_money(rng, gran, lo=120000, hi=3800000):
    """全年预算数 = 当年财政拨款 + 上年结转资金 + 其他资金; executed per source; 年初预算数."""
    budget = amount(rng, lo, hi, gran)
    carry = part_of(rng, budget, 0.05, 0.2, gran) if rng.random() < 0.45 else 0
    other = part_of(rng, budget, 0.05, 0.15, gran) if rng.random() < 0.3 else 0
    fiscal = budget - carry - other
    ef = fiscal if rng.random() < 0.3 else part_of(rng, fiscal, 0.78, 0.995, gran)
    ec = carry if rng.random() < 0.6 else part_of(rng, carry, 0.5, 0.99, gran)
    eo = other if rng.random() < 0.5 else part_of(rng, other, 0.6, 0.99, gran)
    executed = max(gran, ef + ec + eo)
    adj = rng.choice([0, 0, part_of(rng, fiscal, 0.03, 0.2, gran), -part_of(rng, fiscal, 0.02, 0.1, gran)])
    init_f = fiscal - adj
    return {"budget": budget, "fiscal": fiscal, "carry": carry, "other": other, "executed": executed,
            "ef": ef, "ec": ec, "eo": eo, "init_f": init_f, "init_c": 0, "init_o": other,
            "init": init_f + other, "rate": rate(executed, budget)}


def make_project(rng, spec, gran, n_lo=5, n_hi=12):
    name, specs, satname = spec
    inds = make_indicators(rng, specs, satname, POOL, n_lo, n_hi)
    p = make_money(rng, gran)
    p.update(name=name, inds=inds, sat=inds[-1].actual, satname=satname)
    p["exec_score"] = q2(min(p["rate"], D(100)) / 10)
    p["total"] = q2(p["exec_score"] + sum(D(i.score) for i in inds))
    p["grade"] = grade_of(p["total"])
    first = inds[0]
    p["goal"] = [f"完成{first.name}{first.tgt() if first.numeric else first.target}等年度任务；",
                 f"{inds[-2].name}达到预期；", f"{satname}达到{inds[-1].target}%以上。"]
    p["done"] = [f"全年{first.name}{first.act_s()}；", "项目总体按计划实施，资金按规定使用；",
                 f"{satname}为{inds[-1].actual}%。"]
    return p


def make_projects(rng, ctx, n, gran, n_lo=5, n_hi=12):
    specs = SECTORS[ctx["key"]][1]
    pick = sorted(rng.sample(range(len(specs)), n))
    return [make_project(rng, specs[k], gran, n_lo, n_hi) for k in pick]


def proj_exp(p, rate_s, fiscal=True, inds=True):
    return project_exp(p["name"], p["budget"], p["fiscal"] if fiscal else None, p["executed"], rate_s,
                       p["sat"] if inds else None, [i.exp() for i in p["inds"]] if inds else [])


def make_ctx(rng, i, layout, seed):
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    ppy, prov, cfull, short, cpy = PLACES[order[i % len(PLACES)]]
    key = SECTOR_KEYS[(i + i // 6) % len(SECTOR_KEYS)]
    year = rng.randint(2019, 2025)
    unit = cfull + SECTORS[key][0]
    return {"index": i, "layout": layout, "seed": seed, "ppy": ppy, "prov": prov, "cfull": cfull, "short": short,
            "cpy": cpy, "key": key, "unit_py": key, "unit": unit, "year": year,
            "dept": cfull + ("教育局" if key == "tjx" else "农业农村局" if key in ("xmz", "yyz") else
                             "民政局" if key == "bzs" else "林业局" if key == "bhq" else "人民政府办公室"),
            "fill": f"{year + 1}年{rng.randint(2, 5)}月{rng.randint(1, 28)}日",
            "author": rng.choice(PEOPLE), "head": rng.choice(PEOPLE),
            "phone": f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}"}


def rid_of(ctx):
    return f"gn{ctx['index'] + 1:02d}-{ctx['ppy']}-{ctx['cpy']}-{ctx['unit_py']}-{ctx['year']}.{ctx['layout']}"


def wan(fen, sep=False):
    return fmt_wan(fen, 2, sep="," if sep else None)


def yuan(fen, sep=True):
    return fmt_yuan(fen, "," if sep else "")


def pct(r, sign=True):
    return f"{D(r):.2f}" + ("%" if sign else "")


# --------------------------------------------------------------------------------------------
# WordprocessingML: cells, rows and tables as the finance bureaus' templates have them


def x(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


XMLDECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
NS_W = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"')
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
BORDER = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'


def run(text, bold=False, sz=None, font=None):
    """A run; "\n" is Word's soft line break (w:br)."""
    rpr = ""
    if font:
        rpr += f'<w:rFonts w:hint="eastAsia" w:eastAsia="{font}"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    if sz:
        rpr += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    inner = []
    for k, piece in enumerate(str(text).split("\n")):
        if k:
            inner.append("<w:br/>")
        if piece:
            sp = ' xml:space="preserve"' if piece != piece.strip() else ""
            inner.append(f"<w:t{sp}>{x(piece)}</w:t>")
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{''.join(inner)}</w:r>"


def para(text="", jc=None, bold=False, sz=None, font=None, ind=None, spacing=None, keep=False, sect=None,
         style=None, page_break=False):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep:
        ppr += "<w:keepNext/>"
    if page_break:
        ppr += "<w:pageBreakBefore/>"
    if spacing:
        ppr += spacing
    if ind:
        ppr += f'<w:ind w:firstLineChars="200" w:firstLine="{ind}"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    if sect:
        ppr += sect
    body = run(text, bold, sz, font) if text else ""
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


class Cell:
    """content: str ("\n" a soft break) or list of str (paragraphs); diag: (top-right, bottom-left) labels."""

    def __init__(self, content="", rs=1, cs=1, vert=None, diag=None, jc="center", bold=False, shade=None,
                 valign="center", sz=None):
        self.content, self.rs, self.cs, self.vert, self.diag = content, rs, cs, vert, diag
        self.jc, self.bold, self.shade, self.valign, self.sz = jc, bold, shade, valign, sz


def L(text, **kw):
    """A label cell whose text is spread over a narrow cell (w:jc distribute)."""
    kw.setdefault("jc", "distribute")
    return Cell(text, **kw)


class Row:
    def __init__(self, cells, h=None, rule=None, cant=False, header=False):
        self.cells, self.h, self.rule, self.cant, self.header = cells, h, rule, cant, header


class WTable:
    """A Word table: grid column widths (twips), rows with row/column spans (written as w:vMerge/w:gridSpan),
    cell margins (twips, None for the style's), layout fixed, the font size of its text."""

    def __init__(self, widths, mar=None, sz=21, jc="center"):
        self.widths, self.rows, self.mar, self.sz, self.jc = widths, [], mar, sz, jc

    def row(self, *cells, **kw):
        self.rows.append(Row([c if isinstance(c, Cell) else Cell(c) for c in cells], **kw))
        return self

    def xml(self):
        placed, occ = place_cells([r.cells for r in self.rows], keep_cell=True)
        n = len(self.widths)
        for r in range(len(self.rows)):
            for c in range(n):
                assert (r, c) in occ, ("hole", r, c, [getattr(cl, "content", "") for cl in self.rows[r].cells])
        assert max(c for (_, c) in occ) == n - 1, ("width", max(c for (_, c) in occ), n)
        tblpr = (f'<w:tblPr><w:tblW w:w="{sum(self.widths)}" w:type="dxa"/><w:jc w:val="{self.jc}"/>'
                 '<w:tblBorders>' + "".join(BORDER.format(s) for s in ("top", "left", "bottom", "right", "insideH",
                                                                       "insideV")) + '</w:tblBorders>'
                 '<w:tblLayout w:type="fixed"/>')
        if self.mar is not None:
            t, l_, b, r_ = self.mar
            tblpr += (f'<w:tblCellMar><w:top w:w="{t}" w:type="dxa"/><w:left w:w="{l_}" w:type="dxa"/>'
                      f'<w:bottom w:w="{b}" w:type="dxa"/><w:right w:w="{r_}" w:type="dxa"/></w:tblCellMar>')
        tblpr += '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" ' \
                 'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
        out = ["<w:tbl>", tblpr, "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in self.widths) + "</w:tblGrid>"]
        for r, row in enumerate(self.rows):
            trpr = ""
            if row.cant:
                trpr += "<w:cantSplit/>"
            if row.h:
                trpr += f'<w:trHeight w:val="{row.h}"' + (f' w:hRule="{row.rule}"' if row.rule else "") + "/>"
            if row.header:
                trpr += "<w:tblHeader/>"
            out.append("<w:tr>" + (f"<w:trPr>{trpr}</w:trPr>" if trpr else ""))
            c = 0
            while c < n:
                r0, c0, cl = occ[(r, c)]
                width = sum(self.widths[c:c + cl.cs])
                span = f'<w:gridSpan w:val="{cl.cs}"/>' if cl.cs > 1 else ""
                if r0 != r:   # covered by a cell above: a w:vMerge continuation
                    out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}<w:vMerge/>'
                               + (f'<w:textDirection w:val="{cl.vert}"/>' if cl.vert else "")
                               + f'<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p></w:tc>')
                else:
                    out.append(self.cell_xml(cl, width, span))
                c += cl.cs
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    def cell_xml(self, cl, width, span):
        tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>{span}'
        if cl.rs > 1:
            tcpr += '<w:vMerge w:val="restart"/>'
        if cl.diag:
            tcpr += ('<w:tcBorders><w:tl2br w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>')
        if cl.shade:
            tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{cl.shade}"/>'
        if cl.vert:
            tcpr += f'<w:textDirection w:val="{cl.vert}"/>'
        tcpr += f'<w:vAlign w:val="{"top" if cl.diag else cl.valign}"/>'
        sz = cl.sz or self.sz
        paras = []
        if cl.diag:
            right, left = cl.diag
            paras.append(para(right, jc="right", bold=cl.bold, sz=sz))
            paras.append(para(left, jc="left", bold=cl.bold, sz=sz))
        else:
            content = cl.content if isinstance(cl.content, list) else [cl.content]
            for t in content:
                paras.append(para(t, jc=cl.jc, bold=cl.bold, sz=sz))
        return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras)}</w:tc>"


def sect_pr(landscape=False, footer=True, margins=(1440, 1247, 1440, 1247)):
    w, h = (16838, 11906) if landscape else (11906, 16838)
    orient = ' w:orient="landscape"' if landscape else ""
    t, r, b, left = margins
    ref = '<w:footerReference w:type="default" r:id="rId10"/>' if footer else ""
    return (f'<w:sectPr>{ref}<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
            f'<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{left}" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')


def styles_xml():
    font = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
    return (XMLDECL + f'<w:styles {NS_W}>'
            f'<w:docDefaults><w:rPrDefault><w:rPr>{font}<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
            '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/>'
            '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="28"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr>'
            '<w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="36"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>'
            '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
            '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
            '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
            '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
            '</w:tblCellMar></w:tblPr></w:style></w:styles>')


SETTINGS = (XMLDECL + f'<w:settings {NS_W}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/>'
            '<w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:useFELayout/>'
            '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
            '</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/><w:decimalSymbol w:val="."/>'
            '<w:listSeparator w:val=","/></w:settings>')
FONTS = (XMLDECL + f'<w:fonts {NS_W}>' + "".join(
    f'<w:font w:name="{n}"><w:charset w:val="{c}"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    for n, c in (("Times New Roman", "00"), ("宋体", "86"), ("仿宋_GB2312", "86"), ("黑体", "86"),
                 ("方正小标宋简体", "86"))) + "</w:fonts>")
FOOTER = (XMLDECL + f'<w:ftr {NS_W}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
          '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>')


def package(parts):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def rels_xml(rels):
    return (XMLDECL + f'<Relationships xmlns="{PKG_R}">' + "".join(
        f'<Relationship Id="{i}" Type="{t if t.startswith("http") else R_NS + "/" + t}" Target="{g}"/>'
        for i, t, g in rels) + "</Relationships>")


def docx(body_parts, title, ctx, landscape_last=False):
    """A DOCX: body parts (paragraph and table XML), the final section portrait (or landscape), a footer page number."""
    body = "".join(body_parts) + sect_pr(landscape_last)
    document = XMLDECL + f'<w:document {NS_W}><w:body>{body}</w:body></w:document>'
    ct = (XMLDECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          f'<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>'
          f'<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>'
          f'<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>'
          f'<Override PartName="/word/fontTable.xml" ContentType="{WML}.fontTable+xml"/>'
          f'<Override PartName="/word/footer1.xml" ContentType="{WML}.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          "</Types>")
    top = rels_xml([("rId1", "officeDocument", "word/document.xml"),
                    ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                     "docProps/core.xml"), ("rId3", "extended-properties", "docProps/app.xml")])
    rels = rels_xml([("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
                     ("rId3", "fontTable", "fontTable.xml"), ("rId10", "footer", "footer1.xml")])
    stamp = f"{ctx['year'] + 1}-0{2 + ctx['index'] % 3}-{10 + ctx['index'] % 18:02d}T09:{ctx['index'] % 60:02d}:00Z"
    core = (XMLDECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(title)}</dc:title><dc:creator>{x(ctx["author"])}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>')
    app = (XMLDECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
           '<AppVersion>16.0000</AppVersion></Properties>')
    return package([("[Content_Types].xml", ct), ("_rels/.rels", top), ("word/document.xml", document),
                    ("word/_rels/document.xml.rels", rels), ("word/styles.xml", styles_xml()),
                    ("word/settings.xml", SETTINGS), ("word/fontTable.xml", FONTS), ("word/footer1.xml", FOOTER),
                    ("docProps/core.xml", core), ("docProps/app.xml", app)])


def title_p(text):
    return para(text, style="Title")


def h1(text):
    return para(text, style="Heading1")


def body_p(text):
    return para(text, ind=480, spacing='<w:spacing w:line="460" w:lineRule="exact"/>')


def groups(inds, key):
    """Runs of consecutive indicators with the same key: [(value, [inds])]."""
    out = []
    for i in inds:
        if out and out[-1][0] == key(i):
            out[-1][1].append(i)
        else:
            out.append((key(i), [i]))
    return out


def level_cells(i, inds, vert1=None, vert2=None):
    """The 一级 and 二级 cells starting at indicator i (spanning their groups), or none where covered."""
    cells = []
    k = inds.index(i)
    if k == 0 or inds[k - 1].l1 != i.l1:
        n1 = sum(1 for j in inds[k:] if j.l1 == i.l1)
        cells.append(Cell(i.l1, rs=n1, vert=vert1 if n1 > 1 else None))
    if k == 0 or inds[k - 1].l2 != i.l2:
        n2 = 1
        while k + n2 < len(inds) and inds[k + n2].l2 == i.l2:
            n2 += 1
        cells.append(Cell(i.l2, rs=n2, vert=vert2 if n2 > 2 else None))
    return cells


def reason(rng, i):
    return "" if i.full else rng.choice(DEV_REASON)


# --------------------------------------------------------------------------------------------
# Layouts


def build_national(rng, ctx):
    """The national 项目支出绩效自评表 (财预〔2020〕10号 附件): side labels in vertical text spanning their blocks."""
    p = make_projects(rng, ctx, 1, 10000, 7, 12)[0]
    vert = "tbRl"   # btLr hangs LibreOffice's layout in a vertically merged cell (README, Known limits)
    W = [520, 600, 700, 1900, 1300, 1300, 700, 1000, 1400]
    t = WTable(W, sz=20)
    t.row(L("项目名称", cs=3), Cell(p["name"], cs=6), h=454, rule="exact", cant=True)
    t.row(L("主管部门", cs=3), Cell(ctx["dept"], cs=2), L("实施单位", cs=2), Cell(ctx["unit"], cs=2),
          h=454, rule="exact", cant=True)
    m = p
    t.row(Cell("项目资金（万元）", rs=5, vert=vert), Cell(diag=("金额", "资金来源"), cs=2),
          "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", h=620, rule="exact", cant=True)
    t.row(Cell("年度资金总额", cs=2, jc="left"), wan(m["init"]), wan(m["budget"]), wan(m["executed"]), "10",
          pct(m["rate"]), trim(m["exec_score"]), h=420, rule="exact", cant=True)
    for label, a, b, e in (("其中：当年财政拨款", m["init_f"], m["fiscal"], m["ef"]),
                           ("上年结转资金", m["init_c"], m["carry"], m["ec"]),
                           ("其他资金", m["init_o"], m["other"], m["eo"])):
        t.row(Cell(label, cs=2, jc="left"), wan(a), wan(b), wan(e), "—", "—", "—", h=600, rule="exact", cant=True)
    t.row(Cell("年度总体目标", rs=2, vert=vert), Cell("预期目标", cs=4), Cell("实际完成情况", cs=4), h=420, rule="exact")
    t.row(Cell(p["goal"], cs=4, jc="left"), Cell(p["done"], cs=4, jc="left"), h=1300, rule="atLeast")
    inds = p["inds"]
    t.row(Cell("绩效指标", rs=len(inds) + 1, vert=vert), "一级指标", "二级指标", "三级指标", "年度指标值",
          "实际完成值", "分值", "得分", "偏差原因分析及改进措施", h=620, rule="atLeast", cant=True, header=False)
    for i in inds:
        t.row(*level_cells(i, inds, vert, vert), Cell(i.name, jc="left"), i.tgt(), i.act_s(), i.weight, i.score,
              Cell(reason(rng, i), jc="left", sz=18), h=480, rule="atLeast", cant=(inds.index(i) % 2 == 0))
    t.row(Cell("总分", cs=6), "100", trim(p["total"]), Cell(f"自评等级：{p['grade']}"), h=454, rule="exact", cant=True)
    title = f"{ctx['year']}年度项目支出绩效自评表"
    parts = [title_p("项目支出绩效自评表"), para(f"（{ctx['year']}年度）", jc="center"),
             para(f"填报单位（盖章）：{ctx['unit']}", sz=21), t.xml(),
             para(f"填表人：{ctx['author']}　　联系电话：{ctx['phone']}　　填报日期：{ctx['fill']}", sz=21)]
    exp = expected_doc(GEN, ctx, rid_of(ctx), f"{ctx['unit']}{title}", "自评表", ctx["unit"], None,
                       [proj_exp(p, pct(p["rate"], False))])
    return docx(parts, title, ctx), exp


def build_diagonal(rng, ctx):
    """A 部门整体支出绩效自评报告: 表1 budget execution with a diagonal corner (项目 / 指标), 元 with separators and
    单位：元 in a row above; 表2 the department's indicators, header row repeated (w:tblHeader) across pages."""
    n = rng.randint(2, 3)
    ps = make_projects(rng, ctx, n, 100, 5, 8)
    basic = amount(rng, 1200000, 6000000, 100)
    basic_e = part_of(rng, basic, 0.93, 0.995, 100)
    budget = basic + sum(p["budget"] for p in ps)
    executed = basic_e + sum(p["executed"] for p in ps)
    r = rate(executed, budget)
    specs = SECTORS[ctx["key"]][2]
    dinds = make_indicators(rng, specs, "社会公众满意度", DEPT_POOL, 9, 12)
    name = SECTORS[ctx["key"]][0]
    title = f"{ctx['unit']}{ctx['year']}年度部门整体支出绩效自评报告"
    parts = [title_p(title), h1("一、部门基本情况"),
             body_p(f"{ctx['unit']}是{ctx['dept']}所属公益一类事业单位，主要承担全县{name}职责范围内的业务工作。"
                    f"{ctx['year']}年度部门预算总额{yuan(budget)}元，全年实际支出{yuan(executed)}元，"
                    f"部门预算执行率{pct(r)}。"),
             h1("二、部门预算执行情况"), para("表1　部门预算执行情况表", jc="center", bold=True, sz=21),
             para("单位：元", jc="right", sz=20)]
    t = WTable([2900, 2300, 2300, 1600], sz=20)
    t.row(Cell(diag=("指标", "项目")), "全年预算数", "全年执行数", "执行率", h=680, rule="exact", cant=True, header=True)
    t.row(Cell("基本支出", jc="left"), yuan(basic), yuan(basic_e), pct(rate(basic_e, basic)), h=420, rule="exact")
    for p in ps:
        t.row(Cell(p["name"], jc="left"), yuan(p["budget"]), yuan(p["executed"]), pct(p["rate"]), h=560, rule="atLeast")
    t.row(L("合计"), yuan(budget), yuan(executed), pct(r), h=420, rule="exact", cant=True)
    parts.append(t.xml())
    parts += [h1("三、部门整体绩效目标完成情况"),
              body_p(f"对照年初设定的部门整体绩效目标，本部门共设置{len(dinds)}项三级指标，完成情况见表2。"),
              para("表2　部门整体支出绩效自评表", jc="center", bold=True, sz=21)]
    t2 = WTable([1300, 1300, 2500, 1200, 1200, 900, 900], sz=20)
    t2.row(Cell(diag=("内容", "指标"), cs=2), "三级指标", "年度指标值", "实际完成值", "分值", "得分",
           h=700, rule="exact", cant=True, header=True)
    for i in dinds:
        l1 = level_cells(i, dinds, None, None)
        t2.row(*l1, Cell(i.name, jc="left"), i.tgt(), i.act_s(), i.weight, i.score, h=700, rule="exact",
               cant=(dinds.index(i) % 3 != 1))
    total = q2(min(r, D(100)) / 10 + sum(D(i.score) for i in dinds))
    t2.row(Cell("部门预算执行率", cs=3), "100%", pct(r), "10", trim(q2(min(r, D(100)) / 10)), h=454, rule="exact")
    t2.row(Cell("总分", cs=5), "100", trim(total), h=454, rule="exact", cant=True)
    parts.append(t2.xml())
    parts += [h1("四、存在的问题及改进措施"), body_p(rng.choice(PROBLEMS) + "。" + rng.choice(MEASURES) + "。"),
              para(ctx["unit"], jc="right"), para(ctx["fill"], jc="right")]
    funds = {"budget_total": yuan_exp(budget), "executed_total": yuan_exp(executed), "execution_rate_stated": pct(r, False)}
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "部门整体自评", ctx["unit"], funds,
                       [proj_exp(p, pct(p["rate"], False), fiscal=False, inds=False) for p in ps],
                       [i.exp() for i in dinds])
    return docx(parts, title, ctx), exp


def build_landscape(rng, ctx):
    """A 专项资金 self-evaluation report: portrait text, then a landscape section with a 13-column form (项目 cells
    merged down over their indicators, 一级/二级 in vertical text), then portrait again for the conclusion."""
    n = rng.choice([1, 2])
    ps = make_projects(rng, ctx, n, 10000, 5, 9)
    fund = f"{ctx['year']}年{SECTORS[ctx['key']][0][:2]}{'发展' if n > 1 else ''}专项资金"
    title = f"{ctx['unit']}{fund}绩效自评报告"
    parts = [title_p(title), h1("一、专项资金基本情况")]
    for p in ps:
        parts.append(body_p(f"{p['name']}全年预算数{wan(p['budget'])}万元，其中当年财政拨款{wan(p['fiscal'])}万元；"
                            f"全年执行数{wan(p['executed'])}万元，执行率{pct(p['rate'])}。"))
    parts += [h1("二、绩效目标完成情况"), body_p("各项目绩效指标完成情况详见下表（横向页）。"),
              para("", sect=sect_pr(False))]
    W = [1500, 1100, 1100, 1100, 900, 640, 700, 2000, 1320, 1320, 600, 700, 1750]
    t = WTable(W, mar=(0, 57, 0, 57), sz=18)
    t.row("项目名称", "全年预算数", "其中：当年财政拨款", "全年执行数", "执行率", "一级指标", "二级指标", "三级指标",
          "年度指标值", "实际完成值", "分值", "得分", "偏差原因", h=720, rule="exact", cant=True, header=True)
    for p in ps:
        inds = p["inds"]
        for k, i in enumerate(inds):
            head = [Cell(p["name"], rs=len(inds)), Cell(wan(p["budget"]), rs=len(inds)),
                    Cell(wan(p["fiscal"]), rs=len(inds)), Cell(wan(p["executed"]), rs=len(inds)),
                    Cell(pct(p["rate"]), rs=len(inds))] if k == 0 else []
            t.row(*head, *level_cells(i, inds, "tbRl", "tbRl"), Cell(i.name, jc="left"), i.tgt(), i.act_s(),
                  i.weight, i.score, Cell(reason(rng, i), jc="left", sz=16), h=400, rule="atLeast", cant=(k % 2 == 0))
    parts += [para(f"{fund}绩效自评表", jc="center", bold=True, sz=24),
              para("金额单位：万元", jc="right", sz=18), t.xml(), para("", sect=sect_pr(True, margins=(1247, 1000, 1247, 1000)))]
    parts += [h1("三、自评结论")]
    for p in ps:
        parts.append(body_p(f"{p['name']}自评得分{trim(p['total'])}分，自评等级为“{p['grade']}”。"))
    parts += [h1("四、存在问题及改进措施"), body_p(rng.choice(PROBLEMS) + "；" + rng.choice(MEASURES) + "。"),
              para(ctx["unit"], jc="right"), para(ctx["fill"], jc="right")]
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "专项资金", ctx["unit"], None,
                       [proj_exp(p, pct(p["rate"], False)) for p in ps])
    return docx(parts, title, ctx), exp


def build_onetable(rng, ctx):
    """The whole self-evaluation as one form: basic info, funds (元, separators), goals, indicators, conclusion
    rows with long multi-paragraph text; no header row repeated, long rows allowed to split across pages."""
    p = make_projects(rng, ctx, 1, 1, 6, 12)[0]
    vert = "tbRl"
    W = [450, 850, 850, 1900, 1750, 1750, 1000, 850]
    t = WTable(W, sz=18)
    title = f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评报告"
    t.row(Cell(title, cs=8, bold=True, sz=28), h=700, rule="exact", cant=True)
    t.row(Cell("一、项目基本情况", cs=8, jc="left", bold=True, shade="D9D9D9"), h=400, rule="exact")
    t.row(L("项目名称", cs=3), Cell(p["name"], cs=5, jc="left"), h=420, rule="exact", cant=True)
    t.row(L("项目单位", cs=3), Cell(ctx["unit"], cs=2, jc="left"), L("主管部门", cs=1), Cell(ctx["dept"], cs=2),
          h=560, rule="atLeast", cant=True)
    t.row(L("项目负责人", cs=3), Cell(ctx["head"], cs=2), L("联系电话", cs=1), Cell(ctx["phone"], cs=2),
          h=420, rule="exact", cant=True)
    t.row(Cell("二、项目资金情况", cs=8, jc="left", bold=True, shade="D9D9D9"), h=400, rule="exact")
    t.row(Cell("项目资金", rs=5, vert=vert), Cell("资金来源（元）", cs=2), "年初预算数", "全年预算数", "全年执行数",
          "执行率", "得分", h=560, rule="exact", cant=True)
    t.row(Cell("年度资金总额", cs=2, jc="left"), yuan(p["init"]), yuan(p["budget"]), yuan(p["executed"]),
          pct(p["rate"]), trim(p["exec_score"]), h=420, rule="exact")
    for label, a, b, e in (("其中：当年财政拨款", p["init_f"], p["fiscal"], p["ef"]),
                           ("上年结转资金", p["init_c"], p["carry"], p["ec"]),
                           ("其他资金", p["init_o"], p["other"], p["eo"])):
        t.row(Cell(label, cs=2, jc="left"), yuan(a), yuan(b), yuan(e), "/", "/", h=420, rule="exact")
    t.row(Cell("三、绩效目标完成情况", cs=8, jc="left", bold=True, shade="D9D9D9"), h=400, rule="exact")
    t.row(Cell("年度总体目标", rs=2, vert=vert), Cell("预期目标", cs=3), Cell("实际完成情况", cs=4), h=420, rule="exact")
    t.row(Cell(p["goal"], cs=3, jc="left"), Cell(p["done"], cs=4, jc="left"), h=1400, rule="atLeast")
    inds = p["inds"]
    t.row(Cell("绩效指标", rs=len(inds) + 1, vert=vert), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
          "分值", "得分", h=480, rule="exact", cant=True)
    for i in inds:
        t.row(*level_cells(i, inds, vert, None), Cell(i.name, jc="left"), i.tgt(), i.act_s(), i.weight, i.score,
              h=440, rule="atLeast")
    t.row(Cell("四、自评结论", cs=8, jc="left", bold=True, shade="D9D9D9"), h=400, rule="exact")
    low = [i for i in inds if not i.full]
    concl = [f"{p['name']}全年预算数{yuan(p['budget'])}元，全年执行数{yuan(p['executed'])}元，预算执行率{pct(p['rate'])}。",
             f"项目共设置三级指标{len(inds)}个，" + (f"其中{len(low)}个指标未完全达到年度目标。" if low else "全部达到年度目标。"),
             f"经综合评价，项目自评得分{trim(p['total'])}分，自评等级为“{p['grade']}”。"]
    t.row(L("自评结论", cs=2), Cell(concl, cs=6, jc="left"), h=1600, rule="atLeast")
    k = rng.randrange(len(PROBLEMS))
    t.row(L("存在问题", cs=2), Cell([f"1.{PROBLEMS[k]}；", f"2.{PROBLEMS[(k + 2) % len(PROBLEMS)]}。"], cs=6, jc="left"),
          h=900, rule="atLeast")
    t.row(L("改进措施", cs=2), Cell([f"1.{MEASURES[k]}；", f"2.{MEASURES[(k + 2) % len(MEASURES)]}。"], cs=6, jc="left"),
          h=900, rule="atLeast")
    t.row(L("自评得分", cs=2), Cell(trim(p["total"]), cs=2), L("自评等级"), Cell(p["grade"], cs=3), h=420, rule="exact",
          cant=True)
    t.row(L("填报人", cs=2), Cell(ctx["author"], cs=2), L("填报日期"), Cell(ctx["fill"], cs=3), h=420, rule="exact",
          cant=True)
    parts = [para(f"附件{rng.randint(1, 3)}", font="黑体"), t.xml()]
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "项目支出自评", ctx["unit"], None, [proj_exp(p, pct(p["rate"], False))])
    return docx(parts, title, ctx), exp


def money_cell(fen):
    """A money cell with 万元 on a line of its own (a soft break after the figure)."""
    return Cell(f"{wan(fen)}\n万元")


def build_series(rng, ctx):
    """Two or three projects' forms one after another, nothing between them but an empty paragraph: each begins
    with its own 项目名称 row. Money cells read `125.30⏎万元`; 指标性质 / 度量单位 columns, percentages without %."""
    n = rng.choice([2, 3])
    ps = make_projects(rng, ctx, n, 10000, 5, 8)
    title = f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评表"
    parts = [title_p(title), para(f"填报单位：{ctx['unit']}", sz=21)]
    W = [1200, 1700, 700, 1600, 900, 1300, 800, 900]
    for k, p in enumerate(ps):
        t = WTable(W, mar=(28, 28, 28, 28), sz=20)
        t.row(L("项目名称", bold=True), Cell(p["name"], cs=4, bold=True), L("实施单位"), Cell(ctx["unit"], cs=2),
              h=620, rule="atLeast", cant=True)
        t.row(Cell("资金情况", rs=2), "全年预算数", Cell("其中：当年财政拨款", cs=2), "上年结转资金", "全年执行数",
              Cell("执行率（%）", cs=2), h=560, rule="exact", cant=True)
        t.row(money_cell(p["budget"]), Cell(f"{wan(p['fiscal'])}\n万元", cs=2), money_cell(p["carry"]),
              money_cell(p["executed"]), Cell(pct(p["rate"], False), cs=2), h=640, rule="exact", cant=True)
        t.row(Cell("年度目标", rs=2), Cell("预期目标", cs=3), Cell("实际完成情况", cs=4), h=420, rule="exact")
        t.row(Cell("".join(p["goal"]), cs=3, jc="left"), Cell("".join(p["done"]), cs=4, jc="left"), h=1000, rule="atLeast")
        inds = p["inds"]
        t.row(Cell("二级指标"), "三级指标", "指标性质", "指标值", "度量单位", "实际完成值", "分值", "得分",
              h=560, rule="exact", cant=True)
        for i in inds:
            k2 = inds.index(i)
            l2 = []
            if k2 == 0 or inds[k2 - 1].l2 != i.l2:
                n2 = 1
                while k2 + n2 < len(inds) and inds[k2 + n2].l2 == i.l2:
                    n2 += 1
                l2 = [Cell(i.l2 if i.l1 != "满意度指标" else "满意度指标", rs=n2)]
            unit = i.unit if i.numeric else ""
            t.row(*l2, Cell(i.name, jc="left"), i.sign() if i.numeric else "定性", i.target,
                  unit, i.actual, i.weight, i.score, h=480, rule="atLeast", cant=(k2 % 2 == 1))
        t.row(Cell("总分", cs=6), "100", trim(p["total"]), h=454, rule="exact", cant=True)
        parts.append(t.xml())
        if k < n - 1:
            parts.append(para(""))
    parts.append(para(f"填表人：{ctx['author']}　　审核人：{ctx['head']}　　填报日期：{ctx['fill']}", sz=21))
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "自评表", ctx["unit"], None,
                       [proj_exp(p, pct(p["rate"], False)) for p in ps])
    return docx(parts, title, ctx), exp


def build_narrow(rng, ctx):
    """A 项目支出绩效自评报告 whose forms have zero cell margins, distributed labels in narrow columns, exact row
    heights and a header row repeated on the next page; 元 with separators (unit in the caption), rates without %."""
    n = rng.choice([1, 2])
    ps = make_projects(rng, ctx, n, 1, 9, 12)
    title = f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评报告"
    parts = [title_p(title), h1("一、项目概况"),
             body_p(f"{ctx['year']}年，本单位共实施{n}个项目，" + "；".join(
                 f"{p['name']}全年预算数{yuan(p['budget'])}元、执行数{yuan(p['executed'])}元" for p in ps) + "。"),
             body_p("各项目均按要求开展了绩效自评，现将自评情况报告如下。"), h1("二、项目绩效自评表")]
    W = [560, 560, 2000, 1500, 1500, 640, 640, 1000]
    rep_head = ctx["index"] // 6 % 2 == 0   # the form's head rows repeated on each page, or not
    for k, p in enumerate(ps):
        parts.append(para(f"表{k + 1}　{p['name']}绩效自评表（金额单位：元）", jc="center", bold=True, sz=21, keep=True))
        t = WTable(W, mar=(0, 0, 0, 0), sz=20)
        t.row(L("项目名称", cs=2), Cell(p["name"], cs=3), L("实施单位", cs=2), Cell(ctx["short"] + SECTORS[ctx["key"]][0]),
              h=600, rule="exact", cant=True, header=rep_head)
        t.row(L("全年预算数", cs=2), Cell(yuan(p["budget"])), L("其中财政拨款"), Cell(yuan(p["fiscal"])),
              L("执行数"), Cell(yuan(p["executed"]), cs=2), h=500, rule="exact", cant=True, header=rep_head)
        t.row(L("执行率（%）", cs=2), Cell(pct(p["rate"], False)), L("执行率分值"), "10", L("得分"),
              Cell(trim(p["exec_score"]), cs=2), h=500, rule="exact", cant=True, header=rep_head)
        t.row(L("一级", vert=None), L("二级"), "三级指标", "年度指标值", "实际完成值", L("分值"), L("得分"),
              Cell("未完成原因"), h=600, rule="exact", cant=True, header=rep_head)
        inds = p["inds"]
        for i in inds:
            t.row(*level_cells(i, inds, "tbRl", "tbRl"), Cell(i.name, jc="left"), i.tgt(False), i.act_s(False),
                  i.weight, i.score, Cell(reason(rng, i), jc="left", sz=16), h=560 if i.full else 760,
                  rule="exact" if i.full else "atLeast", cant=(inds.index(i) % 2 == 0))
        t.row(L("合计", cs=5), "100", trim(p["total"]), Cell(p["grade"]), h=500, rule="exact", cant=True)
        parts.append(t.xml())
        parts.append(para("注：指标值、完成值为百分比的，单位为%。", sz=18))
    parts += [h1("三、自评结论")]
    for p in ps:
        parts.append(body_p(f"{p['name']}自评得分{trim(p['total'])}分，等级“{p['grade']}”。"))
    parts += [h1("四、存在的问题"), body_p(rng.choice(PROBLEMS) + "。"), h1("五、改进措施"), body_p(rng.choice(MEASURES) + "。"),
              para(ctx["unit"], jc="right"), para(ctx["fill"], jc="right")]
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "项目支出自评", ctx["unit"], None,
                       [proj_exp(p, pct(p["rate"], False)) for p in ps])
    return docx(parts, title, ctx), exp


BUILDERS = {"national": build_national, "diagonal": build_diagonal, "landscape": build_landscape,
            "onetable": build_onetable, "series": build_series, "narrow": build_narrow}


# --------------------------------------------------------------------------------------------
# Checks


def soffice(args, outdir, f, timeout=180):
    """One conversion; on a hang the process group this call started (soffice, oosplash, soffice.bin) is killed."""
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore"] + args + \
          ["--outdir", str(outdir), str(f)]
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        p.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
        return False


def consistency(exp):
    """genlib's checks, and 5-12 indicators per project with the satisfaction the 满意度 row's actual."""
    problems = genlib_consistency(exp)
    for p in exp["projects"]:
        if p["indicators"]:
            n = len(p["indicators"])
            if not 5 <= n <= 12:
                problems.append(f"{p['name']}: {n} indicators")
            if p["satisfaction"] != p["indicators"][-1]["actual"]:
                problems.append(f"{p['name']}: satisfaction is not the 满意度 indicator's actual")
    return problems


def check_text(rid, where, exp, text, lines=None):
    out = []
    squeezed = re.sub(r"\s+", "", text)
    for problem in missing_figures(exp, text) + missing_indicator_names(exp, text):
        value = problem.split(" = ", 1)[-1]
        if lines is not None:
            textual = ".name" in problem or not re.fullmatch(r"[\d.]+", value)
            # pdftotext sets a space between a digit and a CJK character (9 月 1 日): joined before the search
            joined = [re.sub(r"(?<=\d) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=\d)", "", ln) for ln in lines]
            if textual and (stacked(value, lines, 4) or stacked(value, joined, 4)):
                continue
        out.append(f"{rid} ({where}): not in the displayed text: {problem}")
    # the soft-broken money cells: the figure and 万元 on lines of their own, both shown
    if "万元" in squeezed and exp["id"].endswith(".series") and "万元" not in text:
        out.append(f"{rid} ({where}): 万元 not shown")
    return out


def main(argv):
    convert = "--no-convert" not in argv
    argv = [a for a in argv if a != "--no-convert"]
    args = parse_args(argv, __doc__, SEED)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    check = out / "check"
    if convert:
        if check.exists():
            shutil.rmtree(check)
        check.mkdir()
    tally = new_tally()
    by_layout = {k: 0 for k in LAYOUTS}
    bad = 0
    for i in range(args.count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        rng = random.Random(f"{GEN}/{args.seed}/{i}")
        ctx = make_ctx(rng, i, layout, args.seed)
        data, exp = BUILDERS[layout](rng, ctx)
        rid = exp["id"]
        path = out / f"{rid}.docx"
        path.write_bytes(data)
        (out / f"{rid}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8", newline="\n")
        problems = xml_problems(data) + [f"inconsistent: {q}" for q in consistency(exp)]
        before = sum(tally[k] for k in SCORED_KINDS)
        count_figures(exp, tally)
        by_layout[layout] += sum(tally[k] for k in SCORED_KINDS) - before
        if convert:
            pdf = out / f"{rid}.pdf"
            if pdf.exists():
                pdf.unlink()
            if not soffice(["--convert-to", "pdf"], out, path):
                problems.append("LibreOffice did not finish printing the DOCX (killed)")
            if not soffice(["--convert-to", "txt:Text (encoded):UTF8"], check, path):
                problems.append("LibreOffice did not finish the text export (killed)")
            t = check / f"{rid}.txt"
            if not t.exists() or t.stat().st_size == 0:
                problems.append("LibreOffice could not open the DOCX (no txt)")
            else:
                problems += check_text(rid, "docx-txt", exp, t.read_text(encoding="utf-8-sig"))
            if not pdf.exists() or pdf.stat().st_size == 0:
                problems.append("LibreOffice wrote no PDF")
            else:
                lay = pdftext(pdf)
                (check / f"{rid}.pdf.txt").write_text(lay, encoding="utf-8")
                problems += check_text(rid, "pdf", exp, lay, lay.split("\n"))
        for q in problems:
            print(q if q.startswith(rid) else f"{rid}: {q}")
        bad += len(problems)
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS) +
          f"; indicators {tally['indicators']}, department indicators {tally['department_indicators']}")
    print("figures by layout: " + ", ".join(f"{k} {v}" for k, v in by_layout.items()))
    scored = sum(tally[k] for k in SCORED_KINDS)
    print(f"{GEN}: {args.count} reports ({args.count} DOCX + {args.count if convert else 0} PDF, {args.count} expected) "
          f"in {out}, {scored} scored figures (+{tally['dept_figures']} department-indicator figures), "
          f"{bad} problems{'' if convert else ' (not converted: only the consistency checks ran)'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
