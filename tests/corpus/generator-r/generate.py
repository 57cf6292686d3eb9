#!/usr/bin/env python3
"""Generator R: six more layouts of 预算绩效自评报告 as plain text, with their expected documents.

Usage: generate.py OUT [-n 30] [--seed S]
Writes OUT/<id>.txt and OUT/<id>.expected.json for N reports, six layouts cycled: fengmian (a county's
项目支出绩效评价自评报告 form: cover, 项目基本概况 table with 计划安排 / 到位 / 实际支出 / 结余 by level, 支出明细 with
voucher numbers, indicator table), qingdan (a unit's bundle of 项目支出绩效自评表 after a 清单, template rows left
empty), jingji (a 部门整体 report whose money is 收入 / 基本支出 / 项目支出 in 元, each project's spending broken down by
economic class), sanmubiao (发展项目 reports with 投入目标 / 产出目标 / 效果目标), duodanwei (a fund in 亿元, its parts in
万元, its payments in 元), haoma (a project report full of numbers that are no budget figures: phones, 文号, codes,
dates, counts). Every expected figure is checked to be in the text (genlib's driver and self_check).
Python 3 standard library only; no clock, no hash-order dependence.
"""
import pathlib
import random
import re
import sys
from decimal import ROUND_HALF_UP

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (D, Indicator, spec_indicators, q2, trim, yuan_exp, fmt_yuan, fmt_wan, fmt_yi,  # noqa: E402
                    amount, part_of, spent, grade_of, expected_doc, project_exp, self_check,
                    wrap, straddles, paginate, flat_lines, flat_tabs, flat_spaced, Table, C,
                    parse_args, write_texts_and_check, dw)
from corpus_check import money_after_names  # noqa: E402

GEN = "generator-r"
SEED = 20271203
LAYOUTS = ["fengmian", "qingdan", "jingji", "sanmubiao", "duodanwei", "haoma"]

# --------------------------------------------------------------------------------------------
# Places: 30 counties none of the other generators (B … Q, generate_reports.cc) nor dev/ and fresh*/ name.
# (province pinyin, province, county, short, county pinyin, prefecture level word or None for 重庆)

PLACES = [
    ("he", "河北", "涞水县", "涞水", "laishui", "市"), ("he", "河北", "饶阳县", "饶阳", "raoyang", "市"),
    ("sx", "山西", "左权县", "左权", "zuoquan", "市"), ("sx", "山西", "汾西县", "汾西", "fenxi", "市"),
    ("nm", "内蒙古", "额济纳旗", "额济纳", "ejina", "盟"), ("nm", "内蒙古", "察哈尔右翼后旗", "察右后旗", "chayouhou", "市"),
    ("ln", "辽宁", "康平县", "康平", "kangping", "市"), ("hl", "黑龙江", "塔河县", "塔河", "tahe", "地区"),
    ("hl", "黑龙江", "桦川县", "桦川", "huachuan", "市"), ("js", "江苏", "淮安市洪泽区", "洪泽", "hongze", "市"),
    ("zj", "浙江", "嵊泗县", "嵊泗", "shengsi", "市"), ("ah", "安徽", "休宁县", "休宁", "xiuning", "市"),
    ("ah", "安徽", "阜南县", "阜南", "funan", "市"), ("fj", "福建", "华安县", "华安", "huaan", "市"),
    ("jx", "江西", "莲花县", "莲花", "lianhua", "市"), ("sd", "山东", "无棣县", "无棣", "wudi", "市"),
    ("sd", "山东", "高青县", "高青", "gaoqing", "市"), ("gd", "广东", "新丰县", "新丰", "xinfeng", "市"),
    ("gx", "广西", "乐业县", "乐业", "leye", "市"), ("cq", "重庆", "武隆区", "武隆", "wulong", None),
    ("sc", "四川", "得荣县", "得荣", "derong", "州"), ("sc", "四川", "金阳县", "金阳", "jinyang", "州"),
    ("yn", "云南", "双柏县", "双柏", "shuangbai", "州"), ("yn", "云南", "盐津县", "盐津", "yanjin", "市"),
    ("xz", "西藏", "改则县", "改则", "gaize", "地区"), ("sn", "陕西", "吴堡县", "吴堡", "wubu", "市"),
    ("sn", "陕西", "麟游县", "麟游", "linyou", "市"), ("gs", "甘肃", "合水县", "合水", "heshui", "市"),
    ("qh", "青海", "囊谦县", "囊谦", "nangqian", "州"), ("xj", "新疆", "吉木乃县", "吉木乃", "jimunai", "地区"),
]
AUTONOMOUS = {"nm", "gx", "xz", "xj"}

# --------------------------------------------------------------------------------------------
# Units: twelve kinds no other generator (nor dev/, fresh*/) names. Each: name, 主管部门, duties, three projects
# (name, indicator specs, 满意度 name, budget range in 万元), and a larger fund with named parts for duodanwei
# (name, parts (name template, purpose template), its indicators, total range in 万元).
# Specs as genlib's: (二级, name, "ge"/"le", unit, lo, hi) | (二级, name, "pct", "%", targets) | (二级, name, "lepct",
# "%", (100,)) | (二级, name, "zero", unit) | (二级, name, "time", deadline) | (二级, name, "qual", target, partly).

