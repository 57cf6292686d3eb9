#!/usr/bin/env python3
"""Second, independent generator of budget-performance self-evaluation reports (预算绩效自评报告).

Written from the domain (docs/DOMAIN.md, docs/FORMAT.md, tests/corpus/FORMAT-expected.md and real
texts in tests/corpus/dev|fresh), without looking at the reader or at the first generator.

Usage: generate.py [OUTDIR] [--count N] [--seed S]
  OUTDIR (default ./genb) receives, for every report,
    OUTDIR/<id>.<layout>.txt            the report as plain text (tables as text, style per layout)
    OUTDIR/html/<id>.<layout>.html      the same report as an HTML page with real <table>s
    OUTDIR/<id>.<layout>.expected.json  what the report states (tests/corpus/FORMAT-expected.md)
  so that `CONVERT_XLSX=1 tests/corpus/tables/convert.sh OUTDIR OUTDIR/html` adds DOCX, PDF and XLSX
  copies and `corpus_score --generated OUTDIR` scores them all, per layout.
Deterministic: the same seed and count give the same files (no clock, no environment).
After writing, every expected figure is checked against the text and the HTML (as check-expected.py
does); exit status 1 when one is missing.

Layouts (cycled over the reports):
  zpb2021  national 2021+ 项目支出绩效自评表: 指标性质 | 指标值 | 度量单位 columns, money in 万元 with
           2-4 decimals, 分值 before 实际完成值, 总分 row; TXT as pipe rows with blank spanned cells.
  bumen    部门整体支出绩效自评表 with department totals (元, thousands separators), 收入/支出性质 rows,
           department indicators, then a 重点项目 table with a 合计 row; TXT tab-separated.
  duoxiang several 项目支出绩效自评表 one after another, 元 with thousands separators, the indicator
           header split over two rows (年度指标值 / 实际完成值 under 绩效指标值); TXT space-separated
           as a PDF extraction gives it.
  xushu    narrative only: headings 一、（一）1.（1）, funds in varied sentences (年初预算…调整后…实际
           支出…执行率; 资金…到位…拨付; 截至12月31日累计支付), indicators in prose, 满意度达到…%.
  hunhe    narrative with a funds table whose header spans two rows (全年预算数: 小计 | 财政拨款 |
           其他资金) and a 合计 row, then per-project prose; TXT as markdown tables.
"""
import argparse
import html
import json
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from corpus_check import missing_figures  # noqa: E402
from decimal import Decimal, ROUND_HALF_UP

LAYOUTS = ["zpb2021", "bumen", "duoxiang", "xushu", "hunhe"]

PLACES = [
    ("浙江", "zj", "丽水市", "lishui"), ("江西", "jx", "赣州市章贡区", "zhanggong"), ("湖北", "hb", "宜昌市", "yichang"),
    ("四川", "sc", "绵阳市涪城区", "fucheng"), ("河南", "ha", "信阳市", "xinyang"), ("贵州", "gz", "遵义市汇川区", "huichuan"),
    ("山东", "sd", "临沂市", "linyi"), ("广西", "gx", "百色市", "baise"), ("甘肃", "gs", "天水市秦州区", "qinzhou"),
    ("湖南", "hn", "常德市鼎城区", "dingcheng"), ("云南", "yn", "曲靖市", "qujing"), ("河北", "he", "邢台市", "xingtai"),
    ("安徽", "ah", "六安市裕安区", "yuan"), ("福建", "fj", "三明市", "sanming"), ("陕西", "sn", "汉中市", "hanzhong"),
]

