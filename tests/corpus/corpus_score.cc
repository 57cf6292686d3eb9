// The corpus score: reads every report of tests/corpus (and, when given, its DOCX/PDF copies),
// compares what Jixiao read with the expected document written by hand, and prints figures
// right over figures stated, per report and in total. See tests/corpus/README.md.
//
// corpus_score CORPUS_DIR [--set dev|holdout|all] [--copies DIR] [--min PERCENT] [--verbose]
// corpus_score --generated DIR [--min PERCENT] [--verbose]
// --copies DIR scores the DOCX and PDF copies in DIR (tests/corpus/tables/convert.sh makes them)
// instead of the texts. --generated DIR scores the generated corpus (generate_reports.cc): every
// <id>.<layout>.expected.json against its <id>.<layout>.{txt,md,html,docx,pdf,xlsx}, with a
// total per layout.
// Exit status 1 when the total is under --min, when a report that states a budget figure is
// refused, or when an unrecognized-text finding has no place; 2 on bad arguments or files.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/fixed.h"
#include "core/money.h"
#include "ingest/parse/report_parser.h"
#include "ingest/read/read_document.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace jixiao {
namespace {

struct Tally {
  int stated = 0;
  int right = 0;
  std::vector<std::string> misses;
  void Add(bool ok, const std::string& what) {
    ++stated;
    if (ok) ++right; else misses.push_back(what);
  }
};

std::string Squeeze(std::string_view text) {  // no spaces, quotes or brackets of any width
  static const std::vector<std::string> kDrop = {" ", "\t", "\xe3\x80\x80", "\xe2\x80\x9c", "\xe2\x80\x9d", "\"", "\xe2\x80\x98",
                                                 "\xe2\x80\x99", "\xe3\x80\x8a", "\xe3\x80\x8b", "\xc2\xa0"};
  std::string out(text);
  for (const std::string& d : kDrop) {
    for (std::size_t at = out.find(d); at != std::string::npos; at = out.find(d, at)) out.erase(at, d.size());
  }
  return out;
}

// Code points of a string, for the name similarity.
std::vector<std::string> CodePoints(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    out.emplace_back(text.substr(i, n));
    i += n;
  }
  return out;
}

// Dice similarity over character bigrams; 1 when one name contains the other.
double NameSimilarity(const std::string& a_raw, const std::string& b_raw) {
  const std::string a = Squeeze(a_raw), b = Squeeze(b_raw);
  if (a.empty() || b.empty()) return 0;
  if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return 1;
  auto bigrams = [](const std::string& s) {
    std::multiset<std::string> out;
    auto cps = CodePoints(s);
    for (std::size_t i = 0; i + 1 < cps.size(); ++i) out.insert(cps[i] + cps[i + 1]);
    return out;
  };
  auto x = bigrams(a), y = bigrams(b);
  if (x.empty() || y.empty()) return 0;
  std::vector<std::string> common;
  std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
  return 2.0 * common.size() / (x.size() + y.size());
}

std::optional<std::string> Text(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key) || object[key].is_null()) return std::nullopt;
  if (object[key].is_string()) return object[key].get<std::string>();
  return object[key].dump();
}

bool SameMoney(const std::string& expected, const std::optional<Money>& got) {
  auto want = ParseMoney(expected);
  return want && got && *want == *got;
}

// Rates, targets, scores: the same number (to 1e-4), or for text values the same text.
bool SameNumber(const std::string& expected, std::optional<int64_t> got_units, int scale) {
  auto want = ParseScaled(expected, 4);
  if (!want || !got_units) return false;
  int64_t got = *got_units;
  for (int s = scale; s < 4; ++s) got *= 10;
  return *want == got;
}

template <typename T>
std::optional<int64_t> Units(const std::optional<T>& v) {
  return v ? std::optional<int64_t>(v->units()) : std::nullopt;
}

bool SameValue(const std::string& expected, const std::optional<Quantity>& number,
               const std::optional<std::string>& text) {
  if (SameNumber(expected, Units(number), Quantity::kScale)) return true;
  return text && Squeeze(*text) == Squeeze(expected);
}

