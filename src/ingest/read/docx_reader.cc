#include "ingest/read/docx_reader.h"

#include <memory>
#include <new>
#include <optional>
#include <vector>

#include <pugixml.hpp>
#include <zip.h>

#include "base/text.h"
#include "ingest/read/docx_numbering.h"

namespace jixiao {
namespace {

using docx::Attr;
using docx::Child;
using docx::LocalName;

constexpr std::string_view kDefaultMainPart = "word/document.xml";
constexpr std::string_view kOfficeDocumentType = "/officeDocument";

std::string Prefix(const std::string& name) { return "文件 " + name + "："; }

// ---- The zip package -------------------------------------------------------------------

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using Zip = std::unique_ptr<zip_t, ZipDiscard>;

// Opens the archive over caller-owned bytes (not copied; they must outlive the archive).
Zip OpenZip(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return nullptr;
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) zip_source_free(source);
  zip_error_fini(&error);
  return Zip(archive);
}

// Reads one part; std::nullopt when the archive has no such part. Stops at the size cap.
Result<std::optional<std::string>> ReadPart(zip_t* archive, std::string_view part, const std::string& name) {
  const zip_int64_t index = zip_name_locate(archive, std::string(part).c_str(), 0);
  if (index < 0) return std::optional<std::string>();
  std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0));
  const std::string where = Prefix(name) + "DOCX 压缩包中的 " + std::string(part);
  if (!file) return Invalid(where + " 无法解压（文件损坏、被截断或已加密）。请用 Word 重新保存后再试。");
  std::string data;
  char buffer[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
    if (got < 0) return Invalid(where + " 解压失败（文件损坏或被截断）。请用 Word 重新保存后再试。");
    if (got == 0) break;
    if (data.size() + static_cast<std::size_t>(got) > kMaxDocxPartBytes) {
      return Invalid(where + " 解压后超过 " + std::to_string(kMaxDocxPartBytes >> 20) +
                     " MB，疑似压缩炸弹，已拒绝读取。");
    }
    data.append(buffer, static_cast<std::size_t>(got));
  }
  return std::optional<std::string>(std::move(data));
}

struct Xml {
  std::string text;  // parsed in place: owns the node strings
  pugi::xml_document document;
};

// Reads and parses an optional part; a missing part gives an empty document.
Result<std::unique_ptr<Xml>> ReadXml(zip_t* archive, std::string_view part, const std::string& name) {
  auto data = ReadPart(archive, part, name);
  if (!data) return tl::unexpected(data.error());
  auto xml = std::make_unique<Xml>();
  if (!*data) return xml;
  xml->text = std::move(**data);
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result parsed = xml->document.load_buffer_inplace(xml->text.data(), xml->text.size(), options);
  if (!parsed) {
    return Invalid(Prefix(name) + "DOCX 中的 " + std::string(part) + " 不是格式正确的 XML（字节偏移 " +
                   std::to_string(parsed.offset) + "）。文件可能已损坏，请用 Word 重新保存后再试。");
  }
  return xml;
}

// The target of the first relationship whose type ends with `type`, resolved against `base`.
std::string RelationshipTarget(const pugi::xml_document& rels, std::string_view type, std::string_view base) {
  for (pugi::xml_node rel = rels.document_element().first_child(); rel; rel = rel.next_sibling()) {
    if (!Attr(rel, "Type").ends_with(type) || Attr(rel, "TargetMode") == "External") continue;
    std::string_view target = Attr(rel, "Target");
    if (target.starts_with('/')) return std::string(target.substr(1));
    return std::string(base) + std::string(target);
  }
  return "";
}

std::string_view Directory(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
}

// The main document part: from _rels/.rels, else word/document.xml.
Result<std::string> MainPart(zip_t* archive, const std::string& name) {
  auto rels = ReadXml(archive, "_rels/.rels", name);
  if (!rels) return tl::unexpected(rels.error());
  std::string main = RelationshipTarget((*rels)->document, kOfficeDocumentType, "");
  if (main.empty() || zip_name_locate(archive, main.c_str(), 0) < 0) main = std::string(kDefaultMainPart);
  if (zip_name_locate(archive, main.c_str(), 0) < 0) {
    return Invalid(Prefix(name) + "这是一个 ZIP 压缩包，但其中没有 word/document.xml，不是 Word 文档（DOCX）。"
                                  "请确认文件类型，或用 Word 另存为 .docx 后再试。");
  }
  return main;
}

