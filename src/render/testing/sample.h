// Test helpers for render/: the example document, a generated large document and small
// wrappers around the external consumers (LibreOffice, poppler, unzip) that tests run.
#pragma once

#include <string>
#include <vector>

#include "core/evaluation.h"
#include "rules/finding.h"
#include "rules/scoring.h"

namespace jixiao::testing {

// tests/golden/qiannan-2022.evaluation.json (tests run from the repository root).
Evaluation LoadExample();

// A department with `projects` projects of `indicators` indicators each, weighted to 90
// points, mixing every comparator, a qualitative row and a missed target.
Evaluation GenerateLarge(int projects = 40, int indicators = 10);

// `ev` with four 部门整体 indicators (DOMAIN.md §3) weighted to 90. On the example (execution
// 26030887.17 / 115586771.12 → 2.25) they score 6.76 + 20 + 28.50 + 10 = 65.26, total 67.51 (中):
//   预算完成率     ≥100%, 22.52%, W 30 → 30 × 0.2252 = 6.756 → 6.76
//   三公经费控制率  ≤100%, 85%,    W 20 → met            = 20
//   重点工作办结率  ≥100%, 95%,    W 30 → 30 × 0.95      = 28.50
//   管理制度健全性  qualitative 达成年度指标, W 10        = 10
Evaluation WithDepartmentIndicators(Evaluation ev);

std::vector<Finding> SampleFindings();

// Runs a shell command; returns its exit status and fills `output` with stdout+stderr.
int Run(const std::string& command, std::string* output = nullptr);
bool HaveTool(const std::string& name);

// A fresh directory under /tmp, removed by the caller if it wishes.
std::string TempDir(const std::string& tag);
void WriteBytes(const std::string& path, const std::string& bytes);

}  // namespace jixiao::testing
