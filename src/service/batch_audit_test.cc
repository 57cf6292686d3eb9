#include "service/batch_audit.h"

#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <utility>

#include <gtest/gtest.h>

#include "base/file.h"
#include "service/audit_service.h"

namespace jixiao {
namespace {

namespace fs = std::filesystem;

constexpr const char* kQiannan = "tests/fixtures/reports/qiannan-natural-resources-2022.txt";

std::string Excerpt04() {
  for (const auto& entry : fs::directory_iterator("tests/fixtures/reports")) {
    if (entry.path().filename().string().starts_with("excerpt-04-")) return entry.path().string();
  }
  return "";
}

// The entry `name` of the zip archive `bytes`, read with libzip; empty when absent.
std::string UnzipEntry(const std::string& bytes, const char* name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  zip_error_fini(&error);
  if (archive == nullptr) {
    if (source) zip_source_free(source);
    return "";
  }
  std::string out;
  zip_stat_t stat;
  zip_file_t* file = zip_stat(archive, name, 0, &stat) == 0 ? zip_fopen(archive, name, 0) : nullptr;
  if (file != nullptr) {
    out.resize(stat.size);
    out.resize(static_cast<std::size_t>(std::max<zip_int64_t>(zip_fread(file, out.data(), stat.size), 0)));
    zip_fclose(file);
  }
  zip_close(archive);
  return out;
}

// A folder as a finance bureau receives it: two reports (one in a subfolder), a binary file
// that is no report and a file of garbage text. Which files of a folder to audit is the
// front end's choice (cli/inputs.h); the batch gets their names and a reader.
class BatchAuditTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ + "/b-county");
    fs::copy_file(kQiannan, a_);
    fs::copy_file(Excerpt04(), b_);
    ASSERT_TRUE(WriteFileAtomic(c_, std::string("\x00\x01\x02\xfe\xff\x80\x81\x00\x9c\xe2\x28\xa1", 12) + std::string(300, '\0')));
    ASSERT_TRUE(WriteFileAtomic(d_, "asdkjh qwe zxcv 12345\n随便写的几行字，不是报告。\n@@@ ### $$$\n"));
  }
  BatchAudit Audit(unsigned threads = 0) const {
    return AuditNamedSources({d_, b_, c_, a_}, ReadFile, NationalDefault(), threads);
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(root_);
  }

  const std::string root_ =
      (fs::temp_directory_path() / ("jixiao_batch_test_" + std::to_string(::getpid()))).string();
  const std::string dir_ = root_ + "/reports";
  const std::string a_ = dir_ + "/a-qiannan.txt";
  const std::string b_ = dir_ + "/b-county/excerpt-04.txt";
  const std::string c_ = dir_ + "/c-scan.docx";
  const std::string d_ = dir_ + "/d-garbage.txt";
};

TEST_F(BatchAuditTest, OneRowPerSourceSortedByNameUnreadableOnesSayWhy) {
  const BatchAudit batch = Audit();
  ASSERT_EQ(batch.rows.size(), 4u) << BatchText(batch);
  EXPECT_EQ(batch.rows[0].source, a_);
  EXPECT_EQ(batch.rows[1].source, b_);
  EXPECT_EQ(batch.rows[2].source, c_);
  EXPECT_EQ(batch.rows[3].source, d_);

  const SummaryRow& qiannan = batch.rows[0];
  EXPECT_FALSE(qiannan.error);
  EXPECT_EQ(qiannan.unit, "黔南州自然资源局");
  EXPECT_EQ(qiannan.year, 2022);
  EXPECT_EQ(qiannan.budget_total, Money::FromUnits(11558677112));
  EXPECT_EQ(qiannan.executed_total, Money::FromUnits(2603088717));
  EXPECT_EQ(qiannan.execution_rate, Percent::FromUnits(2252));
  EXPECT_EQ(qiannan.errors, 1);  // funds.economic_class_sum
  EXPECT_EQ(qiannan.warnings, 2);
  EXPECT_GT(qiannan.unrecognized, 0);
  EXPECT_FALSE(batch.rows[1].error);
  EXPECT_EQ(batch.rows[1].unit, "衡山县商务和粮食局");

  // The unreadable ones carry the very message the single-file audit prints.
  for (std::size_t i : {2u, 3u}) {
    const SummaryRow& row = batch.rows[i];
    ASSERT_TRUE(row.error) << row.source;
    auto single = AuditSource(ReportSource{row.source, *ReadFile(row.source)}, NationalDefault());
    ASSERT_FALSE(single) << row.source;
    EXPECT_EQ(*row.error, single.error().message);
    EXPECT_NE(row.error->find(row.source), std::string::npos) << *row.error;
  }
  EXPECT_NE(batch.rows[3].error->find("不是预算绩效自评报告"), std::string::npos) << *batch.rows[3].error;

  EXPECT_EQ(batch.totals.files, 4);
  EXPECT_EQ(batch.totals.unreadable, 2);
  EXPECT_EQ(batch.totals.with_errors, 1);
  const std::string text = BatchText(batch);
  EXPECT_TRUE(text.starts_with(a_ + "  黔南州自然资源局  2022 年度  全年预算数 115586771.12 元")) << text;
  EXPECT_NE(text.find("\n" + c_ + "  无法读取：文件 " + c_), std::string::npos) << text;
  EXPECT_TRUE(text.ends_with("\n" + TotalsLine(batch.totals) + "\n")) << text;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 5);
  EXPECT_TRUE(HasErrors(batch));
  EXPECT_FALSE(NoneReadable(batch));
}

