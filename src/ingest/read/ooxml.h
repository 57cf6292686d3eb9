// Internal to the DOCX and XLSX readers: an Office Open XML package (a zip read with libzip
// over caller-owned bytes) and its XML parts (pugixml), with the size cap that refuses zip
// bombs and messages in Chinese that name the file and the part. Parsed parts own their text.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "base/result.h"

struct zip;

namespace jixiao::ooxml {

// Largest uncompressed size read from one package part; a larger part is a zip bomb.
inline constexpr std::size_t kMaxPartBytes = 200u << 20;

// How a kind of package is named in messages: {"DOCX", "Word"}, {"XLSX", "Excel"}.
struct PackageKind {
  std::string_view format;
  std::string_view application;
};

// "文件 NAME：", the start of every reader message.
std::string Prefix(const std::string& name);

// A parsed XML part. `text` is parsed in place: it owns the node strings.
struct Xml {
  std::string text;
  pugi::xml_document document;
  pugi::xml_node root() const { return document.document_element(); }
};

class Package {
 public:
  // Opens the archive over `bytes`, which are not copied and must outlive the package.
  // Returns nullptr when the bytes are not a readable zip archive.
  static std::unique_ptr<Package> Open(std::string_view bytes, PackageKind kind, const std::string& name);
  ~Package();
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool Has(std::string_view part) const;
  // True when some part's path starts with `folder` ("xl/").
  bool HasPartUnder(std::string_view folder) const;

  // Reads one part; std::nullopt when there is no such part. `label` names the part in
  // messages (the part's path when empty). Parts over kMaxPartBytes are an Error.
  Result<std::optional<std::string>> ReadPart(std::string_view part, std::string_view label = {}) const;

  // Reads and parses an optional part; a missing part gives an empty document.
  Result<std::unique_ptr<Xml>> ReadXml(std::string_view part, std::string_view label = {}) const;

  const PackageKind& kind() const { return kind_; }
  const std::string& name() const { return name_; }

 private:
  Package(zip* archive, PackageKind kind, const std::string& name);

  zip* archive_;
  PackageKind kind_;
  std::string name_;
};

// The target of the first internal relationship in `rels` whose type ends with `type`,
// resolved against the folder `base` ("word/", "xl/"); "" when there is none.
std::string RelationshipTarget(const pugi::xml_node& rels_root, std::string_view type, std::string_view base);

// Resolves a relationship target against the folder `base`: "/xl/a.xml" -> "xl/a.xml",
// "worksheets/sheet1.xml" -> "xl/worksheets/sheet1.xml"; "." and ".." segments resolved.
std::string ResolveTarget(std::string_view target, std::string_view base);

// The folder of a part, with its trailing slash ("word/document.xml" -> "word/").
std::string_view Directory(std::string_view part);

// Repairs invalid UTF-8 (each bad byte becomes U+FFFD) and normalises to NFC.
std::string CleanText(std::string text);

// Joins two pieces of one cell (trimmed): no space between two CJK characters, a space otherwise.
void JoinInto(std::string& out, std::string_view piece);

// The local part of an element name ("w:p" -> "p").
std::string_view LocalName(const pugi::xml_node& node);
// The first child whose local name is `name`.
pugi::xml_node Child(const pugi::xml_node& node, std::string_view name);
// The value of the attribute whose local name is `name` ("w:val").
std::string_view Attr(const pugi::xml_node& node, std::string_view name);
int AttrInt(const pugi::xml_node& node, std::string_view name, int fallback);

}  // namespace jixiao::ooxml
