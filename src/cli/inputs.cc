#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <string_view>
#include <system_error>
#include <utility>

#include "base/file.h"

namespace jixiao::cli {

namespace {

namespace fs = std::filesystem;

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

bool IsReportFile(const fs::path& path) {
  static constexpr std::string_view kExtensions[] = {".txt", ".docx", ".pdf", ".json", ".xlsx"};
  const std::string ext = Lower(path.extension().string());
  return std::find(std::begin(kExtensions), std::end(kExtensions), ext) != std::end(kExtensions);
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.starts_with(".") || name.starts_with("~$");
}

tl::unexpected<Error> Unlistable(const std::string& folder, const std::error_code& ec) {
  return Fail(ErrorCode::kIo, "无法读取文件夹 " + folder + "：" + ec.message());
}

}  // namespace

Result<ReportSource> ReadSource(const std::string& path) {
  auto bytes = ReadFile(path);
  if (!bytes) return tl::unexpected(bytes.error());
  return ReportSource{path, std::move(*bytes)};
}

bool IsFolder(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

Result<std::vector<std::string>> ListReportFiles(const std::string& folder) {
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Unlistable(folder, ec);
  std::vector<std::string> files;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Unlistable(folder, ec);
    const fs::path& path = it->path();
    if (IsHidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && IsReportFile(path)) files.push_back(path.string());
  }
  if (ec) return Unlistable(folder, ec);
  std::sort(files.begin(), files.end());
  return files;
}

Result<ScoringProfile> ChooseProfile(const std::string& id_or_path) {
  auto built_in = ProfileById(id_or_path);
  if (built_in || built_in.error().code != ErrorCode::kNotFound) return built_in;
  auto file = ReadSource(id_or_path);
  if (!file) {
    return Fail(file.error().code,
                built_in.error().message + "，其他配置请给出文件路径（" + file.error().message + "）");
  }
  return ProfileFromBytes(*file);
}

}  // namespace jixiao::cli
