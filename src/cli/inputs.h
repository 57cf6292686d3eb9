// What the command line opens for the service: report files as sources, folders listed into
// report files, scoring profiles by built-in id or by path. The service never opens a path;
// all file-system reading of the CLI is here. Returns values or Errors; prints nothing.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "service/profile_service.h"
#include "service/source.h"

namespace jixiao::cli {

// The file at `path` as a source named by that path.
Result<ReportSource> ReadSource(const std::string& path);

bool IsFolder(const std::string& path);

// The report files under `folder`, recursively: .txt .docx .pdf .json .xlsx (any case), as
// "folder/sub/name", sorted. Hidden files and folders (".name") and Office lock files ("~$name")
// are skipped. Fails when `folder` cannot be listed.
Result<std::vector<std::string>> ListReportFiles(const std::string& folder);

// A built-in profile ("national-2020") or else the jixiao.profile/1 file at that path.
Result<ScoringProfile> ChooseProfile(const std::string& id_or_path);

}  // namespace jixiao::cli
