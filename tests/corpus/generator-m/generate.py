#!/usr/bin/env python3
"""Generator M: 预算绩效自评报告 as browsers and print dialogs make PDFs, with expected documents.

Usage: generate.py OUT [-n N] [--seed S] [--no-convert]
Writes each report as an HTML page (OUT/html/<id>.html: a government site's publication page or a document-like
page) and prints it the ways the tools people use do: Chromium's print-to-PDF (with or without the browser's own
header and footer), a GNOME print dialog's cairo re-print of that PDF (`pdftocairo -pdf`), and LibreOffice printing
a DOCX made from the page. For N reports (five layouts cycled: article, portal, landscape, special, wordprint)
it writes OUT/<id>.pdf (and OUT/<id>-cairo.pdf for portal and special, an id of its own) and
OUT/<id>.expected.json; every expected figure and indicator name is then looked for in `pdftotext -layout` of
every PDF (texts in OUT/check/); problems are printed and the exit status is 1.
Python 3 standard library only; the HTML and expected documents are the same bytes for a seed (no clock, no hash
order); the PDFs carry the tools' time stamps.
"""
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (D, Indicator, spec_indicators, stacked, pdftext, consistency, soffice, C, Table, q2, trim, fmt_wan, fmt_yuan, rate, amount, part_of,  # noqa: E402
                    grade_of, esc, expected_doc, project_exp, self_check, new_tally,
                    count_figures, parse_args, SCORED_KINDS, missing_indicator_names)
from corpus_check import missing_figures  # noqa: E402

GEN = "generator-m"
SEED = 20270111
LAYOUTS = ["article", "portal", "landscape", "special", "wordprint"]
CAIRO = ("portal", "special")      # layouts whose Chromium PDF is also re-printed through cairo

# --------------------------------------------------------------------------------------------
# Places: 30 counties in 30 provinces, none of them in the other generators' READMEs or generate.py

PLACES = [
    ("bj", "北京", "怀柔区", "怀柔", "huairou"), ("tj", "天津", "静海区", "静海", "jinghai"),
    ("he", "河北", "大厂回族自治县", "大厂", "dachang"), ("sx", "山西", "灵丘县", "灵丘", "lingqiu"),
    ("nm", "内蒙古", "四子王旗", "四子王旗", "siziwang"), ("ln", "辽宁", "清原满族自治县", "清原", "qingyuan"),
    ("jl", "吉林", "图们市", "图们", "tumen"), ("hl", "黑龙江", "嘉荫县", "嘉荫", "jiayin"),
    ("sh", "上海", "奉贤区", "奉贤", "fengxian"), ("js", "江苏", "金湖县", "金湖", "jinhu"),
    ("zj", "浙江", "庆元县", "庆元", "qingyuanzj"), ("ah", "安徽", "宁国市", "宁国", "ningguo"),
    ("fj", "福建", "平和县", "平和", "pinghe"), ("jx", "江西", "安远县", "安远", "anyuan"),
    ("sd", "山东", "莒南县", "莒南", "junan"), ("ha", "河南", "内乡县", "内乡", "neixiang"),
    ("hb", "湖北", "鹤峰县", "鹤峰", "hefeng"), ("hn", "湖南", "汝城县", "汝城", "rucheng"),
    ("gd", "广东", "始兴县", "始兴", "shixing"), ("gx", "广西", "德保县", "德保", "debao"),
    ("hi", "海南", "屯昌县", "屯昌", "tunchang"), ("sc", "四川", "兴文县", "兴文", "xingwen"),
    ("gz", "贵州", "剑河县", "剑河", "jianhe"), ("yn", "云南", "孟连傣族拉祜族佤族自治县", "孟连", "menglian"),
    ("xz", "西藏", "吉隆县", "吉隆", "jilong"), ("sn", "陕西", "宁陕县", "宁陕", "ningshan"),
    ("gs", "甘肃", "碌曲县", "碌曲", "luqu"), ("qh", "青海", "同德县", "同德", "tongde"),
    ("nx", "宁夏", "盐池县", "盐池", "yanchi"), ("xj", "新疆", "青河县", "青河", "qinghe"),
]

# --------------------------------------------------------------------------------------------
# Sectors: six, three projects each. Indicator specs as generator L's: (二级, name, "ge"/"le", unit, lo, hi),
# (二级, name, "pct", "%", (targets)), (二级, name, "zero", unit), (二级, name, "time", target),
# (二级, name, "qual", target, partly). 数量/质量/时效/成本 are 产出指标, the rest 效益指标.

