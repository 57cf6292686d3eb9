#!/usr/bin/env python3
"""Generator C: a third, independent generated corpus of 预算绩效自评报告.

Written from docs/, tests/corpus/FORMAT-expected.md, the scoring rules in tests/corpus/README.md and
real texts in tests/corpus/dev and tests/corpus/fresh only (never the reader or the other generators).
Python 3 standard library only, deterministic from --seed (no clock).

Usage: generate.py OUTDIR [--count N] [--seed S]
Writes, per report, OUTDIR/<id>.<layout>.txt, OUTDIR/html/<id>.<layout>.html and
OUTDIR/<id>.<layout>.expected.json, then checks every expected name and figure is in the TXT and
the HTML text (exit 1 if not).
"""
import argparse
import html as htmlmod
import json
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from corpus_check import missing_figures  # noqa: E402
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation

LAYOUTS = ["zhengti", "xianjie", "disanfang", "wangye", "hunyong", "shengbiao"]

PLACES = [
    ("ha", "河南", "xinxian", "信阳市", "新县"), ("sc", "四川", "pengxi", "遂宁市", "蓬溪县"),
    ("yn", "云南", "mengla", "西双版纳州", "勐腊县"), ("gs", "甘肃", "jingning", "平凉市", "静宁县"),
    ("hn", "湖南", "chaling", "株洲市", "茶陵县"), ("jx", "江西", "yudu", "赣州市", "于都县"),
    ("gz", "贵州", "weining", "毕节市", "威宁县"), ("sx", "山西", "jingle", "忻州市", "静乐县"),
    ("nm", "内蒙古", "tuquan", "兴安盟", "突泉县"), ("hb", "湖北", "yunxi", "十堰市", "郧西县"),
    ("ah", "安徽", "linquan", "阜阳市", "临泉县"), ("gx", "广西", "longsheng", "桂林市", "龙胜各族自治县"),
    ("sn", "陕西", "zhenba", "汉中市", "镇巴县"), ("jl", "吉林", "wangqing", "延边州", "汪清县"),
]

# sector: (unit suffix, code, projects, indicators)
# indicator spec: (name, unit, kind, lo, hi) kind: qty (≥ count), pct (≥ %), le (≤ amount),
# text (qualitative), sat (satisfaction %)
SECTORS = [
    ("农业农村局", "nyncj",
     ["高标准农田建设项目", "耕地地力保护补贴资金", "农村人居环境整治提升项目", "动物疫病防控补助经费",
      "农机购置与应用补贴", "农村厕所革命整村推进项目", "农业产业化龙头企业扶持资金"],
     [("新建高标准农田面积", "亩", "qty", 800, 12000), ("补贴发放农户数", "户", "qty", 300, 9000),
      ("改造农村户厕数量", "户", "qty", 80, 1500), ("培训高素质农民人数", "人", "qty", 50, 600),
      ("强制免疫病种应免密度", "%", "pct", 90, 100), ("工程验收合格率", "%", "pct", 95, 100),
      ("补贴资金兑付及时率", "%", "pct", 90, 100), ("亩均建设成本", "元", "le", 1200, 3000),
      ("项目完成时限", None, "text", 0, 0), ("农业生产条件", None, "text", 0, 0),
      ("受益农户满意度", "%", "sat", 85, 95)]),
    ("教育体育局", "jytyj",
     ["义务教育薄弱环节改善与能力提升项目", "学生营养改善计划补助资金", "学前教育发展资金",
      "校舍安全保障长效机制资金", "乡村教师生活补助", "普通高中国家助学金"],
     [("受助学生人数", "人", "qty", 200, 8000), ("改造校舍面积", "平方米", "qty", 500, 9000),
      ("补助教师人数", "人", "qty", 60, 900), ("资助政策覆盖率", "%", "pct", 95, 100),
      ("校舍维修合格率", "%", "pct", 95, 100), ("资金发放及时率", "%", "pct", 90, 100),
      ("生均补助标准", "元", "le", 800, 2000), ("项目完成时限", None, "text", 0, 0),
      ("办学条件", None, "text", 0, 0), ("学生及家长满意度", "%", "sat", 85, 95)]),
    ("卫生健康委员会", "wjw",
     ["基本公共卫生服务项目", "计划生育家庭奖励扶助资金", "村卫生室运行补助经费", "重大传染病防控经费",
      "家庭医生签约服务补助", "医疗服务与保障能力提升补助资金"],
     [("居民电子健康档案建档人数", "人", "qty", 5000, 90000), ("奖励扶助对象人数", "人", "qty", 300, 5000),
      ("补助村卫生室数量", "个", "qty", 20, 300), ("适龄儿童免疫规划疫苗接种率", "%", "pct", 90, 100),
      ("高血压患者规范管理率", "%", "pct", 60, 80), ("补助资金发放准确率", "%", "pct", 95, 100),
      ("人均补助标准", "元", "le", 80, 1000), ("资金拨付时限", None, "text", 0, 0),
      ("群众健康水平", None, "text", 0, 0), ("服务对象满意度", "%", "sat", 85, 95)]),
    ("交通运输局", "jtysj",
     ["农村公路养护工程", "危桥改造工程", "农村客运补贴资金", "公路安全生命防护工程", "渡口渡船安全管理补助"],
     [("养护农村公路里程", "公里", "qty", 100, 1500), ("改造危桥数量", "座", "qty", 3, 40),
      ("补贴客运车辆数", "辆", "qty", 30, 400), ("设置波形护栏长度", "米", "qty", 2000, 30000),
      ("公路优良路率", "%", "pct", 70, 90), ("工程质量合格率", "%", "pct", 95, 100),
      ("每公里养护成本", "元", "le", 5000, 12000), ("工程完工时间", None, "text", 0, 0),
      ("群众出行条件", None, "text", 0, 0), ("沿线群众满意度", "%", "sat", 85, 95)]),
    ("水利局", "slj",
     ["农村饮水安全巩固提升工程", "山洪灾害防治非工程措施运行维护", "中小河流治理项目", "小型水库除险加固项目",
      "水土保持综合治理项目"],
     [("新建供水工程处数", "处", "qty", 5, 80), ("受益人口", "人", "qty", 2000, 60000),
      ("治理河道长度", "公里", "qty", 3, 40), ("治理水土流失面积", "平方公里", "qty", 5, 60),
      ("农村自来水普及率", "%", "pct", 85, 98), ("工程验收合格率", "%", "pct", 95, 100),
      ("单位治理成本", "万元", "le", 20, 80), ("项目完成时限", None, "text", 0, 0),
      ("防洪减灾能力", None, "text", 0, 0), ("受益群众满意度", "%", "sat", 85, 95)]),
    ("民政局", "mzj",
     ["城乡居民最低生活保障资金", "特困人员救助供养资金", "困难残疾人生活补贴", "孤儿基本生活保障资金",
      "养老服务体系建设补助资金"],
     [("保障城乡低保对象人数", "人", "qty", 1000, 20000), ("特困供养人数", "人", "qty", 200, 3000),
      ("补贴残疾人数", "人", "qty", 300, 6000), ("新建养老服务站点", "个", "qty", 3, 40),
      ("救助资金社会化发放率", "%", "pct", 95, 100), ("应保尽保率", "%", "pct", 95, 100),
      ("月人均补助标准", "元", "le", 300, 900), ("资金发放时间", None, "text", 0, 0),
      ("困难群众基本生活", None, "text", 0, 0), ("救助对象满意度", "%", "sat", 85, 95)]),
]

