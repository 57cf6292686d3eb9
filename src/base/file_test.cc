#include "base/file.h"

#include <filesystem>

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(File, WritesAtomicallyAndReadsBack) {
  const auto dir = std::filesystem::temp_directory_path() / "jixiao_file_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "out.txt").string();
  ASSERT_TRUE(WriteFileAtomic(path, "内容"));
  EXPECT_EQ(*ReadFile(path), "内容");
  std::filesystem::remove_all(dir);
}

TEST(File, MissingFileIsNotFound) {
  const auto result = ReadFile("/nonexistent/jixiao.json");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kNotFound);
  EXPECT_NE(result.error().message.find("/nonexistent/jixiao.json"), std::string::npos);
}

TEST(File, UnwritableDirectoryLeavesNothing) {
  const auto result = WriteFileAtomic("/nonexistent-dir/out.docx", "x");
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kIo);
}

}  // namespace
}  // namespace jixiao
