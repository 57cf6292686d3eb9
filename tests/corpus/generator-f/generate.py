#!/usr/bin/env python3
"""Generator F: a sixth, independent corpus of generated 预算绩效自评报告.

Usage: generate.py OUT [-n N] [--seed S]

For each report it writes OUT/<id>.<layout>.txt (the text as a user has it: a web page copied, a PDF run
through pdftotext with or without -layout, a DOCX saved as text), OUT/html/<id>.<layout>.html (the same report
as a page with real <table>s, for tests/corpus/tables/convert.sh) and OUT/<id>.<layout>.expected.json (what the
report states, in the format of tests/corpus/*/<id>.expected.json).

Six layouts, cycled: huizong, hengxiang, heyige, duoye, daxie, gongshi (see README.md).
Python 3 standard library only, no clock: the same seed gives the same bytes.
After writing, every expected name and figure is looked for in the TXT and in the HTML's text with
tests/corpus/corpus_check.py (the logic of check-expected.py), every indicator name too, and every stated
rate is derived again; exit status 1 on any miss.
"""
import functools
import pathlib
import re
import sys
from decimal import ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
sys.path.insert(0, str(HERE.parent))
import genlib  # noqa: E402  (tests/corpus/genlib.py: the helpers generators D, E and F share)
from genlib import (  # noqa: E402
    C, D, FEN_PER_YI, H, ORDER2, P, SCORED_KINDS, Table, amount, count_figures, distribute, dw, flat_lines,
    flat_spaced, flat_tabs, fmt_rate, fmt_wan, fmt_yi, fmt_yuan, grade_of, html_page, new_tally, nice_int,
    page_number, paginate, part_of, project_exp, q2, rate, sat_of, spent, table_html, trim, write_and_check,
    yuan_exp)

LAYOUTS = ["huizong", "hengxiang", "heyige", "duoye", "daxie", "gongshi"]
GEN = "generator-f"

# --------------------------------------------------------------------------------------------
# Numbers (the small helpers are genlib's, once generators D's and E's)


DIGITS_CN = "零壹贰叁肆伍陆柒捌玖"


def daxie(fen):
    """An amount in Chinese uppercase (财务大写): 1234567.89 元 -> 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分;
    a whole amount ends in 整."""
    yuan, jiao, fen1 = fen // 100, fen // 10 % 10, fen % 10

    def group(n):  # 0 < n < 10000
        out, zero = "", False
        for k, u in ((1000, "仟"), (100, "佰"), (10, "拾"), (1, "")):
            d = n // k % 10
            if d == 0:
                zero = bool(out)
                continue
            if zero:
                out += "零"
                zero = False
            out += DIGITS_CN[d] + u
        return out

    s = ""
    if yuan:
        parts = []
        n, units = yuan, ["", "万", "亿"]
        k = 0
        while n:
            parts.append((n % 10000, units[k]))
            n //= 10000
            k += 1
        parts.reverse()
        pending_zero = False  # a zero digit since the last group written
        for g, u in parts:
            if g == 0:
                pending_zero = bool(s)
                continue
            if s and (pending_zero or g < 1000):
                s += "零"
            s += group(g) + u
            pending_zero = g % 10 == 0
        s += "元"
    if jiao == 0 and fen1 == 0:
        return (s or "零元") + "整"
    if jiao:
        s += DIGITS_CN[jiao] + "角"
    elif s:
        s += "零"
    if fen1:
        s += DIGITS_CN[fen1] + "分"
    else:
        s += "整"
    return s


assert daxie(120000000) == "壹佰贰拾万元整"
assert daxie(123456789) == "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"
assert daxie(100000500) == "壹佰万零伍元整"
assert daxie(1000500050) == "壹仟万零伍仟元伍角整"
assert daxie(1234500000000) == "壹佰贰拾叁亿肆仟伍佰万元整"
assert daxie(1000000007) == "壹仟万元零柒分"

# --------------------------------------------------------------------------------------------
# Places and sectors (generator F's own: counties and sectors none of the other generators uses)

PLACES = [
    # province, pinyin, city, county, county pinyin
    ("河北", "he", "张家口市", "蔚县", "yuxian"), ("山西", "sx", "忻州市", "五台县", "wutai"),
    ("内蒙古", "nm", "赤峰市", "翁牛特旗", "wengniute"), ("吉林", "jl", "白山市", "抚松县", "fusong"),
    ("黑龙江", "hl", "绥化市", "海伦市", "hailun"), ("江苏", "js", "宿迁市", "泗阳县", "siyang"),
    ("浙江", "zj", "衢州市", "开化县", "kaihua"), ("安徽", "ah", "安庆市", "岳西县", "yuexi"),
    ("福建", "fj", "三明市", "将乐县", "jiangle"), ("江西", "jx", "赣州市", "寻乌县", "xunwu"),
    ("山东", "sd", "临沂市", "沂南县", "yinan"), ("河南", "ha", "南阳市", "淅川县", "xichuan"),
    ("湖北", "hb", "恩施土家族苗族自治州", "来凤县", "laifeng"), ("湖南", "hn", "湘西土家族苗族自治州", "凤凰县", "fenghuang"),
    ("广东", "gd", "清远市", "连山壮族瑶族自治县", "lianshan"), ("广西", "gx", "百色市", "凌云县", "lingyun"),
    ("重庆", "cq", "重庆市", "城口县", "chengkou"), ("四川", "sc", "巴中市", "通江县", "tongjiang"),
    ("贵州", "gz", "黔东南苗族侗族自治州", "雷山县", "leishan"), ("云南", "yn", "大理白族自治州", "洱源县", "eryuan"),
    ("陕西", "sn", "汉中市", "留坝县", "liuba"), ("甘肃", "gs", "定西市", "通渭县", "tongwei"),
    ("青海", "qh", "海东市", "互助土族自治县", "huzhu"), ("宁夏", "nx", "固原市", "西吉县", "xiji"),
]

