// A developer's view of what a reader hands the parser: every line of a report file as read
// (TXT, DOCX, PDF, XLSX), with its place, and a table row's cells apart; with --general, what
// the general reading alone (tables by their headers, figures in sentences) makes of it. For
// corpus work.
#include <cstdio>
#include <string>

#include "core/money.h"
#include "ingest/parse/general_reader.h"
#include "ingest/parse/label_text.h"
#include "ingest/read/read_document.h"

namespace {

std::string Text(const std::optional<jixiao::Money>& money) { return money ? jixiao::FormatMoneyIn(*money, jixiao::MoneyUnit::kYuan) : "—"; }

void PrintGeneral(const jixiao::TextDocument& read_document) {
  // (As the parser reads it: labels made plain first.)
  const auto plain = jixiao::parse::WithPlainLabels(read_document);
  const jixiao::TextDocument& document = plain ? *plain : read_document;
  if (plain) std::printf("labels made plain: %zu lines (read: %zu)\n", plain->lines.size(), read_document.lines.size());
  auto read = jixiao::parse::ReadGeneral(document);
  if (!read) {
    std::printf("general reading: %s\n", read.error().message.c_str());
    return;
  }
  const jixiao::Evaluation& ev = read->evaluation;
  std::printf("general reading: budget %s, executed %s\n", Text(ev.funds.budget_total).c_str(),
              Text(ev.funds.executed_total).c_str());
  for (const jixiao::Project& p : ev.projects) {
    std::printf("  project %s: budget %s, executed %s, %zu indicators\n", p.name.c_str(), Text(p.budget.total).c_str(),
                Text(p.executed).c_str(), p.indicators.size());
  }
}

}  // namespace

int main(int argc, char** argv) {
  const bool general = argc == 3 && std::string(argv[1]) == "--general";
  if (argc != 2 && !general) {
    std::fprintf(stderr, "usage: read_dump [--general] REPORT-FILE\n");
    return 2;
  }
  auto document = jixiao::ReadDocument(argv[argc - 1]);
  if (!document) {
    std::fprintf(stderr, "%s\n", document.error().message.c_str());
    return 2;
  }
  if (general) {
    PrintGeneral(*document);
    return 0;
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
