// The layout model every report writer consumes: a document as a list of blocks (title,
// numbered headings, paragraphs, tables, charts, page breaks). Builders fill it from the
// evaluation (select -> compute -> lay out); writers (render.h) turn it into bytes.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace jixiao::layout {

enum class Align { kLeft, kCenter, kRight, kJustify };

struct Title {
  std::string text;  // 2号 方正小标宋简体, centred
};

// Levels 1-4 of GB/T 9704: 一、 / （一） / 1. / （1）. `text` already carries its number.
struct Heading {
  int level = 1;
  std::string text;
};

// A body paragraph. `lead` is an inline run-in heading ("（1）资金使用情况：") set before text.
struct Paragraph {
  std::string lead;
  std::string text;
  bool indent = true;  // first-line indent of two characters
  Align align = Align::kJustify;
};

struct Cell {
  std::string text;
  int col_span = 1;
  Align align = Align::kCenter;
  bool strong = false;  // header or total cell: 黑体
};

struct Row {
  std::vector<Cell> cells;
  bool header = false;  // styled as a header row
};

// A bordered table. The first `repeat_rows` rows repeat at the top of every page it spans.
struct Table {
  std::string caption;              // centred above the table
  std::vector<int> column_weights;  // relative widths, one per grid column
  std::vector<Row> rows;
  int repeat_rows = 0;
  std::string note;  // small print below the table
};

enum class ChartKind {
  kBars,      // horizontal grouped bars per category (budget vs executed)
  kRateBars,  // one bar per category, in percent, with a reference line (100% time line)
};

struct Series {
  std::string name;
  std::vector<double> values;        // geometry only; labels carry the exact figures
  std::vector<std::string> labels;   // exact text shown at the end of each bar
};

struct Chart {
  ChartKind kind = ChartKind::kBars;
  std::string title;
  std::string unit;  // axis unit: "元", "万元", "%"
  std::vector<std::string> categories;
  std::vector<Series> series;
  std::optional<double> reference;   // kRateBars: a vertical line (100)
  std::string reference_label;       // "时间进度 100%"
};

struct PageBreak {};

using Block = std::variant<Title, Heading, Paragraph, Table, Chart, PageBreak>;

struct Document {
  std::string title;  // document metadata (also the first Title block)
  std::string author;
  std::vector<Block> blocks;
};

// Total number of grid columns of a table (the widest row, counting spans).
int ColumnCount(const Table& table);

}  // namespace jixiao::layout
