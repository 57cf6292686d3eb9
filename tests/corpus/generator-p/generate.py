#!/usr/bin/env python3
"""Generator P: prose self-evaluation reports in six layouts generator O does not write, with expected documents.

Usage: generate.py OUT [-n N] [--seed S]
Writes OUT/<id>.txt (UTF-8 text as copied from a web page, a Word document or a PDF: one paragraph per line, or
hard-wrapped at 30-40 characters with page numbers and sometimes a running header) and OUT/<id>.expected.json for N
reports, six layouts cycled: jianzhi (key-value lines per project), shouzhi (a 部门整体 report told as 收入 / 支出 and
年初预算 / 调整预算 / 决算), weituo (a third-party evaluation), moban (a template's questions answered in order, money in
元 with separators), fenduan (one paragraph per project opening with its name, indicators per 二级 level in mixed
forms), fupan (last year's evaluation beside this year's, a summary table as lines of text).
Every expected figure, project name and indicator name is looked for in the text, every stated rate derived again;
problems are printed and the exit status is 1. Python 3 standard library only; no clock, no hash-order dependence.
"""
import pathlib
import random
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from genlib import (D, Indicator, spec_indicators, spec_indicator, q2, trim, yuan_exp, fmt_wan,  # noqa: E402
                    fmt_yuan, amount, part_of, spent, distribute, grade_of, cycle, expected_doc, project_exp,
                    self_check, wrap, paginate, parse_args, write_texts_and_check)
from corpus_check import money_after_names, numbers_in  # noqa: E402

GEN = "generator-p"
SEED = 20270519
LAYOUTS = ["jianzhi", "shouzhi", "weituo", "moban", "fenduan", "fupan"]
MODES = ["web", "word", "pdf", "web", "pdfh"]   # how the text was copied; report k of a layout takes one in turn

# --------------------------------------------------------------------------------------------
# Places: 30 counties, none in another generator's README or generate.py (O's README for O), nor in dev/fresh*
# (province code, province, county, short name, pinyin, the province's abbreviation in document numbers)

PLACES = [
    ("he", "河北", "涞源县", "涞源", "laiyuan", "冀"), ("sx", "山西", "方山县", "方山", "fangshan", "晋"),
    ("sx", "山西", "浮山县", "浮山", "fushan", "晋"), ("nm", "内蒙古", "镶黄旗", "镶黄旗", "xianghuang", "内"),
    ("ln", "辽宁", "彰武县", "彰武", "zhangwu", "辽"), ("hl", "黑龙江", "萝北县", "萝北", "luobei", "黑"),
    ("js", "江苏", "滨海县", "滨海", "binhai", "苏"), ("fj", "福建", "周宁县", "周宁", "zhouning", "闽"),
    ("fj", "福建", "明溪县", "明溪", "mingxi", "闽"), ("jx", "江西", "靖安县", "靖安", "jingan", "赣"),
    ("jx", "江西", "横峰县", "横峰", "hengfeng", "赣"), ("sd", "山东", "庆云县", "庆云", "qingyun", "鲁"),
    ("sd", "山东", "东明县", "东明", "dongming", "鲁"), ("ha", "河南", "台前县", "台前", "taiqian", "豫"),
    ("hn", "湖南", "保靖县", "保靖", "baojing", "湘"), ("gx", "广西", "那坡县", "那坡", "napo", "桂"),
    ("sc", "四川", "黑水县", "黑水", "heishui", "川"), ("sc", "四川", "昭觉县", "昭觉", "zhaojue", "川"),
    ("gz", "贵州", "册亨县", "册亨", "ceheng", "黔"),
    ("yn", "云南", "双江拉祜族佤族布朗族傣族自治县", "双江", "shuangjiang", "云"),
    ("yn", "云南", "永仁县", "永仁", "yongren", "云"), ("xz", "西藏", "措勤县", "措勤", "cuoqin", "藏"),
    ("xz", "西藏", "洛隆县", "洛隆", "luolong", "藏"), ("sn", "陕西", "平利县", "平利", "pingli", "陕"),
    ("sn", "陕西", "宜君县", "宜君", "yijun", "陕"), ("gs", "甘肃", "庄浪县", "庄浪", "zhuanglang", "甘"),
    ("qh", "青海", "称多县", "称多", "chenduo", "青"), ("qh", "青海", "甘德县", "甘德", "gande", "青"),
    ("xj", "新疆", "托里县", "托里", "tuoli", "新"), ("xj", "新疆", "乌恰县", "乌恰", "wuqia", "新"),
]
AUTONOMOUS = {"nm", "gx", "xz", "xj", "nx"}

# --------------------------------------------------------------------------------------------
# Units: eleven kinds, none named in another generator's README or generate.py, nor in dev/fresh*. Each: its name,
# its 主管部门, what it does, four projects (name, indicator specs, 满意度 name, budget range in 万元, named parts or
# None) and two small ones (pool indicators only). Specs as genlib.spec_indicator reads them.

SWS, TYX, ZYZ, CYZ, XKU, JJZ, SCZ, NJJ, SYJ, KJG, FYB = "sws", "tyx", "zyz", "cyz", "xku", "jjz", "scz", "njj", \
    "syj", "kjg", "fyb"

