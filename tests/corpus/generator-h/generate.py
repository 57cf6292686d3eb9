#!/usr/bin/env python3
"""Generator H: an eighth, independent generated corpus of 预算绩效自评报告 with their expected documents.

python3 generate.py OUT [-n 30] [--seed 20261128]
Writes OUT/<id>.txt, OUT/html/<id>.html and OUT/<id>.expected.json for each report (six layouts cycled:
saomiao, zongpai, yanshi, fenbiao, zhenggai, gongzhonghao), then checks every report (every expected figure
and indicator name in the TXT and in the HTML's text, every stated rate derived again). See README.md.
Python 3 standard library only; deterministic from --seed (no clock, no hash-order dependence).
"""
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import genlib as G  # noqa: E402  (tests/corpus/genlib.py)
from genlib import D, q2, trim, C, Table  # noqa: E402

GEN = "generator-h"
SEED = 20261128
LAYOUTS = ["saomiao", "zongpai", "yanshi", "fenbiao", "zhenggai", "gongzhonghao"]

# --------------------------------------------------------------------------------------------
# Places and sectors (none in the other generators' READMEs)

PLACES = [
    ("河北", "he", "康保县", "kangbao"), ("山西", "sx", "神池县", "shenchi"), ("内蒙古", "nm", "化德县", "huade"),
    ("辽宁", "ln", "建平县", "jianping"), ("吉林", "jl", "靖宇县", "jingyu"), ("黑龙江", "hl", "饶河县", "raohe"),
    ("江苏", "js", "灌南县", "guannan"), ("浙江", "zj", "景宁畲族自治县", "jingning"), ("安徽", "ah", "岳西县", "yuexi"),
    ("福建", "fj", "寿宁县", "shouning"), ("江西", "jx", "上犹县", "shangyou"), ("山东", "sd", "莘县", "shenxian"),
    ("河南", "ha", "淅川县", "xichuan"), ("湖北", "hb", "竹溪县", "zhuxi"), ("湖南", "hn", "城步苗族自治县", "chengbu"),
    ("广东", "gd", "乳源瑶族自治县", "ruyuan"), ("广西", "gx", "融水苗族自治县", "rongshui"),
    ("海南", "hi", "琼中黎族苗族自治县", "qiongzhong"), ("重庆", "cq", "巫溪县", "wuxi"), ("四川", "sc", "美姑县", "meigu"),
    ("贵州", "gz", "紫云苗族布依族自治县", "ziyun"), ("云南", "yn", "澜沧拉祜族自治县", "lancang"),
    ("西藏", "xz", "墨竹工卡县", "mozhugongka"), ("陕西", "sn", "镇坪县", "zhenping"), ("甘肃", "gs", "东乡族自治县", "dongxiang"),
    ("青海", "qh", "循化撒拉族自治县", "xunhua"), ("宁夏", "nx", "同心县", "tongxin"), ("新疆", "xj", "乌什县", "wushi"),
    ("山西", "sx", "天镇县", "tianzhen"), ("河北", "he", "围场满族蒙古族自治县", "weichang"),
]

