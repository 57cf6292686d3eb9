#!/usr/bin/env python3
"""Generator Q: plain-text 预算绩效自评报告 in six more prose layouts, with their expected documents.

python3 tests/corpus/generator-q/generate.py OUT [-n 30] [--seed 20271125]

Layouts (report k has layout k mod 6): mubiao (goals and results in separate sections), xiangcun (a 衔接推进乡村振兴
补助资金 report with many small sub-projects), zhengti (部门整体 with its 自评表 as text lines), butie (a subsidy or
insurance programme by line), pici (money arriving in batches, spending stated at dates), dengci (a unit's projects
grouped by self-evaluation grade). See README.md. Python 3 standard library only; no clock, no hash-order dependence.
"""
import pathlib
import random
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import genlib  # noqa: E402
from genlib import (Indicator, C, Table, q2, trim, fmt_wan, fmt_yuan, fmt_yi, amount, part_of, distribute,  # noqa: E402
                    spec_indicator, spec_indicators, sat_of, grade_of, make_id, expected_doc, project_exp,
                    self_check, wrap, dw, flat_lines, flat_tabs, flat_spaced, parse_args,
                    write_texts_and_check)
from corpus_check import money_after_names  # noqa: E402

GEN = "generator-q"
PREFIX = "gq"
SEED = 20271125
LAYOUTS = ["mubiao", "xiangcun", "zhengti", "butie", "pici", "dengci"]
OUTPUT_L2 = ["数量指标", "质量指标", "时效指标", "成本指标"]

# ------------------------------------------------------------------------------------------------
# Places: 30 counties none of the other generators, generate_reports.cc or the real texts name
# (full name, short, pinyin, province, id abbreviation, document abbreviation, provincial level, prefecture, its level)

COUNTIES = [
    ("尚义县", "尚义", "shangyi", "河北", "he", "冀", "省级", "张家口市", "市级"),
    ("石楼县", "石楼", "shilou", "山西", "sx", "晋", "省级", "吕梁市", "市级"),
    ("浑源县", "浑源", "hunyuan", "山西", "sx", "晋", "省级", "大同市", "市级"),
    ("敖汉旗", "敖汉", "aohanqi", "内蒙古", "nm", "内", "自治区级", "赤峰市", "市级"),
    ("通河县", "通河", "tonghe", "黑龙江", "hl", "黑", "省级", "哈尔滨市", "市级"),
    ("逊克县", "逊克", "xunke", "黑龙江", "hl", "黑", "省级", "黑河市", "市级"),
    ("云和县", "云和", "yunhe", "浙江", "zj", "浙", "省级", "丽水市", "市级"),
    ("颍上县", "颍上", "yingshang", "安徽", "ah", "皖", "省级", "阜阳市", "市级"),
    ("泰宁县", "泰宁", "taining", "福建", "fj", "闽", "省级", "三明市", "市级"),
    ("清流县", "清流", "qingliu", "福建", "fj", "闽", "省级", "三明市", "市级"),
    ("崇义县", "崇义", "chongyi", "江西", "jx", "赣", "省级", "赣州市", "市级"),
    ("全南县", "全南", "quannan", "江西", "jx", "赣", "省级", "赣州市", "市级"),
    ("郯城县", "郯城", "tancheng", "山东", "sd", "鲁", "省级", "临沂市", "市级"),
    ("洛宁县", "洛宁", "luoning", "河南", "ha", "豫", "省级", "洛阳市", "市级"),
    ("保康县", "保康", "baokang", "湖北", "hb", "鄂", "省级", "襄阳市", "市级"),
    ("宣恩县", "宣恩", "xuanen", "湖北", "hb", "鄂", "省级", "恩施州", "州级"),
    ("麻阳苗族自治县", "麻阳", "mayang", "湖南", "hn", "湘", "省级", "怀化市", "市级"),
    ("蕉岭县", "蕉岭", "jiaoling", "广东", "gd", "粤", "省级", "梅州市", "市级"),
    ("东兰县", "东兰", "donglan", "广西", "gx", "桂", "自治区级", "河池市", "市级"),
    ("乐东黎族自治县", "乐东", "ledong", "海南", "hi", "琼", "省级", None, None),
    ("奉节县", "奉节", "fengjie", "重庆", "cq", "渝", "市级", None, None),
    ("甘洛县", "甘洛", "ganluo", "四川", "sc", "川", "省级", "凉山州", "州级"),
    ("晴隆县", "晴隆", "qinglong", "贵州", "gz", "黔", "省级", "黔西南州", "州级"),
    ("耿马傣族佤族自治县", "耿马", "gengma", "云南", "yn", "云", "省级", "临沧市", "市级"),
    ("聂荣县", "聂荣", "nierong", "西藏", "xz", "藏", "自治区级", "那曲市", "市级"),
    ("岚皋县", "岚皋", "langao", "陕西", "sn", "陕", "省级", "安康市", "市级"),
    ("漳县", "漳", "zhangxian", "甘肃", "gs", "甘", "省级", "定西市", "市级"),
    ("杂多县", "杂多", "zaduo", "青海", "qh", "青", "省级", "玉树州", "州级"),
    ("海原县", "海原", "haiyuan", "宁夏", "nx", "宁", "自治区级", "中卫市", "市级"),
    ("策勒县", "策勒", "cele", "新疆", "xj", "新", "自治区级", "和田地区", "地区级"),
]

VILLAGE_A = list("上下东西南北前后大小新老高石红青黄白柳杨桃杏梨枣松竹")
VILLAGE_B = ["坪", "湾", "沟", "岭", "庄", "岗", "塘", "坝", "寨", "垭", "岔", "川", "营", "洼", "源", "峪"]

# ------------------------------------------------------------------------------------------------
# Units: eleven kinds no other generator or real text names. Each: key, name, id, 主管部门, four main
# projects (name, purpose, budget range in 元, indicator specs, satisfaction name), two small projects,
# and a special fund for the batch layout (name, range in 元).


def S(l2, name, kind, *rest):
    return (l2, name, kind) + rest


