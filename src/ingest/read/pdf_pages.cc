#include "ingest/read/pdf_pages.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <poppler/GfxState.h>
#include <poppler/OutputDev.h>
#include <poppler/PDFDoc.h>
#include <poppler/Stream.h>
#include <poppler/TextOutputDev.h>

#include "base/text.h"
#include "ingest/read/positioned_text.h"

namespace jixiao::pdf {
namespace {

constexpr double kStraight = 0.5;  // points off the axis a rule may lean
constexpr double kThin = 2.5;      // a filled rectangle this thin is a rule
constexpr double kShortest = 2.0;  // shorter lines are dots, not rules

bool Visible(const GfxRGB& rgb) {
  // White lines (a cell's background drawn over) draw no border.
  return colToDbl(rgb.r) < 0.9 || colToDbl(rgb.g) < 0.9 || colToDbl(rgb.b) < 0.9;
}

// poppler's text extraction (as poppler-cpp's page::text_list sets it up) that also records the
// axis-aligned lines a page strokes and the thin rectangles it fills.
class WordsAndRules : public TextOutputDev {
 public:
  WordsAndRules() : TextOutputDev(nullptr, false, 0, false, false) {}
  bool needNonText() override { return true; }  // TextOutputDev skips paths: the rules are paths

  void stroke(GfxState* state) override {
    TextOutputDev::stroke(state);
    GfxRGB rgb;
    state->getStrokeRGB(&rgb);
    if (!Visible(rgb)) return;
    ForEachSubpath(state, [&](const std::vector<double>& xs, const std::vector<double>& ys) {
      for (std::size_t i = 1; i < xs.size(); ++i) Add(xs[i - 1], ys[i - 1], xs[i], ys[i]);
    });
  }
  void fill(GfxState* state) override {
    TextOutputDev::fill(state);
    Filled(state);
  }
  void eoFill(GfxState* state) override {
    TextOutputDev::eoFill(state);
    Filled(state);
  }

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

bool IsClosingPunctuation(Unicode c) {
  static constexpr std::u32string_view kClosing = U"，。、；：！？）》」』】〕〉”’%,.;:!?)]";
  return kClosing.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

bool IsWordChar(Unicode c) { return c < 0x80 && (std::isalnum(static_cast<int>(c)) || c == '.' || c == '-'); }

// Opening brackets and quotes, and the signs a figure is written with (≥285辆, ±5%), which a line
// is never broken after: they stay with what follows them.
bool StaysWithNext(Unicode c) {
  static constexpr std::u32string_view kSticky = U"“‘（(《「『【〔〈[≥≤≧≦＞＜＝><=±～~";
  return kSticky.find(static_cast<char32_t>(c)) != std::u32string_view::npos;
}

// Width of the first unbreakable unit of the word's characters [begin, end): a word, or a
// character with closing punctuation, with the opening signs before either.
double FirstUnitWidth(const TextWord& word, int begin, int end) {
  if (begin >= end) return 0;
  const auto at = [&](int i) { return *word.getChar(i); };
  int start = begin;
  while (start + 1 < end && StaysWithNext(at(start))) ++start;
  int last = start + 1;
  if (IsWordChar(at(start))) {
    // A thousands separator between digits does not break a number ("30,969.07").
    const auto digit = [&](int i) { return i < end && at(i) >= '0' && at(i) <= '9'; };
    while (last < end && (IsWordChar(at(last)) || (at(last) == ',' && digit(last - 1) && digit(last + 1)))) ++last;
  }
  while (last < end && IsClosingPunctuation(at(last))) ++last;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0, left = 0;
  word.getCharBBox(begin, &left, &y0, &x1, &y1);
  word.getCharBBox(last - 1, &x0, &y0, &x1, &y1);
  return x1 - left;
}

// Where vertical rules cross the word (a table's cell border its characters run over: text set
// with no cell margin, "级二" of 一级 | 二级): the indices of the characters that start a piece.
std::vector<int> CutsByRules(const TextWord& word, const std::vector<Rule>& rules) {
  std::vector<int> cuts;
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  word.getBBox(&x0, &y0, &x1, &y1);
  const double middle = (y0 + y1) / 2;
  const auto down_here = [&](const Rule& rule) { return !rule.horizontal() && middle >= rule.y0 && middle <= rule.y1; };
  for (const Rule& rule : rules) {
    if (!down_here(rule) || rule.x0 <= x0 + 0.5 || rule.x0 >= x1 - 0.5) continue;
    // Only a border between two cells: a table's outer border with text running past it (a
    // table wider than the page) parts nothing.
    const bool left = std::any_of(rules.begin(), rules.end(), [&](const Rule& r) { return down_here(r) && r.x0 < rule.x0 - 1; });
    const bool right = std::any_of(rules.begin(), rules.end(), [&](const Rule& r) { return down_here(r) && r.x0 > rule.x0 + 1; });
    if (!left || !right) continue;
    for (int i = 1; i < word.getLength(); ++i) {
      double cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0;
      word.getCharBBox(i, &cx0, &cy0, &cx1, &cy1);
      if ((cx0 + cx1) / 2 > rule.x0) {
        double px0 = 0, py0 = 0, px1 = 0, py1 = 0;
        word.getCharBBox(i - 1, &px0, &py0, &px1, &py1);
        if ((px0 + px1) / 2 < rule.x0) cuts.push_back(i);
        break;
      }
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  return cuts;
}

// The word as boxes: itself, or its pieces between the rules crossing it.
void AddWord(const TextWord& word, const std::vector<Rule>& rules, std::vector<Box>& boxes) {
  const std::vector<int> cuts = CutsByRules(word, rules);
  if (cuts.empty()) {
    const std::unique_ptr<GooString> text(word.getText());
    Box& box = boxes.emplace_back();
    word.getBBox(&box.x0, &box.y0, &box.x1, &box.y1);
    box.text = ToNfcValid(text ? text->toStr() : std::string());
    box.space_after = word.hasSpaceAfter();
    box.first_unit_width = FirstUnitWidth(word, 0, word.getLength());
    return;
  }
  for (std::size_t k = 0; k <= cuts.size(); ++k) {
    const int begin = k == 0 ? 0 : cuts[k - 1], end = k == cuts.size() ? word.getLength() : cuts[k];
    Box& box = boxes.emplace_back();
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    word.getBBox(&x0, &box.y0, &x1, &box.y1);
    word.getCharBBox(begin, &box.x0, &y0, &x1, &y1);
    word.getCharBBox(end - 1, &x0, &y0, &box.x1, &y1);
    std::string text;
    for (int i = begin; i < end; ++i) AppendUtf8(text, static_cast<char32_t>(*word.getChar(i)));
    box.text = ToNfcValid(std::move(text));
    box.space_after = k == cuts.size() && word.hasSpaceAfter();
    box.first_unit_width = FirstUnitWidth(word, begin, end);
  }
}

}  // namespace

std::optional<std::vector<PageBoxes>> ReadPages(std::string_view bytes) {
  // MemStream reads the caller's bytes in place; PDFDoc owns the stream.
  auto* stream = new MemStream(bytes.data(), 0, static_cast<Goffset>(bytes.size()), Object(objNull));
  PDFDoc document(stream);
  if (!document.isOk()) return std::nullopt;
  std::vector<PageBoxes> pages(static_cast<std::size_t>(std::max(document.getNumPages(), 0)));
  WordsAndRules device;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    document.displayPage(&device, static_cast<int>(i + 1), 72, 72, 0, false, false, false);
    PageBoxes& page = pages[i];
    page.rules = device.Take();
    page.width = document.getPageCropWidth(static_cast<int>(i + 1));
    page.height = document.getPageCropHeight(static_cast<int>(i + 1));
    if (const std::unique_ptr<TextWordList> words = device.makeWordList()) {
      page.boxes.reserve(static_cast<std::size_t>(words->getLength()));
      for (int k = 0; k < words->getLength(); ++k) AddWord(*words->get(k), page.rules, page.boxes);
    }
  }
  return pages;
}

}  // namespace jixiao::pdf