TEXT_PAIRS = {
    "项目完成时限": [("按期完成", "按期完成"), ("12月底前完成", "已按期完成")],
    "资金拨付时限": [("按时拨付", "按时拨付"), ("及时足额", "及时足额拨付")],
    "工程完工时间": [("年底前完工", "已完工"), ("按期完工", "按期完工")],
    "资金发放时间": [("按月发放", "按月发放"), ("每季度发放", "按季度足额发放")],
}
TEXT_BENEFIT = [("明显提升", "明显提升"), ("有效改善", "有效改善"), ("逐步提高", "达到预期"),
                ("持续改善", "持续改善")]

FIRMS = ["信永中和会计师事务所（特殊普通合伙）", "中审众环会计师事务所（特殊普通合伙）", "大华会计师事务所",
         "中兴财光华会计师事务所", "四川华信（集团）会计师事务所", "北京中财绩效评价咨询有限公司"]
GRADES = [(90, "优"), (80, "良"), (60, "中"), (0, "差")]

TWO = Decimal("0.01")


def half_up(value, places=2):
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def plain(d):
    """A Decimal as written: no exponent, trailing zeros of a fraction dropped."""
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def yuan(d):
    return format(half_up(d), "f")


def wan_text(amount_yuan, decimals):
    """amount in 元 as 万元 with exactly `decimals` places (the amount is a multiple of that place)."""
    w = amount_yuan / Decimal(10000)
    q = w.quantize(Decimal(1).scaleb(-decimals))
    assert q == w, (amount_yuan, decimals)
    return format(q, "f")


def wan_natural(amount_yuan):
    return plain(amount_yuan / Decimal(10000))


def yuan_sep(amount_yuan):
    return f"{half_up(amount_yuan):,.2f}"


def rate_of(executed, budget):
    if budget == 0:
        return Decimal(0)
    return half_up(executed * 100 / budget)


def rate_text(r):
    """A rate as written: 100 not 100.00, 98.50 kept as 98.5 sometimes."""
    return plain(r)


class Rng:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def pick(self, seq):
        return seq[self.r.randrange(len(seq))]

    def int(self, lo, hi):
        return self.r.randint(lo, hi)

    def chance(self, p):
        return self.r.random() < p

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def shuffle(self, seq):
        self.r.shuffle(seq)


def money(rng, lo_wan, hi_wan, decimals):
    """A random amount in 元, a multiple of one unit at `decimals` places of 万元."""
    step = Decimal(1).scaleb(4 - decimals)  # 元 per unit
    units = rng.int(int(lo_wan * 10 ** decimals), int(hi_wan * 10 ** decimals))
    return Decimal(units) * step


def part(rng, whole, decimals, lo=0.55, hi=0.98):
    step = Decimal(1).scaleb(4 - decimals)
    units = int(whole / step)
    return Decimal(int(units * (lo + (hi - lo) * rng.r.random()))) * step


# ---------------------------------------------------------------- indicators