# Indicator specs: (level1, level2, name, kind, unit, arg, owners)
#   ge: at least a count (arg (lo, hi)); pct: percent at least (arg targets); le: at most a cost
#   (arg (lo, hi, decimals)); lepct: percent at most (arg targets); zero: = 0; time / qual: words.
#   owners: indexes of the sector's projects the indicator measures; None: any.
SECTORS = {
    "sf": dict(
        dept="司法局", py="sfj", short="司法局",
        projects=["法律援助专项经费", "人民调解以奖代补资金", "社区矫正工作经费", "普法宣传教育经费",
                  "公共法律服务体系建设经费"],
        inds=[
            ("产出指标", "数量指标", "办理法律援助案件数", "ge", "件", (80, 600), (0,)),
            ("产出指标", "数量指标", "调解矛盾纠纷件数", "ge", "件", (300, 3000), (1,)),
            ("产出指标", "数量指标", "在册社区矫正对象监管人数", "ge", "人", (50, 400), (2,)),
            ("产出指标", "数量指标", "开展普法宣传活动场次", "ge", "场", (20, 200), (3,)),
            ("产出指标", "数量指标", "发放普法宣传资料份数", "ge", "份", (5000, 40000), (3,)),
            ("产出指标", "数量指标", "建成村（社区）公共法律服务工作室", "ge", "个", (20, 200), (4,)),
            ("产出指标", "质量指标", "法律援助案件结案率", "pct", "%", [95, 98], (0,)),
            ("产出指标", "质量指标", "矛盾纠纷调解成功率", "pct", "%", [95, 96], (1,)),
            ("产出指标", "质量指标", "社区矫正对象再犯罪率", "lepct", "%", [1, 2], (2,)),
            ("产出指标", "成本指标", "每件法律援助案件补贴标准", "le", "元", (800, 2000, 0), (0,)),
            ("效益指标", "社会效益指标", "群众法治意识", "qual", "", None, (3, 4)),
            ("效益指标", "社会效益指标", "民转刑案件发生数", "zero", "起", None, (1,)),
            ("效益指标", "可持续影响指标", "基层社会和谐稳定", "qual", "", None, None),
        ],
        sat="受援群众满意度"),
    "kj": dict(
        dept="科学技术局", py="kjj", short="科技局",
        projects=["科技创新券补助资金", "高新技术企业培育奖励资金", "科技特派员工作经费", "科普宣传活动经费",
                  "农业科技示范基地建设资金"],
        inds=[
            ("产出指标", "数量指标", "兑现创新券企业数", "ge", "家", (10, 80), (0,)),
            ("产出指标", "数量指标", "认定高新技术企业数", "ge", "家", (5, 40), (1,)),
            ("产出指标", "数量指标", "选派科技特派员人数", "ge", "人", (20, 150), (2,)),
            ("产出指标", "数量指标", "开展实用技术培训人次", "ge", "人次", (500, 5000), (2, 4)),
            ("产出指标", "数量指标", "举办科普活动场次", "ge", "场", (10, 80), (3,)),
            ("产出指标", "数量指标", "建设科技示范基地个数", "ge", "个", (2, 12), (4,)),
            ("产出指标", "数量指标", "推广新品种新技术项数", "ge", "项", (5, 40), (4,)),
            ("产出指标", "质量指标", "奖补资金兑现准确率", "pct", "%", [100], (0, 1)),
            ("产出指标", "质量指标", "示范基地验收合格率", "pct", "%", [100], (4,)),
            ("产出指标", "成本指标", "单场科普活动成本", "le", "万元", (1, 5, 1), (3,)),
            ("效益指标", "经济效益指标", "企业研发投入增长率", "pct", "%", [5, 8, 10], (0, 1)),
            ("效益指标", "社会效益指标", "公众科学素质", "qual", "", None, (3,)),
            ("效益指标", "可持续影响指标", "科技成果转化能力", "qual", "", None, None),
        ],
        sat="服务企业满意度"),
    "cg": dict(
        dept="城市管理局", py="cgj", short="城管局",
        projects=["城市环境卫生保洁经费", "市政园林绿化养护经费", "城市照明设施维护经费", "生活垃圾分类处理经费",
                  "数字城管平台运行经费"],
        inds=[
            ("产出指标", "数量指标", "道路清扫保洁面积", "ge", "万平方米", (100, 600), (0,)),
            ("产出指标", "数量指标", "绿化养护面积", "ge", "万平方米", (30, 300), (1,)),
            ("产出指标", "数量指标", "维护路灯数量", "ge", "盏", (3000, 20000), (2,)),
            ("产出指标", "数量指标", "生活垃圾无害化处理量", "ge", "万吨", (3, 20), (3,)),
            ("产出指标", "数量指标", "处置城市管理案件数", "ge", "件", (2000, 20000), (4,)),
            ("产出指标", "质量指标", "路灯亮灯率", "pct", "%", [95, 98], (2,)),
            ("产出指标", "质量指标", "生活垃圾分类覆盖率", "pct", "%", [80, 90], (3,)),
            ("产出指标", "质量指标", "案件按期结案率", "pct", "%", [90, 95], (4,)),
            ("产出指标", "质量指标", "保洁作业达标率", "pct", "%", [95], (0,)),
            ("产出指标", "质量指标", "苗木成活率", "pct", "%", [95], (1,)),
            ("产出指标", "成本指标", "每平方米年保洁成本", "le", "元", (8, 20, 1), (0,)),
            ("效益指标", "社会效益指标", "城市市容环境", "qual", "", None, (0, 1, 3)),
            ("效益指标", "社会效益指标", "作业安全责任事故发生数", "zero", "起", None, (0, 1, 2)),
            ("效益指标", "可持续影响指标", "城市精细化管理水平", "qual", "", None, None),
        ],
        sat="市民满意度"),
    "cl": dict(
        dept="残疾人联合会", py="cl", short="残联",
        projects=["残疾儿童康复救助资金", "残疾人职业技能培训经费", "残疾人家庭无障碍改造经费", "阳光家园托养服务经费",
                  "残疾人辅助器具适配经费"],
        inds=[
            ("产出指标", "数量指标", "救助残疾儿童人数", "ge", "人", (40, 400), (0,)),
            ("产出指标", "数量指标", "培训残疾人人次", "ge", "人次", (100, 1200), (1,)),
            ("产出指标", "数量指标", "完成无障碍改造户数", "ge", "户", (30, 300), (2,)),
            ("产出指标", "数量指标", "托养服务残疾人人数", "ge", "人", (20, 200), (3,)),
            ("产出指标", "数量指标", "适配辅助器具件数", "ge", "件", (200, 2000), (4,)),
            ("产出指标", "质量指标", "康复救助覆盖率", "pct", "%", [90, 95], (0,)),
            ("产出指标", "质量指标", "改造验收合格率", "pct", "%", [100], (2,)),
            ("产出指标", "质量指标", "培训后就业率", "pct", "%", [30, 40], (1,)),
            ("产出指标", "成本指标", "户均改造补助标准", "le", "元", (3000, 8000, 0), (2,)),
            ("效益指标", "社会效益指标", "残疾人生活质量", "qual", "", None, (0, 2, 3, 4)),
            ("效益指标", "经济效益指标", "残疾人就业增收", "qual", "", None, (1,)),
            ("效益指标", "可持续影响指标", "助残服务体系", "qual", "", None, None),
        ],
        sat="残疾人及家属满意度"),
    "ls": dict(
        dept="粮食和物资储备局", py="lsj", short="粮储局",
        projects=["地方储备粮轮换费用补贴", "储备粮利息费用补贴", "粮食仓储设施维修改造资金", "粮食质量安全检验监测经费",
                  "救灾物资储备库运行经费"],
        inds=[
            ("产出指标", "数量指标", "地方储备粮规模", "ge", "吨", (5000, 40000), (0, 1)),
            ("产出指标", "数量指标", "完成储备粮轮换数量", "ge", "吨", (2000, 15000), (0,)),
            ("产出指标", "数量指标", "维修改造仓容", "ge", "万吨", (1, 8), (2,)),
            ("产出指标", "数量指标", "检验监测样品数", "ge", "份", (100, 800), (3,)),
            ("产出指标", "数量指标", "储备救灾物资品种", "ge", "种", (10, 40), (4,)),
            ("产出指标", "质量指标", "储备粮质量达标率", "pct", "%", [100], (0, 1, 3)),
            ("产出指标", "质量指标", "检验结果准确率", "pct", "%", [98, 100], (3,)),
            ("产出指标", "时效指标", "轮换计划完成及时率", "pct", "%", [100], (0,)),
            ("产出指标", "成本指标", "每吨储备粮年保管费用", "le", "元", (60, 100, 0), (1,)),
            ("效益指标", "社会效益指标", "粮食安全保障能力", "qual", "", None, None),
            ("效益指标", "社会效益指标", "储粮安全事故发生次数", "zero", "次", None, (0, 1, 2)),
            ("效益指标", "可持续影响指标", "应急保供能力", "qual", "", None, (4,)),
        ],
        sat="粮食企业满意度"),
    "ty": dict(
        dept="体育局", py="tyj", short="体育局",
        projects=["全民健身工程建设资金", "体育赛事活动经费", "青少年体育训练经费", "公共体育场馆免费开放补助资金",
                  "社会体育指导员培训经费"],
        inds=[
            ("产出指标", "数量指标", "新建全民健身路径", "ge", "个", (10, 80), (0,)),
            ("产出指标", "数量指标", "举办体育赛事场次", "ge", "场", (6, 40), (1,)),
            ("产出指标", "数量指标", "赛事参与人次", "ge", "人次", (2000, 20000), (1,)),
            ("产出指标", "数量指标", "参训青少年运动员人数", "ge", "人", (60, 400), (2,)),
            ("产出指标", "数量指标", "场馆免费开放天数", "ge", "天", (300, 330), (3,)),
            ("产出指标", "数量指标", "培训社会体育指导员人数", "ge", "人", (60, 500), (4,)),
            ("产出指标", "质量指标", "健身器材安装验收合格率", "pct", "%", [100], (0,)),
            ("产出指标", "质量指标", "场馆开放时长达标率", "pct", "%", [95, 100], (3,)),
            ("产出指标", "成本指标", "单个健身路径建设成本", "le", "万元", (3, 10, 1), (0,)),
            ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "pct", "%", [38, 40, 42], (0, 3)),
            ("效益指标", "社会效益指标", "赛事安全事故发生数", "zero", "起", None, (1, 3)),
            ("效益指标", "可持续影响指标", "全民健身氛围", "qual", "", None, None),
        ],
        sat="健身群众满意度"),
    "qx": dict(
        dept="气象局", py="qxj", short="气象局",
        projects=["人工影响天气作业经费", "气象灾害预警信息发布经费", "自动气象站运行维护经费", "农业气象服务经费"],
        inds=[
            ("产出指标", "数量指标", "开展人工增雨防雹作业次数", "ge", "次", (20, 200), (0,)),
            ("产出指标", "数量指标", "发布预警信息条数", "ge", "条", (100, 800), (1,)),
            ("产出指标", "数量指标", "维护自动气象站数量", "ge", "个", (20, 120), (2,)),
            ("产出指标", "数量指标", "发布农业气象服务产品期数", "ge", "期", (30, 120), (3,)),
            ("产出指标", "质量指标", "预警信息公众覆盖率", "pct", "%", [95, 98], (1,)),
            ("产出指标", "质量指标", "气象站数据传输到报率", "pct", "%", [98, 99], (2,)),
            ("产出指标", "成本指标", "单站年运维成本", "le", "万元", (1, 4, 1), (2,)),
            ("效益指标", "社会效益指标", "作业安全事故发生数", "zero", "起", None, (0,)),
            ("效益指标", "经济效益指标", "减少冰雹灾害损失", "qual", "", None, (0, 3)),
            ("效益指标", "可持续影响指标", "气象防灾减灾能力", "qual", "", None, None),
        ],
        sat="社会公众满意度"),
}
SECTOR_KEYS = sorted(SECTORS)

GENERIC_OUT = [
    ("产出指标", "质量指标", "项目完成率", "pct", "%", [95, 100], None),
    ("产出指标", "时效指标", "资金拨付及时率", "pct", "%", [100], None),
    ("产出指标", "质量指标", "资金使用合规率", "pct", "%", [100], None),
    ("产出指标", "时效指标", "项目完成时间", "time", "", None, None),
    ("产出指标", "质量指标", "档案资料完整率", "pct", "%", [95, 100], None),
    ("产出指标", "质量指标", "政府采购执行率", "pct", "%", [100], None),
    ("产出指标", "时效指标", "资金支付进度", "pct", "%", [90, 95], None),
    ("产出指标", "成本指标", "项目成本控制率", "le", "%", (100, 100, 0), None),
]
GENERIC_BEN = [
    ("效益指标", "社会效益指标", "政策知晓率", "pct", "%", [85, 90], None),
    ("效益指标", "社会效益指标", "服务对象受益面", "qual", "", None, None),
    ("效益指标", "可持续影响指标", "长效管理机制", "qual", "", None, None),
    ("效益指标", "可持续影响指标", "项目持续发挥效益年限", "ge", "年", (3, 10), None),
    ("效益指标", "社会效益指标", "安全责任事故发生数", "zero", "起", None, None),
]

TIME_PAIRS = [("{y}年12月31日前", "已按期完成"), ("{y}年11月底前", "{y}年11月完成"), ("年底前完成", "按期完成"),
              ("{y}年9月30日前", "{y}年9月28日完成"), ("按季度拨付", "按季度拨付"), ("及时", "及时")]
QUAL_PAIRS = [("有所提升", "明显提升", True), ("逐步改善", "有所改善", True), ("有效保障", "有效保障", True),
              ("持续稳定", "持续稳定", True), ("健全完善", "基本健全", False), ("显著增强", "有所增强", False),
              ("长期有效", "长期有效", True), ("进一步提高", "进一步提高", True)]


