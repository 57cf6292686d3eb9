#!/usr/bin/env python3
"""Generator O: 预算绩效自评报告 told mostly in prose, as county web pages publish them, with expected documents.

Usage: generate.py OUT [-n N] [--seed S]
Writes OUT/<id>.txt (UTF-8 plain text as copied from a county government page: a title, maybe a 发布时间/来源
line, then paragraphs; some reports hard-wrapped as a PDF's text is) and OUT/<id>.expected.json
(tests/corpus/FORMAT-expected.md) for N reports, six layouts cycled: zhuanxiang (a special fund, money in
sentences), bumen (部门整体 with project headings), liexiang (numbered items with colon names, or a list of
recipients), biaoge (a small flattened table among prose), zhibiao (indicators told per level, with scores),
kuanian (last year's figures and 年初 vs 调整后 beside the report year's). Every expected figure, project name and
indicator name is looked for in the text, each project's money after its name, every stated rate derived again;
problems are printed, exit status 1. See README.md for the conventions of the expected documents.
Python 3 standard library only; deterministic from --seed (no clock, no hash-order dependence).
"""
import json
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (D, Indicator, spec_indicators, q2, trim, fmt_yuan, fmt_wan, fmt_yi, rate, amount,  # noqa: E402
                    part_of, spent, grade_of, make_id, expected_doc, project_exp, self_check,
                    parse_args, write_texts_and_check, wrap, straddles, Table, flat_tabs, dw)
from corpus_check import money_after_names  # noqa: E402

GEN = "generator-o"
SEED = 20270412
LAYOUTS = ["zhuanxiang", "bumen", "liexiang", "biaoge", "zhibiao", "kuanian"]
FW = "\u3000"
CN = "一二三四五六七八九十"

# --------------------------------------------------------------------------------------------
# Places: 30 counties none of the other generators' READMEs or generate.py names, nor dev/ or fresh*/

PLACES = [
    ("he", "河北", "海兴县", "海兴", "haixing"), ("sx", "山西", "五寨县", "五寨", "wuzhai"),
    ("nm", "内蒙古", "阿荣旗", "阿荣", "arong"), ("nm", "内蒙古", "商都县", "商都", "shangdu"),
    ("ln", "辽宁", "建昌县", "建昌", "jianchang"), ("jl", "吉林", "镇赉县", "镇赉", "zhenlai"),
    ("hl", "黑龙江", "嫩江市", "嫩江", "nenjiang"), ("js", "江苏", "灌云县", "灌云", "guanyun"),
    ("ah", "安徽", "利辛县", "利辛", "lixin"), ("fj", "福建", "政和县", "政和", "zhenghe"),
    ("jx", "江西", "宜黄县", "宜黄", "yihuang"), ("sd", "山东", "阳谷县", "阳谷", "yanggu"),
    ("ha", "河南", "桐柏县", "桐柏", "tongbai"), ("hb", "湖北", "通山县", "通山", "tongshan"),
    ("hn", "湖南", "安化县", "安化", "anhua"), ("gd", "广东", "陆河县", "陆河", "luhe"),
    ("gx", "广西", "融安县", "融安", "rongan"), ("hi", "海南", "定安县", "定安", "dingan"),
    ("cq", "重庆", "云阳县", "云阳", "yunyang"), ("sc", "四川", "南江县", "南江", "nanjiang"),
    ("yn", "云南", "永胜县", "永胜", "yongsheng"), ("yn", "云南", "绿春县", "绿春", "lvchun"),
    ("xz", "西藏", "丁青县", "丁青", "dingqing"), ("sn", "陕西", "柞水县", "柞水", "zhashui"),
    ("gs", "甘肃", "环县", "环县", "huanxian"), ("qh", "青海", "玛沁县", "玛沁", "maqin"),
    ("nx", "宁夏", "彭阳县", "彭阳", "pengyang"), ("xj", "新疆", "伽师县", "伽师", "jiashi"),
    ("hn", "湖南", "新田县", "新田", "xintian"), ("sx", "山西", "隰县", "隰县", "xixian"),
]

# --------------------------------------------------------------------------------------------
# Units: eleven kinds none of the other generators nor dev/fresh* names. An indicator spec is genlib's:
# (二级, name, kind, …) — ge (unit, lo, hi), pct (unit, targets), le (unit, lo, hi), lepct, zero (unit),
# time (deadline), qual (target, partly).

