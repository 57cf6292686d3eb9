#!/usr/bin/env python3
"""Generator G: a seventh independent generated corpus of 预算绩效自评报告 with their expected documents.

Usage: generate.py OUT [-n 30] [--seed 20261127]
Writes OUT/<id>.txt, OUT/html/<id>.html and OUT/<id>.expected.json for each report (six layouts cycled:
kongge, gongkai, excel, fenji, shuanglan, jiankong; see README.md), then checks every expected figure and
indicator name against the TXT and the HTML's text and every stated rate against its figures.
Python 3 standard library only; deterministic from --seed (no clock, no hash-order dependence).
"""
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import genlib  # noqa: E402
from genlib import (D, C, Table, Indicator, q2, trim, yuan_exp, fmt_yuan, fmt_wan, rate, fmt_rate,  # noqa: E402
                    amount, part_of, spent, nice_int, distribute, grade_of, ORDER2, table_html, flat_lines,
                    flat_tabs, flat_spaced, dw, html_page, P, H, wrap, TOKEN, paginate, cycle, make_id,
                    expected_doc, project_exp, self_check, new_tally, count_figures, parse_args,
                    write_and_check, SCORED_KINDS, esc)

GEN = "generator-g"
SEED = 20261127
LAYOUTS = ["kongge", "gongkai", "excel", "fenji", "shuanglan", "jiankong"]

# --------------------------------------------------------------------------------------------
# Places: none of them in the other generators' READMEs

PLACES = [
    ("黑龙江", "hl", "桦南县", "huanan", "佳木斯市"), ("吉林", "jl", "汪清县", "wangqing", "延边州"),
    ("辽宁", "ln", "岫岩满族自治县", "xiuyan", "鞍山市"), ("内蒙古", "nm", "扎赉特旗", "zhalaite", "兴安盟"),
    ("山西", "sx", "岢岚县", "kelan", "忻州市"), ("山东", "sd", "沂南县", "yinan", "临沂市"),
    ("江苏", "js", "泗阳县", "siyang", "宿迁市"), ("浙江", "zj", "松阳县", "songyang", "丽水市"),
    ("安徽", "ah", "石台县", "shitai", "池州市"), ("江西", "jx", "铜鼓县", "tonggu", "宜春市"),
    ("福建", "fj", "柘荣县", "zherong", "宁德市"), ("河南", "ha", "卢氏县", "lushi", "三门峡市"),
    ("湖北", "hb", "竹山县", "zhushan", "十堰市"), ("湖南", "hn", "桑植县", "sangzhi", "张家界市"),
    ("广东", "gd", "连山壮族瑶族自治县", "lianshan", "清远市"), ("广西", "gx", "凌云县", "lingyun", "百色市"),
    ("海南", "hi", "白沙黎族自治县", "baisha", "海南省"), ("四川", "sc", "马边彝族自治县", "mabian", "乐山市"),
    ("贵州", "gz", "三都水族自治县", "sandu", "黔南州"), ("云南", "yn", "西盟佤族自治县", "ximeng", "普洱市"),
    ("西藏", "xz", "类乌齐县", "leiwuqi", "昌都市"), ("陕西", "sn", "佛坪县", "foping", "汉中市"),
    ("甘肃", "gs", "两当县", "liangdang", "陇南市"), ("青海", "qh", "门源回族自治县", "menyuan", "海北州"),
    ("宁夏", "nx", "泾源县", "jingyuan", "固原市"), ("新疆", "xj", "温宿县", "wensu", "阿克苏地区"),
    ("重庆", "cq", "城口县", "chengkou", "重庆市"), ("河北", "he", "阜城县", "fucheng", "衡水市"),
    ("湖北", "hb", "五峰土家族自治县", "wufeng", "宜昌市"), ("四川", "sc", "喜德县", "xide", "凉山州"),
]

# --------------------------------------------------------------------------------------------
# Sectors: units none of the other generators' READMEs names, each with its projects and indicators.
# An output row: (二级指标, name, kind, unit, a, b); kind ge: a..b count; pct: target choices; le: a..b cost
# (one decimal); lepct: target; zero: 0; time: deadline. A benefit row: (二级, name, "qual", target, actual)
# or a numeric row like the outputs.


def level_cells(inds):
    """Each indicator with the 一级指标 / 二级指标 cells its row opens: a level's cell on the first row of its
    group, merged over the rows the group spans (none on the others)."""
    n1, n2, s1, s2 = {}, {}, set(), set()
    for i in inds:
        n1[i.l1] = n1.get(i.l1, 0) + 1
        n2[(i.l1, i.l2)] = n2.get((i.l1, i.l2), 0) + 1
    for i in inds:
        cells = []
        if i.l1 not in s1:
            s1.add(i.l1)
            cells.append(C(i.l1, rs=n1[i.l1]))
        if (i.l1, i.l2) not in s2:
            s2.add((i.l1, i.l2))
            cells.append(C(i.l2, rs=n2[(i.l1, i.l2)]))
        yield i, cells

def O(l2, name, kind, unit=None, a=None, b=None):
    return (l2, name, kind, unit, a, b)


