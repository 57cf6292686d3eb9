#include "ingest/parse_tables.h"

namespace jixiao::parse {

void TablesParser::Cell(std::size_t index) { pending_.push_back(index); }

bool TablesParser::Text(std::size_t index) {
  (void)index;
  Flush();
  return false;
}

void TablesParser::Finish() { Flush(); }

void TablesParser::Flush() {
  for (std::size_t i : pending_) ctx_.MarkUsed(i);
  pending_.clear();
}

}  // namespace jixiao::parse
