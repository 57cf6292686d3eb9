"""Helpers shared by the generated-corpus generators D, E and F (tests/corpus/generator-X/generate.py).

They were copied from one generator to the next (E's follow D's, F's follow E's); this module holds the
one copy. Moving them here changed no generator's output (the same seed gives the same bytes as before).
Layout-specific code (places, sectors, indicators, page headers, the table flatteners that differ) stays in
each generator. Python 3 standard library only, no clock, no hash-order dependence.
"""
import argparse
import html as htmlmod
import json
import pathlib
import random
import re
import subprocess
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from corpus_check import missing_figures  # noqa: E402  (tests/corpus/corpus_check.py)

D = Decimal
FEN_PER_WAN = 1000000      # 1 万元 = 1,000,000 分
FEN_PER_YI = 10000000000   # 1 亿元

# --------------------------------------------------------------------------------------------
# Numbers (money in 分)


def q2(x):
    return D(x).quantize(D("0.01"), ROUND_HALF_UP)


def trim(x):
    s = format(D(x), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("", "-0") else "0"


def yuan_exp(fen):
    """Money as the expected document writes it: 元 with two decimals."""
    return f"{fen // 100}.{fen % 100:02d}"


def _scaled(fen, per, dec, trim_zeros=False, sep=None):
    d = D(fen) / D(per)
    qd = d.quantize(D(1).scaleb(-dec))
    assert qd == d, (fen, per, dec)
    s = format(qd, "f")
    if trim_zeros and "." in s:
        s = s.rstrip("0").rstrip(".")
    if sep:
        whole, _, frac = s.partition(".")
        s = f"{int(whole):,}".replace(",", sep) + ("." + frac if frac else "")
    return s


def fmt_yuan(fen, sep=","):
    whole = f"{fen // 100:,}".replace(",", sep) if sep else str(fen // 100)
    return f"{whole}.{fen % 100:02d}"


def fmt_wan(fen, dec=2, trim_zeros=False, sep=None):
    return _scaled(fen, FEN_PER_WAN, dec, trim_zeros, sep)


def fmt_yi(fen, dec=4, trim_zeros=False):
    return _scaled(fen, FEN_PER_YI, dec, trim_zeros)


def rate(executed, budget):
    return q2(D(executed) * 100 / D(budget))


def fmt_rate(r, style):
    """"2": two decimals always (98.50); "t": trailing zeros dropped (98.5, 100)."""
    if style == "2":
        return f"{D(r):.2f}"
    return trim(r)


def amount(rng, lo_yuan, hi_yuan, gran_fen):
    """A random amount in 分, a multiple of gran_fen, between the bounds (元)."""
    lo = max(1, lo_yuan * 100 // gran_fen)
    hi = max(lo, hi_yuan * 100 // gran_fen)
    return rng.randint(lo, hi) * gran_fen


def part_of(rng, total, lo, hi, gran):
    """A part of total (分) between lo and hi of it, a multiple of gran."""
    f = D(rng.randint(int(lo * 100000), int(hi * 100000))) / 100000
    p = int(D(total) * f) // gran * gran
    return min(p, total)


def spent(rng, budget, gran, full=0.35, lo=0.8, hi=0.995):
    return budget if rng.random() < full else part_of(rng, budget, lo, hi, gran)


def nice_int(rng, lo, hi):
    v = rng.randint(lo, hi)
    if v >= 10000:
        v = v // 100 * 100
    elif v >= 1000:
        v = v // 10 * 10
    return max(v, 1)


def distribute(rng, total, n, minimum=2):
    """n integer weights summing to total, none below minimum, roughly even."""
    base = total // n
    w = [base] * n
    for i in range(total - base * n):
        w[i % n] += 1
    for _ in range(n):
        i, j = rng.randrange(n), rng.randrange(n)
        d = rng.choice([1, 2])
        if i != j and w[i] - d >= minimum:
            w[i] -= d
            w[j] += d
    assert sum(w) == total
    return w


# ---- Indicators from a generator's specs (generators L, M and N) ------------------------------
# A spec: (二级指标, name, kind, …) with kind ge (unit, lo, hi), pct (unit, targets), lepct, le (unit,
# lo, hi), zero (unit), time (deadline), qual (target, shortfall). The generator's Indicator subclass
# writes the cells; these draw the figures.

BENEFIT_L2 = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]


def pct_actual(rng, t, met):
    """A rate reached: up to 6 points above its target when met (100 at most), 0.5-6 below when not."""
    t = D(t)
    if met:
        return "100" if t >= 100 else trim(t + D(rng.randint(0, int(min(100 - t, 6) * 10))) / 10)
    return trim(t - D(rng.randint(5, 60)) / 10)


def spec_indicator(rng, spec, ind, output_l2, time_done, met_share):
    """One indicator of class `ind` from its spec, met with the chance met_share."""
    l2, name, kind = spec[0], spec[1], spec[2]
    l1 = "产出指标" if l2 in output_l2 else "效益指标"
    met = rng.random() < met_share
    if kind == "ge":
        unit, lo, hi = spec[3], spec[4], spec[5]
        t = nice_int(rng, lo, hi)
        a = t + rng.randint(0, max(1, t // 8)) if met else max(1, t - rng.randint(1, max(1, t // 7)))
        if a >= 1000 and met:
            a = max(t, a // 10 * 10)
        return ind(l1, l2, name, "ge", unit, str(t), str(a))
    if kind == "pct":
        t = rng.choice(spec[4])
        return ind(l1, l2, name, "pct", "%", str(t), pct_actual(rng, t, met))
    if kind == "lepct":
        a = trim(D(100) - D(rng.randint(0, 40)) / 10) if met else trim(D(100) + D(rng.randint(5, 30)) / 10)
        return ind(l1, l2, name, "lepct", "%", "100", a)
    if kind == "le":
        unit, lo, hi = spec[3], spec[4], spec[5]
        t = rng.randint(lo, hi)
        if t > 100:
            t = t // 10 * 10
        a = (t - rng.randint(0, max(0, t // 10)) if t > 2 else t) if met else t + max(1, rng.randint(1, max(1, t // 10)))
        return ind(l1, l2, name, "le", unit, str(t), str(a))
    if kind == "zero":
        return ind(l1, l2, name, "zero", spec[3], "0", "0")
    if kind == "time":
        return ind(l1, l2, name, "time", "", spec[3], time_done[spec[3]] if met else "基本按期完成", met)
    if kind == "qual":
        return ind(l1, l2, name, "qual", "", spec[3], spec[3] if met else spec[4], met)
    raise ValueError(kind)


def spec_indicators(rng, specs, satname, pool, ind, output_l2, time_done, met_share, n_lo=5, n_hi=12):
    """n_lo..n_hi indicators: the project's own specs (in order), then from the pool, then the named
    满意度; weights 产出 50 / 效益 30 / 满意度 10 (90 with the 10 of 执行率 outside), scored."""
    pool = [s for s in pool if s[1] not in {x[1] for x in specs}]
    n = rng.randint(n_lo, min(n_hi, len(specs) + len(pool) + 1))
    chosen = list(specs[:n - 1])
    chosen += rng.sample(pool, max(0, n - 1 - len(chosen)))
    inds = [spec_indicator(rng, s, ind, output_l2, time_done, met_share) for s in chosen]
    outs = sorted([i for i in inds if i.l1 == "产出指标"], key=lambda i: output_l2.index(i.l2))
    bens = sorted([i for i in inds if i.l1 == "效益指标"], key=lambda i: BENEFIT_L2.index(i.l2))
    t = rng.choice([85, 90, 95])
    met = rng.random() < 0.85
    sa = trim(D(t) + D(rng.randint(0, (99 - t) * 10)) / 10) if met else trim(D(t) - D(rng.randint(5, 40)) / 10)
    sat = ind("满意度指标", "服务对象满意度指标", satname, "sat", "%", str(t), sa)
    inds = outs + bens + [sat]
    w = distribute(rng, 50, len(outs), 3) + (distribute(rng, 30, len(bens), 3) if bens else []) + [10]
    if not bens:
        w[0] += 30
    for i, wt in zip(inds, w):
        i.weight = str(wt)
        i.compute_score(rng)
        assert D(i.score) <= D(i.weight)
    assert sum(int(i.weight) for i in inds) == 90 and n_lo <= len(inds) <= 12
    return inds


def sat_of(inds):
    for i in inds:
        if i.kind == "sat":
            return i.actual
    return None


def grade_of(score):
    s = D(score)
    return "优" if s >= 90 else "良" if s >= 80 else "中" if s >= 60 else "差"


class Indicator:
    """One 三级指标 with its figures as the report writes them (ASCII strings); each generator's Ind adds how
    its reports write it. Scored by the DOMAIN.md rules (≥: W·A/T when missed; ≤: W·(1−(A−T)/T), 0 from 2T;
    = 0; qualitative 0.8–0.9 W when only partly reached)."""

    def __init__(self, l1, l2, name, kind, unit, target, actual, met=True):
        self.l1, self.l2, self.name, self.kind, self.unit = l1, l2, name, kind, unit
        self.target, self.actual, self.met = target, actual, met
        self.weight = None
        self.score = None

    def compute_score(self, rng):
        w = D(self.weight)
        if self.kind in ("ge", "pct", "sat"):
            t, a = D(self.target), D(self.actual)
            s = w if a >= t else q2(w * a / t)
        elif self.kind in ("le", "lepct"):
            t, a = D(self.target), D(self.actual)
            s = w if a <= t else (D(0) if a >= 2 * t else q2(w * (1 - (a - t) / t)))
        elif self.kind == "zero":
            s = w if D(self.actual) == 0 else D(0)
        else:
            s = w if self.met else q2(w * D(rng.choice(["0.8", "0.85", "0.9"])))
        assert 0 <= s <= w
        self.score = trim(s)

    @property
    def numeric(self):
        return self.kind not in ("time", "qual")

    def act(self, unit=True):
        return f"{self.actual}{self.unit if unit else ''}" if self.numeric else self.actual


ORDER2 = {"数量指标": 0, "质量指标": 1, "时效指标": 2, "成本指标": 3, "经济效益指标": 4, "社会效益指标": 5,
          "生态效益指标": 6, "可持续影响指标": 7}

# --------------------------------------------------------------------------------------------
# Tables: a grid of cells with row and column spans, as HTML and as text


class C:
    __slots__ = ("text", "rs", "cs")

    def __init__(self, text="", rs=1, cs=1):
        self.text, self.rs, self.cs = str(text), rs, cs


def place_cells(rows, keep_cell=False):
    """Places rows of cells with row and column spans on a grid: (per row, its cells as (column, cell);
    the occupancy, each grid place -> the (row, column) of the cell covering it, and the cell with
    `keep_cell`). Asserts that no two cells overlap."""
    occ, placed = {}, []
    for r, row in enumerate(rows):
        c, items = 0, []
        for cl in row:
            while (r, c) in occ:
                c += 1
            items.append((c, cl))
            for dr in range(cl.rs):
                for dc in range(cl.cs):
                    assert (r + dr, c + dc) not in occ, ("overlap", r, c, getattr(cl, "text", None))
                    occ[(r + dr, c + dc)] = (r, c, cl) if keep_cell else (r, c)
            c += cl.cs
        placed.append(items)
    return placed, occ


class Table:
    def __init__(self):
        self.rows = []

    def row(self, *cells):
        self.rows.append([c if isinstance(c, C) else C(c) for c in cells])
        return self

    def grid(self):
        """(cells placed per row as (column, cell), occupancy, number of columns); checks the shape."""
        placed, occ = place_cells(self.rows)
        ncols = max(c for (_, c) in occ) + 1
        for r in range(len(self.rows)):
            for c in range(ncols):
                assert (r, c) in occ, ("hole", r, c, [x.text for x in self.rows[r]])
        return placed, occ, ncols


def esc(s):
    return htmlmod.escape(s, quote=False)


def table_html(t, head=0, thead=False):
    """A <table>; the first `head` rows as <th>, in a <thead> when thead (Writer repeats it on each page)."""
    t.grid()
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for k, row in enumerate(t.rows):
        if thead and k == 0 and head:
            out.append("<thead>")
        tag = "th" if k < head else "td"
        tds = []
        for c in row:
            attrs = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            tds.append(f"<{tag}{attrs}>{esc(c.text).replace(chr(10), '<br>')}</{tag}>")
        out.append("<tr>" + "".join(tds) + "</tr>")
        if thead and head and k == head - 1:
            out.append("</thead><tbody>")
    if thead and head:
        out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def flat_lines(t, blank=False):
    """Each cell on a line of its own (a page's table copied, a DOCX saved as text by Writer, a PDF without
    layout); cells a span covers absent."""
    out = []
    for row in t.rows:
        for c in row:
            out.append(c.text)
            if blank:
                out.append("")
    return "\n".join(out)


def flat_tabs(t, keep_covered=True):
    """Tab-separated rows (a browser's or Word's plain text of a table); keep_covered: cells a span covers
    left empty, else absent."""
    placed, occ, ncols = t.grid()
    out = []
    for r, items in enumerate(placed):
        origin = dict(items)
        cells, c = [], 0
        while c < ncols:
            if c in origin:
                cells.append(origin[c].text.replace("\n", ""))
                c += origin[c].cs
            else:
                if keep_covered:
                    cells.append("")
                c += 1
        out.append("\t".join(cells).rstrip("\t"))
    return "\n".join(out)


def flat_spaced(t, joiner="  "):
    """Rows of the cells a row starts, joined by spaces (a PDF copied without its layout)."""
    out = []
    for row in t.rows:
        texts = [c.text.replace("\n", "") for c in row if c.text.strip()]
        if texts:
            out.append(joiner.join(texts))
    return "\n".join(out)


def dw(s):
    """Display width: CJK and full-width characters count two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


# --------------------------------------------------------------------------------------------
# HTML pages


def html_page(title, body_parts, top=(), bottom=()):
    out = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">', f"<title>{esc(title)}</title>",
           "</head><body>"]
    for ln in top:
        out.append(f'<div class="nav">{esc(ln)}</div>')
    out.extend(body_parts)
    for ln in bottom:
        out.append(f'<div class="foot">{esc(ln)}</div>')
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def P(text, center=False, bold=False, right=False):
    t = esc(text)
    if bold:
        t = f"<b>{t}</b>"
    if center:
        return f'<p align="center">{t}</p>'
    if right:
        return f'<p align="right">{t}</p>'
    return f"<p>{t}</p>"


def H(text, level=2):
    return f"<h{level}>{esc(text)}</h{level}>"


def html_text(page):
    """The text of a page as a reader sees it, each tag boundary a line break."""
    page = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", page)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "\n", page))


# --------------------------------------------------------------------------------------------
# Wrapping and pages (a PDF's text)

TOKEN = re.compile(r"[0-9A-Za-z.,%\-/:+~()≥≤=<>]+|.", re.S)
NO_START = set("，。、；：）》」”’％%！？)…")


def wrap(text, width, indent="", token=TOKEN):
    """Greedy wrap at `width` display columns; a run of ASCII (a number) is never broken, closing
    punctuation hangs. token: what is never broken (F's also keeps ¥ with its figure)."""
    lines, cur, curw = [], indent, dw(indent)
    for tok in token.findall(text):
        w = dw(tok)
        if curw + w > width and cur.strip():
            if tok in NO_START and curw + w <= width + 2:
                cur += tok
                curw += w
                continue
            lines.append(cur)
            cur, curw = tok, w
        else:
            cur += tok
            curw += w
    if cur:
        lines.append(cur)
    return lines or [""]


def straddles(a, b, protect):
    """Whether a protected string runs from the end of line a into line b (a page break there would cut it)."""
    a, b = re.sub(r"\s+", "", a), re.sub(r"\s+", "", b)
    both = a + b
    for x in protect:
        k = both.find(x)
        while k >= 0:
            if k < len(a) < k + len(x):
                return True
            k = both.find(x, k + 1)
    return False


def page_number(style, p, n):
    if style == "dash":
        num = f"— {p} —"
        return num.rjust(70) if p % 2 else num
    if style == "of":
        return f"第 {p} 页 共 {n} 页".center(60).rstrip()
    if style == "slash":
        return f"{p}/{n}".center(70).rstrip()
    return f"- {p} -".center(60).rstrip()


def paginate(lines, header, per_page, protect, number_style, first_header=False, numbering=None):
    """Lines into pages: a running header (on the first page too when first_header), a page number at each
    foot (page_number's, or numbering(number_style, p, n) when given), pages parted by a form feed; a page
    never ends inside a protected string (a name, a text value)."""
    pages, i = [], 0
    while i < len(lines):
        end = min(i + per_page, len(lines))
        if end < len(lines):
            k = end
            while k > i + per_page // 2 and straddles(lines[k - 1], lines[k], protect):
                k -= 1
            end = k
        pages.append(lines[i:end])
        i = end
    n = len(pages)
    out = []
    for p, body in enumerate(pages, 1):
        page = []
        if header and (p > 1 or first_header):
            page.append(header)
            page.append("")
        page.extend(body)
        page.append("")
        page.append((numbering or page_number)(number_style, p, n))
        out.append("\n".join(page))
    return "\f".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Context, ids and expected documents


def cycle(ctx, options, shift=0, per=6):
    """The layout's main variants taken in turn: report k of a layout gets option k mod n (per: the number
    of layouts the reports cycle through)."""
    return options[(ctx["index"] // per + shift) % len(options)]


def make_id(prefix, ctx, unit_py=None, place=None):
    return (f"{prefix}{ctx['index'] + 1:02d}-{ctx['ppy']}-{place or ctx['cpy']}-{unit_py or ctx['unit_py']}-{ctx['year']}"
            f".{ctx['layout']}")


def expected_doc(gen, ctx, rid, title, kind, unit, funds, projects, dept_inds=None, province=None):
    """An expected document (tests/corpus/FORMAT-expected.md); gen: the generator's folder name."""
    f = funds or {}
    return {
        "id": rid,
        "title": title,
        "province": province or ctx["prov"],
        "year": ctx["year"],
        "kind": kind,
        "source": f"generated:tests/corpus/{gen}/generate.py --seed {ctx['seed']} (report {ctx['index'] + 1}, layout {ctx['layout']})",
        "complete": True,
        "unit": unit,
        "funds": {"budget_total": f.get("budget_total"), "executed_total": f.get("executed_total"),
                  "execution_rate_stated": f.get("execution_rate_stated")},
        "projects": projects,
        "department_indicators": dept_inds or [],
    }


def project_exp(name, budget=None, fiscal=None, executed=None, rate_s=None, sat=None, inds=None):
    return {"name": name,
            "budget_total": yuan_exp(budget) if budget is not None else None,
            "budget_fiscal": yuan_exp(fiscal) if fiscal is not None else None,
            "executed": yuan_exp(executed) if executed is not None else None,
            "execution_rate_stated": rate_s,
            "satisfaction": sat,
            "indicators": inds or []}


# --------------------------------------------------------------------------------------------
# The self-check: every expected figure and indicator name in the text, every stated rate derived again


def self_check(exp, strict=False):
    """Consistency beyond 'is it in the text': every stated rate derived again, parts within totals.
    strict (F's): also project names unique, no negative score, projects within the department total."""
    problems = []
    if strict:
        names = [p["name"] for p in exp["projects"]]
        if len(set(names)) != len(names):
            problems.append("project names repeat")
    for p in exp["projects"]:
        b, e, r = p["budget_total"], p["executed"], p["execution_rate_stated"]
        if r is not None and (b is None or e is None):
            problems.append(f"{p['name']}: a rate without its figures")
        if b and e and r is not None and q2(D(e) * 100 / D(b)) != D(r):
            problems.append(f"{p['name']}: rate {r} != {e}/{b}")
        if b and p["budget_fiscal"] and D(p["budget_fiscal"]) > D(b):
            problems.append(f"{p['name']}: fiscal above total")
        if b and e and D(e) > D(b):
            problems.append(f"{p['name']}: executed above budget")
        if strict:
            for i in p["indicators"]:
                if i["score"] is not None and D(i["score"]) < 0:
                    problems.append(f"{p['name']}: {i['name']} negative score")
    f = exp["funds"]
    if f["execution_rate_stated"] is not None:
        if q2(D(f["executed_total"]) * 100 / D(f["budget_total"])) != D(f["execution_rate_stated"]):
            problems.append("funds rate")
    if strict and f["budget_total"] is not None:
        if sum(D(p["budget_total"]) for p in exp["projects"]) > D(f["budget_total"]):
            problems.append("projects above the department total")
    return problems


def missing_indicator_names(exp, text):
    """Indicator names are matched by the scorer, so each must be in the text too (whitespace aside)."""
    flat = re.sub(r"\s+", "", text)
    out = []
    for i, p in enumerate(exp["projects"]):
        for j, ind in enumerate(p["indicators"]):
            if re.sub(r"\s+", "", ind["name"]) not in flat:
                out.append(f"projects[{i}].indicators[{j}].name = {ind['name']}")
    for j, ind in enumerate(exp["department_indicators"]):
        if re.sub(r"\s+", "", ind["name"]) not in flat:
            out.append(f"department_indicators[{j}].name = {ind['name']}")
    return out


SCORED_KINDS = ("funds", "names", "money", "rates", "satisfaction", "targets", "actuals", "scores")


def new_tally():
    return {k: 0 for k in SCORED_KINDS + ("indicators", "department_indicators", "dept_figures")}


def count_figures(exp, tally):
    f = exp["funds"]
    tally["funds"] += sum(1 for k in ("budget_total", "executed_total", "execution_rate_stated") if f[k] is not None)
    for p in exp["projects"]:
        tally["names"] += 1
        tally["money"] += sum(1 for k in ("budget_total", "budget_fiscal", "executed") if p[k] is not None)
        tally["rates"] += p["execution_rate_stated"] is not None
        tally["satisfaction"] += p["satisfaction"] is not None
        tally["indicators"] += len(p["indicators"])
        for i in p["indicators"]:
            for k, t in (("target", "targets"), ("actual", "actuals"), ("score", "scores")):
                tally[t] += i[k] is not None
    tally["department_indicators"] += len(exp["department_indicators"])
    for i in exp["department_indicators"]:
        tally["dept_figures"] += sum(1 for k in ("target", "actual", "score") if i[k] is not None)


def parse_args(argv, doc, seed, short_count=True):
    """OUT [-n N | --count N] [--seed S] (D has no -n)."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument(*(("-n", "--count") if short_count else ("--count",)), type=int, default=30)
    ap.add_argument("--seed", type=int, default=seed)
    return ap.parse_args(argv)


def summary_line(gen, count, out, scored, dept_figures, bad):
    """A generator's last line: how many reports and files it wrote where, the figures the scorer
    counts, and how many problems its self-check found."""
    return (f"{gen}: {count} reports ({2 * count} files + expected) in {out}, {scored} scored figures "
            f"(+{dept_figures} department-indicator figures), {bad} problems")


def write_and_check(gen, out, count, seed, layouts, make_ctx, builders, check, each=None):
    """Writes count reports (layouts cycled) into out: <id>.txt, html/<id>.html, <id>.expected.json; calls
    each(layout, exp) on every expected document; prints every figure or indicator name missing from the TXT
    or from the HTML's text and every inconsistency check(exp) finds. Returns the number of problems."""
    out = pathlib.Path(out)
    (out / "html").mkdir(parents=True, exist_ok=True)
    bad = 0
    for i in range(count):
        layout = layouts[i % len(layouts)]
        rng = random.Random(f"{gen}/{seed}/{i}")
        ctx = make_ctx(rng, i, layout, seed)
        rid, txt, html, exp = builders[layout](rng, ctx)
        (out / f"{rid}.txt").write_text(txt, encoding="utf-8", newline="\n")
        (out / "html" / f"{rid}.html").write_text(html, encoding="utf-8", newline="\n")
        (out / f"{rid}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8", newline="\n")
        if each:
            each(layout, exp)
        for where, text in (("txt", txt), ("html", html_text(html))):
            for problem in missing_figures(exp, text) + missing_indicator_names(exp, text):
                print(f"{rid} ({where}): not in the text: {problem}")
                bad += 1
        for problem in check(exp):
            print(f"{rid}: inconsistent: {problem}")
            bad += 1
    return bad


def write_texts_and_check(gen, args, layouts, make_ctx, builders, check):
    """Writes args.count plain-text reports (layouts cycled) into args.out: <id>.txt and <id>.expected.json.
    Prints every figure or indicator name missing from the text, every problem check(exp, txt) finds, the
    files of that generator's prefix the run did not write, the figures by kind and by layout and the summary
    line. Returns the exit status: 1 when any problem was found."""
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tally = new_tally()
    by_layout = {k: 0 for k in layouts}
    written = set()
    bad = 0
    for i in range(args.count):
        layout = layouts[i % len(layouts)]
        rng = random.Random(f"{gen}/{args.seed}/{i}")
        ctx = make_ctx(rng, i, layout, args.seed)
        rid, txt, exp = builders[layout](rng, ctx)
        assert rid not in written, rid
        written.add(rid)
        (out / f"{rid}.txt").write_text(txt, encoding="utf-8", newline="\n")
        (out / f"{rid}.expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8", newline="\n")
        before = sum(tally[k] for k in SCORED_KINDS)
        count_figures(exp, tally)
        by_layout[layout] += sum(tally[k] for k in SCORED_KINDS) - before
        problems = [f"not in the text: {q}" for q in missing_figures(exp, txt) + missing_indicator_names(exp, txt)]
        problems += [f"inconsistent: {q}" for q in check(exp, txt)]
        for q in problems:
            print(f"{rid}: {q}")
        bad += len(problems)
    prefix = next(iter(written))[:2] if written else ""
    stale = sorted(x.name for x in out.glob(f"{prefix}[0-9]*-*.txt") if x.name[:-4] not in written)
    if stale:
        print(f"note: {len(stale)} {prefix}*.txt in {out} not written by this run (an older run's?), e.g. {stale[0]}")
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS) +
          f"; indicators {tally['indicators']}, department indicators {tally['department_indicators']}")
    print("figures by layout: " + ", ".join(f"{k} {v}" for k, v in by_layout.items()))
    scored = sum(tally[k] for k in SCORED_KINDS)
    print(f"{gen}: {args.count} reports ({args.count} texts + {args.count} expected) in {out}, {scored} scored figures "
          f"(+{tally['dept_figures']} department-indicator figures), {bad} problems")
    return 1 if bad else 0


def stacked(value, lines, most=3):
    """Whether value is printed wrapped inside its table cell: a first piece on one line of `pdftotext -layout`,
    the rest on the next 1-3 lines within the columns of that piece (a centred cell's last line stands in its
    middle), recursively for a value over up to `most` lines. (Generators M and N check their PDFs so.)"""
    value = re.sub(r"\s+", "", value)

    def rest_at(rest, k, lo, hi, depth):
        if not rest:
            return True
        if depth > most:
            return False
        for k2 in range(k + 1, min(k + 4, len(lines))):
            ln = lines[k2]
            for n in range(len(rest), 0, -1):
                piece = rest[:n]
                j = ln.find(piece, max(0, lo - 3))
                while 0 <= j <= hi + 3:
                    if rest_at(rest[n:], k2, min(lo, j), max(hi, j + n), depth + 1):
                        return True
                    j = ln.find(piece, j + 1)
        return False

    for k, ln in enumerate(lines):
        for n in range(len(value) - 1, 0, -1):
            piece = value[:n]
            j = ln.find(piece)
            while j >= 0:
                if rest_at(value[n:], k, j, j + n, 1):
                    return True
                j = ln.find(piece, j + 1)
    return False


# ---- What generators L, M and N run and check around their files --------------------------------

def soffice(profile, args, outdir, files):
    """One LibreOffice run (private profile `profile`, a file:// URL) converting `files` into outdir."""
    if not files:
        return
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--norestore"] + args + \
          ["--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800, check=False)


def pdftext(pdf, layout=True):
    """What poppler's pdftotext reads from a PDF (-layout by default)."""
    cmd = ["pdftotext"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=False)
    return r.stdout.decode("utf-8", "replace")


def consistency(exp):
    """self_check (strict), and every indicator with its score and target."""
    problems = self_check(exp, strict=True)
    for p in exp["projects"]:
        for i in p["indicators"]:
            if i["score"] is None or i["target"] is None:
                problems.append(f"{p['name']}: {i['name']} without a figure")
    return problems


def xml_problems(data):
    """Every XML part of an OOXML package (bytes) must parse."""
    import io
    import xml.etree.ElementTree as ET
    import zipfile
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    ET.fromstring(zf.read(name))
                except ET.ParseError as e:
                    out.append(f"{name} is not well-formed XML: {e}")
    return out
