#include "ingest/read/pdf_rules.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <poppler/Gfx.h>
#include <poppler/GfxState.h>
#include <poppler/GlobalParams.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#include <poppler/Page.h>
#include <poppler/Stream.h>

namespace jixiao::pdf {
namespace {

constexpr double kStraight = 0.5;  // points off the axis a rule may lean
constexpr double kThin = 2.5;      // a filled rectangle this thin is a rule
constexpr double kShortest = 2.0;  // shorter lines are dots, not rules

bool Visible(const GfxRGB& rgb) {
  // White lines (a cell's background drawn over) draw no border.
  return colToDbl(rgb.r) < 0.9 || colToDbl(rgb.g) < 0.9 || colToDbl(rgb.b) < 0.9;
}

// Records the axis-aligned lines a page strokes and the thin rectangles it fills.
class RuleCollector : public OutputDev {
 public:
  bool upsideDown() override { return true; }
  bool useDrawChar() override { return false; }
  bool interpretType3Chars() override { return false; }

  void stroke(GfxState* state) override {
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (!Visible(rgb)) return;
    ForEachSubpath(state, [&](const std::vector<double>& xs, const std::vector<double>& ys) {
      for (std::size_t i = 1; i < xs.size(); ++i) Add(xs[i - 1], ys[i - 1], xs[i], ys[i]);
    });
  }
  void fill(GfxState* state) override { Filled(state); }
  void eoFill(GfxState* state) override { Filled(state); }

  std::vector<Rule> Take() {
    if (overflow_) rules_.clear();
    overflow_ = false;
    return std::move(rules_);
  }

 private:
  template <typename F>
  void ForEachSubpath(GfxState* state, F&& f) {
    const GfxPath* path = state->getPath();
    if (path == nullptr) return;
    std::vector<double> xs, ys;
    for (int i = 0; i < path->getNumSubpaths(); ++i) {
      const GfxSubpath* sub = path->getSubpath(i);
      xs.clear(), ys.clear();
      for (int k = 0; k < sub->getNumPoints(); ++k) {
        double x = 0, y = 0;
        state->transform(sub->getX(k), sub->getY(k), &x, &y);
        xs.push_back(x), ys.push_back(y);
      }
      f(xs, ys);
    }
  }

  void Filled(GfxState* state) {
    GfxRGB rgb;
    state->getFillRGB(&rgb);
    if (!Visible(rgb)) return;
    ForEachSubpath(state, [&](const std::vector<double>& xs, const std::vector<double>& ys) {
      if (xs.size() < 4 || xs.size() > 5) return;
      const auto [x0, x1] = std::minmax_element(xs.begin(), xs.end());
      const auto [y0, y1] = std::minmax_element(ys.begin(), ys.end());
      for (std::size_t i = 0; i < xs.size(); ++i) {  // a rectangle: every corner on its box
        const bool on_x = std::abs(xs[i] - *x0) < kStraight || std::abs(xs[i] - *x1) < kStraight;
        const bool on_y = std::abs(ys[i] - *y0) < kStraight || std::abs(ys[i] - *y1) < kStraight;
        if (!on_x || !on_y) return;
      }
      const double w = *x1 - *x0, h = *y1 - *y0;
      if (h <= kThin && w > h) Add(*x0, (*y0 + *y1) / 2, *x1, (*y0 + *y1) / 2);
      else if (w <= kThin && h > w) Add((*x0 + *x1) / 2, *y0, (*x0 + *x1) / 2, *y1);
    });
  }

  void Add(double x0, double y0, double x1, double y1) {
    if (overflow_) return;
    const double dx = std::abs(x1 - x0), dy = std::abs(y1 - y0);
    Rule rule;
    if (dy <= kStraight && dx >= kShortest) {
      rule = {std::min(x0, x1), (y0 + y1) / 2, std::max(x0, x1), (y0 + y1) / 2};
    } else if (dx <= kStraight && dy >= kShortest) {
      rule = {(x0 + x1) / 2, std::min(y0, y1), (x0 + x1) / 2, std::max(y0, y1)};
    } else {
      return;
    }
    if (rules_.size() >= kMaxRules) {
      overflow_ = true;
      return;
    }
    rules_.push_back(rule);
  }

  std::vector<Rule> rules_;
  bool overflow_ = false;
};

}  // namespace

std::vector<std::vector<Rule>> PageRules(std::string_view bytes) {
  if (!globalParams) return {};  // poppler-cpp sets it up when it loads a document
  // MemStream reads the caller's bytes in place; PDFDoc owns the stream.
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  PDFDoc document(stream);
  if (!document.isOk()) return {};
  std::vector<std::vector<Rule>> pages(static_cast<std::size_t>(std::max(document.getNumPages(), 0)));
  RuleCollector collector;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const int number = static_cast<int>(i + 1);
    Page* page = document.getPage(number);
    if (page == nullptr) continue;
    // The page drawn as PDFDoc::displayPage draws it (72 dpi, y down, its own rotation), but
    // without its fonts: loading them is most of the cost of drawing a page, and its text is
    // read by poppler-cpp already. Text shown without a font is skipped.
    Object resources;
    if (Dict* copy = page->getResourceDictCopy(document.getXRef()); copy != nullptr) {
      resources = Object(copy);
      resources.getDict()->remove("Font");
    }
    const int rotate = page->getRotate();
    PDFRectangle box;
    bool crop = false;
    page->makeBox(72, 72, rotate, false, collector.upsideDown(), -1, -1, -1, -1, &box, &crop);
    Gfx gfx(&document, &collector, number, resources.isDict() ? resources.getDict() : nullptr, 72, 72, &box,
            crop ? page->getCropBox() : nullptr, rotate, nullptr, nullptr);
    Object contents = page->getContents();
    if (!contents.isNull()) {
      gfx.saveState();
      gfx.display(&contents);
      gfx.restoreState();
    }
    pages[i] = collector.Take();
  }
  return pages;
}

}  // namespace jixiao::pdf
