#!/usr/bin/env python3
"""Generator E: a fifth, independent corpus of generated 预算绩效自评报告.

Usage: generate.py OUT [-n N] [--seed S]

For each report it writes OUT/<id>.<layout>.txt (the text as a user has it: a web page or a WeChat
article copied, a PDF run through pdftotext, a DOCX saved as text, a Markdown export), OUT/html/<id>.<layout>.html
(the same report as a page with real <table>s, for tests/corpus/tables/convert.sh) and
OUT/<id>.<layout>.expected.json (what the report states, in the format of tests/corpus/*/<id>.expected.json).

Six layouts, cycled: zhengtibiao, duonian, zaipingjia, markdown, qianyuan, jianbao (see README.md).
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
    C, D, H, ORDER2, P, SCORED_KINDS, Table, _scaled, amount, count_figures, distribute, dw, esc, flat_lines,
    flat_spaced, flat_tabs, fmt_rate, fmt_wan, fmt_yi, fmt_yuan, grade_of, html_page, new_tally, nice_int, paginate,
    part_of, project_exp, q2, rate, sat_of, spent, table_html, trim, wrap, write_and_check, yuan_exp)

LAYOUTS = ["zhengtibiao", "duonian", "zaipingjia", "markdown", "qianyuan", "jianbao"]
FEN_PER_QIAN = 100000      # 1 千元

# --------------------------------------------------------------------------------------------
# Numbers (the small helpers follow generator D's; they are genlib's now, 千元 is E's own)


def fmt_qian(fen, dec=1, trim_zeros=False, sep=None):
    return _scaled(fen, FEN_PER_QIAN, dec, trim_zeros, sep)


# --------------------------------------------------------------------------------------------
# Places and sectors (generator E's own: sectors none of the other generators uses as a whole)

PLACES = [
    # province, pinyin, city, county, county pinyin
    ("河北", "he", "保定市", "阜平县", "fuping"), ("河北", "he", "承德市", "隆化县", "longhua"),
    ("山西", "sx", "吕梁市", "临县", "linxian"), ("辽宁", "ln", "朝阳市", "建平县", "jianping"),
    ("江苏", "js", "盐城市", "响水县", "xiangshui"), ("浙江", "zj", "丽水市", "遂昌县", "suichang"),
    ("安徽", "ah", "六安市", "霍邱县", "huoqiu"), ("福建", "fj", "南平市", "光泽县", "guangze"),
    ("江西", "jx", "吉安市", "永新县", "yongxin"), ("山东", "sd", "菏泽市", "鄄城县", "juancheng"),
    ("河南", "ha", "信阳市", "商城县", "shangcheng"), ("湖北", "hb", "黄冈市", "英山县", "yingshan"),
    ("湖南", "hn", "邵阳市", "绥宁县", "suining"), ("湖南", "hn", "怀化市", "沅陵县", "yuanling"),
    ("广东", "gd", "梅州市", "五华县", "wuhua"), ("广西", "gx", "河池市", "凤山县", "fengshan"),
    ("重庆", "cq", "重庆市", "巫溪县", "wuxi"), ("四川", "sc", "广元市", "旺苍县", "wangcang"),
    ("四川", "sc", "甘孜藏族自治州", "泸定县", "luding"), ("贵州", "gz", "毕节市", "赫章县", "hezhang"),
    ("云南", "yn", "昭通市", "彝良县", "yiliang"), ("陕西", "sn", "安康市", "紫阳县", "ziyang"),
    ("甘肃", "gs", "陇南市", "宕昌县", "dangchang"), ("新疆", "xj", "阿克苏地区", "乌什县", "wushi"),
]
PROVINCE_FULL = {"河北": "河北省", "山西": "山西省", "辽宁": "辽宁省", "江苏": "江苏省", "浙江": "浙江省",
                 "安徽": "安徽省", "福建": "福建省", "江西": "江西省", "山东": "山东省", "河南": "河南省",
                 "湖北": "湖北省", "湖南": "湖南省", "广东": "广东省", "广西": "广西壮族自治区", "重庆": "重庆市",
                 "四川": "四川省", "贵州": "贵州省", "云南": "云南省", "陕西": "陕西省", "甘肃": "甘肃省",
                 "新疆": "新疆维吾尔自治区"}

# Indicator specs: (level1, level2, name, kind, unit, arg, owners)
#   ge: at least a count (arg (lo, hi)); pct: percent at least (arg targets); le: at most a cost
#   (arg (lo, hi, decimals)); lepct: percent at most; zero: = 0; time / qual: words.
#   owners: indexes of the sector's projects the indicator measures; None: any.
SECTORS = {
    "rs": dict(
        dept="人力资源和社会保障局", py="rsj", prov_dept="人力资源和社会保障厅",
        projects=["就业补助资金", "职业技能提升行动经费", "城乡居民基本养老保险补助资金", "公益性岗位补贴",
                  "根治欠薪专项工作经费"],
        tasks=["促进城乡劳动者就业创业", "开展职业技能培训", "做好城乡居民养老保险参保扩面", "开发公益性岗位托底安置",
               "保障农民工工资支付"],
        inds=[
            ("产出指标", "数量指标", "城镇新增就业人数", "ge", "人", (1200, 9000), (0,)),
            ("产出指标", "数量指标", "补贴性职业技能培训人次", "ge", "人次", (800, 6000), (1,)),
            ("产出指标", "数量指标", "城乡居民养老保险参保人数", "ge", "人", (60000, 260000), (2,)),
            ("产出指标", "数量指标", "公益性岗位安置人数", "ge", "人", (80, 900), (3,)),
            ("产出指标", "数量指标", "办结欠薪案件数", "ge", "件", (30, 300), (4,)),
            ("产出指标", "质量指标", "培训合格率", "pct", "%", [85, 90], (1,)),
            ("产出指标", "质量指标", "符合条件人员参保率", "pct", "%", [95, 98], (2,)),
            ("产出指标", "质量指标", "欠薪案件结案率", "pct", "%", [95, 100], (4,)),
            ("产出指标", "时效指标", "补贴资金发放及时率", "pct", "%", [100], (0, 1, 3)),
            ("产出指标", "成本指标", "人均培训补贴标准", "le", "元", (900, 2200, 0), (1,)),
            ("效益指标", "社会效益指标", "城镇调查失业率", "lepct", "%", [5, 6], (0, 3)),
            ("效益指标", "社会效益指标", "重点群体就业稳定性", "qual", "", None, (0, 3)),
            ("效益指标", "可持续影响指标", "就业服务体系", "qual", "", None, None),
        ],
        sat="服务对象满意度"),
    "zj": dict(
        dept="住房和城乡建设局", py="zjj", prov_dept="住房和城乡建设厅",
        projects=["城镇老旧小区改造项目", "农村危房改造补助资金", "城市市政设施维护经费", "公租房运营管理经费",
                  "城镇污水处理设施运行经费"],
        tasks=["推进城镇老旧小区改造", "保障农村低收入群体住房安全", "做好市政设施日常维护", "加强保障性住房管理",
               "保障污水处理设施稳定运行"],
        inds=[
            ("产出指标", "数量指标", "改造老旧小区数量", "ge", "个", (6, 40), (0,)),
            ("产出指标", "数量指标", "惠及居民户数", "ge", "户", (800, 6000), (0,)),
            ("产出指标", "数量指标", "完成农村危房改造户数", "ge", "户", (40, 600), (1,)),
            ("产出指标", "数量指标", "市政道路维护面积", "ge", "万平方米", (20, 160), (2,)),
            ("产出指标", "数量指标", "公租房保障户数", "ge", "户", (300, 2600), (3,)),
            ("产出指标", "数量指标", "污水处理量", "ge", "万吨", (200, 1500), (4,)),
            ("产出指标", "质量指标", "工程质量验收合格率", "pct", "%", [100], (0, 1, 2)),
            ("产出指标", "质量指标", "城市生活污水集中处理率", "pct", "%", [90, 95], (4,)),
            ("产出指标", "时效指标", "项目完工时间", "time", "", None, (0, 1)),
            ("产出指标", "成本指标", "户均补助标准", "le", "元", (15000, 30000, 0), (1,)),
            ("效益指标", "社会效益指标", "居民居住条件", "qual", "", None, (0, 1, 3)),
            ("效益指标", "社会效益指标", "房屋安全事故发生数", "zero", "起", None, (1,)),
            ("效益指标", "生态效益指标", "水环境质量", "qual", "", None, (4,)),
        ],
        sat="受益群众满意度"),
    "st": dict(
        dept="生态环境局", py="sthjj", prov_dept="生态环境厅",
        projects=["大气污染防治专项资金", "农村环境整治项目", "生态环境监测经费", "土壤污染防治专项资金",
                  "生态环境执法专项经费"],
        tasks=["打好蓝天保卫战", "推进农村环境综合整治", "开展生态环境质量监测", "管控土壤污染风险", "强化生态环境执法"],
        inds=[
            ("产出指标", "数量指标", "淘汰燃煤小锅炉数量", "ge", "台", (10, 80), (0,)),
            ("产出指标", "数量指标", "完成环境整治建制村数量", "ge", "个", (8, 60), (1,)),
            ("产出指标", "数量指标", "监测点位数量", "ge", "个", (12, 90), (2,)),
            ("产出指标", "数量指标", "土壤污染状况调查地块数", "ge", "块", (4, 30), (3,)),
            ("产出指标", "数量指标", "执法检查企业家次", "ge", "家次", (200, 1400), (4,)),
            ("产出指标", "质量指标", "监测数据有效率", "pct", "%", [95, 98], (2,)),
            ("产出指标", "质量指标", "受污染耕地安全利用率", "pct", "%", [90, 93], (3,)),
            ("产出指标", "质量指标", "整治村庄验收合格率", "pct", "%", [100], (1,)),
            ("产出指标", "时效指标", "监测报告报送及时率", "pct", "%", [100], (2,)),
            ("产出指标", "成本指标", "单个监测点位年运维成本", "le", "万元", (2, 8, 1), (2,)),
            ("效益指标", "生态效益指标", "空气质量优良天数比率", "pct", "%", [90, 93, 95], (0,)),
            ("效益指标", "社会效益指标", "突发环境事件发生数", "zero", "起", None, (0, 3, 4)),
            ("效益指标", "可持续影响指标", "生态环境质量", "qual", "", None, None),
        ],
        sat="周边群众满意度"),
    "yj": dict(
        dept="应急管理局", py="yjj", prov_dept="应急管理厅",
        projects=["安全生产监管执法经费", "应急救援队伍建设经费", "森林防灭火专项经费", "自然灾害救助资金",
                  "应急物资储备经费"],
        tasks=["开展安全生产监管执法", "加强应急救援队伍建设", "做好森林防灭火工作", "保障受灾群众基本生活",
               "充实应急物资储备"],
        inds=[
            ("产出指标", "数量指标", "执法检查生产经营单位家次", "ge", "家次", (150, 1200), (0,)),
            ("产出指标", "数量指标", "开展应急演练次数", "ge", "次", (6, 40), (1,)),
            ("产出指标", "数量指标", "森林防火巡查人次", "ge", "人次", (1500, 9000), (2,)),
            ("产出指标", "数量指标", "救助受灾群众人次", "ge", "人次", (300, 5000), (3,)),
            ("产出指标", "数量指标", "储备应急物资品种", "ge", "种", (12, 60), (4,)),
            ("产出指标", "质量指标", "重大事故隐患整改率", "pct", "%", [100], (0,)),
            ("产出指标", "质量指标", "救助对象识别准确率", "pct", "%", [98, 100], (3,)),
            ("产出指标", "时效指标", "救助资金发放时间", "time", "", None, (3,)),
            ("产出指标", "成本指标", "队员人均装备购置成本", "le", "元", (3000, 8000, 0), (1,)),
            ("效益指标", "社会效益指标", "较大以上生产安全事故起数", "zero", "起", None, (0,)),
            ("效益指标", "社会效益指标", "森林火灾受害率", "lepct", "‰", [1], (2,)),
            ("效益指标", "可持续影响指标", "应急处置能力", "qual", "", None, (1, 4)),
        ],
        sat="群众满意度"),
    "zr": dict(
        dept="自然资源局", py="zrzyj", prov_dept="自然资源厅",
        projects=["耕地保护补偿资金", "地质灾害防治经费", "不动产登记工作经费", "国土空间规划编制经费",
                  "土地整治项目"],
        tasks=["落实耕地保护责任", "做好地质灾害群测群防", "优化不动产登记服务", "完成国土空间规划编制", "实施土地综合整治"],
        inds=[
            ("产出指标", "数量指标", "耕地保护面积", "ge", "万亩", (20, 90), (0,)),
            ("产出指标", "数量指标", "地质灾害隐患点监测数", "ge", "处", (60, 400), (1,)),
            ("产出指标", "数量指标", "不动产登记办件量", "ge", "件", (6000, 40000), (2,)),
            ("产出指标", "数量指标", "完成村庄规划编制数量", "ge", "个", (6, 40), (3,)),
            ("产出指标", "数量指标", "新增耕地面积", "ge", "亩", (300, 3000), (4,)),
            ("产出指标", "质量指标", "不动产登记按时办结率", "pct", "%", [98, 100], (2,)),
            ("产出指标", "质量指标", "新增耕地验收合格率", "pct", "%", [100], (4,)),
            ("产出指标", "时效指标", "规划编制完成时间", "time", "", None, (3,)),
            ("产出指标", "成本指标", "亩均整治成本", "le", "元", (2500, 6000, 0), (4,)),
            ("效益指标", "社会效益指标", "地质灾害造成人员伤亡数", "zero", "人", None, (1,)),
            ("效益指标", "经济效益指标", "耕地保护补偿兑付到户率", "pct", "%", [100], (0,)),
            ("效益指标", "可持续影响指标", "耕地保护长效机制", "qual", "", None, (0, 4)),
        ],
        sat="群众满意度"),
    "yb": dict(
        dept="医疗保障局", py="ybj", prov_dept="医疗保障局",
        projects=["城乡医疗救助资金", "医保基金监管专项经费", "医保信息化建设经费", "城乡居民医保参保补助资金"],
        tasks=["落实城乡医疗救助政策", "守好医保基金安全", "推进医保信息化建设", "巩固城乡居民参保"],
        inds=[
            ("产出指标", "数量指标", "医疗救助人次", "ge", "人次", (2000, 16000), (0,)),
            ("产出指标", "数量指标", "检查定点医药机构数", "ge", "家", (60, 400), (1,)),
            ("产出指标", "数量指标", "接入医保信息平台定点机构数", "ge", "家", (50, 300), (2,)),
            ("产出指标", "数量指标", "资助参保人数", "ge", "人", (5000, 40000), (3,)),
            ("产出指标", "质量指标", "城乡居民医保参保率", "pct", "%", [95, 96], (3,)),
            ("产出指标", "质量指标", "政策范围内住院费用救助比例", "pct", "%", [70, 75], (0,)),
            ("产出指标", "质量指标", "信息系统正常运行率", "pct", "%", [98, 99], (2,)),
            ("产出指标", "时效指标", "救助资金结算及时率", "pct", "%", [100], (0,)),
            ("产出指标", "成本指标", "人均资助参保标准", "le", "元", (300, 380, 0), (3,)),
            ("效益指标", "社会效益指标", "因病返贫致贫人数", "zero", "人", None, (0, 3)),
            ("效益指标", "社会效益指标", "群众看病就医负担", "qual", "", None, (0, 3)),
            ("效益指标", "可持续影响指标", "医保基金运行", "qual", "", None, (1,)),
        ],
        sat="参保群众满意度"),
    "sw": dict(
        dept="商务局", py="swj", prov_dept="商务厅",
        projects=["电子商务进农村综合示范项目", "外经贸发展专项资金", "消费促进活动经费", "县域商业体系建设资金"],
        tasks=["推进电子商务进农村", "支持外贸企业稳订单拓市场", "开展促消费系列活动", "完善县域商业网络"],
        inds=[
            ("产出指标", "数量指标", "建设村级电商服务站点", "ge", "个", (20, 140), (0,)),
            ("产出指标", "数量指标", "电商人才培训人次", "ge", "人次", (300, 2400), (0,)),
            ("产出指标", "数量指标", "支持外贸企业数", "ge", "家", (8, 60), (1,)),
            ("产出指标", "数量指标", "举办促消费活动场次", "ge", "场", (6, 40), (2,)),
            ("产出指标", "数量指标", "改造提升乡镇商贸中心", "ge", "个", (3, 16), (3,)),
            ("产出指标", "质量指标", "站点正常运营率", "pct", "%", [85, 90], (0,)),
            ("产出指标", "质量指标", "项目验收合格率", "pct", "%", [100], (3,)),
            ("产出指标", "时效指标", "资金拨付时间", "time", "", None, None),
            ("产出指标", "成本指标", "单个站点建设补助", "le", "万元", (2, 6, 1), (0,)),
            ("效益指标", "经济效益指标", "农产品网络零售额", "ge", "亿元", (2, 15), (0,)),
            ("效益指标", "社会效益指标", "带动就业人数", "ge", "人", (200, 1500), (0, 3)),
            ("效益指标", "可持续影响指标", "县域商业体系", "qual", "", None, (3,)),
        ],
        sat="企业及群众满意度"),
    "ty": dict(
        dept="退役军人事务局", py="tyjrj", prov_dept="退役军人事务厅",
        projects=["优抚对象抚恤补助资金", "退役士兵安置经费", "光荣院运行经费", "烈士纪念设施维护经费"],
        tasks=["落实优抚对象抚恤优待", "做好退役士兵安置", "保障光荣院正常运行", "加强烈士纪念设施保护"],
        inds=[
            ("产出指标", "数量指标", "享受抚恤补助优抚对象人数", "ge", "人", (800, 6000), (0,)),
            ("产出指标", "数量指标", "安置退役士兵人数", "ge", "人", (20, 200), (1,)),
            ("产出指标", "数量指标", "光荣院集中供养人数", "ge", "人", (10, 60), (2,)),
            ("产出指标", "数量指标", "维护烈士纪念设施数量", "ge", "处", (4, 30), (3,)),
            ("产出指标", "质量指标", "抚恤补助发放准确率", "pct", "%", [100], (0,)),
            ("产出指标", "质量指标", "安置任务完成率", "pct", "%", [100], (1,)),
            ("产出指标", "时效指标", "抚恤金发放及时率", "pct", "%", [100], (0,)),
            ("产出指标", "成本指标", "光荣院人均年运行成本", "le", "元", (20000, 36000, 0), (2,)),
            ("效益指标", "社会效益指标", "优抚对象生活水平", "qual", "", None, (0, 2)),
            ("效益指标", "社会效益指标", "涉军信访事件发生数", "zero", "起", None, (0, 1)),
            ("效益指标", "可持续影响指标", "崇军尚武社会氛围", "qual", "", None, (3,)),
        ],
        sat="优抚对象满意度"),
}

TIME_PAIRS = [("{y}年12月31日前", "已按期完成"), ("{y}年11月底前", "{y}年11月完成"), ("年底前完成", "按期完成"),
              ("{y}年10月31日前", "{y}年10月25日完成"), ("及时", "及时"), ("按季度发放", "按季度发放")]
QUAL_PAIRS = [("持续提升", "有所提升", True), ("逐步改善", "明显改善", True), ("有效保障", "有效保障", True),
              ("稳定", "稳定", True), ("不断健全", "基本健全", False), ("明显提高", "有所提高", False),
              ("长期发挥作用", "长期发挥作用", True), ("进一步增强", "增强", True)]


class Ind(genlib.Indicator):
    """One 三级指标 with its figures as the report writes them (ASCII strings)."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.prev = None  # last year's value (duonian)

    def tgt(self, style="sym", unit=True):
        """The target as written: sym ≥95%, word 不低于95%, suffix 95%以上, bare 95%."""
        u = self.unit if unit else ""
        t = self.target
        if not self.numeric:
            return t
        if self.kind == "zero":
            return {"sym": f"={t}{u}", "word": f"{t}{u}", "suffix": f"{t}{u}", "bare": f"{t}{u}"}[style]
        if self.kind in ("ge", "pct", "sat"):
            word = "不少于" if self.kind == "ge" else "不低于"
            return {"sym": f"≥{t}{u}", "word": f"{word}{t}{u}", "suffix": f"{t}{u}以上", "bare": f"{t}{u}"}[style]
        word = "不超过" if self.kind == "le" else "不高于"
        return {"sym": f"≤{t}{u}", "word": f"{word}{t}{u}", "suffix": f"{t}{u}以内", "bare": f"{t}{u}"}[style]

    def expected(self, score=True, target=True, actual=True):
        return {"name": self.name, "target": self.target if target else None,
                "actual": self.actual if actual else None, "score": self.score if score else None}


