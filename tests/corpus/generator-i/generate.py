#!/usr/bin/env python3
"""Generator I: a ninth, independent generated corpus of 预算绩效自评报告 with their expected documents.

Usage: generate.py OUT [-n N] [--seed S]    (default 30 reports, seed 20261129)

Writes OUT/<id>.txt, OUT/html/<id>.html and OUT/<id>.expected.json for six layouts nobody wrote the reader
against (see README.md), checks that every expected figure is in the TXT and in the HTML's text and that every
figure is consistent, and exits 1 when anything is wrong. Python 3 standard library only (plus genlib); the
same seed gives the same bytes.
"""
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
import genlib as g  # noqa: E402
from genlib import C, Table, D, q2, trim, dw  # noqa: E402

GEN = "generator-i"
SEED = 20261129
LAYOUTS = ["mulu", "tiaozheng", "laiyuan", "tianbao", "jidu", "zongjie"]

# --------------------------------------------------------------------------------------------
# Places: 30 counties none of the other generators' READMEs names (province, pinyin, county, pinyin, 区划 prefix)

COUNTIES = [
    ("河北", "he", "阜平县", "fuping", "130624"), ("山西", "sx", "保德县", "baode", "140931"),
    ("内蒙古", "nm", "奈曼旗", "naiman", "150525"), ("辽宁", "ln", "宽甸满族自治县", "kuandian", "210624"),
    ("吉林", "jl", "长白朝鲜族自治县", "changbai", "220623"), ("黑龙江", "hl", "抚远市", "fuyuan", "230883"),
    ("江苏", "js", "响水县", "xiangshui", "320921"), ("浙江", "zj", "文成县", "wencheng", "330328"),
    ("安徽", "ah", "金寨县", "jinzhai", "341524"), ("福建", "fj", "屏南县", "pingnan", "350923"),
    ("江西", "jx", "遂川县", "suichuan", "360827"), ("山东", "sd", "沂源县", "yiyuan", "370323"),
    ("河南", "ha", "嵩县", "songxian", "410325"), ("湖北", "hb", "房县", "fangxian", "420325"),
    ("湖南", "hn", "江华瑶族自治县", "jianghua", "431129"), ("广东", "gd", "连南瑶族自治县", "liannan", "441826"),
    ("广西", "gx", "三江侗族自治县", "sanjiang", "451226"), ("海南", "hi", "保亭黎族苗族自治县", "baoting", "469029"),
    ("重庆", "cq", "酉阳土家族苗族自治县", "youyang", "500242"), ("四川", "sc", "壤塘县", "rangtang", "513230"),
    ("贵州", "gz", "望谟县", "wangmo", "522326"), ("云南", "yn", "福贡县", "fugong", "533323"),
    ("西藏", "xz", "尼木县", "nimu", "540123"), ("陕西", "sn", "宜川县", "yichuan", "610630"),
    ("甘肃", "gs", "积石山保安族东乡族撒拉族自治县", "jishishan", "622927"), ("青海", "qh", "玛多县", "maduo", "632626"),
    ("宁夏", "nx", "西吉县", "xiji", "640422"), ("新疆", "xj", "英吉沙县", "yingjisha", "653123"),
    ("湖南", "hn", "古丈县", "guzhang", "433126"), ("贵州", "gz", "丹寨县", "danzhai", "522636"),
]

# --------------------------------------------------------------------------------------------
# Sectors none of the other generators' READMEs names. Indicator specs: (二级, name, kind, ...):
# ge (unit, lo, hi), pct, le (unit, lo, hi), lepct, zero (unit), time, qual ((target, actual))

SECTORS = [
    dict(py="rmt", unit="{c}融媒体中心", sat="受众满意度",
         duty="主要负责全县新闻宣传、广播电视节目制作播出、新媒体平台运营和应急广播体系运行维护等工作",
         benefit=[("社会效益指标", "主流舆论传播力", "qual", ("进一步增强", "明显增强")),
                  ("社会效益指标", "新媒体平台粉丝新增数", "ge", "人", 3000, 20000),
                  ("可持续影响指标", "融媒体平台持续运行", "qual", ("持续稳定运行", "稳定运行"))],
         projects=[("县级融媒体中心播控设备更新项目", [("数量指标", "采购播控设备", "ge", "台", 8, 30),
                                              ("质量指标", "设备验收合格率", "pct"),
                                              ("成本指标", "单台设备采购均价", "le", "万元", 2, 6)]),
                   ("新闻宣传报道专项经费", [("数量指标", "发布新闻稿件", "ge", "篇", 1200, 3600),
                                     ("数量指标", "制作短视频", "ge", "条", 150, 600),
                                     ("质量指标", "稿件差错率", "lepct")]),
                   ("应急广播体系运行维护经费", [("数量指标", "维护应急广播终端", "ge", "个", 180, 900),
                                        ("质量指标", "终端在线率", "pct")]),
                   ("广播电视节目安全播出经费", [("数量指标", "播出节目时长", "ge", "小时", 5000, 8700),
                                        ("质量指标", "安全播出责任事故", "zero", "次")]),
                   ("网络安全等级保护测评项目", [("数量指标", "测评信息系统", "ge", "个", 2, 6),
                                        ("质量指标", "问题整改完成率", "pct")])]),
    dict(py="tw", unit="共青团{c}委员会", sat="青少年满意度",
         duty="主要负责全县共青团组织建设、青少年思想引领、青年就业创业服务、希望工程和青年志愿服务等工作",
         benefit=[("社会效益指标", "青少年综合素质", "qual", ("有所提升", "明显提升")),
                  ("社会效益指标", "带动青年就业创业", "ge", "人", 50, 300),
                  ("可持续影响指标", "青年志愿服务长效机制", "qual", ("逐步健全", "基本健全"))],
         projects=[("希望工程助学金", [("数量指标", "资助困难学生", "ge", "人", 40, 260),
                                ("质量指标", "助学金发放准确率", "pct"),
                                ("成本指标", "人均资助标准", "le", "元", 1500, 3000)]),
                   ("青少年思想引领活动经费", [("数量指标", "开展主题团日活动", "ge", "场", 20, 80),
                                       ("数量指标", "参与青少年", "ge", "人次", 1500, 9000)]),
                   ("青年就业创业扶持项目", [("数量指标", "开展创业培训", "ge", "期", 3, 12),
                                      ("数量指标", "培训青年", "ge", "人", 120, 600),
                                      ("质量指标", "培训结业率", "pct")]),
                   ("12355青少年服务台运行经费", [("数量指标", "接听心理咨询", "ge", "件", 300, 1600),
                                          ("质量指标", "咨询回访率", "pct")]),
                   ("青年志愿服务项目", [("数量指标", "新增注册志愿者", "ge", "人", 800, 5000),
                                  ("数量指标", "志愿服务时长", "ge", "小时", 6000, 40000)])]),
    dict(py="kx", unit="{c}科学技术协会", sat="参与群众满意度",
         duty="主要负责全县科学技术普及、公民科学素质提升、基层科协组织建设和科技工作者服务等工作",
         benefit=[("社会效益指标", "科普活动群众参与率", "pct"),
                  ("社会效益指标", "全社会科普氛围", "qual", ("逐步浓厚", "明显浓厚")),
                  ("可持续影响指标", "科普阵地持续发挥作用", "qual", ("长期", "长期"))],
         projects=[("全国科普日活动经费", [("数量指标", "开展科普活动", "ge", "场", 10, 40),
                                   ("数量指标", "受益群众", "ge", "人次", 5000, 30000)]),
                   ("农村科普示范基地建设项目", [("数量指标", "建设科普示范基地", "ge", "个", 2, 8),
                                        ("数量指标", "培训农民", "ge", "人次", 300, 1500),
                                        ("质量指标", "示范基地验收合格率", "pct")]),
                   ("科普大篷车巡展项目", [("数量指标", "巡展站次", "ge", "站", 12, 40),
                                   ("成本指标", "每站次巡展成本", "le", "元", 2000, 5000)]),
                   ("院士专家工作站运行补助", [("数量指标", "柔性引进专家", "ge", "人", 3, 12),
                                       ("数量指标", "解决技术难题", "ge", "项", 4, 15)]),
                   ("青少年科技创新大赛经费", [("数量指标", "征集参赛作品", "ge", "件", 60, 300),
                                       ("质量指标", "评审公正率", "pct")])]),
    dict(py="dx", unit="中共{c}委党校", sat="参训学员满意度",
         duty="主要负责全县党员领导干部教育培训、党的理论研究宣传和决策咨询服务等工作",
         benefit=[("社会效益指标", "干部理论素养", "qual", ("有所提高", "明显提高")),
                  ("社会效益指标", "调研成果转化运用", "ge", "项", 2, 6),
                  ("可持续影响指标", "干部教育培训长效机制", "qual", ("健全", "健全"))],
         projects=[("主体班次培训经费", [("数量指标", "举办主体班次", "ge", "期", 6, 18),
                                  ("数量指标", "培训学员", "ge", "人次", 400, 1800),
                                  ("质量指标", "学员到课率", "pct")]),
                   ("干部教育培训教材购置经费", [("数量指标", "购置培训教材", "ge", "册", 800, 4000),
                                        ("成本指标", "教材平均单价", "le", "元", 30, 60)]),
                   ("党校教学楼维修改造工程", [("数量指标", "维修改造面积", "ge", "平方米", 600, 3200),
                                       ("质量指标", "工程验收合格率", "pct")]),
                   ("理论研究课题经费", [("数量指标", "完成调研课题", "ge", "项", 4, 15),
                                  ("质量指标", "课题结项率", "pct")]),
                   ("送教下基层专项经费", [("数量指标", "送教下基层", "ge", "场", 20, 80),
                                   ("数量指标", "受训基层党员", "ge", "人次", 1000, 6000)])]),
    dict(py="gsl", unit="{c}工商业联合会", sat="企业满意度",
         duty="主要负责全县非公有制经济人士思想政治工作、民营企业服务、商会建设和光彩事业等工作",
         benefit=[("社会效益指标", "民营经济营商环境", "qual", ("持续优化", "明显优化")),
                  ("社会效益指标", "企业诉求办结率", "pct"),
                  ("可持续影响指标", "政企沟通机制", "qual", ("常态化运行", "常态化运行"))],
         projects=[("民营企业服务专项经费", [("数量指标", "走访服务企业", "ge", "家", 60, 300),
                                     ("时效指标", "企业诉求响应时限", "le", "个工作日", 3, 7)]),
                   ("非公经济人士教育培训经费", [("数量指标", "举办培训班", "ge", "期", 3, 10),
                                        ("数量指标", "培训非公经济人士", "ge", "人次", 150, 800)]),
                   ("光彩事业帮扶项目", [("数量指标", "帮扶脱贫户", "ge", "户", 50, 300),
                                  ("质量指标", "帮扶资金到户率", "pct")]),
                   ("基层商会建设补助", [("数量指标", "指导基层商会", "ge", "个", 5, 20),
                                  ("质量指标", "商会规范化建设达标率", "pct")]),
                   ("民营经济运行监测调查经费", [("数量指标", "调查样本企业", "ge", "家", 50, 200),
                                        ("质量指标", "样本数据有效率", "pct")])]),
    dict(py="szzx", unit="{c}地方志编纂中心", sat="读者满意度",
         duty="主要负责全县地方志书和年鉴编纂出版、党史资料征集研究、地情资料整理开发利用等工作",
         benefit=[("社会效益指标", "存史资政育人作用", "qual", ("有效发挥", "充分发挥")),
                  ("社会效益指标", "地情资料查阅利用", "ge", "人次", 800, 5000),
                  ("可持续影响指标", "志书资料长期保存利用", "qual", ("长期", "长期"))],
         projects=[("第三轮县志编纂经费", [("数量指标", "完成志稿", "ge", "万字", 40, 160),
                                   ("质量指标", "志稿评审通过率", "pct")]),
                   ("年鉴编纂出版经费", [("数量指标", "出版年鉴", "ge", "册", 800, 2000),
                                  ("数量指标", "年鉴入编条目", "ge", "条", 1200, 3000),
                                  ("成本指标", "每册印制成本", "le", "元", 80, 160)]),
                   ("党史资料征集经费", [("数量指标", "征集党史资料", "ge", "件", 200, 1200),
                                  ("质量指标", "资料整理归档率", "pct")]),
                   ("名镇名村志编纂扶持资金", [("数量指标", "扶持村志编纂", "ge", "部", 3, 12),
                                       ("质量指标", "志稿审核通过率", "pct")]),
                   ("地情资料数字化项目", [("数量指标", "数字化地情资料", "ge", "万页", 5, 40),
                                   ("质量指标", "数据校验准确率", "pct")])]),
    dict(py="lgbj", unit="中共{c}委老干部局", sat="离退休干部满意度",
         duty="主要负责全县离退休干部政治待遇和生活待遇落实、离退休干部党建、老干部活动阵地建设管理等工作",
         benefit=[("社会效益指标", "离退休干部获得感", "qual", ("有所增强", "明显增强")),
                  ("社会效益指标", "老干部参与活动覆盖率", "pct"),
                  ("可持续影响指标", "老干部服务保障机制", "qual", ("逐步完善", "基本完善"))],
         projects=[("离退休干部活动中心运行经费", [("数量指标", "组织文体活动", "ge", "场", 20, 80),
                                          ("数量指标", "服务老干部", "ge", "人次", 2000, 9000)]),
                   ("离退休干部走访慰问经费", [("数量指标", "走访慰问离退休干部", "ge", "人次", 300, 1500),
                                       ("质量指标", "慰问金发放准确率", "pct")]),
                   ("老年大学办学经费", [("数量指标", "开设教学班", "ge", "个", 8, 30),
                                  ("数量指标", "在校学员", "ge", "人", 300, 1500),
                                  ("成本指标", "生均办学成本", "le", "元", 400, 900)]),
                   ("离退休干部健康体检经费", [("数量指标", "组织健康体检", "ge", "人", 200, 900),
                                       ("质量指标", "体检覆盖率", "pct")]),
                   ("银发人才志愿服务项目", [("数量指标", "开展志愿服务", "ge", "次", 20, 100),
                                      ("数量指标", "参与老同志", "ge", "人次", 300, 2000)])]),
]

