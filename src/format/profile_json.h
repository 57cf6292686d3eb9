// The scoring-profile file (jixiao.profile/1): a JSON copy of rules/profile.h that a finance
// bureau edits. Every key is optional and defaults to the national profile; unknown keys
// are errors, since in a configuration file they are typos.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "rules/profile.h"

namespace jixiao {

inline constexpr std::string_view kProfileFormat = "jixiao.profile/1";

Result<ScoringProfile> ParseProfileJson(std::string_view text, const std::string& source_name);
std::string WriteProfileJson(const ScoringProfile& profile);

}  // namespace jixiao
