// Use case "choose a scoring profile": a built-in profile by its id, or a jixiao.profile/1 file
// the front end has read and hands over as bytes. The service never opens a profile path.
// Returns the profile as a value, or an Error saying what is wrong.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "rules/profile.h"
#include "service/source.h"

namespace jixiao {

// "national-2020" (or empty: the default). Any other id: ErrorCode::kNotFound, with a message
// naming the id and the built-in profiles.
Result<ScoringProfile> ProfileById(std::string_view id);

// A jixiao.profile/1 document; `file.name` prefixes its messages.
Result<ScoringProfile> ProfileFromBytes(const ReportSource& file);

// The profile as a jixiao.profile/1 document, to copy and edit.
std::string ProfileJsonText(const ScoringProfile& profile);

}  // namespace jixiao
