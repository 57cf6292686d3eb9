#!/usr/bin/env python3
"""Generator J: a tenth independent generated corpus of 预算绩效自评报告, in six layouts none of B–I has.

Usage: generate.py OUT [-n N] [--seed S]

Writes, for each report, OUT/<id>.txt (the report as a user has it), OUT/html/<id>.html (the same report as a
page with real tables, for tests/corpus/tables/convert.sh) and OUT/<id>.expected.json (what the report states,
tests/corpus/FORMAT-expected.md), then checks every expected figure and indicator name against the TXT and the
HTML's text and every stated rate against its figures (README.md in this folder says what it makes and why).
Python 3 standard library only; no clock, no hash-order dependence: the same seed gives the same bytes.
"""
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (C, D, ORDER2, SCORED_KINDS, Indicator, P, TOKEN, H, Table, amount, count_figures,  # noqa: E402
                    cycle, distribute, dw, esc, expected_doc, flat_lines, flat_tabs, fmt_rate, fmt_wan, fmt_yi,
                    fmt_yuan, grade_of, html_page, make_id, new_tally, nice_int, paginate, parse_args, part_of,
                    project_exp, q2, rate, self_check, spent, summary_line, table_html, trim, wrap,
                    write_and_check, yuan_exp)

GEN = "generator-j"
SEED = 20261201
LAYOUTS = ["kuangxian", "mdhtml", "mingxi", "kuanian", "mubiao", "anlie"]
GRAN = {2: 10000, 4: 100, 0: 1}  # 分 per last written digit: 万元 with 2 or 4 decimals, 元 with 分

# --------------------------------------------------------------------------------------------
# Places: 30 counties in 28 provinces none of the other generators' READMEs names

PLACES = [
    ("河北", "he", "赤城县", "赤城", "chicheng", "张家口市"),
    ("山西", "sx", "右玉县", "右玉", "youyu", "朔州市"),
    ("内蒙古", "nm", "多伦县", "多伦", "duolun", "锡林郭勒盟"),
    ("辽宁", "ln", "桓仁满族自治县", "桓仁", "huanren", "本溪市"),
    ("吉林", "jl", "安图县", "安图", "antu", "延边朝鲜族自治州"),
    ("黑龙江", "hl", "孙吴县", "孙吴", "sunwu", "黑河市"),
    ("江苏", "js", "盱眙县", "盱眙", "xuyi", "淮安市"),
    ("浙江", "zj", "泰顺县", "泰顺", "taishun", "温州市"),
    ("安徽", "ah", "太湖县", "太湖", "taihu", "安庆市"),
    ("福建", "fj", "永泰县", "永泰", "yongtai", "福州市"),
    ("江西", "jx", "婺源县", "婺源", "wuyuan", "上饶市"),
    ("山东", "sd", "蒙阴县", "蒙阴", "mengyin", "临沂市"),
    ("河南", "ha", "栾川县", "栾川", "luanchuan", "洛阳市"),
    ("湖北", "hb", "罗田县", "罗田", "luotian", "黄冈市"),
    ("湖南", "hn", "通道侗族自治县", "通道", "tongdao", "怀化市"),
    ("广东", "gd", "南澳县", "南澳", "nanao", "汕头市"),
    ("广西", "gx", "龙胜各族自治县", "龙胜", "longsheng", "桂林市"),
    ("海南", "hi", "陵水黎族自治县", "陵水", "lingshui", ""),
    ("重庆", "cq", "石柱土家族自治县", "石柱", "shizhu", ""),
    ("四川", "sc", "九寨沟县", "九寨沟", "jiuzhaigou", "阿坝藏族羌族自治州"),
    ("贵州", "gz", "荔波县", "荔波", "libo", "黔南布依族苗族自治州"),
    ("云南", "yn", "宁蒗彝族自治县", "宁蒗", "ninglang", "丽江市"),
    ("西藏", "xz", "亚东县", "亚东", "yadong", "日喀则市"),
    ("陕西", "sn", "留坝县", "留坝", "liuba", "汉中市"),
    ("甘肃", "gs", "肃南裕固族自治县", "肃南", "sunan", "张掖市"),
    ("青海", "qh", "祁连县", "祁连", "qilian", "海北藏族自治州"),
    ("宁夏", "nx", "隆德县", "隆德", "longde", "固原市"),
    ("新疆", "xj", "布尔津县", "布尔津", "buerjin", "阿勒泰地区"),
    ("四川", "sc", "稻城县", "稻城", "daocheng", "甘孜藏族自治州"),
    ("云南", "yn", "贡山独龙族怒族自治县", "贡山", "gongshan", "怒江傈僳族自治州"),
]

# --------------------------------------------------------------------------------------------
# Sectors: seven none of the other generators' READMEs names, each with five projects, two multi-year
# construction projects and indicators tied to the project they measure.
# Indicator specs: (kind, 二级指标, name, unit, a, b[, options]); kinds as genlib.Indicator plus the ranges.


def N(l2, name, unit, lo, hi, **o):
    return ("ge", l2, name, unit, lo, hi, o)


def PC(l2, name, lo, hi=None, **o):
    return ("pct", l2, name, "%", lo, hi if hi is not None else lo, o)


def LE(l2, name, unit, lo, hi, **o):
    return ("le", l2, name, unit, lo, hi, o)


def LP(l2, name, t, alo, ahi):
    """≤ t% with the actual drawn between alo and ahi tenths of a percent."""
    return ("lepct", l2, name, "%", t, t, {"ar": (alo, ahi)})


def Z(l2, name, unit):
    return ("zero", l2, name, unit, 0, 0, {})


def T(name="项目完成时间", targets=None, reached=None):
    return ("time", "时效指标", name, None, None, None, {"targets": targets, "reached": reached})


def Q(l2, name, target, reached):
    return ("qual", l2, name, None, target, reached, {})


SAT = "sat"