UNITS = {
    "dws": dict(
        name="动物卫生监督所", dept="农业农村局",
        duties=["负责辖区动物及动物产品检疫出证和动物卫生监督执法", "承担畜禽屠宰环节质量安全监管",
                "监督病死动物无害化处理和动物调运指定通道管理"],
        projects=[
            ("动物检疫申报点运行经费", [
                ("数量指标", "产地检疫申报受理", "ge", "批次", 800, 5000),
                ("数量指标", "出具动物检疫证明", "ge", "份", 1000, 8000),
                ("质量指标", "检疫出证规范率", "pct", "%", (98, 100)),
                ("时效指标", "申报受理响应时限", "le", "小时", 2, 6),
                ("社会效益指标", "违规调运动物案件", "zero", "起")], "养殖场户满意度", 8, 40),
            ("屠宰环节质量安全监管经费", [
                ("数量指标", "派驻屠宰场官方兽医", "ge", "人", 4, 20),
                ("数量指标", "抽检肉品样品", "ge", "批次", 60, 400),
                ("质量指标", "屠宰检疫覆盖率", "pct", "%", (100,)),
                ("社会效益指标", "屠宰环节质量安全事件", "zero", "起"),
                ("可持续影响指标", "屠宰行业监管机制", "qual", "运转规范", "基本规范")], "定点屠宰企业满意度", 10, 60),
            ("病死动物收集转运补助资金", [
                ("数量指标", "收集转运病死动物", "ge", "头（只）", 2000, 30000),
                ("成本指标", "单头收集转运补助标准", "le", "元", 60, 120),
                ("质量指标", "收集转运处理率", "pct", "%", (100,)),
                ("时效指标", "转运补助兑付时间", "time", "12月25日前兑付"),
                ("生态效益指标", "养殖环境污染", "qual", "有效防控", "基本防控")], "病死动物交售户满意度", 30, 200),
        ],
        fund=("动物卫生监管基础设施建设资金", [
            ("{town}动物调运指定通道检查站建设项目", "新建查验用房{a}平方米、消毒通道{n}条"),
            ("病死动物集中收集点建设项目", "在{n}个乡镇建设冷库收集点，新增冷藏容积{a}立方米"),
            ("动物卫生监督信息平台建设项目", "接入养殖场户{a}家，配备移动执法终端{b}台"),
            ("检疫电子出证设备购置项目", "购置电子出证设备{b}套，覆盖申报点{n}个"),
            ("{town}畜禽交易市场消毒设施改造项目", "改造消毒池{n}座、硬化场地{a}平方米"),
        ], [("数量指标", "新建指定通道检查站", "ge", "个", 1, 3), ("数量指标", "建成病死动物收集点", "ge", "个", 4, 12),
            ("质量指标", "工程竣工验收合格率", "pct", "%", (100,)), ("社会效益指标", "辖区动物疫情暴发", "zero", "起")],
            "养殖场户满意度", 1200, 4000)),
    "nzd": dict(
        name="农业综合行政执法大队", dept="农业农村局",
        duties=["集中行使农业农村领域行政处罚及相关行政检查、行政强制职能", "承担农资市场、农产品质量安全和渔业执法",
                "开展农业执法宣传和法治培训"],
        projects=[
            ("农资打假专项整治经费", [
                ("数量指标", "开展农资市场检查", "ge", "次", 30, 200),
                ("数量指标", "抽检农资样品", "ge", "批次", 40, 300),
                ("质量指标", "农资案件办结率", "pct", "%", (95, 100)),
                ("社会效益指标", "重大坑农害农事件", "zero", "起"),
                ("时效指标", "春耕农资专项检查", "time", "4月底前完成")], "农资购买户满意度", 8, 40),
            ("农产品质量安全执法抽检经费", [
                ("数量指标", "监督抽检农产品", "ge", "批次", 100, 800),
                ("质量指标", "抽检结果上报及时率", "pct", "%", (100,)),
                ("成本指标", "单批次检测成本", "le", "元", 300, 800),
                ("社会效益指标", "农产品质量安全事故", "zero", "起")], "农产品经营主体满意度", 10, 50),
            ("执法装备购置经费", [
                ("数量指标", "配发执法记录仪", "ge", "台", 5, 40),
                ("数量指标", "配备农残快检设备", "ge", "套", 2, 12),
                ("质量指标", "执法装备验收合格率", "pct", "%", (100,)),
                ("时效指标", "执法装备配发时间", "time", "9月底前配发"),
                ("可持续影响指标", "执法办案规范化水平", "qual", "明显提升", "有所提升")], "执法人员满意度", 15, 80),
        ],
        fund=("农业执法指挥中心及快检实验室建设资金", [
            ("农业执法指挥中心主体工程", "新建业务用房{a}平方米"),
            ("农产品快检实验室设备购置项目", "购置检测设备{b}台（套）"),
            ("执法信息化平台建设项目", "建设执法办案系统及{n}个乡镇视频终端"),
            ("{town}渔政执法码头改造项目", "改造执法趸船{n}艘、码头{a}平方米"),
        ], [("数量指标", "建成快检实验室", "ge", "个", 1, 2), ("数量指标", "配备快检设备", "ge", "台（套）", 20, 80),
            ("质量指标", "实验室资质认定通过率", "pct", "%", (100,)), ("社会效益指标", "执法案件平均办理时限", "le", "天", 20, 45)],
            "执法人员满意度", 1000, 3000)),
    "dys": dict(
        name="道路运输服务中心", dept="交通运输局",
        duties=["承担道路客货运输、机动车维修和驾驶员培训行业管理服务", "负责城乡客运班线运营保障和农村客运补贴核算",
                "组织道路运输安全生产检查"],
        projects=[
            ("农村客运班线运营补助", [
                ("数量指标", "补助农村客运班线", "ge", "条", 10, 60),
                ("数量指标", "保障通客车建制村", "ge", "个", 50, 300),
                ("质量指标", "建制村客车通达率", "pct", "%", (100,)),
                ("时效指标", "运营补助发放时间", "time", "11月底前发放"),
                ("社会效益指标", "城乡群众出行便利度", "qual", "明显改善", "有所改善")], "客运沿线群众满意度", 50, 400),
            ("道路运输安全监管经费", [
                ("数量指标", "检查道路运输企业", "ge", "家次", 60, 400),
                ("数量指标", "开展驾驶员安全培训", "ge", "人次", 300, 3000),
                ("质量指标", "安全隐患整改率", "pct", "%", (100,)),
                ("社会效益指标", "较大以上道路运输事故", "zero", "起")], "运输企业满意度", 10, 60),
            ("城乡公交站亭建设经费", [
                ("数量指标", "新建公交候车亭", "ge", "座", 10, 80),
                ("质量指标", "候车亭验收合格率", "pct", "%", (100,)),
                ("成本指标", "单座候车亭建设成本", "le", "万元", 2, 6),
                ("时效指标", "候车亭建成投用时间", "time", "10月底前投用"),
                ("可持续影响指标", "站亭日常管护机制", "qual", "建立健全", "基本建立")], "乘客满意度", 40, 200),
        ],
        fund=("农村公路提质改造补助资金", [
            ("{town}至{town2}公路提质改造工程", "改造路面{km}公里，加宽路基至{n}米"),
            ("{village}危旧桥梁改造工程", "拆除重建桥梁{n}座，桥长{a}米"),
            ("{town}建制村通双车道工程", "建设双车道{km}公里"),
            ("县道安全生命防护工程", "完善护栏{a}米、警示标志{b}块"),
            ("{town}至{village}旅游公路建设工程", "新建沥青路面{km}公里"),
            ("农村公路养护站建设项目", "新建养护站{n}个"),
        ], [("数量指标", "完成农村公路提质改造", "ge", "公里", 20, 120), ("数量指标", "完成危桥改造", "ge", "座", 2, 12),
            ("质量指标", "公路交工验收合格率", "pct", "%", (100,)), ("社会效益指标", "县乡公路优良路率", "pct", "%", (80, 85))],
            "公路沿线群众满意度", 5000, 20000)),
    "yks": dict(
        name="游客服务中心", dept="文化和旅游局",
        duties=["承担全县旅游咨询、投诉受理和游客集散服务", "负责智慧旅游平台和旅游宣传资料的运行维护",
                "组织旅游节庆和营销推介活动"],
        projects=[
            ("旅游咨询服务经费", [
                ("数量指标", "接待游客咨询", "ge", "人次", 20000, 150000),
                ("数量指标", "印发旅游导览图", "ge", "份", 10000, 80000),
                ("质量指标", "旅游投诉处理率", "pct", "%", (100,)),
                ("时效指标", "投诉响应时限", "le", "小时", 12, 48)], "游客满意度", 10, 60),
            ("智慧旅游平台运维经费", [
                ("数量指标", "平台发布旅游资讯", "ge", "条", 300, 2000),
                ("质量指标", "平台正常运行率", "pct", "%", (98, 99)),
                ("社会效益指标", "平台访问量", "ge", "万人次", 20, 300),
                ("可持续影响指标", "景区数字化服务水平", "qual", "持续提升", "有所提升")], "平台用户满意度", 20, 120),
            ("节庆营销活动经费", [
                ("数量指标", "举办旅游节庆活动", "ge", "场次", 3, 12),
                ("数量指标", "开展线上推介", "ge", "次", 10, 60),
                ("经济效益指标", "带动旅游综合收入", "ge", "亿元", 2, 20),
                ("社会效益指标", "节庆活动安全事故", "zero", "起")], "活动参与群众满意度", 30, 200),
        ],
        fund=("旅游基础设施专项债券资金", [
            ("{scenic}景区生态停车场建设工程", "新建停车泊位{b}个、充电桩{n}个"),
            ("{scenic}游步道提升工程", "改造游步道{km}公里"),
            ("{scenic}景区旅游厕所建设项目", "新建旅游厕所{n}座"),
            ("全域旅游标识标牌建设项目", "设置导览标识{a}块"),
            ("{scenic}智慧景区监控系统建设项目", "安装监控点位{b}个"),
        ], [("数量指标", "新增停车泊位", "ge", "个", 200, 1200), ("数量指标", "改造游步道", "ge", "公里", 5, 30),
            ("质量指标", "景区工程验收合格率", "pct", "%", (100,)), ("经济效益指标", "景区接待游客人次增长率", "ge", "%", 5, 15)],
            "游客满意度", 8000, 30000)),
    "yzb": dict(
        name="野生动植物保护站", dept="林业局",
        duties=["负责野生动植物资源调查、监测和保护管理", "承担野生动物疫源疫病监测和致害补偿核定",
                "负责古树名木普查建档和保护"],
        projects=[
            ("野生动物疫源疫病监测经费", [
                ("数量指标", "设立疫源疫病监测站点", "ge", "个", 5, 30),
                ("数量指标", "开展野外监测巡查", "ge", "次", 100, 600),
                ("质量指标", "监测信息报送率", "pct", "%", (100,)),
                ("社会效益指标", "野生动物疫情扩散事件", "zero", "起")], "监测员满意度", 5, 30),
            ("野生动物致害补偿资金", [
                ("数量指标", "受理致害补偿案件", "ge", "件", 20, 300),
                ("时效指标", "补偿资金兑付时限", "le", "个工作日", 15, 30),
                ("质量指标", "补偿核定准确率", "pct", "%", (100,)),
                ("社会效益指标", "人兽冲突引发信访", "zero", "件")], "受损群众满意度", 20, 120),
            ("古树名木保护经费", [
                ("数量指标", "挂牌保护古树名木", "ge", "株", 100, 1500),
                ("数量指标", "实施古树复壮", "ge", "株", 5, 60),
                ("质量指标", "复壮古树成活率", "pct", "%", (95, 98)),
                ("生态效益指标", "古树生长状况", "qual", "明显改善", "有所改善")], "古树周边村民满意度", 10, 60),
        ],
        fund=("生态公益林与野生动植物保护补助资金", [
            ("{town}国家级公益林管护补助", "管护公益林{wan}万亩"),
            ("地方公益林生态效益补偿", "补偿地方公益林{wan}万亩"),
            ("珍稀濒危植物保护小区建设项目", "建设保护小区{n}处"),
            ("野生动物救护站改造项目", "改造救护用房{a}平方米"),
        ], [("数量指标", "落实公益林管护面积", "ge", "万亩", 20, 150), ("数量指标", "落实生态管护人员", "ge", "人", 50, 400),
            ("质量指标", "公益林补偿兑付准确率", "pct", "%", (100,)), ("生态效益指标", "森林资源总量", "qual", "稳中有升", "保持稳定")],
            "管护补助对象满意度", 3000, 15000)),
    "lmz": dict(
        name="林木种苗站", dept="林业局",
        duties=["负责林木种苗生产经营许可和质量监督", "组织林木良种选育、推广和乡土树种保存", "指导国有和社会苗圃生产"],
        projects=[
            ("林木良种培育补助", [
                ("数量指标", "培育良种苗木", "ge", "万株", 20, 300),
                ("数量指标", "建设良种采穗圃", "ge", "亩", 20, 200),
                ("质量指标", "良种苗木合格率", "pct", "%", (90, 95)),
                ("时效指标", "苗木出圃时间", "time", "3月底前出圃")], "苗木使用单位满意度", 20, 100),
            ("种苗质量检验经费", [
                ("数量指标", "抽检苗木批次", "ge", "批次", 30, 200),
                ("质量指标", "检验报告出具及时率", "pct", "%", (100,)),
                ("社会效益指标", "假劣种苗案件", "zero", "起"),
                ("可持续影响指标", "种苗质量追溯体系", "qual", "基本建成", "逐步建立")], "育苗户满意度", 5, 30),
            ("乡土树种收集保存经费", [
                ("数量指标", "收集乡土树种", "ge", "种", 20, 120),
                ("数量指标", "建设种质资源保存圃", "ge", "亩", 10, 60),
                ("质量指标", "保存苗木成活率", "pct", "%", (90,)),
                ("成本指标", "亩均保存成本", "le", "元", 1500, 4000)], "林业技术人员满意度", 10, 50),
        ],
        fund=("造林绿化补助资金", [
            ("{town}人工造林项目", "完成人工造林{wan}万亩"),
            ("退化林修复项目", "修复退化林{wan}万亩"),
            ("{town}森林抚育项目", "抚育中幼林{wan}万亩"),
            ("村庄绿化美化项目", "绿化村庄{n}个"),
        ], [("数量指标", "完成营造林任务", "ge", "万亩", 2, 15), ("质量指标", "当年造林成活率", "pct", "%", (85, 90)),
            ("时效指标", "造林任务完成时间", "time", "5月底前完成"), ("生态效益指标", "森林蓄积量", "qual", "稳步增长", "基本稳定")],
            "造林主体满意度", 2000, 8000)),
    "sbz": dict(
        name="社会保险事业管理中心", dept="人力资源和社会保障局",
        duties=["负责城乡居民养老保险、工伤保险参保登记和待遇核发", "承担社保基金财务管理和内控检查",
                "组织待遇领取资格认证"],
        projects=[
            ("社保经办窗口运行经费", [
                ("数量指标", "办理社保经办业务", "ge", "万件", 3, 30),
                ("时效指标", "业务办结时限", "le", "个工作日", 3, 10),
                ("质量指标", "经办业务差错率", "le", "‰", 1, 3),
                ("质量指标", "参保数据核查准确率", "pct", "%", (99,))], "参保办事群众满意度", 20, 100),
            ("待遇资格认证经费", [
                ("数量指标", "完成待遇领取资格认证", "ge", "人", 20000, 120000),
                ("质量指标", "资格认证覆盖率", "pct", "%", (98, 100)),
                ("时效指标", "认证工作完成时间", "time", "11月30日前完成"),
                ("社会效益指标", "冒领社保待遇案件", "zero", "起")], "待遇领取人员满意度", 10, 50),
            ("社保基金内控检查经费", [
                ("数量指标", "检查参保单位", "ge", "家", 50, 400),
                ("数量指标", "追回违规领取待遇", "ge", "万元", 5, 80),
                ("质量指标", "检查问题整改率", "pct", "%", (100,)),
                ("可持续影响指标", "基金监管制度", "qual", "健全有效", "基本健全")], "参保单位满意度", 8, 40),
        ],
        fund=("城乡居民养老保险财政补助资金", [
            ("城乡居民基础养老金", "按月发放基础养老金，惠及{wan}万人"),
            ("参保人员缴费补贴", "补贴参保缴费{wan}万人"),
            ("参保居民丧葬补助金", "支付丧葬补助{a}人"),
            ("重度残疾人代缴保费", "代缴保费{a}人"),
        ], [("数量指标", "按时足额发放待遇人数", "ge", "人", 20000, 90000), ("质量指标", "待遇发放准确率", "pct", "%", (100,)),
            ("时效指标", "基础养老金发放时间", "time", "每月15日前发放"), ("社会效益指标", "适龄人员参保率", "pct", "%", (95,))],
            "参保居民满意度", 10000, 40000)),
    "wjs": dict(
        name="卫生监督所", dept="卫生健康委员会",
        duties=["依法开展公共场所、生活饮用水和学校卫生监督", "承担医疗机构依法执业监督和传染病防治监督",
                "受理卫生健康领域投诉举报"],
        projects=[
            ("公共场所卫生监督经费", [
                ("数量指标", "监督检查公共场所", "ge", "家次", 200, 1500),
                ("质量指标", "公共场所卫生许可规范率", "pct", "%", (100,)),
                ("社会效益指标", "公共场所健康危害事故", "zero", "起"),
                ("时效指标", "投诉举报办结时限", "le", "个工作日", 10, 20)], "经营单位满意度", 8, 40),
            ("生活饮用水卫生监测经费", [
                ("数量指标", "监测饮用水水样", "ge", "份", 100, 800),
                ("质量指标", "水质检测项目完成率", "pct", "%", (100,)),
                ("成本指标", "单份水样检测成本", "le", "元", 200, 600),
                ("社会效益指标", "饮用水污染事件", "zero", "起")], "城乡居民满意度", 10, 50),
            ("医疗机构依法执业监督经费", [
                ("数量指标", "监督医疗机构", "ge", "家", 80, 500),
                ("数量指标", "查处卫生违法案件", "ge", "件", 5, 60),
                ("质量指标", "卫生案件结案率", "pct", "%", (95, 100)),
                ("可持续影响指标", "医疗执业环境", "qual", "持续规范", "逐步规范")], "受监督医疗机构满意度", 8, 40),
        ],
        fund=("卫生监督执法能力建设资金", [
            ("卫生监督执法车辆购置项目", "购置执法车辆{n}辆"),
            ("卫生监督现场快检设备购置项目", "购置快检设备{b}台（套）"),
            ("{town}卫生监督协管站建设项目", "建设协管站{n}个"),
            ("卫生监督智慧监管平台建设项目", "接入在线监测点位{b}个"),
        ], [("数量指标", "购置执法车辆", "ge", "辆", 2, 6), ("数量指标", "配备快检设备", "ge", "台（套）", 10, 60),
            ("质量指标", "快检设备验收合格率", "pct", "%", (100,)), ("社会效益指标", "现场快检覆盖率", "pct", "%", (80, 90))],
            "监督员满意度", 1000, 3500)),
    "jjx": dict(
        name="教师进修学校", dept="教育局",
        duties=["承担全县中小学、幼儿园教师继续教育和校长培训", "开展教学研究、教学指导和质量监测",
                "建设和维护县域教研资源"],
        projects=[
            ("中小学教师全员培训经费", [
                ("数量指标", "培训中小学教师", "ge", "人次", 800, 6000),
                ("质量指标", "学员结业考核合格率", "pct", "%", (95, 98)),
                ("成本指标", "教师人均培训费用", "le", "元", 300, 800),
                ("时效指标", "培训任务完成时间", "time", "12月15日前完成")], "进修学员满意度", 30, 150),
            ("乡村教师送教下乡经费", [
                ("数量指标", "开展送教下乡", "ge", "场次", 10, 60),
                ("数量指标", "覆盖乡村学校", "ge", "所", 20, 120),
                ("质量指标", "送教课例优良率", "pct", "%", (85, 90)),
                ("社会效益指标", "乡村教师教学能力", "qual", "明显提高", "有所提高")], "乡村学校满意度", 10, 50),
            ("教研资源库建设经费", [
                ("数量指标", "新增教学资源", "ge", "件", 300, 3000),
                ("质量指标", "资源审核通过率", "pct", "%", (95,)),
                ("社会效益指标", "资源平台使用量", "ge", "万人次", 1, 20),
                ("可持续影响指标", "资源共建共享机制", "qual", "持续运行", "初步运行")], "一线教师满意度", 10, 60),
        ],
        fund=("中小学校舍改造及教育装备提升资金", [
            ("{town}中心小学教学楼改造工程", "改造校舍{a}平方米"),
            ("{town}中学运动场建设工程", "建设塑胶运动场{a}平方米"),
            ("中小学智慧教室设备采购项目", "配备智慧教室{b}间"),
            ("{town}中心幼儿园扩建工程", "新增学位{b}个"),
            ("农村学校食堂改造工程", "改造食堂{n}所"),
        ], [("数量指标", "改造校舍建筑面积", "ge", "平方米", 3000, 20000), ("数量指标", "配备智慧教室", "ge", "间", 20, 120),
            ("质量指标", "校舍工程验收合格率", "pct", "%", (100,)), ("社会效益指标", "农村学校办学条件", "qual", "明显改善", "有所改善")],
            "在校师生满意度", 2000, 12000)),
    "llb": dict(
        name="老龄工作委员会办公室", dept="民政局",
        duties=["统筹协调全县老龄工作", "负责高龄老人长寿补贴和银龄安康保险的组织实施", "开展敬老月和老年维权宣传"],
        projects=[
            ("高龄老人长寿补贴资金", [
                ("数量指标", "发放长寿补贴", "ge", "人", 2000, 20000),
                ("质量指标", "补贴发放准确率", "pct", "%", (100,)),
                ("时效指标", "补贴按月发放时间", "time", "每月10日前"),
                ("社会效益指标", "老年人生活保障水平", "qual", "稳步提高", "有所提高")], "高龄老人满意度", 100, 800),
            ("银龄安康保险补助资金", [
                ("数量指标", "参保老年人", "ge", "人", 5000, 50000),
                ("质量指标", "保险理赔结案率", "pct", "%", (95, 98)),
                ("成本指标", "人均保费补助", "le", "元", 10, 30),
                ("时效指标", "集中参保完成时间", "time", "3月底前完成")], "参保老人满意度", 20, 150),
            ("敬老爱老宣传活动经费", [
                ("数量指标", "开展敬老月主题活动", "ge", "场次", 5, 30),
                ("数量指标", "走访慰问老年人", "ge", "人次", 200, 2000),
                ("社会效益指标", "敬老爱老社会氛围", "qual", "更加浓厚", "有所增强")], "老年人满意度", 5, 30),
        ],
        fund=("养老服务设施提升补助资金", [
            ("{town}区域性养老服务中心建设项目", "新增养老床位{b}张"),
            ("特殊困难老年人家庭适老化改造项目", "改造老年人家庭{a}户"),
            ("{town}老年助餐点建设项目", "建设助餐点{n}个"),
            ("农村互助幸福院提升项目", "提升互助幸福院{n}所"),
        ], [("数量指标", "新增养老床位", "ge", "张", 50, 300), ("数量指标", "完成适老化改造", "ge", "户", 100, 800),
            ("质量指标", "养老设施验收合格率", "pct", "%", (100,)), ("社会效益指标", "养老服务覆盖面", "qual", "持续扩大", "有所扩大")],
            "养老服务对象满意度", 1000, 5000)),
    "sqw": dict(
        name="社区卫生服务中心", dept="卫生健康委员会",
        duties=["承担辖区居民基本医疗和基本公共卫生服务", "开展慢性病管理、老年人签约服务和健康教育",
                "负责辖区社区卫生服务站的业务指导"],
        projects=[
            ("老年人签约上门服务经费", [
                ("数量指标", "签约服务老年人", "ge", "人", 3000, 20000),
                ("质量指标", "签约服务履约率", "pct", "%", (90, 95)),
                ("时效指标", "年度上门随访完成时间", "time", "12月底前完成"),
                ("社会效益指标", "老年人健康管理水平", "qual", "持续提升", "有所提升")], "签约居民满意度", 20, 100),
            ("慢性病患者健康管理经费", [
                ("数量指标", "管理高血压患者", "ge", "人", 1000, 8000),
                ("数量指标", "管理糖尿病患者", "ge", "人", 300, 3000),
                ("质量指标", "高血压患者血压控制率", "pct", "%", (60, 65)),
                ("质量指标", "慢病患者规范管理率", "pct", "%", (70,))], "慢病患者满意度", 10, 60),
            ("医疗设备购置经费", [
                ("数量指标", "购置医疗设备", "ge", "台（套）", 5, 40),
                ("质量指标", "医疗设备验收合格率", "pct", "%", (100,)),
                ("时效指标", "医疗设备安装调试时间", "time", "8月底前完成"),
                ("社会效益指标", "基层首诊能力", "qual", "明显增强", "有所增强")], "医务人员满意度", 30, 200),
        ],
        fund=("社区医疗卫生服务体系建设资金", [
            ("{town}社区卫生服务站标准化建设项目", "改造业务用房{a}平方米"),
            ("中医馆建设项目", "配备中医诊疗设备{b}台（套）"),
            ("远程会诊系统建设项目", "接入会诊终端{n}个"),
            ("发热诊室改造项目", "改造诊室{n}间"),
        ], [("数量指标", "建成标准化社区卫生服务站", "ge", "个", 2, 8), ("数量指标", "配备诊疗设备", "ge", "台（套）", 20, 100),
            ("质量指标", "站点建设验收合格率", "pct", "%", (100,)), ("社会效益指标", "基层诊疗量占比", "ge", "%", 50, 65)],
            "辖区居民满意度", 1000, 4000)),
    "zbj": dict(
        name="自然保护区管理局", dept="林业局",
        duties=["负责保护区森林、湿地和野生动植物资源的保护管理", "组织保护区巡护、科研监测和宣传教育",
                "承担保护区界桩界碑和管护设施维护"],
        projects=[
            ("保护区巡护管理经费", [
                ("数量指标", "开展日常巡护", "ge", "人次", 1000, 8000),
                ("数量指标", "巡护总里程", "ge", "公里", 3000, 30000),
                ("质量指标", "巡护记录完整率", "pct", "%", (100,)),
                ("社会效益指标", "破坏森林资源案件", "zero", "起")], "周边社区群众满意度", 20, 100),
            ("红外相机监测经费", [
                ("数量指标", "布设红外相机", "ge", "台", 30, 300),
                ("数量指标", "获取有效监测照片", "ge", "张", 5000, 60000),
                ("质量指标", "红外影像有效率", "pct", "%", (85, 90)),
                ("生态效益指标", "旗舰物种种群数量", "qual", "保持稳定", "基本稳定")], "科研合作单位满意度", 10, 60),
            ("界桩界碑维护经费", [
                ("数量指标", "维护保护区界桩", "ge", "根", 100, 800),
                ("数量指标", "新设界碑", "ge", "块", 5, 40),
                ("质量指标", "界桩完好率", "pct", "%", (95,)),
                ("时效指标", "维护工作完成时间", "time", "10月底前完成")], "界桩管护人员满意度", 5, 30),
        ],
        fund=("自然保护区生态修复及管护设施建设资金", [
            ("{town}管护站点建设项目", "新建管护站{n}个"),
            ("生态廊道修复项目", "修复生态廊道{km}公里"),
            ("防火应急道路维修项目", "维修防火道路{km}公里"),
            ("科研监测站建设项目", "建设监测样地{b}个"),
        ], [("数量指标", "修复生态廊道", "ge", "公里", 5, 40), ("数量指标", "建成管护站点", "ge", "个", 2, 8),
            ("质量指标", "修复工程验收合格率", "pct", "%", (100,)), ("生态效益指标", "保护区生态系统", "qual", "稳定向好", "基本稳定")],
            "周边社区群众满意度", 2000, 10000)),
}
UNIT_KEYS = ["dws", "nzd", "dys", "yks", "yzb", "lmz", "sbz", "wjs", "jjx", "llb", "sqw", "zbj"]

