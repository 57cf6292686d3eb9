// Satisfaction phrasings -> subject, comparator and figure.
#include "ingest/parse/satisfaction.h"

#include <gtest/gtest.h>

namespace jixiao::parse {
namespace {

TEST(ParseSatisfactionTest, Phrasings) {
  struct Case {
    std::string text;
    std::string subject;  // "" when none is written
    std::string comparator;
    std::string value;
  };
  const Case cases[] = {
      {"（4）职工满意度100%。", "职工", "=", "100"},
      {"（4）受益对象（服务对象）满意度：90%。", "受益对象（服务对象）", "=", "90"},
      {"（4）管理服务对象对本部门依法行政工作满意度90%。", "管理服务对象", "=", "90"},
      {"受地质灾害影响的人民群众对监测工作的满意度：90%。", "受地质灾害影响的人民群众", "=", "90"},
      {"（4）满意度：各级各部门对自然资源统一确权登记工作的满意度：90%。", "各级各部门", "=", "90"},
      {"州委州政府、州国土空间规划委员会对系统的满意度：90%", "州委州政府、州国土空间规划委员会", "=", "90"},
      {"平台提供服务的满意度：100%。", "平台提供服务", "=", "100"},
      {"（4）实施区域群众满意度大于85%。", "实施区域群众", ">", "85"},
      {"群众满意度高于90%", "群众", ">", "90"},
      {"服务对象满意度超过95%", "服务对象", ">", "95"},
      {"群众满意度达到95%以上", "群众", ">=", "95"},
      {"学生满意度不低于90%", "学生", ">=", "90"},
      {"参训人员满意度≥90%", "参训人员", ">=", "90"},
      {"经调查，群众满意度在90%以上。", "群众", ">=", "90"},
      {"满意度：98.5%", "", "=", "98.50"},
      {"患者满意度为９６％", "患者", "=", "96"},
  };
  for (const Case& c : cases) {
    const auto phrase = ParseSatisfaction(c.text);
    ASSERT_TRUE(phrase) << c.text;
    EXPECT_EQ(phrase->subject.value_or(""), c.subject) << c.text;
    EXPECT_EQ(ComparatorSymbol(phrase->comparator), c.comparator) << c.text;
    EXPECT_EQ(ToString(phrase->value), c.value == "98.50" ? "98.50" : c.value) << c.text;
  }
}

TEST(ParseSatisfactionTest, NoFigureNoStatement) {
  for (const char* text : {"群众满意度较高", "满意度调查已开展", "执行率100%"}) {
    EXPECT_FALSE(ParseSatisfaction(text)) << text;
  }
}

}  // namespace
}  // namespace jixiao::parse
