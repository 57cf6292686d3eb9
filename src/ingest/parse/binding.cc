#include "ingest/parse/binding.h"

#include <algorithm>

#include "ingest/parse/headings.h"

#include "base/text.h"
#include "ingest/parse/context.h"
#include "ingest/parse/lexicon.h"

namespace jixiao::parse {

std::string NameKey(std::string_view name) {
  static constexpr std::string_view kDrop[] = {" ",  "\t", "\u3000", "\u201c", "\u201d", "\"",
                                               "\u2018", "\u2019", "\u300a", "\u300b", "\u00a0"};
  std::string out(name);
  // (Every mark dropped opens with one of these bytes: a name with none of them keeps its all.)
  const bool droppable = std::any_of(out.begin(), out.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '"' || c == '\xE2' || c == '\xE3' || c == '\xC2';
  });
  for (std::string_view d : kDrop) {
    if (!droppable) break;
    for (std::size_t at = out.find(d); at != std::string::npos; at = out.find(d, at)) out.erase(at, d.size());
  }
  // "2019年畜禽粪污资源化利用项目" is the 畜禽粪污资源化利用项目 of the report's year.
  if (out.size() > 7 && AllAsciiDigits(std::string_view(out).substr(0, 4)) &&
      out.compare(4, 3, "年") == 0) {
    const std::size_t cut = out.compare(7, 3, "度") == 0 ? 10 : 7;
    if (!AtMostCodePoints(std::string_view(out).substr(cut), 4)) out.erase(0, cut);
  }
  // "教育专项工作经费项目" and "教育专项工作经费资金" are the 教育专项工作经费 the title names;
  // "社会工作服务站项目建设资金" and "社会工作服务站建设" the 社会工作服务站项目; "X建设奖补专项资金" the
  // X建设项目.
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view tail : {"资金", "奖补专项", "建设", "项目"}) {
      if (out.ends_with(tail) && !AtMostCodePoints(std::string_view(out).substr(0, out.size() - tail.size()), 3)) {
        out.resize(out.size() - tail.size()), cut = true;
      }
    }
  }
  return out;
}

namespace {

// A name key without the words saying what kind of money or work it is (经费, 补助资金, 项目).
std::string Stem(std::string_view key) {
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view tail : {"经费", "补助", "资金", "项目", "专项"}) {
      if (key.ends_with(tail) && key.size() > tail.size()) key.remove_suffix(tail.size()), cut = true;
    }
  }
  return std::string(key);
}

}  // namespace

std::size_t Binder::Project(std::string_view name, const Place& where) {
  // "(2)援宁经费": a list's numbering before a name is no part of it.
  Place at = where;
  if (const std::string_view bare = WithoutMarker(name); !bare.empty() && bare.size() < name.size() && CodePointCount(bare) >= 2) {
    const std::size_t cut = static_cast<std::size_t>(bare.data() - name.data());
    if (at.length >= cut) at.offset += cut, at.length -= cut;
    name = bare;
  }
  IndexProjects();
  std::string key = NameKey(name);
  if (const auto found = by_key_.find(key); found != by_key_.end()) return found->second;
  // "光泽县商务局电子商务进农村综合示范项目" and "电子商务进农村综合示范项目": the same project, one
  // name with its unit before it.
  std::optional<std::size_t> owned;
  for (const auto& [other, index] : by_key_) {
    const std::string& longer = other.size() > key.size() ? other : key;
    const std::string& shorter = other.size() > key.size() ? key : other;
    if (shorter.empty() || AtMostCodePoints(shorter, 5) || !std::string_view(longer).ends_with(shorter)) continue;
    std::string_view owner = std::string_view(longer).substr(0, longer.size() - shorter.size());
    // ("广西壮族自治区2021年中央…专项资金": the place and the year the fund is of.)
    for (std::string_view year : {"年度", "年"}) {
      if (owner.size() > 4 + year.size() && owner.ends_with(year)) {
        if (AllAsciiDigits(owner.substr(owner.size() - year.size() - 4, 4))) owner.remove_suffix(4 + year.size());
        break;
      }
    }
    // ("红河州冻猪肉储备费用补助…经费" and "冻猪肉储备费用补助…经费": the place the project is of.)
    const bool place = AtMostCodePoints(owner, 8) && EndsAsPlaceName(owner);
    if ((EndsAsUnitName(owner) || place) && !AtMostCodePoints(owner, 2)) owned = std::min(owned.value_or(index), index);
  }
  if (owned) return *owned;
  // "屠宰环节质量安全监管经费" listed, "屠宰环节质量安全监管项目" its heading: the same work, named
  // by what it is and by its kind of money in turn.
  if (const std::string stem = Stem(key); !AtMostCodePoints(stem, 5)) {
    for (const auto& [other, index] : by_key_) {
      if (Stem(other) == stem) return index;
    }
  }
  jixiao::Project project;
  project.name = std::string(name);
  ev_.projects.push_back(std::move(project));
  const std::size_t index = ev_.projects.size() - 1;
  by_key_.emplace(std::move(key), index);
  indexed_ = ev_.projects.size();
  Record(Pointer("/projects", index, "name"), at);
  return index;
}

Subject Binder::Find(std::string_view name) {
  IndexProjects();
  const auto found = by_key_.find(NameKey(name));
  return found == by_key_.end() ? Subject() : Subject(found->second);
}

Subject Binder::Opening(std::string_view text) const {
  Subject best;
  std::size_t longest = 0;
  for (std::size_t i = 0; i < ev_.projects.size(); ++i) {
    const std::string& name = ev_.projects[i].name;
    if (name.size() > longest && name.size() >= 12 && text.starts_with(name)) best = i, longest = name.size();
  }
  return best;
}

