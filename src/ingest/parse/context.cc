#include "ingest/parse/context.h"

#include <algorithm>
#include <charconv>
#include <limits>

#include "ingest/parse/scan.h"
#include "ingest/parse/title.h"

namespace jixiao::parse {

ParseContext::ParseContext(const TextDocument& document)
    : document_(document), paragraphs_(BuildParagraphs(document)) {
  JoinTitleLines(paragraphs_);
  used_.assign(paragraphs_.size(), false);
  amounts_.resize(paragraphs_.size());
  scanned_.assign(paragraphs_.size(), false);
  headings_.resize(paragraphs_.size());
}

const ParseContext::Heading& ParseContext::HeadingOf(std::size_t index) const {
  std::optional<Heading>& heading = headings_[index];
  if (!heading) {
    const std::string_view text = paragraphs_[index].text;
    const HeadingMarker marker = ReadHeadingMarker(text);
    heading = Heading{marker, TrimSpace(text.substr(marker.length))};
  }
  return *heading;
}

const HeadingMarker& ParseContext::Marker(std::size_t index) const { return HeadingOf(index).marker; }

std::string_view ParseContext::Body(std::size_t index) const { return HeadingOf(index).body; }

const std::vector<Amount>& ParseContext::Amounts(std::size_t index) {
  if (!scanned_[index]) {
    amounts_[index] = ScanAmounts(paragraphs_[index].text);
    scanned_[index] = true;
  }
  return amounts_[index];
}

void ParseContext::HandOverAmounts(LineAmounts& lines) {
  for (std::size_t i = 0; i < paragraphs_.size(); ++i) {
    const Paragraph& p = paragraphs_[i];
    if (!scanned_[i] || p.kind != ParagraphKind::kText || p.pieces.size() != 1) continue;
    const std::size_t line = p.pieces[0].line;
    if (line >= document_.lines.size()) continue;
    const std::string& whole = document_.lines[line].text;
    // The same bytes: the paragraph is the line untrimmed, so the scan would be the same.
    if (p.text.data() != whole.data() || p.text.size() != whole.size()) continue;
    lines.Put(line, std::move(amounts_[i]));
  }
}

SourceSpan ParseContext::Span(std::size_t index, std::size_t offset, std::size_t length) const {
  return ParagraphSpan(document_, paragraphs_[index], offset, length);
}

void ParseContext::Record(std::string pointer, std::size_t index, std::size_t offset, std::size_t length) {
  evaluation_.provenance.insert_or_assign(std::move(pointer), Span(index, offset, length));
}

void ParseContext::AddFinding(std::string rule, Severity severity, std::size_t index, std::size_t offset,
                              const std::string& message, std::string path) {
  Finding f;
  f.rule = std::move(rule);
  f.severity = severity;
  f.message = message;  // the location travels in `span`; front ends print it
  f.path = std::move(path);
  f.span = Span(index, offset, 0);
  findings_.push_back(std::move(f));
}

void ParseContext::Unrecognized(std::size_t index, std::size_t offset, std::size_t length) {
  const std::string_view text = std::string_view(paragraphs_[index].text).substr(offset);
  // A length counted in bytes may end inside a character: the excerpt takes the whole character.
  std::size_t end = length == 0 ? text.size() : std::min(length, text.size());
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  const std::string_view part = text.substr(0, end);
  unplaced_.push_back({ParagraphPlace(document_, paragraphs_[index], offset, 0), findings_.size(), "未能识别：" + Excerpt(part)});
}

std::string Excerpt(std::string_view text, std::size_t max_chars) {
  text = TrimSpace(text);
  std::size_t pos = 0, chars = 0, len = 0;
  while (pos < text.size() && chars < max_chars) {
    CodePointAt(text, pos, &len);
    pos += len, ++chars;
  }
  std::string out(text.substr(0, pos));
  if (pos < text.size()) out += "……";
  return out;
}

std::string Pointer(std::string_view base, std::size_t index, std::string_view field) {
  char digits[24];
  const auto [digits_end, ec] = std::to_chars(digits, digits + sizeof digits, index);
  const std::string_view number(digits, static_cast<std::size_t>(digits_end - digits));
  std::string out;
  out.reserve(base.size() + 1 + number.size() + (field.empty() ? 0 : 1 + field.size()));
  out += base;
  out += '/';
  out += number;
  if (!field.empty()) {
    out += '/';
    out += field;
  }
  return out;
}

std::vector<Finding> WithUnplaced(const TextDocument& document, std::vector<Finding> findings,
                                  std::vector<UnplacedText> unplaced) {
  if (unplaced.empty()) return findings;
  std::vector<Finding> out;
  out.reserve(findings.size() + unplaced.size());
  std::size_t next = 0;
  auto add_unplaced_before = [&](std::size_t position) {
    for (; next < unplaced.size() && unplaced[next].before <= position; ++next) {
      Finding f;
      f.rule = "ingest.unrecognized";
      f.severity = Severity::kInfo;
      f.message = std::move(unplaced[next].message);  // the location travels in `span`
      if (const auto& p = unplaced[next].place) {
        f.span = SpanOf(document, p->line, p->offset, p->length);
      } else {
        f.span = SourceSpan{};
      }
      out.push_back(std::move(f));
      unplaced[next].message = std::string();  // each message's memory goes as it is moved
    }
  };
  for (std::size_t i = 0; i < findings.size(); ++i) {
    add_unplaced_before(i);
    out.push_back(std::move(findings[i]));
  }
  add_unplaced_before(std::numeric_limits<std::size_t>::max());
  return out;
}

}  // namespace jixiao::parse
