#include "ingest/read/docx_reader.h"

#include <map>
#include <memory>
#include <new>
#include <optional>
#include <vector>

#include <pugixml.hpp>

#include "base/text.h"
#include "ingest/read/docx_numbering.h"
#include "ingest/read/txt_reader.h"
#include "ingest/read/ooxml.h"

namespace jixiao {
namespace {

using docx::Attr;
using docx::Child;
using docx::LocalName;

constexpr std::string_view kDefaultMainPart = "word/document.xml";
constexpr std::string_view kOfficeDocumentType = "/officeDocument";

using ooxml::CleanText;
using ooxml::JoinInto;
using ooxml::Package;
using ooxml::Prefix;

constexpr ooxml::PackageKind kDocxPackage = {"DOCX", "Word"};
static_assert(kMaxDocxPartBytes == ooxml::kMaxPartBytes);

// The main document part: from _rels/.rels, else word/document.xml.
Result<std::string> MainPart(const Package& package) {
  auto rels = package.ReadXml("_rels/.rels");
  if (!rels) return tl::unexpected(rels.error());
  std::string main = ooxml::RelationshipTarget((*rels)->root(), kOfficeDocumentType, "");
  if (!package.Has(main)) main = std::string(kDefaultMainPart);
  if (!package.Has(main)) {
    return Invalid(Prefix(package.name()) +
                   "这是一个 ZIP 压缩包，但其中没有 word/document.xml，不是 Word 文档（DOCX）。"
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

// Each footnote's text by its id, a line per paragraph ("注：金额单位为万元"); the separators
// Word keeps among them are none.
using Footnotes = std::map<std::string, std::vector<std::string>, std::less<>>;

Footnotes ReadFootnotes(const pugi::xml_node& root) {  // root: w:footnotes
  Footnotes notes;
  for (pugi::xml_node note = root.first_child(); note; note = note.next_sibling()) {
    if (LocalName(note) != "footnote" || !Attr(note, "type").empty()) continue;  // separator, continuationSeparator
    std::vector<std::string>& lines = notes[std::string(Attr(note, "id"))];
    for (pugi::xml_node paragraph = note.first_child(); paragraph; paragraph = paragraph.next_sibling()) {
      if (LocalName(paragraph) != "p") continue;
      std::vector<std::string> texts(1);
      CollectRuns(paragraph, texts);
      for (std::string& text : texts) {
        if (!text.empty()) lines.push_back(std::move(text));
      }
    }
  }
  return notes;
}

// The ids of the footnotes a paragraph refers to, in order.
void FootnoteIds(const pugi::xml_node& node, std::vector<std::string_view>& ids) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    const std::string_view local = LocalName(child);
    if (local == "footnoteReference") ids.push_back(Attr(child, "id"));
    if (local == "r" || IsInlineContainer(local)) FootnoteIds(child, ids);
  }
}

class BodyReader {
 public:
  BodyReader(docx::Numbering& numbering, const Footnotes& footnotes, TextDocument& document)
      : numbering_(numbering), footnotes_(footnotes), document_(document) {}

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
    for (std::string& text : ParagraphLines(paragraph)) AddLine(std::move(text), number);
    // A footnote says what its paragraph leaves out ("表1 …执行情况表¹" / "注：金额单位为万元"):
    // its lines follow the paragraph, as Word shows it at the page's foot, under the same number.
    if (footnotes_.empty()) return;
    std::vector<std::string_view> ids;
    FootnoteIds(paragraph, ids);
    for (std::string_view id : ids) {
      if (const auto note = footnotes_.find(id); note != footnotes_.end()) {
        for (const std::string& text : note->second) AddLine(text, number);
      }
    }
  }

  void AddLine(std::string text, int paragraph) {
    TextLine& line = document_.lines.emplace_back();
    line.text = CleanText(std::move(text));
    line.paragraph = paragraph;
    line.number = static_cast<int>(document_.lines.size());
  }

  // Flattens a cell's paragraphs into one string; a table nested in it gives its own rows, into
  // `nested` (a web form's 项目资金 cell holding the funds table: its cells are no one cell's words).
  void CellText(const pugi::xml_node& container, std::string& out, std::vector<TextLine>& nested) {
    for (pugi::xml_node child = container.first_child(); child; child = child.next_sibling()) {
      const std::string_view local = LocalName(child);
      if (local == "p") {
        for (const std::string& text : ParagraphLines(child)) JoinInto(out, text);
      } else if (local == "tbl") {
        Table(child, nested);
      } else if (local == "tr" || local == "tc" || local == "sdt" || local == "sdtContent" || local == "customXml") {
        CellText(child, out, nested);
      }
    }
  }

  // The row's line, then the rows of the tables nested in its cells.
  void Row(const pugi::xml_node& row, std::vector<TextLine>& out) {
    const int first_paragraph = paragraphs_ + 1;
    std::vector<std::string> cells;
    std::vector<TextLine> nested;
    for (pugi::xml_node child = row.first_child(); child; child = child.next_sibling()) {
      const pugi::xml_node cell = LocalName(child) == "sdt" ? Child(Child(child, "sdtContent"), "tc") : child;
      if (LocalName(cell) != "tc") continue;
      std::string text;
      CellText(cell, text, nested);
      for (char& c : text) c = (c == '\t' || c == '\n') ? ' ' : c;
      cells.push_back(CleanText(std::move(text)));
    }
    if (!cells.empty()) {
      TextLine& line = out.emplace_back(MakeRow(std::move(cells)));
      line.paragraph = first_paragraph;
    }
    for (TextLine& line : nested) out.push_back(std::move(line));
  }

  void Table(const pugi::xml_node& table, std::vector<TextLine>& out) {
    for (pugi::xml_node row = table.first_child(); row; row = row.next_sibling()) {
      const std::string_view local = LocalName(row);
      if (local == "tr") Row(row, out);
      if (local == "sdt") Table(Child(row, "sdtContent"), out);
    }
  }

  void Table(const pugi::xml_node& table) {
    std::vector<TextLine> rows;
    Table(table, rows);
    for (TextLine& line : rows) {
      TextLine& placed = document_.lines.emplace_back(std::move(line));
      placed.number = static_cast<int>(document_.lines.size());
    }
  }

  docx::Numbering& numbering_;
  const Footnotes& footnotes_;
  TextDocument& document_;
  int paragraphs_ = 0;
};

Result<TextDocument> ReadPackage(const Package& package) {
  const std::string& name = package.name();
  auto main = MainPart(package);
  if (!main) return tl::unexpected(main.error());
  auto body_xml = package.ReadXml(*main);
  if (!body_xml) return tl::unexpected(body_xml.error());
  const pugi::xml_node body = Child((*body_xml)->root(), "body");
  if (!body) return Invalid(Prefix(name) + *main + " 中没有正文（w:body），不是有效的 Word 文档。");
  const std::string_view dir = ooxml::Directory(*main);
  auto rels = package.ReadXml(std::string(dir) + "_rels/" + main->substr(dir.size()) + ".rels");
  if (!rels) return tl::unexpected(rels.error());
  std::string numbering_part = ooxml::RelationshipTarget((*rels)->root(), "/numbering", dir);
  std::string styles_part = ooxml::RelationshipTarget((*rels)->root(), "/styles", dir);
  auto numbering_xml = package.ReadXml(numbering_part.empty() ? std::string(dir) + "numbering.xml" : numbering_part);
  if (!numbering_xml) return tl::unexpected(numbering_xml.error());
  auto styles_xml = package.ReadXml(styles_part.empty() ? std::string(dir) + "styles.xml" : styles_part);
  if (!styles_xml) return tl::unexpected(styles_xml.error());
  docx::Numbering numbering;
  numbering.Load((*numbering_xml)->root(), (*styles_xml)->root());
  const std::string footnotes_part = ooxml::RelationshipTarget((*rels)->root(), "/footnotes", dir);
  Footnotes footnotes;
  if (!footnotes_part.empty()) {
    auto footnotes_xml = package.ReadXml(footnotes_part);
    if (!footnotes_xml) return tl::unexpected(footnotes_xml.error());
    footnotes = ReadFootnotes((*footnotes_xml)->root());
  }
  TextDocument document;
  document.source = name;
  document.kind = SourceKind::kDocx;
  BodyReader(numbering, footnotes, document).Blocks(body);
  // (A PDF's text pasted into Word: a paragraph for each of its lines.)
  JoinHardWrappedLines(document.lines);
  return document;
}

}  // namespace

bool LooksLikeDocx(std::string_view bytes) {
  if (!bytes.starts_with("PK")) return false;
  const auto package = Package::Open(bytes, kDocxPackage, "");
  return package && package->Has(kDefaultMainPart);
}

Result<TextDocument> ReadDocx(std::string_view bytes, const std::string& name) {
  if (bytes.empty()) return Invalid(Prefix(name) + "文件为空。");
  try {
    const auto package = Package::Open(bytes, kDocxPackage, name);
    if (!package) {
      return Invalid(Prefix(name) + "不是有效的 DOCX 文件：ZIP 压缩包结构损坏或文件被截断。"
                                    "请重新获取原文件，或用 Word 重新保存为 .docx 后再试。");
    }
    return ReadPackage(*package);
  } catch (const std::bad_alloc&) {
    return Fail(ErrorCode::kIo, Prefix(name) + "读取 DOCX 时内存不足。");
  } catch (const std::exception& e) {
    return Invalid(Prefix(name) + "读取 DOCX 时出错：" + e.what());
  }
}

}  // namespace jixiao
