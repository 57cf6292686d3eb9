#include "service/batch_audit.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>
#include <utility>

#include "service/audit_service.h"

namespace jixiao {

namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
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

// Source i of `names` audited by `audit(i)` on a worker; the rows keep the order of `names`.
BatchAudit AuditAll(const std::vector<std::string>& names, unsigned threads,
                    const std::function<Result<AuditReport>(std::size_t)>& audit) {
  std::vector<SummaryRow> rows(names.size());
  ForEachIndex(names.size(), threads, [&](std::size_t i) { rows[i] = AuditOne(names[i], [&] { return audit(i); }); });
  return Collect(std::move(rows));
}

}  // namespace

BatchAudit AuditNamedSources(std::vector<std::string> names, const SourceReader& read, const ScoringProfile& profile,
                             unsigned threads) {
  std::sort(names.begin(), names.end());
  return AuditAll(names, threads, [&](std::size_t i) -> Result<AuditReport> {
    auto bytes = read(names[i]);
    if (!bytes) return tl::unexpected(bytes.error());
    return AuditSource(ReportSource{names[i], std::move(*bytes)}, profile);
  });
}

BatchAudit AuditSources(std::vector<ReportSource> sources, const ScoringProfile& profile, unsigned threads) {
  std::stable_sort(sources.begin(), sources.end(),
                   [](const ReportSource& a, const ReportSource& b) { return a.name < b.name; });
  std::vector<std::string> names;
  for (const ReportSource& source : sources) names.push_back(source.name);
  return AuditAll(names, threads, [&](std::size_t i) {
    ReportSource source = std::move(sources[i]);  // freed when this source is done
    return AuditSource(std::move(source), profile);
  });
}

bool HasErrors(const BatchAudit& batch) { return batch.totals.with_errors > 0; }

bool NoneReadable(const BatchAudit& batch) { return batch.totals.unreadable == batch.totals.files; }

std::string BatchText(const BatchAudit& batch) {
  std::string out;
  for (const SummaryRow& row : batch.rows) out += SummaryLine(row) + "\n";
  return out + TotalsLine(batch.totals) + "\n";
}

std::optional<SummaryFormat> SummaryFormatOf(std::string_view file_name) {
  const std::string ext = Lower(std::filesystem::path(file_name).extension().string());
  if (ext == ".csv") return SummaryFormat::kCsv;
  if (ext == ".xlsx") return SummaryFormat::kXlsx;
  return std::nullopt;
}

Result<std::string> WriteSummary(const BatchAudit& batch, SummaryFormat format) {
  if (format == SummaryFormat::kCsv) return SummaryCsv(batch.rows);
  return SummaryXlsx(batch.rows);
}

}  // namespace jixiao