def make_indicators(rng, specs, n):
    chosen = []
    qty = [s for s in specs if s[2] in ("qty", "pct", "le")]
    txt = [s for s in specs if s[2] == "text"]
    sat = [s for s in specs if s[2] == "sat"]
    chosen = rng.sample(qty, min(len(qty), n)) + rng.sample(txt, 1) + sat
    out = []
    # 执行率 10, 满意度 10, the other indicators share 80 in multiples of 5 (a table's 总分 is 100)
    m = len(chosen) - len(sat)
    cuts = sorted(rng.sample(range(1, 16), m - 1)) if m > 1 else []
    bounds = [0] + cuts + [16]
    weights = [5 * (bounds[k + 1] - bounds[k]) for k in range(m)]
    for i, (name, unit, kind, lo, hi) in enumerate(chosen):
        w = Decimal(weights[i] if kind != "sat" else 10)
        ind = {"name": name, "unit": unit, "kind": kind, "weight": w}
        if kind == "qty":
            t = Decimal(rng.int(lo, hi))
            if rng.chance(0.25):
                a = Decimal(int(t * Decimal(rng.int(80, 99)) / 100))
            else:
                a = t + Decimal(rng.int(0, max(1, int(t) // 8)))
            ind.update(cmp="≥", target=plain(t), actual=plain(a))
            s = w if a >= t else half_up(w * a / t)
        elif kind == "pct":
            t = Decimal(rng.int(lo, hi))
            if t >= 100:
                a = Decimal(100)
            elif rng.chance(0.3):
                a = t - Decimal(rng.int(1, 30)) / 10
            else:
                a = min(Decimal(100), t + Decimal(rng.int(0, 40)) / 10)
            ind.update(cmp="≥", target=plain(t), actual=plain(a))
            s = w if a >= t else half_up(w * a / t)
        elif kind == "le":
            t = Decimal(rng.int(lo, hi))
            a = t - Decimal(rng.int(0, int(t) // 10))
            ind.update(cmp="≤", target=plain(t), actual=plain(a))
            s = w
        elif kind == "text":
            pairs = TEXT_PAIRS.get(name, TEXT_BENEFIT)
            t, a = rng.pick(pairs)
            ind.update(cmp="", target=t, actual=a)
            s = w
        else:  # sat
            t = Decimal(rng.int(lo, 90))
            a = Decimal(rng.int(int(t), 99)) + (Decimal(rng.int(0, 9)) / 10 if rng.chance(0.4) else 0)
            ind.update(cmp="≥", target=plain(t), actual=plain(a))
            s = w
        ind["score"] = plain(s)
        out.append(ind)
    return out


def ind_expected(ind, with_score=True):
    return {"name": ind["name"], "target": ind["target"], "actual": ind["actual"],
            "score": ind["score"] if with_score else None}


def u(ind):
    return ind["unit"] or ""


def target_written(ind, style=0):
    if ind["kind"] == "text":
        return ind["target"]
    if style == 1 and ind["cmp"] == "≥":
        return f"不低于{ind['target']}{u(ind)}"
    if style == 1 and ind["cmp"] == "≤":
        return f"不高于{ind['target']}{u(ind)}"
    return f"{ind['cmp']}{ind['target']}{u(ind)}"


def actual_written(ind):
    return ind["actual"] if ind["kind"] == "text" else f"{ind['actual']}{u(ind)}"


# ---------------------------------------------------------------- documents
# A document is a list of blocks: ("p", text) paragraph / ("noise", text) / ("table", rows, style)
# rows: list of lists of cells; a cell is (text, rowspan, colspan); None marks a place a span covers.

def cell(text, rs=1, cs=1):
    return (str(text), rs, cs)


def grid_of(rows):
    """Expands spans: returns a list of rows of (text or None-for-covered, is_origin)."""
    width = max(sum(c[2] for c in r if c is not None) for r in rows)
    grid = [[None] * width for _ in rows]
    origin = [[False] * width for _ in rows]
    for i, r in enumerate(rows):
        j = 0
        for c in r:
            if c is None:
                continue
            while j < width and grid[i][j] is not None:
                j += 1
            text, rs, cs = c
            for di in range(rs):
                for dj in range(cs):
                    if i + di < len(rows) and j + dj < width:
                        grid[i + di][j + dj] = "" if (di or dj) else text
            origin[i][j] = True
            j += cs
    return grid, origin


def width_of(s):
    return sum(2 if ord(ch) > 0x2e80 else 1 for ch in s)


def table_txt(rows, style):
    grid, origin = grid_of(rows)
    out = []
    if style == "tabs-dropped":  # a web page copied: covered cells are simply gone
        for i, r in enumerate(grid):
            cells = [r[j] for j in range(len(r)) if origin[i][j]]
            out.append("\t".join(c for c in cells))
    elif style == "cells":  # one cell per line, blank line between cells (a page's table copied)
        for i, r in enumerate(grid):
            for j in range(len(r)):
                if origin[i][j] and r[j] != "":
                    out.append(r[j])
                    out.append("")
    elif style == "layout":  # pdftotext -layout: columns padded with spaces, covered cells blank
        widths = [0] * len(grid[0])
        for r in grid:
            for j, c in enumerate(r):
                widths[j] = max(widths[j], width_of(c or ""))
        for r in grid:
            parts = []
            for j, c in enumerate(r):
                c = c or ""
                parts.append(c + " " * (widths[j] - width_of(c)))
            out.append("   ".join(parts).rstrip())
    return out


def render_txt(doc):
    lines = []
    for b in doc:
        if b[0] in ("p", "noise", "h"):
            lines.append(b[1])
        elif b[0] == "blank":
            lines.append("")
        elif b[0] == "table":
            lines.extend(table_txt(b[1], b[2]))
    return "\n".join(lines) + "\n"


def render_html(doc, title):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>" + e(title) + "</title></head><body>"]
    for b in doc:
        if b[0] == "h":
            out.append("<p><b>" + e(b[1]) + "</b></p>")
        elif b[0] in ("p", "noise"):
            if b[1].strip():
                out.append("<p>" + e(b[1]) + "</p>")
        elif b[0] == "table":
            out.append("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\">")
            for r in b[1]:
                out.append("<tr>" + "".join(
                    "<td" + (f" rowspan=\"{c[1]}\"" if c[1] > 1 else "") + (f" colspan=\"{c[2]}\"" if c[2] > 1 else "")
                    + ">" + e(c[0]) + "</td>" for c in r if c is not None) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- common pieces

def heading(level, n, text, variant):
    cn = "一二三四五六七八九十"
    if level == 1:
        return f"{cn[n - 1]}、{text}"
    if level == 2:
        return (f"（{cn[n - 1]}）{text}" if variant % 2 == 0 else f"({cn[n - 1]}){text}")
    if level == 3:
        return (f"{n}.{text}" if variant % 3 != 2 else f"{n}、{text}")
    if level == 4:
        return f"（{n}）{text}"
    return "①②③④⑤⑥⑦⑧⑨⑩"[n - 1] + text


def web_noise(rng, unit, year, place):
    month = rng.int(3, 9)
    day = rng.int(1, 28)
    variants = [
        [f"您现在的位置：首页 > 政务公开 > 财政信息 > 绩效评价",
         f"发布时间：{year + 1}-{month:02d}-{day:02d} {rng.int(8, 18):02d}:{rng.int(0, 59):02d}　来源：{unit}　浏览次数：{rng.int(20, 900)}",
         "【字体：大 中 小】 【打印】 【关闭】"],
        [f"{place}人民政府门户网站", f"索引号：{rng.int(10000000, 99999999)}-{year + 1}-{rng.int(1, 200):05d}",
         f"发布机构：{unit}", f"发布日期：{year + 1}年{month}月{day}日"],
        [f"当前位置： 首页 >> 信息公开 >> 预决算公开", f"信息来源：{unit}   发布日期：{year + 1}/{month}/{day}   点击数：{rng.int(10, 500)}"],
    ]
    return [("noise", x) for x in rng.pick(variants)]


def web_tail(rng):
    return [("noise", x) for x in rng.pick([["分享到：", "打印本页  关闭窗口"], ["【打印此页】 【关闭窗口】"],
                                             ["附件下载：", "相关链接：  政府网站  财政局"]])]


def sign_off(rng, unit, year):
    return [("blank", ""), ("p", unit), ("p", f"{year + 1}年{rng.int(2, 6)}月{rng.int(1, 28)}日")]


def project_dict(name, budget=None, fiscal=None, executed=None, rate=None, sat=None, indicators=()):
    return {"name": name, "budget_total": yuan(budget) if budget is not None else None,
            "budget_fiscal": yuan(fiscal) if fiscal is not None else None,
            "executed": yuan(executed) if executed is not None else None,
            "execution_rate_stated": rate, "satisfaction": sat, "indicators": list(indicators)}


def sat_of(inds):
    for i in inds:
        if i["kind"] == "sat":
            return i
    return None


# ---------------------------------------------------------------- layout 1: 部门整体 prose

def layout_zhengti(rng, ctx):
    unit, year, place = ctx["unit"], ctx["year"], ctx["county"]
    dec = rng.pick([2, 2, 4])
    doc = web_noise(rng, unit, year, place)
    title = rng.pick([f"{unit}{year}年度部门整体支出绩效自评报告", f"{year}年度{unit}部门整体支出绩效自评报告",
                      f"{unit}关于{year}年度部门整体支出绩效自评情况的报告"])
    doc += [("blank", ""), ("h", title), ("blank", "")]
    doc.append(("p", f"根据{place}财政局《关于开展{year}年度预算绩效自评工作的通知》要求，我单位对{year}年度部门整体支出开展了绩效自评，现将有关情况报告如下："))
    v = rng.int(0, 2)
    doc.append(("h", heading(1, 1, "部门基本情况", v)))
    doc.append(("h", heading(2, 1, "部门职能及机构设置", v)))
    doc.append(("p", f"{unit}是{place}人民政府工作部门，内设股室{rng.int(4, 11)}个，下属事业单位{rng.int(1, 5)}个，"
                     f"编制人数{rng.int(20, 90)}人，实有在职人员{rng.int(18, 88)}人。"))
    nproj = rng.int(2, 4)
    names = rng.sample(ctx["projects"], nproj)
    projs = []
    for nm in names:
        b = money(rng, 20, 900, dec)
        e = part(rng, b, dec, 0.8, 1.0) if rng.chance(0.7) else b
        projs.append({"name": nm, "b": b, "e": e, "inds": make_indicators(rng, ctx["specs"], rng.int(1, 3))})
    proj_total = sum(p["b"] for p in projs)
    proj_exec = sum(p["e"] for p in projs)
    basic = money(rng, 200, 1500, dec)
    basic_exec = part(rng, basic, dec, 0.9, 1.0)
    budget_total = basic + proj_total + money(rng, 0, 200, dec)
    exec_total = basic_exec + proj_exec
    funds = {"budget_total": None, "executed_total": None, "execution_rate_stated": None}
    doc.append(("h", heading(2, 2, "部门整体支出情况", v)))
    fv = rng.int(0, 2)
    if fv == 0:
        fiscal_in = part(rng, budget_total, dec, 0.85, 0.99)
        other_in = budget_total - fiscal_in
        doc.append(("p", f"1.收入情况：{year}年度收入合计{wan_text(budget_total, dec)}万元，其中：财政拨款收入"
                         f"{wan_text(fiscal_in, dec)}万元，其他收入{wan_text(other_in, dec)}万元。"))
        doc.append(("p", f"2.支出情况：{year}年度支出合计{wan_text(exec_total, dec)}万元，其中：基本支出"
                         f"{wan_text(basic_exec, dec)}万元，项目支出{wan_text(proj_exec, dec)}万元。"))
        funds["executed_total"] = yuan(exec_total)
    elif fv == 1:
        r = rate_of(exec_total, budget_total)
        doc.append(("p", f"{year}年度部门全年预算数{wan_text(budget_total, dec)}万元，全年执行数{wan_text(exec_total, dec)}万元，"
                         f"预算执行率为{rate_text(r)}%。其中基本支出{wan_text(basic_exec, dec)}万元，项目支出{wan_text(proj_exec, dec)}万元。"))
        funds.update(budget_total=yuan(budget_total), executed_total=yuan(exec_total), execution_rate_stated=rate_text(r))
    else:
        r = rate_of(exec_total, budget_total)
        doc.append(("p", f"本年度部门预算资金共计{yuan_sep(budget_total)}元，实际支出{yuan_sep(exec_total)}元，"
                         f"部门预算执行率{rate_text(r)}%。"))
        funds.update(budget_total=yuan(budget_total), executed_total=yuan(exec_total), execution_rate_stated=rate_text(r))
    doc.append(("h", heading(1, 2, "部门整体支出绩效目标完成情况", v)))
    dept_inds = []
    r_all = rate_of(exec_total, budget_total)
    di = [("预算执行率", "100", rate_text(r_all)), ("结转结余率", "0", rate_text(Decimal(100) - r_all)),
          ("“三公经费”控制率", "100", "100")]
    lines = []
    for k, (nm, t, a) in enumerate(di):
        w = Decimal(rng.pick([5, 10]))
        s = half_up(w * Decimal(a) / 100) if nm == "预算执行率" else (
            half_up(w * (100 - Decimal(a)) / 100) if nm == "结转结余率" else w)
        lines.append(f"{nm}：目标值{t}%，实际完成{a}%，得{plain(s)}分")
        dept_inds.append({"name": nm, "target": t, "actual": a, "score": plain(s)})
    doc.append(("p", "部门管理指标完成情况：" + "；".join(lines) + "。"))
    doc.append(("h", heading(1, 3, "重点项目支出绩效情况", v)))
    expected = []
    pv = rng.int(0, 2)
    for k, p in enumerate(projs, 1):
        r = rate_of(p["e"], p["b"])
        doc.append(("h", heading(2, k, p["name"], v)))
        if pv == 0:
            doc.append(("p", f"该项目年度预算安排{wan_text(p['b'], dec)}万元，全年实际支出{wan_text(p['e'], dec)}万元，"
                             f"执行率{rate_text(r)}%，主要用于{p['name'][:4]}相关工作。"))
        elif pv == 1:
            doc.append(("p", f"{p['name']}全年预算{wan_text(p['b'], dec)}万元，已支付{wan_text(p['e'], dec)}万元，"
                             f"预算执行率达{rate_text(r)}%。"))
        else:
            doc.append(("p", f"年初批复预算{yuan_sep(p['b'])}元，年末实际支出{yuan_sep(p['e'])}元，资金执行率{rate_text(r)}%。"))
        parts = []
        for ind in p["inds"]:
            if ind["kind"] == "sat":
                continue
            if ind["kind"] == "text":
                parts.append(f"{ind['name']}方面，目标为{ind['target']}，实际{ind['actual']}，得{ind['score']}分")
            else:
                parts.append(f"{ind['name']}年度目标{target_written(ind, 1)}，实际完成{actual_written(ind)}，得{ind['score']}分")
        s = sat_of(p["inds"])
        txt = "绩效目标完成情况：" + "；".join(parts) + "。"
        sat = None
        if s is not None:
            txt += f"经问卷调查，{s['name']}达到{s['actual']}%。"
            sat = s["actual"]
        doc.append(("p", txt))
        inds = [ind_expected(i) for i in p["inds"] if i["kind"] != "sat"]
        expected.append(project_dict(p["name"], p["b"], None, p["e"], rate_text(r), sat, inds))
    doc.append(("h", heading(1, 4, "存在的问题及改进措施", v)))
    doc.append(("p", "一是预算编制的精细化程度有待提高；二是绩效目标设置不够细化量化。下一步将加强预算绩效管理，提高资金使用效益。"))
    doc += sign_off(rng, unit, year) + web_tail(rng)
    return title, "部门整体自评", funds, expected, dept_inds, doc


# ---------------------------------------------------------------- layout 2: 衔接资金

def layout_xianjie(rng, ctx):
    unit, year, place = ctx["xunit"], ctx["year"], ctx["county"]
    fund = rng.pick(["财政衔接推进乡村振兴补助资金", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接资金",
                     "中央财政衔接推进乡村振兴补助资金", "统筹整合使用财政涉农资金"])
    dec = rng.pick([2, 4, 2])
    title = rng.pick([f"{place}{year}年度{fund}绩效自评报告", f"{place}{year}年{fund}项目绩效自评报告",
                      f"关于{year}年度{fund}绩效自评情况的报告"])
    doc = web_noise(rng, unit, year, place) + [("blank", ""), ("h", title), ("blank", "")]
    doc.append(("p", f"{place}财政局：" if rng.chance(0.5) else f"{ctx['city']}乡村振兴局："))
    doc.append(("p", f"根据《关于开展{year}年度衔接资金绩效自评工作的通知》要求，我局对{year}年度{fund}使用情况开展了绩效自评，现将自评情况报告如下："))
    pool = ["{v}村产业路建设项目", "{v}村安全饮水巩固提升工程", "{v}村茶叶种植基地建设项目", "{v}村光伏帮扶电站运维项目",
            "脱贫人口小额信贷贴息项目", "雨露计划职业教育补助项目", "{v}村农产品冷链仓储设施建设项目",
            "{v}村人居环境整治项目", "脱贫劳动力务工交通补助", "{v}村肉牛养殖产业发展项目", "{v}村村组道路硬化工程"]
    villages = ["石门", "黄泥", "青龙", "大坪", "新民", "马鞍", "柳林", "红岩", "桃园", "白沙", "双河", "金竹"]
    n = rng.int(3, 6)
    vs = rng.sample(villages, n)
    templates = rng.sample(pool, n)
    projs = []
    for k in range(n):
        nm = templates[k].format(v=vs[k])
        b = money(rng, 10, 600, dec)
        e = b if rng.chance(0.5) else part(rng, b, dec, 0.7, 0.99)
        specs = [("新建产业路长度", "公里", "qty", 2, 30), ("受益脱贫户数", "户", "qty", 20, 900),
                 ("带动脱贫人口增收", "人", "qty", 30, 2000), ("新增种植面积", "亩", "qty", 100, 3000),
                 ("补助发放准确率", "%", "pct", 95, 100), ("工程验收合格率", "%", "pct", 95, 100),
                 ("项目完成时限", None, "text", 0, 0), ("受益群众满意度", "%", "sat", 85, 95)]
        projs.append({"name": nm, "b": b, "e": e, "inds": make_indicators(rng, specs, rng.int(2, 3))})
    total = sum(p["b"] for p in projs)
    exe = sum(p["e"] for p in projs)
    cen = part(rng, total, dec, 0.4, 0.6)
    prov = part(rng, total - cen, dec, 0.4, 0.7)
    county = total - cen - prov
    r = rate_of(exe, total)
    v = rng.int(0, 2)
    doc.append(("h", heading(1, 1, "年度绩效目标分解下达情况", v)))
    fv = rng.int(0, 1)
    if fv == 0:
        doc.append(("p", f"{year}年共下达{fund}{wan_text(total, dec)}万元，其中中央资金{wan_text(cen, dec)}万元、省级资金"
                         f"{wan_text(prov, dec)}万元、市县级资金{wan_text(county, dec)}万元，共安排项目{n}个，绩效目标已随资金同步下达。"))
    else:
        doc.append(("p", f"{year}年度，全县到位{fund}共计{yuan_sep(total)}元（中央{yuan_sep(cen)}元，省级{yuan_sep(prov)}元，"
                         f"县级{yuan_sep(county)}元），分解用于{n}个项目。"))
    doc.append(("h", heading(1, 2, "绩效情况分析", v)))
    doc.append(("h", heading(2, 1, "资金投入及使用情况", v)))
    if fv == 0:
        doc.append(("p", f"截至{year}年12月31日，已拨付资金{wan_text(exe, dec)}万元，资金拨付率{rate_text(r)}%。"))
    else:
        doc.append(("p", f"截至{year}年底，累计支付衔接资金{yuan_sep(exe)}元，支付进度{rate_text(r)}%。"))
    funds = {"budget_total": yuan(total), "executed_total": yuan(exe), "execution_rate_stated": rate_text(r)}
    doc.append(("h", heading(2, 2, "项目实施及绩效目标完成情况", v)))
    pv = rng.int(0, 2)
    expected = []
    for k, p in enumerate(projs, 1):
        pr = rate_of(p["e"], p["b"])
        inds = p["inds"]
        if pv == 0:
            doc.append(("p", f"{k}.{p['name']}：下达资金{wan_text(p['b'], dec)}万元，已拨付{wan_text(p['e'], dec)}万元，拨付率{rate_text(pr)}%。"))
            doc.append(("p", "绩效目标：" + "；".join(
                f"{'①②③④⑤⑥'[j]}{i['name']}{target_written(i)}，实际完成{actual_written(i)}" for j, i in enumerate(inds)) + "。"))
        elif pv == 1:
            doc.append(("h", heading(4, k, p["name"], v)))
            doc.append(("p", f"该项目安排衔接资金{wan_text(p['b'], dec)}万元，截至年底支出{wan_text(p['e'], dec)}万元，执行率{rate_text(pr)}%。"))
            for j, i in enumerate(inds, 1):
                doc.append(("p", f"{heading(5, j, '', v)}{i['name']}：年度目标{target_written(i, 1)}，实际完成{actual_written(i)}。"))
        else:
            doc.append(("p", f"（{k}）{p['name']}，计划投入{yuan_sep(p['b'])}元，实际拨付{yuan_sep(p['e'])}元。"
                             + "项目绩效目标为" + "、".join(f"{i['name']}{target_written(i)}" for i in inds)
                             + "，实际完成" + "、".join(f"{i['name']}{actual_written(i)}" for i in inds) + "。"))
            pr = None
        s = sat_of(inds)
        expected.append(project_dict(p["name"], p["b"], None, p["e"], rate_text(pr) if pr is not None else None,
                                     s["actual"] if s else None, [ind_expected(i, False) for i in inds]))
    doc.append(("h", heading(1, 3, "偏离绩效目标的原因和下一步改进措施", v)))
    doc.append(("p", "部分项目受雨季影响开工较晚，资金支付进度偏慢。下一步将加快项目实施进度，及时拨付资金。"))
    doc.append(("h", heading(1, 4, "绩效自评结果拟应用和公开情况", v)))
    doc.append(("p", "自评结果将在政府门户网站公开，并作为以后年度资金分配的重要参考。"))
    doc += sign_off(rng, unit, year) + web_tail(rng)
    return title, "专项资金", funds, expected, [], doc


# ---------------------------------------------------------------- layout 3: 第三方评价

def layout_disanfang(rng, ctx):
    unit, year, place = ctx["unit"], ctx["year"], ctx["county"]
    name = rng.pick(ctx["projects"])
    firm = rng.pick(FIRMS)
    dec = rng.pick([2, 4, 6])
    b = money(rng, 50, 3000, dec)
    fiscal = part(rng, b, dec, 0.6, 0.95) if rng.chance(0.5) else None
    e = part(rng, b, dec, 0.75, 1.0)
    r = rate_of(e, b)
    inds = make_indicators(rng, ctx["specs"], rng.int(3, 5))
    groups = [("决策", Decimal(15)), ("过程", Decimal(20)), ("产出", Decimal(40)), ("效益", Decimal(25))]
    got = [(g, w, w - Decimal(rng.int(0, 30)) / 10) for g, w in groups]
    total = sum(x[2] for x in got)
    grade = next(gname for lo, gname in GRADES if total >= lo)
    title = rng.pick([f"{name}{year}年度绩效评价报告", f"{unit}{year}年度{name}绩效评价报告",
                      f"关于{place}{year}年{name}的绩效评价报告"])
    doc = [("noise", "附件" + str(rng.int(1, 3))), ("blank", ""), ("h", title), ("blank", ""),
           ("p", f"委托单位：{place}财政局"), ("p", f"评价机构：{firm}"), ("p", f"报告日期：{year + 1}年{rng.int(3, 8)}月")]
    doc.append(("noise", f"— {rng.int(1, 3)} —"))
    v = rng.int(0, 2)
    doc.append(("h", "摘要" if rng.chance(0.5) else "评价结论摘要"))
    doc.append(("p", f"受{place}财政局委托，{firm}（以下简称“评价组”）对{unit}实施的{name}开展了绩效评价。经评价，"
                     f"该项目综合评价得分{plain(total)}分，评价等级为“{grade}”。"))
    doc.append(("h", heading(1, 1, "项目基本情况", v)))
    doc.append(("h", heading(2, 1, "项目概况", v)))
    fv = rng.int(0, 2)
    if fv == 0:
        txt = f"{year}年{name}预算资金{wan_text(b, dec)}万元"
        if fiscal is not None:
            txt += f"，其中财政资金{wan_text(fiscal, dec)}万元、单位自筹{wan_text(b - fiscal, dec)}万元"
        txt += f"。截至{year}年12月31日，项目实际支出{wan_text(e, dec)}万元，预算执行率{rate_text(r)}%。"
    elif fv == 1:
        txt = f"项目总投资{yuan_sep(b)}元"
        if fiscal is not None:
            txt += f"（财政拨款{yuan_sep(fiscal)}元，其他资金{yuan_sep(b - fiscal)}元）"
        txt += f"，评价期内实际使用资金{yuan_sep(e)}元，资金使用率{rate_text(r)}%。"
    else:
        txt = f"该项目年度资金总额为{wan_text(b, dec)}万元"
        if fiscal is not None:
            txt += f"，其中中央及省级财政补助{wan_text(fiscal, dec)}万元"
        txt += f"；全年执行{wan_text(e, dec)}万元，执行率为{rate_text(r)}%。"
    doc.append(("p", txt))
    doc.append(("h", heading(1, 2, "绩效评价工作开展情况", v)))
    doc.append(("p", "评价组采用案卷研究、现场勘查、问卷调查和座谈访谈相结合的方式，按照决策、过程、产出、效益四个维度构建评价指标体系。"))
    doc.append(("h", heading(1, 3, "综合评价情况及评价结论", v)))
    doc.append(("p", "评价指标得分情况如下表："))
    rows = [[cell("一级指标"), cell("分值"), cell("得分"), cell("得分率")]]
    for g, w, s in got:
        rows.append([cell(g), cell(plain(w)), cell(plain(s)), cell(rate_text(rate_of(s, w)) + "%")])
    rows.append([cell("合计"), cell("100"), cell(plain(total)), cell(rate_text(total) + "%")])
    doc.append(("table", rows, rng.pick(["tabs-dropped", "layout"])))
    doc.append(("h", heading(1, 4, "绩效评价指标分析", v)))
    doc.append(("h", heading(2, 1, "产出及效益指标分析", v)))
    iv = rng.int(0, 2)
    sat = None
    for k, i in enumerate(inds, 1):
        if i["kind"] == "sat":
            lead = [f"{heading(3, k, i['name'], v)}。", f"{heading(4, k, '', v)}{i['name']}。",
                    f"{heading(5, k, i['name'], v)}。"][iv]
            doc.append(("p", f"{lead}评价组共发放问卷{rng.int(100, 400)}份，统计显示{i['name']}为"
                             f"{i['actual']}%，目标值{i['cmp']}{i['target']}%，该指标分值{plain(i['weight'])}分，得{i['score']}分。"))
            sat = i["actual"]
            continue
        if iv == 0:
            doc.append(("p", f"{heading(3, k, i['name'], v)}。该指标目标值为{target_written(i, 1)}，实际完成{actual_written(i)}，"
                             f"指标分值{plain(i['weight'])}分，评价得分{i['score']}分。"))
        elif iv == 1:
            doc.append(("p", f"{heading(4, k, '', v)}指标名称：{i['name']}。年度目标：{target_written(i)}；实际完成：{actual_written(i)}；"
                             f"得分：{i['score']}分（满分{plain(i['weight'])}分）。"))
        else:
            doc.append(("p", f"{heading(5, k, i['name'], v)}：计划{target_written(i)}，实际{actual_written(i)}，"
                             f"{'达到' if i['score'] == plain(i['weight']) else '未达到'}预期目标，得{i['score']}分。"))
    doc.append(("h", heading(1, 5, "存在的主要问题", v)))
    doc.append(("p", "（一）绩效目标设置不够细化；（二）项目资金支付进度偏慢；（三）档案资料管理不够规范。"))
    doc.append(("noise", f"— {rng.int(4, 9)} —"))
    expected = [project_dict(name, b, fiscal, e, rate_text(r), sat,
                             [ind_expected(i) for i in inds if i["kind"] != "sat"])]
    return title, "第三方评价", {"budget_total": None, "executed_total": None, "execution_rate_stated": None}, \
        expected, [], doc


# ---------------------------------------------------------------- layout 4: 自评表 copied from a web page

def selftable_rows(rng, ctx, p, dec, words):
    unit_label = "（万元）" if dec is not None else "（元）"
    def m(x):
        return wan_text(x, dec) if dec is not None else yuan_sep(x)
    rows = [[cell("项目名称"), cell(p["name"], 1, 7)],
            [cell("主管部门"), cell(ctx["unit"], 1, 3), cell("实施单位"), cell(p["impl"], 1, 3)],
            [cell("项目资金" + unit_label, 4, 1), cell(""), cell(words[0]), cell(words[1]), cell(words[2]),
             cell("分值"), cell(words[3]), cell("得分")],
            [None, cell("年度资金总额"), cell(m(p["b0"])), cell(m(p["b"])), cell(m(p["e"])), cell("10"),
             cell(p["rate"] + "%"), cell(p["rs"])],
            [None, cell("其中：当年财政拨款"), cell(m(p["f0"])), cell(m(p["f"])), cell(m(p["fe"])), cell("—"),
             cell(rate_text(rate_of(p["fe"], p["f"])) + "%"), cell("—")],
            [None, cell("其他资金"), cell(m(p["b0"] - p["f0"])), cell(m(p["b"] - p["f"])), cell(m(p["e"] - p["fe"])),
             cell("—"), cell(rate_text(rate_of(p["e"] - p["fe"], p["b"] - p["f"])) + "%"), cell("—")],
            [cell("年度总体目标", 2, 1), cell("预期目标", 1, 4), cell("实际完成情况", 1, 3)],
            [None, cell(f"完成{p['name']}年度建设任务，保障项目顺利实施。", 1, 4), cell("已按计划完成年度目标任务。", 1, 3)]]
    groups = {}
    for i in p["inds"]:
        lv2 = {"qty": "数量指标", "pct": "质量指标", "le": "成本指标", "text": "时效指标", "sat": "服务对象满意度指标"}[i["kind"]]
        if i["kind"] == "text" and i["name"] in ("农业生产条件", "办学条件", "群众健康水平", "群众出行条件",
                                                   "防洪减灾能力", "困难群众基本生活"):
            lv2 = "社会效益指标"
        lv1 = "产出指标" if lv2 in ("数量指标", "质量指标", "成本指标", "时效指标") else \
            ("效益指标" if lv2 == "社会效益指标" else "满意度指标")
        groups.setdefault(lv1, {}).setdefault(lv2, []).append(i)
    ind_rows = [[cell("绩效指标", 1, 1), cell("一级指标"), cell("二级指标"), cell("三级指标"), cell("年度指标值"),
                 cell("实际完成值"), cell("分值"), cell("得分")]]
    # a leading 绩效指标 cell spanning all indicator rows
    n_rows = sum(len(l) for g in groups.values() for l in g.values())
    ind_rows[0][0] = cell("绩效指标", n_rows + 1, 1)
    for lv1, g in groups.items():
        first1 = True
        n1 = sum(len(l) for l in g.values())
        for lv2, items in g.items():
            first2 = True
            for i in items:
                r = [None]
                r.append(cell(lv1, n1, 1) if first1 else None)
                r.append(cell(lv2, len(items), 1) if first2 else None)
                r += [cell(i["name"]), cell(target_written(i)), cell(actual_written(i)), cell(plain(i["weight"])),
                      cell(i["score"])]
                ind_rows.append(r)
                first1 = first2 = False
    total = sum(Decimal(i["score"]) for i in p["inds"]) + Decimal(p["rs"])
    ind_rows.append([cell("总分", 1, 6), cell("100"), cell(plain(total))])
    return rows + ind_rows


def make_table_project(rng, ctx, name, dec):
    b0 = money(rng, 10, 800, dec if dec is not None else 2)
    b = b0 if rng.chance(0.5) else b0 + money(rng, 1, 100, dec if dec is not None else 2)
    dd = dec if dec is not None else 2
    f = part(rng, b, dd, 0.6, 0.95)
    f0 = min(f, b0) if rng.chance(0.5) else part(rng, b0, dd, 0.6, 0.95)
    fe = part(rng, f, dd, 0.85, 1.0)
    oe = part(rng, b - f, dd, 0.7, 1.0) if b - f > 0 else Decimal(0)
    e = fe + oe
    r = rate_of(e, b)
    rs = half_up(Decimal(10) * min(r, Decimal(100)) / 100)
    inds = make_indicators(rng, ctx["specs"], rng.int(3, 5))
    return {"name": name, "impl": ctx["impl"], "b0": b0, "b": b, "f": f, "f0": f0, "fe": fe, "e": e,
            "rate": rate_text(r), "rs": plain(rs), "inds": inds}


def layout_wangye(rng, ctx):
    unit, year, place = ctx["unit"], ctx["year"], ctx["county"]
    n = rng.int(1, 2)
    dec = rng.pick([2, 4, None, 6])
    words = rng.pick([("年初预算数", "全年预算数", "全年执行数", "执行率"),
                      ("年初预算数（A）", "调整后预算数（B）", "全年执行数（C）", "执行率（C/B）"),
                      ("年初预算", "全年预算", "全年执行", "执行率")])
    names = rng.sample(ctx["projects"], n)
    title = rng.pick([f"{unit}{year}年度项目支出绩效自评表", f"{year}年度{unit}项目支出绩效自评结果公开",
                      f"{unit}关于公开{year}年度项目支出绩效自评情况的公告"])
    doc = web_noise(rng, unit, year, place) + [("blank", ""), ("h", title), ("blank", "")]
    doc.append(("p", f"按照{place}财政局关于做好{year}年度预算绩效自评工作的要求，现将我单位{year}年度项目支出绩效自评情况公开如下："))
    expected = []
    for k, nm in enumerate(names, 1):
        p = make_table_project(rng, ctx, nm, dec)
        if n > 1:
            doc.append(("p", f"附表{k}"))
        doc.append(("p", f"项目支出绩效自评表" if rng.chance(0.5) else f"项目支出绩效自评表（{year}年度）"))
        doc.append(("p", f"填报单位：{unit}" + ("" if rng.chance(0.5) else "　　　　" + ("单位：万元" if dec is not None else "单位：元"))))
        doc.append(("table", selftable_rows(rng, ctx, p, dec, words), "tabs-dropped"))
        doc.append(("blank", ""))
        s = sat_of(p["inds"])
        expected.append(project_dict(nm, p["b"], p["f"], p["e"], p["rate"], s["actual"] if s else None,
                                     [ind_expected(i) for i in p["inds"] if i["kind"] != "sat"]))
    doc += web_tail(rng)
    return title, "自评表", {"budget_total": None, "executed_total": None, "execution_rate_stated": None}, \
        expected, [], doc


# ---------------------------------------------------------------- layout 5: mixed units

def layout_hunyong(rng, ctx):
    unit, year, place = ctx["unit"], ctx["year"], ctx["county"]
    n = rng.int(3, 6)
    names = rng.sample(ctx["projects"], min(n, len(ctx["projects"])))
    projs = []
    for nm in names:
        b = money(rng, 5, 900, 2 if rng.chance(0.6) else 4)
        e = b if rng.chance(0.3) else part(rng, b, 4, 0.6, 0.999)
        projs.append({"name": nm, "b": b, "e": e, "r": rate_of(e, b),
                      "inds": make_indicators(rng, ctx["specs"], rng.int(1, 2))})
    total = sum(p["b"] for p in projs)
    exe = sum(p["e"] for p in projs)
    r = rate_of(exe, total)
    title = rng.pick([f"{unit}{year}年度项目支出绩效自评报告", f"{unit}{year}年度预算项目绩效自评总体情况",
                      f"{year}年{unit}项目支出绩效自评报告"])
    doc = web_noise(rng, unit, year, place) + [("blank", ""), ("h", title), ("blank", "")]
    v = rng.int(0, 2)
    doc.append(("h", heading(1, 1, "项目总体情况", v)))
    doc.append(("p", f"{year}年度我单位纳入绩效自评范围的项目共{len(projs)}个，涉及预算资金{wan_natural(total)}万元，"
                     f"实际支出{wan_natural(exe)}万元，总体预算执行率{rate_text(r)}%。"))
    funds = {"budget_total": yuan(total), "executed_total": yuan(exe), "execution_rate_stated": rate_text(r)}
    doc.append(("p", f"{year}年度项目支出绩效自评情况汇总表"))
    doc.append(("p", "单位：元"))
    hv = rng.pick([("序号", "项目名称", "预算金额", "实际支出", "支出进度"), ("序号", "项目名称", "批复预算（元）", "执行金额（元）", "执行率"),
                   ("序号", "项目名称", "年度预算数", "全年支出数", "预算执行率")])
    rows = [[cell(h) for h in hv]]
    for k, p in enumerate(projs, 1):
        rows.append([cell(k), cell(p["name"]), cell(yuan_sep(p["b"])), cell(yuan_sep(p["e"])), cell(rate_text(p["r"]) + "%")])
    rows.append([cell("合计", 1, 2), cell(yuan_sep(total)), cell(yuan_sep(exe)), cell(rate_text(r) + "%")])
    doc.append(("table", rows, "cells"))
    doc.append(("h", heading(1, 2, "各项目绩效目标完成情况", v)))
    expected = []
    for k, p in enumerate(projs, 1):
        doc.append(("h", heading(3, k, p["name"], v)))
        pv = rng.int(0, 1)
        if pv == 0:
            doc.append(("p", f"项目预算{wan_natural(p['b'])}万元，全年支出{wan_natural(p['e'])}万元。"))
        else:
            doc.append(("p", f"本项目资金{wan_natural(p['b'])}万元已全部到位，累计使用{yuan_sep(p['e'])}元。"))
        parts = []
        for i in p["inds"]:
            if i["kind"] == "sat":
                continue
            parts.append(f"{i['name']}：预期{target_written(i)}，实际{actual_written(i)}，得分{i['score']}")
        s = sat_of(p["inds"])
        txt = "；".join(parts) + "。"
        if s:
            txt += f"{s['name']}{s['actual']}%。"
        doc.append(("p", txt))
        expected.append(project_dict(p["name"], p["b"], None, p["e"], rate_text(p["r"]), s["actual"] if s else None,
                                     [ind_expected(i) for i in p["inds"] if i["kind"] != "sat"]))
    doc.append(("h", heading(1, 3, "下一步工作打算", v)))
    doc.append(("p", "进一步强化绩效目标管理，加强项目资金监管，确保资金使用安全有效。"))
    doc += sign_off(rng, unit, year) + web_tail(rng)
    return title, "项目支出自评", funds, expected, [], doc


# ---------------------------------------------------------------- layout 6: a province's 自评表

def layout_shengbiao(rng, ctx):
    unit, year, place, prov = ctx["unit"], ctx["year"], ctx["county"], ctx["province"]
    name = rng.pick(ctx["projects"])
    dec = rng.pick([2, 4])
    p = make_table_project(rng, ctx, name, dec)
    money_words = rng.pick([("资金来源", "预算数", "执行数", "完成率"), ("资金性质", "全年预算", "实际支出", "预算执行率"),
                            ("资金类别", "批复数", "支出数", "执行进度")])
    ind_cols = rng.pick([["序号", "指标类别", "指标名称", "指标值", "实际值", "分值", "得分", "未完成原因"],
                         ["序号", "指标类别", "指标名称", "分值", "目标值", "完成值", "评分", "偏差原因"],
                         ["序号", "指标类型", "绩效指标", "年度目标", "实际完成", "权重", "自评得分", "未完成原因及改进措施"]])
    code = f"{rng.int(10, 99)}{year}{rng.int(100000, 999999)}"
    title = f"{prov}省级项目支出绩效自评表" if prov not in ("内蒙古", "广西") else f"{prov}自治区项目支出绩效自评表"
    doc = [("noise", f"附件{rng.int(1, 4)}"), ("h", title), ("p", f"（{year}年度）"),
           ("p", f"填报单位（盖章）：{unit}　　　　填报日期：{year + 1}年{rng.int(1, 4)}月{rng.int(1, 28)}日　　　　金额单位：万元")]
    rows = [[cell("项目名称"), cell(name, 1, 3), cell("项目编码"), cell(code, 1, 3)],
            [cell("主管部门"), cell(unit, 1, 3), cell("实施单位"), cell(p["impl"], 1, 3)],
            [cell("资金情况", 4, 1), cell(money_words[0]), cell(money_words[1]), cell(money_words[2]), cell(money_words[3]),
             cell("分值"), cell("得分", 1, 2)],
            [None, cell("合计"), cell(wan_text(p["b"], dec)), cell(wan_text(p["e"], dec)), cell(p["rate"] + "%"),
             cell("10"), cell(p["rs"], 1, 2)],
            [None, cell("财政资金"), cell(wan_text(p["f"], dec)), cell(wan_text(p["fe"], dec)),
             cell(rate_text(rate_of(p["fe"], p["f"])) + "%"), cell("—"), cell("—", 1, 2)],
            [None, cell("其他资金"), cell(wan_text(p["b"] - p["f"], dec)), cell(wan_text(p["e"] - p["fe"], dec)),
             cell(rate_text(rate_of(p["e"] - p["fe"], p["b"] - p["f"])) + "%"), cell("—"), cell("—", 1, 2)]]
    rows.append([cell(c) for c in ind_cols])
    kinds = {"qty": "产出-数量", "pct": "产出-质量", "le": "产出-成本", "text": "时效/效益", "sat": "满意度"}
    for k, i in enumerate(p["inds"], 1):
        reason = "" if i["score"] == plain(i["weight"]) else rng.pick(["受天气影响进度滞后", "部分对象未达到申报条件", "资金到位较晚"])
        vals = {"序号": str(k), "指标类别": kinds[i["kind"]], "指标类型": kinds[i["kind"]], "指标名称": i["name"],
                "绩效指标": i["name"], "指标值": target_written(i), "目标值": target_written(i), "年度目标": target_written(i),
                "实际值": actual_written(i), "完成值": actual_written(i), "实际完成": actual_written(i),
                "分值": plain(i["weight"]), "权重": plain(i["weight"]), "得分": i["score"], "评分": i["score"],
                "自评得分": i["score"], "未完成原因": reason, "偏差原因": reason, "未完成原因及改进措施": reason}
        rows.append([cell(vals[c]) for c in ind_cols])
    total = sum(Decimal(i["score"]) for i in p["inds"]) + Decimal(p["rs"])
    rows.append([cell("总分", 1, 5), cell("100"), cell(plain(total)), cell("")])
    rows.append([cell("自评等级"), cell(next(g for lo, g in GRADES if total >= lo), 1, 7)])
    doc.append(("table", rows, "layout"))
    doc.append(("p", f"填表人：{rng.pick(['张', '李', '王', '刘', '陈'])}{rng.pick(['明', '华', '敏', '静', '伟'])}　　联系电话：0{rng.int(100, 999)}-{rng.int(1000000, 8999999)}"))
    doc.append(("noise", f"— {rng.int(10, 40)} —"))
    s = sat_of(p["inds"])
    expected = [project_dict(name, p["b"], p["f"], p["e"], p["rate"], s["actual"] if s else None,
                             [ind_expected(i) for i in p["inds"] if i["kind"] != "sat"])]
    return title, "自评表", {"budget_total": None, "executed_total": None, "execution_rate_stated": None}, \
        expected, [], doc


BUILDERS = {"zhengti": layout_zhengti, "xianjie": layout_xianjie, "disanfang": layout_disanfang,
            "wangye": layout_wangye, "hunyong": layout_hunyong, "shengbiao": layout_shengbiao}


# ---------------------------------------------------------------- checking (as check-expected.py)

def check(entry, text):
    """What of `entry` the text does not hold (tests/corpus/corpus_check.py, as check-expected.py)."""
    return missing_figures(entry, text)


def html_text(page):
    body = re.sub(r"<[^>]+>", " ", page)
    return htmlmod.unescape(body)


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20261127)
    args = ap.parse_args(argv)
    out = pathlib.Path(args.out)
    (out / "html").mkdir(parents=True, exist_ok=True)
    rng = Rng(args.seed)
    bad = 0
    for n in range(args.count):
        layout = LAYOUTS[n % len(LAYOUTS)]
        code, prov, pinyin, city, county = rng.pick(PLACES)
        sector = rng.pick(SECTORS)
        suffix, scode, projects, specs = sector
        year = rng.int(2019, 2024)
        unit = f"{county}{suffix}"
        impl = rng.pick([unit, f"{county}{suffix[:-1] if suffix.endswith('局') else suffix}事务服务中心"])
        ctx = {"unit": unit, "xunit": f"{county}" + rng.pick(["乡村振兴局", "农业农村局"]), "year": year,
               "county": county, "city": city, "province": prov, "projects": projects, "specs": specs, "impl": impl}
        title, kind, funds, projects_exp, dept_inds, doc = BUILDERS[layout](rng, ctx)
        unit_code = "xczx" if layout == "xianjie" else scode
        ident = f"gc{n + 1:02d}-{code}-{pinyin}-{unit_code}-{year}"
        stem = f"{ident}.{layout}"
        unit_name = ctx["xunit"] if layout == "xianjie" else unit
        entry = {"id": ident, "title": title, "province": prov, "year": year, "kind": kind,
                 "source": "generated: tests/corpus/generator-c/generate.py", "complete": True, "unit": unit_name,
                 "funds": funds, "projects": projects_exp, "department_indicators": dept_inds}
        txt = render_txt(doc)
        page = render_html(doc, title)
        (out / f"{stem}.txt").write_text(txt, encoding="utf-8")
        (out / "html" / f"{stem}.html").write_text(page, encoding="utf-8")
        (out / f"{stem}.expected.json").write_text(json.dumps(entry, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
        for where, text in (("txt", txt), ("html", html_text(page))):
            for problem in check(entry, text):
                print(f"{stem} ({where}): not in the text: {problem}")
                bad += 1
    print(f"{args.count} reports written to {out}, {bad} figures not found in their text")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