TEST_F(BatchAuditTest, SameRowsOnOneThreadOrMany) {
  EXPECT_EQ(BatchText(Audit(1)), BatchText(Audit(8)));
}

TEST_F(BatchAuditTest, SourcesInMemoryComeSortedByName) {
  std::vector<ReportSource> sources = {{"z.txt", "不是报告"}, {"m.txt", *ReadFile(kQiannan)}, {"a.bin", ""}};
  const BatchAudit batch = AuditSources(std::move(sources), NationalDefault());
  ASSERT_EQ(batch.rows.size(), 3u);
  EXPECT_EQ(batch.rows[0].source, "a.bin");
  EXPECT_NE(batch.rows[0].error.value_or("").find("文件为空"), std::string::npos);
  EXPECT_EQ(batch.rows[1].unit, "黔南州自然资源局");
  EXPECT_TRUE(batch.rows[2].error);
}

TEST_F(BatchAuditTest, WritesCsvAndXlsxRankedByErrors) {
  const BatchAudit batch = Audit();

  auto csv = WriteSummary(batch, SummaryFormat::kCsv);
  ASSERT_TRUE(csv) << csv.error().message;
  ASSERT_TRUE(WriteFileAtomic(root_ + "/summary.csv", *csv));
  const std::string written = *ReadFile(root_ + "/summary.csv");
  EXPECT_TRUE(written.starts_with("\xEF\xBB\xBF文件,单位,年度,"));
  // Unreadable files first, then the report with an error, then the clean one.
  const auto pos = [&](const std::string& s) { return written.find("\r\n" + s + ","); };
  EXPECT_LT(pos(c_), pos(d_));
  EXPECT_LT(pos(d_), pos(a_));
  EXPECT_LT(pos(a_), pos(b_));
  EXPECT_NE(written.find(a_ + ",黔南州自然资源局,2022,115586771.12,26030887.17,22.52,"), std::string::npos) << written;

  auto xlsx = WriteSummary(batch, SummaryFormat::kXlsx);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  ASSERT_TRUE(WriteFileAtomic(root_ + "/summary.xlsx", *xlsx));
  const std::string sheet = UnzipEntry(*ReadFile(root_ + "/summary.xlsx"), "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_NE(sheet.find("黔南州自然资源局"), std::string::npos) << sheet;
  EXPECT_NE(sheet.find("衡山县商务和粮食局"), std::string::npos);
  EXPECT_NE(sheet.find("不是预算绩效自评报告"), std::string::npos);
  EXPECT_LT(sheet.find("c-scan.docx"), sheet.find("黔南州自然资源局"));

  EXPECT_EQ(SummaryFormatOf("汇总.CSV"), SummaryFormat::kCsv);
  EXPECT_EQ(SummaryFormatOf("out/summary.xlsx"), SummaryFormat::kXlsx);
  EXPECT_FALSE(SummaryFormatOf("summary.txt"));
}

TEST(BatchAudit, AFailedReadIsThatSourcesRowAndNoneReadableIsSaid) {
  const SourceReader read = [](const std::string& name) -> Result<std::string> {
    if (name == "boom") throw std::runtime_error("disk on fire");
    return Fail(ErrorCode::kNotFound, "无法读取文件 " + name);
  };
  const BatchAudit batch = AuditNamedSources({"missing.txt", "boom"}, read, NationalDefault());
  ASSERT_EQ(batch.rows.size(), 2u);
  EXPECT_EQ(batch.rows[0].error.value_or(""), "文件 boom：读取时发生内部错误（disk on fire）");
  EXPECT_EQ(batch.rows[1].error.value_or(""), "无法读取文件 missing.txt");
  EXPECT_TRUE(NoneReadable(batch));
  EXPECT_FALSE(HasErrors(batch));
}

}  // namespace
}  // namespace jixiao
