#include "ingest/read/read_document.h"

#include <array>

#include "base/file.h"
#include "ingest/read/docx_reader.h"
#include "ingest/read/html_reader.h"
#include "ingest/read/pdf_reader.h"
#include "ingest/read/txt_reader.h"
#include "ingest/read/xlsx_reader.h"

namespace jixiao {
namespace {

struct Signature {
  std::string_view magic;
  std::string_view what;  // for the message
};

// Binary formats people may pick by mistake.
constexpr std::array<Signature, 8> kBinarySignatures = {{
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "旧版 Word/Excel 文档（.doc/.xls）"},
    {"\x89PNG", "PNG 图片"},
    {"\xFF\xD8\xFF", "JPEG 图片"},
    {"GIF8", "GIF 图片"},
    {"Rar!", "RAR 压缩包"},
    {"7z\xBC\xAF\x27\x1C", "7z 压缩包"},
    {"{\\rtf", "RTF 文档"},
    {"\x7F" "ELF", "可执行文件"},
}};

std::string_view BinaryKind(std::string_view bytes) {
  for (const Signature& signature : kBinarySignatures) {
    if (bytes.starts_with(signature.magic)) return signature.what;
  }
  return "";
}

// PDF files may carry a few bytes of junk before the header (a BOM, a mail gateway's stamp).
std::size_t PdfHeaderOffset(std::string_view bytes) { return bytes.substr(0, 16).find("%PDF-"); }

}  // namespace

DocumentKind SniffDocument(std::string_view bytes) {
  if (PdfHeaderOffset(bytes) != std::string_view::npos) return DocumentKind::kPdf;
  if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06")) {
    if (LooksLikeDocx(bytes)) return DocumentKind::kDocx;
    return LooksLikeXlsx(bytes) ? DocumentKind::kXlsx : DocumentKind::kOtherZip;
  }
  if (!BinaryKind(bytes).empty()) return DocumentKind::kBinary;
  return DocumentKind::kText;
}

Result<TextDocument> ReadDocument(const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes) return tl::unexpected(bytes.error());
  return ReadDocumentBytes(*bytes, path);
}

Result<TextDocument> ReadDocumentBytes(std::string_view bytes, const std::string& display_name) {
  const std::string prefix = "文件 " + display_name + "：";
  if (bytes.empty()) return Invalid(prefix + "文件为空。");
  switch (SniffDocument(bytes)) {
    case DocumentKind::kPdf:
      return ReadPdf(bytes.substr(PdfHeaderOffset(bytes)), display_name);
    case DocumentKind::kDocx:
      return ReadDocx(bytes, display_name);
    case DocumentKind::kXlsx:
      return ReadXlsx(bytes, display_name);
    case DocumentKind::kOtherZip:
      // A damaged DOCX or XLSX also lands here: let its reader say what is wrong with it.
      return HoldsSpreadsheetParts(bytes) ? ReadXlsx(bytes, display_name) : ReadDocx(bytes, display_name);
    case DocumentKind::kBinary:
      return Fail(ErrorCode::kUnsupported, prefix + "这是" + std::string(BinaryKind(bytes)) +
                                               "，不是可读取的报告。请提供 .txt、.docx、.pdf 或 .xlsx 格式的报告。");
    case DocumentKind::kText:
      break;
  }
  if (LooksLikeHtml(bytes)) return ReadHtml(bytes, display_name);
  auto text = ReadTxt(bytes, display_name);
  if (text) ReadHtmlTablesInText(*text);
  return text;
}

}  // namespace jixiao
