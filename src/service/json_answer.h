// The text of a JSON answer, byte for byte what nlohmann's dump(-1, ' ', false,
// error_handler_t::replace) writes, in a fraction of its instructions (format/json_text.h).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace jixiao {

std::string AnswerText(const nlohmann::ordered_json& value);
void AppendAnswerText(std::string& out, const nlohmann::ordered_json& value);

}  // namespace jixiao
