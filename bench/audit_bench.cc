// Audit and scoring throughput on the example department (tests/golden/qiannan-2022.evaluation.json).
#include <benchmark/benchmark.h>

#include "base/file.h"
#include "format/evaluation_json.h"
#include "rules/audit.h"
#include "rules/scoring.h"

namespace {

const jixiao::Evaluation& Example() {
  static const jixiao::Evaluation evaluation = [] {
    const std::string path = "tests/golden/qiannan-2022.evaluation.json";
    return *jixiao::ParseEvaluationJson(*jixiao::ReadFile(path), path);
  }();
  return evaluation;
}

void BM_AuditExample(benchmark::State& state) {
  const jixiao::ScoringProfile profile;
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::Audit(Example(), profile));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuditExample);

void BM_ScoreExample(benchmark::State& state) {
  const jixiao::ScoringProfile profile;
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::ScoreEvaluation(Example(), profile));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScoreExample);

void BM_AuditAndScoreExample(benchmark::State& state) {
  const jixiao::ScoringProfile profile;
  for (auto _ : state) {
    benchmark::DoNotOptimize(jixiao::ScoreEvaluation(Example(), profile));
    benchmark::DoNotOptimize(jixiao::Audit(Example(), profile));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuditAndScoreExample);

void BM_ParseEvaluationJson(benchmark::State& state) {
  const std::string path = "tests/golden/qiannan-2022.evaluation.json";
  const std::string text = *jixiao::ReadFile(path);
  for (auto _ : state) benchmark::DoNotOptimize(jixiao::ParseEvaluationJson(text, path));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseEvaluationJson);

}  // namespace

BENCHMARK_MAIN();
