#!/usr/bin/env python3
"""Generator D: a fourth, independent corpus of generated 预算绩效自评报告.

Usage: generate.py OUT [--count N] [--seed S]

For each report it writes OUT/<id>.<layout>.txt (the text as a user gets it: a web page copied, or a
PDF run through pdftotext, with the noise of either), OUT/html/<id>.<layout>.html (the same report as a
page with real <table>s, for tests/corpus/tables/convert.sh) and OUT/<id>.<layout>.expected.json (what
the report states, in the format of tests/corpus/*/<id>.expected.json).

Six layouts, cycled: quyu, juesuan, xiangzhen, duanluo, zhehang, pingfen (see README.md).
Python 3 standard library only, no clock: the same seed gives the same bytes.
After writing, every expected name and figure is looked for in the TXT and in the HTML's text with
tests/corpus/corpus_check.py (the logic of check-expected.py); exit status 1 if one is missing.
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
    C, D, H, NO_START, P, TOKEN, Table, amount, distribute, dw, esc, fmt_rate, fmt_wan, fmt_yi, fmt_yuan,
    html_page, nice_int, part_of, project_exp, q2, rate, sat_of, trim, write_and_check, yuan_exp)

LAYOUTS = ["quyu", "juesuan", "xiangzhen", "duanluo", "zhehang", "pingfen"]

# --------------------------------------------------------------------------------------------
# Numbers (the small helpers are genlib's)


FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def fullwidth(s):
    return s.translate(FW)


DIGITS_UP = "零壹贰叁肆伍陆柒捌玖"


def daxie(fen):
    """人民币大写, e.g. 125000.00 -> 壹拾贰万伍仟元整."""
    yuan, jiao, fen1 = fen // 100, (fen // 10) % 10, fen % 10

    def section(n):  # 0..9999
        units = ["", "拾", "佰", "仟"]
        out, zero = "", False
        for i in range(3, -1, -1):
            d = (n // 10 ** i) % 10
            if d == 0:
                zero = bool(out)
            else:
                if zero:
                    out += "零"
                    zero = False
                out += DIGITS_UP[d] + units[i]
        return out

    parts = []
    big = ["", "万", "亿"]
    n, i = yuan, 0
    while n > 0:
        n, sec = divmod(n, 10000)
        parts.append((sec, big[i]))
        i += 1
    s = ""
    for k in range(len(parts) - 1, -1, -1):
        sec, b = parts[k]
        if sec == 0:
            if s and not s.endswith("零"):
                s += "零"
            continue
        if s and sec < 1000 and not s.endswith("零"):
            s += "零"
        s += section(sec) + b
    s = s.rstrip("零")
    s = (s or "零") + "元"
    if jiao == 0 and fen1 == 0:
        return s + "整"
    if jiao:
        s += DIGITS_UP[jiao] + "角"
    elif fen1:
        s += "零"
    if fen1:
        s += DIGITS_UP[fen1] + "分"
    return s


# --------------------------------------------------------------------------------------------
# Places, sectors, indicators

PLACES = [
    # province, pinyin, city, county, county pinyin, finance-bureau file prefix
    ("四川", "sc", "南充市", "嘉陵区", "jialing", "嘉财"),
    ("四川", "sc", "宜宾市", "屏山县", "pingshan", "屏财"),
    ("四川", "sc", "巴中市", "恩阳区", "enyang", "恩财"),
    ("四川", "sc", "达州市", "大竹县", "dazhu", "竹财"),
    ("四川", "sc", "凉山彝族自治州", "会理市", "huili", "会财"),
    ("四川", "sc", "绵阳市", "盐亭县", "yanting", "盐财"),
    ("重庆", "cq", "重庆市", "城口县", "chengkou", "城财"),
    ("贵州", "gz", "遵义市", "正安县", "zhengan", "正财"),
    ("湖北", "hb", "恩施土家族苗族自治州", "利川市", "lichuan", "利财"),
    ("湖南", "hn", "张家界市", "桑植县", "sangzhi", "桑财"),
    ("江西", "jx", "赣州市", "于都县", "yudu", "于财"),
    ("山东", "sd", "日照市", "莒县", "juxian", "莒财"),
    ("河南", "ha", "周口市", "鹿邑县", "luyi", "鹿财"),
    ("山西", "sx", "忻州市", "岢岚县", "kelan", "岢财"),
    ("陕西", "sn", "商洛市", "洛南县", "luonan", "洛财"),
    ("甘肃", "gs", "定西市", "渭源县", "weiyuan", "渭财"),
    ("云南", "yn", "红河哈尼族彝族自治州", "泸西县", "luxi", "泸财"),
    ("广西", "gx", "百色市", "田东县", "tiandong", "田财"),
    ("浙江", "zj", "衢州市", "开化县", "kaihua", "开财"),
    ("福建", "fj", "龙岩市", "长汀县", "changting", "汀财"),
    ("江苏", "js", "宿迁市", "泗洪县", "sihong", "洪财"),
    ("安徽", "ah", "安庆市", "岳西县", "yuexi", "岳财"),
    ("吉林", "jl", "延边朝鲜族自治州", "敦化市", "dunhua", "敦财"),
    ("宁夏", "nx", "固原市", "西吉县", "xiji", "西财"),
    ("青海", "qh", "西宁市", "湟中区", "huangzhong", "湟财"),
    ("内蒙古", "nm", "兴安盟", "科尔沁右翼前旗", "keyouqianqi", "科财"),
    ("海南", "hi", "海南省", "琼中黎族苗族自治县", "qiongzhong", "琼中财"),
    ("黑龙江", "hl", "齐齐哈尔市", "拜泉县", "baiquan", "拜财"),
]

PROVINCE_FULL = {"四川": "四川省", "重庆": "重庆市", "贵州": "贵州省", "湖北": "湖北省", "湖南": "湖南省",
                 "江西": "江西省", "山东": "山东省", "河南": "河南省", "山西": "山西省", "陕西": "陕西省",
                 "甘肃": "甘肃省", "云南": "云南省", "广西": "广西壮族自治区", "浙江": "浙江省", "福建": "福建省",
                 "江苏": "江苏省", "安徽": "安徽省", "吉林": "吉林省", "宁夏": "宁夏回族自治区", "青海": "青海省",
                 "内蒙古": "内蒙古自治区", "海南": "海南省", "黑龙江": "黑龙江省"}

# Indicator specs: (level1, level2, name, kind, unit, arg, owners)
#   kind ge: quantity at least (arg = (lo, hi)); pct: percent at least (arg = targets);
#   le: at most, a cost or amount (arg = (lo, hi, decimals)); lepct: percent at most (arg = targets);
#   zero: = 0 (unit 起/次/人); time: deadline in words; qual: qualitative; sat: satisfaction (arg = targets).
#   owners: indexes of the sector's projects the indicator belongs to; None: any project of the sector.
SECTORS = {
    "wsjk": dict(
        dept="卫生健康局", py="wjj", code="卫", ministry="国家卫生健康委", prov_dept="卫生健康委员会",
        impl=["疾病预防控制中心", "妇幼保健计划生育服务中心", "人民医院"],
        funds=["基本公共卫生服务补助资金", "医疗服务与保障能力提升补助资金"],
        projects=["基本公共卫生服务项目经费", "计划生育家庭奖励扶助经费", "村卫生室运行补助经费",
                  "重大传染病防控经费", "家庭医生签约服务经费", "严重精神障碍患者管理经费"],
        goals=["提高城乡居民基本公共卫生服务均等化水平", "做好重点人群健康管理", "加强传染病及突发公共卫生事件报告和处理",
               "落实计划生育家庭奖励扶助政策"],
        inds=[
            ("产出指标", "数量指标", "居民电子健康档案建档人数", "ge", "人", (30000, 160000), (0,)),
            ("产出指标", "数量指标", "65岁及以上老年人健康管理人数", "ge", "人", (4000, 22000), (0, 4)),
            ("产出指标", "数量指标", "奖励扶助对象人数", "ge", "人", (800, 6000), (1,)),
            ("产出指标", "数量指标", "补助村卫生室数量", "ge", "个", (60, 320), (2,)),
            ("产出指标", "数量指标", "传染病疫情监测报告单位数", "ge", "个", (20, 90), (3,)),
            ("产出指标", "数量指标", "家庭医生签约人数", "ge", "人", (20000, 90000), (4,)),
            ("产出指标", "数量指标", "在册严重精神障碍患者管理人数", "ge", "人", (300, 1500), (5,)),
            ("产出指标", "质量指标", "电子健康档案规范化建档率", "pct", "%", [85, 90, 95], (0,)),
            ("产出指标", "质量指标", "高血压患者规范管理率", "pct", "%", [60, 65, 70], (0, 4)),
            ("产出指标", "质量指标", "适龄儿童国家免疫规划疫苗接种率", "pct", "%", [90, 95], (0, 3)),
            ("产出指标", "质量指标", "奖励扶助资金兑现准确率", "pct", "%", [100], (1,)),
            ("产出指标", "质量指标", "乡村医生在岗率", "pct", "%", [95, 98], (2,)),
            ("产出指标", "质量指标", "传染病报告及时率", "pct", "%", [95, 100], (3,)),
            ("产出指标", "质量指标", "重点人群签约服务覆盖率", "pct", "%", [60, 70, 75], (4,)),
            ("产出指标", "质量指标", "严重精神障碍患者规范管理率", "pct", "%", [80, 85, 90], (5,)),
            ("产出指标", "时效指标", "补助资金发放及时率", "pct", "%", [100], None),
            ("产出指标", "成本指标", "人均基本公共卫生服务补助标准", "ge", "元", (84, 89), (0,)),
            ("产出指标", "成本指标", "年人均奖励扶助标准", "ge", "元", (960, 1440), (1,)),
            ("产出指标", "成本指标", "每个村卫生室年运行补助", "ge", "元", (10000, 20000), (2,)),
            ("效益指标", "社会效益指标", "城乡居民健康素养水平", "pct", "%", [20, 25], (0, 4)),
            ("效益指标", "社会效益指标", "居民健康意识", "qual", "", None, None),
            ("效益指标", "社会效益指标", "重大公共卫生事件发生数", "zero", "起", None, (0, 3)),
            ("效益指标", "社会效益指标", "计划生育家庭生活水平", "qual", "", None, (1,)),
            ("效益指标", "可持续影响指标", "基层医疗卫生服务能力", "qual", "", None, None),
        ],
        sat="服务对象满意度"),
    "scjg": dict(
        dept="市场监督管理局", py="scjgj", code="行", ministry="市场监管总局", prov_dept="市场监督管理局",
        impl=["食品药品检验检测中心", "市场监管综合行政执法大队"],
        funds=["食品药品监管补助资金", "市场监管补助资金"],
        projects=["食品安全抽检经费", "药品安全监管专项经费", "特种设备安全监察经费", "知识产权保护专项经费"],
        goals=["深入开展食品风险隐患排查整治", "加大违法行为打击力度", "加强基层监管人员业务培训", "加大食品安全宣传力度"],
        inds=[
            ("产出指标", "数量指标", "食品安全抽检批次", "ge", "批次", (300, 2400), (0,)),
            ("产出指标", "数量指标", "药品抽验品种", "ge", "个", (3, 30), (1,)),
            ("产出指标", "数量指标", "药品经营企业检查户次", "ge", "户次", (120, 600), (1,)),
            ("产出指标", "数量指标", "特种设备检查台次", "ge", "台次", (300, 2000), (2,)),
            ("产出指标", "数量指标", "知识产权执法检查次数", "ge", "次", (10, 60), (3,)),
            ("产出指标", "数量指标", "监管人员培训人次", "ge", "人次", (60, 400), None),
            ("产出指标", "质量指标", "违法案件查办率", "pct", "%", [100], None),
            ("产出指标", "质量指标", "抽检不合格产品核查处置率", "pct", "%", [95, 100], (0, 1)),
            ("产出指标", "质量指标", "特种设备定期检验率", "pct", "%", [95, 98], (2,)),
            ("产出指标", "质量指标", "投诉举报处置率", "pct", "%", [98, 100], None),
            ("产出指标", "时效指标", "专项工作完成时间", "time", "", None, None),
            ("产出指标", "成本指标", "单批次抽检成本", "le", "元", (900, 2200, 0), (0, 1)),
            ("效益指标", "社会效益指标", "辖区重大食品安全事故发生数", "zero", "起", None, (0,)),
            ("效益指标", "社会效益指标", "特种设备安全事故发生数", "zero", "起", None, (2,)),
            ("效益指标", "社会效益指标", "公众食品安全科普知识素养", "qual", "", None, (0, 1)),
            ("效益指标", "可持续影响指标", "市场监管长效机制", "qual", "", None, None),
        ],
        sat="群众满意度"),
    "mz": dict(
        dept="民政局", py="mzj", code="社", ministry="民政部", prov_dept="民政厅",
        impl=["社会救助服务中心", "社会福利院"],
        funds=["困难群众救助补助资金", "中央财政支持居家和社区养老服务改革补助资金"],
        projects=["城乡居民最低生活保障资金", "特困人员救助供养资金", "临时救助资金", "孤儿基本生活保障资金",
                  "高龄津贴发放经费", "养老服务体系建设资金"],
        goals=["保障城乡低保对象基本生活", "落实特困人员救助供养政策", "及时开展临时救助", "保障孤儿和事实无人抚养儿童基本生活"],
        inds=[
            ("产出指标", "数量指标", "城乡低保保障人数", "ge", "人", (3000, 26000), (0,)),
            ("产出指标", "数量指标", "特困人员救助供养人数", "ge", "人", (300, 2600), (1,)),
            ("产出指标", "数量指标", "临时救助人次", "ge", "人次", (200, 3000), (2,)),
            ("产出指标", "数量指标", "孤儿及事实无人抚养儿童保障人数", "ge", "人", (40, 400), (3,)),
            ("产出指标", "数量指标", "高龄津贴发放人数", "ge", "人", (2000, 9000), (4,)),
            ("产出指标", "数量指标", "新建社区养老服务站点", "ge", "个", (3, 20), (5,)),
            ("产出指标", "质量指标", "救助资金发放准确率", "pct", "%", [100], (0, 1, 2, 3)),
            ("产出指标", "质量指标", "低保对象动态管理率", "pct", "%", [95, 100], (0,)),
            ("产出指标", "质量指标", "养老服务站点验收合格率", "pct", "%", [100], (5,)),
            ("产出指标", "时效指标", "资金发放及时率", "pct", "%", [100], None),
            ("产出指标", "成本指标", "农村低保月人均补助水平", "ge", "元", (260, 420), (0,)),
            ("产出指标", "成本指标", "孤儿月人均基本生活费", "ge", "元", (1000, 1600), (3,)),
            ("效益指标", "社会效益指标", "困难群众基本生活", "qual", "", None, (0, 1, 2)),
            ("效益指标", "社会效益指标", "应保尽保率", "pct", "%", [100], (0, 1)),
            ("效益指标", "社会效益指标", "老年人生活质量", "qual", "", None, (4, 5)),
            ("效益指标", "可持续影响指标", "社会救助体系", "qual", "", None, None),
        ],
        sat="救助对象满意度"),
    "jy": dict(
        dept="教育和体育局", py="jtj", code="教", ministry="教育部", prov_dept="教育厅",
        impl=["学生资助管理中心", "教育技术装备中心"],
        funds=["学生资助补助经费", "义务教育薄弱环节改善与能力提升补助资金"],
        projects=["家庭经济困难学生生活补助", "农村义务教育学生营养改善计划", "学前教育发展资金",
                  "义务教育公用经费保障资金", "校舍维修改造经费"],
        goals=["保障家庭经济困难学生顺利完成学业", "改善农村学生营养状况", "改善义务教育学校办学条件"],
        inds=[
            ("产出指标", "数量指标", "资助家庭经济困难学生人数", "ge", "人", (1500, 12000), (0,)),
            ("产出指标", "数量指标", "营养改善计划受益学生人数", "ge", "人", (6000, 30000), (1,)),
            ("产出指标", "数量指标", "普惠性幼儿园在园幼儿数", "ge", "人", (2000, 12000), (2,)),
            ("产出指标", "数量指标", "公用经费保障学生人数", "ge", "人", (8000, 50000), (3,)),
            ("产出指标", "数量指标", "维修改造校舍面积", "ge", "平方米", (2000, 18000), (4,)),
            ("产出指标", "质量指标", "资助对象认定准确率", "pct", "%", [98, 100], (0,)),
            ("产出指标", "质量指标", "食品安全事故发生率", "lepct", "%", [1], (1,)),
            ("产出指标", "质量指标", "学前三年毛入园率", "pct", "%", [85, 90], (2,)),
            ("产出指标", "质量指标", "校舍维修工程验收合格率", "pct", "%", [100], (4,)),
            ("产出指标", "时效指标", "补助资金发放时间", "time", "", None, None),
            ("产出指标", "成本指标", "小学生年生均补助标准", "ge", "元", (500, 1000), (0, 3)),
            ("产出指标", "成本指标", "每生每天膳食补助标准", "ge", "元", (4, 5), (1,)),
            ("效益指标", "社会效益指标", "家庭经济困难学生因贫辍学人数", "zero", "人", None, (0,)),
            ("效益指标", "社会效益指标", "学生营养健康状况", "qual", "", None, (1,)),
            ("效益指标", "社会效益指标", "办学条件", "qual", "", None, (2, 3, 4)),
            ("效益指标", "可持续影响指标", "教育公平", "qual", "", None, None),
        ],
        sat="学生及家长满意度"),
    "nync": dict(
        dept="农业农村局", py="nyncj", code="农", ministry="农业农村部", prov_dept="农业农村厅",
        impl=["农业技术推广中心", "动物疫病预防控制中心", "农村经营管理站"],
        funds=["耕地建设与利用资金", "农业经营主体能力提升资金", "动物防疫等补助经费"],
        projects=["高标准农田建设项目", "耕地地力保护补贴", "农机购置与应用补贴", "动物疫病强制免疫补助经费",
                  "基层农技推广体系改革与建设项目", "农村人居环境整治经费"],
        goals=["完成高标准农田建设任务", "稳定粮食生产", "做好重大动物疫病防控", "提升农业社会化服务水平"],
        inds=[
            ("产出指标", "数量指标", "建设高标准农田面积", "ge", "亩", (8000, 60000), (0,)),
            ("产出指标", "数量指标", "补贴农户数", "ge", "户", (5000, 60000), (1,)),
            ("产出指标", "数量指标", "补贴耕地面积", "ge", "万亩", (20, 90), (1,)),
            ("产出指标", "数量指标", "补贴机具数量", "ge", "台", (120, 1500), (2,)),
            ("产出指标", "数量指标", "畜禽强制免疫数量", "ge", "万头只", (20, 180), (3,)),
            ("产出指标", "数量指标", "培育农业科技示范主体", "ge", "个", (60, 300), (4,)),
            ("产出指标", "数量指标", "农村户厕改造数量", "ge", "户", (500, 4000), (5,)),
            ("产出指标", "质量指标", "畜禽免疫密度", "pct", "%", [90, 95], (3,)),
            ("产出指标", "质量指标", "工程验收合格率", "pct", "%", [100], (0, 5)),
            ("产出指标", "质量指标", "补贴面积核实准确率", "pct", "%", [98, 100], (1,)),
            ("产出指标", "质量指标", "主推技术到位率", "pct", "%", [90, 95], (4,)),
            ("产出指标", "时效指标", "补贴资金兑付及时率", "pct", "%", [95, 100], (1, 2)),
            ("产出指标", "时效指标", "项目完工时间", "time", "", None, (0, 5)),
            ("产出指标", "成本指标", "亩均财政投入", "le", "元", (1200, 3000, 0), (0,)),
            ("产出指标", "成本指标", "每户改厕补助标准", "le", "元", (800, 1500, 0), (5,)),
            ("效益指标", "经济效益指标", "项目区亩均粮食产能增加", "ge", "公斤", (50, 150), (0,)),
            ("效益指标", "社会效益指标", "区域性重大动物疫情发生数", "zero", "起", None, (3,)),
            ("效益指标", "生态效益指标", "农村人居环境", "qual", "", None, (5,)),
            ("效益指标", "可持续影响指标", "农业综合生产能力", "qual", "", None, (0, 1, 2, 4)),
        ],
        sat="受益农户满意度"),
    "sl": dict(
        dept="水利局", py="slj", code="农", ministry="水利部", prov_dept="水利厅",
        impl=["水利工程管理站", "河道管理所", "水土保持站"],
        funds=["水利发展资金", "水利救灾资金"],
        projects=["小型水库维修养护项目", "农村饮水安全巩固提升工程", "山洪灾害防治非工程措施运行维护",
                  "河长制工作经费", "水土保持综合治理项目"],
        goals=["保障小型水库安全运行", "巩固提升农村供水保障水平", "落实河长制各项任务", "治理水土流失"],
        inds=[
            ("产出指标", "数量指标", "维修养护小型水库数量", "ge", "座", (8, 60), (0,)),
            ("产出指标", "数量指标", "巩固提升受益人口", "ge", "人", (6000, 48000), (1,)),
            ("产出指标", "数量指标", "维护自动监测站点", "ge", "个", (20, 120), (2,)),
            ("产出指标", "数量指标", "河道巡查次数", "ge", "次", (200, 1200), (3,)),
            ("产出指标", "数量指标", "治理水土流失面积", "ge", "平方公里", (5, 40), (4,)),
            ("产出指标", "质量指标", "工程验收合格率", "pct", "%", [100], (0, 1, 4)),
            ("产出指标", "质量指标", "农村自来水普及率", "pct", "%", [85, 90, 92], (1,)),
            ("产出指标", "质量指标", "监测预警系统运行率", "pct", "%", [95, 98], (2,)),
            ("产出指标", "质量指标", "河湖“四乱”问题整改率", "pct", "%", [100], (3,)),
            ("产出指标", "时效指标", "工程完工时间", "time", "", None, (0, 1, 4)),
            ("产出指标", "成本指标", "单座水库维修养护成本", "le", "万元", (3, 12, 1), (0,)),
            ("效益指标", "社会效益指标", "水库安全运行", "qual", "", None, (0,)),
            ("效益指标", "社会效益指标", "山洪灾害人员伤亡数", "zero", "人", None, (2,)),
            ("效益指标", "生态效益指标", "河湖水质达标率", "pct", "%", [80, 85, 90], (3, 4)),
            ("效益指标", "可持续影响指标", "工程使用年限", "ge", "年", (10, 20), (0, 1, 4)),
            ("效益指标", "可持续影响指标", "水利设施管护机制", "qual", "", None, None),
        ],
        sat="受益群众满意度"),
    "jt": dict(
        dept="交通运输局", py="jtysj", code="建", ministry="交通运输部", prov_dept="交通运输厅",
        impl=["公路事业发展中心", "农村公路管理站"],
        funds=["车辆购置税收入补助地方资金", "成品油税费改革转移支付资金"],
        projects=["农村公路养护工程", "农村客运补贴", "公路安全生命防护工程", "危桥改造工程"],
        goals=["完成农村公路日常养护任务", "保障农村客运正常运营", "消除公路安全隐患"],
        inds=[
            ("产出指标", "数量指标", "农村公路养护里程", "ge", "公里", (300, 2400), (0,)),
            ("产出指标", "数量指标", "补贴客运车辆数", "ge", "辆", (40, 300), (1,)),
            ("产出指标", "数量指标", "安全生命防护工程里程", "ge", "公里", (20, 160), (2,)),
            ("产出指标", "数量指标", "危桥改造数量", "ge", "座", (2, 14), (3,)),
            ("产出指标", "质量指标", "农村公路优良中等路率", "pct", "%", [75, 80, 85], (0,)),
            ("产出指标", "质量指标", "建制村通客车率", "pct", "%", [100], (1,)),
            ("产出指标", "质量指标", "工程交工验收合格率", "pct", "%", [100], (2, 3)),
            ("产出指标", "时效指标", "项目完成时限", "time", "", None, None),
            ("产出指标", "成本指标", "每公里养护成本", "le", "万元", (0.6, 1.8, 2), (0,)),
            ("产出指标", "成本指标", "单车年补贴标准", "le", "万元", (1, 3, 1), (1,)),
            ("效益指标", "社会效益指标", "群众出行条件", "qual", "", None, None),
            ("效益指标", "社会效益指标", "道路交通安全事故发生率", "lepct", "%", [1, 2, 3], (0, 2, 3)),
            ("效益指标", "可持续影响指标", "农村公路管养长效机制", "qual", "", None, (0, 2, 3)),
        ],
        sat="沿线群众满意度"),
    "wl": dict(
        dept="文化广播电视和旅游局", py="wlj", code="教", ministry="文化和旅游部", prov_dept="文化和旅游厅",
        impl=["文化馆", "图书馆", "文物管理所"],
        funds=["支持地方公共文化服务体系建设补助资金", "非物质文化遗产保护资金"],
        projects=["公共文化服务体系建设项目", "非物质文化遗产保护经费", "文物保护专项经费",
                  "乡镇综合文化站免费开放经费", "文化惠民演出经费"],
        goals=["保障公共文化场馆免费开放", "开展文化惠民活动", "加强文物和非遗保护"],
        inds=[
            ("产出指标", "数量指标", "免费开放场馆数量", "ge", "个", (10, 40), (0, 3)),
            ("产出指标", "数量指标", "开展非遗展示活动次数", "ge", "次", (6, 30), (1,)),
            ("产出指标", "数量指标", "非遗代表性传承人补助人数", "ge", "人", (10, 60), (1,)),
            ("产出指标", "数量指标", "修缮文物建筑面积", "ge", "平方米", (600, 6000), (2,)),
            ("产出指标", "数量指标", "送戏下乡演出场次", "ge", "场", (40, 240), (4,)),
            ("产出指标", "质量指标", "场馆免费开放率", "pct", "%", [100], (0, 3)),
            ("产出指标", "质量指标", "修缮工程验收合格率", "pct", "%", [95, 100], (2,)),
            ("产出指标", "质量指标", "演出活动覆盖行政村比例", "pct", "%", [90, 100], (4,)),
            ("产出指标", "时效指标", "活动完成时间", "time", "", None, None),
            ("产出指标", "成本指标", "每场演出补助标准", "le", "元", (3000, 8000, 0), (4,)),
            ("效益指标", "社会效益指标", "群众文化生活", "qual", "", None, (0, 3, 4)),
            ("效益指标", "社会效益指标", "年接待群众人次", "ge", "万人次", (5, 60), (0, 3)),
            ("效益指标", "社会效益指标", "文物安全事故发生数", "zero", "起", None, (2,)),
            ("效益指标", "可持续影响指标", "公共文化服务水平", "qual", "", None, None),
        ],
        sat="群众满意度"),
    "ly": dict(
        dept="林业局", py="lyj", code="农", ministry="国家林业和草原局", prov_dept="林业和草原局",
        impl=["林业技术推广站", "国有林场", "森林病虫害防治检疫站"],
        funds=["林业草原生态保护恢复资金", "林业改革发展资金"],
        projects=["生态护林员补助资金", "森林防火专项经费", "天然林保护工程经费", "林业有害生物防治经费", "国土绿化项目"],
        goals=["落实天然林管护责任", "做好森林防火工作", "完成年度造林任务", "防控林业有害生物"],
        inds=[
            ("产出指标", "数量指标", "选聘生态护林员人数", "ge", "人", (200, 1600), (0,)),
            ("产出指标", "数量指标", "森林防火巡护人次", "ge", "人次", (2000, 12000), (1,)),
            ("产出指标", "数量指标", "天然林管护面积", "ge", "万亩", (20, 200), (2,)),
            ("产出指标", "数量指标", "林业有害生物防治面积", "ge", "亩", (5000, 40000), (3,)),
            ("产出指标", "数量指标", "完成造林面积", "ge", "亩", (2000, 20000), (4,)),
            ("产出指标", "质量指标", "造林成活率", "pct", "%", [85, 90], (4,)),
            ("产出指标", "质量指标", "森林火灾受害率", "lepct", "‰", [1], (1, 2)),
            ("产出指标", "质量指标", "林业有害生物成灾率", "lepct", "‰", [3, 4], (3,)),
            ("产出指标", "质量指标", "护林员劳务补助发放准确率", "pct", "%", [100], (0,)),
            ("产出指标", "时效指标", "补助资金发放时间", "time", "", None, (0, 2)),
            ("产出指标", "时效指标", "项目完成时间", "time", "", None, (1, 3, 4)),
            ("产出指标", "成本指标", "护林员年人均补助", "le", "元", (8000, 10000, 0), (0,)),
            ("效益指标", "生态效益指标", "森林覆盖率", "pct", "%", [55, 60, 65], (2, 4)),
            ("效益指标", "社会效益指标", "带动脱贫人口增收", "qual", "", None, (0,)),
            ("效益指标", "可持续影响指标", "森林资源保护", "qual", "", None, None),
        ],
        sat="护林员满意度"),
}

TIME_PAIRS = [("{y}年12月31日前", "已按期完成"), ("12月底前完成", "已按期完成"), ("{y}年12月底前", "{y}年12月完成"),
              ("按期完成", "按期完成"), ("{y}年11月30日前", "{y}年11月完成"), ("及时", "及时")]
QUAL_PAIRS = [("逐步提高", "有所提高", True), ("有效改善", "有效改善", True), ("明显提升", "明显提升", True),
              ("持续发挥作用", "持续发挥作用", True), ("稳步提升", "达到预期", True), ("有所改善", "明显改善", True),
              ("显著", "较显著", False), ("进一步健全", "基本健全", False), ("长期", "长期", True), ("增强", "增强", True)]


class Ind(genlib.Indicator):
    """One 三级指标 with its figures as the report writes them."""

    @property
    def quantitative(self):
        return self.kind in ("ge", "pct", "le", "lepct", "zero", "sat")

    @property
    def cmp(self):
        return {"ge": ">=", "pct": ">=", "sat": ">=", "le": "<=", "lepct": "<=", "zero": "="}.get(self.kind)

    # How a target is written with its sign and unit
    def target_text(self, style="sym", unit=True):
        u = self.unit if unit else ""
        t = self.target
        if self.kind in ("time", "qual"):
            return t
        if self.kind == "zero":
            return {"sym": f"={t}{u}", "word": f"{t}{u}", "suffix": f"{t}{u}", "none": f"{t}{u}"}[style]
        if self.kind in ("ge", "pct", "sat"):
            if t == "100" and self.kind == "pct" and style in ("word", "suffix"):
                return {"word": f"达到{t}{u}", "suffix": f"{t}{u}"}[style]
            word = "不低于" if self.kind != "ge" else rng_word_ge(self.name)
            return {"sym": f"≥{t}{u}", "word": f"{word}{t}{u}", "suffix": f"{t}{u}以上", "none": f"{t}{u}"}[style]
        word = "不高于" if self.kind == "lepct" else "不超过"
        return {"sym": f"≤{t}{u}", "word": f"{word}{t}{u}", "suffix": f"{t}{u}以内", "none": f"{t}{u}"}[style]

    def actual_text(self, unit=True):
        if self.kind in ("time", "qual"):
            return self.actual
        return f"{self.actual}{self.unit if unit else ''}"

    def sign(self):
        return {"ge": "≥", "pct": "≥", "sat": "≥", "le": "≤", "lepct": "≤", "zero": "＝"}.get(self.kind, "定性")

    def expected(self, with_score=True, with_target=True, with_actual=True):
        return {"name": self.name, "target": self.target if with_target else None,
                "actual": self.actual if with_actual else None,
                "score": self.score if with_score else None}


def rng_word_ge(name):
    return "不少于" if any(k in name for k in ("人", "数", "次", "面积", "里程", "场")) else "不低于"


def make_indicator(rng, spec, year):
    l1, l2, name, kind, unit, arg = spec[:6]
    if kind == "ge":
        lo, hi = arg
        if isinstance(lo, float) or hi <= 60 and unit in ("万亩", "万头只", "万人次", "平方公里"):
            t = rng.randint(int(lo), int(hi))
        else:
            t = nice_int(rng, lo, hi)
        f = rng.choice(["1", "1", "1", "1.02", "1.05", "1.08", "1.12", "0.93", "0.97"])
        a = int((D(t) * D(f)).to_integral_value(ROUND_HALF_UP))
        return Ind(l1, l2, name, kind, unit, str(t), str(max(a, 0)))
    if kind == "pct":
        t = rng.choice(arg)
        if t == 100:
            a = rng.choice(["100", "100", "100", "99.2", "98.6"])
        else:
            a = trim(min(D(100), D(t) + D(rng.randint(-25, 80)) / 10))
        return Ind(l1, l2, name, kind, unit, str(t), a)
    if kind == "sat":
        t = rng.choice(arg)
        a = trim(D(rng.randint(max(t - 2, 80) * 10, 995)) / 10)
        return Ind(l1, l2, name, kind, unit, str(t), a)
    if kind == "le":
        lo, hi, dec = arg
        step = D(1).scaleb(-dec)
        t = (D(rng.randint(int(lo * 10 ** dec), int(hi * 10 ** dec))) * step)
        f = D(rng.choice(["0.86", "0.92", "0.95", "0.98", "1", "1", "1.04"]))
        a = (t * f).quantize(step if dec else D(1), ROUND_HALF_UP)
        return Ind(l1, l2, name, kind, unit, trim(t), trim(a))
    if kind == "lepct":
        t = rng.choice(arg)
        a = trim(D(rng.randint(0, t * 10 + 1)) / 10)
        return Ind(l1, l2, name, kind, unit, str(t), a)
    if kind == "zero":
        return Ind(l1, l2, name, kind, unit, "0", "0")
    if kind == "time":
        tt, aa = rng.choice(TIME_PAIRS)
        return Ind(l1, l2, name, kind, "", tt.format(y=year), aa.format(y=year))
    tt, aa, met = rng.choice(QUAL_PAIRS)
    return Ind(l1, l2, name, kind, "", tt, aa, met)


def make_indicator_set(rng, sector, year, n_output, n_benefit, total_weight, sat=True, project=None):
    """Indicators of one project (a name of the sector's projects, or None for a fund covering them all):
    outputs, benefits and (optionally) satisfaction, weighted to total_weight and scored."""
    sec = SECTORS[sector]
    pi = sec["projects"].index(project) if project in sec["projects"] else None

    def fits(s):
        return pi is None or s[6] is None or pi in s[6]

    specs = [s for s in sec["inds"] if fits(s)]
    outs = [s for s in specs if s[0] == "产出指标"]
    bens = [s for s in specs if s[0] == "效益指标"]
    qty = [s for s in outs if s[1] == "数量指标"]
    other = [s for s in outs if s[1] != "数量指标"]
    own_qty = [s for s in qty if s[6] is not None]
    n_qty = min(len(qty), max(1, n_output // 2))
    first = rng.sample(own_qty, min(len(own_qty), n_qty)) if own_qty else []
    rest_qty = [s for s in qty if s not in first]
    chosen = first + rng.sample(rest_qty, min(len(rest_qty), n_qty - len(first)))
    chosen += rng.sample(other, min(len(other), n_output - len(chosen)))
    order = {"数量指标": 0, "质量指标": 1, "时效指标": 2, "成本指标": 3,
             "经济效益指标": 4, "社会效益指标": 5, "生态效益指标": 6, "可持续影响指标": 7}
    chosen += rng.sample(bens, min(len(bens), n_benefit))
    chosen.sort(key=lambda s: (s[0] != "产出指标", order.get(s[1], 9)))
    inds = [make_indicator(rng, s, year) for s in chosen]
    if sat:
        inds.append(make_indicator(rng, ("满意度指标", "服务对象满意度指标", sec["sat"], "sat", "%", [85, 90, 95]), year))
    sat_w = 10 if sat else 0
    ws = distribute(rng, total_weight - sat_w, len(inds) - (1 if sat else 0))
    for ind, w in zip(inds, ws + ([sat_w] if sat else [])):
        ind.weight = w
        ind.compute_score(rng)
    return inds


# --------------------------------------------------------------------------------------------
# Tables, text shapes (the grid, esc, dw, TOKEN and NO_START are genlib's)


def table_html(t, caption=None):
    t.grid()  # validates the shape
    out = []
    if caption:
        out.append(f'<p align="center">{esc(caption)}</p>')
    out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">')
    for row in t.rows:
        tds = []
        for c in row:
            attrs = (f' rowspan="{c.rs}"' if c.rs > 1 else "") + (f' colspan="{c.cs}"' if c.cs > 1 else "")
            tds.append(f"<td{attrs}>{esc(c.text).replace(chr(10), '<br>')}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def flat_cells(t, sep="\n\n", empty=" "):
    """One cell a line (a web page's table copied), covered cells absent."""
    out = []
    for row in t.rows:
        for c in row:
            out.append(c.text if c.text.strip() else empty)
    return sep.join(out)


def flat_spaced(t, joiner=" ", lead=" ", label_lines=True):
    """Rows of cells joined by spaces; a multi-line cell that spans rows gives its lines first."""
    placed, _, _ = t.grid()
    out = []
    for items in placed:
        texts = []
        for _, c in items:
            if "\n" in c.text and label_lines and c.rs > 1:
                out.extend(c.text.split("\n"))
                continue
            if "\n" in c.text:
                out.append(lead + joiner.join(texts) if texts else "")
                out.extend(lead + x for x in c.text.split("\n"))
                texts = []
                continue
            if c.text.strip():
                texts.append(c.text)
        if texts:
            out.append(lead + joiner.join(texts))
    return "\n".join(x for x in out if x.strip() or x == "")


def flat_tabs(t, keep_covered=True):
    """Tab-separated rows; keep_covered: a rowspan-covered cell left empty (as Word copies it)."""
    placed, occ, ncols = t.grid()
    out = []
    for r, items in enumerate(placed):
        origin = {c: cl for c, cl in items}
        cells, c = [], 0
        while c < ncols:
            if c in origin:
                cells.append(origin[c].text.replace("\n", ""))
                c += origin[c].cs
            else:
                orr, occ_c = occ[(r, c)]
                span = t.rows[orr][[x for x, _ in placed[orr]].index(occ_c)].cs
                if keep_covered:
                    cells.append("")
                c += span
        out.append("\t".join(cells).rstrip("\t"))
    return "\n".join(out)


def flat_pipe(t):
    """`cell | cell | ||||` rows, as some sites' copies give a table (cells a span covers as bare pipes)."""
    placed, occ, ncols = t.grid()
    out = []
    for r, items in enumerate(placed):
        lead = ""
        first_c = items[0][0] if items else ncols
        if first_c > 0:
            lead = "| " * 1
        texts = [cl.text.replace("\n", "") for _, cl in items]
        covered = ncols - sum(cl.cs for _, cl in items) - first_c
        extra = sum(cl.cs - 1 for _, cl in items)
        line = lead + " | ".join(texts) + " |"
        if extra + max(covered, 0) > 0:
            line += " " + "|" * (extra + max(covered, 0))
        out.append(line)
    return "\n".join(out)




def flat_layout(t, caps, gap=2, mid=True):
    """A table as `pdftotext -layout` gives it: columns padded with spaces, long cells wrapped within
    their column, a cell spanning rows written on the middle one of its lines."""
    placed, occ, ncols = t.grid()
    widths = [0] * ncols
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                widths[c] = max(widths[c], min(dw(cl.text), caps[c]))
    widths = [max(w, 2) for w in widths]
    spanning = sorted((cl.cs, r, c) for r, items in enumerate(placed) for c, cl in items if cl.cs > 1)
    for cs, r, c in spanning:
        cl = dict(placed[r])[c]
        need = min(dw(cl.text.replace("\n", "")), sum(caps[c:c + cs]) + gap * (cs - 1))
        have = sum(widths[c:c + cs]) + gap * (cs - 1)
        for k in range(need - have):  # spread what is missing over the spanned columns
            widths[c + k % cs] += 1
    xs = [0]
    for w in widths[:-1]:
        xs.append(xs[-1] + w + gap)

    def span_width(c, cs):
        return sum(widths[c:c + cs]) + gap * (cs - 1)

    cell_lines = {}
    for r, items in enumerate(placed):
        for c, cl in items:
            text = cl.text.replace("\n", "")
            cell_lines[(r, c)] = genlib.wrap(text, span_width(c, cl.cs)) if text else [""]
    nrows = len(placed)
    h = [1] * nrows
    for r, items in enumerate(placed):
        for c, cl in items:
            if cl.rs == 1:
                h[r] = max(h[r], len(cell_lines[(r, c)]))
    for r, items in enumerate(placed):
        for c, cl in items:
            if cl.rs > 1:
                need = len(cell_lines[(r, c)])
                have = sum(h[r:r + cl.rs])
                if need > have:
                    h[r + cl.rs - 1] += need - have
    starts = [0]
    for x in h[:-1]:
        starts.append(starts[-1] + x)
    canvas = [[] for _ in range(sum(h))]
    for r, items in enumerate(placed):
        for c, cl in items:
            lines = cell_lines[(r, c)]
            if cl.rs > 1 and mid:
                total = sum(h[r:r + cl.rs])
                top = starts[r] + (total - len(lines)) // 2
            else:
                top = starts[r]
            for k, ln in enumerate(lines):
                if ln:
                    canvas[top + k].append((xs[c], ln))
    out = []
    for items in canvas:
        items.sort()
        s, w = "", 0
        for x, txt in items:
            if w < x:
                s += " " * (x - w)
                w = x
            elif w > 0:
                s += " "
                w += 1
            s += txt
            w += dw(txt)
        out.append(s.rstrip())
    rows_lines = []  # keep row groups together when paginating
    for r in range(nrows):
        rows_lines.append(out[starts[r]:starts[r] + h[r]])
    return rows_lines


# --------------------------------------------------------------------------------------------
# Page noise

def splits(line, nxt, protect):
    """Whether one of the protected strings runs from the end of line into nxt."""
    a, b = re.sub(r"\s+", "", line), re.sub(r"\s+", "", nxt)
    both = a + b
    return any(x in both and x not in a and x not in b and both.find(x) < len(a) < both.find(x) + len(x)
               for x in protect)


def pub_date(rng, year):
    return f"{year + 1}-{rng.randint(3, 9):02d}-{rng.randint(1, 28):02d}"


def web_header(rng, ctx, title):
    unit, year = ctx["unit"], ctx["year"]
    d = pub_date(rng, year)
    style = rng.randrange(4)
    if style == 0:
        return ["首页 > 政务公开 > 法定主动公开内容 > 财政信息 > 预算绩效", title,
                f"来源：{unit}  发布时间：{d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  浏览次数：{rng.randint(20, 900)}  字体：[ 大 中 小 ]  打印"]
    if style == 1:
        return [f"索引号：{rng.randint(10000000, 99999999)}/{year + 1}-{rng.randint(10000, 99999)}",
                f"发布机构：{unit}", f"发文日期：{d}", "主题分类：财政、金融、审计", "公开方式：主动公开", title]
    if style == 2:
        return [f"今天是：{year + 2}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日", f"{ctx['county']}人民政府",
                "政府信息公开", title, f"来源：{unit} 发布时间：{d} 浏览次数： 字体：[ ] 打印"]
    return ["您当前所在的位置：首页 >> 信息公开 >> 部门信息 >> " + unit, title,
            f"发布日期：{d}  信息来源：{unit}  访问量：{rng.randint(30, 2000)}"]


def web_footer(rng, ctx):
    style = rng.randrange(3)
    if style == 0:
        return ["【打印本页】 【关闭窗口】"]
    if style == 1:
        return ["相关链接：  政府网站  部门网站", f"主办：{ctx['county']}人民政府办公室  承办：{ctx['county']}大数据中心",
                "【打印此页】【关闭】"]
    return ["分享到：", "【我要纠错】 【打印】 【关闭】"]


# --------------------------------------------------------------------------------------------
# Context

UNIT_PREFIX_STYLE = ["{county}{dept}", "{city}{county}{dept}"]


def make_ctx(rng, index, layout, seed):
    if layout == "quyu":
        choices = [p for p in PLACES if p[0] == "四川"] * 3 + [p for p in PLACES if p[0] in ("重庆", "贵州", "云南")]
    else:
        choices = PLACES
    place = rng.choice(choices)
    prov, ppy, city, county, cpy, fin = place
    sector = rng.choice(sorted(SECTORS))
    sec = SECTORS[sector]
    year = rng.randint(2019, 2024)
    unit = rng.choice(UNIT_PREFIX_STYLE).format(county=county, city=city, dept=sec["dept"])
    return dict(index=index, layout=layout, seed=seed, prov=prov, ppy=ppy, city=city, county=county, cpy=cpy,
                fin=fin, sector=sector, sec=sec, year=year, unit=unit, unit_py=sec["py"])


cycle = functools.partial(genlib.cycle, per=len(LAYOUTS))
make_id = functools.partial(genlib.make_id, "gd")
expected_doc = functools.partial(genlib.expected_doc, "generator-d")

def goals_pair(rng, sec, k):
    """k annual goals of the sector and how each was reached, in words."""
    gs = rng.sample(sec["goals"], min(k, len(sec["goals"])))
    done = []
    for g in gs:
        if rng.random() < 0.5:
            done.append(rng.choice(["已", "全面", "按计划"]) + g)
        else:
            done.append(g + "，" + rng.choice(["已完成", "目标已实现", "完成年度目标"]))
    return gs, done


# --------------------------------------------------------------------------------------------
# Layout 1: quyu — 中央对地方转移支付区域绩效目标自评表 (四川 style)

def build_quyu(rng, ctx):
    sec, year = ctx["sec"], ctx["year"]
    variant = cycle(ctx, "ABC")
    nfunds = 2 if (rng.random() < 0.35 and len(sec["funds"]) > 1) else 1
    funds = rng.sample(sec["funds"], nfunds)
    dec = rng.choice([2, 2, 4])
    gran = 10000 if dec == 2 else 100
    unit = ctx["unit"]
    if nfunds == 1:
        title = rng.choice([f"{funds[0]}区域绩效目标自评表",
                            f"{year}年度中央对地方专项转移支付区域绩效目标自评表（{funds[0]}）",
                            f"{year}年{funds[0]}区域绩效自评表"])
    else:
        title = f"{unit}{year}年度中央转移支付区域绩效目标自评表"
    top = web_header(rng, ctx, title)
    bottom = web_footer(rng, ctx)
    html_parts = [P(title, center=True, bold=True)]
    txt_parts = [title]
    if rng.random() < 0.5:
        intro = (f"根据{ctx['city']}财政局关于开展{year}年度中央对地方转移支付绩效自评工作的通知要求，"
                 f"现将我局{year}年度{'、'.join(funds)}区域绩效自评情况公开如下：")
        html_parts.append(P(intro))
        txt_parts.append(intro)
    projects = []
    for k, fund in enumerate(funds):
        total = amount(rng, 30000, 30000000, gran)
        if variant == "C" or rng.random() < 0.5:
            central = total
        else:
            central = part_of(rng, total, 0.55, 0.9, gran)
        local = total - central
        ce = central if rng.random() < 0.45 else part_of(rng, central, 0.82, 0.995, gran)
        le = local if rng.random() < 0.5 else part_of(rng, local, 0.7, 0.99, gran)
        executed = ce + le
        rstyle = rng.choice("2t")
        r_s = fmt_rate(rate(executed, total), rstyle)
        tz = rng.random() < 0.4
        W = lambda f: fmt_wan(f, dec, trim_zeros=tz)  # noqa: E731
        n_out = rng.randint(4, 7)
        inds = make_indicator_set(rng, ctx["sector"], year, n_out, rng.randint(2, 3), 60 if variant == "A" else 90)
        goals, dones = goals_pair(rng, sec, rng.randint(2, 4))
        prefix = rng.choice(["指标{n}：", "指标{n}.", "", ""])
        shown = []
        counters = {}
        for ind in inds:
            counters[ind.l2] = counters.get(ind.l2, 0) + 1
            shown.append(prefix.format(n=counters[ind.l2]) + ind.name)
        style = rng.choice(["sym", "sym", "none", "word"])
        t = Table()
        if nfunds > 1:
            cap = f"附表{k + 1}"
            html_parts.append(P(cap))
            txt_parts.append(cap)
        if variant == "A":
            exec_score = trim(q2(D(20) * min(D(executed) / D(total), D(1))))
            goal_score = rng.choice(["20", "20", "18", "19"])
            ind_total = sum(D(i.score) for i in inds)
            total_score = trim(D(exec_score) + D(goal_score) + ind_total)
            money = lambda f: rng.choice([f"{W(f)}  万元", f"{W(f)}万元", f"      {W(f)}  万元"]) if f else "万元"  # noqa: E731
            t.row("专项名称", C(fund, cs=6))
            t.row("中央主管部门", C(sec["ministry"], cs=4), C("自评得分", cs=2))
            t.row("省级财政部门", f"{PROVINCE_FULL[ctx['prov']]}财政厅" if ctx["prov"] != "重庆" else "重庆市财政局",
                  "省级主管部门", C(f"{PROVINCE_FULL[ctx['prov']]}{sec['prov_dept']}", cs=2), C(total_score, cs=2))
            t.row(C("预算执行情况", rs=3), "预算数：", C(W(total), cs=2), "执行数：", W(executed), exec_score)
            t.row("其中：中央补助", C(money(central), cs=2), "其中：中央补助", money(ce), "")
            t.row("地方资金/其他", C(money(local), cs=2), "地方资金/其他", money(le), "")
            t.row(C("年度目标完成情况", rs=1 + len(goals)), C("预期目标", cs=3), C("目标实际完成情况", cs=2), goal_score)
            for n, (g, d_) in enumerate(zip(goals, dones), 1):
                t.row(C(f"目标{n}：{g}。", cs=3), C(f"目标{n}：{d_}。", cs=2), "")
            t.row(C("年度绩效指标完成情况", rs=1 + len(inds)), "一级指标", "二级指标", "三级指标", "年度指标值",
                  "实际完成指标值", trim(sum(D(i.weight) for i in inds)))
            add_indicator_rows(t, inds, shown, lambda i: [i.target_text(style), i.actual_text(), i.score])
            fiscal = central
            proj = project_exp(fund, total, fiscal, executed, None, sat_of(inds),
                               [i.expected(with_score=True) for i in inds])
            txt_table = flat_cells(t)
        elif variant == "B":
            wan_suffix = rng.random() < 0.6
            M = (lambda f: W(f) + "万") if wan_suffix else W  # noqa: E731
            contact = rng.choice(["张", "李", "王", "刘", "陈", "杨"]) + rng.choice(["晓梅", "建国", "文", "丽", "红英", "志强"])
            t.row(C("填报类型：整体□  区域√  项目□", cs=6))
            t.row("单位名称", C(unit, cs=2), "联系人及电话", C(f"{contact}，{rng.randint(13000000000, 19999999999)}", cs=2))
            t.row("转移支付名称", C(fund, cs=5))
            t.row(C("预算\n执行\n情况\n（万元）", rs=2), "转移支付预算数（A）", C(M(total), cs=2),
                  C("预算执行率（B/A）", rs=2), C(r_s + "%", rs=2))
            t.row("转移支付执行数（B）", C(M(executed), cs=2))
            t.row(C("年度\n目标\n完成\n情况", rs=2), C("预期目标", cs=2), C("目标实际完成情况", cs=3))
            t.row(C("\n".join(f"目标{n}：{g}" for n, g in enumerate(goals, 1)), cs=2),
                  C("\n".join(f"目标{n}：{d_}" for n, d_ in enumerate(dones, 1)), cs=3))
            t.row(C("绩效\n指标", rs=1 + len(inds)), "一级指标", "二级指标", "三级指标", "指标值", "完成值")
            add_indicator_rows(t, inds, shown, lambda i: [i.target_text(style), i.actual_text()])
            proj = project_exp(fund, total, None, executed, r_s, sat_of(inds),
                               [i.expected(with_score=False) for i in inds])
            txt_table = flat_spaced(t)
        else:
            M = W
            cr_s = fmt_rate(rate(ce, central), rstyle)
            t.row("转移支付（项目）名称", C(fund, cs=6))
            t.row("中央主管部门", C(sec["ministry"], cs=6))
            t.row("地方主管部门", C(f"{ctx['county']}人民政府", cs=2), "资金使用单位", C(unit, cs=3))
            t.row(C("资金投入情况（万元）", rs=5), C("", cs=2), "全年预算数（A）", "全年执行数（B）",
                  C("预算执行率（B/A×100%）", cs=2))
            t.row(C("年度资金总额：", cs=2), M(total), M(executed), C(r_s + "%", cs=2))
            t.row(C("其中：中央财政资金", cs=2), M(central), M(ce), C(cr_s + "%", cs=2))
            t.row(C("地方财政资金", cs=2), "", "", C("", cs=2))
            t.row(C("其他资金", cs=2), "", "", C("", cs=2))
            mgmt = [("分配科学性", "资金分配科学合理"), ("下达及时性", "资金下达及时"), ("拨付合规性", "严格执行国库集中支付，专款专用"),
                    ("使用规范性", "未发现截留、挤占、挪用资金问题"), ("执行准确性", "执行数与预算数无较大偏离")]
            t.row(C("资金管理情况", rs=1 + len(mgmt)), C("", cs=2), C("情况说明", cs=2), C("存在问题和改进措施", cs=2))
            for a, b in mgmt:
                t.row(C(a, cs=2), C(b, cs=2), C("", cs=2))
            t.row(C("总体目标完成情况", rs=2), C("总体目标", cs=3), C("全年实际完成情况", cs=3))
            t.row(C("；".join(f"{n}.{g}" for n, g in enumerate(goals, 1)) + "。", cs=3),
                  C("；".join(f"{n}.{d_}" for n, d_ in enumerate(dones, 1)) + "。", cs=3))
            t.row(C("绩效指标", rs=1 + len(inds)), "一级指标", "二级指标", "三级指标", "指标值", "全年实际完成值",
                  "未完成原因和改进措施")
            add_indicator_rows(t, inds, shown, lambda i: [i.target_text(style), i.actual_text(),
                                                          "" if i.met and i.score == trim(i.weight) else rng.choice(["受客观因素影响，下年度加强调度", "部分任务未完成，将加快推进"])])
            fiscal = central
            proj = project_exp(fund, total, fiscal, executed, r_s, sat_of(inds),
                               [i.expected(with_score=False) for i in inds])
            txt_table = flat_pipe(t)
        html_parts.append(table_html(t))
        txt_parts.append(txt_table)
        projects.append(proj)
    if rng.random() < 0.5:
        tail = f"填报单位：{unit}    填报日期：{year + 1}年{rng.randint(3, 6)}月{rng.randint(1, 28)}日"
        html_parts.append(P(tail))
        txt_parts.append(tail)
    rid = make_id(ctx)
    exp = expected_doc(ctx, rid, title, "自评表", unit, None, projects)
    html = html_page(title, html_parts, top, bottom)
    txt = "\n".join(top) + "\n\n" + "\n\n".join(txt_parts) + "\n\n" + "\n".join(bottom) + "\n"
    return rid, txt, html, exp


def add_indicator_rows(t, inds, shown, values):
    """Indicator rows with 一级 and 二级 cells spanning the rows they head."""
    i = 0
    while i < len(inds):
        j = i
        while j < len(inds) and inds[j].l1 == inds[i].l1:
            j += 1
        k = i
        first_l1 = True
        while k < j:
            m = k
            while m < j and inds[m].l2 == inds[k].l2:
                m += 1
            for x in range(k, m):
                cells = []
                if first_l1:
                    cells.append(C(inds[i].l1, rs=j - i))
                    first_l1 = False
                if x == k:
                    cells.append(C(inds[k].l2, rs=m - k))
                cells.append(shown[x])
                cells.extend(values(inds[x]))
                t.row(*cells)
            k = m
        i = j


# --------------------------------------------------------------------------------------------
# Layout 2: juesuan — 部门整体支出绩效自评报告: 收支决算表 + 部门整体支出绩效评价指标表

def build_juesuan(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    money_style = rng.choice(["wan2", "wan4", "yuan"])
    gran = {"wan2": 10000, "wan4": 100, "yuan": 1}[money_style]
    if money_style == "yuan":
        M = lambda f: fmt_yuan(f)  # noqa: E731
        unit_word, unit_cap = "元", "单位：元"
    else:
        dec = 2 if money_style == "wan2" else 4
        M = lambda f: fmt_wan(f, dec)  # noqa: E731
        unit_word, unit_cap = "万元", "单位：万元"
    staff_quota = rng.randint(18, 120)
    staff = staff_quota - rng.randint(0, max(1, staff_quota // 8))
    # money (分)
    pers_a = amount(rng, 1500000, 12000000, gran)
    pub_a = amount(rng, 200000, 1800000, gran)
    pers0 = pers_a - (0 if rng.random() < 0.5 else part_of(rng, pers_a, 0.0, 0.06, gran))
    pub0 = pub_a
    pers_e = pers_a if rng.random() < 0.6 else part_of(rng, pers_a, 0.97, 0.999, gran)
    pub_e = part_of(rng, pub_a, 0.9, 0.99, gran)
    names = rng.sample(sec["projects"], rng.randint(2, 4))
    projs = []
    for nm in names:
        b = amount(rng, 300000, 9000000, gran)
        b0 = b if rng.random() < 0.5 else (0 if rng.random() < 0.3 else part_of(rng, b, 0.6, 0.95, gran))
        e = b if rng.random() < 0.35 else part_of(rng, b, 0.78, 0.995, gran)
        projs.append((nm, b0, b, e))
    basic0, basic_a, basic_e = pers0 + pub0, pers_a + pub_a, pers_e + pub_e
    proj0, proj_a, proj_e = (sum(p[1] for p in projs), sum(p[2] for p in projs), sum(p[3] for p in projs))
    tot0, tot_a, tot_e = basic0 + proj0, basic_a + proj_a, basic_e + proj_e
    other_a = 0 if rng.random() < 0.5 else part_of(rng, tot_a, 0.01, 0.06, gran)
    fin_a = tot_a - other_a
    fin0 = tot0 - min(other_a, tot0 // 2)
    other0 = tot0 - fin0
    carry = tot_a - tot_e
    rstyle = rng.choice("2t")
    pct_in_cell = rng.random() < 0.5
    R = lambda e, b: ((fmt_rate(rate(e, b), rstyle) + ("%" if pct_in_cell else "")) if b else "")  # noqa: E731
    tot_rate_s = fmt_rate(rate(tot_e, tot_a), rstyle)

    heads = rng.choice([("年初预算数", "调整预算数", "决算数", "决算数占调整预算数比例"),
                        ("年初预算", "全年预算（调整后）", "全年决算", "预算执行率"),
                        ("预算数", "调整后预算数", "实际支出数", "完成比例")])
    t1 = Table()
    t1.row("项目", *[h + ("（%）" if (i == 3 and not pct_in_cell) else "") for i, h in enumerate(heads)])
    ind = "　　" if rng.random() < 0.5 else ""
    t1.row("一、收入合计", M(tot0), M(tot_a), M(tot_a), R(tot_a, tot_a))
    t1.row(ind + "财政拨款收入", M(fin0), M(fin_a), M(fin_a), R(fin_a, fin_a))
    t1.row(ind + "其他收入", M(other0), M(other_a), M(other_a), R(other_a, other_a) if other_a else "")
    t1.row("二、支出合计", M(tot0), M(tot_a), M(tot_e), R(tot_e, tot_a))
    t1.row(ind + "（一）基本支出", M(basic0), M(basic_a), M(basic_e), R(basic_e, basic_a))
    t1.row(ind * 2 + "1.人员经费", M(pers0), M(pers_a), M(pers_e), R(pers_e, pers_a))
    t1.row(ind * 2 + "2.公用经费", M(pub0), M(pub_a), M(pub_e), R(pub_e, pub_a))
    t1.row(ind + "（二）项目支出", M(proj0), M(proj_a), M(proj_e), R(proj_e, proj_a))
    proj_prefix = rng.choice(["{n}.", "其中：", "{n}、"])
    exp_projects = []
    for n, (nm, b0, b, e) in enumerate(projs, 1):
        pre = proj_prefix.format(n=n) if proj_prefix != "其中：" or n == 1 else ""
        t1.row(ind * 2 + pre + nm, M(b0) if b0 else rng.choice(["—", M(0)]), M(b), M(e), R(e, b))
        exp_projects.append(project_exp(nm, b, None, e, fmt_rate(rate(e, b), rstyle)))
    t1.row("三、年末结转和结余", "", "", M(carry), "")

    # department indicators
    sg_budget = amount(rng, 30000, 400000, gran)
    sg_actual = part_of(rng, sg_budget, 0.7, 0.99, gran)
    adj_rate = trim(q2(D(tot_a - tot0) * 100 / D(tot0)))
    di = []  # (l1, l2, name, formula, kind, target, actual, weight)

    def add(l1, l2, name, formula, kind, target, actual, weight):
        di.append([l1, l2, name, formula, kind, target, actual, weight])

    add("投入", "预算配置", "在职人员控制率", "在职人员数/编制数×100%", "le", "100", trim(q2(D(staff) * 100 / staff_quota)), 4)
    add("投入", "预算配置", "“三公经费”控制率", "“三公经费”实际支出数/预算安排数×100%", "le", "100",
        trim(rate(sg_actual, sg_budget)), 4)
    add("过程", "预算执行", "预算完成率", "预算完成数/预算数×100%", "ge", "100", tot_rate_s, 6)
    add("过程", "预算执行", "预算调整率", "预算调整数/年初预算数×100%", "le", rng.choice(["10", "15", "20"]), adj_rate, 4)
    add("过程", "预算执行", "支付进度率", "实际支付进度/既定支付进度×100%", "ge", "90",
        trim(min(D(100), rate(tot_e, tot_a) + D(rng.randint(0, 30)) / 10)), 4)
    add("过程", "预算执行", "结转结余率", "结转结余总额/预算数×100%", "le", rng.choice(["5", "10"]),
        trim(rate(carry, tot_a)), 4)
    add("过程", "预算执行", "公用经费控制率", "实际支出公用经费总额/预算安排公用经费总额×100%", "le", "100",
        trim(rate(pub_e, pub_a)), 4)
    add("过程", "预算执行", "政府采购执行率", "实际政府采购金额/政府采购预算数×100%", "ge", "100",
        rng.choice(["100", "100", "98.5"]), 3)
    add("过程", "预算管理", "管理制度健全性", "—", "qual", "健全", "健全", 3)
    add("过程", "预算管理", "资金使用合规性", "—", "qual", "合规", "合规", 3)
    add("过程", "预算管理", "预决算信息公开性", "—", "qual", "按规定公开", "已按规定公开", 3)
    add("过程", "资产管理", "固定资产利用率", "实际在用固定资产总额/所有固定资产总额×100%", "ge", "95",
        trim(D(rng.randint(950, 1000)) / 10), 3)
    add("产出", "职责履行", "实际完成率", "实际完成工作数/计划工作数×100%", "ge", rng.choice(["95", "100"]),
        trim(D(rng.randint(940, 1000)) / 10), 10)
    add("产出", "职责履行", "完成及时率", "及时完成工作数/实际完成工作数×100%", "ge", "95", trim(D(rng.randint(930, 1000)) / 10), 7)
    add("产出", "职责履行", "质量达标率", "质量达标工作数/实际完成工作数×100%", "ge", "95", trim(D(rng.randint(950, 1000)) / 10), 8)
    add("产出", "职责履行", "重点工作办结率", "重点工作实际完成数/交办重点工作数×100%", "ge", "100", rng.choice(["100", "100", "96"]), 6)
    add("效果", "履职效益", "社会效益", "—", "qual", rng.choice(["明显", "显著"]), rng.choice(["明显", "较明显"]), 8)
    add("效果", "履职效益", "可持续影响", "—", "qual", "长效", "长效", 6)
    add("效果", "满意度", "服务对象满意度", "—", "ge", "90", trim(D(rng.randint(900, 990)) / 10), 10)
    total_w = sum(x[7] for x in di)
    assert total_w == 100, total_w
    objs = []
    for l1, l2, name, formula, kind, target, actual, weight in di:
        o = Ind(l1, l2, name, {"le": "lepct", "ge": "pct", "qual": "qual"}[kind], "%" if kind != "qual" else "",
                target, actual, met=actual in (target, "已" + target))
        o.weight = weight
        o.compute_score(rng)
        o.formula = formula
        objs.append(o)
    variant = cycle(ctx, ["T1", "T2", "T3"])
    t2 = Table()
    if variant == "T1":
        t2.row("一级指标", "二级指标", "三级指标", "指标解释（计算公式）", "目标值", "实际值", "分值", "得分")
        rows_by = lambda o: [o.formula, tgt_txt(o), act_txt(o), str(o.weight), o.score]  # noqa: E731
        add_dept_rows(t2, objs, rows_by)
    elif variant == "T2":
        t2.row("一级指标", "二级指标", "三级指标", "年初指标值", "调整指标值", "全年完成值", "得分系数%", "权重", "得分")
        rows_by = lambda o: [tgt_txt(o), tgt_txt(o), act_txt(o), trim(q2(D(o.score) * 100 / D(o.weight))),  # noqa: E731
                             str(o.weight), o.score]
        add_dept_rows(t2, objs, rows_by)
    else:
        t2.row("序号", "指标名称", "分值", "评分标准", "指标值", "完成值", "得分")
        for n, o in enumerate(objs, 1):
            std = ("定性评价，按健全、合规情况分档计分" if o.kind == "qual"
                   else f"{o.formula}；达到目标值得满分，" + ("每超过1个百分点扣0.5分" if o.kind == "lepct" else "未达到按比例计分"))
            t2.row(str(n), o.name, str(o.weight), std, tgt_txt(o), act_txt(o), o.score)
    total_score = trim(sum(D(o.score) for o in objs))
    grade = "优" if D(total_score) >= 90 else "良" if D(total_score) >= 80 else "中"

    title = rng.choice([f"{unit}{year}年度部门整体支出绩效自评报告", f"{unit}{year}年部门整体支出绩效自评报告",
                        f"{year}年度{unit}部门整体支出绩效自评报告"])
    top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
    impl = rng.choice(sec["impl"])
    paras = []
    paras.append(("h", "一、部门基本情况"))
    paras.append(("p", f"{unit}是{ctx['county']}人民政府工作部门，内设股室{rng.randint(4, 9)}个，下属{ctx['county']}{impl}等"
                       f"{rng.randint(1, 4)}个二级单位。核定编制{staff_quota}名，{year}年末实有在职人员{staff}名。"))
    paras.append(("p", "主要职能：" + "；".join(sec["goals"][:3]) + "等。"))
    paras.append(("h", "二、部门收支决算情况"))
    rate_word = rng.choice(["，支出决算占调整预算的", "，预算执行率为", "，完成调整预算的"])
    paras.append(("p", f"{year}年度，本部门年初预算{M(tot0)}{unit_word}，年中调整后预算{M(tot_a)}{unit_word}。"
                       f"全年收入决算{M(tot_a)}{unit_word}，其中财政拨款收入{M(fin_a)}{unit_word}；全年支出决算{M(tot_e)}{unit_word}，"
                       f"其中基本支出{M(basic_e)}{unit_word}、项目支出{M(proj_e)}{unit_word}{rate_word}{tot_rate_s}%。"
                       f"年末结转和结余{M(carry)}{unit_word}。"))
    paras.append(("cap", f"表1  {year}年度收支决算情况表"))
    paras.append(("cap2", unit_cap))
    paras.append(("t1", t1))
    paras.append(("p", f"{year}年“三公经费”预算{M(sg_budget)}{unit_word}，实际支出{M(sg_actual)}{unit_word}。"
                       f"政府采购预算全部按计划执行。"))
    paras.append(("h", "三、部门整体支出绩效情况"))
    paras.append(("p", f"根据部门整体支出绩效评价指标体系，从投入、过程、产出、效果四个方面进行自评，自评得分{total_score}分，"
                       f"评价等级为“{grade}”。具体指标完成情况见表2。"))
    paras.append(("cap", f"表2  {unit}{year}年度部门整体支出绩效评价指标表"))
    paras.append(("t2", t2))
    paras.append(("h", "四、存在的问题"))
    paras.append(("p", "一是预算编制的精准度有待提高，年中追加项目较多；二是部分项目支出进度偏慢，年末形成结转。"))
    paras.append(("h", "五、改进措施"))
    paras.append(("p", "进一步加强预算编制管理，提高预算编制的科学性和准确性；加快项目实施和资金支付进度，强化绩效结果应用。"))

    txt_style = cycle(ctx, ["tabs", "cells", "spaced"], 1)
    html_parts = [P(title, center=True, bold=True)]
    txt_parts = [title]
    for kind, x in paras:
        if kind == "h":
            html_parts.append(H(x, 3))
            txt_parts.append(x)
        elif kind in ("p",):
            html_parts.append(P(x))
            txt_parts.append("　　" + x if rng.random() < 0.5 else x)
        elif kind in ("cap", "cap2"):
            html_parts.append(P(x, center=(kind == "cap")))
            txt_parts.append(x)
        else:
            html_parts.append(table_html(x))
            if txt_style == "tabs":
                txt_parts.append(flat_tabs(x))
            elif txt_style == "cells":
                txt_parts.append(flat_cells(x, sep="\n", empty=""))
            else:
                txt_parts.append(flat_spaced(x, joiner="  ", lead=""))
    rid = make_id(ctx)
    funds = {"budget_total": yuan_exp(tot_a), "executed_total": yuan_exp(tot_e), "execution_rate_stated": tot_rate_s}
    dept = [o.expected() for o in objs]
    exp = expected_doc(ctx, rid, title, "部门整体自评", unit, funds, exp_projects, dept)
    html = html_page(title, html_parts, top, bottom)
    txt = "\n".join(top) + "\n\n" + "\n".join(txt_parts) + "\n\n" + "\n".join(bottom) + "\n"
    return rid, txt, html, exp


def tgt_txt(o):
    if o.kind == "qual":
        return o.target
    return {"lepct": "≤", "pct": "≥"}.get(o.kind, "") + o.target + "%"


def act_txt(o):
    return o.actual if o.kind == "qual" else o.actual + "%"


def add_dept_rows(t, objs, values):
    shown = [o.name for o in objs]
    add_indicator_rows(t, objs, shown, values)


# --------------------------------------------------------------------------------------------
# Layout 3: xiangzhen — a township's many small projects in one table (元, separators, 合计)

TOWNS = [("龙蟠镇", "longpan"), ("石垭乡", "shiya"), ("双河镇", "shuanghe"), ("白庙镇", "baimiao"), ("青龙乡", "qinglong"),
         ("金鸡镇", "jinji"), ("柏林镇", "bailin"), ("太平镇", "taiping"), ("高坪镇", "gaoping"), ("新店乡", "xindian")]
VILLAGES = ["青山村", "石桥村", "双河村", "龙井村", "白果村", "新华村", "团结村", "桂花村", "红星村", "五一村", "柏林村",
            "金竹村", "大湾村", "水口村", "凉风村", "马鞍村", "黄泥村", "三合村"]
VILLAGE_PROJECTS = ["{v}组道路硬化工程", "{v}产业路建设项目", "{v}人饮工程维修项目", "{v}山坪塘整治项目",
                    "{v}党群服务中心维修项目", "{v}便民桥建设项目", "{v}茶叶基地提质增效项目", "{v}集体经济发展项目",
                    "{v}排洪沟整治工程", "{v}安全饮水管网延伸工程"]
TOWN_PROJECTS = ["农村人居环境整治经费", "公益性岗位补贴", "生态护林员管护补助", "防汛物资储备经费", "耕地保护补偿资金",
                 "高标准农田管护经费", "村级组织运转经费", "城乡环卫一体化保洁经费", "村干部业务培训经费"]
SOURCES = ["中央衔接资金", "省级衔接资金", "县级财政资金", "一事一议财政奖补资金", "镇级自有财力", "涉农整合资金"]
XZ_INDS = {
    "road": [("新建硬化道路长度", "ge", "公里", (2, 9)), ("工程验收合格率", "pct", "%", [100]),
             ("受益群众人数", "ge", "人", (300, 2600))],
    "water": [("新建改造供水管网长度", "ge", "公里", (3, 20)), ("农村自来水普及率", "pct", "%", [90, 95]),
              ("受益人口", "ge", "人", (400, 3000))],
    "gen": [("项目完成数量", "ge", "个", (1, 4)), ("项目按期完工率", "pct", "%", [100]),
            ("带动群众增收户数", "ge", "户", (30, 260))],
}


def build_xiangzhen(rng, ctx):
    year = ctx["year"]
    town, tpy = rng.choice(TOWNS)
    unit = f"{ctx['county']}{town}人民政府"
    short = town[-1]  # 镇 / 乡
    n = rng.randint(7, 12)
    vills = rng.sample(VILLAGES, n)
    names = []
    for k in range(n):
        if rng.random() < 0.65:
            names.append(rng.choice(VILLAGE_PROJECTS).format(v=vills[k]))
        else:
            cand = [p for p in TOWN_PROJECTS if p not in names]
            names.append(rng.choice(cand))
    variant = cycle(ctx, ["V1", "V2", "V3"])
    with_fen = rng.random() < 0.4
    gran = 1 if with_fen else 100
    rows = []
    for k, nm in enumerate(names):
        b = amount(rng, 20000, 1500000, gran if rng.random() < 0.5 else 10000)
        r = rng.random()
        if r < 0.55:
            e = b
            note = rng.choice(["已完工", "已验收", "已完成", "已兑付"])
        elif r < 0.9:
            e = part_of(rng, b, 0.5, 0.97, gran)
            note = rng.choice(["在建", "已完工，尾款未付", "质保金未到期"])
        else:
            e = 0
            note = rng.choice(["未开工，结转下年", "前期工作中"])
        fiscal = b
        src = rng.choice(SOURCES)
        village = nm.startswith(vills[k])
        if not village and src == "一事一议财政奖补资金":
            src = rng.choice(SOURCES[:3] + SOURCES[4:])
        if variant == "V2" and village and (src == "一事一议财政奖补资金" or rng.random() < 0.2):
            fiscal = part_of(rng, b, 0.7, 0.9, gran)  # the rest 群众筹资投劳
            src = "一事一议财政奖补资金"
        doc = f"{ctx['fin']}{rng.choice(['农', '预', '社', '建'])}〔{year}〕{rng.randint(3, 120)}号"
        rows.append(dict(name=nm, b=b, e=e, fiscal=fiscal, src=src, doc=doc, note=note,
                         place=vills[k] if nm.startswith(vills[k]) else f"{town}"))
    tb = sum(x["b"] for x in rows)
    te = sum(x["e"] for x in rows)
    rstyle = rng.choice("22t")
    tr = fmt_rate(rate(te, tb), rstyle)
    Y = lambda f: fmt_yuan(f)  # noqa: E731
    t = Table()
    pct = lambda e, b: fmt_rate(rate(e, b), rstyle) + "%"  # noqa: E731
    if variant == "V1":
        t.row("序号", "项目名称", "资金来源", "下达文号", "下达金额（元）", "已支付（元）", "支付率", "备注")
        for k, x in enumerate(rows, 1):
            t.row(str(k), x["name"], x["src"], x["doc"], Y(x["b"]), Y(x["e"]), pct(x["e"], x["b"]), x["note"])
        t.row(C("合计", cs=4), Y(tb), Y(te), tr + "%", "")
    elif variant == "V2":
        t.row("序号", "项目名称", "实施地点", "资金来源", "计划投资（元）", "其中：财政资金（元）", "累计支付（元）", "支付进度", "实施状态")
        for k, x in enumerate(rows, 1):
            t.row(str(k), x["name"], x["place"], x["src"], Y(x["b"]), Y(x["fiscal"]), Y(x["e"]), pct(x["e"], x["b"]), x["note"])
        t.row("", "合计", "", "", Y(tb), Y(sum(x["fiscal"] for x in rows)), Y(te), tr + "%", "")
    else:
        t.row("序号", "项目名称", "已支付金额（元）", "下达资金（元）", "支付比例", "资金文号", "资金来源")
        for k, x in enumerate(rows, 1):
            t.row(str(k), x["name"], Y(x["e"]), Y(x["b"]), pct(x["e"], x["b"]), x["doc"], x["src"])
        t.row("合计", "", Y(te), Y(tb), tr + "%", "", "")
    # key projects' indicators
    keys = rng.sample(range(n), rng.randint(2, 3))
    keys.sort()
    t2 = Table()
    t2.row("项目名称", "指标名称", "年度目标值", "实际完成值", "分值", "得分")
    proj_inds = {}
    sign_style = rng.choice(["sym", "word", "suffix"])
    for k in keys:
        nm = rows[k]["name"]
        fam = "road" if ("道路" in nm or "产业路" in nm or "便民桥" in nm) else "water" if ("饮" in nm or "供水" in nm or "管网" in nm) else "gen"
        inds = []
        for (iname, kind, u, arg) in XZ_INDS[fam]:
            inds.append(make_indicator(rng, ("产出指标", "数量指标", iname, kind, u, arg), year))
        inds.append(make_indicator(rng, ("满意度指标", "满意度指标", "群众满意度", "sat", "%", [90, 95]), year))
        ws = distribute(rng, 90, len(inds) - 1) + [10]
        for ind, w in zip(inds, ws):
            ind.weight = w
            ind.compute_score(rng)
        proj_inds[k] = inds
        for j, ind in enumerate(inds):
            cells = [C(nm, rs=len(inds))] if j == 0 else []
            cells += [ind.name, ind.target_text(sign_style), ind.actual_text(), str(ind.weight), ind.score]
            t2.row(*cells)
    exp_projects = []
    for k, x in enumerate(rows):
        inds = proj_inds.get(k, [])
        exp_projects.append(project_exp(x["name"], x["b"], x["fiscal"] if variant == "V2" else None, x["e"],
                                        fmt_rate(rate(x["e"], x["b"]), rstyle), sat_of(inds),
                                        [i.expected() for i in inds]))
    title = rng.choice([f"{town}{year}年度财政项目资金绩效自评报告", f"{ctx['county']}{town}{year}年度项目支出绩效自评情况报告",
                        f"{unit}关于{year}年度财政衔接资金及项目资金绩效自评情况的报告"])
    top, bottom = web_header(rng, dict(ctx, unit=unit), title), web_footer(rng, ctx)
    prose_wan = rng.random() < 0.4
    T = (lambda f: fmt_wan(f, 6 if with_fen else 4, trim_zeros=True) + "万元") if prose_wan else (lambda f: Y(f) + "元")  # noqa: E731
    paras = [
        ("p", f"根据县财政局关于开展{year}年度项目支出绩效自评工作的通知要求，我{short}对{year}年度实施的财政项目开展了绩效自评，现将有关情况报告如下。"),
        ("h", "一、项目资金总体情况"),
        ("p", f"{year}年，我{short}共实施财政投入项目{n}个，上级下达及本级安排资金合计{T(tb)}，"
              f"截至{year}年12月31日已支付{T(te)}，资金支付率{tr}%。未支付资金主要为在建项目进度款和质保金。"),
        ("cap", f"附表1：{town}{year}年度项目资金使用情况明细表"),
        ("cap2", "单位：元"),
        ("t", t),
        ("h", "二、重点项目绩效目标完成情况"),
        ("p", f"我{short}选取{len(keys)}个重点项目进行了绩效目标完成情况分析，具体见附表2。"),
        ("cap", "附表2：重点项目绩效目标完成情况表"),
        ("t2", t2),
        ("h", "三、存在的问题及下一步打算"),
        ("p", "部分项目受雨季影响开工较晚，资金支付进度偏慢。下一步将督促施工单位加快进度，及时组织验收，按合同约定支付资金。"),
        ("p", f"{town}人民政府"),
        ("p", f"{year + 1}年{rng.randint(2, 5)}月{rng.randint(1, 28)}日"),
    ]
    txt_style = cycle(ctx, ["tabs", "spaced", "cells"], 1)
    html_parts = [P(title, center=True, bold=True)]
    txt_parts = [title]
    for kind, x in paras:
        if kind == "h":
            html_parts.append(H(x, 3))
            txt_parts.append(x)
        elif kind == "p":
            html_parts.append(P(x))
            txt_parts.append(x)
        elif kind in ("cap", "cap2"):
            html_parts.append(P(x, center=kind == "cap"))
            txt_parts.append(x)
        else:
            html_parts.append(table_html(x))
            if txt_style == "tabs":
                txt_parts.append(flat_tabs(x, keep_covered=(kind == "t")))
            elif txt_style == "spaced":
                txt_parts.append(flat_spaced(x, joiner="  ", lead=""))
            else:
                txt_parts.append(flat_cells(x, sep="\n", empty=""))
    ctx2 = dict(ctx, unit=unit)
    rid = make_id(ctx2, unit_py=tpy)
    funds = {"budget_total": yuan_exp(tb), "executed_total": yuan_exp(te), "execution_rate_stated": tr}
    exp = expected_doc(ctx2, rid, title, "项目支出自评", unit, funds, exp_projects)
    html = html_page(title, html_parts, top, bottom)
    txt = "\n".join(top) + "\n\n" + "\n".join(txt_parts) + "\n\n" + "\n".join(bottom) + "\n"
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 4: duanluo — each project a numbered paragraph, figures in running text, ①② indicators

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def build_duanluo(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    n = rng.randint(3, 5)
    names = rng.sample(sec["projects"], min(n, len(sec["projects"])))
    n = len(names)
    base_dec = rng.choice([2, 4, 6])
    gran = {2: 10000, 4: 100, 6: 1}[base_dec]
    tz = base_dec != 2 and rng.random() < 0.5
    Wn = lambda f: fmt_wan(f, base_dec, trim_zeros=tz)  # noqa: E731
    numbering = rng.choice(["{n}.", "（{n}）", "项目{cn}：", "{n}、"])
    cn_nums = "一二三四五六七八"
    templates = rng.sample(["W1", "W2", "W3", "W4", "W5"], n) if n <= 5 else None
    fw_project = rng.randrange(n) if rng.random() < 0.5 else -1
    projects, paras = [], []
    tot_b = tot_e = 0
    rstyle = rng.choice("2t")
    for k, nm in enumerate(names):
        tpl = templates[k]
        inds = make_indicator_set(rng, ctx["sector"], year, rng.randint(3, 4), rng.randint(1, 2), 90, project=nm)
        fiscal = None
        yi = False
        if tpl == "W3":  # in 元 with 大写
            b = amount(rng, 50000, 900000, 100 if rng.random() < 0.6 else 1)
            e = b if rng.random() < 0.3 else part_of(rng, b, 0.85, 0.995, 1)
        elif tpl == "W2" and rng.random() < 0.6:  # 亿元
            yi = True
            b = amount(rng, 100000000, 400000000, 1000000)
            e = part_of(rng, b, 0.85, 0.99, 1000000)
        else:
            b = amount(rng, 200000, 20000000, gran)
            e = b if rng.random() < 0.3 else part_of(rng, b, 0.8, 0.995, gran)
        r_s = fmt_rate(rate(e, b), rstyle)
        head = numbering.format(n=k + 1, cn=cn_nums[k]) + nm + "。"
        if tpl == "W1":
            b0 = part_of(rng, b, 0.55, 0.9, gran)
            add = b - b0
            money = (f"该项目年初预算{Wn(b0)}万元，年中追加{Wn(add)}万元，调整后预算{Wn(b)}万元；资金到位{Wn(b)}万元、到位率100%，"
                     f"截至{year}年12月31日累计支出{Wn(e)}万元，支出进度{r_s}%。")
        elif tpl == "W2":
            if yi:
                fiscal = part_of(rng, b, 0.6, 0.85, 1000000)
                own = b - fiscal
                Yi = lambda f: fmt_yi(f, trim_zeros=True)  # noqa: E731
                money = (f"上级下达及本级安排资金共{Yi(b)}亿元（其中财政资金{Yi(fiscal)}亿元、项目单位自筹{Yi(own)}亿元），"
                         f"已全部拨付到位，全年实际使用{Yi(e)}亿元，资金使用率{r_s}%。")
            else:
                fiscal = part_of(rng, b, 0.6, 0.85, gran)
                own = b - fiscal
                money = (f"上级下达及本级安排资金共{Wn(b)}万元（其中财政资金{Wn(fiscal)}万元、项目单位自筹{Wn(own)}万元），"
                         f"已全部拨付到位，全年实际使用{Wn(e)}万元，资金使用率{r_s}%。")
        elif tpl == "W3":
            left = b - e
            money = (f"该项目预算资金{fmt_yuan(b)}元（大写：人民币{daxie(b)}），实际支付{fmt_yuan(e)}元，"
                     f"{'剩余' + fmt_yuan(left) + '元结转下年使用，' if left else ''}执行率{r_s}%。")
        elif tpl == "W4":
            b0 = part_of(rng, b, 0.6, 0.95, gran)
            add = b - b0
            money = (f"共安排资金{Wn(b)}万元，其中年初预算安排{Wn(b0)}万元，年中追加{Wn(add)}万元。全年实际支出{Wn(e)}万元，"
                     f"结余{Wn(b - e)}万元，预算执行率{r_s}%。")
        else:
            a1 = part_of(rng, b, 0.5, 0.8, gran)
            a2 = b - a1
            d1 = f"{ctx['fin']}{sec['code']}〔{year}〕{rng.randint(2, 90)}号"
            money = (f"{year}年{rng.randint(1, 5)}月下达资金{Wn(a1)}万元（{d1}），{rng.randint(6, 10)}月追加下达{Wn(a2)}万元，"
                     f"合计{Wn(b)}万元；全年支出{Wn(e)}万元，占下达资金的{r_s}%。")
        # indicators
        parts = []
        for j, ind in enumerate(inds):
            mark = CIRCLED[j]
            form = rng.choice(["I1", "I2", "I3"]) if ind.kind not in ("time", "qual", "sat") else ind.kind
            if ind.kind == "sat":
                m_ = rng.randint(150, 600)
                # choose k so that k/m*100 rounds half up to the stated actual
                kk = int((D(ind.actual) * m_ / 100).to_integral_value(ROUND_HALF_UP))
                actual = trim(q2(D(kk) * 100 / D(m_)))
                ind.actual = actual
                ind.compute_score(rng)
                parts.append(f"{mark}{ind.name}：目标值{ind.target_text('word')}，发放并收回有效问卷{m_}份，"
                             f"表示满意和基本满意的{kk}份，实际满意度{actual}%，得{ind.score}分")
            elif ind.kind in ("time", "qual"):
                parts.append(f"{mark}{ind.name}：目标为“{ind.target}”，实际{ind.actual}，得{ind.score}分"
                             + (f"（满分{ind.weight}分）" if ind.score != trim(ind.weight) else ""))
            elif form == "I1":
                parts.append(f"{mark}{ind.name}：目标值{ind.target_text(rng.choice(['sym', 'word', 'suffix']))}，"
                             f"实际值{ind.actual_text()}，得{ind.score}分（满分{ind.weight}分）")
            elif form == "I2" and ind.kind in ("ge",):
                done = trim(q2(D(ind.actual) * 100 / D(ind.target)))
                parts.append(f"{mark}{ind.name}计划{ind.target}{ind.unit}，实际完成{ind.actual}{ind.unit}，完成率{done}%，"
                             f"得{ind.score}分")
            else:
                parts.append(f"{mark}{ind.name}年度目标{ind.target_text(rng.choice(['word', 'suffix', 'sym']))}，"
                             f"全年实际达到{ind.actual_text()}，" + ("达到预期，" if ind.score == trim(ind.weight) else "未达到预期，")
                             + f"得{ind.score}分")
        ind_para = "绩效目标完成情况：" + "；".join(parts) + "。"
        money_para = money
        if k == fw_project:
            money_para = re.sub(r"\d[\d,]*(?:\.\d+)?", lambda m: fullwidth(m.group(0)), money_para)
        paras.append(("proj", head, money_para, ind_para))
        projects.append(project_exp(nm, b, fiscal, e, r_s, sat_of(inds), [i.expected() for i in inds]))
        tot_b += b
        tot_e += e
    with_totals = rng.random() < 0.6
    funds = None
    title = rng.choice([f"{unit}{year}年度项目支出绩效自评报告", f"{unit}关于{year}年度项目支出绩效自评情况的报告",
                        f"{year}年度{unit}项目支出绩效自评报告"])
    top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
    body = []
    body.append(("p", f"为加强财政支出管理，提高财政资金使用效益，根据{ctx['county']}财政局关于开展{year}年度财政支出绩效自评工作的通知精神，"
                      f"我局对{year}年度项目支出开展了绩效自评。现将自评情况报告如下："))
    body.append(("h", "一、基本情况"))
    intro = f"{unit}主要职责是{sec['goals'][0]}、{sec['goals'][1]}等。"
    if with_totals:
        tr = fmt_rate(rate(tot_e, tot_b), rstyle)
        tw = tot_b % 100 == 0
        if tw and all(p["budget_total"] for p in projects):
            sb = fmt_wan(tot_b, 6, trim_zeros=True) + "万元"
            se = fmt_wan(tot_e, 6, trim_zeros=True) + "万元"
        else:
            sb, se = fmt_yuan(tot_b) + "元", fmt_yuan(tot_e) + "元"
        intro += f"本年度纳入自评的项目共{n}个，预算资金合计{sb}，实际支出{se}，总体执行率{tr}%。"
        funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": tr}
    body.append(("p", intro))
    body.append(("h", "二、项目资金使用及绩效目标完成情况"))
    for _, head, money, ind_para in paras:
        if rng.random() < 0.5:
            body.append(("p", head + money))
            body.append(("p", ind_para))
        else:
            body.append(("p", head + money + ind_para))
    body.append(("h", "三、存在的问题"))
    body.append(("p", "个别项目前期工作推进较慢，资金支付集中在下半年；部分绩效指标设置不够细化，量化程度不高。"))
    body.append(("h", "四、下一步工作措施"))
    body.append(("p", "一是加快项目实施进度，均衡支出；二是科学设置绩效目标，提高指标的可衡量性；三是强化自评结果运用。"))
    html_parts = [P(title, center=True, bold=True)]
    txt_parts = [title, ""]
    indent = rng.choice(["", "　　", "    "])
    for kind, x in body:
        if kind == "h":
            html_parts.append(P(x, bold=True))
            txt_parts.append(x)
        else:
            html_parts.append(P(x))
            txt_parts.append(indent + x)
    rid = make_id(ctx)
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, funds, projects)
    html = html_page(title, html_parts, top, bottom)
    sep = "\n\n" if rng.random() < 0.5 else "\n"
    txt = "\n".join(top) + "\n\n" + sep.join(txt_parts) + "\n\n" + "\n".join(bottom) + "\n"
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 5: zhehang — a PDF's text: lines broken at ~38 characters, running header and page number on
# each page, the 四川 部门预算项目支出绩效自评表 (split target) as `pdftotext -layout` columns across pages

def build_zhehang(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    n = 1 if rng.random() < 0.5 else 2
    names = rng.sample(sec["projects"], n)
    dec = rng.choice([2, 2, 4])
    gran = 10000 if dec == 2 else 100
    W = lambda f: fmt_wan(f, dec)  # noqa: E731
    split = cycle(ctx, [True, True, False])
    code_prefix = rng.random() < 0.5
    projects, narrative, tables = [], [], []
    tot_b = tot_e = 0
    for k, nm in enumerate(names):
        b = amount(rng, 100000, 8000000, gran)
        b0 = b if rng.random() < 0.4 else part_of(rng, b, 0.6, 0.95, gran)
        other = 0 if rng.random() < 0.6 else part_of(rng, b, 0.05, 0.2, gran)
        fiscal = b - other
        fiscal0 = min(b0, fiscal)
        other0 = b0 - fiscal0
        fe = fiscal if rng.random() < 0.4 else part_of(rng, fiscal, 0.8, 0.995, gran)
        oe = other if rng.random() < 0.5 else part_of(rng, other, 0.5, 0.99, gran)
        e = fe + oe
        r_s = f"{rate(e, b):.2f}"
        exec_score = trim(q2(D(10) * min(D(e) / D(b), D(1))))
        inds = make_indicator_set(rng, ctx["sector"], year, rng.randint(4, 6), rng.randint(2, 3), 90, project=nm)
        total_score = trim(D(exec_score) + sum(D(i.score) for i in inds))
        tot_b += b
        tot_e += e
        projects.append(project_exp(nm, b, fiscal, e, r_s, sat_of(inds), [i.expected() for i in inds]))
        # narrative
        head = f"（{'一二三'[k]}）{nm}"
        p1 = (f"{nm}年初预算{W(b0)}万元，调整后全年预算{W(b)}万元，其中财政资金{W(fiscal)}万元"
              + (f"、其他资金{W(other)}万元" if other else "") + f"。截至{year}年12月31日，项目全年执行{W(e)}万元，"
              f"预算执行率{r_s}%，预算执行情况得分{exec_score}分（满分10分）。")
        bits = []
        for ind in inds:
            if ind.kind in ("time", "qual"):
                bits.append(f"{ind.name}年度指标值为“{ind.target}”，实际完成情况为“{ind.actual}”")
            else:
                bits.append(f"{ind.name}年度指标值{ind.target_text('sym')}，实际完成{ind.actual_text()}")
        p2 = "绩效指标完成情况：" + "；".join(bits) + f"。该项目自评得分{total_score}分。"
        g2 = rng.sample(sec["goals"], 2)
        impl = f"{ctx['county']}{rng.choice(sec['impl'])}"
        p0 = (f"{nm}由{impl}具体实施，项目立项依据充分、程序规范，主要用于{g2[0]}、{g2[1]}。项目实施过程中，"
              f"严格执行政府采购和财务管理有关制度，资金支付实行国库集中支付，做到专款专用。")
        narrative.append((head, [p1, p2, p0]))
        # table
        t = Table()
        code = f"51{rng.randint(1000, 9999)}{rng.randint(10, 99)}T{rng.randint(10 ** 11, 10 ** 12 - 1)}-" if code_prefix else ""
        gt, gd = goals_pair(rng, sec, 2)
        t.row(C("项目名称", cs=2), C(code + nm, cs=9))
        t.row(C("主管部门", cs=2), C(unit, cs=4), C("实施单位（盖章）", cs=2), C(f"{ctx['county']}{rng.choice(sec['impl'])}", cs=3))
        t.row(C("项目年度目标", cs=2), C("；".join(gt), cs=4), C("年度目标完成情况", cs=2), C("；".join(gd), cs=3))
        Z = lambda f: W(f) if f else ("0.00" if dec == 2 else "0.0000")  # noqa: E731
        RR = lambda e_, b_: (f"{rate(e_, b_):.2f}%" if b_ else "0.00%")  # noqa: E731
        t.row(C("预算执行情况（10分）", rs=6), C("年度预算数（万元）", cs=2), "年初预算", "调整后预算数",
              C("预算执行数", cs=2), "预算执行率", "权重", "得分", "原因")
        t.row(C("总额", cs=2), Z(b0), Z(b), C(Z(e), cs=2), RR(e, b), "10", exec_score, "")
        t.row(C("其中：财政资金", cs=2), Z(fiscal0), Z(fiscal), C(Z(fe), cs=2), RR(fe, fiscal), "/", "/", "")
        t.row(C("财政专户管理资金", cs=2), Z(0), Z(0), C(Z(0), cs=2), "0.00%", "/", "/", "")
        t.row(C("单位资金", cs=2), Z(0), Z(0), C(Z(0), cs=2), "0.00%", "/", "/", "")
        t.row(C("其他资金", cs=2), Z(other0), Z(other), C(Z(oe), cs=2), RR(oe, other), "/", "/", "")
        if split:
            t.row(C("绩效指标（90分）", rs=1 + len(inds)), "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位",
                  "完成值", "权重", "得分", "未完成原因分析")
            add_indicator_rows(t, inds, [i.name for i in inds], lambda i: [
                i.sign(), i.target, i.unit if i.quantitative else "", i.actual, str(i.weight), i.score,
                "" if i.score == trim(i.weight) else "受客观因素影响"])
        else:
            t.row(C("绩效指标（90分）", rs=1 + len(inds)), "一级指标", "二级指标", "三级指标", C("年度指标值", cs=2),
                  C("实际完成值", cs=2), "权重", "得分", "未完成原因分析")
            # one row per indicator; the levels repeat in every row (a form filled in row by row)
            for i in inds:
                t.row(i.l1, i.l2, i.name, C(i.target_text("sym"), cs=2), C(i.actual_text(), cs=2), str(i.weight), i.score,
                      "" if i.score == trim(i.weight) else "受客观因素影响")
        t.row(C("总分", cs=9), C(total_score, cs=2))
        tables.append((nm, t))
    title = (f"{unit}{year}年度{names[0]}项目支出绩效自评报告" if n == 1 else f"{unit}{year}年度项目支出绩效自评报告")
    funds = None
    # text blocks: (kind, text)
    blocks = [("title", title)]
    blocks.append(("p", f"根据{ctx['county']}财政局《关于开展{year}年度部门预算项目支出绩效自评工作的通知》要求，我单位对"
                        f"{year}年度{'、'.join(names)}开展了绩效自评，现将有关情况报告如下。"))
    blocks.append(("h", "一、项目基本情况"))
    if n > 1:
        tr = f"{rate(tot_e, tot_b):.2f}"
        blocks.append(("p", f"本次纳入自评的{n}个项目全年预算合计{W(tot_b)}万元，全年执行合计{W(tot_e)}万元，"
                            f"总体预算执行率{tr}%。"))
        funds = {"budget_total": yuan_exp(tot_b), "executed_total": yuan_exp(tot_e), "execution_rate_stated": tr}
    for head, ps in narrative:
        blocks.append(("h", head))
        blocks.append(("p", ps[2]))
        blocks.append(("p", ps[0]))
    blocks.append(("h", "二、绩效目标完成情况"))
    for head, ps in narrative:
        blocks.append(("h", head))
        blocks.append(("p", ps[1]))
    blocks.append(("h", "三、存在问题及改进措施"))
    blocks.append(("p", "项目前期论证不够充分，部分绩效指标设置偏保守；资金支付进度前慢后快。下一步将加强项目储备和前期论证，"
                        "科学合理设置绩效目标，加快支出进度，提高资金使用效益。"))
    for k, (nm, t) in enumerate(tables, 1):
        blocks.append(("attach", f"附件{k}" if n > 1 else "附件"))
        blocks.append(("ttitle", "部门预算项目支出绩效自评表"))
        blocks.append(("ttitle", f"（{year}年度）"))
        blocks.append(("table", t))

    # HTML: the same report as a page
    html_parts = []
    for kind, x in blocks:
        if kind == "title":
            html_parts.append(P(x, center=True, bold=True))
        elif kind == "h":
            html_parts.append(P(x, bold=True))
        elif kind == "p":
            html_parts.append(P("　　" + x))
        elif kind == "attach":
            html_parts.append(P(x))
        elif kind == "ttitle":
            html_parts.append(P(x, center=True))
        else:
            html_parts.append(table_html(x))
    html = html_page(title, html_parts, [], [])

    # TXT: laid out on pages, then as pdftotext gives it
    width = 76
    lines = []  # list of groups (lists of lines kept together)
    for kind, x in blocks:
        if kind == "title":
            for ln in genlib.wrap(x, 60):
                lines.append([" " * max(0, (width - dw(ln)) // 2) + ln])
            lines.append([""])
        elif kind == "h":
            lines.append([x])
        elif kind == "p":
            for ln in genlib.wrap(x, width, indent="    "):
                lines.append([ln])
        elif kind == "attach":
            lines.append(["__PAGEBREAK__"])
            lines.append([x])
        elif kind == "ttitle":
            lines.append([" " * max(0, (width - dw(x)) // 2) + x])
        else:
            caps = [6, 10, 10, 16, 8, 12, 8, 12, 6, 6, 12]
            for grp in flat_layout(x, caps, gap=rng.choice([1, 2])):
                lines.append(grp)
    protect = sorted({x for p in projects for x in [p["name"]] + [i["name"] for i in p["indicators"]]
                      + [i[k] for i in p["indicators"] for k in ("target", "actual") if i[k]]}, key=len)
    per_page = rng.randint(30, 36)
    header = rng.choice([f"{unit}{year}年度项目支出绩效自评报告", f"{ctx['county']}{year}年度部门预算项目支出绩效自评",
                         unit])
    pn_style = rng.choice(["— {p} —", "- {p} -", "第 {p} 页", "{p}"])
    formfeed = rng.random() < 0.5
    pages, cur = [], []
    for grp in lines:
        if grp == ["__PAGEBREAK__"]:
            if cur:
                pages.append(cur)
                cur = []
            continue
        if len(cur) + len(grp) > per_page and cur:
            carry = []
            # a page does not end inside a quotation (“按期完成”) or inside a name or value the report
            # states (widow control keeps such a line with the next one)
            while cur and (cur[-1].count("“") > cur[-1].count("”") or splits(cur[-1], (carry + grp)[0], protect)):
                carry.insert(0, cur.pop())
            pages.append(cur)
            cur = carry
        cur.extend(grp)
    if cur:
        pages.append(cur)
    out = []
    for p, body in enumerate(pages, 1):
        pg = []
        if p > 1 or rng.random() < 0.3:
            pg.append(" " * max(0, (width - dw(header)) // 2) + header)
            pg.append("")
        pg.extend(body)
        pg.append("")
        num = pn_style.format(p=p)
        if pn_style.startswith("—"):  # odd pages right, even pages left (GB/T 9704)
            num = (" " * (width - dw(num) - 2) + num) if p % 2 else ("  " + num)
        else:
            num = " " * max(0, (width - dw(num)) // 2) + num
        pg.append(num)
        out.append("\n".join(pg))
    txt = ("\n\f" if formfeed else "\n\n\n").join(out) + "\n"
    if formfeed:
        txt += "\f"
    rid = make_id(ctx)
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, funds, projects)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 6: pingfen — 项目基本信息表 (key | value pairs) + 项目支出绩效自评评分表 with weights at three levels

COMMON_TREE = [
    ("决策", "项目立项", "立项依据充分性", "qual", "充分", "充分"),
    ("决策", "项目立项", "立项程序规范性", "qual", "规范", "规范"),
    ("决策", "绩效目标", "绩效目标合理性", "qual", "合理", "合理"),
    ("决策", "绩效目标", "绩效指标明确性", "qual", "明确", "较明确"),
    ("决策", "资金投入", "预算编制科学性", "qual", "科学", "科学"),
    ("决策", "资金投入", "资金分配合理性", "qual", "合理", "合理"),
    ("过程", "资金管理", "资金到位率", "pct", "100", "100"),
    ("过程", "资金管理", "预算执行率", "pct", "100", None),
    ("过程", "资金管理", "资金使用合规性", "qual", "合规", "合规"),
    ("过程", "组织实施", "管理制度健全性", "qual", "健全", "健全"),
    ("过程", "组织实施", "制度执行有效性", "qual", "有效", "有效"),
]
COMMON_W = [3, 2, 3, 2, 3, 2, 4, 4, 4, 4, 4]
STANDARDS = {
    "立项依据充分性": "项目立项符合国家法律法规、国民经济发展规划和相关政策，得满分；否则酌情扣分",
    "立项程序规范性": "按照规定的程序申请设立，审批文件、材料符合要求，得满分",
    "绩效目标合理性": "绩效目标与实际工作内容具有相关性，预期产出效益符合正常业绩水平",
    "绩效指标明确性": "将项目绩效目标细化分解为具体的绩效指标，清晰、可衡量，不明确的酌情扣分",
    "预算编制科学性": "预算编制经过科学论证，内容与项目内容匹配，额度测算依据充分",
    "资金分配合理性": "资金分配依据充分，分配额度合理，与地方实际相适应",
    "资金到位率": "实际到位资金/预算资金×100%，到位率100%得满分，每降低1%扣0.1分",
    "预算执行率": "实际支出资金/实际到位资金×100%，按执行率乘以分值计分",
    "资金使用合规性": "资金使用符合财务管理制度规定，无截留、挤占、挪用，否则不得分",
    "管理制度健全性": "已制定相应的业务管理制度和财务管理制度且合法合规，得满分",
    "制度执行有效性": "遵守相关法律法规和管理规定，项目调整及支出调整手续完备，得满分",
}


def build_pingfen(rng, ctx):
    sec, year, unit = ctx["sec"], ctx["year"], ctx["unit"]
    n = 1 if rng.random() < 0.6 else 2
    names = rng.sample(sec["projects"], n)
    dec = rng.choice([2, 4, 6])
    gran = {2: 10000, 4: 100, 6: 1}[dec]
    W = lambda f: fmt_wan(f, dec)  # noqa: E731
    variant = cycle(ctx, ["P1", "P2"])
    flat = cycle(ctx, ["spaced", "tabs", "tabs"], 1)
    title = (f"{unit}{year}年度{names[0]}绩效自评报告" if n == 1 else f"{unit}{year}年度项目支出绩效自评报告")
    top, bottom = web_header(rng, ctx, title), web_footer(rng, ctx)
    html_parts = [P(title, center=True, bold=True)]
    txt_parts = [title]
    projects = []

    def para(x):
        html_parts.append(P(x))
        txt_parts.append(x)

    def heading(x):
        html_parts.append(P(x, bold=True))
        txt_parts.append(x)

    def table(t, style):
        html_parts.append(table_html(t))
        txt_parts.append(flat_tabs(t, keep_covered=False) if style == "tabs" else flat_spaced(t, joiner=" ", lead=""))

    para(f"根据《{ctx['county']}财政局关于开展{year}年度财政支出绩效自评工作的通知》要求，我单位对照《项目绩效自评指标评分表》"
         f"对{'、'.join(names)}开展了绩效自评，现将自评情况报告如下：")
    for k, nm in enumerate(names):
        b = amount(rng, 100000, 6000000, gran)
        own = 0 if rng.random() < 0.5 else part_of(rng, b, 0.05, 0.25, gran)
        fiscal = b - own
        e = b if rng.random() < 0.3 else part_of(rng, b, 0.82, 0.995, gran)
        r_s = fmt_rate(rate(e, b), rng.choice("2t"))
        # score tree
        out_inds = make_indicator_set(rng, ctx["sector"], year, rng.randint(4, 5), rng.randint(1, 2), 65, sat=True,
                                      project=nm)
        common = []
        for (l1, l2, name, kind, tgt, act), w in zip(COMMON_TREE, COMMON_W):
            if name == "预算执行率":
                act = r_s
            o = Ind(l1, l2, name, kind, "%" if kind == "pct" else "", tgt, act, met=(tgt == act))
            o.weight = w
            o.compute_score(rng)
            common.append(o)
        for o in out_inds:
            o.l1 = {"产出指标": "产出", "效益指标": "效益", "满意度指标": "效益"}[o.l1]
            o.l2 = {"数量指标": "产出数量", "质量指标": "产出质量", "时效指标": "产出时效", "成本指标": "产出成本",
                    "服务对象满意度指标": "满意度"}.get(o.l2, o.l2.replace("指标", ""))
        inds = common + out_inds
        total = sum(D(i.score) for i in inds)
        total_s = trim(total)
        grade = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
        cn = "一二三"[k]
        if n > 1:
            heading(f"{cn}、{nm}")
            heading("（一）项目基本情况")
        else:
            heading("一、项目基本情况")
        # key | value info table
        person = rng.choice(["张", "李", "王", "赵", "周", "吴"]) + rng.choice(["明", "华", "军", "静", "勇", "芳"])
        t = Table()
        t.row("项目名称", C(nm, cs=3))
        t.row("项目单位", unit, "主管部门", unit if rng.random() < 0.5 else f"{ctx['county']}人民政府")
        t.row("项目负责人", person, "联系电话", f"0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}")
        t.row("项目起止时间", f"{year}.1-{year}.12", "项目类别", rng.choice(["专项项目", "经常性项目", "一次性项目"]))
        t.row("计划投资额（万元）", W(b), "其中：财政资金（万元）", W(fiscal))
        t.row("实际到位资金（万元）", W(b), "单位自筹（万元）", W(own) if own else "")
        t.row("实际支出（万元）", W(e), "预算执行率", r_s + "%")
        table(t, flat)
        sat = sat_of(out_inds)
        para(f"{nm}计划投资{W(b)}万元，其中财政资金{W(fiscal)}万元，当年资金全部到位，实际支出{W(e)}万元，预算执行率{r_s}%。"
             "资金严格按照专项资金管理办法使用，实行专款专用。")
        heading("二、自评结论" if n == 1 else "（二）自评结论")
        para(f"经对照评分表逐项打分，{nm}自评得分{total_s}分，自评等级为“{grade}”。"
             + (f"经问卷调查，{out_inds[-1].name}为{sat}%。" if variant == "P1" else ""))
        # score table
        cap = (f"附件{k + 1}" if n > 1 else "附件") + f"：{nm}绩效自评指标评分表"
        para(cap)
        s = Table()
        l1_w = {}
        l2_w = {}
        for o in inds:
            l1_w[o.l1] = l1_w.get(o.l1, 0) + o.weight
            l2_w[(o.l1, o.l2)] = l2_w.get((o.l1, o.l2), 0) + o.weight
        if variant == "P1":
            s.row("一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "评分标准", "得分")
        else:
            s.row("一级指标", "二级指标", "三级指标", "分值", "绩效目标值", "实际完成值", "得分", "扣分原因")
        i = 0
        while i < len(inds):
            j = i
            while j < len(inds) and inds[j].l1 == inds[i].l1:
                j += 1
            kk = i
            first = True
            while kk < j:
                m = kk
                while m < j and inds[m].l2 == inds[kk].l2:
                    m += 1
                for x in range(kk, m):
                    o = inds[x]
                    cells = []
                    if variant == "P1":
                        if first:
                            cells += [C(o.l1, rs=j - i), C(str(l1_w[o.l1]), rs=j - i)]
                            first = False
                        if x == kk:
                            cells += [C(o.l2, rs=m - kk), C(str(l2_w[(o.l1, o.l2)]), rs=m - kk)]
                        std = STANDARDS.get(o.name) or (
                            "按实际完成数量占计划数量的比例计分" if o.kind == "ge" else
                            "达到目标值得满分，未达到按比例扣分" if o.kind in ("pct", "sat") else
                            "控制在目标值以内得满分，超出按比例扣分" if o.kind in ("le", "lepct") else
                            "未发生得满分，发生不得分" if o.kind == "zero" else "按完成程度分档计分")
                        cells += [o.name, str(o.weight), std, o.score]
                    else:
                        if first:
                            cells.append(C(f"{o.l1}（{l1_w[o.l1]}分）", rs=j - i))
                            first = False
                        if x == kk:
                            cells.append(C(o.l2, rs=m - kk))
                        tgt = o.target_text("sym") if o.kind not in ("qual", "time") else o.target
                        if o.name in ("资金到位率", "预算执行率"):
                            tgt = o.target + "%"
                        cells += [o.name, str(o.weight), tgt, o.actual_text(), o.score,
                                  "" if o.score == trim(o.weight) else rng.choice(["未全部完成", "执行进度偏慢", "存在一定差距"])]
                    s.row(*cells)
                kk = m
            i = j
        if variant == "P1":
            s.row(C("合计", cs=4), "", "100", "", total_s)
        else:
            s.row(C("合计", cs=3), "100", "", "", total_s, "")
        table(s, flat)
        exp_inds = [o.expected(with_target=(variant == "P2"), with_actual=(variant == "P2")) for o in inds]
        projects.append(project_exp(nm, b, fiscal, e, r_s, sat, exp_inds))
    heading("三、存在的问题和改进措施")
    para("项目绩效目标细化量化程度不够，个别指标与项目内容关联度不高。下一步将完善绩效指标体系，加强项目实施过程监控。")
    rid = make_id(ctx)
    exp = expected_doc(ctx, rid, title, "项目支出自评", unit, None, projects)
    html = html_page(title, html_parts, top, bottom)
    txt = "\n".join(top) + "\n\n" + "\n\n".join(txt_parts) + "\n\n" + "\n".join(bottom) + "\n"
    return rid, txt, html, exp


BUILDERS = {"quyu": build_quyu, "juesuan": build_juesuan, "xiangzhen": build_xiangzhen,
            "duanluo": build_duanluo, "zhehang": build_zhehang, "pingfen": build_pingfen}


# --------------------------------------------------------------------------------------------
# Consistency checks of an expected document (beyond "is it in the text")

def self_check(exp):
    problems = []
    for p in exp["projects"]:
        b, e, r = p["budget_total"], p["executed"], p["execution_rate_stated"]
        if b and e and r:
            if q2(D(e) * 100 / D(b)) != D(r):
                problems.append(f"{p['name']}: rate {r} != {e}/{b}")
        if b and p["budget_fiscal"] and D(p["budget_fiscal"]) > D(b):
            problems.append(f"{p['name']}: fiscal above total")
    f = exp["funds"]
    if f["budget_total"] and f["executed_total"] and f["execution_rate_stated"]:
        if q2(D(f["executed_total"]) * 100 / D(f["budget_total"])) != D(f["execution_rate_stated"]):
            problems.append("funds rate")
    return problems


def count_figures(exp):
    n = 0
    f = exp["funds"]
    n += sum(1 for k in ("budget_total", "executed_total", "execution_rate_stated") if f[k] is not None)
    for p in exp["projects"]:
        n += 1  # name
        n += sum(1 for k in ("budget_total", "budget_fiscal", "executed", "execution_rate_stated", "satisfaction")
                 if p[k] is not None)
        for i in p["indicators"]:
            n += sum(1 for k in ("target", "actual", "score") if i[k] is not None)
    for i in exp["department_indicators"]:
        n += sum(1 for k in ("target", "actual", "score") if i[k] is not None)
    return n


def main(argv):
    args = genlib.parse_args(argv, __doc__, 20261128, short_count=False)
    out = pathlib.Path(args.out)
    figures = 0

    def each(layout, exp):
        nonlocal figures
        figures += count_figures(exp)

    bad = write_and_check("generator-d", out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS, self_check, each)
    print(f"generator-d: {args.count} reports ({args.count * 2} files + expected) in {out}, "
          f"{figures} expected figures, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
