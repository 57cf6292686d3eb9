// Internal to render/: one writer per output format, each turning a laid-out document (or,
// for XLSX, the scored model) into bytes owned by the caller. Use render.h instead.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "core/evaluation.h"
#include "render/layout.h"
#include "render/options.h"
#include "rules/scoring.h"

namespace jixiao::writer {

std::string Text(const layout::Document& document);
std::string Markdown(const layout::Document& document);
Result<std::string> Html(const layout::Document& document);
Result<std::string> Docx(const layout::Document& document);
Result<std::string> Pdf(const layout::Document& document);
Result<std::string> Xlsx(const Evaluation& evaluation, const Scores& scores, const RenderOptions& options);

// XML text and attribute escaping (& < > " '), dropping characters XML 1.0 forbids.
std::string XmlEscape(std::string_view text);

}  // namespace jixiao::writer