# Sector: unit name suffix, pinyin, project names, quantity indicators (name, unit, lo, hi),
# quality indicators (name), benefit indicators (name, target text), satisfaction subject.
SECTORS = [
    dict(unit="农业农村局", py="nyncj", projects=[
        "高标准农田建设项目", "农民职业技能培训经费", "耕地地力保护补贴资金", "农机购置与应用补贴项目",
        "动物疫病防控专项经费", "农村人居环境整治提升项目"],
        qty=[("新建高标准农田面积", "亩", 2000, 12000), ("培训高素质农民人数", "人次", 200, 1500),
             ("补贴发放农户数", "户", 1500, 9000), ("病死畜禽无害化处理数量", "头", 300, 3000),
             ("改造农村户厕数量", "座", 100, 900)],
        qual=["项目验收合格率", "补贴资金兑付准确率", "免疫密度达标率"],
        ben=[("农业综合生产能力", "明显提升"), ("农村人居环境", "持续改善"), ("农户种粮积极性", "有效提高")],
        who="受益农户"),
    dict(unit="教育体育局", py="jytyj", projects=[
        "义务教育薄弱环节改善项目", "学生营养改善计划资金", "乡村教师生活补助", "校园安全防护设施建设项目",
        "学前教育发展资金", "教师继续教育培训经费"],
        qty=[("受助学生人数", "人", 800, 9000), ("改造校舍面积", "平方米", 1200, 8000),
             ("培训教师人数", "人次", 150, 1200), ("配备教学设备套数", "套", 40, 400)],
        qual=["设备验收合格率", "资金发放准确率", "校舍改造工程合格率"],
        ben=[("办学条件", "明显改善"), ("教育教学质量", "稳步提升"), ("学生营养健康状况", "有效改善")],
        who="学生家长"),
    dict(unit="卫生健康委员会", py="wjw", projects=[
        "基本公共卫生服务补助资金", "计划生育家庭奖励扶助资金", "基层医疗卫生机构能力建设项目",
        "重大传染病防控经费", "家庭医生签约服务经费"],
        qty=[("建立居民电子健康档案人数", "人", 5000, 60000), ("奖励扶助对象人数", "人", 300, 4000),
             ("开展免费健康体检人次", "人次", 1000, 20000), ("培训基层医务人员", "人次", 100, 900)],
        qual=["健康档案规范化建档率", "扶助资金发放到位率", "传染病报告及时率"],
        ben=[("居民健康素养水平", "逐步提高"), ("基层医疗服务能力", "有效提升")],
        who="服务对象"),
    dict(unit="交通运输局", py="jtysj", projects=[
        "农村公路养护工程", "城乡客运补贴资金", "危桥改造项目", "公路安全生命防护工程", "乡镇客运站运营补助"],
        qty=[("养护农村公路里程", "公里", 80, 900), ("改造危桥数量", "座", 3, 40),
             ("补贴客运车辆数", "辆", 30, 400), ("设置波形护栏长度", "米", 2000, 30000)],
        qual=["工程质量合格率", "路面优良率", "补贴资金发放准确率"],
        ben=[("群众出行条件", "明显改善"), ("道路通行安全水平", "有效提升")],
        who="沿线群众"),
    dict(unit="水利局", py="slj", projects=[
        "农村饮水安全巩固提升工程", "中小河流治理项目", "小型水库除险加固项目", "山洪灾害防治非工程措施运行维护",
        "水土保持综合治理项目"],
        qty=[("新建改造供水管网长度", "公里", 10, 200), ("治理河道长度", "公里", 3, 40),
             ("除险加固水库数量", "座", 2, 25), ("治理水土流失面积", "平方公里", 5, 60)],
        qual=["工程验收合格率", "水质达标率", "监测设备完好率"],
        ben=[("农村供水保障水平", "明显提高"), ("防洪减灾能力", "有效增强"), ("水土流失", "有效遏制")],
        who="受益群众"),
    dict(unit="文化广电和旅游局", py="wglj", projects=[
        "公共文化服务体系建设项目", "文物保护修缮工程", "送戏下乡惠民演出经费", "全域旅游宣传推广经费",
        "图书馆免费开放补助资金"],
        qty=[("开展惠民演出场次", "场", 40, 400), ("修缮文物保护单位数量", "处", 2, 20),
             ("新增图书馆藏书", "册", 3000, 40000), ("组织宣传推介活动", "次", 5, 40)],
        qual=["修缮工程验收合格率", "演出活动完成率", "场馆免费开放率"],
        ben=[("群众文化生活", "更加丰富"), ("文化遗产保护水平", "有效提升")],
        who="群众"),
    dict(unit="民政局", py="mzj", projects=[
        "城乡最低生活保障资金", "特困人员救助供养资金", "居家和社区养老服务提升项目", "困难残疾人生活补贴",
        "临时救助资金"],
        qty=[("保障城乡低保对象人数", "人", 2000, 30000), ("救助供养特困人员", "人", 200, 3000),
             ("建设社区养老服务站点", "个", 5, 60), ("发放残疾人补贴人数", "人", 500, 8000)],
        qual=["救助资金发放准确率", "养老服务设施验收合格率", "低保对象动态管理率"],
        ben=[("困难群众基本生活", "有效保障"), ("养老服务水平", "持续提升")],
        who="救助对象"),
]

TIMELY = [("资金拨付及时性", "及时", "及时"), ("项目完成时限", "按期完成", "按期完成"),
          ("补助资金发放时效", "按时发放", "按时发放")]
QUAL_ACTUALS = ["达到预期", "达成年度指标", "效果明显"]
SAT_NAMES = ["{who}满意度", "服务对象满意度", "{who}满意率"]
DEPT_INDICATORS = [
    ("产出指标", "预算执行", "预算完成率", "≥", 95, "%"),
    ("产出指标", "预算执行", "结转结余率", "≤", 5, "%"),
    ("产出指标", "预算执行", "公用经费控制率", "≤", 100, "%"),
    ("产出指标", "预算执行", "“三公经费”控制率", "≤", 100, "%"),
    ("产出指标", "预算执行", "政府采购执行率", "=", 100, "%"),
    ("产出指标", "重点工作", "重点工作办结率", "≥", 95, "%"),
    ("效益指标", "社会效益", "部门履职效能", None, "明显提升", None),
    ("满意度指标", "服务对象满意度", "社会公众满意度", "≥", 90, "%"),
]


# ------------------------------------------------------------------ numbers
def yuan(fen):
    """Fen -> expected money string in 元 with two decimals."""
    return f"{fen // 100}.{fen % 100:02d}"


