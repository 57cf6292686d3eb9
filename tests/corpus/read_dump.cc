// A developer's view of what a reader hands the parser: every line of a report file as read
// (TXT, DOCX, PDF, XLSX), with its place, and a table row's cells apart. For corpus work.
#include <cstdio>
#include <string>

#include "ingest/read/read_document.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: read_dump REPORT-FILE\n");
    return 2;
  }
  auto document = jixiao::ReadDocument(argv[1]);
  if (!document) {
    std::fprintf(stderr, "%s\n", document.error().message.c_str());
    return 2;
  }
  for (const jixiao::TextLine& line : document->lines) {
    std::printf("%3d:%-4d ", line.page, line.number);
    if (!line.is_table_row()) {
      std::printf("%s\n", line.text.c_str());
      continue;
    }
    std::string row = "[";
    for (std::size_t i = 0; i < line.cells.size(); ++i) row += (i ? " | " : "") + line.cells[i];
    std::printf("%s]\n", row.c_str());
  }
  return 0;
}
