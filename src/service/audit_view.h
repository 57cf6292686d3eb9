// Views of an audit for a person or a program: plain Chinese text (a shell, a web page) and
// the jixiao.audit/1 JSON text. Pure formatting of service results, shared by every front
// end; each returns text the caller prints or sends.
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

// The jixiao.audit/1 document, and its scores alone, as pretty JSON text ending in a newline.
std::string AuditJsonText(const AuditReport& report);
std::string ScoresJsonText(const AuditReport& report);

// Every audit rule, one line each: id, severity, title.
std::string RulesText();

}  // namespace jixiao