// ---- The body ----------------------------------------------------------------------------

bool IsHiddenRun(const pugi::xml_node& run) {
  const pugi::xml_node vanish = Child(Child(run, "rPr"), "vanish");
  return vanish && Attr(vanish, "val") != "0" && Attr(vanish, "val") != "false";
}

bool IsInlineContainer(std::string_view local) {
  return local == "hyperlink" || local == "ins" || local == "moveTo" || local == "smartTag" ||
         local == "customXml" || local == "sdt" || local == "sdtContent" || local == "fldSimple" ||
         local == "bdo" || local == "dir";
}

// Appends a paragraph's visible text; a line break starts a new entry in `lines`.
void CollectRuns(const pugi::xml_node& node, std::vector<std::string>& lines) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    const std::string_view local = LocalName(child);
    if (local == "r") {
      if (IsHiddenRun(child)) continue;
      for (pugi::xml_node item = child.first_child(); item; item = item.next_sibling()) {
        const std::string_view kind = LocalName(item);
        if (kind == "t") lines.back() += item.child_value();
        if (kind == "tab" || kind == "ptab") lines.back() += '\t';
        const std::string_view break_type = Attr(item, "type");
        if (kind == "cr" || (kind == "br" && (break_type.empty() || break_type == "textWrapping"))) {
          lines.emplace_back();  // page and column breaks do not break the text
        }
        if (kind == "noBreakHyphen") lines.back() += '-';
      }
    } else if (IsInlineContainer(local)) {
      CollectRuns(child, lines);
    }
  }
}

// Repairs invalid UTF-8 (U+FFFD) and normalises to NFC.
std::string CleanText(std::string text) {
  const Utf8Check check = CheckUtf8(text);
  if (check.valid && check.nfc) return text;
  if (check.valid) return ToNfcValid(std::move(text));
  std::string repaired;
  for (std::size_t pos = 0; pos < text.size();) AppendUtf8(repaired, NextCodePoint(text, pos));
  return ToNfcValid(std::move(repaired));
}

// Joins two pieces of one cell: no space between two CJK characters, a space otherwise.
void JoinInto(std::string& out, std::string_view piece) {
  piece = Trim(piece);
  if (piece.empty()) return;
  const bool wide_end = !out.empty() && static_cast<unsigned char>(out.back()) >= 0x80;
  const bool wide_start = static_cast<unsigned char>(piece.front()) >= 0x80;
  if (!out.empty() && !(wide_end && wide_start)) out += ' ';
  out += piece;
}

class BodyReader {
 public:
  BodyReader(docx::Numbering& numbering, TextDocument& document) : numbering_(numbering), document_(document) {}

