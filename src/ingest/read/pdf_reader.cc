#include "ingest/read/pdf_reader.h"

#include <climits>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "base/text.h"
#include "ingest/read/pdf_layout.h"
#include "ingest/read/pdf_rules.h"

namespace jixiao {
namespace {

constexpr std::size_t kEofWindow = 2048;  // %%EOF must be this close to the end

std::string Prefix(const std::string& name) { return "文件 " + name + "："; }

void Quiet(const std::string&, void*) {}

void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(Quiet, nullptr); });
}

std::string Utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return ToNfcValid(std::string(bytes.begin(), bytes.end()));
}

bool IsClosingPunctuation(char16_t c) {
  static constexpr std::u16string_view kClosing = u"，。、；：！？）》」』】〕〉”’%,.;:!?)]";
  return kClosing.find(c) != std::u16string_view::npos;
}

bool IsWordChar(char16_t c) { return c < 0x80 && (std::isalnum(c) || c == '.' || c == '-'); }

// Opening brackets and quotes, and the signs a figure is written with (≥285辆, ±5%), which a line
// is never broken after: they stay with what follows them.
bool StaysWithNext(char16_t c) {
  static constexpr std::u16string_view kSticky = u"“‘（(《「『【〔〈[≥≤≧≦＞＜＝><=±～~";
  return kSticky.find(c) != std::u16string_view::npos;
}

// Width of the box's first unbreakable unit: a word, or a character with closing punctuation,
// with the opening signs before either.
double FirstUnitWidth(const poppler::text_box& box, const poppler::ustring& text) {
  if (text.empty()) return 0;
  std::size_t start = 0;
  while (start + 1 < text.size() && StaysWithNext(text[start])) ++start;
  std::size_t end = start + 1;
  if (IsWordChar(text[start])) {
    // A thousands separator between digits does not break a number ("30,969.07").
    const auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    while (end < text.size() && (IsWordChar(text[end]) || (text[end] == ',' && digit(end - 1) && digit(end + 1)))) ++end;
  }
  while (end < text.size() && IsClosingPunctuation(text[end])) ++end;
  return box.char_bbox(end - 1).right() - box.char_bbox(0).left();
}

std::vector<pdf::Box> PageBoxes(const poppler::page& page) {
  std::vector<pdf::Box> boxes;
  for (const poppler::text_box& box : page.text_list()) {
    const poppler::rectf bbox = box.bbox();
    const poppler::ustring text = box.text();
    boxes.push_back({bbox.left(), bbox.top(), bbox.right(), bbox.bottom(), Utf8(text), box.has_space_after(),
                     FirstUnitWidth(box, text)});
  }
  return boxes;
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
  std::vector<pdf::PageBoxes> pages(static_cast<std::size_t>(pdf.pages()));
  std::vector<std::vector<pdf::Rule>> rules = pdf::PageRules(bytes);
  for (int index = 0; index < pdf.pages(); ++index) {
    const std::unique_ptr<poppler::page> page(pdf.create_page(index));
    if (!page) continue;
    pdf::PageBoxes& boxes = pages[static_cast<std::size_t>(index)];
    boxes.boxes = PageBoxes(*page);
    const poppler::rectf rect = page->page_rect();
    boxes.width = rect.width(), boxes.height = rect.height();
    if (static_cast<std::size_t>(index) < rules.size()) boxes.rules = std::move(rules[static_cast<std::size_t>(index)]);
  }
  std::vector<pdf::PlacedLine> placed = pdf::LayoutDocument(std::move(pages));
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