void Binder::IndexProjects() {
  for (; indexed_ < ev_.projects.size(); ++indexed_) by_key_.try_emplace(NameKey(ev_.projects[indexed_].name), indexed_);
}

std::string Binder::Base(Subject s) const { return s ? Pointer("/projects", *s) : std::string("/funds"); }

void Binder::Record(const std::string& pointer, const Place& where) {
  ev_.provenance[pointer] = SpanAt(document_, where.line, where.offset, where.length);
}

template <typename T>
bool Binder::SetOnce(std::optional<T>& field, T value, std::string pointer, const Place& where) {
  if (field && (tentative_mode_ || tentative_.erase(pointer) == 0)) return false;
  field = value;
  if (tentative_mode_) tentative_.insert(pointer);
  Record(pointer, where);
  return true;
}

bool Binder::Budget(Subject s, Money amount, const Place& where) {
  if (!s) return SetOnce(ev_.funds.budget_total, amount, "/funds/budget_total", where);
  return SetOnce(ev_.projects[*s].budget.total, amount, Base(s) + "/budget/total", where);
}

bool Binder::Fiscal(Subject s, Money amount, const Place& where) {
  if (!s) return false;
  return SetOnce(ev_.projects[*s].budget.fiscal, amount, Base(s) + "/budget/fiscal", where);
}

bool Binder::Other(Subject s, Money amount, const Place& where) {
  if (!s) return false;
  return SetOnce(ev_.projects[*s].budget.other, amount, Base(s) + "/budget/other", where);
}

bool Binder::Executed(Subject s, Money amount, const Place& where) {
  if (!s) return SetOnce(ev_.funds.executed_total, amount, "/funds/executed_total", where);
  return SetOnce(ev_.projects[*s].executed, amount, Base(s) + "/executed", where);
}

bool Binder::Rate(Subject s, Percent rate, const Place& where) {
  // "303010100%": cells run together into one number, no rate a report states (past 1000%).
  if (rate > Percent::FromWhole(1000)) return false;
  if (!s) return SetOnce(ev_.funds.execution_rate_stated, rate, "/funds/execution_rate_stated", where);
  return SetOnce(ev_.projects[*s].execution_rate_stated, rate, Base(s) + "/execution_rate_stated", where);
}

bool Binder::Satisfaction(std::size_t project, Percent stated, const Place& where) {
  auto& satisfaction = ev_.projects[project].satisfaction;
  if (satisfaction && satisfaction->stated) return false;
  if (!satisfaction) satisfaction.emplace();
  satisfaction->stated = stated;
  Record(Pointer("/projects", project, "satisfaction/stated"), where);
  return true;
}

std::size_t Binder::AddDepartmentIndicator(Indicator indicator, const Place& where) {
  DepartmentIndicator row;
  static_cast<Indicator&>(row) = std::move(indicator);
  ev_.department_indicators.push_back(std::move(row));
  const std::size_t index = ev_.department_indicators.size() - 1;
  Record(Pointer("/department_indicators", index), where);
  return index;
}

bool Binder::Reached(std::size_t project, std::size_t k, const Indicator& reached, const Place& where) {
  Indicator& known = ev_.projects[project].indicators[k];
  if (known.actual || known.actual_text || (!reached.actual && !reached.actual_text)) return false;
  known.actual = reached.actual, known.actual_text = reached.actual_text;
  if (!known.unit) known.unit = reached.unit;
  if (!known.score_stated) known.score_stated = reached.score_stated;
  Record(Pointer("/projects", project, "indicators/" + std::to_string(k) + "/actual"), where);
  return true;
}

bool Binder::Scored(std::size_t project, std::size_t k, Points score, const Place& where) {
  Indicator& known = ev_.projects[project].indicators[k];
  if (known.score_stated) return false;
  known.score_stated = score;
  Record(Pointer("/projects", project, "indicators/" + std::to_string(k) + "/score_stated"), where);
  return true;
}

std::size_t Binder::AddIndicator(std::size_t project, Indicator indicator, const Place& where) {
  auto& list = ev_.projects[project].indicators;
  // The same indicator stated again (in the text, then in the 自评表): one indicator, the
  // figures the first statement lacks taken from the second.
  for (std::size_t k = 0; k < list.size(); ++k) {
    Indicator& known = list[k];
    if (known.name != indicator.name || indicator.name.empty()) continue;
    const bool same_target = !known.target || !indicator.target || known.target == indicator.target;
    const bool same_actual = !known.actual || !indicator.actual || known.actual == indicator.actual;
    if (!same_target || !same_actual) break;
    const auto fill = [](auto& into, auto& from) {
      if (!into && from) into = std::move(from);
    };
    fill(known.level1, indicator.level1), fill(known.level2, indicator.level2);
    fill(known.comparator, indicator.comparator), fill(known.target, indicator.target);
    fill(known.actual, indicator.actual), fill(known.target_text, indicator.target_text);
    fill(known.actual_text, indicator.actual_text), fill(known.unit, indicator.unit);
    fill(known.weight, indicator.weight), fill(known.score_stated, indicator.score_stated);
    fill(known.deviation_reason, indicator.deviation_reason);
    return k;
  }
  list.push_back(std::move(indicator));
  Record(Pointer("/projects", project, "indicators/" + std::to_string(list.size() - 1)), where);
  return list.size() - 1;
}

}  // namespace jixiao::parse
