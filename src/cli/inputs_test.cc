#include "cli/inputs.h"

#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao::cli {
namespace {

namespace fs = std::filesystem;

// A folder as a finance bureau receives it: reports of every kind (one in a subfolder), and
// files the batch must skip: hidden ones, Office lock files, a hidden folder, other kinds.
class ListReportFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_ + "/b-county");
    fs::create_directories(dir_ + "/.git");
    for (const char* name : {"/a.txt", "/b-county/c.DOCX", "/d.pdf", "/e.json", "/f.xlsx"}) {
      ASSERT_TRUE(WriteFileAtomic(dir_ + name, "x"));
    }
    for (const char* name : {"/.hidden.txt", "/~$lock.docx", "/.git/report.txt", "/scan.png"}) {
      ASSERT_TRUE(WriteFileAtomic(dir_ + name, "skip"));
    }
  }
  void TearDown() override {
    if (!HasFailure()) fs::remove_all(root_);
  }

  const std::string root_ = (fs::temp_directory_path() / ("jixiao_inputs_test_" + std::to_string(::getpid()))).string();
  const std::string dir_ = root_ + "/reports";
};

TEST_F(ListReportFilesTest, ReportFilesSortedHiddenAndOtherKindsSkipped) {
  auto files = ListReportFiles(dir_);
  ASSERT_TRUE(files) << files.error().message;
  const std::vector<std::string> want = {dir_ + "/a.txt", dir_ + "/b-county/c.DOCX", dir_ + "/d.pdf", dir_ + "/e.json",
                                         dir_ + "/f.xlsx"};
  EXPECT_EQ(*files, want);
  EXPECT_TRUE(IsFolder(dir_));
  EXPECT_FALSE(IsFolder(dir_ + "/a.txt"));
}

TEST(ListReportFiles, MissingFolderIsAnError) {
  auto missing = ListReportFiles("no-such-folder");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("无法读取文件夹 no-such-folder"), std::string::npos);
}

TEST(ReadSource, NamedByItsPath) {
  auto source = ReadSource("tests/golden/qiannan-2022.evaluation.json");
  ASSERT_TRUE(source) << source.error().message;
  EXPECT_EQ(source->name, "tests/golden/qiannan-2022.evaluation.json");
  EXPECT_EQ(source->bytes, *ReadFile("tests/golden/qiannan-2022.evaluation.json"));
  EXPECT_FALSE(ReadSource("tests/golden/bad/nothing.json"));
}

TEST(ChooseProfile, BuiltInIdThenPath) {
  EXPECT_EQ(ChooseProfile("national-2020")->id, "national-2020");
  auto file = ChooseProfile("profiles/national-2020.json");
  ASSERT_TRUE(file) << file.error().message;
  EXPECT_EQ(ProfileJsonText(*file), *ReadFile("profiles/national-2020.json"));
  auto bad = ChooseProfile("tests/golden/bad/profile-bad-grades.json");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("等级分数线应为 优 > 良 > 中"), std::string::npos);
}

TEST(ChooseProfile, NeitherIdNorFileSaysBoth) {
  auto missing = ChooseProfile("guangxi");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message.rfind(
                "未找到评分配置“guangxi”：内置配置只有 national-2020，其他配置请给出文件路径（无法读取文件 guangxi", 0),
            0u)
      << missing.error().message;
}

}  // namespace
}  // namespace jixiao::cli
