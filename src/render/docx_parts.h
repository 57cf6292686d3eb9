// Internal to render/: the fixed parts of a WordprocessingML package in the GB/T 9704 format
// (DOMAIN.md §6): content types, relationships, styles, settings and the odd/even footers
// with "— N —" page numbers. Each function returns one part's XML text.
#pragma once

#include <string>

namespace jixiao::docx {

// Twips (1/20 pt) of the GB/T 9704 page: A4, margins 37/35/28/26 mm, 22 lines of 28.95 pt.
inline constexpr int kPageW = 11906, kPageH = 16838;
inline constexpr int kMarginTop = 2098, kMarginBottom = 1984, kMarginLeft = 1587, kMarginRight = 1474;
inline constexpr int kTextW = kPageW - kMarginLeft - kMarginRight;  // 8845 ≈ 156 mm
inline constexpr int kLinePitch = 579;
inline constexpr const char* kNs =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")"
    R"( xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")"
    R"( xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture")";

std::string ContentTypes();
std::string PackageRels();
std::string DocumentRels(int images);  // images are media/chart<N>.png as rIdImg<N>
std::string Styles();
std::string Settings();
std::string Footer(bool odd);
std::string CoreProps(const std::string& title, const std::string& author);
std::string AppProps();
std::string SectionProperties();  // w:sectPr of the body

}  // namespace jixiao::docx