SECTORS = [
    {
        "code": "zgh", "unit": "{c}总工会", "kind": "县委领导下的职工群众组织", "short": "县总工会",
        "duties": ["维护职工合法权益，参与协调劳动关系", "组织开展困难职工帮扶和“金秋助学”活动",
                   "组织劳动和技能竞赛，开展职工技能培训", "指导基层工会组织建设，开展职工文化体育活动"],
        "projects": [
            {"name": "困难职工帮扶救助资金", "lo": 30, "hi": 150,
             "use": "主要用于对全县在档困难职工开展生活救助、医疗救助和子女助学救助",
             "out": [N("数量指标", "帮扶困难职工户数", "户", 150, 600), PC("质量指标", "救助对象认定准确率", 100),
                     PC("时效指标", "救助资金发放及时率", 95, 100), LE("成本指标", "户均救助标准", "元", 1500, 3000)],
             "eff": [Q("社会效益指标", "困难职工基本生活", "得到保障", "有效保障")],
             "sat": ("受助职工满意度", (90, 95))},
            {"name": "职工技能提升及劳动竞赛经费", "lo": 15, "hi": 60,
             "use": "主要用于举办职工职业技能培训班和县级劳动技能竞赛",
             "out": [N("数量指标", "开展职工技能培训", "人次", 300, 1500), N("数量指标", "举办劳动和技能竞赛", "场", 3, 12),
                     PC("质量指标", "培训考核合格率", 85, 95), T("竞赛完成时间")],
             "eff": [Q("社会效益指标", "职工技能水平", "有所提升", "明显提升")],
             "sat": ("参训职工满意度", (85, 90))},
            {"name": "“金秋助学”专项资金", "lo": 10, "hi": 50,
             "use": "主要用于资助当年考入大学的困难职工子女",
             "out": [N("数量指标", "资助困难职工子女", "人", 40, 200), PC("质量指标", "资助对象认定准确率", 100),
                     T("助学金发放时间", ["9月底前发放完毕"], ["已按期发放", "9月下旬发放完毕"]),
                     LE("成本指标", "人均资助标准", "元", 2000, 5000)],
             "eff": [Q("社会效益指标", "困难家庭子女就学负担", "有所减轻", "明显减轻")],
             "sat": ("受助学生及家长满意度", (90, 95))},
            {"name": "职工文体活动经费", "lo": 8, "hi": 40,
             "use": "主要用于举办全县职工运动会、职工文艺汇演等群众性文体活动",
             "out": [N("数量指标", "举办职工文体活动", "场", 6, 24), N("数量指标", "参与活动职工", "人次", 1500, 9000),
                     Z("质量指标", "活动安全事故发生数", "起"), T()],
             "eff": [Q("社会效益指标", "职工精神文化生活", "进一步丰富", "明显丰富")],
             "sat": ("参与职工满意度", (85, 90, 95))},
            {"name": "户外劳动者服务站点运行经费", "lo": 5, "hi": 30,
             "use": "主要用于全县工会户外劳动者服务站点的日常运行、设施维护和物资配备",
             "out": [N("数量指标", "运行户外劳动者服务站点", "个", 12, 45, stock=True), N("数量指标", "服务户外劳动者", "人次", 5000, 30000),
                     PC("质量指标", "站点正常开放率", 95, 98), LE("成本指标", "单个站点年运行补助", "元", 3000, 8000)],
             "eff": [Q("可持续影响指标", "站点长效运行机制", "逐步建立", "已建立")],
             "sat": ("户外劳动者满意度", (85, 90))},
        ],
        "builds": [
            {"name": "{c}职工服务中心建设项目", "lo": 900, "hi": 3200,
             "content": "新建职工服务中心综合楼一栋，地上五层，设置职工维权服务大厅、技能培训教室、职工书屋和文体活动室，配套建设室外附属工程",
             "qty": ("完成综合楼建设面积", "平方米", 3000, 8000), "cost": ("单位面积建安造价", "元/平方米", 2800, 4200),
             "time": "主体工程完工时间", "eff": ("职工服务阵地保障能力", "有所提升", "明显提升"),
             "sat": ("职工群众满意度", (85, 90))},
            {"name": "职工疗休养基地改造提升项目", "lo": 400, "hi": 1500,
             "content": "对职工疗休养基地住宿楼、餐厅和活动用房进行改造，更新消防、给排水和供暖设施",
             "qty": ("完成用房改造面积", "平方米", 2000, 6000), "cost": ("单位面积改造成本", "元/平方米", 1200, 2200),
             "time": "改造工程完工时间", "eff": ("职工疗休养接待能力", "有所提升", "明显提升"),
             "sat": ("疗休养职工满意度", (85, 90))},
        ],
    },
    {
        "code": "wl", "unit": "{c}文学艺术界联合会", "kind": "县委领导的人民团体", "short": "县文联",
        "duties": ["团结引导全县文艺工作者，繁荣文艺创作", "组织开展文艺惠民和文艺志愿服务活动",
                   "发现和培养文艺人才，指导各文艺家协会工作", "主办文艺刊物，开展文艺交流"],
        "projects": [
            {"name": "文艺精品创作扶持资金", "lo": 10, "hi": 60,
             "use": "主要用于扶持本土作家、艺术家开展文学、美术、书法、摄影和舞台艺术创作",
             "out": [N("数量指标", "扶持文艺精品创作项目", "项", 6, 20), N("数量指标", "省级以上刊物发表或展览作品", "件", 10, 40),
                     PC("质量指标", "扶持项目按期结项率", 90, 95), T()],
             "eff": [Q("社会效益指标", "本土文艺作品影响力", "有所提升", "明显提升")],
             "sat": ("文艺工作者满意度", (85, 90))},
            {"name": "文艺惠民演出活动经费", "lo": 15, "hi": 80,
             "use": "主要用于组织文艺团队深入乡镇、村（社区）开展文艺惠民演出",
             "out": [N("数量指标", "开展文艺惠民演出", "场", 20, 80), N("数量指标", "观看演出群众", "人次", 8000, 40000),
                     Z("质量指标", "演出安全事故发生数", "起"), LE("成本指标", "每场演出补助标准", "元", 3000, 8000)],
             "eff": [Q("社会效益指标", "基层群众精神文化生活", "进一步丰富", "明显丰富")],
             "sat": ("观演群众满意度", (90, 95))},
            {"name": "《{cs}文艺》编印经费", "lo": 6, "hi": 25,
             "use": "主要用于县文联主办文艺季刊的组稿、编辑、印刷和寄送",
             "out": [N("数量指标", "编印期刊", "期", 4, 6, stock=True), N("数量指标", "每期印数", "册", 1000, 3000, stock=True),
                     LP("质量指标", "编校差错率", 1, 2, 8), LE("成本指标", "每册印制成本", "元", 12, 30)],
             "eff": [Q("可持续影响指标", "本土文学创作阵地", "进一步巩固", "有效巩固")],
             "sat": ("读者满意度", (85, 90))},
            {"name": "文艺骨干培训经费", "lo": 5, "hi": 30,
             "use": "主要用于举办基层文艺骨干和文艺志愿者培训班",
             "out": [N("数量指标", "举办文艺骨干培训班", "期", 2, 6), N("数量指标", "培训文艺骨干", "人次", 150, 600),
                     PC("质量指标", "学员出勤率", 90, 95), T()],
             "eff": [Q("社会效益指标", "基层文艺队伍业务水平", "有所提高", "明显提高")],
             "sat": ("参训学员满意度", (90, 95))},
            {"name": "文艺志愿服务活动经费", "lo": 5, "hi": 25,
             "use": "主要用于组织文艺志愿者开展送文化下乡、文艺辅导等志愿服务",
             "out": [N("数量指标", "开展文艺志愿服务活动", "次", 12, 50), N("数量指标", "覆盖行政村（社区）", "个", 20, 80),
                     PC("质量指标", "活动计划完成率", 95, 100), T()],
             "eff": [Q("社会效益指标", "基层公共文化服务水平", "有所提升", "明显提升")],
             "sat": ("服务对象满意度", (85, 90))},
        ],
        "builds": [
            {"name": "{c}文艺之家改造提升项目", "lo": 300, "hi": 1200,
             "content": "对县文艺之家场馆进行改造，新建排练厅、书画展厅和文艺沙龙，更新舞台灯光音响设备",
             "qty": ("完成场馆改造面积", "平方米", 1500, 4000), "cost": ("单位面积改造成本", "元/平方米", 1500, 2600),
             "time": "改造工程完工时间", "eff": ("文艺活动阵地条件", "有所改善", "明显改善"),
             "sat": ("文艺工作者满意度", (85, 90))},
            {"name": "文艺创作基地建设项目", "lo": 500, "hi": 2000,
             "content": "新建文艺创作基地创作楼及写生接待用房，配套建设道路、绿化和停车场",
             "qty": ("完成创作基地建设面积", "平方米", 2000, 6000), "cost": ("单位面积建安造价", "元/平方米", 2600, 3800),
             "time": "主体工程完工时间", "eff": ("文艺创作采风条件", "有所改善", "明显改善"),
             "sat": ("入驻艺术家满意度", (85, 90))},
        ],
    },
    {
        "code": "fy", "unit": "{c}人民法院", "kind": "县级审判机关", "short": "县法院",
        "duties": ["依法审理刑事、民事、行政等各类案件", "依法执行发生法律效力的判决、裁定",
                   "开展诉讼服务和多元化纠纷解决工作", "指导人民法庭和人民调解工作"],
        "projects": [
            {"name": "司法救助资金", "lo": 10, "hi": 60,
             "use": "主要用于对因案致困、追偿无果的刑事被害人及民事案件当事人实施司法救助",
             "out": [N("数量指标", "救助困难当事人", "人", 15, 60), PC("质量指标", "救助决定审批合规率", 100),
                     PC("时效指标", "救助金发放及时率", 95, 100), LE("成本指标", "人均救助金额", "元", 6000, 20000)],
             "eff": [Q("社会效益指标", "困难当事人生活困难", "有所缓解", "有效缓解")],
             "sat": ("救助对象满意度", (90, 95))},
            {"name": "审判执行办案业务经费", "lo": 50, "hi": 300,
             "use": "主要用于保障各类案件审理和执行工作，支付送达、鉴定、评估等办案费用",
             "out": [N("数量指标", "审结各类案件", "件", 1500, 8000), PC("质量指标", "法定审限内结案率", 95, 98),
                     PC("质量指标", "一审服判息诉率", 85, 92), LE("成本指标", "单件案件平均办案成本", "元", 300, 800)],
             "eff": [Q("社会效益指标", "司法公信力", "进一步提升", "明显提升")],
             "sat": ("当事人满意度", (85, 90))},
            {"name": "智慧法院信息化运维经费", "lo": 30, "hi": 150,
             "use": "主要用于全院审判业务系统、科技法庭、网络及安全设备的运行维护",
             "out": [N("数量指标", "运维信息化设备", "台（套）", 200, 800, stock=True), PC("质量指标", "系统正常运行率", 98, 99),
                     LE("时效指标", "故障响应时间", "小时", 2, 4), Z("质量指标", "网络安全事故发生数", "起")],
             "eff": [Q("可持续影响指标", "审判执行信息化水平", "持续提升", "明显提升")],
             "sat": ("干警满意度", (90, 95))},
            {"name": "诉讼服务中心运行经费", "lo": 15, "hi": 60,
             "use": "主要用于诉讼服务中心窗口运行、网上立案和12368诉讼服务热线运行",
             "out": [N("数量指标", "接待诉讼群众", "人次", 3000, 15000), N("数量指标", "网上立案", "件", 800, 4000),
                     PC("质量指标", "12368热线诉求办结率", 95, 100), T()],
             "eff": [Q("社会效益指标", "诉讼服务便民程度", "有所提高", "明显提高")],
             "sat": ("诉讼群众满意度", (90, 95))},
            {"name": "人民陪审员经费", "lo": 5, "hi": 30,
             "use": "主要用于人民陪审员参审补助、交通补助和履职培训",
             "out": [N("数量指标", "人民陪审员参审案件", "件", 300, 1500), PC("时效指标", "陪审补助发放及时率", 100),
                     LE("成本指标", "陪审员每日补助标准", "元", 100, 200), N("数量指标", "开展陪审员履职培训", "期", 2, 4)],
             "eff": [Q("社会效益指标", "司法民主和司法公开", "进一步推进", "有效推进")],
             "sat": ("人民陪审员满意度", (90, 95))},
        ],
        "builds": [
            {"name": "审判法庭维修改造项目", "lo": 300, "hi": 1200,
             "content": "对审判法庭及人民法庭办公用房进行维修改造，新建科技法庭和智能安检通道",
             "qty": ("完成法庭改造面积", "平方米", 1500, 5000), "cost": ("单位面积改造成本", "元/平方米", 1400, 2400),
             "time": "改造工程完工时间", "eff": ("审判工作保障条件", "有所改善", "明显改善"),
             "sat": ("干警及诉讼群众满意度", (85, 90))},
            {"name": "执行指挥中心建设项目", "lo": 400, "hi": 1500,
             "content": "新建执行指挥中心业务用房，配套建设执行指挥系统、远程视频和单兵执法设备",
             "qty": ("完成业务用房建设面积", "平方米", 1200, 3500), "cost": ("单位面积建安造价", "元/平方米", 2800, 4000),
             "time": "主体工程完工时间", "eff": ("执行工作信息化水平", "有所提升", "明显提升"),
             "sat": ("干警满意度", (85, 90))},
        ],
    },
    {
        "code": "jcy", "unit": "{c}人民检察院", "kind": "县级法律监督机关", "short": "县检察院",
        "duties": ["依法履行审查逮捕、审查起诉职能", "对诉讼活动实行法律监督",
                   "依法办理公益诉讼案件", "开展未成年人检察和检察听证工作"],
        "projects": [
            {"name": "检察业务办案经费", "lo": 40, "hi": 200,
             "use": "主要用于保障审查逮捕、审查起诉、诉讼监督等检察办案工作",
             "out": [N("数量指标", "办理审查逮捕和审查起诉案件", "件", 200, 900), PC("质量指标", "认罪认罚从宽制度适用率", 85, 90),
                     PC("质量指标", "案件质量评查合格率", 95, 100), T()],
             "eff": [Q("社会效益指标", "法律监督质效", "持续提升", "明显提升")],
             "sat": ("案件当事人满意度", (85, 90))},
            {"name": "公益诉讼检察专项经费", "lo": 10, "hi": 50,
             "use": "主要用于公益诉讼线索调查、检测鉴定和诉前磋商",
             "out": [N("数量指标", "办理公益诉讼案件", "件", 15, 60), N("数量指标", "发出诉前检察建议", "份", 10, 40),
                     PC("质量指标", "检察建议回复整改率", 90, 95), LE("成本指标", "单件案件办案经费", "元", 3000, 8000)],
             "eff": [Q("生态效益指标", "生态环境和资源保护", "有所改善", "明显改善")],
             "sat": ("群众满意度", (85, 90))},
            {"name": "未成年人检察工作经费", "lo": 5, "hi": 25,
             "use": "主要用于开展法治进校园、未成年人司法保护和帮教工作",
             "out": [N("数量指标", "开展法治进校园活动", "场", 20, 60), N("数量指标", "覆盖中小学生", "人次", 5000, 30000),
                     PC("质量指标", "法治副校长履职率", 100), T()],
             "eff": [Q("社会效益指标", "未成年人法治意识", "有所增强", "明显增强")],
             "sat": ("师生满意度", (90, 95))},
            {"name": "检察环节国家司法救助资金", "lo": 5, "hi": 30,
             "use": "主要用于对因案致困的被害人及其近亲属实施国家司法救助",
             "out": [N("数量指标", "救助被害人及其近亲属", "人", 8, 40), PC("质量指标", "救助对象审核准确率", 100),
                     PC("时效指标", "救助金发放及时率", 95, 100), LE("成本指标", "人均救助金额", "元", 5000, 15000)],
             "eff": [Q("社会效益指标", "被救助人生活困难", "有所缓解", "有效缓解")],
             "sat": ("救助对象满意度", (90, 95))},
            {"name": "12309检察服务中心运行经费", "lo": 8, "hi": 40,
             "use": "主要用于12309检察服务中心接待、热线和网上信访平台运行",
             "out": [N("数量指标", "接待来访群众", "人次", 500, 3000), PC("时效指标", "群众信访7日内程序性回复率", 100),
                     PC("质量指标", "信访案件办结率", 95, 98), T()],
             "eff": [Q("社会效益指标", "群众诉求解决效率", "有所提高", "明显提高")],
             "sat": ("来访群众满意度", (85, 90))},
        ],
        "builds": [
            {"name": "检察技术用房改造项目", "lo": 300, "hi": 1000,
             "content": "对检察技术用房进行改造，建设司法鉴定实验室、同步录音录像室和电子数据取证室",
             "qty": ("完成技术用房改造面积", "平方米", 1000, 3000), "cost": ("单位面积改造成本", "元/平方米", 1500, 2500),
             "time": "改造工程完工时间", "eff": ("检察技术保障能力", "有所提升", "明显提升"),
             "sat": ("干警满意度", (85, 90))},
            {"name": "智慧检务业务用房建设项目", "lo": 500, "hi": 1800,
             "content": "新建智慧检务业务用房，配套建设远程提讯、案件管理和检察听证系统",
             "qty": ("完成业务用房建设面积", "平方米", 1500, 4000), "cost": ("单位面积建安造价", "元/平方米", 2800, 4000),
             "time": "主体工程完工时间", "eff": ("检察办案信息化水平", "有所提升", "明显提升"),
             "sat": ("干警满意度", (85, 90))},
        ],
    },
    {
        "code": "xf", "unit": "{c}消防救援大队", "kind": "承担全县综合性消防救援任务的队伍", "short": "县消防救援大队",
        "duties": ["承担火灾扑救和抢险救援任务", "依法开展消防监督检查和火灾事故调查",
                   "组织开展消防宣传教育培训", "指导乡镇专职消防队和微型消防站建设"],
        "projects": [
            {"name": "消防救援装备购置经费", "lo": 40, "hi": 250,
             "use": "主要用于购置空气呼吸器、抢险救援器材和个人防护装备",
             "out": [N("数量指标", "购置消防救援装备", "台（套）", 40, 200), PC("质量指标", "装备验收合格率", 100),
                     T("采购完成时间"), LE("成本指标", "单套空气呼吸器采购均价", "元", 8000, 12000)],
             "eff": [Q("可持续影响指标", "灭火救援装备保障能力", "持续增强", "明显增强")],
             "sat": ("指战员满意度", (90, 95))},
            {"name": "政府专职消防员经费", "lo": 80, "hi": 400,
             "use": "主要用于保障政府专职消防员工资、社会保险和执勤补助",
             "out": [N("数量指标", "保障政府专职消防员", "人", 20, 60, stock=True), PC("时效指标", "工资待遇按时发放率", 100),
                     LE("成本指标", "人均年度保障经费", "万元", 6, 9), Z("质量指标", "拖欠工资事件发生数", "起")],
             "eff": [Q("社会效益指标", "专职消防队伍稳定性", "保持稳定", "稳定")],
             "sat": ("专职消防员满意度", (85, 90))},
            {"name": "消防宣传培训经费", "lo": 8, "hi": 40,
             "use": "主要用于开展消防宣传“五进”活动和社会单位消防安全培训",
             "out": [N("数量指标", "开展消防宣传活动", "场", 30, 120), N("数量指标", "开展消防安全培训", "人次", 2000, 10000),
                     N("数量指标", "发放宣传资料", "份", 10000, 50000), PC("质量指标", "培训考核合格率", 90, 95)],
             "eff": [Q("社会效益指标", "群众消防安全意识", "有所增强", "明显增强")],
             "sat": ("培训对象满意度", (85, 90))},
            {"name": "乡镇微型消防站建设补助资金", "lo": 20, "hi": 120,
             "use": "主要用于补助乡镇（社区）微型消防站配备器材和值守",
             "out": [N("数量指标", "建成微型消防站", "个", 5, 25), PC("质量指标", "站点建设达标率", 95, 100),
                     LE("成本指标", "每站补助标准", "万元", 3, 8), T()],
             "eff": [Q("社会效益指标", "初起火灾处置能力", "有所提升", "明显提升")],
             "sat": ("辖区群众满意度", (85, 90))},
            {"name": "营房及训练设施维护经费", "lo": 10, "hi": 60,
             "use": "主要用于营房、训练塔和训练场地的维修维护",
             "out": [N("数量指标", "维修营房及训练设施面积", "平方米", 600, 3000), PC("质量指标", "维修工程验收合格率", 100),
                     T(), LP("成本指标", "预算成本控制率", 100, 920, 1000)],
             "eff": [Q("可持续影响指标", "执勤训练保障条件", "有所改善", "明显改善")],
             "sat": ("指战员满意度", (90, 95))},
        ],
        "builds": [
            {"name": "特勤消防站建设项目", "lo": 1200, "hi": 4500,
             "content": "新建特勤消防站执勤楼、车库、训练塔及训练场，配套建设室外给排水、供电和道路工程",
             "qty": ("完成消防站建设面积", "平方米", 3000, 7000), "cost": ("单位面积建安造价", "元/平方米", 3000, 4200),
             "time": "主体工程完工时间", "eff": ("城区灭火救援响应能力", "有所提升", "明显提升"),
             "sat": ("辖区群众满意度", (85, 90))},
            {"name": "消防训练基地建设项目", "lo": 600, "hi": 2500,
             "content": "新建综合训练楼、模拟训练设施和体能训练场，配套建设道路和围墙",
             "qty": ("完成训练设施建设面积", "平方米", 2500, 6000), "cost": ("单位面积建安造价", "元/平方米", 2600, 3800),
             "time": "主体工程完工时间", "eff": ("队伍实战化训练条件", "有所改善", "明显改善"),
             "sat": ("指战员满意度", (85, 90))},
        ],
    },
    {
        "code": "fgj", "unit": "{c}发展和改革局", "kind": "县人民政府工作部门", "short": "县发改局",
        "duties": ["拟订并组织实施全县国民经济和社会发展规划", "统筹重大项目谋划储备和前期工作",
                   "承担价格监测、成本调查和节能监察工作", "负责以工代赈等项目的组织实施和监督管理"],
        "projects": [
            {"name": "重点项目前期工作经费", "lo": 30, "hi": 200,
             "use": "主要用于重点项目可行性研究报告、初步设计等前期成果编制和评审",
             "out": [N("数量指标", "完成可行性研究报告编制", "个", 6, 25), N("数量指标", "新增入库储备项目", "个", 20, 80),
                     PC("质量指标", "前期成果评审通过率", 90, 95), T()],
             "eff": [Q("经济效益指标", "项目谋划储备质量", "有所提高", "明显提高")],
             "sat": ("项目单位满意度", (85, 90))},
            {"name": "价格监测及成本调查经费", "lo": 5, "hi": 25,
             "use": "主要用于重要商品和服务价格监测、定价成本监审和农产品成本调查",
             "out": [N("数量指标", "采集报送价格监测数据", "条", 3000, 9000), N("数量指标", "完成定价成本监审和成本调查", "项", 4, 12),
                     PC("时效指标", "数据报送及时率", 98, 100), PC("质量指标", "监测数据准确率", 98, 100)],
             "eff": [Q("社会效益指标", "价格监测预警能力", "有所提升", "明显提升")],
             "sat": ("相关部门满意度", (85, 90))},
            {"name": "发展规划编制及评估经费", "lo": 15, "hi": 80,
             "use": "主要用于国民经济和社会发展规划实施评估及专项规划编制",
             "out": [N("数量指标", "完成规划编制及评估报告", "项", 2, 6), PC("质量指标", "规划成果评审通过率", 100),
                     T("成果提交时间"), LE("成本指标", "单项规划编制平均费用", "万元", 8, 25)],
             "eff": [Q("可持续影响指标", "规划引领作用", "进一步增强", "明显增强")],
             "sat": ("相关部门满意度", (85, 90))},
            {"name": "以工代赈项目管理经费", "lo": 5, "hi": 30,
             "use": "主要用于以工代赈项目的前期设计、监督检查和劳务报酬发放核查",
             "out": [N("数量指标", "监督检查以工代赈项目", "个", 6, 20), N("数量指标", "带动当地群众务工", "人", 150, 600),
                     PC("质量指标", "劳务报酬占中央资金比例", 15, 30), T()],
             "eff": [Q("社会效益指标", "群众就近务工增收", "有所促进", "有效促进")],
             "sat": ("务工群众满意度", (90, 95))},
            {"name": "节能监察工作经费", "lo": 5, "hi": 25,
             "use": "主要用于重点用能单位节能监察、固定资产投资项目节能审查和能耗统计分析",
             "out": [N("数量指标", "开展重点用能单位节能监察", "家", 10, 40), PC("质量指标", "固定资产投资项目节能审查完成率", 100),
                     N("数量指标", "编发能耗形势分析", "期", 4, 12), T()],
             "eff": [Q("生态效益指标", "节能降耗工作", "有序推进", "有效推进")],
             "sat": ("用能企业满意度", (85, 90))},
        ],
        "builds": [
            {"name": "以工代赈示范工程", "lo": 300, "hi": 1200,
             "content": "新建产业路、灌溉渠道和小型农田水利设施，组织当地群众参与工程建设并发放劳务报酬",
             "qty": ("新建产业路长度", "公里", 8, 30), "cost": ("每公里产业路建设成本", "万元", 25, 60),
             "time": "工程完工时间", "eff": ("群众务工增收和生产条件", "有所改善", "明显改善"),
             "sat": ("受益群众满意度", (85, 90))},
            {"name": "{c}城物流园区公共服务中心建设项目", "lo": 1000, "hi": 4000,
             "content": "新建物流园区公共服务中心、信息平台和冷链仓储用房，配套建设园区道路和停车场",
             "qty": ("完成公共服务中心建设面积", "平方米", 4000, 12000), "cost": ("单位面积建安造价", "元/平方米", 2400, 3600),
             "time": "主体工程完工时间", "eff": ("物流集散服务能力", "有所提升", "明显提升"),
             "sat": ("入驻企业满意度", (85, 90))},
        ],
    },
    {
        "code": "gxj", "unit": "{c}工业和信息化局", "kind": "县人民政府工作部门", "short": "县工信局",
        "duties": ["拟订并组织实施全县工业和信息化发展规划", "负责工业经济运行监测和调度",
                   "推进中小企业发展和企业技术改造", "协调推进信息通信基础设施建设"],
        "projects": [
            {"name": "中小企业发展专项资金", "lo": 50, "hi": 300,
             "use": "主要用于支持中小企业技术改造、专精特新培育和公共服务平台建设",
             "out": [N("数量指标", "扶持中小企业", "家", 15, 60), N("数量指标", "培育省级专精特新中小企业", "家", 2, 8),
                     PC("时效指标", "奖补资金兑付及时率", 95, 100), PC("质量指标", "资金审核准确率", 100)],
             "eff": [N("经济效益指标", "带动企业新增投资", "万元", 3000, 20000),
                     Q("可持续影响指标", "中小企业发展环境", "持续优化", "明显优化")],
             "sat": ("受扶持企业满意度", (85, 90))},
            {"name": "工业园区基础设施运维经费", "lo": 40, "hi": 200,
             "use": "主要用于工业园区道路、路灯、排水管网和绿化的日常维护",
             "out": [N("数量指标", "维护园区道路", "公里", 8, 30, stock=True), N("数量指标", "维护园区路灯", "盏", 300, 1500, stock=True),
                     PC("质量指标", "路灯完好率", 95, 98), LE("成本指标", "每公里道路年养护成本", "万元", 1, 3)],
             "eff": [Q("社会效益指标", "园区营商环境", "有所改善", "明显改善")],
             "sat": ("入园企业满意度", (85, 90))},
            {"name": "信息通信基础设施建设协调经费", "lo": 10, "hi": 40,
             "use": "主要用于协调推进移动通信基站、光纤宽带等信息通信基础设施建设",
             "out": [N("数量指标", "协调新建移动通信基站", "个", 40, 200), PC("质量指标", "行政村光纤宽带通达率", 98, 100),
                     T(), N("数量指标", "协调解决基站选址难题", "个", 10, 40)],
             "eff": [Q("社会效益指标", "城乡数字化水平", "有所提升", "明显提升")],
             "sat": ("群众满意度", (85, 90))},
            {"name": "企业技术改造奖补资金", "lo": 50, "hi": 300,
             "use": "主要用于对完成技术改造并通过验收的工业企业给予奖补",
             "out": [N("数量指标", "奖补技术改造项目", "个", 8, 30), PC("质量指标", "奖补项目审核准确率", 100),
                     PC("时效指标", "奖补资金拨付及时率", 95, 100)],
             "eff": [N("经济效益指标", "带动技术改造投资", "万元", 5000, 40000),
                     Q("可持续影响指标", "企业转型升级", "持续推进", "有效推进")],
             "sat": ("受补企业满意度", (85, 90))},
            {"name": "工业经济运行监测经费", "lo": 5, "hi": 25,
             "use": "主要用于重点工业企业运行监测、数据采集和经济运行分析",
             "out": [N("数量指标", "监测重点工业企业", "家", 30, 120, stock=True), N("数量指标", "编发经济运行分析报告", "期", 12, 24),
                     PC("时效指标", "月度数据报送及时率", 100), T()],
             "eff": [Q("社会效益指标", "工业经济运行调度水平", "有所提升", "明显提升")],
             "sat": ("相关单位满意度", (85, 90))},
        ],
        "builds": [
            {"name": "标准化厂房建设项目", "lo": 1500, "hi": 6000,
             "content": "在县工业园区新建标准化厂房及配套综合用房，配套建设园区道路、给排水和供配电工程",
             "qty": ("完成标准化厂房建设面积", "平方米", 10000, 40000), "cost": ("单位面积建安造价", "元/平方米", 1500, 2400),
             "time": "主体工程完工时间", "eff": ("园区承载能力", "有所提升", "明显提升"),
             "sat": ("入驻企业满意度", (85, 90))},
            {"name": "工业园区污水管网建设项目", "lo": 600, "hi": 2500,
             "content": "新建工业园区污水主管网、提升泵站及附属设施，实现园区企业污水应收尽收",
             "qty": ("新建污水管网长度", "公里", 6, 20), "cost": ("每公里管网建设成本", "万元", 60, 120),
             "time": "工程完工时间", "eff": ("园区污水收集处理能力", "有所提升", "明显提升"),
             "sat": ("入园企业满意度", (85, 90))},
        ],
    },
]

