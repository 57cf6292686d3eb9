#include "service/report_reader.h"

#include "service/evaluation_service.h"

namespace jixiao {

Result<LoadedEvaluation> ReadReportBytes(std::string_view, const std::string& display_name) {
  return Fail(ErrorCode::kUnsupported, display_name + ": 不是 jixiao.evaluation/1 JSON 文件");
}

}  // namespace jixiao
