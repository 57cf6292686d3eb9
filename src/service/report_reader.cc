#include "service/report_reader.h"

#include "ingest/read/read_document.h"
#include "ingest/parse/report_parser.h"
#include "service/evaluation_service.h"

namespace jixiao {

namespace {

Result<LoadedEvaluation> ParseDocument(const TextDocument& document, const std::string& display_name) {
  auto parsed = ParseReport(document);
  if (!parsed) return tl::unexpected(parsed.error().WithContext("文件 " + display_name + "："));
  return LoadedEvaluation{std::move(parsed->evaluation), std::move(parsed->findings)};
}

}  // namespace

Result<LoadedEvaluation> ReadReportBytes(std::string_view bytes, const std::string& display_name) {
  auto document = ReadDocumentBytes(bytes, display_name);
  if (!document) return tl::unexpected(document.error());
  return ParseDocument(*document, display_name);
}

Result<LoadedEvaluation> ReadReportFileBytes(std::string bytes, const std::string& display_name) {
  auto document = ReadDocumentBytes(bytes, display_name);
  std::string().swap(bytes);  // the file's bytes are not needed by the parse: free them first
  if (!document) return tl::unexpected(document.error());
  return ParseDocument(*document, display_name);
}

}  // namespace jixiao