# indicator spec: (level1, level2, name, kind, unit, params)
#   ge: (lo, hi) count; pct: [targets] in %; le: (lo, hi, decimals); zero; time; qual: (target, actual)
O, B = "产出指标", "效益指标"
SECTORS = [
    {"unit": "民族宗教事务局", "py": "mzzj", "short": "民宗局", "sat": "少数民族群众满意度", "projects": [
        ("民族团结进步创建经费", [(O, "数量指标", "开展民族团结进步宣传活动", "ge", "场", (12, 40)),
                        (O, "数量指标", "命名民族团结进步示范单位", "ge", "个", (5, 20)),
                        (O, "质量指标", "创建活动覆盖率", "pct", "%", [90, 95]),
                        (B, "社会效益指标", "民族团结氛围", "qual", "", ("进一步增强", "明显增强"))]),
        ("少数民族发展资金", [(O, "数量指标", "扶持少数民族特色村寨", "ge", "个", (3, 12)),
                      (O, "数量指标", "受益少数民族群众", "ge", "人", (800, 5000)),
                      (O, "成本指标", "特色村寨建设补助标准", "le", "万元/个", (20, 50, 0)),
                      (B, "经济效益指标", "少数民族群众收入", "qual", "", ("稳步增加", "稳步增加"))]),
        ("宗教活动场所安全隐患整治经费", [(O, "数量指标", "排查宗教活动场所", "ge", "处", (20, 90)),
                            (O, "质量指标", "隐患整改完成率", "pct", "%", [95, 100]),
                            (O, "质量指标", "安全责任事故发生数", "zero", "起", None),
                            (B, "社会效益指标", "宗教领域和谐稳定", "qual", "", ("保持稳定", "保持稳定"))]),
        ("民族宗教政策法规宣传经费", [(O, "数量指标", "发放民族宗教政策宣传资料", "ge", "份", (2000, 12000)),
                           (O, "数量指标", "举办民族宗教政策培训班", "ge", "期", (3, 10)),
                           (B, "社会效益指标", "民族宗教政策知晓率", "pct", "%", [85, 90])]),
        ("双语翻译服务经费", [(O, "数量指标", "完成双语翻译文稿", "ge", "万字", (20, 120)),
                      (O, "质量指标", "译文审校合格率", "pct", "%", [95, 98]),
                      (O, "时效指标", "翻译任务完成时间", "time", "", None)]),
    ]},
    {"unit": "外事侨务办公室", "py": "wsqw", "short": "外侨办", "sat": "归侨侨眷满意度", "projects": [
        ("归侨侨眷帮扶慰问经费", [(O, "数量指标", "帮扶困难归侨侨眷", "ge", "户", (30, 180)),
                        (O, "成本指标", "户均帮扶标准", "le", "元/户", (800, 2000, 0)),
                        (O, "质量指标", "帮扶资金发放准确率", "pct", "%", [100]),
                        (B, "社会效益指标", "归侨侨眷生活水平", "qual", "", ("有所改善", "明显改善"))]),
        ("海外联谊交流活动经费", [(O, "数量指标", "举办海外联谊交流活动", "ge", "场", (3, 10)),
                        (O, "数量指标", "接待海外侨胞", "ge", "人次", (100, 600)),
                        (B, "社会效益指标", "侨务资源拓展", "qual", "", ("有效拓展", "有效拓展"))]),
        ("侨情数据库更新维护经费", [(O, "数量指标", "更新侨情数据", "ge", "条", (2000, 9000)),
                          (O, "质量指标", "侨情数据准确率", "pct", "%", [95, 98]),
                          (O, "时效指标", "数据更新完成时间", "time", "", None)]),
        ("因公出国（境）管理经费", [(O, "数量指标", "审核因公出国（境）团组", "ge", "批次", (10, 40)),
                          (O, "质量指标", "审批按时办结率", "pct", "%", [98, 100]),
                          (O, "质量指标", "违规出访发生数", "zero", "起", None)]),
    ]},
    {"unit": "机关事务服务中心", "py": "jgsw", "short": "机关事务中心", "sat": "干部职工满意度", "projects": [
        ("公务用车运行维护经费", [(O, "数量指标", "保障平台公务用车", "ge", "辆", (20, 80)),
                        (O, "成本指标", "单车年均运行费用", "le", "万元", (2, 4, 1)),
                        (O, "质量指标", "行车安全事故发生数", "zero", "起", None),
                        (B, "社会效益指标", "公务出行保障能力", "qual", "", ("及时高效", "及时高效"))]),
        ("机关办公区物业管理经费", [(O, "数量指标", "物业服务面积", "ge", "平方米", (20000, 90000)),
                          (O, "质量指标", "物业服务考核合格率", "pct", "%", [90, 95]),
                          (B, "社会效益指标", "办公区环境", "qual", "", ("整洁有序", "整洁有序"))]),
        ("公共机构节能改造项目", [(O, "数量指标", "更换LED节能灯具", "ge", "盏", (300, 2500)),
                        (O, "质量指标", "改造工程验收合格率", "pct", "%", [100]),
                        (B, "生态效益指标", "公共机构单位面积能耗下降率", "pct", "%", [2, 3, 5])]),
        ("机关食堂运行经费", [(O, "数量指标", "年供餐人次", "ge", "人次", (50000, 200000)),
                      (O, "质量指标", "食品抽检合格率", "pct", "%", [98, 100]),
                      (O, "质量指标", "食品安全事故发生数", "zero", "起", None)]),
    ]},
    {"unit": "公共资源交易中心", "py": "ggzy", "short": "交易中心", "sat": "交易主体满意度", "projects": [
        ("电子交易平台运行维护经费", [(O, "数量指标", "完成进场交易项目", "ge", "宗", (200, 900)),
                           (O, "质量指标", "平台运行稳定率", "pct", "%", [98, 99]),
                           (O, "成本指标", "单宗交易服务成本", "le", "元", (300, 900, 0)),
                           (B, "经济效益指标", "节约交易成本", "qual", "", ("有效降低", "有效降低"))]),
        ("评标专家库管理经费", [(O, "数量指标", "组织评标专家培训", "ge", "人次", (100, 500)),
                        (O, "质量指标", "专家随机抽取合规率", "pct", "%", [100]),
                        (B, "社会效益指标", "评标质量", "qual", "", ("有所提升", "明显提升"))]),
        ("远程异地评标室建设项目", [(O, "数量指标", "建设远程异地评标室", "ge", "间", (2, 8)),
                          (O, "质量指标", "设备验收合格率", "pct", "%", [100]),
                          (O, "时效指标", "建设完成时间", "time", "", None)]),
        ("交易档案数字化经费", [(O, "数量指标", "交易档案数字化", "ge", "卷", (2000, 9000)),
                        (O, "质量指标", "档案数字化准确率", "pct", "%", [98, 99])]),
    ]},
    {"unit": "地震局", "py": "dzj", "short": "县地震局", "sat": "社会公众满意度", "projects": [
        ("地震监测台网运维经费", [(O, "数量指标", "运维地震监测台站", "ge", "个", (5, 20)),
                        (O, "质量指标", "监测数据连续率", "pct", "%", [95, 98]),
                        (B, "社会效益指标", "震情监视能力", "qual", "", ("持续增强", "持续增强"))]),
        ("防震减灾科普宣传经费", [(O, "数量指标", "开展防震减灾科普进校园活动", "ge", "场", (10, 40)),
                        (O, "数量指标", "发放防震减灾科普资料", "ge", "份", (3000, 15000)),
                        (B, "社会效益指标", "防震减灾知识普及率", "pct", "%", [80, 85, 90])]),
        ("地震应急演练经费", [(O, "数量指标", "组织地震应急疏散演练", "ge", "次", (4, 15)),
                      (O, "数量指标", "参演人数", "ge", "人", (500, 4000)),
                      (O, "时效指标", "演练完成时间", "time", "", None)]),
        ("农居地震安全工程补助资金", [(O, "数量指标", "完成农居抗震改造", "ge", "户", (50, 400)),
                           (O, "成本指标", "户均改造补助标准", "le", "元/户", (8000, 15000, 0)),
                           (O, "质量指标", "竣工验收合格率", "pct", "%", [100])]),
    ]},
    {"unit": "住房公积金管理中心", "py": "gjjzx", "short": "公积金中心", "sat": "缴存职工满意度", "projects": [
        ("住房公积金归集扩面经费", [(O, "数量指标", "新增缴存职工", "ge", "人", (800, 6000)),
                          (O, "质量指标", "年度归集计划完成率", "pct", "%", [100]),
                          (B, "社会效益指标", "住房公积金制度覆盖面", "qual", "", ("稳步扩大", "稳步扩大"))]),
        ("公积金服务大厅运行经费", [(O, "数量指标", "办理公积金业务", "ge", "件", (5000, 40000)),
                          (O, "质量指标", "业务按时办结率", "pct", "%", [98, 100]),
                          (O, "时效指标", "提取业务办理时限", "time", "", None)]),
        ("信息系统等级保护测评经费", [(O, "数量指标", "测评信息系统", "ge", "个", (2, 6)),
                           (O, "质量指标", "数据安全事件发生数", "zero", "起", None)]),
        ("个贷逾期清收经费", [(O, "数量指标", "清收逾期贷款", "ge", "笔", (20, 120)),
                      (O, "质量指标", "个贷逾期率", "le", "‰", (1, 3, 1)),
                      (B, "经济效益指标", "资金运行安全", "qual", "", ("安全可控", "安全可控"))]),
    ]},
    {"unit": "红十字会", "py": "hszh", "short": "县红十字会", "sat": "受助群众满意度", "projects": [
        ("应急救护培训经费", [(O, "数量指标", "培训持证红十字救护员", "ge", "人", (500, 3000)),
                      (O, "数量指标", "开展普及性救护培训", "ge", "人次", (3000, 20000)),
                      (O, "质量指标", "救护员考核合格率", "pct", "%", [90, 95])]),
        ("人道救助资金", [(O, "数量指标", "救助困难群众", "ge", "户", (100, 600)),
                    (O, "成本指标", "户均救助标准", "le", "元/户", (500, 2000, 0)),
                    (O, "质量指标", "救助资金发放到位率", "pct", "%", [100]),
                    (B, "社会效益指标", "困难群众基本生活", "qual", "", ("得到保障", "得到保障"))]),
        ("造血干细胞捐献宣传经费", [(O, "数量指标", "采集造血干细胞血样", "ge", "份", (100, 600)),
                          (O, "数量指标", "开展无偿捐献宣传活动", "ge", "场", (5, 20))]),
        ("备灾物资储备经费", [(O, "数量指标", "储备备灾物资", "ge", "件", (1000, 6000)),
                      (O, "质量指标", "储备物资完好率", "pct", "%", [98, 100]),
                      (O, "时效指标", "物资采购入库时间", "time", "", None)]),
    ]},
]

COMMON_OUT = [(O, "质量指标", "资金使用合规率", "pct", "%", [100]), (O, "时效指标", "项目完成时间", "time", "", None)]
COMMON_BEN = [(B, "可持续影响指标", "长效管理机制", "qual", "", ("健全", "健全")),
              (B, "社会效益指标", "服务对象受益面", "qual", "", ("逐步扩大", "逐步扩大"))]

# --------------------------------------------------------------------------------------------
# Money styles


class Money:
    """How a report writes money: 万元 with 2 or 4 decimals, or 元 with separators (sep) and 分."""

    def __init__(self, kind, sep=","):
        self.kind, self.sep = kind, sep
        self.gran = {"wan2": 10000, "wan4": 100, "yuan": 1}[kind]
        self.unit = "元" if kind == "yuan" else "万元"

    def num(self, fen):
        if self.kind == "wan2":
            return G.fmt_wan(fen, 2)
        if self.kind == "wan4":
            return G.fmt_wan(fen, 4)
        return G.fmt_yuan(fen, self.sep)

    def __call__(self, fen):
        return self.num(fen) + self.unit


# --------------------------------------------------------------------------------------------
# Projects


class Proj:
    pass