KINDS = {
    SWS: ("水文水资源勘测站", "水利局", "承担全县水文站网运行、水情测报、水资源监测和水文资料整编", [
        ("水文测站运行维护经费", [
            ("数量指标", "维护水位雨量监测站点", "ge", "个", 12, 40), ("质量指标", "监测数据到报率", "pct", "%", (95, 98)),
            ("时效指标", "汛前设备检修", "time", "4月底前完成"), ("成本指标", "单站年均运维费用", "le", "万元", 2, 6),
            ("社会效益指标", "水情信息服务", "qual", "及时准确", "基本及时")], "防汛部门满意度", (20, 90), None),
        ("暴雨洪水预警平台运维项目", [
            ("数量指标", "巡检自动雨量站", "ge", "处", 20, 80), ("质量指标", "预警平台在线率", "pct", "%", (95, 98)),
            ("时效指标", "设备故障修复时限", "le", "小时", 24, 72), ("社会效益指标", "因洪水预警缺失造成人员伤亡", "zero", "人")],
         "沿河村组群众满意度", (30, 160), None),
        ("地下水监测井建设项目", [
            ("数量指标", "新建地下水监测井", "ge", "眼", 4, 15), ("质量指标", "工程验收合格率", "pct", "%", (100,)),
            ("时效指标", "项目完工时间", "time", "10月底前完工"), ("成本指标", "单井建设成本", "le", "万元", 8, 20),
            ("可持续影响指标", "地下水动态监测能力", "qual", "明显增强", "有所增强")], "水资源管理部门满意度", (60, 300),
         ["监测井钻探成井", "自动监测设备购置安装", "井口保护设施建设"]),
        ("水功能区水质监测经费", [
            ("数量指标", "采集分析水样", "ge", "份", 120, 600), ("质量指标", "检测结果准确率", "pct", "%", (98,)),
            ("时效指标", "水质月报发布", "time", "次月10日前发布"), ("生态效益指标", "重点水功能区水质达标率", "pct", "%", (85, 90))],
         "用水单位满意度", (15, 70), None)],
        ["水文资料整编刊印经费", "测验设施安全度汛维修经费"]),
    TYX: ("业余体育学校", "教育体育局", "承担全县青少年业余训练、体育后备人才培养和县级青少年体育赛事组织", [
        ("青少年业余训练经费", [
            ("数量指标", "在训运动员", "ge", "人", 60, 220), ("数量指标", "开设训练项目", "ge", "个", 5, 12),
            ("质量指标", "向上级运动队输送运动员", "ge", "人", 3, 15), ("成本指标", "运动员伙食补助标准", "le", "元/人·天", 30, 60),
            ("社会效益指标", "青少年体质健康水平", "qual", "稳步提升", "略有提升")], "学员家长满意度", (30, 150), None),
        ("县级青少年运动会组织经费", [
            ("数量指标", "参赛代表队", "ge", "支", 12, 40), ("数量指标", "设置比赛项目", "ge", "项", 6, 15),
            ("时效指标", "赛事举办时间", "time", "8月底前举办"), ("社会效益指标", "赛事安全事故", "zero", "起")],
         "参赛队伍满意度", (10, 60), None),
        ("训练场馆器材更新项目", [
            ("数量指标", "更新训练器材", "ge", "台（套）", 20, 120), ("质量指标", "器材验收合格率", "pct", "%", (100,)),
            ("时效指标", "器材采购完成时间", "time", "6月底前完成采购"), ("可持续影响指标", "器材设计使用年限", "ge", "年", 5, 8)],
         "教练员满意度", (40, 200), ["田径训练器材", "球类训练器材", "力量训练器材"]),
        ("体育后备人才输送奖励资金", [
            ("数量指标", "奖励优秀教练员", "ge", "名", 4, 12), ("质量指标", "奖励资金发放准确率", "pct", "%", (100,)),
            ("时效指标", "奖励资金发放时间", "time", "12月底前发放"), ("社会效益指标", "后备人才梯队建设", "qual", "持续加强", "有所加强")],
         "受奖励教练员满意度", (8, 40), None)],
        ["运动员文化课教学补助经费", "体育场地日常管护经费"]),
    ZYZ: ("职业中学", "教育局", "承担中等职业学历教育、职业技能培训和面向农村劳动力的实用技术培训", [
        ("中职学生免学费补助资金", [
            ("数量指标", "享受免学费学生", "ge", "人次", 800, 3200), ("质量指标", "资助对象识别准确率", "pct", "%", (100,)),
            ("时效指标", "补助资金拨付时间", "time", "开学后两个月内拨付"), ("成本指标", "免学费补助标准", "le", "元/生·年", 2000, 2400),
            ("社会效益指标", "因贫辍学学生", "zero", "人")], "受助学生满意度", (80, 400), None),
        ("实训基地设备购置项目", [
            ("数量指标", "购置实训设备", "ge", "台（套）", 30, 160), ("质量指标", "设备验收合格率", "pct", "%", (100,)),
            ("时效指标", "设备安装调试完成时间", "time", "9月开学前完成"), ("社会效益指标", "学生技能证书获取率", "pct", "%", (80, 85))],
         "实训师生满意度", (60, 300), ["汽修实训设备", "电子商务实训室设备", "数控加工实训设备"]),
        ("中职学生生活补助资金", [
            ("数量指标", "资助家庭经济困难学生", "ge", "人次", 300, 1200), ("质量指标", "生活补助足额发放率", "pct", "%", (100,)),
            ("时效指标", "生活补助发放时间", "time", "每学期按月发放"), ("可持续影响指标", "资助政策知晓率", "pct", "%", (90, 95))],
         "受助学生家长满意度", (40, 200), None),
        ("专业教师能力提升培训经费", [
            ("数量指标", "参训教师", "ge", "人次", 40, 150), ("质量指标", "培训考核合格率", "pct", "%", (95,)),
            ("时效指标", "培训完成时间", "time", "11月底前完成"), ("成本指标", "人均培训费用", "le", "元", 800, 2000),
            ("社会效益指标", "双师型教师占比", "pct", "%", (50, 60))], "参训教师满意度", (8, 40), None)],
        ["校园安全技术防范设施维护经费", "毕业生就业跟踪服务经费"]),
    CYZ: ("草原工作站", "林业和草原局", "承担草原资源监测、草原生态保护修复技术推广和草原防火、鼠虫害防治的技术指导", [
        ("草原生态保护补助奖励资金", [
            ("数量指标", "落实禁牧面积", "ge", "万亩", 20, 120), ("数量指标", "落实草畜平衡面积", "ge", "万亩", 30, 150),
            ("质量指标", "补奖资金兑付准确率", "pct", "%", (100,)), ("时效指标", "资金兑付时间", "time", "11月底前兑付到户"),
            ("生态效益指标", "草原综合植被盖度", "pct", "%", (55, 60))], "农牧民满意度", (300, 1800),
         ["禁牧补助资金", "草畜平衡奖励资金", "绩效评价奖励资金"]),
        ("退化草原生态修复治理项目", [
            ("数量指标", "完成退化草原改良", "ge", "亩", 5000, 30000), ("质量指标", "补播出苗率", "pct", "%", (80, 85)),
            ("时效指标", "补播完成时间", "time", "7月底前完成补播"), ("成本指标", "亩均治理成本", "le", "元", 120, 260),
            ("生态效益指标", "修复区草原植被", "qual", "明显恢复", "有所恢复")], "项目区牧户满意度", (100, 500), None),
        ("草原防火物资储备项目", [
            ("数量指标", "储备扑火机具", "ge", "台（套）", 40, 200), ("质量指标", "储备物资完好率", "pct", "%", (95,)),
            ("时效指标", "物资入库时间", "time", "防火期前入库"), ("社会效益指标", "重大草原火灾", "zero", "起")],
         "基层扑火队员满意度", (20, 90), None),
        ("草原鼠虫害防治经费", [
            ("数量指标", "鼠害防治面积", "ge", "万亩", 5, 40), ("质量指标", "防治效果", "pct", "%", (85, 90)),
            ("时效指标", "防治作业时间", "time", "5月中旬前完成"), ("生态效益指标", "防治区草原鼠害", "qual", "得到有效控制", "基本控制")],
         "牧户满意度", (15, 80), None)],
        ["草原资源监测经费", "草原执法巡查经费"]),
    XKU: ("中心血库", "卫生健康局", "承担全县无偿献血宣传招募、血液采集储存和临床用血供应", [
        ("无偿献血宣传招募经费", [
            ("数量指标", "开展献血宣传活动", "ge", "场次", 20, 80), ("数量指标", "采集全血", "ge", "单位", 3000, 12000),
            ("质量指标", "血液质量抽检合格率", "pct", "%", (99, 100)),
            ("时效指标", "节假日街头采血点", "qual", "正常开放", "部分开放")], "献血者满意度", (10, 50), None),
        ("血液检测试剂采购项目", [
            ("数量指标", "采购检测试剂", "ge", "人份", 20000, 80000), ("质量指标", "检测室间质评合格率", "pct", "%", (100,)),
            ("时效指标", "试剂招标采购", "time", "3月底前完成"), ("社会效益指标", "经输血传播疾病", "zero", "例")],
         "临床用血医院满意度", (40, 200), ["核酸检测试剂", "酶免检测试剂", "血型鉴定试剂"]),
        ("流动采血车购置项目", [
            ("数量指标", "购置流动采血车", "ge", "辆", 1, 2), ("质量指标", "车辆验收合格率", "pct", "%", (100,)),
            ("时效指标", "采血车投入使用时间", "time", "9月底前投入使用"), ("成本指标", "单车购置成本", "le", "万元", 80, 120)],
         "街头献血者满意度", (80, 240), None),
        ("血液冷链运输保障经费", [
            ("数量指标", "配送血液", "ge", "袋次", 4000, 16000), ("质量指标", "冷链温度达标率", "pct", "%", (100,)),
            ("时效指标", "应急用血送达时间", "le", "分钟", 40, 90), ("社会效益指标", "临床用血保障率", "pct", "%", (98,))],
         "用血医疗机构满意度", (10, 60), None)],
        ["献血者招募服务热线运行经费", "血液储存设备维保经费"]),
    JJZ: ("急救指挥中心", "卫生健康局", "承担全县院前急救呼叫受理、急救车辆调度和公众急救知识普及", [
        ("院前急救网络运行经费", [
            ("数量指标", "受理急救呼救电话", "ge", "次", 8000, 30000), ("数量指标", "出车救治患者", "ge", "人次", 3000, 12000),
            ("质量指标", "呼救电话10秒接听率", "pct", "%", (95, 98)), ("时效指标", "城区平均急救反应时间", "le", "分钟", 12, 18)],
         "患者及家属满意度", (60, 260), None),
        ("负压救护车购置项目", [
            ("数量指标", "购置负压救护车", "ge", "辆", 2, 6), ("质量指标", "车载设备配置达标率", "pct", "%", (100,)),
            ("时效指标", "车辆交付使用时间", "time", "8月底前交付使用"), ("成本指标", "单车采购成本", "le", "万元", 40, 80)],
         "急救站点医护人员满意度", (90, 400), ["负压救护车车辆购置", "车载急救设备配置", "车辆改装及信息终端"]),
        ("公众急救技能普及培训经费", [
            ("数量指标", "开展心肺复苏培训", "ge", "场次", 20, 90), ("数量指标", "培训合格人数", "ge", "人", 500, 3000),
            ("质量指标", "培训考核合格率", "pct", "%", (90, 95)), ("成本指标", "人均培训成本", "le", "元", 50, 150),
            ("社会效益指标", "公众自救互救能力", "qual", "明显提升", "有所提升")], "参训群众满意度", (8, 40), None),
        ("急救调度系统升级改造项目", [
            ("数量指标", "接入急救站点", "ge", "个", 6, 20), ("质量指标", "系统运行稳定率", "pct", "%", (99,)),
            ("时效指标", "系统上线时间", "time", "10月底前上线"), ("可持续影响指标", "急救调度信息化水平", "qual", "显著提高", "有所提高")],
         "调度人员满意度", (40, 180), None)],
        ["急救车辆运行维护经费", "急救药品耗材补充经费"]),
    SCZ: ("水产技术推广站", "农业农村局", "承担水产新品种新技术试验示范、水产品质量安全监测和养殖技术培训", [
        ("稻田养蟹示范推广项目", [
            ("数量指标", "建设示范基地", "ge", "个", 3, 10), ("数量指标", "示范推广面积", "ge", "亩", 500, 3000),
            ("时效指标", "蟹苗投放时间", "time", "5月底前完成投放"), ("经济效益指标", "示范区亩均增收", "ge", "元", 300, 900)],
         "示范户满意度", (20, 120), ["示范基地田间工程", "蟹苗及饲料补助", "技术指导服务"]),
        ("土著鱼类苗种放流项目", [
            ("数量指标", "放流土著鱼类苗种", "ge", "万尾", 50, 300), ("质量指标", "放流苗种检验合格率", "pct", "%", (100,)),
            ("时效指标", "放流活动时间", "time", "6月上旬前完成"), ("生态效益指标", "水域生态环境", "qual", "持续改善", "有所改善")],
         "沿岸渔民满意度", (15, 80), None),
        ("水产品质量安全监测经费", [
            ("数量指标", "抽检水产品样品", "ge", "批次", 40, 200), ("质量指标", "样品抽检合格率", "pct", "%", (98,)),
            ("时效指标", "检测报告出具时间", "le", "个工作日", 7, 15), ("社会效益指标", "水产品质量安全事件", "zero", "起")],
         "养殖户满意度", (8, 40), None),
        ("水产养殖技术推广服务经费", [
            ("数量指标", "举办养殖技术培训", "ge", "期", 6, 20), ("数量指标", "培训养殖户", "ge", "人次", 200, 900),
            ("质量指标", "主推技术到位率", "pct", "%", (90, 95)), ("成本指标", "每期培训成本", "le", "元", 3000, 8000)],
         "受训养殖户满意度", (6, 30), None)],
        ["池塘尾水治理技术指导经费", "渔业统计调查经费"]),
    NJJ: ("农机安全监理站", "农业农村局", "承担拖拉机和联合收割机登记检验、驾驶人考试发证和农机安全宣传", [
        ("拖拉机安全技术检验经费", [
            ("数量指标", "检验拖拉机和联合收割机", "ge", "台", 300, 1500), ("质量指标", "年度检验率", "pct", "%", (80, 85)),
            ("时效指标", "集中检验工作完成时间", "time", "9月底前完成"), ("社会效益指标", "农机较大以上事故", "zero", "起")],
         "机手满意度", (8, 40), None),
        ("平安农机宣传教育项目", [
            ("数量指标", "发放安全宣传资料", "ge", "份", 2000, 10000), ("数量指标", "开展进村入户宣传", "ge", "场次", 8, 30),
            ("质量指标", "农机安全知识知晓率", "pct", "%", (85, 90)), ("时效指标", "安全生产月宣传活动", "time", "6月内完成")],
         "农机手满意度", (5, 25), None),
        ("农机驾驶人培训考试经费", [
            ("数量指标", "培训考试驾驶人", "ge", "人", 150, 600), ("质量指标", "考试合格率", "pct", "%", (85, 90)),
            ("成本指标", "人均培训费用", "le", "元", 200, 500), ("时效指标", "证照办理时限", "le", "个工作日", 5, 10)],
         "学员满意度", (6, 30), None),
        ("监理执法装备更新项目", [
            ("数量指标", "购置执法记录仪", "ge", "台", 6, 20), ("数量指标", "购置安全检测设备", "ge", "套", 1, 4),
            ("质量指标", "装备验收合格率", "pct", "%", (100,)), ("时效指标", "装备采购完成时间", "time", "7月底前完成采购")],
         "监理人员满意度", (20, 100), ["移动检测线", "执法记录仪及配套", "监理执法车辆改装"])],
        ["农机事故应急处置经费", "农机号牌证照工本费"]),
    SYJ: ("食用菌产业发展中心", "农业农村局", "承担食用菌菌种繁育、栽培技术推广、产业项目实施和产品质量检测", [
        ("菌种繁育基地建设项目", [
            ("数量指标", "新建菌种生产车间", "ge", "平方米", 500, 2000), ("数量指标", "生产原种", "ge", "万瓶", 5, 30),
            ("质量指标", "菌种纯度合格率", "pct", "%", (98,)), ("时效指标", "项目竣工时间", "time", "10月底前竣工"),
            ("经济效益指标", "带动菌农增收", "ge", "万元", 50, 300)], "菌农满意度", (100, 500),
         ["生产车间建设", "接种及灭菌设备购置", "菌种保藏库建设"]),
        ("标准化出菇棚建设补助资金", [
            ("数量指标", "补助标准化出菇棚", "ge", "个", 40, 200), ("质量指标", "出菇棚验收合格率", "pct", "%", (100,)),
            ("时效指标", "补助资金兑付时间", "time", "验收后30日内兑付"), ("成本指标", "单棚补助标准", "le", "元", 3000, 8000),
            ("经济效益指标", "棚均年产值", "ge", "万元", 2, 6)], "种植户满意度", (60, 300), None),
        ("食用菌栽培技术推广经费", [
            ("数量指标", "举办栽培技术培训班", "ge", "期", 5, 16), ("数量指标", "培训菌农", "ge", "人次", 200, 1200),
            ("质量指标", "新技术推广覆盖率", "pct", "%", (70, 80)), ("社会效益指标", "从业农户技术水平", "qual", "明显提高", "有所提高")],
         "受训菌农满意度", (6, 30), None),
        ("食用菌产品质量检测经费", [
            ("数量指标", "抽检食用菌产品", "ge", "批次", 30, 150), ("质量指标", "产品抽检合格率", "pct", "%", (98,)),
            ("时效指标", "检测结果反馈时间", "le", "个工作日", 5, 10), ("社会效益指标", "食用菌质量安全事件", "zero", "起")],
         "生产经营主体满意度", (5, 25), None)],
        ["菌渣综合利用试验经费", "产业信息平台运维经费"]),
    KJG: ("科技馆", "科学技术局", "承担科普展教、青少年科技教育和面向基层的流动科普服务", [
        ("科技馆免费开放补助经费", [
            ("数量指标", "接待参观观众", "ge", "人次", 30000, 150000), ("数量指标", "开展科普教育活动", "ge", "场次", 30, 120),
            ("质量指标", "展品完好率", "pct", "%", (90, 95)), ("时效指标", "每周对外开放", "ge", "天", 5, 6)],
         "参观观众满意度", (40, 160), None),
        ("流动科技馆巡展项目", [
            ("数量指标", "巡展乡镇和学校", "ge", "个", 6, 20), ("数量指标", "巡展受众", "ge", "人次", 5000, 30000),
            ("质量指标", "巡展展品完好率", "pct", "%", (95,)), ("时效指标", "巡展完成时间", "time", "11月底前完成"),
            ("社会效益指标", "公众科学素质", "qual", "稳步提升", "略有提升")], "师生满意度", (15, 70), None),
        ("科普展品更新改造项目", [
            ("数量指标", "更新科普展品", "ge", "件（套）", 10, 60), ("质量指标", "展品验收合格率", "pct", "%", (100,)),
            ("时效指标", "新展区开放时间", "time", "9月底前开放"), ("成本指标", "展品更新总成本", "le", "万元", 60, 150)],
         "观众满意度", (60, 260), ["力学展区展品", "生命科学展区展品", "数字互动展项"]),
        ("青少年科技创新大赛组织经费", [
            ("数量指标", "征集参赛作品", "ge", "件", 100, 500), ("数量指标", "参赛学校", "ge", "所", 15, 50),
            ("质量指标", "作品获市级以上奖项", "ge", "项", 5, 30), ("时效指标", "大赛举办时间", "time", "5月底前举办")],
         "参赛师生满意度", (5, 25), None)],
        ["科普讲解员培训经费", "馆舍设施运行维护经费"]),
    FYB: ("妇幼保健院", "卫生健康局", "承担全县妇女儿童保健、孕产期保健管理和出生缺陷综合防治", [
        ("孕前优生健康检查项目", [
            ("数量指标", "完成孕前优生健康检查", "ge", "对", 500, 2500), ("质量指标", "目标人群覆盖率", "pct", "%", (80, 90)),
            ("质量指标", "高风险人群随访率", "pct", "%", (95,)), ("时效指标", "检查结果告知时间", "le", "个工作日", 5, 10)],
         "受检夫妇满意度", (20, 100), None),
        ("适龄妇女宫颈癌乳腺癌筛查项目", [
            ("数量指标", "完成宫颈癌筛查", "ge", "人", 2000, 8000), ("数量指标", "完成乳腺癌筛查", "ge", "人", 2000, 8000),
            ("质量指标", "筛查异常结果随访率", "pct", "%", (90, 95)), ("时效指标", "筛查任务完成时间", "time", "11月底前完成")],
         "受检妇女满意度", (30, 150), ["宫颈癌筛查经费", "乳腺癌筛查经费", "阳性病例随访管理经费"]),
        ("新生儿疾病筛查补助经费", [
            ("数量指标", "新生儿遗传代谢性疾病筛查", "ge", "人", 800, 3000), ("质量指标", "新生儿听力筛查率", "pct", "%", (90, 95)),
            ("质量指标", "筛查阳性病例召回率", "pct", "%", (95,)), ("成本指标", "筛查补助标准", "le", "元/人", 60, 150)],
         "新生儿家长满意度", (10, 60), None),
        ("孕产妇保健服务能力提升项目", [
            ("数量指标", "培训基层妇幼保健人员", "ge", "人次", 60, 300), ("质量指标", "孕产妇系统管理率", "pct", "%", (90,)),
            ("时效指标", "培训完成时间", "time", "10月底前完成"), ("社会效益指标", "孕产妇死亡", "zero", "例")],
         "服务对象满意度", (10, 50), None)],
        ["妇幼健康信息系统运维经费", "儿童保健门诊设备维保经费"]),
}
KIND_KEYS = [SWS, TYX, ZYZ, CYZ, XKU, JJZ, SCZ, NJJ, SYJ, KJG, FYB]