PROBLEMS = ["部分项目绩效目标设置不够细化，个别指标难以量化考核",
            "预算执行进度前慢后快，上半年支出进度偏低",
            "绩效自评工作主要依靠财务人员，业务股室参与不够深入",
            "个别项目资金结转下年使用，预算执行率有待提高",
            "满意度调查样本覆盖面偏窄，调查方式较为单一"]
MEASURES = ["进一步加强绩效目标管理，提高指标设置的科学性和可衡量性",
            "加快预算执行进度，建立支出进度按月通报制度",
            "强化绩效自评结果运用，将自评结果作为以后年度预算安排的重要依据",
            "加强财务与业务股室的协同配合，提升全员绩效管理意识",
            "扩大满意度调查覆盖面，采用问卷、电话回访等多种方式开展调查"]
REASONS = {
    "ge": ["受实际申报对象减少影响，实际完成数略低于年度目标，下一步将加强摸底和宣传",
           "部分工作推进滞后，实际完成数未达年度目标，下一步将加强统筹调度"],
    "pct": ["个别环节把关不严，下一步将加强过程管理和督促检查",
            "部分资料报送不及时，下一步将建立台账、按月调度"],
    "sat": ["部分服务对象对政策了解不够，下一步将加大宣传解读力度",
            "服务方式有待改进，下一步将针对调查反映的问题逐项整改"],
    "le": ["受原材料和人工价格上涨影响，成本略有超出，下一步将加强成本控制"],
    "time": ["部分工作进度滞后，下一步将加快推进并做好跟踪问效"],
    "qual": ["项目效益需要较长时间显现，下一步将持续跟踪评估"],
}
COMPANIES = ["华跃", "鼎晟", "恒通", "锦程", "宏基", "盛泰", "远洲", "瑞丰"]

# --------------------------------------------------------------------------------------------
# Indicators


class Ind(Indicator):
    """A 三级指标 with how this generator writes its target and actual."""

    reason = ""
    mid = None  # 中期指标值 (mubiao)

    def tgt(self, words=False, pct="%"):
        u = pct if self.unit == "%" else (self.unit or "")
        k = self.kind
        if k in ("ge", "pct", "sat"):
            return ("不少于" if k == "ge" else "不低于") + self.target + u if words else "≥" + self.target + u
        if k in ("le", "lepct"):
            return ("不超过" if k == "le" else "不高于") + self.target + u if words else "≤" + self.target + u
        if k == "zero":
            return ("0" if words else "=0") + u
        return self.target

    def act_s(self, pct="%"):
        if self.numeric:
            return self.actual + (pct if self.unit == "%" else (self.unit or ""))
        return self.actual

    def exp(self):
        return {"name": self.name, "target": self.target, "actual": self.actual, "score": self.score}


def d1(x):
    """A tenths count as a trimmed decimal string (973 -> 97.3, 1000 -> 100)."""
    return trim(D(x) / 10)


