#include "service/json_answer.h"

#include "format/json_text.h"

namespace jixiao {

std::string AnswerText(const nlohmann::ordered_json& value) { return JsonText(value); }
void AppendAnswerText(std::string& out, const nlohmann::ordered_json& value) { AppendJsonText(out, value); }

}  // namespace jixiao