# Indicators every project may draw besides its own (none of generator O's pool).
POOL = [
    ("质量指标", "财务制度执行规范性", "qual", "严格执行", "基本执行"),
    ("时效指标", "资金支付及时率", "pct", "%", (95, 100)),
    ("成本指标", "项目支出预算控制率", "lepct"),
    ("可持续影响指标", "运行管护机制", "qual", "健全有效", "基本健全"),
    ("社会效益指标", "服务群众覆盖面", "qual", "逐步扩大", "略有扩大"),
    ("质量指标", "档案资料完整率", "pct", "%", (95, 100)),
]
TIME_DONE = {"4月底前完成": "4月25日完成检修", "10月底前完工": "10月20日完工", "次月10日前发布": "均按时发布",
             "8月底前举办": "8月中旬举办", "6月底前完成采购": "6月18日完成采购", "12月底前发放": "12月中旬发放完毕",
             "开学后两个月内拨付": "按时拨付", "9月开学前完成": "8月底完成", "每学期按月发放": "按月足额发放",
             "11月底前完成": "11月中旬完成", "11月底前兑付到户": "11月20日前兑付到户", "7月底前完成补播": "7月中旬完成补播",
             "防火期前入库": "9月底前入库", "5月中旬前完成": "5月10日前完成", "3月底前完成": "3月下旬完成",
             "9月底前投入使用": "9月中旬投入使用", "8月底前交付使用": "8月25日交付使用", "10月底前上线": "10月中旬上线",
             "5月底前完成投放": "5月20日完成投放", "6月上旬前完成": "6月6日完成", "9月底前完成": "9月下旬完成",
             "6月内完成": "6月内完成", "7月底前完成采购": "7月中旬完成采购", "10月底前竣工": "10月下旬竣工",
             "验收后30日内兑付": "验收后20日内兑付", "9月底前开放": "9月下旬开放", "5月底前举办": "5月中旬举办",
             "10月底前完成": "10月下旬完成"}
OUTPUT_L2 = ("数量指标", "质量指标", "时效指标", "成本指标")
L2_SHORT = {"数量指标": "数量", "质量指标": "质量", "时效指标": "时效", "成本指标": "成本", "经济效益指标": "经济效益",
            "社会效益指标": "社会效益", "生态效益指标": "生态效益", "可持续影响指标": "可持续影响",
            "服务对象满意度指标": "满意度"}

FIRMS = ["正衡会计师事务所有限公司", "信诚达资产评估有限公司", "明德项目管理咨询有限公司", "中和泰税务师事务所有限公司",
         "恒远工程造价咨询有限公司", "立信方圆会计师事务所（特殊普通合伙）"]
PEOPLE = ["马文静", "苏建平", "何丽萍", "罗永刚", "韩雪梅", "冯志远", "唐晓东", "曹玉珍", "邓春林", "谢海燕"]
PROBLEMS = ["绩效目标编制不够细化，部分指标难以量化考核", "资金支付进度前慢后快，第四季度支付比例偏高",
            "项目实施过程资料归集不够及时完整", "满意度调查样本偏少，调查方式较为单一", "部分指标值设定偏保守，未体现挑战性",
            "项目管理人员业务能力有待提升"]
MEASURES = ["在编制下年度预算时同步细化、量化绩效目标", "建立资金支付月调度制度，对滞后事项及时督办",
            "落实专人负责项目档案，做到资料随做随归", "扩大满意度调查范围，采用线上问卷与入户回访相结合的方式",
            "参照历史完成情况科学设定指标值", "加强业务培训，提升预算绩效管理水平"]
REASONS = ["受施工期天气影响，部分任务顺延至次年一季度", "实际需求低于年初预测，下年度将据实调整目标",
           "部分乡镇申报进度滞后，影响了整体完成进度", "受上级资金下达时间较晚影响，实施周期偏短",
           "个别环节组织衔接不够顺畅，已督促整改"]
CN = "一二三四五六七八九十"

# --------------------------------------------------------------------------------------------
# Indicators: the figures as genlib draws and scores them; how this generator's reports write them


class Ind(Indicator):
    """tgt(form) and act() give the phrase and the expected value together, so a clause that writes a figure in words
    (零发生, 按时完成) still expects what it states."""

    def tgt(self, form="sym"):
        k, t, u = self.kind, self.target, self.unit
        if k == "ge":
            return {"sym": f"≥{t}{u}", "word": f"不少于{t}{u}", "up": f"{t}{u}以上", "plain": f"{t}{u}",
                    "low": f"不低于{t}{u}"}[form], t
        if k in ("pct", "sat"):
            if t == "100" and form == "up":
                form = "plain"
            return {"sym": f"≥{t}%", "word": f"不低于{t}%", "up": f"{t}%以上", "plain": f"{t}%",
                    "low": f"不低于{t}%"}[form], t
        if k == "lepct":
            return {"sym": "≤100%", "word": "不超过100%", "up": "控制在100%以内", "plain": "100%以内",
                    "low": "不超过100%"}[form], "100"
        if k == "le":
            return {"sym": f"≤{t}{u}", "word": f"不超过{t}{u}", "up": f"控制在{t}{u}以内", "plain": f"{t}{u}以内",
                    "low": f"不高于{t}{u}"}[form], t
        if k == "zero":
            if form in ("word", "up"):
                w = "零事故" if self.name.endswith("事故") else "零发生"
                return w, "0"
            return f"0{u}", "0"
        if k == "time" and form == "word":
            return "按时完成", "按时完成"
        return self.target, self.target

    def act(self):
        if self.kind == "zero":
            return f"0{self.unit}", "0"
        if self.numeric:
            return f"{self.actual}{self.unit}", self.actual
        return self.actual, self.actual

    def ex(self, target=True, actual=True, score=False, tv=None, av=None):
        """The expected row: tv / av the values the clause wrote (defaults: the plain target and actual)."""
        return {"name": self.name,
                "target": (tv if tv is not None else self.tgt("sym")[1]) if target else None,
                "actual": (av if av is not None else self.act()[1]) if actual else None,
                "score": self.score if score else None}

    @property
    def full(self):
        return D(self.score) == D(self.weight)


def make_inds(rng, specs, satname, n_lo=4, n_hi=7, met=0.8):
    """genlib's indicators for the specs (topped up from the pool); at least one 效益 indicator; weights again as a
    self-evaluation form shares them: 产出 50, 效益 30, 满意度 10 (执行率 the other 10), scored by genlib's rules."""
    inds = spec_indicators(rng, specs, satname, POOL, Ind, OUTPUT_L2, TIME_DONE, met, n_lo, n_hi)
    if not any(i.l1 == "效益指标" for i in inds):
        have = {i.name for i in inds}
        spec = rng.choice([s for s in POOL if s[0] not in OUTPUT_L2 and s[1] not in have])
        inds.insert(len(inds) - 1, spec_indicator(rng, spec, Ind, OUTPUT_L2, TIME_DONE, met))
    outs = [i for i in inds if i.l1 == "产出指标"]
    bens = [i for i in inds if i.l1 == "效益指标"]
    for grp, tot in ((outs, 50), (bens, 30), ([inds[-1]], 10)):
        for i, w in zip(grp, distribute(rng, tot, len(grp), 3)):
            i.weight = str(w)
            i.compute_score(rng)
    return inds


def clause(rng, i, tpl, form=None):
    """One indicator written by a template with {n} name, {t} target, {a} actual, {s} score, {w} weight; returns the
    text and the expected row (a figure is expected only when the template writes it)."""
    form = form or rng.choice(["sym", "word", "up", "plain", "low"])
    tp, tv = i.tgt(form)
    ap, av = i.act()
    text = tpl.format(n=i.name, t=tp, a=ap, s=i.score, w=i.weight)
    return text, i.ex("{t}" in tpl, "{a}" in tpl, "{s}" in tpl, tv, av)


# --------------------------------------------------------------------------------------------
# Money (分) and rates


def wan(fen, style="2"):
    """万元 as written: 2 decimals, trailing zeros dropped, thousands separators, 4 decimals."""
    if style == "t":
        return fmt_wan(fen, 2, trim_zeros=True)
    if style == "sep":
        return fmt_wan(fen, 2, sep=",")
    if style == "4":
        return fmt_wan(fen, 4)
    return fmt_wan(fen, 2)


def yuan(fen, style="sep"):
    """元 as written: with separators and fen, without separators, or whole yuan with separators when fen is 0."""
    if style == "int" and fen % 100 == 0:
        return f"{fen // 100:,}"
    if style == "plain":
        return fmt_yuan(fen, "")
    return fmt_yuan(fen, ",")


def exact(e, b):
    return D(e) * 100 / D(b)


def rate_s(e, b, style):
    """The rate as the text writes it (with its sign) and as expected. style: 2 (98.50), t (98.5), 1 (one place),
    0 (whole), cn (百分之百 when all was spent). A rounding that would claim 100 for less than all is not used."""
    x = exact(e, b)
    full = e == b
    if style == "cn":
        if full:
            return "百分之百", "100"
        style = "t"
    if style in ("1", "0"):
        q = x.quantize(D("0.1") if style == "1" else D("1"), rounding="ROUND_HALF_UP")
        s = format(q, "f")
        if (q == 100 and not full) or (style == "1" and s.endswith(".0")):
            style = "t"
        else:
            return s + "%", s
    if style == "2":
        s = f"{q2(x):.2f}"
        return s + "%", s
    s = trim(q2(x))
    return s + "%", s


def rate_ok(stated, e, b):
    """Whether a stated rate is the exact rate rounded half up to two places, one place or a whole percent."""
    x = exact(e, b)
    st = D(stated)
    if st == 100 and e != b:
        return False
    return any(x.quantize(D(q), rounding="ROUND_HALF_UP") == st for q in ("0.01", "0.1", "1"))


def make_money(rng, lo_wan, hi_wan, gran=10000, other_share=0.3, adjust_share=0.45, full=0.35):
    """A project's money in 分: 全年预算数 (budget), of it 财政拨款 (fiscal) and 其他资金, 年初预算数 (init) and 全年执行数."""
    budget = amount(rng, lo_wan * 10000, hi_wan * 10000, gran)
    other = part_of(rng, budget, 0.05, 0.2, gran) if rng.random() < other_share else 0
    fiscal = budget - other
    e = spent(rng, budget, gran, full, 0.82, 0.995)
    e = max(e, gran)
    while e < budget and q2(exact(e, budget)) >= 100:
        e -= gran
    init = budget
    if rng.random() < adjust_share:
        adj = part_of(rng, budget, 0.04, 0.25, gran)
        init = budget - adj if rng.random() < 0.7 else budget + adj
    return {"budget": budget, "fiscal": fiscal, "other": other, "executed": e, "init": init}