UNITS = {
    "gqs": {"fmt": "{c}灌区管理所", "func": "负责灌区骨干工程的运行管护、灌溉调度和用水管理，承担灌区防汛度汛和节水改造工作",
            "projects": [
                ("灌区续建配套与节水改造项目", [("数量指标", "改造干支渠", "ge", "公里", 8, 30),
                                     ("数量指标", "新建改造渠系建筑物", "ge", "座", 20, 90),
                                     ("质量指标", "工程验收合格率", "pct", "%", (100,)),
                                     ("经济效益指标", "年新增节水能力", "ge", "万立方米", 60, 300)], "受益农户满意度"),
                ("灌区渠道清淤维护经费", [("数量指标", "清淤渠道长度", "ge", "公里", 20, 90),
                                   ("时效指标", "清淤完成时间", "time", "春灌前完成"),
                                   ("社会效益指标", "有效灌溉面积", "ge", "万亩", 3, 12)], "灌区群众满意度"),
                ("量水设施建设项目", [("数量指标", "安装量水设施", "ge", "处", 20, 80),
                                ("质量指标", "量水设施完好率", "pct", "%", (95, 98)),
                                ("成本指标", "单处量水设施平均成本", "le", "元", 3000, 8000),
                                ("可持续影响指标", "农业用水计量管理", "qual", "全面规范", "基本规范")], "用水户满意度"),
                ("灌区防汛度汛经费", [("数量指标", "巡查渠道堤段", "ge", "公里", 40, 160),
                                ("时效指标", "险情处置响应时间", "le", "小时", 2, 6),
                                ("社会效益指标", "度汛安全责任事故", "zero", "起")], "沿渠群众满意度"),
            ],
            "fund": ("大中型灌区续建配套与现代化改造资金", ["骨干渠道衬砌资金", "渠系建筑物配套资金", "灌区信息化建设资金"],
                     [("数量指标", "衬砌骨干渠道", "ge", "公里", 10, 40),
                      ("质量指标", "单元工程质量合格率", "pct", "%", (100,)),
                      ("经济效益指标", "改善灌溉面积", "ge", "万亩", 2, 9)], "受益群众满意度"),
            "companies": None},
    "zbz": {"fmt": "{c}植保植检站", "func": "负责全县农作物病虫害监测预警、防控指导和植物检疫执法工作",
            "projects": [
                ("农作物重大病虫害统防统治项目", [("数量指标", "统防统治面积", "ge", "万亩", 5, 30),
                                      ("质量指标", "病虫危害损失率", "le", "%", 3, 5),
                                      ("时效指标", "防控物资发放时间", "time", "4月底前完成"),
                                      ("经济效益指标", "挽回粮食损失", "ge", "吨", 800, 5000)], "种植户满意度"),
                ("草地贪夜蛾监测防控经费", [("数量指标", "设置监测点", "ge", "个", 10, 40),
                                    ("数量指标", "发布病虫情报", "ge", "期", 10, 30),
                                    ("质量指标", "监测数据上报及时率", "pct", "%", (95, 100)),
                                    ("社会效益指标", "虫害大面积暴发", "zero", "次")], "农户满意度"),
                ("植物检疫执法专项经费", [("数量指标", "开展产地检疫", "ge", "批次", 80, 400),
                                   ("数量指标", "调运检疫签证", "ge", "份", 200, 900),
                                   ("质量指标", "检疫性有害生物扩散事件", "zero", "起"),
                                   ("可持续影响指标", "检疫执法规范化水平", "qual", "明显提高", "有所提高")], "服务对象满意度"),
                ("农药减量增效示范项目", [("数量指标", "建设绿色防控示范区", "ge", "个", 3, 12),
                                   ("数量指标", "推广生物农药面积", "ge", "万亩", 1, 8),
                                   ("经济效益指标", "示范区亩均节本增效", "ge", "元", 40, 150),
                                   ("生态效益指标", "化学农药使用量", "qual", "持续减少", "略有减少")], "示范户满意度"),
            ],
            "fund": ("农业生产防灾减灾资金", ["病虫害应急防治药剂采购资金", "统防统治作业补助资金", "监测预警设备购置资金"],
                     [("数量指标", "应急防治面积", "ge", "万亩", 4, 20),
                      ("质量指标", "防治效果", "pct", "%", (85, 90)),
                      ("社会效益指标", "区域性重大病虫灾害", "zero", "次")], "受益农户满意度"),
            "companies": ("植保专业化服务组织", ["{s}县{x}植保专业合作社", "{s}{x}农业服务有限公司"])},
    "zzz": {"fmt": "{c}种子管理站", "func": "负责农作物种子生产经营监督管理、良种繁育推广和救灾备荒种子储备工作",
            "projects": [
                ("良种繁育基地建设项目", [("数量指标", "建设良种繁育基地", "ge", "亩", 800, 5000),
                                   ("质量指标", "种子质量抽检合格率", "pct", "%", (96, 98)),
                                   ("时效指标", "基地建设完成时间", "time", "10月底前完成"),
                                   ("经济效益指标", "带动制种农户增收", "ge", "万元", 80, 400)], "制种农户满意度"),
                ("种子市场监管经费", [("数量指标", "检查种子经营门店", "ge", "家次", 60, 300),
                                ("数量指标", "抽检种子样品", "ge", "个", 40, 160),
                                ("质量指标", "案件查处率", "pct", "%", (100,)),
                                ("社会效益指标", "重大假劣种子坑农事件", "zero", "起")], "经营户满意度"),
                ("农作物品种展示评价项目", [("数量指标", "展示评价品种", "ge", "个", 30, 120),
                                    ("数量指标", "组织现场观摩", "ge", "场次", 2, 8),
                                    ("可持续影响指标", "主导品种覆盖率", "pct", "%", (90, 95))], "参观农户满意度"),
                ("救灾备荒种子储备经费", [("数量指标", "储备救灾种子", "ge", "吨", 20, 150),
                                   ("质量指标", "储备种子发芽率", "pct", "%", (85, 90)),
                                   ("时效指标", "储备任务完成时间", "time", "6月底前完成")], "受灾农户满意度"),
            ],
            "fund": ("种业振兴行动专项资金", ["种质资源普查资金", "良种联合攻关补助资金", "制种基地提升奖励资金"],
                     [("数量指标", "收集种质资源", "ge", "份", 60, 300),
                      ("质量指标", "入库资源鉴定率", "pct", "%", (90, 95)),
                      ("可持续影响指标", "种业发展基础", "qual", "进一步夯实", "有所夯实")], "种业企业满意度"),
            "companies": ("种子生产经营企业", ["{s}县{x}种业有限公司", "{s}{x}种植专业合作社"])},
    "csz": {"fmt": "{c}蚕桑发展中心", "func": "负责全县蚕桑产业发展规划、桑园建设、养蚕技术推广和蚕茧质量监管工作",
            "projects": [
                ("优质桑园建设项目", [("数量指标", "新建优质桑园", "ge", "亩", 300, 2000),
                                ("质量指标", "桑苗成活率", "pct", "%", (85, 90)),
                                ("经济效益指标", "亩桑产值", "ge", "元", 3000, 6000)], "蚕农满意度"),
                ("小蚕共育室建设补助项目", [("数量指标", "新建小蚕共育室", "ge", "个", 4, 20),
                                    ("成本指标", "单个共育室补助标准", "le", "万元", 2, 5),
                                    ("质量指标", "共育小蚕发放合格率", "pct", "%", (95, 98))], "养蚕户满意度"),
                ("蚕桑技术培训经费", [("数量指标", "举办技术培训班", "ge", "期", 6, 24),
                                ("数量指标", "培训蚕农", "ge", "人次", 300, 1500),
                                ("社会效益指标", "蚕农技术水平", "qual", "明显提高", "有所提高")], "参训蚕农满意度"),
                ("蚕茧收购质量监管经费", [("数量指标", "检查蚕茧收购站点", "ge", "个", 10, 40),
                                   ("质量指标", "蚕茧收购质量抽检合格率", "pct", "%", (95, 98)),
                                   ("时效指标", "收购季监管覆盖时间", "time", "收购期全程覆盖")], "售茧蚕农满意度"),
            ],
            "fund": ("蚕桑产业高质量发展专项资金", ["桑园改造补助资金", "省力化蚕台购置补助资金", "蚕茧烘干设施补助资金"],
                     [("数量指标", "改造低效桑园", "ge", "亩", 500, 3000),
                      ("数量指标", "推广省力化蚕台", "ge", "套", 100, 600),
                      ("经济效益指标", "蚕农户均增收", "ge", "元", 1500, 5000)], "蚕农满意度"),
            "companies": ("蚕茧加工主体", ["{s}县{x}茧丝有限公司", "{s}{x}蚕业专业合作社"])},
    "gsz": {"fmt": "{c}果树技术推广站", "func": "负责全县果树新品种引进示范、果园提质改造和果业技术服务工作",
            "projects": [
                ("低产果园改造项目", [("数量指标", "改造低产果园", "ge", "亩", 500, 3000),
                                ("质量指标", "改造果园挂果率", "pct", "%", (85, 90)),
                                ("经济效益指标", "果园亩均增收", "ge", "元", 300, 1200)], "果农满意度"),
                ("果树病虫害绿色防控项目", [("数量指标", "推广绿色防控面积", "ge", "亩", 2000, 12000),
                                    ("质量指标", "果品农残抽检合格率", "pct", "%", (98, 100)),
                                    ("生态效益指标", "果园化学农药使用量", "qual", "明显减少", "有所减少")], "果农满意度"),
                ("果树新品种引进示范经费", [("数量指标", "引进新品种", "ge", "个", 4, 15),
                                    ("数量指标", "建设示范园", "ge", "个", 2, 8),
                                    ("时效指标", "苗木定植完成时间", "time", "3月底前完成")], "示范户满意度"),
                ("果业技术服务经费", [("数量指标", "开展技术指导", "ge", "场次", 20, 90),
                                ("数量指标", "发放技术资料", "ge", "份", 1000, 6000),
                                ("社会效益指标", "果农实用技术普及率", "pct", "%", (80, 85))], "服务果农满意度"),
            ],
            "fund": ("特色林果产业提质增效资金", ["标准化果园建设资金", "果品冷链设施补助资金", "果品品牌培育资金"],
                     [("数量指标", "建设标准化果园", "ge", "亩", 600, 4000),
                      ("数量指标", "新建果品冷库", "ge", "座", 2, 10),
                      ("经济效益指标", "带动果农增收", "ge", "万元", 100, 600)], "果农满意度"),
            "companies": ("果品经营主体", ["{s}县{x}果业专业合作社", "{s}{x}果品有限公司"])},
    "skg": {"fmt": "{c}水库管理所", "func": "负责辖区小型水库的日常运行管护、雨水情测报、安全监测和防汛调度工作",
            "projects": [
                ("库坝设施岁修项目", [("数量指标", "维修养护小型水库", "ge", "座", 6, 30),
                                   ("质量指标", "维修养护工程合格率", "pct", "%", (100,)),
                                   ("社会效益指标", "水库安全度汛", "qual", "全部安全度汛", "基本安全度汛")], "下游群众满意度"),
                ("水库雨水情测报设施运维经费", [("数量指标", "运维雨水情测报站点", "ge", "个", 10, 50),
                                      ("质量指标", "测报设施正常运行率", "pct", "%", (95, 98)),
                                      ("时效指标", "设施故障修复时间", "le", "天", 2, 5)], "管护人员满意度"),
                ("水库大坝安全鉴定经费", [("数量指标", "完成大坝安全鉴定", "ge", "座", 2, 8),
                                   ("时效指标", "鉴定报告提交时间", "time", "11月底前完成"),
                                   ("质量指标", "鉴定成果审定通过率", "pct", "%", (100,))], "主管部门满意度"),
                ("水库库区保洁经费", [("数量指标", "保洁水域面积", "ge", "亩", 500, 3000),
                                ("成本指标", "每亩水域年保洁成本", "le", "元", 40, 120),
                                ("生态效益指标", "库区水质达标率", "pct", "%", (90, 95))], "库区群众满意度"),
            ],
            "fund": ("小型水库安全运行管护补助资金", ["水库除险加固资金", "小型水库专职管护员补助资金", "水库安全监测设施资金"],
                     [("数量指标", "落实专职管护人员", "ge", "名", 20, 90),
                      ("质量指标", "安全监测设施完好率", "pct", "%", (95, 98)),
                      ("社会效益指标", "水库垮坝事故", "zero", "起")], "下游群众满意度"),
            "companies": None},
    "zyy": {"fmt": "{c}中医医院", "func": "承担全县中医医疗、急诊急救、中医药适宜技术推广和基层中医药人员培训任务",
            "projects": [
                ("中医药特色专科建设项目", [("数量指标", "建设中医特色专科", "ge", "个", 2, 6),
                                    ("数量指标", "开展中医适宜技术", "ge", "项", 10, 40),
                                    ("质量指标", "专科门诊量增长率", "pct", "%", (10, 15)),
                                    ("社会效益指标", "中医药服务可及性", "qual", "明显提升", "有所提升")], "患者满意度"),
                ("基层中医药人才培训经费", [("数量指标", "培训基层中医药人员", "ge", "人次", 80, 400),
                                    ("质量指标", "培训考核合格率", "pct", "%", (90, 95)),
                                    ("时效指标", "培训完成时间", "time", "10月底前完成")], "参训人员满意度"),
                ("院前急救能力提升项目", [("数量指标", "购置急救设备", "ge", "台", 6, 30),
                                   ("质量指标", "急救设备验收合格率", "pct", "%", (100,)),
                                   ("时效指标", "急救平均反应时间", "le", "分钟", 12, 20)], "就诊患者满意度"),
                ("中医药健康宣传经费", [("数量指标", "开展义诊及健康讲座", "ge", "场次", 12, 60),
                                  ("数量指标", "发放宣传资料", "ge", "份", 2000, 10000),
                                  ("社会效益指标", "群众中医药健康素养", "qual", "进一步提高", "有所提高")], "群众满意度"),
            ],
            "fund": ("中医药传承创新发展专项资金", ["基层中医馆建设资金", "名老中医工作室建设资金", "中医药适宜技术推广资金"],
                     [("数量指标", "建设基层中医馆", "ge", "个", 3, 12),
                      ("数量指标", "推广中医适宜技术", "ge", "项", 8, 30),
                      ("社会效益指标", "乡镇卫生院中医药服务覆盖率", "pct", "%", (95, 100))], "基层群众满意度"),
            "companies": None},
    "jyy": {"fmt": "{c}机关幼儿园", "func": "承担县城适龄幼儿保育教育工作，发挥示范园对全县学前教育的引领作用",
            "projects": [
                ("学前教育保教费补助项目", [("数量指标", "补助在园幼儿", "ge", "人", 150, 500),
                                    ("质量指标", "补助资金发放准确率", "pct", "%", (100,)),
                                    ("时效指标", "补助资金发放时间", "time", "按学期及时发放")], "幼儿家长满意度"),
                ("园舍维修改造项目", [("数量指标", "维修改造园舍面积", "ge", "平方米", 300, 2000),
                                ("质量指标", "改造工程验收合格率", "pct", "%", (100,)),
                                ("成本指标", "每平方米改造成本", "le", "元", 300, 800)], "教职工满意度"),
                ("幼儿教师培训经费", [("数量指标", "培训幼儿教师", "ge", "人次", 30, 150),
                                ("质量指标", "培训合格率", "pct", "%", (95, 100)),
                                ("可持续影响指标", "保教质量", "qual", "稳步提升", "有所提升")], "参训教师满意度"),
                ("保育设施设备购置项目", [("数量指标", "购置保育设备", "ge", "台套", 20, 120),
                                   ("质量指标", "设备验收合格率", "pct", "%", (100,)),
                                   ("社会效益指标", "办园条件", "qual", "明显改善", "有所改善")], "家长满意度"),
            ],
            "fund": ("学前教育提质发展补助资金", ["普惠性幼儿园补助资金", "幼儿资助资金", "保教设施改善资金"],
                     [("数量指标", "资助家庭经济困难幼儿", "ge", "人次", 40, 200),
                      ("质量指标", "资助对象认定准确率", "pct", "%", (100,)),
                      ("社会效益指标", "学前教育普惠水平", "qual", "持续提高", "有所提高")], "幼儿家长满意度"),
            "companies": None},
    "qsn": {"fmt": "{c}青少年活动中心", "func": "承担全县青少年校外教育、公益培训、研学实践和心理健康服务工作",
            "projects": [
                ("公益性校外教育活动经费", [("数量指标", "开设公益培训班", "ge", "个", 20, 80),
                                    ("数量指标", "服务青少年", "ge", "人次", 3000, 20000),
                                    ("质量指标", "课程开课率", "pct", "%", (95, 100))], "学生家长满意度"),
                ("青少年心理健康服务项目", [("数量指标", "开展心理辅导讲座", "ge", "场次", 10, 40),
                                    ("数量指标", "提供个案心理咨询", "ge", "人次", 60, 300),
                                    ("社会效益指标", "青少年心理健康意识", "qual", "明显增强", "有所增强")], "服务对象满意度"),
                ("研学实践活动经费", [("数量指标", "组织研学实践活动", "ge", "批次", 6, 30),
                                ("数量指标", "参与研学学生", "ge", "人", 300, 2000),
                                ("质量指标", "研学活动安全事故", "zero", "起")], "参与学生满意度"),
                ("活动场馆设施维护经费", [("数量指标", "维护活动场馆面积", "ge", "平方米", 1000, 6000),
                                   ("质量指标", "场馆设施完好率", "pct", "%", (95, 98)),
                                   ("时效指标", "维修响应时间", "le", "天", 2, 5)], "场馆使用者满意度"),
            ],
            "fund": ("未成年人校外活动场所运行补助资金", ["免费开放补助资金", "活动器材更新资金", "校外辅导员培训资金"],
                     [("数量指标", "免费开放天数", "ge", "天", 240, 300),
                      ("数量指标", "更新活动器材", "ge", "台套", 30, 150),
                      ("社会效益指标", "校外活动参与率", "pct", "%", (60, 70))], "青少年满意度"),
            "companies": None},
    "wxb": {"fmt": "中共{c}委网信办", "func": "负责全县网络安全、信息化发展和网络内容建设管理的统筹协调工作",
            "projects": [
                ("网络安全监测预警平台运维经费", [("数量指标", "监测重点网站", "ge", "个", 40, 200),
                                       ("质量指标", "平台运行稳定率", "pct", "%", (98, 99)),
                                       ("时效指标", "安全事件处置时限", "le", "小时", 2, 8),
                                       ("社会效益指标", "重大网络安全事件", "zero", "起")], "使用单位满意度"),
                ("网络舆情监测服务经费", [("数量指标", "编报舆情专报", "ge", "期", 24, 80),
                                   ("质量指标", "重要舆情报送及时率", "pct", "%", (98, 100)),
                                   ("社会效益指标", "网络生态", "qual", "持续向好", "总体平稳")], "服务部门满意度"),
                ("网络安全宣传周活动经费", [("数量指标", "开展宣传活动", "ge", "场次", 6, 30),
                                    ("数量指标", "覆盖群众", "ge", "人次", 5000, 30000),
                                    ("社会效益指标", "群众网络安全知晓率", "pct", "%", (85, 90))], "参与群众满意度"),
                ("网信干部业务培训经费", [("数量指标", "举办业务培训班", "ge", "期", 2, 6),
                                   ("数量指标", "培训网信干部", "ge", "人次", 60, 300),
                                   ("质量指标", "培训考核合格率", "pct", "%", (95, 100))], "参训人员满意度"),
            ],
            "fund": ("网络安全和信息化专项资金", ["等级保护测评资金", "网络安全应急演练资金", "网络文明建设资金"],
                     [("数量指标", "完成等级保护测评系统", "ge", "个", 6, 24),
                      ("数量指标", "组织应急演练", "ge", "次", 2, 6),
                      ("社会效益指标", "网络安全防护能力", "qual", "明显增强", "有所增强")], "使用单位满意度"),
            "companies": None},
    "jxh": {"fmt": "{c}计划生育协会", "func": "承担计划生育特殊家庭帮扶、青春健康教育和计生家庭关怀服务工作",
            "projects": [
                ("计划生育特殊家庭帮扶项目", [("数量指标", "帮扶特殊家庭", "ge", "户", 40, 200),
                                      ("质量指标", "帮扶对象覆盖率", "pct", "%", (100,)),
                                      ("时效指标", "慰问金发放时间", "time", "春节前发放")], "帮扶家庭满意度"),
                ("“暖心家园”建设经费", [("数量指标", "建设暖心家园", "ge", "个", 2, 8),
                                  ("数量指标", "开展关怀活动", "ge", "场次", 10, 40),
                                  ("社会效益指标", "特殊家庭生活状况", "qual", "有效改善", "有所改善")], "服务对象满意度"),
                ("青春健康教育项目", [("数量指标", "开展青春健康讲座", "ge", "场次", 10, 40),
                                ("数量指标", "受教育青少年", "ge", "人次", 1000, 8000),
                                ("质量指标", "活动覆盖学校比例", "pct", "%", (80, 90))], "师生满意度"),
                ("计生家庭意外伤害保险经费", [("数量指标", "参保计生家庭", "ge", "户", 500, 3000),
                                      ("质量指标", "理赔案件结案率", "pct", "%", (95, 100)),
                                      ("成本指标", "户均保费", "le", "元", 30, 80)], "参保家庭满意度"),
            ],
            "fund": ("计划生育家庭扶助关怀资金", ["特别扶助金", "独生子女父母奖励金", "失独家庭关爱资金"],
                     [("数量指标", "发放扶助对象", "ge", "人", 300, 2000),
                      ("质量指标", "扶助资金发放准确率", "pct", "%", (100,)),
                      ("时效指标", "扶助资金发放时间", "time", "6月底前发放")], "扶助对象满意度"),
            "companies": None},
}
POOL = [("质量指标", "资金使用合规率", "pct", "%", (100,)),
        ("时效指标", "资金拨付及时率", "pct", "%", (95, 100)),
        ("社会效益指标", "政策知晓率", "pct", "%", (85, 90)),
        ("可持续影响指标", "长效管护机制", "qual", "有效建立", "初步建立"),
        ("成本指标", "项目成本控制率", "lepct")]