def fmt_yuan(fen, sep=True):
    whole = f"{fen // 100:,}" if sep else str(fen // 100)
    return f"{whole}.{fen % 100:02d}"


def fmt_wan(fen, places):
    """Fen -> 万元 text with exactly `places` decimals (fen must be a multiple of the unit)."""
    value = Decimal(fen) / Decimal(1000000)
    return str(value.quantize(Decimal(1).scaleb(-places)))


def money_wan(rng, lo_wan, hi_wan, places):
    """A random amount (fen) that is exact in 万元 with `places` decimals."""
    step = 1000000 // (10 ** places)  # fen per last decimal of 万元
    return rng.randint(lo_wan * 10 ** places, hi_wan * 10 ** places) * step


def rate(executed, budget, style):
    """Execution rate as written: ('2': two decimals always, 'trim': no trailing zeros, '1': one decimal)."""
    if budget == 0:
        return "0"
    r = (Decimal(executed) * 100 / Decimal(budget))
    if style == "1":
        q = r.quantize(Decimal("0.1"), ROUND_HALF_UP)
    else:
        q = r.quantize(Decimal("0.01"), ROUND_HALF_UP)
    s = str(q)
    if style == "trim" and "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def num(x):
    """A Decimal/float as written, without trailing zeros."""
    s = str(Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP))
    return s.rstrip("0").rstrip(".") if "." in s else s