def make_project(rng, spec, gran=10000, n_lo=4, n_hi=7, small=False, full=0.35):
    if small:
        name, specs, satname, rng_wan, parts = spec, [], rng.choice(["服务对象满意度", "干部职工满意度"]), (3, 30), None
    else:
        name, specs, satname, rng_wan, parts = spec
    inds = make_inds(rng, specs, satname, n_lo, n_hi)
    p = make_money(rng, rng_wan[0], rng_wan[1], gran, full=full)
    p.update(name=name, inds=inds, sat=inds[-1], parts=parts)
    p["exec_score"] = q2(min(exact(p["executed"], p["budget"]), D(100)) / 10)
    p["total"] = q2(p["exec_score"] + sum(D(i.score) for i in inds))
    p["grade"] = grade_of(p["total"])
    return p


def pick_projects(rng, ctx, n, gran=10000, n_lo=4, n_hi=7, with_small=False, full=0.35):
    main = KINDS[ctx["key"]][3]
    idx = sorted(rng.sample(range(len(main)), min(n, len(main))))
    out = [make_project(rng, main[k], gran, n_lo, n_hi, full=full) for k in idx]
    if with_small and n > len(main):
        for name in KINDS[ctx["key"]][4][:n - len(main)]:
            out.append(make_project(rng, name, gran, n_lo, n_hi, small=True))
    return out


def pexp(name, budget=None, fiscal=None, executed=None, rate=None, sat=None, inds=None):
    return project_exp(name, budget, fiscal, executed, rate, sat, inds)


def sat_exp(p, rows):
    """The project's satisfaction: the 满意度 indicator's actual when the text wrote it."""
    for r in rows:
        if r["name"] == p["sat"].name:
            return r["actual"]
    return None


def goal_of(p):
    """The 年度目标 in words only (a figure here would state a target some clause leaves unsaid)."""
    n = p["inds"][0].name
    return f"按计划{'' if n.startswith('完成') else '完成'}{n}等年度任务，资金规范使用，{p['sat'].name}达到预期"


# --------------------------------------------------------------------------------------------
# Context, ids and how the text was copied


def make_ctx(rng, i, layout, seed):
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    ppy, prov, cfull, short, cpy, abbr = PLACES[order[i % len(PLACES)]]
    key = KIND_KEYS[(i + i // 6) % len(KIND_KEYS)]
    kname, kdept, kduty = KINDS[key][0], KINDS[key][1], KINDS[key][2]
    year = rng.randint(2019, 2024)
    qi = cfull.endswith("旗")
    lvl = "旗" if qi else "县"
    k = i // len(LAYOUTS)
    return {"index": i, "layout": layout, "seed": seed, "ppy": ppy, "prov": prov, "cfull": cfull, "short": short,
            "cpy": cpy, "abbr": abbr, "key": key, "unit_py": key, "unit": cfull + kname, "kname": kname,
            "dept": cfull + kdept, "duty": kduty, "year": year, "we": "我" + lvl, "lvl": lvl,
            "fin": cfull + "财政局", "fin_short": lvl + "财政局",
            "upfin": ("自治区" if ppy in AUTONOMOUS else "省") + "财政厅",
            "mode": MODES[(k + LAYOUTS.index(layout)) % len(MODES)],
            "pc": "％" if rng.random() < 0.3 else "%",
            "date": f"{year + 1}年{rng.randint(2, 6)}月{rng.randint(1, 28)}日",
            "docno": f"{short}财绩〔{year + 1}〕{rng.randint(3, 39)}号",
            "person": rng.choice(PEOPLE), "phone": f"0{rng.randint(310, 998)}-{rng.randint(2000000, 8999999)}"}


def rid_of(ctx):
    return f"gp{ctx['index'] + 1:02d}-{ctx['ppy']}-{ctx['cpy']}-{ctx['unit_py']}-{ctx['year']}.{ctx['layout']}"


TOKEN = re.compile(r"[0-9A-Za-z.,%\-/:+~()≥≤=<>０-９．％]+|.", re.S)


def spaced(line):
    """A PDF's text layer: a space between a figure and the characters beside it (2023 年, 共 12.5 万元)."""
    line = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)", " ", line)
    return re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])", " ", line)


def present(rng, ctx, title, paras, protect, sign=True):
    """The report's paragraphs as a copied text: a web page (site lines, one paragraph per line), a Word document saved
    as text, or a PDF's text hard-wrapped at 30-40 characters with page numbers (pdfh: and a running header)."""
    mode = ctx["mode"]
    date = ctx["date"]
    tail = [ctx["unit"], date] if sign else [date]
    if mode == "web":
        indent = rng.choice(["　　", "", "  "])
        blank = rng.random() < 0.5
        top = rng.choice([
            [f"{ctx['cfull']}人民政府门户网站", f"首页 > 信息公开 > 法定主动公开内容 > 财政信息 > 绩效管理", ""],
            [f"{ctx['cfull']}人民政府", "政务公开 | 政务服务 | 互动交流", f"当前位置：首页 > 部门信息 > {ctx['unit']}", ""],
            [f"您所在的位置：首页 >> 政府信息公开 >> 预算绩效"],
        ])
        meta = rng.choice([
            f"信息来源：{ctx['unit']}　　发布日期：{date}　　点击量：{rng.randint(30, 900)}",
            f"发布时间：{date}　来源：{ctx['dept']}　【字体：大 中 小】",
            f"{date}　　{ctx['unit']}　　阅读：{rng.randint(20, 600)}次",
        ])
        bottom = rng.choice([["", "【收藏】【打印】【关闭】"], ["", "扫一扫在手机打开当前页", "相关链接"],
                             ["", "分享到：", "【打印本页】 【关闭窗口】"]])
        lines = top + [title, meta, ""]
        for p in paras:
            lines.append(indent + p if not is_kv(p) else p)
            if blank:
                lines.append("")
        lines += [""] + [" " * 30 + t for t in tail] + bottom
        return "\n".join(lines).rstrip() + "\n"
    if mode == "word":
        indent = rng.choice(["　　", ""])
        lines = []
        if rng.random() < 0.5:
            lines += [f"附件{rng.randint(1, 4)}", ""]
        lines += [title, ""]
        for p in paras:
            lines.append(indent + p if not is_kv(p) else p)
        lines += [""] + ["　" * 12 + t for t in tail]
        return "\n".join(lines) + "\n"
    width = rng.randint(60, 80)
    ind = rng.choice(["", "  ", "　　"])
    sp = rng.random() < 0.5
    body = []
    for t in wrap(title, width):
        body.append(t)
    body.append("")
    for p in paras:
        for ln in wrap(p, width, "" if is_kv(p) else ind, TOKEN):
            body.append(spaced(ln) if sp else ln)
    body += [""] + tail
    header = f"{ctx['unit']}{ctx['year']}年度绩效评价报告" if mode == "pdfh" else ""
    return paginate(body, header, rng.randint(34, 44), protect, rng.choice(["dash", "of", "slash", "minus"]),
                    first_header=False)


class KV(str):
    """A key-value, heading or table line: never indented as a paragraph is."""


def is_kv(p):
    return isinstance(p, KV)


def finish(rng, ctx, title, kind, paras, projects, funds=None, dept_inds=None, extra_protect=()):
    """The text and the expected document; the percent sign of the report (some write ％)."""
    protect = [p["name"] for p in projects] + list(extra_protect)
    for p in projects:
        for i in p["indicators"]:
            protect.append(i["name"])
            for k in ("target", "actual"):
                if i[k] is not None and not re.fullmatch(r"[\d.]+", i[k]):
                    protect.append(i[k])
    for i in dept_inds or []:
        protect.append(i["name"])
    joined = "\n".join(paras)
    if "百分之百" in joined and D(100) not in numbers_in(joined):
        # a rate of 百分之百 is expected as 100, which the corpus check looks for as a figure: the first 百分之百
        # (the 到位率 where there is one) is written 100% then, so the text holds the number too
        k = next(j for j, p in enumerate(paras) if "百分之百" in p)
        paras = paras[:k] + [type(paras[k])(paras[k].replace("百分之百", "100%", 1))] + paras[k + 1:]
    txt = present(rng, ctx, title, paras, protect)
    if ctx["pc"] == "％":
        txt = txt.replace("%", "％")
    rid = rid_of(ctx)
    exp = expected_doc(GEN, ctx, rid, title, kind, ctx["unit"], funds, projects, dept_inds, ctx["prov"])
    return rid, txt, exp


def cn(k):
    return CN[k - 1] if k <= 10 else str(k)


# --------------------------------------------------------------------------------------------
# Layout 1: jianzhi — each project as key-value lines


