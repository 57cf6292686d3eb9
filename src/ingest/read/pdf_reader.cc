#include "ingest/read/pdf_reader.h"

#include <climits>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>

#include "base/text.h"
#include "ingest/read/pdf_layout.h"
#include "ingest/read/pdf_pages.h"

namespace jixiao {
namespace {

constexpr std::size_t kEofWindow = 2048;  // %%EOF must be this close to the end

std::string Prefix(const std::string& name) { return "文件 " + name + "："; }

void Quiet(const std::string&, void*) {}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(Quiet, nullptr); });
}

Result<std::unique_ptr<poppler::document>> Open(std::string_view bytes, const std::string& name) {
  if (!bytes.starts_with("%PDF-")) {
    return Invalid(Prefix(name) + "不是 PDF 文件（缺少 %PDF- 文件头）。");
  }
  const std::string_view tail = bytes.substr(bytes.size() > kEofWindow ? bytes.size() - kEofWindow : 0);
  if (tail.find("%%EOF") == std::string_view::npos) {
    return Invalid(Prefix(name) + "PDF 文件不完整（缺少 %%EOF 结尾标记），可能下载或复制时被截断。请重新获取完整的文件。");
  }
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return Invalid(Prefix(name) + "PDF 文件过大。");
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) return Invalid(Prefix(name) + "PDF 文件已损坏，无法打开。请用 PDF 阅读器确认文件能正常打开，或提供 DOCX 版本。");
  if (document->is_locked()) {
    return Invalid(Prefix(name) + "PDF 文件已加密（需要密码），无法读取文字。请提供未加密的 PDF 或 DOCX 版本。");
  }
  if (document->pages() <= 0) return Invalid(Prefix(name) + "PDF 文件中没有页面。");
  return document;
}

Result<TextDocument> Extract(const poppler::document& pdf, std::string_view bytes, const std::string& name) {
  std::optional<std::vector<pdf::PageBoxes>> read = pdf::ReadPages(bytes);
  if (!read) return Invalid(Prefix(name) + "PDF 文件已损坏，无法读取页面。请用 PDF 阅读器确认文件能正常打开，或提供 DOCX 版本。");
  std::vector<pdf::PlacedLine> placed = pdf::LayoutDocument(std::move(*read));
  if (placed.empty()) {
    return Fail(ErrorCode::kUnsupported, Prefix(name) + "PDF 中没有可提取的文字（可能是扫描件或图片）。"
                                                      "请提供文字版 PDF 或 DOCX 文件。");
  }
  TextDocument document;
  document.source = name;
  document.kind = SourceKind::kPdf;
  document.page_count = pdf.pages();
  document.lines = pdf::JoinWrappedLines(std::move(placed));
  return document;
}

}  // namespace

Result<TextDocument> ReadPdf(std::string_view bytes, const std::string& name) {
  SilencePoppler();
  try {
    auto document = Open(bytes, name);
    if (!document) return tl::unexpected(document.error());
    return Extract(**document, bytes, name);
  } catch (const std::bad_alloc&) {
    return Fail(ErrorCode::kIo, Prefix(name) + "读取 PDF 时内存不足。");
  } catch (const std::exception& e) {
    return Invalid(Prefix(name) + "读取 PDF 时出错：" + e.what());
  }
}

}  // namespace jixiao
