#include "ingest/read/txt_reader.h"

#include <algorithm>
#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao {
namespace {

const std::string kFixtures = JIXIAO_FIXTURES;
const std::string kExample = kFixtures + "/reports/qiannan-natural-resources-2022.txt";

// Bytes of a literal, embedded NULs included.
template <std::size_t N>
std::string B(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

TextDocument MustRead(const std::string& path) {
  auto bytes = ReadFile(path);
  EXPECT_TRUE(bytes.has_value()) << path;
  auto document = ReadTxt(bytes.value_or(""), path);
  EXPECT_TRUE(document.has_value()) << path << ": " << (document ? "" : document.error().message);
  return document.value_or(TextDocument{});
}

TEST(ReadTxt, EveryEncodingOfTheExampleGivesTheSameLines) {
  const TextDocument reference = MustRead(kExample);
  ASSERT_GT(reference.lines.size(), 100u);
  EXPECT_EQ(reference.encoding, "UTF-8");
  struct Case {
    std::string file;
    std::string encoding;
  };
  const Case cases[] = {
      {"qiannan.utf8-bom.txt", "UTF-8 (BOM)"},  {"qiannan.crlf.txt", "UTF-8"},
      {"qiannan.gb18030.txt", "GB18030"},       {"qiannan.utf16le-bom.txt", "UTF-16LE"},
      {"qiannan.utf16be-bom.txt", "UTF-16BE"},  {"qiannan.utf16le.txt", "UTF-16LE"},
  };
  for (const Case& c : cases) {
    const TextDocument document = MustRead(kFixtures + "/generated/" + c.file);
    EXPECT_EQ(document.encoding, c.encoding) << c.file;
    ASSERT_EQ(document.lines.size(), reference.lines.size()) << c.file;
    for (std::size_t i = 0; i < reference.lines.size(); ++i) {
      EXPECT_EQ(document.lines[i].text, reference.lines[i].text) << c.file << " line " << i + 1;
      EXPECT_EQ(document.lines[i].number, static_cast<int>(i + 1));
    }
  }
}

TEST(ReadTxt, PositionsAreFileLines) {
  const TextDocument document = MustRead(kExample);
  const TextLine& line = document.lines[59];
  EXPECT_EQ(line.number, 60);
  EXPECT_TRUE(line.text.starts_with("2.全年预算数115586771.12元"));
  const SourceSpan span = SpanAt(document, 59, line.text.find("115586771.12"));
  EXPECT_EQ(span.line, 60);
  EXPECT_EQ(span.column, 8);
  EXPECT_EQ(span.page, 0);
  EXPECT_EQ(span.paragraph, 0);
}

TEST(ReadTxt, NormalisesLineEndingsAndUnicode) {
  struct Case {
    std::string bytes;
    std::vector<std::string> lines;
  };
  const Case cases[] = {
      {"a\r\nb\rc\n", {"a", "b", "c"}},
      {"a\n\nb", {"a", "", "b"}},
      {"\xEF\xBB\xBF" "一、概述\n", {"一、概述"}},
      {"caf\x65\xCC\x81\n", {"caf\xC3\xA9"}},
      {"页\f码", {"页", "码"}},  // a form feed (a PDF copy's page break) ends a line too
      {"第 1 页 共 5 页\f100 %，执行率\n", {"100 %，执行率"}},  // a page's number on a line of its own: dropped
      // The title repeated at the top of each page (a running head) is dropped, the title kept.
      {"某局2022年度自评报告\n正文\n第 1 页 共 2 页\f某局2022年度自评报告\n13\n10.7\n",
       {"某局2022年度自评报告", "正文", "13", "10.7"}},
      {"标题\n甲\f某局    报告\n乙\f某局 报告\n丙\f丁\n", {"标题", "甲", "乙", "丙", "丁"}},
      // A slide's foot, the same on every page but for its number, is dropped.
      {"汇报\n康保县地震局    1/3\f01 基本情况\n康保县地震局    2/3\f02 X经费\n74.90\n康保县地震局    3/3\n",
       {"汇报", "01 基本情况", "02 X经费", "74.90"}},
      // A control byte deep in a long line (past the first 16-byte chunks) becomes a space too.
      {"全年预算数为45500元，执行数为\v45500元\x7F。\t\n", {"全年预算数为45500元，执行数为 45500元 。\t"}},
      {B("\x00\x31\x00\n\x4E\x2D"), {"1", "中"}},  // BOM-less UTF-16BE
  };
  for (const Case& c : cases) {
    auto document = ReadTxt(c.bytes, "t.txt");
    ASSERT_TRUE(document.has_value()) << c.bytes << ": " << document.error().message;
    std::vector<std::string> lines;
    for (const TextLine& line : document->lines) lines.push_back(line.text);
    EXPECT_EQ(lines, c.lines) << c.bytes;
  }
}

TEST(ReadTxt, RejectsEmptyBinaryAndUndecodableInput) {
  std::string garbage;
  for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919 + 13) % 256);
  struct Case {
    std::string name;
    std::string bytes;
    std::string message;
  };
  const Case cases[] = {
      {"empty", "", "文件 x.txt：文件为空。"},
      {"blank", " \n\t\r\n", "只有空白字符"},
      {"nul", B("第一行\n第二\0行\n"), "第 2 行第 3 列含有空字节（NUL）"},
      {"controls", std::string(40, '\x01') + "正文", "含有大量控制字符"},
      {"garbage", garbage, "无法识别文本编码"},
      {"gb-broken", "\xC8\xAB\xC4\xEA\n\x81\x20", "第 2 行（字节偏移 5）不合法"},
      {"bom-broken", "\xEF\xBB\xBF" "ok\n\xFF", "第 2 行（字节偏移 6）不是有效的 UTF-8"},
      {"utf16-odd", B("\xFF\xFE" "a\x00\x00"), "UTF-16 文本在第 1 行（字节偏移 4）处损坏"},
      {"utf16-surrogate", B("\xFF\xFE" "\x00\xDC"), "UTF-16 文本"},
  };
  for (const Case& c : cases) {
    auto document = ReadTxt(c.bytes, "x.txt");
    ASSERT_FALSE(document.has_value()) << c.name;
    EXPECT_EQ(document.error().code, ErrorCode::kInvalidInput) << c.name;
    EXPECT_NE(document.error().message.find(c.message), std::string::npos)
        << c.name << ": " << document.error().message;
    EXPECT_TRUE(document.error().message.starts_with("文件 x.txt：")) << c.name;
  }
}