def make_indicator(rng, spec, year):
    l1, l2, name, kind, unit, arg = spec[:6]
    if kind == "ge":
        lo, hi = arg
        t = rng.randint(lo, hi) if hi <= 200 else nice_int(rng, lo, hi)
        f = D(rng.choice(["1", "1", "1", "1.03", "1.06", "1.1", "0.92", "0.96"]))
        a = int((D(t) * f).to_integral_value(ROUND_HALF_UP))
        return Ind(l1, l2, name, kind, unit, str(t), str(max(a, 0)))
    if kind in ("pct", "sat"):
        t = rng.choice(arg)
        if t == 100:
            a = rng.choice(["100", "100", "100", "99.5", "98.8"])
        else:
            a = trim(min(D(100), D(t) + D(rng.randint(-20, 70)) / 10))
        return Ind(l1, l2, name, kind, unit, str(t), a)
    if kind == "le":
        lo, hi, dec = arg
        step = D(1).scaleb(-dec)
        t = D(rng.randint(int(lo * 10 ** dec), int(hi * 10 ** dec))) * step
        a = (t * D(rng.choice(["0.88", "0.94", "0.97", "1", "1", "1.05"]))).quantize(step if dec else D(1), ROUND_HALF_UP)
        return Ind(l1, l2, name, kind, unit, trim(t), trim(a))
    if kind == "lepct":
        t = rng.choice(arg)
        return Ind(l1, l2, name, kind, unit, str(t), trim(D(rng.randint(1, t * 10)) / 10))
    if kind == "zero":
        return Ind(l1, l2, name, kind, unit, "0", "0")
    if kind == "time":
        tt, aa = rng.choice(TIME_PAIRS)
        return Ind(l1, l2, name, kind, "", tt.format(y=year), aa.format(y=year))
    tt, aa, met = rng.choice(QUAL_PAIRS)
    return Ind(l1, l2, name, kind, "", tt, aa, met)


