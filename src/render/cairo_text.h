// Internal to render/: small RAII and text helpers over Cairo and Pango shared by the PDF
// writer and the chart painter. Font families are the CJK faces fonts-noto-cjk installs.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>
#include <string_view>

namespace jixiao::cairo_text {

inline constexpr const char* kSerif = "Noto Serif CJK SC";  // 仿宋 / 宋体 / 楷体 stand-in
inline constexpr const char* kSans = "Noto Sans CJK SC";    // 黑体 stand-in

struct GObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;

struct Style {
  const char* family = kSerif;
  double size = 16;  // points
  bool bold = false;
  double letter_spacing = 0;  // points added after every character
};

// A layout of `text` in `style`, wrapped at `width` points (no wrapping when width <= 0).
LayoutPtr MakeLayout(cairo_t* cr, std::string_view text, const Style& style, double width);

double WidthOf(PangoLayout* layout);   // logical width in points
double HeightOf(PangoLayout* layout);  // logical height in points

// Appends `data` to the std::string passed as closure; for cairo stream surfaces.
cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length);

}  // namespace jixiao::cairo_text
