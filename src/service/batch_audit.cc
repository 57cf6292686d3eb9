#include "service/batch_audit.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <functional>
#include <mutex>
#include <new>
#include <numeric>
#include <system_error>
#include <thread>

#include "base/file.h"
#include "service/evaluation_service.h"

namespace jixiao {

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

SummaryRow Unreadable(const std::string& name, std::string why) {
  SummaryRow row;
  row.source = name;
  row.error = std::move(why);
  return row;
}

SummaryRow RowOf(const AuditReport& report) {
  SummaryRow row;
  row.source = report.source;
  row.unit = report.evaluation.unit.name;
  row.year = report.evaluation.year;
  row.budget_total = report.evaluation.funds.budget_total;
  row.executed_total = report.evaluation.funds.executed_total;
  row.execution_rate = report.scores.overall.execution_rate;
  row.score = report.scores.overall.total;
  row.max_scored = report.scores.overall.max_scored;
  for (const Finding& f : report.findings) {
    if (f.severity == Severity::kError) ++row.errors;
    if (f.severity == Severity::kWarning) ++row.warnings;
    if (f.rule == "ingest.unrecognized") ++row.unrecognized;
  }
  return row;
}

// One file, never throwing: whatever goes wrong is that file's row.
SummaryRow AuditOne(const std::string& name, const std::function<Result<AuditReport>()>& audit) {
  try {
    auto report = audit();
    return report ? RowOf(*report) : Unreadable(name, report.error().message);
  } catch (const std::bad_alloc&) {
    return Unreadable(name, "文件 " + name + "：内存不足，未能读完");
  } catch (const std::exception& e) {
    return Unreadable(name, "文件 " + name + "：读取时发生内部错误（" + std::string(e.what()) + "）");
  } catch (...) {
    return Unreadable(name, "文件 " + name + "：读取时发生内部错误");
  }
}

// Runs job(0) … job(count - 1) on up to `threads` threads (0: one per core), this one included.
// An exception from a job stops the run and is rethrown here, after every thread has joined.
void ForEachIndex(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& job) {
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  std::atomic<std::size_t> next{0};
  std::mutex failure_mutex;
  std::exception_ptr failure;
  const auto work = [&] {
    try {
      for (std::size_t i = next++; i < count; i = next++) job(i);
    } catch (...) {
      next = count;
      const std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
    }
  };
  {
    std::vector<std::jthread> pool;  // joined when the block ends
    for (std::size_t t = 1; t < std::min<std::size_t>(threads, count); ++t) {
      try {
        pool.emplace_back(work);
      } catch (const std::system_error&) {
        break;  // no more threads to be had: the ones running share the rest
      }
    }
    work();
  }
  if (failure) std::rethrow_exception(failure);
}

BatchAudit Collect(std::vector<SummaryRow> rows) {
  BatchAudit batch;
  batch.totals = Totalize(rows);
  batch.rows = std::move(rows);
  return batch;
}

}  // namespace

Result<std::vector<std::string>> ListReportFiles(const std::string& folder) {
  std::error_code ec;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) return Fail(ErrorCode::kIo, "无法读取文件夹 " + folder + "：" + ec.message());
  std::vector<std::string> files;
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) return Fail(ErrorCode::kIo, "无法读取文件夹 " + folder + "：" + ec.message());
    const fs::path& path = it->path();
    if (IsHidden(path)) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && IsReportFile(path)) files.push_back(path.string());
  }
  if (ec) return Fail(ErrorCode::kIo, "无法读取文件夹 " + folder + "：" + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

Result<BatchAudit> AuditFolder(const std::string& folder, const std::string& profile_name_or_path, unsigned threads) {
  auto profile = LoadProfile(profile_name_or_path);
  if (!profile) return tl::unexpected(profile.error());
  auto files = ListReportFiles(folder);
  if (!files) return tl::unexpected(files.error());
  std::vector<SummaryRow> rows(files->size());
  ForEachIndex(files->size(), threads, [&](std::size_t i) {
    const std::string& path = (*files)[i];
    rows[i] = AuditOne(path, [&]() -> Result<AuditReport> {
      auto bytes = ReadFile(path);
      if (!bytes) return tl::unexpected(bytes.error());
      return AuditBytes(*bytes, path, *profile);
    });
  });
  return Collect(std::move(rows));
}

Result<BatchAudit> AuditSources(const std::vector<ReportSource>& sources, const std::string& profile_name_or_path,
                                unsigned threads) {
  auto profile = LoadProfile(profile_name_or_path);
  if (!profile) return tl::unexpected(profile.error());
  std::vector<std::size_t> order(sources.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return sources[a].name < sources[b].name; });
  std::vector<SummaryRow> rows(sources.size());
  ForEachIndex(sources.size(), threads, [&](std::size_t i) {
    const ReportSource& source = sources[order[i]];
    rows[i] = AuditOne(source.name, [&] { return AuditBytes(source.bytes, source.name, *profile); });
  });
  return Collect(std::move(rows));
}

std::string BatchText(const BatchAudit& batch) {
  std::string out;
  for (const SummaryRow& row : batch.rows) out += SummaryLine(row) + "\n";
  return out + TotalsLine(batch.totals) + "\n";
}

std::optional<SummaryFormat> SummaryFormatOf(std::string_view path) {
  const std::string ext = Lower(fs::path(path).extension().string());
  if (ext == ".csv") return SummaryFormat::kCsv;
  if (ext == ".xlsx") return SummaryFormat::kXlsx;
  return std::nullopt;
}

Result<std::string> WriteSummary(const BatchAudit& batch, SummaryFormat format) {
  if (format == SummaryFormat::kCsv) return SummaryCsv(batch.rows);
  return SummaryXlsx(batch.rows);
}

}  // namespace jixiao
