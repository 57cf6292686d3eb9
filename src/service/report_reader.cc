#include "service/report_reader.h"

#include "ingest/parse/report_parser.h"
#include "ingest/read/read_document.h"
#include "service/evaluation_service.h"

namespace jixiao {

namespace {

Result<LoadedEvaluation> ParseDocument(const TextDocument& document, const std::string& display_name) {
  auto parsed = ParseReport(document);
  if (!parsed) return tl::unexpected(parsed.error().WithContext("文件 " + display_name + "："));
  return LoadedEvaluation{std::move(parsed->evaluation), std::move(parsed->findings)};
}

}  // namespace

Result<LoadedEvaluation> ReadReport(const ReportSource& source) {
  auto document = ReadDocumentBytes(source.bytes, source.name);
  if (!document) return tl::unexpected(document.error());
  return ParseDocument(*document, source.name);
}

Result<LoadedEvaluation> ReadReport(ReportSource&& source) {
  auto document = ReadDocumentBytes(source.bytes, source.name);
  std::string().swap(source.bytes);  // the file's bytes are not needed by the parse: free them first
  if (!document) return tl::unexpected(document.error());
  return ParseDocument(*document, source.name);
}

}  // namespace jixiao
