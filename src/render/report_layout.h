// Lays out the 部门预算绩效自评报告 of one evaluation: the narrative (一、整体支出 /
// 二、项目支出 / 三、下一步工作打算), the 自评表 attachments, charts and, optionally, the
// audit's findings. Every figure is computed from the document; the caller owns the result.
#pragma once

#include <vector>

#include "core/evaluation.h"
#include "render/layout.h"
#include "render/options.h"
#include "rules/finding.h"
#include "rules/scoring.h"

namespace jixiao {

// `scores` must come from ScoreEvaluation(evaluation, …): one ProjectScore per project.
layout::Document BuildReportLayout(const Evaluation& evaluation, const Scores& scores,
                                   const std::vector<Finding>& findings, const RenderOptions& options);

// "<单位><年>年度部门预算绩效自评报告"; placeholders when the unit or year is not stated.
std::string ReportTitle(const Evaluation& evaluation);

}  // namespace jixiao