# Pool (none of O's, P's, Q's or N's): drawn to top up a project's indicators.
POOL = [
    ("质量指标", "财务核算规范率", "pct", "%", (100,)),
    ("时效指标", "资金支付时限", "time", "12月20日前"),
    ("成本指标", "实际成本与预算比", "lepct", "%", (100,)),
    ("社会效益指标", "群众投诉办结率", "pct", "%", (95, 100)),
    ("可持续影响指标", "日常监管机制", "qual", "长效运行", "基本运行"),
    ("质量指标", "验收资料齐全率", "pct", "%", (100,)),
]
TIME_DONE = {"12月25日前兑付": "12月20日兑付完毕", "4月底前完成": "4月22日完成", "9月底前配发": "9月15日配发",
             "11月底前发放": "11月18日发放完毕", "10月底前投用": "10月12日投用", "3月底前出圃": "3月20日出圃",
             "11月30日前完成": "11月26日完成", "12月15日前完成": "12月10日完成", "每月10日前": "每月10日前发放到位",
             "3月底前完成": "3月28日完成", "12月底前完成": "12月25日完成", "8月底前完成": "8月16日完成",
             "10月底前完成": "10月24日完成", "12月20日前": "12月18日支付完毕", "5月底前完成": "5月26日完成",
             "每月15日前发放": "每月15日前发放到位"}
OUTPUT_L2 = ("数量指标", "质量指标", "时效指标", "成本指标")
BENEFIT_ORDER = ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")

PEOPLE = ["周立新", "吴春梅", "郑海涛", "冯晓丽", "何建平", "许文静", "韩国强", "曹雪芬", "彭志远", "谢丽萍",
          "邓永明", "潘红霞", "蒋德福", "沈玉洁"]
TOWN_A = ["石", "柳", "桂", "青", "丰", "安", "太", "白", "新", "龙", "长", "黄", "梅", "金", "双"]
TOWN_B = ["坪", "溪", "口", "塘", "湾", "坝", "庄", "岭", "桥", "堡", "营", "沟"]
SCENIC = ["云岭", "翠屏", "飞霞", "落雁", "望江", "鹰嘴", "仙女湖", "九曲峡"]
ECON = ["办公费", "印刷费", "维修（护）费", "专用材料费", "委托业务费", "劳务费", "差旅费", "邮电费",
        "其他商品和服务支出", "专用设备购置费", "其他资本性支出", "对个人和家庭的补助"]
ITEMS = ["办公用品采购", "专用材料购置", "设备维修", "委托业务费", "劳务报酬", "专家咨询费", "资料印刷", "差旅费",
         "网络租用费", "宣传品制作", "租赁费", "培训费", "检测服务费", "车辆运行维护"]
PROV_ABBR = {"he": "冀", "sx": "晋", "nm": "内", "ln": "辽", "hl": "黑", "js": "苏", "zj": "浙", "ah": "皖", "fj": "闽",
             "jx": "赣", "sd": "鲁", "gd": "粤", "gx": "桂", "cq": "渝", "sc": "川", "yn": "云", "xz": "藏", "sn": "陕",
             "gs": "甘", "qh": "青", "xj": "新"}
PROBLEMS = ["部分项目前期论证不够充分，年中调整较多", "资金支付进度前慢后快，第四季度支付占比偏高",
            "绩效指标设置偏重产出数量，效益指标量化不足", "项目过程资料收集不够及时，个别凭证附件不全",
            "满意度调查样本量偏小，调查方式较为单一"]
MEASURES = ["加强项目前期论证，提高预算编制的准确性", "按月通报支出进度，对滞后项目约谈督办",
            "细化量化绩效目标，增加可衡量的效益指标", "建立项目档案台账，做到资料随办随归",
            "扩大调查样本，采用线上问卷与电话回访相结合"]


# --------------------------------------------------------------------------------------------
# Numbers


def wan(fen, dec=2, sep=None, trim_zeros=False):
    return fmt_wan(fen, dec, trim_zeros, sep)


def yuan(fen, sep=True):
    return fmt_yuan(fen, "," if sep else "")


def rate_s(e, b, style):
    """A rate e/b as written: "2" two decimals, "t" trailing zeros dropped, "1" one place, "0" a whole percent
    (each rounded half up once from the exact rate); never 100 unless all was spent."""
    exact = D(e) * 100 / D(b)
    if style == "1":
        s = trim(exact.quantize(D("0.1"), ROUND_HALF_UP))
    elif style == "0":
        s = str(exact.quantize(D(1), ROUND_HALF_UP))
    elif style == "t":
        s = trim(q2(exact))
    else:
        s = f"{q2(exact):.2f}"
    if e < b and D(s) >= 100:
        s = f"{q2(exact):.2f}"
    return s