UNITS = {
    "xzf": ("乡村振兴服务中心", "xzf", "农业农村局", [
        ("防返贫动态监测经费", "农户走访、信息比对和风险核查", (200000, 800000), [
            S("数量指标", "监测农户走访户数", "ge", "户", 2000, 9000),
            S("质量指标", "监测对象识别准确率", "pct", "%", [95, 98]),
            S("时效指标", "风险消除认定办结时限", "le", "天", 15, 30),
            S("社会效益指标", "监测对象风险消除率", "pct", "%", [80, 85, 90])], "监测户满意度"),
        ("乡村振兴驻村工作队生活补助", "驻村队员生活补助和通讯交通补贴", (300000, 1500000), [
            S("数量指标", "补助驻村队员人数", "ge", "人", 40, 160),
            S("成本指标", "每人每月生活补助标准", "le", "元", 600, 1200),
            S("时效指标", "补助按季度发放及时率", "pct", "%", [100]),
            S("社会效益指标", "驻村帮扶工作成效", "qual", "明显提升", "有所提升")], "驻村队员满意度"),
        ("脱贫劳动力订单式培训项目", "脱贫劳动力订单式、定向式职业技能培训", (200000, 1200000), [
            S("数量指标", "培训脱贫劳动力人次", "ge", "人次", 300, 1500),
            S("质量指标", "培训结业合格率", "pct", "%", [90, 95]),
            S("成本指标", "人均订单培训成本", "le", "元", 800, 1600),
            S("社会效益指标", "培训后实现就业人数", "ge", "人", 100, 600)], "参训学员满意度"),
        ("衔接项目储备论证及公示经费", "衔接项目入库论证、评审和公示", (50000, 300000), [
            S("数量指标", "入库项目论证个数", "ge", "个", 60, 240),
            S("质量指标", "入库项目公示率", "pct", "%", [100]),
            S("时效指标", "项目库年度调整完成时间", "time", "6月底前"),
            S("可持续影响指标", "项目库动态管理机制", "qual", "健全完善", "基本建立")], "村级组织满意度"),
    ], [("乡村振兴政策明白卡印制费", (20000, 90000), S("数量指标", "印制政策明白卡份数", "ge", "份", 5000, 30000)),
        ("帮扶干部业务轮训费", (30000, 120000), S("数量指标", "轮训帮扶干部人次", "ge", "人次", 100, 500))],
        ("和美乡村示范村建设补助资金", (3000000, 30000000))),
    "hjz": ("农村合作经济指导站", "hjz", "农业农村局", [
        ("农民专业合作社规范提升项目", "合作社财务辅导、示范社评定和带头人培训", (300000, 1500000), [
            S("数量指标", "指导规范提升合作社数量", "ge", "家", 20, 80),
            S("质量指标", "合作社财务规范化率", "pct", "%", [85, 90]),
            S("时效指标", "示范社年度评定完成时间", "time", "11月底前"),
            S("经济效益指标", "带动成员户均增收", "ge", "元", 800, 3000)], "合作社成员满意度"),
        ("农村集体资产清查及审计经费", "村级集体经济组织财务审计和资产清查", (200000, 900000), [
            S("数量指标", "完成集体经济组织审计个数", "ge", "个", 40, 200),
            S("质量指标", "审计问题整改率", "pct", "%", [90, 95]),
            S("成本指标", "单村审计费用", "le", "元", 2000, 5000),
            S("社会效益指标", "村级财务公开率", "pct", "%", [100])], "村民满意度"),
        ("家庭农场培育补助", "示范家庭农场认定和生产设施补助", (400000, 2000000), [
            S("数量指标", "新认定县级示范家庭农场", "ge", "家", 10, 60),
            S("质量指标", "补助资金兑付准确率", "pct", "%", [100]),
            S("经济效益指标", "示范家庭农场经营收入增幅", "ge", "%", 6, 12),
            S("可持续影响指标", "示范带动作用", "qual", "明显增强", "有所增强")], "家庭农场主满意度"),
        ("农村土地承包经营纠纷调解仲裁经费", "纠纷调处、仲裁庭审和仲裁员培训", (100000, 500000), [
            S("数量指标", "调处土地承包纠纷件数", "ge", "件", 30, 150),
            S("质量指标", "纠纷调处成功率", "pct", "%", [90, 95]),
            S("时效指标", "仲裁案件审结时限", "le", "天", 30, 60),
            S("社会效益指标", "因土地纠纷引发群体性事件", "zero", "起")], "纠纷当事人满意度"),
    ], [("农经统计年报编制经费", (20000, 80000), S("数量指标", "汇审村级统计报表份数", "ge", "份", 100, 400)),
        ("农村产权交易信息平台运维费", (40000, 150000), S("数量指标", "平台发布交易信息条数", "ge", "条", 200, 900))],
        ("农民合作社质量提升整县推进资金", (1000000, 8000000))),
    "ybf": ("医疗保障服务中心", "ybf", "医疗保障局", [
        ("医保窗口综合柜员制改造项目", "窗口改造、排队叫号设备和柜员培训", (200000, 900000), [
            S("数量指标", "窗口受理医保业务笔数", "ge", "笔", 20000, 90000),
            S("质量指标", "业务办理差错率", "le", "%", 1, 3),
            S("时效指标", "异地就医备案办结时限", "le", "个工作日", 2, 5),
            S("社会效益指标", "医保政策知晓率", "pct", "%", [85, 90])], "参保群众满意度"),
        ("定点医药机构稽核检查经费", "定点医药机构现场检查和第三方协查", (150000, 600000), [
            S("数量指标", "稽核检查定点医药机构家次", "ge", "家次", 80, 400),
            S("质量指标", "定点机构检查覆盖率", "pct", "%", [100]),
            S("经济效益指标", "追回违规使用医保基金", "ge", "万元", 20, 300),
            S("可持续影响指标", "基金监管长效机制", "qual", "有效运行", "初步建立")], "定点机构满意度"),
        ("医保结算终端运维经费", "乡村两级结算终端和专线运维", (300000, 1200000), [
            S("数量指标", "运维结算终端数量", "ge", "台", 120, 600),
            S("质量指标", "结算系统正常运行率", "pct", "%", [98, 99]),
            S("时效指标", "终端故障响应时间", "le", "小时", 2, 8),
            S("社会效益指标", "村卫生室直接结算覆盖率", "pct", "%", [90, 95])], "经办人员满意度"),
        ("医保政策集中宣传经费", "集中征缴期宣传和政策解读", (50000, 300000), [
            S("数量指标", "开展宣传活动场次", "ge", "场", 20, 120),
            S("数量指标", "发放宣传资料份数", "ge", "份", 5000, 30000),
            S("时效指标", "集中征缴宣传完成时间", "time", "10月底前"),
            S("社会效益指标", "群众参保政策知晓率", "pct", "%", [85, 90])], "群众满意度"),
    ], [("医保档案整理费", (30000, 100000), S("数量指标", "整理医保业务档案卷数", "ge", "卷", 500, 3000)),
        ("经办人员业务培训费", (20000, 80000), S("数量指标", "培训经办人员人次", "ge", "人次", 60, 300))],
        ("医疗保障服务能力建设补助资金", (1000000, 6000000))),
    "tfz": ("土壤肥料工作站", "tfz", "农业农村局", [
        ("测土配方施肥项目", "土壤采样化验、配方制定和技术推广", (200000, 1000000), [
            S("数量指标", "采集化验土壤样品", "ge", "个", 300, 1500),
            S("数量指标", "测土配方施肥技术推广面积", "ge", "万亩", 8, 40),
            S("质量指标", "样品化验合格率", "pct", "%", [95, 98]),
            S("经济效益指标", "亩均节本增收", "ge", "元", 20, 60)], "测土配方农户满意度"),
        ("耕地质量长期定位监测", "监测点维护、样品检测和监测报告编写", (100000, 500000), [
            S("数量指标", "维护耕地质量监测点", "ge", "个", 10, 40),
            S("质量指标", "监测数据上报完整率", "pct", "%", [100]),
            S("时效指标", "年度监测报告完成时间", "time", "12月底前"),
            S("可持续影响指标", "耕地质量等级", "qual", "稳中有升", "保持稳定")], "监测点农户满意度"),
        ("化肥减量增效示范", "示范区物化补助、田间试验和观摩培训", (300000, 1500000), [
            S("数量指标", "建设减量增效示范区面积", "ge", "亩", 2000, 10000),
            S("成本指标", "每亩物化补助", "le", "元", 40, 120),
            S("生态效益指标", "示范区化肥用量减少幅度", "ge", "%", 5, 10),
            S("社会效益指标", "培训示范区农户人次", "ge", "人次", 300, 1500)], "示范区农户满意度"),
        ("秸秆综合利用技术指导经费", "秸秆还田和离田利用技术指导", (100000, 400000), [
            S("数量指标", "技术指导乡镇个数", "ge", "个", 8, 20),
            S("质量指标", "秸秆综合利用率", "pct", "%", [86, 90]),
            S("时效指标", "技术指导完成时间", "time", "11月底前"),
            S("生态效益指标", "露天焚烧秸秆火点", "zero", "个")], "农户满意度"),
    ], [("土壤样品室改造费", (50000, 150000), S("数量指标", "改造样品风干室面积", "ge", "平方米", 40, 160)),
        ("肥料质量抽检费", (30000, 100000), S("数量指标", "抽检肥料样品批次", "ge", "批次", 20, 80))],
        ("高标准农田土壤改良补助资金", (2000000, 20000000))),
    "jrf": ("地方金融服务中心", "jrf", "财政局", [
        ("农村信用体系建设经费", "农户信用信息采集和信用村评定", (200000, 900000), [
            S("数量指标", "采集农户信用信息户数", "ge", "户", 5000, 30000),
            S("数量指标", "评定信用村个数", "ge", "个", 10, 60),
            S("质量指标", "信用信息入库准确率", "pct", "%", [95, 98]),
            S("经济效益指标", "新增农户信用贷款", "ge", "万元", 1000, 8000)], "农户满意度"),
        ("金融风险排查化解经费", "地方金融组织风险排查和非法集资监测", (100000, 500000), [
            S("数量指标", "开展风险排查次数", "ge", "次", 4, 24),
            S("质量指标", "风险排查覆盖率", "pct", "%", [100]),
            S("社会效益指标", "新发非法集资案件", "zero", "起"),
            S("可持续影响指标", "风险防控机制", "qual", "运行有效", "初步建立")], "群众满意度"),
        ("政银企对接活动经费", "融资对接会组织和项目推介", (50000, 300000), [
            S("数量指标", "举办政银企对接会场次", "ge", "场", 3, 12),
            S("质量指标", "签约项目跟踪服务率", "pct", "%", [100]),
            S("经济效益指标", "促成签约融资金额", "ge", "亿元", 2, 20)], "参会企业满意度"),
        ("金融知识进村入户宣传经费", "金融知识宣讲和防范电信诈骗宣传", (50000, 250000), [
            S("数量指标", "进村宣讲场次", "ge", "场", 20, 120),
            S("时效指标", "金融宣传月活动完成时间", "time", "9月30日前"),
            S("社会效益指标", "农户金融知识知晓率", "pct", "%", [80, 85])], "村民满意度"),
    ], [("金融统计监测费", (20000, 80000), S("数量指标", "报送金融运行分析报告期数", "ge", "期", 4, 12)),
        ("小额贷款公司现场检查费", (30000, 90000), S("数量指标", "现场检查小额贷款公司家次", "ge", "家次", 3, 12))],
        ("农村普惠金融服务站建设补助资金", (1000000, 9000000))),
    "slx": ("森林消防大队", "slx", "应急管理局", [
        ("森林防火装备购置项目", "风力灭火机、阻燃服和通讯设备购置", (300000, 1500000), [
            S("数量指标", "购置风力灭火机", "ge", "台", 20, 80),
            S("数量指标", "购置阻燃服", "ge", "套", 50, 300),
            S("质量指标", "防火装备验收合格率", "pct", "%", [100]),
            S("时效指标", "装备配发完成时间", "time", "3月底前"),
            S("社会效益指标", "扑救初期火情能力", "qual", "明显提升", "有所提升")], "消防队员满意度"),
        ("防火期巡护值守经费", "防火期巡护、卡口值守和瞭望", (200000, 1000000), [
            S("数量指标", "防火期巡护里程", "ge", "公里", 3000, 15000),
            S("数量指标", "卡口值守天数", "ge", "天", 120, 200),
            S("质量指标", "火情发现报告及时率", "pct", "%", [100]),
            S("社会效益指标", "重大森林火灾", "zero", "起")], "林区群众满意度"),
        ("半专业灭火力量轮训经费", "乡镇半专业灭火队伍轮训和演练", (100000, 500000), [
            S("数量指标", "轮训乡镇灭火队员人次", "ge", "人次", 60, 300),
            S("质量指标", "轮训考核合格率", "pct", "%", [95]),
            S("成本指标", "人均轮训费用", "le", "元", 500, 1500)], "参训队员满意度"),
        ("队站宿舍及训练场修缮项目", "宿舍屋面防水、训练场硬化和围墙修缮", (300000, 1200000), [
            S("数量指标", "修缮宿舍及训练场面积", "ge", "平方米", 400, 2000),
            S("质量指标", "宿舍修缮验收合格率", "pct", "%", [100]),
            S("时效指标", "宿舍修缮完工时间", "time", "10月底前"),
            S("成本指标", "修缮工程结算价款", "le", "万元", 20, 90)], "驻站队员满意度"),
    ], [("防火宣传标语制作费", (20000, 80000), S("数量指标", "制作防火宣传标牌", "ge", "块", 40, 200)),
        ("以水灭火设施维护费", (50000, 150000), S("数量指标", "维护以水灭火蓄水池", "ge", "座", 5, 20))],
        ("森林草原防灭火专项资金", (1000000, 8000000))),
    "fyz": ("法律援助中心", "fyz", "司法局", [
        ("受援人案件补贴经费", "援助律师办案补贴和异地调查取证", (300000, 1200000), [
            S("数量指标", "受理援助案件件数", "ge", "件", 150, 600),
            S("质量指标", "案件质量评查优良率", "pct", "%", [85, 90]),
            S("时效指标", "援助申请审查办结时限", "le", "个工作日", 3, 7),
            S("经济效益指标", "为受援人挽回经济损失", "ge", "万元", 100, 900)], "受援人满意度"),
        ("公共法律服务热线运维", "热线坐席值守和系统运维", (100000, 500000), [
            S("数量指标", "热线接听咨询量", "ge", "人次", 3000, 15000),
            S("质量指标", "热线咨询解答准确率", "pct", "%", [95]),
            S("时效指标", "热线来电接通率", "pct", "%", [90, 95])], "来电群众满意度"),
        ("看守所值班律师工作站经费", "值班律师值守补贴和工作站运行", (100000, 400000), [
            S("数量指标", "设立值班律师工作站", "ge", "个", 3, 8),
            S("数量指标", "值班律师提供法律帮助人次", "ge", "人次", 200, 900),
            S("质量指标", "认罪认罚案件值班律师参与率", "pct", "%", [100])], "犯罪嫌疑人家属满意度"),
        ("农民工欠薪维权援助专项", "农民工欠薪案件代理和集中维权", (100000, 600000), [
            S("数量指标", "办理农民工欠薪援助案件", "ge", "件", 30, 150),
            S("经济效益指标", "帮助农民工追回欠薪", "ge", "万元", 50, 600),
            S("时效指标", "欠薪案件指派时限", "le", "天", 2, 5)], "农民工满意度"),
    ], [("援助案卷装订归档费", (20000, 60000), S("数量指标", "装订归档援助案卷", "ge", "卷", 200, 800)),
        ("法律援助联络点补助", (30000, 120000), S("数量指标", "运行乡镇法律援助联络点", "ge", "个", 8, 20))],
        ("中央补助地方法律援助办案专款", (300000, 2000000))),
    "gzc": ("公证处", "gzc", "司法局", [
        ("涉农公证惠民服务经费", "涉农公证减免和上门办证", (100000, 500000), [
            S("数量指标", "办理涉农公证件数", "ge", "件", 200, 900),
            S("质量指标", "公证文书差错率", "le", "%", 1, 3),
            S("成本指标", "减免困难群众公证费用", "ge", "万元", 3, 20),
            S("社会效益指标", "群众办证跑腿次数", "qual", "明显减少", "有所减少")], "公证当事人满意度"),
        ("公证档案数字化项目", "公证卷宗扫描、著录和数据挂接", (200000, 800000), [
            S("数量指标", "扫描录入公证卷宗", "ge", "卷", 3000, 15000),
            S("质量指标", "数字化档案著录准确率", "pct", "%", [99]),
            S("时效指标", "卷宗数字化完成时间", "time", "11月底前"),
            S("可持续影响指标", "公证档案查阅效率", "qual", "显著提高", "有所提高")], "查档群众满意度"),
        ("公证业务用房维修改造", "办证大厅改造和无障碍设施建设", (300000, 1000000), [
            S("数量指标", "改造办证业务用房面积", "ge", "平方米", 200, 800),
            S("质量指标", "办证大厅改造验收合格率", "pct", "%", [100]),
            S("时效指标", "办证大厅改造完工时间", "time", "8月底前")], "办证群众满意度"),
        ("公证员执业能力培训经费", "公证员及辅助人员业务培训", (50000, 200000), [
            S("数量指标", "参训公证员及辅助人员", "ge", "人次", 20, 80),
            S("质量指标", "执业培训考核合格率", "pct", "%", [95, 100]),
            S("成本指标", "人均执业培训成本", "le", "元", 800, 2000)], "参训公证人员满意度"),
    ], [("公证文书防伪纸印制费", (20000, 60000), S("数量指标", "印制公证防伪纸", "ge", "万张", 1, 5)),
        ("远程视频公证设备维护费", (30000, 90000), S("数量指标", "维护远程视频公证终端", "ge", "台", 3, 12))],
        ("公证服务能力提升补助资金", (200000, 1500000))),
    "szb": ("史志办公室", "szb", "县委办公室", [
        ("县志续修编纂经费", "资料收集、志稿撰写和专家评审", (300000, 1200000), [
            S("数量指标", "完成续修志稿字数", "ge", "万字", 30, 120),
            S("质量指标", "志稿评审通过率", "pct", "%", [100]),
            S("时效指标", "志稿初审稿报送时间", "time", "12月底前"),
            S("可持续影响指标", "地方文献资料保存", "qual", "系统完整", "基本完整")], "评审专家满意度"),
        ("综合年鉴出版印制经费", "年鉴组稿、审校和出版印制", (100000, 400000), [
            S("数量指标", "出版综合年鉴册数", "ge", "册", 500, 2000),
            S("质量指标", "年鉴编校差错率", "le", "‱", 1, 3),
            S("时效指标", "综合年鉴出版时间", "time", "10月底前")], "年鉴读者满意度"),
        ("口述历史资料征集经费", "亲历者访谈、影像录制和资料整理", (100000, 500000), [
            S("数量指标", "征集口述历史资料件数", "ge", "件", 100, 600),
            S("数量指标", "访谈亲历者人数", "ge", "人", 10, 50),
            S("社会效益指标", "史志宣传教育覆盖人次", "ge", "人次", 2000, 12000)], "受访群众满意度"),
        ("乡镇简志编写指导经费", "乡镇简志编写培训和审读", (50000, 300000), [
            S("数量指标", "指导编写乡镇简志部数", "ge", "部", 3, 12),
            S("质量指标", "乡镇简志审读通过率", "pct", "%", [100]),
            S("社会效益指标", "乡土文化记忆传承", "qual", "有效传承", "基本传承")], "乡镇编写人员满意度"),
    ], [("史志资料库维护费", (20000, 80000), S("数量指标", "新增入库史志资料条目", "ge", "条", 500, 3000)),
        ("方志馆展陈更新费", (50000, 150000), S("数量指标", "更新方志馆展板", "ge", "块", 20, 80))],
        ("地方志编纂专项经费", (300000, 2000000))),
    "lyz": ("粮油质量检测站", "lyz", "发展和改革局", [
        ("储备粮油质量检测经费", "储备粮油轮换入库和库存检测", (200000, 800000), [
            S("数量指标", "检测储备粮油样品", "ge", "份", 100, 500),
            S("质量指标", "粮油检测结果准确率", "pct", "%", [100]),
            S("时效指标", "检测报告出具时限", "le", "个工作日", 5, 10),
            S("社会效益指标", "储备粮质量安全事故", "zero", "起")], "承储企业满意度"),
        ("收获粮食质量调查和品质测报", "新收获粮食扦样、检验和测报", (100000, 400000), [
            S("数量指标", "采集新收获粮食样品", "ge", "份", 60, 200),
            S("质量指标", "扦样代表性达标率", "pct", "%", [95]),
            S("时效指标", "质量调查报告报送时间", "time", "9月30日前")], "种粮农户满意度"),
        ("检验仪器设备购置", "快速检测仪器和前处理设备购置", (300000, 900000), [
            S("数量指标", "购置检验仪器台套", "ge", "台套", 5, 20),
            S("质量指标", "仪器设备验收合格率", "pct", "%", [100]),
            S("成本指标", "仪器设备采购价款", "le", "万元", 30, 90),
            S("可持续影响指标", "粮油检验能力", "qual", "显著提升", "有所提升")], "检验人员满意度"),
        ("粮食质量安全风险监测", "重金属和真菌毒素风险监测", (100000, 500000), [
            S("数量指标", "风险监测样品数", "ge", "份", 50, 200),
            S("质量指标", "超标粮食处置率", "pct", "%", [100]),
            S("社会效益指标", "超标粮食流入口粮市场", "zero", "批次")], "粮食经营者满意度"),
    ], [("检验室危化品管理费", (20000, 60000), S("数量指标", "规范管理危化试剂品种", "ge", "种", 20, 80)),
        ("检验能力比对考核费", (30000, 90000), S("数量指标", "参加能力比对考核项次", "ge", "项次", 3, 12))],
        ("粮食安全保障调控专项资金", (1000000, 9000000))),
    "jlj": ("计量检定测试所", "jlj", "市场监督管理局", [
        ("在用计量器具周期检定经费", "加油机、衡器和压力表等周期检定", (200000, 900000), [
            S("数量指标", "完成周期检定计量器具台件", "ge", "台件", 3000, 15000),
            S("质量指标", "检定结果准确率", "pct", "%", [100]),
            S("时效指标", "检定周期按时完成率", "pct", "%", [95, 98]),
            S("社会效益指标", "集贸市场计量纠纷", "le", "起", 2, 8)], "受检单位满意度"),
        ("计量标准装置更新项目", "计量标准器购置和建标考核", (300000, 1200000), [
            S("数量指标", "更新计量标准装置", "ge", "套", 2, 8),
            S("质量指标", "标准装置考核通过率", "pct", "%", [100]),
            S("时效指标", "装置建标完成时间", "time", "11月底前"),
            S("可持续影响指标", "量值溯源能力", "qual", "明显增强", "有所增强")], "企业用户满意度"),
        ("民生计量惠民服务经费", "医用和集贸市场计量器具免费检定", (100000, 500000), [
            S("数量指标", "免费检定医用计量器具", "ge", "台件", 500, 3000),
            S("数量指标", "免费检定集贸市场电子秤", "ge", "台", 800, 4000),
            S("社会效益指标", "群众计量维权意识", "qual", "明显提高", "有所提高")], "市场商户满意度"),
        ("重点用能单位能源计量审查经费", "能源计量器具配备和数据审查", (50000, 300000), [
            S("数量指标", "审查重点用能单位", "ge", "家", 5, 25),
            S("质量指标", "能源计量器具配备率", "pct", "%", [90, 95]),
            S("生态效益指标", "用能单位节能意识", "qual", "明显增强", "有所增强")], "用能企业满意度"),
    ], [("检定证书打印耗材费", (20000, 60000), S("数量指标", "出具检定证书份数", "ge", "份", 2000, 9000)),
        ("标准器送检溯源费", (40000, 120000), S("数量指标", "送检溯源标准器台件", "ge", "台件", 10, 60))],
        ("市场监管能力提升补助资金", (500000, 4000000))),
}
UNIT_KEYS = list(UNITS)
BIG_FUND_UNITS = ["xzf", "hjz", "tfz", "ybf"]

