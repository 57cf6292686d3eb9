// Terminal views of an audit and of scores: plain Chinese text for a person reading a shell.
// Pure formatting of service results; the caller prints the returned text.
#pragma once

#include <string>

#include "format/audit_json.h"

namespace jixiao {

// What was read, the scores and every finding, with source locations when known.
// `explain` adds, for each figure read from a report, the text span it came from.
std::string AuditText(const AuditReport& report, bool explain);
std::string ScoresText(const AuditReport& report);

// One finding on one line: "[错误] rule  第 12 行：message".
std::string FindingLine(const Evaluation& evaluation, const Finding& finding);

}  // namespace jixiao
