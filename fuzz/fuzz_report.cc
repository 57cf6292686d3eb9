// Fuzz target for the whole reading pipeline on text: reader, report parser, scoring and audit.
// Every input must give an evaluation or an Error value, never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/read/read_document.h"
#include "ingest/parse/report_parser.h"
#include "rules/audit.h"
#include "rules/scoring.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto document = jixiao::ReadDocumentBytes(bytes, "fuzz.txt");
  if (!document) return 0;
  auto parsed = jixiao::ParseReport(*document);
  if (!parsed) return 0;
  const jixiao::ScoringProfile profile;
  jixiao::ScoreEvaluation(parsed->evaluation, profile);
  jixiao::Audit(parsed->evaluation, profile);
  return 0;
}