SECTORS = {
    "wlj": ("文化广电旅游局", [
        ("公共文化服务体系建设专项资金", [
            ("数量指标", "送戏下乡演出场次", "ge", "场", 40, 200), ("数量指标", "开展农家书屋图书更新补充", "ge", "册", 3000, 20000),
            ("数量指标", "乡镇综合文化站免费开放数量", "ge", "个", 8, 20), ("质量指标", "基层文化设施正常运行率", "pct", "%", (95,)),
            ("时效指标", "送戏下乡任务完成时间", "time", "11月底前完成"), ("社会效益指标", "群众参与文化活动人次", "ge", "万人次", 2, 20),
            ("可持续影响指标", "公共文化服务长效运行机制", "qual", "逐步健全", "初步建立")], "基层群众满意度"),
        ("文物保护单位修缮及安防经费", [
            ("数量指标", "修缮文物保护单位", "ge", "处", 2, 8), ("数量指标", "安装文物安防监控点位", "ge", "个", 20, 120),
            ("质量指标", "修缮工程验收合格率", "pct", "%", (100,)), ("时效指标", "修缮工程完工时间", "time", "12月底前完工"),
            ("社会效益指标", "文物安全事故", "zero", "起"),
            ("可持续影响指标", "文物本体及历史风貌", "qual", "得到有效保护", "基本得到保护")], "周边群众满意度"),
        ("广播电视户户通运维经费", [
            ("数量指标", "维修户户通设备", "ge", "户", 500, 3000), ("质量指标", "广播电视综合人口覆盖率", "pct", "%", (99,)),
            ("时效指标", "故障报修响应时间", "le", "小时", 24, 48), ("成本指标", "户均维护成本", "le", "元", 60, 150),
            ("社会效益指标", "农村群众收听收看条件", "qual", "明显改善", "有所改善")], "农村用户满意度"),
    ]),
    "jgj": ("机关事务管理局", [
        ("公共机构节能改造经费", [
            ("数量指标", "完成节能改造公共机构", "ge", "家", 5, 30), ("数量指标", "更换LED节能灯具", "ge", "盏", 800, 6000),
            ("质量指标", "改造项目验收合格率", "pct", "%", (100,)), ("时效指标", "节能改造完成时间", "time", "10月底前完成"),
            ("经济效益指标", "年节约电费", "ge", "万元", 10, 80), ("生态效益指标", "单位建筑面积能耗下降率", "pct", "%", (2, 3)),
            ("可持续影响指标", "节约型机关创建", "qual", "持续推进", "逐步推进")], "公共机构干部职工满意度"),
        ("集中办公区物业管理经费", [
            ("数量指标", "物业服务面积", "ge", "平方米", 20000, 90000), ("数量指标", "保障会议服务", "ge", "场次", 300, 1500),
            ("质量指标", "物业服务考核达标率", "pct", "%", (95,)), ("成本指标", "每平方米物业服务费", "le", "元", 18, 36),
            ("社会效益指标", "办公区安全责任事故", "zero", "起")], "入驻单位满意度"),
        ("公务用车平台运行维护经费", [
            ("数量指标", "平台保障公务出行", "ge", "车次", 2000, 9000), ("质量指标", "车辆派遣及时率", "pct", "%", (98,)),
            ("成本指标", "单车年均运行费用", "le", "万元", 2, 5), ("时效指标", "用车申请审批时限", "le", "小时", 2, 4),
            ("社会效益指标", "公务出行保障能力", "qual", "明显提升", "有所提升")], "用车单位满意度"),
    ]),
    "slj": ("水利局", [
        ("小型水库维修养护资金", [
            ("数量指标", "维修养护小型水库", "ge", "座", 6, 30), ("数量指标", "更新水雨情自动监测设施", "ge", "套", 6, 30),
            ("质量指标", "维修养护工程合格率", "pct", "%", (100,)), ("时效指标", "维修养护完成时间", "time", "汛前完成"),
            ("社会效益指标", "水库安全度汛", "qual", "安全度汛", "基本安全度汛"),
            ("社会效益指标", "垮坝事故", "zero", "起")], "受益群众满意度"),
        ("农村饮水安全工程维修养护经费", [
            ("数量指标", "维修农村供水工程", "ge", "处", 20, 100), ("数量指标", "受益农村人口", "ge", "万人", 1, 12),
            ("质量指标", "农村自来水普及率", "pct", "%", (90, 95)), ("质量指标", "水质检测合格率", "pct", "%", (95,)),
            ("时效指标", "维修问题处置时限", "le", "天", 3, 7), ("可持续影响指标", "工程良性运行机制", "qual", "基本建立", "初步建立")],
         "农村饮水群众满意度"),
        ("河湖长制工作经费", [
            ("数量指标", "开展河湖巡查", "ge", "次", 800, 4000), ("数量指标", "清理河道垃圾", "ge", "吨", 200, 1500),
            ("质量指标", "河湖问题整改销号率", "pct", "%", (95, 100)), ("生态效益指标", "主要河流断面水质达标率", "pct", "%", (90, 100)),
            ("社会效益指标", "河湖面貌", "qual", "持续改善", "有所改善")], "沿河群众满意度"),
    ]),
    "rfb": ("人民防空办公室", [
        ("人防警报设施建设维护经费", [
            ("数量指标", "新建人防警报器", "ge", "台", 3, 15), ("数量指标", "维护在用警报器", "ge", "台", 20, 80),
            ("质量指标", "警报器鸣响率", "pct", "%", (98,)), ("时效指标", "防空警报试鸣完成时间", "time", "9月第三个星期六完成"),
            ("社会效益指标", "城区警报音响覆盖率", "pct", "%", (95,))], "城区居民满意度"),
        ("人防宣传教育经费", [
            ("数量指标", "开展人防知识进学校活动", "ge", "场次", 10, 50), ("数量指标", "发放宣传资料", "ge", "份", 5000, 30000),
            ("质量指标", "中学生人防知识教育普及率", "pct", "%", (90, 95)), ("时效指标", "宣传周活动完成时间", "time", "按期完成"),
            ("社会效益指标", "群众防空防灾意识", "qual", "明显增强", "有所增强")], "参与群众满意度"),
        ("人防工程维护管理经费", [
            ("数量指标", "检查维护人防工程", "ge", "处", 10, 60), ("质量指标", "人防工程完好率", "pct", "%", (90, 95)),
            ("成本指标", "每平方米维护成本", "le", "元", 4, 12), ("社会效益指标", "人防工程安全事故", "zero", "起"),
            ("可持续影响指标", "平战结合利用水平", "qual", "稳步提升", "有所提升")], "工程使用单位满意度"),
    ]),
    "qxj": ("气象局", [
        ("气象灾害监测预警体系建设经费", [
            ("数量指标", "新建区域自动气象站", "ge", "个", 4, 20), ("数量指标", "发布气象灾害预警信号", "ge", "次", 30, 150),
            ("质量指标", "自动站数据到报率", "pct", "%", (98,)), ("时效指标", "预警信号提前发布时间", "ge", "分钟", 15, 45),
            ("社会效益指标", "预警信息公众覆盖率", "pct", "%", (95,))], "社会公众满意度"),
        ("人工影响天气作业经费", [
            ("数量指标", "开展人工增雨防雹作业", "ge", "次", 20, 120), ("数量指标", "作业影响面积", "ge", "平方公里", 500, 3000),
            ("质量指标", "作业安全事故", "zero", "起"), ("时效指标", "作业申请批复时限", "le", "分钟", 10, 30),
            ("经济效益指标", "减少农业经济损失", "ge", "万元", 200, 1500)], "农户满意度"),
        ("为农气象服务经费", [
            ("数量指标", "发布农业气象服务产品", "ge", "期", 40, 200), ("数量指标", "建设乡村气象信息服务站", "ge", "个", 5, 30),
            ("质量指标", "农业气象服务产品准确率", "pct", "%", (85, 90)),
            ("社会效益指标", "新型农业经营主体气象服务覆盖率", "pct", "%", (80, 85))], "新型农业经营主体满意度"),
    ]),
    "lsj": ("粮食和物资储备中心", [
        ("县级储备粮轮换费用补贴资金", [
            ("数量指标", "轮换县级储备粮", "ge", "吨", 1000, 8000), ("质量指标", "储备粮质量达标率", "pct", "%", (100,)),
            ("时效指标", "储备粮轮换完成时间", "time", "10月底前完成"), ("成本指标", "每吨轮换费用补贴", "le", "元", 80, 160),
            ("社会效益指标", "粮食市场价格", "qual", "保持稳定", "基本稳定")], "承储企业满意度"),
        ("粮食仓储设施维修改造资金", [
            ("数量指标", "维修改造仓容", "ge", "万吨", 1, 6), ("数量指标", "新增低温储粮仓", "ge", "个", 2, 8),
            ("质量指标", "维修改造工程验收合格率", "pct", "%", (100,)), ("时效指标", "维修改造完成时间", "time", "夏粮收购前完成"),
            ("可持续影响指标", "绿色储粮技术应用", "qual", "稳步推广", "逐步推广")], "仓储企业满意度"),
        ("应急物资储备管理经费", [
            ("数量指标", "储备应急生活物资", "ge", "件（套）", 2000, 12000), ("质量指标", "储备物资账实相符率", "pct", "%", (100,)),
            ("时效指标", "应急物资调运到达时间", "le", "小时", 6, 12), ("社会效益指标", "应急保障能力", "qual", "明显增强", "有所增强")],
         "受助群众满意度"),
    ]),
}
SECTOR_KEYS = ["wlj", "jgj", "slj", "rfb", "qxj", "lsj"]
POOL = [
    ("质量指标", "资金使用合规率", "pct", "%", (100,)), ("时效指标", "资金拨付及时率", "pct", "%", (90, 95)),
    ("成本指标", "预算成本控制率", "lepct", "%", (100,)), ("质量指标", "项目档案资料完整率", "pct", "%", (95, 100)),
    ("社会效益指标", "政策宣传知晓率", "pct", "%", (85, 90)), ("可持续影响指标", "项目运行管护机制", "qual", "健全", "逐步健全"),
    ("可持续影响指标", "项目持续发挥效益年限", "ge", "年", 3, 10),
]
TIME_DONE = {"11月底前完成": "11月完成", "12月底前完工": "已按期完工", "10月底前完成": "已按期完成", "汛前完成": "汛前已完成",
             "9月第三个星期六完成": "已按时试鸣", "按期完成": "已按期完成", "夏粮收购前完成": "已按时完成"}
