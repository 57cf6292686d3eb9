#include "ingest/read/read_document.h"

#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao {
namespace {

const std::string kFixtures = JIXIAO_FIXTURES;

TEST(ReadDocument, DispatchesOnContentNotExtension) {
  struct Case {
    std::string path;
    DocumentKind kind;
    SourceKind source;
  };
  const Case cases[] = {
      {"/reports/qiannan-natural-resources-2022.txt", DocumentKind::kText, SourceKind::kText},
      {"/generated/qiannan.gb18030.txt", DocumentKind::kText, SourceKind::kText},
      {"/generated/qiannan.utf16le-bom.txt", DocumentKind::kText, SourceKind::kText},
      {"/generated/qiannan.docx", DocumentKind::kDocx, SourceKind::kDocx},
      {"/generated/structured.docx", DocumentKind::kDocx, SourceKind::kDocx},
      {"/generated/qiannan.pdf", DocumentKind::kPdf, SourceKind::kPdf},
      {"/generated/selfeval.xlsx", DocumentKind::kXlsx, SourceKind::kXlsx},
  };
  for (const Case& c : cases) {
    const std::string bytes = *ReadFile(kFixtures + c.path);
    EXPECT_EQ(SniffDocument(bytes), c.kind) << c.path;
    // The display name lies about the type: content decides.
    auto document = ReadDocumentBytes(bytes, "report.bin");
    ASSERT_TRUE(document.has_value()) << c.path << ": " << document.error().message;
    EXPECT_EQ(document->kind, c.source) << c.path;
    EXPECT_EQ(document->source, "report.bin");
    EXPECT_GT(document->lines.size(), 10u) << c.path;
  }
}

TEST(ReadDocument, ReadsFromAPath) {
  const std::string path = kFixtures + "/generated/structured.docx";
  auto document = ReadDocument(path);
  ASSERT_TRUE(document.has_value()) << document.error().message;
  EXPECT_EQ(document->source, path);
  auto missing = ReadDocument(kFixtures + "/no-such-report.txt");
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
}

TEST(ReadDocument, ExplainsWhatCannotBeRead) {
  const std::string docx = *ReadFile(kFixtures + "/generated/qiannan.docx");
  const std::string pdf = *ReadFile(kFixtures + "/generated/qiannan.pdf");
  const std::string xlsx = *ReadFile(kFixtures + "/generated/selfeval.xlsx");
  struct Case {
    std::string name;
    std::string bytes;
    ErrorCode code;
    std::string message;
  };
  const Case cases[] = {
      {"empty", "", ErrorCode::kInvalidInput, "文件为空"},
      {"png", "\x89PNG\r\n\x1A\n....", ErrorCode::kUnsupported, "PNG 图片"},
      {"ole", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'), ErrorCode::kUnsupported,
       "旧版 Word"},
      {"half-docx", docx.substr(0, docx.size() / 2), ErrorCode::kInvalidInput, "ZIP 压缩包结构损坏"},
      {"not-docx", *ReadFile(kFixtures + "/generated/not-docx.zip"), ErrorCode::kInvalidInput, "没有 word/document.xml"},
      {"half-xlsx", xlsx.substr(0, xlsx.size() / 2), ErrorCode::kInvalidInput, "不是有效的 XLSX 文件：ZIP 压缩包结构损坏"},
      {"xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'), ErrorCode::kUnsupported,
       "请提供 .txt、.docx、.pdf 或 .xlsx 格式的报告"},
      {"half-pdf", pdf.substr(0, pdf.size() / 2), ErrorCode::kInvalidInput, "PDF 文件不完整"},
      {"binary", std::string("\x01\x02\x03\x00\xFF\xFE\x80", 7) + std::string(64, '\x9B'), ErrorCode::kInvalidInput,
       "文件 x："},
  };
  for (const Case& c : cases) {
    auto document = ReadDocumentBytes(c.bytes, "x");
    ASSERT_FALSE(document.has_value()) << c.name;
    EXPECT_EQ(document.error().code, c.code) << c.name;
    EXPECT_NE(document.error().message.find(c.message), std::string::npos) << c.name << ": " << document.error().message;
  }
}

}  // namespace
}  // namespace jixiao
