// Attachment lines, table titles and title blocks: what ends the narrative, what a table title
// covers, and which top lines join into one title.
#include "ingest/parse/attachments.h"

#include <gtest/gtest.h>

#include "ingest/parse/title.h"

namespace jixiao::parse {
namespace {

TEST(ParseAttachmentsTest, AttachmentLines) {
  struct Case {
    const char* text;
    AttachmentLine want;
    const char* after;
  };
  const Case cases[] = {
      {"附件：1.部门整体支出绩效自评表", AttachmentLine::kList, "1.部门整体支出绩效自评表"},
      {"附件:", AttachmentLine::kList, ""},
      {"附件1", AttachmentLine::kLabel, ""},
      {"附件 2 项目支出绩效自评表", AttachmentLine::kLabel, "项目支出绩效自评表"},
      {"附件2：项目支出绩效自评表", AttachmentLine::kLabel, "项目支出绩效自评表"},
      {"附表一", AttachmentLine::kLabel, ""},
      {"附件4-1", AttachmentLine::kLabel, ""},
      {"附件", AttachmentLine::kLabel, ""},
      {"附件材料已按要求报送财政局。", AttachmentLine::kNone, "附件材料已按要求报送财政局。"},
      {"附件1所列项目均已按期完成，资金已全部支付，未发现违规使用情况。", AttachmentLine::kNone, nullptr},
      {"三、下一步工作打算", AttachmentLine::kNone, nullptr},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(ReadAttachmentLine(c.text), c.want) << c.text;
    if (c.after != nullptr) {
      EXPECT_EQ(AfterAttachmentLabel(c.text), c.after) << c.text;
    }
  }
}

TEST(ParseAttachmentsTest, TableTitles) {
  struct Case {
    const char* text;
    bool title;
    TableScope scope;
  };
  const Case cases[] = {
      {"部门整体支出绩效自评表", true, TableScope::kDepartment},
      {"部门整体支出绩效自评表（2022年度）", true, TableScope::kDepartment},
      {"2.项目支出绩效自评表", true, TableScope::kProject},
      {"部门预算项目支出绩效自评表(2023年度)", true, TableScope::kProject},
      {"项目支出绩效目标完成情况表", true, TableScope::kProject},
      {"（5）绩效自评表：见附件", false, TableScope::kUnknown},
      {"项目支出绩效自评情况", false, TableScope::kProject},
      {"根据项目支出绩效自评表，全年预算执行良好。", false, TableScope::kProject},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(IsTableTitle(c.text), c.title) << c.text;
    EXPECT_EQ(ScopeOfTitle(c.text), c.scope) << c.text;
  }
}

std::vector<Paragraph> Texts(std::initializer_list<const char*> texts) {
  std::vector<Paragraph> out;
  for (const char* text : texts) {
    Paragraph p;
    p.text = text;
    p.pieces.push_back({0, out.size(), 0});
    out.push_back(std::move(p));
  }
  return out;
}

TEST(ParseTitleTest, WrappedTitleLinesJoin) {
  struct Case {
    std::initializer_list<const char*> lines;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {{"黔南州自然资源局2022年", "度部门预算绩效自评报告", "根据有关要求，现报告如下："},
       {"黔南州自然资源局2022年度部门预算绩效自评报告", "根据有关要求，现报告如下："}},
      {{"附件4-1", "某县档案局", "2022年度部门整体", "支出绩效自评报告", "一、基本情况"},
       {"附件4-1", "某县档案局2022年度部门整体支出绩效自评报告", "一、基本情况"}},
      {{"附件4-1", "黔南州自然资源局2022年度部门预算绩效自评报告", "为深入贯彻……"},
       {"附件4-1", "黔南州自然资源局2022年度部门预算绩效自评报告", "为深入贯彻……"}},
      {{"部门整体支出绩效评价报告", "一、基本情况"}, {"部门整体支出绩效评价报告", "一、基本情况"}},
      {{"某县档案局", "2022年全年预算数120万元，执行率95%。"}, {"某县档案局", "2022年全年预算数120万元，执行率95%。"}},
      {{"会议纪要", "一、会议时间"}, {"会议纪要", "一、会议时间"}},
  };
  for (const Case& c : cases) {
    std::vector<Paragraph> paragraphs = Texts(c.lines);
    JoinTitleLines(paragraphs);
    std::vector<std::string> got;
    for (const Paragraph& p : paragraphs) got.emplace_back(p.text);
    EXPECT_EQ(got, c.want) << *c.lines.begin();
  }
}

TEST(ParseTitleTest, JoinedTitleKeepsEachLinesSource) {
  std::vector<Paragraph> paragraphs = Texts({"黔南州自然资源局2022年", "度部门预算绩效自评报告"});
  JoinTitleLines(paragraphs);
  ASSERT_EQ(paragraphs.size(), 1u);
  ASSERT_EQ(paragraphs[0].pieces.size(), 2u);
  EXPECT_EQ(paragraphs[0].pieces[1].line, 1u);
  EXPECT_EQ(paragraphs[0].pieces[1].offset, std::string("黔南州自然资源局2022年").size());
}

TEST(ParseTitleTest, ReadsYearAndUnit) {
  struct Case {
    const char* title;
    int year;
    const char* unit;
  };
  const Case cases[] = {
      {"黔南州自然资源局2022年度部门预算绩效自评报告", 2022, "黔南州自然资源局"},
      {"关于某县档案局2021年度部门整体支出绩效自评的报告", 2021, "某县档案局"},
      {"2020年度县级专项资金绩效目标自评表", 2020, ""},
      {"部门预算项目支出绩效自评表(2023年度)", 2023, ""},
      {"化德县红十字会关于2022年度绩效评价发现问题整改情况及2023年度绩效自评结果应用的报告", 2023, "化德县红十字会"},
  };
  for (const Case& c : cases) {
    const TitleFacts facts = ReadTitle(c.title);
    EXPECT_EQ(facts.year.value_or(0), c.year) << c.title;
    EXPECT_EQ(facts.unit, c.unit) << c.title;
  }
}

}  // namespace
}  // namespace jixiao::parse
