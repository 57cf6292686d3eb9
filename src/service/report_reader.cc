#include "service/report_reader.h"

#include "ingest/read/read_document.h"
#include "ingest/parse/report_parser.h"
#include "service/evaluation_service.h"

namespace jixiao {

Result<LoadedEvaluation> ReadReportBytes(std::string_view bytes, const std::string& display_name) {
  auto document = ReadDocumentBytes(bytes, display_name);
  if (!document) return tl::unexpected(document.error());
  auto parsed = ParseReport(*document);
  if (!parsed) return tl::unexpected(parsed.error().WithContext("文件 " + display_name + "："));
  return LoadedEvaluation{std::move(parsed->evaluation), std::move(parsed->findings)};
}

}  // namespace jixiao