def gen_ind(rng, spec, year):
    kind, l2, name, unit, a, b, opt = spec
    if kind == SAT:
        l1 = "满意度指标"
    else:
        l1 = "效益指标" if l2 in ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标") else "产出指标"
    met = True
    if kind == "ge":
        t = nice_int(rng, a, b)
        if opt.get("exact"):
            act = t
        elif rng.random() < 0.8:
            act = rng.randint(t, max(t, t * 112 // 100))
        else:
            act = max(1, t * rng.randint(82, 98) // 100)
        tv, av = str(t), str(act)
    elif kind == "pct":
        t = rng.randint(a, b)
        if opt.get("sure") or rng.random() < 0.85:
            av = d1(rng.randint(t * 10, 1000))
        else:
            av = d1(max(0, t * 10 - rng.randint(5, 50)))
        tv = str(t)
    elif kind == SAT:
        t = rng.choice(a)
        if rng.random() < 0.9:
            av = d1(rng.randint(t * 10, 990))
        else:
            av = d1(t * 10 - rng.randint(5, 40))
        tv = str(t)
    elif kind == "le":
        t = nice_int(rng, a, b)
        f = rng.randint(850, 1000) if rng.random() < 0.88 else rng.randint(1020, 1150)
        av = trim(q2(D(t) * f / 1000)) if t < 50 else str(t * f // 1000)
        if t < 50:
            av = trim(D(av).quantize(D("0.1")))
        tv = str(t)
    elif kind == "lepct":
        tv = str(a)
        av = d1(rng.randint(*opt["ar"]))
    elif kind == "zero":
        tv, av = "0", "0"
    elif kind == "time":
        targets = opt.get("targets") or ["12月底前完成", f"{year}年12月31日前完成", "年内完成"]
        reached = opt.get("reached") or ["已按期完成", "按期完成"]
        tv = rng.choice(targets)
        met = rng.random() < 0.88
        av = rng.choice(reached) if met else "基本按期完成"
    else:  # qual
        tv = a
        met = rng.random() < 0.88
        av = b if met else "基本达到"
    ind = Ind(l1, "服务对象满意度指标" if kind == SAT else l2, name, kind, unit, tv, av, met)
    ind.stock = bool(opt.get("stock"))
    return ind


def make_inds(rng, out_specs, eff_specs, sat, year):
    outs = [gen_ind(rng, s, year) for s in out_specs]
    names = [i.name for i in outs]
    if len(outs) < 4 and "资金使用合规率" not in names:
        outs.append(gen_ind(rng, PC("质量指标", "资金使用合规率", 100), year))
    if len(outs) < 4 and not any(i.kind == "time" for i in outs):
        outs.append(gen_ind(rng, T(), year))
    outs.sort(key=lambda i: ORDER2.get(i.l2, 9))
    effs = [gen_ind(rng, s, year) for s in eff_specs]
    effs.sort(key=lambda i: ORDER2.get(i.l2, 9))
    s = gen_ind(rng, (SAT, "服务对象满意度指标", sat[0], "%", sat[1], None, {}), year)
    for grp, total in ((outs, 50), (effs, 30), ([s], 10)):
        ws = distribute(rng, total, len(grp), minimum=4) if len(grp) > 1 else [total]
        for i, w in zip(grp, ws):
            i.weight = str(w)
    inds = outs + effs + [s]
    for i in inds:
        i.compute_score(rng)
        if D(i.score) < D(i.weight):
            key = {"lepct": "le", "zero": "pct"}.get(i.kind, i.kind)
            i.reason = rng.choice(REASONS[key])
    return inds


# --------------------------------------------------------------------------------------------
# Projects


class Proj:
    pass


def make_proj(rng, ctx, spec, gran, fiscal_p=0.5):
    p = Proj()
    p.name = spec["name"].format(cs=ctx["cshort"])
    p.use = spec["use"]
    p.budget = amount(rng, spec["lo"] * 10000, spec["hi"] * 10000, gran)
    p.fiscal = p.budget if rng.random() < fiscal_p else part_of(rng, p.budget, 0.6, 0.95, gran)
    p.other = p.budget - p.fiscal
    p.executed = spent(rng, p.budget, gran)
    p.fexec = min(p.fiscal, p.executed)
    p.oexec = p.executed - p.fexec
    if rng.random() < 0.6:
        p.init = p.budget
    else:
        delta = part_of(rng, p.budget, 0.03, 0.2, gran)
        p.init = p.budget - delta if rng.random() < 0.5 else p.budget + delta
    finish(rng, ctx, p, make_inds(rng, spec["out"], spec["eff"], spec["sat"], ctx["year"]))
    return p


def finish(rng, ctx, p, inds):
    assert sum(int(i.weight) for i in inds) == 90 and all(D(i.score) <= D(i.weight) for i in inds)
    p.inds = inds
    p.rate = rate(p.executed, p.budget)
    p.rate_s = fmt_rate(p.rate, ctx["rs"])
    p.exec_score = q2(min(p.rate, D(100)) / 10)
    p.total = q2(p.exec_score + sum(D(i.score) for i in inds))
    p.total_s = f"{p.total:.2f}"
    p.grade = grade_of(p.total)
    p.sat_ind = [i for i in inds if i.kind == SAT][0]
    p.sat = p.sat_ind.actual


def make_projects(rng, ctx, n, gran, fiscal_p=0.5):
    specs = rng.sample(ctx["sector"]["projects"], n)
    return [make_proj(rng, ctx, s, gran, fiscal_p) for s in specs]


def dept_money(rng, projs, gran):
    d = {"basic": amount(rng, 1800000, 9000000, gran)}
    d["extra"] = 0 if rng.random() < 0.5 else amount(rng, 100000, 1500000, gran)
    d["ptotal"] = sum(p.budget for p in projs) + d["extra"]
    d["B"] = d["basic"] + d["ptotal"]
    bexec = spent(rng, d["basic"], gran, full=0.15, lo=0.95, hi=0.999)
    xexec = spent(rng, d["extra"], gran) if d["extra"] else 0
    d["E"] = bexec + sum(p.executed for p in projs) + xexec
    d["R"] = rate(d["E"], d["B"])
    return d


def funds_of(d, ctx):
    return {"budget_total": yuan_exp(d["B"]), "executed_total": yuan_exp(d["E"]),
            "execution_rate_stated": fmt_rate(d["R"], ctx["rs"])}


def proj_exp(p, fiscal=True, sat=True):
    return project_exp(p.name, p.budget, p.fiscal if fiscal else None, p.executed, p.rate_s,
                       p.sat if sat else None, [i.exp() for i in p.inds])


def duties_sentence(ctx):
    s = ctx["sector"]
    return f"{ctx['unit']}是{s['kind']}，主要职责是：" + "；".join(s["duties"]) + "。"


def survey_sentence(rng, p, pct):
    m = rng.randint(8, 40) * 10
    k = m - rng.randint(0, 12)
    return (f"项目单位通过发放问卷开展满意度调查，共发放问卷{m}份，收回有效问卷{k}份，"
            f"{p.sat_ind.name}为{p.sat}{pct}。")


def problems_blocks(rng):
    probs = rng.sample(PROBLEMS, 2)
    meas = rng.sample(MEASURES, 2)
    return [("p", f"一是{probs[0]}；二是{probs[1]}。"), ("p", f"下一步，我单位将{meas[0]}；{meas[1]}。")]


# --------------------------------------------------------------------------------------------
# Chinese uppercase amounts (合同价款)

DIG = "零壹贰叁肆伍陆柒捌玖"


def int_daxie(n):
    if n == 0:
        return "零"
    units, bigs = ["", "拾", "佰", "仟"], ["", "万", "亿"]
    groups = []
    while n:
        groups.append(n % 10000)
        n //= 10000
    out, skipped = "", False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            skipped = bool(out)
            continue
        if out and (g < 1000 or skipped):
            out += "零"
        skipped = False
        gs, zero = "", False
        for k in range(3, -1, -1):
            dgt = g // 10 ** k % 10
            if dgt == 0:
                zero = bool(gs)
            else:
                if zero:
                    gs += "零"
                    zero = False
                gs += DIG[dgt] + units[k]
        out += gs + bigs[gi]
    return out


def daxie(fen):
    yuan, jf = divmod(fen, 100)
    jiao, f = divmod(jf, 10)
    s = int_daxie(yuan) + "元"
    if jiao == 0 and f == 0:
        return "人民币" + s + "整"
    if jiao:
        s += DIG[jiao] + "角"
    else:
        s += "零"
    if f:
        s += DIG[f] + "分"
    return "人民币" + s


# --------------------------------------------------------------------------------------------
# Tables as text: boxes (w3m, pandoc grid), pandoc multiline, pdftotext -layout, column by column, pipes


def wide(ch):
    return dw(ch) == 2


class Canvas:
    def __init__(self):
        self.rows = {}

    def put(self, y, x, s):
        row = self.rows.setdefault(y, [])
        for ch in s:
            w = 2 if wide(ch) else 1
            while len(row) < x + w:
                row.append(" ")
            row[x] = ch
            if w == 2:
                row[x + 1] = ""
            x += w

    def lines(self, h):
        return ["".join(self.rows.get(y, [])).rstrip() for y in range(h)]


def cell_wrap(text, width):
    out = []
    for part in text.split("\n"):
        cur, curw = "", 0
        for tok in TOKEN.findall(part):
            w = dw(tok)
            if w > width:
                for ch in tok:
                    if curw + dw(ch) > width and cur:
                        out.append(cur)
                        cur, curw = "", 0
                    cur += ch
                    curw += dw(ch)
                continue
            if curw + w > width and cur:
                out.append(cur)
                cur, curw = "", 0
            cur += tok
            curw += w
        out.append(cur)
    return out


def col_widths(t, keep, caps, head_rows=1, default_cap=10):
    """Column widths: a kept column as wide as its widest body cell (names, values stay on one line), any
    other at most its cap (header words and long text wrap), never narrower than a figure in it."""
    placed, occ, n = t.grid()
    w = [2] * n
    for r, items in enumerate(placed):
        for c, cl in items:
            if cl.cs != 1:
                continue
            for part in cl.text.split("\n"):
                toks = [dw(x) for x in TOKEN.findall(part)] or [0]
                if r >= head_rows and c in keep:
                    need = dw(part)
                else:
                    need = max(min(dw(part), caps.get(c, default_cap)), max(toks))
                w[c] = max(w[c], need)
    for r, items in enumerate(placed):
        for c, cl in items:
            if cl.cs > 1 and r >= head_rows:
                need = dw(cl.text) - (sum(w[c:c + cl.cs]) + cl.cs - 1)
                if need > 0:
                    w[c + cl.cs - 1] += need
    return w


BOX_U = {(0, 0, 1, 1): "─", (1, 1, 0, 0): "│", (0, 1, 0, 1): "┌", (0, 1, 1, 0): "┐", (1, 0, 0, 1): "└",
         (1, 0, 1, 0): "┘", (1, 1, 0, 1): "├", (1, 1, 1, 0): "┤", (0, 1, 1, 1): "┬", (1, 0, 1, 1): "┴",
         (1, 1, 1, 1): "┼", (0, 0, 1, 0): "─", (0, 0, 0, 1): "─", (1, 0, 0, 0): "│", (0, 1, 0, 0): "│"}


def box_table(t, widths, style="unicode", pad=0, head_rows=0, indent=""):
    """A table drawn with lines, cells wrapped inside their columns, a merged cell one box: `w3m -dump`
    (unicode, no padding) or a pandoc grid table (ascii `+---+`, `|`, `+===+` under the header, padding 1)."""
    placed, occ, n = t.grid()
    nr = len(t.rows)
    X = [0]
    for c in range(n):
        X.append(X[-1] + widths[c] + 2 * pad + 1)
    cells = []
    for r, items in enumerate(placed):
        for c, cl in items:
            cells.append((r, c, cl, cell_wrap(cl.text, X[c + cl.cs] - X[c] - 1 - 2 * pad)))
    hh = [1] * nr
    for r, c, cl, ls in cells:
        if cl.rs == 1:
            hh[r] = max(hh[r], len(ls))
    for r, c, cl, ls in cells:
        if cl.rs > 1:
            have = sum(hh[r:r + cl.rs]) + cl.rs - 1
            if len(ls) > have:
                hh[r + cl.rs - 1] += len(ls) - have
    Y = [0]
    for r in range(nr):
        Y.append(Y[-1] + hh[r] + 1)
    hed, ved = set(), set()
    for r, c, cl, ls in cells:
        x0, x1, y0, y1 = X[c], X[c + cl.cs], Y[r], Y[r + cl.rs]
        for x in range(x0, x1):
            hed.add((y0, x))
            hed.add((y1, x))
        for y in range(y0, y1):
            ved.add((y, x0))
            ved.add((y, x1))
    cv = Canvas()
    for y in range(Y[-1] + 1):
        for x in range(X[-1] + 1):
            up, down, left, right = (y - 1, x) in ved, (y, x) in ved, (y, x - 1) in hed, (y, x) in hed
            if not (up or down or left or right):
                continue
            if style == "unicode":
                ch = BOX_U[(int(up), int(down), int(left), int(right))]
            elif (up or down) and (left or right):
                ch = "+"
            elif up or down:
                ch = "|"
            else:
                ch = "=" if head_rows and y == Y[head_rows] else "-"
            cv.put(y, x, ch)
    for r, c, cl, ls in cells:
        for k, line in enumerate(ls):
            cv.put(Y[r] + 1 + k, X[c] + 1 + pad, line)
    return [indent + ln if ln else ln for ln in cv.lines(Y[-1] + 1)]


def multiline_table(t, widths, indent="  "):
    """pandoc's multiline table (plain/markdown writers): dashed rules, a row's cells wrapped inside their
    columns, a blank line between rows; no spans: a merged cell's text in its first cell, the rest empty."""
    placed, occ, n = t.grid()
    total = sum(widths) + n - 1
    out = [indent + "-" * total]
    for r, items in enumerate(placed):
        origin = dict(items)
        cols = [cell_wrap(origin[c].text, widths[c]) if c in origin else [""] for c in range(n)]
        for k in range(max(len(x) for x in cols)):
            parts = []
            for c in range(n):
                s = cols[c][k] if k < len(cols[c]) else ""
                parts.append(s + " " * (widths[c] - dw(s)))
            out.append((indent + " ".join(parts)).rstrip())
        if r == 0:
            out.append(indent + " ".join("-" * w for w in widths))
        elif r < len(placed) - 1:
            out.append("")
    out.append(indent + "-" * total)
    return out


NUMERIC = re.compile(r"^[-+(（]?[\d,，.．]+[)）]?(%|％)?$")


def layout_table(t, gap=2, mid=True, indent=0, rnum=True):
    """A table as `pdftotext -layout` gives it: columns padded with spaces, figures right-aligned, a merged
    cell's text on the middle row of its block (mid) or its first."""
    placed, occ, n = t.grid()
    w = [0] * n
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                w[c] = max(w[c], dw(cl.text.replace("\n", "")))
    for items in placed:
        for c, cl in items:
            if cl.cs > 1:
                need = dw(cl.text.replace("\n", "")) - (sum(w[c:c + cl.cs]) + gap * (cl.cs - 1))
                if need > 0:
                    w[c + cl.cs - 1] += need
    X = [indent]
    for c in range(n):
        X.append(X[-1] + w[c] + gap)
    cv = Canvas()
    for r, items in enumerate(placed):
        for c, cl in items:
            s = cl.text.replace("\n", "")
            if not s:
                continue
            y = r + ((cl.rs - 1) // 2 if mid else 0)
            span = X[c + cl.cs] - X[c] - gap
            x = X[c] + span - dw(s) if rnum and NUMERIC.match(s) else X[c]
            cv.put(y, x, s)
    return cv.lines(len(placed))


def colwise(t, head_rows=1, mode="each"):
    """A table as a report engine's PDF gives it to `pdftotext`: column by column, a cell a line.
    each: every column's header cell before its values; first: the header row's cells first, then the
    values column by column. Empty cells give nothing (a merged column is shorter than the others)."""
    placed, occ, n = t.grid()
    cols = {c: [] for c in range(n)}
    for r, items in enumerate(placed):
        for c, cl in items:
            if cl.text.strip():
                cols[c].append((r, cl.text))
    out = []
    if mode == "first":
        for c in range(n):
            out.extend(x for r, x in cols[c] if r < head_rows)
        for c in range(n):
            out.extend(x for r, x in cols[c] if r >= head_rows)
    else:
        for c in range(n):
            out.extend(x for r, x in cols[c])
    lines = []
    for x in out:
        lines.extend(x.split("\n"))
    return lines


def origins(t):
    placed, occ, n = t.grid()
    cell = {}
    for r, items in enumerate(placed):
        for c, cl in items:
            cell[(r, c)] = cl
    return placed, occ, n, cell


def pipe_table(t, mode="repeat"):
    """A GFM pipe table of a grid with merged cells: a covered cell repeats the merged text (repeat) or is
    empty (empty); line breaks inside a cell as <br>; the first row is the header."""
    placed, occ, n, cell = origins(t)
    out = []
    for r in range(len(t.rows)):
        cells = []
        for c in range(n):
            o = occ[(r, c)]
            txt = cell[o].text if (o == (r, c) or mode == "repeat") else ""
            cells.append(txt.replace("\n", "<br>").replace("|", "\\|"))
        out.append("| " + " | ".join(cells) + " |")
        if r == 0:
            out.append("|" + "|".join([" --- "] * n) + "|")
    return out


def pipe_rows(t, mode="repeat"):
    """The rows a pipe table renders to (for the page a Markdown viewer shows)."""
    placed, occ, n, cell = origins(t)
    rows = []
    for r in range(len(t.rows)):
        rows.append([cell[occ[(r, c)]].text if (occ[(r, c)] == (r, c) or mode == "repeat") else ""
                     for c in range(n)])
    return rows


def pandoc_html(t, head_rows=0):
    """A raw HTML table as `pandoc -t gfm` writes one it cannot make a pipe table (merged cells)."""
    placed, occ, n = t.grid()
    w = [1] * n
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                w[c] = max(w[c], dw(cl.text))
    tot = sum(w)
    out = ["<table>", "<colgroup>"]
    for c in range(n):
        out.append(f'<col style="width: {max(3, w[c] * 100 // tot)}%" />')
    out.append("</colgroup>")
    k = 0
    for r, items in enumerate(placed):
        if r == 0 and head_rows:
            out.append("<thead>")
        if r == head_rows:
            out.append("<tbody>")
        tag = "th" if r < head_rows else "td"
        cls = "header" if r < head_rows else ("odd" if k % 2 == 0 else "even")
        if r >= head_rows:
            k += 1
        out.append(f'<tr class="{cls}">')
        for c, cl in items:
            attrs = (f' rowspan="{cl.rs}"' if cl.rs > 1 else "") + (f' colspan="{cl.cs}"' if cl.cs > 1 else "")
            out.append(f"<{tag}{attrs}>{esc(cl.text).replace(chr(10), '<br />')}</{tag}>")
        out.append("</tr>")
        if head_rows and r == head_rows - 1:
            out.append("</thead>")
    out.append("</tbody>")
    out.append("</table>")
    return out


def cms_text(s):
    s = esc(s).replace("≥", "&ge;").replace("≤", "&le;").replace("—", "&mdash;").replace("\n", "<br/>")
    return s or "&nbsp;"


def cms_html(t):
    """A table as a government CMS's rich-text editor stores it (pasted from Word): a row a line, inline
    styles, every cell a <p><span>, entities for ≥ ≤ — and empty cells."""
    placed, occ, n = t.grid()
    out = ['<table border="1" cellspacing="0" cellpadding="0" width="100%" '
           'style="border-collapse:collapse;border:none;"><tbody>']
    for r, items in enumerate(placed):
        tds = []
        for c, cl in items:
            attrs = (f' rowspan="{cl.rs}"' if cl.rs > 1 else "") + (f' colspan="{cl.cs}"' if cl.cs > 1 else "")
            align = "center" if (NUMERIC.match(cl.text) or dw(cl.text) <= 12) else "left"
            tds.append(f'<td{attrs} valign="center" style="border:solid windowtext 1.0pt;padding:0 5.4pt;">'
                       f'<p style="text-align:{align};line-height:20px;"><span style="font-family:仿宋_GB2312;'
                       f'font-size:14px;">{cms_text(cl.text)}</span></p></td>')
        out.append(f'<tr style="height:28px;">{"".join(tds)}</tr>')
    out.append("</tbody></table>")
    return out


# --------------------------------------------------------------------------------------------
# Common tables


def run_len(seq, k, key):
    n = 1
    while k + n < len(seq) and key(seq[k + n]) == key(seq[k]):
        n += 1
    return n


def levels_table(header, inds, tail, merge=True, lead=None, levels=True):
    """An indicator table: [lead] 一级 | 二级 | 三级 | tail(ind)…; levels merged down their rows (merge)."""
    t = Table().row(*header)
    for k, i in enumerate(inds):
        cells = list(lead(k, i)) if lead else []
        if levels:
            if merge:
                if k == 0 or inds[k - 1].l1 != i.l1:
                    cells.append(C(i.l1, rs=run_len(inds, k, lambda x: x.l1)))
                if k == 0 or (inds[k - 1].l1, inds[k - 1].l2) != (i.l1, i.l2):
                    cells.append(C(i.l2, rs=run_len(inds, k, lambda x: (x.l1, x.l2))))
            else:
                cells += [i.l1, i.l2]
        cells.append(i.name)
        cells += tail(i)
        t.row(*cells)
    return t


def ind_table(p, ctx, merge=True, reason=True, words=None):
    words = ctx["words"] if words is None else words
    pct = ctx["pct"]
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]
    if reason:
        hdr.append("偏差原因分析及改进措施")

    def tail(i):
        return [i.tgt(words, pct), i.act_s(pct), i.weight, i.score] + ([i.reason] if reason else [])
    return levels_table(hdr, p.inds, tail, merge)


def national_form(p, ctx, M, unit_label="万元", merge=True):
    """The national 项目支出绩效自评表 of one project (9 columns)."""
    pct, rs = ctx["pct"], ctx["rs"]
    t = Table()
    t.row("项目名称", C(p.name, cs=8))
    t.row("主管部门", C(ctx["unit"], cs=3), C("实施单位", cs=2), C(ctx["unit"], cs=3))
    t.row(C(f"项目资金\n（{unit_label}）", rs=4), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    t.row(C("年度资金总额", cs=2), M(p.init), M(p.budget), M(p.executed), "10", p.rate_s + pct, trim(p.exec_score))
    finit = min(p.init, p.fiscal) if p.init < p.budget else p.fiscal + (p.init - p.budget)
    t.row(C("其中：当年财政拨款", cs=2), M(finit), M(p.fiscal), M(p.fexec), "—", "—", "—")
    t.row(C("其他资金", cs=2), M(p.init - finit), M(p.other), M(p.oexec), "—", "—", "—")
    t.row(C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=4))
    t.row(C(goal_text(p, ctx), cs=4), C(done_text(p, ctx), cs=4))
    n = len(p.inds)
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    t.row(C("绩效指标", rs=n + 1), *hdr)
    inner = ind_table(p, ctx, merge=merge)
    for row in inner.rows[1:]:
        t.rows.append(row)
    t.row(C("总分", cs=6), "100", p.total_s, "")
    return t


def goal_text(p, ctx):
    parts = [f"{i.name}{i.tgt(True, ctx['pct'])}" for i in p.inds if i.kind in ("ge", "pct") and i.l1 == "产出指标"][:3]
    return "全年" + "，".join(parts) + "。"


def done_text(p, ctx):
    parts = [f"{i.name}{i.act_s(ctx['pct'])}" for i in p.inds if i.kind in ("ge", "pct") and i.l1 == "产出指标"][:3]
    return "实际" + "，".join(parts) + "。"


# --------------------------------------------------------------------------------------------
# Blocks: one report's content, rendered as text by each variant and as the HTML page


def blocks_html(title, blocks, top=(), bottom=()):
    parts = []
    for b in blocks:
        k = b[0]
        if k == "title":
            parts.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "h":
            parts.append(H(b[1], b[2] + 1))
        elif k == "p":
            parts.append(P(b[1]))
        elif k == "cap":
            parts.append(P(b[1], center=True))
        elif k == "right":
            parts.append(P(b[1], right=True))
        elif k == "table":
            parts.append(table_html(b[1], b[2]))
        elif k == "raw":
            parts.append(b[1])
    return html_page(title, parts, top, bottom)


def protect_of(projs, extra=()):
    out = [p.name for p in projs]
    for p in projs:
        for i in p.inds:
            out.append(i.name)
            if not i.numeric:
                out += [i.target, i.actual]
    return out + list(extra)


def sign_blocks(rng, ctx):
    return [("right", ctx["unit"]), ("right", ctx["sign"])]


def make_ctx(rng, i, layout, seed):
    prov, ppy, county, cs, cpy, pref = PLACES[i % len(PLACES)]
    sector = SECTORS[i % len(SECTORS)]
    year = rng.randint(2019, 2025)
    m = rng.randint(4, 9)
    return {"index": i, "layout": layout, "seed": seed, "prov": prov, "ppy": ppy, "county": county,
            "cshort": cs, "cpy": cpy, "pref": pref, "sector": sector,
            "unit": sector["unit"].format(c=county), "unit_py": sector["code"],
            "year": year, "rs": rng.choice(["2", "t"]),
            "pct": "％" if rng.random() < 0.25 else "%", "words": rng.random() < 0.35,
            "pub": f"{year + 1}-{m:02d}-{rng.randint(1, 28):02d}",
            "sign": f"{year + 1}年{rng.randint(2, m - 1)}月{rng.randint(1, 28)}日"}


# --------------------------------------------------------------------------------------------
# Layout 1: kuangxian — tables drawn with lines (w3m -dump, pandoc grid, pandoc multiline)


def b_kuangxian(rng, ctx):
    var = cycle(ctx, ["K1", "K2", "K3"])
    dec = rng.choice([2, 4])
    gran = GRAN[dec]

    def M(f):
        return fmt_wan(f, dec)
    projs = make_projects(rng, ctx, rng.choice([2, 3]), gran)
    d = dept_money(rng, projs, gran)
    unit, year, pct, rs = ctx["unit"], ctx["year"], ctx["pct"], ctx["rs"]
    title = f"{unit}{year}年度项目支出绩效自评报告"
    blocks = [("title", title), ("h", "一、部门基本情况", 1),
              ("p", duties_sentence(ctx) + f"{year}年部门预算总额{M(d['B'])}万元，其中基本支出{M(d['basic'])}万元、"
                    f"项目支出{M(d['ptotal'])}万元；全年实际支出{M(d['E'])}万元，部门预算执行率{fmt_rate(d['R'], rs)}{pct}。"),
              ("h", "二、绩效自评工作开展情况", 1),
              ("p", f"按照县财政局关于开展{year}年度项目支出绩效自评工作的通知要求，我单位成立绩效自评工作小组，对{len(projs)}个项目"
                    f"开展了绩效自评，涉及资金{M(sum(p.budget for p in projs))}万元，自评结果见表1。"),
              ("cap", f"表1  {year}年度项目支出绩效自评结果汇总表（单位：万元）")]
    t1 = Table().row("序号", "项目名称", "全年预算数", "其中：财政拨款", "全年执行数", "执行率", "自评得分", "自评等级")
    for k, p in enumerate(projs, 1):
        t1.row(str(k), p.name, M(p.budget), M(p.fiscal), M(p.executed), p.rate_s + pct, p.total_s, p.grade)
    sb, sf, se = (sum(getattr(p, a) for p in projs) for a in ("budget", "fiscal", "executed"))
    t1.row(C("合计", cs=2), M(sb), M(sf), M(se), fmt_rate(rate(se, sb), rs) + pct, "—", "—")
    tables = [(t1, {1, 2, 3, 4, 5, 6, 7}, {0: 4, 2: 6, 3: 8, 4: 6})]
    blocks.append(("table", t1, 1, 0))
    blocks.append(("h", "三、项目绩效目标完成情况", 1))
    for k, p in enumerate(projs, 1):
        blocks.append(("h", f"（{'一二三四'[k - 1]}）{p.name}", 2))
        blocks.append(("p", f"该项目全年预算{M(p.budget)}万元，其中财政拨款{M(p.fiscal)}万元，全年执行{M(p.executed)}万元，"
                            f"预算执行率{p.rate_s}{pct}。{p.use}。{survey_sentence(rng, p, pct)}"
                            f"项目自评得分{p.total_s}分，等级为“{p.grade}”。"))
        blocks.append(("cap", f"表2-{k}  {p.name}绩效指标完成情况"))
        t2 = ind_table(p, ctx)
        tables.append((t2, {2, 3, 4, 5, 6}, {0: 8, 1: 8, 7: 16}))
        blocks.append(("table", t2, 1, len(tables) - 1))
    blocks.append(("h", "四、存在的问题及改进措施", 1))
    blocks += problems_blocks(rng)
    blocks += sign_blocks(rng, ctx)
    date = ctx["pub"]
    nav = [f"首页 > 政务公开 > 财政预决算 > 预算绩效", f"{title}",
           f"发布时间：{date}　　来源：{unit}　　浏览次数：{rng.randint(80, 900)}　　【字体：大 中 小】"]
    foot = ["【打印本页】　【关闭窗口】", f"主办：{ctx['county']}人民政府办公室　　网站标识码：{rng.randint(10**9, 10**10 - 1)}"]
    lines = []
    if var == "K1":
        lines += [" " + nav[0], "", " " * max(0, (100 - dw(nav[1])) // 2) + nav[1], "", nav[2], ""]
    for b in blocks:
        k = b[0]
        if k == "title":
            if var == "K1":
                continue
            lines += ["# " + b[1] if var == "K2" else b[1], ""]
        elif k == "h":
            if var == "K2":
                lines += [("## " if b[2] == 1 else "### ") + b[1], ""]
            else:
                lines += [b[1], ""]
        elif k in ("p", "cap", "right"):
            if var == "K1":
                if k == "p":
                    lines += wrap(b[1], 100, indent="    ")
                elif k == "cap":
                    lines.append(" " * max(0, (100 - dw(b[1])) // 2) + b[1])
                else:
                    lines.append(" " * max(0, 96 - dw(b[1])) + b[1])
            else:
                lines.append(b[1])
            lines.append("")
        elif k == "table":
            t, keep, caps = tables[b[3]]
            if var == "K1":
                lines += box_table(t, col_widths(t, keep, caps), "unicode", 0)
            elif var == "K2":
                lines += box_table(t, col_widths(t, keep, caps), "ascii", 1, head_rows=1)
            else:
                lines += multiline_table(t, col_widths(t, keep, caps))
            lines.append("")
    if var == "K1":
        lines += foot
    txt = "\n".join(lines).rstrip() + "\n"
    html = blocks_html(title, blocks, nav if var == "K1" else (), foot if var == "K1" else ())
    rid = make_id("gj", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds_of(d, ctx), [proj_exp(p) for p in projs])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 2: mdhtml — a report kept as Markdown in a Git repository, its forms as raw HTML or pipe tables


def b_mdhtml(rng, ctx):
    var = cycle(ctx, ["H1", "H2", "H3"])
    dec = {"H1": 2, "H2": 4, "H3": 0}[var]
    gran = GRAN[dec]
    ul = "元" if dec == 0 else "万元"

    def M(f):
        return fmt_yuan(f) if dec == 0 else fmt_wan(f, dec)
    projs = make_projects(rng, ctx, 2 if var != "H3" else rng.choice([2, 3]), gran)
    d = dept_money(rng, projs, gran)
    unit, year, pct, rs = ctx["unit"], ctx["year"], ctx["pct"], ctx["rs"]
    title = f"{unit}{year}年度项目支出绩效自评报告"
    date = ctx["pub"]
    bold = (lambda s: f"**{s}**") if var != "H1" else (lambda s: s)
    mode = rng.choice(["repeat", "empty"])
    md = []
    if var in ("H1", "H3"):
        md += ["---", f'title: "{title}"', f"date: {date}",
               f'source: "http://www.{ctx["cpy"]}.gov.cn/zwgk/zdlyxxgk/czzj/yjsgk/{year + 1}{rng.randint(1000, 9999)}.html"',
               f"tags: [预算绩效, 绩效自评, {year}]", "---", ""]
    else:
        md += [f"<!-- 转自{ctx['county']}人民政府网站，原文发布于{date}，表格为原网页HTML -->", ""]
    md += [f"# {title}", "", f"> 发布机构：{unit}　发布日期：{date}", ""]
    blocks = [("title", title), ("p", f"发布机构：{unit}　发布日期：{date}")]
    dept = (duties_sentence(ctx) + f"{year}年度部门预算总额{bold(M(d['B']) + ul)}，其中基本支出{M(d['basic'])}{ul}，"
            f"项目支出{M(d['ptotal'])}{ul}；全年实际支出{bold(M(d['E']) + ul)}，部门预算执行率{bold(fmt_rate(d['R'], rs) + pct)}。")
    intro = (f"根据县财政局工作安排，我单位对{year}年度{len(projs)}个项目开展了绩效自评，涉及资金{M(sum(p.budget for p in projs))}{ul}，"
             f"各项目自评表附后。")
    md += ["## 一、基本情况", "", dept, "", "## 二、项目支出绩效自评情况", "", intro, ""]
    blocks += [("h", "一、基本情况", 1), ("p", dept.replace("**", "")), ("h", "二、项目支出绩效自评情况", 1), ("p", intro)]
    for k, p in enumerate(projs, 1):
        head = f"（{'一二三'[k - 1]}）{p.name}"
        para = (f"该项目全年预算{M(p.budget)}{ul}，其中财政拨款{M(p.fiscal)}{ul}；全年执行{M(p.executed)}{ul}，"
                f"预算执行率{p.rate_s}{pct}。{p.use}。经问卷调查，{p.sat_ind.name}为{p.sat}{pct}。"
                f"自评得分{p.total_s}分，自评等级为“{p.grade}”。")
        cap = f"附表{k}  {p.name}绩效自评表"
        md += [f"### {head}", "", para, "", f"**{cap}**" if var != "H3" else f"表{k}  {p.name}绩效自评表", ""]
        blocks += [("h", head, 2), ("p", para), ("cap", cap)]
        t = national_form(p, ctx, M, ul)
        if var == "H1":
            md += pandoc_html(t)
            blocks.append(("table", t, 0, None))
        elif var == "H2":
            md += cms_html(t)
            blocks.append(("table", t, 0, None))
        else:
            md += pipe_table(t, mode)
            rows = pipe_rows(t, mode)
            gh = ["<table>", "<thead><tr>" + "".join(f"<th>{esc(x)}</th>" for x in rows[0]) + "</tr></thead><tbody>"]
            for r in rows[1:]:
                gh.append("<tr>" + "".join(f"<td>{esc(x).replace(chr(10), '<br>')}</td>" for x in r) + "</tr>")
            gh.append("</tbody></table>")
            blocks.append(("raw", "\n".join(gh)))
        md.append("")
    probs = problems_blocks(rng)
    md += ["## 三、存在的问题及改进措施", ""]
    blocks.append(("h", "三、存在的问题及改进措施", 1))
    for b in probs:
        md += [b[1], ""]
        blocks.append(b)
    sign = sign_blocks(rng, ctx)
    md += [f"<p align=\"right\">{sign[0][1]}<br>{sign[1][1]}</p>" if var == "H2" else sign[0][1] + "  ",
           "" if var == "H2" else sign[1][1]]
    blocks += sign
    txt = "\n".join(md).rstrip() + "\n"
    html = blocks_html(title, blocks)
    rid = make_id("gj", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds_of(d, ctx), [proj_exp(p) for p in projs])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 3: mingxi — an online system's detailed export, one row per indicator, the project's fields beside


def l2_short(i):
    return i.l1.replace("指标", "") + "-" + i.l2.replace("指标", "")


def b_mingxi(rng, ctx):
    var = cycle(ctx, ["X1", "X2", "X3"])
    dec = {"X1": 0, "X2": 4, "X3": 2}[var]
    gran = GRAN[dec]

    def M(f):
        return fmt_yuan(f) if dec == 0 else fmt_wan(f, dec)
    projs = make_projects(rng, ctx, rng.choice([3, 4]), gran)
    unit, year, pct, rs = ctx["unit"], ctx["year"], ctx["pct"], ctx["rs"]
    system = rng.choice(["预算管理一体化系统", "全过程预算绩效管理系统", "财政预算绩效管理平台"])
    title = f"{unit}{year}年度项目支出绩效自评结果明细表"
    stamp = (f"{year + 1}-{rng.randint(2, 5):02d}-{rng.randint(1, 28):02d} "
             f"{rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
    t = Table()
    if var == "X1":
        t.row("序号", "项目名称", "项目类型", "全年预算数", "其中：财政拨款", "全年执行数", "预算执行率（%）", "一级指标", "二级指标",
              "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因", "项目自评得分", "自评等级")
        n = 0
        for p in projs:
            kind = rng.choice(["经常性项目", "一次性项目"])
            for i in p.inds:
                n += 1
                t.row(str(n), p.name, kind, M(p.budget), M(p.fiscal), M(p.executed), p.rate_s, i.l1, i.l2, i.name,
                      i.tgt(ctx["words"], pct), i.act_s(pct), i.weight, i.score, i.reason, p.total_s, p.grade)
    elif var == "X2":
        t.row("项目名称", "预算数（万元）", "执行数（万元）", "执行率", "指标类型", "指标名称", "目标值", "完成值", "权重", "得分", "项目得分")
        for p in projs:
            n = len(p.inds)
            for k, i in enumerate(p.inds):
                lead = [C(p.name, rs=n), C(M(p.budget), rs=n), C(M(p.executed), rs=n), C(p.rate_s + pct, rs=n)] if k == 0 else []
                tail = [C(p.total_s, rs=n)] if k == 0 else []
                t.row(*lead, l2_short(i), i.name, i.tgt(ctx["words"], pct), i.act_s(pct), i.weight, i.score, *tail)
    else:
        t.row("项目名称", "指标名称", "指标方向", "指标值", "计量单位", "完成值", "分值", "得分", "全年预算数（万元）",
              "全年执行数（万元）", "执行率", "备注")
        for p in projs:
            n = len(p.inds)
            for k, i in enumerate(p.inds):
                if i.numeric:
                    dirn = {"ge": "≥", "pct": "≥", "sat": "≥", "le": "≤", "lepct": "≤", "zero": "="}[i.kind]
                    u = i.unit
                else:
                    dirn, u = "定性", "—"
                lead = [C(p.name, rs=n)] if k == 0 else []
                tail = [C(M(p.budget), rs=n), C(M(p.executed), rs=n), C(p.rate_s + pct, rs=n),
                        C(f"自评{p.total_s}分，{p.grade}", rs=n)] if k == 0 else []
                t.row(*lead, i.name, dirn, i.target, u, i.actual, i.weight, i.score, *tail)
    meta = f"单位名称：{unit}　　预算年度：{year}　　金额单位：{'元' if dec == 0 else '万元'}"
    foot = f"数据来源：{system}　　导出时间：{stamp}"
    if var == "X1":
        lines = [title, meta.replace("　　", "\t"), flat_tabs(t, keep_covered=True), foot]
        txt = "\n".join(lines) + "\n"
    elif var == "X2":
        rows = layout_table(t, gap=2, mid=True)
        head, body = rows[0], rows[1:]
        per = 22
        pages = [body[k:k + per] for k in range(0, len(body), per)]
        out_pages = []
        for k, pg in enumerate(pages):
            page = []
            if k == 0:
                page += [title.center(70).rstrip(), "", meta, f"打印时间：{stamp[:16]}", ""]
            page.append(head)
            page += pg
            page += ["", f"第 {k + 1} 页 / 共 {len(pages)} 页".center(140).rstrip()]
            out_pages.append("\n".join(page))
        txt = "\f".join(out_pages) + "\n"
    else:
        txt = "\n".join([title, "", meta, "", flat_tabs(t, keep_covered=True), "", foot]) + "\n"
    blocks = [("title", title), ("p", meta), ("table", t, 1, None), ("p", foot)]
    html = blocks_html(title, blocks)
    rid = make_id("gj", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "自评表", unit, None,
                       [proj_exp(p, fiscal=(var == "X1")) for p in projs])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 4: kuanian — a multi-year construction project: 总投资, years, contracts, settlement audits


def make_build(rng, ctx, spec, gran, end_now=False):
    year = ctx["year"]
    p = Proj()
    p.name = spec["name"].format(c=ctx["county"])
    p.spec = spec
    p.total_inv = amount(rng, spec["lo"] * 10000, spec["hi"] * 10000, 1000000)
    p.start = year - rng.choice([1, 1, 2])
    p.end = year if end_now else year + rng.choice([0, 0, 1])
    years = list(range(p.start, p.end + 1))
    ws = [rng.randint(20, 45) for _ in years]
    alloc, left = {}, p.total_inv
    for k, y in enumerate(years):
        if k == len(years) - 1:
            alloc[y] = left
        else:
            alloc[y] = p.total_inv * ws[k] // sum(ws) // gran * gran
            left -= alloc[y]
    p.alloc = alloc
    p.spent_y, p.arrive_y = {}, {}
    for y in years:
        if y < year:
            p.arrive_y[y] = alloc[y]
            p.spent_y[y] = spent(rng, alloc[y], gran, full=0.5, lo=0.9, hi=0.995)
    p.budget = alloc[year]
    p.arrived = p.budget if rng.random() < 0.7 else part_of(rng, p.budget, 0.85, 0.98, gran)
    p.executed = min(spent(rng, p.budget, gran, full=0.15, lo=0.75, hi=0.99), p.arrived)
    p.arrive_y[year], p.spent_y[year] = p.arrived, p.executed
    p.cum_alloc = sum(alloc[y] for y in years if y <= year)
    p.cum_arr = sum(p.arrive_y.values())
    p.cum_spent = sum(p.spent_y.values())
    # sources of the whole investment
    c = part_of(rng, p.total_inv, 0.3, 0.55, 10000)
    pv = 0 if rng.random() < 0.35 else part_of(rng, p.total_inv, 0.1, 0.2, 10000)
    z = part_of(rng, p.total_inv, 0.15, 0.25, 10000) if p.total_inv >= 1000 * 1000000 and rng.random() < 0.5 else 0
    p.sources = [("中央预算内投资", c), ("省级补助资金", pv), ("地方政府专项债券", z),
                 ("县级财政配套资金", p.total_inv - c - pv - z)]
    p.fiscal = p.budget if rng.random() < 0.55 else p.budget - part_of(rng, p.budget, 0.05, 0.15, gran)
    p.other = p.budget - p.fiscal
    # this year's spending by use
    jl = part_of(rng, p.executed, 0.01, 0.03, gran)
    sj = part_of(rng, p.executed, 0.01, 0.04, gran) if p.start == year or rng.random() < 0.4 else 0
    qt = part_of(rng, p.executed, 0.004, 0.02, gran)
    p.uses = [("工程款", p.executed - jl - sj - qt), ("监理费", jl), ("设计费", sj), ("检测及其他费用", qt)]
    # contracts (元 with 分)
    p.contract = part_of(rng, p.total_inv, 0.7, 0.85, 1)
    p.sup_contract = part_of(rng, p.total_inv, 0.012, 0.025, 1)
    p.company = f"{ctx['prov']}{rng.choice(COMPANIES)}建设工程有限公司"
    p.sup_company = f"{ctx['prov']}{rng.choice(COMPANIES)}工程项目管理咨询有限公司"
    p.bid_date = f"{p.start}年{rng.randint(3, 7)}月{rng.randint(1, 28)}日"
    p.doc_no = f"{ctx['cshort']}发改投资〔{p.start - 1 if rng.random() < 0.5 else p.start}〕{rng.randint(11, 189)}号"
    # settlement audit when the works ended this year
    p.audit = None
    if p.end == year:
        s = part_of(rng, p.contract * 108 // 100, 0.96, 1.0, 1)
        dd = s - part_of(rng, s, 0.025, 0.09, 1)
        p.audit = (s, dd, s - dd, rate(s - dd, s))
    p.progress = rng.randint(60, 90)
    sp = spec
    year_s = ctx["year"]
    q = sp["qty"]
    cst = sp["cost"]
    outs = [N("数量指标", q[0], q[1], q[2], q[3], exact=(rng.random() < 0.5)),
            PC("质量指标", "工程验收合格率" if p.end == year_s else "分部分项工程验收合格率", 100, sure=True),
            T(sp["time"], [f"{p.end}年12月底前完成"] if p.end > year_s else [f"{year_s}年11月底前完成", "12月底前完成"],
              ["已按期完成", "按期完成"] if p.end == year_s else ["按计划推进", "已完成年度进度目标"]),
            LE("成本指标", cst[0], cst[1], cst[2], cst[3])]
    effs = [Q("社会效益指标", sp["eff"][0], sp["eff"][1], sp["eff"][2]), N("可持续影响指标", "设计使用年限", "年", 50, 50, exact=True)]
    finish(rng, ctx, p, make_inds(rng, outs, effs, sp["sat"], year_s))
    return p


def b_kuanian(rng, ctx):
    var = cycle(ctx, ["Y1", "Y2", "Y3"])
    dec = {"Y1": 2, "Y2": 4, "Y3": 0}[var]
    gran = GRAN[dec]
    ul = "元" if dec == 0 else "万元"

    def M(f):
        return fmt_yuan(f) if dec == 0 else fmt_wan(f, dec)
    unit, year, pct, rs = ctx["unit"], ctx["year"], ctx["pct"], ctx["rs"]
    builds = ctx["sector"]["builds"]
    if var == "Y2":
        projs = [make_build(rng, ctx, b, gran) for b in builds]
    else:
        projs = [make_build(rng, ctx, rng.choice(builds), gran, end_now=(var == "Y3"))]
    blocks = []

    def src_text(p):
        parts = [f"{n}{fmt_wan(v, 2)}万元" for n, v in p.sources if v]
        return "、".join(parts)

    def uses_text(p):
        return "、".join(f"支付{n}{M(v)}{ul}" for n, v in p.uses if v)

    def contract_text(p):
        return (f"{p.bid_date}，经公开招标，{p.company}中标该项目施工，施工合同价款为{daxie(p.contract)}"
                f"（¥{fmt_yuan(p.contract)}元）；监理单位为{p.sup_company}，监理合同价款{fmt_yuan(p.sup_contract)}元。")

    def progress_text(p):
        if p.end != year:
            tail = f"主体工程形象进度达到{p.progress}{pct}"
        elif p.cum_spent < p.total_inv:
            tail = "项目已于年内完工并通过竣工验收，未支付部分主要为待结算审计后支付的工程尾款和质量保证金"
        else:
            tail = "项目已于年内完工并通过竣工验收"
        return (f"截至{year}年12月31日，项目累计安排资金{M(p.cum_alloc)}{ul}，累计完成投资{M(p.cum_spent)}{ul}，"
                f"占总投资的{fmt_rate(rate(p.cum_spent, p.total_inv), rs)}{pct}，{tail}。")

    if var == "Y1":
        p = projs[0]
        title = f"{unit}{p.name}{year}年度绩效自评报告"
        fis = ("资金来源全部为财政资金" if p.other == 0 else f"其中财政资金{M(p.fiscal)}{ul}、单位自筹{M(p.other)}{ul}")
        blocks += [("title", title), ("h", "一、项目基本情况", 1),
                   ("p", f"（一）项目概况。{p.name}经{ctx['county']}发展和改革局批复立项（{p.doc_no}），主要建设内容为：{p.spec['content']}。"
                         f"项目总投资{fmt_wan(p.total_inv, 2)}万元，其中{src_text(p)}。项目建设期为{p.start}年至{p.end}年，由{unit}组织实施。"),
                   ("p", f"（二）年度绩效目标。{goal_text(p, ctx)}"),
                   ("h", "二、项目资金投入和使用情况", 1),
                   ("p", f"（一）资金到位及支出情况。{year}年度该项目预算安排{M(p.budget)}{ul}，{fis}；实际到位资金{M(p.arrived)}{ul}，"
                         f"资金到位率{fmt_rate(rate(p.arrived, p.budget), rs)}{pct}；全年实际支出{M(p.executed)}{ul}，"
                         f"预算执行率{p.rate_s}{pct}。全年{uses_text(p)}。各年度资金安排及支出情况见表1。"),
                   ("cap", f"表1  {p.name}资金安排及支出情况表（单位：{ul}）")]
        t = Table().row("年度", "年度预算安排", "资金到位", "实际支出", "预算执行率", "备注")
        for y in range(p.start, year + 1):
            t.row(f"{y}年", M(p.alloc[y]), M(p.arrive_y[y]), M(p.spent_y[y]),
                  fmt_rate(rate(p.spent_y[y], p.alloc[y]), rs) + pct, "本年度" if y == year else "")
        t.row("累计", M(p.cum_alloc), M(p.cum_arr), M(p.cum_spent), fmt_rate(rate(p.cum_spent, p.cum_alloc), rs) + pct,
              f"总投资{fmt_wan(p.total_inv, 2)}万元")
        blocks.append(("table", t, 1, None))
        blocks += [("p", f"（二）合同签订及履行情况。{contract_text(p)}"),
                   ("p", f"（三）项目建设进度。{progress_text(p)}"),
                   ("h", "三、项目绩效目标完成情况", 1),
                   ("p", f"项目绩效指标完成情况见表2。{survey_sentence(rng, p, pct)}"),
                   ("cap", f"表2  {p.name}绩效指标完成情况"),
                   ("table", ind_table(p, ctx), 1, None),
                   ("h", "四、自评结论", 1),
                   ("p", f"经综合评价，该项目{year}年度预算执行率得分{trim(p.exec_score)}分，绩效指标得分"
                         f"{trim(p.total - p.exec_score)}分，自评总分{p.total_s}分，自评等级为“{p.grade}”。"),
                   ("h", "五、存在的问题及下一步措施", 1)]
        blocks += problems_blocks(rng)
        blocks += sign_blocks(rng, ctx)
        lines = []
        for b in blocks:
            if b[0] == "table":
                lines.append(flat_tabs(b[1], keep_covered=False))
            elif b[0] in ("title", "h", "p", "cap", "right"):
                lines.append(b[1])
        top = [f"当前位置：首页 > 信息公开 > 预算绩效管理", f"发布日期：{ctx['pub']}　　信息来源：{unit}"]
        txt = "\n".join(top + [""] + lines + ["", "【打印】【关闭】"]) + "\n"
        html = blocks_html(title, blocks, top)
        exp_projs = [proj_exp(p)]
    elif var == "Y2":
        title = f"关于{unit}{year}年度跨年度建设项目绩效自评情况的报告"
        blocks += [("title", title), ("p", f"{ctx['county']}财政局："),
                   ("p", f"根据县财政局关于开展{year}年度项目支出绩效自评工作的要求，我单位对在建的{len(projs)}个跨年度建设项目开展了"
                         f"绩效自评，现将有关情况报告如下。"),
                   ("h", "一、项目基本情况", 1)]
        both = sum(p.total_inv for p in projs)
        blocks[2] = ("p", blocks[2][1] + (f"两个项目总投资合计{fmt_yi(both, 4)}亿元。" if both >= 5000 * 1000000
                                          else f"两个项目总投资合计{fmt_wan(both, 2)}万元。"))

        def inv(p):
            return f"{fmt_yi(p.total_inv, 4)}亿元" if p.total_inv >= 10000 * 1000000 else f"{fmt_wan(p.total_inv, 2)}万元"
        for k, p in enumerate(projs, 1):
            blocks.append(("p", f"{k}.{p.name}。项目总投资{inv(p)}，其中{src_text(p)}，"
                                f"建设期{p.start}—{p.end}年。主要建设内容为：{p.spec['content']}。"))
        blocks += [("h", "二、资金安排及使用情况", 1),
                   ("p", f"两个项目{year}年度资金安排、支出及累计完成情况见表1（单位：万元）。"),
                   ("cap", "表1  跨年度建设项目资金安排及支出情况表")]
        t = Table()
        t.row(C("项目名称", rs=2), C("总投资", rs=2), C(f"{year - 1}年", cs=2), C(f"{year}年", cs=3), C("累计", cs=2))
        t.row("安排", "支出", "安排", "支出", "执行率", "安排", "支出")
        for p in projs:
            py = year - 1
            t.row(p.name, M(p.total_inv), M(p.alloc[py]) if py in p.alloc else "—", M(p.spent_y[py]) if py in p.spent_y else "—",
                  M(p.budget), M(p.executed), p.rate_s + pct, M(p.cum_alloc), M(p.cum_spent))
        blocks.append(("table", t, 2, None))
        blocks.append(("p", "注：累计栏为项目开工以来的累计数，含以前年度安排和支出。"))
        blocks.append(("h", "三、各项目绩效目标完成情况", 1))
        for k, p in enumerate(projs, 1):
            blocks += [("h", f"（{'一二'[k - 1]}）{p.name}", 2),
                       ("p", f"{year}年度该项目安排资金{M(p.budget)}万元，全年支出{M(p.executed)}万元，年度预算执行率{p.rate_s}{pct}。"
                             f"全年{uses_text(p)}。{progress_text(p)}{contract_text(p)}"),
                       ("p", f"{survey_sentence(rng, p, pct)}项目自评得分{p.total_s}分，等级为“{p.grade}”。"),
                       ("cap", f"表{k + 1}  {p.name}绩效指标完成情况"),
                       ("table", ind_table(p, ctx, merge=False, reason=False), 1, None)]
        blocks.append(("h", "四、存在的问题及改进措施", 1))
        blocks += problems_blocks(rng)
        blocks += sign_blocks(rng, ctx)
        lines = []
        for b in blocks:
            if b[0] == "table":
                lines += layout_table(b[1], gap=3, mid=True)
                lines.append("")
            elif b[0] == "title":
                lines += wrap(b[1], 76) + [""]
            elif b[0] == "right":
                lines.append(" " * max(0, 72 - dw(b[1])) + b[1])
            elif b[0] == "cap":
                lines.append(" " * max(0, (78 - dw(b[1])) // 2) + b[1])
            elif b[0] == "p":
                lines += wrap(b[1], 78, indent="    ")
            else:
                lines.append(b[1])
        txt = paginate(lines, "", 46, protect_of(projs, [p.company for p in projs] + [p.sup_company for p in projs]), "dash")
        html = blocks_html(title, blocks)
        exp_projs = [proj_exp(p, fiscal=False) for p in projs]
    else:
        p = projs[0]
        title = f"{p.name}{year}年度项目支出绩效自评报告"
        blocks += [("title", title), ("p", f"项目实施单位：{unit}"), ("h", "一、项目概况", 1),
                   ("p", f"{p.name}于{p.bid_date}完成施工招标，{p.start}年开工建设，主要建设内容为：{p.spec['content']}。项目总投资"
                         f"{fmt_wan(p.total_inv, 2)}万元，其中{src_text(p)}。"),
                   ("p", f"合同签订情况：{contract_text(p)}"),
                   ("h", "二、资金投入和使用情况", 1),
                   ("p", f"{year}年度该项目全年预算数{M(p.budget)}元，其中财政资金{M(p.fiscal)}元、其他资金{M(p.other)}元；"
                         f"全年执行数{M(p.executed)}元，预算执行率{p.rate_s}{pct}。{progress_text(p)}"),
                   ("cap", "表1  项目资金投入情况表（单位：元）")]
        t = Table().row("资金项目", "预算（计划）数", "实际到位数", "实际支出数", "执行率")
        prev_a = p.cum_alloc - p.budget
        t.row("项目总投资", M(p.total_inv), M(p.cum_arr), M(p.cum_spent), fmt_rate(rate(p.cum_spent, p.total_inv), rs) + pct)
        t.row("其中：以前年度", M(prev_a), M(p.cum_arr - p.arrived), M(p.cum_spent - p.executed), "—")
        t.row(f"{year}年度", M(p.budget), M(p.arrived), M(p.executed), p.rate_s + pct)
        fa = min(p.fiscal, p.arrived)
        t.row("其中：财政资金", M(p.fiscal), M(fa), M(min(p.fiscal, p.executed)), "—")
        t.row("其他资金", M(p.other), M(p.arrived - fa), M(p.executed - min(p.fiscal, p.executed)), "—")
        blocks.append(("table", t, 1, None))
        s, dd, cut, cr = p.audit
        blocks += [("p", f"项目竣工后，县审计局委托第三方对工程结算进行了审计，送审金额{fmt_yuan(s)}元，审定金额{fmt_yuan(dd)}元，"
                         f"审减金额{fmt_yuan(cut)}元，审减率{fmt_rate(cr, rs)}{pct}，详见表2。"),
                   ("cap", "表2  工程结算审计情况表（单位：元）")]
        ta = Table().row("工程名称", "送审金额", "审定金额", "审增（减）金额", "审减率")
        ta.row(p.name, fmt_yuan(s), fmt_yuan(dd), f"({fmt_yuan(cut)})", fmt_rate(cr, rs) + pct)
        blocks.append(("table", ta, 1, None))
        blocks += [("p", "注：审增（减）金额栏括号内数字为审减数。"),
                   ("h", "三、绩效目标完成情况", 1),
                   ("p", f"{survey_sentence(rng, p, pct)}各项绩效指标完成情况见表3。"),
                   ("cap", f"表3  {p.name}绩效指标完成情况表"),
                   ("table", ind_table(p, ctx), 1, None),
                   ("h", "四、自评结论", 1),
                   ("p", f"该项目自评得分{p.total_s}分，自评等级为“{p.grade}”。"),
                   ("h", "五、存在的问题及改进措施", 1)]
        blocks += problems_blocks(rng)
        blocks += sign_blocks(rng, ctx)
        lines = []
        for b in blocks:
            if b[0] == "table":
                lines.append(flat_lines(b[1]))
            elif b[0] in ("title", "h", "p", "cap", "right"):
                lines.append(b[1])
        txt = "\n".join(lines) + "\n"
        html = blocks_html(title, blocks)
        exp_projs = [proj_exp(p)]
    rid = make_id("gj", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, None, exp_projs)
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 5: mubiao — targets in the 绩效目标表 approved with the budget, results in another table or place


def mid_target(rng, i, year, words, pct):
    """The 中期 (three-year) value beside the annual one: a flow three years' worth, a stock or a rate the same."""
    u = pct if i.unit == "%" else (i.unit or "")
    if i.kind == "ge" and not i.stock and i.unit != "年":
        return ("不少于" if words else "≥") + str(int(i.target) * 3) + u
    if i.kind == "time":
        return f"{year + 2}年底前完成"
    if i.kind == "qual":
        return {"逐步建立": "全面建立", "得到保障": "持续保障", "保持稳定": "持续稳定"}.get(i.target, "持续" + i.target[-2:])
    return i.tgt(words, pct)


def b_mubiao(rng, ctx):
    var = cycle(ctx, ["B1", "B2", "B3"])
    dec = {"B1": 2, "B2": 4, "B3": rng.choice([2, 4])}[var]
    gran = GRAN[dec]

    def M(f):
        return fmt_wan(f, dec)
    projs = make_projects(rng, ctx, rng.choice([2, 3]), gran)
    unit, year, pct, rs, words = ctx["unit"], ctx["year"], ctx["pct"], ctx["rs"], ctx["words"]
    for p in projs:
        for i in p.inds:
            i.mid = mid_target(rng, i, year, words, pct)
    d = dept_money(rng, projs, gran)
    title = f"{unit}{year}年度项目支出绩效自评报告"

    def money(p):
        adj = (f"年中经调整，全年预算数为{M(p.budget)}万元" if p.init != p.budget else f"全年预算数{M(p.budget)}万元")
        return (f"该项目年初申报预算{M(p.init)}万元，绩效目标随预算一并批复。{adj}，其中财政拨款{M(p.fiscal)}万元；"
                f"全年执行{M(p.executed)}万元，预算执行率{p.rate_s}{pct}。{p.use}。")

    def target_table(p):
        t = Table()
        t.row("项目名称", C(p.name, cs=4))
        t.row("主管部门", C(unit, cs=2), "年度预算（万元）", M(p.init))
        t.row("年度绩效目标", C(goal_text(p, ctx), cs=4))
        t.row("一级指标", "二级指标", "三级指标", "年度指标值", f"中期指标值（{year}—{year + 2}年）")
        inner = levels_table(["x"] * 5, p.inds, lambda i: [i.tgt(words, pct), i.mid], True)
        for row in inner.rows[1:]:
            t.rows.append(row)
        return t

    def result_table(p, reason=True, weight=True):
        hdr = ["序号", "三级指标", "实际完成值"] + (["分值"] if weight else []) + ["得分"] + (["偏差原因分析及改进措施"] if reason else [])
        t = Table().row(*hdr)
        for k, i in enumerate(p.inds, 1):
            t.row(str(k), i.name, i.act_s(pct), *([i.weight] if weight else []), i.score, *([i.reason] if reason else []))
        return t

    blocks = [("title", title), ("h", "一、基本情况", 1)]
    funds = None
    if var == "B2":
        blocks.append(("p", duties_sentence(ctx) + f"{year}年度部门预算总额{M(d['B'])}万元，全年实际支出{M(d['E'])}万元，"
                            f"部门预算执行率{fmt_rate(d['R'], rs)}{pct}。"))
        funds = funds_of(d, ctx)
    else:
        blocks.append(("p", duties_sentence(ctx)))
    blocks.append(("p", f"{year}年我单位纳入绩效自评范围的项目{len(projs)}个。各项目绩效目标在编制{year}年部门预算时申报，经县财政局审核后"
                        f"随预算批复；本次自评对照批复的年度绩效目标逐项评价。"))
    blocks.append(("h", "二、项目预算执行及绩效目标完成情况", 1))
    for k, p in enumerate(projs, 1):
        blocks.append(("h", f"（{'一二三'[k - 1]}）{p.name}", 2))
        if var == "B1":
            blocks += [("p", "1.预算执行情况。" + money(p)),
                       ("p", f"2.绩效目标。该项目批复的绩效目标见表{k}-1。"),
                       ("cap", f"表{k}-1  {p.name}绩效目标表（批复）"), ("table", target_table(p), 0, None),
                       ("p", f"3.绩效目标完成情况。{survey_sentence(rng, p, pct)}各项指标完成情况见表{k}-2，自评得分"
                             f"{p.total_s}分，等级为“{p.grade}”。"),
                       ("cap", f"表{k}-2  {p.name}绩效目标完成情况表"), ("table", result_table(p), 1, None)]
        elif var == "B2":
            blocks += [("p", money(p) + survey_sentence(rng, p, pct) + f"自评得分{p.total_s}分，等级为“{p.grade}”。")]
        else:
            def said(i):
                return f"{i.name}为0{i.unit}" if i.kind == "zero" else f"{i.name}{i.tgt(True, pct)}"
            outs = "，".join(said(i) for i in p.inds if i.l1 == "产出指标")
            effs = "，".join(said(i) for i in p.inds if i.l1 == "效益指标")
            blocks += [("p", "1.预算执行情况。" + money(p)),
                       ("p", f"2.年度绩效目标。该项目批复的年度绩效目标为：产出指标方面，{outs}；效益指标方面，{effs}；满意度指标方面，"
                             f"{p.sat_ind.name}{p.sat_ind.tgt(True, pct)}。"),
                       ("p", f"3.绩效目标完成情况。{survey_sentence(rng, p, pct)}各项指标完成情况见表{k}，自评得分{p.total_s}分，"
                             f"等级为“{p.grade}”。"),
                       ("cap", f"表{k}  {p.name}绩效指标完成情况"), ("table", result_table(p, reason=False, weight=False), 1, None)]
    if var == "B2":
        blocks.append(("p", "各项目批复的绩效目标见附件1，绩效目标完成情况见附件2。"))
    blocks.append(("h", "三、存在的问题及改进措施", 1))
    blocks += problems_blocks(rng)
    blocks += sign_blocks(rng, ctx)
    if var == "B2":
        blocks.append(("h", "附件1  项目绩效目标表（批复）", 1))
        for k, p in enumerate(projs, 1):
            blocks += [("cap", f"{k}.{p.name}"), ("table", target_table(p), 0, None)]
        blocks.append(("h", "附件2  项目绩效目标完成情况表", 1))
        t = Table().row("项目名称", "三级指标", "实际完成值", "分值", "得分")
        for p in projs:
            for k, i in enumerate(p.inds):
                lead = [C(p.name, rs=len(p.inds))] if k == 0 else []
                t.row(*lead, i.name, i.act_s(pct), i.weight, i.score)
        blocks.append(("table", t, 1, None))
    lines = []
    for b in blocks:
        k = b[0]
        if k == "table":
            if var == "B1":
                lines.append(flat_tabs(b[1], keep_covered=False))
            elif var == "B2":
                lines += layout_table(b[1], gap=2, mid=True)
                lines.append("")
            else:
                lines.append(flat_lines(b[1]))
        elif var == "B2" and k == "p":
            lines += wrap(b[1], 78, indent="    ")
        elif var == "B2" and k == "right":
            lines.append(" " * max(0, 72 - dw(b[1])) + b[1])
        elif var == "B2" and k == "cap":
            lines.append(" " * max(0, (78 - dw(b[1])) // 2) + b[1])
        elif k in ("title", "h", "p", "cap", "right"):
            lines.append(b[1])
    if var == "B2":
        txt = paginate(lines, title, 48, protect_of(projs, [i.mid for p in projs for i in p.inds]), "of")
    else:
        txt = "\n".join(lines) + "\n"
    html = blocks_html(title, blocks)
    rid = make_id("gj", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds, [proj_exp(p) for p in projs])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 6: anlie — a report engine's PDF through pdftotext: tables come out column by column


def b_anlie(rng, ctx):
    var = cycle(ctx, ["A1", "A2", "A3"])
    dec = {"A1": 2, "A2": 4, "A3": rng.choice([2, 4])}[var]
    gran = GRAN[dec]

    def M(f):
        return fmt_wan(f, dec)
    unit, year, pct, rs = ctx["unit"], ctx["year"], ctx["pct"], ctx["rs"]
    projs = make_projects(rng, ctx, rng.choice([2, 3]) if var != "A3" else rng.choice([1, 2]), gran)
    blocks, funds = [], None
    if var in ("A1", "A2"):
        d = dept_money(rng, projs, gran)
        funds = funds_of(d, ctx)
        title = f"{unit}{year}年度项目支出绩效自评报告"
        blocks += [("title", title), ("h", "一、部门概况", 1),
                   ("p", duties_sentence(ctx) + f"{year}年度部门预算总额{M(d['B'])}万元，全年实际支出{M(d['E'])}万元，"
                         f"部门预算执行率{fmt_rate(d['R'], rs)}{pct}。"),
                   ("h", "二、项目自评结果", 1),
                   ("p", f"我单位对{len(projs)}个项目开展了绩效自评，各项目预算执行和自评得分情况见表1。"),
                   ("cap", "表1  项目支出绩效自评结果汇总表（金额单位：万元）")]
        t1 = Table().row("序号", "项目名称", "全年预算数", "其中：财政拨款", "全年执行数", "执行率", "满意度", "自评得分")
        for k, p in enumerate(projs, 1):
            t1.row(str(k), p.name, M(p.budget), M(p.fiscal), M(p.executed), p.rate_s + pct, p.sat + pct, p.total_s)
        blocks.append(("table", t1, 1, None))
        blocks.append(("h", "三、项目绩效目标完成情况", 1))
        for k, p in enumerate(projs, 1):
            blocks += [("h", f"（{'一二三'[k - 1]}）{p.name}", 2),
                       ("p", f"该项目全年预算{M(p.budget)}万元，其中财政拨款{M(p.fiscal)}万元，全年执行{M(p.executed)}万元，"
                             f"预算执行率{p.rate_s}{pct}。{p.use}。{survey_sentence(rng, p, pct)}"),
                       ("cap", f"表{k + 1}  {p.name}绩效指标完成情况")]
            if var == "A1":
                t = levels_table(["三级指标", "年度指标值", "实际完成值", "分值", "得分"], p.inds,
                                 lambda i: [i.tgt(ctx["words"], pct), i.act_s(pct), i.weight, i.score], levels=False)
            else:
                t = ind_table(p, ctx, reason=False)
            blocks.append(("table", t, 1, None))
        blocks.append(("h", "四、存在的问题及改进措施", 1))
        blocks += problems_blocks(rng)
        blocks += sign_blocks(rng, ctx)
        kind = "项目支出自评"
    else:
        title = f"{year}年度项目支出绩效自评表"
        blocks += [("title", title), ("p", f"填报单位：{unit}　　金额单位：万元")]
        for k, p in enumerate(projs, 1):
            info = Table()
            info.row("项目名称", p.name, "主管部门", unit)
            info.row("全年预算数", M(p.budget), "其中：财政拨款", M(p.fiscal))
            info.row("全年执行数", M(p.executed), "预算执行率", p.rate_s + pct)
            info.row(p.sat_ind.name, p.sat + pct, "自评得分", p.total_s)
            t = ind_table(p, ctx, reason=False, merge=True)
            blocks += [("cap", f"项目{k}：{p.name}"), ("table", info, 0, "info"), ("table", t, 1, None),
                       ("p", f"自评等级：{p.grade}　　填报人：{rng.choice(['王', '李', '张', '刘', '陈', '杨'])}"
                             f"{rng.choice(['静', '敏', '军', '磊', '芳', '强'])}　　"
                             f"联系电话：0{rng.randint(700, 999)}-{rng.randint(2000000, 8999999)}")]
        kind = "自评表"
    lines = []
    for b in blocks:
        k = b[0]
        if k == "table":
            if var == "A3" and b[3] == "info":
                lines += colwise(b[1], head_rows=0, mode="each")
            else:
                lines += colwise(b[1], head_rows=b[2], mode="first" if var == "A2" else "each")
        elif k == "p":
            lines += wrap(b[1], 76)
        elif k == "cap" and var == "A3" and b[1].startswith("项目") and not b[1].startswith("项目1："):
            lines.append("\f" + b[1])
        else:
            lines.append(b[1])
    # pages: a form feed at each page's end and the page number, as pdftotext without -layout gives them
    pages, cur = [], []
    for ln in lines:
        if ln.startswith("\f"):
            pages.append(cur)
            cur = [ln[1:]]
            continue
        cur.append(ln)
        if len(cur) >= 52:
            pages.append(cur)
            cur = []
    if cur:
        pages.append(cur)
    pages = [pg for pg in pages if pg]
    out = []
    for n, pg in enumerate(pages, 1):
        out.append("\n".join(pg + ["", f"- {n} -" if var != "A3" else f"第 {n} 页 共 {len(pages)} 页"]))
    txt = "\f".join(out) + "\n"
    html = blocks_html(title, blocks)
    rid = make_id("gj", ctx)
    exp = expected_doc(GEN, ctx, rid, title, kind, unit, funds, [proj_exp(p) for p in projs])
    return rid, txt, html, exp


BUILDERS = {"kuangxian": b_kuangxian, "mdhtml": b_mdhtml, "mingxi": b_mingxi, "kuanian": b_kuanian,
            "mubiao": b_mubiao, "anlie": b_anlie}


def check(exp):
    return self_check(exp, strict=True)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv, __doc__, SEED)
    tally = new_tally()
    by_layout = {}

    def each(layout, exp):
        count_figures(exp, tally)
        t = new_tally()
        count_figures(exp, t)
        by_layout[layout] = by_layout.get(layout, 0) + sum(t[k] for k in SCORED_KINDS)
    bad = write_and_check(GEN, args.out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS, check, each)
    scored = sum(tally[k] for k in SCORED_KINDS)
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS)
          + f"; indicators {tally['indicators']}")
    print("figures by layout: " + ", ".join(f"{k} {by_layout.get(k, 0)}" for k in LAYOUTS))
    print(summary_line("generator-j", args.count, args.out, scored, tally["dept_figures"], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