OUTPUT_L2 = ("数量指标", "质量指标", "时效指标", "成本指标")
DEV_REASON = ["受项目实施进度影响，部分任务未能在年度内全部完成，下一步将加强调度，确保按计划推进并在次年一季度前完成剩余任务",
              "年初目标设定时对实际需求测算不够充分，实际需求低于预期，下一年度编制预算时将据实调整绩效目标值",
              "部分工作受汛期降雨、低温天气等客观因素影响延后实施，已督促实施单位加快进度，完善应急预案",
              "满意度调查中群众对服务便利性仍有意见，将进一步优化服务流程，扩大服务覆盖面，提高群众获得感"]
PROBLEMS = ["绩效目标设置不够细化，部分指标偏重工作过程，难以全面反映项目实施效果",
            "预算执行进度前慢后快，部分资金集中在第四季度支付",
            "项目实施过程中佐证资料收集不够及时、不够系统",
            "满意度调查样本偏少，调查方式较为单一"]
MEASURES = ["编制下一年度预算时同步细化量化绩效目标，增加反映效益的指标",
            "按月调度项目资金支付进度，对支付滞后的项目及时督促",
            "建立项目绩效档案，过程资料随时归集、及时整理",
            "扩大满意度调查范围，采用线上问卷与电话回访相结合的方式"]
AUTHORS = ["孙晓燕", "马建军", "黄丽华", "郭鹏", "何静", "罗志强", "高雪", "林峰"]
CN = "一二三四五六七八九十"

# --------------------------------------------------------------------------------------------
# Indicators and projects


class Ind(Indicator):
    def tgt(self):
        k, t, u = self.kind, self.target, self.unit
        if k in ("ge", "pct", "sat"):
            return f"≥{t}{u}"
        if k in ("le", "lepct"):
            return f"≤{t}{u}"
        if k == "zero":
            return f"={t}{u}"
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
    return spec_indicators(rng, specs, satname, POOL, Ind, OUTPUT_L2, TIME_DONE, 0.75, n_lo, n_hi)


def make_money(rng, gran, lo=150000, hi=3600000):
    """全年预算数 = 当年财政拨款 + 上年结转资金 + 其他资金; executed per source within it."""
    budget = amount(rng, lo, hi, gran)
    carry = part_of(rng, budget, 0.05, 0.2, gran) if rng.random() < 0.4 else 0
    other = part_of(rng, budget, 0.05, 0.15, gran) if rng.random() < 0.3 else 0
    fiscal = budget - carry - other
    ef = fiscal if rng.random() < 0.3 else part_of(rng, fiscal, 0.78, 0.995, gran)
    ec = carry if rng.random() < 0.6 else part_of(rng, carry, 0.5, 0.99, gran)
    eo = other if rng.random() < 0.5 else part_of(rng, other, 0.6, 0.99, gran)
    executed = max(ef + ec + eo, gran)
    adj = rng.choice([0, 0, part_of(rng, fiscal, 0.03, 0.2, gran), -part_of(rng, fiscal, 0.02, 0.1, gran)])
    init = fiscal - adj + other
    return {"budget": budget, "fiscal": fiscal, "carry": carry, "other": other, "executed": executed,
            "ef": ef, "ec": ec, "eo": eo, "init": init, "init_f": fiscal - adj, "rate": rate(executed, budget)}


def make_project(rng, spec, gran, n_lo=5, n_hi=12, lo=150000, hi=3600000):
    name, specs, satname = spec
    inds = make_indicators(rng, specs, satname, n_lo, n_hi)
    p = make_money(rng, gran, lo, hi)
    p.update(name=name, inds=inds, sat=inds[-1].actual, satname=satname)
    p["exec_score"] = q2(min(p["rate"], D(100)) / 10)
    p["total"] = q2(p["exec_score"] + sum(D(i.score) for i in inds))
    p["grade"] = grade_of(p["total"])
    first = inds[0]
    p["goal"] = (f"完成{first.name}{first.tgt()}等年度任务，{inds[-2].name}达到预期目标，"
                 f"{satname}达到{inds[-1].target}%以上。")
    p["done"] = f"全年{first.name}{first.act_s()}，项目总体按计划实施，{satname}为{inds[-1].actual}%。"
    return p


def make_projects(rng, ctx, n, gran, n_lo=5, n_hi=12, lo=150000, hi=3600000):
    specs = SECTORS[ctx["key"]][1]
    pick = sorted(rng.sample(range(len(specs)), n))
    return [make_project(rng, specs[k], gran, n_lo, n_hi, lo, hi) for k in pick]


def proj_exp(p, fiscal=True):
    return project_exp(p["name"], p["budget"], p["fiscal"] if fiscal else None, p["executed"], f"{p['rate']:.2f}",
                       p["sat"], [i.exp() for i in p["inds"]])


