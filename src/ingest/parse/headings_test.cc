// Heading numbering as reports write it, and the "label：" openers.
#include "ingest/parse/headings.h"

#include <gtest/gtest.h>

#include <string>

namespace jixiao::parse {
namespace {

TEST(ParseHeadingsTest, MarkerVariantsGiveLevelAndNumber) {
  struct Case {
    std::string text;
    int level;
    int number;
    std::string rest;
  };
  const Case cases[] = {
      {"第一部分 部门整体支出", kPart, 1, "部门整体支出"},
      {"第十二章 附则", kPart, 12, "附则"},
      {"一、整体支出绩效自评情况", kChinese, 1, "整体支出绩效自评情况"},
      {"十一．其他", kChinese, 11, "其他"},
      {"二十三.其他", kChinese, 23, "其他"},
      {"（一）单位职能概述", kParenChinese, 1, "单位职能概述"},
      {"(三)2022年财政经费", kParenChinese, 3, "2022年财政经费"},
      {"1.自然资源业务提升项目", kArabic, 1, "自然资源业务提升项目"},
      {"12.推动自然资源领域科技发展", kArabic, 12, "推动自然资源领域科技发展"},
      {"2、支出:799.12万元", kArabic, 2, "支出:799.12万元"},
      {"３．全角数字", kArabic, 3, "全角数字"},
      {"（1）资金使用情况：", kParenArabic, 1, "资金使用情况："},
      {"(2) 项目实施情况", kParenArabic, 2, "项目实施情况"},
      {"3）产生的效益", kParenArabic, 3, "产生的效益"},
      {"①第一项", kCircled, 1, "第一项"},
      {"  （二）上级资金安排的项目", kParenChinese, 2, "上级资金安排的项目"},
      {"㈢博乐市南、北城供热管网连通工程项目。", kParenChinese, 3, "博乐市南、北城供热管网连通工程项目。"},
      {"⑵资金使用情况", kParenArabic, 2, "资金使用情况"},
      {"01｜应急救护培训经费", kArabic, 1, "应急救护培训经费"},
      {"02|造血干细胞捐献宣传经费", kArabic, 2, "造血干细胞捐献宣传经费"},
      {"02 地震监测台网运维经费", kArabic, 2, "地震监测台网运维经费"},
      {"03防震减灾科普宣传经费", kArabic, 3, "防震减灾科普宣传经费"},
      {"3.1 银发人才志愿服务项目", kParenChinese, 1, "银发人才志愿服务项目"},
      {"3.1.2 绩效目标完成情况", kArabic, 2, "绩效目标完成情况"},
      {"3.1送教下基层专项经费", kParenChinese, 1, "送教下基层专项经费"},
      {"● 少数民族发展资金", kBullet, 0, "少数民族发展资金"},
      {"▌双语翻译服务经费", kBullet, 0, "双语翻译服务经费"},
      {"  • 发布日期", kBullet, 0, "发布日期"},
      {"项目三：公路安全生命防护工程。", kPart, 3, "公路安全生命防护工程。"},
      {"项目2:危桥改造工程", kPart, 2, "危桥改造工程"},
  };
  for (const Case& c : cases) {
    const HeadingMarker m = ReadHeadingMarker(c.text);
    EXPECT_EQ(m.level, c.level) << c.text;
    EXPECT_EQ(m.number, c.number) << c.text;
    EXPECT_EQ(std::string(WithoutMarker(c.text)), c.rest) << c.text;
  }
}

TEST(ParseHeadingsTest, BodyTextHasNoMarker) {
  for (const char* text : {"1.5万元用于", "2022年全年预算数", "一是加强管理", "（其中，财政拨款）", "（市）", "十四五规划",
                           "第三季度末", "100%", "1|项目名称|金额", "■ ■ ■", "●●●", "●", "3.5 万元", "12.30 万元",
                           "2023.12 完成", "12.5平方米", "0.8公顷", "1.5倍", "项目一期工程", "项目资金：", "项目3个"}) {
    EXPECT_FALSE(ReadHeadingMarker(text).found()) << text;
  }
}

TEST(ParseHeadingsTest, LabelsAreShortPhrasesBeforeAColon) {
  struct Case {
    std::string text;
    std::string label;  // empty: no label
  };
  const Case cases[] = {
      {"完成情况：高质量完成", "完成情况："},
      {"年度工作任务:指导全州", "年度工作任务:"},
      {"未完成原因：州级的中央资金", "未完成原因："},
      {"全年预算数45500元：", ""},
      {"主要原因是，项目：", ""},
      {"这是一个远远超过十二个字的很长的句子开头：", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(std::string(c.text.substr(0, LabelLength(c.text))), c.label) << c.text;
  }
}

TEST(ParseHeadingsTest, TitlesAreShortWithoutSentences) {
  EXPECT_TRUE(IsTitleLike("自然资源业务提升项目"));
  EXPECT_TRUE(IsTitleLike("部门整体支出概况。"));
  EXPECT_FALSE(IsTitleLike("资金使用情况：全年预算数"));
  EXPECT_FALSE(IsTitleLike("严格预算执行。紧盯尚未完成绩效目标的项目"));
  EXPECT_EQ(ChineseNumberValue("二十"), 20);
  EXPECT_EQ(ChineseNumberValue("十"), 10);
}

}  // namespace
}  // namespace jixiao::parse