TEST(ReadTxt, JoinsProseThatAPdfCopyBrokeAtThePageWidth) {
  // Text copied out of a PDF: every line broken at about one width, inside sentences and
  // figures. Joined, each sentence is one line again; a heading and a table row stay apart, and
  // places still name the physical line.
  const std::string text =
      "（二）项目支出绩效自评结果。\n"
      "1.项目绩效自评总体情况:我部门及所属二层单位2024年度项\n"
      "目21个,项目支出总额656.93万元。其中,本级项目8个,本级\n"
      "项目支出385.58万元;对下转移支付项目0个,对下转移支付0\n"
      "万元。所有项目均开展了绩效自评,其中非敏感涉密项目绩效\n"
      "自评结果为一等。自评发现的主要问题及原因:一是2024年部\n"
      "门年初预算1022.89万元,年中调整预算为1781.86万元,全年执\n"
      "行数1767.21万元。\n"
      "2.下一步改进措施\n"
      "项目名称\t预算数\t执行数\n";
  auto document = ReadTxt(text, "wrapped.txt");
  ASSERT_TRUE(document) << document.error().message;
  ASSERT_EQ(document->lines.size(), 4u);
  EXPECT_EQ(document->lines[1].text,
            "1.项目绩效自评总体情况:我部门及所属二层单位2024年度项目21个,项目支出总额656.93万元。其中,本级项目8个,"
            "本级项目支出385.58万元;对下转移支付项目0个,对下转移支付0万元。所有项目均开展了绩效自评,其中非敏感涉密项目"
            "绩效自评结果为一等。自评发现的主要问题及原因:一是2024年部门年初预算1022.89万元,年中调整预算为1781.86万元,"
            "全年执行数1767.21万元。");
  EXPECT_EQ(document->lines[2].text, "2.下一步改进措施");
  // A page's number between two broken lines is dropped: the sentence joins across it.
  auto paged = ReadTxt(
      "1.项目绩效自评总体情况:我部门及所属二层单位2024年度项\n"
      "目21个,项目支出总额656.93万元。其中,本级项目8个,本级\n"
      "                        第 1 页 共 5 页\n"
      "项目支出385.58万元;对下转移支付项目0个,对下转移支付0\n"
      "万元。所有项目均开展了绩效自评,其中非敏感涉密项目绩效\n"
      "自评结果为一等。自评发现的主要问题及原因:一是2024年部\n"
      "门年初预算1022.89万元,年中调整预算为1781.86万元,全年执\n"
      "行数1767.21万元。\n",
      "paged.txt");
  ASSERT_TRUE(paged) << paged.error().message;
  ASSERT_EQ(paged->lines.size(), 1u);
  EXPECT_EQ(paged->lines[0].text, document->lines[1].text);
  const std::size_t at = document->lines[1].text.find("1781.86");
  EXPECT_EQ(SpanAt(*document, 1, at).line, 7) << "the figure's own physical line";
  // A line that opens with a bracket is no item unless the bracket holds a numbering: "(县域
  // 商业建设行动)14680万元" runs on the sentence before it, "(二)" starts a heading.
  auto bracket = ReadTxt(
      "1.资金下达情况。2012年6月14日,广西收到《财政部关于下达2022年服务\n"
      "业发展资金预算的通知》(财建〔2022〕153号),下达中央服务业发展资金\n"
      "(县域商业建设行动)14680万元。\n"
      "2.下达绩效目标情况。中央下达广西的总体绩效目标为:以乡镇为重点,升\n"
      "级改造一批商贸中心、超市、集贸市场等,发展连锁经营和电子商务,改善\n"
      "农村商业设施和公共服务短板;完善县乡村物流配送体系,加强资源整合,\n"
      "发展共同配送,畅通工业品下乡和农产品进城渠道,带动农民增收和农村消\n"
      "费。同时,下达广西具体绩效指标:包含一级指标3个、二级指标5个、三级\n"
      "指标7个(具体详见自评表)。\n"
      "(二)广西资金安排、分解下达预算和绩效目标情况\n",
      "bracket.txt");
  ASSERT_TRUE(bracket) << bracket.error().message;
  ASSERT_EQ(bracket->lines.size(), 3u);
  EXPECT_NE(bracket->lines[0].text.find("下达中央服务业发展资金(县域商业建设行动)14680万元。"), std::string::npos);
  EXPECT_EQ(bracket->lines[2].text, "(二)广西资金安排、分解下达预算和绩效目标情况");
  // Rows of an indicator table, their cells one space apart and each ending in a target and what
  // was reached, are no prose broken at a width, however alike their widths.
  auto rows = ReadTxt(
      "数量指标 指标1.药品抽验品种 ≥3 4\n"
      "指标2.化妆品抽验批次 ≥3 7\n"
      "指标3.医疗器械抽验批次 ≥2 3\n"
      "指标4.药品监管企业数 ≥124 253\n"
      "指标5.化妆品监管企业数 ≥290 311\n"
      "指标6.医疗器械监管企业数 ≥21 85\n"
      "质量指标 指标1.药品抽检完成率 100% 100%\n"
      "指标2.化妆品抽验完成率 100% 100%\n",
      "rows.txt");
  ASSERT_TRUE(rows) << rows.error().message;
  EXPECT_EQ(rows->lines.size(), 8u);
  // A line filled to the width that ends in a colon was broken there ("指标6:" / its name); a
  // label's line well short of the width ("主要做法:") ends its clause.
  auto colon = ReadTxt(
      "三、绩效指标完成情况:全年完成指标5:居民健康档案建档38508人,指标6:\n"
      "举办健康教育宣传咨询活动96次,年度指标值12次,指标7:建立预防接种证\n"
      "221人,年度指标值221人,指标8:适龄儿童疫苗接种率97.30%,指标值为\n"
      "100%,指标9:0-6岁儿童健康管理数2089人,年度指标值2089人,全部完成。\n"
      "四、主要做法:\n"
      "加强项目管理,规范资金使用,按照资金管理办法及时拨付资金,确保专款专用\n"
      "并按季度开展绩效运行监控,发现问题及时纠正,保证绩效目标如期实现。\n",
      "colon.txt");
  ASSERT_TRUE(colon) << colon.error().message;
  ASSERT_EQ(colon->lines.size(), 3u);
  EXPECT_NE(colon->lines[0].text.find("指标6:举办健康教育宣传咨询活动96次"), std::string::npos) << colon->lines[0].text;
  EXPECT_EQ(colon->lines[1].text, "四、主要做法:");
  // So does a semicolon: "…省级资金519万元;" / "用于直发直补资金609.22万元…" is one sentence.
  auto semicolon = ReadTxt(
      "三、绩效指标完成情况:全年完成指标5:居民健康档案建档38508人,指标6:\n"
      "举办健康教育宣传咨询活动96次,年度指标值12次;指标7:建立预防接种证；\n"
      "221人,年度指标值221人,指标8:适龄儿童疫苗接种率97.30%,指标值为\n"
      "100%,指标9:0-6岁儿童健康管理数2089人,年度指标值2089人,全部完成。\n"
      "加强项目管理,规范资金使用,按照资金管理办法及时拨付资金,确保专款专用\n"
      "并按季度开展绩效运行监控,发现问题及时纠正,保证绩效目标如期实现。\n",
      "semicolon.txt");
  ASSERT_TRUE(semicolon) << semicolon.error().message;
  ASSERT_EQ(semicolon->lines.size(), 2u);
  EXPECT_NE(semicolon->lines[0].text.find("建立预防接种证；221人"), std::string::npos) << semicolon->lines[0].text;
  // A line opening with a figure's decimals ("9.45万元") goes on the line before; "9." alone
  // would number an item.
  auto decimals = ReadTxt(
      "为顺利开展城市工作,我局2021年年初预算项目73个,预算项目经费15690.\n"
      "38万元,具体包括:交通秩序综合整治155.85万元,双桥经开区数字化城管\n"
      "管理系统运维费84.69万元、市容环境综合整治84.62万元、拆除违章建筑\n"
      "9.45万元、会计服务费5万元、路灯维修169.85万元、大足委宣委【2020\n"
      "】83号文创建全国文明城区项目经费16.86万元、东环大道南延伸段绿化\n"
      "工程(续建)30.3万元。\n",
      "decimals.txt");
  ASSERT_TRUE(decimals) << decimals.error().message;
  ASSERT_EQ(decimals->lines.size(), 1u);
  EXPECT_NE(decimals->lines[0].text.find("拆除违章建筑9.45万元"), std::string::npos) << decimals->lines[0].text;
  // Short paragraphs broken at the width (the last line of each shorter) among a web page's
  // short lines: fewer than half the long lines are full ones, and still the text was wrapped.
  auto short_paragraphs = ReadTxt(
      "泾县教育体育局\n发布机构: 泾县教育体育局\n主题分类: 卫生、体育\n发布日期: 2024-04-18\n字体:[ ]\n"
      "一、绩效目标分解下达情况\n"
      "2023年,省下达我县安徽省体育强省(快乐健身)专项资金63.2万元。年度\n"
      "绩效目标为:继续深化全民健身,推进全民健身事业发展。\n"
      "二、资金安排情况\n"
      "2023年我县体育强省资金安排是:支持体育设施建设5万元,支持青少年竞\n"
      "技体育13万元,支持体育产业发展5万元,支持口袋公园5万元。\n"
      "三、资金使用情况\n"
      "截至2023年12月31日,资金已全部拨付到位,共支出63.2万元,预算执行率\n"
      "为100%,资金使用规范,未发现挤占挪用等问题。\n"
      "四、绩效目标完成情况\n"
      "更新维修健身器材46个点位,举办系列全民健身赛事活动12场,组织社会体育\n"
      "指导员培训2期,培训人数达到300人次。\n"
      "五、存在的问题\n"
      "部分健身器材老化较快,维护资金不足,基层体育组织作用发挥不够充分,群\n"
      "众参与的积极性有待提高。\n",
      "short.txt");
  ASSERT_TRUE(short_paragraphs) << short_paragraphs.error().message;
  ASSERT_EQ(short_paragraphs->lines.size(), 15u);
  EXPECT_EQ(short_paragraphs->lines[8].text,
            "2023年我县体育强省资金安排是:支持体育设施建设5万元,支持青少年竞技体育13万元,支持体育产业发展5万元,"
            "支持口袋公园5万元。");
  // A summary's rows, cells two spaces or a full-width space apart, as wide as the prose around
  // them: each row stays a line of its own, though it ends in no full stop.
  auto summary = ReadTxt(
      "  2021 年度我单位项目平均执行率为 62.91%，经县财政局评价指出后，2022\n"
      "年度加快了预算执行进度。2022 年度各项目预算执行情况见下表，各项目的\n"
      "绩效目标完成情况分述于后，存在的问题和下一步的改进措施附在最后。\n"
      "序号  项目名称  2021 年执行率  全年预算  全年执行  执行率\n"
      "1  菌种繁育基地建设项目  70.78%  268.79  268.79  100.00%\n"
      "2  标准化出菇棚建设补助资金  57.04%  134.52  134.52  100%\n"
      "3　食用菌栽培技术推广经费　58.78%　13.44　11.25　83.71%\n"
      "  菌种繁育基地建设项目：新建菌种生产车间：1340 平方米→1410 平方米；\n"
      "生产原种目标≥7 万瓶，实际 8 万瓶（上年为 7 万瓶）；菌种纯度合格率目标\n"
      "≥98%，实际 92.4%（上年为 90.6%）。\n",
      "summary.txt");
  ASSERT_TRUE(summary) << summary.error().message;
  ASSERT_EQ(summary->lines.size(), 6u);
  EXPECT_EQ(summary->lines[3].text, "2  标准化出菇棚建设补助资金  57.04%  134.52  134.52  100%");
  EXPECT_EQ(summary->lines[4].text, "3　食用菌栽培技术推广经费　58.78%　13.44　11.25　83.71%");
  // Fields with their values two spaces apart are no table's row: broken at the width, they join.
  auto fields = ReadTxt(
      "  宜君县水产技术推广站 2022 年度项目绩效自评结果如下：\n"
      "项目名称:稻田养蟹示范推广项目  预算:100.21 万元  执行:95.16 万元  执行率\n"
      ":95％\n"
      "绩效指标:数量—建设示范基地:3 个以上/实际 2 个；数量—示范推广面积:≥1000 亩/实\n"
      "际 1060 亩；时效—蟹苗投放时间:5 月底前完成投放/实际 5 月 20 日完成投放；经济效益\n"
      "—示范区亩均增收:≥735 元/实际 798 元；满意度—示范户满意度:≥85％/实际 97.2％\n"
      "自评分:93.5  等级:优\n"
      "项目名称:土著鱼类苗种放流项目  预算:26.80 万元  执行:25.32 万元  执行率\n"
      ":94.48％\n"
      "绩效指标:数量—放流土著鱼类苗种:≥71 万尾/实际 76 万尾；质量—放流苗种检验合格\n"
      "率:≥100％/实际 100％；时效—放流活动时间:6 月上旬前完成/实际基本按期完成；时效\n"
      "—资金支付及时率:≥95％/实际 97.4％；生态效益—水域生态环境:持续改善/实际持续改\n"
      "善；满意度—沿岸渔民满意度:≥95％/实际 97.2％\n"
      "自评分:97.65  等级:优\n"
      "项目名称:水产品质量安全监测经费  预算:34.38 万元  执行:34.38 万元  执行率\n"
      ":100％\n"
      "绩效指标:数量—抽检水产品样品:≥127 批次/实际 127 批次；质量—样品抽检合格率\n"
      ":98％以上/实际 99.2％；质量—档案资料完整率:≥100％/实际 100％；时效—检测报告出具\n"
      "时间:控制在 15 个工作日以内/实际 16 个工作日；社会效益—水产品质量安全事件:零\n"
      "发生/实际 0 起；满意度—养殖户满意度:≥95％/实际 95.6％\n"
      "自评分:99.27  等级:优\n"
      "项目名称:水产养殖技术推广服务经费  预算:28.83 万元  执行:28.51 万元  执行率\n"
      ":98.89％\n"
      "绩效指标:数量—举办养殖技术培训:8 期以上/实际 9 期；数量—培训养殖户:≥237 人次/\n"
      "实际 256 人次；质量—主推技术到位率:≥95％/实际 97.2％；可持续影响—运行管护机制:\n"
      "健全有效/实际健全有效；满意度—受训养殖户满意度:≥90％/实际 89.4％\n"
      "自评分:99.82  等级:优\n"
      , "fields.txt");
  ASSERT_TRUE(fields) << fields.error().message;
  const auto joined = std::find_if(fields->lines.begin(), fields->lines.end(), [](const TextLine& l) {
    return l.text == "项目名称:稻田养蟹示范推广项目  预算:100.21 万元  执行:95.16 万元  执行率:95％";
  });
  EXPECT_NE(joined, fields->lines.end());
  // Fields one per line, each opening with its label and as wide as the others, are no prose
  // broken at a width: each stays a line.
  auto form = ReadTxt(
      "项目名称：适龄妇女宫颈癌乳腺癌筛查项目\n"
      "主管部门：庄浪县卫生健康局　　实施单位：庄浪县妇幼保健院\n"
      "项目负责人：唐晓东　　联系电话：0455-8533202\n"
      "项目起止时间：2023年1月1日至2023年12月31日\n"
      "年初预算数：147.93万元\n"
      "全年预算数：140.04万元\n"
      "全年执行数：140.04万元\n"
      "预算执行率：100.00％\n"
      "资金构成：财政拨款140.04万元，其他资金0万元\n"
      "年度总体目标：按计划完成宫颈癌筛查等年度任务，资金规范使用，受检妇女满意度达到预期。\n"
      "全年实际完成情况：项目按计划实施，各项年度任务全面完成。\n"
      "产出指标—数量指标—完成宫颈癌筛查：年度指标值7950人；实际完成值6890人；分值8；得分6.93\n"
      "产出指标—数量指标—完成乳腺癌筛查：年度指标值7710人；实际完成值8320人；分值9；得分9\n"
      "产出指标—质量指标—筛查异常结果随访率：年度指标值95％；实际完成值97.6％；分值9；得分9\n"
      "产出指标—质量指标—财务制度执行规范性：年度指标值严格执行；实际完成值严格执行；分值7；得分7\n"
      "产出指标—时效指标—筛查任务完成时间：年度指标值11月底前完成；实际完成值11月中旬完成；分值8；得分8\n"
      "产出指标—成本指标—项目支出预算控制率：年度指标值≤100％；实际完成值100.5％；分值9；得分8.96\n"
      "效益指标—社会效益指标—服务群众覆盖面：年度指标值逐步扩大；实际完成值逐步扩大；分值30；得分30\n"
      "满意度指标—服务对象满意度指标—受检妇女满意度：年度指标值≥95％；实际完成值92.1％；分值10；得分9.69\n"
      "总分：98.58　　自评等级：优\n"
      "偏差原因及改进措施：部分乡镇申报进度滞后，影响了整体完成进度。\n"
      "存在问题：绩效目标编制不够细化，部分指标难以量化考核。下一步，我单位将落实专人负责项目档案，做到资料随做随归。\n"
      , "form.txt");
  ASSERT_TRUE(form) << form.error().message;
  EXPECT_EQ(form->lines.size(), 22u);
  // Lines of a web page (long paragraphs of any length) are left as they are.
  auto page = ReadTxt("一、基本情况\n" + std::string(60, 'x') + "\n" + std::string(90, 'y') + "\n" + std::string(130, 'z') + "\n",
                      "page.txt");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->lines.size(), 4u);
}