def make_ctx(rng, i, layout, seed):
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    ppy, prov, cfull, short, cpy = PLACES[order[i % len(PLACES)]]
    key = SECTOR_KEYS[(i + i // len(LAYOUTS)) % len(SECTOR_KEYS)]
    year = rng.randint(2019, 2025)
    unit = cfull + SECTORS[key][0]
    fill = date(year + 1, rng.randint(2, 5), rng.randint(1, 28))
    pub = date(fill.year, min(fill.month + rng.randint(1, 3), 12), rng.randint(1, 28))
    return {"index": i, "layout": layout, "seed": seed, "ppy": ppy, "prov": prov, "cfull": cfull, "short": short,
            "cpy": cpy, "key": key, "unit": unit, "year": year, "fill": fill,
            "fill_s": f"{fill.year}年{fill.month}月{fill.day}日", "pub": pub,
            "author": rng.choice(AUTHORS), "phone": f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}",
            "variant": (i // len(LAYOUTS)) % 2}


def rid_of(ctx):
    return f"gm{ctx['index'] + 1:02d}-{ctx['ppy']}-{ctx['cpy']}-{ctx['key']}-{ctx['year']}.{ctx['layout']}"


# --------------------------------------------------------------------------------------------
# HTML


def wan(fen):
    return fmt_wan(fen)


def yuan(fen):
    return fmt_yuan(fen)


def table_html(t, head=0, cls="", widths=None, style=""):
    """A <table> with CSS borders; the first `head` rows as <th> in a <thead> (Chromium repeats it on every page
    the table runs onto); widths: a <colgroup> of CSS widths."""
    t.grid()
    out = [f'<table class="{cls}"{f" style={chr(34)}{style}{chr(34)}" if style else ""}>']
    if widths:
        out.append("<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup>")
    for k, row in enumerate(t.rows):
        if k == 0 and head:
            out.append("<thead>")
        tag = "th" if k < head else "td"
        cells = []
        for c in row:
            attrs = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            cells.append(f"<{tag}{attrs}>{esc(c.text).replace(chr(10), '<br>')}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
        if head and k == head - 1:
            out.append("</thead><tbody>")
    if head:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


BASE_CSS = """
body { font-family: "Noto Serif CJK SC", "SimSun", serif; font-size: 15px; line-height: 1.7; color: #000; }
p { margin: 0.3em 0; text-align: justify; text-indent: 2em; }
h1 { font-size: 22px; text-align: center; margin: 0.6em 0; }
h2 { font-size: 17px; margin: 0.8em 0 0.3em 0; }
h3 { font-size: 15px; margin: 0.6em 0 0.3em 0; }
table { border-collapse: collapse; margin: 0.4em auto; font-size: 12px; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 3px 4px; text-align: center; vertical-align: middle; }
td.l, th.l { text-align: left; }
.cap { text-align: center; font-weight: bold; text-indent: 0; margin-top: 0.8em; }
.unitline { text-align: right; font-size: 12px; text-indent: 0; }
.sign { text-align: right; text-indent: 0; }
"""

PORTAL_CSS = """
body { margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
.top { background: #b51d1d; color: #fff; padding: 10px 24px; font-size: 24px; font-weight: bold; }
.nav { background: #8f1414; color: #fff; padding: 5px 24px; font-size: 14px; word-spacing: 1.2em; }
.crumb { font-size: 13px; padding: 8px 24px; border-bottom: 1px dotted #999; }
.main { width: 92%; margin: 0 auto; }
.meta { text-align: center; font-size: 12px; color: #555; border-bottom: 1px solid #ddd; padding-bottom: 6px; }
.tools { text-align: right; font-size: 13px; margin: 1em 0; }
.foot { border-top: 3px solid #b51d1d; margin-top: 2em; text-align: center; font-size: 12px; color: #333;
        line-height: 1.8; padding-top: 8px; }
.twocol { column-count: 2; column-gap: 2.5em; column-rule: 1px solid #ccc; }
.gkml { width: 100%; font-size: 12px; margin: 0.5em 0 1em 0; }
.gkml td { border: 1px solid #c9c9c9; text-align: left; }
"""


def page(title, css, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n"
            f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head><body>\n" + "\n".join(body) +
            "\n</body></html>\n")


def P(text, cls=None):
    return f'<p class="{cls}">{esc(text)}</p>' if cls else f"<p>{esc(text)}</p>"


def portal_wrap(ctx, title, article, rng, source):
    """A county government site's publication page around the article."""
    cf, year = ctx["cfull"], ctx["pub"]
    views = rng.randint(120, 4800)
    hh, mm = rng.randint(8, 17), rng.randint(0, 59)
    icp = f"{ctx['prov'][:1]}ICP备{rng.randint(10000000, 19999999)}号-{rng.randint(1, 3)}"
    code = f"{rng.randint(1000000000, 9999999999)}"
    out = [f'<div class="top">{esc(cf)}人民政府</div>',
           '<div class="nav">首页 | 政务公开 | 政务服务 | 互动交流 | 走进' + esc(ctx["short"]) + ' | 专题专栏</div>',
           '<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 法定主动公开内容 &gt; 财政预决算 &gt; 部门预决算</div>',
           '<div class="main">']
    if ctx.get("gkml"):
        out.append('<table class="gkml"><tr><td>索引号：' + f"{rng.randint(10000000, 99999999)}/{year.year}-{rng.randint(10000, 99999)}" +
                   f'</td><td>发布机构：{esc(source)}</td></tr><tr><td>主题分类：财政、审计</td>'
                   f'<td>发文日期：{year.year}年{year.month}月{year.day}日</td></tr>'
                   f'<tr><td colspan="2">名称：{esc(title)}</td></tr></table>')
    out += [f"<h1>{esc(title)}</h1>",
            f'<div class="meta">发布时间：{year.isoformat()} {hh:02d}:{mm:02d}　　来源：{esc(source)}　　'
            f'浏览次数：{views}　　字号：[ 大 中 小 ]</div>']
    out += article
    out += ['<div class="tools">【打印本页】　【关闭窗口】</div>', "</div>",
            f'<div class="foot">主办单位：{esc(cf)}人民政府办公室　　承办：{esc(cf)}融媒体中心<br>'
            f'ICP备案号：{icp}　　网站标识码：{code}<br>联系电话：{esc(ctx["phone"])}　　建议使用1920×1080分辨率浏览</div>']
    return out


# --------------------------------------------------------------------------------------------
# The national 自评表, as a two-part form (basic facts / indicators with a repeated header row)


def l1_groups(inds):
    """(l1, [(l2, [inds])]) in order."""
    out = []
    for i in inds:
        if not out or out[-1][0] != i.l1:
            out.append((i.l1, []))
        g = out[-1][1]
        if not g or g[-1][0] != i.l2:
            g.append((i.l2, []))
        g[-1][1].append(i)
    return out


def form_top(p, ctx, m, unit_s, narrow):
    """项目名称 … 年度总体目标 (9 columns). narrow: the unit in every money header cell, (万元) wrapping."""
    t = Table()
    t.row(C("项目名称", cs=2), C(p["name"], cs=7))
    t.row(C("主管部门", cs=2), C(ctx["unit"], cs=3), C("实施单位", cs=2), C(ctx["unit"], cs=2))
    hu = f"（{unit_s}）" if narrow else ""
    t.row(C(f"项目资金{'' if narrow else '（' + unit_s + '）'}", rs=5, cs=2), "", f"年初预算数{hu}", f"全年预算数{hu}",
          f"全年执行数{hu}", "分值", "执行率", "得分")
    t.row("年度资金总额", m(p["init"]), m(p["budget"]), m(p["executed"]), "10", f"{p['rate']:.2f}%", trim(p["exec_score"]))
    t.row("其中：当年财政拨款", m(p["init_f"]), m(p["fiscal"]), m(p["ef"]), C("—", cs=3))
    t.row("上年结转资金", m(0) if p["carry"] else "—", m(p["carry"]) if p["carry"] else "—",
          m(p["ec"]) if p["carry"] else "—", C("—", cs=3))
    t.row("其他资金", m(p["other"]) if p["other"] else "—", m(p["other"]) if p["other"] else "—",
          m(p["eo"]) if p["other"] else "—", C("—", cs=3))
    t.row(C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4))
    t.row(C(p["goal"], cs=4), C(p["done"], cs=4))
    return t


def indicator_rows(p, name_cs, reason_cs):
    """The indicator block's rows: 一级 and 二级 spanning their groups, the name over name_cs columns,
    a deviation reason (over reason_cs) on each row below its weight."""
    rows = []
    k = 0
    for l1, groups in l1_groups(p["inds"]):
        n1 = sum(len(g) for _, g in groups)
        first1 = True
        for l2, g in groups:
            first2 = True
            for i in g:
                cells = []
                if first1:
                    cells.append(C(l1, rs=n1))
                    first1 = False
                if first2:
                    cells.append(C(l2, rs=len(g)))
                    first2 = False
                reason = "" if i.full else DEV_REASON[k % len(DEV_REASON)]
                k += 0 if i.full else 1
                name = i.name if name_cs == 1 else C(i.name, cs=name_cs)
                cells += [name, i.tgt(), i.act_s(), i.weight, i.score, C(reason, cs=reason_cs)]
                rows.append(cells)
    return rows


def form_inds(p, reason_cs=2):
    t = Table()
    t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", C("偏差原因分析及改进措施", cs=reason_cs))
    for cells in indicator_rows(p, 1, reason_cs):
        t.row(*cells)
    t.row(C("总分", cs=5), "100", trim(p["total"]), C(f"自评等级：{p['grade']}", cs=reason_cs))
    return t


FORM_W = ["5.5em", "6em", "11em", "7.5em", "7em", "4.2em", "4.6em", "5em", "7em"]


def form_html(p, ctx, m, unit_s, narrow=True):
    top = form_top(p, ctx, m, unit_s, narrow)
    inds = form_inds(p)
    return (table_html(top, 0, "form", FORM_W, "margin-bottom:0;width:100%") + "\n" +
            table_html(inds, 1, "form", FORM_W, "margin-top:-1px;width:100%"))


def para_money(p, m, u):
    src = [f"当年财政拨款{m(p['fiscal'])}{u}"]
    if p["carry"]:
        src.append(f"上年结转资金{m(p['carry'])}{u}")
    if p["other"]:
        src.append(f"其他资金{m(p['other'])}{u}")
    return (f"该项目全年预算数{m(p['budget'])}{u}，其中" + "、".join(src) + f"。全年执行数{m(p['executed'])}{u}，"
            f"预算执行率{p['rate']:.2f}%。")


def para_inds(p):
    unmet = [i for i in p["inds"] if not i.full]
    return (f"该项目共设置三级指标{len(p['inds'])}个，" +
            (f"{len(p['inds']) - len(unmet)}个指标全部完成，{len(unmet)}个指标未完全达到年度目标。" if unmet
             else "各项指标均已完成。") + f"经问卷调查，{p['satname']}为{p['sat']}%。")


# --------------------------------------------------------------------------------------------
# Layouts


def build_article(rng, ctx):
    """A document-like page: a unit's 项目支出绩效自评报告, 1-2 projects, each with the national 自评表."""
    n = rng.choice([1, 2, 2])
    ps = make_projects(rng, ctx, n, 10000, 6, 12)
    unit = ctx["unit"]
    title = f"{unit}{ctx['year']}年度项目支出绩效自评报告"
    body = [f"<h1>{esc(title)}</h1>",
            P(f"根据{ctx['cfull']}财政局《关于开展{ctx['year']}年度部门预算项目支出绩效自评工作的通知》要求，我单位对"
              f"{n}个项目开展了绩效自评。现将有关情况报告如下：")]
    for k, p in enumerate(ps):
        body.append(f"<h2>{CN[k]}、{esc(p['name'])}</h2>")
        body.append("<h3>（一）项目基本情况</h3>")
        body.append(P(f"{p['name']}由{unit}组织实施。{p['goal']}"))
        body.append("<h3>（二）项目资金投入及使用情况</h3>")
        body.append(P(para_money(p, wan, "万元")))
        body.append("<h3>（三）绩效目标完成情况</h3>")
        body.append(P(para_inds(p)))
        body.append("<h3>（四）自评结论</h3>")
        body.append(P(f"经自评，该项目得分{trim(p['total'])}分，自评等级为“{p['grade']}”。"))
        body.append(P(f"附表{k + 1}　{p['name']}绩效自评表", "cap"))
        body.append(P(f"填报单位：{unit}", "unitline"))
        body.append(form_html(p, ctx, wan, "万元"))
    body.append(f"<h2>{CN[n]}、存在的问题及改进措施</h2>")
    pk = rng.sample(range(4), 2)
    body.append(P("一是" + PROBLEMS[pk[0]] + "；二是" + PROBLEMS[pk[1]] + "。"))
    body.append(P("下一步，我单位将" + MEASURES[pk[0]] + "，" + MEASURES[pk[1]] + "。"))
    body.append(P(unit, "sign"))
    body.append(P(ctx["fill_s"], "sign"))
    html = page(title, BASE_CSS + "body{margin:0 1.5em}", body)
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "项目支出自评", unit, None, [proj_exp(p) for p in ps])
    return html, exp, {"header_footer": True}


def dept_table(ps, basic, m, u):
    t = Table()
    t.row("序号", "项目", f"全年预算数（{u}）", f"其中：财政拨款（{u}）", f"全年执行数（{u}）", "执行率")
    t.row("1", "基本支出", m(basic["budget"]), m(basic["fiscal"]), m(basic["executed"]), f"{rate(basic['executed'], basic['budget']):.2f}%")
    for k, p in enumerate(ps):
        t.row(str(k + 2), p["name"], m(p["budget"]), m(p["fiscal"]), m(p["executed"]), f"{p['rate']:.2f}%")
    return t


def build_portal(rng, ctx):
    """A county site's page: a 部门整体支出绩效自评报告 with 部门预算执行情况表 and the projects' 自评表."""
    n = rng.choice([1, 2])
    ps = make_projects(rng, ctx, n, 10000, 5, 10, 150000, 2400000)
    unit = ctx["unit"]
    bfis = amount(rng, 1500000, 9000000, 10000)
    basic = {"budget": bfis, "fiscal": bfis, "executed": bfis if rng.random() < 0.5 else part_of(rng, bfis, 0.95, 0.995, 10000)}
    tb = basic["budget"] + sum(p["budget"] for p in ps)
    te = basic["executed"] + sum(p["executed"] for p in ps)
    tf = basic["fiscal"] + sum(p["fiscal"] for p in ps)
    tr = rate(te, tb)
    t = dept_table(ps, basic, wan, "万元")
    t.row(C("合计", cs=2), wan(tb), wan(tf), wan(te), f"{tr:.2f}%")
    title = f"{unit}{ctx['year']}年度部门整体支出绩效自评报告"
    staff = rng.randint(12, 80)
    narr = [P(f"{unit}是{ctx['cfull']}人民政府工作部门，内设股室{rng.randint(4, 9)}个，下属事业单位{rng.randint(1, 4)}个，"
              f"{ctx['year']}年末在职人员{staff}人。主要职责是贯彻落实党中央、省、市关于本领域工作的方针政策和决策部署，"
              f"拟订全县相关发展规划并组织实施，统筹推进本行业重点项目建设和公共服务保障。"),
            P(f"{ctx['year']}年部门预算总额{wan(tb)}万元，其中财政拨款{wan(tf)}万元；全年实际支出{wan(te)}万元，"
              f"部门预算执行率{tr:.2f}%。其中基本支出{wan(basic['budget'])}万元，主要用于保障机关正常运转和人员工资福利；"
              f"项目支出{wan(tb - basic['budget'])}万元，用于{'、'.join(p['name'] for p in ps)}。")]
    body = [f"<h2>一、部门基本情况</h2>"]
    if ctx["variant"]:
        body.append('<div class="twocol">' + "\n".join(narr) + "</div>")
    else:
        body += narr
    body.append("<h2>二、部门预算执行情况</h2>")
    body.append(P(f"表1　{unit}{ctx['year']}年度部门预算执行情况表", "cap"))
    body.append(P("单位：万元", "unitline"))
    body.append(table_html(t, 1, "dept", ["3em", "16em", "6em", "6em", "6em", "5.5em"]))
    body.append("<h2>三、项目支出绩效目标完成情况</h2>")
    for k, p in enumerate(ps):
        body.append(f"<h3>（{CN[k]}）{esc(p['name'])}</h3>")
        body.append(P(para_money(p, wan, "万元") + para_inds(p) + f"自评得分{trim(p['total'])}分，等级为“{p['grade']}”。"))
        body.append(P(f"表{k + 2}　{p['name']}绩效自评表", "cap"))
        body.append(form_html(p, ctx, wan, "万元"))
    body.append("<h2>四、存在的问题及下一步措施</h2>")
    pk = rng.sample(range(4), 2)
    body.append(P("（一）存在的问题。一是" + PROBLEMS[pk[0]] + "；二是" + PROBLEMS[pk[1]] + "。"))
    body.append(P("（二）改进措施。" + MEASURES[pk[0]] + "；" + MEASURES[pk[1]] + "。"))
    body.append(P(unit, "sign"))
    body.append(P(ctx["fill_s"], "sign"))
    html = page(f"{title}-{ctx['cfull']}人民政府", BASE_CSS + PORTAL_CSS, portal_wrap(ctx, title, body, rng, unit))
    funds = {"budget_total": f"{tb // 100}.{tb % 100:02d}", "executed_total": f"{te // 100}.{te % 100:02d}",
             "execution_rate_stated": f"{tr:.2f}"}
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "部门整体自评", unit, funds, [proj_exp(p) for p in ps])
    return html, exp, {"header_footer": True}


def landscape_form(p, ctx, u):
    """A wide 自评表 for a landscape page: one money row across, indicators with a wide reason column."""
    t = Table()
    t.row(C(f"{p['name']}绩效自评表", cs=12))
    t.row(C("项目名称", cs=2), C(p["name"], cs=4), C("主管部门", cs=2), C(ctx["unit"], cs=4))
    t.row(C(f"资金情况（{u}）", rs=2, cs=2), "年初预算数", "全年预算数", "其中：当年财政拨款", "上年结转资金", "其他资金",
          "全年执行数", "执行率", "分值", "得分", "资金性质")
    t.row(wan(p["init"]), wan(p["budget"]), wan(p["fiscal"]), wan(p["carry"]), wan(p["other"]), wan(p["executed"]),
          f"{p['rate']:.2f}%", "10", trim(p["exec_score"]), "一般公共预算")
    t.row(C("年度总体目标完成情况", cs=2), C("预期目标：" + p["goal"], cs=5), C("实际完成情况：" + p["done"], cs=5))
    head = ["一级指标", "二级指标", C("三级指标", cs=2), "年度指标值", "实际完成值", "分值", "得分", C("偏差原因分析及改进措施", cs=4)]
    rows = indicator_rows(p, 2, 4)
    ti = Table()
    ti.row(*head)
    for r in rows:
        ti.row(*r)
    ti.row(C("总分", cs=6), "100", trim(p["total"]), C(f"自评等级：{p['grade']}", cs=4))
    w = ["6em", "6.5em", "6em", "6em", "7.5em", "7em", "5.5em", "5.5em", "6em", "6em", "6em", "7em"]
    return (table_html(t, 0, "form", w, "margin-bottom:0;width:100%") + "\n" +
            table_html(ti, 1, "form", w, "margin-top:-1px;width:100%"))


def build_landscape(rng, ctx):
    """A 自评表-only page (kind 自评表) printed on landscape A4 (CSS @page), 1-3 projects, one per page."""
    n = rng.choice([1, 2, 3])
    ps = make_projects(rng, ctx, n, 10000, 6, 12)
    unit = ctx["unit"]
    title = f"{unit}{ctx['year']}年度项目支出绩效自评表"
    body = [f"<h1>{esc(title)}</h1>",
            P(f"填报单位（盖章）：{unit}　　　　填报日期：{ctx['fill_s']}　　　　金额单位：万元", "unitline")]
    for k, p in enumerate(ps):
        if k:
            body.append('<div style="break-before:page"></div>')
        body.append(landscape_form(p, ctx, "万元"))
        body.append(P(f"填表人：{ctx['author']}　　　联系电话：{ctx['phone']}", "unitline"))
    css = BASE_CSS + "@page { size: A4 landscape; margin: 12mm; } body{font-size:13px}"
    html = page(title, css, body)
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "自评表", unit, None, [proj_exp(p) for p in ps])
    return html, exp, {"header_footer": ctx["variant"] == 1}


