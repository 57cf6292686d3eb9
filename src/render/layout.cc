#include "render/layout.h"

#include <algorithm>

namespace jixiao::layout {

int ColumnCount(const Table& table) {
  int columns = static_cast<int>(table.column_weights.size());
  for (const Row& row : table.rows) {
    int width = 0;
    for (const Cell& cell : row.cells) width += std::max(cell.col_span, 1);
    columns = std::max(columns, width);
  }
  return columns;
}

}  // namespace jixiao::layout