def build_jianzhi(rng, ctx):
    v = cycle(ctx, ["J1", "J2", "J3", "J4", "J5"])
    n = 1 if v == "J4" else rng.randint(2, 4)
    projs = pick_projects(rng, ctx, n, n_lo=4, n_hi=7)
    y, unit = ctx["year"], ctx["unit"]
    title = rng.choice([f"{unit}{y}年度项目支出绩效自评结果公示", f"{unit}关于{y}年度项目绩效自评情况的公示"]) \
        if v != "J4" else f"{unit}{y}年度{projs[0]['name']}绩效自评报告"
    paras, exps, funds = [], [], None
    B = sum(p["budget"] for p in projs)
    E = sum(p["executed"] for p in projs)
    if v == "J1":
        rt, rv = rate_s(E, B, rng.choice(["2", "t"]))
        paras.append(f"根据{ctx['fin']}《关于开展{y}年度部门预算项目绩效自评工作的通知》（{ctx['docno']}）要求，"
                     f"我单位对{y}年度实施的项目开展了绩效自评。本次共对{n}个项目开展自评，涉及预算资金{wan(B)}万元，"
                     f"实际执行{wan(E)}万元，整体执行率{rt}。各项目自评情况如下：")
        funds = {"budget_total": yuan_exp(B), "executed_total": yuan_exp(E), "execution_rate_stated": rv}
        for k, p in enumerate(projs, 1):
            rt, rv = rate_s(p["executed"], p["budget"], rng.choice(["2", "t", "1"]))
            paras += [KV(f"{k}.项目名称：{p['name']}"),
                      KV(f"项目类型：{rng.choice(['常年性项目', '一次性项目', '延续性项目'])}"),
                      KV(f"主管部门：{ctx['dept']}"), KV(f"实施单位：{unit}"),
                      KV(f"项目资金：预算数{wan(p['budget'])}万元，执行数{wan(p['executed'])}万元，执行率{rt}")]
            src = f"资金来源：财政拨款{wan(p['fiscal'])}万元"
            if p["other"]:
                src += f"，其他资金{wan(p['other'])}万元"
            paras += [KV(src), KV(f"年度目标：{goal_of(p)}"), KV("绩效指标完成情况：")]
            rows = []
            for i in p["inds"]:
                t, r = clause(rng, i, "{n}，目标值{t}，实际值{a}，得分{s}分", rng.choice(["sym", "sym", "plain"]))
                paras.append(KV(f"{L2_SHORT[i.l2]}指标：{t}"))
                rows.append(r)
            paras += [KV(f"自评得分：{trim(p['total'])}分"), KV(f"自评等级：{p['grade']}")]
            exps.append(pexp(p["name"], p["budget"], p["fiscal"], p["executed"], rv, sat_exp(p, rows), rows))
    elif v == "J2":
        paras.append(f"按照{ctx['fin_short']}统一部署，现将我单位{y}年度项目支出绩效自评情况公开如下（金额单位：万元）。")
        for k, p in enumerate(projs, 1):
            rt, rv = rate_s(p["executed"], p["budget"], rng.choice(["t", "2"]))
            rows, cl = [], []
            for i in p["inds"]:
                tpl = "{n}年初目标{t}、全年完成{a}" if i.numeric and i.kind != "zero" else \
                    ("{n}年初目标{t}、全年发生{a}" if i.kind == "zero" else "{n}年初目标{t}、实际{a}")
                t, r = clause(rng, i, tpl, rng.choice(["sym", "plain", "up"]))
                cl.append(t)
                rows.append(r)
            paras.append(KV(f"（{k}）一、项目名称：{p['name']} 二、项目资金：全年预算{wan(p['budget'], 't')}万，"
                            f"实际支出{wan(p['executed'], 't')}万，资金执行率{rt} 三、绩效目标完成情况：{'；'.join(cl)} "
                            f"四、自评结论：自评得分{trim(p['total'])}分，等级为{p['grade']}"))
            exps.append(pexp(p["name"], p["budget"], None, p["executed"], rv, sat_exp(p, rows), rows))
    elif v == "J3":
        st = rng.choice(["sep", "int"])
        paras.append(f"{y}年度，我单位纳入绩效自评的项目共{n}个，预算资金合计{yuan(B, st)}元，实际支出合计{yuan(E, st)}元。"
                     "现将各项目自评结果逐项公示如下：")
        funds = {"budget_total": yuan_exp(B), "executed_total": yuan_exp(E), "execution_rate_stated": None}
        for k, p in enumerate(projs, 1):
            rt, rv = rate_s(p["executed"], p["budget"], "2")
            paras += [KV(f"项目{cn(k)}"), KV(f"项目名称：{p['name']}"), KV(f"预算金额：{yuan(p['budget'], st)}元"),
                      KV(f"其中财政资金：{yuan(p['fiscal'], st)}元"), KV(f"实际支出：{yuan(p['executed'], st)}元"),
                      KV(f"执行率：{rt}"), KV("绩效指标：")]
            rows = []
            for j, i in enumerate(p["inds"], 1):
                t, r = clause(rng, i, "{n}；年度目标：{t}；完成值：{a}；分值：{w}；得分：{s}",
                              rng.choice(["sym", "plain"]))
                paras.append(KV(f"指标{j}：{t}"))
                rows.append(r)
            paras.append(KV(f"综合得分：{trim(p['total'])}"))
            exps.append(pexp(p["name"], p["budget"], p["fiscal"], p["executed"], rv, sat_exp(p, rows), rows))
    elif v == "J4":
        p = projs[0]
        rt, rv = rate_s(p["executed"], p["budget"], "2")
        paras += [KV(f"项目名称：{p['name']}"), KV(f"主管部门：{ctx['dept']}　　实施单位：{unit}"),
                  KV(f"项目负责人：{ctx['person']}　　联系电话：{ctx['phone']}"),
                  KV(f"项目起止时间：{y}年1月1日至{y}年12月31日"),
                  KV(f"年初预算数：{wan(p['init'])}万元"), KV(f"全年预算数：{wan(p['budget'])}万元"),
                  KV(f"全年执行数：{wan(p['executed'])}万元"), KV(f"预算执行率：{rt}")]
        line = f"资金构成：财政拨款{wan(p['fiscal'])}万元"
        line += f"，其他资金{wan(p['other'])}万元" if p["other"] else "，其他资金0万元"
        paras += [KV(line), KV(f"年度总体目标：{goal_of(p)}。"),
                  KV(f"全年实际完成情况：项目按计划实施，各项年度任务{'全面' if all(i.met for i in p['inds']) else '基本'}完成。")]
        rows = []
        for i in p["inds"]:
            t, r = clause(rng, i, "{n}：年度指标值{t}；实际完成值{a}；分值{w}；得分{s}", rng.choice(["sym", "plain"]))
            l1 = "满意度指标" if i.kind == "sat" else i.l1
            paras.append(KV(f"{l1}—{i.l2}—{t}"))
            rows.append(r)
        paras += [KV(f"总分：{trim(p['total'])}　　自评等级：{p['grade']}"),
                  KV(f"偏差原因及改进措施：{rng.choice(REASONS) if any(not i.full for i in p['inds']) else '无'}。")]
        fiscal = p["fiscal"]
        exps.append(pexp(p["name"], p["budget"], fiscal, p["executed"], rv, sat_exp(p, rows), rows))
    else:  # J5: half-width colons, several keys on a line
        paras.append(f"{unit}{y}年度项目绩效自评结果如下：")
        for k, p in enumerate(projs, 1):
            rt, rv = rate_s(p["executed"], p["budget"], rng.choice(["2", "t", "0"]))
            paras.append(KV(f"项目名称:{p['name']}  预算:{wan(p['budget'])}万元  执行:{wan(p['executed'])}万元  执行率:{rt}"))
            rows, cl = [], []
            for i in p["inds"]:
                t, r = clause(rng, i, "{n}:{t}/实际{a}", rng.choice(["sym", "sym", "up"]))
                cl.append(f"{L2_SHORT[i.l2]}—{t}")
                rows.append(r)
            paras.append(KV("绩效指标:" + "；".join(cl)))
            paras.append(KV(f"自评分:{trim(p['total'])}  等级:{p['grade']}"))
            exps.append(pexp(p["name"], p["budget"], None, p["executed"], rv, sat_exp(p, rows), rows))
    paras.append(f"存在问题：{rng.choice(PROBLEMS)}。下一步，我单位将{rng.choice(MEASURES)}。")
    return finish(rng, ctx, title, "项目支出自评", paras, exps, funds)


# --------------------------------------------------------------------------------------------
# Layout 2: shouzhi — a 部门整体 report told as 收入 / 支出 and 年初预算 / 调整预算 / 决算


def pct_of(a, b):
    return trim(q2(D(a) * 100 / D(b)))


def dept_money(rng, projs):
    Bb = amount(rng, 1200000, 9000000, 10000)
    Eb = Bb if rng.random() < 0.3 else part_of(rng, Bb, 0.96, 0.999, 10000)
    Bp = sum(p["budget"] for p in projs)
    Ep = sum(p["executed"] for p in projs)
    B, E = Bb + Bp, Eb + Ep
    add = part_of(rng, B, 0.03, 0.15, 10000)
    B0 = B - add if rng.random() < 0.75 else B + add
    Bb0 = Bb - (B - B0) * Bb // B // 10000 * 10000
    Bp0 = B0 - Bb0
    people = Eb * rng.randint(62, 85) // 100 // 10000 * 10000
    staffing = rng.randint(12, 80)
    return {"Bb": Bb, "Eb": Eb, "Bp": Bp, "Ep": Ep, "B": B, "E": E, "B0": B0, "Bb0": Bb0, "Bp0": Bp0,
            "people": people, "public": Eb - people, "n": staffing, "m": staffing - rng.randint(0, 4)}


def dept_funds(m, rate_val):
    return {"budget_total": yuan_exp(m["B"]), "executed_total": yuan_exp(m["E"]), "execution_rate_stated": rate_val}


def dept_indicators(rng, ctx, m, rate_text=None, rate_val=None, scores=False, k=4):
    """Department indicators in clauses: (text, expected row). rate_text/rate_val: the 预算执行率 as stated."""
    cands = []

    def row(name, t, a, w, le):
        ta, aa = D(t), D(a)
        if le:
            s = w if aa <= ta else max(D(0), w - (aa - ta) / 2)
        else:
            s = w if aa >= ta else q2(w * aa / ta)
        s = trim(q2(s))
        return {"name": name, "target": t, "actual": a, "score": s if scores else None}, s

    w = lambda: D(rng.choice([5, 8, 10]))  # noqa: E731
    sc = lambda s: f"，得{s}分" if scores else ""  # noqa: E731
    if rate_val is not None:
        t = rng.choice(["100", "95"])
        r, s = row("预算执行率", t, rate_val, w(), False)
        cands.append((f"部门预算执行率{rate_text}，年度目标值为{'100%' if t == '100' else '≥95%'}{sc(s)}", r))
    c = pct_of(m["m"], m["n"])
    r, s = row("在职人员控制率", "100", c, w(), True)
    cands.append((rng.choice([f"在职人员控制率=在职人数÷编制数×100%={m['m']}÷{m['n']}×100%={c}%，控制在100%以内{sc(s)}",
                              f"核定编制{m['n']}人，年末实有在职{m['m']}人，在职人员控制率{c}%（目标≤100%）{sc(s)}"]), r))
    x = amount(rng, 20000, 150000, 100)
    y = x if rng.random() < 0.2 else part_of(rng, x, 0.55, 0.99, 100)
    c = pct_of(y, x)
    nm = rng.choice(["“三公”经费控制率", "三公经费控制率"])
    r, s = row(nm, "100", c, w(), True)
    cands.append((f"“三公”经费年初预算{wan(x, '4' if x % 10000 else '2')}万元，实际支出{wan(y, '4' if y % 10000 else '2')}万元，"
                  f"{nm}为{c}%，目标值≤100%{sc(s)}", r))
    x = m["public"] + part_of(rng, m["public"], 0.0, 0.08, 10000)
    c = pct_of(m["public"], x)
    r, s = row("公用经费控制率", "100", c, w(), True)
    cands.append((f"日常公用经费预算{wan(x)}万元，实际支出{wan(m['public'])}万元，公用经费控制率{c}%（≤100%）{sc(s)}", r))
    x = amount(rng, 50000, 600000, 10000)
    y = x if rng.random() < 0.4 else part_of(rng, x, 0.85, 0.999, 10000)
    c = pct_of(y, x)
    t = rng.choice(["90", "95"])
    r, s = row("政府采购执行率", t, c, w(), False)
    cands.append((f"政府采购预算{wan(x)}万元，实际完成采购{wan(y)}万元，政府采购执行率{c}%，目标≥{t}%{sc(s)}", r))
    tasks = rng.randint(6, 20)
    done = tasks if rng.random() < 0.7 else tasks - 1
    c = pct_of(done, tasks)
    r, s = row("重点工作办结率", "100", c, w(), False)
    cands.append((f"全年承担重点工作任务{tasks}项，已办结{done}项，重点工作办结率{c}%（目标100%）{sc(s)}", r))
    u = rng.choice([90, 95])
    c = trim(D(u) + D(rng.randint(0, (100 - u) * 10)) / 10)
    r, s = row("固定资产利用率", str(u), c, w(), False)
    cands.append((f"固定资产利用率达到{c}%，年度目标为≥{u}%{sc(s)}", r))
    wq = w()
    cands.append((f"预决算信息公开性方面，要求按规定时限公开，实际已按规定时限公开{sc(trim(wq))}",
                  {"name": "预决算信息公开性", "target": "按规定时限公开", "actual": "已按规定时限公开",
                   "score": trim(wq) if scores else None}))
    first = cands[:1] if rate_val is not None else []
    rest = cands[len(first):]
    chosen = first + rng.sample(rest, min(k - len(first), len(rest)))
    return chosen


def key_project_text(rng, p, money):
    """A 重点项目 paragraph: its money as given, then its indicators as `名称完成Y（年度目标X）`."""
    rows, cl = [], []
    for i in p["inds"]:
        if i.kind == "sat":
            t, r = clause(rng, i, "{n}为{a}（目标{t}）", "sym")
        elif i.kind == "zero":
            t, r = clause(rng, i, "{n}{a}（年度目标{t}）", rng.choice(["sym", "word"]))
        elif i.numeric:
            t, r = clause(rng, i, rng.choice(["{n}完成{a}（年度目标{t}）", "{n}{a}，年度目标{t}"]),
                          rng.choice(["sym", "word", "plain"]))
        else:
            t, r = clause(rng, i, "{n}年度目标为{t}，实际{a}", "sym")
        cl.append(t)
        rows.append(r)
    return f"{p['name']}：{money}。{'；'.join(cl)}。", rows