OUTPUT_L2 = ["数量指标", "质量指标", "时效指标", "成本指标"]
TIME_DONE = {"春灌前完成": "已于春灌前完成", "4月底前完成": "4月中旬完成", "10月底前完成": "按期完成",
             "6月底前完成": "5月底完成", "收购期全程覆盖": "已全程覆盖", "3月底前完成": "3月中旬完成",
             "11月底前完成": "已按期完成", "按学期及时发放": "已按学期发放", "春节前发放": "春节前已发放",
             "6月底前发放": "6月中旬已发放"}
# which units each layout draws from (recipients need units whose money goes to firms and cooperatives)
LAYOUT_UNITS = {
    "zhuanxiang": ["gqs", "zbz", "zzz", "csz", "gsz", "skg", "zyy", "jxh", "jyy", "qsn", "wxb"],
    "bumen": ["zyy", "jyy", "qsn", "wxb", "jxh", "gqs", "skg", "zbz", "zzz", "csz", "gsz"],
    "liexiang": ["csz", "zzz", "gsz", "zbz", "gqs", "jxh", "zyy", "qsn"],
    "biaoge": ["skg", "wxb", "jyy", "gsz", "zyy", "qsn", "jxh", "gqs", "zbz", "zzz", "csz"],
    "zhibiao": ["jxh", "qsn", "csz", "zbz", "wxb", "skg", "zzz", "gsz", "jyy", "gqs", "zyy"],
    "kuanian": ["jyy", "gsz", "gqs", "zzz", "wxb", "csz", "zyy", "skg", "qsn", "zbz", "jxh"],
}
LIEXIANG = ["L1", "L2", "L3", "L1", "L2"]      # liexiang's variants in turn: items, recipients, inline items
PROV_ABBR = {"河北": "冀", "山西": "晋", "内蒙古": "内", "辽宁": "辽", "吉林": "吉", "黑龙江": "黑", "江苏": "苏",
             "安徽": "皖", "福建": "闽", "江西": "赣", "山东": "鲁", "河南": "豫", "湖北": "鄂", "湖南": "湘",
             "广东": "粤", "广西": "桂", "海南": "琼", "重庆": "渝", "四川": "川", "云南": "云", "西藏": "藏",
             "陕西": "陕", "甘肃": "甘", "青海": "青", "宁夏": "宁", "新疆": "新"}
FIRM_WORDS = ["丰泽", "禾润", "金穗", "绿源", "华茂", "鑫农", "惠民", "兴旺", "嘉禾", "瑞丰", "昌盛", "润田", "康源",
              "益农", "佳和", "富民", "盛景", "宏达"]

# --------------------------------------------------------------------------------------------
# Money as reports write it (amounts in 分)


def say(fen, unit="w", sep=False, dec=None):
    """An amount with its unit as a report writes it: 'w' 万元 (trailing zeros dropped, or `dec` places when the
    amount has no more), 'y' 元 with two decimals, 'yi' 亿元; a unit that cannot hold the amount exactly gives 元."""
    assert fen >= 0, fen
    if unit == "yi" and fen % 1000000 == 0 and fen >= 5000000000:
        return fmt_yi(fen, 4, trim_zeros=True) + "亿元"
    if unit in ("w", "yi") and fen % 100 == 0:
        if dec == 2 and fen % 10000 == 0:
            return fmt_wan(fen, 2, sep="," if sep else None) + "万元"
        return fmt_wan(fen, 4, trim_zeros=True, sep="," if sep else None) + "万元"
    return fmt_yuan(fen, "," if sep else "") + "元"


def bare(fen, unit, dec=2):
    """A table cell's amount without its unit (the table states it once)."""
    if unit == "y":
        return fmt_yuan(fen, "")
    return fmt_wan(fen, dec) if fen % (10 ** (6 - dec)) == 0 else fmt_wan(fen, 4, trim_zeros=True)


GRAN = {"w0": 1000000, "w2": 10000, "w4": 100, "y": 1}


def some(rng, total, lo, hi, gran):
    """A share of total (分) between lo and hi of it, a multiple of gran, never nothing."""
    return max(gran, part_of(rng, total, lo, hi, gran))


def stated_rate(rng, r, executed, budget, mode=None):
    """The execution rate as the report states it: two decimals ('2'), trailing zeros dropped ('t'), one decimal
    ('1') or rounded to a whole percent ('0'; never to 100 unless all was spent)."""
    mode = mode or rng.choice(["t", "t", "2", "1", "0"])
    exact = D(executed) * 100 / D(budget)       # rounded once, from the figures (89.495 -> 89, not 89.50 -> 90)
    assert q2(exact) == D(r)
    if mode == "0":
        v = exact.quantize(D(1), rounding="ROUND_HALF_UP")
        if v >= 100 and executed != budget:
            mode = "t"
        else:
            return str(v)
    if mode == "1":
        v = exact.quantize(D("0.1"), rounding="ROUND_HALF_UP")
        return trim(r) if v >= 100 and executed != budget else trim(v)
    if mode == "2":
        return f"{D(r):.2f}"
    return trim(r)


def pc(rng):
    return "％" if rng.random() < 0.15 else "%"


# --------------------------------------------------------------------------------------------
# Indicators told in sentences


