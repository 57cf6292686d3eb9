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

std::vector<Finding> SampleFindings();

// Runs a shell command; returns its exit status and fills `output` with stdout+stderr.
int Run(const std::string& command, std::string* output = nullptr);
bool HaveTool(const std::string& name);

// A fresh directory under /tmp, removed by the caller if it wishes.
std::string TempDir(const std::string& tag);
void WriteBytes(const std::string& path, const std::string& bytes);

}  // namespace jixiao::testing