def build_special(rng, ctx):
    """A site's page (信息公开目录 box) with a 专项资金绩效自评报告 in 元: one fund, its indicators table."""
    specs = SECTORS[ctx["key"]][1]
    spec = specs[rng.randrange(len(specs))]
    p = make_project(rng, spec, 100, 6, 12, 300000, 6000000)
    name = p["name"] if p["name"].endswith("资金") else p["name"].replace("经费", "") + "专项资金"
    p["name"] = name
    unit = ctx["unit"]
    title = f"关于{ctx['year']}年度{name}绩效自评情况的报告"
    y = yuan
    src = [f"当年财政拨款{y(p['fiscal'])}元"]
    if p["carry"]:
        src.append(f"上年结转资金{y(p['carry'])}元")
    if p["other"]:
        src.append(f"其他资金{y(p['other'])}元")
    art = [P(f"根据{ctx['cfull']}财政局关于做好{ctx['year']}年度财政专项资金绩效自评工作的安排，{unit}对{name}开展了绩效自评，"
             f"现将自评情况报告如下。"),
           "<h2>一、专项资金基本情况</h2>",
           P(f"{ctx['year']}年{name}预算安排{y(p['budget'])}元，其中" + "、".join(src) + "。资金主要用于" +
             "、".join(i.name for i in p["inds"][:3]) + "等方面。"),
           "<h2>二、资金使用及管理情况</h2>",
           P(f"截至{ctx['year']}年12月31日，专项资金实际支出{y(p['executed'])}元，预算执行率{p['rate']:.2f}%。"
             f"资金按照“专款专用、单独核算”的原则管理，未发现截留、挤占、挪用等情况。"),
           "<h2>三、绩效目标完成情况</h2>",
           P(p["goal"].replace("完成", "年初设定目标为完成", 1) + p["done"]),
           P(f"表1　{name}绩效目标完成情况表", "cap")]
    t = Table()
    t.row("序号", "指标类别", "指标名称", "年度目标值", "实际完成值", "分值", "得分", "偏差原因及改进措施")
    k = 0
    for j, i in enumerate(p["inds"], 1):
        reason = "" if i.full else DEV_REASON[k % len(DEV_REASON)]
        k += 0 if i.full else 1
        t.row(str(j), i.l2, i.name, i.tgt(), i.act_s(), i.weight, i.score, reason)
    t.row(C("预算执行率", cs=3), "100%", f"{p['rate']:.2f}%", "10", trim(p["exec_score"]), "")
    t.row(C("合计", cs=5), "100", trim(p["total"]), f"等级：{p['grade']}")
    art.append(table_html(t, 1, "inds", ["3em", "7em", "13em", "8em", "7em", "3.5em", "4.5em", "14em"], "width:100%"))
    art += ["<h2>四、自评结论</h2>",
            P(f"综合评价，{name}自评得分{trim(p['total'])}分，等级为“{p['grade']}”。{p['satname']}为{p['sat']}%。"),
            "<h2>五、存在的问题及改进措施</h2>"]
    pk = rng.sample(range(4), 2)
    art.append(P("存在的问题：" + PROBLEMS[pk[0]] + "。改进措施：" + MEASURES[pk[0]] + "。"))
    art.append(P(unit, "sign"))
    art.append(P(ctx["fill_s"], "sign"))
    ctx["gkml"] = True
    html = page(f"{title}_{ctx['cfull']}人民政府", BASE_CSS + PORTAL_CSS, portal_wrap(ctx, title, art, rng, unit))
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "专项资金", unit, None, [proj_exp(p)])
    return html, exp, {"header_footer": False}