class Ind(genlib.Indicator):
    """One 三级指标 with its figures as the report writes them (ASCII strings)."""

    @property
    def comparator(self):
        if not self.numeric:
            return "定性"
        return {"ge": "≥", "pct": "≥", "sat": "≥", "le": "≤", "lepct": "≤", "zero": "＝"}[self.kind]

    def tgt(self, style="sym", unit=True):
        """The target as written: sym ≥95%, word 不低于95%, suffix 95%以上, bare 95%."""
        u = self.unit if unit else ""
        t = self.target
        if not self.numeric:
            return t
        if self.kind == "zero":
            return {"sym": f"={t}{u}", "word": f"{t}{u}", "suffix": f"{t}{u}", "bare": f"{t}{u}"}[style]
        if self.kind in ("ge", "pct", "sat"):
            if style == "suffix" and t == "100":  # nobody writes 100%以上
                style = "sym"
            word = "不少于" if self.kind == "ge" else "不低于"
            return {"sym": f"≥{t}{u}", "word": f"{word}{t}{u}", "suffix": f"{t}{u}以上", "bare": f"{t}{u}"}[style]
        word = "不超过" if self.kind == "le" else "不高于"
        return {"sym": f"≤{t}{u}", "word": f"{word}{t}{u}", "suffix": f"{t}{u}以内", "bare": f"{t}{u}"}[style]

    def expected(self, score=True):
        return {"name": self.name, "target": self.target, "actual": self.actual,
                "score": self.score if score else None}


def make_indicator(rng, spec, year):
    l1, l2, name, kind, unit, arg = spec[:6]
    if kind == "ge":
        lo, hi = arg
        t = rng.randint(lo, hi) if hi <= 400 else nice_int(rng, lo, hi)
        f = D(rng.choice(["1", "1", "1", "1.02", "1.05", "1.08", "0.93", "0.97"]))
        a = int((D(t) * f).to_integral_value(ROUND_HALF_UP))
        return Ind(l1, l2, name, kind, unit, str(t), str(max(a, 0)))
    if kind in ("pct", "sat"):
        t = rng.choice(arg)
        if t == 100:
            a = rng.choice(["100", "100", "100", "99.2", "98.6"])
        else:
            a = trim(min(D(100), D(t) + D(rng.randint(-25, 60)) / 10))
        return Ind(l1, l2, name, kind, unit, str(t), a)
    if kind == "le":
        lo, hi, dec = arg
        step = D(1).scaleb(-dec)
        t = D(rng.randint(int(lo * 10 ** dec), int(hi * 10 ** dec))) * step
        a = (t * D(rng.choice(["0.9", "0.95", "0.98", "1", "1", "1.04"]))).quantize(step if dec else D(1), ROUND_HALF_UP)
        return Ind(l1, l2, name, kind, unit, trim(t), trim(a))
    if kind == "lepct":
        t = rng.choice(arg)
        return Ind(l1, l2, name, kind, unit, str(t), trim(D(rng.randint(1, t * 12)) / 10))
    if kind == "zero":
        return Ind(l1, l2, name, kind, unit, "0", "0")
    if kind == "time":
        tt, aa = rng.choice(TIME_PAIRS)
        return Ind(l1, l2, name, kind, "", tt.format(y=year), aa.format(y=year))
    tt, aa, met = rng.choice(QUAL_PAIRS)
    return Ind(l1, l2, name, kind, "", tt, aa, met)