def make_ind(rng, spec, year):
    l1, l2, name, kind, unit, par = spec
    met = True
    if kind == "ge":
        t = G.nice_int(rng, *par)
        if rng.random() < 0.2:
            a = max(1, int(t * rng.uniform(0.86, 0.99)))
            if a >= 10000:
                a = a // 10 * 10
        else:
            a = t + rng.randint(0, max(1, t // 8))
        tgt, act = str(t), str(a)
    elif kind == "pct":
        t = rng.choice(par)
        if t >= 100:
            a = D(100)
        elif rng.random() < 0.15:
            a = D(t) - D(rng.randint(3, 30)) / 10
        else:
            a = min(D(100), D(t) + D(rng.randint(0, int((100 - t) * 10))) / 10) if t > 10 else D(t) + D(rng.randint(0, 30)) / 10
        tgt, act = str(t), trim(a)
    elif kind == "le":
        lo, hi, dec = par
        sc = 10 ** dec
        t = D(rng.randint(lo * sc, hi * sc)) / sc
        f = D(rng.randint(850, 1150 if rng.random() < 0.15 else 1000)) / 1000
        a = q2(t * f) if dec else (t * f).quantize(D(1))
        tgt, act = trim(t), trim(a)
    elif kind == "zero":
        tgt, act = "0", "0"
    elif kind == "time":
        tgt = rng.choice([f"{year}年12月31日前", "12月底前完成", f"{year}年11月底前"])
        act = rng.choice(["已按期完成", "按期完成"])
    elif kind == "qual":
        tgt, act = par
        if rng.random() < 0.12:
            met, act = False, "基本达到"
    else:  # sat
        t = rng.choice([85, 90, 95])
        if rng.random() < 0.1:
            a = D(t) - D(rng.randint(5, 25)) / 10
        else:
            a = D(t) + D(rng.randint(2, (99 - t) * 10)) / 10
        tgt, act = str(t), trim(a)
    ind = G.Indicator(l1, l2, name, kind, unit, tgt, act, met)
    return ind


def make_projects(rng, ctx, n, money):
    sector = ctx["sector"]
    picks = rng.sample(range(len(sector["projects"])), min(n, len(sector["projects"])))
    out = []
    for k in picks:
        name, specs = sector["projects"][k]
        specs = list(specs)
        if sum(1 for s in specs if s[0] == O) < 3:
            specs += [s for s in COMMON_OUT if s[2] not in [x[2] for x in specs]][:3 - sum(1 for s in specs if s[0] == O)]
        if not any(s[0] == B for s in specs):
            specs.append(rng.choice(COMMON_BEN))
        specs.append(("满意度指标", "服务对象满意度指标", sector["sat"], "sat", "%", None))
        inds = [make_ind(rng, s, ctx["year"]) for s in specs]
        inds.sort(key=lambda i: ({"产出指标": 0, "效益指标": 1}.get(i.l1, 2), G.ORDER2.get(i.l2, 9)))
        outs = [i for i in inds if i.l1 == O]
        bens = [i for i in inds if i.l1 == B]
        for i, w in zip(outs, G.distribute(rng, 50, len(outs))):
            i.weight = str(w)
        for i, w in zip(bens, G.distribute(rng, 30, len(bens), 5) if len(bens) > 1 else [30]):
            i.weight = str(w)
        inds[-1].weight = "10"
        for i in inds:
            i.compute_score(rng)
        p = Proj()
        p.name, p.inds = name, inds
        p.budget = G.amount(rng, 80000, 2600000, money.gran)
        p.fiscal = p.budget if rng.random() < 0.5 else G.part_of(rng, p.budget, 0.6, 0.95, money.gran)
        p.other = p.budget - p.fiscal
        p.executed = G.spent(rng, p.budget, money.gran)
        p.fexec = min(p.fiscal, p.executed)
        p.oexec = p.executed - p.fexec
        p.initial = p.budget if rng.random() < 0.5 else G.part_of(rng, p.budget, 0.7, 0.98, money.gran)
        p.finit = min(p.fiscal, p.initial)
        p.oinit = p.initial - p.finit
        p.rate = G.rate(p.executed, p.budget)
        p.ep = q2(min(p.rate, D(100)) / 10)
        p.total = p.ep + sum(D(i.score) for i in inds)
        p.grade = G.grade_of(p.total)
        p.sat = G.sat_of(inds)
        assert p.executed <= p.budget and p.oexec <= p.other
        out.append(p)
    return out


def prev_year(rng, p, money):
    """Last year's figures of a project (a distractor): budget, executed, rate, satisfaction."""
    pb = G.amount(rng, 60000, 2400000, money.gran)
    pe = G.part_of(rng, pb, 0.55, 0.78, money.gran)
    return pb, pe, G.rate(pe, pb)


def ind_target(i, words=False):
    if not i.numeric:
        return i.target
    u = i.unit
    if words:
        if i.kind == "zero":
            return f"{i.target}{u}"
        if i.kind in ("ge", "pct", "sat"):
            return f"{'不低于' if u == '%' else '不少于'}{i.target}{u}"
        return f"不超过{i.target}{u}"
    sign = {"ge": "≥", "pct": "≥", "sat": "≥", "le": "≤", "zero": "="}[i.kind]
    return f"{sign}{i.target}{u}"


def ind_exp(i, score=True):
    return {"name": i.name, "target": i.target, "actual": i.actual, "score": i.score if score else None}


def proj_exp(p, rate_s, fiscal=True, sat=True, inds=True, scores=True):
    return G.project_exp(p.name, p.budget, p.fiscal if fiscal else None, p.executed, rate_s,
                         p.sat if sat else None, [ind_exp(i, scores) for i in p.inds] if inds else [])


def rstyle(rng):
    return rng.choice(["2", "t"])


# --------------------------------------------------------------------------------------------
# Text helpers


def flat_layout(t, gap=2, mid=True):
    """A table as `pdftotext -layout` gives it: columns padded, figures right-aligned, a label spanning rows on
    its middle row."""
    placed, occ, ncols = t.grid()
    widths = [0] * ncols
    cells = {}
    for r, items in enumerate(placed):
        for c, cl in items:
            txt = cl.text.replace("\n", "")
            rr = r + ((cl.rs - 1) // 2 if mid else 0)
            cells[(rr, c)] = (txt, cl.cs)
            if cl.cs == 1:
                widths[c] = max(widths[c], G.dw(txt))
    # a spanning cell wider than its columns runs on and pushes the rest of its line right
    lines = []
    for r in range(len(t.rows)):
        line, c = "", 0
        while c < ncols:
            txt, cs = cells.get((r, c), ("", 1))
            if (r, c) not in cells:
                o = occ[(r, c)]
                cs = next(cl.cs for cc, cl in placed[o[0]] if cc == o[1]) if o[1] == c else 1
            w = sum(widths[c:c + cs]) + gap * (cs - 1)
            pad = max(w - G.dw(txt), 1 if txt else 0)
            if re.fullmatch(r"[\d.,%-]+", txt):
                line += " " * pad + txt
            else:
                line += txt + " " * pad
            line += " " * gap
            c += cs
        lines.append(line.rstrip())
    return "\n".join(lines)


def fw(s):
    """ASCII digits, point and percent as full-width characters (a scan's OCR often gives them)."""
    return s.translate(str.maketrans("0123456789.%", "０１２３４５６７８９．％"))


WRAP_TOKEN = re.compile(r"[0-9A-Za-z.,%\-/:+~()≥≤=<>０-９．，％]+|.", re.S)


def wrap_par(text, width, indent="　　"):
    return G.wrap(text, width, indent, WRAP_TOKEN)


def report_date(rng, ctx):
    return f"{ctx['year'] + 1}年{rng.randint(3, 5)}月{rng.randint(1, 28)}日"


def title_of(ctx, what="项目支出绩效自评报告"):
    return f"{ctx['unit']}{ctx['year']}年度{what}"


def goal_texts(p, ctx):
    return (f"按计划实施{p.name}，完成年度各项工作任务，资金使用规范，服务对象满意。",
            f"{p.name}各项工作按计划完成，主要绩效指标基本实现，资金支出规范。")


# --------------------------------------------------------------------------------------------
# The national 项目支出绩效自评表 (saomiao and fenbiao)


def form_table(p, ctx, money, rate_s, lab=lambda s: s, cellnum=lambda s: s, dept=None):
    """The 项目支出绩效自评表 as a Table: lab() transforms labels (the OCR confusions), cellnum() figures."""
    m = money.num
    t = Table()
    t.row(lab("项目名称"), C(p.name, cs=7))
    t.row(lab("主管部门"), C(dept or ctx["unit"], cs=3), lab("实施单位"), C(ctx["unit"], cs=3))
    t.row(C(lab(f"项目资金（{money.unit}）"), rs=4), "", lab("年初预算数"), lab("全年预算数"), lab("全年执行数"),
          lab("分值"), lab("执行率"), lab("得分"))
    t.row(lab("年度资金总额"), cellnum(m(p.initial)), cellnum(m(p.budget)), cellnum(m(p.executed)), "10",
          cellnum(rate_s + "%"), trim(p.ep))
    t.row(lab("其中：当年财政拨款"), cellnum(m(p.finit)), cellnum(m(p.fiscal)), cellnum(m(p.fexec)), "—", "—", "—")
    t.row(lab("其他资金"), m(p.oinit) if p.other else "—", m(p.other) if p.other else "—",
          m(p.oexec) if p.other else "—", "—", "—", "—")
    g1, g2 = goal_texts(p, ctx)
    t.row(C(lab("年度总体目标"), rs=2), C(lab("预期目标"), cs=3), C(lab("实际完成情况"), cs=4))
    t.row(C(g1, cs=3), C(g2, cs=4))
    t.row(C(lab("绩效指标"), rs=len(p.inds) + 1), lab("一级指标"), lab("二级指标"), lab("三级指标"),
          lab("年度指标值"), lab("实际完成值"), lab("分值"), lab("得分"))
    groups1 = {}
    groups2 = {}
    for i in p.inds:
        groups1[i.l1] = groups1.get(i.l1, 0) + 1
        groups2[(i.l1, i.l2)] = groups2.get((i.l1, i.l2), 0) + 1
    seen1, seen2 = set(), set()
    for i in p.inds:
        cells = []
        if i.l1 not in seen1:
            seen1.add(i.l1)
            cells.append(C(lab(i.l1), rs=groups1[i.l1]))
        if (i.l1, i.l2) not in seen2:
            seen2.add((i.l1, i.l2))
            cells.append(C(lab(i.l2), rs=groups2[(i.l1, i.l2)]))
        num = cellnum if i.numeric else (lambda s: s)  # a text value stays as written
        cells += [i.name, num(ind_target(i)), num(i.act()), i.weight, cellnum(i.score)]
        t.row(*cells)
    t.row(C(lab("总分"), cs=6), "100", cellnum(trim(p.total)))
    return t


# --------------------------------------------------------------------------------------------
# Layout 1: saomiao — a scanned report as OCR gives it

OCR_SUBS = [("项目", "项日"), ("万元", "万兀"), ("执行率", "执衍率"), ("拨款", "拔款"), ("完成", "完戍"),
            ("预算", "预箅"), ("已", "己"), ("指标", "指杤"), ("满意度", "满憊度"), ("偏差", "偏羞"),
            ("得分", "得份"), ("一级", "—级"), ("资金", "资仝"), ("年度", "年庋")]
PUNCT_SUBS = [("，", ","), ("：", ":"), ("（", "("), ("）", ")"), ("；", ";")]


def ocr_fn(rng, p_sub, p_punct):
    def f(s):
        for good, bad in OCR_SUBS:
            parts = s.split(good)
            s = parts[0] + "".join((bad if rng.random() < p_sub else good) + x for x in parts[1:])
        for good, bad in PUNCT_SUBS:
            parts = s.split(good)
            s = parts[0] + "".join((bad if rng.random() < p_punct else good) + x for x in parts[1:])
        return s
    return f


def build_saomiao(rng, ctx):
    var = G.cycle(ctx, ["S1", "S2", "S3"])
    money = Money({"S1": "wan2", "S2": rng.choice(["wan2", "wan4"]), "S3": "yuan"}[var], sep="，")
    n = {"S1": 1, "S2": 2, "S3": rng.choice([1, 2])}[var]
    projs = make_projects(rng, ctx, n, money)
    rs = rstyle(rng)
    o = ocr_fn(rng, 0.45, 0.4)
    fwp = 0.35 if var != "S1" else 0.25
    cn = (lambda s: fw(s) if rng.random() < fwp else s)
    date = report_date(rng, ctx)
    rid = G.make_id("gh", ctx)
    title = title_of(ctx) if var != "S1" else f"{ctx['year']}年度项目支出绩效自评表"
    otitle = o(title)
    txt_pages, html = [], [G.P(otitle, center=True, bold=True)] if var != "S1" else []
    page = [otitle, ""] if var != "S1" else []
    wm = rng.choice(["扫描全能王 创建", "CS 扫描全能王", "由 扫描全能王 扫描创建"])
    width = rng.randint(30, 36) * 2
    if var != "S1":
        pars = [o(f"根据{ctx['county']}财政局关于开展{ctx['year']}年度预算绩效自评工作的通知要求，我单位对{len(projs)}个项目开展了绩效自评，现将有关情况报告如下。"),
                o("一、项目基本情况")]
        for k, p in enumerate(projs):
            rt = G.fmt_rate(p.rate, rs)
            pars.append(o(f"（{'一二三'[k]}）") + p.name)
            pars.append(o(f"{ctx['year']}年度该项目全年预算数") + cn(money.num(p.budget)) + o(money.unit + "，其中财政拨款")
                        + cn(money.num(p.fiscal)) + o(money.unit + "；全年执行数") + cn(money.num(p.executed))
                        + o(money.unit + "，预算执行率") + cn(rt + "%") + o("。自评得分") + cn(trim(p.total))
                        + o(f"分，评价等级为“{p.grade}”。"))
            pars.append(o(f"经问卷调查，{p.sat and ctx['sector']['sat'][:-3]}满意度为") + cn(p.sat + "%") + o("。"))
        pars.append(o("二、存在的问题及改进措施"))
        pars.append(o("部分绩效指标设置不够细化，下一步将加强绩效目标管理，提高预算编制的科学性和准确性。"))
        for par in pars:
            head = bool(re.match(r"^[一二三（(]", par))
            page.extend(wrap_par(par, width, "" if head else "　　"))
            html.append(G.P(par, bold=head))
        page += ["", wm, "", f"一 1 一"]
        txt_pages.append("\n".join(page))
        page = []
    for k, p in enumerate(projs):
        rt = G.fmt_rate(p.rate, rs)
        t = form_table(p, ctx, money, rt, lab=o, cellnum=cn)
        head = o(f"附表{k + 1}") if var != "S1" else ""
        ftitle = o("项目支出绩效自评表")
        unitline = o(f"（{ctx['year']}年度）")
        sub = o(f"填报单位（盖章）：{ctx['unit']}　　　　　金额单位：{money.unit}")
        page += [x for x in (head, ftitle, unitline, sub, "") if x is not None]
        if var == "S2":
            body = G.flat_lines(t)
        else:
            body = flat_layout(t, gap=rng.choice([2, 3]))
            body = "\n".join(("| " + ln if rng.random() < 0.2 else ln) + (" 丨" if rng.random() < 0.15 else "")
                             for ln in body.split("\n"))
        page.append(body)
        page += ["", o(f"项目负责人：　　　　财务负责人：　　　　填报日期：{date}"), "", wm, "",
                 f"一 {len(txt_pages) + 1} 一"]
        txt_pages.append("\n".join(page))
        page = []
        for x in (head, ftitle, unitline, sub):
            if x:
                html.append(G.P(x, center=(x == ftitle)))
        html.append(G.table_html(t))
    txt = "\f".join(txt_pages) + "\n"
    page_html = G.html_page(otitle, html)
    exp = G.expected_doc(GEN, ctx, rid, title_of(ctx) if var != "S1" else f"{ctx['unit']}{title}",
                         "项目支出自评" if var != "S1" else "自评表", ctx["unit"], None,
                         [proj_exp(p, G.fmt_rate(p.rate, rs)) for p in projs])
    return rid, txt, page_html, exp


# --------------------------------------------------------------------------------------------
# Layout 2: zongpai — the summary table with projects as columns


def zong_table(projs, money, rs, rows, total=True, seq=False):
    t = Table()
    head = ["项目"] + [p.name for p in projs] + (["合计"] if total else [])
    if seq:
        t.row("序号", *[str(k + 1) for k in range(len(projs))], *([""] if total else []))
    t.row(*head)
    m = money.num
    for lab, f in rows:
        vals = [f(p) for p in projs]
        if total:
            if lab.startswith(("年初", "全年预算", "其中", "其他", "全年执行")):
                key = {"年初": "initial", "全年预算": "budget", "其中": "fiscal", "其他": "other", "全年执行": "executed"}
                attr = next(v for k, v in key.items() if lab.startswith(k))
                vals.append(m(sum(getattr(p, attr) for p in projs)))
            elif lab.startswith("预算执行率"):
                r = G.rate(sum(p.executed for p in projs), sum(p.budget for p in projs))
                vals.append(G.fmt_rate(r, rs) + "%")
            else:
                vals.append("—")
        t.row(lab, *vals)
    return t


def ind_table_plain(p, words=False):
    t = Table()
    t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    for i in p.inds:
        t.row(i.l1, i.l2, i.name, ind_target(i, words), i.act(), i.weight, i.score)
    return t


def build_zongpai(rng, ctx):
    var = G.cycle(ctx, ["C1", "C2", "C3"])
    money = Money({"C1": "wan2", "C2": "wan4", "C3": "yuan"}[var])
    n = {"C1": rng.choice([3, 4]), "C2": rng.choice([4, 5]), "C3": 3}[var]
    projs = make_projects(rng, ctx, n, money)
    rs = rstyle(rng)
    m = money.num
    u = money.unit
    rows = [(f"年初预算数（{u}）", lambda p: m(p.initial)), (f"全年预算数（{u}）", lambda p: m(p.budget)),
            (f"其中：财政拨款（{u}）", lambda p: m(p.fiscal)), (f"其他资金（{u}）", lambda p: m(p.other)),
            (f"全年执行数（{u}）", lambda p: m(p.executed)), ("预算执行率", lambda p: G.fmt_rate(p.rate, rs) + "%"),
            ("服务对象满意度", lambda p: p.sat + "%"), ("自评得分", lambda p: trim(p.total)), ("自评等级", lambda p: p.grade)]
    if var == "C2":
        rows = [r for r in rows if not r[0].startswith("年初")]
    rid = G.make_id("gh", ctx)
    title = title_of(ctx)
    date = report_date(rng, ctx)
    parts_txt, html = [], [G.H(title, 1)]
    intro = (f"根据{ctx['county']}财政局统一部署，我单位对{ctx['year']}年度{len(projs)}个项目支出开展了绩效自评。"
             f"自评结果汇总如下（表1）。")
    funds = None
    dept_s = ""
    if var == "C1":
        basic = G.amount(rng, 1500000, 9000000, money.gran)
        bexec = G.part_of(rng, basic, 0.95, 1.0, money.gran)
        db = basic + sum(p.budget for p in projs) + G.amount(rng, 0, 300000, money.gran)
        de = bexec + sum(p.executed for p in projs)
        dr = G.rate(de, db)
        dept_s = (f"{ctx['year']}年度本单位部门预算总额{money(db)}，其中基本支出{money(basic)}；全年实际支出{money(de)}，"
                  f"部门预算执行率{G.fmt_rate(dr, rs)}%。")
        funds = {"budget_total": G.yuan_exp(db), "executed_total": G.yuan_exp(de),
                 "execution_rate_stated": G.fmt_rate(dr, rs)}
    paras = [p for p in ("一、总体情况", dept_s, intro) if p]
    for par in paras:
        parts_txt.append(par)
        html.append(G.P(par))
    splits = [projs] if var != "C2" or n <= 3 else [projs[:3], projs[3:]]
    for k, grp in enumerate(splits):
        last = k == len(splits) - 1
        t = zong_table(grp, money, rs, rows, total=last and var != "C3", seq=(var == "C3"))
        cap = "表1 项目支出绩效自评结果汇总表" + ("（续）" if k else "")
        if var == "C2":
            # the total column sums every project, not just the continuation's
            t = zong_table(grp, money, rs, rows, total=False)
            if last:
                allt = zong_table(projs, money, rs, rows, total=True)
                tot = [r[-1].text for r in allt.rows]
                for r, v in zip(t.rows, tot):
                    r.append(C(v))
        parts_txt.append(cap)
        parts_txt.append(f"单位：{u}" if var != "C3" else "")
        html.append(G.P(cap, center=True, bold=True))
        if var == "C1":
            parts_txt.append(G.flat_tabs(t))
        elif var == "C2":
            parts_txt.append(flat_layout(t, gap=3))
        else:
            parts_txt.append(G.flat_lines(t))
        html.append(G.table_html(t, head=1))
    if var != "C2":
        parts_txt.append("二、主要绩效指标完成情况")
        html.append(G.P("二、主要绩效指标完成情况"))
        for k, p in enumerate(projs):
            cap = f"表{k + 2} {p.name}绩效指标完成情况"
            t = ind_table_plain(p, words=(var == "C3"))
            parts_txt.append(cap)
            parts_txt.append(G.flat_tabs(t) if var == "C1" else G.flat_lines(t))
            html.append(G.P(cap, bold=True))
            html.append(G.table_html(t, head=1))
    tail = ["三、存在的问题" if var != "C2" else "二、存在的问题", "个别项目年初预算编制不够精准，年中调整较多。", ctx["unit"], date]
    parts_txt += tail
    html += [G.P(x) for x in tail]
    if var == "C1":
        txt = "\n".join(["首页 > 政务公开 > 财政资金 > 绩效评价", title, f"发布时间：{date}  来源：{ctx['unit']}", ""]
                        + parts_txt + ["", "【打印】【关闭】"]) + "\n"
    elif var == "C2":
        lines = []
        for par in parts_txt:
            lines.extend(par.split("\n") if "\n" in par or len(par) < 40 else wrap_par(par, 78))
        txt = G.paginate([title, ""] + lines, title, 46, [p.name for p in projs], "of")
    else:
        txt = "\n".join([title, ""] + parts_txt) + "\n"
    inds = var != "C2"
    exp = G.expected_doc(GEN, ctx, rid, title, "项目支出自评", ctx["unit"], funds,
                         [proj_exp(p, G.fmt_rate(p.rate, rs), inds=inds) for p in projs])
    return rid, txt, G.html_page(title, html), exp


# --------------------------------------------------------------------------------------------
# Layout 3: yanshi — a 汇报 slide deck exported to PDF


def build_yanshi(rng, ctx):
    var = G.cycle(ctx, ["Y1", "Y2", "Y3"])
    money = Money(rng.choice(["wan2", "wan4"]))
    projs = make_projects(rng, ctx, rng.choice([2, 3]), money)
    rs = rstyle(rng)
    m = money.num
    rid = G.make_id("gh", ctx)
    title = f"{ctx['year']}年度项目支出绩效自评情况汇报"
    date = report_date(rng, ctx)
    slides = []  # (title, [text lines], [html parts])
    slides.append(("", [title, ctx["unit"], date], [G.H(title, 1), G.P(ctx["unit"]), G.P(date)]))
    toc = ["目录", "CONTENTS", "01 基本情况", "02 预算执行情况", "03 绩效目标完成情况", "04 存在问题及下一步打算"]
    slides.append(("", toc, [G.P(x) for x in toc]))
    tb = sum(p.budget for p in projs)
    te = sum(p.executed for p in projs)
    tr = G.rate(te, tb)
    ov = [f"● 自评项目：{len(projs)}个", f"● 涉及资金：{money(tb)}", f"● 实际支出：{money(te)}",
          f"● 总体执行率：{G.fmt_rate(tr, rs)}%"]
    slides.append(("01 基本情况", ov, [G.P(x) for x in ov]))
    if var == "Y3":
        t = Table()
        t.row("项目名称", f"全年预算（{money.unit}）", f"其中财政拨款（{money.unit}）", f"实际支出（{money.unit}）", "执行率", "满意度")
        for p in projs:
            t.row(p.name, m(p.budget), m(p.fiscal), m(p.executed), G.fmt_rate(p.rate, rs) + "%", p.sat + "%")
        slides.append(("02 预算执行情况", [G.flat_lines(t)], [G.table_html(t, head=1)]))
    for k, p in enumerate(projs):
        rt = G.fmt_rate(p.rate, rs)
        st = f"0{3 if var == 'Y3' else 2} {p.name}"
        if var == "Y1":
            cards = [(m(p.budget), f"全年预算数（{money.unit}）"), (m(p.fiscal), f"其中财政拨款（{money.unit}）"),
                     (m(p.executed), f"全年执行数（{money.unit}）"), (rt + "%", "预算执行率"), (p.sat + "%", "满意度"),
                     (trim(p.total), "自评得分")]
            lines = []
            for v, lab in cards:
                lines += [v, lab]
            t = Table()
            t.row("绩效指标", "目标值", "完成值", "分值", "得分")
            for i in p.inds:
                t.row(i.name, ind_target(i), i.act(), i.weight, i.score)
            lines.append(G.flat_lines(t))
            hp = [f'<div class="card"><p class="big"><b>{G.esc(v)}</b></p><p>{G.esc(lab)}</p></div>' for v, lab in cards]
            hp.append(G.table_html(t, head=1))
            slides.append((st, lines, hp))
        elif var == "Y2":
            left = [f"◆ 全年预算：{m(p.budget)}{money.unit}", f"  其中财政拨款：{m(p.fiscal)}{money.unit}",
                    f"◆ 全年执行：{m(p.executed)}{money.unit}", f"◆ 预算执行率：{rt}%", f"◆ 自评得分：{trim(p.total)}分"]
            right = []
            for i in p.inds:
                if i.kind == "sat":
                    continue
                right.append(f"◆ {i.name}：目标{ind_target(i)}，{'完成' if i.numeric else '实际'}{i.act()}")
            right.append(f"◆ {ctx['sector']['sat']}：{p.sat}%")
            wl = max(G.dw(x) for x in left) + 6
            lines = []
            for a in range(max(len(left), len(right))):
                ltxt = left[a] if a < len(left) else ""
                rtxt = right[a] if a < len(right) else ""
                lines.append((ltxt + " " * (wl - G.dw(ltxt)) + rtxt).rstrip())
            hp = ['<table border="0"><tr><td>' + "".join(G.P(x) for x in left) + "</td><td>"
                  + "".join(G.P(x) for x in right) + "</td></tr></table>"]
            slides.append((st, lines, hp))
        else:
            t = Table()
            t.row(C("一级指标"), "三级指标", "指标值", "实际完成", "分值", "得分")
            for i in p.inds:
                t.row(i.l1, i.name, ind_target(i, words=True), i.act(), i.weight, i.score)
            lines = [f"■ 该项目全年预算{money(p.budget)}，执行{money(p.executed)}，执行率{rt}%。", G.flat_lines(t)]
            slides.append((st, lines, [G.P(lines[0]), G.table_html(t, head=1)]))
    probs = ["● 部分指标设置偏保守，目标值偏低", "● 预算执行进度前松后紧", "下一步：", "● 强化绩效目标审核，加快支出进度"]
    slides.append(("04 存在问题及下一步打算", probs, [G.P(x) for x in probs]))
    slides.append(("", ["谢谢！", "THANKS"], [G.P("谢谢！")]))
    n = len(slides)
    pages, html = [], []
    for k, (st, lines, hp) in enumerate(slides, 1):
        body = ([st, ""] if st else []) + lines + ["", f"{ctx['unit']}    {k}/{n}" if var != "Y3" else f"{k}"]
        pages.append("\n".join(body))
        html.append(f'<div class="slide"><p><i>幻灯片 {k}</i></p>' + (G.H(st, 2) if st else "") + "\n".join(hp)
                    + "</div>")
    txt = "\f".join(pages) + "\n"
    if var == "Y2":
        pinds = lambda p: [ind_exp(i, False) for i in p.inds if i.kind != "sat"]
        projects = [G.project_exp(p.name, p.budget, p.fiscal, p.executed, G.fmt_rate(p.rate, rs), p.sat, pinds(p))
                    for p in projs]
    elif var == "Y1":
        projects = [proj_exp(p, G.fmt_rate(p.rate, rs)) for p in projs]
    else:
        projects = [proj_exp(p, G.fmt_rate(p.rate, rs)) for p in projs]
    # 涉及资金 / 实际支出 / 总体执行率 are the evaluated projects' sums, not the department's budget: funds null
    exp = G.expected_doc(GEN, ctx, rid, f"{ctx['unit']}{title}", "项目支出自评", ctx["unit"], None, projects)
    return rid, txt, G.html_page(title, html), exp


# --------------------------------------------------------------------------------------------
# Layout 4: fenbiao — a workbook, sheet by sheet


def summary_sheet(projs, money, rs):
    t = Table()
    t.row("序号", "项目名称", f"全年预算数（{money.unit}）", f"全年执行数（{money.unit}）", "执行率", "自评得分", "自评等级")
    for k, p in enumerate(projs, 1):
        t.row(str(k), p.name, money.num(p.budget), money.num(p.executed), G.fmt_rate(p.rate, rs) + "%",
              trim(p.total), p.grade)
    return t


def nested_form_html(p, ctx, money, rate_s):
    """A form whose indicator block is a table nested in a cell of the outer table (a web system's page)."""
    m = money.num
    inner = Table()
    inner.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
    for i in p.inds:
        inner.row(i.l1, i.l2, i.name, ind_target(i), i.act(), i.weight, i.score)
    funds = Table()
    funds.row("", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    funds.row("年度资金总额", m(p.initial), m(p.budget), m(p.executed), "10", rate_s + "%", trim(p.ep))
    funds.row("其中：财政拨款", m(p.finit), m(p.fiscal), m(p.fexec), "—", "—", "—")
    funds.row("其他资金", m(p.oinit), m(p.other), m(p.oexec), "—", "—", "—")
    rows = [("项目名称", G.esc(p.name)), ("实施单位", G.esc(ctx["unit"])),
            (f"项目资金（{money.unit}）", G.table_html(funds)), ("绩效指标", G.table_html(inner)),
            ("总分", G.esc(trim(p.total)))]
    html = ('<table border="1" cellspacing="0" cellpadding="4">'
            + "".join(f"<tr><td>{G.esc(a)}</td><td>{b}</td></tr>" for a, b in rows) + "</table>")
    # a browser's copy: outer cells tab-separated, a nested table's rows each on a line of its own
    txt = "\n".join([f"项目名称\t{p.name}", f"实施单位\t{ctx['unit']}", f"项目资金（{money.unit}）\t" + G.flat_tabs(funds),
                     "绩效指标\t" + G.flat_tabs(inner), f"总分\t{trim(p.total)}"])
    return html, txt


def build_fenbiao(rng, ctx):
    var = G.cycle(ctx, ["W1", "W2", "W3"])
    money = Money({"W1": "yuan", "W2": "wan2", "W3": rng.choice(["wan2", "wan4"])}[var])
    projs = make_projects(rng, ctx, rng.choice([2, 3]), money)
    rs = rstyle(rng)
    rid = G.make_id("gh", ctx)
    book = f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评表.xlsx"
    title = f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评表"
    names = rng.choice([["封面", "汇总表"] + [f"项目{k + 1}" for k in range(len(projs))],
                        ["Sheet1", "Sheet2"] + [f"Sheet{k + 3}" for k in range(len(projs))],
                        ["封面", "汇总"] + [f"附表{k + 1}-{p.name[:6]}" for k, p in enumerate(projs)]])
    date = report_date(rng, ctx)
    sheets = []  # (sheet name, text, html)
    cover = [f"{ctx['year']}年度项目支出绩效自评表", f"单位名称：{ctx['unit']}", f"填报日期：{date}"]
    sheets.append((names[0], "\n".join(cover), "".join(G.P(x) for x in cover)))
    st = summary_sheet(projs, money, rs)
    sh = f"{ctx['year']}年度项目支出绩效自评结果汇总表"
    sheets.append((names[1], sh + "\n" + (flat_layout(st) if var == "W1" else G.flat_tabs(st)),
                   G.P(sh, center=True) + G.table_html(st, head=1)))
    for k, p in enumerate(projs):
        rt = G.fmt_rate(p.rate, rs)
        head = f"项目支出绩效自评表\n（{ctx['year']}年度）\n金额单位：{money.unit}"
        if var == "W3":
            h, tx = nested_form_html(p, ctx, money, rt)
            sheets.append((names[2 + k], head + "\n" + tx, "".join(G.P(x) for x in head.split("\n")) + h))
        else:
            t = form_table(p, ctx, money, rt)
            body = flat_layout(t) if var == "W1" else G.flat_tabs(t)
            sheets.append((names[2 + k], head + "\n" + body, "".join(G.P(x) for x in head.split("\n"))
                           + G.table_html(t)))
    parts, html = [], []
    for k, (nm, body, h) in enumerate(sheets, 1):
        if var == "W1":
            parts.append(f"{nm}\n\n{body}\n\n第 {k} 页，共 {len(sheets)} 页")
        elif var == "W2":
            parts.append(f"==== 工作表 {k}：{nm} ====\n{body}")
        else:
            parts.append(f"【{nm}】\n{body}")
        html.append(f'<h2 class="sheet">{G.esc(nm)}</h2>' + h)
    txt = ("\f" if var == "W1" else "\n\n").join(parts) + "\n"
    if var == "W2":
        txt = f"{book}\n\n" + txt
    exp = G.expected_doc(GEN, ctx, rid, title, "自评表", ctx["unit"], None,
                         [proj_exp(p, G.fmt_rate(p.rate, rs)) for p in projs])
    return rid, txt, G.html_page(book, html), exp


# --------------------------------------------------------------------------------------------
# Layout 5: zhenggai — rectification of last year's findings, this year's figures restated


def build_zhenggai(rng, ctx):
    var = G.cycle(ctx, ["R1", "R2", "R3"])
    money = Money(rng.choice(["wan2", "wan4"]))
    projs = make_projects(rng, ctx, rng.choice([2, 3]), money)
    rs = rstyle(rng)
    y, py = ctx["year"], ctx["year"] - 1
    rid = G.make_id("gh", ctx)
    title = f"{ctx['unit']}关于{py}年度绩效评价发现问题整改情况及{y}年度绩效自评结果应用的报告"
    date = report_date(rng, ctx)
    lines, html = [title, "", f"{ctx['county']}财政局：", ""], [G.H(title, 1), G.P(f"{ctx['county']}财政局：")]

    def para(s, head=False):
        lines.append(s)
        html.append(G.P(s, bold=head))

    para(f"根据{ctx['county']}财政局反馈的{py}年度项目支出绩效评价意见，我单位对评价发现的问题逐项制定整改措施，"
         f"落实整改责任，并将{y}年度绩效自评结果应用于预算安排。现将有关情况报告如下。")
    prevs = [prev_year(rng, p, money) for p in projs]
    problems = ["预算执行率偏低", "绩效目标设置不够细化", "资金支付进度滞后", "满意度调查样本不足"]
    ind_sc = var != "R2"
    if var == "R1":
        para("一、上年度问题整改情况", True)
        for k, p in enumerate(projs):
            pb, pe, pr = prevs[k]
            psat = trim(D(p.sat) - D(rng.randint(10, 60)) / 10)
            rt = G.fmt_rate(p.rate, rs)
            para(f"（{'一二三'[k]}）{p.name}", True)
            para(f"问题：{py}年度该项目{rng.choice(problems[::2])}，全年预算{money(pb)}，仅执行{money(pe)}，"
                 f"预算执行率为{G.fmt_rate(pr, rs)}%。")
            para("整改措施：建立支出进度月调度机制，对照绩效目标细化工作计划，按月通报资金支付进度。")
            para(f"整改成效：{y}年度该项目全年预算数{money(p.budget)}（其中财政拨款{money(p.fiscal)}），全年执行数"
                 f"{money(p.executed)}，预算执行率提高至{rt}%（上年为{G.fmt_rate(pr, rs)}%）；"
                 f"{ctx['sector']['sat']}由上年的{psat}%提升至{p.sat}%。")
            sents = []
            for i in p.inds:
                if i.kind == "sat":
                    continue
                if i.numeric:
                    last = trim(D(i.actual) * D(rng.randint(80, 97)) / 100) if i.kind in ("ge", "pct") and D(i.actual) > 0 else None
                    lastp = f"（上年为{last}{i.unit}）" if last and i.kind == "ge" and "." not in last else ""
                    sents.append(f"“{i.name}”年度目标{ind_target(i)}，{y}年实际完成{i.act()}{lastp}，得{i.score}分")
                else:
                    sents.append(f"“{i.name}”年度目标为{i.target}，实际{i.actual}，得{i.score}分")
            sat = [i for i in p.inds if i.kind == "sat"][0]
            sents.append(f"“{sat.name}”年度目标{ind_target(sat)}，得{sat.score}分")
            para(f"{y}年度绩效目标完成情况：" + "；".join(sents) + "。")
    elif var == "R2":
        para("一、整改情况", True)
        para(f"我单位{py}年度共有{len(projs)}个项目被指出问题，截至目前已全部整改到位，整改台账见下表。")
        t = Table()
        t.row("序号", "项目名称", f"存在问题（{py}年度）", "整改措施", "整改完成情况", f"{y}年度自评情况")
        for k, p in enumerate(projs):
            pb, pe, pr = prevs[k]
            rt = G.fmt_rate(p.rate, rs)
            t.row(str(k + 1), p.name, f"预算执行率{G.fmt_rate(pr, rs)}%，{rng.choice(problems[1:])}",
                  "细化绩效目标，加快支出进度", "已完成",
                  f"全年预算{money(p.budget)}，其中财政拨款{money(p.fiscal)}；执行{money(p.executed)}；执行率{rt}%；"
                  f"满意度{p.sat}%；自评得分{trim(p.total)}分")
        lines.append(G.flat_tabs(t))
        html.append(G.table_html(t, head=1))
        para(f"二、{y}年度主要绩效指标完成情况", True)
        for p in projs:
            para(f"{p.name}：" + "；".join(f"{i.name}年度指标值{ind_target(i)}，{'实际完成' if i.numeric else '实际'}{i.act()}"
                                          for i in p.inds) + "。")
    else:
        para("一、整改前后对比", True)
        for k, p in enumerate(projs):
            pb, pe, pr = prevs[k]
            psat = trim(D(p.sat) - D(rng.randint(10, 60)) / 10)
            t = Table()
            t.row("对比项目", f"{py}年度（整改前）", f"{y}年度（整改后）", "变化情况")
            t.row(f"全年预算数（{money.unit}）", money.num(pb), money.num(p.budget), "—")
            t.row(f"全年执行数（{money.unit}）", money.num(pe), money.num(p.executed), "—")
            t.row("预算执行率", G.fmt_rate(pr, rs) + "%", G.fmt_rate(p.rate, rs) + "%",
                  f"提高{trim(p.rate - pr)}个百分点")
            t.row("满意度", psat + "%", p.sat + "%", "提升")
            t.row("自评得分", trim(min(D(89), p.total - rng.randint(4, 9))), trim(p.total), "提升")
            cap = f"表{2 * k + 1} {p.name}整改前后对比表"
            para(cap, True)
            lines.append(flat_layout(t))
            html.append(G.table_html(t, head=1))
            para(f"该项目{y}年度全年预算数中，财政拨款{money(p.fiscal)}，其他资金{money(p.other)}。")
            cap2 = f"表{2 * k + 2} {p.name}{y}年度绩效指标完成情况"
            para(cap2, True)
            ti = ind_table_plain(p)
            lines.append(flat_layout(ti))
            html.append(G.table_html(ti, head=1))
    para("二、结果应用情况" if var != "R2" else "三、结果应用情况", True)
    para(f"对自评等级为“优”的项目，{y + 1}年度预算予以优先保障；对执行率低于90%的项目，相应压减下年度预算。")
    para(ctx["unit"])
    para(date)
    if var == "R1":
        txt = "\n".join(["当前位置：首页 > 信息公开 > 预算绩效", ""] + lines + ["", "【打印本页】【关闭窗口】"]) + "\n"
    elif var == "R2":
        txt = "\n".join(lines) + "\n"
    else:
        body = []
        for ln in lines:
            body.extend(ln.split("\n") if "\n" in ln or G.dw(ln) <= 78 else wrap_par(ln, 78, "" if ln == title else "　　"))
        txt = G.paginate(body, "", 44, [p.name for p in projs] + [title], "dash")
    projects = []
    for p in projs:
        if var == "R1":
            projects.append(proj_exp(p, G.fmt_rate(p.rate, rs)))
        elif var == "R2":
            projects.append(proj_exp(p, G.fmt_rate(p.rate, rs), scores=False))
        else:
            projects.append(proj_exp(p, G.fmt_rate(p.rate, rs)))
    if var == "R1":
        for pe_, p in zip(projects, projs):
            sat = [i for i in p.inds if i.kind == "sat"][0]
            for d in pe_["indicators"]:
                if d["name"] == sat.name:
                    d["actual"] = None  # the sentence gives the target and score; the value is the 满意度 above
    exp = G.expected_doc(GEN, ctx, rid, title, "项目支出自评", ctx["unit"], None, projects)
    return rid, txt, G.html_page(title, html), exp


# --------------------------------------------------------------------------------------------
# Layout 6: gongzhonghao — a WeChat article copied


def build_gongzhonghao(rng, ctx):
    var = G.cycle(ctx, ["V1", "V2", "V3"])
    money = Money(rng.choice(["wan2", "wan4"]))
    projs = make_projects(rng, ctx, rng.choice([2, 3, 4]), money)
    rs = rstyle(rng)
    y = ctx["year"]
    rid = G.make_id("gh", ctx)
    acct = f"{ctx['county'][:2] if len(ctx['county']) > 3 else ctx['county'].rstrip('县')}{ctx['sector']['short'].replace('县', '')}"
    title = rng.choice([f"晒成绩单！{y}年度项目绩效自评结果出炉", f"{y}年，每一分钱都花在了哪里？",
                        f"数说{y}｜{ctx['sector']['short']}项目支出绩效自评情况"])
    date = f"{y + 1}-0{rng.randint(3, 5)}-{rng.randint(10, 28)} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
    lines = [title, "", f"原创 {acct} {acct} {date} 发表于{ctx['prov']}", "", "点击蓝字 关注我们", ""]
    html = [G.H(title, 1), G.P(f"原创 {acct} {date}")]
    sep = {"V1": "—— ● ——", "V2": "■ ■ ■", "V3": "▼"}[var]
    basic = G.amount(rng, 1200000, 6000000, money.gran)
    db = basic + sum(p.budget for p in projs)
    de = G.part_of(rng, basic, 0.96, 1.0, money.gran) + sum(p.executed for p in projs)
    dr = G.rate(de, db)

    def add(s, bold=False, cap=False):
        lines.append(s)
        lines.append("")
        if cap:
            html.append(f'<p><img src="img{len(html)}.jpg" alt=""></p><p class="caption">{G.esc(s)}</p>')
        else:
            html.append(G.P(s, bold=bold))

    add(f"近日，{ctx['unit']}完成了{y}年度项目支出绩效自评工作。")
    add(f"{y}年，{'全局' if ctx['unit'].endswith('局') else '本单位'}部门预算总额{money(db)}，全年支出{money(de)}，")
    add(f"部门预算执行率达到{G.fmt_rate(dr, rs)}%。")
    add(f"共对{len(projs)}个项目开展了自评，一起来看看吧！")
    add(sep)
    for k, p in enumerate(projs):
        rt = G.fmt_rate(p.rate, rs)
        if var == "V1":
            add(f"● {p.name}", bold=True)
            add(f"全年预算：{money(p.budget)}", bold=True)
            add(f"其中财政拨款：{money(p.fiscal)}", bold=True)
            add(f"实际支出：{money(p.executed)}", bold=True)
            add(f"预算执行率：{rt}%", bold=True)
            for i in p.inds:
                if i.kind in ("ge",):
                    add(f"全年{i.name}{i.act()}，年度目标为{ind_target(i, True)}。")
                elif i.kind == "sat":
                    add(f"{i.name}达{i.actual}%。")
                elif i.kind in ("pct", "le", "zero"):
                    add(f"{i.name}{i.act()}（目标{ind_target(i)}）。")
                else:
                    add(f"{i.name}：{i.actual}（年度目标：{i.target}）。")
            add(f"▲{p.name}实施现场", cap=True)
        elif var == "V2":
            add(f"0{k + 1}｜{p.name}", bold=True)
            add(f"【全年预算】{money(p.budget)}")
            add(f"【财政拨款】{money(p.fiscal)}")
            add(f"【全年执行】{money(p.executed)}")
            add(f"【执行率】{rt}%")
            add(f"【自评得分】{trim(p.total)}分 等级：{p.grade}")
            for i in p.inds:
                add(f"▶ {i.name}：目标{ind_target(i)}，完成{i.act()}，得分{i.score}")
        else:
            add(f"▌{p.name}", bold=True)
            add(f"▲{y}年{p.name}全年预算{money(p.budget)}", cap=True)
            add(f"其中财政拨款{money(p.fiscal)}，")
            add(f"全年完成支出{money(p.executed)}，预算执行率{rt}%。", bold=True)
            for i in p.inds:
                if i.kind == "sat":
                    add(f"▲经问卷调查，{i.name}为{i.actual}%", cap=True)
                elif i.numeric:
                    add(f"{i.name}{i.act()}，")
                    add(f"年度指标值{ind_target(i)}，得{i.score}分。")
                else:
                    add(f"{i.name}：目标{i.target}，实际{i.actual}，得{i.score}分。")
        add(sep)
    add("下一步，我们将继续强化绩效管理，让每一笔财政资金都花得明白、用出实效。")
    add("END")
    tail = [f"来源：{ctx['unit']}", "编辑：李　　审核：王", "阅读原文", f"阅读 {rng.randint(200, 4000)}", "分享 收藏 点赞 在看"]
    lines += tail
    html += [G.P(x) for x in tail]
    txt = "\n".join(lines) + "\n"
    projects = []
    for p in projs:
        rate_s = G.fmt_rate(p.rate, rs)
        pe_ = proj_exp(p, rate_s, scores=(var != "V1"))
        if var != "V2":  # the satisfaction is a sentence (or a caption) without its target: not an indicator row
            pe_["indicators"] = [d for d, i in zip(pe_["indicators"], p.inds) if i.kind != "sat"]
        projects.append(pe_)
    funds = {"budget_total": G.yuan_exp(db), "executed_total": G.yuan_exp(de), "execution_rate_stated": G.fmt_rate(dr, rs)}
    exp = G.expected_doc(GEN, ctx, rid, title, "项目支出自评", ctx["unit"], funds, projects)
    return rid, txt, G.html_page(title, html), exp


# --------------------------------------------------------------------------------------------
# Driver

BUILDERS = {"saomiao": build_saomiao, "zongpai": build_zongpai, "yanshi": build_yanshi, "fenbiao": build_fenbiao,
            "zhenggai": build_zhenggai, "gongzhonghao": build_gongzhonghao}


def make_ctx(rng, i, layout, seed):
    prov, ppy, county, cpy = PLACES[(i + seed) % len(PLACES)]
    sector = SECTORS[(i + seed // 7) % len(SECTORS)]
    return {"index": i, "layout": layout, "seed": seed, "prov": prov, "ppy": ppy, "county": county, "cpy": cpy,
            "unit_py": sector["py"], "sector": sector, "unit": f"{county}{sector['unit']}",
            "year": rng.choice([2021, 2022, 2023, 2024])}


def main(argv):
    args = G.parse_args(argv, __doc__, SEED)
    tally = G.new_tally()
    by_layout = {}

    def each(layout, exp):
        t = G.new_tally()
        G.count_figures(exp, t)
        G.count_figures(exp, tally)
        by_layout[layout] = by_layout.get(layout, 0) + sum(t[k] for k in G.SCORED_KINDS)

    bad = G.write_and_check(GEN, args.out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS,
                            lambda e: G.self_check(e, strict=True), each)
    scored = sum(tally[k] for k in G.SCORED_KINDS)
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in G.SCORED_KINDS + ("indicators",)))
    print("figures by layout: " + ", ".join(f"{k} {v}" for k, v in by_layout.items()))
    print(G.summary_line(GEN, args.count, args.out, scored, tally['dept_figures'], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