WORD_W = ["2.2em", "2.2em", "7.5em", "3.6em", "3.6em", "3.6em", "2.4em", "3.6em", "6em"]


def build_wordprint(rng, ctx):
    """A 项目支出绩效自评报告 as Word users make it: one project, the national 自评表 with narrow columns so that
    every header cell is 2-3 lines tall; LibreOffice imports the page into a DOCX and prints that to PDF."""
    p = make_projects(rng, ctx, 1, 10000, 5, 10)[0]
    unit = ctx["unit"]
    title = f"{p['name']}{ctx['year']}年度绩效自评报告"
    t = Table()
    t.row(C("项目名称", cs=2), C(p["name"], cs=7))
    t.row(C("主管部门", cs=2), C(unit, cs=3), C("实施单位", cs=2), C(unit, cs=2))
    t.row(C("项目资金（万元）", rs=4, cs=2), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    t.row("年度资金总额", wan(p["init"]), wan(p["budget"]), wan(p["executed"]), "10", f"{p['rate']:.2f}%", trim(p["exec_score"]))
    t.row("其中：当年财政拨款", wan(p["init_f"]), wan(p["fiscal"]), wan(p["ef"]), C("—", cs=3))
    t.row("上年结转及其他资金", wan(p["init"] - p["init_f"]), wan(p["carry"] + p["other"]), wan(p["ec"] + p["eo"]), C("—", cs=3))
    t.row(C("年度总体目标", cs=2), C("预期目标：" + p["goal"], cs=3), C("实际完成情况：" + p["done"], cs=4))
    t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", C("偏差原因分析及改进措施", cs=2))
    for l1, groups in l1_groups(p["inds"]):
        n1 = sum(len(g) for _, g in groups)
        first1 = True
        for l2, g in groups:
            first2 = True
            for i in g:
                cells = []
                if first1:
                    cells.append(C(l1, rs=n1))
                    first1 = False
                if first2:
                    cells.append(C(l2, rs=len(g)))
                    first2 = False
                cells += [i.name, i.tgt(), i.act_s(), i.weight, i.score, C("" if i.full else "进度滞后，下年加快推进", cs=2)]
                t.row(*cells)
    t.row(C("总分", cs=5), "100", trim(p["total"]), C(f"自评等级：{p['grade']}", cs=2))
    t.grid()
    rows = []
    for k, row in enumerate(t.rows):
        cells = []
        for c in row:
            attrs = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            cells.append(f'<td{attrs} valign="middle"><p align="center">{esc(c.text)}</p></td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    # widths in absolute units (LibreOffice's HTML import keeps <col width> in pixels)
    px = [38, 38, 120, 58, 58, 58, 40, 58, 96]
    table = ('<table border="1" cellspacing="0" cellpadding="3" width="564">' +
             "".join(f'<col width="{w}">' for w in px) + "\n".join(rows) + "</table>")
    body = [f'<p align="center"><font size="5"><b>{esc(title)}</b></font></p>',
            f'<p align="center">（{esc(unit)}）</p>',
            f"<p>　　一、项目基本情况</p>", f"<p>　　{esc(p['name'])}由{esc(unit)}组织实施。{esc(p['goal'])}</p>",
            f"<p>　　二、项目资金使用情况</p>", f"<p>　　{esc(para_money(p, wan, '万元'))}</p>",
            f"<p>　　三、绩效目标完成情况</p>", f"<p>　　{esc(para_inds(p))}</p>",
            f"<p>　　四、自评结论</p>",
            f"<p>　　经自评，该项目得分{trim(p['total'])}分，自评等级为“{p['grade']}”。项目支出绩效自评表如下：</p>",
            f'<p align="center"><b>{esc(p["name"])}绩效自评表</b></p>', table,
            f'<p align="right">{esc(unit)}</p>', f'<p align="right">{esc(ctx["fill_s"])}</p>']
    html = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">" f"<title>{esc(title)}</title>"
            "<style>body{font-family:'Noto Serif CJK SC';font-size:12pt} td{font-size:9pt}</style></head><body>\n" +
            "\n".join(body) + "\n</body></html>\n")
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "项目支出自评", unit, None, [proj_exp(p)])
    return html, exp, {"lo": True}


