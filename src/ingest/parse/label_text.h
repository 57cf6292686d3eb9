// Labels as copies write them, read back as words: letter-spaced (分散对齐: "项  目  名  称", or a
// whole report "全 年 预 算 数 89.6 万 元"), broken over lines in a narrow cell ("绩效指" / "标"), or
// misread by a scan's OCR (万兀, 项日, 执衍率).
// Owns the one pass that mends them before any reading.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "ingest/read/positioned_text.h"

namespace jixiao::parse {

// `text` with runs of single Chinese characters (or punctuation) apart by the same one or two
// spaces made words: three at least, or two where the text has a run of three, or a whole
// cell or line of two ("分 值"). A run of labels parts into the form's labels it is made of. A run goes on into a word right after it at the same spacing
// ("项 目 资 金（万元）"). Wider gaps stay (a table's columns laid out by spaces). Returns
// nullopt when there is nothing to take out.
std::optional<std::string> WithoutLetterSpacing(std::string_view text, bool whole_cell = false);

// The document with every line's and cell's letter spacing taken out and OCR misreadings of
// labels and units put right (万兀 → 万元, 执衍率 → 执行率), and the lines of a form's
// label broken over two or three lines (a cell per line: "年度总" / "体目" / "标") made one; or
// nullopt when there is nothing to mend (the common case: no copy is made).
std::optional<TextDocument> WithPlainLabels(const TextDocument& document);

}  // namespace jixiao::parse
