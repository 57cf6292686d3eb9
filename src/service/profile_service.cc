#include "service/profile_service.h"

#include "format/profile_json.h"

namespace jixiao {

Result<ScoringProfile> ProfileById(std::string_view id) {
  if (id.empty() || id == NationalDefault().id) return NationalDefault();
  return Fail(ErrorCode::kNotFound, "未找到评分配置“" + std::string(id) + "”：内置配置只有 national-2020");
}

Result<ScoringProfile> ProfileFromBytes(const ReportSource& file) { return ParseProfileJson(file.bytes, file.name); }

std::string ProfileJsonText(const ScoringProfile& profile) { return WriteProfileJson(profile); }

}  // namespace jixiao