def build_shouzhi(rng, ctx):
    v = cycle(ctx, ["S1", "S2", "S3", "S4", "S5"])
    n = rng.randint(3, 6)
    projs = pick_projects(rng, ctx, n, n_lo=4, n_hi=6, with_small=True)
    m = dept_money(rng, projs)
    y, unit = ctx["year"], ctx["unit"]
    title = rng.choice([f"{unit}{y}年度部门整体支出绩效自评报告", f"{y}年度{unit}整体支出绩效评价报告",
                        f"{unit}{y}年度部门整体绩效自评情况"])
    keys = rng.sample(range(min(4, len(projs))), 2)
    paras = [KV("一、部门基本情况"),
             f"{unit}为{ctx['dept']}所属公益一类事业单位，主要{ctx['duty']}等工作。单位核定编制{m['n']}名，"
             f"{y}年末实有在职人员{m['m']}名。"]
    funds = {"budget_total": None, "executed_total": None, "execution_rate_stated": None}
    pe = {k: {} for k in range(len(projs))}   # what the text states of each project
    rate_text = rate_val = None
    scores = v == "S2"
    if v == "S1":
        rate_text, rate_val = rate_s(m["E"], m["B"], rng.choice(["2", "t"]))
        inc_f = m["B"] - part_of(rng, m["B"], 0.0, 0.05, 10000)
        inc_x = amount(rng, 0, 400000, 10000) if rng.random() < 0.5 else 0
        carry = amount(rng, 10000, 600000, 10000)
        inc = inc_f + inc_x
        adj = m["B"] - m["B0"]
        paras += [KV("二、部门收支及预算执行情况"),
                  f"（一）收入情况。{y}年度本单位收入合计{wan(inc)}万元，其中：财政拨款收入{wan(inc_f)}万元"
                  + (f"，事业收入{wan(inc_x)}万元" if inc_x else "") + f"；另有上年结转资金{wan(carry)}万元。",
                  f"（二）预算安排及调整情况。年初预算数{wan(m['B0'])}万元，年中"
                  + (f"追加{wan(adj)}万元" if adj > 0 else f"调减{wan(-adj)}万元") + f"，调整预算数为{wan(m['B'])}万元。",
                  f"（三）支出情况。全年支出决算{wan(m['E'])}万元，占调整预算的{rate_text}。其中基本支出{wan(m['Eb'])}万元，"
                  f"项目支出{wan(m['Ep'])}万元。",
                  f"基本支出{wan(m['Eb'])}万元，主要用于在职人员工资福利{wan(m['people'])}万元和日常运转公用经费"
                  f"{wan(m['public'])}万元，保障了单位正常运转。",
                  f"项目支出{wan(m['Ep'])}万元，主要用于"
                  + "、".join(f"{p['name']} {wan(p['executed'], 't')}万元" for p in projs) + "。"]
        funds = dept_funds(m, rate_val)
        for k, p in enumerate(projs):
            pe[k]["executed"] = p["executed"]
        paras.append(KV("（四）重点项目绩效情况"))
        for k in keys:
            p = projs[k]
            rt, rv = rate_s(p["executed"], p["budget"], rng.choice(["2", "t"]))
            t, rows = key_project_text(rng, p, f"调整预算{wan(p['budget'])}万元，执行{wan(p['executed'])}万元，执行率{rt}")
            paras.append(t)
            pe[k].update(budget=p["budget"], rate=rv, rows=rows)
    elif v == "S2":
        rate_text, rate_val = rate_s(m["E"], m["B"], rng.choice(["2", "t"]))
        carry = m["B"] - m["E"]
        inc = m["B"] + amount(rng, 0, 300000, 10000)
        paras += [KV("二、部门预算及收支情况"),
                  f"{y}年部门预算{wan(m['B'])}万元，全部为财政拨款，其中基本支出预算{wan(m['Bb'])}万元，项目支出预算"
                  f"{wan(m['Bp'])}万元。项目支出预算具体安排为："
                  + "、".join(f"{p['name']} {wan(p['budget'], 't')}万元" for p in projs) + "。",
                  f"本年收入{wan(inc)}万元，本年支出{wan(m['E'])}万元，年末结转结余{wan(carry + inc - m['B'])}万元，"
                  f"预算执行率{rate_text}。"]
        funds = dept_funds(m, rate_val)
        for k, p in enumerate(projs):
            pe[k]["budget"] = p["budget"]
        paras.append(KV("三、重点项目实施情况"))
        for k in keys:
            p = projs[k]
            rt, rv = rate_s(p["executed"], p["budget"], rng.choice(["2", "t", "1"]))
            t, rows = key_project_text(rng, p, f"全年支出{wan(p['executed'])}万元，支出率{rt}")
            paras.append(t)
            pe[k].update(executed=p["executed"], rate=rv, rows=rows)
    elif v == "S3":
        inc_f = m["E"] + amount(rng, 0, 200000, 10000)
        carry = amount(rng, 10000, 500000, 10000)
        inc = inc_f + carry
        paras += [KV("二、部门财政资金收支情况"),
                  f"{y}年度本单位全年收入合计{wan(inc)}万元，其中：财政拨款收入{wan(inc_f)}万元，占{pct_of(inc_f, inc)}%；"
                  f"上年结转结余{wan(carry)}万元，占{pct_of(carry, inc)}%。全年支出合计{wan(m['E'])}万元，其中：基本支出"
                  f"{wan(m['Eb'])}万元，占{pct_of(m['Eb'], m['E'])}%；项目支出{wan(m['Ep'])}万元，占{pct_of(m['Ep'], m['E'])}%。",
                  "项目支出主要用于：" + "；".join(f"{p['name']}{wan(p['executed'])}万元" for p in projs) + "。"]
        funds["executed_total"] = yuan_exp(m["E"])
        for k, p in enumerate(projs):
            pe[k]["executed"] = p["executed"]
        paras.append(KV("三、项目支出绩效情况"))
        for k in keys[:1]:
            p = projs[k]
            t, rows = key_project_text(rng, p, f"全年支出{wan(p['executed'])}万元，资金全部用于项目实施")
            paras.append(t)
            pe[k]["rows"] = rows
    elif v == "S4":
        rate_text, rate_val = rate_s(m["E"], m["B"], "2")
        paras += [KV("二、部门预算执行情况"),
                  f"从预算安排看，{y}年基本支出年初预算{wan(m['Bb0'])}万元，调整预算{wan(m['Bb'])}万元，决算{wan(m['Eb'])}万元；"
                  f"项目支出年初预算{wan(m['Bp0'])}万元，调整预算{wan(m['Bp'])}万元，决算{wan(m['Ep'])}万元。合计年初预算"
                  f"{wan(m['B0'])}万元，调整预算{wan(m['B'])}万元，决算{wan(m['E'])}万元，决算数占调整预算数的{rate_text}。",
                  "项目支出中，" + "，".join(f"{p['name']}调整预算{wan(p['budget'])}万元、决算{wan(p['executed'])}万元"
                                       for p in projs) + "。"]
        funds = dept_funds(m, rate_val)
        for k, p in enumerate(projs):
            pe[k].update(budget=p["budget"], executed=p["executed"])
        paras.append(KV("三、重点项目绩效目标完成情况"))
        for k in keys[:1]:
            p = projs[k]
            rt, rv = rate_s(p["executed"], p["budget"], "2")
            t, rows = key_project_text(rng, p, f"预算执行率{rt}")
            paras.append(t)
            pe[k].update(rate=rv, rows=rows)
    else:  # S5: 元 with separators
        rate_text, rate_val = rate_s(m["E"], m["B"], rng.choice(["2", "t"]))
        inc = m["B"] + amount(rng, 0, 300000, 1)
        paras += [KV("二、部门收支情况"),
                  f"{y}年度部门收入总计{yuan(inc)}元，支出总计{yuan(m['E'])}元。年初预算批复{yuan(m['B0'])}元，经调整后全年预算"
                  f"{yuan(m['B'])}元，全年预算执行率{rate_text}。",
                  f"基本支出{yuan(m['Eb'])}元，其中人员经费{yuan(m['people'])}元、公用经费{yuan(m['public'])}元；项目支出"
                  f"{yuan(m['Ep'])}元，主要用于" + "、".join(f"{p['name']} {yuan(p['executed'])}元" for p in projs) + "。"]
        funds = dept_funds(m, rate_val)
        for k, p in enumerate(projs):
            pe[k]["executed"] = p["executed"]
        paras.append(KV("三、重点项目情况"))
        for k in keys:
            p = projs[k]
            rt, rv = rate_s(p["executed"], p["budget"], "t")
            t, rows = key_project_text(rng, p, f"该项目全年预算{yuan(p['budget'])}元，执行率{rt}")
            paras.append(t)
            pe[k].update(budget=p["budget"], rate=rv, rows=rows)
    dis = dept_indicators(rng, ctx, m, rate_text, rate_val, scores, rng.randint(3, 5))
    paras.append(KV(f"{cn(len([q for q in paras if is_kv(q) and q[1:2] == '、']) + 1)}、部门整体绩效指标完成情况"))
    paras.append("；".join(t for t, _ in dis) + "。")
    paras.append(KV(f"{cn(len([q for q in paras if is_kv(q) and q[1:2] == '、']) + 1)}、存在问题及改进措施"))
    paras.append("一是{}；二是{}。".format(*rng.sample(PROBLEMS, 2)) + f"下一步将{rng.choice(MEASURES)}。")
    exps = []
    for k, p in enumerate(projs):
        s = pe[k]
        rows = s.get("rows", [])
        exps.append(pexp(p["name"], s.get("budget"), None, s.get("executed"), s.get("rate"), sat_exp(p, rows), rows))
    return finish(rng, ctx, title, "部门整体自评", paras, exps, funds, [r for _, r in dis])


# --------------------------------------------------------------------------------------------
# Layout 3: weituo — a third-party evaluation commissioned by the county finance bureau


def rescore(inds, w_out, w_ben, rng):
    """Weights of a third-party scheme: 产出 indicators share w_out, 效益 and 满意度 w_ben; scores again by genlib."""
    outs = [i for i in inds if i.l1 == "产出指标"]
    bens = [i for i in inds if i.l1 != "产出指标"]
    for grp, tot in ((outs, w_out), (bens, w_ben)):
        if not grp:
            continue
        ws = distribute(rng, tot, len(grp), 2)
        for i, w in zip(grp, ws):
            i.weight = str(w)
            i.compute_score(rng)
    if not bens:
        return sum(D(i.score) for i in outs), D(w_ben)
    if not outs:
        return D(w_out), sum(D(i.score) for i in bens)
    return sum(D(i.score) for i in outs), sum(D(i.score) for i in bens)