# ------------------------------------------------------------------ content
def make_indicators(rng, sector, budget_fen, executed_fen):
    """Three-level indicators with weights summing to 90 (产出 50 / 效益 30 / 满意度 10)."""
    out = []
    qty = rng.sample(sector["qty"], 2)
    qual = rng.choice(sector["qual"])
    timely = rng.choice(TIMELY)
    ben = rng.choice(sector["ben"])
    w_out = rng.choice([(10, 10, 10, 10), (15, 10, 10, 5), (10, 15, 5, 10)])
    for (name, unit, lo, hi), w in zip(qty, w_out[:2]):
        t = rng.randint(lo, hi)
        if hi > 1000:
            t = t // 10 * 10
        short = rng.random() < 0.2
        a = t - rng.randint(1, max(1, t // 10)) if short else t + rng.randint(0, max(1, t // 8))
        score = w if a >= t else Decimal(w * a) / Decimal(t)
        out.append(dict(l1="产出指标", l2="数量指标", name=name, cmp="≥", target=str(t), actual=str(a), unit=unit,
                        weight=w, score=num(score), qualitative=False))
    t = rng.choice([90, 95, 98, 100])
    a = 100 if t == 100 else rng.choice([t, num(Decimal(t) + Decimal(rng.randint(1, 40)) / 10), 100])
    out.append(dict(l1="产出指标", l2="质量指标", name=qual, cmp="≥" if t < 100 else "=", target=str(t), actual=str(a),
                    unit="%", weight=w_out[2], score=str(w_out[2]), qualitative=False))
    out.append(dict(l1="产出指标", l2="时效指标", name=timely[0], cmp="定性", target=timely[1], actual=timely[2],
                    unit=None, weight=w_out[3], score=str(w_out[3]), qualitative=True))
    # cost indicator: the budget in 万元 (two decimals at most)
    cost_t = num(Decimal(budget_fen) / 1000000)
    cost_a = num((Decimal(executed_fen) / 1000000).quantize(Decimal("0.01"), ROUND_HALF_UP))
    # weights: 产出 total 50 = qty + qual + timely (so far) + cost
    used = sum(w_out)
    out.append(dict(l1="产出指标", l2="成本指标", name="项目总成本", cmp="≤", target=cost_t, actual=cost_a, unit="万元",
                    weight=50 - used, score=str(50 - used), qualitative=False))
    qa = rng.choice([ben[1], rng.choice(QUAL_ACTUALS)])
    bscore = rng.choice([20, 20, 18, 19.5])
    out.append(dict(l1="效益指标", l2="社会效益指标", name=ben[0], cmp="定性", target=ben[1], actual=qa, unit=None,
                    weight=20, score=num(bscore), qualitative=True))
    out.append(dict(l1="效益指标", l2="可持续影响指标", name="长效管护机制", cmp="定性", target="建立健全",
                    actual="建立健全", unit=None, weight=10, score="10", qualitative=True))
    st = rng.choice([85, 90, 95])
    sa = num(Decimal(rng.randint(st * 10, 1000)) / 10)
    sname = rng.choice(SAT_NAMES).format(who=sector["who"])
    out.append(dict(l1="满意度指标", l2="服务对象满意度指标", name=sname, cmp="≥", target=str(st), actual=sa, unit="%",
                    weight=10, score="10", qualitative=False, satisfaction=True))
    return out


def make_project(rng, sector, name, places, lo, hi, with_other=True):
    budget = money_wan(rng, lo, hi, places)
    other = money_wan(rng, 0, max(1, (lo + hi) // 20), places) if with_other and rng.random() < 0.4 else 0
    other = min(other, budget // 2 // (1000000 // 10 ** places) * (1000000 // 10 ** places))
    fiscal = budget - other
    initial = budget - (money_wan(rng, 1, max(2, lo // 3 + 1), places) if rng.random() < 0.5 else 0)
    initial = max(initial, fiscal // 2)
    step = 1000000 // 10 ** places
    if rng.random() < 0.3:
        executed = budget
    else:
        executed = budget * rng.randint(780, 999) // 1000 // step * step
    return dict(name=name, budget=budget, fiscal=fiscal, other=other, initial=initial, executed=executed,
                indicators=make_indicators(rng, sector, budget, executed))


def expected_project(p, rate_text=None, budget=True, fiscal=True, executed=True, indicators=True, sat=True):
    sat_ind = next((i for i in p["indicators"] if i.get("satisfaction")), None)
    return {
        "name": p["name"],
        "budget_total": yuan(p["budget"]) if budget else None,
        "budget_fiscal": yuan(p["fiscal"]) if fiscal else None,
        "executed": yuan(p["executed"]) if executed else None,
        "execution_rate_stated": rate_text,
        "satisfaction": (p.get("sat_text") or (sat_ind["actual"] if sat_ind else None)) if sat else None,
        "indicators": [{"name": i["name"], "target": i["target"], "actual": i["actual"], "score": i["score"]}
                       for i in p["indicators"]] if indicators else [],
    }


# ------------------------------------------------------------------ document model
class Doc:
    def __init__(self, style):
        self.blocks = []
        self.style = style  # table text style: pipe | markdown | tab | space

    def h(self, level, text):
        self.blocks.append(("h", level, text))

    def p(self, text):
        self.blocks.append(("p", text))

    def table(self, rows, header_rows=1):
        self.blocks.append(("table", rows, header_rows))


def C(text, rs=1, cs=1):
    return (str(text), rs, cs)


def cell(c):
    return c if isinstance(c, tuple) else (str(c), 1, 1)


def grid(rows):
    """Rows of cells (with spans) -> rows of texts on a full grid ('' where a span covers)."""
    occ, out = {}, []
    for r, row in enumerate(rows):
        line, c = [], 0
        for item in row:
            text, rs, cs = cell(item)
            while (r, c) in occ:
                line.append("")
                c += 1
            for dr in range(rs):
                for dc in range(cs):
                    occ[(r + dr, c + dc)] = True
            line.append(text)
            line.extend([""] * (cs - 1))
            c += cs
        while (r, c) in occ:
            line.append("")
            c += 1
        out.append(line)
    return out


def render_txt(doc):
    lines = []
    for b in doc.blocks:
        if b[0] == "h":
            lines.append(b[2])
        elif b[0] == "p":
            lines.append(("　　" if doc.style != "space" else "") + b[1])
        else:
            rows, header_rows = b[1], b[2]
            flat = lambda t: t.replace("\n", "")
            if doc.style in ("pipe", "markdown"):
                g = grid(rows)
                for k, line in enumerate(g):
                    lines.append("| " + " | ".join(flat(t) for t in line) + " |")
                    if doc.style == "markdown" and k == header_rows - 1:
                        lines.append("|" + "|".join(["---"] * len(line)) + "|")
            elif doc.style == "tab":
                for row in rows:
                    lines.append("\t".join(flat(cell(c)[0]) for c in row))
            else:  # space: a PDF extraction, one row per line, cell texts split as printed
                for row in rows:
                    lines.append(" ".join(cell(c)[0].replace("\n", " ") for c in row if cell(c)[0] != ""))
        if b[0] != "table" or doc.style != "space":
            pass
    return "\n".join(lines) + "\n"


def render_html(doc, title):
    e = lambda t: html.escape(t).replace("\n", "<br>")
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">', f'<title>{e(title)}</title>',
           '<style>', 'body { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; }',
           'table { border-collapse: collapse; width: 100%; }', 'th, td { border: 1px solid #000; padding: 2pt 4pt; }',
           '</style>', '</head>', '<body>']
    for b in doc.blocks:
        if b[0] == "h":
            out.append(f"<h{b[1]}>{e(b[2])}</h{b[1]}>")
        elif b[0] == "p":
            out.append(f"<p>{e(b[1])}</p>")
        else:
            out.append('<table border="1" cellspacing="0" cellpadding="3">')
            for row in b[1]:
                tds = []
                for c in row:
                    text, rs, cs = cell(c)
                    attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                    tds.append(f"<td{attrs}>{e(text)}</td>")
                out.append("<tr>" + "".join(tds) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ layouts
def ind_target_text(i, with_cmp=True):
    if i["qualitative"]:
        return i["target"]
    cmp = {"≥": "≥", "≤": "≤", "=": "="}[i["cmp"]] if with_cmp else ""
    return f"{cmp}{i['target']}{i['unit'] or ''}"


def layout_zpb2021(rng, ctx):
    """National 2021+ 项目支出绩效自评表, 万元 with 2-4 decimals."""
    places = rng.choice([2, 3, 4])
    sector = ctx["sector"]
    p = make_project(rng, sector, rng.choice(sector["projects"]), places, 20, 900)
    rstyle = rng.choice(["2", "trim"])
    r = rate(p["executed"], p["budget"], rstyle)
    escore = num(min(Decimal(p["executed"]) / Decimal(p["budget"]), Decimal(1)) * 10)
    d = Doc("pipe")
    title = f"{ctx['unit']}{ctx['year']}年度{p['name']}绩效自评报告"
    d.h(1, title)
    d.p(f"根据财政部门关于开展{ctx['year']}年度预算绩效自评工作的通知要求，我单位对{p['name']}开展了绩效自评，现将自评表公开如下。")
    d.h(2, "项目支出绩效自评表")
    d.p(f"（{ctx['year']}年度）")
    W = lambda f: fmt_wan(f, places)
    rows = [
        ["项目名称", C(p["name"], cs=9)],
        ["主管部门", C(ctx["unit"], cs=4), "实施单位", C(ctx["impl"], cs=4)],
        [C("项目资金\n（万元）", rs=5), "", C("年初预算数", cs=2), C("全年预算数", cs=2), "全年执行数", "分值", "执行率", "得分"],
        ["年度资金总额", C(W(p["initial"]), cs=2), C(W(p["budget"]), cs=2), W(p["executed"]), "10", r + "%", escore],
        ["其中：当年财政拨款", C(W(min(p["initial"], p["fiscal"])), cs=2), C(W(p["fiscal"]), cs=2),
         W(min(p["executed"], p["fiscal"])), "—", "—", "—"],
        ["上年结转资金", C("", cs=2), C("", cs=2), "", "—", "—", "—"],
        ["其他资金", C(W(p["other"]) if p["other"] else "", cs=2), C(W(p["other"]) if p["other"] else "", cs=2),
         W(p["executed"] - min(p["executed"], p["fiscal"])) if p["other"] else "", "—", "—", "—"],
        [C("年度\n总体\n目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=5)],
        [C(f"通过实施{p['name']}，完成年度建设和服务任务，资金规范使用。", cs=4),
         C("已按计划完成年度目标任务，资金使用规范。", cs=5)],
    ]
    rows.append(["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "分值", "实际完成值", "得分",
                 "偏差原因分析及改进措施"])
    inds = p["indicators"]
    by_l1 = {}
    for i in inds:
        by_l1.setdefault(i["l1"], []).append(i)
    for l1, group in by_l1.items():
        for k, i in enumerate(group):
            row = []
            if k == 0:
                row.append(C(l1, rs=len(group)))
            row += [i["l2"], i["name"], i["cmp"], i["target"], i["unit"] or "", str(i["weight"]), i["actual"],
                    i["score"], "" if i["score"] == str(i["weight"]) else "受客观因素影响，略有偏差"]
            rows.append(row)
    total = num(sum(Decimal(i["score"]) for i in inds) + Decimal(escore))
    rows.append([C("总分", cs=6), "100", "", total, ""])
    d.table(rows, header_rows=1)
    d.p("填报说明：定量指标的指标值与度量单位分列填写，指标性质填写≥、≤、＝或定性。")
    exp = expected_project(p, rate_text=r)
    return d, title, {"budget_total": None, "executed_total": None, "execution_rate_stated": None}, [exp], []


def layout_bumen(rng, ctx):
    """部门整体支出绩效自评表 with department totals in 元 (thousands separators) + 重点项目 table."""
    sector = ctx["sector"]
    names = rng.sample(sector["projects"], rng.randint(3, 5))
    projects = [make_project(rng, sector, n, 2, 10, 600) for n in names]
    proj_total = sum(p["budget"] for p in projects)
    basic = money_wan(rng, 300, 3000, 2)
    budget = basic + proj_total + money_wan(rng, 10, 300, 2)
    initial = budget - money_wan(rng, 5, 200, 2)
    executed = budget * rng.randint(850, 999) // 1000
    fiscal = budget - money_wan(rng, 0, 80, 2)
    rstyle = rng.choice(["2", "trim"])
    r = rate(executed, budget, rstyle)
    escore = num(min(Decimal(executed) / Decimal(budget), Decimal(1)) * 10)
    Y = lambda f: fmt_yuan(f, True)
    d = Doc("tab")
    title = f"{ctx['unit']}{ctx['year']}年度部门整体支出绩效自评报告"
    d.h(1, title)
    d.h(2, "一、部门基本情况")
    d.p(f"{ctx['unit']}是{ctx['place']}人民政府工作部门，内设机构{rng.randint(5, 12)}个，"
        f"编制{rng.randint(30, 120)}人。")
    d.h(2, "二、部门整体支出绩效自评情况")
    d.p(f"{ctx['year']}年度部门整体支出绩效自评得分{rng.randint(90, 98)}分，评价等级为“优”。自评表如下。")
    d.h(3, f"{ctx['year']}年度部门整体支出绩效自评表")
    rows = [
        ["部门（单位）名称", C(ctx["unit"], cs=6)],
        [C("年度预算\n（元）", rs=6), "资金类别", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分（10分）"],
        ["年度资金总额", Y(initial), Y(budget), Y(executed), r + "%", escore],
        ["按收入性质分：财政拨款", Y(min(initial, fiscal)), Y(fiscal), Y(min(executed, fiscal)), "—", "—"],
        ["其他资金", Y(initial - min(initial, fiscal)), Y(budget - fiscal), Y(executed - min(executed, fiscal)), "—", "—"],
        ["按支出性质分：基本支出", Y(basic), Y(basic), Y(basic), "—", "—"],
        ["项目支出", Y(initial - basic), Y(budget - basic), Y(executed - basic), "—", "—"],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "全年实际值", "分值", "得分"],
    ]
    dept_inds = []
    for (l1, l2, name, cmp, t, unit) in rng.sample(DEPT_INDICATORS[:6], 4) + DEPT_INDICATORS[6:]:
        if cmp is None:
            target, actual, written_t, written_a = t, "达到预期", t, "达到预期"
        elif name == "预算完成率":
            target, actual = str(t), r
            written_t, written_a = f"{cmp}{t}{unit}", f"{r}{unit}"
        elif cmp == "≤":
            target = str(t)
            actual = num(Decimal(rng.randint(t * 40, t * 100)) / 100) if t < 100 else num(Decimal(rng.randint(8000, 10000)) / 100)
            written_t, written_a = f"{cmp}{t}{unit}", f"{actual}{unit}"
        else:
            target = str(t)
            actual = num(Decimal(rng.randint(t * 10, 1000)) / 10)
            written_t, written_a = f"{cmp}{t}{unit}", f"{actual}{unit}"
        w = 10 if l1 != "效益指标" else 20
        dept_inds.append({"name": name, "target": target, "actual": actual, "score": str(w)})
        rows.append([l1, l2, name, written_t, written_a, str(w), str(w)])
    d.table(rows)
    d.h(2, "三、重点项目支出情况")
    d.p("本年度纳入部门整体支出评价的重点项目资金情况如下表（单位：元）。")
    prow = [["序号", "项目名称", "全年预算数", "其中：财政拨款", "全年执行数", "执行率"]]
    exp_projects = []
    for k, p in enumerate(projects, 1):
        pr = rate(p["executed"], p["budget"], rstyle)
        prow.append([str(k), p["name"], Y(p["budget"]), Y(p["fiscal"]), Y(p["executed"]), pr + "%"])
        exp_projects.append(expected_project(p, rate_text=pr, indicators=False, sat=False))
    tb = sum(p["budget"] for p in projects)
    te = sum(p["executed"] for p in projects)
    prow.append([C("合计", cs=2), Y(tb), Y(sum(p["fiscal"] for p in projects)), Y(te), rate(te, tb, rstyle) + "%"])
    d.table(prow)
    d.h(2, "四、存在的问题及改进措施")
    d.p("部分项目前期论证不够充分，绩效目标设置不够细化。下一步将加强预算执行监控，提高资金使用效益。")
    funds = {"budget_total": yuan(budget), "executed_total": yuan(executed), "execution_rate_stated": r}
    return d, title, funds, exp_projects, dept_inds


def layout_duoxiang(rng, ctx):
    """Several 项目支出绩效自评表, one after another, 元 with separators, two-row indicator header."""
    sector = ctx["sector"]
    names = rng.sample(sector["projects"], rng.randint(2, 4))
    d = Doc("space")
    title = f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评表"
    d.h(1, title)
    d.p(f"{ctx['unit']}{ctx['year']}年度共对{len(names)}个项目开展绩效自评，各项目自评表如下。")
    Y = lambda f: fmt_yuan(f, True)
    exps = []
    for k, n in enumerate(names, 1):
        p = make_project(rng, sector, n, 2, 5, 400)
        r = rate(p["executed"], p["budget"], rng.choice(["2", "trim"]))
        escore = num(min(Decimal(p["executed"]) / Decimal(p["budget"]), Decimal(1)) * 10)
        d.h(3, f"附表{k}")
        d.h(2, "项目支出绩效自评表")
        d.p(f"（{ctx['year']}年度）")
        rows = [
            ["项目名称", C(p["name"], cs=7)],
            ["主管部门", C(ctx["unit"], cs=3), "实施单位", C(ctx["impl"], cs=3)],
            [C("项目资金\n（元）", rs=4), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            ["年度资金总额：", Y(p["initial"]), Y(p["budget"]), Y(p["executed"]), "10", r + "%", escore],
            ["其中：财政拨款", Y(min(p["initial"], p["fiscal"])), Y(p["fiscal"]), Y(min(p["executed"], p["fiscal"])),
             "—", "—", "—"],
            ["其他资金", Y(p["initial"] - min(p["initial"], p["fiscal"])), Y(p["other"]),
             Y(p["executed"] - min(p["executed"], p["fiscal"])), "—", "—", "—"],
        ]
        inds = p["indicators"]
        rows.append([C("绩\n效\n指\n标", rs=len(inds) + 2), C("一级指标", rs=2), C("二级指标", rs=2),
                     C("三级指标", rs=2), C("绩效指标值", cs=2), C("分值", rs=2), C("得分", rs=2)])
        rows.append(["年度指标值", "实际完成值"])
        by_l1 = {}
        for i in inds:
            by_l1.setdefault(i["l1"], []).append(i)
        for l1, group in by_l1.items():
            for j, i in enumerate(group):
                row = [C(l1, rs=len(group))] if j == 0 else []
                actual = i["actual"] if i["qualitative"] else f"{i['actual']}{i['unit']}"
                row += [i["l2"], i["name"], ind_target_text(i), actual, str(i["weight"]), i["score"]]
                rows.append(row)
        total = num(sum(Decimal(i["score"]) for i in inds) + Decimal(escore))
        rows.append([C("总分", cs=5), "100", total])
        d.table(rows, header_rows=1)
        d.p(f"项目负责人：　　　财务负责人：　　　填报日期：{ctx['year'] + 1}年3月{rng.randint(1, 28)}日")
        exps.append(expected_project(p, rate_text=r))
    return d, title, {"budget_total": None, "executed_total": None, "execution_rate_stated": None}, exps, []


CN_NUM = "一二三四五六七八九十"


def prose_funds(rng, p, year, wan_places):
    """One project's money in a sentence; returns (text, stated rate or None, fiscal stated?)."""
    W = lambda f: fmt_wan(f, wan_places) + "万元"
    form = rng.choice("ABCD")
    r = rate(p["executed"], p["budget"], rng.choice(["2", "trim", "1"]))
    if form == "A":
        t = (f"该项目年初预算{W(p['initial'])}，调整后全年预算{W(p['budget'])}，其中财政拨款{W(p['fiscal'])}；"
             f"实际支出{W(p['executed'])}，预算执行率{r}%。")
        return t, r, True
    if form == "B":
        t = (f"{p['name']}项目资金{W(p['budget'])}已全部到位，截至{year}年12月31日累计支付{W(p['executed'])}，"
             f"资金执行率为{r}%。")
        return t, r, False
    if form == "C":
        t = (f"本项目全年预算数为{fmt_yuan(p['budget'])}元（其中财政资金{fmt_yuan(p['fiscal'])}元），"
             f"全年执行数{fmt_yuan(p['executed'])}元，执行率达{r}%。")
        return t, r, True
    t = (f"{year}年度安排{p['name']}共计{W(p['budget'])}，其中财政拨款{W(p['fiscal'])}。项目资金到位{W(p['budget'])}，"
         f"到位率100%；已拨付{W(p['executed'])}，拨付率{r}%。")
    return t, r, True


def prose_indicator(rng, i):
    u = i["unit"] or ""
    if i.get("satisfaction"):
        return f"{i['name']}目标值≥{i['target']}%，实际为{i['actual']}%，得{i['score']}分。"
    if i["qualitative"]:
        return rng.choice([
            f"“{i['name']}”预期目标为{i['target']}，实际完成情况为{i['actual']}，得{i['score']}分。",
            f"{i['name']}：年度指标值{i['target']}，全年实际值{i['actual']}，该项得分{i['score']}分。"])
    cmpw = {"≥": "不少于", "≤": "不超过", "=": "达到"}[i["cmp"]]
    if u == "%":
        return rng.choice([
            f"{i['name']}年度目标{i['cmp']}{i['target']}%，实际达到{i['actual']}%，得分{i['score']}分。",
            f"“{i['name']}”目标值为{i['target']}%，实际完成值{i['actual']}%，得{i['score']}分。"])
    return rng.choice([
        f"{i['name']}完成{i['actual']}{u}，目标{i['target']}{u}，得{i['score']}分。",
        f"{i['name']}：年度目标{cmpw}{i['target']}{u}，实际完成{i['actual']}{u}，得分{i['score']}分。",
        f"“{i['name']}”指标值{i['cmp']}{i['target']}{u}，全年实际完成{i['actual']}{u}，得{i['score']}分。"])


def prose_project(rng, d, p, year, places, k, sat_as_sentence, head):
    head(p)
    ftext, r, fiscal = prose_funds(rng, p, year, places)
    d.h(3, "1.资金投入及使用情况")
    d.p(ftext)
    d.h(3, "2.绩效目标完成情况")
    inds = list(p["indicators"])
    sat = next(i for i in inds if i.get("satisfaction"))
    if sat_as_sentence:
        inds.remove(sat)
        p["indicators"] = inds
        p["sat_text"] = sat["actual"]
    groups = [("（1）产出指标。", [i for i in inds if i["l1"] == "产出指标"]),
              ("（2）效益指标。", [i for i in inds if i["l1"] == "效益指标"]),
              ("（3）满意度指标。", [i for i in inds if i["l1"] == "满意度指标"])]
    for label, group in groups:
        if group:
            d.p(label + "".join(prose_indicator(rng, i) for i in group))
    if sat_as_sentence:
        d.p(rng.choice([f"通过发放调查问卷等方式开展满意度调查，{sat['name']}达到{sat['actual']}%。",
                        f"经随机抽样调查，服务对象满意度达到{sat['actual']}%，较上年有所提高。"]))
    return expected_project(p, rate_text=r, fiscal=fiscal)


def layout_xushu(rng, ctx):
    sector = ctx["sector"]
    names = rng.sample(sector["projects"], rng.randint(1, 3))
    places = rng.choice([2, 2, 4])
    projects = [make_project(rng, sector, n, places, 10, 800) for n in names]
    d = Doc("pipe")
    one = len(projects) == 1
    title = (f"{ctx['unit']}{ctx['year']}年度{projects[0]['name']}绩效自评报告" if one
             else f"{ctx['unit']}{ctx['year']}年度项目支出绩效自评报告")
    d.h(1, title)
    d.h(2, "一、项目基本情况")
    d.p(f"为全面掌握{ctx['year']}年度财政资金使用绩效，我局按照“谁支出、谁自评”的原则，对"
        + "、".join(p["name"] for p in projects) + "开展了绩效自评。")
    funds = {"budget_total": None, "executed_total": None, "execution_rate_stated": None}
    if not one and rng.random() < 0.6:
        B = sum(p["budget"] for p in projects) + money_wan(rng, 200, 2000, 2)
        E = B * rng.randint(880, 999) // 1000 // 100 * 100
        R = rate(E, B, "2")
        d.p(f"{ctx['year']}年我局部门预算总额{fmt_wan(B, 2)}万元，全年执行{fmt_wan(E, 4)}万元，部门预算执行率{R}%。")
        funds = {"budget_total": yuan(B), "executed_total": yuan(E), "execution_rate_stated": R}
    d.h(2, "二、绩效目标实现情况")
    exps = []
    for k, p in enumerate(projects):
        def head(p, k=k):
            d.h(2 if one else 3, f"（{CN_NUM[k]}）{p['name']}")
        exps.append(prose_project(rng, d, p, ctx["year"], places, k, rng.random() < 0.5, head))
    d.h(2, "三、存在的问题")
    d.p("一是绩效目标设置不够精准，个别指标量化程度不高；二是项目实施进度不均衡，年底集中支付。")
    d.h(2, "四、下一步改进措施")
    d.p("进一步强化预算绩效管理，科学设置绩效目标，加快预算执行进度，提升资金使用效益。")
    return d, title, funds, exps, []


def layout_hunhe(rng, ctx):
    sector = ctx["sector"]
    names = rng.sample(sector["projects"], rng.randint(2, 4))
    places = rng.choice([2, 3, 4])
    projects = [make_project(rng, sector, n, places, 10, 500) for n in names]
    W = lambda f: fmt_wan(f, places)
    d = Doc("markdown")
    title = f"{ctx['unit']}关于{ctx['year']}年度项目支出绩效自评情况的报告"
    d.h(1, title)
    d.h(2, "一、基本情况")
    d.p(f"{ctx['year']}年，我单位纳入绩效自评范围的项目共{len(projects)}个，资金安排及执行情况见下表。")
    rows = [
        [C("序号", rs=2), C("项目名称", rs=2), C("全年预算数（万元）", cs=3), C("全年执行数（万元）", rs=2), C("执行率", rs=2)],
        ["小计", "财政拨款", "其他资金"],
    ]
    rates = []
    for k, p in enumerate(projects, 1):
        pr = rate(p["executed"], p["budget"], "2")
        rates.append(pr)
        rows.append([str(k), p["name"], W(p["budget"]), W(p["fiscal"]), W(p["other"]) if p["other"] else "0",
                     W(p["executed"]), pr + "%"])
    tb, te = sum(p["budget"] for p in projects), sum(p["executed"] for p in projects)
    rows.append(["", "合计", W(tb), W(sum(p["fiscal"] for p in projects)), W(sum(p["other"] for p in projects)),
                 W(te), rate(te, tb, "2") + "%"])
    d.table(rows, header_rows=2)
    d.h(2, "二、绩效目标完成情况")
    exps = []
    for k, p in enumerate(projects):
        d.h(3, f"（{CN_NUM[k]}）{p['name']}")
        d.p(rng.choice(["项目按计划组织实施，资金管理规范。", "项目实施程序规范，资金专款专用。"]))
        sat_sentence = rng.random() < 0.5
        inds = list(p["indicators"])
        sat = next(i for i in inds if i.get("satisfaction"))
        if sat_sentence:
            inds.remove(sat)
            p["indicators"] = inds
            p["sat_text"] = sat["actual"]
        d.p("1.产出指标完成情况。" + "".join(prose_indicator(rng, i) for i in inds if i["l1"] == "产出指标"))
        d.p("2.效益指标完成情况。" + "".join(prose_indicator(rng, i) for i in inds if i["l1"] == "效益指标"))
        if sat_sentence:
            d.p(f"3.满意度情况。项目实施后开展问卷调查，{sat['name']}达到{sat['actual']}%。")
        else:
            d.p("3.满意度指标完成情况。" + prose_indicator(rng, sat))
        exps.append(expected_project(p, rate_text=rates[k]))
    d.h(2, "三、存在问题及改进措施")
    d.p("个别项目支出进度偏慢。下一步将加强项目库管理，做实做细前期工作。")
    return d, title, {"budget_total": None, "executed_total": None, "execution_rate_stated": None}, exps, []


BUILDERS = {"zpb2021": layout_zpb2021, "bumen": layout_bumen, "duoxiang": layout_duoxiang, "xushu": layout_xushu,
            "hunhe": layout_hunhe}
KIND = {"zpb2021": "自评表", "bumen": "部门整体自评", "duoxiang": "自评表", "xushu": "项目支出自评", "hunhe": "项目支出自评"}


# ------------------------------------------------------------------ check (as check-expected.py)
def check(entry, text):
    """What of `entry` the text does not hold (tests/corpus/corpus_check.py, as check-expected.py)."""
    return missing_figures(entry, text)


# ------------------------------------------------------------------ main
def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("outdir", nargs="?", default="genb")
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--seed", type=int, default=20261126)
    args = ap.parse_args(argv)
    out = pathlib.Path(args.outdir)
    (out / "html").mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    bad = 0
    for n in range(args.count):
        layout = LAYOUTS[n % len(LAYOUTS)]
        prov, prov_py, place, place_py = rng.choice(PLACES)
        sector = rng.choice(SECTORS)
        year = rng.randint(2019, 2024)
        unit = f"{place}{sector['unit']}"
        impl = rng.choice([unit, f"{place}{sector['unit'].replace('局', '')}事务中心"])
        ctx = dict(province=prov, place=place, unit=unit, impl=impl, year=year, sector=sector)
        doc, title, funds, projects, dept = BUILDERS[layout](rng, ctx)
        rid = f"gb{n + 1:02d}-{prov_py}-{place_py}-{sector['py']}-{year}"
        stem = f"{rid}.{layout}"
        entry = {"id": stem, "title": title, "province": prov, "year": year, "kind": KIND[layout],
                 "source": f"generator-b seed {args.seed} #{n + 1}", "complete": True, "unit": unit,
                 "funds": funds, "projects": projects, "department_indicators": dept}
        text = render_txt(doc)
        page = render_html(doc, title)
        (out / f"{stem}.txt").write_text(text, encoding="utf-8")
        (out / "html" / f"{stem}.html").write_text(page, encoding="utf-8")
        (out / f"{stem}.expected.json").write_text(json.dumps(entry, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
        page_text = html.unescape(re.sub(r"<[^>]+>", " ", page))
        for what, body in (("txt", text), ("html", page_text)):
            for problem in check(entry, body):
                print(f"{stem}.{what}: not in the text: {problem}")
                bad += 1
    print(f"generator-b: {args.count} reports in {out} ({', '.join(LAYOUTS)}), {bad} figures not in their text")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