// Pairs each expected item with a distinct read item: best name similarity first (>= 0.5).
template <typename Got>
std::vector<int> MatchByName(const json& expected, const std::vector<Got>& got,
                             std::string (*name_of)(const Got&)) {
  std::vector<int> match(expected.size(), -1);
  std::vector<std::tuple<double, std::size_t, std::size_t>> pairs;
  for (std::size_t e = 0; e < expected.size(); ++e) {
    const std::string want = Text(expected[e], "name").value_or("");
    for (std::size_t g = 0; g < got.size(); ++g) {
      double s = NameSimilarity(want, name_of(got[g]));
      // Among equally similar names the one closest in length wins.
      const double closeness = 1.0 / (1.0 + std::abs(static_cast<double>(Squeeze(want).size()) -
                                                      static_cast<double>(Squeeze(name_of(got[g])).size())));
      if (s >= 0.5) pairs.emplace_back(-(s + closeness * 1e-3), e, g);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  std::vector<bool> taken(got.size(), false);
  for (auto& [s, e, g] : pairs) {
    if (match[e] < 0 && !taken[g]) match[e] = static_cast<int>(g), taken[g] = true;
  }
  return match;
}

std::string ProjectName(const Project& p) { return p.name; }
std::string IndicatorName(const Indicator& i) { return i.name; }

void ScoreIndicators(const json& expected, const std::vector<Indicator>& got, const std::string& where, Tally& t) {
  auto match = MatchByName<Indicator>(expected, got, IndicatorName);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const json& e = expected[i];
    const Indicator* g = match[i] >= 0 ? &got[static_cast<std::size_t>(match[i])] : nullptr;
    const std::string at = where + "指标“" + Text(e, "name").value_or("") + "”";
    if (auto v = Text(e, "target")) t.Add(g && SameValue(*v, g->target, g->target_text), at + " 指标值 " + *v);
    if (auto v = Text(e, "actual")) t.Add(g && SameValue(*v, g->actual, g->actual_text), at + " 完成值 " + *v);
    if (auto v = Text(e, "score")) t.Add(g && SameNumber(*v, Units(g->score_stated), 2), at + " 得分 " + *v);
  }
}

// Returns how many read projects no expected one matched (phantoms: not scored, reported).
int ScoreProjects(const json& expected, const Evaluation& ev, Tally& t) {
  auto match = MatchByName<Project>(expected, ev.projects, ProjectName);
  // An expected project whose name was not matched pairs with a read one of the same budget.
  std::vector<bool> taken(ev.projects.size(), false);
  for (int m : match) if (m >= 0) taken[static_cast<std::size_t>(m)] = true;
  for (std::size_t e = 0; e < expected.size(); ++e) {
    if (match[e] >= 0) continue;
    auto budget = Text(expected[e], "budget_total");
    for (std::size_t g = 0; budget && g < ev.projects.size(); ++g) {
      if (!taken[g] && SameMoney(*budget, ev.projects[g].budget.total)) {
        match[e] = static_cast<int>(g), taken[g] = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const json& e = expected[i];
    const std::string name = Text(e, "name").value_or("");
    const Project* g = match[i] >= 0 ? &ev.projects[static_cast<std::size_t>(match[i])] : nullptr;
    const std::string at = "项目“" + name + "”";
    t.Add(g && NameSimilarity(name, g->name) >= 0.5, at + " 名称");
    if (auto v = Text(e, "budget_total")) t.Add(g && SameMoney(*v, g->budget.total), at + " 预算 " + *v);
    if (auto v = Text(e, "budget_fiscal")) t.Add(g && SameMoney(*v, g->budget.fiscal), at + " 财政拨款 " + *v);
    if (auto v = Text(e, "executed")) t.Add(g && SameMoney(*v, g->executed), at + " 执行 " + *v);
    if (auto v = Text(e, "execution_rate_stated")) {
      t.Add(g && SameNumber(*v, Units(g->execution_rate_stated), 2), at + " 执行率 " + *v);
    }
    if (auto v = Text(e, "satisfaction")) {
      std::optional<Percent> got;
      if (g && g->satisfaction) got = g->satisfaction->stated;
      t.Add(SameNumber(*v, Units(got), 2), at + " 满意度 " + *v);
    }
    static const std::vector<Indicator> kNone;
    ScoreIndicators(e.value("indicators", json::array()), g ? g->indicators : kNone, at, t);
  }
  int matched = 0;
  for (int m : match) matched += m >= 0;
  return static_cast<int>(ev.projects.size()) - matched;
}

bool StatesBudget(const json& expected) {
  const json funds = expected.value("funds", json::object());
  if (Text(funds, "budget_total") || Text(funds, "executed_total")) return true;
  for (const json& p : expected.value("projects", json::array())) {
    if (Text(p, "budget_total") || Text(p, "executed")) return true;
  }
  return false;
}

struct Outcome {
  Tally tally;
  bool refused = false;
  int extra_projects = 0;  // read projects the expected document does not have
  bool failed = false;  // refused though it states a budget figure, or an unplaced finding
  std::string note;
};

Outcome ScoreOne(const fs::path& file, const json& expected) {
  Outcome out;
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto document = ReadDocumentBytes(bytes.str(), file.filename().string());
  Result<ParseResult> parsed = document ? ParseReport(*document) : Result<ParseResult>(tl::unexpected(document.error()));
  Evaluation empty;
  const Evaluation* ev = &empty;
  if (parsed) {
    ev = &parsed->evaluation;
    for (const Finding& f : parsed->findings) {
      if (f.rule == "ingest.unrecognized" && (!f.span || (f.span->line == 0 && f.span->page == 0 && f.span->paragraph == 0))) {
        out.failed = true;
        out.note = "未能识别的内容没有注明位置：" + f.message;
      }
    }
  } else {
    out.refused = true;
    out.note = parsed.error().message;
    if (StatesBudget(expected)) out.failed = true;
  }
  const json funds = expected.value("funds", json::object());
  if (auto v = Text(funds, "budget_total")) out.tally.Add(SameMoney(*v, ev->funds.budget_total), "全年预算数 " + *v);
  if (auto v = Text(funds, "executed_total")) out.tally.Add(SameMoney(*v, ev->funds.executed_total), "全年执行数 " + *v);
  if (auto v = Text(funds, "execution_rate_stated")) {
    out.tally.Add(SameNumber(*v, Units(ev->funds.execution_rate_stated), 2), "执行率 " + *v);
  }
  out.extra_projects = ScoreProjects(expected.value("projects", json::array()), *ev, out.tally);
  return out;
}

std::string Percentage(int right, int stated) {
  if (stated == 0) return "   —  ";
  char buffer[32];
  const long long hundredths = (static_cast<long long>(right) * 20000 + stated) / (2LL * stated);  // half-up
  std::snprintf(buffer, sizeof buffer, "%3lld.%02lld%%", hundredths / 100, hundredths % 100);
  return buffer;
}

struct Options {
  fs::path corpus;
  std::string set = "dev";
  fs::path copies;
  fs::path generated;
  fs::path show;
  std::optional<long long> min_hundredths;
  bool verbose = false;
};

int Verdict(const Options& options, int right, int stated, int failures);

json ReadExpected(const fs::path& entry) {
  try {
    return json::parse(std::ifstream(entry));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: 不是有效的 JSON：%s\n", entry.c_str(), e.what());
    return nullptr;
  }
}

// The generated corpus: each file against the expected document of its layout, totals per layout.
int RunGenerated(const Options& options) {
  const std::string kSuffix = ".expected.json";
  std::vector<fs::path> entries;
  for (const auto& item : fs::directory_iterator(options.generated)) {
    const std::string name = item.path().filename().string();
    if (name.size() > kSuffix.size() && name.ends_with(kSuffix)) entries.push_back(item.path());
  }
  std::sort(entries.begin(), entries.end());
  std::map<std::string, std::pair<int, int>> by_layout;  // "prose.txt" -> right, stated
  std::map<std::string, int> files_by_layout, extra_by_layout;
  int right = 0, stated = 0, reports = 0, failures = 0;
  for (const fs::path& entry : entries) {
    const std::string stem = entry.filename().string().substr(0, entry.filename().string().size() - kSuffix.size());
    const json expected = ReadExpected(entry);
    if (expected.is_null()) return 2;
    const std::string layout = stem.substr(stem.find('.') + 1);
    for (const char* ext : {".txt", ".md", ".html", ".docx", ".pdf", ".xlsx", "/html"}) {
      // "/html": the department layouts' own web pages (html/<stem>.html), read as they are.
      const bool page = std::string_view(ext) == "/html";
      const fs::path file = page ? options.generated / "html" / (stem + ".html") : options.generated / (stem + ext);
      if (page) ext = ".html";
      if (!fs::exists(file)) continue;
      Outcome o = ScoreOne(file, expected);
      ++reports;
      right += o.tally.right;
      stated += o.tally.stated;
      if (o.failed) ++failures;
      auto& [r, s] = by_layout[layout + ext];
      r += o.tally.right, s += o.tally.stated;
      ++files_by_layout[layout + ext];
      extra_by_layout[layout + ext] += o.extra_projects;
      if (options.verbose || o.failed) {
        std::printf("%-36s %4d/%-4d %s%s%s%s\n", file.filename().c_str(), o.tally.right, o.tally.stated,
                    Percentage(o.tally.right, o.tally.stated).c_str(),
                    o.extra_projects ? ("  多读出项目 " + std::to_string(o.extra_projects) + " 个").c_str() : "",
                    o.refused ? "  拒绝读取：" : "", o.refused || o.failed ? o.note.c_str() : "");
        for (const std::string& miss : o.tally.misses) {
          if (options.verbose) std::printf("           未读对：%s\n", miss.c_str());
        }
      }
    }
  }
  std::printf("\n%-24s %6s %13s %8s %s\n", "layout", "files", "right/stated", "score", "phantom projects");
  for (const auto& [layout, tally] : by_layout) {
    std::printf("%-24s %6d %6d/%-6d %s %6d\n", layout.c_str(), files_by_layout[layout], tally.first, tally.second,
                Percentage(tally.first, tally.second).c_str(), extra_by_layout[layout]);
  }
  std::printf("corpus generated: %d files, %d/%d figures right, %s; %d failing\n", reports, right, stated,
              Percentage(right, stated).c_str(), failures);
  return Verdict(options, right, stated, failures);
}

// --show FILE: the lines as read (table rows as cells between │) and what was read from them.
int Show(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto document = ReadDocumentBytes(bytes.str(), file.filename().string());
  if (!document) return std::printf("%s\n", document.error().message.c_str()), 1;
  for (const TextLine& line : document->lines) {
    std::string text = line.text;
    if (line.is_table_row()) {
      text.clear();
      for (const std::string& cell : line.cells) text += "│" + cell;
    }
    std::printf("%3d:%-3d %s\n", line.page, line.number, text.c_str());
  }
  auto parsed = ParseReport(*document);
  if (!parsed) return std::printf("拒绝读取：%s\n", parsed.error().message.c_str()), 1;
  const Evaluation& ev = parsed->evaluation;
  auto money = [](const std::optional<Money>& m) { return m ? ToYuanString(*m) : std::string("—"); };
  auto rate = [](const std::optional<Percent>& r) { return r ? ToString(*r) + "%" : std::string("—"); };
  std::printf("== 部门：预算 %s 执行 %s 执行率 %s\n", money(ev.funds.budget_total).c_str(),
              money(ev.funds.executed_total).c_str(), rate(ev.funds.execution_rate_stated).c_str());
  for (const Project& p : ev.projects) {
    std::printf("== 项目 %s：预算 %s 财政 %s 执行 %s 执行率 %s 满意度 %s，指标 %zu 个\n", p.name.c_str(),
                money(p.budget.total).c_str(), money(p.budget.fiscal).c_str(), money(p.executed).c_str(),
                rate(p.execution_rate_stated).c_str(),
                rate(p.satisfaction ? p.satisfaction->stated : std::nullopt).c_str(), p.indicators.size());
    auto qty = [](const std::optional<Quantity>& q, const std::optional<std::string>& t) {
      return q ? ToString(*q) : t.value_or("—");
    };
    for (const Indicator& i : p.indicators) {
      std::printf("     指标 %s：%s / %s，得分 %s\n", i.name.c_str(), qty(i.target, i.target_text).c_str(),
                  qty(i.actual, i.actual_text).c_str(), i.score_stated ? ToString(*i.score_stated).c_str() : "—");
    }
  }
  return 0;
}

int Run(const Options& options) {
  if (!options.show.empty()) return Show(options.show);
  if (!options.generated.empty()) return RunGenerated(options);
  std::vector<std::string> sets = options.set == "all" ? std::vector<std::string>{"dev", "holdout"}
                                                       : std::vector<std::string>{options.set};
  int right = 0, stated = 0, reports = 0, failures = 0, phantoms = 0;
  for (const std::string& set : sets) {
    std::vector<fs::path> entries;
    for (const auto& item : fs::directory_iterator(options.corpus / set)) {
      const std::string name = item.path().filename().string();
      if (name.size() > 14 && name.ends_with(".expected.json")) entries.push_back(item.path());
    }
    std::sort(entries.begin(), entries.end());
    for (const fs::path& entry : entries) {
      const std::string id = entry.filename().string().substr(0, entry.filename().string().size() - 14);
      json expected;
      try {
        expected = json::parse(std::ifstream(entry));
      } catch (const std::exception& e) {
        std::fprintf(stderr, "%s: 不是有效的 JSON：%s\n", entry.c_str(), e.what());
        return 2;
      }
      // With --copies, the DOCX and PDF copies of the entries that have them, instead of the text.
      std::vector<fs::path> files;
      if (options.copies.empty()) files.push_back(entry.parent_path() / (id + ".txt"));
      for (const char* ext : {".docx", ".pdf", ".html"}) {
        if (!options.copies.empty() && fs::exists(options.copies / (id + ext))) files.push_back(options.copies / (id + ext));
      }
      for (const fs::path& file : files) {
        Outcome o = ScoreOne(file, expected);
        ++reports;
        right += o.tally.right;
        stated += o.tally.stated;
        if (o.failed) ++failures;
        phantoms += o.extra_projects;
        std::printf("%-8s %-40s %4d/%-4d %s%s%s%s\n", set.c_str(), file.filename().c_str(), o.tally.right,
                    o.tally.stated, Percentage(o.tally.right, o.tally.stated).c_str(), o.refused ? "  拒绝读取：" : "",
                    o.refused || o.failed ? o.note.c_str() : "",
                    o.extra_projects ? ("  多读出项目 " + std::to_string(o.extra_projects) + " 个").c_str() : "");
        if (options.verbose) {
          for (const std::string& miss : o.tally.misses) std::printf("           未读对：%s\n", miss.c_str());
        }
      }
    }
  }
  std::printf("corpus %s: %d reports, %d/%d figures right, %s; %d failing; %d phantom projects\n", options.set.c_str(),
              reports, right, stated, Percentage(right, stated).c_str(), failures, phantoms);
  return Verdict(options, right, stated, failures);
}

int Verdict(const Options& options, int right, int stated, int failures) {
  const long long total = stated ? (static_cast<long long>(right) * 20000 + stated) / (2LL * stated) : 0;
  if (failures > 0) return 1;
  if (options.min_hundredths && total < *options.min_hundredths) {
    std::printf("score %s is under the required %lld.%02lld%%\n", Percentage(right, stated).c_str(),
                *options.min_hundredths / 100, *options.min_hundredths % 100);
    return 1;
  }
  return 0;
}

}  // namespace
}  // namespace jixiao

int main(int argc, char** argv) {
  jixiao::Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", arg.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (arg == "--set") options.set = value();
    else if (arg == "--copies") options.copies = value();
    else if (arg == "--generated") options.generated = value();
    else if (arg == "--show") options.show = value();
    else if (arg == "--min") options.min_hundredths = static_cast<long long>(std::stod(value()) * 100 + 0.5);
    else if (arg == "--verbose") options.verbose = true;
    else if (options.corpus.empty()) options.corpus = arg;
    else {
      std::fprintf(stderr, "usage: corpus_score CORPUS_DIR [--set dev|holdout|all] [--copies DIR] [--min PERCENT] [--verbose]\n"
                           "       corpus_score --generated DIR [--min PERCENT] [--verbose]\n");
      return 2;
    }
  }
  if (options.corpus.empty()) options.corpus = "tests/corpus";
  try {
    return jixiao::Run(options);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "corpus_score: %s\n", e.what());
    return 2;
  }
}
