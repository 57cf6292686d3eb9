// The jixiao commands: each takes parsed options, calls the service and returns the process
// exit status (0 fine, 1 audit found errors, 2 input unreadable). Errors never escape as exceptions.
#pragma once

#include <string>

namespace jixiao::cli {

struct AuditOptions {
  std::string file;             // a report, an evaluation document, or a folder of reports
  std::string format = "text";  // text | json
  std::string profile = "national-2020";
  bool explain = false;
  std::string output;           // folders only: the summary table, .csv or .xlsx
};
// A folder is audited file by file: one line each and a summary line (exit status 2 when no
// file could be read, 1 when any report has errors).
int RunAudit(const AuditOptions& options);
int RunScore(const AuditOptions& options);

struct ExtractOptions {
  std::string file;
  std::string output;  // empty: standard output
  bool provenance = true;  // include where each value was read
};
int RunExtract(const ExtractOptions& options);

struct ReportOptions {
  std::string file;
  std::string format = "docx";  // docx | pdf | html | md | xlsx | txt
  std::string output;           // empty: standard output (text formats only)
  std::string profile = "national-2020";
  std::string money = "auto";   // auto | yuan | wan
  bool findings = false;
  bool no_charts = false;
  bool no_tables = false;
  std::string charts_dir;       // also export each chart alone into this folder
  std::string chart_format = "png";
};
int RunReport(const ReportOptions& options);

int RunListRules();
int RunShowProfile(const std::string& name_or_path);

// Prints "jixiao: <message>" on stderr and returns 2.
int ReportError(const std::string& message);

}  // namespace jixiao::cli
