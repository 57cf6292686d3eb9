// The jixiao commands: each takes parsed options, calls the service and returns the process
// exit status (0 fine, 1 audit found errors, 2 input unreadable). Errors never escape as exceptions.
#pragma once

#include <string>

namespace jixiao::cli {

struct AuditOptions {
  std::string file;
  std::string format = "text";  // text | json
  std::string profile = "national-2020";
  bool explain = false;
};
int RunAudit(const AuditOptions& options);
int RunScore(const AuditOptions& options);

struct ExtractOptions {
  std::string file;
  std::string output;  // empty: standard output
};
int RunExtract(const ExtractOptions& options);

int RunListRules();
int RunShowProfile(const std::string& name_or_path);

// Prints "jixiao: <message>" on stderr and returns 2.
int ReportError(const std::string& message);

}  // namespace jixiao::cli