POOL = [
    S("质量指标", "资金支付合规率", "pct", "%", [100]),
    S("时效指标", "资金兑付办结时限", "le", "天", 5, 15),
    S("质量指标", "项目资料归档率", "pct", "%", [95, 100]),
    S("可持续影响指标", "后续管护制度", "qual", "建立健全", "初步建立"),
    S("社会效益指标", "政策宣传覆盖率", "pct", "%", [90, 95]),
    S("时效指标", "年度任务按期完成率", "pct", "%", [95, 100]),
]

# A shortened name some reports use for an indicator in the results section (a part of the full name)
SHORT = {
    "监测农户走访户数": "走访户数", "培训脱贫劳动力人次": "脱贫劳动力人次", "指导规范提升合作社数量": "规范提升合作社",
    "完成集体经济组织审计个数": "审计个数", "窗口受理医保业务笔数": "医保业务笔数",
    "稽核检查定点医药机构家次": "稽核检查", "测土配方施肥技术推广面积": "技术推广面积",
    "建设减量增效示范区面积": "示范区面积", "采集农户信用信息户数": "信用信息户数", "进村宣讲场次": "宣讲场次",
    "防火期巡护里程": "巡护里程", "轮训乡镇灭火队员人次": "灭火队员人次", "受理援助案件件数": "援助案件",
    "热线接听咨询量": "咨询量", "办理涉农公证件数": "涉农公证", "扫描录入公证卷宗": "公证卷宗",
    "完成续修志稿字数": "志稿字数", "出版综合年鉴册数": "年鉴册数", "检测储备粮油样品": "储备粮油样品",
    "完成周期检定计量器具台件": "检定计量器具", "免费检定集贸市场电子秤": "电子秤",
    "样品化验合格率": "合格率", "粮油检测结果准确率": "检测结果准确率", "纠纷调处成功率": "调处成功率",
    "培训后实现就业人数": "就业人数", "带动成员户均增收": "户均增收", "新增农户信用贷款": "信用贷款",
}
for _full, _short in SHORT.items():
    assert _short in _full, _full

TIME_DONE = {"3月底前": "3月22日", "6月底前": "6月18日", "8月底前": "8月25日", "9月30日前": "9月19日",
             "10月底前": "10月24日", "11月底前": "11月20日", "12月底前": "12月15日"}

# ---- the 衔接 fund's sub-projects and indicators -----------------------------------------------------

XC_SUB = [  # (template, category, range in 元)
    ("{v}村产业路硬化项目", "基础设施", (600000, 3000000)),
    ("{v}村入户便道建设项目", "基础设施", (200000, 1200000)),
    ("{v}村人饮管网改造项目", "基础设施", (300000, 1600000)),
    ("{v}村小型农田水利设施修缮项目", "基础设施", (200000, 1400000)),
    ("{v}村农产品冷藏保鲜库建设项目", "产业发展", (600000, 2400000)),
    ("{v}村食用菌大棚提升改造项目", "产业发展", (400000, 2000000)),
    ("{v}村肉牛养殖小区建设项目", "产业发展", (800000, 3600000)),
    ("{v}村高效经果林提质项目", "产业发展", (300000, 1800000)),
    ("{v}村壮大村级集体经济项目", "产业发展", (1000000, 2000000)),
    ("脱贫户产业发展到户奖补", "产业发展", (600000, 4000000)),
    ("脱贫户小额信贷财政贴息", "金融帮扶", (400000, 3000000)),
    ("防返贫致贫保险保费补助", "金融帮扶", (200000, 1200000)),
    ("雨露计划中高职在校生补助", "就业帮扶", (300000, 1800000)),
    ("跨省务工脱贫劳动力一次性交通补助", "就业帮扶", (200000, 1000000)),
    ("乡村公益性岗位补贴", "就业帮扶", (600000, 3000000)),
    ("衔接资金项目管理费", "项目管理", (60000, 300000)),
]

XC_SPECS = [
    S("数量指标", "新建及改造产业路", "ge", "公里", 5, 30),
    S("数量指标", "享受到户奖补脱贫户数", "ge", "户", 300, 2000),
    S("数量指标", "资助雨露计划学生人次", "ge", "人次", 100, 600),
    S("质量指标", "衔接项目竣工验收合格率", "pct", "%", [100]),
    S("时效指标", "衔接项目按期开工率", "pct", "%", [95, 100]),
    S("成本指标", "产业路每公里补助标准", "le", "万元", 40, 80),
    S("经济效益指标", "脱贫人口人均纯收入增幅", "pct", "%", [8, 10]),
    S("社会效益指标", "带动脱贫户和监测户户数", "ge", "户", 500, 3000),
    S("社会效益指标", "新增返贫致贫人口", "zero", "人"),
    S("可持续影响指标", "衔接项目资产管护机制", "qual", "健全", "基本健全"),
]

# ---- subsidy and insurance programmes ------------------------------------------------------------
# lines: (name, quantity unit, quantity range, subsidy per unit range in 元 or None)

BUTIE = {
    "jrf": ("政策性农业保险保费补贴", "险种", "分散农业生产风险、稳定农户收入", [
        ("水稻种植保险", "万亩", (2, 30)), ("玉米种植保险", "万亩", (2, 40)), ("小麦种植保险", "万亩", (1, 20)),
        ("马铃薯种植保险", "万亩", (1, 10)), ("能繁母猪保险", "头", (2000, 20000)),
        ("商品猪养殖保险", "头", (20000, 200000)), ("奶牛养殖保险", "头", (500, 5000)),
        ("生态公益林综合保险", "万亩", (10, 80)), ("商品林保险", "万亩", (5, 40)), ("设施蔬菜保险", "亩", (2000, 20000)),
    ], [S("数量指标", "主要农作物承保面积", "ge", "万亩", 10, 60),
        S("质量指标", "保费补贴资金拨付准确率", "pct", "%", [100]),
        S("时效指标", "理赔款兑付时限", "le", "天", 10, 30),
        S("经济效益指标", "受灾农户获得赔款", "ge", "万元", 200, 2000),
        S("社会效益指标", "三大粮食作物保险覆盖率", "pct", "%", [70, 75, 80]),
        S("可持续影响指标", "农业生产风险保障水平", "qual", "稳步提升", "有所提升")], "参保农户满意度"),
    "tfz": ("耕地质量保护与提升补助资金", "补助类别", "保护和提升耕地地力、推进化肥减量", [
        ("秸秆还田补助", "亩", (20000, 150000), (10, 30)), ("绿肥种植补助", "亩", (5000, 40000), (60, 120)),
        ("有机肥替代化肥补助", "亩", (5000, 30000), (80, 150)), ("酸化耕地治理补助", "亩", (3000, 20000), (100, 200)),
        ("深松整地作业补助", "亩", (10000, 80000), (20, 40)), ("高标准农田土壤培肥补助", "亩", (5000, 30000), (50, 100)),
    ], [S("数量指标", "耕地质量提升面积", "ge", "万亩", 2, 15),
        S("质量指标", "补助资金发放到户率", "pct", "%", [100]),
        S("时效指标", "补助资金兑付完成时间", "time", "11月底前"),
        S("经济效益指标", "项目区亩均增产", "ge", "公斤", 10, 40),
        S("生态效益指标", "项目区土壤有机质含量", "qual", "稳中有升", "基本稳定")], "受益农户满意度"),
    "ybf": ("城乡居民医保参保资助资金", "资助类别", "资助困难群众参加城乡居民基本医疗保险", [
        ("特困人员参保资助", "人", (300, 2500), (320, 400)), ("低保对象参保资助", "人", (2000, 15000), (200, 300)),
        ("防返贫监测对象参保资助", "人", (500, 5000), (150, 250)), ("重度残疾人参保资助", "人", (500, 4000), (200, 380)),
        ("孤儿及事实无人抚养儿童参保资助", "人", (20, 300), (320, 400)),
        ("计划生育特殊家庭成员参保资助", "人", (50, 600), (200, 380)),
    ], [S("质量指标", "困难群众参保率", "pct", "%", [99, 100]),
        S("质量指标", "资助资金足额到位率", "pct", "%", [100]),
        S("时效指标", "资助资金划拨完成时间", "time", "12月底前"),
        S("社会效益指标", "城乡居民基本医保参保率", "pct", "%", [95, 96, 97]),
        S("可持续影响指标", "因病致贫返贫风险", "qual", "有效防范", "基本防范")], "资助对象满意度"),
}