def spend(rng, budget, gran, full=0.35, lo=0.78, hi=0.995):
    """Executed (分) of a budget: all, or a part that does not round to 100.00%."""
    e = spent(rng, budget, gran, full, lo, hi)
    while e < budget and q2(D(e) * 100 / D(budget)) >= 100:
        e -= gran
    return e


def split_even(rng, total, n, gran):
    """Roughly even positive parts (each 60-140% of the mean)."""
    w = [rng.randint(60, 140) for _ in range(n)]
    s = sum(w)
    parts = [total * x // s // gran * gran for x in w]
    parts[0] += total - sum(parts)
    assert all(p > 0 for p in parts)
    return parts


def cn_num(n):
    digits = "零一二三四五六七八九"
    if n == 2:
        return "两"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


# --------------------------------------------------------------------------------------------
# Indicators


class Ind(Indicator):
    def tgt(self, style=0):
        """The target as written (style picks one of the wordings)."""
        k, t, u = self.kind, self.target, self.unit
        if k == "ge":
            return [f"≥{t}{u}", f"{t}{u}以上", f"不少于{t}{u}", f"不低于{t}{u}"][style % 4]
        if k in ("pct", "sat"):
            if t == "100":
                return ["100%", "=100%", "达到100%", "≥100%"][style % 4]
            return [f"≥{t}%", f"{t}%以上", f"不低于{t}%", f"≥{t}%"][style % 4]
        if k == "lepct":
            return ["≤100%", "控制在100%以内", "不超过100%", "≤100%"][style % 4]
        if k == "le":
            return [f"≤{t}{u}", f"不超过{t}{u}", f"控制在{t}{u}以内", f"≤{t}{u}"][style % 4]
        if k == "zero":
            return [f"0{u}", f"={t}{u}", f"0{u}", f"0{u}"][style % 4]
        return t

    def act_s(self):
        if not self.numeric:
            return self.actual
        return f"{self.actual}{self.unit}"

    def exp(self, score=True):
        return {"name": self.name, "target": self.target, "actual": self.actual,
                "score": self.score if score else None}


def make_inds(rng, specs, satname, n_lo=5, n_hi=9):
    return spec_indicators(rng, specs, satname, POOL, Ind, OUTPUT_L2, TIME_DONE, 0.8, n_lo, n_hi)


def sat_ind(inds):
    return next(i for i in inds if i.kind == "sat")


# --------------------------------------------------------------------------------------------
# Context


def town_names(rng, n):
    out = []
    while len(out) < n:
        t = rng.choice(TOWN_A) + rng.choice(TOWN_B)
        if t not in out:
            out.append(t)
    return out


def make_ctx(rng, i, layout, seed):
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    ppy, prov, cfull, short, cpy, pref = PLACES[order[i % len(PLACES)]]
    uorder = list(UNIT_KEYS)
    random.Random(f"{GEN}/{seed}/units").shuffle(uorder)
    key = uorder[(i + i // 6) % len(uorder)]
    u = UNITS[key]
    year = rng.randint(2019, 2024)
    lvl = "旗" if cfull.endswith("旗") else "区" if cfull.endswith("区") else "县"
    towns = town_names(rng, 6)
    ctx = {"index": i, "layout": layout, "seed": seed, "ppy": ppy, "prov": prov, "cfull": cfull, "short": short,
           "cpy": cpy, "pref": pref, "key": key, "unit_py": key, "u": u, "unit": cfull + u["name"],
           "dept": cfull + u["dept"], "year": year, "lvl": lvl, "fin": cfull + "财政局",
           "variant": (i // len(LAYOUTS)) % 5,
           "abbr": short[0], "towns": [t + rng.choice(["镇", "乡"]) for t in towns],
           "villages": [t + "村" for t in town_names(rng, 6)],
           "people": rng.sample(PEOPLE, 4),
           "pub": f"{year + 1}-{rng.randint(3, 9):02d}-{rng.randint(1, 28):02d}",
           "provfin": ("自治区财政厅" if ppy in AUTONOMOUS else "市财政局" if ppy == "cq" else "省财政厅"),
           "provlvl": ("自治区" if ppy in AUTONOMOUS else "市" if ppy == "cq" else "省")}
    ctx["sign_date"] = f"{year + 1}年{int(ctx['pub'][5:7])}月{int(ctx['pub'][8:10])}日"
    return ctx


def rid_of(ctx):
    return f"gr{ctx['index'] + 1:02d}-{ctx['ppy']}-{ctx['cpy']}-{ctx['unit_py']}-{ctx['year']}.{ctx['layout']}"


def mobile(rng):
    return f"1{rng.choice('3578')}{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"


def landline(rng):
    return f"0{rng.randint(310, 998)}-{rng.randint(2100000, 8899999)}"


def docno(ctx, rng, kind="财绩", garble=False, year=None, abbr=None):
    y = year or ctx["year"]
    n = rng.randint(2, 160)
    a = abbr or ctx["abbr"]
    if garble:
        return f"{a}{kind}〔{y}{n}号"
    return f"{a}{kind}〔{y}〕{n}号"


def date_s(y, m, d, garble=False):
    return f"{y}{m}{d}日" if garble else f"{y}年{m}月{d}日"


def protect_of(exp):
    out = [re.sub(r"\s+", "", p["name"]) for p in exp["projects"]]
    for p in exp["projects"]:
        for i in p["indicators"]:
            out.append(re.sub(r"\s+", "", i["name"]))
            for k in ("target", "actual"):
                if i[k] and not re.fullmatch(r"[\d.]+", i[k]):
                    out.append(i[k])
    for i in exp["department_indicators"]:
        out.append(i["name"])
    return [x for x in out if x]


# --------------------------------------------------------------------------------------------
# Copy forms: web page, Word saved as text, PDF text wrapped and paged, a document-sharing site's text


class BlockStr(str):
    """A table or list block inside a report's paragraphs: its lines are kept, never indented or wrapped."""


def is_block(p):
    return isinstance(p, BlockStr) or "\t" in p or "\n" in p or p.endswith("|")


def web_top(rng, ctx, title, style):
    unit = ctx["unit"]
    idx = f"{rng.randint(11000000, 11999999)}{rng.choice('0123456789ABCDEFGHJK')}/{ctx['year'] + 1}-{rng.randint(1, 999):05d}"
    if style == 0:
        return [f"{ctx['cfull']}人民政府", "关怀版　｜　无障碍", f"当前位置：首页 > 信息公开 > 部门信息 > {unit} > 预算绩效",
                "【 索 引 号 】", idx, "【 发文字号 】", "", "【 主题分类 】", "财政、审计、统计",
                "【 发布机构 】", unit, "【 成文日期 】", ctx["pub"], "", title, "", "字号：大 中 小　　分享："]
    if style == 1:
        return ["进入老年版　　English", f"{ctx['cfull']}人民政府网", f"首页 > 政务公开 > 财政资金 > 绩效评价",
                f"· 信息索引：{idx}", f"· 公开主体：{unit}", f"· 生成日期：{ctx['pub']}", "· 公开方式：主动公开",
                "", title, f"{ctx['pub']} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　　阅读次数：{rng.randint(30, 900)}", ""]
    return [f"索引号： | {idx} | 信息分类： | 财政资金 |", f"公开单位： | {unit} | 公开日期： | {ctx['pub']} |",
            f"名称： | {title} | 文号： | 无 |", "", title, "", "保护视力色：　　字体：【大】【中】【小】", ""]


def web_bottom(rng, ctx, style):
    code = f"{rng.randint(1000000000, 9999999999)}"
    icp = f"{PROV_ABBR.get(ctx['ppy'], '京')}ICP备{rng.randint(10000000, 99999999)}号"
    if style == 0:
        return ["", "相关链接：无", "扫码阅读手机版", f"网站标识码：{code}　　{icp}"]
    if style == 1:
        return ["", "【关闭本页】　【打印正文】", f"主管单位：{ctx['cfull']}人民政府办公室　　{icp}"]
    return ["", "附件下载：", f"网站标识码{code}　　{icp}　　公安机关备案号{rng.randint(10000000000000, 99999999999999)}"]


def as_web(rng, ctx, title, paras, signed=True, style=None):
    st = ctx["index"] % 3 if style is None else style
    indent = ["　　", "  ", ""][rng.randrange(3)]
    out = web_top(rng, ctx, title, st)
    body = []
    for p in paras:
        body.append(p if is_block(p) else indent + p)
        if rng.random() < 0.35 and not is_block(p):
            body.append("")
    out += body
    if signed:
        out += ["", ctx["unit"], ctx["sign_date"]]
    out += web_bottom(rng, ctx, st)
    return "\n".join(out) + "\n"


def as_word(rng, ctx, title, paras, signed=True):
    out = []
    if rng.random() < 0.5:
        out += [f"附件{rng.randint(1, 4)}", ""]
    out += [title, ""]
    for p in paras:
        out.append(p if is_block(p) else "　　" + p)
    if signed:
        out += ["", "　" * 16 + ctx["unit"], "　" * 18 + ctx["sign_date"]]
    return "\n".join(out) + "\n"


def page_no(style, p, n):
    if style == "of":
        return f"第{p}页/共{n}页".center(70).rstrip()
    if style == "dash":
        return f"- {p} -".center(70).rstrip()
    return str(p).center(70).rstrip()


def as_pdf(rng, ctx, title, paras, exp, header=None, signed=True):
    width = rng.randint(62, 78)
    spaced = rng.random() < 0.5
    lines = [" " * max(0, (width - dw(title)) // 2) + title, ""]
    for p in paras:
        if is_block(p):
            lines.extend(p.split("\n"))
            continue
        if spaced:
            p = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=[\d%])(?=[\u4e00-\u9fff])", " ", p)
        lines.extend(wrap(p, width, "    "))
    if signed:
        lines += ["", ctx["unit"].rjust(width - dw(ctx["unit"]) // 2), ctx["sign_date"].rjust(width - 4)]
    style = rng.choice(["of", "dash", "plain"])
    return paginate(lines, header, rng.randint(34, 44), protect_of(exp), style, numbering=page_no)


def as_wenku(rng, ctx, title, paras, exp, signed=True):
    """As a document-sharing site shows a DOCX: a line naming the file and the site, then the text run together
    page by page, each page opening with `N、` (the page's number), wherever the page broke."""
    site = rng.choice(["文档汇", "知文库", "百文网"])
    npages = rng.randint(3, 9)
    text = title + "".join(p.replace("\n", " ") for p in paras)
    if signed:
        text += ctx["unit"] + ctx["sign_date"]
    protect = protect_of(exp)
    size = max(300, len(text) // npages)
    chunks, start = [], 0
    while start < len(text):
        k = start + size
        if k >= len(text) - 60:
            chunks.append(text[start:])
            break
        while k < len(text) - 1 and (not _cuttable(text, k) or straddles(text[start:k], text[k:k + 60], protect)):
            k += 1
        chunks.append(text[start:k])
        start = k
    head = f"《{title}.docx》由会员分享，可在线阅读，更多相关《{title}.docx({len(chunks)}页珍藏版)》请在{site}上搜索。"
    out = [head] + [f"{n}、{c}" for n, c in enumerate(chunks, 1)]
    return "\n".join(out) + "\n"


def _cuttable(text, k):
    a, b = text[k - 1], text[k]
    return "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"


def render(rng, ctx, form, title, paras, exp, header=None, signed=True):
    if form == "web":
        return as_web(rng, ctx, title, paras, signed)
    if form == "word":
        return as_word(rng, ctx, title, paras, signed)
    if form in ("pdf", "pdfh"):
        return as_pdf(rng, ctx, title, paras, exp, header if form == "pdfh" else None, signed)
    return as_wenku(rng, ctx, title, paras, exp, signed)


# --------------------------------------------------------------------------------------------
# Table flatteners beyond genlib's


def flat_pipe_cells(t):
    """Each non-empty cell on its own line ending in ` |`; after a row, a line of `|` for its empty and spanned
    places (a web page's table whose cells held line breaks, copied)."""
    placed, occ, ncols = t.grid()
    out = []
    for r, items in enumerate(placed):
        shown = 0
        for _, c in items:
            if c.text.strip():
                out.append(c.text.replace("\n", "") + " |")
                shown += 1
        rest = ncols - shown
        if rest > 0:
            out.append("|" * rest)
    return "\n".join(out)


def flat_pipe_rows(t):
    """One row a line, cells parted by ` | `, spanned places as `|` at the end (a page copied by a browser)."""
    placed, occ, ncols = t.grid()
    out = []
    for r, items in enumerate(placed):
        cells = [c.text.replace("\n", "") for _, c in items]
        out.append(" | ".join(cells) + " |" + "|" * max(0, ncols - len(items)))
    return "\n".join(out)


def flat_cells_indented(t, indent="    "):
    """One cell a line, indented, a blank line after each (a page's table selected and pasted)."""
    out = []
    for row in t.rows:
        for c in row:
            out.append(indent + c.text.replace("\n", "") if c.text.strip() else indent + " ")
            out.append("")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# Layout 1: fengmian — a county's 项目支出绩效评价自评报告 form


def levels_of(ctx):
    if ctx["ppy"] == "cq":
        return ["中央财政", "市财政", "区财政"]
    return ["中央财政", f"{ctx['provlvl']}财政", f"{ctx['pref']}财政", f"{ctx['lvl']}财政"]


def ind_table_rows(t, inds, tgt_style, with_score=True, reason=True):
    """Rows 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因, levels merged down."""
    groups = []
    for i in inds:
        if groups and groups[-1][0] == i.l1:
            if groups[-1][1][-1][0] == i.l2:
                groups[-1][1][-1][1].append(i)
            else:
                groups[-1][1].append((i.l2, [i]))
        else:
            groups.append((i.l1, [(i.l2, [i])]))
    for l1, subs in groups:
        n1 = sum(len(x[1]) for x in subs)
        first1 = True
        for l2, items in subs:
            first2 = True
            for i in items:
                cells = []
                if first1:
                    cells.append(C(l1, rs=n1))
                    first1 = False
                if first2:
                    cells.append(C(l2, rs=len(items)))
                    first2 = False
                cells += [C(i.name), C(i.tgt(tgt_style)), C(i.act_s())]
                if with_score:
                    cells += [C(i.weight), C(i.score)]
                if reason:
                    cells.append(C("" if i.met and D(i.score) == D(i.weight) else i_reason(i)))
                t.rows.append(cells)


def i_reason(i):
    if i.kind in ("le", "lepct"):
        return "实际成本高于预期，下年度加强成本控制"
    if i.kind in ("time", "qual"):
        return "受客观因素影响进度滞后，已督促整改"
    return "实际需求低于预期，下年度据实调整指标值"


def build_fengmian(rng, ctx):
    v = ctx["variant"]
    u = ctx["u"]
    name, specs, satname, lo, hi = rng.choice(u["projects"])
    inds = make_inds(rng, specs, satname)
    gran = 10000  # 100 元: the form is in 万元 with two places
    budget = amount(rng, lo * 10000, hi * 10000, gran)
    executed = spend(rng, budget, gran)
    levels = levels_of(ctx)
    nz = sorted(rng.sample(range(len(levels)), rng.randint(1, min(3, len(levels)))))
    if len(levels) - 1 not in nz and rng.random() < 0.7:
        nz = sorted(set(nz[1:] if len(nz) > 1 else nz) | {len(levels) - 1})
    parts = split_even(rng, budget, len(nz), gran)
    lb = {lvl: 0 for lvl in range(len(levels))}
    for k, p in zip(nz, parts):
        lb[k] = p
    le, left = {}, executed
    for k in range(len(levels)):
        le[k] = min(lb[k], left)
        left -= le[k]
    assert left == 0
    rate_style = ["2", "t", "2", "1", "2"][v]
    rs = rate_s(executed, budget, rate_style)
    people = ctx["people"]
    zipc = f"{rng.randint(1, 8)}{rng.randint(10000, 99999)}"
    phone = mobile(rng) if rng.random() < 0.6 else landline(rng)
    y = ctx["year"]
    # 基本概况 table (8 columns)
    t = Table()
    t.row(C("项目负责人"), C(people[0], cs=3), C("联系电话"), C(phone, cs=3))
    addr = f"{ctx['cfull']}{rng.choice(['人民', '建设', '团结', '文化', '滨河', '新华'])}{rng.choice(['路', '街', '大道'])}{rng.randint(2, 199)}号"
    t.row(C("项目地址"), C(addr, cs=3),
          C("邮　编"), C(zipc, cs=3))
    t.row(C("项目起止时间"), C(f"{y} 年 1 月起至 {y} 年 12 月止", cs=7))
    t.row("计划安排资金（万元）", wan(budget), "实际到位资金（万元）", wan(budget), "实际支出（万元）", wan(executed),
          "结余（万元）", wan(budget - executed))
    for k, lvl in enumerate(levels):
        lab = ("其中：" if k == 0 else "") + lvl
        cells = []
        for val in (lb[k], lb[k], le[k], lb[k] - le[k]):
            cells += [C(lab), C(wan(val) if val else "")]
        t.rows.append(cells)
    t.row("其它", "", "其它", "", "其它", "", "其它", "")
    # 支出明细 (4 columns): items adding up to the spending
    in_yuan = v in (1, 2, 4)
    n_items = rng.randint(4, 8)
    items = split_even(rng, executed, n_items, 1 if in_yuan else gran)
    m = sorted(rng.sample(range(1, 13), n_items)) if n_items <= 12 else list(range(1, 13))
    mt = Table()
    mt.row("支出内容", "实际支出数（元）" if in_yuan else "实际支出数（万元）", "会计凭证号", "备注")
    month_end = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
    its = rng.sample(ITEMS, n_items)
    for k in range(n_items):
        mo = m[k]
        vch = f"{mo}月{month_end[mo]}日{rng.randint(3, 60)}号凭证" if rng.random() < 0.7 else \
            f"{mo}月{month_end[mo]}日{rng.randint(3, 30)}、{rng.randint(31, 70)}号凭证"
        amt = yuan(items[k], sep=False) if in_yuan else wan(items[k])
        mt.row(f"{y}年{mo}月{its[k]}", amt, vch, "")
    mt.row("合计", yuan(executed, sep=False) if in_yuan else wan(executed), "", "")
    # indicators
    st = rng.randrange(4)
    it = Table()
    it.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    ind_table_rows(it, inds, st)
    exec_score = q2(min(D(executed) * 100 / D(budget), D(100)) / 10)
    total = q2(exec_score + sum(D(i.score) for i in inds))
    it.row(C("预算执行率得分", cs=6), C(trim(exec_score)), C(""))
    it.row(C("总分", cs=6), C(trim(total)), C(f"自评等级：{grade_of(total)}"))

    flat = [flat_pipe_cells, flat_lines, flat_tabs, flat_pipe_rows, flat_spaced][v]
    if v == 1:
        def flat(tb):
            return flat_lines(tb, blank=True)
    sat = sat_ind(inds)
    title = f"{ctx['cfull']}财政支出项目绩效评价自评报告"
    cover = ([f"附件3-{rng.randint(1, 3)}"] if rng.random() < 0.6 else []) + [
        title, "评价类型：项目实施过程评价□　项目完成结果评价■", f"项目名称　{name}", f"项目单位　{ctx['unit']}",
        f"主管部门　{ctx['dept']}", "评价方式：部门（单位）绩效自评", "评价机构：部门（单位）评价组",
        f"报告日期：{y + 1}年 {int(ctx['pub'][5:7])}月 {int(ctx['pub'][8:10])}日", f"{ctx['fin']}（制）", ""]
    goal = (f"通过实施{name}，全年完成{inds[0].name}{inds[0].tgt(0)}等任务，"
            f"{sat.name}达到{sat.tgt(1)}。")
    lines = list(cover)
    lines += ["一、项目基本概况" + (" |" if v == 0 else ""), flat(t)]
    lines += ["二、项目支出明细情况" + (" |" if v == 0 else ""), flat(mt)]
    lines += ["三、项目绩效情况", f"（一）项目绩效目标：{goal}", "（二）绩效指标完成情况", flat(it)]
    if rng.random() < 0.5:
        lines.append(f"（三）资金使用情况：项目计划安排资金{wan(budget)}万元，实际到位{wan(budget)}万元，"
                     f"实际支出{wan(executed)}万元，预算执行率为{rs}%，结余{wan(budget - executed)}万元"
                     + ("。" if executed == budget else "，结余资金按规定结转下年使用。"))
        concl = f"四、评价结论：经自评，该项目得分{trim(total)}分，评价等级为“{grade_of(total)}”。"
    else:
        concl = (f"四、评价结论：项目实际支出{wan(executed)}万元，预算执行率为{rs}%；经自评，该项目得分"
                 f"{trim(total)}分，评价等级为“{grade_of(total)}”。")
    lines.append(concl)
    k = rng.randrange(len(PROBLEMS))
    lines += [f"五、存在的问题及原因分析：{PROBLEMS[k]}。", f"六、改进措施和建议：{MEASURES[k]}。"]
    if v == 4:
        # a PDF copied without its layout: short lines wrapped, pages numbered
        width = rng.randint(64, 76)
        body = []
        for ln in lines:
            if "\n" in ln or dw(ln) <= width:
                body.extend(ln.split("\n"))
            else:
                body.extend(wrap(ln, width))
        exp = make_exp_fengmian(ctx, title, name, budget, executed, rs, inds)
        txt = paginate(body, None, rng.randint(36, 46), protect_of(exp), rng.choice(["of", "dash"]),
                       numbering=page_no)
        return rid_of(ctx), txt, exp
    txt = "\n".join(lines) + "\n"
    exp = make_exp_fengmian(ctx, title, name, budget, executed, rs, inds)
    return rid_of(ctx), txt, exp


def make_exp_fengmian(ctx, title, name, budget, executed, rs, inds):
    p = project_exp(name, budget, None, executed, rs, sat_ind(inds).actual, [i.exp() for i in inds])
    return expected_doc(GEN, ctx, rid_of(ctx), f"{title}（{name}）", "项目支出自评", ctx["unit"], None, [p])


# --------------------------------------------------------------------------------------------
# Layout 2: qingdan — a unit's 项目支出绩效自评表 one after another, after a 清单


def qd_money(v, fen):
    if v == 2:
        return wan(fen, 2, trim_zeros=True) + "万"
    if v == 3:
        return wan(fen, 2, trim_zeros=True)
    return wan(fen)


def build_qingdan(rng, ctx):
    v = ctx["variant"]
    u = ctx["u"]
    n = rng.randint(2, 3)
    specs = rng.sample(u["projects"], n)
    gran = 10000
    projs = []
    for name, sp, satname, lo, hi in specs:
        inds = make_inds(rng, sp, satname, 5, 8)
        budget = amount(rng, lo * 10000, hi * 10000, gran)
        carry = part_of(rng, budget, 0.05, 0.2, gran) if rng.random() < 0.35 else 0
        other = part_of(rng, budget, 0.05, 0.12, gran) if rng.random() < 0.2 else 0
        fiscal = budget - carry - other
        executed = spend(rng, budget, gran)
        ef = min(fiscal, executed)
        ec = min(carry, executed - ef)
        eo = executed - ef - ec
        adj = rng.choice([0, 0, part_of(rng, fiscal, 0.05, 0.25, gran)])
        init = budget - adj
        style = ["2", "0", "t", "t", "2"][v]
        rs = rate_s(executed, budget, style)
        if v == 2:
            # 预算执行率 as an indicator row of 数量指标 (its points taken from the first output indicator)
            first = next(i for i in inds if i.l1 == "产出指标")
            w = int(first.weight)
            take = 3 if w >= 6 else 2
            first.weight = str(w - take)
            first.compute_score(rng)
            ri = Ind("产出指标", "数量指标", "预算执行率", "pct", "%", "100", rs)
            ri.weight = str(take)
            ri.score = trim(q2(D(take) * min(D(rs), D(100)) / 100))
            inds.insert(inds.index(first), ri)
            if first.l2 != "数量指标":
                ri.l2 = first.l2
        exec_score = q2(min(D(executed) * 100 / D(budget), D(100)) / 10)
        total = q2(exec_score + sum(D(i.score) for i in inds))
        projs.append(dict(name=name, inds=inds, budget=budget, fiscal=fiscal, carry=carry, other=other,
                          executed=executed, ef=ef, ec=ec, eo=eo, init=init, rs=rs, exec_score=exec_score,
                          total=total, satname=satname))
    y = ctx["year"]
    title = f"{y}年度项目支出绩效自评表"
    fl = {0: flat_cells_indented, 1: flat_lines, 2: flat_tabs, 3: flat_pipe_rows, 4: flat_spaced}[v]
    exp_projects = []
    for p in projs:
        sat = sat_ind(p["inds"])
        exp_projects.append(project_exp(p["name"], p["budget"], p["fiscal"], p["executed"], p["rs"], sat.actual,
                                        [i.exp() for i in p["inds"]]))
    exp = expected_doc(GEN, ctx, rid_of(ctx), f"{ctx['unit']}{title}", "自评表", ctx["unit"], None, exp_projects)
    ind = "    " if v == 0 else ""
    pieces = []
    if v in (0, 1, 3):
        lt = Table()
        lt.row("序号", "项目名称", "备注")
        for k, p in enumerate(projs, 1):
            lt.row(str(k), f"{p['name']}自评表", "")
        pieces.append(ind + f"{ctx['unit']}本级单位项目绩效自评表清单")
        if v == 0:
            pieces.append("")
        pieces.append(fl(lt))
        pieces += [ind, ind, ""] if v == 0 else [""]
    forms = [fl(qd_form(rng, ctx, v, p)) for p in projs]
    if v == 4:
        pages = [f"{p}\n\n" + f"第 {k} 页".center(60).rstrip() for k, p in enumerate(forms, 1)]
        txt = f"{ctx['unit']}{title}\n\n" + "\f".join(pages) + "\n"
        return rid_of(ctx), txt, exp
    head = [title, f"发布时间：{ctx['pub']} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}", "【字体：大 中 小】　打印", ""]
    if v == 0:
        head = [ind + h if h else h for h in head] + [ind, ""]
    body = "\n".join(pieces + [f + "\n" for f in forms])
    return rid_of(ctx), "\n".join(head) + "\n" + body, exp


def qd_form(rng, ctx, v, p):
    """One 项目支出绩效自评表 as a grid of 8 columns."""
    y = ctx["year"]
    t = Table()
    t.row(C("项目支出绩效自评表", cs=8))
    t.row(C(f"（{y}年度）", cs=8))
    t.row(C("项目名称"), C(p["name"], cs=7))
    t.row(C("主管部门"), C(ctx["dept"], cs=3), C("实施单位"), C(ctx["unit"], cs=3))
    t.row(C("项目资金\n（万元）", rs=5), C(""), C("年初预算数"), C("全年预算数（A）"), C("全年执行数（B）"), C("分值"),
          C("执行率（B/A）"), C("得分"))
    m = lambda f: qd_money(v, f) if f else ("0" if v != 1 else "")  # noqa: E731
    t.row("年度资金总额：", m(p["init"]), m(p["budget"]), m(p["executed"]), "10", f"{p['rs']}%", trim(p["exec_score"]))
    fi_rate = f"{rate_s(p['ef'], p['fiscal'], '2')}%" if rng.random() < 0.5 else ""
    t.row("其中：本年财政拨款", m(p["init"] - p["carry"] - p["other"]), m(p["fiscal"]), m(p["ef"]), "—", fi_rate, "—")
    t.row("上年结转资金", m(p["carry"]) if p["carry"] else "", m(p["carry"]) if p["carry"] else "",
          m(p["ec"]) if p["carry"] else "", "—", "", "—")
    t.row("其他资金", m(p["other"]) if p["other"] else "", m(p["other"]) if p["other"] else "",
          m(p["eo"]) if p["other"] else "", "—", "", "—")
    inds = p["inds"]
    first = next(i for i in inds if i.kind != "time" and i.name != "预算执行率")
    sat = sat_ind(inds)
    goal = f"完成{first.name}{first.tgt(0)}，{sat.name}{sat.tgt(0)}。"
    if v == 2:
        what = "财政拨款" if p["fiscal"] == p["budget"] else "资金总额"
        done = (f"本年度{what}为{qd_money(2, p['budget'])}元：执行数为{qd_money(2, p['executed'])}元，"
                f"完成预算的{rate_s(p['executed'], p['budget'], '2')}%。")
    else:
        done = f"全年{first.name}{first.act_s()}，{sat.name}{sat.act_s()}，年度目标{'全部完成' if all(D(i.score) == D(i.weight) for i in inds) else '基本完成'}。"
    t.row(C("年度总体目标完成情况", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=3))
    t.row(C(goal, cs=4), C(done, cs=3))
    hdr = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    body = Table()
    body.row(*hdr)
    shown = list(inds)
    if v == 1:
        rows = qd_rows_with_placeholders(inds)
        body.rows.extend(rows)
    else:
        st = rng.randrange(4)
        named = []
        for k, i in enumerate(shown):
            j = Ind(i.l1, i.l2, i.name, i.kind, i.unit, i.target, i.actual, i.met)
            j.weight, j.score = i.weight, i.score
            if v == 0:
                j.name = f"指标{qd_number(shown, k)}：{i.name}"
            named.append(j)
        ind_table_rows(body, named, st)
    grid9 = Table()  # the indicator block has nine columns under the form's eight: two tables stacked
    grid9.rows = [[C("绩效指标", rs=len(body.rows))] + body.rows[0]] + body.rows[1:]
    total = Table()
    total.row(C("总分", cs=5), C("100"), C(trim(p["total"])), C(f"自评等级：{grade_of(p['total'])}"))
    return Stack([t, grid9, total])


def qd_number(inds, k):
    """指标N: N counts within the indicator's 二级 group."""
    l2 = inds[k].l2
    return sum(1 for i in inds[:k + 1] if i.l2 == l2)


def qd_rows_with_placeholders(inds):
    """The national template's rows as units leave them: each 二级 group's indicators as 指标1名称 (number glued
    to the name), then an empty 指标N and an empty …… row; 二级 groups the project does not use left with
    their empty rows; levels written once (merged)."""
    groups = {}
    for i in inds:
        groups.setdefault((i.l1, i.l2), []).append(i)
    layout = [("产出指标", ["数量指标", "质量指标", "时效指标", "成本指标"]),
              ("效益指标", ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]),
              ("满意度指标", ["服务对象满意度指标"])]
    rows = []
    for l1, l2s in layout:
        block = []
        for l2 in l2s:
            got = groups.get((l1, l2), [])
            sub = []
            for k, i in enumerate(got, 1):
                sub.append([C(f"指标{k}{i.name}"), C(i.tgt(0)), C(i.act_s()), C(i.weight), C(i.score),
                            C("" if D(i.score) == D(i.weight) else i_reason(i))])
            sub.append([C(f"指标{len(got) + 1}"), C(""), C(""), C(""), C(""), C("")])
            sub.append([C("……"), C(""), C(""), C(""), C(""), C("")])
            sub[0] = [C(l2.replace("指标", "\n指标") if l2 != "服务对象满意度指标" else l2, rs=len(sub))] + sub[0]
            block.extend(sub)
        block[0] = [C(l1, rs=len(block))] + block[0]
        rows.extend(block)
    return rows


class Stack:
    """Tables one under another (a form whose indicator block has its own column count)."""

    def __init__(self, tables):
        self.tables = tables
        self.rows = tables[0].rows


def _flatten_stack(fn):
    def inner(tb, *a, **k):
        if isinstance(tb, Stack):
            return "\n".join(fn(x, *a, **k) for x in tb.tables)
        return fn(tb, *a, **k)
    return inner


flat_cells_indented = _flatten_stack(flat_cells_indented)
flat_lines = _flatten_stack(flat_lines)
flat_tabs = _flatten_stack(flat_tabs)
flat_pipe_rows = _flatten_stack(flat_pipe_rows)
flat_spaced = _flatten_stack(flat_spaced)
flat_pipe_cells = _flatten_stack(flat_pipe_cells)


# --------------------------------------------------------------------------------------------
# Layout 3: jingji — a 部门整体 report whose money is 收入 / 基本支出 / 项目支出 in 元


def money_j(v, fen, unit="元"):
    if v in (1, 4):
        return yuan(fen, sep=True) + unit
    return yuan(fen, sep=False) + unit


def build_jingji(rng, ctx):
    v = ctx["variant"]
    u = ctx["u"]
    y = ctx["year"]
    n = rng.randint(2, 3)
    pspecs = rng.sample(u["projects"], n)
    projs = []
    for name, sp, satname, lo, hi in pspecs:
        pb = amount(rng, lo * 10000, hi * 10000, 10000)
        pe = spend(rng, pb, 1, full=0.3, lo=0.7)
        k = rng.randint(2, 4)
        if re.search("补贴|补助|补偿|保险", name):
            classes = ["对个人和家庭的补助"] + rng.sample([c for c in ECON if c != "对个人和家庭的补助"], k - 1)
            main = part_of(rng, pe, 0.8, 0.95, 1)
            cparts = [main] + split_even(rng, pe - main, k - 1, 1)
        else:
            classes = rng.sample([c for c in ECON if c != "对个人和家庭的补助"], k)
            cparts = split_even(rng, pe, k, 1)
        projs.append(dict(name=name, budget=pb, executed=pe, classes=list(zip(classes, cparts))))
    staff_quota = rng.randint(6, 60)
    staff = staff_quota - rng.choice([0, 0, 1, 2, 3]) if staff_quota > 4 else staff_quota
    retired = rng.randint(1, 20)
    wage = amount(rng, staff * 80000, staff * 140000, 1)
    goods = amount(rng, staff * 8000, staff * 25000, 1)
    subsidy = amount(rng, retired * 2000, retired * 9000, 1) if rng.random() < 0.6 else 0
    e_basic = wage + goods + subsidy
    b_basic = e_basic + amount(rng, 2000, 60000, 1)
    b_basic = (b_basic + 9999) // 10000 * 10000
    bud = b_basic + sum(p["budget"] for p in projs)
    exe = e_basic + sum(p["executed"] for p in projs)
    add = part_of(rng, bud, 0.03, 0.15, 10000) if rng.random() < 0.6 else 0
    init = bud - add
    other_in = amount(rng, 5000, 80000, 1) if rng.random() < 0.7 else 0
    carry = amount(rng, 1000, 50000, 1) if rng.random() < 0.5 else 0
    fin_in = exe + carry
    income = fin_in + other_in
    style = ["2", "t", "2", "1", "0"][v]
    rs = rate_s(exe, bud, style)
    # department indicators
    three_b = amount(rng, 20000, 150000, 10000)
    three_e = part_of(rng, three_b, 0.55, 0.98, 1)
    gp_b = amount(rng, 50000, 800000, 10000)
    gp_e = part_of(rng, gp_b, 0.85, 1.0, 1)
    tasks = rng.randint(8, 30)
    done = tasks - (1 if rng.random() < 0.25 else 0)
    dind = [
        ("在职人员控制率", "100", trim(q2(D(staff) * 100 / D(staff_quota))),
         f"编制数{staff_quota}人，实有在职人数{staff}人，在职人员控制率为{trim(q2(D(staff) * 100 / D(staff_quota)))}%，"
         f"控制在100%以内。"),
        ("“三公”经费控制率", "100", trim(q2(D(three_e) * 100 / D(three_b))),
         f"“三公”经费预算{money_j(v, three_b)}，实际支出{money_j(v, three_e)}，“三公”经费控制率"
         f"{trim(q2(D(three_e) * 100 / D(three_b)))}%，目标值≤100%。"),
        ("政府采购执行率", "95", trim(q2(D(gp_e) * 100 / D(gp_b))),
         f"政府采购预算{money_j(v, gp_b)}，实际采购{money_j(v, gp_e)}，政府采购执行率"
         f"{trim(q2(D(gp_e) * 100 / D(gp_b)))}%，目标值≥95%。"),
        ("重点工作办结率", "100", trim(q2(D(done) * 100 / D(tasks))),
         f"年度交办重点工作{tasks}项，办结{done}项，重点工作办结率{trim(q2(D(done) * 100 / D(tasks)))}%，目标值100%。"),
    ]
    dind = dind[:rng.randint(3, 4)]
    unit = ctx["unit"]
    paras = []
    paras.append("一、部门基本情况")
    paras.append("（一）部门概况")
    paras.append(f"1.主要职能。{'；'.join(u['duties'])}。")
    paras.append(f"2.机构情况：{unit}机构数1个，内设股室{rng.randint(2, 6)}个，编制数{staff_quota}人，实有人数{staff}人。")
    paras.append(f"3.人员情况：在职职工{staff}人，其中专业技术人员{max(1, staff // 2)}人；退休人员{retired}人。")
    paras.append("（二）部门绩效目标的设立情况")
    paras.append(f"{y}年，我单位依据部门职责和年度工作计划设立整体绩效目标，目标依据充分，与部门预算资金相匹配。")
    paras.append("（三）部门整体收支情况")
    inc = f"{y}年收入{money_j(v, income)}，其中：财政拨款收入{money_j(v, fin_in)}"
    inc += f"，其他收入{money_j(v, other_in)}。" if other_in else "。"
    paras.append(inc)
    paras.append(f"{y}年支出{money_j(v, exe)}，其中基本支出{money_j(v, e_basic)}，项目支出"
                 f"{money_j(v, sum(p['executed'] for p in projs))}" + (f"；年末结转结余{money_j(v, income - exe)}。" if income > exe else "。"))
    paras.append("1、基本支出")
    bs = f"基本支出{money_j(v, e_basic)}，其中工资福利支出{money_j(v, wage)}；商品和服务支出{money_j(v, goods)}，" \
         f"主要包括办公费、水电费、差旅费等保障单位正常运转的支出"
    bs += f"；对个人和家庭的补助{money_j(v, subsidy)}。" if subsidy else "。"
    paras.append(bs)
    paras.append("2、项目支出")
    marks = ["（{}）".format(k) for k in range(1, 5)] if v != 4 else ["①", "②", "③", "④"]
    for k, p in enumerate(projs):
        uses = "，".join(f"{c}{money_j(v, a)}" for c, a in p["classes"])
        verb = rng.choice(["支出", "项目支出", "共支出"])
        paras.append(f"{marks[k]}{p['name']}{verb}{money_j(v, p['executed'])}，主要用于{uses}。")
    paras.append("（四）部门预算管理制度建设情况")
    paras.append("单位制定了预算管理、收支管理、政府采购和资产管理等内部控制制度，严格执行财务审批程序。")
    paras.append("二、部门整体预算执行情况")
    if v == 2:
        bud_s = f"{wan(bud)}万元"
        exe_s = f"{wan(exe, 6, trim_zeros=True)}万元"
        add_s = f"{wan(add)}万元" if add else ""
        init_s = f"{wan(init)}万元"
    else:
        bud_s, exe_s, add_s, init_s = money_j(v, bud), money_j(v, exe), money_j(v, add), money_j(v, init)
    s = f"{y}年全年预算数为{bud_s}"
    if add:
        s += f"（年初预算{init_s}，年中追加{add_s}）"
    s += f"，全年执行数为{exe_s}，预算执行率为{rs}%。"
    paras.append(s)
    with_budget = v in (0, 2, 4)
    prs = []
    if with_budget:
        for k, p in enumerate(projs):
            pr = rate_s(p["executed"], p["budget"], "2")
            prs.append(pr)
            if v == 2:
                paras.append(f"{p['name']}全年预算{wan(p['budget'])}万元，执行{wan(p['executed'], 6, trim_zeros=True)}万元，"
                             f"执行率{pr}%。")
            else:
                paras.append(f"{p['name']}全年预算{money_j(v, p['budget'])}，执行{money_j(v, p['executed'])}，执行率{pr}%。")
    paras.append("三、部门整体支出绩效情况")
    for k, (nm, tg, ac, sent) in enumerate(dind, 1):
        paras.append(f"{k}.{nm}：{sent}" if v != 3 else f"（{k}）{nm}。{sent}")
    kq = rng.randrange(len(PROBLEMS))
    paras += ["四、存在的问题", f"{PROBLEMS[kq]}。", "五、改进措施", f"{MEASURES[kq]}。"]
    title = f"{unit}{y}年部门整体支出绩效自评报告"
    funds = {"budget_total": yuan_exp(bud), "executed_total": yuan_exp(exe), "execution_rate_stated": rs}
    eps = []
    for k, p in enumerate(projs):
        if with_budget:
            eps.append(project_exp(p["name"], p["budget"], None, p["executed"], prs[k]))
        else:
            eps.append(project_exp(p["name"], None, None, p["executed"], None))
    dexp = [{"name": nm, "target": tg, "actual": ac, "score": None} for nm, tg, ac, _ in dind]
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "部门整体自评", unit, funds, eps, dexp)
    form = ["web", "word", "pdf", "wenku", "pdfh"][(v + ctx["index"] // 6) % 5]
    txt = render(rng, ctx, form, title, paras, exp, header=f"{unit}{y}年部门整体支出绩效自评报告")
    return rid_of(ctx), txt, exp


# --------------------------------------------------------------------------------------------
# Layout 4: sanmubiao — 发展项目 reports with 投入目标 / 产出目标 / 效果目标


def short_name(name):
    for suf in ("补助资金", "专项资金", "资金", "经费", "补助"):
        if name.endswith(suf) and len(name) - len(suf) >= 4:
            return name[:-len(suf)] + "项目"
    return name


def build_sanmubiao(rng, ctx):
    v = ctx["variant"]
    u = ctx["u"]
    y = ctx["year"]
    lvl = ctx["lvl"]
    n = rng.randint(2, 3)
    pspecs = rng.sample(u["projects"], n)
    eff = "效益" if v == 4 else "效果"
    projs = []
    for name, sp, satname, lo, hi in pspecs:
        inds = make_inds(rng, sp, satname, 4, 7)
        gran = 1 if v == 3 else 10000
        b = amount(rng, lo * 10000, hi * 10000, 10000)
        e = spend(rng, b, gran)
        rs = rate_s(e, b, ["2", "t", "2", "2", "1"][v])
        projs.append(dict(name=name, inds=inds, budget=b, executed=e, rs=rs))

    def m(fen):
        return f"{yuan(fen)}元" if v == 3 else f"{wan(fen)}万元"

    unit = ctx["unit"]
    paras = []
    names = "、".join(p["name"] for p in projs)
    paras.append(f"{y}年，我单位共有{cn_num(n)}个{lvl}直发展项目，分别为{names}。根据《{ctx['fin']}关于开展{y}年度"
                 f"{lvl}直发展项目绩效自评价工作的通知》（{docno(ctx, rng)}）要求，现将项目绩效自评价报告在单位网站公开。")
    heads = ["一", "二", "三"]
    exps = []
    for k, p in enumerate(projs):
        inds = p["inds"]
        heading = short_name(p["name"]) if v == 1 else p["name"]
        paras.append(f"{heads[k]}、{heading}")
        paras.append("（一）项目概况")
        paras.append(f"1、项目单位基本情况。{unit}主要职责是{u['duties'][k % len(u['duties'])]}。{y}年，{lvl}财政投入"
                     f"{m(p['budget'])}，主要用于{p['name'].replace('经费', '').replace('资金', '')}相关工作。")
        outs = [i for i in inds if i.l1 == "产出指标"]
        bens = [i for i in inds if i.l1 != "产出指标"]
        st = rng.randrange(4)
        tin = f"投入目标：{lvl}级财政投入金额{m(p['budget'])}，财政资金到位率100%，财政资金使用率100%"
        tout = "产出目标：" + "，".join(f"{i.name}{i.tgt(st)}" for i in outs)
        tben = f"{eff}目标：" + "，".join(f"{i.name}{i.tgt(st)}" for i in bens)
        if v == 2:
            paras.append("2、项目年度预算绩效目标。")
            paras += [f"（1）{tin}。", f"（2）{tout}。", f"（3）{tben}。"]
        else:
            paras.append(f"2、项目年度预算绩效目标。其中，{tin}。{tout}。{tben}。")
        paras.append("（二）项目绩效目标完成情况")
        paras.append(f"1、投入目标完成情况。{lvl}财政实际到位资金{m(p['budget'])}，财政资金到位率100%；全年实际使用资金"
                     f"{m(p['executed'])}，财政资金使用率{p['rs']}%。")
        paras.append("2、产出目标完成情况。" + "；".join(sm_result(i, v) for i in outs) + "。")
        paras.append(f"3、{eff}目标完成情况。" + "；".join(sm_result(i, v) for i in bens) + "。")
        k2 = rng.randrange(len(PROBLEMS))
        paras.append(f"（三）存在问题及改进措施。{PROBLEMS[k2]}；下一步将{MEASURES[k2]}。")
        xin = [{"name": "财政资金到位率", "target": "100", "actual": "100", "score": None},
               {"name": "财政资金使用率", "target": "100", "actual": p["rs"], "score": None}]
        sat = sat_ind(inds)
        exps.append(project_exp(p["name"], p["budget"], p["budget"], p["executed"], p["rs"], sat.actual,
                                xin + [i.exp(score=False) for i in outs + bens]))
    title = f"{y}年{lvl}直发展项目绩效自评价报告"
    exp = expected_doc(GEN, ctx, rid_of(ctx), f"{unit}{title}", "项目支出自评", unit, None, exps)
    form = ["web", "wenku", "word", "pdf", "pdfh"][(v + ctx["index"] // 6) % 5]
    txt = render(rng, ctx, form, title, paras, exp, header=f"{unit}　{title}")
    return rid_of(ctx), txt, exp


def sm_result(i, v):
    if i.kind == "sat":
        return f"经问卷调查，{i.name}为{i.actual}%，目标{i.tgt(1)}"
    if i.kind in ("time", "qual"):
        return f"{i.name}预期{i.target}，实际{i.actual}"
    if i.kind == "zero":
        return f"{i.name}目标{i.tgt(0)}，实际发生{i.actual}{i.unit}"
    if i.kind == "ge" and v != 4:
        pct = trim(q2(D(i.actual) * 100 / D(i.target)))
        return f"{i.name}目标{i.tgt(0)}，实际完成{i.act_s()}，完成率{pct}%"
    if i.kind == "ge":
        return f"{i.name}目标{i.tgt(0)}，实际完成{i.act_s()}"
    return f"{i.name}目标{i.tgt(0)}，实际为{i.act_s()}"


# --------------------------------------------------------------------------------------------
# Layout 5: duodanwei — a fund in 亿元, its parts in 万元, its payments in 元


def fill_part(rng, ctx, tmpl, towns, used):
    """A part's name from its template, and the township it is in (None for a county-wide part)."""
    while True:
        t1, t2 = rng.sample(towns, 2)
        s = tmpl.format(town=t1[:-1], town2=t2[:-1], village=rng.choice(ctx["villages"]), scenic=rng.choice(SCENIC))
        if s not in used:
            return s, (t1 if "{town}" in tmpl else None)


def purpose(rng, tmpl):
    return tmpl.format(a=rng.randint(120, 9000), b=rng.randint(2, 60), n=rng.randint(2, 12),
                       km=trim(D(rng.randint(12, 480)) / 10), wan=trim(D(rng.randint(5, 300)) / 10))


def build_duodanwei(rng, ctx):
    v = ctx["variant"]
    u = ctx["u"]
    y = ctx["year"]
    fname, parts_t, fspecs, fsat, lo, hi = u["fund"]
    npart = rng.randint(min(4, len(parts_t)), len(parts_t))
    chosen = rng.sample(parts_t, npart)
    towns = ctx["towns"]
    used = []
    parts = []
    total_wan = rng.randint(lo, hi)
    # part budgets in whole 万元 (or tens of 万元), adding up to the fund
    units_ = split_even(rng, total_wan, npart, 1)
    for (tmpl, ptmpl), w in zip(chosen, units_):
        nm, town = fill_part(rng, ctx, tmpl, towns, used)
        used.append(nm)
        b = w * 1000000
        fine = v in (1, 3)
        e = spend(rng, b, 1 if fine else 10000, full=0.25, lo=0.55, hi=0.99)
        parts.append(dict(name=nm, budget=b, executed=e, purpose=purpose(rng, ptmpl), town=town))
    fb = sum(p["budget"] for p in parts)
    fe = sum(p["executed"] for p in parts)
    frs = rate_s(fe, fb, "2")
    inds = make_inds(rng, fspecs, fsat, 5, 8)
    # groups by implementing township or the unit itself (not projects)
    groups = {}
    for p in parts:
        groups.setdefault(p["town"] or f"{ctx['cfull']}{u['name']}", []).append(p)
    unit = ctx["unit"]
    upper = ctx["provfin"]
    paras = []
    paras.append(f"按照《预算法》《预算法实施条例》等规定，为强化预算绩效主体责任，提高资金使用效益，现将{ctx['cfull']}{y}年"
                 f"{fname}绩效自评工作报告如下：")
    paras.append("一、绩效目标分解下达情况")
    paras.append("1.资金分解下达情况")
    tot = f"{fmt_yi(fb, 4, True)}亿元" if v != 2 else f"{wan(fb, 0, sep=',')}万元"
    gl = "、".join(f"{g}{len(ps)}个{fmt_yi(sum(p['budget'] for p in ps), 4, True)}亿元" for g, ps in groups.items())
    paras.append(f"{y}年，{upper}下达{ctx['cfull']}{fname}{tot}（{docno(ctx, rng, '财建', abbr=PROV_ABBR[ctx['ppy']])}），涉及{cn_num(len(groups))}个"
                 f"实施单位，共{npart}个项目。其中：{gl}。")
    paras.append("2.绩效目标设定情况")
    marks = "㈠㈡㈢㈣㈤㈥㈦㈧"
    for k, p in enumerate(parts):
        if v == 3:
            ms = f"{yuan(p['budget'])}元"
        else:
            ms = f"{wan(p['budget'], 0)}万元"
        paras.append(f"{marks[k]}{p['name']}。安排资金{ms}，主要用于{p['purpose']}。")
    paras.append("二、资金使用情况")
    if v in (1, 3):
        fe_s = f"{wan(fe, 6, sep=',', trim_zeros=True)}万元"
    else:
        fe_s = f"{wan(fe, 2, sep=',')}万元"
    paras.append(f"截至{y}年12月31日，{fname}累计支出{fe_s}，支出进度{frs}%，"
                 f"未支出资金{wan(fb - fe, 6 if v in (1, 3) else 2, sep=',', trim_zeros=v in (1, 3))}万元主要为工程质保金和未完成结算部分。")
    # the payments table
    t = Table()
    unit_hdr = {0: "单位：元", 1: "单位：万元", 2: "单位：元", 3: "单位：万元", 4: "单位：元"}[v]
    t.row("序号", "项目名称", "安排资金", "已支付", "支付进度")
    for k, p in enumerate(parts, 1):
        if v in (1, 3):
            b_s, e_s = wan(p["budget"]), wan(p["executed"], 6)
        elif v == 2:
            b_s, e_s = yuan(p["budget"], sep=False), yuan(p["executed"], sep=False)
        else:
            b_s, e_s = yuan(p["budget"]), yuan(p["executed"])
        t.row(str(k), p["name"], b_s, e_s, f"{rate_s(p['executed'], p['budget'], '2')}%")
    if v in (1, 3):
        t.row("合计", "", wan(fb), wan(fe, 6), f"{frs}%")
    else:
        t.row("合计", "", yuan(fb, sep=v != 2), yuan(fe, sep=v != 2), f"{frs}%")
    paras.append(f"表1　{fname}项目支出明细表（{unit_hdr}）")
    tab = {0: flat_tabs, 1: lambda tb: flat_spaced(tb, "  "), 2: flat_tabs, 3: lambda tb: flat_spaced(tb, " "),
           4: lambda tb: flat_spaced(tb, "　")}[v](t)
    paras.append(BlockStr(tab))
    paras.append("三、绩效指标完成情况")
    it = Table()
    it.row("一级指标", "二级指标", "三级指标", "指标值", "完成值", "偏差原因")
    st = rng.randrange(4)
    ind_table_rows(it, inds, st, with_score=False, reason=True)
    paras.append(f"表2　{fname}绩效指标完成情况表")
    paras.append(BlockStr({0: flat_tabs, 1: flat_tabs, 2: lambda tb: flat_spaced(tb, "  "), 3: flat_tabs,
                           4: lambda tb: flat_spaced(tb, "　")}[v](it)))
    kq = rng.randrange(len(PROBLEMS))
    paras += ["四、存在问题及下步措施", f"{PROBLEMS[kq]}。下一步，{MEASURES[kq]}。"]
    title = f"关于{y}年{fname}执行情况绩效自评报告"
    sat = sat_ind(inds)
    eps = [project_exp(fname, fb, None, fe, frs, sat.actual, [i.exp(score=False) for i in inds])]
    for p in parts:
        eps.append(project_exp(p["name"], p["budget"], None, p["executed"], rate_s(p["executed"], p["budget"], "2")))
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "专项资金", unit, None, eps)
    form = ["web", "word", "pdf", "web", "pdfh"][(v + ctx["index"] // 6) % 5]
    txt = render(rng, ctx, form, title, paras, exp, header=f"{ctx['cfull']}{y}年{fname}绩效自评报告")
    return rid_of(ctx), txt, exp


# --------------------------------------------------------------------------------------------
# Layout 6: haoma — a project report full of numbers that are no budget figures


def build_haoma(rng, ctx):
    v = ctx["variant"]
    u = ctx["u"]
    y = ctx["year"]
    g = v in (1, 3)  # dates and 文号 as some copies lose 年/月 and 〕
    name, sp, satname, lo, hi = rng.choice(u["projects"])
    inds = make_inds(rng, sp, satname, 5, 8)
    in_yuan = v in (2, 4)
    gran = 1 if in_yuan else 10000
    b = amount(rng, lo * 10000, hi * 10000, 10000)
    e = spend(rng, b, gran)
    rs = rate_s(e, b, ["2", "t", "2", "1", "2"][v])

    def m(fen):
        return f"{yuan(fen, sep=v == 4)}元" if in_yuan else f"{wan(fen, 2, trim_zeros=v == 1)}万元"

    unit = ctx["unit"]
    people = ctx["people"]
    code = f"{rng.randint(51000000, 65999999)}T{rng.randint(10 ** 11, 10 ** 12 - 1)}"
    phone = mobile(rng)
    zipc = f"{rng.randint(1, 8)}{rng.randint(10000, 99999)}"
    d1 = (rng.randint(2, 4), rng.randint(1, 28))
    d2 = (rng.randint(10, 12), rng.randint(1, 28))
    paras = []
    paras.append("一、项目概况")
    paras.append("（一）项目基本情况：")
    paras.append(f"1.项目主要内容：{name}由{unit}组织实施，主要用于{u['duties'][0]}。项目编码：{code}。")
    paras.append(f"2.资金：{y}年{name}预算经费为{m(b)}，{y}年支付{m(e)}。")
    paras.append(f"预算单位{unit}的{name}。")
    paras.append(f"主管部门为{ctx['dept']}")
    paras.append(f"项目业主为{unit}")
    paras.append(f"项目负责人为{people[0]}联系电话：{phone}。单位地址邮政编码：{zipc}。")
    paras.append("（二）项目年度预算绩效目标和绩效指标设定情况")
    paras.append(f"总体目标：{u['duties'][1]}，完成年度各项工作任务。")
    paras.append(f"当年年度目标完成情况：{y}年预算价为{m(b)}，{y}年完成支付{m(e)}。")
    paras.append("二、项目决策及资金使用管理情况")
    paras.append(f"（一）项目决策情况：依据《{ctx['cfull']}人民政府办公室关于印发{y}年度重点工作任务分解方案的通知》"
                 f"（{docno(ctx, rng, '政办发', g, y - 1 if rng.random() < 0.5 else y)}），{y}年{name}列入部门预算经费为"
                 f"{m(b)}，于{date_s(y, *d1, g)}经局党组会议（{y}年第{rng.randint(2, 9)}次）研究确定实施方案。")
    paras.append(f"（二）项目资金安排落实、总投入等情况：{y}年{name}资金{m(b)}列入{y}年部门预算，{ctx['fin']}于"
                 f"{date_s(y, *d1, g)}以{docno(ctx, rng, '财预', g)}文件下达。")
    paras.append(f"（三）项目资金实际使用情况：截至{date_s(y, 12, 31, g)}，{name}实际支出{m(e)}，预算执行率{rs}%"
                 + ("。" if e == b else f"，结余{m(b - e)}已按规定{'收回' if rng.random() < 0.5 else '结转下年使用'}。"))
    paras.append("三、项目绩效情况")
    paras.append("（一）项目绩效指标完成情况分析")
    groups = [("产出指标完成情况分析。", [i for i in inds if i.l1 == "产出指标"]),
              ("效益指标完成情况分析。", [i for i in inds if i.l1 == "效益指标"]),
              ("满意度指标完成情况分析。", [i for i in inds if i.l1 == "满意度指标"])]
    groups = [g for g in groups if g[1]]
    for gk, (head, items) in enumerate(groups, 1):
        paras.append(f"{gk}.{head}")
        for k, i in enumerate(items, 1):
            paras.append(f"（{k}）{i.name}")
            paras.append(hm_sentence(rng, i, y, g))
    paras.append(f"（二）项目自评结论：{name}总体按计划实施，经自评，项目得分"
                 f"{trim(q2(min(D(e) * 100 / D(b), D(100)) / 10 + sum(D(i.score) for i in inds)))}分。")
    paras.append("四、存在的问题及整改情况")
    aud = rng.randint(2, 6)
    fixed = aud - rng.randint(0, 1)
    paras.append(f"1.{PROBLEMS[rng.randrange(len(PROBLEMS))]}。{y}年{ctx['cfull']}审计局专项审计（{docno(ctx, rng, '审报', g)}）"
                 f"反馈问题{aud}个，已整改{fixed}个，整改完成率{trim(q2(D(fixed) * 100 / D(aud)))}%。")
    paras.append(f"2.针对上述问题，单位召开专题会议{rng.randint(2, 6)}次，修订内部管理制度{rng.randint(2, 5)}项，"
                 f"整改时限为{date_s(y + 1, 6, 30, g)}前，整改责任人{people[1]}，监督电话{landline(rng)}。")
    paras.append(f"五、下一步工作计划：{MEASURES[rng.randrange(len(MEASURES))]}；群众如有意见建议，可拨打12345政务服务便民热线"
                 f"或登录{ctx['cfull']}人民政府网站留言。")
    title = f"{ctx['cfull']}财政支出项目绩效自评报告（{name}）"
    sat = sat_ind(inds)
    eps = [project_exp(name, b, None, e, rs, sat.actual, [i.exp(score=False) for i in inds])]
    exp = expected_doc(GEN, ctx, rid_of(ctx), title, "项目支出自评", unit, None, eps)
    form = ["web", "pdf", "word", "wenku", "web"][(v + ctx["index"] // 6) % 5]
    if form == "web":
        paras = [f"作者：-　　来源：{unit}　　发布时间：{ctx['pub']} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　　【字体：大 中 小】"] + paras
    txt = render(rng, ctx, form, title, paras, exp, header=title)
    return rid_of(ctx), txt, exp


def hm_sentence(rng, i, y, g):
    n_chk = rng.randint(3, 15)
    dd = (rng.randint(5, 11), rng.randint(1, 28))
    if i.kind == "sat":
        sent = rng.randint(120, 600)
        back = sent - rng.randint(0, 12)
        return (f"{date_s(y, dd[0], dd[1], g)}至{date_s(y, dd[0], min(dd[1] + 7, 28), g)}，共发放调查问卷{sent}份，收回有效问卷"
                f"{back}份，经统计{i.name}为{i.actual}%，年度目标{i.tgt(0)}。")
    if i.kind in ("time", "qual"):
        return f"年度目标为“{i.target}”，实际完成情况为“{i.actual}”，期间开展督导检查{n_chk}次。"
    if i.kind == "zero":
        return f"年度目标{i.tgt(0)}，全年实际发生{i.actual}{i.unit}，共受理群众来电{n_chk}件，均已按时办结。"
    if i.kind in ("pct", "lepct"):
        return f"年度指标值{i.tgt(0)}，经{rng.choice(['抽查台账', '核对系统数据', '现场核查'])}，实际为{i.actual}%。"
    if i.kind == "le":
        return f"年度目标{i.tgt(rng.randrange(4))}，经{rng.choice(['抽查台账', '核对报销凭证'])}，实际为{i.act_s()}。"
    return (f"年度目标{i.tgt(rng.randrange(4))}，全年实际完成{i.act_s()}，其中第{rng.randint(1, 4)}季度完成"
            f"{rng.randint(20, 45)}%，于{date_s(y, dd[0], dd[1], g)}通过阶段验收。")


# --------------------------------------------------------------------------------------------
# The check run on every report


def rate_ok(r, e, b):
    exact = D(e) * 100 / D(b)
    cands = {q2(exact), exact.quantize(D("0.1"), ROUND_HALF_UP), exact.quantize(D(1), ROUND_HALF_UP)}
    return D(r) in cands and (D(r) < 100 or D(e) == D(b))


def check(exp, txt):
    # genlib's strict self_check; projects stated without a budget (jingji) are left out of its sum, and the
    # stated rates are checked below with the roundings the layouts write (two places, one place, whole percent)
    budgeted = dict(exp, projects=[p for p in exp["projects"] if p["budget_total"] is not None])
    probs = [p for p in self_check(budgeted, strict=True) if ": rate " not in p and p != "funds rate"]
    names = [p["name"] for p in exp["projects"]]
    if len(set(names)) != len(names):
        probs.append("project names repeat")
    f = exp["funds"]
    if f["execution_rate_stated"] is not None and not rate_ok(f["execution_rate_stated"], f["executed_total"],
                                                              f["budget_total"]):
        probs.append("funds rate")
    for p in exp["projects"]:
        if p["execution_rate_stated"] is not None and not rate_ok(p["execution_rate_stated"], p["executed"],
                                                                  p["budget_total"]):
            probs.append(f"{p['name']}: rate {p['execution_rate_stated']}")
        if p["budget_total"] is not None and D(p["budget_total"]) <= 0:
            probs.append(f"{p['name']}: budget not positive")
        names = [i["name"] for i in p["indicators"]]
        if len(set(names)) != len(names):
            probs.append(f"{p['name']}: indicator names repeat")
        for i in p["indicators"]:
            if i["target"] is None and i["actual"] is None:
                probs.append(f"{p['name']}: {i['name']} states nothing")
    probs += money_after_names(exp, txt)
    if not 1 <= len(exp["projects"]) <= 9:
        probs.append("project count")
    return probs


BUILDERS = {"fengmian": build_fengmian, "qingdan": build_qingdan, "jingji": build_jingji,
            "sanmubiao": build_sanmubiao, "duodanwei": build_duodanwei, "haoma": build_haoma}


def main(argv):
    args = parse_args(argv, __doc__, SEED)
    return write_texts_and_check(GEN, args, LAYOUTS, make_ctx, BUILDERS, check)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