BUILDERS = {"article": build_article, "portal": build_portal, "landscape": build_landscape,
            "special": build_special, "wordprint": build_wordprint}

# --------------------------------------------------------------------------------------------
# Printing and the self-check

LO_PROFILE = "file:///tmp/genm-lo-profile"
CHROME_PROFILE = "/tmp/genm-chromium-profile"


def chromium_pdf(html, pdf, header_footer):
    cmd = ["chromium", "--headless", "--disable-gpu", "--no-sandbox", f"--user-data-dir={CHROME_PROFILE}",
           "--no-first-run", "--disable-extensions"]
    if not header_footer:
        cmd.append("--no-pdf-header-footer")
    cmd += [f"--print-to-pdf={pdf}", html.resolve().as_uri()]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300, check=False)


# Characters of the CJK Radicals Supplement that cairo's re-print maps back to (the font gives one glyph to the
# radical and the ideograph); NFKC does not fold these, so the check folds them itself.
RADICALS = {"\u2ea0": "民", "\u2ecb": "车", "\u2ed4": "门", "\u2eda": "页", "\u2ed8": "青", "\u2ed3": "长",
            "\u2ee2": "马", "\u2ec5": "见", "\u2ec9": "贝", "\u2edb": "风", "\u2edc": "飞", "\u2ec4": "西",
            "\u2ee9": "黄", "\u2eec": "齐", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ef0": "龙", "\u2ee8": "麦"}


def fold(text):
    return unicodedata.normalize("NFKC", text).translate(str.maketrans(RADICALS))




def check_pdf(rid, pdf, exp, check, cairo):
    """Every figure in `pdftotext -layout`; a name or text value wrapped inside its cell found stacked on the next
    lines (stacked()). cairo: the re-print's text carries Kangxi radicals (⽔ U+2F54 for 水) and radical-supplement
    forms (⻋ U+2ECB for 车), searched folded back (fold())."""
    if not pdf.exists() or pdf.stat().st_size == 0:
        return [f"{rid}: no PDF written"]
    lay = pdftext(pdf)
    (check / f"{pdf.stem}.pdf.txt").write_text(lay, encoding="utf-8")
    if cairo:
        lay = fold(lay)
    lines = lay.split("\n")
    out = []
    for problem in missing_figures(exp, lay) + missing_indicator_names(exp, lay):
        value = problem.split(" = ", 1)[-1]
        textual = ".name" in problem or not any(ch.isdigit() for ch in value) or \
            not re.fullmatch(r"[\d.]+", value)
        if textual and stacked(value, lines):
            continue
        out.append(f"{rid} (pdf): not in the printed text: {problem}")
    return out


def main(argv):
    convert = "--no-convert" not in argv
    argv = [a for a in argv if a != "--no-convert"]
    args = parse_args(argv, __doc__, SEED)
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(exist_ok=True)
    check = out / "check"
    if convert:
        if check.exists():
            shutil.rmtree(check)
        check.mkdir()
    tally = new_tally()
    by_layout = {}
    reports = []
    bad = 0
    for i in range(args.count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        rng = random.Random(f"{GEN}/{args.seed}/{i}")
        ctx = make_ctx(rng, i, layout, args.seed)
        html, exp, how = BUILDERS[layout](rng, ctx)
        rid = exp["id"]
        hp = out / "html" / f"{rid}.html"
        hp.write_text(html, encoding="utf-8", newline="\n")
        exps = [(rid, exp, False)]
        if layout in CAIRO:
            c = json.loads(json.dumps(exp))
            c["id"] = rid + "-cairo"
            c["source"] = exp["source"].replace(")", ", Chromium's PDF re-printed by pdftocairo)")
            exps.append((c["id"], c, True))
        for eid, e, _ in exps:
            (out / f"{eid}.expected.json").write_text(json.dumps(e, ensure_ascii=False, indent=2) + "\n",
                                                     encoding="utf-8", newline="\n")
            before = sum(tally[k] for k in SCORED_KINDS)
            count_figures(e, tally)
            key = layout + ("-cairo" if eid.endswith("-cairo") else "")
            by_layout[key] = by_layout.get(key, 0) + sum(tally[k] for k in SCORED_KINDS) - before
        for problem in consistency(exp):
            print(f"{rid}: inconsistent: {problem}")
            bad += 1
        reports.append((rid, hp, exps, how))
    npdf = 0
    if convert:
        lo = []
        for rid, hp, exps, how in reports:
            pdf = out / f"{rid}.pdf"
            if pdf.exists():
                pdf.unlink()
            if how.get("lo"):
                lo.append(hp)
                continue
            chromium_pdf(hp, pdf, how["header_footer"])
            if len(exps) > 1:
                cp = out / f"{exps[1][0]}.pdf"
                if cp.exists():
                    cp.unlink()
                subprocess.run(["pdftocairo", "-pdf", str(pdf), str(cp)], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, check=False)
        # LibreOffice: the page -> DOCX (Writer's HTML import), the DOCX -> PDF, one conversion at a time
        soffice(LO_PROFILE, ["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML"], check, lo)
        soffice(LO_PROFILE, ["--convert-to", "pdf"], out, [check / (h.stem + ".docx") for h in lo])
        for rid, hp, exps, how in reports:
            for eid, e, cairo in exps:
                pdf = out / f"{eid}.pdf"
                problems = check_pdf(eid, pdf, e, check, cairo)
                npdf += pdf.exists()
                for problem in problems:
                    print(problem)
                bad += len(problems)
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS) +
          f"; indicators {tally['indicators']}")
    print("figures by layout: " + ", ".join(f"{k} {v}" for k, v in by_layout.items()))
    scored = sum(tally[k] for k in SCORED_KINDS)
    nexp = sum(len(r[2]) for r in reports)
    print(f"{GEN}: {len(reports)} reports ({npdf} PDF, {nexp} expected) in {out}, {scored} scored figures, "
          f"{bad} problems{'' if convert else ' (not converted: only the consistency checks ran)'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