CN_NUM = "零一二三四五六七八九"


def cn(n, count=True):
    """A count in Chinese numerals (up to 99); 两 for a count of two."""
    if n == 2 and count:
        return "两"
    if n < 10:
        return CN_NUM[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_NUM[t]) + "十" + (CN_NUM[u] if u else "")


# ------------------------------------------------------------------------------------------------
# Money (分) as the reports write it

GRAN = {"w2": 10000, "wt": 10000, "ws": 10000, "w4": 100, "w6": 1, "y": 1, "yp": 1, "yi": 100, "k": 1000,
        "e": 1000000}


def money(fen, style):
    if style == "w2":
        return fmt_wan(fen, 2) + "万元"
    if style == "wt":
        return fmt_wan(fen, 2, trim_zeros=True) + "万元"
    if style == "ws":
        return fmt_wan(fen, 2, sep=",") + "万元"
    if style == "w4":
        return fmt_wan(fen, 4) + "万元"
    if style == "w6":
        return fmt_wan(fen, 6, trim_zeros=True) + "万元"
    if style == "y":
        return fmt_yuan(fen, ",") + "元"
    if style == "yp":
        return fmt_yuan(fen, "") + "元"
    if style == "yi":
        assert fen % 100 == 0
        return f"{fen // 100:,}元"
    if style == "k":
        assert fen % 1000 == 0
        whole, frac = divmod(fen, 100000)
        return f"{whole:,}.{frac // 1000:02d}千元"
    if style == "e":
        return fmt_yi(fen, 4, trim_zeros=True) + "亿元"
    raise ValueError(style)


def num_only(fen, style):
    """The figure without its unit (for tables whose unit stands in the header)."""
    return re.sub(r"(万元|元|千元|亿元)$", "", money(fen, style))


def spend(rng, budget, gran, full=0.3, lo=0.82, hi=0.995):
    e = budget if rng.random() < full else part_of(rng, budget, lo, hi, gran)
    while e != budget and q2(D(e) * 100 / D(budget)) >= 100:
        e -= gran
    return max(e, gran)