// Tables drawn with lines in text (a page through w3m, a DOCX through pandoc): each row between
// two rules is one table row, a cell wrapped inside its column joined again; a merged cell's
// column is empty in the rows below it.
TEST(ReadTxt, TablesDrawnWithLinesAreRowsOfCells) {
  auto boxes = ReadTxt(
      "表2-1  指标完成情况\n"
      "┌────────┬────────┬──────────┬────┬────────────────┐\n"
      "│一级指标│二级指标│年度指标值│得分│偏差原因分析及改│\n"
      "│        │        │          │    │进措施          │\n"
      "├────────┼────────┼──────────┼────┼────────────────┤\n"
      "│产出指标│数量指标│≥156人    │14.87│受实际申报对象减│\n"
      "│        │        │          │    │少影响          │\n"
      "│        ├────────┼──────────┼────┼────────────────┤\n"
      "│        │质量指标│≥100％    │15  │                │\n"
      "└────────┴────────┴──────────┴────┴────────────────┘\n"
      "三、下一步工作\n",
      "boxes.txt");
  ASSERT_TRUE(boxes) << boxes.error().message;
  ASSERT_EQ(boxes->lines.size(), 5u);
  EXPECT_EQ(boxes->lines[1].cells, (std::vector<std::string>{"一级指标", "二级指标", "年度指标值", "得分", "偏差原因分析及改进措施"}));
  EXPECT_EQ(boxes->lines[2].cells, (std::vector<std::string>{"产出指标", "数量指标", "≥156人", "14.87", "受实际申报对象减少影响"}));
  EXPECT_EQ(boxes->lines[3].cells, (std::vector<std::string>{"", "质量指标", "≥100％", "15", ""}));
  EXPECT_EQ(boxes->lines[2].number, 6);
  EXPECT_EQ(boxes->lines[4].text, "三、下一步工作");
  auto grid = ReadTxt(
      "+------+----------+-------+\n"
      "| 序号 | 项目名称 | 全年预 |\n"
      "|      |          | 算数  |\n"
      "+======+==========+=======+\n"
      "| 1    | 中小企业 | 1280.5 |\n"
      "|      | 发展资金 |       |\n"
      "+------+----------+-------+\n",
      "grid.txt");
  ASSERT_TRUE(grid) << grid.error().message;
  ASSERT_EQ(grid->lines.size(), 2u);
  EXPECT_EQ(grid->lines[0].cells, (std::vector<std::string>{"序号", "项目名称", "全年预算数"}));
  EXPECT_EQ(grid->lines[1].cells, (std::vector<std::string>{"1", "中小企业发展资金", "1280.5"}));
}