def build_weituo(rng, ctx):
    v = cycle(ctx, ["W1", "W2", "W3", "W4", "W5"])
    main = KINDS[ctx["key"]][3]
    if v == "W3":
        spec = next(s for s in main if s[4])
    else:
        spec = rng.choice(main)
    p = make_project(rng, spec, gran=100 if v == "W4" else 10000, n_lo=5, n_hi=8)
    y, unit, name = ctx["year"], ctx["unit"], p["name"]
    firm = ctx["prov"] + rng.choice(FIRMS)
    wts = rng.choice([(15, 20, 40, 25), (20, 20, 30, 30), (10, 20, 40, 30)])
    d3, d4 = rescore(p["inds"], wts[2], wts[3], rng)
    d1 = D(wts[0]) - D(rng.choice([0, 1, 1.5, 2]))
    d2 = D(wts[1]) - D(rng.choice([0.5, 1, 2, 3]))
    total = q2(d1 + d2 + d3 + d4)
    grade = grade_of(total)
    title = rng.choice([f"{ctx['cfull']}{y}年度{name}绩效评价报告", f"关于{unit}{y}年{name}的绩效评价报告"])
    paras = [KV(f"委托单位：{ctx['fin']}"), KV(f"项目主管部门：{ctx['dept']}"), KV(f"评价机构：{firm}"),
             KV(f"报告日期：{ctx['date']}")]
    dims = (f"其中：项目决策{trim(d1)}分（满分{wts[0]}分），项目过程{trim(d2)}分（满分{wts[1]}分），"
            f"项目产出{trim(d3)}分（满分{wts[2]}分），项目效益{trim(d4)}分（满分{wts[3]}分）。")
    summary = rng.choice(["一、评价结论", "摘要"])
    h = 1 if summary == "摘要" else 2   # the number of the 项目基本情况 heading
    paras += [KV(summary),
              f"受{ctx['fin']}委托，{firm}于{y + 1}年{rng.randint(2, 4)}月至{rng.randint(5, 7)}月对{unit}实施的{name}开展了"
              f"绩效评价。评价组采用资料核查、现场勘验、问卷调查和座谈访谈相结合的方式，经综合评价，该项目综合得分"
              f"{trim(total)}分，评价等级为“{grade}”。" + (dims if v != "W5" else "")]
    if v == "W5":
        paras += [KV("表1  评价得分情况"), KV("一级指标　分值　得分"), KV(f"决策　{wts[0]}　{trim(d1)}"),
                  KV(f"过程　{wts[1]}　{trim(d2)}"), KV(f"产出　{wts[2]}　{trim(d3)}"), KV(f"效益　{wts[3]}　{trim(d4)}"),
                  KV(f"合计　100　{trim(total)}")]
    paras += [KV(f"{cn(h)}、项目基本情况"), KV("（一）项目概况"),
              f"{name}是{unit}的重点项目，主要用于{p['inds'][0].name}等工作，由{unit}负责组织实施，"
              f"{ctx['dept']}负责监督管理。", KV("（二）资金安排及使用情况")]
    sat_indicator = v in ("W1", "W3", "W5")
    b, e, f = p["budget"], p["executed"], p["fiscal"]
    fiscal = None
    parts = []
    if v == "W1":
        up = part_of(rng, b, 0.5, 0.85, 10000)
        rt, rv = rate_s(e, b, rng.choice(["2", "t"]))
        paras.append(f"该项目{y}年度资金来源为上级补助资金{wan(up)}万元、{ctx['lvl']}级配套资金{wan(b - up)}万元，合计{wan(b)}万元。"
                     f"截至{y}年12月31日，资金全部到位，项目累计支出{wan(e)}万元，资金支出率{rt}，"
                     + (f"结余{wan(b - e)}万元结转下年使用。" if b > e else "无结余。"))
    elif v == "W2":
        total_inv = b + amount(rng, 200000, 3000000, 10000)
        rt, rv = rate_s(e, b, rng.choice(["2", "t", "1"]))
        paras.append(f"项目计划总投资{wan(total_inv)}万元，分年度安排实施。{y}年度安排预算{wan(b)}万元，其中财政资金{wan(f)}万元"
                     + (f"、单位自筹资金{wan(p['other'])}万元" if p["other"] else "") +
                     f"；实际到位{wan(b)}万元，到位率100%；全年实际支出{wan(e)}万元，预算执行率{rt}。")
        fiscal = f
    elif v == "W3":
        n = len(p["parts"])
        shares = [part_of(rng, b, 0.2, 0.45, 10000) for _ in range(n - 1)]
        shares.append(b - sum(shares))
        if shares[-1] <= 0:
            shares = [b // n // 10000 * 10000] * (n - 1)
            shares.append(b - sum(shares))
        rt, rv = rate_s(e, b, "2")
        pe = []
        left = e
        for k, (pn, sh) in enumerate(zip(p["parts"], shares)):
            pspent = sh if k < n - 1 and rng.random() < 0.6 else None
            if k == n - 1:
                pspent = None
            pe.append(pspent)
        paras.append(f"{y}年{name}共{wan(b)}万元，分别用于" + "、".join(f"{pn}{wan(sh)}万元" for pn, sh in zip(p["parts"], shares))
                     + f"。截至评价时点，{name}累计支出{wan(e)}万元，支出率{rt}。")
        got = []
        for pn, sh, pspent in zip(p["parts"], shares, pe):
            if pspent is not None:
                pspent = min(pspent, left)
                left -= pspent
            got.append((pn, sh, pspent))
        said = [f"{pn}已支出{wan(ps)}万元" for pn, sh, ps in got if ps is not None and ps > 0]
        if said:
            paras.append("分项看，" + "，".join(said) + "，其余资金按合同约定进度支付。")
        parts = [pexp(pn, sh, None, ps if ps else None, None, None, []) for pn, sh, ps in got]
    elif v == "W4":
        rt, rv = rate_s(e, b, "2")
        paras.append(f"经核查，该项目{y}年度预算资金{yuan(b)}元，全部为财政资金；实际支出{yuan(e)}元，资金使用率{rt}"
                     + (f"，未使用资金{yuan(b - e)}元已按规定结转。" if b > e else "。"))
        fiscal = b
    else:
        rt, rv = rate_s(e, b, rng.choice(["2", "t"]))
        paras.append(f"项目总预算{wan(b, 't')}万元，年度内执行{wan(e, 't')}万元，执行率{rt}，资金拨付审批手续齐全。")
    paras += [KV(f"{cn(h + 1)}、绩效分析"), KV("（一）项目决策情况"),
              "项目立项符合国家和地方相关政策要求，与部门职能相匹配，绩效目标与实际工作内容具有相关性，"
              f"但部分指标未充分量化，扣{trim(D(wts[0]) - d1)}分。" if d1 < wts[0] else "项目立项依据充分，程序规范，绩效目标明确。",
              KV("（二）项目过程情况"),
              f"资金管理方面，项目资金实行专账核算，支出审批程序规范；组织实施方面，{rng.choice(PROBLEMS)}，扣{trim(D(wts[1]) - d2)}分。",
              KV("（三）项目产出情况")]
    rows = []
    evid = ["查阅项目台账", "现场抽查", "核对验收资料", "查阅支付凭证", "比对系统数据"]
    k = 0
    for i in p["inds"]:
        if i.kind == "sat":
            continue
        if i.l1 != "产出指标" and paras[-1] != KV("（四）项目效益情况"):
            paras.append(KV("（四）项目效益情况"))
        k += 1
        ded = D(i.weight) - D(i.score)
        judge = ("达到目标，不扣分" if ded == 0 else f"未达到目标，按完成比例扣{trim(ded)}分") if i.numeric else \
            ("达到预期" if i.met else f"部分达到预期，扣{trim(ded)}分")
        tpl = rng.choice([
            "（{k}）{n}。绩效目标{t}，评价组通过{ev}核实，实际为{a}，{j}，得{s}分（该项分值{w}分）。",
            "（{k}）关于“{n}”：年初设定{t}，经{ev}确认{verb}{a}，{j}，得{s}分（满分{w}分）。",
        ])
        verb = {"ge": "实际完成", "pct": "实际达到", "zero": "实际发生"}.get(i.kind, "实际为")
        tpl = tpl.replace("{k}", str(k)).replace("{ev}", rng.choice(evid)).replace("{j}", judge).replace("{verb}", verb)
        t, r = clause(rng, i, tpl,
                      rng.choice(["sym", "word", "plain"]))
        paras.append(t)
        rows.append(r)
    if paras[-1] != KV("（四）项目效益情况") and not any(q == KV("（四）项目效益情况") for q in paras):
        paras.append(KV("（四）项目效益情况"))
    s = p["sat"]
    asked = rng.randint(80, 400)
    valid = asked - rng.randint(0, 12)
    if sat_indicator:
        t, r = clause(rng, s, f"评价组共发放问卷{asked}份，收回有效问卷{valid}份，经统计{{n}}为{{a}}，绩效目标{{t}}，"
                              f"得{{s}}分（满分{{w}}分）。", rng.choice(["sym", "up"]))
        rows.append(r)
        sat = r["actual"]
    else:
        t = f"评价组共发放问卷{asked}份，收回有效问卷{valid}份，经统计{s.name}为{s.actual}%。"
        sat = s.actual
    paras.append(t)
    paras += [KV(f"{cn(h + 2)}、存在的主要问题"), "一是{}；二是{}。".format(*rng.sample(PROBLEMS, 2)),
              KV(f"{cn(h + 3)}、有关建议"), "一是{}；二是{}。".format(*rng.sample(MEASURES, 2))]
    exps = [pexp(name, b, fiscal, e, rv, sat, rows)] + parts
    return finish(rng, ctx, title, "第三方评价", paras, exps, None)


# --------------------------------------------------------------------------------------------
# Layout 4: moban — a template's sections answered in order, money in 元


MOBAN_TPL = ["{n}年初设定{t}，年末实际{a}", "{n}设定值{t}、完成值{a}", "{n}原计划{t}，现已完成{a}",
             "{n}要求{t}，实际做到{a}"]
MOBAN_TXT = ["{n}年初设定{t}，年末实际{a}", "{n}设定为{t}，实际{a}"]


def moban_inds(rng, p, scores):
    """（二）绩效目标完成情况: the indicators level by level as 1.产出指标：…；… (score in brackets when stated)."""
    rows, groups = [], {}
    for i in p["inds"]:
        tpl = rng.choice(MOBAN_TPL if i.numeric else MOBAN_TXT) + ("（得分{s}分）" if scores else "")
        if i.kind == "zero":
            tpl = "{n}目标{t}，实际发生{a}" + ("（得分{s}分）" if scores else "")
        t, r = clause(rng, i, tpl, rng.choice(["sym", "word", "up", "plain"]))
        groups.setdefault(i.l1 if i.kind != "sat" else "满意度指标", []).append(t)
        rows.append(r)
    out = []
    for k, (l1, cl) in enumerate(groups.items(), 1):
        out.append(f"{k}.{l1}：" + "；".join(cl) + "。")
    return out, rows


def build_moban(rng, ctx):
    v = cycle(ctx, ["M1", "M2", "M3", "M4", "M5"])
    n = rng.randint(2, 3) if v in ("M2", "M5") else 1
    gran = {"M1": 1, "M2": 1, "M3": 100, "M4": 1, "M5": 100}[v]
    projs = pick_projects(rng, ctx, n, gran=gran, n_lo=4, n_hi=7, full=0.6 if v in ("M1", "M2") else 0.35)
    y, unit = ctx["year"], ctx["unit"]
    title = f"{unit}{y}年度项目支出绩效自评报告" if n > 1 else f"{projs[0]['name']}{y}年度绩效自评报告"
    paras = [f"根据{ctx['fin']}关于开展{y}年度项目支出绩效自评工作的要求，{unit}按照自评报告模板逐项填报，现报告如下。"]
    exps = []
    yst = {"M1": "sep", "M2": "sep", "M3": "int", "M4": "plain", "M5": "int"}[v]
    for k, p in enumerate(projs, 1):
        b, e, f, o, i0 = p["budget"], p["executed"], p["fiscal"], p["other"], p["init"]
        if n > 1:
            paras.append(KV(f"项目{cn(k)}：{p['name']}"))
        style = rng.choice(["cn", "t"]) if v in ("M1", "M2") else rng.choice(["2", "t"])
        rt, rv = rate_s(e, b, style)
        arrive = "到位率百分之百" if v in ("M1", "M2") else "到位率100%"
        fiscal = None
        q_money = rng.choice(["（一）项目资金情况。", "（一）项目资金情况（预算安排、资金到位及使用情况）："])
        if v == "M4":
            adj = b - i0
            money = (f"该项目年初预算{yuan(i0, yst)}元，年中" + (f"追加{yuan(adj, yst)}元" if adj > 0 else
                                                       (f"调减{yuan(-adj, yst)}元" if adj < 0 else "未作调整")) +
                     f"，调整后预算{yuan(b, yst)}元，其中财政资金{yuan(f, yst)}元。资金已全部到位，{arrive}；"
                     f"全年实际支出{yuan(e, yst)}元，预算执行率{rt}。")
            fiscal = f
        elif v == "M3" or v == "M5":
            money = (f"{y}年该项目预算安排{yuan(b, yst)}元，实际支出{yuan(e, yst)}元，余额{yuan(b - e, yst)}元，执行率{rt}。")
        else:
            money = (f"{y}年该项目预算安排资金{yuan(b, yst)}元，其中：财政资金{yuan(f, yst)}元，其他资金{yuan(o, yst)}元；"
                     f"实际到位{yuan(b, yst)}元，{arrive}；全年支出{yuan(e, yst)}元，执行率{rt}。")
            fiscal = f
        paras.append(q_money + money)
        scores = v in ("M3", "M5")
        lines, rows = moban_inds(rng, p, scores)
        paras.append(rng.choice(["（二）绩效目标完成情况。", "（二）绩效目标完成情况（对照年初设定的绩效指标逐项说明）："]))
        paras += lines
        missed = [(i, r) for i, r in zip(p["inds"], rows) if not i.met or (i.score is not None and not i.full)]
        dev = "（三）偏差及原因分析。"
        if missed:
            i, r = missed[0]
            dev += f"“{i.name}”未完全达到年度目标，主要原因是{rng.choice(REASONS)}。"
        else:
            dev += "各项指标均已完成，未发现明显偏差。"
        paras.append(dev)
        paras.append(f"（四）自评结论。综合预算执行和绩效目标完成情况，该项目自评得分{trim(p['total'])}分，自评等级为“{p['grade']}”。")
        paras.append(f"（五）下一步改进措施。{rng.choice(MEASURES)}。")
        exps.append(pexp(p["name"], b, fiscal, e, rv, sat_exp(p, rows), rows))
    return finish(rng, ctx, title, "项目支出自评", paras, exps, None)


# --------------------------------------------------------------------------------------------
# Layout 5: fenduan — one paragraph per project opening with its name, indicators per 二级 level in mixed forms


def fenduan_inds(rng, p):
    """数量指标：…；质量指标：…；时效指标：…；成本指标：…。效益指标：…。满意度指标：… with targets in ≥ / 不少于 / 以上,
    按时, 零事故, 100%完成 and the actual in brackets or after 实际."""
    rows, groups = [], {}
    for i in p["inds"]:
        if i.kind == "zero":
            t, r = clause(rng, i, rng.choice(["{n}{t}，实际发生{a}", "确保{n}{t}（实际{a}）"]), "word")
        elif i.kind == "time":
            if rng.random() < 0.5:
                t, r = clause(rng, i, "{n}{t}，实际{a}", "word")
            else:
                t, r = clause(rng, i, "{n}要求{t}，{a}", "sym")
        elif i.kind == "pct" and i.target == "100" and i.actual == "100":
            t, r = clause(rng, i, "{n}目标{t}，{a}完成", "plain")
        elif i.kind == "qual":
            t, r = clause(rng, i, "{n}{a}（目标：{t}）", "sym")
        elif i.kind == "sat":
            t, r = clause(rng, i, rng.choice(["{n}达{a}（目标{t}）", "{n}{a}，超过{t}的预期" if i.met else
                                              "{n}{a}，略低于{t}的预期"]), rng.choice(["up", "plain"]))
        else:
            t, r = clause(rng, i, rng.choice(["{n}{t}（实际{a}）", "{n}{t}，实际{a}"]),
                          rng.choice(["sym", "word", "up", "low"]))
        key = i.l2 if i.l1 == "产出指标" else ("满意度指标" if i.kind == "sat" else "效益指标")
        groups.setdefault(key, []).append(t)
        rows.append(r)
    out = []
    for l2, cl in groups.items():
        out.append(f"{l2}：" + "，".join(cl))
    return out, rows


def build_fenduan(rng, ctx):
    v = cycle(ctx, ["F1", "F2", "F3", "F4", "F5"])
    n = rng.randint(2, 4)
    projs = pick_projects(rng, ctx, n, n_lo=4, n_hi=7)
    y, unit = ctx["year"], ctx["unit"]
    title = rng.choice([f"{unit}{y}年度项目支出绩效自评报告", f"{unit}{y}年部门项目绩效自评情况报告"])
    B = sum(p["budget"] for p in projs)
    E = sum(p["executed"] for p in projs)
    funds = None
    paras = [KV("一、基本情况")]
    if v in ("F1", "F4"):
        rt, rv = rate_s(E, B, rng.choice(["2", "t"]))
        paras.append(f"{y}年，我单位共实施财政项目{n}个，项目资金总额{wan(B)}万元，全年实际支出{wan(E)}万元，"
                     f"项目资金总体执行率{rt}。")
        funds = {"budget_total": yuan_exp(B), "executed_total": yuan_exp(E), "execution_rate_stated": rv}
    else:
        paras.append(f"{y}年，我单位认真落实预算绩效管理要求，对实施的{n}个财政项目全部开展了绩效自评，"
                     "现将各项目情况分述如下。")
    paras.append(KV("二、各项目绩效目标完成情况"))
    exps = []
    for k, p in enumerate(projs):
        b, e, i0 = p["budget"], p["executed"], p["init"]
        open_ = v if v != "F5" else rng.choice(["F1", "F2", "F3", "F4"])
        fiscal = None
        if open_ == "F1":
            rt, rv = rate_s(e, b, rng.choice(["2", "t"]))
            head = f"【{p['name']}】该项目年初预算{wan(i0)}万元，调整后{wan(b)}万元，当年支出{wan(e)}万元，执行率{rt}。"
        elif open_ == "F2":
            rt, rv = rate_s(e, b, rng.choice(["t", "1", "0"]))
            head = f"“{p['name']}”：安排资金{wan(b, 't')}万元（财政拨款{wan(p['fiscal'], 't')}万元），使用{wan(e, 't')}万元，使用率{rt}。"
            fiscal = p["fiscal"]
        elif open_ == "F3":
            rt, rv = rate_s(e, b, rng.choice(["2", "t"]))
            head = f"{p['name']}，总投入人民币{wan(b)}万元，截至年底已支出{wan(e)}万元，占总投入的{rt}。"
        else:
            rt, rv = rate_s(e, b, rng.choice(["2", "t"]))
            head = f"●{p['name']}：资金规模{wan(b)}万元，全年完成支付{wan(e)}万元，支付进度{rt}。"
        lines, rows = fenduan_inds(rng, p)
        para = head + "；".join(lines) + "。"
        if not all(i.met for i in p["inds"]):
            para += f"未完成的指标主要是{rng.choice(REASONS)}。"
        paras.append(para)
        exps.append(pexp(p["name"], b, fiscal, e, rv, sat_exp(p, rows), rows))
    paras += [KV("三、存在的问题"), f"{rng.choice(PROBLEMS)}。", KV("四、改进措施"), f"{rng.choice(MEASURES)}。"]
    return finish(rng, ctx, title, "项目支出自评", paras, exps, funds)


# --------------------------------------------------------------------------------------------
# Layout 6: fupan — last year's evaluation beside this year's figures; a summary table as lines of text


def last_year(rng, p):
    """Last year's figures of the same project (context only, never expected)."""
    b = part_of(rng, p["budget"], 0.6, 1.3, 10000)
    r = D(rng.randint(5000, 8000)) / 100
    e = int(D(b) * r / 100) // 10000 * 10000
    return {"budget": b, "executed": e, "rate": f"{q2(exact(e, b)):.2f}", "score": trim(D(rng.randint(680, 860)) / 10)}


def fupan_inds(rng, p, last):
    rows, cl = [], []
    for i in p["inds"]:
        if i.numeric and i.kind in ("ge", "pct") and rng.random() < 0.5:
            prev = str(max(1, int(D(i.actual) * D(rng.randint(70, 95)) / 100))) if i.kind == "ge" else \
                trim(max(D(0), D(i.actual) - D(rng.randint(10, 80)) / 10))
            t, r = clause(rng, i, "{n}目标{t}，实际{a}（上年为" + prev + (i.unit or "") + "）", rng.choice(["sym", "word"]))
        elif i.kind == "zero":
            t, r = clause(rng, i, "{n}{t}，全年发生{a}", "word")
        else:
            t, r = clause(rng, i, rng.choice(["{n}目标{t}，实际{a}", "{n}：{t}→{a}"]), rng.choice(["sym", "plain"]))
        cl.append(t)
        rows.append(r)
    return "；".join(cl) + "。", rows


def build_fupan(rng, ctx):
    v = cycle(ctx, ["R1", "R2", "R3", "R4", "R5"])
    n = rng.randint(2, 4)
    projs = pick_projects(rng, ctx, n, n_lo=4, n_hi=6)
    y, unit = ctx["year"], ctx["unit"]
    lasts = [last_year(rng, p) for p in projs]
    title = rng.choice([f"{unit}关于{y - 1}年度绩效评价问题整改及{y}年度绩效自评情况的报告",
                        f"{unit}{y}年度项目支出绩效自评报告（含上年评价结果应用情况）"])
    paras = [f"{ctx['fin']}：" if v != "R4" else f"{ctx['fin']}绩效管理股："]
    exps = []
    rates = [rate_s(p["executed"], p["budget"], rng.choice(["2", "t"])) for p in projs]
    if v in ("R1", "R5"):
        scores_s = "、".join(f"{q['score']}分" for q in lasts)
        paras.append(f"{y}年，{ctx['fin_short']}对我单位{y - 1}年度{n}个项目开展了重点绩效评价，评价得分分别为{scores_s}，"
                     "指出了预算执行进度偏慢、绩效目标不够细化等问题。我单位逐项制定整改措施，现将整改情况及"
                     f"{y}年度自评情况报告如下。")
        paras.append(KV("一、上年评价发现问题的整改情况"))
        for k, (p, q, (rt, rv)) in enumerate(zip(projs, lasts, rates), 1):
            if v == "R1":
                paras.append(f"（{cn(k)}）{p['name']}。上年度该项目预算{wan(q['budget'])}万元，执行{wan(q['executed'])}万元，"
                             f"执行率仅{q['rate']}%，评价等级为“{grade_of(q['score'])}”。整改后，本年度该项目全年预算"
                             f"{wan(p['budget'])}万元，全年执行{wan(p['executed'])}万元，执行率{rt}，较上年提高"
                             f"{trim(q2(D(rv) - D(q['rate'])))}个百分点。")
            else:
                paras.append(f"{cn(k)}是{p['name']}预算执行偏慢的问题（上年执行率{q['rate']}%）。我单位按月调度支付进度，"
                             f"{y}年该项目安排{wan(p['budget'], 't')}万元，已支出{wan(p['executed'], 't')}万元，执行率{rt}。")
        paras.append(KV(f"二、{y}年度绩效目标完成情况"))
        for p, q in zip(projs, lasts):
            t, rows = fupan_inds(rng, p, q)
            paras.append(f"{p['name']}：{t}")
            p["rows"] = rows
    else:
        sep = {"R2": "　", "R3": "  ", "R4": " "}[v]
        if v == "R4":
            paras.append(f"{ctx['fin_short']}对我单位{y - 1}年度项目自评结果开展了再评价，单位自评{lasts[0]['score']}分，"
                         f"财政再评价{trim(D(lasts[0]['score']) - D(rng.randint(10, 60)) / 10)}分，指出自评打分偏宽松。"
                         f"我单位据此规范了{y}年度自评工作，现将结果报告如下。")
        else:
            paras.append(f"{y - 1}年度我单位项目平均执行率为{trim(q2(sum(D(q['rate']) for q in lasts) / n))}%，"
                         f"经{ctx['fin_short']}评价指出后，{y}年度加快了预算执行进度。{y}年度各项目预算执行情况见下表。")
        st = rng.choice(["2", "sep"])
        paras.append(KV(f"一、{y}年度预算执行情况"))
        paras.append(KV(f"表1{sep}{y}年度项目预算执行情况汇总表（单位：万元）" if v != "R4" else "单位：万元"))
        if v == "R3":
            paras.append(KV(sep.join(["序号", "项目名称", f"{y - 1}年执行率", "全年预算", "全年执行", "执行率"])))
        else:
            paras.append(KV(sep.join(["序号", "项目名称", "预算", "执行", "执行率"])))
        for k, (p, q, (rt, rv)) in enumerate(zip(projs, lasts, rates), 1):
            cells = [str(k), p["name"]] + ([q["rate"] + "%"] if v == "R3" else []) + \
                [wan(p["budget"], st), wan(p["executed"], st), rt]
            paras.append(KV(sep.join(cells)))
        B = sum(p["budget"] for p in projs)
        E = sum(p["executed"] for p in projs)
        paras.append(KV(sep.join(["合计", "", wan(B, st), wan(E, st), rate_s(E, B, "2")[0]] if v != "R3" else
                                 ["合计", "", "", wan(B, st), wan(E, st), rate_s(E, B, "2")[0]]).replace(sep + sep, sep)))
        paras.append(KV("二、绩效目标完成情况"))
        for p, q in zip(projs, lasts):
            t, rows = fupan_inds(rng, p, q)
            paras.append(f"{p['name']}：{t}")
            p["rows"] = rows
    paras += [KV("三、结果应用及下一步工作"),
              f"我单位将把绩效评价结果作为{y + 1}年度预算安排的重要依据，{rng.choice(MEASURES)}。"]
    for p, (rt, rv) in zip(projs, rates):
        exps.append(pexp(p["name"], p["budget"], None, p["executed"], rv, sat_exp(p, p["rows"]), p["rows"]))
    return finish(rng, ctx, title, "项目支出自评", paras, exps, None)


BUILDERS = {"jianzhi": build_jianzhi, "shouzhi": build_shouzhi, "weituo": build_weituo, "moban": build_moban,
            "fenduan": build_fenduan, "fupan": build_fupan}


# --------------------------------------------------------------------------------------------
# Checks


def consistency(exp):
    """genlib's self_check with a stated rate allowed to be rounded to one place or a whole percent; names unique; no
    money at or below zero; parts within totals; no indicator stating nothing."""
    problems = []
    rated = {p["name"]: p for p in exp["projects"]}
    for q in self_check(exp):
        name = q.split(": rate ")[0]
        if ": rate " in q and name in rated:
            p = rated[name]
            if rate_ok(p["execution_rate_stated"], int(D(p["executed"]) * 100), int(D(p["budget_total"]) * 100)):
                continue
        if q == "funds rate":
            f = exp["funds"]
            if rate_ok(f["execution_rate_stated"], int(D(f["executed_total"]) * 100), int(D(f["budget_total"]) * 100)):
                continue
        problems.append(q)
    names = [p["name"] for p in exp["projects"]]
    if len(set(names)) != len(names):
        problems.append("project names repeat")
    for p in exp["projects"]:
        for k in ("budget_total", "budget_fiscal", "executed"):
            if p[k] is not None and D(p[k]) <= 0:
                problems.append(f"{p['name']}: {k} {p[k]}")
        if p["execution_rate_stated"] == "100" and p["executed"] != p["budget_total"]:
            problems.append(f"{p['name']}: 100% without all spent")
        for i in p["indicators"]:
            if i["target"] is None and i["actual"] is None and i["score"] is None:
                problems.append(f"{p['name']}: {i['name']} states nothing")
            if i["score"] is not None and D(i["score"]) < 0:
                problems.append(f"{p['name']}: {i['name']} negative score")
        inds = [i["name"] for i in p["indicators"]]
        if len(set(inds)) != len(inds):
            problems.append(f"{p['name']}: indicator names repeat")
    f = exp["funds"]
    if f["budget_total"] is not None:
        if f["executed_total"] is not None and D(f["executed_total"]) > D(f["budget_total"]):
            problems.append("funds: executed above budget")
        budgets = [p["budget_total"] for p in exp["projects"] if p["budget_total"] is not None]
        if sum(D(b) for b in budgets) > D(f["budget_total"]) and exp["kind"] != "第三方评价":
            problems.append("projects above the department total")
    return problems


def main(argv):
    args = parse_args(argv, __doc__, SEED)

    def check(exp, txt):
        extra = [] if 1 <= len(exp["projects"]) <= 6 else [f"{len(exp['projects'])} projects"]
        return consistency(exp) + money_after_names(exp, txt) + extra

    return write_texts_and_check(GEN, args, LAYOUTS, make_ctx, BUILDERS, check)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