def split(rng, total, n, gran, lo=0.5):
    """n parts of total (each a multiple of gran, none zero), summing to total."""
    w = [rng.uniform(lo, 1.5) for _ in range(n)]
    s = sum(w)
    parts = [max(gran, int(total * x / s) // gran * gran) for x in w]
    parts[-1] = total - sum(parts[:-1])
    assert parts[-1] > 0, (total, parts)
    return parts


def rate_str(e, b, style):
    """The rate as stated: '2' two decimals, 't' trailing zeros dropped, '1' one place, '0' a whole percent
    (each rounded half up once from the exact rate); never 100 unless all was spent."""
    exact = D(e) * 100 / D(b)
    if style == "1":
        r = exact.quantize(D("0.1"), ROUND_HALF_UP)
    elif style == "0":
        r = exact.quantize(D("1"), ROUND_HALF_UP)
    else:
        r = q2(exact)
    if r >= 100 and e != b:
        r = q2(exact)
    if style == "2":
        return f"{r:.2f}" if style == "2" and r == q2(exact) else trim(r)
    return trim(r)


def rate_ok(e, b, r):
    exact = D(e) * 100 / D(b)
    return D(r) in (q2(exact), exact.quantize(D("0.1"), ROUND_HALF_UP), exact.quantize(D("1"), ROUND_HALF_UP))


# ------------------------------------------------------------------------------------------------
# Indicators and how Q's reports write them


class Ind(Indicator):
    def u(self, ctx):
        return ctx["pct"] if self.unit == "%" else self.unit

    def v(self, x, ctx):
        return f"{x}{self.u(ctx)}"

    def comp(self, ctx, rng):
        """The target with its comparison, without the name: ≥300人次, 不少于300人次, 控制在100%以内, 0起."""
        k, t = self.kind, self.target
        if k in ("ge", "pct", "sat"):
            if k != "ge" and t == "100":
                return rng.choice([f"达到{self.v(t, ctx)}", f"={self.v(t, ctx)}", self.v(t, ctx)])
            return rng.choice([f"≥{self.v(t, ctx)}", f"不少于{self.v(t, ctx)}", f"{self.v(t, ctx)}以上",
                               f"不低于{self.v(t, ctx)}"])
        if k in ("le", "lepct"):
            return rng.choice([f"≤{self.v(t, ctx)}", f"不超过{self.v(t, ctx)}", f"控制在{self.v(t, ctx)}以内"])
        if k == "zero":
            return rng.choice([f"0{self.u(ctx)}", f"={self.v('0', ctx)}"])
        if k == "time":
            return f"{t}完成"
        return t

    def act(self, ctx):
        if self.kind in ("time", "qual"):
            return self.actual
        return self.v(self.actual, ctx)

    def done(self, ctx):
        """The actual as a result: a deadline met is the date with 完成."""
        if self.kind == "time":
            return f"{self.actual}完成" if self.met else self.actual
        if self.kind == "qual":
            return self.actual
        return self.v(self.actual, ctx)

    def goal(self, ctx, rng, first=False):
        """The target as a clause of a goal sentence (the 绩效目标 section)."""
        n, k, t = self.name, self.kind, self.target
        if k == "ge":
            return rng.choice([f"{'全年' if first else ''}完成{n}{self.v(t, ctx)}", f"{n}不少于{self.v(t, ctx)}",
                               f"{n}达到{self.v(t, ctx)}以上", f"{n}≥{self.v(t, ctx)}"])
        if k in ("pct", "sat"):
            if t == "100":
                return rng.choice([f"{n}达到{self.v(t, ctx)}", f"{n}实现{self.v(t, ctx)}"])
            return rng.choice([f"{n}达到{self.v(t, ctx)}以上", f"{n}不低于{self.v(t, ctx)}", f"{n}≥{self.v(t, ctx)}"])
        if k in ("le", "lepct"):
            return rng.choice([f"{n}控制在{self.v(t, ctx)}以内", f"{n}不超过{self.v(t, ctx)}"])
        if k == "zero":
            return rng.choice([f"{n}为0{self.u(ctx)}", f"确保{n}控制在0{self.u(ctx)}"])
        if k == "time":
            return f"{n}为{t}"
        return rng.choice([f"{n}{t}", f"实现{n}{t}"])

    def result(self, ctx, rng, nm):
        """The actual alone, under the name nm (the full or a shortened name; the results section)."""
        k, a = self.kind, self.act(ctx)
        if k == "ge":
            return rng.choice([f"{nm}实际完成{a}", f"{nm}{a}", f"完成{nm}{a}", f"{nm}达{a}"])
        if k == "sat":
            return rng.choice([f"经问卷调查，{nm}为{a}", f"抽样调查显示{nm}达到{a}", f"{nm}{a}"])
        if k in ("pct", "lepct", "le"):
            return rng.choice([f"{nm}为{a}", f"{nm}达到{a}", f"{nm}实际{a}"]) if k == "pct" else f"{nm}为{a}"
        if k == "zero":
            return rng.choice([f"全年{nm}0{self.u(ctx)}", f"{nm}为0{self.u(ctx)}"])
        if k == "time":
            return f"{nm}为{a}" if self.met else f"{nm}{a}"
        return f"{nm}{a}"

    def pair(self, ctx, rng, form):
        """Target and actual in one clause, in Q's wordings."""
        n, c, a = self.name, self.comp(ctx, rng), self.done(ctx)
        t = self.target
        if self.kind in ("time", "qual"):
            return {0: f"{n}预期{t}，实际{a}", 1: f"{n}：年度指标值“{t}”，全年实际完成值“{a}”",
                    2: f"{n}预期目标{t}，实际完成情况为{a}", 3: f"{n}设定为“{t}”，实现“{a}”",
                    4: f"{n}（目标值：{t}）实际{a}"}[form]
        if form == 0 and self.kind == "ge":
            return f"{n}年初任务数{self.v(t, ctx)}，全年完成值{a}"
        return {0: f"{n}年度指标值{c}，全年完成值{a}", 1: f"{n}：年度指标值{c}，全年实际完成值{a}",
                2: f"{n}预期目标{c}，实际完成情况{a}", 3: f"{n}设定为{c}，实现{a}",
                4: f"{n}（目标值：{c}）实际完成{a}"}[form]

    def exp(self, with_score):
        return {"name": self.name, "target": self.target, "actual": self.actual,
                "score": self.score if with_score else None}


def draw_inds(rng, specs, satname, met=0.8, n_lo=5, n_hi=8, pool=POOL):
    return spec_indicators(rng, specs, satname, pool, Ind, OUTPUT_L2, TIME_DONE, met, n_lo, n_hi)


def self_score(e, b, inds):
    return min(D(e) * 100 / D(b), D(100)) / 10 + sum(D(i.score) for i in inds)


# ------------------------------------------------------------------------------------------------
# Context, copy forms and rendering

FORMS = ["web", "word", "pdf", "web", "pdfh"]
FORM_SHIFT = {"mubiao": 0, "xiangcun": 1, "zhengti": 2, "butie": 3, "pici": 4, "dengci": 0}


def make_ctx(rng, i, layout, seed):
    perm = random.Random(f"{GEN}/{seed}/places").sample(range(len(COUNTIES)), len(COUNTIES))
    c = COUNTIES[perm[i % len(COUNTIES)]]
    k = i // len(LAYOUTS)
    ctx = {"index": i, "layout": layout, "seed": seed, "variant": k % 5,
           "county": c[0], "cshort": c[1], "cpy": c[2], "prov": c[3], "ppy": c[4], "pabbr": c[5], "plevel": c[6],
           "city": c[7], "clevel": c[8], "xian": "旗" if c[0].endswith("旗") else "县"}
    if layout == "xiangcun":
        ukey = "hjz" if k % 3 == 2 else "xzf"
        ctx["year"] = rng.randint(2021, 2024)
    elif layout == "butie":
        ukey = ["jrf", "tfz", "ybf"][k % 3]
        ctx["year"] = rng.randint(2019, 2024)
    elif layout == "pici" and k % 5 == 3:
        ukey = rng.choice(BIG_FUND_UNITS)
        ctx["year"] = rng.randint(2019, 2024)
    else:
        ukey = rng.choice(UNIT_KEYS)
        ctx["year"] = rng.randint(2019, 2024)
    u = UNITS[ukey]
    ctx.update(ukey=ukey, unit=c[0] + u[0], unit_py=u[1], dept=c[0] + u[2], ukind=u[0])
    ctx["form"] = FORMS[(k + FORM_SHIFT[layout]) % len(FORMS)]
    ctx["spaced"] = ctx["form"].startswith("pdf") and rng.random() < 0.5
    ctx["pct"] = "％" if rng.random() < 0.3 else "%"
    ctx["pub"] = f"{ctx['year'] + 1}年{rng.randint(3, 8)}月{rng.randint(1, 28)}日"
    ctx["pubdash"] = "{}-{:02d}-{:02d}".format(*map(int, re.findall(r"\d+", ctx["pub"])))
    ctx["indent"] = rng.choice(["　　", "　　", "  ", ""])
    ctx["blank"] = rng.random() < 0.5
    ctx["hindent"] = rng.random() < 0.3
    ctx["width"] = rng.randint(60, 80)
    ctx["per_page"] = rng.randint(34, 44)
    ctx["numstyle"] = rng.choice(["dash", "dot", "page", "frac", "bar"])
    ctx["docn"] = lambda r, kind="农": f"{ctx['cshort'][0]}财{kind}〔{ctx['year']}〕{r.randint(3, 160)}号"
    return ctx


def city_fin(ctx):
    if ctx["city"]:
        return f"{ctx['city']}财政局"
    return f"{ctx['prov']}{'市财政局' if ctx['plevel'] == '市级' else '省财政厅'}"


def upper_fin(ctx):
    return {"省级": "省财政厅", "自治区级": "自治区财政厅", "市级": "市财政局"}[ctx["plevel"]]


def we(ctx):
    return "我" + ctx["xian"]


def page_number(style, p, n):
    if style == "dash":
        return f"— {p} —".center(60).rstrip()
    if style == "dot":
        return f"·{p}·".rjust(64) if p % 2 else f"·{p}·"
    if style == "page":
        return f"第{p}页".center(60).rstrip()
    if style == "frac":
        return f"{p} / {n}".rjust(66)
    return f"-{p}-".center(62).rstrip()


CJK = "\u4e00-\u9fff"


def spaced(s):
    """A space between a figure and the characters beside it, as a PDF's text often has (共 12.5 万元)."""
    s = re.sub(rf"(?<=[{CJK}])(?=\d)", " ", s)
    return re.sub(rf"(?<=[\d%％])(?=[{CJK}])", " ", s)


def top_lines(ctx, rng, title):
    c, u = ctx["county"], ctx["unit"]
    n = rng.randint(40, 2600)
    if rng.random() < 0.5:
        return [f"{c}人民政府门户网站", "网站首页 · 政务公开 · 办事服务 · 互动交流 · 数据发布",
                "所在栏目：政务公开 ➤ 重点领域信息 ➤ 财政预决算", "", title,
                f"发文单位：{u}　　成文日期：{ctx['pubdash']}　　访问量：{n}", ""]
    return [f"{c}{rng.choice(['财政局', '人民政府'])}　信息公开平台",
            "信息公开目录 | 机构职能 | 规划计划 | 财政信息 | 绩效管理",
            f"主题分类：财政、金融、审计　　公开方式：主动公开　　责任部门：{u}", "", title,
            f"{ctx['pubdash']}　　来源：{u}", ""]


def bottom_lines(ctx, rng):
    c = ctx["county"]
    if rng.random() < 0.5:
        return ["", "相关附件：无", "【打印此页】　【收藏本文】　【回到顶部】",
                f"主办单位：{c}人民政府办公室　　承办单位：{c}政务服务中心"]
    return ["", "分享到：微信　微博　QQ空间", "上一篇：无　　下一篇：无",
            f"版权所有：{c}人民政府　　联系我们　|　网站地图　|　隐私声明"]


def render(ctx, rng, title, blocks, protect):
    """blocks: (kind, text) with kind p (a paragraph), h (a heading), line (a line kept as is: table cells,
    list lines), blank, sig (signature and date). Returns the report text in the context's copy form."""
    form = ctx["form"]
    body = []
    for kind, text in blocks:
        if kind == "blank":
            body.append(("line", ""))
            continue
        if ctx["spaced"]:
            text = spaced(text)
        body.append((kind, text))
    if form in ("web", "word"):
        out = []
        if form == "web":
            out += top_lines(ctx, rng, title)
        else:
            if rng.random() < 0.5:
                out += [f"附件{rng.randint(1, 4)}", ""]
            out += [title, ""]
        for kind, text in body:
            if kind == "p":
                out.append(ctx["indent"] + text)
                if ctx["blank"]:
                    out.append("")
            elif kind == "h":
                out.append((ctx["indent"] if ctx["hindent"] else "") + text)
                if ctx["blank"]:
                    out.append("")
            elif kind == "sig":
                out.append(("　" * 16 if form == "word" else "") + text)
            else:
                out.append(text)
        if form == "web":
            out += bottom_lines(ctx, rng)
        return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"
    w = ctx["width"]
    lines = [" " * max(0, (w - dw(title)) // 2) + title, ""]
    for kind, text in body:
        if kind in ("p", "h"):
            lines += wrap(text, w, indent="　　" if kind == "p" else "")
        elif kind == "sig":
            lines.append(" " * max(0, w - dw(text) - 4) + text)
        elif dw(text) > w + 10:
            lines += wrap(text, w)
        else:
            lines.append(text)
    header = f"{ctx['unit']}{ctx['year']}年度绩效自评报告" if form == "pdfh" else None
    return genlib.paginate(lines, header, ctx["per_page"], protect, ctx["numstyle"], numbering=page_number)


def finish(ctx, rng, title, blocks, exp_projects, kind, funds=None, dept=None):
    rid = make_id(PREFIX, ctx)
    protect = [p["name"] for p in exp_projects]
    for p in exp_projects:
        for i in p["indicators"]:
            protect.append(i["name"])
            for v in (i["target"], i["actual"]):
                if v and not re.fullmatch(r"[\d.]+", v):
                    protect.append(v)
    for i in dept or []:
        protect.append(i["name"])
        for v in (i["target"], i["actual"]):
            if v and not re.fullmatch(r"[\d.]+", v):
                protect.append(v)
    blocks = blocks + [("blank", ""), ("sig", ctx["unit"]), ("sig", ctx["pub"])]
    txt = render(ctx, rng, title, blocks, protect)
    exp = expected_doc(GEN, ctx, rid, title, kind, ctx["unit"], funds, exp_projects, dept)
    return rid, txt, exp


def ind_list_exp(inds, with_score=False):
    return [i.exp(with_score) for i in inds]


def R(ctx, r):
    return f"{r}{ctx['pct']}"


# ------------------------------------------------------------------------------------------------
# Layout 1: mubiao — goals and results in separate sections


def b_mubiao(rng, ctx):
    v = ctx["variant"]
    u = UNITS[ctx["ukey"]]
    y = ctx["year"]
    nproj = [1, 2, 3, 2, 1][v]
    style = ["w2", "y", "wt", "w4", "ws"][v]
    gran = GRAN[style]
    chosen = rng.sample(u[3], nproj)
    projs = []
    for name, purpose, (lo, hi), specs, satname in chosen:
        b = amount(rng, lo, hi, gran)
        e = spend(rng, b, gran)
        inds = draw_inds(rng, specs, satname, n_lo=5, n_hi=7)
        projs.append({"name": name, "purpose": purpose, "b": b, "e": e, "inds": inds,
                      "fiscal": b if v == 0 else None, "rs": rate_str(e, b, rng.choice(["2", "t", "1"]))})
    title = (f"{ctx['unit']}关于{projs[0]['name']}{y}年度绩效自评情况的报告" if nproj == 1
             else f"{ctx['unit']}{y}年度项目支出绩效自评报告")
    B = [("p", f"根据{ctx['county']}财政局关于开展{y}年度预算绩效自评工作的通知要求，我单位对"
               f"{'该项目' if nproj == 1 else f'{cn(nproj)}个项目'}的绩效目标实现情况进行了自评，现将有关情况报告如下。"),
         ("h", "一、项目基本情况")]
    for k, p in enumerate(projs):
        m = lambda f: money(f, style)  # noqa: E731
        head = f"（{cn(k + 1, False)}）{p['name']}。" if nproj > 1 else f"{p['name']}，"
        rs = R(ctx, p["rs"])
        if v == 0:
            s = (f"{head[:-1] if nproj == 1 else head}由{ctx['unit']}负责实施，主要用于{p['purpose']}。{y}年项目年度预算{m(p['b'])}，"
                 f"全部为财政拨款，年内实际支出{m(p['e'])}，预算执行率{rs}。")
        elif v == 1:
            s = (f"{head}该项目主要用于{p['purpose']}。{y}年该项目预算批复{m(p['b'])}，当年支出{m(p['e'])}，"
                 f"结余{m(p['b'] - p['e'])}，执行率{rs}。")
        elif v == 2:
            s = (f"{head}资金安排情况：预算{m(p['b'])}；资金支出情况：截至12月31日支出{m(p['e'])}；"
                 f"执行进度{rs}。项目主要内容为{p['purpose']}。")
        elif v == 3:
            s = (f"{head}项目内容为{p['purpose']}，{y}年度预算资金{m(p['b'])}，到位{m(p['b'])}，"
                 f"年末累计支出{m(p['e'])}，资金执行率{rs}。")
        else:
            init = p["b"] - part_of(rng, p["b"], 0.05, 0.25, gran)
            s = (f"{head}该项目年初预算{m(init)}，年中追加{m(p['b'] - init)}，调整后全年预算{m(p['b'])}，"
                 f"全年执行{m(p['e'])}，执行率{rs}（按调整后预算计算）。项目主要用于{p['purpose']}。")
        B.append(("p", s))
    B.append(("h", "二、绩效目标"))
    for k, p in enumerate(projs):
        inds = p["inds"]
        lead = f"{p['name']}：" if nproj > 1 else ""
        if v == 1:
            outs = [i for i in inds if i.l1 == "产出指标"]
            bens = [i for i in inds if i.l1 == "效益指标"]
            sat = [i for i in inds if i.l1 == "满意度指标"]
            B.append(("p", f"{lead}年度绩效目标分为三类。"))
            for j, (lab, group) in enumerate((("产出目标", outs), ("效益目标", bens), ("满意度目标", sat))):
                if group:
                    B.append(("line", f"{j + 1}.{lab}：" + "；".join(i.goal(ctx, rng) for i in group) + "。"))
        else:
            goals = [i.goal(ctx, rng, first=(n == 0)) for n, i in enumerate(inds)]
            intro = rng.choice([f"{y}年度绩效目标为：", "项目年度绩效目标：", "年初设定的绩效目标是："])
            if lead:
                intro = intro.rstrip("：")
            B.append(("p", f"{lead}{intro}" + "，".join(goals) + "。"))
    B.append(("h", "三、绩效目标完成情况"))
    for k, p in enumerate(projs):
        inds = p["inds"]
        parts = []
        for i in inds:
            nm = i.name
            short = SHORT.get(i.name)
            if v in (1, 3) and short and rng.random() < 0.7 and not any(short in j.name for j in inds if j is not i):
                nm = short
            s = i.result(ctx, rng, nm)
            if v == 4 and i.kind != "sat":
                s += f"（得分{i.score}分）"
            if not i.met or (i.numeric and i.kind in ("ge", "pct", "sat") and D(i.actual) < D(i.target)):
                s += "，未完成年度目标"
            parts.append(s)
        lead = f"（{cn(k + 1, False)}）{p['name']}。" if nproj > 1 else ""
        B.append(("p", lead + "；".join(parts) + "。"))
    B.append(("h", "四、自评结论"))
    for p in projs:
        sc = q2(self_score(p["e"], p["b"], p["inds"]))
        B.append(("p", f"经自评，{p['name']}得分{trim(sc)}分，等级为“{grade_of(sc)}”。"))
        if v == 2:
            B.append(("p", "各项指标得分：" + "、".join(f"{i.name}{i.score}分" for i in p["inds"]) + "。"))
    B.append(("h", "五、存在问题及改进措施"))
    B.append(("p", rng.choice(["部分指标设置偏保守，年度目标值与实际工作量存在差距；下一步将结合往年完成情况科学设定指标值。",
                               "项目支出进度前松后紧；下一步将按月调度支出进度，及时研究解决实施中的问题。"])))
    exps = []
    for p in projs:
        with_score = v in (2, 4)
        inds = [i.exp(with_score and (v == 2 or i.kind != "sat")) for i in p["inds"]]
        exps.append(project_exp(p["name"], p["b"], p["fiscal"], p["e"], p["rs"], sat_of(p["inds"]), inds))
    return finish(ctx, rng, title, B, exps, "项目支出自评")


# ------------------------------------------------------------------------------------------------
# Layout 2: xiangcun — the 衔接 fund with many small sub-projects


def villages(rng, n):
    out = []
    while len(out) < n:
        x = rng.choice(VILLAGE_A) + rng.choice(VILLAGE_B)
        if x not in out:
            out.append(x)
    return out


def b_xiangcun(rng, ctx):
    v = ctx["variant"]
    y = ctx["year"]
    style = ["w2", "wt", "ws", "y", "w4"][v]
    gran = GRAN[style]
    m = lambda f: money(f, style)  # noqa: E731
    fund = f"{ctx['county']}{y}年衔接推进乡村振兴补助资金"
    n = rng.randint(8, 16) if v != 2 else rng.randint(12, 20)
    vs = villages(rng, n)
    subs = []
    pool = list(XC_SUB)
    rng.shuffle(pool)
    vi = 0
    while len(subs) < n:
        for tpl, cat, (lo, hi) in pool:
            if len(subs) >= n:
                break
            if "{v}" in tpl:
                name = tpl.format(v=vs[vi])
                vi += 1
            elif any(s["tpl"] == tpl for s in subs):
                continue
            else:
                name = tpl
            b = amount(rng, lo, hi, gran)
            subs.append({"tpl": tpl, "name": name, "cat": cat, "b": b})
    for s in subs:
        s["e"] = spend(rng, s["b"], gran, full=0.45, lo=0.7)
        s["said"] = rng.random() > 0.25
    T = sum(s["b"] for s in subs)
    E = sum(s["e"] for s in subs)
    levels = [("中央", 0.45, 0.62), (ctx["plevel"][:-1] if ctx["plevel"] != "市级" else "市", 0.15, 0.25)]
    if ctx["clevel"]:
        levels.append((ctx["clevel"][:-1], 0.02, 0.08))
    src = []
    rest = T
    for name, lo, hi in levels:
        a = part_of(rng, T, lo, hi, gran)
        src.append((name, a))
        rest -= a
    src.append(("县", rest))
    assert rest > 0
    rs = rate_str(E, T, rng.choice(["2", "t"]))
    inds = draw_inds(rng, XC_SPECS[:4] + rng.sample(XC_SPECS[4:], 3), rng.choice(["脱贫群众满意度", "受益群众满意度"]),
                     n_lo=6, n_hi=8, pool=[])
    title = rng.choice([f"{fund}绩效自评报告", f"关于{fund}使用情况的绩效自评报告"])
    B = [("p", f"按照{city_fin(ctx)}、乡村振兴部门关于开展{y}年度衔接资金绩效自评工作的安排，"
               f"{ctx['unit']}会同行业部门对{fund}的分配、使用和绩效目标实现情况进行了自评。")]
    B.append(("h", "一、资金下达及来源"))
    lvl = lambda nm: f"{nm}级" if nm != "中央" else "中央"  # noqa: E731
    if v in (0, 3):
        B.append(("p", f"{y}年{we(ctx)}共下达衔接推进乡村振兴补助资金{m(T)}，其中：" +
                  "，".join(f"{lvl(nm)}衔接资金{m(a)}" for nm, a in src) + "。"))
    elif v == 1:
        B.append(("p", f"{y}年度全{ctx['xian']}衔接资金总规模{m(T)}，按资金来源分："))
        for k, (nm, a) in enumerate(src):
            B.append(("line", f"{k + 1}.{lvl(nm)}衔接资金{m(a)}；"))
    elif v == 2:
        B.append(("p", f"{y}年{we(ctx)}衔接资金来源为" + "、".join(f"{lvl(nm)}{m(a)}" for nm, a in src) +
                  f"，合计{m(T)}，全部纳入{fund}统筹安排。"))
    else:
        B.append(("p", f"{y}年到{ctx['xian']}衔接资金{m(T)}。分级次看，" +
                  "；".join(f"{lvl(nm)}财政安排{m(a)}" for nm, a in src) + "。"))
    B.append(("h", "二、资金使用情况"))
    left = T - E
    B.append(("p", f"截至{y}年12月31日，{fund}已支出{m(E)}，支出进度{R(ctx, rs)}" +
              (f"，结余资金{m(left)}按规定收回统筹使用。" if left else "，资金已全部支出。")))
    B.append(("h", "三、项目实施情况"))
    cnt = cn(n) if v != 3 else str(n)
    if v == 0:
        B.append(("p", f"全年共实施衔接资金项目{cnt}个，具体如下："))
        for k, s in enumerate(subs):
            tail = f"已支付{m(s['e'])}" if s["said"] else "项目已完工，正在办理结算"
            B.append(("line", f"{k + 1}.{s['name']}：安排衔接资金{m(s['b'])}，{tail}。"))
    elif v == 1:
        items = []
        for k, s in enumerate(subs):
            items.append(f"（{k + 1}）{s['name']}，投入{m(s['b'])}" + (f"，完成支付{m(s['e'])}" if s["said"] else ""))
        B.append(("p", f"{y}年共实施项目{cnt}个：" + "；".join(items) + "。"))
    elif v == 2:
        cats = []
        for s in subs:
            if s["cat"] not in cats:
                cats.append(s["cat"])
        B.append(("p", f"全年安排项目{cnt}个，按类别分述如下。"))
        for c in cats:
            group = [s for s in subs if s["cat"] == c]
            items = [f"{s['name']}{m(s['b'])}" + (f"（已支出{m(s['e'])}）" if s["said"] else "") for s in group]
            B.append(("p", f"{c}类项目{cn(len(group))}个，共{m(sum(s['b'] for s in group))}：" + "，".join(items) + "。"))
    elif v == 3:
        B.append(("p", f"{y}年度衔接资金共支持项目{cnt}个，各项目资金安排及报账情况如下："))
        for s in subs:
            B.append(("line", f"{s['name']}，衔接资金{m(s['b'])}" + (f"，报账{m(s['e'])}" if s["said"] else "，尚未报账") + "；"))
    else:
        parts = []
        for s in subs:
            parts.append(f"{s['name']}安排{m(s['b'])}，" + (f"已报账{m(s['e'])}。" if s["said"] else "目前正在实施。"))
        B.append(("p", f"全年实施项目{cnt}个。" + "".join(parts)))
    B.append(("h", "四、绩效指标完成情况"))
    form = [0, 3, 1, 4, 2][v]
    if v in (1, 3):
        for l1 in ("产出指标", "效益指标", "满意度指标"):
            group = [i for i in inds if i.l1 == l1]
            if group:
                B.append(("p", f"{l1}：" + "；".join(i.pair(ctx, rng, form) for i in group) + "。"))
    else:
        for k, i in enumerate(inds):
            B.append(("line", f"{k + 1}.{i.pair(ctx, rng, form)}。"))
    sc = q2(self_score(E, T, inds))
    B.append(("h", "五、自评结论"))
    B.append(("p", f"综合资金投入、项目实施和指标完成情况，{fund}自评得分{trim(sc)}分，评价等级为“{grade_of(sc)}”。"))
    exps = [project_exp(fund, T, None, E, rs, sat_of(inds), ind_list_exp(inds))]
    for s in subs:
        exps.append(project_exp(s["name"], s["b"], None, s["e"] if s["said"] else None))
    return finish(ctx, rng, title, B, exps, "专项资金")


# ------------------------------------------------------------------------------------------------
# Layout 3: zhengti — 部门整体 with its self-evaluation form as text lines

DEPT_DEV = {True: ["", "无", "—"], False: ["受政策调整影响，部分工作未达预期", "下一步加强预算执行管理"]}


def b_zhengti(rng, ctx):
    v = ctx["variant"]
    y = ctx["year"]
    u = UNITS[ctx["ukey"]]
    gran = GRAN["w2"]
    m = lambda f: money(f, "w2")  # noqa: E731
    nums = lambda f: num_only(f, "w2")  # noqa: E731
    ps = rng.sample(u[3], rng.randint(2, 4))
    projs = []
    for name, purpose, (lo, hi), specs, satname in ps:
        b = amount(rng, lo, hi, gran)
        projs.append({"name": name, "b": b, "e": spend(rng, b, gran), "specs": specs, "sat": satname})
    staff = rng.randint(12, 60)
    onjob = staff - rng.randint(0, 4) if rng.random() < 0.8 else staff + rng.randint(1, 3)
    bb = amount(rng, 60000 * staff, 150000 * staff, gran)
    be = spend(rng, bb, gran, full=0.2, lo=0.93)
    P = sum(p["b"] for p in projs)
    B_ = bb + P
    E = be + sum(p["e"] for p in projs)
    I = B_ - part_of(rng, B_, 0.03, 0.2, gran)
    rs = rate_str(E, B_, "2")
    # base data for the department indicators
    sg_b = amount(rng, 30000, 150000, gran)
    sg_a = part_of(rng, sg_b, 0.7, 1.0, gran) if rng.random() < 0.85 else sg_b + part_of(rng, sg_b, 0.02, 0.1, gran)
    gy_b = amount(rng, 8000 * staff, 20000 * staff, gran)
    gy_a = part_of(rng, gy_b, 0.85, 1.0, gran)
    cg_b = amount(rng, 100000, 800000, gran)
    cg_a = part_of(rng, cg_b, 0.85, 1.0, gran)

    def pr(a, b):
        return trim(q2(D(a) * 100 / D(b)))

    rows = []  # (l1, l2, Ind)
    rows.append(Ind("产出指标", "数量指标", "在职人员控制率", "lepct", "%", "100", pr(onjob, staff)))
    specs_q = [s for p in projs for s in p["specs"] if s[2] in ("ge",)]
    for s in rng.sample(specs_q, min(2, len(specs_q))):
        rows.append(spec_indicator(rng, s, Ind, OUTPUT_L2, TIME_DONE, 0.85))
    taken = {i.name for i in rows}
    rows.append(Ind("产出指标", "质量指标", "重点工作办结率", "pct", "%", rng.choice(["95", "100"]),
                    genlib.pct_actual(rng, 100, rng.random() < 0.8)))
    rate_row = v in (1, 3)  # 预算执行率 as an indicator row (the money row then carries no points)
    if rate_row:
        rows.append(Ind("产出指标", "时效指标", "预算执行率", "pct", "%", rng.choice(["95", "100"]), rs))
    rows.append(Ind("产出指标", "时效指标", "政府采购执行率", "pct", "%", rng.choice(["95", "100"]), pr(cg_a, cg_b)))
    rows.append(Ind("产出指标", "成本指标", "“三公”经费控制率" if rng.random() < 0.5 else "三公经费控制率",
                    "lepct", "%", "100", pr(sg_a, sg_b)))
    rows.append(Ind("产出指标", "成本指标", "公用经费控制率", "lepct", "%", "100", pr(gy_a, gy_b)))
    rows.append(Ind("产出指标", "成本指标", "结转结余率", "le", "%", rng.choice(["5", "10"]), pr(B_ - E, B_)))
    bens = [s for p in projs for s in p["specs"] if s[0] in genlib.BENEFIT_L2 and s[1] not in taken]
    if bens:
        rows.append(spec_indicator(rng, rng.choice(bens), Ind, OUTPUT_L2, TIME_DONE, 0.85))
    q = rng.random() < 0.8
    rows.append(Ind("效益指标", "可持续影响指标", "管理制度健全性", "qual", "", "健全", "健全" if q else "基本健全", q))
    q = rng.random() < 0.85
    rows.append(Ind("效益指标", "可持续影响指标", "预决算信息公开性", "qual", "", "按时公开", "按时公开" if q else "基本按时公开", q))
    t = rng.choice([85, 90])
    rows.append(Ind("满意度指标", "服务对象满意度指标", rng.choice(["服务对象满意度", "社会公众满意度"]), "sat", "%",
                    str(t), trim(D(t) + D(rng.randint(0, (99 - t) * 10)) / 10)))
    # order: outputs by level, benefits, satisfaction; weights 50/30/10
    outs = sorted([i for i in rows if i.l1 == "产出指标"], key=lambda i: OUTPUT_L2.index(i.l2))
    bns = sorted([i for i in rows if i.l1 == "效益指标"], key=lambda i: genlib.BENEFIT_L2.index(i.l2))
    sat = [i for i in rows if i.l1 == "满意度指标"]
    rows = outs + bns + sat
    w = distribute(rng, 60 if rate_row else 50, len(outs), 3) + distribute(rng, 30, len(bns), 4) + [10]
    for i, wt in zip(rows, w):
        i.weight = str(wt)
        i.compute_score(rng)
    ex_score = D(0) if rate_row else q2(min(D(E) * 100 / D(B_), D(100)) / 10)
    total = q2(ex_score + sum(D(i.score) for i in rows))
    title = rng.choice([f"{ctx['unit']}{y}年度部门整体支出绩效自评报告", f"{ctx['unit']}{y}年部门整体支出绩效自评情况"])
    B = [("h", "一、部门基本情况"),
         ("p", f"{ctx['unit']}为{ctx['dept']}所属公益一类事业单位，核定编制{staff}名，{y}年末实有在职人员{onjob}人。"
               f"主要承担{'、'.join(p[1] for p in ps[:2])}等工作。"),
         ("h", "二、部门整体支出情况"),
         ("p", f"{y}年年初预算{m(I)}，年中追加{m(B_ - I)}，全年预算{m(B_)}，其中基本支出{m(bb)}、项目支出{m(P)}；"
               f"全年执行{m(E)}，预算执行率{R(ctx, rs)}。"),
         ("p", f"项目支出共{cn(len(projs))}个：" + "；".join(
             f"{p['name']}全年预算{m(p['b'])}，执行{m(p['e'])}" for p in projs) + "。"),
         ("p", f"“三公”经费预算{m(sg_b)}，实际支出{m(sg_a)}；公用经费预算{m(gy_b)}，实际支出{m(gy_a)}；"
               f"政府采购预算{m(cg_b)}，实际采购{m(cg_a)}。"),
         ("h", "三、部门整体支出绩效自评表"),
         ("p", "自评表填报情况如下（金额单位：万元）："),
         ("blank", "")]
    R_ = R(ctx, rs)
    dev = lambda i: rng.choice(DEPT_DEV[i.met and not (i.numeric and (  # noqa: E731
        (i.kind in ("ge", "pct", "sat") and D(i.actual) < D(i.target)) or
        (i.kind in ("le", "lepct") and D(i.actual) > D(i.target))))])
    tdisp = lambda i: i.target if i.kind == "qual" else i.comp(ctx, rng)  # noqa: E731
    if v == 1:
        L = ["部门整体支出绩效自评表", f"（{y}年度）", f"部门（单位）名称：{ctx['unit']}",
             f"年初预算数：{nums(I)}；全年预算数：{nums(B_)}；全年执行数：{nums(E)}；" +
             (f"执行率：{R_}" if rate_row else f"分值：10；执行率：{R_}；得分：{trim(ex_score)}"),
             f"按支出性质分：基本支出{nums(bb)}，项目支出{nums(P)}"]
        for i in rows:
            L.append(f"一级指标：{i.l1}；二级指标：{i.l2}；三级指标：{i.name}；年度指标值：{tdisp(i)}；"
                     f"实际完成值：{i.act(ctx)}；分值：{i.weight}；得分：{i.score}")
        L.append(f"总分：{trim(total)}　　自评等级：{grade_of(total)}")
        table_text = "\n".join(L)
    else:
        t = Table()
        t.row(C("部门整体支出绩效自评表", cs=8))
        t.row(C(f"（{y}年度）", cs=8))
        t.row(C("部门（单位）名称", cs=2), C(ctx["unit"], cs=6))
        t.row(C("年度预算（万元）", cs=2, rs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
        t.row(nums(I), nums(B_), nums(E), "—" if rate_row else "10", R_, "—" if rate_row else trim(ex_score))
        t.row(C("按支出性质分", cs=2), C(f"基本支出：{nums(bb)}", cs=3), C(f"项目支出：{nums(P)}", cs=3))
        t.row(C("年度总体目标", cs=2), C(f"保障{ctx['unit']}正常运转，完成{'、'.join(p['name'] for p in projs[:2])}等年度任务",
                                      cs=6))
        t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
        k = 0
        while k < len(rows):
            l1 = rows[k].l1
            n1 = sum(1 for i in rows if i.l1 == l1)
            first1 = True
            j = k
            while j < k + n1:
                l2 = rows[j].l2
                n2 = sum(1 for i in rows[j:k + n1] if i.l2 == l2)
                for x in range(n2):
                    i = rows[j + x]
                    cells = []
                    if first1:
                        cells.append(C(l1, rs=n1))
                        first1 = False
                    if x == 0:
                        cells.append(C(l2, rs=n2))
                    cells += [i.name, tdisp(i), i.act(ctx), i.weight, i.score, dev(i)]
                    t.row(*cells)
                j += n2
            k += n1
        t.row(C("总分", cs=5), "100", trim(total), grade_of(total))
        table_text = {0: lambda: flat_lines(t), 2: lambda: flat_spaced(t), 3: lambda: flat_tabs(t),
                      4: lambda: flat_lines(t, blank=True)}[v]()
    for ln in table_text.split("\n"):
        B.append(("line", ln))
    B += [("blank", ""), ("h", "四、自评结论"),
          ("p", f"经自评，{ctx['unit']}{y}年度部门整体支出绩效自评得分{trim(total)}分，等级为“{grade_of(total)}”。")]
    funds = {"budget_total": genlib.yuan_exp(B_), "executed_total": genlib.yuan_exp(E), "execution_rate_stated": rs}
    exps = [project_exp(p["name"], p["b"], None, p["e"]) for p in projs]
    dept = [i.exp(True) for i in rows]
    return finish(ctx, rng, title, B, exps, "部门整体自评", funds, dept)


# ------------------------------------------------------------------------------------------------
# Layout 4: butie — a subsidy or insurance programme line by line


def b_butie(rng, ctx):
    v = ctx["variant"]
    y = ctx["year"]
    key = ctx["ukey"]
    prog, linelab, purpose, lines_spec, specs, satname = BUTIE[key]
    style = {"jrf": ["w2", "wt", "w2", "ws", "w2"], "tfz": ["y", "yp", "y", "w4", "y"],
             "ybf": ["y", "w4", "yp", "y", "w6"]}[key][v]
    gran = GRAN[style]
    m = lambda f: money(f, style)  # noqa: E731
    chosen = rng.sample(lines_spec, rng.randint(4, min(7, len(lines_spec))))
    lines = []
    for ln in chosen:
        name, qunit, (qlo, qhi) = ln[0], ln[1], ln[2]
        if key == "jrf":
            if qunit == "万亩":
                plan = D(rng.randint(qlo * 100, qhi * 100)) / 100
                done = plan if rng.random() < 0.6 else plan - D(rng.randint(1, max(1, int(plan * 5)))) / 100
            else:
                plan = D(rng.randint(qlo, qhi))
                done = plan if rng.random() < 0.6 else plan - rng.randint(1, max(1, int(plan) // 20))
            b = amount(rng, 200000, 4000000, gran)
            prem = b + part_of(rng, b, 0.15, 0.35, gran)
            e = spend(rng, b, gran, full=0.5)
            lines.append({"name": name, "qunit": qunit, "plan": trim(plan), "done": trim(done), "b": b, "e": e,
                          "prem": prem, "ind": "承保面积" if "亩" in qunit else "投保数量"})
        else:
            std = rng.randint(*ln[3])
            plan = rng.randint(qlo, qhi)
            if plan >= 1000:
                plan = plan // 10 * 10
            done = plan if rng.random() < 0.5 else plan - rng.randint(1, max(1, plan // 25))
            b, e = plan * std * 100, done * std * 100
            if style in ("w2", "wt", "ws"):
                raise AssertionError(style)
            lines.append({"name": name, "qunit": qunit, "plan": str(plan), "done": str(done), "b": b, "e": e,
                          "std": std, "ind": "补助面积" if key == "tfz" else "资助人数"})
    for ln in lines:
        ln["rs"] = rate_str(ln["e"], ln["b"], "2") if (v in (1, 3) or key != "jrf") else None
    T = sum(ln["b"] for ln in lines)
    E = sum(ln["e"] for ln in lines)
    rs = rate_str(E, T, rng.choice(["2", "t"]))
    inds = draw_inds(rng, specs, satname, n_lo=5, n_hi=7, pool=[])
    name = prog if v % 2 == 0 else f"{y}年度{prog}"
    title = rng.choice([f"{ctx['county']}{y}年度{prog}绩效自评报告", f"{ctx['unit']}{y}年度{prog}绩效自评报告"])
    src_c = part_of(rng, T, 0.4, 0.55, gran)
    src_p = part_of(rng, T, 0.2, 0.3, gran)
    B = [("h", "一、基本情况"),
         ("p", f"{prog}主要用于{purpose}。{(str(y) + '年') if name == prog else ''}{we(ctx)}{name}应补资金{m(T)}，其中中央财政{m(src_c)}，"
               f"{ctx['plevel']}财政{m(src_p)}，{'县' if ctx['xian'] == '县' else '旗'}级财政{m(T - src_c - src_p)}。"
               f"截至年底实际拨付{m(E)}，拨付率{R(ctx, rs)}。")]
    B.append(("h", f"二、分{linelab}实施情况"))
    for k, ln in enumerate(lines):
        qa = f"{ln['plan']}{ln['qunit']}"
        qd = f"{ln['done']}{ln['qunit']}"
        if key == "jrf":
            what = f"{ln['ind']}计划{qa}、实际承保{qd}" if ln["ind"] == "承保面积" else f"{ln['ind']}计划{qa}，实际投保{qd}"
            money_s = (f"总保费{m(ln['prem'])}，其中财政补贴应补{m(ln['b'])}、农户自缴{m(ln['prem'] - ln['b'])}，"
                       f"已拨付补贴{m(ln['e'])}")
        elif key == "tfz":
            what = f"{ln['ind']}计划{qa}，实际完成{qd}，补助标准每亩{ln['std']}元"
            money_s = f"应补资金{m(ln['b'])}，实际兑付{m(ln['e'])}"
        else:
            what = f"计划{ln['ind']}{qa}，实际{ln['ind']}{qd}，资助标准每人{ln['std']}元"
            money_s = f"应拨资金{m(ln['b'])}，实拨{m(ln['e'])}"
        rate_s = f"，拨付率{R(ctx, ln['rs'])}" if ln["rs"] else ""
        if v in (0, 4):
            B.append(("p", f"{k + 1}、{ln['name']}：{what}；{money_s}{rate_s}。"))
        elif v == 1:
            if k == 0:
                B.append(("p", f"按{linelab}分：" + "；".join(
                    f"{x['name']}，{(('总保费' + m(x['prem']) + '，') if key == 'jrf' else '')}应补{m(x['b'])}，已拨{m(x['e'])}"
                    f"，拨付率{R(ctx, x['rs'])}" for x in lines) + "。"))
                B.append(("p", "各类别完成数量：" + "；".join(
                    f"{x['name']}，{x['ind']}计划{x['plan']}{x['qunit']}、实际{x['done']}{x['qunit']}" for x in lines) + "。"))
        elif v == 2:
            B.append(("h", f"（{cn(k + 1, False)}）{ln['name']}"))
            B.append(("line", f"{linelab}数量：{what}"))
            B.append(("line", f"资金情况：{money_s}{rate_s}"))
        else:
            B.append(("line", f"{ln['name']}　{what}；{money_s}{rate_s}。"))
    B.append(("h", "三、绩效指标完成情况"))
    form = [1, 0, 2, 3, 4][v]
    for l1 in ("产出指标", "效益指标", "满意度指标"):
        group = [i for i in inds if i.l1 == l1]
        if group:
            B.append(("p", f"{l1}：" + "；".join(i.pair(ctx, rng, form) for i in group) + "。"))
    sc = q2(self_score(E, T, inds))
    B.append(("h", "四、自评结论"))
    B.append(("p", f"{name}自评得分{trim(sc)}分，自评等级为“{grade_of(sc)}”。"))
    exps = [project_exp(name, T, None, E, rs, sat_of(inds), ind_list_exp(inds))]
    for ln in lines:
        exps.append(project_exp(ln["name"], ln["b"], None, ln["e"], ln["rs"], None,
                                [{"name": ln["ind"], "target": ln["plan"], "actual": ln["done"], "score": None}]))
    return finish(ctx, rng, title, B, exps, "专项资金")


# ------------------------------------------------------------------------------------------------
# Layout 5: pici — batches, spending at dates, adjustments, 结转/结余

ORD = ["一", "二", "三", "四"]


def b_pici(rng, ctx):
    v = ctx["variant"]
    y = ctx["year"]
    u = UNITS[ctx["ukey"]]
    fname, (lo, hi) = u[5]
    big = v == 3 and ctx["ukey"] in BIG_FUND_UNITS
    style = ["w2", "y", "k", "w2" if big else "w4", "ws"][v]
    gran = GRAN[style]
    m = lambda f: money(f, style)  # noqa: E731
    if big:
        T = amount(rng, 100000000, 250000000, GRAN["e"])
    else:
        T = amount(rng, lo, hi, gran * 10)
    nb = [2, 3, 2, rng.choice([2, 3]), 3][v]
    add = part_of(rng, T, 0.05, 0.15, gran) if v in (1, 4) else 0
    cut = part_of(rng, T, 0.03, 0.1, gran) if v in (2, 4) else 0
    base = T - add + cut
    batches = split(rng, base, nb, gran)
    E = spend(rng, T, gran, full=0.2, lo=0.8, hi=0.99)
    carry = T - E
    checkpoints = {0: ["6月30日"], 1: ["6月30日", "9月30日"], 2: ["3月31日", "6月30日", "9月30日"],
                   3: ["6月30日"], 4: ["6月30日", "9月30日"]}[v]
    fr = sorted(rng.uniform(0.15, 0.85) for _ in checkpoints)
    mids = [max(gran, int(E * f) // gran * gran) for f in fr]
    rs = rate_str(E, T, rng.choice(["2", "t", "1"]))
    sp, sat = u[3][rng.randrange(4)][3], u[3][0][4]
    inds = draw_inds(rng, sp, sat, n_lo=5, n_hi=7)
    kind_doc = {"xzf": "农", "hjz": "农", "tfz": "农", "ybf": "社", "jrf": "金", "slx": "建", "fyz": "行",
                "gzc": "行", "szb": "行", "lyz": "经", "jlj": "行"}[ctx["ukey"]]
    title = rng.choice([f"{ctx['unit']}{y}年度{fname}绩效自评报告", f"{ctx['county']}{y}年{fname}绩效自评报告"])
    B = [("h", "一、资金下达情况")]
    total_before = sum(batches)
    if v == 0:
        B.append(("p", f"{y}年{fname}分{cn(nb)}批下达。第一批下达{m(batches[0])}（{ctx['docn'](rng, kind_doc)}），"
                       f"第二批下达{m(batches[1])}（{ctx['docn'](rng, kind_doc)}），累计下达{m(T)}。"))
    elif v == 3 and big:
        B.append(("p", f"{y}年{upper_fin(ctx)}及{ctx['county']}财政局共分{cn(nb)}批下达{fname}{money(T, 'e')}，其中" +
                  "，".join(f"第{ORD[k]}批{m(a)}" for k, a in enumerate(batches)) + "。"))
    else:
        parts = [f"{k + 3}月{rng.randint(1, 28)}日下达第{ORD[k]}批{m(a)}" for k, a in enumerate(batches)]
        B.append(("p", f"{y}年，{fname}" + "，".join(parts) + f"，{cn(nb)}批合计{m(total_before)}。"))
        if add and cut:
            B.append(("p", f"年中根据项目实施进度追加{m(add)}，同时调减未实施项目资金{m(cut)}，调整后全年预算{m(T)}。"))
        elif add:
            B.append(("p", f"年中追加{m(add)}，全年累计下达{m(T)}。"))
        elif cut:
            B.append(("p", f"9月根据实际需求调减{m(cut)}，调整后全年预算为{m(T)}。"))
    B.append(("h", "二、资金支出情况"))
    parts = []
    for cp, a in zip(checkpoints, mids):
        parts.append(f"截至{cp}支出{m(a)}，支出进度{R(ctx, rate_str(a, T, 't'))}")
    parts.append(f"截至12月31日累计支出{m(E)}，执行率{R(ctx, rs)}")
    B.append(("p", "；".join(parts) + "。"))
    if carry:
        if v == 4:
            c1 = part_of(rng, carry, 0.4, 0.9, gran) if carry > gran else carry
            c2 = carry - c1
            B.append(("p", f"年末结转下年{m(c1)}" + (f"，结余{m(c2)}已收回{ctx['county']}财政。" if c2 else "。")))
        else:
            B.append(("p", f"未支出的{m(carry)}为工程质保金和尚未结算款项，已按规定结转下年使用。"))
    pp = D(rng.randint(5, 60)) / 10
    B.append(("p", rng.choice([f"全年执行率较上年提高{trim(pp)}个百分点。", f"四季度支出进度高于序时进度{trim(pp)}个百分点。",
                               f"执行率比全{'市' if ctx['city'] else '省'}平均水平高{trim(pp)}个百分点。"])))
    B.append(("h", "三、绩效指标完成情况"))
    for k, i in enumerate(inds):
        if i.kind == "ge" and int(i.actual) >= 4:
            half = max(1, int(int(i.actual) * rng.uniform(0.3, 0.6)))
            s = f"{i.name}年度目标{i.comp(ctx, rng)}，上半年完成{i.v(half, ctx)}，全年完成{i.act(ctx)}"
        elif i.kind == "time":
            s = f"{i.name}年度目标{i.target}，{'实际于' + i.actual + '完成' if i.met else '实际' + i.actual}"
        elif i.kind == "qual":
            s = f"{i.name}年度目标“{i.target}”，全年评估为“{i.actual}”"
        else:
            s = f"{i.name}年度目标{i.comp(ctx, rng)}，全年实际{i.act(ctx)}"
        B.append(("line" if v in (1, 3) else "p", f"{k + 1}.{s}。" if v in (1, 3) else f"{s}。"))
    sc = q2(self_score(E, T, inds))
    B.append(("h", "四、自评结论"))
    B.append(("p", f"{fname}自评得分{trim(sc)}分，等级“{grade_of(sc)}”。"))
    exps = [project_exp(fname, T, None, E, rs, sat_of(inds), ind_list_exp(inds))]
    return finish(ctx, rng, title, B, exps, "专项资金")


# ------------------------------------------------------------------------------------------------
# Layout 6: dengci — a unit's projects grouped by their self-evaluation grade


def weaken(rng, inds, n):
    """Up to n counts or rates missed by far (a project graded 良 or 中)."""
    for i in [i for i in inds if i.kind in ("ge", "pct")][:n]:
        t = D(i.target)
        if i.kind == "ge":
            i.actual = str(max(1, int(t * D(rng.randint(45, 75)) / 100)))
        else:
            i.actual = trim((t * D(rng.randint(55, 80)) / 100).quantize(D("0.1"), ROUND_HALF_UP))
        i.met = False
        i.compute_score(rng)


def b_dengci(rng, ctx):
    v = ctx["variant"]
    y = ctx["year"]
    u = UNITS[ctx["ukey"]]
    style = ["w2", "wt", "y", "w4", "yi"][v]
    gran = GRAN[style]
    m = lambda f: money(f, style)  # noqa: E731
    nums = lambda f: num_only(f, style)  # noqa: E731
    plist = [(p[0], p[2], p[3], p[4]) for p in u[3]] + [(s[0], s[1], [s[2]], "服务对象满意度") for s in u[4]]
    chosen = rng.sample(plist, rng.randint(4, 6))
    projs = []
    for name, (lo, hi), specs, satname in chosen:
        b = amount(rng, lo, hi, gran)
        weak = rng.random() < 0.4
        e = spend(rng, b, gran, full=0, lo=0.4, hi=0.75) if weak else spend(rng, b, gran, full=0.3)
        inds = draw_inds(rng, specs, satname, met=0.6 if weak else 0.85, n_lo=4, n_hi=7)
        if weak:
            weaken(rng, inds, rng.randint(1, 3))
        sc = q2(self_score(e, b, inds))
        projs.append({"name": name, "b": b, "e": e, "inds": inds, "sc": sc, "g": grade_of(sc),
                      "rs": rate_str(e, b, rng.choice(["2", "t"])),
                      "shown": sorted(rng.sample(range(len(inds)), rng.randint(2, min(4, len(inds)))))})
    T = sum(p["b"] for p in projs)
    E = sum(p["e"] for p in projs)
    rs = rate_str(E, T, "2")
    grades = [g for g in ("优", "良", "中", "差") if any(p["g"] == g for p in projs)]
    label = {"优": "优", "良": "良", "中": "中", "差": "差"}
    title = rng.choice([f"{ctx['unit']}{y}年度项目支出绩效自评结果报告", f"{ctx['unit']}{y}年度项目绩效自评情况报告"])
    n = len(projs)
    B = [("h", "一、自评工作开展情况"),
         ("p", f"{y}年度{ctx['unit']}纳入绩效自评的项目共{cn(n) if v % 2 else n}个，涉及预算资金{m(T)}，"
               f"实际支出{m(E)}，总体执行率{R(ctx, rs)}。各项目对照年初绩效目标逐项评分，评分结果如下："),
         ("p", "；".join(f"自评为“{label[g]}”的项目{cn(sum(1 for p in projs if p['g'] == g))}个，涉及资金"
                        f"{m(sum(p['b'] for p in projs if p['g'] == g))}" for g in grades) + "。"),
         ("h", "二、各项目自评情况")]
    k = 0
    for gi, g in enumerate(grades):
        group = [p for p in projs if p["g"] == g]
        B.append(("h", f"（{cn(gi + 1, False)}）自评等级为“{label[g]}”的项目（{cn(len(group))}个）"))
        if v == 4:
            B.append(("line", "序号　项目名称　预算数（元）　支出数（元）　执行率　自评得分"))
        for p in group:
            k += 1
            shown = [p["inds"][j] for j in p["shown"]]
            rr = R(ctx, p["rs"])
            if v == 0:
                B.append(("line", f"{k}.{p['name']}（自评得分{trim(p['sc'])}分）：预算{m(p['b'])}，支出{m(p['e'])}，执行率{rr}。"))
                for i in shown:
                    B.append(("line", f"　　{i.name}：年度目标{i.comp(ctx, rng)}，完成情况{i.done(ctx)}，得{i.score}分。"))
            elif v == 1:
                B.append(("p", f"{k}.{p['name']}，资金{m(p['b'])}，已支出{m(p['e'])}，执行率{rr}，自评{trim(p['sc'])}分。"
                                "主要指标：" + "；".join(f"{i.name}目标{i.comp(ctx, rng)}、实际{i.done(ctx)}" for i in shown) + "。"))
            elif v == 2:
                B.append(("line", f"{cn(k, False)}是{p['name']}。全年预算{m(p['b'])}，实际支出{m(p['e'])}，预算执行率{rr}，"
                                  f"自评得分{trim(p['sc'])}分。"))
                for i in shown:
                    B.append(("line", f"——{i.name}：计划{i.comp(ctx, rng)}，实际{i.done(ctx)}（得分{i.score}）"))
            elif v == 3:
                B.append(("p", f"（{k}）{p['name']}：全年预算数{m(p['b'])}，全年执行数{m(p['e'])}，执行率{rr}；"
                                f"自评{trim(p['sc'])}分。"))
                for i in shown:
                    B.append(("line", f"·{i.pair(ctx, rng, 1)}"))
            else:
                B.append(("line", f"{k}　{p['name']}　{nums(p['b'])}　{nums(p['e'])}　{rr}　{trim(p['sc'])}"))
                B.append(("line", "　　主要指标：" + "；".join(f"{i.name}{i.comp(ctx, rng)}/{i.done(ctx)}" for i in shown)))
    B.append(("h", "三、存在的问题"))
    low = [p for p in projs if p["g"] in ("中", "差")]
    B.append(("p", ("“" + "”“".join(p["name"] for p in low) + "”支出进度偏慢，部分指标未完成年度目标。") if low
              else "个别项目支出进度前慢后快，年度目标设置偏保守。"))
    scores = v in (0, 2)
    exps = []
    for p in projs:
        shown = [p["inds"][j] for j in p["shown"]]
        sat = next((i.actual for i in shown if i.kind == "sat"), None)
        exps.append(project_exp(p["name"], p["b"], None, p["e"], p["rs"], sat, ind_list_exp(shown, scores)))
    funds = {"budget_total": genlib.yuan_exp(T), "executed_total": genlib.yuan_exp(E), "execution_rate_stated": rs}
    return finish(ctx, rng, title, B, exps, "项目支出自评", funds)


BUILDERS = {"mubiao": b_mubiao, "xiangcun": b_xiangcun, "zhengti": b_zhengti, "butie": b_butie, "pici": b_pici,
            "dengci": b_dengci}


# ------------------------------------------------------------------------------------------------
# The self-check


def check(exp, txt):
    problems = []
    f = exp["funds"]
    saved = []
    # rates may be stated rounded to one place or a whole percent: check them here, then let self_check see q2
    for p in exp["projects"] + [f]:
        b = p.get("budget_total")
        e = p.get("executed") if "executed" in p else p.get("executed_total")
        r = p.get("execution_rate_stated")
        if r is not None:
            if b is None or e is None:
                problems.append(f"{p.get('name', 'funds')}: a rate without its figures")
                continue
            if not rate_ok(D(e), D(b), r):
                problems.append(f"{p.get('name', 'funds')}: rate {r} is not {e}/{b}")
            if D(r) >= 100 and D(e) != D(b):
                problems.append(f"{p.get('name', 'funds')}: rate {r} though not all was spent")
            saved.append((p, r))
            p["execution_rate_stated"] = str(q2(D(e) * 100 / D(b)))
    problems += self_check(exp, strict=True)
    for p, r in saved:
        p["execution_rate_stated"] = r
    for p in exp["projects"]:
        for k in ("budget_total", "budget_fiscal", "executed"):
            if p[k] is not None and D(p[k]) <= 0:
                problems.append(f"{p['name']}: {k} not above zero")
        names = [i["name"] for i in p["indicators"]]
        if len(set(names)) != len(names):
            problems.append(f"{p['name']}: indicator names repeat")
        for i in p["indicators"]:
            if i["target"] is None and i["actual"] is None:
                problems.append(f"{p['name']}: {i['name']} states nothing")
    problems += money_after_names(exp, txt)
    return problems


def main(argv):
    args = parse_args(argv, __doc__, SEED)
    return write_texts_and_check(GEN, args, LAYOUTS, make_ctx, BUILDERS, check)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