SECTORS = [
    dict(key="sj", unit="审计局", py="sjj", subject="被审计单位",
         duty=["依法对本级各部门（含直属单位）预算执行情况、决算草案和其他财政收支情况进行审计监督",
               "组织实施政府投资建设项目审计和领导干部经济责任审计", "指导和监督内部审计工作"],
         func=("201", "一般公共服务支出", "20108", "审计事务", [("2010801", "行政运行", "b"), ("2010804", "审计业务", "p"),
                                                            ("2010806", "审计管理", "p")]),
         projects=[
             ("政府投资项目审计经费", [O("数量指标", "完成政府投资项目审计", "ge", "个", 12, 40),
                                      O("质量指标", "审计发现问题整改率", "pct", None, (85, 90, 95)),
                                      O("成本指标", "单个项目审计成本", "le", "万元", 1.2, 3.5),
                                      O("时效指标", "审计报告按时出具率", "pct", None, (95, 100))],
              [O("经济效益指标", "审减政府投资金额", "ge", "万元", 300, 1800),
               ("社会效益指标", "政府投资项目管理规范程度", "qual", "有所提升", "明显提升")], 60, 240),
             ("经济责任审计专项经费", [O("数量指标", "完成经济责任审计项目", "ge", "个", 6, 18),
                                      O("质量指标", "审计报告复核通过率", "pct", None, (95, 100)),
                                      O("时效指标", "审计项目完成时间", "time")],
              [("社会效益指标", "领导干部履职尽责意识", "qual", "进一步增强", "进一步增强"),
               ("可持续影响指标", "审计整改长效机制", "qual", "逐步健全", "已健全")], 20, 90),
             ("审计信息化建设项目", [O("数量指标", "接入数据分析平台单位数", "ge", "家", 30, 90),
                                    O("质量指标", "系统正常运行率", "pct", None, (95, 98)),
                                    O("成本指标", "系统建设成本", "le", "万元", 40, 90)],
              [("社会效益指标", "大数据审计覆盖面", "qual", "有所扩大", "有效扩大"),
               ("可持续影响指标", "系统持续使用年限", "ge", "年", 5, 8)], 50, 150),
             ("聘请中介机构参与审计经费", [O("数量指标", "购买审计服务项目数", "ge", "项", 8, 30),
                                          O("质量指标", "中介机构审计质量考核合格率", "pct", None, (90, 95, 100)),
                                          O("成本指标", "单项购买服务成本", "le", "万元", 2.0, 6.0)],
              [O("经济效益指标", "核减工程结算金额", "ge", "万元", 150, 900),
               ("社会效益指标", "审计监督作用", "qual", "有效发挥", "有效发挥")], 30, 160),
         ]),
    dict(key="tj", unit="统计局", py="tjj", subject="调查对象",
         duty=["组织实施全县统计调查和普查工作", "收集、汇总、整理和提供全县国民经济和社会发展统计资料",
               "依法查处统计违法行为，监督检查统计法律法规的实施"],
         func=("201", "一般公共服务支出", "20105", "统计信息事务", [("2010501", "行政运行", "b"),
                                                                ("2010505", "专项统计业务", "p"), ("2010507", "专项普查活动", "p")]),
         projects=[
             ("第五次全国经济普查经费", [O("数量指标", "清查普查对象", "ge", "家", 1800, 6500),
                                        O("数量指标", "培训普查员和普查指导员", "ge", "人次", 120, 460),
                                        O("质量指标", "普查数据质量抽查合格率", "pct", None, (95, 98)),
                                        O("时效指标", "普查数据上报时间", "time")],
              [("社会效益指标", "普查成果服务决策能力", "qual", "有所提升", "明显提升"),
               ("可持续影响指标", "普查基础数据库", "qual", "建立完善", "已建立")], 40, 200),
             ("城乡住户收支调查经费", [O("数量指标", "调查记账户数", "ge", "户", 120, 420),
                                      O("质量指标", "记账数据审核通过率", "pct", None, (95, 98)),
                                      O("成本指标", "记账户补贴标准", "le", "元/户/月", 50, 100)],
              [("社会效益指标", "居民收支数据代表性", "qual", "进一步增强", "进一步增强")], 15, 60),
             ("统计执法检查经费", [O("数量指标", "开展统计执法检查单位", "ge", "家", 30, 90),
                                  O("质量指标", "统计违法案件查处率", "pct", None, (100,)),
                                  O("数量指标", "统计法治宣传活动", "ge", "场", 4, 12)],
              [("社会效益指标", "统计数据真实性", "qual", "有所提升", "明显提升"),
               O("社会效益指标", "企业统计法律知晓率", "pct", None, (85, 90))], 8, 30),
             ("统计年鉴编印及数据发布经费", [O("数量指标", "编印统计年鉴", "ge", "册", 200, 800),
                                            O("数量指标", "发布统计分析报告", "ge", "篇", 12, 40),
                                            O("时效指标", "统计数据按期发布率", "pct", None, (100,))],
              [("社会效益指标", "统计数据社会利用率", "qual", "逐步提高", "有效提高")], 10, 40),
         ]),
    dict(key="da", unit="档案馆", py="dag", subject="查档群众",
         duty=["负责接收、征集、整理、保管本县重要档案资料", "负责馆藏档案的数字化和开发利用",
               "负责地方志和年鉴的编纂工作"],
         func=("201", "一般公共服务支出", "20126", "档案事务", [("2012601", "行政运行", "b"), ("2012604", "档案馆", "p")]),
         projects=[
             ("馆藏档案数字化加工项目", [O("数量指标", "档案数字化加工页数", "ge", "万页", 20, 120),
                                        O("质量指标", "数字化成果质量合格率", "pct", None, (98, 99)),
                                        O("成本指标", "单页加工成本", "le", "元/页", 0.3, 0.9)],
              [("社会效益指标", "档案查阅利用效率", "qual", "明显提高", "明显提高"),
               O("可持续影响指标", "数字档案长期保存年限", "ge", "年", 30, 50)], 30, 160),
             ("档案馆库房设施维护经费", [O("数量指标", "维护库房面积", "ge", "平方米", 800, 3600),
                                        O("质量指标", "库房温湿度达标率", "pct", None, (90, 95)),
                                        O("质量指标", "档案安全事故", "zero", "起")],
              [("可持续影响指标", "馆藏档案安全保管", "qual", "安全", "安全")], 10, 50),
             ("馆藏档案抢救修复经费", [O("数量指标", "抢救修复破损档案", "ge", "卷", 300, 2400),
                                      O("质量指标", "修复档案验收合格率", "pct", None, (95, 100))],
              [("社会效益指标", "珍贵历史档案保护水平", "qual", "有所提升", "有效提升")], 8, 45),
             ("地方志及年鉴编纂经费", [O("数量指标", "编纂综合年鉴", "ge", "册", 300, 1000),
                                      O("数量指标", "年鉴收录字数", "ge", "万字", 60, 160),
                                      O("时效指标", "年鉴出版时间", "time")],
              [("社会效益指标", "存史资政育人作用", "qual", "有效发挥", "有效发挥")], 15, 70),
         ]),
    dict(key="gx", unit="供销合作社联合社", py="gxs", subject="服务农户",
         duty=["负责全县供销合作社的发展规划和业务指导", "组织农业生产资料和农副产品流通",
               "推进农村综合服务体系和再生资源回收体系建设"],
         func=("216", "商业服务业等支出", "21602", "商业流通事务", [("2160201", "行政运行", "b"),
                                                               ("2160299", "其他商业流通事务支出", "p")]),
         projects=[
             ("基层供销社改造提升项目", [O("数量指标", "改造提升基层供销社", "ge", "个", 3, 12),
                                        O("质量指标", "改造项目验收合格率", "pct", None, (100,)),
                                        O("成本指标", "单个网点改造补助", "le", "万元", 8, 25)],
              [O("经济效益指标", "带动基层社经营收入增长", "ge", "万元", 80, 400),
               ("社会效益指标", "为农服务能力", "qual", "有所提升", "明显提升")], 40, 220),
             ("化肥农药商业储备补贴", [O("数量指标", "储备化肥", "ge", "吨", 800, 4000),
                                      O("质量指标", "储备任务完成率", "pct", None, (100,)),
                                      O("时效指标", "储备投放及时率", "pct", None, (95, 100))],
              [("社会效益指标", "春耕农资供应保障", "qual", "平稳有序", "平稳有序"),
               O("社会效益指标", "农资价格异常波动次数", "zero", "次")], 30, 120),
             ("农村综合服务社建设项目", [O("数量指标", "新建农村综合服务社", "ge", "个", 6, 20),
                                        O("数量指标", "覆盖服务农户", "ge", "户", 2000, 9000),
                                        O("时效指标", "项目建设完成时间", "time")],
              [("社会效益指标", "农民生产生活便利程度", "qual", "有效提高", "有效提高")], 25, 110),
             ("再生资源回收网络建设补助", [O("数量指标", "建设再生资源回收站点", "ge", "个", 10, 40),
                                          O("数量指标", "年回收再生资源", "ge", "吨", 600, 3000)],
              [("生态效益指标", "农村人居环境", "qual", "有所改善", "明显改善"),
               O("生态效益指标", "废旧农膜回收率", "pct", None, (80, 85))], 20, 90),
         ]),
    dict(key="rf", unit="人民防空办公室", py="rfb", subject="社区群众",
         duty=["贯彻执行人民防空法律法规和方针政策", "负责人防工程建设和维护管理",
               "负责人防警报通信建设和人防宣传教育"],
         func=("203", "国防支出", "20306", "国防动员", [("2030601", "兵役征集", "p"), ("2030603", "人民防空", "p"),
                                                      ("2030699", "其他国防动员支出", "b")]),
         projects=[
             ("人防警报设施维护经费", [O("数量指标", "维护防空警报器", "ge", "台", 12, 40),
                                      O("质量指标", "警报器完好率", "pct", None, (95, 98)),
                                      O("质量指标", "试鸣音响覆盖率", "pct", None, (90, 95))],
              [("社会效益指标", "群众防空意识", "qual", "有所增强", "明显增强")], 10, 45),
             ("人防工程维护管理经费", [O("数量指标", "维护人防工程面积", "ge", "平方米", 5000, 30000),
                                      O("质量指标", "人防工程完好率", "pct", None, (90, 95)),
                                      O("成本指标", "每平方米维护成本", "le", "元", 6, 15)],
              [("可持续影响指标", "人防工程战备效能", "qual", "持续保持", "持续保持")], 20, 80),
             ("人民防空宣传教育经费", [O("数量指标", "开展防空防灾宣传活动", "ge", "场", 8, 24),
                                      O("数量指标", "受教育群众", "ge", "人次", 3000, 15000),
                                      O("数量指标", "中小学人防知识课堂", "ge", "节", 20, 60)],
              [O("社会效益指标", "人防知识知晓率", "pct", None, (80, 85))], 6, 30),
             ("防空疏散演练经费", [O("数量指标", "组织疏散演练", "ge", "次", 2, 6),
                                  O("数量指标", "参演人员", "ge", "人", 400, 2000),
                                  O("质量指标", "演练安全事故", "zero", "起")],
              [("社会效益指标", "应急疏散能力", "qual", "有所提升", "有效提升")], 8, 40),
         ]),
    dict(key="xf", unit="信访局", py="xfj", subject="信访群众",
         duty=["受理群众来信来访，协调处理重要信访问题", "督查督办信访事项的办理",
               "分析研究信访信息，向县委县政府提出建议"],
         func=("201", "一般公共服务支出", "20103", "政府办公厅（室）及相关机构事务",
               [("2010301", "行政运行", "b"), ("2010308", "信访事务", "p")]),
         projects=[
             ("信访积案化解专项经费", [O("数量指标", "化解信访积案", "ge", "件", 15, 60),
                                      O("质量指标", "积案化解率", "pct", None, (85, 90)),
                                      O("成本指标", "件均化解成本", "le", "万元", 0.5, 2.0)],
              [("社会效益指标", "社会和谐稳定", "qual", "持续巩固", "持续巩固"),
               O("社会效益指标", "重复信访率", "lepct", None, (5, 8))], 20, 90),
             ("人民来访接待中心运行经费", [O("数量指标", "接待群众来访", "ge", "批次", 300, 1200),
                                          O("质量指标", "信访事项按期受理率", "pct", None, (98, 100)),
                                          O("时效指标", "初信初访按期办结率", "pct", None, (90, 95))],
              [("社会效益指标", "群众诉求表达渠道", "qual", "畅通", "畅通")], 15, 60),
             ("信访信息系统运行维护经费", [O("数量指标", "网上信访事项办理", "ge", "件", 400, 1600),
                                          O("质量指标", "系统正常运行率", "pct", None, (98, 99))],
              [("可持续影响指标", "信访工作信息化水平", "qual", "逐步提高", "有效提高")], 8, 35),
             ("特殊疑难信访问题救助资金", [O("数量指标", "救助困难信访群众", "ge", "人", 20, 80),
                                          O("成本指标", "人均救助标准", "le", "元", 3000, 8000),
                                          O("时效指标", "救助资金发放及时率", "pct", None, (100,))],
              [("社会效益指标", "困难信访群众基本生活", "qual", "得到保障", "得到保障")], 20, 70),
         ]),
    dict(key="fl", unit="妇女联合会", py="fl", subject="受益妇女",
         duty=["团结动员全县妇女参与经济社会发展", "维护妇女儿童合法权益", "指导基层妇联组织建设"],
         func=("201", "一般公共服务支出", "20129", "群众团体事务", [("2012901", "行政运行", "b"),
                                                               ("2012902", "一般行政管理事务", "p"), ("2012999", "其他群众团体事务支出", "p")]),
         projects=[
             ("农村妇女“两癌”免费检查项目", [O("数量指标", "完成“两癌”检查人数", "ge", "人", 2000, 9000),
                                           O("质量指标", "检查覆盖率", "pct", None, (85, 90)),
                                           O("成本指标", "人均检查费用", "le", "元", 120, 260)],
              [("社会效益指标", "妇女健康意识", "qual", "有所提高", "明显提高"),
               O("社会效益指标", "早诊早治率", "pct", None, (80, 85))], 40, 200),
             ("巾帼家政服务技能培训经费", [O("数量指标", "培训农村妇女", "ge", "人次", 200, 900),
                                          O("质量指标", "培训合格率", "pct", None, (90, 95)),
                                          O("数量指标", "开设培训班", "ge", "期", 4, 14)],
              [O("经济效益指标", "培训后实现就业人数", "ge", "人", 80, 300)], 10, 50),
             ("困难妇女儿童救助资金", [O("数量指标", "救助困难妇女儿童", "ge", "人", 60, 300),
                                      O("时效指标", "救助资金发放及时率", "pct", None, (100,)),
                                      O("成本指标", "人均救助金额", "le", "元", 800, 2000)],
              [("社会效益指标", "困难妇女儿童生活状况", "qual", "有所改善", "有效改善")], 10, 45),
             ("家庭教育指导服务经费", [O("数量指标", "举办家庭教育讲座", "ge", "场", 12, 40),
                                      O("数量指标", "受益家庭", "ge", "户", 1500, 6000),
                                      O("时效指标", "服务活动完成时间", "time")],
              [("社会效益指标", "家长科学育儿水平", "qual", "逐步提高", "有效提高")], 8, 35),
         ]),
]

COMMON_OUT = [O("质量指标", "资金使用合规率", "pct", None, (100,)), O("时效指标", "资金拨付及时率", "pct", None, (95, 100)),
              O("时效指标", "项目完成时间", "time")]
COMMON_BEN = [("可持续影响指标", "长效管理机制", "qual", "逐步健全", "已建立"),
              O("社会效益指标", "政策知晓率", "pct", None, (85, 90))]
SAT_NAMES = {"sj": "被审计单位满意度", "tj": "调查对象满意度", "da": "查档群众满意度", "gx": "服务农户满意度",
             "rf": "社区群众满意度", "xf": "信访群众满意度", "fl": "受益妇女满意度"}

# --------------------------------------------------------------------------------------------
# Indicators and projects


class Ind(Indicator):
    """An indicator with how the reports write its target (sign or words) and its actual."""

    def tgt(self, words=False):
        k, u, t = self.kind, self.unit or "", self.target
        if k in ("time", "qual"):
            return t
        if k == "zero":
            return f"=0{u}" if not words else f"0{u}"
        if k in ("le", "lepct"):
            return f"≤{t}{u}" if not words else f"不超过{t}{u}"
        if words:
            return f"达到{t}{u}" if t == "100" else (f"不低于{t}{u}" if u == "%" else f"不少于{t}{u}")
        return f"≥{t}{u}"

    def act_s(self):
        return f"{self.actual}{self.unit or ''}" if self.numeric else self.actual

    def exp(self, score=True):
        return {"name": self.name, "target": self.target, "actual": self.actual,
                "score": self.score if score else None}

    def reason(self):
        if self.score is None or D(self.score) >= D(self.weight):
            return ""
        return "受客观因素影响未完全达到年度目标，下一步将加强统筹调度"


