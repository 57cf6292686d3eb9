#include "ingest/positioned_text.h"

#include <algorithm>
#include <cstring>

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "base/text.h"

namespace jixiao {
namespace {

constexpr std::size_t kMaxExcerptBytes = 240;

// Cuts `text` to at most `max_bytes` without splitting a UTF-8 sequence.
std::string_view CutUtf8(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

std::size_t ContinuationLength(unsigned char lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 1;
  if (lead >= 0xE0 && lead <= 0xEF) return 2;
  if (lead >= 0xF0 && lead <= 0xF4) return 3;
  return 0;
}

// Checks one multi-byte sequence at text[i]; returns its length or 0 when invalid.
std::size_t ValidSequenceLength(std::string_view text, std::size_t i) {
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = at(i);
  const std::size_t extra = ContinuationLength(lead);
  if (extra == 0 || i + extra >= text.size()) return 0;
  for (std::size_t k = 1; k <= extra; ++k) {
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  }
  const unsigned char second = at(i + 1);
  if (lead == 0xE0 && second < 0xA0) return 0;  // overlong
  if (lead == 0xED && second > 0x9F) return 0;  // surrogate
  if (lead == 0xF0 && second < 0x90) return 0;  // overlong
  if (lead == 0xF4 && second > 0x8F) return 0;  // above U+10FFFF
  return extra + 1;
}

}  // namespace

bool ValidateUtf8(std::string_view text, std::size_t* bad_offset) {
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t chunk;
      std::memcpy(&chunk, text.data() + i, 8);
      if (chunk & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = ValidSequenceLength(text, i);
    if (length == 0) {
      if (bad_offset != nullptr) *bad_offset = i;
      return false;
    }
    i += length;
  }
  return true;
}

Result<std::string> ToNfc(std::string text) {
  std::size_t bad = 0;
  if (!ValidateUtf8(text, &bad)) {
    return Invalid("文本在字节偏移 " + std::to_string(bad) + " 处不是有效的 UTF-8");
  }
  return ToNfcValid(std::move(text));
}

std::string ToNfcValid(std::string text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return text;  // no ICU data: keep the text as it is
  const icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) || U_FAILURE(status)) return text;
  std::string out;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  return U_SUCCESS(status) ? out : text;
}

TextLine MakeRow(std::vector<std::string> cells) {
  TextLine line;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    std::string& cell = cells[i];
    std::replace_if(
        cell.begin(), cell.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
    if (i > 0) line.text += '\t';
    line.text += cell;
  }
  line.cells = std::move(cells);
  return line;
}

SourceSpan SpanAt(const TextDocument& document, std::size_t line_index, std::size_t byte_offset,
                  std::size_t length) {
  SourceSpan span;
  if (document.lines.empty()) return span;
  const TextLine& line = document.lines[std::min(line_index, document.lines.size() - 1)];
  const std::string_view text = line.text;
  byte_offset = std::min(byte_offset, text.size());
  span.line = line.number;
  span.page = line.page;
  span.paragraph = line.paragraph;
  std::size_t segment_start = 0;
  int start_column = line.column;
  for (const LineWrap& wrap : line.wraps) {
    if (wrap.byte_offset > byte_offset) break;
    segment_start = wrap.byte_offset, span.page = wrap.page, span.line = wrap.number;
    start_column = 1;
  }
  span.column =
      start_column + static_cast<int>(CodePointCount(text.substr(segment_start, byte_offset - segment_start)));
  const std::string_view excerpt = length == 0 ? text : text.substr(byte_offset, length);
  span.excerpt = std::string(CutUtf8(excerpt, kMaxExcerptBytes));
  return span;
}

std::string DescribeSpan(const SourceSpan& span) {
  std::string out;
  if (span.page > 0) out += "第 " + std::to_string(span.page) + " 页";
  if (span.paragraph > 0) out += "第 " + std::to_string(span.paragraph) + " 段";
  if (span.line > 0 && span.paragraph == 0) out += "第 " + std::to_string(span.line) + " 行";
  if (span.column > 0 && span.page == 0 && span.paragraph == 0) {
    out += "第 " + std::to_string(span.column) + " 列";
  }
  return out;
}

}  // namespace jixiao
