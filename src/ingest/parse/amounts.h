// Figures stated in report prose: money with its unit (元 / 万元 / 亿元, or a bare number that
// takes the unit of the figures around it), rates ("22.52%"), each with the label written just
// before it ("全年预算数") and the total it is a part of ("…万元（其中，A…，B…）", "…，其中A…").
// Pure scanning; the caller owns the text the string_views point into.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fixed.h"
#include "core/money.h"

namespace jixiao::parse {

enum class AmountKind { kMoney, kPercent };

struct Amount {
  AmountKind kind = AmountKind::kMoney;
  std::size_t begin = 0;        // the number's first byte
  std::size_t end = 0;          // after the unit
  std::size_t label_begin = 0;  // where the label's clause starts
  std::string_view label;       // "全年预算数", fillers such as 为/是/共 and 其中 removed
  std::string number;           // ASCII digits as written
  MoneyUnit unit = MoneyUnit::kYuan;
  bool unit_stated = false;     // false: a bare number that borrowed its unit
  Money money;                  // kMoney
  Percent percent;              // kPercent
  int parent = -1;              // index of the total this figure is listed under, -1 none
  int sentence = 0;             // ordinal of the sentence (。；) holding it
};

// Whether the words before a colon open a list whose items follow ("分别为：", "具体如下：", "其中："):
// its items, parted by semicolons, are one sentence; on lines of their own, one item each.
bool OpensList(std::string_view before_colon);

// Every money figure and rate in `text`, in order. Bare numbers count as money only where a
// clause ends right after them ("资金89482200，"); they take the unit of the nearest money
// figure of the same text (元 when there is none).
std::vector<Amount> ScanAmounts(std::string_view text);

// Figures already scanned, by document line: one reading hands them to the next so that no
// line is scanned twice. Each line's figures are taken once.
class LineAmounts {
 public:
  // Stores ScanAmounts(text) of document line `line`, `text` being that line's whole text.
  // Lines come in ascending order (a line out of order is not stored).
  void Put(std::size_t line, std::vector<Amount>&& amounts);
  // ScanAmounts(text) for document line `line` whose whole text is `text`: the stored
  // figures when there are (handed over and forgotten here), else scanned now.
  std::vector<Amount> Take(std::size_t line, std::string_view text);

 private:
  struct Entry {
    std::size_t line = 0;
    bool taken = false;
    std::vector<Amount> amounts;
  };
  std::vector<Entry> entries_;  // ascending by line; only the lines stored take room
};

// A rate written alone ("100%", "１００．００％", "22.52"); nullopt when not a rate.
std::optional<Percent> ParsePercentText(std::string_view text);

// A money figure written alone in a table cell, in `unit` unless the cell names one
// ("194.9", "1,234.56元"); nullopt when not money.
std::optional<Money> ParseMoneyCell(std::string_view text, MoneyUnit unit);

// The label with fillers removed: leading 其中/含/markers, trailing 为/是/共/计/合计/达.
std::string_view CleanLabel(std::string_view label);

}  // namespace jixiao::parse
