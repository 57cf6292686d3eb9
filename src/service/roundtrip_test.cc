// Round trip: the example rendered as TXT, DOCX and PDF reads back with the same figures.
#include <gtest/gtest.h>

#include "base/file.h"
#include "core/money.h"
#include "format/evaluation_json.h"
#include "service/evaluation_service.h"
#include "service/report_reader.h"
#include "service/report_service.h"

namespace jixiao {
namespace {

const char* kExample = "tests/golden/qiannan-2022.evaluation.json";

template <typename T>
std::string Text(const std::optional<T>& value) {
  if (!value) return "null";
  if constexpr (std::is_same_v<T, Money>) {
    return ToYuanString(*value);
  } else {
    return ToString(*value);
  }
}

// Every figure and name of a document, one per line, for a readable diff.
std::vector<std::string> Figures(const Evaluation& ev) {
  std::vector<std::string> out = {"unit " + ev.unit.name.value_or("null"),
                                  "year " + (ev.year ? std::to_string(*ev.year) : "null"),
                                  "functions " + std::to_string(ev.functions.size()),
                                  "tasks " + std::to_string(ev.tasks.size()),
                                  "next_steps " + std::to_string(ev.next_steps.size()),
                                  "budget_total " + Text(ev.funds.budget_total),
                                  "executed_total " + Text(ev.funds.executed_total),
                                  "rate " + Text(ev.funds.execution_rate_stated),
                                  "projects " + std::to_string(ev.projects.size())};
  for (const auto& row : ev.funds.by_economic_class) out.push_back("class " + row.economic_class + " " + Text(row.amount));
  if (const auto& pf = ev.funds.project_funds) {
    out.push_back("project_funds " + Text(pf->total) + " " + Text(pf->own_level) + " " + Text(pf->superior));
  }
  for (const auto& p : ev.projects) {
    std::string line = "project " + p.name + " " + (p.level == ProjectLevel::kOwn ? "own" : "superior") + " " +
                       Text(p.budget.total) + " " + Text(p.budget.fiscal) + " " + Text(p.budget.other) + " " +
                       Text(p.executed) + " " + Text(p.execution_rate_stated);
    if (p.satisfaction) {
      line += " " + p.satisfaction->subject.value_or("null") + std::string(ComparatorSymbol(p.satisfaction->comparator)) +
              Text(p.satisfaction->stated);
    }
    out.push_back(line);
  }
  return out;
}

class RoundTrip : public ::testing::TestWithParam<ReportFormat> {};

TEST_P(RoundTrip, ReadsBackTheSameFigures) {
  ReportRequest request;
  request.input = {kExample, *ReadFile(kExample)};
  request.format = GetParam();
  auto bytes = GenerateReport(request);
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto read = ReadReport({"roundtrip." + std::string(ReportFormatExtension(GetParam())), std::move(*bytes)});
  ASSERT_TRUE(read) << read.error().message;
  auto original = LoadEvaluation(request.input);
  ASSERT_TRUE(original);
  const auto want = Figures(original->evaluation);
  const auto got = Figures(read->evaluation);
  for (std::size_t i = 0; i < std::max(want.size(), got.size()); ++i) {
    EXPECT_EQ(i < got.size() ? got[i] : "(none)", i < want.size() ? want[i] : "(none)") << "figure " << i;
  }
}

INSTANTIATE_TEST_SUITE_P(Formats, RoundTrip,
                         ::testing::Values(ReportFormat::kText, ReportFormat::kDocx, ReportFormat::kPdf,
                                           ReportFormat::kMarkdown, ReportFormat::kHtml),
                         [](const auto& info) { return std::string(ReportFormatExtension(info.param)); });

// A report about one project reads back as that one project, nothing more (its narrative's
// counts and places are no projects).
class OneProject : public ::testing::TestWithParam<ReportFormat> {};

TEST_P(OneProject, ReadsBackOneProject) {
  auto example = LoadEvaluation({kExample, *ReadFile(kExample)});
  ASSERT_TRUE(example);
  Evaluation one = example->evaluation;
  one.projects.resize(1);
  one.funds = DepartmentFunds{};
  one.provenance.clear();
  ReportRequest request;
  request.input = {"one.json", WriteEvaluationJson(one)};
  request.format = GetParam();
  auto bytes = GenerateReport(request);
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto read = ReadReport({"one." + std::string(ReportFormatExtension(GetParam())), std::move(*bytes)});
  ASSERT_TRUE(read) << read.error().message;
  std::vector<std::string> names;
  for (const Project& p : read->evaluation.projects) names.push_back(p.name);
  EXPECT_EQ(names, std::vector<std::string>{one.projects[0].name});
  ASSERT_FALSE(read->evaluation.projects.empty());
  EXPECT_EQ(read->evaluation.projects[0].budget.total, one.projects[0].budget.total);
  EXPECT_EQ(read->evaluation.projects[0].executed, one.projects[0].executed);
}

INSTANTIATE_TEST_SUITE_P(Formats, OneProject,
                         ::testing::Values(ReportFormat::kText, ReportFormat::kDocx, ReportFormat::kPdf,
                                           ReportFormat::kMarkdown, ReportFormat::kHtml, ReportFormat::kXlsx),
                         [](const auto& info) { return std::string(ReportFormatExtension(info.param)); });

}  // namespace
}  // namespace jixiao
