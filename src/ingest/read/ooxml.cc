#include "ingest/read/ooxml.h"

#include <zip.h>

#include <algorithm>
#include <charconv>
#include <vector>

#include "base/text.h"
#include "ingest/read/positioned_text.h"

namespace jixiao::ooxml {
namespace {

struct ZipFileClose {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

}  // namespace

std::string Prefix(const std::string& name) { return "文件 " + name + "："; }

std::unique_ptr<Package> Package::Open(std::string_view bytes, PackageKind kind, const std::string& name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY, &error);
  if (source != nullptr && archive == nullptr) zip_source_free(source);
  zip_error_fini(&error);
  if (archive == nullptr) return nullptr;
  return std::unique_ptr<Package>(new Package(archive, kind, name));
}

Package::Package(zip* archive, PackageKind kind, const std::string& name)
    : archive_(archive), kind_(kind), name_(name) {}

Package::~Package() { zip_discard(archive_); }

bool Package::Has(std::string_view part) const {
  return !part.empty() && zip_name_locate(archive_, std::string(part).c_str(), 0) >= 0;
}

bool Package::HasPartUnder(std::string_view folder) const {
  const zip_int64_t entries = zip_get_num_entries(archive_, 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* part = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
    if (part != nullptr && std::string_view(part).starts_with(folder)) return true;
  }
  return false;
}

Result<std::optional<std::string>> Package::ReadPart(std::string_view part, std::string_view label) const {
  const zip_int64_t index = part.empty() ? -1 : zip_name_locate(archive_, std::string(part).c_str(), 0);
  if (index < 0) return std::optional<std::string>();
  std::unique_ptr<zip_file_t, ZipFileClose> file(zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0));
  const std::string where =
      Prefix(name_) + std::string(kind_.format) + " 压缩包中的 " + std::string(label.empty() ? part : label);
  const std::string resave = "请用 " + std::string(kind_.application) + " 重新保存后再试。";
  if (!file) return Invalid(where + " 无法解压（文件损坏、被截断或已加密）。" + resave);
  std::string data;
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) return Invalid(where + " 解压失败（文件损坏或被截断）。" + resave);
    if (got == 0) break;
    if (data.size() + static_cast<std::size_t>(got) > kMaxPartBytes) {
      return Invalid(where + " 解压后超过 " + std::to_string(kMaxPartBytes >> 20) + " MB，疑似压缩炸弹，已拒绝读取。");
    }
    data.append(buffer.data(), static_cast<std::size_t>(got));
  }
  return std::optional<std::string>(std::move(data));
}

Result<std::unique_ptr<Xml>> Package::ReadXml(std::string_view part, std::string_view label) const {
  auto data = ReadPart(part, label);
  if (!data) return tl::unexpected(data.error());
  auto xml = std::make_unique<Xml>();
  if (!*data) return xml;
  xml->text = std::move(**data);
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single;
  const pugi::xml_parse_result parsed = xml->document.load_buffer_inplace(xml->text.data(), xml->text.size(), options);
  if (!parsed) {
    return Invalid(Prefix(name_) + std::string(kind_.format) + " 中的 " + std::string(label.empty() ? part : label) +
                   " 不是格式正确的 XML（字节偏移 " + std::to_string(parsed.offset) + "）。文件可能已损坏，请用 " +
                   std::string(kind_.application) + " 重新保存后再试。");
  }
  return xml;
}

std::string ResolveTarget(std::string_view target, std::string_view base) {
  std::vector<std::string_view> segments;
  const auto add = [&segments](std::string_view path) {
    while (!path.empty()) {
      const std::size_t slash = std::min(path.find('/'), path.size());
      const std::string_view segment = path.substr(0, slash);
      if (segment == "..") {
        if (!segments.empty()) segments.pop_back();
      } else if (!segment.empty() && segment != ".") {
        segments.push_back(segment);
      }
      path.remove_prefix(std::min(slash + 1, path.size()));
    }
  };
  if (!target.starts_with('/')) add(base);
  add(target);
  std::string out;
  for (const std::string_view segment : segments) {
    if (!out.empty()) out += '/';
    out += segment;
  }
  return out;
}

std::string RelationshipTarget(const pugi::xml_node& rels_root, std::string_view type, std::string_view base) {
  for (pugi::xml_node rel = rels_root.first_child(); rel; rel = rel.next_sibling()) {
    if (!Attr(rel, "Type").ends_with(type) || Attr(rel, "TargetMode") == "External") continue;
    return ResolveTarget(Attr(rel, "Target"), base);
  }
  return "";
}

std::string_view Directory(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : part.substr(0, slash + 1);
}

std::string CleanText(std::string text) {
  const Utf8Check check = CheckUtf8(text);
  if (check.valid && check.nfc) return text;
  if (check.valid) return ToNfcValid(std::move(text));
  std::string repaired;
  for (std::size_t pos = 0; pos < text.size();) AppendUtf8(repaired, NextCodePoint(text, pos));
  return ToNfcValid(std::move(repaired));
}

void JoinInto(std::string& out, std::string_view piece) {
  piece = Trim(piece);
  if (piece.empty()) return;
  const bool wide_end = !out.empty() && static_cast<unsigned char>(out.back()) >= 0x80;
  const bool wide_start = static_cast<unsigned char>(piece.front()) >= 0x80;
  if (!out.empty() && !(wide_end && wide_start)) out += ' ';
  out += piece;
}

std::string_view LocalName(const pugi::xml_node& node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node Child(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (LocalName(child) == name) return child;
  }
  return {};
}

std::string_view Attr(const pugi::xml_node& node, std::string_view name) {
  for (pugi::xml_attribute attr = node.first_attribute(); attr; attr = attr.next_attribute()) {
    std::string_view attr_name = attr.name();
    const std::size_t colon = attr_name.find(':');
    if (colon != std::string_view::npos) attr_name.remove_prefix(colon + 1);
    if (attr_name == name) return attr.value();
  }
  return {};
}

int AttrInt(const pugi::xml_node& node, std::string_view name, int fallback) {
  const std::string_view text = Attr(node, name);
  int value = fallback;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && ptr == text.data() + text.size() ? value : fallback;
}

}  // namespace jixiao::ooxml
