// Read + parse + audit throughput for the example report as TXT, GB18030 TXT, DOCX and PDF
// (reports per second and MB/s), and the parser alone.
#include <benchmark/benchmark.h>

#include "base/file.h"
#include "ingest/read/read_document.h"
#include "ingest/parse/report_parser.h"
#include "rules/audit.h"
#include "rules/scoring.h"

namespace {

std::string Fixture(const std::string& name) { return *jixiao::ReadFile("tests/fixtures/" + name); }

void ReadParseAudit(benchmark::State& state, const std::string& name) {
  const std::string bytes = Fixture(name);
  const jixiao::ScoringProfile profile;
  for (auto _ : state) {
    auto document = jixiao::ReadDocumentBytes(bytes, name);
    auto parsed = jixiao::ParseReport(*document);
    benchmark::DoNotOptimize(jixiao::Audit(parsed->evaluation, profile));
    benchmark::DoNotOptimize(jixiao::ScoreEvaluation(parsed->evaluation, profile));
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}

void BM_ReadParseAuditTxt(benchmark::State& s) { ReadParseAudit(s, "reports/qiannan-natural-resources-2022.txt"); }
void BM_ReadParseAuditGb18030(benchmark::State& s) { ReadParseAudit(s, "generated/qiannan.gb18030.txt"); }
void BM_ReadParseAuditDocx(benchmark::State& s) { ReadParseAudit(s, "generated/qiannan.docx"); }
void BM_ReadParseAuditPdf(benchmark::State& s) { ReadParseAudit(s, "generated/qiannan.pdf"); }
BENCHMARK(BM_ReadParseAuditTxt);
BENCHMARK(BM_ReadParseAuditGb18030);
BENCHMARK(BM_ReadParseAuditDocx);
BENCHMARK(BM_ReadParseAuditPdf)->Unit(benchmark::kMillisecond);

void BM_ParseOnly(benchmark::State& state) {
  const std::string name = "reports/qiannan-natural-resources-2022.txt";
  const auto document = *jixiao::ReadDocumentBytes(Fixture(name), name);
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::ParseReport(document));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseOnly);

}  // namespace

BENCHMARK_MAIN();