GENERIC = [("产出指标", "质量指标", "项目完成率", "pct", "%", [95, 100], None),
           ("产出指标", "时效指标", "资金拨付及时率", "pct", "%", [100], None),
           ("产出指标", "质量指标", "资金使用合规率", "pct", "%", [100], None)]


def make_indicators(rng, sector, year, pi, n_out, n_ben, sat=True, out_w=None, ben_w=None):
    """Indicators of project pi of the sector (None: the whole department), 产出 / 效益 / 满意度 weighted
    to 50 / 30 / 10 by default (the DOMAIN.md split), scored by the DOMAIN.md rules."""
    sec = SECTORS[sector]
    fits = [s for s in sec["inds"] if pi is None or s[6] is None or pi in s[6]]
    outs = [s for s in fits if s[0] == "产出指标"]
    if pi is not None and len(outs) < n_out:  # a project few sector indicators fit: the common ones
        outs += [g for g in GENERIC if g[2] not in {s[2] for s in outs}][:n_out - len(outs)]
    bens = [s for s in fits if s[0] == "效益指标"]
    own = [s for s in outs if s[1] == "数量指标"]
    chosen = rng.sample(own, min(len(own), max(1, n_out // 2)))
    rest = [s for s in outs if s not in chosen]
    chosen += rng.sample(rest, min(len(rest), n_out - len(chosen)))
    chosen_b = rng.sample(bens, min(len(bens), n_ben))
    if not chosen_b:
        chosen_b = [("效益指标", "社会效益指标", "社会效益", "qual", "", None, None)]
    chosen.sort(key=lambda s: ORDER2.get(s[1], 9))
    chosen_b.sort(key=lambda s: ORDER2.get(s[1], 9))
    o_inds = [make_indicator(rng, s, year) for s in chosen]
    b_inds = [make_indicator(rng, s, year) for s in chosen_b]
    for ind, w in zip(o_inds, distribute(rng, out_w or 50, len(o_inds))):
        ind.weight = w
    for ind, w in zip(b_inds, distribute(rng, ben_w or 30, len(b_inds))):
        ind.weight = w
    inds = o_inds + b_inds
    if sat:
        s = make_indicator(rng, ("满意度指标", "服务对象满意度指标", sec["sat"], "sat", "%", [85, 90, 95]), year)
        s.weight = 10
        inds.append(s)
    for ind in inds:
        ind.compute_score(rng)
    return inds


# --------------------------------------------------------------------------------------------
# Tables (the grid, table_html and the flatteners flat_lines/flat_tabs/flat_spaced are genlib's)


def flat_layout(t, gap=3):
    """`pdftotext -layout`: columns padded with spaces; a cell spanning columns starts at its first,
    a cell spanning rows is written on its first row. No wrapping inside cells."""
    placed, occ, ncols = t.grid()
    widths = [0] * ncols
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                widths[c] = max(widths[c], dw(cl.text.replace("\n", "")))
    xs = [0]
    for w in widths[:-1]:
        xs.append(xs[-1] + w + gap)
    out = []
    for items in placed:
        s, w = "", 0
        for c, cl in items:
            txt = cl.text.replace("\n", "")
            if not txt:
                continue
            x = xs[c]
            if cl.cs == 1 and c > 0 and re.match(r"^[\d,.\-%—]+$", txt):  # figures right-aligned
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
    return "\n".join(out)


def flat_pipe(t, align=False):
    """A Markdown pipe table: the first row the header, a |---| row under it, spans repeated as empty cells."""
    placed, occ, ncols = t.grid()
    lines = []
    for r, items in enumerate(placed):
        origin = dict(items)
        cells, c = [], 0
        while c < ncols:
            if c in origin:
                cells.append(origin[c].text.replace("\n", "<br>").replace("|", "\\|"))
                cells.extend([""] * (origin[c].cs - 1))
                c += origin[c].cs
            else:
                cells.append("")
                c += 1
        lines.append("| " + " | ".join(cells) + " |")
        if r == 0:
            seps = [(":---:" if (align and k > 0) else "---") for k in range(ncols)]
            lines.append("|" + "|".join(seps) + "|")
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------
# Pages, noise, wrapping

def pub_date(rng, year):
    return f"{year + 1}-{rng.randint(2, 10):02d}-{rng.randint(1, 28):02d}"


def web_header(rng, ctx, title, unit=None):
    unit = unit or ctx["unit"]
    d = pub_date(rng, ctx["year"])
    style = rng.randrange(3)
    if style == 0:
        return [f"{ctx['county']}人民政府门户网站", "当前位置：首页 > 政府信息公开 > 法定主动公开内容 > 预决算公开", title,
                f"发布时间：{d}　来源：{unit}　阅读次数：{rng.randint(30, 1500)}　【字号：大 中 小】"]
    if style == 1:
        return [f"信息索引号：{rng.randint(11000000, 99999999)}-{rng.randint(100, 999)}/{ctx['year'] + 1}-{rng.randint(100, 9999)}",
                f"信息分类：财政预决算　　发布机构：{unit}", f"生成日期：{d}　　公开形式：主动公开", "名　　称：" + title, title]
    return ["网站首页 | 政务公开 | 部门动态 | 互动交流", title, f"{d}　{unit}　[打印] [关闭]"]


def web_footer(rng, ctx):
    style = rng.randrange(3)
    if style == 0:
        return ["扫一扫在手机打开当前页", "【打印】【关闭】"]
    if style == 1:
        return [f"主办单位：{ctx['county']}人民政府办公室　　网站标识码：{rng.randint(1000000000, 9999999999)}",
                "联系我们 | 网站地图 | 隐私声明"]
    return ["相关附件：", "上一篇：关于公开部门预算的说明", "下一篇：政府采购意向公开"]


# --------------------------------------------------------------------------------------------
# Context and expected documents

def make_ctx(rng, index, layout, seed):
    place = rng.choice(PLACES)
    prov, ppy, city, county, cpy = place
    sector = rng.choice(sorted(SECTORS))
    sec = SECTORS[sector]
    year = rng.randint(2020, 2024)
    unit = rng.choice([f"{county}{sec['dept']}", f"{city}{county}{sec['dept']}"])
    return dict(index=index, layout=layout, seed=seed, prov=prov, ppy=ppy, city=city, county=county, cpy=cpy,
                sector=sector, sec=sec, year=year, unit=unit, unit_py=sec["py"])


cycle = functools.partial(genlib.cycle, per=len(LAYOUTS))
make_id = functools.partial(genlib.make_id, "ge")
expected_doc = functools.partial(genlib.expected_doc, "generator-e")

def level_rows(t, inds, lead, values, merge=True, l1_label=None):
    """Indicator rows 一级 | 二级 | 三级 | values…, levels merged down their rows (rowspan) when merge.
    lead: cells put before the levels on the first row only (e.g. a spanning 年度绩效指标 label)."""
    groups1 = []
    for ind in inds:
        if groups1 and groups1[-1][0] == ind.l1:
            groups1[-1][1].append(ind)
        else:
            groups1.append((ind.l1, [ind]))
    first = True
    for l1, members in groups1:
        label1 = l1_label(l1, members) if l1_label else l1
        k = 0
        while k < len(members):
            l2 = members[k].l2
            m = k
            while m < len(members) and members[m].l2 == l2:
                m += 1
            for j in range(k, m):
                ind = members[j]
                cells = list(lead) if first else []
                first = False
                if merge:
                    if j == 0:
                        cells.append(C(label1, rs=len(members)))
                    if j == k:
                        cells.append(C(l2, rs=m - k))
                else:
                    cells += [label1, l2]
                cells.append(ind.name)
                cells += values(ind)
                t.row(*cells)
            k = m


def goals_done(rng, sec, k):
    gs = rng.sample(sec["tasks"], min(k, len(sec["tasks"])))
    done = [(rng.choice(["已", "全面", "按计划"]) + g) if rng.random() < 0.5 else (g + rng.choice(["，已完成", "，目标已实现", "，完成年度目标"]))
            for g in gs]
    return gs, done


def deviation(ind):
    if ind.score is not None and D(ind.score) < D(ind.weight):
        return rng_free_reason(ind)
    return ""


def rng_free_reason(ind):
    if ind.kind in ("ge", "pct", "sat"):
        return "受客观因素影响未完全达到目标，下一步加强统筹推进"
    if ind.kind in ("le", "lepct"):
        return "成本控制不到位，下一步加强成本核算"
    return "部分工作推进较慢，下一步加强跟踪督导"


def people(rng):
    return rng.choice(["张", "王", "李", "刘", "陈", "杨", "黄", "周"]) + rng.choice(["建国", "丽", "伟", "敏", "志强", "晓燕", "军", "红梅"])


# --------------------------------------------------------------------------------------------
# Layout 1: zhengtibiao — 部门（单位）整体支出绩效自评表 (财政部 standard form and two local forms)

def build_zhengtibiao(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["Z1", "Z2", "Z3"])
    gran = 10000 if variant != "Z3" else rng.choice([1, 100])
    n_tasks = rng.randint(3, min(5, len(sec["projects"])))
    names = rng.sample(sec["projects"], n_tasks)
    pis = [sec["projects"].index(n) for n in names]
    tasks = []
    for nm, pi in zip(names, pis):
        b = amount(rng, 200000, 6000000, gran)
        e = spent(rng, b, gran)
        other = 0 if rng.random() < 0.6 else part_of(rng, b, 0.03, 0.2, gran)
        tasks.append(dict(name=nm, pi=pi, b=b, e=e, f=b - other, o=other, content=sec["tasks"][pi]))
    basic_b = amount(rng, 1500000, 9000000, gran)
    basic_e = spent(rng, basic_b, gran, full=0.5, lo=0.95, hi=0.999)
    with_basic_task = variant == "Z1" and rng.random() < 0.5
    if with_basic_task:
        tasks.insert(0, dict(name="保障机关正常运转", pi=None, b=basic_b, e=basic_e, f=basic_b, o=0,
                             content="保障在职人员工资福利及机关日常运转"))
    proj_b = sum(t["b"] for t in tasks if t["pi"] is not None)
    proj_e = sum(t["e"] for t in tasks if t["pi"] is not None)
    tot_b, tot_e = basic_b + proj_b, basic_e + proj_e
    if with_basic_task:
        assert tot_b == sum(t["b"] for t in tasks)
    carry = 0 if rng.random() < 0.5 or variant == "Z3" else part_of(rng, tot_b, 0.01, 0.05, gran)
    other = 0 if rng.random() < 0.5 else part_of(rng, tot_b, 0.01, 0.06, gran)
    if variant == "Z3":  # the form shows each task's 其他资金: the department's is their sum
        other = sum(t["o"] for t in tasks)
    fis = tot_b - carry - other
    fis_e = tot_e - carry - other
    assert fis_e >= 0
    adj = 0 if rng.random() < 0.4 else min(part_of(rng, fis, 0.02, 0.12, gran), proj_b // 2 // gran * gran)
    fis0, tot0 = fis - adj, tot_b - adj - carry
    rstyle = rng.choice("2t")
    r_tot = fmt_rate(rate(tot_e, tot_b), rstyle)
    exec_score = trim(q2(min(D(100), rate(tot_e, tot_b)) / 10))

    # department indicators: every row of the form's 年度绩效指标
    n_out, n_ben = rng.randint(4, 6), rng.randint(2, 3)
    if variant == "Z3":
        inds = make_indicators(rng, ctx["sector"], year, None, n_out, n_ben, out_w=40, ben_w=25)
        carry_end = tot_b - tot_e
        mg = []
        for name, l2, kind, tgt, act, w in [
                ("预算完成率", "预算管理", "pct", "95", fmt_rate(rate(tot_e, tot_b), "t"), 4),
                ("结转结余率", "预算管理", "lepct", rng.choice(["5", "10"]), trim(rate(carry_end, tot_b)), 4),
                ("政府采购执行率", "预算管理", "pct", "100", rng.choice(["100", "100", "97.6"]), 3),
                ("管理制度健全性", "资产管理", "qual", "健全", "健全", 4)]:
            o = Ind("管理指标", l2, name, kind, "%" if kind != "qual" else "", tgt, act, met=True)
            o.weight = w
            mg.append(o)
        inds = inds[:-1] + mg + inds[-1:]
        for o in mg:
            o.compute_score(rng)
    else:
        inds = make_indicators(rng, ctx["sector"], year, None, n_out, n_ben)
    ind_total = sum(D(i.score) for i in inds)
    total_score = trim(D(exec_score) + ind_total)
    goals, done = goals_done(rng, sec, rng.randint(3, 4))
    gtxt = "\n".join(f"目标{k}：{g}。" for k, g in enumerate(goals, 1))
    dtxt = "\n".join(f"{k}.{g}。" for k, g in enumerate(done, 1))

    t = Table()
    if variant == "Z1":
        M = lambda f: fmt_wan(f, 2) if f else "—"  # noqa: E731
        R = lambda e, b: (fmt_rate(rate(e, b), rstyle) + "%") if b else "—"  # noqa: E731
        t.row(C("部门（单位）名称", cs=2), C(unit, cs=7))
        t.row(C("年度主要任务", rs=1 + len(tasks)), C("任务名称", cs=2), C("主要内容", cs=4), "预算金额（万元）", "实际支出（万元）")
        for tk in tasks:
            t.row(C(tk["name"], cs=2), C(tk["content"], cs=4), M(tk["b"]), M(tk["e"]))
        t.row(C("年度部门整体支出预算（万元）", rs=5), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
        t.row(C("年度资金总额", cs=2), M(tot0), M(tot_b), M(tot_e), "10", r_tot + "%", exec_score)
        t.row(C("其中：财政拨款", cs=2), M(fis0), M(fis), M(fis_e), "—", R(fis_e, fis), "—")
        t.row(C("上年结转资金", cs=2), "—", M(carry), M(carry), "—", R(carry, carry), "—")
        t.row(C("其他资金", cs=2), M(other), M(other), M(other), "—", R(other, other), "—")
        money_note = "万元"
    elif variant == "Z2":
        M = lambda f: (fmt_wan(f, 2, trim_zeros=True) + "万元") if f else ""  # noqa: E731
        t.row(C("预算单位名称", cs=2), C(unit, cs=7))
        t.row(C("年度预算申请（万元）", rs=7), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
        t.row(C("年度资金总额", cs=2), M(tot0), M(tot_b), M(tot_e), "10", r_tot + "%", exec_score)
        t.row(C("按收入性质分：", cs=4), C("按支出性质分：", cs=4))
        t.row(C(f"其中：一般公共预算：{M(fis)}", cs=4), C(f"其中：基本支出：{M(basic_b)}", cs=4))
        t.row(C("政府性基金拨款：", cs=4), C(f"项目支出：{M(proj_b)}", cs=4))
        t.row(C("纳入专户管理的非税收入拨款：" + (M(carry) if carry else ""), cs=4), C("", cs=4))
        t.row(C(f"其他资金：{M(other)}", cs=4), C("", cs=4))
        t.row(C("年度主要任务", rs=1 + len(tasks)), C("任务名称", cs=2), C("主要内容", cs=4), "预算金额（万元）", "实际支出（万元）")
        Mt = lambda f: fmt_wan(f, 2, trim_zeros=True)  # noqa: E731
        for tk in tasks:
            t.row(C(tk["name"], cs=2), C(tk["content"], cs=4), Mt(tk["b"]), Mt(tk["e"]))
        money_note = "万元"
    else:
        M = lambda f: fmt_yuan(f) if f else "0.00"  # noqa: E731
        t.row(C("部门名称", cs=2), C(unit, cs=7))
        t.row(C("年度部门整体支出预算（元）", rs=6), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
        t.row(C("年度资金总额", cs=2), M(tot_b - adj), M(tot_b), M(tot_e), "10", r_tot + "%", exec_score)
        t.row(C("其中：财政拨款", cs=2), M(fis0), M(fis), M(fis_e), "—", "—", "—")
        t.row(C("其他资金", cs=2), M(other + carry), M(other + carry), M(other + carry), "—", "—", "—")
        t.row(C("按支出性质分：基本支出", cs=2), M(basic_b), M(basic_b), M(basic_e), "—", "—", "—")
        t.row(C("项目支出", cs=2), M(proj_b - adj), M(proj_b), M(proj_e), "—", "—", "—")
        t.row(C("年度主要任务", rs=2 + len(tasks)), C("任务名称", rs=2), C("主要内容", rs=2, cs=2), C("预算金额（元）", cs=3),
              C("实际支出（元）", rs=2), C("执行率", rs=2))
        t.row("小计", "财政拨款", "其他资金")
        for tk in tasks:
            tk["rate"] = fmt_rate(rate(tk["e"], tk["b"]), rstyle)
            t.row(tk["name"], C(tk["content"], cs=2), M(tk["b"]), M(tk["f"]), M(tk["o"]), M(tk["e"]), tk["rate"] + "%")
        money_note = "元"
    t.row(C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4))
    t.row(C(gtxt, cs=4), C(dtxt, cs=4))
    nrows = len(inds)
    pts = {}
    for i in inds:
        pts[i.l1] = pts.get(i.l1, 0) + i.weight
    l1_label = (lambda l1, m: f"{l1}（{pts[l1]}分）") if variant == "Z2" else None
    values = lambda i: [i.tgt(rng_style(rng, i)), i.act(), str(i.weight), i.score, deviation(i)]  # noqa: E731
    t.row(C("年度绩效指标" if variant != "Z2" else "绩\n效\n指\n标", rs=nrows + 1), "一级指标", "二级指标", "三级指标",
          "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    level_rows(t, inds, [], values, merge=True, l1_label=l1_label)
    t.row(C("总分", cs=7), "100", total_score)
    t.grid()

    title_line = rng.choice(["部门（单位）整体支出绩效自评表", "部门整体支出绩效自评表"])
    title = f"{unit}{year}年度部门整体支出绩效自评表"
    year_line = f"（{year}年度）"
    pre = [title_line, year_line]
    if variant == "Z3":
        pre.append(f"填报单位（盖章）：{unit}　　　　金额单位：{money_note}")
    post = [f"单位负责人：{people(rng)}　　财务负责人：{people(rng)}　　填表人：{people(rng)}　　联系电话：0{rng.randint(700, 999)}-{rng.randint(2000000, 8999999)}",
            f"填报日期：{year + 1}年{rng.randint(2, 5)}月{rng.randint(1, 28)}日"]

    if variant == "Z1":
        top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
        body = flat_lines(t, blank=True)
        txt = "\n".join(top) + "\n\n" + "\n\n".join(pre) + "\n\n" + body + "\n" + "\n".join(post) + "\n\n" + "\n".join(bottom) + "\n"
    elif variant == "Z2":
        top, bottom = [], []
        body = flat_tabs(t, keep_covered=True)
        txt = "\n".join(pre) + "\n" + body + "\n" + "\n".join(post) + "\n"
    else:
        top, bottom = [], []
        body = flat_spaced(t, joiner=" ")
        lines = pre + body.split("\n") + post
        protect = [x.name for x in inds] + [tk["name"] for tk in tasks] + [i.actual for i in inds if not i.numeric] \
            + [i.target for i in inds if not i.numeric]
        txt = paginate(lines, "", 48, protect, "of")
    html_parts = [P(title_line, center=True, bold=True), P(year_line, center=True)] + [P(x) for x in pre[2:]] \
        + [table_html(t)] + [P(x) for x in post]
    html = html_page(title, html_parts, top, bottom)

    rid = make_id(ctx)
    projects = []
    for tk in tasks:
        projects.append(project_exp(tk["name"], tk["b"], tk["f"] if variant == "Z3" else None, tk["e"],
                                    tk.get("rate"), None, []))
    funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": r_tot}
    dept = [i.expected() for i in inds]
    exp = expected_doc(ctx, rid, title if variant == "Z1" else title_line, "部门整体自评", unit, funds, projects, dept)
    return rid, txt, html, exp


def rng_style(rng, ind):
    return rng.choice(["sym", "sym", "word", "suffix", "bare"]) if ind.numeric else "sym"


# --------------------------------------------------------------------------------------------
# Layout 2: duonian — money tables comparing two years (上年 / 本年), a PDF run through pdftotext

def change_words(cur, prev, M, unit_word):
    """比上年增加…万元，增长…% / 减少…，下降…% (no minus sign in prose)."""
    d = cur - prev
    pct = trim(q2(D(abs(d)) * 100 / D(prev))) if prev else None
    if d >= 0:
        return f"比上年增加{M(d)}{unit_word}" + (f"，增长{pct}%" if pct else "")
    return f"比上年减少{M(-d)}{unit_word}" + (f"，下降{pct}%" if pct else "")


def signed(M, d):
    return ("-" if d < 0 else "") + M(abs(d))


def prev_of(rng, ind, year):
    """Last year's value of an indicator, as the two-year table writes it."""
    if ind.kind == "ge":
        return str(max(1, int(D(ind.target) * D(rng.choice(["0.82", "0.9", "0.95", "1.01"])))))
    if ind.kind in ("pct", "sat"):
        return trim(min(D(100), D(ind.target) - D(rng.randint(-15, 40)) / 10))
    if ind.kind == "le":
        t = D(ind.target)
        return trim((t * D(rng.choice(["0.9", "1.1", "0.95"]))).quantize(D(1) if t == t.to_integral_value() else D("0.1"), ROUND_HALF_UP))
    if ind.kind == "lepct":
        return trim(D(rng.randint(1, int(D(ind.target) * 10) + 5)) / 10)
    if ind.kind == "zero":
        return "0"
    return "—" if ind.kind == "time" else rng.choice(["一般", "较好", "有所改善"])


def build_duonian(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    py = year - 1
    variant = cycle(ctx, ["L1", "L2", "L3"])
    dec = rng.choice([2, 2, 4])
    gran = 10000 if dec == 2 else 100
    sep = "," if rng.random() < 0.4 else None
    M = lambda f: fmt_wan(f, dec, sep=sep)  # noqa: E731
    rstyle = rng.choice("2t")
    names = rng.sample(sec["projects"], rng.randint(2, 4))
    projs = []
    for nm in names:
        b = amount(rng, 300000, 8000000, gran)
        e = spent(rng, b, gran)
        new = rng.random() < 0.2
        factor = D(rng.choice(["0.72", "0.81", "0.88", "0.93", "1.07", "1.15", "1.26"]))
        pb = 0 if new else int(D(b) * factor) // gran * gran
        pe = 0 if new else spent(rng, pb, gran)
        inds = make_indicators(rng, ctx["sector"], year, sec["projects"].index(nm), rng.randint(3, 4), rng.randint(1, 2))
        for i in inds:
            i.prev = prev_of(rng, i, year) if not new else "—"
        projs.append(dict(name=nm, b=b, e=e, pb=pb, pe=pe, new=new, inds=inds, rate=fmt_rate(rate(e, b), rstyle)))
    pers_b = amount(rng, 2000000, 12000000, gran)
    pub_b = amount(rng, 200000, 1500000, gran)
    pers_e, pub_e = spent(rng, pers_b, gran, 0.6, 0.97, 0.999), spent(rng, pub_b, gran, 0.3, 0.9, 0.99)
    pers_p, pub_p = part_of(rng, pers_e, 0.88, 1.08, gran), part_of(rng, pub_e, 0.85, 1.15, gran)
    basic_b, basic_e, basic_p = pers_b + pub_b, pers_e + pub_e, pers_p + pub_p
    proj_b, proj_e, proj_p = sum(p["b"] for p in projs), sum(p["e"] for p in projs), sum(p["pe"] for p in projs)
    proj_pb = sum(p["pb"] for p in projs)
    tot_b, tot_e, tot_p = basic_b + proj_b, basic_e + proj_e, basic_p + proj_p
    tot_pb = basic_p + proj_pb + part_of(rng, basic_p, 0.0, 0.03, gran)
    inc, inc_p = tot_b, part_of(rng, tot_pb, 0.98, 1.0, gran)
    r_tot = fmt_rate(rate(tot_e, tot_b), rstyle)
    r_prev = fmt_rate(rate(tot_p, tot_pb), rstyle)
    pct = lambda c, p: (f"{q2(D(c - p) * 100 / D(p)):.2f}" if p else "—")  # noqa: E731

    title = rng.choice([f"{unit}{year}年度部门整体支出绩效自评报告", f"{unit}{year}年部门整体支出绩效自评报告"])
    paras = [("title", title)]
    staff = rng.randint(20, 140)
    paras.append(("h", "一、部门基本情况"))
    paras.append(("p", f"{unit}内设机构{rng.randint(4, 10)}个，下属事业单位{rng.randint(1, 4)}个，{year}年末实有在职人员{staff}人，"
                       f"比上年{rng.choice(['增加', '减少'])}{rng.randint(1, 6)}人。主要职责是" + "、".join(sec["tasks"][:3]) + "等。"))
    paras.append(("h", "二、部门整体支出情况"))
    paras.append(("h", "（一）收支总体情况"))
    paras.append(("p", f"{year}年度本部门收入决算{M(inc)}万元，{change_words(inc, inc_p, M, '万元')}。"
                       f"全年支出预算{M(tot_b)}万元，支出决算{M(tot_e)}万元，{change_words(tot_e, tot_p, M, '万元')}，"
                       f"预算执行率{r_tot}%（上年为{r_prev}%）。{py}年度支出决算{M(tot_p)}万元，预算{M(tot_pb)}万元。"))
    paras.append(("p", f"其中：基本支出{M(basic_e)}万元，{change_words(basic_e, basic_p, M, '万元')}；项目支出{M(proj_e)}万元，"
                       f"{change_words(proj_e, proj_p, M, '万元')}。变动的主要原因是" + rng.choice(
                           ["人员增加及工资调整，以及新增项目资金。", "年中追加专项资金，项目支出相应增加。", "部分项目完成后不再安排资金。"])))
    t1 = Table()
    if variant == "L1":
        t1.row("项目", "上年决算数", "本年预算数", "本年决算数", "较上年增减额", "较上年增减率（%）")
        rows = [("支出合计", tot_p, tot_b, tot_e), ("一、基本支出", basic_p, basic_b, basic_e), ("　其中：人员经费", pers_p, pers_b, pers_e),
                ("　　　　公用经费", pub_p, pub_b, pub_e), ("二、项目支出", proj_p, proj_b, proj_e)]
        rows += [(f"　{k}.{p['name']}", p["pe"], p["b"], p["e"]) for k, p in enumerate(projs, 1)]
        for lab, pv, b, e in rows:
            t1.row(lab, M(pv) if pv else "—", M(b), M(e), signed(M, e - pv) if pv else M(e), pct(e, pv))
        cap1 = f"表1  {py}—{year}年度部门支出决算对比表"
    else:
        t1.row("项目", f"{py}年", f"{year}年", "增减额", "增减率")
        for lab, pv, cv in [("收入合计", inc_p, inc), ("支出合计", tot_p, tot_e), ("基本支出", basic_p, basic_e),
                            ("人员经费", pers_p, pers_e), ("公用经费", pub_p, pub_e), ("项目支出", proj_p, proj_e)]:
            t1.row(lab, M(pv), M(cv), signed(M, cv - pv), pct(cv, pv) + "%")
        cap1 = f"表1  {year}年度收支决算与上年对比情况（单位：万元）"
    paras.append(("cap", cap1))
    if variant == "L1":
        paras.append(("cap", "单位：万元"))
    paras.append(("t", t1))
    paras.append(("h", "（二）项目支出情况"))
    t2 = Table()
    if variant == "L1":
        t2.row("序号", "项目名称", "本年预算数", "本年支出数", "预算执行率", "上年支出数")
        for k, p in enumerate(projs, 1):
            t2.row(str(k), p["name"], M(p["b"]), M(p["e"]), p["rate"] + "%", M(p["pe"]) if p["pe"] else "—")
    elif variant == "L2":
        t2.row("序号", "项目名称", f"{py}年支出", f"{year}年预算", f"{year}年支出", "执行率", "支出增减率")
        for k, p in enumerate(projs, 1):
            t2.row(str(k), p["name"], M(p["pe"]) if p["pe"] else "—", M(p["b"]), M(p["e"]), p["rate"] + "%",
                   (pct(p["e"], p["pe"]) + "%") if p["pe"] else "—")
    else:
        t2.row(C("项目名称", rs=2), C(f"上年（{py}年）", cs=3), C(f"本年（{year}年）", cs=3))
        t2.row("预算数", "执行数", "执行率", "预算数", "执行数", "执行率")
        for p in projs:
            pr = (fmt_rate(rate(p["pe"], p["pb"]), rstyle) + "%") if p["pb"] else "—"
            t2.row(p["name"], M(p["pb"]) if p["pb"] else "—", M(p["pe"]) if p["pe"] else "—", pr, M(p["b"]), M(p["e"]),
                   p["rate"] + "%")
    paras.append(("cap", f"表2  {year}年度项目支出执行情况表（单位：万元）"))
    paras.append(("t", t2))
    for k, p in enumerate(projs, 1):
        last = ("该项目为本年新增项目。" if p["new"] else
                f"上年同期该项目预算{M(p['pb'])}万元，支出{M(p['pe'])}万元。")
        paras.append(("p", f"{k}.{p['name']}。{year}年预算{M(p['b'])}万元，实际支出{M(p['e'])}万元，执行率{p['rate']}%。{last}"))
    paras.append(("h", "三、绩效目标完成情况"))
    protect = [p["name"] for p in projs]
    for k, p in enumerate(projs, 1):
        paras.append(("h", f"（{'一二三四五'[k - 1]}）{p['name']}"))
        t3 = Table()
        if variant in ("L1", "L3"):
            t3.row("指标名称", f"{py}年完成值", f"{year}年目标值", f"{year}年完成值", "分值", "得分")
            for i in p["inds"]:
                t3.row(i.name, i.prev + (i.unit if i.numeric and i.prev != "—" else ""), i.tgt("sym"), i.act(), str(i.weight), i.score)
        else:
            t3.row("一级指标", "二级指标", "三级指标", "上年实际值", "本年指标值", "本年实际值", "分值", "得分")
            level_rows(t3, p["inds"], [], lambda i: [i.prev, i.tgt("sym", unit=False), i.act(unit=False), str(i.weight), i.score],
                       merge=False)
        paras.append(("t", t3))
        sat = [i for i in p["inds"] if i.kind == "sat"][0]
        paras.append(("p", f"经问卷调查，{sat.name}为{sat.actual}%，上年为{sat.prev}%。" if sat.prev != "—"
                      else f"经问卷调查，{sat.name}为{sat.actual}%。"))
        protect += [i.name for i in p["inds"]] + [x for i in p["inds"] if not i.numeric for x in (i.target, i.actual)]
    paras.append(("h", "四、存在的问题及改进措施"))
    paras.append(("p", "一是部分项目支出进度前慢后快；二是绩效目标设定与上年相比细化不够。下一步将加强预算执行监控，"
                       "科学设定年度绩效目标，强化评价结果应用。"))
    paras.append(("right", unit))
    paras.append(("right", f"{year + 1}年{rng.randint(3, 6)}月{rng.randint(1, 28)}日"))

    # TXT: pdftotext, hard-wrapped prose, tables laid out (L1, L2) or one cell a line (L3)
    width = rng.choice([76, 78, 80])
    lines = []
    for kind, x in paras:
        if kind == "title":
            lines += [ln.center(width).rstrip() for ln in wrap(x, width - 16)]
            lines.append("")
        elif kind == "h":
            lines.append("　　" + x if rng.random() < 0.5 else x)
        elif kind == "p":
            lines += wrap(x, width, "　　")
        elif kind == "cap":
            lines.append(x.center(width).rstrip())
        elif kind == "right":
            lines.append(x.rjust(width - dw(x) + len(x)))
        else:
            lines += (flat_layout(x) if variant != "L3" else flat_lines(x)).split("\n")
    txt = paginate(lines, title if rng.random() < 0.6 else "", rng.choice([36, 40, 44]), protect,
                   rng.choice(["dash", "of", "plain"]))
    html_parts = []
    for kind, x in paras:
        if kind == "title":
            html_parts.append(P(x, center=True, bold=True))
        elif kind == "h":
            html_parts.append(H(x, 3))
        elif kind == "p":
            html_parts.append(P(x))
        elif kind == "cap":
            html_parts.append(P(x, center=True))
        elif kind == "right":
            html_parts.append(P(x, right=True))
        else:
            html_parts.append(table_html(x))
    html = html_page(title, html_parts)
    rid = make_id(ctx)
    projects = [project_exp(p["name"], p["b"], None, p["e"], p["rate"], sat_of(p["inds"]),
                            [i.expected() for i in p["inds"]]) for p in projs]
    funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": r_tot}
    exp = expected_doc(ctx, rid, title, "部门整体自评", unit, funds, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 3: zaipingjia — a finance bureau's 财政重点评价 / 再评价 summary over several units' projects


def build_zaipingjia(rng, ctx):
    year, county = ctx["year"], ctx["county"]
    variant = cycle(ctx, ["R1", "R2", "R3"])
    unit = f"{county}财政局"
    n = rng.randint(4, 7)
    sectors = rng.sample(sorted(SECTORS), min(n, len(SECTORS)))
    while len(sectors) < n:
        sectors.append(rng.choice(sorted(SECTORS)))
    used, items = set(), []
    in_yuan = variant == "R2"
    gran = 1 if in_yuan else rng.choice([100, 10000])
    dec = 4 if gran == 100 else 2
    M = (lambda f: fmt_yuan(f)) if in_yuan else (lambda f: fmt_wan(f, dec))  # noqa: E731
    uw = "元" if in_yuan else "万元"
    rstyle = rng.choice("2t")
    for sk in sectors:
        sec = SECTORS[sk]
        choices = [p for p in sec["projects"] if p not in used]
        nm = rng.choice(choices)
        used.add(nm)
        b = amount(rng, 500000, 20000000, gran)
        e = spent(rng, b, gran, full=0.25, lo=0.6, hi=0.99)
        self_s = trim(D(rng.randint(880, 985)) / 10)
        fin_s = trim(D(self_s) - D(rng.randint(10, 120)) / 10 - (D(rng.randint(40, 90)) / 10 if e * 100 < b * 85 else 0))
        inds = []
        if rng.random() < 0.7:
            pi = sec["projects"].index(nm)
            cands = [s for s in sec["inds"] if s[3] in ("ge", "pct") and (s[6] is None or pi in s[6])]
            for spec in rng.sample(cands, min(len(cands), rng.randint(1, 2))):
                inds.append(make_indicator(rng, spec, year))
        sat = trim(D(rng.randint(800, 985)) / 10) if rng.random() < 0.5 else None
        items.append(dict(sk=sk, dept=f"{county}{sec['dept']}", name=nm, b=b, e=e, self_s=self_s, fin_s=fin_s,
                          grade=grade_of(fin_s), inds=inds, sat=sat, sat_name=sec["sat"], rate=fmt_rate(rate(e, b), rstyle)))
    tot_b, tot_e = sum(i["b"] for i in items), sum(i["e"] for i in items)
    grades = {g: sum(1 for i in items if i["grade"] == g) for g in "优良中差"}
    word = {"R1": "财政重点绩效评价", "R2": "财政再评价", "R3": "重点项目绩效评价"}[variant]
    title = rng.choice([f"关于{year}年度{word}结果的报告", f"{county}{year}年度{word}结果通报", f"{county}财政局关于{year}年度{word}情况的通报"])
    t = Table()
    if variant == "R1":
        t.row("序号", "单位", "项目名称", f"预算金额（{uw}）", f"实际支出（{uw}）", "执行率", "单位自评得分", "财政评价得分", "评价等级")
        for k, i in enumerate(items, 1):
            t.row(str(k), i["dept"], i["name"], M(i["b"]), M(i["e"]), i["rate"] + "%", i["self_s"], i["fin_s"], i["grade"])
        t.row(C("合计", cs=3), M(tot_b), M(tot_e), fmt_rate(rate(tot_e, tot_b), rstyle) + "%", "", "", "")
    elif variant == "R2":
        t.row("序号", "项目名称", "主管部门", f"项目资金（{uw}）", f"已支付（{uw}）", "支付率", "自评得分", "再评价得分", "差异分值", "再评价等级")
        for k, i in enumerate(items, 1):
            t.row(str(k), i["name"], i["dept"], M(i["b"]), M(i["e"]), i["rate"] + "%", i["self_s"], i["fin_s"],
                  trim(D(i["fin_s"]) - D(i["self_s"])), i["grade"])
    else:
        t.row("评价等级", "项目名称", "实施单位", f"评价资金（{uw}）", f"执行数（{uw}）", "资金执行率", "评价得分")
        for g in "优良中差":
            members = [i for i in items if i["grade"] == g]
            for k, i in enumerate(members):
                cells = [C(g, rs=len(members))] if k == 0 else []
                t.row(*cells, i["name"], i["dept"], M(i["b"]), M(i["e"]), i["rate"] + "%", i["fin_s"])
    paras = [("title", title)]
    if variant != "R3":
        paras.append(("p", f"{county}人民政府："))
    basis = rng.choice(["《中共中央 国务院关于全面实施预算绩效管理的意见》", "《项目支出绩效评价管理办法》（财预〔2020〕10号）"])
    paras.append(("p", f"根据{basis}等文件要求，我局委托第三方机构对{len(items)}个部门（单位）的{len(items)}个项目开展了{year}年度{word}，"
                       f"涉及资金{M(tot_b)}{uw}。评价结果为：" + "，".join(f"“{g}”{c}个" for g, c in grades.items() if c) + "。现将有关情况报告如下。"))
    body_first = variant != "R2"
    if body_first:
        paras.append(("h", "一、评价结果"))
        paras.append(("cap", f"{year}年度{word}结果汇总表"))
        paras.append(("t", t))
    paras.append(("h", "二、各项目评价情况" if body_first else "一、各项目评价情况"))
    cn = "一二三四五六七八九十"
    for k, i in enumerate(items):
        head = f"（{cn[k]}）{i['dept']}{i['name']}" if variant != "R3" else f"{k + 1}.{i['name']}（{i['dept']}）"
        paras.append(("h", head))
        money = rng.choice([
            f"该项目年度预算{M(i['b'])}{uw}，实际支出{M(i['e'])}{uw}，预算执行率{i['rate']}%。",
            f"{year}年安排资金{M(i['b'])}{uw}，截至年底支出{M(i['e'])}{uw}，资金执行率为{i['rate']}%。",
            f"项目资金{M(i['b'])}{uw}已全部下达，实际使用{M(i['e'])}{uw}，执行率{i['rate']}%。"])
        score = (f"单位自评得分{i['self_s']}分，财政评价得分{i['fin_s']}分，评价等级为“{i['grade']}”。" if variant != "R2" else
                 f"单位自评{i['self_s']}分，再评价{i['fin_s']}分，相差{trim(D(i['self_s']) - D(i['fin_s']))}分，再评价等级为“{i['grade']}”。")
        finding = ""
        for j, ind in enumerate(i["inds"]):
            lead = "一是" if j == 0 else "二是"
            finding += rng.choice([
                f"{lead}“{ind.name}”指标年度目标值为{ind.tgt('sym')}，实际完成{ind.act()}",
                f"{lead}{ind.name}年度目标{ind.tgt('word')}，实际完成{ind.act()}",
                f"{lead}{ind.name}计划{ind.tgt('bare')}，实际{ind.act()}"])
            if D(ind.actual) >= D(ind.target):
                finding += "，目标设定偏保守，未能充分体现项目效益；"
            else:
                finding += "，未完成年度目标；"
        if finding:
            finding = "主要问题：" + finding.rstrip("；，") + "。"
        else:
            finding = "主要问题：绩效目标设置不够细化量化，部分指标难以考核。"
        sat = f"问卷调查显示，{i['sat_name']}为{i['sat']}%。" if i["sat"] else ""
        paras.append(("p", money + score + sat + finding))
    paras.append(("h", "三、结果应用" if body_first else "二、结果应用"))
    paras.append(("p", "评价结果将作为以后年度预算安排的重要依据，对评价等级为“中”及以下的项目，按规定压减预算；"
                       "请各部门于30日内完成问题整改，并将整改情况报送我局。"))
    if not body_first:
        paras.append(("p", f"附件：{year}年度{word}结果汇总表"))
        paras.append(("cap", f"{year}年度{word}结果汇总表"))
        paras.append(("t", t))
    paras.append(("right", unit))
    paras.append(("right", f"{year + 1}年{rng.randint(6, 11)}月{rng.randint(1, 28)}日"))
    top, bottom = web_header(rng, ctx, title, unit), web_footer(rng, ctx)
    parts, html_parts = [], []
    for kind, x in paras:
        if kind == "t":
            parts.append(flat_tabs(x, keep_covered=False) if variant == "R1" else
                         flat_lines(x) if variant == "R2" else flat_spaced(x, " "))
            html_parts.append(table_html(x, head=1))
        else:
            parts.append(("　　" + x) if kind == "p" and rng.random() < 0.5 else x)
            html_parts.append(P(x, center=kind in ("title", "cap"), bold=kind == "title", right=kind == "right")
                              if kind != "h" else H(x, 3))
    txt = "\n".join(top) + "\n" + "\n".join(parts) + "\n" + "\n".join(bottom) + "\n"
    html = html_page(title, html_parts, top, bottom)
    rid = make_id(ctx, "czj")
    projects = [project_exp(i["name"], i["b"], None, i["e"], i["rate"], i["sat"],
                            [ind.expected(score=False) for ind in i["inds"]]) for i in items]
    exp = expected_doc(ctx, rid, title, "第三方评价", unit, None, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 4: markdown — a report exported to Markdown from a CMS, with its HTML twin

def md_inline_html(s):
    """**bold** to <strong>, footnote markers [^n] to <sup>n</sup>, for the HTML twin."""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    return re.sub(r"\[\^(\d+)\]", r"<sup>\1</sup>", s)


def md_render(blocks):
    md, hp = [], []
    for b in blocks:
        k = b[0]
        if k == "front":
            md.append("---\n" + "\n".join(f"{a}: {v}" for a, v in b[1]) + "\n---")
        elif k == "h":
            md.append("#" * b[1] + " " + b[2])
            hp.append(f"<h{b[1]}>{md_inline_html(b[2])}</h{b[1]}>")
        elif k == "quote":
            md.append("> " + b[1])
            hp.append(f"<blockquote>{md_inline_html(b[1])}</blockquote>")
        elif k == "p":
            md.append(b[1])
            hp.append(f"<p>{md_inline_html(b[1])}</p>")
        elif k == "kv":  # lines ending with two spaces (hard breaks)
            md.append("\n".join(f"**{a}**{sep}{v}  " for a, sep, v in b[1]))
            hp.append("<p>" + "<br>\n".join(f"<strong>{esc(a)}</strong>{esc(sep)}{md_inline_html(v)}" for a, sep, v in b[1]) + "</p>")
        elif k == "ul":  # items: (depth, text)
            md.append("\n".join("  " * d + "- " + x for d, x in b[1]))
            hp.append(ul_html(b[1]))
        elif k == "ol":
            md.append("\n".join(f"{n}. {x}" for n, x in enumerate(b[1], 1)))
            hp.append("<ol>" + "".join(f"<li>{md_inline_html(x)}</li>" for x in b[1]) + "</ol>")
        elif k == "t":
            md.append(flat_pipe(b[1], align=b[2]))
            hp.append(re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", table_html(b[1], head=1)))
        elif k == "fn":
            md.append("\n".join(f"[^{n}]: {x}" for n, x in b[1]))
            hp.append('<div class="footnotes"><hr><ol>' + "".join(f"<li>{md_inline_html(x)}</li>" for _, x in b[1]) + "</ol></div>")
        elif k == "hr":
            md.append("---")
            hp.append("<hr>")
    return "\n\n".join(md) + "\n", hp


def ul_html(items):
    out, depth = [], -1
    for d, x in items:
        while depth < d:
            out.append("<ul>")
            depth += 1
        while depth > d:
            out.append("</li></ul>")
            depth -= 1
        if out and not out[-1].endswith("<ul>"):
            out.append("</li>")
        out.append(f"<li>{md_inline_html(x)}")
    while depth >= 0:
        out.append("</li></ul>")
        depth -= 1
    return "".join(out)


def build_markdown(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["M1", "M2", "M3"])
    in_yuan = variant == "M3"
    gran = 1 if in_yuan else rng.choice([100, 10000])
    dec = 4 if gran == 100 else 2
    tz = rng.random() < 0.3
    M = (lambda f: fmt_yuan(f)) if in_yuan else (lambda f: fmt_wan(f, dec, trim_zeros=tz))  # noqa: E731
    uw = "元" if in_yuan else "万元"
    sp = " " if variant == "M2" else ""
    rstyle = rng.choice("2t")
    names = rng.sample(sec["projects"], rng.randint(2, 3))
    projs = []
    for nm in names:
        b = amount(rng, 200000, 6000000, gran)
        other = 0 if rng.random() < 0.5 else part_of(rng, b, 0.05, 0.3, gran)
        e = spent(rng, b, gran)
        inds = make_indicators(rng, ctx["sector"], year, sec["projects"].index(nm), rng.randint(3, 5), rng.randint(1, 2))
        r = rate(e, b)
        score = trim(q2(min(D(100), r) / 10) + sum(D(i.score) for i in inds))
        projs.append(dict(name=nm, b=b, f=b - other, o=other, e=e, inds=inds, rate=fmt_rate(r, rstyle), score=score,
                          impl=f"{ctx['county']}{sec['dept']}", m=rng.randint(120, 600)))
    tot_b, tot_e = sum(p["b"] for p in projs), sum(p["e"] for p in projs)
    r_tot = fmt_rate(rate(tot_e, tot_b), rstyle)
    title = f"{unit}{year}年度项目支出绩效自评报告"
    d = pub_date(rng, year)
    blocks = []
    if variant == "M3":
        blocks.append(("front", [("title", title), ("date", d), ("category", "财政预决算 / 绩效自评"), ("author", unit)]))
    blocks.append(("h", 1, title))
    blocks.append(("quote", f"发布时间：{d}　来源：{unit}" if variant != "M2" else f"发布日期: {d} | 信息来源: {unit}"))
    blocks.append(("h", 2, "一、基本情况"))
    blocks.append(("p", f"{year}年度，我单位纳入绩效自评的项目共{len(projs)}个，全年预算数合计**{M(tot_b)}{sp}{uw}**，"
                        f"全年执行数**{M(tot_e)}{sp}{uw}**，预算执行率**{r_tot}%**。"))
    if variant == "M3":
        t = Table()
        t.row("序号", "项目名称", f"全年预算数（{uw}）", "其中：财政拨款", f"全年执行数（{uw}）", "执行率")
        for k, p in enumerate(projs, 1):
            t.row(str(k), p["name"], M(p["b"]), M(p["f"]), M(p["e"]), p["rate"] + "%")
        t.row("", "**合计**", f"**{M(tot_b)}**", M(sum(p["f"] for p in projs)), f"**{M(tot_e)}**", f"**{r_tot}%**")
        blocks.append(("t", t, True))
    blocks.append(("h", 2, "二、项目绩效自评情况"))
    notes = []
    cn = "一二三四"
    for k, p in enumerate(projs):
        sat = [i for i in p["inds"] if i.kind == "sat"][0]
        blocks.append(("h", 3, f"（{cn[k]}）{p['name']}"))
        money = f"{M(p['b'])}{sp}{uw}" + (f"（其中财政拨款{M(p['f'])}{sp}{uw}，其他资金{M(p['o'])}{sp}{uw}）" if p["o"] else
                                         f"（其中财政拨款{M(p['f'])}{sp}{uw}）")
        notes.append((len(notes) + 1, f"{sat.name}由问卷调查得出，共发放问卷{p['m']}份，有效回收{p['m']}份。"))
        fn = f"[^{len(notes)}]"
        if variant == "M1":
            blocks.append(("kv", [("项目名称", "：", p["name"]), ("实施单位", "：", p["impl"]), ("全年预算数", "：", money),
                                  ("全年执行数", "：", f"{M(p['e'])}{uw}")]))
            blocks.append(("ul", [(0, f"预算执行率：{p['rate']}%"), (0, f"自评得分：{p['score']}分"),
                                  (0, f"{sat.name}{fn}：{sat.actual}%")]))
        elif variant == "M2":
            blocks.append(("ul", [(0, "**资金情况**"), (1, f"全年预算: {money}"), (1, f"实际支出: {M(p['e'])} {uw}"),
                                  (1, f"执行率: {p['rate']} %"), (0, "**自评结论**"), (1, f"自评得分: {p['score']} 分"),
                                  (1, f"{sat.name}{fn}: {sat.actual}%")]))
        else:
            blocks.append(("p", f"**项目概况**：该项目由{p['impl']}实施，全年预算{money}，全年执行{M(p['e'])}{uw}，"
                                f"执行率{p['rate']}%，自评得分{p['score']}分，{sat.name}{sat.actual}%{fn}。"))
        blocks.append(("h", 4, "绩效指标完成情况"))
        if variant == "M2":
            items = []
            last1 = last2 = None
            for i in p["inds"]:
                if i.l1 != last1:
                    items.append((0, f"**{i.l1}**"))
                    last1, last2 = i.l1, None
                if i.l2 != last2:
                    items.append((1, i.l2))
                    last2 = i.l2
                items.append((2, f"{i.name}: 年度指标值 {i.tgt(rng_style(rng, i))}, 实际完成值 {i.act()}, 分值 {i.weight}, 得分 {i.score}"))
            blocks.append(("ul", items))
        else:
            t = Table()
            t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
            for i in p["inds"]:
                t.row(i.l1, i.l2, i.name, i.tgt(rng_style(rng, i)), i.act(), str(i.weight), f"**{i.score}**" if variant == "M3" else i.score)
            blocks.append(("t", t, variant == "M3"))
    blocks.append(("h", 2, "三、存在的问题和改进措施"))
    blocks.append(("ol", ["部分项目绩效目标细化量化不够，个别指标难以衡量。", "项目支出进度不均衡，下半年支出较为集中。",
                          "下一步将加强绩效运行监控，及时纠偏，提高资金使用效益。"]))
    blocks.append(("hr",))
    blocks.append(("fn", notes))
    md, hp = md_render(blocks)
    html = html_page(title, hp)
    rid = make_id(ctx)
    projects = [project_exp(p["name"], p["b"], p["f"], p["e"], p["rate"], sat_of(p["inds"]),
                            [i.expected() for i in p["inds"]]) for p in projs]
    funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": r_tot}
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, funds, projects)
    return rid, md, html, exp


# --------------------------------------------------------------------------------------------
# Layout 5: qianyuan — a provincial department's report in 千元 / 亿元 / 元 with separators

def pct2(ind):
    """Percent figures written with two decimals (95.00%): the expected values follow what is written."""
    if ind.kind in ("pct", "sat", "lepct"):
        ind.target = f"{D(ind.target):.2f}"
        ind.actual = f"{D(ind.actual):.2f}"


def build_qianyuan(rng, ctx):
    sec, year = ctx["sec"], ctx["year"]
    variant = cycle(ctx, ["Q1", "Q2", "Q3"])
    unit = f"{PROVINCE_FULL[ctx['prov']]}{sec['prov_dept']}"
    gran = {"Q1": 10000, "Q2": 1000000, "Q3": 1}[variant]
    fwc = "，" if variant == "Q1" else ","
    if variant == "Q1":
        TM = lambda f: fmt_qian(f, 1, sep=fwc)  # noqa: E731   table in 千元
        tunit = "千元"
        PM = lambda f: fmt_yuan(f, ",") + "元"  # noqa: E731
    elif variant == "Q2":
        TM = lambda f: fmt_yi(f, 4)  # noqa: E731
        tunit = "亿元"
        PM = lambda f: fmt_qian(f, 0, sep=",") + "千元"  # noqa: E731
    else:
        TM = lambda f: fmt_yuan(f, ",")  # noqa: E731
        tunit = "元"
        PM = lambda f: fmt_yuan(f, ",") + "元"  # noqa: E731
    rstyle = "2" if variant == "Q1" else "t"
    pc = " %" if variant == "Q2" else "%"
    names = rng.sample(sec["projects"], rng.randint(3, min(5, len(sec["projects"]))))
    projs = []
    for nm in names:
        b = amount(rng, 5000000, 200000000, gran)
        f = b if rng.random() < 0.5 else part_of(rng, b, 0.7, 0.95, gran)
        e = spent(rng, b, gran, full=0.3, lo=0.82, hi=0.998)
        b0 = b if rng.random() < 0.5 else part_of(rng, b, 0.8, 0.98, gran)
        inds = make_indicators(rng, ctx["sector"], year, sec["projects"].index(nm), rng.randint(3, 4), rng.randint(1, 2))
        if variant == "Q1":
            for i in inds:
                pct2(i)
        projs.append(dict(name=nm, b=b, b0=b0, f=f, e=e, inds=inds, rate=fmt_rate(rate(e, b), rstyle)))
    dgran = 1000000
    base = amount(rng, 50000000, 300000000, dgran)
    tot_b = sum(p["b"] for p in projs) + base
    tot_b = (tot_b + dgran - 1) // dgran * dgran
    tot_e = part_of(rng, tot_b, 0.9, 0.995, dgran)
    r_tot = fmt_rate(rate(tot_e, tot_b), rstyle)
    title = f"{unit}{year}年度省级项目支出绩效自评报告"
    paras = [("title", title)]
    paras.append(("h", "一、总体情况"))
    paras.append(("p", f"{year}年，我厅部门预算总额{fmt_yi(tot_b, 4, trim_zeros=True)}亿元，全年执行{fmt_yi(tot_e, 4, trim_zeros=True)}亿元，"
                       f"预算执行率{r_tot}{pc}。纳入本次自评的省级项目{len(projs)}个，自评结果均为“优”或“良”。"))
    t = Table()
    heads = ["序号", "项目名称", "年初预算", "全年预算", "其中：财政拨款", "全年执行", "执行率"]
    if variant == "Q1":
        cap = f"表1  {year}年度省级项目支出执行情况表（单位：千元）"
    else:
        cap = f"表1  {year}年度省级项目支出执行情况表"
        t.row(C("", cs=len(heads) - 2), C(f"单位：{tunit}", cs=2))
    t.row(*heads)
    for k, p in enumerate(projs, 1):
        t.row(str(k), p["name"], TM(p["b0"]), TM(p["b"]), TM(p["f"]), TM(p["e"]), p["rate"] + pc)
    paras.append(("cap", cap))
    paras.append(("t", t))
    paras.append(("h", "二、项目自评情况"))
    protect = []
    for k, p in enumerate(projs, 1):
        paras.append(("h", f"（{'一二三四五'[k - 1]}）{p['name']}"))
        hundred = "，资金执行率达到百分之百" if p["e"] == p["b"] else ""
        paras.append(("p", f"该项目全年预算{PM(p['b'])}，其中财政拨款{PM(p['f'])}；全年执行{PM(p['e'])}，"
                           f"执行率{p['rate']}{pc}{hundred}。"))
        ti = Table()
        if variant == "Q2":
            ti.row("指标名称", "年度指标值", "实际完成值", "分值", "得分")
            for i in p["inds"]:
                ti.row(i.name, i.tgt("sym", unit=False) + (" %" if i.unit in ("%",) else i.unit), i.act(unit=False) + (" %" if i.unit == "%" else i.unit),
                       str(i.weight), i.score)
        else:
            ti.row("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分")
            level_rows(ti, p["inds"], [], lambda i: [i.tgt("sym"), i.act(), str(i.weight), i.score], merge=True)
        paras.append(("cap", f"表{k + 1}  {p['name']}绩效指标完成情况"))
        paras.append(("t", ti))
        protect += [p["name"]] + [i.name for i in p["inds"]] + [x for i in p["inds"] if not i.numeric for x in (i.target, i.actual)]
    paras.append(("h", "三、存在问题及下一步措施"))
    paras.append(("p", "个别项目资金下达较晚，市县支出进度偏慢。下一步将提前下达资金，加强对市县的督导，确保资金及早发挥效益。"))
    paras.append(("right", unit))
    if variant == "Q1":
        parts = []
        for kind, x in paras:
            parts.append(flat_tabs(x) if kind == "t" else x)
        txt = "\n".join(parts) + "\n"
        top = bottom = []
    elif variant == "Q2":
        lines = []
        for kind, x in paras:
            if kind == "t":
                lines += flat_lines(x).split("\n")
            elif kind == "p":
                lines += wrap(x, 80, "　　")
            else:
                lines.append(x)
        txt = paginate(lines, "", 52, protect, "of")
        top = bottom = []
    else:
        top, bottom = web_header(rng, ctx, title, unit), web_footer(rng, ctx)
        parts = [flat_spaced(x, "  ") if kind == "t" else x for kind, x in paras]
        txt = "\n".join(top) + "\n" + "\n".join(parts) + "\n" + "\n".join(bottom) + "\n"
    html_parts = [table_html(x) if kind == "t" else H(x, 3) if kind == "h" else
                  P(x, center=kind in ("title", "cap"), bold=kind == "title", right=kind == "right") for kind, x in paras]
    html = html_page(title, html_parts, top, bottom)
    rid = make_id(ctx, ctx["unit_py"].replace("j", "t"), place="sheng")
    projects = [project_exp(p["name"], p["b"], p["f"], p["e"], p["rate"], sat_of(p["inds"]),
                            [i.expected() for i in p["inds"]]) for p in projs]
    funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": r_tot}
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, funds, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 6: jianbao — a short 绩效自评简报 / 情况说明: numbered sentences, small key–value tables

def wechat_header(rng, ctx, title, unit):
    d = pub_date(rng, ctx["year"])
    return [title, f"原创 {unit} {ctx['county']}发布", f"{d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d} {ctx['prov']}"]


def wechat_footer(rng):
    return ["", "来源：" + rng.choice(["县融媒体中心", "本单位"]), "编辑：" + rng.choice(["小李", "小王", "小陈"]),
            "审核：" + rng.choice(["刘某某", "周某某"]), "", "阅读 " + str(rng.randint(200, 9000)), "分享 收藏 点赞 在看", "写留言"]


def build_jianbao(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    variant = cycle(ctx, ["J1", "J2", "J3"])
    gran = rng.choice([10000, 100])
    dec = 2 if gran == 10000 else 4
    M = lambda f: fmt_wan(f, dec)  # noqa: E731
    rstyle = rng.choice("2t")
    sp = lambda: " " if rng.random() < 0.5 else ""  # noqa: E731
    names = rng.sample(sec["projects"], rng.randint(3, min(4, len(sec["projects"]))))
    projs = []
    for nm in names:
        b = amount(rng, 100000, 5000000, gran)
        f = b if rng.random() < 0.6 else part_of(rng, b, 0.6, 0.95, gran)
        e = spent(rng, b, gran)
        inds = make_indicators(rng, ctx["sector"], year, sec["projects"].index(nm), rng.randint(2, 3), 1)
        sat = [i for i in inds if i.kind == "sat"][0]
        inds = [i for i in inds if i.kind != "sat"]
        projs.append(dict(name=nm, b=b, f=f, e=e, inds=inds, sat=sat, rate=fmt_rate(rate(e, b), rstyle)))
    tot_b, tot_e = sum(p["b"] for p in projs), sum(p["e"] for p in projs)
    r_tot = fmt_rate(rate(tot_e, tot_b), rstyle)
    title = rng.choice([f"{unit}{year}年度项目支出绩效自评情况简报", f"关于{unit}{year}年度项目绩效自评情况的说明",
                        f"{unit}{year}年度绩效自评工作简报"])
    n_met = sum(1 for p in projs for i in p["inds"] if i.score == str(i.weight))
    n_all = sum(len(p["inds"]) for p in projs)
    blocks = [("title", title)]
    if variant == "J2":
        blocks.append(("p", f"（第{rng.randint(1, 12)}期）"))
    blocks.append(("p", f"{year}年，我局共实施项目{len(projs)}个，全年执行资金{M(tot_e)}{sp()}万元，占全年预算{M(tot_b)}{sp()}万元的{r_tot}%。"
                        f"纳入自评的{n_all}项绩效指标中，{n_met}项全部完成。"))
    blocks.append(("ol", [f"预算执行方面：各项目资金均按规定程序拨付，全年执行率{r_tot}%。",
                          "绩效目标方面：各项目基本完成年度绩效目标，部分指标未达到预期。",
                          "资金管理方面：严格执行专项资金管理办法，专款专用，未发现挤占挪用问题。"]))
    blocks.append(("h", "各项目自评情况"))
    for k, p in enumerate(projs, 1):
        ind_sents = []
        for j, i in enumerate(p["inds"]):
            if variant == "J3":
                ind_sents.append(f"{i.name} 目标{i.tgt(rng_style(rng, i))}, 完成{i.act()}, 得分{i.score}")
            else:
                ind_sents.append(rng.choice([f"{i.name}：目标{i.tgt(rng_style(rng, i))}，实际完成{i.act()}，得{i.score}分",
                                             f"{i.name}：年度目标值{i.tgt(rng_style(rng, i))}，完成值{i.act()}，得分{i.score}分"]))
        colon = "：" if rng.random() < 0.5 else ":"
        if variant == "J1":
            t = Table()
            t.row("项目名称", p["name"])
            t.row("项目预算", f"{M(p['b'])}{sp()}万元")
            t.row("其中财政资金", f"{M(p['f'])}{sp()}万元")
            t.row("实际支出", f"{M(p['e'])}{sp()}万元")
            t.row("执行率", p["rate"] + "%")
            t.row("满意度", p["sat"].actual + "%")
            blocks.append(("p", f"{k}.{p['name']}"))
            blocks.append(("t", t))
            blocks.append(("ol2", [s + "。" for s in ind_sents]))
        elif variant == "J2":
            t = Table()
            t.row("项目名称", C(p["name"], cs=3))
            t.row("项目预算", f"{M(p['b'])}{sp()}万元", "实际支出", f"{M(p['e'])}{sp()}万元")
            t.row("财政资金", f"{M(p['f'])}{sp()}万元", "执行率", p["rate"] + "%")
            t.row("满意度", p["sat"].actual + "%", "自评等级", rng.choice(["优", "良"]))
            t.row("主要绩效指标完成情况", C("；".join("①②③④"[j] + s for j, s in enumerate(ind_sents)) + "。", cs=3))
            blocks.append(("p", f"（{k}）{p['name']}"))
            blocks.append(("t", t))
        else:
            line = (f"项目名称{colon} {p['name']}; 项目预算{colon} {M(p['b'])}{sp()}万元; 其中财政资金{colon} {M(p['f'])}万元; "
                    f"实际支出{colon} {M(p['e'])}{sp()}万元; 执行率{colon} {p['rate']}%; 满意度{colon} {p['sat'].actual}%")
            blocks.append(("li", f"{k}. {line}"))
            blocks.append(("li2", "主要指标: " + "; ".join(ind_sents)))
    blocks.append(("h", "下一步工作"))
    blocks.append(("p", "继续强化绩效目标管理，加快项目实施进度，及时将自评结果在部门网站公开，接受社会监督。"))
    blocks.append(("right", f"{unit}办公室　{year + 1}年{rng.randint(3, 6)}月{rng.randint(1, 28)}日"))

    wechat = variant == "J2" or rng.random() < 0.3
    top = wechat_header(rng, ctx, title, unit) if wechat else web_header(rng, ctx, title)
    bottom = wechat_footer(rng) if wechat else web_footer(rng, ctx)
    parts, hp = [], []
    for b in blocks:
        k, x = b[0], b[1]
        if k == "t":
            parts.append(flat_tabs(x, keep_covered=False) if variant == "J1" else flat_lines(x))
            hp.append(table_html(x))
        elif k == "ol":
            parts.append("\n".join(f"{n}.{s}" for n, s in enumerate(x, 1)))
            hp.append("<ol>" + "".join(f"<li>{esc(s)}</li>" for s in x) + "</ol>")
        elif k == "ol2":
            parts.append("\n".join(f"（{n}）{s}" for n, s in enumerate(x, 1)))
            hp.extend(P(f"（{n}）{s}") for n, s in enumerate(x, 1))
        elif k == "li":
            parts.append(x)
            hp.append(P(x))
        elif k == "li2":
            parts.append("   " + x)
            hp.append(P(x))
        elif k == "h":
            parts.append(x)
            hp.append(H(x, 3))
        else:
            parts.append(x)
            hp.append(P(x, center=k == "title", bold=k == "title", right=k == "right"))
    txt = "\n".join(top) + "\n\n" + "\n".join(parts) + "\n" + "\n".join(bottom) + "\n"
    html = html_page(title, hp, top, bottom)
    rid = make_id(ctx)
    projects = [project_exp(p["name"], p["b"], p["f"], p["e"], p["rate"], p["sat"].actual,
                            [i.expected() for i in p["inds"]]) for p in projs]
    funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": r_tot}
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, funds, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Main

BUILDERS = {"zhengtibiao": build_zhengtibiao, "duonian": build_duonian, "zaipingjia": build_zaipingjia,
            "markdown": build_markdown, "qianyuan": build_qianyuan, "jianbao": build_jianbao}


# --------------------------------------------------------------------------------------------
# Self-check (genlib's self_check, missing_indicator_names and count_figures)

self_check = genlib.self_check


def main(argv):
    args = genlib.parse_args(argv, __doc__, 20261201)
    out = pathlib.Path(args.out)
    tally = new_tally()
    per_layout = {k: 0 for k in LAYOUTS}

    def each(layout, exp):
        before = sum(tally[k] for k in SCORED_KINDS)
        count_figures(exp, tally)
        per_layout[layout] += sum(tally[k] for k in SCORED_KINDS) - before

    bad = write_and_check("generator-e", out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS, self_check, each)
    scored = sum(tally[k] for k in SCORED_KINDS)
    print("generator-e: scored figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS)
          + f"; {tally['indicators']} project indicators; {tally['department_indicators']} department indicators "
          f"({tally['dept_figures']} figures, not scored)")
    print("generator-e: scored figures by layout: " + ", ".join(f"{k} {v}" for k, v in per_layout.items()))
    print(genlib.summary_line("generator-e", args.count, out, scored, tally['dept_figures'], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