OUTPUT_L2 = ("数量指标", "质量指标", "时效指标", "成本指标")

# --------------------------------------------------------------------------------------------
# Indicators


class Ind(g.Indicator):
    def tgt(self, words=False):
        k, t, u = self.kind, self.target, self.unit
        if k in ("ge", "pct", "sat"):
            return (f"不低于{t}{u}" if u == "%" else f"不少于{t}{u}") if words else f"≥{t}{u}"
        if k in ("le", "lepct"):
            return f"不超过{t}{u}" if words else f"≤{t}{u}"
        if k == "zero":
            return f"{t}{u}" if words else f"={t}{u}"
        return t

    def exp(self, target=True, actual=True, score=True):
        return {"name": self.name, "target": self.target if target else None,
                "actual": self.actual if actual else None, "score": self.score if score else None}


def mk_ind(rng, ctx, spec):
    l2, name, kind = spec[:3]
    l1 = "产出指标" if l2 in OUTPUT_L2 else ("满意度指标" if kind == "sat" else "效益指标")
    if kind == "ge":
        unit, lo, hi = spec[3:6]
        t = g.nice_int(rng, lo, hi)
        if rng.random() < 0.8:
            a = t + rng.randint(0, max(1, t // 10))
        else:
            a = max(1, min(t - 1, int(t * rng.uniform(0.82, 0.97))))
        return Ind(l1, l2, name, "ge", unit, str(t), str(a))
    if kind in ("pct", "sat"):
        t = rng.choice([85, 90, 95, 98, 100] if kind == "pct" else [80, 85, 90, 95])
        if any(w in name for w in ("合规", "准确", "到户", "通过")):
            t = 100
        if rng.random() < 0.85:
            a = D(100) if t == 100 else D(rng.randint(t * 10, 1000)) / 10
        else:
            a = D(t * 10 - rng.randint(5, 60)) / 10
        return Ind(l1, l2, name, kind, "%", str(t), trim(a))
    if kind == "le":
        unit, lo, hi = spec[3:6]
        dec = unit == "万元"
        t = D(rng.randint(lo * 10, hi * 10)) / 10 if dec else D(rng.randint(lo, hi) // (10 if hi >= 100 else 1) * (10 if hi >= 100 else 1))
        f = D(rng.randint(850, 1000)) / 1000 if rng.random() < 0.85 else D(rng.randint(1030, 1200)) / 1000
        a = (t * f).quantize(D("0.1") if dec else D(1))
        return Ind(l1, l2, name, "le", unit, trim(t), trim(a))
    if kind == "lepct":
        return Ind(l1, l2, name, "lepct", "%", "100" if "控制率" in name else "1",
                   trim(D(rng.randint(940, 1000)) / 10) if "控制率" in name else trim(D(rng.randint(2, 12)) / 10))
    if kind == "zero":
        return Ind(l1, l2, name, "zero", spec[3], "0", "0")
    if kind == "time":
        t = rng.choice(["12月底前完成", f"{ctx['year']}年12月31日前完成", "按计划时间完成"])
        met = rng.random() < 0.9
        return Ind(l1, l2, name, "time", "", t, rng.choice(["已按期完成", "按期完成"]) if met else "基本完成", met)
    if kind == "qual":
        pair = spec[3]
        met = rng.random() < 0.85
        return Ind(l1, l2, name, "qual", "", pair[0], pair[1] if met else "基本达到", met)
    raise ValueError(kind)


class Proj:
    pass


def make_projects(rng, ctx, n, gran, lo_yuan=60000, hi_yuan=2600000, fiscal_p=0.5):
    """n projects of the report's sector: money in 分 (multiples of gran), indicators scored, weights 50/30/10."""
    sec = ctx["sector"]
    specs = list(sec["projects"])
    rng.shuffle(specs)
    out = []
    for name, outs in specs[:n]:
        p = Proj()
        p.name = name
        oi = [mk_ind(rng, ctx, s) for s in outs]
        if not any(i.kind == "time" for i in oi):
            oi.append(mk_ind(rng, ctx, ("时效指标", "项目完成时间", "time")))
        if len(oi) < 4 and rng.random() < 0.5:
            oi.append(mk_ind(rng, ctx, ("质量指标", "资金使用合规率", "pct")))
        if not any(i.l2 == "成本指标" for i in oi) and rng.random() < 0.4:
            oi.append(mk_ind(rng, ctx, ("成本指标", "预算成本控制率", "lepct")))
        oi.sort(key=lambda i: g.ORDER2.get(i.l2, 9))
        bens = rng.sample(sec["benefit"], rng.choice([1, 2, 2]))
        bi = [mk_ind(rng, ctx, s) for s in bens]
        bi.sort(key=lambda i: g.ORDER2.get(i.l2, 9))
        si = mk_ind(rng, ctx, ("满意度指标", sec["sat"], "sat"))
        si.l1, si.l2 = "满意度指标", "服务对象满意度指标"
        for grp, tot in ((oi, 50), (bi, 30)):
            for i, w in zip(grp, g.distribute(rng, tot, len(grp), 4)):
                i.weight = str(w)
        si.weight = "10"
        p.inds = oi + bi + [si]
        for i in p.inds:
            i.compute_score(rng)
        p.sat = si.actual
        p.b = g.amount(rng, lo_yuan, hi_yuan, gran)
        p.f = p.b if rng.random() < fiscal_p else g.part_of(rng, p.b, 0.55, 0.95, gran)
        p.o = p.b - p.f
        p.e = g.spent(rng, p.b, gran)
        p.r = g.rate(p.e, p.b)
        p.pts = q2(min(p.r, D(100)) / 10)
        p.total = trim(p.pts + sum(D(i.score) for i in p.inds))
        p.grade = g.grade_of(p.total)
        out.append(p)
    return out


def dept_funds(rng, ctx, projs, gran):
    """Department totals above the projects' sum (基本支出 added): (budget, executed, basic budget, basic exec)."""
    bb = g.amount(rng, 1500000, 9000000, gran)
    be = g.spent(rng, bb, gran, full=0.3, lo=0.93, hi=0.999)
    return bb + sum(p.b for p in projs), be + sum(p.e for p in projs), bb, be


# --------------------------------------------------------------------------------------------
# Formatting


def wan(ctx, fen, dec=None, sep=None):
    return g.fmt_wan(fen, ctx["dec"] if dec is None else dec, sep=sep)


def rt(ctx, r):
    return g.fmt_rate(r, ctx["rs"])


ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")"})


def pz(ctx, s):
    """The report's punctuation: full-width, or ASCII in about a third of the reports."""
    return s.translate(ASCII) if ctx["ascii"] else s


def pexp(ctx, p, fiscal=True, rate=True, sat=True, inds=None):
    """A project's expected entry; inds: the indicator entries (default every indicator with all three figures)."""
    if inds is None:
        inds = [i.exp() for i in p.inds]
    return g.project_exp(p.name, p.b, p.f if fiscal else None, p.e, rt(ctx, p.r) if rate else None,
                         p.sat if sat else None, inds)


def ind_table(p, ctx, cols="basic", levels=True, merge=True, sat=True):
    """An indicator table: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 (levels merged or repeated)."""
    inds = p.inds if sat else [i for i in p.inds if i.kind != "sat"]
    t = Table()
    words = ctx.get("words", False)
    if levels:
        t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分")
        k = 0
        while k < len(inds):
            i = inds[k]
            n1 = sum(1 for j in inds if j.l1 == i.l1)
            first1 = all(j.l1 != i.l1 for j in inds[:k])
            n2 = sum(1 for j in inds if j.l2 == i.l2)
            first2 = all(j.l2 != i.l2 for j in inds[:k])
            cells = []
            if merge:
                if first1:
                    cells.append(C(i.l1, rs=n1))
                if first2:
                    cells.append(C(i.l2, rs=n2))
            else:
                cells += [i.l1, i.l2]
            cells += [i.name, i.tgt(words), i.act(), i.weight, i.score]
            t.row(*cells)
            k += 1
    else:
        t.row("序号", "绩效指标", "年度指标值", "实际完成值", "分值", "得分")
        for k, i in enumerate(inds, 1):
            t.row(str(k), i.name, i.tgt(words), i.act(), i.weight, i.score)
    return t


def ind_sentence(i, ctx, form, score=True):
    w = ctx.get("words", False)
    if form == 0 and not i.numeric:
        s = f"{i.name}年度目标为“{i.target}”，实际{i.actual}"
    elif form == 0:
        s = f"{i.name}年度目标{i.tgt(True)}，实际完成{i.act()}"
    elif form == 1:
        s = f"“{i.name}”指标值{i.tgt(w)}，全年完成值{i.act()}"
    elif not i.numeric:
        s = f"{i.name}：目标{i.target}，实际{i.actual}"
    else:
        s = f"{i.name}：目标{i.tgt(w)}，完成{i.act()}"
    return s + (f"，得{i.score}分" if score else "")


def wrap(text, width, indent=""):
    """genlib's wrap, and ASCII , ; : ) never open a line (they hang on the line before, as full-width ones do)."""
    out = []
    for ln in g.wrap(text, width, indent):
        while out and ln[:1] in ",;:)" and ln[1:2] != "":
            out[-1] += ln[0]
            ln = ln[1:]
        out.append(ln)
    return out


def layout_table(t, gap=2):
    """A table as `pdftotext -layout` gives it: columns padded with spaces, figures right-aligned; a cell spanning
    rows on its first row."""
    placed, occ, ncols = t.grid()
    widths = [2] * ncols
    for items in placed:
        for c, cl in items:
            if cl.cs == 1:
                widths[c] = max(widths[c], dw(cl.text.replace("\n", "")))
    starts, pos = [], 0
    for c in range(ncols):
        starts.append(pos)
        pos += widths[c] + gap
    out = []
    for items in placed:
        line = ""
        for c, cl in items:
            txt = cl.text.replace("\n", "")
            cur = dw(line)
            if cur < starts[c]:
                line += " " * (starts[c] - cur)
            elif cur:
                line += " " * gap
            span = starts[c + cl.cs - 1] + widths[c + cl.cs - 1] - starts[c]
            if re.fullmatch(r"[-−()（）\d.,，%]+", txt) and dw(txt) < span:
                txt = " " * (span - dw(txt)) + txt
            line += txt
        out.append(line.rstrip())
    return "\n".join(out)


class Doc:
    """Blocks of a report: headings, paragraphs, tables; rendered as HTML and as text in several ways."""

    def __init__(self, ctx):
        self.ctx, self.blocks = ctx, []

    def h(self, text, level=2):
        self.blocks.append(("h", pz(self.ctx, text), level))

    def p(self, text, raw=False, center=False):
        self.blocks.append(("p", text if raw else pz(self.ctx, text), center))

    def t(self, table, head=1, mode=None):
        self.blocks.append(("t", table, head, mode))

    def html(self, title, top=(), bottom=(), thead=False):
        parts = []
        for b in self.blocks:
            if b[0] == "h":
                parts.append(g.H(b[1], b[2]))
            elif b[0] == "p":
                parts.append(g.P(b[1], center=b[2]))
            else:
                parts.append(g.table_html(b[1], b[2], thead))
        return g.html_page(title, parts, top, bottom)

    def lines(self, tmode, width=None, blank=True, indent=""):
        out = []
        for b in self.blocks:
            if b[0] == "h":
                out.append(b[1])
            elif b[0] == "p":
                if width and not b[2]:
                    out.extend(wrap(b[1], width, indent))
                else:
                    out.append(b[1])
            else:
                mode = b[3] or tmode
                if mode == "tabs":
                    s = g.flat_tabs(b[1], keep_covered=False)
                elif mode == "tabsE":
                    s = g.flat_tabs(b[1], keep_covered=True)
                elif mode == "lines":
                    s = g.flat_lines(b[1])
                elif mode == "layout":
                    s = layout_table(b[1])
                else:
                    raise ValueError(mode)
                out.extend(s.split("\n"))
            if blank:
                out.append("")
        return out



def laid_out(doc, width, centre):
    """The document as a printed page's text: tables laid out in columns, paragraphs wrapped at
    `width` with an indent, headings and short lines centred in `centre` columns, a blank line
    after each block."""
    body = []
    for b in doc.blocks:
        if b[0] == "t":
            body.extend(layout_table(b[1]).split("\n"))
        elif b[0] == "p" and not b[2]:
            body.extend(wrap(b[1], width, "    "))
        else:
            body.append(b[1].center(centre).rstrip() if b[0] == "p" else b[1])
        body.append("")
    return body

def web_top(ctx, title, rng):
    y = ctx["year"] + 1
    m, d = rng.randint(3, 9), rng.randint(1, 28)
    return [f"{ctx['county']}人民政府门户网站", f"当前位置：首页 > 政务公开 > 财政信息 > 绩效管理",
            title, f"发布时间：{y}-{m:02d}-{d:02d}  来源：{ctx['unit']}  浏览次数：{rng.randint(60, 900)}"]


WEB_BOTTOM = ["【打印本页】 【关闭窗口】", "主办单位：县人民政府办公室  技术支持：县大数据中心"]


def sign_date(ctx, rng):
    return f"{ctx['year'] + 1}年{rng.randint(2, 5)}月{rng.randint(1, 28)}日"


def num_cn(k):
    return "一二三四五六七八九十"[k - 1]


# --------------------------------------------------------------------------------------------
# Shared pieces


def national_form(ctx, p, y, unit_word="万元", money=None):
    """The national 项目支出绩效自评表 of one project (8 columns)."""
    money = money or (lambda f: wan(ctx, f))
    ef = min(p.f, p.e)
    eo = p.e - ef
    t = Table()
    t.row(C("项目名称"), C(p.name, cs=7))
    t.row("主管部门", C(ctx["unit"], cs=3), "实施单位", C(ctx["unit"], cs=3))
    t.row(C(f"项目资金（{unit_word}）", rs=4), "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分")
    t.row("年度资金总额", money(p.b0), money(p.b), money(p.e), "10", rt(ctx, p.r) + "%", trim(p.pts))
    t.row("其中：当年财政拨款", money(p.f0), money(p.f), money(ef), "—", "—", "—")
    t.row("其他资金", money(p.b0 - p.f0), money(p.o), money(eo), "—", "—", "—")
    t.row(C("年度总体目标", rs=2), C("预期目标", cs=3), C("实际完成情况", cs=4))
    t.row(C(p.goal, cs=3), C(p.done, cs=4))
    t.row("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施")
    inds = p.inds
    for k, i in enumerate(inds):
        cells = []
        if all(j.l1 != i.l1 for j in inds[:k]):
            cells.append(C(i.l1, rs=sum(1 for j in inds if j.l1 == i.l1)))
        if all(j.l2 != i.l2 for j in inds[:k]):
            cells.append(C(i.l2, rs=sum(1 for j in inds if j.l2 == i.l2)))
        reason = "无" if D(i.score) == D(i.weight) else "受客观因素影响未完全达到目标，下一步加强统筹"
        cells += [i.name, i.tgt(ctx.get("words", False)), i.act(), i.weight, i.score, reason]
        t.row(*cells)
    t.row(C("总分", cs=5), "100", p.total, C(f"自评等级：{p.grade}"))
    return t


def goals(rng, ctx, p):
    """年初预算 (the adjusted budget may be above it) and the goal texts of the national form."""
    p.b0 = p.b if rng.random() < 0.6 else p.b - g.part_of(rng, p.b, 0.05, 0.3, ctx["gran"])
    p.f0 = min(p.f, p.b0)
    first = p.inds[0]
    p.goal = f"完成{first.name}{first.tgt(True) if first.numeric else first.target}等年度任务，资金规范使用。"
    p.done = f"{first.name}完成{first.act()}，项目按计划实施，资金使用规范。"


def protect_of(projs):
    """What a page break must not cut: names and text values (a figure is never cut: wrap keeps it whole)."""
    return [p.name for p in projs] + [i.name for p in projs for i in p.inds] + \
        [x for p in projs for i in p.inds if not i.numeric for x in (i.target, i.actual)]


def sat_sentence(ctx, p, rng):
    return rng.choice([f"经问卷调查，{ctx['sector']['sat']}为{p.sat}%。",
                       f"通过发放调查问卷，{ctx['sector']['sat']}达到{p.sat}%。"])


PROBLEMS = ["一是部分项目前期论证不够充分，年中预算调整较多；二是绩效目标设置不够细化，个别指标难以量化；"
            "三是资金支付进度前慢后快，均衡性有待提高。",
            "一是绩效管理意识有待加强；二是个别项目实施进度滞后，预算执行率不高；三是绩效自评结果运用不够充分。"]
MEASURES = "下一步，我单位将加强项目前期论证，细化量化绩效目标，加快预算执行进度，强化绩效自评结果运用。"


# --------------------------------------------------------------------------------------------
# Layout 1: mulu — a long report through pdftotext without -layout: cover, 目录 with dotted leaders and page
# numbers, running heads and page numbers interleaved, pages broken mid-sentence and mid-table


def build_mulu(rng, ctx):
    v = g.cycle(ctx, ["M1", "M2", "M3"])
    ctx["dec"] = 2 if v == "M1" else (rng.choice([2, 4]) if v == "M2" else 4)
    gran = ctx["gran"] = 10 ** (6 - ctx["dec"])
    n = rng.randint(3, 5)
    projs = make_projects(rng, ctx, n, gran)
    for p in projs:
        goals(rng, ctx, p)
    B, E, bb, be = dept_funds(rng, ctx, projs, gran)
    R = g.rate(E, B)
    unit, y = ctx["unit"], ctx["year"]
    title = f"{unit}{y}年度项目支出绩效自评报告"
    arabic = v == "M2"
    doc = Doc(ctx)
    heads = []

    def head(text, level, toc=True):
        doc.h(text, level + 1)
        if toc:
            heads.append((len(doc.blocks) - 1, level, doc.blocks[-1][1]))

    H1 = (lambda k, s: f"{k} {s}") if arabic else (lambda k, s: f"{num_cn(k)}、{s}")
    head(H1(1, "部门基本情况"), 1)
    doc.p(f"{unit}{ctx['sector']['duty']}。{y}年度部门预算总额{wan(ctx, B)}万元，其中基本支出{wan(ctx, bb)}万元、"
          f"项目支出{wan(ctx, B - bb)}万元；全年实际支出{wan(ctx, E)}万元，部门预算执行率{rt(ctx, R)}%。")
    head(H1(2, "绩效自评工作开展情况"), 1)
    doc.p(f"根据县财政局关于开展{y}年度预算绩效自评工作的通知要求，我单位成立了由主要负责同志任组长的绩效自评工作小组，"
          f"按照“谁申请资金、谁设定目标、谁开展自评”的原则，对{n}个项目支出开展了绩效自评，涉及资金"
          f"{wan(ctx, sum(p.b for p in projs))}万元。自评采取资料审核与实地查看相结合的方式进行，"
          f"对照年初设定的绩效目标逐项核实完成情况，形成本报告。")
    head(H1(3, "项目绩效自评情况"), 1)
    for k, p in enumerate(projs, 1):
        head(f"3.{k} {p.name}" if arabic else f"（{num_cn(k)}）{p.name}", 2)
        if arabic:
            head(f"3.{k}.1 资金投入及使用情况", 3, toc=False)
        doc.p(f"该项目全年预算数{wan(ctx, p.b)}万元，其中财政拨款{wan(ctx, p.f)}万元、其他资金{wan(ctx, p.o)}万元；"
              f"全年执行数{wan(ctx, p.e)}万元，预算执行率{rt(ctx, p.r)}%。项目资金严格按照有关管理办法使用，"
              f"专款专用，未发现截留、挤占、挪用等情况。")
        if arabic:
            head(f"3.{k}.2 绩效目标完成情况", 3, toc=False)
        if v == "M3":
            doc.p(f"该项目设置绩效指标{len(p.inds)}个，各项指标完成情况详见附件{k}。")
        else:
            doc.p("该项目主要绩效指标完成情况如下表：")
            doc.t(ind_table(p, ctx), 1)
        doc.p(sat_sentence(ctx, p, rng) + f"综合评定，该项目自评得分{p.total}分，评价等级为“{p.grade}”。")
    head(H1(4, "存在的问题及改进措施"), 1)
    doc.p(rng.choice(PROBLEMS) + MEASURES)
    if v == "M3":
        head("附件", 1)
        for k, p in enumerate(projs, 1):
            head(f"附件{k}：{p.name}绩效自评表", 2)
            doc.p(f"项目支出绩效自评表（{y}年度）", center=True)
            doc.t(national_form(ctx, p, y), 0)
    doc.p(unit, center=True)
    doc.p(sign_date(ctx, rng), center=True)

    # body lines, with where each block starts
    width = 56
    lines, starts, tables, inside, height = [], [], [], set(), {}
    for b in doc.blocks:
        starts.append(len(lines))
        if b[0] == "h":
            lines.append(b[1])
        elif b[0] == "p":
            lines.extend([b[1]] if b[2] else wrap(b[1], width))
        else:
            cell_lines = g.flat_lines(b[1]).split("\n")
            hdr = len(b[1].rows[0]) if b[2] else 0
            ts = len(lines)
            tables.append((ts, ts + len(cell_lines), hdr))
            # a page may end between two rows of a table (after its header row), never inside a row
            k = ts
            for ri, row in enumerate(b[1].rows):
                for j in range(k, k + len(row)):
                    height[j] = D(16) / 10 / len(row)  # a row of the form is about 1.6 lines of text
                inside.update(range(k + 1, k + len(row)))
                if ri == 0 and hdr:
                    inside.add(k + len(row))
                k += len(row)
            lines.extend(cell_lines)
    protect = protect_of(projs) + [unit]
    per = rng.randint(30, 36)
    pages, i = [], 0
    forced = sorted(starts[bi] for bi, level, text in heads if text.startswith("附件") and level == 2)
    while i < len(lines):
        end, h = i, D(0)
        while end < len(lines) and h + height.get(end, 1) <= per:
            h += height.get(end, 1)
            end += 1
        end = min([max(end, i + 1)] + [f for f in forced if i < f])
        if end < len(lines) and end not in forced:
            k = end
            while k > i + (end - i) // 2 and (k in inside or g.straddles(lines[k - 1], lines[k], protect)):
                k -= 1
            end = k
        pages.append((i, end))
        i = end
    npg = len(pages)

    def page_of(idx):
        return next(pn for pn, (a, b) in enumerate(pages, 1) if a <= idx < b)

    leader = {"M1": "…", "M2": ".", "M3": "·"}[v]
    lw = 2 if v == "M1" else 1  # a CJK font sets … full width
    toc = []
    for bi, level, text in heads:
        pg = str(page_of(starts[bi]))
        ind = "" if level == 1 else "  "
        if v == "M3" and level == 2 and dw(text) > 34:
            toc.append(ind + text)
            toc.append(ind + leader * 24 + pg)
        else:
            nl = max(4, (width - dw(ind + text) - len(pg) - (2 if v == "M2" else 0)) // lw)
            toc.append(ind + text + (f" {leader * nl} " if v == "M2" else leader * nl) + pg)
    run_head = {"M1": title, "M2": f"{unit}    {y}年度项目支出绩效自评报告", "M3": None}[v]
    out_pages = [[*wrap(title, width), "", "", unit, "", sign_date(ctx, rng)], ["目    录", "", *toc]]
    for pn, (a, b) in enumerate(pages, 1):
        pl = []
        if v == "M3":
            pl += [title if pn % 2 else unit, ""]
        else:
            pl += [run_head, ""]
        if v == "M2":
            for ts, te, hdr in tables:
                if hdr and ts + hdr < a < te:
                    pl += lines[ts:ts + hdr]
        pl += lines[a:b]
        pl += ["", {"M1": f"第 {pn} 页 共 {npg} 页", "M2": f"- {pn} -", "M3": f"— {pn} —"}[v]]
        out_pages.append(pl)
    txt = "\f".join("\n".join(pl) for pl in out_pages) + "\n"

    front = Doc(ctx)
    for ln in wrap(title, width):
        front.p(ln, raw=True, center=True)
    front.p(unit, raw=True, center=True)
    front.p("目    录", raw=True, center=True)
    for ln in toc:
        front.p(ln, raw=True)
    front.blocks += doc.blocks
    html = front.html(title, thead=(v == "M2"))
    exp = g.expected_doc(GEN, ctx, g.make_id("gi", ctx), title, "项目支出自评", unit,
                         {"budget_total": g.yuan_exp(B), "executed_total": g.yuan_exp(E),
                          "execution_rate_stated": rt(ctx, R)},
                         [pexp(ctx, p) for p in projs])
    return exp["id"], txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 2: tiaozheng — a 项目预算调整及执行情况表: 年初预算 | 调整数 (negative: -12.3400, (120,000.00), or a
# 调减 column) | 调整后预算 | 执行数; the budget is the adjusted one


def adjust(rng, projs, gran):
    new_done = False
    for k, p in enumerate(projs):
        mode = rng.choice(["none", "add", "add", "cut", "cut", "new"])
        if mode == "new" and (new_done or k == 0):
            mode = "cut"
        p.mode = mode
        if mode == "add":
            p.adj = g.part_of(rng, p.b, 0.05, 0.4, gran) or gran
        elif mode == "cut":
            p.adj = -(g.part_of(rng, p.b, 0.05, 0.3, gran) or gran)
        elif mode == "new":
            p.adj = p.b
            new_done = True
        else:
            p.adj = 0
        p.b0 = p.b - p.adj


CUT_WHY = ["因政策调整，部分任务由上级部门统一实施", "因项目招标节余", "按照县政府过紧日子要求压减一般性支出",
           "因实施计划调整，部分内容延至下年度实施"]
ADD_WHY = ["根据县委县政府工作安排追加", "因工作任务增加经县政府同意追加", "上级补助资金年中下达追加"]


def build_tiaozheng(rng, ctx):
    v = g.cycle(ctx, ["T1", "T2", "T3"])
    ctx["dec"] = {"T1": 4, "T2": 2, "T3": 6}[v]
    gran = ctx["gran"] = 10 ** (6 - ctx["dec"]) if v != "T2" else 1
    n = rng.randint(3, 6)
    projs = make_projects(rng, ctx, n, gran)
    adjust(rng, projs, gran)
    bb = g.amount(rng, 3000000 if v == "T1" else 1500000, 12000000 if v == "T1" else 9000000, gran)
    be = g.spent(rng, bb, gran, full=0.3, lo=0.93, hi=0.999)
    B, E = bb + sum(p.b for p in projs), be + sum(p.e for p in projs)
    B0 = bb + sum(p.b0 for p in projs)
    ADD = sum(p.adj for p in projs if p.adj > 0)
    CUT = -sum(p.adj for p in projs if p.adj < 0)
    R = g.rate(E, B)
    unit, y = ctx["unit"], ctx["year"]
    if v == "T2":
        M = lambda f: g.fmt_yuan(f)  # noqa: E731
        uw = "元"
        SG = lambda f: "0.00" if f == 0 else (g.fmt_yuan(f) if f > 0 else f"({g.fmt_yuan(-f)})")  # noqa: E731
    else:
        M = lambda f: wan(ctx, f, sep=",")  # noqa: E731
        uw = "万元"
        SG = lambda f: ("-" if f < 0 else "") + wan(ctx, abs(f), sep=",")  # noqa: E731
    title = f"{unit}{y}年度项目支出绩效自评报告"
    doc = Doc(ctx)
    doc.p(title, center=True)
    doc.h("一、部门预算调整及执行总体情况")
    doc.p(f"{y}年部门年初预算{M(B0)}{uw}，年中追加{M(ADD)}{uw}、调减{M(CUT)}{uw}，调整后全年预算{M(B)}{uw}；"
          f"全年实际支出{M(E)}{uw}，预算执行率{rt(ctx, R)}%。其中基本支出预算{M(bb)}{uw}，年中未作调整。")
    doc.p(f"纳入本次绩效自评的项目{n}个，各项目预算调整及执行情况见表1。")
    t = Table()
    if v == "T3":
        t.row(C("序号", rs=2), C("项目名称", rs=2), C("年初预算", rs=2), C("预算调整", cs=2), C("调整后预算", rs=2),
              C("实际支出", rs=2), C("执行率", rs=2))
        t.row("追加", "调减")
        for k, p in enumerate(projs, 1):
            t.row(str(k), p.name, M(p.b0), M(p.adj) if p.adj > 0 else "—", M(-p.adj) if p.adj < 0 else "—",
                  M(p.b), M(p.e), rt(ctx, p.r) + "%")
        sb, se = sum(p.b for p in projs), sum(p.e for p in projs)
        t.row(C("合计", cs=2), M(sum(p.b0 for p in projs)), M(ADD), M(CUT), M(sb), M(se), rt(ctx, g.rate(se, sb)) + "%")
        head = 2
    else:
        hdr = ["序号", "项目名称", "年初预算", "调整数", "调整后预算", "其中：财政拨款", "执行数", "执行率"]
        if v == "T2":
            hdr = ["序号", "项目名称", "年初预算数", "预算调整数", "调整后预算数", "其中：财政拨款", "实际支出数", "执行率", "备注"]
        t.row(*hdr)
        notes = []
        for k, p in enumerate(projs, 1):
            row = [str(k), p.name, M(p.b0), SG(p.adj), M(p.b), M(p.f), M(p.e), rt(ctx, p.r) + "%"]
            if v == "T2":
                if p.adj:
                    notes.append((p, len(notes) + 1))
                    row.append(f"注{len(notes)}")
                else:
                    row.append("")
            t.row(*row)
        sb, se = sum(p.b for p in projs), sum(p.e for p in projs)
        last = [C("合计", cs=2), M(sum(p.b0 for p in projs)), SG(ADD - CUT), M(sb), M(sum(p.f for p in projs)), M(se),
                rt(ctx, g.rate(se, sb)) + "%"] + ([""] if v == "T2" else [])
        t.row(*last)
        head = 1
    doc.p(f"表1  {y}年度项目预算调整及执行情况表", center=True)
    doc.p(f"单位：{uw}", center=False)
    doc.t(t, head)
    if v == "T2":
        doc.p("注：预算调整数栏括号内数字为调减数。")
        for p, k in notes:
            why = rng.choice(ADD_WHY if p.adj > 0 else CUT_WHY)
            doc.p(f"注{k}：{p.name}{why}，" + (f"追加预算{M(p.adj)}元。" if p.adj > 0 else f"调减预算{M(-p.adj)}元。"))
    doc.h("二、项目绩效自评情况")
    form = rng.randrange(3)
    for k, p in enumerate(projs, 1):
        doc.h(f"（{num_cn(k)}）{p.name}", 3)
        if p.mode == "new":
            adj = f"年初未安排预算，为年中新增项目，{'追加' if v != 'T1' else '预算调整数'}{M(p.adj)}{uw}"
        elif p.adj > 0:
            adj = f"年中追加{M(p.adj)}{uw}" if v != "T1" else f"预算调整数{SG(p.adj)}{uw}"
        elif p.adj < 0:
            adj = (f"年中调减{M(-p.adj)}{uw}" if v != "T1" else f"预算调整数{SG(p.adj)}{uw}") + f"（{rng.choice(CUT_WHY)}）"
        else:
            adj = "年中未调整"
        lead = f"该项目年初预算{M(p.b0)}{uw}，" if p.mode != "new" else "该项目"
        if v == "T3":
            doc.p(f"{lead}{adj}，调整后预算{M(p.b)}{uw}（其中财政拨款{M(p.f)}{uw}）；全年实际支出{M(p.e)}{uw}，"
                  f"执行率{rt(ctx, p.r)}%。")
        else:
            doc.p(f"{lead}{adj}，调整后预算{M(p.b)}{uw}，其中财政拨款{M(p.f)}{uw}；全年执行{M(p.e)}{uw}，"
                  f"执行率{rt(ctx, p.r)}%。")
        if v == "T2":
            doc.p("主要绩效指标完成情况：" + "；".join(ind_sentence(i, ctx, form) for i in p.inds) + "。")
        else:
            doc.t(ind_table(p, ctx, merge=(v == "T1")), 1)
            doc.p(sat_sentence(ctx, p, rng))
    doc.h("三、存在的问题及改进措施")
    doc.p(rng.choice(PROBLEMS) + MEASURES)
    doc.p(unit)
    doc.p(sign_date(ctx, rng))
    if v == "T1":
        top = web_top(ctx, title, rng)
        txt = "\n".join(top + [""] + doc.lines("tabs") + WEB_BOTTOM) + "\n"
        html = doc.html(title, top, WEB_BOTTOM)
    elif v == "T2":
        body = laid_out(doc, 78, 70)
        txt = g.paginate(body, None, rng.randint(44, 52), protect_of(projs), "dash")
        html = doc.html(title)
    else:
        txt = "\n".join(doc.lines("tabsE")) + "\n"
        html = doc.html(title)
    exp = g.expected_doc(GEN, ctx, g.make_id("gi", ctx), title, "项目支出自评", unit,
                         {"budget_total": g.yuan_exp(B), "executed_total": g.yuan_exp(E),
                          "execution_rate_stated": rt(ctx, R)},
                         [pexp(ctx, p) for p in projs])
    return exp["id"], txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 3: laiyuan — funds by source: one column (or row) per level of government, category subtotal rows
# (一般公共预算拨款 / 政府性基金预算拨款) that are not projects


LEVELS = [["中央资金", "省级资金", "市级资金", "县级资金"], ["中央补助资金", "省级补助资金", "县本级资金"],
          ["中央财政资金", "省级财政资金", "州（市）级资金", "县级配套资金"]]
CATS = ["一般公共预算拨款", "政府性基金预算拨款"]


def split_parts(rng, total, n, gran):
    """total (分) into n parts, multiples of gran, some possibly zero, the last taking the remainder."""
    w = [rng.choice([0, 1, 2, 3, 5, 8]) for _ in range(n)]
    if not any(w):
        w[-1] = 1
    W = sum(w)
    parts = [(total * x // W) // gran * gran for x in w]
    parts[w.index(max(w))] += total - sum(parts)
    return parts


def split_capped(parts, total, gran):
    """Spending total spread over parts (each within its part), multiples of gran."""
    tb = sum(parts)
    out, rem = [], total
    for k, pt in enumerate(parts):
        x = rem if k == len(parts) - 1 else min(pt, (pt * total // tb) // gran * gran if tb else 0)
        out.append(x)
        rem -= x
    extra = out[-1] - parts[-1]
    if extra > 0:
        out[-1] = parts[-1]
        for k in range(len(parts) - 1):
            add = min(extra, parts[k] - out[k])
            out[k] += add
            extra -= add
    assert extra <= 0 and sum(out) == total and all(0 <= a <= b for a, b in zip(out, parts))
    return out


def build_laiyuan(rng, ctx):
    v = g.cycle(ctx, ["L1", "L2", "L3"])
    ctx["dec"] = {"L1": 2, "L2": rng.choice([2, 4]), "L3": 4}[v]
    gran = ctx["gran"] = 10 ** (6 - ctx["dec"])
    lv = rng.choice(LEVELS)
    n = rng.randint(3, 5)
    projs = make_projects(rng, ctx, n, gran, fiscal_p=(1.0 if v == "L2" else 0.4))
    for k, p in enumerate(projs):
        p.cat = CATS[1] if (k == n - 1 and rng.random() < 0.7) else CATS[0]
        p.lv = split_parts(rng, p.f, len(lv), gran)
        ef = min(p.f, p.e)
        p.ef, p.eo = ef, p.e - ef
        p.lve = split_capped(p.lv, ef, gran)
    cats = [c for c in CATS if any(p.cat == c for p in projs)]
    unit, y = ctx["unit"], ctx["year"]
    M = lambda f: wan(ctx, f)  # noqa: E731
    R_ = lambda e, b: (rt(ctx, g.rate(e, b)) + "%") if b else "—"  # noqa: E731
    title = f"{unit}{y}年度项目支出绩效自评报告"
    doc = Doc(ctx)
    doc.p(title, center=True)
    doc.h("一、项目资金来源及执行情况")
    funds = None
    if v == "L2":
        B, E, bb, be = dept_funds(rng, ctx, projs, gran)
        R = g.rate(E, B)
        funds = {"budget_total": g.yuan_exp(B), "executed_total": g.yuan_exp(E), "execution_rate_stated": rt(ctx, R)}
        doc.p(f"{y}年度，我单位部门预算总额{M(B)}万元，全年实际支出{M(E)}万元，部门预算执行率{rt(ctx, R)}%。"
              f"纳入绩效自评的{n}个项目资金均为财政资金，按资金来源分为{'、'.join(lv)}，按资金性质分为{'、'.join(cats)}。")
    else:
        doc.p(f"{y}年度，我单位对{n}个项目开展绩效自评。项目资金来源包括{'、'.join(lv)}及单位自筹等其他资金，"
              f"资金性质涉及{'、'.join(cats)}。")
    S = lambda ps, f: sum(f(p) for p in ps)  # noqa: E731
    if v == "L1":
        t = Table()
        t.row(C("项目名称", rs=2), C("口径", rs=2), C("合计", rs=2), C("财政资金", cs=len(lv) + 1), C("其他资金", rs=2),
              C("执行率", rs=2))
        t.row("小计", *lv)

        def two(label, ps):
            b, e, f, o = S(ps, lambda p: p.b), S(ps, lambda p: p.e), S(ps, lambda p: p.f), S(ps, lambda p: p.o)
            lvb = [S(ps, lambda p, j=j: p.lv[j]) for j in range(len(lv))]
            lve = [S(ps, lambda p, j=j: p.lve[j]) for j in range(len(lv))]
            t.row(C(label, rs=2), "预算数", M(b), M(f), *[M(x) for x in lvb], M(o), C(R_(e, b), rs=2))
            t.row("执行数", M(e), M(S(ps, lambda p: p.ef)), *[M(x) for x in lve], M(S(ps, lambda p: p.eo)))
        for ci, c in enumerate(cats, 1):
            ps = [p for p in projs if p.cat == c]
            two(f"{num_cn(ci)}、{c}", ps)
            for p in ps:
                two(p.name, [p])
        two("合计", projs)
        doc.p(f"表1  项目资金来源及执行情况表（单位：万元）", center=True)
        doc.t(t, 2)
    elif v == "L2":
        t = Table()
        t.row(C("序号", rs=2), C("项目名称", rs=2), C("全年预算数", cs=len(lv) + 1), C("全年执行数", cs=len(lv) + 1),
              C("执行率", rs=2))
        t.row("合计", *lv, "合计", *lv)

        def one(c0, c1, ps):
            b, e = S(ps, lambda p: p.b), S(ps, lambda p: p.e)
            lvb = [S(ps, lambda p, j=j: p.lv[j]) for j in range(len(lv))]
            lve = [S(ps, lambda p, j=j: p.lve[j]) for j in range(len(lv))]
            cells = [C(c0, cs=2)] if c1 is None else [c0, c1]
            t.row(*cells, M(b), *[M(x) for x in lvb], M(e), *[M(x) for x in lve], R_(e, b))
        k = 0
        for ci, c in enumerate(cats, 1):
            ps = [p for p in projs if p.cat == c]
            one(f"（{num_cn(ci)}）{c}小计", None, ps)
            for p in ps:
                k += 1
                one(str(k), p.name, [p])
        one("合计", None, projs)
        doc.p("单位：万元")
        doc.t(t, 2)
    else:
        t = Table()
        t.row("资金性质", "项目个数", "全年预算数（万元）", "全年执行数（万元）", "执行率")
        for c in cats:
            ps = [p for p in projs if p.cat == c]
            b, e = S(ps, lambda p: p.b), S(ps, lambda p: p.e)
            t.row(c, str(len(ps)), M(b), M(e), R_(e, b))
        t.row("国有资本经营预算拨款", "0", M(0), M(0), "—")
        b, e = S(projs, lambda p: p.b), S(projs, lambda p: p.e)
        t.row("合计", str(n), M(b), M(e), R_(e, b))
        doc.p("表1  绩效自评项目资金按性质分类汇总表", center=True)
        doc.t(t, 1)
    doc.h("二、项目绩效自评情况")
    form = rng.randrange(3)
    for k, p in enumerate(projs, 1):
        doc.h(f"（{num_cn(k)}）{p.name}", 3)
        src = "、".join(f"{name}{M(x)}万元" for name, x in zip(lv, p.lv) if x)
        if v == "L1":
            doc.p(f"该项目资金性质为{p.cat}。全年预算{M(p.b)}万元，全年执行{M(p.e)}万元，预算执行率{rt(ctx, p.r)}%。")
            doc.t(ind_table(p, ctx), 1)
            doc.p(sat_sentence(ctx, p, rng))
        elif v == "L2":
            doc.p(f"该项目全年预算{M(p.b)}万元，资金来源为{src}；全年执行{M(p.e)}万元，预算执行率{rt(ctx, p.r)}%。"
                  "绩效指标完成情况：" + "；".join(ind_sentence(i, ctx, form) for i in p.inds) + "。")
        else:
            doc.p(f"该项目资金性质为{p.cat}，资金来源及执行情况如下表（单位：万元）：")
            st = Table()
            st.row("资金来源", "全年预算数", "全年执行数", "执行率")
            st.row("合计", M(p.b), M(p.e), R_(p.e, p.b))
            st.row("其中：财政资金", M(p.f), M(p.ef), R_(p.ef, p.f))
            for name, x, xe in zip(lv, p.lv, p.lve):
                st.row(f"　　{name}", M(x), M(xe), R_(xe, x))
            st.row("其他资金", M(p.o), M(p.eo), R_(p.eo, p.o))
            doc.t(st, 1)
            doc.t(ind_table(p, ctx, merge=False), 1)
            doc.p(sat_sentence(ctx, p, rng) + f"该项目自评得分{p.total}分。")
    doc.h("三、存在的问题及改进措施")
    doc.p(rng.choice(PROBLEMS) + MEASURES)
    doc.p(unit)
    doc.p(sign_date(ctx, rng))
    if v == "L1":
        top = web_top(ctx, title, rng)
        txt = "\n".join(top + [""] + doc.lines("tabs") + WEB_BOTTOM) + "\n"
        html = doc.html(title, top, WEB_BOTTOM)
    elif v == "L2":
        body = laid_out(doc, 80, 76)
        txt = g.paginate(body, None, rng.randint(46, 54), protect_of(projs), "of")
        html = doc.html(title)
    else:
        txt = "\n".join(doc.lines("lines", blank=False)) + "\n"
        html = doc.html(title)
    exp = g.expected_doc(GEN, ctx, g.make_id("gi", ctx), title, "项目支出自评", unit, funds,
                         [pexp(ctx, p) for p in projs])
    return exp["id"], txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 4: tianbao — the 自评表 as a fill-in form exported from an online budget system: label–value pairs,
# values on the next line, checkbox marks, indicator rows as `指标1：X；指标值：≥95%；…`


PEOPLE = ["张伟", "李娜", "王强", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周婷", "吴昊"]


def box(options, chosen):
    return " ".join(("☑" if o == chosen else "□") + o for o in options)


def build_tianbao(rng, ctx):
    v = g.cycle(ctx, ["F1", "F2", "F3"])
    ctx["dec"] = {"F1": rng.choice([2, 4]), "F2": 2, "F3": 2}[v]
    gran = ctx["gran"] = 10 ** (6 - ctx["dec"]) if v != "F3" else 100
    p = make_projects(rng, ctx, 1, gran, 200000, 3000000)[0]
    goals(rng, ctx, p)
    unit, y = ctx["unit"], ctx["year"]
    if v == "F3":
        M, uw = (lambda f: g.fmt_yuan(f, sep="")), "元"
    else:
        M, uw = (lambda f: wan(ctx, f)), "万元"
    ef = min(p.f, p.e)
    code = f"{ctx['code']}{y % 100:02d}{rng.randint(100000, 999999)}"
    person = rng.choice(PEOPLE)
    phone = f"0{rng.randint(300, 999)}-{rng.randint(2000000, 8999999)}"
    kind_box = box(["经常性项目", "一次性项目"], rng.choice(["经常性项目", "一次性项目"]))
    buy = rng.random() < 0.5
    buy_box = box(["是", "否"], "是" if buy else "否")
    grade_box = box(["优", "良", "中", "差"], p.grade)
    survey = box(["是", "否"], "是")
    way = box(["问卷调查", "座谈访谈", "电话回访"], rng.choice(["问卷调查", "座谈访谈", "电话回访"]))
    title = f"{y}年度项目支出绩效自评表"
    sysname = rng.choice(["预算管理一体化系统", "全过程预算绩效管理系统", "财政预算绩效管理平台"])
    fields = [("项目名称", p.name), ("项目编码", code), ("预算年度", str(y)), ("主管部门", unit), ("实施单位", unit),
              ("项目负责人", person), ("联系电话", phone), ("项目属性", kind_box), ("是否政府采购", buy_box)]
    money = [(f"年初预算数（{uw}）", M(p.b0)), (f"全年预算数（{uw}）", M(p.b)), (f"其中：财政拨款（{uw}）", M(p.f)),
             (f"其他资金（{uw}）", M(p.o) if p.o else "—"), (f"全年执行数（{uw}）", M(p.e)),
             (f"其中：财政拨款执行数（{uw}）", M(ef)), ("预算执行率（%）", rt(ctx, p.r)), ("执行率得分（满分10分）", trim(p.pts))]
    tail = [("年度总体目标", p.goal), ("目标完成情况", p.done), ("是否开展满意度调查", survey), ("调查方式", way),
            ("自评得分", p.total), ("自评等级", grade_box),
            ("偏差原因及改进措施", "个别指标未完全达到年度目标，下一步加强项目实施过程管理。"
             if any(D(i.score) < D(i.weight) for i in p.inds) else "无")]
    colon = ":" if ctx["ascii"] or v == "F2" else "："
    reason = lambda i: "无" if D(i.score) == D(i.weight) else "未完全达到年度目标"  # noqa: E731
    html_parts = [g.P(f"{sysname}", center=True), g.P(title, center=True)]

    def grid2(rows):
        t = Table()
        for a, b in rows:
            t.row(a, b)
        return t

    def grid4(rows):
        t = Table()
        for k in range(0, len(rows), 2):
            pair = rows[k:k + 2]
            if len(pair) == 2 and dw(pair[0][1]) < 40 and dw(pair[1][1]) < 40:
                t.row(pair[0][0], pair[0][1], pair[1][0], pair[1][1])
            else:
                for a, b in pair:
                    t.row(a, C(b, cs=3))
        return t

    it = Table()
    it.row("序号", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")
    for k, i in enumerate(p.inds, 1):
        it.row(str(k), i.l1, i.l2, i.name, i.tgt(), i.act(), i.weight, i.score, reason(i))
    if v == "F1":
        out = [sysname, title, f"填报单位{colon}{unit}", f"导出时间{colon}{y + 1}-0{rng.randint(2, 4)}-{rng.randint(10, 28)}", ""]
        for a, b in fields + money:
            if a.startswith(("全年", "其中", "年初")) and rng.random() < 0.45:
                out += [f"{a}{colon}", b]
            else:
                out.append(f"{a}{colon}{b}")
        out.append("")
        out.append(f"绩效指标{colon}")
        for k, i in enumerate(p.inds, 1):
            out.append(pz(ctx, f"指标{k}：{i.name}；指标类型：{i.l1}-{i.l2}；指标值：{i.tgt()}；实际完成值：{i.act()}；"
                               f"分值：{i.weight}；得分：{i.score}；偏差原因：{reason(i)}"))
        out.append("")
        for a, b in tail:
            out.append(f"{a}{colon}{pz(ctx, b)}")
        txt = "\n".join(out) + "\n"
        html_parts.append(g.table_html(grid2(fields + money), 0))
        html_parts.append(g.P("绩效指标"))
        html_parts.append(g.table_html(it, 1))
        html_parts.append(g.table_html(grid2(tail), 0))
    elif v == "F2":
        t1 = grid4(fields + money)
        t2 = grid4(tail)
        out = [sysname, title, ""] + g.flat_tabs(t1, keep_covered=False).split("\n") + ["", "绩效指标完成情况"]
        for k, i in enumerate(p.inds, 1):
            out += [f"【绩效指标{k}】", f"一级指标:{i.l1}", f"二级指标:{i.l2}", f"三级指标:{i.name}",
                    f"指标值:{i.tgt()}", f"实际完成值:{i.act()}", f"分值:{i.weight}", f"得分:{i.score}"]
        out += [""] + g.flat_tabs(t2, keep_covered=False).split("\n")
        txt = "\n".join(out) + "\n"
        html_parts += [g.table_html(t1, 0), g.P("绩效指标完成情况"), g.table_html(it, 1), g.table_html(t2, 0)]
    else:
        t1 = grid4(fields + money)
        t2 = grid4(tail)
        stamp = f"打印时间：{y + 1}-0{rng.randint(2, 4)}-{rng.randint(10, 28)} {rng.randint(8, 17)}:{rng.randint(10, 59)}:{rng.randint(10, 59)}"
        out = [sysname, title, "金额单位：元", ""] + g.flat_lines(t1).split("\n") + ["绩效指标完成情况"] + \
            g.flat_lines(it).split("\n") + g.flat_lines(t2).split("\n") + ["", stamp, "第1页/共1页"]
        txt = "\n".join(out) + "\n"
        html_parts += [g.P("金额单位：元"), g.table_html(t1, 0), g.P("绩效指标完成情况"), g.table_html(it, 1),
                       g.table_html(t2, 0), g.P(stamp)]
    html = g.html_page(title, html_parts)
    exp = g.expected_doc(GEN, ctx, g.make_id("gi", ctx), f"{p.name}{title}", "自评表", unit, None, [pexp(ctx, p)])
    return exp["id"], txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 5: jidu — execution progress by quarter: 一季度…四季度 | 全年 columns, cumulative 截至3/6/9/12月底
# columns with 序时进度, or a quarterly 用款计划 table per project; only the full year counts


QN = ["一季度", "二季度", "三季度", "四季度"]


def quarters(rng, total, gran):
    w = [rng.randint(5, 18), rng.randint(15, 30), rng.randint(18, 32), rng.randint(25, 50)]
    W = sum(w)
    q = [(total * x // W) // gran * gran for x in w[:3]]
    q.append(total - sum(q))
    return q


def build_jidu(rng, ctx):
    v = g.cycle(ctx, ["J1", "J2", "J3"])
    ctx["dec"] = {"J1": 2, "J2": 4, "J3": rng.choice([2, 4])}[v]
    gran = ctx["gran"] = 10 ** (6 - ctx["dec"])
    n = rng.randint(3, 5)
    projs = make_projects(rng, ctx, n, gran)
    for p in projs:
        p.q = quarters(rng, p.e, gran)
        p.plan = quarters(rng, p.b, gran)
    B, E, bb, be = dept_funds(rng, ctx, projs, gran)
    R = g.rate(E, B)
    unit, y = ctx["unit"], ctx["year"]
    M = lambda f: wan(ctx, f)  # noqa: E731
    title = f"{unit}{y}年度项目支出绩效自评报告"
    doc = Doc(ctx)
    doc.p(title, center=True)
    doc.h("一、预算执行进度情况")
    if v == "J2":
        doc.p(f"截至{y}年12月31日，我单位部门预算{M(B)}万元，累计支出{M(E)}万元，全年预算执行率{rt(ctx, R)}%。"
              f"按季度看，各项目累计支出进度与序时进度对比情况见表1。")
    else:
        bq = quarters(rng, be, gran)
        dq = [bq[j] + sum(p.q[j] for p in projs) for j in range(4)]
        doc.p(f"{y}年全年部门预算{M(B)}万元，全年支出{M(E)}万元，预算执行率{rt(ctx, R)}%。其中一季度支出{M(dq[0])}万元，"
              f"二季度支出{M(dq[1])}万元，三季度支出{M(dq[2])}万元，四季度支出{M(dq[3])}万元，"
              f"四季度支出占全年支出的{rt(ctx, g.rate(dq[3], E))}%，存在年底集中支出现象。")
    if v == "J1":
        t = Table()
        t.row(C("序号", rs=2), C("项目名称", rs=2), C("全年预算数", rs=2), C("分季度执行数", cs=4), C("全年执行数", rs=2),
              C("执行率", rs=2))
        t.row(*QN)
        for k, p in enumerate(projs, 1):
            t.row(str(k), p.name, M(p.b), *[M(x) for x in p.q], M(p.e), rt(ctx, p.r) + "%")
        sb, se = sum(p.b for p in projs), sum(p.e for p in projs)
        t.row(C("合计", cs=2), M(sb), *[M(sum(p.q[j] for p in projs)) for j in range(4)], M(se),
              rt(ctx, g.rate(se, sb)) + "%")
        doc.p("表1  项目分季度支出情况表（单位：万元）", center=True)
        doc.t(t, 2)
    elif v == "J2":
        t = Table()
        t.row(C("项目名称", rs=2), C("全年预算数", rs=2), *[C(f"截至{m}月底", cs=2) for m in (3, 6, 9, 12)])
        t.row(*["累计支出", "支出进度"] * 4)
        t.row("序时进度", "", "", "25%", "", "50%", "", "75%", "", "100%")
        for p in projs:
            cells, cum = [], 0
            for j in range(4):
                cum += p.q[j]
                cells += [M(cum), rt(ctx, g.rate(cum, p.b)) + "%"]
            t.row(p.name, M(p.b), *cells)
        doc.p("表1  项目累计支出进度表（单位：万元）", center=True)
        doc.t(t, 2)
    doc.h("二、项目绩效自评情况")
    form = rng.randrange(3)
    for k, p in enumerate(projs, 1):
        doc.h(f"（{num_cn(k)}）{p.name}", 3)
        if v == "J1":
            doc.p(f"{p.name}全年预算数{M(p.b)}万元（其中财政拨款{M(p.f)}万元）。分季度看，一季度支出{M(p.q[0])}万元，"
                  f"二季度支出{M(p.q[1])}万元，三季度支出{M(p.q[2])}万元，四季度支出{M(p.q[3])}万元，"
                  f"全年累计支出{M(p.e)}万元，预算执行率{rt(ctx, p.r)}%。")
            doc.t(ind_table(p, ctx, levels=False), 1)
            doc.p(sat_sentence(ctx, p, rng))
        elif v == "J2":
            half = p.q[0] + p.q[1]
            doc.p(f"该项目全年预算{M(p.b)}万元，其中财政拨款{M(p.f)}万元。上半年累计支出{M(half)}万元，支出进度"
                  f"{rt(ctx, g.rate(half, p.b))}%；截至12月底累计支出{M(p.e)}万元，全年预算执行率{rt(ctx, p.r)}%。"
                  "绩效指标完成情况：" + "；".join(ind_sentence(i, ctx, form) for i in p.inds) + "。")
        else:
            doc.p(f"该项目全年预算{M(p.b)}万元，其中财政拨款{M(p.f)}万元。按季度用款计划执行情况如下表（单位：万元）：")
            t = Table()
            t.row("季度", "计划支出", "实际支出", "累计支出", "累计执行进度")
            cum = 0
            for j in range(4):
                cum += p.q[j]
                t.row(QN[j], M(p.plan[j]), M(p.q[j]), M(cum), rt(ctx, g.rate(cum, p.b)) + "%")
            t.row("全年合计", M(p.b), M(p.e), M(p.e), rt(ctx, p.r) + "%")
            doc.t(t, 1)
            doc.t(ind_table(p, ctx), 1)
            doc.p(sat_sentence(ctx, p, rng))
    doc.h("三、存在的问题及改进措施")
    doc.p("一是预算执行进度不均衡，前三季度支出进度低于序时进度；" + MEASURES)
    doc.p(unit)
    doc.p(sign_date(ctx, rng))
    if v == "J1":
        top = web_top(ctx, title, rng)
        txt = "\n".join(top + [""] + doc.lines("tabs") + WEB_BOTTOM) + "\n"
        html = doc.html(title, top, WEB_BOTTOM)
    elif v == "J2":
        body = laid_out(doc, 84, 80)
        txt = g.paginate(body, None, rng.randint(46, 54), protect_of(projs), "slash")
        html = doc.html(title)
    else:
        txt = "\n".join(doc.lines("lines", blank=False)) + "\n"
        html = doc.html(title)
    exp = g.expected_doc(GEN, ctx, g.make_id("gi", ctx), title, "项目支出自评", unit,
                         {"budget_total": g.yuan_exp(B), "executed_total": g.yuan_exp(E),
                          "execution_rate_stated": rt(ctx, R)},
                         [pexp(ctx, p) for p in projs])
    return exp["id"], txt, html, exp


# --------------------------------------------------------------------------------------------
# Layout 6: zongjie — the 绩效自评 part of a 年度工作总结 or a 部门预算执行情况的报告: this year's figures mixed with
# last year's, next year's plan and growth rates in long paragraphs; the evaluated projects near the end


def scale(rng, x, lo, hi, gran):
    """x times a factor between lo and hi (may be above 1), a multiple of gran."""
    f = D(rng.randint(int(lo * 1000), int(hi * 1000))) / 1000
    return max(gran, int(D(x) * f) // gran * gran)


def growth(ctx, new, old):
    r = q2((D(new) - D(old)) * 100 / D(old))
    return ("增长" if r >= 0 else "下降") + f"{rt(ctx, abs(r))}%", r


def build_zongjie(rng, ctx):
    v = g.cycle(ctx, ["Z1", "Z2", "Z3"])
    ctx["dec"] = {"Z1": 2, "Z2": rng.choice([2, 4]), "Z3": 2}[v]
    gran = ctx["gran"] = 10 ** (6 - ctx["dec"])
    n = rng.randint(3, 5)
    projs = make_projects(rng, ctx, n, gran)
    B, E, bb, be = dept_funds(rng, ctx, projs, gran)
    R = g.rate(E, B)
    Bp = scale(rng, B, 0.8, 1.15, gran)
    Ep = g.spent(rng, Bp, gran, full=0.1, lo=0.82, hi=0.97)
    Rp = g.rate(Ep, Bp)
    Bn = scale(rng, B, 0.9, 1.25, gran)
    for p in projs:
        p.prev = scale(rng, p.b, 0.6, 1.2, gran)
        p.next = scale(rng, p.b, 0.8, 1.3, gran)
    unit, y = ctx["unit"], ctx["year"]
    M = lambda f: wan(ctx, f)  # noqa: E731
    sg, _ = growth(ctx, B, Bp)
    dpts = q2(R - Rp)
    three, three_p = g.amount(rng, 20000, 150000, gran), g.amount(rng, 20000, 150000, gran)
    form = rng.randrange(3)
    ach = []
    for p in projs[:3]:
        i = p.inds[0]
        gr = D(rng.randint(30, 250)) / 10
        ach.append(f"{i.name}{i.act()}，同比增长{trim(gr)}%")
    work = (f"{y}年，{unit}在县委县政府的坚强领导下，紧紧围绕全县中心工作，{ctx['sector']['duty'].replace('主要负责', '认真履行')}"
            f"职责，各项工作取得新成效。全年" + "；".join(ach) + "，圆满完成了年初确定的各项目标任务。")
    money = (f"{y}年部门预算收入{M(B)}万元，较{y - 1}年的{M(Bp)}万元{'增加' if B >= Bp else '减少'}{M(abs(B - Bp))}万元，{sg}；"
             f"其中基本支出{M(bb)}万元，项目支出{M(B - bb)}万元。全年实际支出{M(E)}万元，预算执行率{rt(ctx, R)}%，"
             f"较上年的{rt(ctx, Rp)}%{'提高' if dpts >= 0 else '下降'}{trim(abs(dpts))}个百分点。"
             f"“三公”经费支出{M(three)}万元，上年为{M(three_p)}万元，{growth(ctx, three, three_p)[0]}。")
    gn, _ = growth(ctx, Bn, B)
    plan = (f"{y + 1}年部门预算计划安排{M(Bn)}万元，比{y}年{gn}，重点保障" +
            "、".join(f"{p.name}（计划安排{M(p.next)}万元）" for p in projs[:2]) + "等项目，继续压减一般性支出。")
    doc = Doc(ctx)
    if v == "Z1":
        title = f"{unit}{y}年度工作总结及{y + 1}年工作计划"
        doc.p(title, center=True)
        doc.h(f"一、{y}年工作开展情况")
        doc.p(work)
        doc.h("二、部门预算执行情况")
        doc.p(money)
        doc.h("三、存在的问题")
        doc.p(rng.choice(PROBLEMS))
        doc.h(f"四、{y + 1}年工作计划")
        doc.p(plan + "围绕全县中心工作，进一步提升服务质效。")
        doc.h("五、项目支出绩效自评情况")
        doc.p(f"按照县财政局统一部署，我单位对{y}年度{n}个项目支出开展了绩效自评，结果如下：")
        for k, p in enumerate(projs, 1):
            doc.p(f"{k}.{p.name}：全年预算{M(p.b)}万元（其中财政拨款{M(p.f)}万元），实际支出{M(p.e)}万元，执行率{rt(ctx, p.r)}%；"
                  f"{ctx['sector']['sat']}{p.sat}%；自评得分{p.total}分。主要指标：" +
                  "；".join(ind_sentence(i, ctx, form) for i in p.inds if i.kind != "sat") + "。")
        doc.p(unit)
        doc.p(sign_date(ctx, rng))
        top = web_top(ctx, title, rng)
        txt = "\n".join(top + [""] + doc.lines("tabs") + WEB_BOTTOM) + "\n"
        html = doc.html(title, top, WEB_BOTTOM)
        pexps = [pexp(ctx, p, inds=[i.exp() for i in p.inds if i.kind != "sat"]) for p in projs]
    elif v == "Z2":
        title = f"关于{unit}{y}年度部门预算执行情况的报告"
        doc.p(title, center=True)
        doc.p("县人大常委会：")
        doc.h("1 部门基本情况")
        doc.p(f"{unit}{ctx['sector']['duty']}。")
        doc.h(f"2 {y}年度预算执行情况")
        doc.h("2.1 收支预算执行情况", 3)
        doc.p(money)
        doc.h("2.2 重点工作完成情况", 3)
        doc.p(work)
        doc.h(f"3 {y + 1}年预算安排", 2)
        doc.p(plan)
        doc.h("4 预算绩效管理工作情况")
        doc.h("4.1 绩效自评结果", 3)
        doc.p(f"我单位对{n}个项目开展了绩效自评，自评结果见附表1，主要绩效指标完成情况见附表2。")
        doc.h("4.2 存在的问题及下一步措施", 3)
        doc.p(rng.choice(PROBLEMS) + MEASURES)
        doc.p(unit)
        doc.p(sign_date(ctx, rng))
        t = Table()
        t.row("序号", "项目名称", "全年预算（万元）", "其中：财政拨款", "实际支出（万元）", "执行率", "满意度", "自评得分")
        for k, p in enumerate(projs, 1):
            t.row(str(k), p.name, M(p.b), M(p.f), M(p.e), rt(ctx, p.r) + "%", p.sat + "%", p.total)
        doc.p(f"附表1  {y}年度项目支出绩效自评结果表", center=True)
        doc.t(t, 1)
        t2 = Table()
        t2.row("项目名称", "绩效指标", "年度目标", "实际完成", "得分")
        for p in projs:
            inds = [i for i in p.inds if i.kind != "sat"]
            for k, i in enumerate(inds):
                t2.row(*([C(p.name, rs=len(inds))] if k == 0 else []), i.name, i.tgt(), i.act(), i.score)
        doc.p("附表2  主要绩效指标完成情况表", center=True)
        doc.t(t2, 1)
        txt = "\n".join(doc.lines("tabsE")) + "\n"
        html = doc.html(title)
        pexps = [pexp(ctx, p, inds=[i.exp() for i in p.inds if i.kind != "sat"]) for p in projs]
    else:
        title = f"{unit}{y}年度工作总结"
        doc.p(title, center=True)
        doc.h(f"一、{y}年主要工作")
        doc.p(work)
        for k, p in enumerate(projs, 1):
            gtxt, _ = growth(ctx, p.e, p.prev)
            doc.p(f"（{num_cn(k)}）{p.name}。{y - 1}年该项目支出{M(p.prev)}万元；{y}年全年预算{M(p.b)}万元，其中财政拨款"
                  f"{M(p.f)}万元，全年执行{M(p.e)}万元，预算执行率{rt(ctx, p.r)}%，支出同比{gtxt}；{y + 1}年计划安排"
                  f"{M(p.next)}万元。")
        doc.h("二、预算执行及财务管理情况")
        doc.p(money)
        doc.h(f"三、{y + 1}年工作打算")
        doc.p(plan)
        doc.h("四、绩效自评结果")
        for k, p in enumerate(projs, 1):
            doc.p(f"{k}.{p.name}：自评得分{p.total}分，等级为“{p.grade}”，{ctx['sector']['sat']}{p.sat}%。"
                  "绩效指标：" + "；".join(ind_sentence(i, ctx, form) for i in p.inds if i.kind != "sat") + "。")
        doc.p(unit)
        doc.p(sign_date(ctx, rng))
        body = []
        for b in doc.blocks:
            if b[0] == "p" and not b[2]:
                body.extend(wrap(b[1], 56))
            else:
                body.append(b[1])
        txt = g.paginate(body, title, rng.randint(28, 34), protect_of(projs) + [unit], "dash")
        html = doc.html(title)
        pexps = [pexp(ctx, p, inds=[i.exp() for i in p.inds if i.kind != "sat"]) for p in projs]
    exp = g.expected_doc(GEN, ctx, g.make_id("gi", ctx), title, "项目支出自评", unit,
                         {"budget_total": g.yuan_exp(B), "executed_total": g.yuan_exp(E),
                          "execution_rate_stated": rt(ctx, R)}, pexps)
    return exp["id"], txt, html, exp


# --------------------------------------------------------------------------------------------
# Driver


def make_ctx(rng, i, layout, seed):
    prov, ppy, county, cpy, code = COUNTIES[(i * 7 + seed) % len(COUNTIES)]
    sec = SECTORS[(i + seed) % len(SECTORS)]
    return {"index": i, "layout": layout, "seed": seed, "prov": prov, "ppy": ppy, "county": county, "cpy": cpy,
            "code": code, "year": rng.randint(2019, 2025), "sector": sec, "unit": sec["unit"].format(c=county),
            "unit_py": sec["py"], "rs": rng.choice(["2", "t"]), "ascii": rng.random() < 0.3,
            "words": rng.random() < 0.3}


BUILDERS = {"mulu": build_mulu, "tiaozheng": build_tiaozheng, "laiyuan": build_laiyuan,
            "tianbao": build_tianbao, "jidu": build_jidu, "zongjie": build_zongjie}


def check(exp):
    problems = g.self_check(exp, strict=True)
    for p in exp["projects"]:
        for i in p["indicators"]:
            if i["score"] is not None and i["actual"] is None and i["target"] is None:
                problems.append(f"{p['name']}: {i['name']} score alone")
    return problems


def main(argv):
    args = g.parse_args(argv, __doc__, SEED)
    tally = g.new_tally()
    by_layout = {k: g.new_tally() for k in LAYOUTS}

    def each(layout, exp):
        g.count_figures(exp, tally)
        g.count_figures(exp, by_layout[layout])

    bad = g.write_and_check(GEN, args.out, args.count, args.seed, LAYOUTS, make_ctx, BUILDERS, check, each)
    scored = sum(tally[k] for k in g.SCORED_KINDS)
    print("figures by kind: " + ", ".join(f"{k} {tally[k]}" for k in g.SCORED_KINDS) +
          f"; indicators {tally['indicators']}")
    print("figures by layout: " + ", ".join(f"{k} {sum(t[x] for x in g.SCORED_KINDS)}" for k, t in by_layout.items()))
    print(g.summary_line(GEN, args.count, args.out, scored, tally['dept_figures'], bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
