// The state one ParseReport call shares between its parsing modules: the document, its
// paragraphs, the Evaluation being filled, provenance, findings and which paragraphs have
// been read. Internal to the report parser; one context per call, owned by ParseReport.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/evaluation.h"
#include "ingest/parse/amounts.h"
#include "ingest/parse/headings.h"
#include "ingest/parse/paragraphs.h"
#include "ingest/read/positioned_text.h"
#include "rules/finding.h"

namespace jixiao::parse {

// Text a reading could not place, kept small until the reading is done (a large report has
// tens of thousands of such pieces): where it is, the message quoting it, and how many other
// findings came before it. ParseReport turns each into an "ingest.unrecognized" info finding.
struct UnplacedText {
  std::optional<LinePlace> place;  // the document line and the bytes there its span covers
  std::size_t before = 0;          // findings added before it
  std::string message;
};

// `findings` with each piece of `unplaced` an "ingest.unrecognized" info finding in its place.
std::vector<Finding> WithUnplaced(const TextDocument& document, std::vector<Finding> findings,
                                  std::vector<UnplacedText> unplaced);

class ParseContext {
 public:
  explicit ParseContext(const TextDocument& document);

  const TextDocument& document() const { return document_; }
  const std::vector<Paragraph>& paragraphs() const { return paragraphs_; }
  const Paragraph& paragraph(std::size_t index) const { return paragraphs_[index]; }
  Evaluation& evaluation() { return evaluation_; }
  std::vector<Finding>& findings() { return findings_; }
  std::vector<UnplacedText>& unplaced() { return unplaced_; }

  // The figures of a paragraph (scanned once, cached).
  const std::vector<Amount>& Amounts(std::size_t index);
  // The numbering marker at the front of a paragraph (read once, cached), and the trimmed
  // text after it.
  const HeadingMarker& Marker(std::size_t index) const;
  std::string_view Body(std::size_t index) const;

  // Records where the value at `pointer` was read: paragraph text[offset, offset + length).
  void Record(std::string pointer, std::size_t index, std::size_t offset, std::size_t length);
  // Marks a paragraph as read by some module.
  void MarkUsed(std::size_t index) { used_[index] = true; }
  bool used(std::size_t index) const { return used_[index]; }

  // Text[offset, offset + length) of a paragraph that no module could place (an info finding
  // "ingest.unrecognized" once the reading is done).
  void Unrecognized(std::size_t index, std::size_t offset = 0, std::size_t length = 0);
  // A finding at a paragraph position; the message gets the location in front.
  void AddFinding(std::string rule, Severity severity, std::size_t index, std::size_t offset,
                  const std::string& message, std::string path = "");

  SourceSpan Span(std::size_t index, std::size_t offset, std::size_t length) const;

  // Moves the figures scanned so far of each paragraph that is one whole document line into
  // `lines` (the general reading scans lines): Amounts() must not be called afterwards.
  void HandOverAmounts(LineAmounts& lines);

 private:
  const TextDocument& document_;
  std::vector<Paragraph> paragraphs_;
  std::vector<bool> used_;
  std::vector<std::vector<Amount>> amounts_;
  std::vector<bool> scanned_;
  struct Heading {
    HeadingMarker marker;
    std::string_view body;
  };
  const Heading& HeadingOf(std::size_t index) const;
  mutable std::vector<std::optional<Heading>> headings_;  // filled by HeadingOf()
  Evaluation evaluation_;
  std::vector<Finding> findings_;
  std::vector<UnplacedText> unplaced_;
};

// A paragraph excerpt for messages: at most `max_chars` code points, "……" when cut.
std::string Excerpt(std::string_view text, std::size_t max_chars = 40);

// "/projects/3/budget/total"-style pointers.
std::string Pointer(std::string_view base, std::size_t index, std::string_view field = "");

}  // namespace jixiao::parse