class Ind(Indicator):
    """An indicator with what its report's sentence states (target, actual, score may be left unsaid)."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.says_target = True
        self.says_actual = True
        self.says_score = False

    def exp(self):
        return {"name": self.name, "target": self.target if self.says_target else None,
                "actual": self.actual if self.says_actual else None,
                "score": self.score if self.says_score else None}

    def text(self, rng, target=True, score=False, sat_mode="ind"):
        """One clause stating the indicator; target False leaves a count's or rate's target unsaid; score True adds
        its 得分; sat_mode for a 满意度 indicator: ind (target and actual), only (actual), target (target)."""
        k, n, t, a, u = self.kind, self.name, self.target, self.actual, self.unit
        done = "" if n.startswith("完成") else "完成"      # 完成大坝安全鉴定: no 完成 before it
        self.says_score = score
        if k == "sat":
            if sat_mode == "only":
                self.says_target, self.says_score = False, False
                return rng.choice([f"经抽样调查，{n}达到{a}%", f"{n}为{a}%", f"发放调查问卷，{n}达{a}%"])
            if sat_mode == "target":
                self.says_actual, self.says_score = False, False
                return rng.choice([f"{n}≥{t}%", f"{n}目标值不低于{t}%"])
            cmp = "高于" if D(a) > D(t) else "达到" if D(a) == D(t) else "低于"
            opts = [f"{n}目标≥{t}%，经问卷调查实际达到{a}%", f"开展满意度调查，{n}为{a}%，{cmp}{t}%的目标",
                    f"{n}指标为{t}%，实际完成值为{a}%"]
            if D(a) >= D(t):
                opts.append(f"{n}达{t}%以上，实际达到{a}%")
            s = rng.choice(opts)
        elif k in ("time", "qual"):
            s = rng.choice([f"{n}目标为“{t}”，实际“{a}”", f"{n}：年度目标{t}，完成情况为{a}",
                            f"{n}年度指标值为“{t}”，实际完成值为“{a}”"])
        elif not target:
            self.says_target, self.says_score = False, False
            if k == "ge":
                s = rng.choice([f"{done}{n}{a}{u}", f"{n}{a}{u}", f"{n}达到{a}{u}"])
            elif k in ("pct", "lepct"):
                s = rng.choice([f"{n}达到{a}%", f"{n}为{a}%"])
            else:
                s = rng.choice([f"{n}为{a}{u}", f"{n}实际为{a}{u}"])
        elif k == "ge":
            opts = [f"{n}：计划{t}{u}，实际完成{a}{u}", f"{n}年度目标{t}{u}，实际完成{a}{u}",
                    f"{done}{n}{a}{u}，年度目标为{t}{u}", f"{n}指标为{t}{u}，实际完成值为{a}{u}",
                    f"预定{n}{t}{u}，实际已{done}{n}{a}{u}"]
            if D(a) >= D(t):
                p = (D(a) * 100 / D(t)).quantize(D(1), rounding="ROUND_HALF_UP")
                opts.append(f"{n}{a}{u}，完成年度目标任务{t}{u}的{p}%")
            s = rng.choice(opts)
        elif k == "pct":
            opts = [f"{n}目标值≥{t}%，实际达到{a}%", f"{n}为{a}%（年度指标值≥{t}%）",
                    f"{n}指标为{t}%，实际完成值为{a}%", f"{n}年度目标不低于{t}%，实际{a}%"]
            s = rng.choice(opts)
        elif k == "lepct":
            s = rng.choice([f"{n}控制在{t}%以内，实际为{a}%", f"{n}目标≤{t}%，实际{a}%"])
        elif k == "le":
            s = rng.choice([f"{n}不超过{t}{u}，实际{a}{u}", f"{n}目标≤{t}{u}，实际为{a}{u}",
                            f"{n}控制在{t}{u}以内，实际为{a}{u}"])
        elif k == "zero":
            s = rng.choice([f"{n}目标为{t}{u}，全年实际发生{a}{u}", f"{n}：年度目标{t}{u}，实际{a}{u}"])
        else:
            raise ValueError(k)
        if score:
            s += rng.choice([f"，得分{self.score}分", f"（分值{self.weight}分，得分{self.score}分）",
                             f"，该指标分值{self.weight}分，得{self.score}分"])
        return s


def make_inds(rng, specs, satname, n_lo=3, n_hi=6, met=0.8):
    return spec_indicators(rng, specs, satname, POOL, Ind, OUTPUT_L2, TIME_DONE, met, n_lo, n_hi)


def by_level(inds):
    """The indicators grouped by 二级 in the order they come."""
    groups = []
    for i in inds:
        if groups and groups[-1][0] == i.l2:
            groups[-1][1].append(i)
        else:
            groups.append((i.l2, [i]))
    return groups


# --------------------------------------------------------------------------------------------
# Projects


def make_project(rng, spec, budget, gran_e, full=0.35, n_lo=3, n_hi=6, lo=0.78):
    name, specs, satname = spec
    executed = spent(rng, budget, gran_e, full=full, lo=lo, hi=0.995)
    inds = make_inds(rng, specs, satname, n_lo, n_hi)
    r = rate(executed, budget)
    exec_score = q2(min(r, D(100)) / 10)
    total = exec_score + sum(D(i.score) for i in inds)
    return {"name": name, "budget": budget, "executed": executed, "rate": r, "inds": inds,
            "exec_score": exec_score, "total": q2(total), "grade": grade_of(total), "fiscal": None, "rate_s": None,
            "says": {"budget": False, "fiscal": False, "executed": False}, "sat": None, "stated_inds": []}


def p_exp(p):
    s = p["says"]
    return project_exp(p["name"], p["budget"] if s["budget"] else None, p["fiscal"] if s["fiscal"] else None,
                       p["executed"] if s["executed"] else None, p["rate_s"], p["sat"],
                       [i.exp() for i in p["stated_inds"]])


def money_clause(rng, ctx, p, unit, sep=False, styles=None, dec=None):
    """A clause of a project's money, one of ten phrasings from the real reports; records what it states."""
    y = ctx["year"]
    B, E = say(p["budget"], unit, sep, dec), say(p["executed"], unit, sep, dec)
    styles = styles or ["total", "quan", "xia", "zhibiao", "shiyong", "anpai", "boru", "yue", "wancheng", "daowei",
                        "yingzhixing", "shoudao"]
    st = rng.choice(styles)
    if st == "yue" and p["executed"] == p["budget"]:
        st = "anpai"
    p["says"]["budget"] = p["says"]["executed"] = True
    rs = stated_rate(rng, p["rate"], p["executed"], p["budget"])
    P = pc(rng)
    if st == "total":
        if rng.random() < 0.5:
            a = part_of(rng, p["budget"], 0.4, 0.7, GRAN["w2"])
            txt = f"项目资金共{B}，其中上级补助资金{say(a, unit, sep)}、县级配套资金{say(p['budget'] - a, unit, sep)}，"
        else:
            f = part_of(rng, p["budget"], 0.6, 0.9, GRAN["w2"])
            p["fiscal"], p["says"]["fiscal"] = f, True
            txt = f"项目资金共{B}，其中财政资金{say(f, unit, sep)}、单位自筹资金{say(p['budget'] - f, unit, sep)}，"
        txt += f"截至{y}年12月31日，已完成拨付{E}，执行率{rs}{P}"
    elif st == "quan":
        f = p["budget"] if rng.random() < 0.5 else part_of(rng, p["budget"], 0.7, 0.95, GRAN["w2"])
        p["fiscal"], p["says"]["fiscal"] = f, True
        txt = f"该项目全年预算数为{B}（其中财政拨款{say(f, unit, sep)}），全年实际支出{E}，预算执行率{rs}{P}"
    elif st == "xia":
        txt = f"下达资金{B}，全年已支付{E}，支付率{rs}{P}"
    elif st == "zhibiao":
        rs = None
        txt = f"指标金额是{B}，实际拨付金额是{E}"
    elif st == "shiyong":
        txt = f"预算{B}，{y}年全年实际支付{E}，使用率{rs}{P}"
    elif st == "anpai":
        txt = f"安排预算资金{B}，全年支付{E}，资金支付率{rs}{P}"
    elif st == "boru":
        rs = None
        p["fiscal"], p["says"]["fiscal"] = p["budget"], True
        txt = f"该项目财政拨入资金{B}，截止{y}年12月31日，支出资金{E}"
    elif st == "yue":
        txt = f"资金预算{B}，支出{E}，余额{say(p['budget'] - p['executed'], 'y')}，年度资金使用完成比率{rs}{P}"
    elif st == "wancheng":
        txt = f"项目全年预算数{B}，执行数{E}，完成预算的{rs}{P}"
    elif st == "yingzhixing":
        txt = f"全年应执行数为{B}，实际执行{E}，实际执行率为{rs}{P}"
    elif st == "shoudao":
        rs = None
        p["fiscal"], p["says"]["fiscal"] = p["budget"], True
        txt = f"{y}年收到财政资金共{B}，{y}年支出{E}"
    else:
        txt = f"项目资金{B}均已到位，截至年底实际支出{E}，预算执行率为{rs}{P}"
    p["rate_s"] = rs
    return txt


def ind_clauses(rng, p, inds, target_share=0.8, score=False, sat_mode=None):
    """Clauses for the indicators (all stated, in order); sat_mode: how the 满意度 is told (None: drawn)."""
    out = []
    sat_mode = sat_mode or rng.choice(["ind", "ind", "ind", "only", "target"])
    for i in inds:
        if i.kind == "sat":
            out.append(i.text(rng, score=score and sat_mode == "ind", sat_mode=sat_mode))
            if sat_mode == "only":
                p["sat"] = i.actual
                continue            # an actual alone is the project's satisfaction, not an indicator row
            if sat_mode == "ind":
                p["sat"] = i.actual
        else:
            out.append(i.text(rng, target=rng.random() < target_share, score=score))
        p["stated_inds"].append(i)
    return out


def firm_names(rng, ctx, pats, k):
    words = rng.sample(FIRM_WORDS, k)
    return [rng.choice(pats).format(s=ctx["short"], x=w) for w in words]


# --------------------------------------------------------------------------------------------
# Pages: what a county site's page copies as (head lines, paragraphs, foot), and hard-wrapped copies


class Page:
    def __init__(self):
        self.items = []     # (kind, text): title, meta, h, p, raw, blank

    def add(self, kind, text):
        self.items.append((kind, text))
        return self

    def h(self, t):
        return self.add("h", t)

    def p(self, t):
        return self.add("p", t)


PDFSPACE = re.compile(r"(?<=[\u4e00-\u9fff])(?=[0-9])|(?<=[0-9])(?=[\u4e00-\u9fff])")


def render(page, rng, ctx, protect):
    """The page as text: one paragraph per line (indented or not, blank lines between or not), or hard-wrapped at a
    width with page numbers every 36-44 lines and, in some, spaces between figures and characters."""
    wrapped = ctx["wrapped"]
    indent = rng.choice([FW * 2, "", "  "]) if not wrapped else FW * 2
    blank = rng.random() < 0.5
    width = rng.choice([62, 66, 72, 78])
    pdfsp = wrapped and rng.random() < 0.6
    lines = []
    for kind, t in page.items:
        if kind == "raw":
            lines.extend(t.split("\n"))
            if blank or wrapped:
                lines.append("")
            continue
        if kind == "blank":
            lines.append("")
            continue
        if pdfsp and kind in ("p", "h"):
            t = PDFSPACE.sub(" ", t)
        if kind == "p" and wrapped:
            lines.extend(x.rstrip() for x in wrap(t, width, indent))
        elif kind == "p":
            lines.append(indent + t)
        elif kind == "title" and wrapped:
            lines.append(FW * 4 + t)
        else:
            lines.append(t)
        if blank and kind != "title":
            lines.append("")
        elif kind == "title":
            lines.append("")
    if wrapped:
        lines = paged(lines, rng, protect)
    return "\n".join(lines).rstrip("\n") + "\n"


def paged(lines, rng, protect):
    """Page numbers (— N — or - N -) every 36-44 lines; a page never breaks inside a protected name or text."""
    per = rng.randint(36, 44)
    style = rng.choice(["dash", "plain"])
    out, i, pno = [], 0, 1
    while i < len(lines):
        end = min(i + per, len(lines))
        while end < len(lines) and end > i + per // 2 and (straddles(lines[end - 1], lines[end], protect)
                                                           or not lines[end].strip()):
            end -= 1
        out.extend(lines[i:end])
        if end < len(lines):
            out += ["", f"— {pno} —" if style == "dash" else f"- {pno} -".center(40).rstrip(), ""]
            pno += 1
        i = end
    return out


def head(page, rng, ctx, title, crumbs=True):
    """A title with what the site puts around it: breadcrumbs, an 索引号 block, or a 发布时间/来源 line."""
    unit, pub = ctx["unit"], ctx["pub"]
    v = rng.randrange(4)
    if v == 0:
        if crumbs:
            page.add("meta", "首页 > 政务公开 > 财政资金 > 绩效评价")
        page.add("title", title)
        page.add("meta", f"发布时间：{pub} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　来源：{unit}　浏览次数："
                         f"{rng.randint(20, 900)}")
    elif v == 1:
        page.add("meta", f"索 引 号：{ctx['index_no']}　　发布机构：{unit}")
        page.add("meta", f"发布日期：{pub}　　主题分类：财政预决算")
        page.add("title", title)
    elif v == 2:
        page.add("title", title)
        page.add("meta", f"信息来源：{unit}　发布日期：{pub}　【字体：大 中 小】")
    else:
        page.add("title", title)
    return page


def foot(page, rng, ctx, sign=True):
    if sign:
        page.add("meta", FW * 12 + ctx["unit"])
        page.add("meta", FW * 12 + ctx["pub_cn"])
    if rng.random() < 0.5:
        page.add("meta", rng.choice(["【打印本页】　【关闭窗口】", "扫一扫在手机打开当前页", "【我要纠错】【打印】【关闭】"]))


