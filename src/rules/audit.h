// The consistency audit: a table of rules, each with a stable id, a severity and a Chinese
// message, run over an Evaluation. Pure; the findings are owned by the caller.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/evaluation.h"
#include "rules/finding.h"
#include "rules/profile.h"

namespace jixiao {

struct RuleInfo {
  std::string_view id;
  Severity severity;
  std::string_view title;  // one line in Chinese: what the rule checks
};

// Every rule the audit runs, in the order it runs them.
std::span<const RuleInfo> AuditRules();

// Runs every rule; findings come in rule order, then document order.
std::vector<Finding> Audit(const Evaluation& evaluation, const ScoringProfile& profile);

}  // namespace jixiao
