// Fuzz target for the xlsx reader: XLSX workbooks: zip structure, XML, shared strings, styles, cell references,
// merged areas. Every input must give a document or an Error value, never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/read/read_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto document = jixiao::ReadDocumentBytes(bytes, "fuzz.xlsx");
  if (document) {
    for (std::size_t i = 0; i < document->lines.size(); ++i) {
      jixiao::DescribeSpan(jixiao::SpanAt(*document, i, i));
    }
  }
  return 0;
}