BOILER_MANAGE = ["严格按照专项资金管理办法使用资金，实行专账核算、专款专用，不存在截留、挤占、挪用等情况",
                 "资金支付严格执行国库集中支付制度，报账资料齐全，手续完备",
                 "建立了资金使用台账，按工程进度和合同约定拨付资金，做到账实相符"]
PROBLEMS = ["部分绩效指标设置偏重工作过程，对效益的量化反映不足", "项目前期准备时间较长，资金支付进度前慢后快",
            "绩效自评佐证资料收集不够系统", "满意度调查样本数量偏少"]
MEASURES = ["在申报下一年度预算时细化量化绩效目标", "加强项目前期工作，按月调度资金支付进度",
            "建立项目绩效档案，做到资料随时归集", "扩大满意度调查范围，采用线上与入户相结合的方式"]


def doc_no(rng, ctx, kind="农"):
    return f"{ctx['short'][0]}财{kind}〔{ctx['year']}〕{rng.randint(3, 180)}号"


def upper_no(rng, ctx, kind="农"):
    return f"{PROV_ABBR[ctx['prov']]}财{kind}〔{ctx['year'] - rng.randint(0, 1)}〕{rng.randint(10, 900)}号"


def protect_of(projects, extra=()):
    out = [p["name"] for p in projects]
    for p in projects:
        for i in p["stated_inds"]:
            out.append(i.name)
            if not i.numeric:
                out += [i.target, i.actual]
    return [re.sub(r"\s+", "", x) for x in out + list(extra) if x]


def ind_paragraphs(rng, page, p, numbered="(1)", target_share=0.8, score=False, sat_mode=None, lead=""):
    """The indicators told per 二级 level, one paragraph per level ('（1）数量指标。…；…。')."""
    cls = ind_clauses(rng, p, p["inds"], target_share, score, sat_mode)
    k = 0
    n = 0
    for l2, group in by_level(p["inds"]):
        texts = cls[k:k + len(group)]
        k += len(group)
        n += 1
        label = l2 if l2 != "服务对象满意度指标" else "满意度指标"
        mark = f"（{n}）" if numbered == "(1)" else f"{n}." if numbered == "1." else f"{'①②③④⑤⑥⑦⑧⑨'[n - 1]}"
        page.p(f"{lead}{mark}{label}。" + "；".join(texts) + "。")


# --------------------------------------------------------------------------------------------
# Context


def make_ctx(rng, i, layout, seed):
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    ppy, prov, cfull, short, cpy = PLACES[order[i % len(PLACES)]]
    keys = LAYOUT_UNITS[layout]
    rnd = i // len(LAYOUTS)
    li = LAYOUTS.index(layout)
    if layout == "liexiang" and LIEXIANG[(rnd + li) % len(LIEXIANG)] == "L2":    # recipients: units paying firms
        keys = [k for k in keys if UNITS[k]["companies"]]
    off = random.Random(f"{GEN}/{seed}/units/{layout}").randrange(len(keys))
    key = keys[(rnd + off) % len(keys)]
    year = rng.randint(2019, 2024)
    m, d = rng.randint(3, 9), rng.randint(1, 28)
    return {"index": i, "layout": layout, "seed": seed, "ppy": ppy, "prov": prov, "cfull": cfull, "short": short,
            "cpy": cpy, "key": key, "unit_py": key, "unit": UNITS[key]["fmt"].format(c=cfull), "year": year,
            "round": rnd, "pub": f"{year + 1}-{m:02d}-{d:02d}", "pub_cn": f"{year + 1}年{m}月{d}日",
            "wrapped": (rnd + li) % 5 == 2, "caizheng": f"{cfull}财政局",
            "upper": ("自治区财政厅" if prov in ("内蒙古", "广西", "西藏", "宁夏", "新疆") else
                      "市财政局" if prov == "重庆" else "省财政厅"),
            "we": "我旗" if cfull.endswith("旗") else "我市" if cfull.endswith("市") else "我县",
            "index_no": f"{rng.randint(10000000, 99999999)}-{rng.randint(1, 9)}/{year + 1}-{rng.randint(10, 999):05d}"}


def variant(ctx, options):
    return options[(ctx["round"] + LAYOUTS.index(ctx["layout"])) % len(options)]


def projects_of(rng, ctx, n):
    specs = UNITS[ctx["key"]]["projects"]
    pick = sorted(rng.sample(range(len(specs)), n))
    return [specs[k] for k in pick]


# --------------------------------------------------------------------------------------------
# Layout 1: zhuanxiang — a special fund whose money is only in sentences