def make_ind(rng, row, l1, year):
    if row[2] == "qual":
        l2, name, _, t, a = row
        met = rng.random() > 0.15
        return Ind(l1, l2, name, "qual", None, t, a if met else "基本达到", met)
    l2, name, kind, unit, a, b = row
    if kind == "ge":
        t = nice_int(rng, a, b)
        if rng.random() < 0.8:
            act = t + rng.randint(0, max(1, t // 12))
        else:
            act = max(1, int(t * rng.uniform(0.86, 0.98)))
            act = min(act, t - 1) if t > 1 else t
        return Ind(l1, l2, name, "ge", unit, str(t), str(act))
    if kind == "pct":
        t = rng.choice(a)
        if rng.random() < 0.82:
            act = D(100) if t == 100 else D(rng.randint(t * 10, 1000)) / 10
        else:
            act = D(t * 10 - rng.randint(4, 35)) / 10
        return Ind(l1, l2, name, "pct", "%", str(t), trim(act))
    if kind == "lepct":
        t = rng.choice(a)
        act = D(rng.randint(5, t * 10 - 1)) / 10
        return Ind(l1, l2, name, "lepct", "%", str(t), trim(act))
    if kind == "le":
        t = D(rng.randint(int(a * 10), int(b * 10))) / 10
        if rng.random() < 0.85:
            act = q2(t * D(rng.randint(80, 100)) / 100)
        else:
            act = q2(t * D(rng.randint(102, 115)) / 100)
        return Ind(l1, l2, name, "le", unit, trim(t), trim(act))
    if kind == "zero":
        return Ind(l1, l2, name, "zero", unit, "0", "0")
    if kind == "time":
        t = rng.choice([f"{year}年12月31日前", f"{year}年11月30日前", "12月底前"])
        return Ind(l1, l2, name, "time", None, t, rng.choice(["按期完成", "已按期完成"]))
    raise ValueError(kind)


def make_sat(rng, name):
    t = rng.choice([85, 90, 95])
    act = D(rng.randint(t * 10, 995)) / 10 if rng.random() < 0.88 else D(t * 10 - rng.randint(5, 30)) / 10
    return Ind("满意度指标", "服务对象满意度指标", name, "sat", "%", str(t), trim(act))


class Project:
    pass


def split_exec(parts, executed, gran):
    """executed spread over the parts (budgets), each within its part, multiples of gran."""
    total = sum(parts)
    out, left = [], executed
    for i, p in enumerate(parts):
        if i == len(parts) - 1:
            out.append(left)
        else:
            e = min(p, executed * p // total // gran * gran)
            out.append(e)
            left -= e
    i = len(parts) - 1
    while out[i] > parts[i]:
        extra = out[i] - parts[i]
        out[i] = parts[i]
        for j in range(len(parts) - 1, -1, -1):
            room = parts[j] - out[j]
            if room > 0:
                take = min(room, extra)
                out[j] += take
                extra -= take
            if not extra:
                break
        assert not extra
    assert sum(out) == executed and all(0 <= e <= p for e, p in zip(out, parts))
    return out


def make_project(rng, ctx, spec, gran, sat_name, other_share=0.25, n_out=(3, 6)):
    name, outs, bens, lo, hi = spec
    y = ctx["year"]
    p = Project()
    p.name = name if rng.random() < 0.7 else f"{y}年{name}"
    p.budget = amount(rng, lo * 10000, hi * 10000, gran)
    p.init = p.budget if rng.random() < 0.5 else part_of(rng, p.budget, 0.7, 0.97, gran)
    p.other = part_of(rng, p.budget, 0.05, 0.3, gran) if rng.random() < other_share else 0
    p.fiscal = p.budget - p.other
    p.executed = spent(rng, p.budget, gran, full=0.3, lo=0.82, hi=0.995)
    p.fiscal_exec, p.other_exec = split_exec([p.fiscal, p.other], p.executed, gran) if p.other else (p.executed, 0)
    p.rate = rate(p.executed, p.budget)
    p.exec_score = trim(q2(min(p.rate, D(100)) / 10))
    outs = list(outs)
    names = {o[1] for o in outs}
    extra = [c for c in COMMON_OUT if c[1] not in names]
    rng.shuffle(extra)
    want = rng.randint(*n_out)
    while len(outs) < want and extra:
        outs.append(extra.pop())
    bens = list(bens)
    if len(bens) < 2 and rng.random() < 0.6:
        bens.append(rng.choice(COMMON_BEN))
    inds = [make_ind(rng, o, "产出指标", y) for o in outs] + [make_ind(rng, b, "效益指标", y) for b in bens]
    inds.sort(key=lambda i: (i.l1 != "产出指标", ORDER2.get(i.l2, 9)))
    inds.append(make_sat(rng, sat_name))
    for group, total in (("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)):
        g = [i for i in inds if i.l1 == group]
        for i, w in zip(g, distribute(rng, total, len(g), 3)):
            i.weight = str(w)
    for i in inds:
        i.compute_score(rng)
    p.inds = inds
    p.sat = inds[-1].actual
    p.total = trim(D(p.exec_score) + sum(D(i.score) for i in inds))
    p.grade = grade_of(p.total)
    p.goal = f"按计划完成{name}年度任务，{inds[0].name}{inds[0].tgt(True)}，资金使用规范、安全、有效"
    p.done = f"已完成{name}年度主要任务，{inds[0].name}{inds[0].act_s()}，资金按规定使用"
    return p


# --------------------------------------------------------------------------------------------
# Money as each report writes it

GRAN = {"w2": 10000, "w4": 100, "y": 1, "yc": 1}
UNIT_WORD = {"w2": "万元", "w4": "万元", "y": "元", "yc": "元"}


def money(fen, style):
    if style == "w2":
        return fmt_wan(fen, 2)
    if style == "w4":
        return fmt_wan(fen, 4)
    if style == "yc":
        return fmt_yuan(fen)
    return fmt_yuan(fen, sep=None)


def gran_of(rng, style):
    g = GRAN[style]
    if g == 1:
        return rng.choice([1, 100, 100, 1000])
    return g


def exp_project(p, fiscal=True, rate_s=None, inds=True, score=True, sat=True):
    return project_exp(p.name, p.budget, p.fiscal if fiscal else None, p.executed, rate_s,
                       p.sat if sat else None, [i.exp(score) for i in p.inds] if inds else [])


# --------------------------------------------------------------------------------------------
# Text helpers: spaced labels, wrapping that keeps names whole, -layout tables, CSV


def spaced(s, gap=" "):
    """A label typed or justified with spaces between its characters (分散对齐): 项 目 名 称."""
    return gap.join(s)


def space_cjk(text):
    """Every CJK character apart from its neighbours (a PDF whose glyphs are placed one by one)."""
    out = []
    for line in text.split("\n"):
        toks = TOKEN.findall(line)
        s = ""
        for k, tok in enumerate(toks):
            if tok == " ":
                if not s.endswith(" "):
                    s += " "
                continue
            if s and not s.endswith(" "):
                s += " "
            s += tok
        out.append(s.rstrip())
    return "\n".join(out)


def wrap_keep(text, width, keep=(), indent=""):
    """Wrap at width display columns; figures and the strings in keep (names, text values) never broken."""
    keep = sorted({k for k in keep if k}, key=len, reverse=True)
    pat = "|".join(re.escape(k) for k in keep)
    token = re.compile((pat + "|" if pat else "") + TOKEN.pattern, re.S)
    return wrap(text, width, indent, token=token)


NUMLIKE = re.compile(r"^[\d,.%≥≤=＝<>\-—/ ]+$")


def flat_layout(t, gap=3, maxw=30, mid=True, keep=(), lead=0):
    """A table as `pdftotext -layout` gives it: columns padded with spaces, figures right-aligned, a label
    spanning rows on its middle (or first) row, a long cell wrapped inside its column."""
    placed, occ, ncols = t.grid()
    cells = {}
    for r, items in enumerate(placed):
        for c, cl in items:
            segs = []
            for seg in cl.text.split("\n"):
                if cl.rs == 1 and dw(seg) > maxw:
                    segs += wrap_keep(seg, maxw, keep)
                else:
                    segs.append(seg)
            cells[(r, c)] = (cl, segs if cl.rs == 1 else ["".join(segs)])
    width = [0] * ncols
    for (r, c), (cl, segs) in cells.items():
        if cl.cs == 1:
            width[c] = max(width[c], max(dw(s) for s in segs))
    for (r, c), (cl, segs) in cells.items():
        if cl.cs > 1:
            need = max(dw(s) for s in segs)
            have = sum(width[c:c + cl.cs]) + gap * (cl.cs - 1)
            if need > have:
                width[c + cl.cs - 1] += need - have
    out = []
    for r in range(len(t.rows)):
        h = max([len(segs) for (rr, c), (cl, segs) in cells.items() if rr == r and cl.rs == 1] + [1])
        for k in range(h):
            line, c = " " * lead, 0
            while c < ncols:
                r0, c0 = occ[(r, c)]
                cl, segs = cells[(r0, c0)]
                w = sum(width[c0:c0 + cl.cs]) + gap * (cl.cs - 1)
                show = r0 + ((cl.rs - 1) // 2 if mid else 0)
                s = segs[k] if (r == show and k < len(segs)) else ""
                pad = w - dw(s)
                line += (" " * pad + s) if NUMLIKE.match(s or "x") else (s + " " * pad)
                line += " " * gap
                c = c0 + cl.cs
            out.append(line.rstrip())
    return "\n".join(out)


def flat_sep(t, sep=",", fill=True, quote_all=False):
    """A table as CSV (sep ",") or as Excel copies it (sep tab): every row the full width; fill: a merged
    area's value repeated in each cell it covers (else empty); cells with the separator, quotes or line
    breaks quoted (every cell when quote_all, as a system's export does)."""
    placed, occ, ncols = t.grid()
    origin = {}
    for r, items in enumerate(placed):
        for c, cl in items:
            origin[(r, c)] = cl
    out = []
    for r in range(len(t.rows)):
        vals = []
        for c in range(ncols):
            r0, c0 = occ[(r, c)]
            cl = origin[(r0, c0)]
            v = cl.text if (fill or (r0, c0) == (r, c)) else ""
            if sep in v or '"' in v or "\n" in v or quote_all:
                v = '"' + v.replace('"', '""') + '"'
            vals.append(v)
        out.append(sep.join(vals))
    return "\n".join(out)


def space_glyphs(text):
    """A space between neighbouring characters unless both belong to a figure (98.50%, ≥95%, 2024): the text
    of a PDF whose glyphs are placed one by one (an OCR text layer, character-spaced headings)."""
    asc = re.compile(r"[0-9A-Za-z.,%\-/:+~()≥≤=<>]")
    out = []
    for line in text.split("\n"):
        s = ""
        for ch in line:
            if s and not s[-1].isspace() and not ch.isspace() and not (asc.match(s[-1]) and asc.match(ch)):
                s += " "
            s += ch
        out.append(s)
    return "\n".join(out)


def flat_cells_wrapped(t, widths, blank=False):
    """`pdftotext` without -layout of a table with narrow columns: every cell on lines of its own, a long
    cell broken where its column ends (mid-word: 资金使用合规 / 率), figures never broken."""
    placed, occ, ncols = t.grid()
    out = []
    for items in placed:
        for c, cl in items:
            w = sum(widths[c:c + cl.cs]) + 2 * (cl.cs - 1)
            for seg in cl.text.split("\n"):
                out.extend(x.strip() for x in wrap(seg, w))
            if blank:
                out.append("")
    return "\n".join(out)


def self_form(p, ctx, ms, rs, lab=lambda s: s, words=False, rows3=True):
    """The 项目支出绩效自评表 (9 columns): name, departments, funds, goals, indicators, 总分."""
    uw = UNIT_WORD[ms]
    pct = lambda b, e: fmt_rate(rate(e, b), rs) + "%" if b else "—"
    t = Table()
    t.row(C(lab("项目名称"), cs=2), C(p.name, cs=7))
    t.row(C(lab("主管部门"), cs=2), C(ctx["unit"], cs=3), C(lab("实施单位")), C(ctx["unit"], cs=3))
    ini_o = p.other if p.other < p.init else 0
    funds = [("年度资金总额", p.init, p.budget, p.executed, "10", pct(p.budget, p.executed), p.exec_score),
             ("其中：当年财政拨款", p.init - ini_o, p.fiscal, p.fiscal_exec, "—", pct(p.fiscal, p.fiscal_exec), "—")]
    if rows3:
        funds.append(("上年结转资金", 0, 0, 0, "—", "—", "—"))
    funds.append(("其他资金", ini_o, p.other, p.other_exec, "—", pct(p.other, p.other_exec), "—"))
    t.row(C(lab("项目资金") + f"\n（{uw}）", rs=len(funds) + 1), C("", cs=2), lab("年初预算数"), lab("全年预算数"),
          lab("全年执行数"), lab("分值"), lab("执行率"), lab("得分"))
    for name, a, b, e, w, r, s in funds:
        t.row(C(name, cs=2), money(a, ms), money(b, ms), money(e, ms), w, r, s)
    t.row(C(lab("年度总体目标"), rs=2), C(lab("预期目标"), cs=4), C(lab("实际完成情况"), cs=4))
    t.row(C(p.goal, cs=4), C(p.done, cs=4))
    add_indicator_rows(t, p.inds, lab, words, label=lab("绩效指标"))
    t.row(C(lab("总分"), cs=6), "100", p.total, f"自评等级：{p.grade}")
    return t


def add_indicator_rows(t, inds, lab, words, label=None, extra=None):
    """一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 rows, levels merged; label: a first
    column spanning them all; extra(i): cells put between the target and the actual."""
    head = [lab("一级指标"), lab("二级指标"), lab("三级指标"), lab("年度指标值")]
    if extra:
        head += extra(None)
    head += [lab("实际完成值"), lab("分值"), lab("得分"), "偏差原因分析及改进措施"]
    first = [C(label, rs=len(inds) + 1)] if label else []
    t.row(*(first + head))
    n1, n2 = {}, {}
    for i in inds:
        n1[i.l1] = n1.get(i.l1, 0) + 1
        n2[(i.l1, i.l2)] = n2.get((i.l1, i.l2), 0) + 1
    seen1, seen2 = set(), set()
    for i in inds:
        cells = []
        if i.l1 not in seen1:
            seen1.add(i.l1)
            cells.append(C(i.l1, rs=n1[i.l1]))
        if (i.l1, i.l2) not in seen2:
            seen2.add((i.l1, i.l2))
            cells.append(C(i.l2, rs=n2[(i.l1, i.l2)]))
        cells += [i.name, i.tgt(words)]
        if extra:
            cells += extra(i)
        cells += [i.act_s(), i.weight, i.score, i.reason()]
        t.row(*cells)


def webpage(rng, ctx, title, lines, org=None):
    """A government portal's page copied: breadcrumbs, an index block, the article, the footer."""
    org = org or ctx["unit"]
    y = ctx["year"] + 1
    date = f"{y}-{rng.randint(3, 9):02d}-{rng.randint(1, 28):02d}"
    head = [f"{ctx['county']}人民政府", f"当前位置：首页 > 政务公开 > 财政信息 > 绩效评价",
            f"索引号：{rng.randint(10000000, 99999999)}/{y}-{rng.randint(10, 999):05d}    发布机构：{org}",
            f"发布日期：{date}    浏览次数：{rng.randint(12, 900)}", "", title, "",
            f"字体：[大 中 小]    【打印】", ""]
    tail = ["", "【打印本页】  【关闭窗口】", f"主办单位：{ctx['county']}人民政府办公室    技术支持：{ctx['city']}大数据中心"]
    return "\n".join(head + lines + tail) + "\n"


def intro(ctx, what="项目支出"):
    return (f"根据《{ctx['county']}财政局关于开展{ctx['year']}年度预算绩效自评工作的通知》要求，{ctx['unit']}"
            f"高度重视，成立了由主要负责同志任组长的绩效自评工作领导小组，对{ctx['year']}年度{what}开展了绩效自评，"
            f"现将有关情况报告如下。")


PROBLEMS = ["绩效目标设置不够精细，部分指标量化程度不高", "项目资金支付进度前松后紧，上半年执行偏慢",
            "绩效运行监控与预算执行结合不够紧密", "部分项目资料归档不够及时完整"]
MEASURES = ["科学设置绩效目标，提高指标的可衡量性", "加快预算执行进度，按月跟踪资金支付情况",
            "强化绩效自评结果应用，将结果作为下年度预算安排的重要依据", "健全项目档案管理，做到资料齐全、归档及时"]


# --------------------------------------------------------------------------------------------
# Layout kongge: a PDF's text with letter-spaced labels (分散对齐), an OCR-like spaced text, mid-word breaks


def projects_for(rng, ctx, n, ms, gran=None, other_share=0.25):
    sec = ctx["sec"]
    specs = rng.sample(sec["projects"], n)
    g = gran or gran_of(rng, ms)
    return [make_project(rng, ctx, s, g, SAT_NAMES[sec["key"]], other_share) for s in specs]


def sign_line(rng, ctx):
    y = ctx["year"] + 1
    return (f"填表人：{rng.choice('王李张刘陈杨赵黄周吴')}{rng.choice(['敏', '丽', '强', '军', '红梅', '晓东', '建华'])}"
            f"    联系电话：0{rng.randint(100, 999)}-{rng.randint(2000000, 8999999)}"
            f"    填报日期：{y}年{rng.randint(2, 4)}月{rng.randint(1, 28)}日")


def b_kongge(rng, ctx):
    v = cycle(ctx, ["K1", "K2", "K3"])
    ms = rng.choice(["w2", "w4"])
    rs = rng.choice(["2", "t"])
    n = 1 if v == "K2" else rng.choice([1, 2])
    ps = projects_for(rng, ctx, n, ms)
    y, unit = ctx["year"], ctx["unit"]
    rid = make_id("gg", ctx)
    gap = rng.choice([" ", "  "])
    lab = (lambda s: spaced(s, gap) if len(s) <= 6 else s) if v != "K2" else (lambda s: s)
    forms = [self_form(p, ctx, ms, rs, lab, words=rng.random() < 0.4) for p in ps]
    title = f"{unit}{y}年度项目支出绩效自评表" if v != "K2" else f"{unit}{y}年度{ps[0].name}绩效自评报告"
    keep = [p.name for p in ps] + [i.name for p in ps for i in p.inds] + \
           [x for p in ps for i in p.inds if not i.numeric for x in (i.target, i.actual)]
    html_parts = [P(title, center=True, bold=True)]
    if v == "K2":
        p = ps[0]
        uw = UNIT_WORD[ms]
        r_s = fmt_rate(p.rate, rs)
        paras = [("", intro(ctx, f"{p.name}")),
                 ("一、项目基本情况", f"{p.name}由{unit}组织实施。{p.goal}。"),
                 ("二、资金投入和使用情况", f"该项目年初预算{money(p.init, ms)}{uw}，全年预算数{money(p.budget, ms)}{uw}，"
                  f"其中财政拨款{money(p.fiscal, ms)}{uw}；全年执行数{money(p.executed, ms)}{uw}，预算执行率{r_s}%。"),
                 ("三、绩效目标完成情况", f"{p.done}。各项绩效指标完成情况详见附表。"),
                 ("四、自评结论", f"经自评，该项目自评得分{p.total}分，自评等级为“{p.grade}”。"),
                 ("五、存在的问题及改进措施", f"一是{rng.choice(PROBLEMS)}；二是{rng.choice(PROBLEMS)}。下一步，"
                  f"我单位将{rng.choice(MEASURES)}。")]
        body = [title.center(40).rstrip(), ""]
        for h, tx in paras:
            if h:
                body.append(h)
                html_parts.append(P(h, bold=True))
            body += wrap(tx, 64, "    ")
            html_parts.append(P(tx))
        body += ["", "附表", "项目支出绩效自评表".center(40).rstrip(),
                 f"单位名称：{unit}                金额单位：{uw}"]
        html_parts += [P("附表"), P("项目支出绩效自评表", center=True), P(f"单位名称：{unit}　金额单位：{uw}")]
        # the glyphs of the whole page placed one by one: every character apart, figures whole
        spaced_form = Table()
        for row in forms[0].rows:
            spaced_form.rows.append([C(space_glyphs(c.text), c.rs, c.cs) for c in row])
        body += flat_layout(spaced_form, gap=3, maxw=44, keep=[space_glyphs(k) for k in keep]).split("\n")
        sl = sign_line(rng, ctx)
        body += ["", sl]
        html_parts += [table_html(forms[0]), P(sl)]
        lines = space_glyphs("\n".join(body)).split("\n")
        txt = paginate(lines, "", rng.randint(46, 56), [space_glyphs(k) for k in keep], "dash")
        kind = "项目支出自评"
    else:
        pages = []
        for p, f in zip(ps, forms):
            head = [spaced("项目支出绩效自评表", gap).center(56).rstrip(), f"（{y}年度）".center(64).rstrip(),
                    f"填报单位（盖章）：{unit}                    金额单位：{UNIT_WORD[ms]}", ""]
            if v == "K1":
                body = flat_layout(f, gap=rng.choice([2, 3]), maxw=rng.choice([26, 30]), keep=keep).split("\n")
            else:
                widths = [4, 6, 6, 8, 7, 7, 3, 4, 8]
                body = flat_cells_wrapped(f, [w * 2 for w in widths]).split("\n")
            sl = sign_line(rng, ctx)
            pages.append(head + body + ["", sl])
            html_parts += [P(spaced("项目支出绩效自评表", gap), center=True, bold=True), P(f"（{y}年度）", center=True),
                           P(f"填报单位（盖章）：{unit}　　金额单位：{UNIT_WORD[ms]}"), table_html(f), P(sl)]
        out = []
        for k, pg in enumerate(pages, 1):
            out.append("\n".join(pg + ["", f"第 {k} 页，共 {len(pages)} 页".center(60).rstrip()]))
        txt = "\f".join(out) + "\n"
        kind = "自评表"
    html = html_page(title, html_parts)
    exp = expected_doc(GEN, ctx, rid, title, kind, unit, None,
                       [exp_project(p, rate_s=fmt_rate(p.rate, rs)) for p in ps])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout gongkai: a 部门决算 published whole (nine tables, notes, terms), the 绩效 part last

OTHER_FUNCS = [("208", "社会保障和就业支出", "20805", "行政事业单位养老支出", "2080505", "机关事业单位基本养老保险缴费支出"),
               ("210", "卫生健康支出", "21011", "行政事业单位医疗", "2101101", "行政单位医疗"),
               ("221", "住房保障支出", "22102", "住房改革支出", "2210201", "住房公积金")]
CN_NUM = "一二三四五六七八九十"


def gongkai_money(rng, ctx, ps):
    """The department's 决算 figures (fen, multiples of 100 元) consistent with the evaluated projects."""
    g = 10000
    m = {}
    m["other_proj_exec"] = amount(rng, 30000, 400000, g)
    m["other_proj_budget"] = m["other_proj_exec"] + amount(rng, 0, 60000, g)
    m["proj_exec"] = sum(p.executed for p in ps) + m["other_proj_exec"]
    m["proj_budget"] = sum(p.budget for p in ps) + m["other_proj_budget"]
    m["staff"] = amount(rng, 2000000, 9000000, g)
    m["office"] = amount(rng, 200000, 900000, g)
    m["basic"] = m["staff"] + m["office"]
    m["basic_budget"] = m["basic"] + amount(rng, 0, 150000, g)
    m["E"] = m["basic"] + m["proj_exec"]
    m["B"] = m["basic_budget"] + m["proj_budget"]
    m["A_basic"] = part_of(rng, m["basic_budget"], 0.9, 1.0, g)
    m["A_proj"] = part_of(rng, m["proj_budget"], 0.6, 0.95, g)
    m["A"] = m["A_basic"] + m["A_proj"]
    m["OI"] = amount(rng, 10000, 200000, g) if rng.random() < 0.5 else 0
    m["CB"] = amount(rng, 0, 300000, g)
    m["CE"] = amount(rng, 0, 250000, g)
    m["F"] = m["E"] + m["CE"] - m["OI"] - m["CB"]
    m["FE"] = m["E"] - m["OI"]
    m["A_F"] = part_of(rng, m["A"], 0.92, 1.0, g)
    # 三公经费: 公务用车运行维护费 and 公务接待费 (budget, spent)
    car_b = amount(rng, 20000, 80000, g)
    rec_b = amount(rng, 5000, 30000, g)
    m["car"] = (car_b, part_of(rng, car_b, 0.6, 0.98, g))
    m["rec"] = (rec_b, part_of(rng, rec_b, 0.4, 0.95, g))
    m["sg_b"] = car_b + rec_b
    m["sg_e"] = m["car"][1] + m["rec"][1]
    # leaves: (code, name, basic, project)
    fc, fname, f5, f5name, leaves = ctx["sec"]["func"]
    pens = part_of(rng, m["staff"], 0.1, 0.14, g)
    med = part_of(rng, m["staff"], 0.05, 0.08, g)
    fund = part_of(rng, m["staff"], 0.07, 0.1, g)
    main_basic = m["basic"] - pens - med - fund
    rows = []
    pleaves = [lf for lf in leaves if lf[2] == "p"]
    bleaf = [lf for lf in leaves if lf[2] == "b"][0]
    pshare = {lf[0]: 0 for lf in pleaves}
    execs = [p.executed for p in ps] + [m["other_proj_exec"]]
    for k, e in enumerate(execs):
        pshare[pleaves[k % len(pleaves)][0]] += e
    for code, name, kind in leaves:
        b = main_basic if code == bleaf[0] else 0
        pr = pshare.get(code, 0)
        rows.append((code, name, b, pr))
    classes = [(fc, fname, f5, f5name, rows)]
    for c3, n3, c5, n5, c7, n7 in OTHER_FUNCS:
        v = {"2080505": pens, "2101101": med, "2210201": fund}[c7]
        classes.append((c3, n3, c5, n5, [(c7, n7, v, 0)]))
    m["classes"] = classes
    assert sum(b + p for c in classes for (_, _, b, p) in c[4]) == m["E"]
    return m


def juesuan_tables(ctx, m):
    """The 决算 tables (万元, two decimals) as (title, Table)."""
    w = lambda f: fmt_wan(f, 2)
    out = []
    # 表1 收入支出决算总表
    inc = [("一、一般公共预算财政拨款收入", m["F"]), ("二、政府性基金预算财政拨款收入", 0), ("三、国有资本经营预算财政拨款收入", 0),
           ("四、上级补助收入", 0), ("五、事业收入", 0), ("六、经营收入", 0), ("七、其他收入", m["OI"])]
    exp_ = [(f"{CN_NUM[k]}、{c[1]}", sum(b + p for (_, _, b, p) in c[4])) for k, c in enumerate(m["classes"])]
    t = Table()
    t.row(C("收入", cs=3), C("支出", cs=3))
    t.row("项目", "行次", "金额", "项目", "行次", "金额")
    for k in range(max(len(inc), len(exp_))):
        a = inc[k] if k < len(inc) else ("", None)
        b = exp_[k] if k < len(exp_) else ("", None)
        t.row(a[0], str(k + 1) if a[0] else "", w(a[1]) if a[1] is not None else "",
              b[0], str(k + 32) if b[0] else "", w(b[1]) if b[1] is not None else "")
    t.row("本年收入合计", "", w(m["F"] + m["OI"]), "本年支出合计", "", w(m["E"]))
    t.row("年初结转和结余", "", w(m["CB"]), "年末结转和结余", "", w(m["CE"]))
    t.row("总计", "", w(m["F"] + m["OI"] + m["CB"]), "总计", "", w(m["E"] + m["CE"]))
    out.append(("收入支出决算总表", t))
    # 表2 收入决算表 (by class; the main class takes the other income and the carry-over change)
    t = Table()
    t.row(C("项目", cs=2), "本年收入合计", "财政拨款收入", "其他收入")
    t.row("科目编码", "科目名称", "", "", "")
    t.row(C("合计", cs=2), w(m["F"] + m["OI"]), w(m["F"]), w(m["OI"]))
    for k, c in enumerate(m["classes"]):
        s = sum(b + p for (_, _, b, p) in c[4])
        if k == 0:
            s += m["F"] + m["OI"] - m["E"]
            t.row(c[0], c[1], w(s), w(s - m["OI"]), w(m["OI"]))
        else:
            t.row(c[0], c[1], w(s), w(s), w(0))
    out.append(("收入决算表", t))
    # 表3 支出决算表
    t = Table()
    t.row(C("项目", cs=2), "本年支出合计", "基本支出", "项目支出")
    t.row("科目编码", "科目名称", "", "", "")
    t.row(C("合计", cs=2), w(m["E"]), w(m["basic"]), w(m["proj_exec"]))
    for c3, n3, c5, n5, leaves in m["classes"]:
        sb = sum(b for (_, _, b, _) in leaves)
        sp = sum(p for (_, _, _, p) in leaves)
        t.row(c3, n3, w(sb + sp), w(sb), w(sp))
        t.row(c5, f"　{n5}", w(sb + sp), w(sb), w(sp))
        for code, name, b, p in leaves:
            t.row(code, f"　　{name}", w(b + p), w(b), w(p))
    out.append(("支出决算表", t))
    # 表5 一般公共预算财政拨款支出决算表 (the other income spent in the main class's project rows)
    t = Table()
    t.row("科目编码", "科目名称", "年初预算数", "本年支出合计", "基本支出", "项目支出")
    t.row(C("合计", cs=2), w(m["A_F"]), w(m["FE"]), w(m["basic"]), w(m["proj_exec"] - m["OI"]))
    for k, c in enumerate(m["classes"]):
        sb = sum(b for (_, _, b, _) in c[4])
        sp = sum(p for (_, _, _, p) in c[4]) - (m["OI"] if k == 0 else 0)
        t.row(c[0], c[1], "", w(sb + sp), w(sb), w(sp))
    out.append(("一般公共预算财政拨款支出决算表", t))
    # 表6 一般公共预算财政拨款基本支出决算表 (by economic class)
    t = Table()
    t.row("科目编码", "科目名称", "决算数")
    t.row(C("合计", cs=2), w(m["basic"]))
    t.row("301", "工资福利支出", w(m["staff"]))
    t.row("302", "商品和服务支出", w(m["office"]))
    t.row("303", "对个人和家庭的补助", w(0))
    out.append(("一般公共预算财政拨款基本支出决算表", t))
    # 表7 “三公”经费
    t = Table()
    t.row("项目", "预算数", "决算数")
    t.row("合计", w(m["sg_b"]), w(m["sg_e"]))
    t.row("1.因公出国（境）费", w(0), w(0))
    t.row("2.公务用车购置及运行维护费", w(m["car"][0]), w(m["car"][1]))
    t.row("（1）公务用车购置费", w(0), w(0))
    t.row("（2）公务用车运行维护费", w(m["car"][0]), w(m["car"][1]))
    t.row("3.公务接待费", w(m["rec"][0]), w(m["rec"][1]))
    out.append(("一般公共预算财政拨款“三公”经费支出决算表", t))
    return out


def dept_indicators(rng, m, ctx):
    r = rate(m["E"], m["B"])
    sg = rate(m["sg_e"], m["sg_b"])
    cj = rate(m["B"] - m["E"], m["B"])
    inds = [Ind("产出指标", "数量指标", "重点工作任务完成率", "pct", "%", "100", "100"),
            Ind("产出指标", "质量指标", "预算执行率", "pct", "%", str(rng.choice([90, 95])), fmt_rate(r, "2")),
            Ind("产出指标", "成本指标", "“三公”经费控制率", "lepct", "%", "100", fmt_rate(sg, "2")),
            Ind("产出指标", "成本指标", "结转结余率", "lepct", "%", str(rng.choice([5, 10])), fmt_rate(cj, "2")),
            Ind("效益指标", "社会效益指标", "预决算信息公开性", "qual", None, "公开", "已按规定公开"),
            Ind("效益指标", "可持续影响指标", "管理制度健全性", "qual", None, "健全", "健全"),
            make_sat(rng, "服务对象满意度")]
    inds[-1].l2 = "服务对象满意度指标"
    for group, total in (("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)):
        g = [i for i in inds if i.l1 == group]
        for i, wt in zip(g, distribute(rng, total, len(g), 3)):
            i.weight = str(wt)
    for i in inds:
        i.compute_score(rng)
    return inds


def b_gongkai(rng, ctx):
    v = cycle(ctx, ["G1", "G2", "G3"])
    y, unit, county = ctx["year"], ctx["unit"], ctx["county"]
    rs = rng.choice(["2", "t"])
    ps = projects_for(rng, ctx, rng.choice([1, 2, 3]), "w2", gran=10000, other_share=0.2)
    m = gongkai_money(rng, ctx, ps)
    rid = make_id("gg", ctx)
    title = f"{unit}{y}年度部门决算"
    w = lambda f: fmt_wan(f, 2)
    tables = juesuan_tables(ctx, m)
    sec = ctx["sec"]
    blocks = []   # ("h"|"p"|"t"|"c", content): heading, paragraph, table, centred line

    blocks += [("c", title), ("c", "目    录"), ("p", "第一部分  部门概况"), ("p", "一、主要职能"), ("p", "二、机构设置"),
               ("p", f"第二部分  {y}年度部门决算表")]
    allnames = ["收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款“三公”经费支出决算表",
                "政府性基金预算财政拨款收入支出决算表", "国有资本经营预算财政拨款支出决算表"]
    for k, nm in enumerate(allnames):
        blocks.append(("p", f"{CN_NUM[k]}、{nm}"))
    blocks += [("p", f"第三部分  {y}年度部门决算情况说明"), ("p", "第四部分  名词解释"), ("p", "第五部分  附件")]
    blocks += [("h", "第一部分  部门概况"), ("h", "一、主要职能")]
    blocks += [("p", f"（{k + 1}）{d}。") for k, d in enumerate(sec["duty"])]
    staff_n = rng.randint(9, 40)
    blocks += [("h", "二、机构设置"), ("p", f"{unit}内设股室{rng.randint(3, 7)}个，{rng.choice(['为', '属'])}"
                                         f"{rng.choice(['行政单位', '参照公务员法管理事业单位', '全额拨款事业单位'])}，"
                                         f"编制数{staff_n + rng.randint(0, 5)}人，实有人数{staff_n}人。")]
    blocks.append(("h", f"第二部分  {y}年度部门决算表"))
    tnum = {nm: k + 1 for k, nm in enumerate(allnames)}
    for nm, t in tables:
        k = tnum[nm]
        blocks += [("c", f"表{k}"), ("c", nm), ("p", f"编制单位：{unit}          {y}年度          单位：万元"), ("t", t)]
        if nm == "支出决算表":
            blocks += [("c", "表4"), ("c", "财政拨款收入支出决算总表"),
                       ("p", f"（本表数据与表1中财政拨款部分一致：本年财政拨款收入{w(m['F'])}万元，财政拨款支出{w(m['FE'])}万元。）")]
    blocks += [("c", "表8"), ("c", allnames[7]), ("p", f"注：{unit}{y}年度没有使用政府性基金预算财政拨款安排的支出，故本表为空表。"),
               ("c", "表9"), ("c", allnames[8]), ("p", f"注：{unit}{y}年度没有使用国有资本经营预算财政拨款安排的支出，故本表为空表。")]
    last_e = m["E"] * rng.randint(85, 115) // 100 // 10000 * 10000
    diff = m["E"] - last_e
    blocks += [("h", f"第三部分  {y}年度部门决算情况说明"), ("h", "一、收入支出决算总体情况说明"),
               ("p", f"{y}年度收入总计{w(m['F'] + m['OI'] + m['CB'])}万元、支出总计{w(m['E'] + m['CE'])}万元。与上年相比，"
                     f"支出{'增加' if diff >= 0 else '减少'}{w(abs(diff))}万元，主要原因是{rng.choice(['人员调整', '业务工作量变化', '项目资金安排变化'])}。"),
               ("h", "二、支出决算情况说明"),
               ("p", f"{y}年度本年支出合计{w(m['E'])}万元，其中：基本支出{w(m['basic'])}万元，占{fmt_rate(rate(m['basic'], m['E']), '2')}%；"
                     f"项目支出{w(m['proj_exec'])}万元，占{fmt_rate(rate(m['proj_exec'], m['E']), '2')}%。"),
               ("h", "三、一般公共预算财政拨款支出决算情况说明"),
               ("p", f"{y}年度一般公共预算财政拨款支出年初预算为{w(m['A_F'])}万元，支出决算为{w(m['FE'])}万元，完成年初预算的"
                     f"{fmt_rate(rate(m['FE'], m['A_F']), '2')}%。决算数与年初预算数的差异主要是年中追加了项目经费。"),
               ("h", "四、一般公共预算财政拨款“三公”经费支出决算情况说明"),
               ("p", f"{y}年度“三公”经费支出预算为{w(m['sg_b'])}万元，支出决算为{w(m['sg_e'])}万元，完成预算的"
                     f"{fmt_rate(rate(m['sg_e'], m['sg_b']), '2')}%。其中：因公出国（境）费0万元；公务用车购置及运行维护费"
                     f"{w(m['car'][1])}万元；公务接待费{w(m['rec'][1])}万元。"),
               ("h", "第四部分  名词解释"),
               ("p", "1.财政拨款收入：指本级财政当年拨付的资金。"),
               ("p", "2.基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员经费和公用经费。"),
               ("p", "3.项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"),
               ("p", "4.“三公”经费：指用一般公共预算财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"),
               ("h", "第五部分  附件"), ("h", f"{unit}{y}年度绩效自评情况")]
    dinds = []
    funds = None
    dr = fmt_rate(rate(m["E"], m["B"]), rs)
    if v == "G1":
        dinds = dept_indicators(rng, m, ctx)
        dscore = trim(q2(min(rate(m["E"], m["B"]), D(100)) / 10) + sum(D(i.score) for i in dinds))
        t = Table()
        t.row(C("部门（单位）名称", cs=2), C(unit, cs=7))
        pr = lambda b, e: fmt_rate(rate(e, b), rs) + "%"
        t.row(C("年度预算执行情况（万元）", rs=4), C("", cs=2), "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
        t.row(C("年度资金总额", cs=2), w(m["A"]), w(m["B"]), w(m["E"]), "10", dr + "%",
              trim(q2(min(rate(m["E"], m["B"]), D(100)) / 10)))
        t.row(C("其中：基本支出", cs=2), w(m["A_basic"]), w(m["basic_budget"]), w(m["basic"]), "—",
              pr(m["basic_budget"], m["basic"]), "—")
        t.row(C("项目支出", cs=2), w(m["A_proj"]), w(m["proj_budget"]), w(m["proj_exec"]), "—",
              pr(m["proj_budget"], m["proj_exec"]), "—")
        add_indicator_rows(t, dinds, lambda s: s, False, label="绩效指标")
        t.row(C("总分", cs=6), "100", dscore, "")
        blocks += [("h", "（一）部门整体支出绩效自评情况"),
                   ("p", f"{y}年度，我单位部门整体支出绩效自评得分{dscore}分，自评等级为“{grade_of(dscore)}”。部门整体支出绩效自评表如下："),
                   ("c", "部门整体支出绩效自评表"), ("p", f"（{y}年度）"), ("t", t)]
        funds = {"budget_total": yuan_exp(m["B"]), "executed_total": yuan_exp(m["E"]), "execution_rate_stated": dr}
    elif v == "G2":
        blocks += [("h", "（一）部门整体支出绩效自评情况"),
                   ("p", f"{y}年度部门整体支出年初预算数为{w(m['A'])}万元，全年预算数为{w(m['B'])}万元，全年执行数为{w(m['E'])}万元，"
                         f"预算执行率为{dr}%。部门整体绩效目标基本实现，{rng.choice(PROBLEMS)}。")]
        funds = {"budget_total": yuan_exp(m["B"]), "executed_total": yuan_exp(m["E"]), "execution_rate_stated": dr}
    n = len(ps)
    blocks += [("h", "（二）项目支出绩效自评情况"),
               ("p", f"我单位对{n}个项目开展了绩效自评，涉及资金{w(sum(p.budget for p in ps))}万元。项目支出绩效自评表如下：")]
    for k, p in enumerate(ps, 1):
        blocks += [("c", f"项目支出绩效自评表{k if n > 1 else ''}"), ("p", f"（{y}年度）"),
                   ("t", self_form(p, ctx, "w2", rs, rows3=False))]
    keep = [p.name for p in ps] + [i.name for p in ps for i in p.inds] + [i.name for i in dinds] + \
           [x for p in ps for i in p.inds + dinds if not i.numeric for x in (i.target, i.actual)]
    # TXT
    lines = []
    for kind, c in blocks:
        if kind == "t":
            if v == "G1":
                lines += flat_layout(c, gap=2, maxw=24, keep=keep).split("\n")
            elif v == "G2":
                lines += flat_tabs(c, keep_covered=True).split("\n")
            else:
                lines += flat_lines(c).split("\n")
        elif kind == "c":
            lines.append(c.center(36).rstrip() if v != "G2" else c)
        elif kind == "h":
            lines.append(c)
        else:
            lines += wrap_keep(c, 78, keep, "    ") if v != "G2" else ["　　" + c]
    if v == "G2":
        txt = webpage(rng, ctx, title, lines[1:])
    else:
        txt = paginate(lines, "", rng.randint(48, 58), keep, rng.choice(["dash", "dot"]))
    parts = []
    for kind, c in blocks:
        parts.append(table_html(c) if kind == "t" else P(c, center=(kind == "c"), bold=(kind == "h")))
    html = html_page(title, parts)
    exp = expected_doc(GEN, ctx, rid, title, "部门决算", unit, funds,
                       [exp_project(p, rate_s=fmt_rate(p.rate, rs)) for p in ps],
                       [i.exp() for i in dinds])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout excel: the 自评表 workbook's sheet as CSV or as Excel copies it (tabs), forms stacked in one sheet


def b_excel(rng, ctx):
    v = cycle(ctx, ["X1", "X2", "X3"])
    ms = {"X1": "yc", "X2": rng.choice(["w2", "w4"]), "X3": rng.choice(["y", "w2"])}[v]
    rs = "2" if v != "X2" else rng.choice(["2", "t"])
    ps = projects_for(rng, ctx, rng.choice([1, 2, 3]), ms)
    y, unit = ctx["year"], ctx["unit"]
    rid = make_id("gg", ctx)
    title = f"{unit}{y}年度项目支出绩效自评表"
    sheet = Table()
    for k, p in enumerate(ps):
        if k:
            sheet.row(C("", cs=9))
        sheet.row(C(f"项目支出绩效自评表{'（' + str(k + 1) + '）' if len(ps) > 1 else ''}", cs=9))
        sheet.row(C(f"（{y}年度）", cs=9))
        sheet.row(C(f"填报单位：{unit}", cs=5), C(f"金额单位：{UNIT_WORD[ms]}", cs=4))
        f = self_form(p, ctx, ms, rs, words=rng.random() < 0.3, rows3=rng.random() < 0.5)
        sheet.rows.extend(f.rows)
        sl = sign_line(rng, ctx)
        sheet.row(C(sl.split("    ")[0], cs=3), C(sl.split("    ")[1], cs=3), C(sl.split("    ")[2], cs=3))
    if v == "X1":
        # the 预算管理一体化系统's export: every cell quoted, a merged area's value in each cell it covers
        txt = flat_sep(sheet, ",", fill=True, quote_all=True) + "\n"
    elif v == "X2":
        # the sheet selected in Excel or WPS and pasted as text: tabs, merged areas filled, multi-line cells quoted
        txt = flat_sep(sheet, "\t", fill=True) + "\n"
    else:
        # a web system's CSV download: a BOM so that Excel shows the Chinese, CRLF lines, every cell quoted,
        # the cells a merged area covers empty; a line break inside a quoted cell stays LF
        rows = flat_sep(sheet, ",", fill=False, quote_all=True)
        txt = "\ufeff" + re.sub(r'("(?:[^"]|"")*")|\n', lambda mm: mm.group(1) or "\r\n", rows) + "\r\n"
    html = html_page(title, [table_html(sheet)])
    exp = expected_doc(GEN, ctx, rid, title, "自评表", unit, None,
                       [exp_project(p, rate_s=fmt_rate(p.rate, rs)) for p in ps])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout fenji: each project's money spread over sentences, with its parts by level of government


LEVELS = [("中央补助资金", "中央资金", "中央财政资金"), ("省级补助资金", "省级资金", "省级财政资金"),
          ("市级补助资金", "市级资金", "州（市）级资金"), ("县级配套资金", "县级资金", "本级财政配套资金")]


def b_fenji(rng, ctx):
    v = cycle(ctx, ["F1", "F2", "F3"])
    y, unit = ctx["year"], ctx["unit"]
    ms = {"F1": "w4", "F2": "yc", "F3": "w2"}[v]
    gran = {"F1": 100, "F2": rng.choice([1, 100]), "F3": 10000}[v]
    ps = projects_for(rng, ctx, rng.choice([2, 3, 4]), ms, gran=gran, other_share=0)
    rid = make_id("gg", ctx)
    title = f"{unit}{y}年度项目支出绩效自评报告"
    uw = UNIT_WORD[ms]
    mm = lambda f: money(f, ms) + uw
    part_money = (lambda f: fmt_yuan(f) + "元") if v == "F3" else mm
    rate_w = {"F1": lambda r: f"项目预算执行率为 {fmt_rate(r, 't')}%",
              "F2": lambda r: f"资金支付完成率{fmt_rate(r, '2')}%",
              "F3": lambda r: f"执行进度为{fmt_rate(r, 't')}％"}[v]
    rate_s = {"F1": "t", "F2": "2", "F3": "t"}[v]
    col = rng.randrange(3)
    blocks = [("p", intro(ctx))]
    funds = None
    if rng.random() < 0.5:
        basic_b = amount(rng, 2000000, 8000000, 10000)
        basic_e = part_of(rng, basic_b, 0.92, 1.0, 10000)
        DB = basic_b + sum(p.budget for p in ps)
        DE = basic_e + sum(p.executed for p in ps)
        dr = fmt_rate(rate(DE, DB), rate_s)
        blocks += [("h", "一、部门预算执行总体情况"),
                   ("p", f"{y}年度，我单位部门预算总额{fmt_wan(DB, 4 if v == 'F1' else 2) if v != 'F2' else fmt_yuan(DB)}"
                         f"{'元' if v == 'F2' else '万元'}，全年支出{fmt_wan(DE, 4 if v == 'F1' else 2) if v != 'F2' else fmt_yuan(DE)}"
                         f"{'元' if v == 'F2' else '万元'}，部门预算执行率{dr}%。")]
        funds = {"budget_total": yuan_exp(DB), "executed_total": yuan_exp(DE), "execution_rate_stated": dr}
    blocks += [("h", f"{'二' if funds else '一'}、项目支出绩效自评情况"),
               ("p", f"本次共对{len(ps)}个项目开展了绩效自评，涉及资金{mm(sum(p.budget for p in ps))}。")]
    keep = []
    for k, p in enumerate(ps, 1):
        nlev = rng.choice([2, 3, 4])
        levs = sorted(rng.sample(range(4), nlev))
        own = 0
        if v == "F2":
            own = part_of(rng, p.budget, 0.05, 0.25, gran)
        p.other, p.fiscal = own, p.budget - own
        cuts = sorted(part_of(rng, p.fiscal, 0.15, 0.85, gran) for _ in range(nlev - 1))
        parts = [b - a for a, b in zip([0] + cuts, cuts + [p.fiscal])]
        if any(x <= 0 for x in parts):
            parts = [p.fiscal] + [0] * (nlev - 1)
            parts = [x for x in parts if x] or [p.fiscal]
            levs = levs[:len(parts)]
        ex = split_exec(parts + ([own] if own else []), p.executed, gran)
        lev_e, own_e = (ex[:-1], ex[-1]) if own else (ex, 0)
        p.fiscal_exec, p.other_exec = sum(lev_e), own_e
        names = [LEVELS[i][col] for i in levs]
        shorts = [("中央", "省级", "市级", "县级")[i] for i in levs]
        head = f"（{CN_NUM[k - 1]}）{p.name}"
        sents = []
        if v == "F1":
            sents.append(f"1.资金安排情况。{y}年，该项目全年预算安排资金{mm(p.budget)}。其中：" +
                         "，".join(f"{n}{mm(a)}" for n, a in zip(names, parts)) + "。")
            sents.append(f"2.资金到位情况。截至{y}年12月31日，上述资金已全部到位，资金到位率100%。")
            sents.append(f"3.资金使用情况。全年实际支出{mm(p.executed)}。其中，" +
                         "，".join(f"{n}资金支出{mm(e)}" for n, e in zip(shorts, lev_e)) +
                         f"。{rate_w(p.rate)}" + (f"，结余资金{mm(p.budget - p.executed)}将按规定结转下年使用。"
                                                  if p.budget > p.executed else "。"))
        elif v == "F2":
            sents.append(f"1.资金投入情况。项目总投资{mm(p.budget)}，其中：财政资金{mm(p.fiscal)}（" +
                         "、".join(f"{n}{mm(a)}" for n, a in zip(names, parts)) + f"），单位自筹资金{mm(own)}。")
            sents.append(f"2.资金使用情况。截至{y}年12月31日，全年共支付资金{mm(p.executed)}。")
            sents.append(f"按资金来源分，财政资金支付{mm(p.fiscal_exec)}，自筹资金支付{mm(own_e)}，{rate_w(p.rate)}。")
        else:
            sents.append(f"1.资金来源。该项目年度预算{mm(p.budget)}。")
            sents.append("资金来源为：" + "，".join(f"{n}{part_money(a)}" for n, a in zip(names, parts)) + "。")
            sents.append(f"2.资金支出。截至年底，累计支付{mm(p.executed)}，{rate_w(p.rate)}；其中" +
                         "，".join(f"{n}资金已支付{part_money(e)}" for n, e in zip(shorts, lev_e)) + "。")
        t = Table()
        add_indicator_rows(t, p.inds, lambda s: s, rng.random() < 0.4)
        subj = ctx["sec"]["subject"]
        blocks += [("h", head)] + [("p", s) for s in sents] + [("p", "4.绩效目标完成情况。" if v == "F1" else "3.绩效目标完成情况。"),
                                                              ("t", t),
                                                              ("p", f"经问卷调查，{subj}满意度为{p.sat}%。该项目自评得分{p.total}分，"
                                                                    f"评价等级为“{p.grade}”。")]
        keep += [p.name] + [i.name for i in p.inds] + [x for i in p.inds if not i.numeric for x in (i.target, i.actual)]
    blocks += [("h", f"{'三' if funds else '二'}、存在的问题"), ("p", f"一是{PROBLEMS[0]}；二是{rng.choice(PROBLEMS[1:])}。"),
               ("h", f"{'四' if funds else '三'}、改进措施"), ("p", "；".join(rng.sample(MEASURES, 2)) + "。"),
               ("p", unit), ("p", f"{y + 1}年{rng.randint(3, 5)}月{rng.randint(1, 28)}日")]
    lines = []
    for kind, c in blocks:
        if kind == "t":
            lines += (flat_tabs(c, keep_covered=(v == "F2")) if v != "F3" else flat_lines(c)).split("\n")
        elif kind == "h":
            lines.append(c)
        else:
            lines += (["　　" + c] if v != "F3" else wrap_keep(c, 76, keep, "    "))
    if v == "F1":
        txt = webpage(rng, ctx, title, lines)
    elif v == "F2":
        txt = "\n".join([title, ""] + lines) + "\n"
    else:
        txt = paginate([title.center(38).rstrip(), ""] + lines, f"{unit}绩效自评报告", rng.randint(40, 50), keep, "of")
    parts = [H(title, 2)] + [table_html(c, head=1) if kind == "t" else (H(c, 3) if kind == "h" else P(c)) for kind, c in blocks]
    html = html_page(title, parts)
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds,
                       [exp_project(p, fiscal=(v == "F2"), rate_s=fmt_rate(p.rate, rate_s)) for p in ps])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout shuanglan: a 政府公报 set in two columns, `pdftotext -layout` putting both columns on each line


def two_columns(blocks, W, gap, L, header, protect, number):
    """blocks: ("cols", lines) set in two columns of width W, balanced on the last page of the block, or
    ("full", lines) across the page. A column never ends inside a protected string."""
    pages, cur = [], []

    def flush():
        if cur:
            pages.append(list(cur))
            cur.clear()

    def cut(chunk, at):
        k = at
        while 1 < k < len(chunk) and straddles_any(chunk[k - 1], chunk[k], protect):
            k -= 1
        return k

    for kind, lines in blocks:
        lines = list(lines)
        if kind == "full":
            if len(cur) + len(lines) > L:
                flush()
            cur.extend(lines)
            continue
        while lines:
            room = L - len(cur)
            if room < 4:
                flush()
                continue
            if len(lines) > 2 * room:
                left_n = cut(lines, room)
                rest = lines[left_n:]
                right_n = cut(rest, room)
                left, right, lines = lines[:left_n], rest[:right_n], rest[right_n:]
            else:
                left_n = cut(lines, (len(lines) + 1) // 2)
                left, right, lines = lines[:left_n], lines[left_n:], []
                if len(right) > room:       # the cut moved lines into the right column: carry the rest over
                    right, lines = right[:room], right[room:]
            for k in range(max(len(left), len(right))):
                a = left[k] if k < len(left) else ""
                b = right[k] if k < len(right) else ""
                cur.append((a + " " * (W - dw(a)) + " " * gap + b).rstrip() if b else a.rstrip())
            if lines:
                flush()
    flush()
    out = []
    for p, body in enumerate(pages, 1):
        out.append("\n".join([header(p), ""] + body + ["", number(p)]))
    return "\f".join(out) + "\n"


def straddles_any(a, b, protect):
    from genlib import straddles
    return straddles(a, b, protect)


def b_shuanglan(rng, ctx):
    v = cycle(ctx, ["S1", "S2", "S3"])
    y, unit, county = ctx["year"], ctx["unit"], ctx["county"]
    ms = {"S1": "w2", "S2": "w4", "S3": rng.choice(["w2", "w4"])}[v]
    rs = rng.choice(["2", "t"])
    ps = projects_for(rng, ctx, rng.choice([2, 3]), ms)
    rid = make_id("gg", ctx)
    uw = UNIT_WORD[ms]
    mm = lambda f: money(f, ms) + uw
    title = f"{unit}关于{y}年度项目支出绩效自评情况的报告"
    W, gap = {"S1": (38, 4), "S2": (34, 2), "S3": (40, 6)}[v]
    ind0 = "　　" if v == "S3" else "  "
    subj = ctx["sec"]["subject"]
    paras_a = [("p", intro(ctx))]
    funds = None
    if v != "S2":
        basic_b = amount(rng, 1500000, 6000000, GRAN[ms])
        basic_e = part_of(rng, basic_b, 0.93, 1.0, GRAN[ms])
        DB, DE = basic_b + sum(p.budget for p in ps), basic_e + sum(p.executed for p in ps)
        dr = fmt_rate(rate(DE, DB), rs)
        paras_a += [("h", "一、部门预算执行情况"),
                    ("p", f"{y}年度我单位全年预算数{mm(DB)}，全年执行数{mm(DE)}，预算执行率{dr}%。其中项目支出预算"
                          f"{mm(sum(p.budget for p in ps))}，共{len(ps)}个项目。")]
        funds = {"budget_total": yuan_exp(DB), "executed_total": yuan_exp(DE), "execution_rate_stated": dr}
    paras_a.append(("h", f"{'二' if funds else '一'}、项目绩效自评情况"))
    for k, p in enumerate(ps):
        r_s = fmt_rate(p.rate, rs)
        paras_a.append(("h", f"（{CN_NUM[k]}）{p.name}"))
        if v == "S2":
            money_s = (f"该项目全年执行数{mm(p.executed)}，占全年预算数{mm(p.budget)}的{r_s}%；全年预算数中财政拨款"
                       f"{mm(p.fiscal)}。")
        else:
            money_s = (f"该项目年初预算{mm(p.init)}，调整后全年预算{mm(p.budget)}，其中财政拨款{mm(p.fiscal)}；"
                       f"全年执行{mm(p.executed)}，预算执行率{r_s}%。")
        paras_a.append(("p", money_s + p.done + "。"))
        outs = [i for i in p.inds if i.l1 == "产出指标"]
        bens = [i for i in p.inds if i.l1 == "效益指标"]
        sat = p.inds[-1]

        def phr(i):
            if v == "S1":
                return f"{i.name}年度目标{i.tgt(True)}，实际完成{i.act_s()}，得{i.score}分"
            if v == "S2":
                return f"“{i.name}”目标值{i.tgt()}，完成值{i.act_s()}，得分{i.score}分"
            return f"{i.name}：目标{i.tgt()}，实际{i.act_s()}，得{i.score}分（满分{i.weight}分）"
        paras_a.append(("p", "产出方面，" + "；".join(phr(i) for i in outs) + "。"))
        paras_a.append(("p", "效益方面，" + "；".join(phr(i) for i in bens) + "。"))
        paras_a.append(("p", f"满意度方面，经问卷调查，{subj}满意度为{sat.actual}%（目标{sat.tgt()}），得{sat.score}分。"
                             f"综合自评得分{p.total}分，自评等级为“{p.grade}”。"))
    t = Table()
    t.row("序号", "项目名称", f"全年预算数（{uw}）", f"全年执行数（{uw}）", "执行率", "自评得分", "等级")
    for k, p in enumerate(ps, 1):
        t.row(str(k), p.name, money(p.budget, ms), money(p.executed, ms), fmt_rate(p.rate, rs) + "%", p.total, p.grade)
    paras_b = [("h", f"{'三' if funds else '二'}、存在的问题"), ("p", f"一是{PROBLEMS[1]}；二是{rng.choice([PROBLEMS[0], PROBLEMS[3]])}。"),
               ("h", f"{'四' if funds else '三'}、下一步改进措施"), ("p", "一是" + "；二是".join(rng.sample(MEASURES, 2)) + "。")]
    keep = [p.name for p in ps] + [i.name for p in ps for i in p.inds] + \
           [x for p in ps for i in p.inds if not i.numeric for x in (i.target, i.actual)] + \
           [x for p in ps for i in p.inds if not i.numeric for x in (i.tgt(), i.tgt(True))]

    def col_lines(paras):
        out = []
        for kind, c in paras:
            if kind == "h":
                out += wrap_keep(c, W, keep)
            else:
                out += wrap_keep(c, W, keep, ind0)
        return out
    tbl = flat_layout(t, gap=2, maxw=40, keep=keep).split("\n")
    head_lines = [title[:len(title) // 2 + 2].center(2 * W + gap - 10).rstrip(),
                  title[len(title) // 2 + 2:].center(2 * W + gap - 10).rstrip(), ""] if dw(title) > 2 * W else [
        title.center(2 * W + gap).rstrip(), ""]
    issue = rng.randint(2, 12)
    blocks = [("full", head_lines), ("cols", col_lines(paras_a)),
              ("full", ["", f"表1  {y}年度项目支出绩效自评结果汇总表".center(2 * W).rstrip(), ""] + tbl + [""]),
              ("cols", col_lines(paras_b) + ["", unit.rjust(W - dw(unit) + len(unit)),
                                              f"{y + 1}年{rng.randint(3, 5)}月{rng.randint(1, 28)}日".rjust(W - 2)])]
    start = rng.randint(8, 60)
    pub = f"{county}人民政府公报"
    header = lambda p: (pub + " " * (2 * W + gap - dw(pub) - dw(f"{y + 1}年第{issue}期")) + f"{y + 1}年第{issue}期") \
        if p % 2 else (f"{y + 1}年第{issue}期" + " " * (2 * W + gap - dw(pub) - dw(f"{y + 1}年第{issue}期")) + pub)
    number = lambda p: {"S1": f"— {start + p} —", "S2": f"·{start + p}·", "S3": f"{start + p}"}[v].center(2 * W + gap).rstrip()
    txt = two_columns(blocks, W, gap, rng.randint(44, 52), header, keep, number)
    parts = [H(title, 2)]
    for kind, c in paras_a:
        parts.append(H(c, 3) if kind == "h" else P(c))
    parts += [P(f"表1  {y}年度项目支出绩效自评结果汇总表", center=True), table_html(t, head=1)]
    for kind, c in paras_b:
        parts.append(H(c, 3) if kind == "h" else P(c))
    html = html_page(title, parts, top=[f"{pub}　{y + 1}年第{issue}期"])
    exp = expected_doc(GEN, ctx, rid, title, "项目支出自评", unit, funds,
                       [exp_project(p, rate_s=fmt_rate(p.rate, rs)) for p in ps])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout jiankong: a self-evaluation carrying the year's 绩效运行监控 figures (1–6月 / 1–7月, 全年预计)


def monitor(rng, p, months, gran):
    p.mid = part_of(rng, p.budget, 0.2, 0.6, gran)
    p.mid_rate = rate(p.mid, p.budget)
    p.forecast = p.budget if rng.random() < 0.5 else max(p.mid, part_of(rng, p.budget, 0.93, 0.99, gran))
    for i in p.inds:
        if i.kind == "ge":
            i.mid = str(max(0, int(D(i.target) * D(rng.randint(30, 65)) / 100)))
            i.fc = i.target
        elif i.kind == "pct":
            i.mid, i.fc = trim(min(D(100), D(i.actual) + D(rng.randint(-25, 10)) / 10)), i.target
        elif i.kind in ("lepct", "le", "zero"):
            i.mid, i.fc = i.actual if i.kind == "zero" else trim(q2(D(i.target) * D(rng.randint(85, 100)) / 100)), i.target
        elif i.kind == "sat":
            i.mid, i.fc = "年底开展调查", i.target
        else:
            i.mid, i.fc = rng.choice(["按计划推进", "正在实施", "进度正常"]), i.target
        i.likely = "确定能" if rng.random() < 0.8 else "有可能"


def b_jiankong(rng, ctx):
    v = cycle(ctx, ["M1", "M2", "M3"])
    y, unit = ctx["year"], ctx["unit"]
    ms = rng.choice(["w2", "w4"])
    rs = rng.choice(["2", "t"])
    uw = UNIT_WORD[ms]
    mm = lambda f: money(f, ms) + uw
    gran = GRAN[ms]
    ps = projects_for(rng, ctx, 1 if v == "M1" else rng.choice([1, 2]) if v == "M2" else 2, ms, gran=gran)
    months = rng.choice([6, 7])
    mlab = f"1-{months}月"
    for p in ps:
        monitor(rng, p, months, gran)
    rid = make_id("gg", ctx)
    keep = [p.name for p in ps] + [i.name for p in ps for i in p.inds] + \
           [x for p in ps for i in p.inds if not i.numeric for x in (i.target, i.actual, i.mid)]
    pct = lambda b, e: fmt_rate(rate(e, b), rs) + "%" if b else "—"
    if v == "M1":
        p = ps[0]
        title = f"{y}年度项目支出绩效自评表（含绩效运行监控情况）"
        t = Table()
        t.row(C("项目名称", cs=2), C(p.name, cs=8))
        t.row(C("主管部门", cs=2), C(unit, cs=4), C("实施单位", cs=1), C(unit, cs=3))
        t.row(C(f"项目资金\n（{uw}）", rs=4), "", "年初预算数", "全年预算数", f"{mlab}执行数", "全年预计执行数",
              "全年执行数", "执行率", "分值", "得分")
        t.row("年度资金总额", money(p.init, ms), money(p.budget, ms), money(p.mid, ms), money(p.forecast, ms),
              money(p.executed, ms), pct(p.budget, p.executed), "10", p.exec_score)
        ini_o = p.other if p.other < p.init else 0
        fm = part_of(rng, p.mid, 0.6, 1.0, gran) if p.other else p.mid
        fm = max(fm, p.mid - p.other)
        ff = p.forecast - min(p.other, p.forecast) if p.other else p.forecast
        ff = max(ff, fm)
        t.row("其中：财政拨款", money(p.init - ini_o, ms), money(p.fiscal, ms), money(fm, ms), money(min(ff, p.fiscal), ms),
              money(p.fiscal_exec, ms), pct(p.fiscal, p.fiscal_exec), "—", "—")
        t.row("其他资金", money(ini_o, ms), money(p.other, ms), money(p.mid - fm, ms), money(p.forecast - min(ff, p.fiscal), ms),
              money(p.other_exec, ms), pct(p.other, p.other_exec), "—", "—")
        t.row(C("年度总体目标", rs=2), C("预期目标", cs=4), C("实际完成情况", cs=5))
        t.row(C(p.goal, cs=4), C(p.done, cs=5))
        t.row(C("绩效指标", rs=len(p.inds) + 1), "一级指标", "二级指标", "三级指标", "年度指标值", f"{mlab}完成值",
              "全年预计完成值", "全年实际完成值", "分值", "得分")
        for i, cells in level_cells(p.inds):
            u = i.unit or ""
            cells += [i.name, i.tgt(), i.mid + (u if i.numeric and i.kind != "sat" else ""),
                      i.fc + (u if i.numeric else ""), i.act_s(), i.weight, i.score]
            t.row(*cells)
        t.row(C("总分", cs=8), "100", p.total)
        tabs = flat_tabs(t, keep_covered=False)
        txt = webpage(rng, ctx, f"{unit}{title}", [f"金额单位：{uw}", ""] + tabs.split("\n"))
        html = html_page(title, [P(f"{unit}{title}", center=True, bold=True), P(f"金额单位：{uw}"), table_html(t)])
        kind = "自评表"
        title = f"{unit}{title}"
    else:
        title = f"{unit}{y}年度项目支出绩效自评报告"
        blocks = [("p", intro(ctx)), ("h", "一、项目基本情况"),
                  ("p", f"{y}年度我单位实施项目{len(ps)}个：" + "、".join(p.name for p in ps) + "。")]
        if v == "M2":
            blocks.append(("h", "二、绩效运行监控情况"))
            blocks.append(("p", f"{y}年{months + 1}月，我单位按要求对{mlab}项目预算执行和绩效目标实现情况开展了“双监控”。"))
            mt = Table()
            mt.row("项目名称", f"全年预算数（{uw}）", f"{mlab}执行数（{uw}）", "执行进度", f"全年预计执行数（{uw}）", "偏差原因")
            for p in ps:
                mt.row(p.name, money(p.budget, ms), money(p.mid, ms), fmt_rate(p.mid_rate, "2") + "%", money(p.forecast, ms),
                       "部分项目按合同约定分期支付" if p.mid_rate < 50 else "")
            blocks.append(("t", mt))
            for p in ps:
                it = Table()
                it.row("三级指标", "年度指标值", f"{mlab}完成情况", "全年预计完成", "完成目标可能性")
                for i in p.inds:
                    u = i.unit or ""
                    it.row(i.name, i.tgt(), i.mid + (u if i.numeric and i.kind != "sat" else ""), i.fc + (u if i.numeric else ""), i.likely)
                blocks += [("p", f"{p.name}绩效目标监控情况："), ("t", it)]
            blocks.append(("h", "三、绩效自评情况"))
            for k, p in enumerate(ps, 1):
                blocks += [("p", f"{k}.{p.name}：全年预算数{mm(p.budget)}，全年执行数{mm(p.executed)}，"
                                 f"预算执行率{fmt_rate(p.rate, rs)}%，自评得分{p.total}分。自评表如下："),
                           ("t", self_form(p, ctx, ms, rs, rows3=rng.random() < 0.5))]
        else:
            blocks.append(("h", "二、资金执行及绩效目标完成情况"))
            for k, p in enumerate(ps):
                blocks.append(("h", f"（{CN_NUM[k]}）{p.name}"))
                blocks.append(("p", f"该项目全年预算数{mm(p.budget)}，其中财政拨款{mm(p.fiscal)}。年中绩效运行监控显示，截至"
                                    f"{months}月底已支出{mm(p.mid)}，执行进度{fmt_rate(p.mid_rate, '2')}%，预计全年执行"
                                    f"{mm(p.forecast)}。截至12月31日，全年实际支出{mm(p.executed)}，预算执行率"
                                    f"{fmt_rate(p.rate, rs)}%。"))
                it = Table()
                it.row("一级指标", "二级指标", "三级指标", "年度指标值", f"{mlab}完成值", "全年完成值", "分值", "得分")
                for i, cells in level_cells(p.inds):
                    u = i.unit or ""
                    cells += [i.name, i.tgt(), i.mid + (u if i.numeric and i.kind != "sat" else ""), i.act_s(), i.weight, i.score]
                    it.row(*cells)
                blocks += [("t", it), ("p", f"该项目自评得分{p.total}分，自评等级“{p.grade}”。")]
        blocks += [("h", "四、存在的问题和改进措施" if v == "M2" else "三、存在的问题和改进措施"),
                   ("p", f"一是{rng.choice(PROBLEMS)}。下一步，我单位将{rng.choice(MEASURES)}。")]
        lines = []
        for kind, c in blocks:
            if kind == "t":
                lines += (flat_tabs(c, keep_covered=True) if v == "M2" else flat_layout(c, gap=3, maxw=30, keep=keep)).split("\n")
            elif kind == "h":
                lines.append(c)
            else:
                lines += (["    " + c] if v == "M2" else wrap_keep(c, 80, keep, "    "))
        if v == "M2":
            txt = "\n".join([title, ""] + lines) + "\n"
        else:
            txt = paginate([title.center(40).rstrip(), ""] + lines, "", rng.randint(44, 54), keep, "dash")
        html = html_page(title, [H(title, 2)] + [table_html(c, head=1) if k == "t" else (H(c, 3) if k == "h" else P(c))
                                                 for k, c in blocks])
        kind = "项目支出自评"
    exp = expected_doc(GEN, ctx, rid, title, kind, unit, None,
                       [exp_project(p, rate_s=fmt_rate(p.rate, rs)) for p in ps])
    return rid, txt, html, exp


# --------------------------------------------------------------------------------------------
# Driver


def make_ctx(rng, i, layout, seed):
    import random
    order = list(range(len(PLACES)))
    random.Random(f"{GEN}/{seed}/places").shuffle(order)
    prov, ppy, county, cpy, city = PLACES[order[i % len(PLACES)]]
    sec = SECTORS[(i + i // len(LAYOUTS)) % len(SECTORS)]
    return {"index": i, "layout": layout, "seed": seed, "prov": prov, "ppy": ppy, "county": county, "cpy": cpy,
            "city": city, "sec": sec, "unit": county + sec["unit"], "unit_py": sec["py"],
            "year": rng.randint(2019, 2024)}


BUILDERS = {"kongge": b_kongge, "gongkai": b_gongkai, "excel": b_excel, "fenji": b_fenji,
            "shuanglan": b_shuanglan, "jiankong": b_jiankong}


def main(argv):
    args = parse_args(argv, __doc__, SEED)
    tally = new_tally()
    by_layout = {}

    def each(layout, exp):
        t = new_tally()
        count_figures(exp, t)
        count_figures(exp, tally)
        by_layout[layout] = by_layout.get(layout, 0) + sum(t[k] for k in SCORED_KINDS)

    bad = write_and_check(GEN, args.out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS,
                          lambda e: self_check(e, strict=True), each)
    scored = sum(tally[k] for k in SCORED_KINDS)
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in SCORED_KINDS + ("indicators", "department_indicators", "dept_figures")))
    print("figures by layout: " + ", ".join(f"{k} {v}" for k, v in by_layout.items()))
    print(genlib.summary_line(GEN, args.count, args.out, scored, tally['dept_figures'], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
