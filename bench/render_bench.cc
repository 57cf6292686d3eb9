// Report writers on the example document (tests/golden/qiannan-2022.evaluation.json) and on
// a generated 40-project × 10-indicator document: documents per second for each format.
// Run from the repository root: build/bench/render_bench
#include <benchmark/benchmark.h>

#include "render/render.h"
#include "render/testing/sample.h"

namespace jixiao {
namespace {

void RenderFormat(benchmark::State& state, ReportFormat format, bool large) {
  const Evaluation ev = large ? testing::GenerateLarge(40, 10) : testing::LoadExample();
  const RenderOptions options;
  const Scores scores = ScoreEvaluation(ev, options.profile);
  const std::vector<Finding> findings;
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto out = RenderReport(ev, scores, findings, format, options);
    if (!out) {
      state.SkipWithError(out.error().message.c_str());
      break;
    }
    bytes = out->size();
    benchmark::DoNotOptimize(out->data());
  }
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["bytes"] = static_cast<double>(bytes);
}

void BM_Layout(benchmark::State& state) {
  const Evaluation ev = testing::LoadExample();
  const RenderOptions options;
  const Scores scores = ScoreEvaluation(ev, options.profile);
  for (auto _ : state) benchmark::DoNotOptimize(BuildReportLayout(ev, scores, {}, options).blocks.size());
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Layout);

BENCHMARK_CAPTURE(RenderFormat, text, ReportFormat::kText, false);
BENCHMARK_CAPTURE(RenderFormat, markdown, ReportFormat::kMarkdown, false);
BENCHMARK_CAPTURE(RenderFormat, html, ReportFormat::kHtml, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderFormat, docx, ReportFormat::kDocx, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderFormat, pdf, ReportFormat::kPdf, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderFormat, xlsx, ReportFormat::kXlsx, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderFormat, pdf_large, ReportFormat::kPdf, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderFormat, docx_large, ReportFormat::kDocx, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(RenderFormat, xlsx_large, ReportFormat::kXlsx, true)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace jixiao