def build_zhuanxiang(rng, ctx):
    var = variant(ctx, ["Z1", "Z2", "Z3", "Z2", "Z4"])    # Z4: Z2's named parts, the fund in 亿元
    u = UNITS[ctx["key"]]
    y, unit, cf = ctx["year"], ctx["unit"], ctx["cfull"]
    fname, parts, fspecs, fsat = u["fund"]
    fund_name = f"{y}年{fname}" if rng.random() < 0.5 else fname
    munit = "w"
    if var in ("Z3", "Z4"):
        munit = "y" if var == "Z3" else "yi"
    if munit == "yi":
        budget = amount(rng, 100000000, 200000000, 100 * 1000000)     # 1-2 亿元, whole 百万
    elif munit == "y":
        budget = amount(rng, 600000, 4000000, 1000000)                   # whole 万元, executed to the fen
    else:
        budget = amount(rng, 800000, 30000000, rng.choice([1000000, 10000]))
    gran_e = {"yi": 100, "y": 1, "w": rng.choice([100, 10000])}[munit]
    p = make_project(rng, (fund_name, fspecs, fsat), budget, gran_e, n_lo=4, n_hi=7)
    projects = [p]
    sep = munit == "y" and rng.random() < 0.5
    bu = "w" if munit == "y" else munit      # in 元 reports the allocation is still said in 万元 (zj-fenghua-leisun)
    title = rng.choice([f"{cf}{y}年度{fname}绩效自评报告", f"{unit}关于{y}年度{fname}使用情况的绩效自评报告",
                        f"{cf}{y}年{fname}绩效目标自评报告"])
    page = head(Page(), rng, ctx, title)
    if rng.random() < 0.4:
        page.add("meta", f"{ctx['caizheng']}：")
    page.p(f"根据《关于开展{y}年度转移支付资金绩效自评工作的通知》（{doc_no(rng, ctx, '绩')}）要求，"
           f"我单位对{y}年度{fname}的使用情况开展了绩效自评，现将自评情况报告如下：")
    page.h("一、绩效目标分解下达情况")
    page.h("（一）资金下达情况")
    src_clause = ""
    if var == "Z1":
        c = part_of(rng, budget, 0.45, 0.7, 10000)
        s2 = part_of(rng, budget - c, 0.5, 0.8, 10000)
        src_clause = (f"其中中央资金{say(c, munit)}、省级资金{say(s2, munit)}、县级配套资金{say(budget - c - s2, munit)}"
                      if rng.random() < 0.6 else "")
        page.p(f"{y}年{rng.randint(2, 10)}月，{ctx['upper']}以《关于下达{y}年{fname}的通知》（{upper_no(rng, ctx)}）"
               f"下达{ctx['we']}{fname}共计{say(budget, munit)}" + (f"，{src_clause}" if src_clause else "") +
               f"。资金全部安排给{unit}，主要用于{u['func'].split('，')[0][2:]}。")
    elif var in ("Z2", "Z4"):
        k = len(parts)
        shares = [part_of(rng, budget, 0.2, 0.4, 10000) for _ in range(k - 1)]
        if sum(shares) >= budget:
            shares = [budget // (k * 10000) * 10000] * (k - 1)
        shares.append(budget - sum(shares))
        pps = []
        for nm, b in zip(parts, shares):
            q = {"name": nm, "budget": b, "executed": None, "rate": None, "fiscal": None, "rate_s": None,
                 "says": {"budget": True, "fiscal": False, "executed": False}, "sat": None, "stated_inds": []}
            pps.append(q)
        joiner = rng.choice(["含", "其中", "具体为"])
        page.p(f"{y}年，{ctx['upper']}下达{ctx['we']}{fund_name}{say(budget, munit)}，{joiner}"
               + "、".join(f"{q['name']}{say(q['budget'], munit)}" for q in pps) + "，由我单位统筹实施。")
        projects += pps
    else:
        b1 = part_of(rng, budget, 0.5, 0.75, 1000000 if munit == "y" else 100 * 1000000)
        when = "" if fund_name.startswith(str(y)) else f"{y}年，"
        page.p(f"{when}{fund_name}分两批下达：第一批{say(b1, bu)}（{upper_no(rng, ctx)}），"
               f"第二批{say(budget - b1, bu)}（{doc_no(rng, ctx)}），共计{say(budget, bu)}，全部用于"
               f"{u['func'].split('，')[0][2:]}。")
    page.h("（二）绩效目标设定情况")
    n_l2 = len(by_level(p["inds"]))
    page.p(f"该资金共设置绩效指标{len(p['inds'])}个，其中一级指标3个，二级指标{n_l2}个，三级指标{len(p['inds'])}个，"
           "从产出、效益和满意度三个方面对资金使用效果进行衡量。")
    page.h("二、绩效目标完成情况分析")
    page.h("（一）资金投入情况分析")
    page.p(f"1.项目资金到位情况分析。{fund_name}{say(budget, bu)}均已到位，及时安排到相关项目。")
    ex = p["executed"]
    rs = stated_rate(rng, p["rate"], ex, budget)
    p["rate_s"], p["says"]["budget"], p["says"]["executed"] = rs, True, True
    P = pc(rng)
    if var in ("Z2", "Z4"):
        # the parts' spending adds up to the fund's: each part its share, the rest where there is room
        bits = []
        for q in projects[1:]:
            q["executed"] = min(q["budget"], ex * q["budget"] // budget // gran_e * gran_e)
        left = ex - sum(q["executed"] for q in projects[1:])
        for q in projects[1:]:
            take = min(q["budget"] - q["executed"], left)
            q["executed"] += take
            left -= take
        assert left == 0 and sum(q["executed"] for q in projects[1:]) == ex
        for q in projects[1:]:
            if rng.random() < 0.7:
                q["says"]["executed"] = True
                q["rate"] = rate(q["executed"], q["budget"])
                if rng.random() < 0.5:
                    q["rate_s"] = stated_rate(rng, q["rate"], q["executed"], q["budget"], rng.choice(["2", "t"]))
                    bits.append(f"{q['name']}已拨付{say(q['executed'], munit)}，执行率{q['rate_s']}%")
                else:
                    bits.append(f"{q['name']}已拨付{say(q['executed'], munit)}")
        tail = ("；其中" + "，".join(bits)) if bits else ""
        page.p(f"2.项目资金执行情况分析。项目资金共{say(budget, munit)}，截止{y}年12月31日，已完成拨付"
               f"{say(ex, munit)}，执行率{rs}{P}{tail}。")
    else:
        form = rng.randrange(3)
        if form == 0:
            page.p(f"2.项目资金执行情况分析。项目资金共{say(budget, bu)}，截止{y}年12月31日，已完成拨付"
                   f"{say(ex, munit, sep)}，执行率{rs}{P}。")
        elif form == 1:
            page.p(f"2.项目资金执行情况分析。年度资金总额全年预算数{say(budget, bu)}，全年执行数"
                   f"{say(ex, munit, sep)}，预算执行率{rs}{P}。")
        else:
            page.p(f"2.项目资金执行情况分析。截至{y}年底，{fund_name}累计支出{say(ex, munit, sep)}，"
                   f"占下达资金的{rs}{P}。")
    if ex < budget:
        page.p(f"未执行的{say(budget - ex, 'y' if munit == 'y' else 'w')}主要为工程质保金和尚未完成结算的尾款，将于"
               f"{y + 1}年上半年支付完毕。")
    page.p("3.项目资金管理情况分析。" + "；".join(rng.sample(BOILER_MANAGE, 2)) + "。")
    page.h("（二）绩效指标完成情况分析")
    ind_paragraphs(rng, page, p, numbered=rng.choice(["(1)", "1."]), target_share=0.85)
    page.h("三、偏离绩效目标的原因和下一步改进措施")
    page.p(f"{rng.choice(PROBLEMS)}。下一步，我们将{rng.choice(MEASURES)}，进一步提高资金使用效益。")
    page.h("四、绩效自评结果拟应用和公开情况")
    page.p("本次自评结果将作为以后年度资金分配的重要参考，并按规定在政府门户网站公开。")
    foot(page, rng, ctx)
    txt = render(page, rng, ctx, protect_of(projects))
    rid = make_id("go", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "专项资金", unit, None, [p_exp(q) for q in projects])
    return rid, txt, exp


# --------------------------------------------------------------------------------------------
# Layout 2: bumen — 部门整体: totals in sentences, then a heading per project with its sentences


def staff(rng):
    bz = rng.randint(8, 80)
    sy = bz - rng.randint(0, max(1, bz // 8))
    return bz, sy


def dept_indicators(rng, bz, sy, munit, score_share):
    """Department-wide indicators in sentences (DOMAIN.md §3), as (clause, expected row)."""
    out = []
    ctrl = trim(q2(D(sy) * 100 / D(bz)))
    sg_b = amount(rng, 20000, 160000, 100)
    sg_e = part_of(rng, sg_b, 0.6, 0.98, 100)
    sg = trim(q2(D(sg_e) * 100 / D(sg_b)))
    key_t = rng.choice(["95", "100"])
    key_a = rng.choice(["100", "100", "98.5", "96"]) if key_t == "95" else "100"
    asset = trim(D(rng.randint(920, 1000)) / 10)
    cands = [
        ("在职人员控制率", "100", ctrl, f"在职人员控制率目标值≤100%，实际为{ctrl}%（核定编制{bz}人，实有在职人员{sy}人）"),
        ("“三公”经费控制率", "100", sg, f"“三公”经费控制率目标≤100%，全年“三公”经费预算{say(sg_b, 'w')}、实际支出"
                                      f"{say(sg_e, 'w')}，控制率为{sg}%"),
        ("重点工作办结率", key_t, key_a, f"重点工作办结率计划达到{key_t}%，实际为{key_a}%"),
        ("固定资产利用率", "90", asset, f"固定资产利用率目标不低于90%，实际达到{asset}%"),
        ("预决算信息公开性", "按规定时限公开", "已按规定时限公开", "预决算信息公开性目标为“按规定时限公开”，实际“已按规定时限公开”"),
    ]
    k = rng.randint(3, 5)
    chosen = sorted(rng.sample(range(len(cands)), k))
    for j in chosen:
        name, t, a, s = cands[j]
        sc = None
        if rng.random() < score_share:
            w = rng.choice([5, 8, 10])
            if name == "重点工作办结率" and D(a) < D(t):
                sc = trim(q2(D(w) * D(a) / D(t)))
            else:
                sc = str(w)
            s += f"，得分{sc}分"
        out.append((s, {"name": name, "target": t, "actual": a, "score": sc}))
    return out


def build_bumen(rng, ctx):
    var = variant(ctx, ["B1", "B2", "B3"])
    y, unit = ctx["year"], ctx["unit"]
    u = UNITS[ctx["key"]]
    munit = rng.choice(["w", "w", "y"])
    sep = munit == "y" or rng.random() < 0.3
    gran = GRAN["y"] if munit == "y" else rng.choice([GRAN["w2"], GRAN["w4"]])
    n = rng.randint(2, 4)
    projects = [make_project(rng, s, amount(rng, 50000, 1800000, gran), gran) for s in projects_of(rng, ctx, n)]
    basic = amount(rng, 1500000, 9000000, gran)
    proj_b = sum(q["budget"] for q in projects)
    B = basic + proj_b
    basic_e = part_of(rng, basic, 0.96, 1.0, gran)
    E = basic_e + sum(q["executed"] for q in projects)
    R = rate(E, B)
    Rs = stated_rate(rng, R, E, B)
    bz, sy = staff(rng)
    title = rng.choice([f"{unit}{y}年度部门整体支出绩效自评报告", f"{y}年度{unit}部门整体支出绩效自评报告",
                        f"{unit}{y}年部门整体支出绩效评价报告"])
    page = head(Page(), rng, ctx, title)
    page.h("一、部门基本情况")
    page.p(f"（一）部门职能。{unit}{u['func']}。")
    page.p(f"（二）机构和人员情况。本单位内设股室{rng.randint(3, 7)}个，核定编制{bz}人，年末实有在职人员{sy}人，"
           f"退休人员{rng.randint(2, 30)}人。")
    page.h("二、部门整体支出情况")
    fiscal_b = B if rng.random() < 0.5 else None
    if var == "B1":
        page.p(f"{y}年部门预算总额{say(B, munit, sep)}，其中基本支出{say(basic, munit, sep)}，项目支出"
               f"{say(proj_b, munit, sep)}；全年实际支出{say(E, munit, sep)}，部门预算执行率{Rs}%。")
    elif var == "B2":
        page.p(f"{y}年全年预算数为{say(B, munit, sep)}（财政拨款{say(fiscal_b or B, munit, sep)}），全年实际支出"
               f"{say(E, munit, sep)}，其中基本支出{say(basic_e, munit, sep)}，项目支出"
               f"{say(E - basic_e, munit, sep)}，预算执行率{Rs}%。")
    else:
        page.p(f"本年度收到财政预算资金{say(B, munit, sep)}，全年支出{say(E, munit, sep)}，预算执行率为{Rs}%。"
               f"其中：人员经费及日常公用经费{say(basic_e, munit, sep)}，项目经费{say(E - basic_e, munit, sep)}。")
    page.h("三、项目支出绩效情况")
    page.p(f"本年度纳入绩效自评的项目{n}个，具体情况如下：")
    for k, p in enumerate(projects):
        page.h(f"（{CN[k]}）{p['name']}")
        mc = money_clause(rng, ctx, p, munit, sep)
        cls = ind_clauses(rng, p, p["inds"], 0.75, score=False)
        lead = "" if mc.startswith("该") or rng.random() < 0.5 else "该" if mc.startswith("项目") else "该项目"
        page.p(lead + mc + "。" + "；".join(cls) + "。")
    dis = dept_indicators(rng, bz, sy, munit, 0.4 if var != "B3" else 0.0)
    page.h("四、部门整体绩效指标完成情况")
    page.p("；".join(f"{j + 1}.{s}" for j, (s, _) in enumerate(dis)) + "。")
    page.h("五、存在的问题及改进措施")
    page.p(f"一是{PROBLEMS[0]}；二是{PROBLEMS[1]}。下一步，{MEASURES[0]}，{MEASURES[1]}。")
    foot(page, rng, ctx)
    txt = render(page, rng, ctx, protect_of(projects, [d[1][k] for d in dis for k in ("name", "target", "actual")]))
    rid = make_id("go", ctx)
    funds = {"budget_total": yuan(B), "executed_total": yuan(E), "execution_rate_stated": Rs}
    exp = expected_doc(GEN, ctx, rid, title, "部门整体自评", unit, funds, [p_exp(q) for q in projects],
                       [d[1] for d in dis])
    return rid, txt, exp


def yuan(fen):
    return f"{fen // 100}.{fen % 100:02d}"


# --------------------------------------------------------------------------------------------
# Layout 3: liexiang — numbered items with colon names, or a fund's list of recipients


def build_liexiang(rng, ctx):
    u = UNITS[ctx["key"]]
    var = variant(ctx, LIEXIANG)
    assert var != "L2" or u["companies"], ctx["key"]
    y, unit, cf = ctx["year"], ctx["unit"], ctx["cfull"]
    munit = "w"
    if var == "L2":
        return build_recipients(rng, ctx)
    n = rng.randint(3, 4)
    gran = rng.choice([GRAN["w0"], GRAN["w2"]])
    projects = [make_project(rng, s, amount(rng, 100000, 2500000, gran), rng.choice([gran, 100]), full=0.45)
                for s in projects_of(rng, ctx, n)]
    T = sum(q["budget"] for q in projects)
    Et = sum(q["executed"] for q in projects)
    title = rng.choice([f"{unit}{y}年度项目支出绩效自评报告", f"{cf}{y}年度{unit[len(cf):]}项目资金绩效自评报告"])
    page = head(Page(), rng, ctx, title)
    page.p(f"根据{ctx['caizheng']}关于做好{y}年度预算绩效自评工作的通知要求，我单位对{y}年度项目支出资金使用情况"
           "进行了绩效自评，现将有关情况报告如下：")
    page.h("一、项目基本情况")
    lead = rng.choice([f"{y}年，{ctx['caizheng']}共计下达我单位项目资金{say(T, munit)}，涉及{n}个项目，分别为：",
                       f"{y}年我单位参与绩效评价的项目共{n}个，项目资金{say(T, munit)}。具体如下："])
    Rt = rate(Et, T)
    Rts = stated_rate(rng, Rt, Et, T)
    funds = {"budget_total": yuan(T), "executed_total": None, "execution_rate_stated": None}
    items = []
    for k, p in enumerate(projects):
        mc = money_clause(rng, ctx, p, munit, styles=["xia", "shiyong", "anpai", "wancheng", "daowei", "quan"])
        cls = ind_clauses(rng, p, p["inds"], 0.8, sat_mode=rng.choice(["ind", "only", "target"]))
        items.append((p["name"], f"主要用于{p['name'].replace('项目', '').replace('经费', '')}相关工作，{mc}。"
                      + "；".join(cls) + "。", mc))
    if var == "L1":
        page.p(lead)
        mark = rng.choice(["{k}、", "{k}.", "（{k}）"])
        for k, (nm, body, _) in enumerate(items, 1):
            page.p(f"{mark.format(k=k)}{nm}：{body}")
    else:
        # one paragraph, items parted by semicolons: （1）名称：…；（2）名称：…
        page.p(lead + "".join(f"（{k}）{nm}：{body[:-1]}{'；' if k < len(items) else '。'}"
                              for k, (nm, body, _) in enumerate(items, 1)))
    page.h("二、资金执行情况")
    page.p(f"截至{y}年12月31日，上述项目共支出{say(Et, munit)}，总体预算执行率{Rts}%，"
           + rng.choice(["未执行部分结转下年使用。", "均按合同约定和工程进度拨付。"]))
    funds["executed_total"], funds["execution_rate_stated"] = yuan(Et), Rts
    page.h("三、存在的问题及改进措施")
    page.p(f"{rng.choice(PROBLEMS)}。下一步将{rng.choice(MEASURES)}。")
    foot(page, rng, ctx)
    txt = render(page, rng, ctx, protect_of(projects))
    rid = make_id("go", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds, [p_exp(q) for q in projects])
    return rid, txt, exp


def build_recipients(rng, ctx):
    """A fund, and the firms or cooperatives it paid, each named with its 补助资金 ('分别为A公司，补助资金200万元；…')."""
    u = UNITS[ctx["key"]]
    y, unit, cf = ctx["year"], ctx["unit"], ctx["cfull"]
    fname, _, fspecs, fsat = u["fund"]
    label, pats = u["companies"]
    cats = rng.choice([("新建", "改扩建"), ("设施提升", "技术改造"), ("生产能力提升", "品牌培育")])
    k1, k2 = rng.randint(2, 4), rng.randint(2, 3)
    names = firm_names(rng, ctx, pats, k1 + k2)
    firms = []
    for nm in names:
        b = amount(rng, 200000, 2500000, rng.choice([1000000, 100000]))
        firms.append({"name": nm, "budget": b, "executed": b, "rate": None, "fiscal": None, "rate_s": None,
                      "says": {"budget": True, "fiscal": False, "executed": False}, "sat": None, "stated_inds": []})
    total = sum(f["budget"] for f in firms)
    fund = make_project(rng, (fname, fspecs, fsat), total, 1000000, full=0.0, lo=0.85)
    # the firms were paid in order until the fund's spending ran out
    ex = fund["executed"]
    left = ex
    for f in firms:
        f["executed"] = min(f["budget"], left)
        left -= f["executed"]
    title = rng.choice([f"{cf}{y}年度{fname}绩效自评报告", f"{unit}{y}年{fname}项目绩效自评报告"])
    page = head(Page(), rng, ctx, title)
    page.h("一、项目基本情况")
    page.h("（一）项目基本情况简介。")
    w = rng.choice(["补助资金", "补助金额"])

    def lst(fs):
        out = []
        for j, f in enumerate(fs):
            word = w if j % 2 == 0 else ("补助金额" if w == "补助资金" else "补助资金")
            out.append(f"{f['name']}，{word}{say(f['budget'], 'w')}")
        return "；".join(out)

    page.p(f"根据《关于下达{y}年{fname}预算的通知》（{upper_no(rng, ctx)}）文件，上级下达{fname}{say(total, 'w')}，"
           f"结合{ctx['we']}{label}的实际情况，{cats[0]}类补助{label}{k1}家，分别为{lst(firms[:k1])}。"
           f"{cats[1]}类补助{label}{k2}家，分别为{lst(firms[k1:])}。")
    page.h("（二）资金使用情况。")
    rs = stated_rate(rng, fund["rate"], ex, total)
    fund["rate_s"] = rs
    fund["says"]["budget"] = fund["says"]["executed"] = True
    page.p(f"截至{y}年12月31日，{fname}已拨付{say(ex, 'w')}，拨付率{rs}%"
           + ("，剩余资金待项目验收合格后拨付。" if ex < total else "，补助资金已全部兑付到企业（合作社）。"))
    page.h("（三）绩效目标设定及指标完成情况。")
    ind_paragraphs(rng, page, fund, numbered="1.", target_share=0.9)
    page.h("二、存在的问题和改进措施")
    page.p(f"{rng.choice(PROBLEMS)}。下一步将{rng.choice(MEASURES)}，加强对补助对象的跟踪问效。")
    foot(page, rng, ctx)
    projects = [fund] + firms
    txt = render(page, rng, ctx, protect_of(projects))
    rid = make_id("go", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "专项资金", unit, None, [p_exp(q) for q in projects])
    return rid, txt, exp


# --------------------------------------------------------------------------------------------
# Layout 4: biaoge — a small flattened table among prose


def flat_padded(t):
    """Rows with each column padded by spaces to its widest cell (a PDF copied with its layout)."""
    placed, _, ncols = t.grid()
    widths = [0] * ncols
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                widths[c] = max(widths[c], dw(cl.text))
    out = []
    for items in placed:
        origin = dict(items)
        cells, c = [], 0
        while c < ncols:
            cl = origin.get(c)
            txt = cl.text if cl else ""
            span = cl.cs if cl else 1
            wid = sum(widths[c:c + span]) + 2 * (span - 1)
            cells.append(txt + " " * max(0, wid - dw(txt)))
            c += span
        out.append("  ".join(cells).rstrip())
    return "\n".join(out)


def build_biaoge(rng, ctx):
    var = variant(ctx, ["T1", "T2", "T3"])
    y, unit = ctx["year"], ctx["unit"]
    tunit = rng.choice(["w", "w", "y"])
    gran = GRAN["y"] if tunit == "y" else GRAN["w2"]
    n = rng.randint(3, 4)
    projects = [make_project(rng, s, amount(rng, 60000, 1500000, gran), gran) for s in projects_of(rng, ctx, n)]
    with_init = var == "T3"
    for p in projects:
        p["says"] = {"budget": True, "fiscal": False, "executed": True}
        if var != "T2" and rng.random() < 0.8:
            p["fiscal"] = p["budget"] if rng.random() < 0.6 else part_of(rng, p["budget"], 0.6, 0.95, gran)
            p["says"]["fiscal"] = True
        p["init"] = p["budget"] - some(rng, p["budget"], 0.02, 0.3, gran) if rng.random() < 0.6 else p["budget"]
    rmode = rng.choice(["2", "t"])
    for p in projects:
        p["rate_s"] = stated_rate(rng, p["rate"], p["executed"], p["budget"], rmode)
    basic = amount(rng, 1500000, 8000000, gran)
    B = basic + sum(p["budget"] for p in projects)
    E = part_of(rng, basic, 0.97, 1.0, gran) + sum(p["executed"] for p in projects)
    Rs = stated_rate(rng, rate(E, B), E, B)
    title = rng.choice([f"{unit}{y}年度部门整体支出绩效自评报告", f"{unit}{y}年度项目支出绩效自评报告"])
    kind = "部门整体自评" if "整体" in title else "项目支出自评"
    page = head(Page(), rng, ctx, title)
    page.h("一、基本情况")
    page.p(f"{unit}{UNITS[ctx['key']]['func']}。")
    page.p(f"{y}年，我单位部门预算总额{say(B, 'w' if tunit != 'y' else 'y', tunit == 'y')}，全年实际支出"
           f"{say(E, 'w' if tunit != 'y' else 'y', tunit == 'y')}，预算执行率{Rs}%。纳入本次自评的项目{n}个，"
           f"各项目资金执行情况见表1。")
    ulabel = "万元" if tunit == "w" else "元"
    page.add("p", f"表1　{y}年度项目资金执行情况表")
    t = Table()
    head_row = ["序号", "项目名称"] + (["年初预算数"] if with_init else []) + ["全年预算数"]
    has_fiscal = any(p["says"]["fiscal"] for p in projects)
    if has_fiscal:
        head_row.append("其中：财政拨款")
    head_row += ["全年执行数", "执行率"]
    t.row(*head_row)
    for k, p in enumerate(projects, 1):
        row = [str(k), p["name"]] + ([bare(p["init"], tunit)] if with_init else []) + [bare(p["budget"], tunit)]
        if has_fiscal:
            row.append(bare(p["fiscal"], tunit) if p["says"]["fiscal"] else "—")
        row += [bare(p["executed"], tunit), p["rate_s"] + "%"]
        t.row(*row)
    sb, se = sum(p["budget"] for p in projects), sum(p["executed"] for p in projects)
    total = ["合计", ""] + ([bare(sum(p["init"] for p in projects), tunit)] if with_init else []) + [bare(sb, tunit)]
    if has_fiscal:
        total.append(bare(sum(p["fiscal"] for p in projects if p["says"]["fiscal"]), tunit))
    total += [bare(se, tunit), stated_rate(rng, rate(se, sb), se, sb, rmode) + "%"]
    t.row(*total)
    unit_line = rng.choice([f"单位：{ulabel}", f"金额单位：{ulabel}", f"（单位：{ulabel}）"])
    flat = flat_tabs(t) if var == "T1" else flat_padded(t)
    page.add("raw", unit_line + "\n" + flat)
    if with_init:
        page.p("注：年中根据工作任务调整了部分项目预算，执行率按全年预算数计算。")
    page.h("二、项目绩效目标完成情况")
    for k, p in enumerate(projects):
        page.h(f"（{CN[k]}）{p['name']}")
        cls = ind_clauses(rng, p, p["inds"], 0.8)
        page.p(rng.choice(["项目实施后，", "全年", ""]) + "；".join(cls) + "。")
    page.h("三、存在的问题及下一步工作")
    page.p(f"{rng.choice(PROBLEMS)}。下一步将{rng.choice(MEASURES)}。")
    foot(page, rng, ctx)
    txt = render(page, rng, ctx, protect_of(projects))
    rid = make_id("go", ctx)
    funds = {"budget_total": yuan(B), "executed_total": yuan(E), "execution_rate_stated": Rs}
    exp = expected_doc(GEN, ctx, rid, title, kind, unit, funds, [p_exp(q) for q in projects])
    return rid, txt, exp


# --------------------------------------------------------------------------------------------
# Layout 5: zhibiao — indicators told per level with targets, actuals and scores; a 自评得分 sentence


def build_zhibiao(rng, ctx):
    var = variant(ctx, ["Y1", "Y2", "Y3"])
    y, unit = ctx["year"], ctx["unit"]
    n = 2 if var == "Y3" else 1
    munit = rng.choice(["w", "y"])
    gran = GRAN["y"] if munit == "y" else rng.choice([GRAN["w2"], GRAN["w4"]])
    projects = [make_project(rng, s, amount(rng, 80000, 1600000, gran), gran, n_lo=5, n_hi=8)
                for s in projects_of(rng, ctx, n)]
    if n == 1:
        title = rng.choice([f"{unit}{y}年度{projects[0]['name']}绩效自评报告",
                            f"{unit}{y}年度项目支出绩效自评报告（{projects[0]['name']}）"])
    else:
        title = f"{unit}{y}年度项目支出绩效自评报告"
    page = head(Page(), rng, ctx, title)
    for k, p in enumerate(projects):
        lead = f"项目{CN[k]}：{p['name']}" if n > 1 else None
        if lead:
            page.h(lead)
        page.h("一、项目基本情况")
        page.p(f"{p['name']}由{unit}组织实施。" + money_clause(rng, ctx, p, munit, munit == "y",
                                                        styles=["total", "quan", "anpai", "wancheng", "daowei"]) + "。")
        page.h("二、绩效目标完成情况")
        if var == "Y2":
            page.p("本项目设置产出、效益、满意度三类绩效指标，各项指标完成情况如下：")
            cls = ind_clauses(rng, p, p["inds"], 1.0, score=True, sat_mode="ind")
            for j, (i, c) in enumerate(zip(p["inds"], cls), 1):
                page.p(f"{j}.{i.l2}：{c}。")
        else:
            outs = [i for i in p["inds"] if i.l1 == "产出指标"]
            bens = [i for i in p["inds"] if i.l1 == "效益指标"]
            sats = [i for i in p["inds"] if i.l1 == "满意度指标"]
            cls = ind_clauses(rng, p, p["inds"], 1.0, score=True, sat_mode="ind")
            cmap = dict(zip([id(i) for i in p["inds"]], cls))
            for j, (lab, group) in enumerate([("产出指标", outs), ("效益指标", bens), ("满意度指标", sats)]):
                if not group:
                    continue
                page.h(f"（{CN[j]}）{lab}完成情况")
                for l2, g in by_level(group):
                    page.p(f"{l2}{rng.choice(['：', '完成情况：', '方面，'])}" + "；".join(cmap[id(i)] for i in g) + "。")
        page.h("三、自评结论")
        outs_s = sum(D(i.score) for i in p["inds"] if i.l1 == "产出指标")
        bens_s = sum(D(i.score) for i in p["inds"] if i.l1 == "效益指标")
        sat_s = sum(D(i.score) for i in p["inds"] if i.l1 == "满意度指标")
        page.p(f"经自评，该项目预算执行率得分{trim(p['exec_score'])}分，产出指标得分{trim(outs_s)}分，效益指标得分"
               f"{trim(bens_s)}分，满意度指标得分{trim(sat_s)}分，项目自评得分{trim(p['total'])}分，"
               f"自评等级为“{p['grade']}”。")
    page.h("四、存在的问题及改进措施")
    page.p(f"{rng.choice(PROBLEMS)}。下一步将{rng.choice(MEASURES)}。")
    foot(page, rng, ctx)
    txt = render(page, rng, ctx, protect_of(projects))
    rid = make_id("go", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, None, [p_exp(q) for q in projects])
    return rid, txt, exp


# --------------------------------------------------------------------------------------------
# Layout 6: kuanian — last year's figures and 年初 vs 调整后 beside the report year's


def build_kuanian(rng, ctx):
    var = variant(ctx, ["K1", "K2", "K3"])
    y, unit, cf = ctx["year"], ctx["unit"], ctx["cfull"]
    munit = "w"
    gran = rng.choice([GRAN["w2"], GRAN["w4"]])
    if var == "K1":
        return kuanian_dept(rng, ctx, gran)
    spec = projects_of(rng, ctx, 1)[0]
    b = amount(rng, 300000, 3000000, gran)
    p = make_project(rng, spec, b, gran, n_lo=4, n_hi=6)
    p["says"]["budget"] = p["says"]["executed"] = True
    prev_b = amount(rng, 200000, 3000000, gran)
    prev_e = part_of(rng, prev_b, 0.8, 1.0, gran)
    title = rng.choice([f"{unit}{y}年度{p['name']}绩效自评报告", f"{cf}{y}年{p['name']}支出绩效自评报告"])
    page = head(Page(), rng, ctx, title)
    page.h("一、项目概况")
    P = pc(rng)
    rs = stated_rate(rng, p["rate"], p["executed"], b)
    p["rate_s"] = rs
    if var == "K2":
        total_inv = b + prev_b + amount(rng, 100000, 2000000, gran)
        b0 = b - some(rng, b, 0.05, 0.25, gran) if rng.random() < 0.6 else b + some(rng, b, 0.05, 0.2, gran)
        delta = b - b0
        page.p(f"{p['name']}计划总投资{say(total_inv, munit)}，分年度安排实施。{y - 1}年已安排资金{say(prev_b, munit)}，"
               f"完成支出{say(prev_e, munit)}。")
        page.p(f"{y}年年初预算安排{say(b0, munit)}，年中{'追加' if delta > 0 else '调减'}{say(abs(delta), munit)}，"
               f"调整后全年预算为{say(b, munit)}；截至{y}年12月31日实际支付{say(p['executed'], munit)}，"
               f"预算执行率{rs}{P}（按调整后预算计算）。")
    else:
        b_first = b + some(rng, b, 0.08, 0.5, gran)
        cut = b_first - b
        f = b if rng.random() < 0.5 else part_of(rng, b, 0.7, 0.95, gran)
        p["fiscal"], p["says"]["fiscal"] = f, True
        page.p(f"{y}年，上级下达{p['name']}{say(b_first, munit)}（{upper_no(rng, ctx)}），后根据实际需求调减"
               f"{say(cut, munit)}（{doc_no(rng, ctx)}），全年实际下达{say(b, munit)}，其中财政资金{say(f, munit)}。"
               f"全年支出{say(p['executed'], munit)}，执行率{rs}{P}。")
        page.p(f"{y - 1}年该项目下达资金{say(prev_b, munit)}，支出{say(prev_e, munit)}，执行率"
               f"{trim(rate(prev_e, prev_b))}%。")
    page.h("二、绩效目标完成情况")
    cls = []
    sat_mode = rng.choice(["ind", "only"])
    for i in p["inds"]:
        c = i.text(rng, target=True, sat_mode=sat_mode) if i.kind != "sat" else i.text(rng, sat_mode=sat_mode)
        if i.kind == "ge" and rng.random() < 0.5:
            last = max(1, int(D(i.actual) * D(rng.randint(70, 98)) / 100))
            c += f"，上年同期为{last}{i.unit}"
        cls.append(c)
        if i.kind == "sat":
            p["sat"] = i.actual
            if sat_mode == "only":
                continue
        p["stated_inds"].append(i)
    page.p(f"{y}年，" + "；".join(cls) + "。")
    page.h("三、存在问题及改进措施")
    page.p(f"{rng.choice(PROBLEMS)}。下一步将{rng.choice(MEASURES)}。")
    foot(page, rng, ctx)
    txt = render(page, rng, ctx, protect_of([p]))
    rid = make_id("go", ctx)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, None, [p_exp(p)])
    return rid, txt, exp


def kuanian_dept(rng, ctx, gran):
    y, unit = ctx["year"], ctx["unit"]
    n = rng.randint(2, 3)
    projects = [make_project(rng, s, amount(rng, 80000, 1500000, gran), gran, n_lo=3, n_hi=5)
                for s in projects_of(rng, ctx, n)]
    basic = amount(rng, 1500000, 8000000, gran)
    B = basic + sum(p["budget"] for p in projects)
    add = some(rng, B, 0.05, 0.3, gran)
    B0 = B - add
    E = part_of(rng, basic, 0.96, 1.0, gran) + sum(p["executed"] for p in projects)
    Rs = stated_rate(rng, rate(E, B), E, B)
    Bp = B0 - some(rng, B0, 0.03, 0.2, gran) if rng.random() < 0.5 else B0 + some(rng, B0, 0.03, 0.2, gran)
    Ep = part_of(rng, Bp, 0.88, 1.0, gran)
    title = rng.choice([f"{unit}{y}年度部门整体支出绩效自评报告", f"{unit}{y}年度整体支出绩效评价报告"])
    page = head(Page(), rng, ctx, title)
    page.h("一、部门整体支出概况")
    diff = B - Bp
    pct = trim(q2(D(abs(diff)) * 100 / D(Bp)))
    form = rng.randrange(4)
    if form == 2:       # cq-fengdu-jiangchi
        page.p(f"{y}年度{unit}年初预算{say(B0, 'w')}，全年（调整）预算数{say(B, 'w')}，全年执行数{say(E, 'w')}，"
               f"预算执行率{Rs}%。")
    elif form == 3:     # xx-shi-yibao
        page.p(f"{y}年部门年初预算{say(B0, 'w')}，年中调整预算为{say(B, 'w')}，比年初预算增加{say(add, 'w')}，"
               f"全年执行数{say(E, 'w')}，执行率{Rs}%。")
    elif form == 0:
        page.p(f"{y}年部门年初预算{say(B0, 'w')}，年中追加{say(add, 'w')}，调整后全年预算数{say(B, 'w')}；全年实际支出"
               f"{say(E, 'w')}，预算执行率{Rs}%。")
    else:
        page.p(f"{y}年预算收入{say(B, 'w')}，其中年初预算{say(B0, 'w')}，调整追加{say(add, 'w')}。全年支出"
               f"{say(E, 'w')}，按调整后预算计算的执行率为{Rs}%。")
    page.p(f"与上年相比，{y - 1}年部门预算为{say(Bp, 'w')}，实际支出{say(Ep, 'w')}，执行率{trim(rate(Ep, Bp))}%；"
           f"本年预算较上年{'增加' if diff >= 0 else '减少'}{say(abs(diff), 'w')}，{'增长' if diff >= 0 else '下降'}"
           f"{pct}%，主要是{rng.choice(['年中追加了专项工作经费', '人员经费标准调整', '上年一次性项目完成后不再安排'])}。")
    sg = amount(rng, 20000, 150000, 100)
    sgp = sg + amount(rng, 1000, 30000, 100)
    page.p(f"“三公”经费支出{say(sg, 'w')}，较上年{say(sgp, 'w')}减少{say(sgp - sg, 'w')}。")
    page.h("二、项目支出情况")
    for k, p in enumerate(projects):
        p["says"]["budget"] = p["says"]["executed"] = True
        b0 = p["budget"] - (some(rng, p["budget"], 0.05, 0.3, gran) if rng.random() < 0.7 else 0)
        pb = amount(rng, 50000, 1500000, gran)
        rs = stated_rate(rng, p["rate"], p["executed"], p["budget"])
        p["rate_s"] = rs
        cls = ind_clauses(rng, p, p["inds"], 0.85)
        page.h(f"（{CN[k]}）{p['name']}")
        if b0 != p["budget"]:
            money = (f"该项目{y}年年初预算{say(b0, 'w')}，{rng.randint(5, 10)}月调整为{say(p['budget'], 'w')}，全年支出"
                     f"{say(p['executed'], 'w')}，执行率{rs}%")
        else:
            money = f"该项目{y}年预算{say(p['budget'], 'w')}，全年支出{say(p['executed'], 'w')}，执行率{rs}%"
        page.p(money + f"；{y - 1}年同一项目预算{say(pb, 'w')}。" + "；".join(cls) + "。")
    page.h("三、存在的问题及改进措施")
    page.p(f"{rng.choice(PROBLEMS)}。下一步将{rng.choice(MEASURES)}。")
    foot(page, rng, ctx)
    txt = render(page, rng, ctx, protect_of(projects))
    rid = make_id("go", ctx)
    funds = {"budget_total": yuan(B), "executed_total": yuan(E), "execution_rate_stated": Rs}
    exp = expected_doc(GEN, ctx, rid, title, "部门整体自评", unit, funds, [p_exp(q) for q in projects])
    return rid, txt, exp


BUILDERS = {"zhuanxiang": build_zhuanxiang, "bumen": build_bumen, "liexiang": build_liexiang,
            "biaoge": build_biaoge, "zhibiao": build_zhibiao, "kuanian": build_kuanian}

# --------------------------------------------------------------------------------------------
# Self-check


def rate_ok(stated, executed, budget):
    """A stated rate is the exact one rounded half up to two places, or that rounded to one place or a whole percent."""
    r = D(executed) * 100 / D(budget)
    s = D(stated)
    return any(s == r.quantize(D(q), rounding="ROUND_HALF_UP") for q in ("0.01", "0.1", "1"))


def consistency(exp):
    """genlib's strict self_check with the stated rates allowed their rounding, plus names and parts."""
    problems = []
    relaxed = json.loads(json.dumps(exp))
    for p in relaxed["projects"]:
        p["execution_rate_stated"] = None
    relaxed["funds"]["execution_rate_stated"] = None
    problems += self_check(relaxed, strict=True)
    for p in exp["projects"]:
        r = p["execution_rate_stated"]
        if r is not None:
            if p["budget_total"] is None or p["executed"] is None or not rate_ok(r, p["executed"], p["budget_total"]):
                problems.append(f"{p['name']}: rate {r} not {p['executed']}/{p['budget_total']}")
        for i in p["indicators"]:
            if i["target"] is None and i["actual"] is None:
                problems.append(f"{p['name']}: {i['name']} states nothing")
    f = exp["funds"]
    if f["execution_rate_stated"] is not None and not rate_ok(f["execution_rate_stated"], f["executed_total"],
                                                             f["budget_total"]):
        problems.append("funds rate")
    return problems


def main(argv):
    args = parse_args(argv, __doc__, SEED)
    return write_texts_and_check(GEN, args, LAYOUTS, make_ctx, BUILDERS,
                                 lambda exp, txt: consistency(exp) + money_after_names(exp, txt))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