// A report kept as Markdown in a repository: its front matter's title is the title line, the
// fences and the heading marks go.
TEST(ReadTxt, AMarkdownReportsFrontMatterAndMarks) {
  auto document = ReadTxt(
      "---\n"
      "title: \"右玉县文学艺术界联合会2021年度项目支出绩效自评报告\"\n"
      "date: 2022-04-13\n"
      "---\n"
      "\n"
      "# 右玉县文学艺术界联合会2021年度项目支出绩效自评报告\n"
      "\n"
      "该项目全年预算**24.80万元**。\n",
      "report.md");
  ASSERT_TRUE(document) << document.error().message;
  ASSERT_GE(document->lines.size(), 8u);
  EXPECT_EQ(document->lines[0].text, "");
  EXPECT_EQ(document->lines[1].text, "右玉县文学艺术界联合会2021年度项目支出绩效自评报告");
  EXPECT_EQ(document->lines[3].text, "");

  EXPECT_EQ(document->lines[5].text.find("# "), std::string::npos) << "a heading mark in a Markdown file";
}

TEST(DecodeText, DetectsGb18030AndUtf16WithoutBom) {
  const std::string gbk = "\xC8\xAB\xC4\xEA\xD4\xA4\xCB\xE3\xCA\xFD";  // 全年预算数 in GBK
  auto decoded = DecodeText(gbk, "g.txt");
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->utf8, "全年预算数");
  EXPECT_EQ(decoded->encoding, TextEncoding::kGb18030);
  decoded = DecodeText(B("1\x00\n\x00\x68\x51"), "u.txt");  // "1\n全" LE
  ASSERT_TRUE(decoded.has_value());
  EXPECT_EQ(decoded->utf8, "1\n全");
  EXPECT_EQ(decoded->encoding, TextEncoding::kUtf16Le);
}

}  // namespace
}  // namespace jixiao