  void Blocks(const pugi::xml_node& container) {
    for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
      const std::string_view local = LocalName(child);
      if (local == "p") Paragraph(child);
      if (local == "tbl") Table(child);
      if (local == "sdt") Blocks(Child(child, "sdtContent"));
      if (local == "customXml" || local == "ins" || local == "moveTo") Blocks(child);
    }
  }

 private:
  // A paragraph's lines (one per line break), its number label on the first.
  std::vector<std::string> ParagraphLines(const pugi::xml_node& paragraph) {
    ++paragraphs_;
    std::vector<std::string> lines(1);
    const pugi::xml_node properties = Child(paragraph, "pPr");
    const docx::NumberRef ref = numbering_.RefOf(properties);
    if (ref.num_id != 0) lines[0] = numbering_.Next(ref);
    CollectRuns(paragraph, lines);
    return lines;
  }

  void Paragraph(const pugi::xml_node& paragraph) {
    const int number = paragraphs_ + 1;
    for (std::string& text : ParagraphLines(paragraph)) {
      TextLine& line = document_.lines.emplace_back();
      line.text = CleanText(std::move(text));
      line.paragraph = number;
      line.number = static_cast<int>(document_.lines.size());
    }
  }

  // Flattens a cell (paragraphs, nested tables) into one string.
  void CellText(const pugi::xml_node& container, std::string& out) {
    for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
      const std::string_view local = LocalName(child);
      if (local == "p") {
        for (const std::string& text : ParagraphLines(child)) JoinInto(out, text);
      } else if (local == "tbl" || local == "tr" || local == "tc" || local == "sdt" || local == "sdtContent" ||
                 local == "customXml") {
        CellText(child, out);
      }
    }
  }

  void Row(const pugi::xml_node& row) {
    const int first_paragraph = paragraphs_ + 1;
    std::vector<std::string> cells;
    for (pugi::xml_node child = row.first_child(); child; child = child.next_sibling()) {
      const pugi::xml_node cell = LocalName(child) == "sdt" ? Child(Child(child, "sdtContent"), "tc") : child;
      if (LocalName(cell) != "tc") continue;
      std::string text;
      CellText(cell, text);
      for (char& c : text) c = (c == '\t' || c == '\n') ? ' ' : c;
      cells.push_back(CleanText(std::move(text)));
    }
    if (cells.empty()) return;
    TextLine& line = document_.lines.emplace_back(MakeRow(std::move(cells)));
    line.paragraph = first_paragraph;
    line.number = static_cast<int>(document_.lines.size());
  }

  void Table(const pugi::xml_node& table) {
    for (pugi::xml_node row = table.first_child(); row; row = row.next_sibling()) {
      const std::string_view local = LocalName(row);
      if (local == "tr") Row(row);
      if (local == "sdt") Table(Child(row, "sdtContent"));
    }
  }

  docx::Numbering& numbering_;
  TextDocument& document_;
  int paragraphs_ = 0;
};

Result<TextDocument> ReadPackage(zip_t* archive, const std::string& name) {
  auto main = MainPart(archive, name);
  if (!main) return tl::unexpected(main.error());
  auto body_xml = ReadXml(archive, *main, name);
  if (!body_xml) return tl::unexpected(body_xml.error());
  const pugi::xml_node body = Child((*body_xml)->document.document_element(), "body");
  if (!body) return Invalid(Prefix(name) + *main + " 中没有正文（w:body），不是有效的 Word 文档。");
  const std::string_view dir = Directory(*main);
  auto rels = ReadXml(archive, std::string(dir) + "_rels/" + main->substr(dir.size()) + ".rels", name);
  if (!rels) return tl::unexpected(rels.error());
  std::string numbering_part = RelationshipTarget((*rels)->document, "/numbering", dir);
  std::string styles_part = RelationshipTarget((*rels)->document, "/styles", dir);
  auto numbering_xml = ReadXml(archive, numbering_part.empty() ? std::string(dir) + "numbering.xml" : numbering_part, name);
  if (!numbering_xml) return tl::unexpected(numbering_xml.error());
  auto styles_xml = ReadXml(archive, styles_part.empty() ? std::string(dir) + "styles.xml" : styles_part, name);
  if (!styles_xml) return tl::unexpected(styles_xml.error());
  docx::Numbering numbering;
  numbering.Load((*numbering_xml)->document.document_element(), (*styles_xml)->document.document_element());
  TextDocument document;
  document.source = name;
  document.kind = SourceKind::kDocx;
  BodyReader(numbering, document).Blocks(body);
  return document;
}

}  // namespace

bool LooksLikeDocx(std::string_view bytes) {
  if (!bytes.starts_with("PK")) return false;
  const Zip archive = OpenZip(bytes);
  return archive && zip_name_locate(archive.get(), std::string(kDefaultMainPart).c_str(), 0) >= 0;
}

Result<TextDocument> ReadDocx(std::string_view bytes, const std::string& name) {
  if (bytes.empty()) return Invalid(Prefix(name) + "文件为空。");
  try {
    const Zip archive = OpenZip(bytes);
    if (!archive) {
      return Invalid(Prefix(name) + "不是有效的 DOCX 文件：ZIP 压缩包结构损坏或文件被截断。"
                                    "请重新获取原文件，或用 Word 重新保存为 .docx 后再试。");
    }
    return ReadPackage(archive.get(), name);
  } catch (const std::bad_alloc&) {
    return Fail(ErrorCode::kIo, Prefix(name) + "读取 DOCX 时内存不足。");
  } catch (const std::exception& e) {
    return Invalid(Prefix(name) + "读取 DOCX 时出错：" + e.what());
  }
}

}  // namespace jixiao