def make_indicators(rng, sector, year, pi, n_out, n_ben, sat=True, many=False):
    """Indicators of project pi of the sector, 产出 / 效益 / 满意度 weighted 50 / 30 / 10 (DOMAIN.md §1),
    scored by the DOMAIN.md rules. many: a long form, the sector's other rows and the common ones drawn too."""
    sec = SECTORS[sector]
    own = [s for s in sec["inds"] if s[6] is None or pi in s[6]]
    outs = [s for s in own if s[0] == "产出指标"]
    bens = [s for s in own if s[0] == "效益指标"]
    names = {s[2] for s in own}
    extra_out = [g for g in GENERIC_OUT if g[2] not in names]
    extra_ben = [g for g in GENERIC_BEN if g[2] not in names]
    if many:  # a long form also measures with the sector's rows of neighbouring work
        extra_out = [s for s in sec["inds"] if s[0] == "产出指标" and s not in outs and s[1] != "数量指标"] + extra_out
    need_o = max(0, n_out - len(outs))
    outs = outs + extra_out[:need_o]
    if len(bens) < n_ben:
        bens = bens + extra_ben[:n_ben - len(bens)]
    qty = [s for s in outs if s[1] == "数量指标"]
    chosen = rng.sample(qty, min(len(qty), max(1, n_out // 2)))
    rest = [s for s in outs if s not in chosen]
    chosen += rng.sample(rest, min(len(rest), n_out - len(chosen)))
    chosen_b = rng.sample(bens, min(len(bens), n_ben))
    chosen.sort(key=lambda s: ORDER2.get(s[1], 9))
    chosen_b.sort(key=lambda s: ORDER2.get(s[1], 9))
    o_inds = [make_indicator(rng, s, year) for s in chosen]
    b_inds = [make_indicator(rng, s, year) for s in chosen_b]
    for ind, w in zip(o_inds, distribute(rng, 50, len(o_inds))):
        ind.weight = w
    for ind, w in zip(b_inds, distribute(rng, 30, len(b_inds))):
        ind.weight = w
    inds = o_inds + b_inds
    if sat:
        s = make_indicator(rng, ("满意度指标", "服务对象满意度指标", sec["sat"], "sat", "%", [85, 90, 95]), year)
        s.weight = 10
        inds.append(s)
    for ind in inds:
        ind.compute_score(rng)
    assert len({i.name for i in inds}) == len(inds)
    return inds


def exec_points(e, b):
    return trim(q2(min(D(100), rate(e, b)) / 10))


# --------------------------------------------------------------------------------------------
# Tables (the grid, table_html and the flatteners flat_lines/flat_tabs/flat_spaced are genlib's)


FIG = re.compile(r"^[\d,.\-%—/]+$")


def layout_rows(t, gap=3, middle=False, widths=None):
    """`pdftotext -layout` lines of a table, one list entry per table row: columns padded with spaces, figures
    right-aligned; a cell spanning columns starts at its first; a cell spanning rows is written on its first
    row (middle: on its middle row, as pdftotext puts a vertically centred label). No wrapping in cells."""
    placed, occ, ncols = t.grid()
    if widths is None:
        widths = [0] * ncols
        for items in placed:
            for c, cl in items:
                if cl.cs == 1:
                    widths[c] = max(widths[c], dw(cl.text.replace("\n", "")))
    xs = [0]
    for w in widths[:-1]:
        xs.append(xs[-1] + w + gap)
    per_row = [[] for _ in t.rows]
    for r, items in enumerate(placed):
        for c, cl in items:
            rr = r + (cl.rs - 1) // 2 if (middle and cl.rs > 1) else r
            per_row[rr].append((c, cl))
    out = []
    for items in per_row:
        items.sort(key=lambda x: x[0])
        s, w = "", 0
        for c, cl in items:
            txt = cl.text.replace("\n", "")
            if not txt:
                continue
            x = xs[c]
            if cl.cs == 1 and c > 0 and FIG.match(txt):
                x = xs[c] + widths[c] - dw(txt)
            if w < x:
                s += " " * (x - w)
                w = x
            elif w > 0:
                s += "  "
                w += 2
            s += txt
            w += dw(txt)
        out.append(s.rstrip())
    return out, widths


def flat_layout(t, gap=3, middle=False):
    return "\n".join(layout_rows(t, gap, middle)[0])


# --------------------------------------------------------------------------------------------
# Pages, noise, wrapping

def pub_date(rng, year):
    return f"{year + 1}-{rng.randint(2, 10):02d}-{rng.randint(1, 28):02d}"


def web_header(rng, ctx, title, unit=None):
    unit = unit or ctx["unit"]
    d = pub_date(rng, ctx["year"])
    style = rng.randrange(3)
    if style == 0:
        return [f"{ctx['county']}人民政府", "首页 > 信息公开 > 财政信息 > 绩效管理", title,
                f"来源：{unit}　　发布时间：{d}　　浏览量：{rng.randint(30, 1500)}", "【大】【中】【小】"]
    if style == 1:
        return [f"索 引 号：{rng.randint(11000000, 99999999)}/{ctx['year'] + 1}-{rng.randint(10, 999):05d}　　主题分类：财政",
                f"发文机关：{unit}　　成文日期：{d}", f"标　　题：{title}", "发文字号：　　有 效 性：有效", title]
    return ["您现在的位置：网站首页 >> 政务公开 >> 预算绩效", title, f"发布日期：{d}　作者：{unit}　点击数：{rng.randint(30, 900)}"]


def web_footer(rng, ctx):
    style = rng.randrange(3)
    if style == 0:
        return ["【打印本页】【关闭窗口】【返回顶部】"]
    if style == 1:
        return [f"版权所有：{ctx['county']}人民政府　　ICP备案号：{ctx['prov']}ICP备{rng.randint(10000000, 99999999)}号",
                "技术支持：县融媒体中心"]
    return ["附件下载：", "分享到：微信 微博", "上一条：关于下达预算的通知", "下一条：政府采购意向公开"]


TOKEN = re.compile(r"[0-9A-Za-z.,%\-/:+~()≥≤=<>¥]+|.", re.S)  # genlib's, and ¥ stays with its figure
wrap = functools.partial(genlib.wrap, token=TOKEN)


# --------------------------------------------------------------------------------------------
# Context and expected documents

def make_ctx(rng, index, layout, seed):
    place = rng.choice(PLACES)
    prov, ppy, city, county, cpy = place
    sector = rng.choice(SECTOR_KEYS)
    sec = SECTORS[sector]
    year = rng.randint(2020, 2024)
    unit = rng.choice([f"{county}{sec['dept']}", f"{city}{county}{sec['dept']}"])
    return dict(index=index, layout=layout, seed=seed, prov=prov, ppy=ppy, city=city, county=county, cpy=cpy,
                sector=sector, sec=sec, year=year, unit=unit, unit_py=sec["py"])


cycle = functools.partial(genlib.cycle, per=len(LAYOUTS))
make_id = functools.partial(genlib.make_id, "gf")
expected_doc = functools.partial(genlib.expected_doc, GEN)

def we(unit):
    """How a unit names itself: 我会 (a 联合会), 我局."""
    return "我会" if unit.endswith("联合会") else "我局"


def people(rng):
    return rng.choice(["赵", "钱", "孙", "吴", "郑", "冯", "蒋", "沈"]) + rng.choice(["立新", "海燕", "卫东", "静", "春华", "文斌", "玉兰", "磊"])


def phone(rng):
    return f"0{rng.randint(310, 990)}-{rng.randint(2000000, 8999999)}"


def deviation(ind):
    if ind.score is not None and D(ind.score) < D(ind.weight):
        if ind.kind in ("ge", "pct", "sat"):
            return "受项目实施进度影响未完全达到目标，下一步加强调度"
        if ind.kind in ("le", "lepct"):
            return "成本控制不到位，下一步加强成本核算"
        return "部分工作推进较慢，下一步加强跟踪督导"
    return ""


def project_money(rng, gran, lo=300000, hi=5000000, other_p=0.4):
    """(budget, fiscal, executed, initial budget) of one project."""
    b = amount(rng, lo, hi, gran)
    other = 0 if rng.random() > other_p else part_of(rng, b, 0.05, 0.25, gran)
    e = spent(rng, b, gran)
    init = b if rng.random() < 0.5 else b - part_of(rng, b, 0.03, 0.2, gran)
    return b, b - other, e, init


def pick_projects(rng, sector, k):
    sec = SECTORS[sector]
    names = rng.sample(sec["projects"], min(k, len(sec["projects"])))
    return [(nm, sec["projects"].index(nm)) for nm in names]


CN_NUM = "一二三四五六七八九十"


# --------------------------------------------------------------------------------------------
# Layout 1: huizong — a county finance bureau's 项目绩效自评结果汇总表 across many units

def build_huizong(rng, ctx):
    year, county = ctx["year"], ctx["county"]
    variant = cycle(ctx, ["U1", "U2", "U3"])
    unit = f"{county}财政局"
    n_units = rng.randint(4, 7)
    secs = rng.sample(SECTOR_KEYS, n_units)
    rstyle = rng.choice("2t")
    if variant == "U1":
        gran, M, uw = 10000, (lambda f: fmt_wan(f, 2)), "万元"
    elif variant == "U2":
        gran, M, uw = rng.choice([100, 1]), (lambda f: fmt_yuan(f)), "元"
    else:
        gran, M, uw = 100, (lambda f: fmt_wan(f, 4)), "万元"
    pct_cell = rng.random() < 0.6
    R = (lambda r: r + "%") if pct_cell else (lambda r: r)  # noqa: E731
    rate_head = "执行率" if pct_cell else "执行率（%）"
    groups = []
    for sk in secs:
        sec = SECTORS[sk]
        projs = []
        for nm, pi in pick_projects(rng, sk, rng.choice([1, 2, 2, 3, 3, 4])):
            b = amount(rng, 100000, 4000000, gran)
            e = spent(rng, b, gran, full=0.3, lo=0.7, hi=0.995)
            sc = trim(D(exec_points(e, b)) + D(rng.randint(760, 900)) / 10)
            projs.append(dict(name=nm, b=b, e=e, rate=fmt_rate(rate(e, b), rstyle), score=sc, grade=grade_of(sc)))
        gb, ge = sum(p["b"] for p in projs), sum(p["e"] for p in projs)
        uname = f"{county}{sec['dept']}" if rng.random() < 0.7 else f"县{sec['short']}"
        groups.append(dict(unit=uname, projs=projs, b=gb, e=ge, rate=fmt_rate(rate(ge, gb), rstyle)))
    all_p = [p for g in groups for p in g["projs"]]
    B, E = sum(p["b"] for p in all_p), sum(p["e"] for p in all_p)
    r_all = fmt_rate(rate(E, B), rstyle)
    grades = {g: sum(1 for p in all_p if p["grade"] == g) for g in "优良中差"}

    t = Table()
    if variant in ("U1", "U2"):
        t.row("序号", "预算单位", "项目名称", f"年度预算（{uw}）", f"实际支出（{uw}）", rate_head, "自评得分", "自评等级")
        seq = 0
        for g in groups:
            for k, p in enumerate(g["projs"]):
                seq += 1
                cells = [str(seq)]
                if k == 0:
                    cells.append(C(g["unit"], rs=len(g["projs"]) + 1))
                cells += [p["name"], M(p["b"]), M(p["e"]), R(p["rate"]), p["score"], p["grade"]]
                t.row(*cells)
            t.row("", "小计", M(g["b"]), M(g["e"]), R(g["rate"]), "", "")
        t.row(C("合计", cs=3), M(B), M(E), R(r_all), "", "")
    else:
        t.row("序号", "项目名称", f"年度预算（{uw}）", f"实际支出（{uw}）", rate_head, "自评得分", "自评等级")
        for gi, g in enumerate(groups):
            t.row(C(f"{CN_NUM[gi]}、{g['unit']}（{len(g['projs'])}个项目）", cs=7))
            for k, p in enumerate(g["projs"], 1):
                t.row(str(k), p["name"], M(p["b"]), M(p["e"]), R(p["rate"]), p["score"], p["grade"])
            t.row(C("小计", cs=2), M(g["b"]), M(g["e"]), R(g["rate"]), "", "")
        t.row(C("合计", cs=2), M(B), M(E), R(r_all), "", "")
    t.grid()

    title = rng.choice([f"{county}{year}年度项目支出绩效自评结果汇总表", f"关于{county}{year}年度项目支出绩效自评结果的公告",
                        f"{county}财政局关于公开{year}年度部门项目绩效自评结果的通知"])
    whole = county[-1] if county[-1] in "旗市区" else "县"
    intro = (f"根据《{county}财政局关于开展{year}年度预算项目绩效自评工作的通知》要求，全{whole}{n_units}个预算单位对"
             f"{len(all_p)}个项目开展了绩效自评，涉及资金{M(B)}{uw}，实际支出{M(E)}{uw}。从自评结果看，"
             + "、".join(f"“{g}”等次{c}个" for g, c in grades.items() if c) + "。现将自评结果汇总如下：")
    cap = f"{county}{year}年度项目支出绩效自评结果汇总表"
    unit_line = f"单位：{uw}" if variant != "U2" else "金额单位：元"
    note = "注：自评等级按自评得分确定，90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。"
    sign = [unit, f"{year + 1}年{rng.randint(4, 9)}月{rng.randint(1, 28)}日"]
    html_parts = [P(title, center=True, bold=True), P(intro), P(cap, center=True, bold=True), P(unit_line, right=True),
                  table_html(t, head=1), P(note)] + [P(x, right=True) for x in sign]
    if variant == "U1":  # a web page copied: the browser gives rows tab-separated, covered cells absent
        top, bottom = web_header(rng, ctx, title, unit), web_footer(rng, ctx)
        body = [("　　" + intro) if rng.random() < 0.5 else intro, cap, unit_line, flat_tabs(t, keep_covered=False), note] + sign
        txt = "\n".join(top + [""] + body + [""] + bottom) + "\n"
    elif variant == "U2":  # a PDF attachment through pdftotext -layout; a unit's label on its middle row
        top, bottom = [], []
        lines = [title.center(60).rstrip(), ""] + wrap(intro, 78, "    ") + ["", cap.center(60).rstrip(),
                                                                           unit_line.rjust(90)]
        lines += flat_layout(t, gap=3, middle=True).split("\n")
        lines += [""] + wrap(note, 78) + ["", sign[0].rjust(80), sign[1].rjust(80)]
        protect = [p["name"] for p in all_p] + [g["unit"] for g in groups]
        txt = paginate(lines, "", rng.randint(34, 44), protect, rng.choice(["of", "dash"]))
    else:  # a DOCX saved as text by Writer: every table cell a paragraph of its own
        top, bottom = [], []
        txt = "\n".join([title, "", intro, "", cap, unit_line, flat_lines(t), note, ""] + sign) + "\n"
    html = html_page(title, html_parts, top, bottom)
    rid = make_id(ctx, "czj")
    projects = [project_exp(p["name"], p["b"], None, p["e"], p["rate"]) for p in all_p]
    exp = expected_doc(ctx, rid, title, "自评表", unit, None, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 2: hengxiang — the indicator table transposed (indicators are the columns)

def funds_rows(rng, gran, b, f, e, init):
    """Executed split into fiscal and other; initial fiscal from the initial total."""
    o = b - f
    oe = min(o, e)
    fe = e - oe
    f0 = f - (b - init)
    assert f0 >= 0 and fe <= f
    return dict(b=b, f=f, o=o, e=e, fe=fe, oe=oe, init=init, f0=f0)


def info_table(rng, name, dept, impl):
    t = Table()
    t.row("项目名称", C(name, cs=3))
    t.row("主管部门", dept, "实施单位", impl)
    t.row("项目负责人", people(rng), "联系电话", phone(rng))
    return t


def build_hengxiang(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["T1", "T2", "T3"])
    n_proj = 1 if rng.random() < 0.55 else 2
    if variant == "T1":
        gran, M, uw = 10000, (lambda f: fmt_wan(f, 2)), "万元"
    elif variant == "T2":
        gran, M, uw = rng.choice([100, 1]), (lambda f: fmt_yuan(f)), "元"
    else:
        gran, M, uw = 100, (lambda f: fmt_wan(f, 4)), "万元"
    rstyle = rng.choice("2t")
    projects, html_parts, txt_parts = [], [], []
    title = f"{unit}{year}年度项目支出绩效自评表"
    impl_unit = unit
    for k, (nm, pi) in enumerate(pick_projects(rng, ctx["sector"], n_proj)):
        b, f, e, init = project_money(rng, gran)
        fm = funds_rows(rng, gran, b, f, e, init)
        r = fmt_rate(rate(e, b), rstyle)
        pts = exec_points(e, b)
        inds = make_indicators(rng, ctx["sector"], year, pi, rng.randint(3, 5), rng.randint(1, 2))
        total = trim(D(pts) + sum(D(i.score) for i in inds))
        info = info_table(rng, nm, unit, impl_unit)
        ft = Table()
        if variant in ("T1", "T3"):
            ft.row("资金来源", f"年初预算数（{uw}）", f"全年预算数（{uw}）", f"全年执行数（{uw}）", "分值", "执行率", "得分")
            ft.row("年度资金总额", M(fm["init"]), M(b), M(e), "10", r + "%", pts)
            ft.row("其中：财政拨款", M(fm["f0"]), M(f), M(fm["fe"]), "—", "—", "—")
            ft.row("其他资金", M(fm["o"]) if fm["o"] else "—", M(fm["o"]) if fm["o"] else "—",
                   M(fm["oe"]) if fm["o"] else "—", "—", "—", "—")
        else:
            ft.row("资金类别", f"预算数（{uw}）", f"执行数（{uw}）", "执行率", "分值", "得分")
            ft.row("合计", M(b), M(e), r + "%", "10", pts)
            ft.row("财政资金", M(f), M(fm["fe"]), "", "", "")
            ft.row("其他资金", M(fm["o"]), M(fm["oe"]), "", "", "")
        ind_tables = []
        if variant == "T1":
            it = Table()
            it.row("指标", *[i.name for i in inds])
            it.row("指标类别", *[i.l2 for i in inds])
            it.row("年度目标值", *[i.tgt(rng.choice(["sym", "sym", "word"])) for i in inds])
            it.row("实际完成值", *[i.act() for i in inds])
            it.row("分值", *[str(i.weight) for i in inds])
            it.row("得分", *[i.score for i in inds])
            ind_tables.append(it)
        elif variant == "T2":
            chunks = [inds] if len(inds) <= 6 else [[i for i in inds if i.l1 == "产出指标"],
                                                    [i for i in inds if i.l1 != "产出指标"]]
            for chunk in chunks:
                it = Table()
                for attr, label in (("l1", "一级指标"), ("l2", "二级指标")):
                    cells, j = [label], 0
                    while j < len(chunk):
                        m = j
                        while m < len(chunk) and getattr(chunk[m], attr) == getattr(chunk[j], attr):
                            m += 1
                        cells.append(C(getattr(chunk[j], attr), cs=m - j))
                        j = m
                    it.row(*cells)
                it.row("三级指标", *[i.name for i in chunk])
                it.row("指标值", *[i.tgt("sym") for i in chunk])
                it.row("完成值", *[i.act() for i in chunk])
                it.row("权重", *[str(i.weight) for i in chunk])
                it.row("得分", *[i.score for i in chunk])
                ind_tables.append(it)
        else:
            it = Table()
            it.row("三级指标", *[i.name for i in inds])
            it.row("指标性质", *[i.comparator for i in inds])
            it.row("计量单位", *[(i.unit or "—") if i.numeric else "—" for i in inds])
            it.row("年度指标值", *[i.target for i in inds])
            it.row("实际完成值", *[i.actual for i in inds])
            it.row("分值", *[str(i.weight) for i in inds])
            it.row("得分", *[i.score for i in inds])
            ind_tables.append(it)
        head = f"附表{k + 1}" if n_proj > 1 else "附表"
        heading = f"{head}　{nm}绩效自评表"
        goal = f"年度总体目标：{rng.choice(['按计划完成', '全面完成', '保质保量完成'])}{sec['projects'][pi]}支持的各项任务，" \
               f"资金及时足额拨付，{sec['sat']}不低于90%。"
        closing = f"自评总分：{total}分（预算执行率得分{pts}分，绩效指标得分{trim(D(total) - D(pts))}分），自评等级：{grade_of(total)}。"
        caps = ["一、基本信息", f"二、预算执行情况（单位：{uw}）", "三、绩效指标完成情况"]
        html_parts += [P(heading, center=True, bold=True), P(caps[0], bold=True), table_html(info),
                       P(caps[1], bold=True), table_html(ft, head=1), P(goal), P(caps[2], bold=True)]
        for j, it in enumerate(ind_tables):
            if j:
                html_parts.append(P("（续）"))
            html_parts.append(table_html(it))
        html_parts.append(P(closing))
        if variant == "T1":
            flat = lambda x: flat_tabs(x, keep_covered=False)  # noqa: E731
        elif variant == "T2":
            flat = lambda x: flat_layout(x, gap=2)  # noqa: E731
        else:
            flat = flat_lines
        part = [heading, caps[0], flat(info), caps[1], flat(ft), goal, caps[2]]
        for j, it in enumerate(ind_tables):
            if j:
                part.append("（续）")
            part.append(flat(it))
        part.append(closing)
        txt_parts.append(part)
        projects.append(project_exp(nm, b, f, e, r, sat_of(inds), [i.expected() for i in inds]))
    sign = f"填报单位（盖章）：{unit}　　填报人：{people(rng)}　　填报日期：{year + 1}年{rng.randint(2, 5)}月{rng.randint(1, 28)}日"
    if variant == "T1":
        top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
        body = [title, ""] + ["\n".join(p) + "\n" for p in txt_parts] + [sign]
        txt = "\n".join(top + [""] + body + [""] + bottom) + "\n"
    elif variant == "T2":
        top, bottom = [], []
        pages = []
        for p in txt_parts:  # each 自评表 on a page of its own
            pages.append("\n".join([title.center(70).rstrip(), ""] + p + ["", sign]))
        txt = "\f".join(pg + "\n\n" + page_number("of", n, len(pages)) for n, pg in enumerate(pages, 1)) + "\n"
    else:
        top, bottom = [], []
        txt = "\n".join([title] + ["\n".join(p) for p in txt_parts] + [sign]) + "\n"
    html = html_page(title, [P(title, center=True, bold=True)] + html_parts + [P(sign)], top, bottom)
    rid = make_id(ctx)
    exp = expected_doc(ctx, rid, title, "自评表", unit, None, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 3: heyige — target and actual (and sometimes the money, the weight and the score) in one cell

def one_cell(ind, style):
    """Target and actual together: slash ≥95%/96%, words 目标≥300人，完成320人, short ≥300/320人."""
    if style == "slash":
        return f"{ind.tgt('sym')}/{ind.act()}"
    if style == "words":
        if not ind.numeric:
            return f"目标：{ind.target}；实际：{ind.actual}"
        verb = "完成" if ind.kind == "ge" else "实际"
        return f"目标{ind.tgt(rng_word(ind))}，{verb}{ind.act()}"
    if not ind.numeric:
        return f"{ind.target}/{ind.actual}"
    sym = ind.tgt("sym", unit=False)
    return f"{sym}/{ind.actual}{ind.unit}"


def rng_word(ind):
    return "word" if ind.kind in ("ge", "pct", "sat") and int(D(ind.weight)) % 2 else "sym"


def build_heyige(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["Y1", "Y2", "Y3"])
    n_proj = 1 if rng.random() < 0.5 else 2
    dec = rng.choice([2, 4])
    gran = 10000 if dec == 2 else 100
    trimz = variant == "Y3"
    M = lambda f: fmt_wan(f, dec, trim_zeros=trimz)  # noqa: E731
    rstyle = rng.choice("2t")
    title = rng.choice([f"{unit}{year}年度项目支出绩效自评表", f"{year}年度项目支出绩效自评表（{unit}）"])
    projects, html_parts, txt_blocks = [], [], []
    for k, (nm, pi) in enumerate(pick_projects(rng, ctx["sector"], n_proj)):
        b, f, e, init = project_money(rng, gran)
        fm = funds_rows(rng, gran, b, f, e, init)
        r = fmt_rate(rate(e, b), rstyle)
        pts = exec_points(e, b)
        inds = make_indicators(rng, ctx["sector"], year, pi, rng.randint(3, 5), rng.randint(1, 3))
        total = trim(D(pts) + sum(D(i.score) for i in inds))
        t = Table()
        t.row("项目名称", C(nm, cs=7))
        t.row("主管部门", C(unit, cs=3), "实施单位", C(unit, cs=3))
        if variant == "Y1":
            t.row(C("项目资金（万元）", rs=4), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
            t.row("年度资金总额", M(fm["init"]), M(b), M(e), "10", r + "%", pts)
            t.row("其中：财政拨款", M(fm["f0"]), M(f), M(fm["fe"]), "—", "—", "—")
            t.row("其他资金", M(fm["o"]), M(fm["o"]), M(fm["oe"]), "—", "—", "—")
        elif variant == "Y2":
            def said(bb, ee, with_rate=False):
                if not bb:
                    return "无"
                s = f"预算{M(bb)}万元，执行{M(ee)}万元"
                return s + (f"，执行率{r}%" if with_rate else "")
            t.row(C("项目资金", rs=4), C("资金来源", cs=2), C("预算及执行情况", cs=3), "分值", "得分")
            t.row(C("年度资金总额", cs=2), C(said(b, e, True), cs=3), "10", pts)
            t.row(C("其中：财政拨款", cs=2), C(said(f, fm["fe"]), cs=3), "—", "—")
            t.row(C("其他资金", cs=2), C(said(fm["o"], fm["oe"]), cs=3), "—", "—")
        else:
            t.row(C("预算执行情况", rs=4), C("资金类别", cs=2), C("全年预算数/全年执行数（万元）", cs=2), "执行率",
                  C("分值/得分", cs=2))
            t.row(C("年度资金总额", cs=2), C(f"{M(b)}/{M(e)}", cs=2), r + "%", C(f"10/{pts}", cs=2))
            t.row(C("其中：财政资金", cs=2), C(f"{M(f)}/{M(fm['fe'])}", cs=2), "—", C("—", cs=2))
            t.row(C("其他资金", cs=2), C(f"{M(fm['o'])}/{M(fm['oe'])}" if fm["o"] else "—", cs=2), "—", C("—", cs=2))
        goals = f"{rng.choice(['按期', '全面', '保质保量'])}完成{nm}支持的年度任务，{sec['sat']}达到90%以上。"
        done = rng.choice(["已完成年度目标任务。", "年度目标基本完成，个别指标未达预期。", "各项任务按计划推进并完成。"])
        t.row(C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=3))
        t.row(C(goals, cs=4), C(done, cs=3))
        n = len(inds)
        if variant == "Y1":
            t.row(C("绩效指标", rs=n + 1), "一级指标", "二级指标", "三级指标", C("年度指标值/实际完成值", cs=2), "分值",
                  "得分")
            vals = lambda i: [C(one_cell(i, "slash"), cs=2), str(i.weight), i.score]  # noqa: E731
        elif variant == "Y2":
            t.row(C("绩效指标", rs=n + 1), "一级指标", "二级指标", "三级指标", C("指标完成情况（目标及实际）", cs=2), "分值",
                  "得分")
            vals = lambda i: [C(one_cell(i, "words"), cs=2), str(i.weight), i.score]  # noqa: E731
        else:
            t.row(C("绩效指标", rs=n + 1), "一级指标", "二级指标", "三级指标", C("指标值/完成值", cs=2), C("分值/得分", cs=2))
            vals = lambda i: [C(one_cell(i, "short"), cs=2), C(f"{i.weight}/{i.score}", cs=2)]  # noqa: E731
        groups1 = []
        for ind in inds:
            if groups1 and groups1[-1][0] == ind.l1:
                groups1[-1][1].append(ind)
            else:
                groups1.append((ind.l1, [ind]))
        for l1, members in groups1:
            j = 0
            while j < len(members):
                m = j
                while m < len(members) and members[m].l2 == members[j].l2:
                    m += 1
                for q in range(j, m):
                    cells = []
                    if q == 0:
                        cells.append(C(l1, rs=len(members)))
                    if q == j:
                        cells.append(C(members[j].l2, rs=m - j))
                    cells.append(members[q].name)
                    t.row(*cells, *vals(members[q]))
                j = m
        t.row(C("总分", cs=6), "100", total)
        t.grid()
        heading = (f"附件{k + 1}：" if n_proj > 1 else "") + "项目支出绩效自评表"
        yline = f"（{year}年度）"
        html_parts += [P(heading, center=True, bold=True), P(yline, center=True), table_html(t)]
        if variant == "Y1":
            body = flat_tabs(t, keep_covered=False)
        elif variant == "Y2":
            body = flat_tabs(t, keep_covered=True)
        else:
            body = flat_spaced(t, " ")
        txt_blocks.append([heading, yline, body])
        projects.append(project_exp(nm, b, f, e, r, sat_of(inds), [i.expected() for i in inds]))
    sign = f"单位负责人：{people(rng)}　　财务负责人：{people(rng)}　　填表人：{people(rng)}　　联系电话：{phone(rng)}"
    if variant == "Y1":
        top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
        txt = "\n".join(top + [""] + ["\n".join(bl) for bl in txt_blocks] + [sign, ""] + bottom) + "\n"
    elif variant == "Y2":
        top, bottom = [], []
        txt = "\n".join([title, ""] + ["\n".join(bl) + "\n" for bl in txt_blocks] + [sign]) + "\n"
    else:
        top, bottom = [], []
        lines = [title, ""]
        for bl in txt_blocks:
            lines += bl[:2] + bl[2].split("\n") + [""]
        lines.append(sign)
        protect = [p["name"] for p in projects] + [i["name"] for p in projects for i in p["indicators"]]
        txt = paginate(lines, "", rng.randint(30, 40), protect, rng.choice(["of", "plain"]))
    html = html_page(title, [P(title, center=True, bold=True)] + html_parts + [P(sign)], top, bottom)
    rid = make_id(ctx)
    exp = expected_doc(ctx, rid, title, "自评表", unit, None, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 4: duoye — a long 自评表 split across PDF pages (header row repeated, a row split in two)

IND_HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]


def ind_values(ind, style):
    return [ind.tgt(style), ind.act(), str(ind.weight), ind.score, deviation(ind)]


def ind_table(inds, styles, head=True):
    """The indicator table with its levels merged down their rows (rowspan), as the form's DOCX has it."""
    t = Table()
    if head:
        t.row(*IND_HEAD)
    groups1 = []
    for ind in inds:
        if groups1 and groups1[-1][0] == ind.l1:
            groups1[-1][1].append(ind)
        else:
            groups1.append((ind.l1, [ind]))
    for l1, members in groups1:
        j = 0
        while j < len(members):
            m = j
            while m < len(members) and members[m].l2 == members[j].l2:
                m += 1
            for q in range(j, m):
                cells = []
                if q == 0:
                    cells.append(C(l1, rs=len(members)))
                if q == j:
                    cells.append(C(members[j].l2, rs=m - j))
                cells.append(members[q].name)
                t.row(*cells, *ind_values(members[q], styles[members[q].name]))
            j = m
    return t


def paged_form(items, per_page, split_ok, running, number_style):
    """Items into pages. items: ("break",), ("line", text), ("thead", text), ("row", whole, name_part,
    value_part, index). A page full inside the indicator table starts the next page with the table's header
    again; where split_ok, a row meeting the page's end is cut: its name ends the page, its values open the next
    page under the repeated header. Returns the pages' text and, per table, the index of the row split (or None)."""
    pages, cur, thead, split_rows, table_no = [], [], None, {}, -1

    def size(lines):
        return sum(x.count("\n") + 1 for x in lines)

    def flush():
        nonlocal cur
        if cur:
            pages.append(cur)
        cur = []

    in_table = False
    for it in items:
        kind = it[0]
        if kind == "break":
            flush()
            in_table = False
            continue
        if kind == "thead":
            thead = it[1]
            table_no += 1
            split_rows[table_no] = None
            in_table = True
        elif kind == "line":
            in_table = False
        need = it[1].count("\n") + 1
        if kind == "row" and in_table and split_ok and split_rows[table_no] is None and cur \
                and size(cur) + it[2].count("\n") + 1 <= per_page <= size(cur) + need:
            cur.append(it[2])
            flush()
            cur = [thead, it[3]]
            split_rows[table_no] = it[4]
            continue
        if cur and size(cur) + need > per_page:
            flush()
            if kind == "row" and in_table:
                cur = [thead]
        cur.append(it[1])
    flush()
    n = len(pages)
    out = []
    for p, body in enumerate(pages, 1):
        page = ([running, ""] if running else []) + body + ["", page_number(number_style, p, n)]
        out.append("\n".join(page))
    return "\f".join(out) + "\n", split_rows


def build_duoye(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["D1", "D2", "D3"])
    n_proj = rng.randint(2, 3)
    dec = rng.choice([2, 4])
    gran = 10000 if dec == 2 else 100
    M = lambda f: fmt_wan(f, dec)  # noqa: E731
    rstyle = rng.choice("2t")
    layout = variant in ("D1", "D2")
    title = f"{unit}{year}年度项目支出绩效自评表"
    running = rng.choice([f"{unit}{year}年度项目支出绩效自评材料", f"{ctx['county']}{year}年度部门决算公开附件", ""])
    forms, projects = [], []
    for k, (nm, pi) in enumerate(pick_projects(rng, ctx["sector"], n_proj)):
        b, f, e, init = project_money(rng, gran, 500000, 9000000)
        fm = funds_rows(rng, gran, b, f, e, init)
        r = fmt_rate(rate(e, b), rstyle)
        pts = exec_points(e, b)
        inds = make_indicators(rng, ctx["sector"], year, pi, rng.randint(7, 10), rng.randint(3, 4), many=True)
        styles = {i.name: rng.choice(["sym", "sym", "sym", "word", "suffix"]) if i.numeric else "sym" for i in inds}
        total = trim(D(pts) + sum(D(i.score) for i in inds))
        info = Table()
        info.row("项目名称", C(nm, cs=3))
        info.row("主管部门", unit, "实施单位", unit)
        ft = Table()
        ft.row("项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
        ft.row("年度资金总额", M(fm["init"]), M(b), M(e), "10", r + "%", pts)
        ft.row("其中：财政拨款", M(fm["f0"]), M(f), M(fm["fe"]), "—", "—", "—")
        ft.row("其他资金", M(fm["o"]), M(fm["o"]), M(fm["oe"]), "—", "—", "—")
        goal = f"预期目标：{rng.choice(['按计划', '保质保量', '按时'])}完成{nm}年度任务，资金使用规范，{sec['sat']}达到90%以上。"
        done = f"实际完成情况：{rng.choice(['年度目标全面完成', '年度目标基本完成', '各项任务已按计划完成'])}，资金执行率{r}%。"
        # the TXT rows: levels on the first row of their group (a label top-aligned in its merged cell)
        flat = Table()
        flat.row(*IND_HEAD)
        prev1 = prev2 = None
        for i in inds:
            flat.row(i.l1 if i.l1 != prev1 else "", i.l2 if (i.l2, i.l1) != prev2 else "", i.name,
                     *ind_values(i, styles[i.name]))
            prev1, prev2 = i.l1, (i.l2, i.l1)
        total_line = f"总分：100　　自评得分：{total}　　自评等级：{grade_of(total)}"
        items = [("break",)] if k else []
        head_lines = [("附表" + str(k + 1) + "：" if n_proj > 1 else "") + "项目支出绩效自评表", f"（{year}年度）",
                      f"填报单位：{unit}"]
        if layout:
            items += [("line", x.center(80).rstrip() if j < 2 else x) for j, x in enumerate(head_lines)]
            items += [("line", x) for x in flat_layout(info, gap=2).split("\n")]
            items += [("line", x) for x in flat_layout(ft, gap=3).split("\n")]
            items += [("line", x) for x in wrap(goal, 90)] + [("line", x) for x in wrap(done, 90)]
            rows, widths = layout_rows(flat, gap=2)
            items.append(("thead", rows[0]))
            for j, i in enumerate(inds):
                cells = flat.rows[j + 1]
                part = Table()
                part.row(*[c.text if q < 3 else "" for q, c in enumerate(cells)])
                part.row(*["" if q < 3 else c.text for q, c in enumerate(cells)])
                halves = layout_rows(part, gap=2, widths=widths)[0]
                items.append(("row", rows[j + 1], halves[0], halves[1], j))
        else:  # pdftotext without -layout: a cell a line
            items += [("line", x) for x in head_lines]
            items += [("line", x) for x in flat_lines(info).split("\n")]
            items += [("line", x) for x in flat_lines(ft).split("\n")]
            items += [("line", goal), ("line", done)]
            items.append(("thead", "\n".join(IND_HEAD)))
            for j, i in enumerate(inds):
                cells = [c.text for c in flat.rows[j + 1]]
                name_part = "\n".join(x for x in cells[:3] if x)
                value_part = "\n".join(x for x in cells[3:] if x)
                items.append(("row", name_part + "\n" + value_part, name_part, value_part, j))
        items.append(("line", total_line))
        items.append(("line", f"填表人：{people(rng)}　　联系电话：{phone(rng)}　　填报日期：{year + 1}年{rng.randint(2, 4)}月{rng.randint(1, 28)}日"))
        pre = sum(it[1].count("\n") + 1 for it in items if it[0] == "line") - 2
        forms.append(dict(name=nm, inds=inds, styles=styles, info=info, ft=ft, goal=goal, done=done, items=items,
                          head_lines=head_lines, total_line=total_line, pre=pre, n=len(inds), row_lines=
                          (1 if layout else 5)))
        projects.append(project_exp(nm, b, f, e, r, sat_of(inds), [i.expected() for i in inds]))
    # the page length: the first form's indicator table runs over its first page
    f0 = forms[0]
    hdr = 2 if running else 0
    rows_first = rng.randint(3, f0["n"] - 4)
    per_page = f0["pre"] + (1 if layout else len(IND_HEAD)) + rows_first * f0["row_lines"] + hdr
    if variant != "D1":
        per_page -= 0 if layout else 2  # leave the name of a row (3 lines) room on the page
    per_page -= hdr
    all_items = [it for fm_ in forms for it in fm_["items"]]
    txt, split_rows = paged_form(all_items, per_page, variant in ("D2", "D3"), running,
                                 rng.choice(["of", "dash", "slash"]))
    html_parts = []
    for k, fm_ in enumerate(forms):
        html_parts += [P(fm_["head_lines"][0], center=True, bold=True), P(fm_["head_lines"][1], center=True),
                       P(fm_["head_lines"][2]), table_html(fm_["info"]), table_html(fm_["ft"], head=1),
                       P(fm_["goal"]), P(fm_["done"])]
        cut = split_rows.get(k) if variant == "D2" else None
        if cut is None:
            html_parts.append(table_html(ind_table(fm_["inds"], fm_["styles"]), head=1, thead=True))
        else:  # the author split the table by hand and repeated its header under 续表
            html_parts.append(table_html(ind_table(fm_["inds"][:cut + 1], fm_["styles"]), head=1))
            html_parts.append(P("续表", right=True))
            html_parts.append(table_html(ind_table(fm_["inds"][cut + 1:], fm_["styles"]), head=1))
        html_parts.append(P(fm_["total_line"]))
    html = html_page(title, html_parts)
    rid = make_id(ctx)
    exp = expected_doc(ctx, rid, title, "自评表", unit, None, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 5: daxie — amounts in Chinese uppercase beside the figures, 元 with 分, totals in 亿元

def build_daxie(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["X1", "X2", "X3"])
    n_proj = rng.randint(2, 3)
    rstyle = rng.choice("2t")
    items = []
    for nm, pi in pick_projects(rng, ctx["sector"], n_proj):
        b = amount(rng, 200000, 3000000, 1)
        o = 0 if rng.random() < 0.5 else part_of(rng, b, 0.05, 0.2, 1)
        e = b if rng.random() < 0.3 else part_of(rng, b, 0.8, 0.995, 1)
        inds = make_indicators(rng, ctx["sector"], year, pi, rng.randint(3, 4), rng.randint(1, 2))
        items.append(dict(name=nm, b=b, f=b - o, e=e, rate=fmt_rate(rate(e, b), rstyle), inds=inds,
                          sat=sat_of(inds), sat_name=sec["sat"]))
    proj_b, proj_e = sum(i["b"] for i in items), sum(i["e"] for i in items)
    unit_yi = FEN_PER_YI // 10000  # 4 decimals of 亿元 = 10,000 元
    basic = amount(rng, 8000000, 40000000, 1)
    tot_b = -(-(proj_b + basic) // unit_yi) * unit_yi
    basic = tot_b - proj_b
    tot_e = (proj_e + part_of(rng, basic, 0.93, 0.995, 1)) // unit_yi * unit_yi
    tot_e = max(tot_e, -(-proj_e // unit_yi) * unit_yi)
    assert proj_e <= tot_e <= tot_b
    r_tot = fmt_rate(rate(tot_e, tot_b), rstyle)
    sep = "," if variant != "X3" else ""
    Y = lambda f: fmt_yuan(f, sep)  # noqa: E731
    title = rng.choice([f"{unit}{year}年度项目支出绩效自评报告", f"{unit}关于{year}年度项目支出绩效自评情况的报告"])
    paras = [("title", title)]
    paras.append(("h", "一、部门基本情况"))
    paras.append(("p", f"{unit}是{ctx['county']}{'人民团体' if unit.endswith('联合会') else '人民政府工作部门'}，内设股室{rng.randint(3, 8)}个，下属事业单位{rng.randint(1, 4)}个。"
                       f"{year}年度，{we(unit)}部门预算总额{fmt_yi(tot_b)}亿元，全年支出{fmt_yi(tot_e)}亿元，预算执行率{r_tot}%。"
                       f"其中基本支出预算{Y(basic)}元，项目支出预算{Y(proj_b)}元（大写：人民币{daxie(proj_b)}）。"))
    paras.append(("h", "二、项目资金使用情况"))
    paras.append(("p", f"纳入本次自评的项目共{n_proj}个，资金执行情况见表1。"))
    t = Table()
    if variant == "X3":
        t.row("序号", "项目名称", "预算金额（元）", "其中：财政资金（元）", "实际支出（元）", "实际支出（大写）", "执行率")
    else:
        t.row("序号", "项目名称", "预算金额（元）", "其中：财政资金（元）", "实际支出（元）", "执行率")
    for k, i in enumerate(items, 1):
        cells = [str(k), i["name"], Y(i["b"]), Y(i["f"]), Y(i["e"])]
        if variant == "X3":
            cells.append(daxie(i["e"]))
        t.row(*cells, i["rate"] + "%")
    last = [C("合计", cs=2), Y(proj_b), Y(sum(i["f"] for i in items)), Y(proj_e)]
    if variant == "X3":
        last.append(daxie(proj_e))
    t.row(*last, fmt_rate(rate(proj_e, proj_b), rstyle) + "%")
    paras.append(("cap", "表1　项目资金执行情况表"))
    paras.append(("unitline", "单位：万元"))
    paras.append(("t", t))
    paras.append(("h", "三、项目绩效目标完成情况"))
    for k, i in enumerate(items):
        paras.append(("h", f"（{CN_NUM[k]}）{i['name']}"))
        if variant == "X1":
            money = (f"该项目年度预算资金{Y(i['b'])}元（大写：人民币{daxie(i['b'])}），其中财政资金{Y(i['f'])}元；"
                     f"全年实际支出{Y(i['e'])}元（大写：人民币{daxie(i['e'])}），预算执行率{i['rate']}%。")
        elif variant == "X2":
            money = (f"该项目批复预算资金人民币{daxie(i['b'])}（¥{Y(i['b'])}），其中财政资金人民币{daxie(i['f'])}"
                     f"（¥{Y(i['f'])}）；实际支付人民币{daxie(i['e'])}（¥{Y(i['e'])}），资金执行率{i['rate']}%。")
        else:
            money = (f"项目预算{Y(i['b'])}元，大写{daxie(i['b'])}，其中财政资金{Y(i['f'])}元；截至{year}年12月31日实际支出"
                     f"{Y(i['e'])}元（折合{fmt_wan(i['e'], 6)}万元），执行率{i['rate']}%。")
        paras.append(("p", money + f"经问卷调查，{i['sat_name']}为{i['sat']}%。"))
        if variant == "X2":
            lines = []
            for j, ind in enumerate(i["inds"], 1):
                lines.append(f"（{j}）{ind.name}：年度目标{ind.tgt('word')}，实际完成{ind.act()}，得{ind.score}分（分值{ind.weight}分）。")
            paras.append(("p", "绩效指标完成情况：" + "".join(lines)))
        else:
            it = Table()
            it.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
            for ind in i["inds"]:
                it.row(ind.l1, ind.l2, ind.name, ind.tgt("sym"), ind.act(), str(ind.weight), ind.score)
            paras.append(("cap", f"表{k + 2}　{i['name']}绩效指标完成情况"))
            paras.append(("t", it))
    paras.append(("h", "四、存在的问题及改进措施"))
    paras.append(("p", "部分项目资金支付进度偏慢，绩效目标设置不够细化。下一步将加快预算执行，提高绩效目标编制质量。"))
    paras.append(("right", unit))
    paras.append(("right", f"{year + 1}年{rng.randint(3, 6)}月{rng.randint(1, 28)}日"))
    html_parts = []
    for kind, x in paras:
        if kind == "t":
            html_parts.append(table_html(x, head=1))
        elif kind == "h":
            html_parts.append(H(x, 3))
        else:
            html_parts.append(P(x, center=kind in ("title", "cap"), bold=kind == "title", right=kind in ("right", "unitline")))
    if variant == "X1":  # a DOCX saved as text: table rows tab-separated, covered cells empty
        top, bottom = [], []
        out = []
        for kind, x in paras:
            out.append(flat_tabs(x, keep_covered=True) if kind == "t" else (("　　" + x) if kind == "p" else x))
        txt = "\n".join(out) + "\n"
    elif variant == "X2":  # a web page copied: a table cell a line
        top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
        out = []
        for kind, x in paras:
            out.append(flat_lines(x) if kind == "t" else x)
        txt = "\n".join(top + [""] + out + [""] + bottom) + "\n"
    else:  # pdftotext -layout: prose hard-wrapped, tables in columns, pages
        top, bottom = [], []
        lines = []
        for kind, x in paras:
            if kind == "t":
                lines += flat_layout(x, gap=2).split("\n")
            elif kind == "p":
                lines += wrap(x, 78, "    ")
            elif kind in ("title", "cap"):
                lines.append(x.center(70).rstrip())
            elif kind in ("right", "unitline"):
                lines.append(x.rjust(86))
            else:
                lines.append(x)
        protect = [i["name"] for i in items] + [ind.name for i in items for ind in i["inds"]] + \
            [ind.actual for i in items for ind in i["inds"] if not ind.numeric] + \
            [ind.target for i in items for ind in i["inds"] if not ind.numeric]
        txt = paginate(lines, title if rng.random() < 0.5 else "", rng.randint(40, 48), protect, "dash")
    html = html_page(title, html_parts, top, bottom)
    rid = make_id(ctx)
    projects = [project_exp(i["name"], i["b"], i["f"], i["e"], i["rate"], i["sat"], [x.expected() for x in i["inds"]])
                for i in items]
    funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": r_tot}
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, funds, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 6: gongshi — a 公示 page: each project's results in a running paragraph, figures in any order

def ind_phrase(ind, form, with_score):
    if not ind.numeric:
        s = f"{ind.name}目标为{ind.target}，实际{ind.actual}"
    elif form == 0:
        s = f"{ind.name}目标{ind.tgt('word')}，实际完成{ind.act()}"
    elif form == 1:
        s = f"“{ind.name}”实际{ind.act()}（目标{ind.tgt('sym')}）"
    else:
        s = f"{ind.name}完成{ind.act()}，年度目标{ind.tgt('sym')}"
    return s + (f"，得{ind.score}分" if with_score else "")


def build_gongshi(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["G1", "G2", "G3"])
    n = rng.randint(3, min(5, len(sec["projects"])))
    dec = rng.choice([2, 4])
    gran = 10000 if dec == 2 else 100
    M = lambda f: fmt_wan(f, dec)  # noqa: E731
    rstyle = rng.choice("2t")
    items = []
    for nm, pi in pick_projects(rng, ctx["sector"], n):
        b, f, e, init = project_money(rng, gran, 100000, 3000000)
        inds = make_indicators(rng, ctx["sector"], year, pi, rng.randint(3, 4), rng.randint(1, 2))
        pts = exec_points(e, b)
        total = trim(D(pts) + sum(D(i.score) for i in inds))
        plain = [i for i in inds if i.kind != "sat"]
        listed = sorted(rng.sample(plain, rng.randint(2, 3)), key=lambda i: plain.index(i))
        items.append(dict(name=nm, b=b, f=f, e=e, rate=fmt_rate(rate(e, b), rstyle), score=total, grade=grade_of(total),
                          sat=sat_of(inds), listed=listed, with_score=rng.random() < 0.5))
    B, E = sum(i["b"] for i in items), sum(i["e"] for i in items)
    r_all = fmt_rate(rate(E, B), rstyle)
    grades = {g: sum(1 for i in items if i["grade"] == g) for g in "优良中差"}
    title = rng.choice([f"关于{unit}{year}年度项目支出绩效自评结果的公示", f"{unit}{year}年度项目绩效自评结果公告",
                        f"{unit}{year}年度预算项目绩效自评情况公示"])
    opening = (f"根据预算绩效管理有关规定，{we(unit)}对{year}年度{n}个项目开展了绩效自评，涉及预算资金{M(B)}万元，实际支出"
               f"{M(E)}万元，总体预算执行率{r_all}%。自评结果为" + "、".join(f"“{g}”{c}个" for g, c in grades.items() if c)
               + "。现将各项目自评结果公示如下：")
    start = rng.randrange(4)
    paras = []
    for k, i in enumerate(items):
        form = (start + k) % 4
        ph = "；".join(ind_phrase(x, (k + j) % 3, i["with_score"]) for j, x in enumerate(i["listed"]))
        num = f"{CN_NUM[k]}、" if variant == "G3" else f"{k + 1}." if variant == "G2" else ""
        if form == 0:
            s = (f"{num}{i['name']}：该项目预算执行率{i['rate']}%，全年预算{M(i['b'])}万元，实际支出{M(i['e'])}万元；"
                 f"{sec['sat']}{i['sat']}%；自评得分{i['score']}分，自评等级为“{i['grade']}”。主要绩效指标完成情况：{ph}。")
        elif form == 1:
            s = (f"{num}{i['name']}。全年实际支出{M(i['e'])}万元，年度预算{M(i['b'])}万元（其中财政资金{M(i['f'])}万元），"
                 f"执行率为{i['rate']}%。项目自评得分{i['score']}分，{sec['sat']}达到{i['sat']}%；{ph}。")
        elif form == 2:
            s = (f"{num}项目名称：{i['name']}；自评得分：{i['score']}分；满意度：{i['sat']}%；预算执行率：{i['rate']}%"
                 f"（实际支出{M(i['e'])}万元/年度预算{M(i['b'])}万元）；指标完成：{ph}。")
        else:
            s = (f"{num}{i['name']}自评等级为{i['grade']}（{i['score']}分）。项目预算资金{fmt_yuan(i['b'])}元，截至{year}年12月31日"
                 f"已支出{fmt_yuan(i['e'])}元，预算执行率{i['rate']}%。{ph}。{sec['sat']}为{i['sat']}%。")
        paras.append(s)
    d0, m0 = rng.randint(3, 20), rng.randint(5, 9)
    closing = [f"公示期：{year + 1}年{m0}月{d0}日至{d0 + 6}日（5个工作日）。公示期间，如对公示内容有异议，"
               f"请以书面或电话形式向{unit}反映。",
               f"监督电话：{phone(rng)}（{unit}办公室）　{ctx['county']}财政局绩效股：{phone(rng)}"]
    sign = [unit, f"{year + 1}年{m0}月{d0 - 1}日"]
    rule = {"G1": "—" * 24, "G2": "★　★　★", "G3": "※" * 12}[variant]
    html_parts = [P(title, center=True, bold=True), P(opening)]
    for k, s in enumerate(paras):
        if k:
            html_parts.append("<hr>" if variant != "G2" else P(rule, center=True))
        html_parts.append(P(s))
    html_parts += ["<hr>"] + [P(x) for x in closing] + [P(x, right=True) for x in sign]
    if variant == "G1":  # a web page copied
        top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
        body = [title, opening]
        for k, s in enumerate(paras):
            if k:
                body.append(rule)
            body.append(("　　" + s) if rng.random() < 0.5 else s)
        body += [rule] + closing + sign
        txt = "\n".join(top + [""] + body + [""] + bottom) + "\n"
    elif variant == "G2":  # the 公示 as a PDF through pdftotext: hard-wrapped, ★ lines, pages
        top, bottom = [], []
        lines = [title.center(64).rstrip(), ""] + wrap(opening, 76, "    ")
        for k, s in enumerate(paras):
            lines += ["", rule.center(60).rstrip(), ""] if k else [""]
            lines += wrap(s, 76, "    ")
        lines += [""] + [ln for c in closing for ln in wrap(c, 76, "    ")] + ["", sign[0].rjust(74), sign[1].rjust(74)]
        protect = [i["name"] for i in items] + [x.name for i in items for x in i["listed"]] + \
            [x.actual for i in items for x in i["listed"] if not x.numeric] + \
            [x.target for i in items for x in i["listed"] if not x.numeric]
        txt = paginate(lines, "", rng.randint(30, 38), protect, rng.choice(["dash", "plain"]))
    else:  # a DOCX saved as text
        top, bottom = [], []
        body = [title, "", opening]
        for k, s in enumerate(paras):
            body += [rule, s] if k else [s]
        body += [""] + closing + [""] + sign
        txt = "\n".join(body) + "\n"
    html = html_page(title, html_parts, top, bottom)
    rid = make_id(ctx)
    forms = [(start + k) % 4 for k in range(len(items))]
    projects = [project_exp(i["name"], i["b"], i["f"] if form == 1 else None, i["e"], i["rate"], i["sat"],
                            [x.expected(score=i["with_score"]) for x in i["listed"]]) for i, form in zip(items, forms)]
    funds = {"budget_total": yuan_exp(B), "executed_total": yuan_exp(E), "execution_rate_stated": r_all}
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, funds, projects)
    return rid, txt, html, exp


BUILDERS = {"huizong": build_huizong, "hengxiang": build_hengxiang, "heyige": build_heyige, "duoye": build_duoye,
            "daxie": build_daxie, "gongshi": build_gongshi}


# --------------------------------------------------------------------------------------------
# Self-check (genlib's, with F's stricter consistency checks)

self_check = functools.partial(genlib.self_check, strict=True)


def main(argv):
    args = genlib.parse_args(argv, __doc__, 20261202)
    out = pathlib.Path(args.out)
    tally = new_tally()
    per_layout = {k: 0 for k in LAYOUTS}
    projects = 0

    def each(layout, exp):
        nonlocal projects
        before = sum(tally[k] for k in SCORED_KINDS)
        count_figures(exp, tally)
        projects += len(exp["projects"])
        per_layout[layout] += sum(tally[k] for k in SCORED_KINDS) - before

    bad = write_and_check(GEN, out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS, self_check, each)
    scored = sum(tally[k] for k in SCORED_KINDS)
    print(f"{GEN}: scored figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS)
          + f"; {projects} projects, {tally['indicators']} project indicators; {tally['department_indicators']} "
          f"department indicators ({tally['dept_figures']} figures)")
    print(f"{GEN}: scored figures by layout: " + ", ".join(f"{k} {v}" for k, v in per_layout.items()))
    print(genlib.summary_line(GEN, args.count, out, scored, tally['dept_figures'], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
