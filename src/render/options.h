// Options shared by every stage of report rendering: which parts to include, how money is
// displayed and which scoring profile the live spreadsheet formulas follow. A plain value
// owned by the caller.
#pragma once

#include "rules/profile.h"

namespace jixiao {

// How money appears in a rendered report. One unit is used throughout a document.
enum class MoneyDisplay {
  kAuto,  // 万元 when every amount is a multiple of 100 元 (exact at 0.01 万元), otherwise 元
  kYuan,  // 元 with two decimals: exact
  kWan,   // 万元 with two decimals, more where a figure needs them (123.753): never rounded
};

struct RenderOptions {
  MoneyDisplay money = MoneyDisplay::kAuto;
  bool include_score_tables = true;  // 部门整体 and 项目 自评表 as attachments
  bool include_charts = true;        // budget, execution-rate and score charts
  bool include_findings = false;     // the audit's findings as the last attachment
  ScoringProfile profile = NationalDefault();  // points and thresholds for XLSX formulas
};

}  // namespace jixiao
