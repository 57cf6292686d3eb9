// Binding: where a figure read by the general mechanisms (tables by their headers, figures in
// sentences) goes in the model — the department's funds or a project's, found or created by
// name — with its provenance. The first statement of a field wins; later ones are left as
// they are — unless the first was said of an earlier year (SetTentative), when a later statement
// of the same field replaces it. Internal to the parser; the caller owns the Evaluation it fills.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/evaluation.h"
#include "ingest/read/positioned_text.h"

namespace jixiao::parse {

// A piece of a document line: line index and byte range inside TextLine::text.
struct Place {
  std::size_t line = 0;
  std::size_t offset = 0;
  std::size_t length = 0;
};

// The subject of a figure: the department (nullopt) or a project by index.
using Subject = std::optional<std::size_t>;

class Binder {
 public:
  Binder(const TextDocument& document, Evaluation& evaluation) : document_(document), ev_(evaluation) {}

  // The project named `name` (spaces, quotes and a leading budget code aside), created when
  // there is none yet.
  std::size_t Project(std::string_view name, const Place& where);
  // The project named `name` when there is one already.
  Subject Find(std::string_view name);
  // The project, met already, whose name `text` opens with (the longest such name, of four
  // characters or more); nullopt when none.
  Subject Opening(std::string_view text) const;
  // The subject of figures no sentence or table names: set from the report's title.
  void SetDefault(Subject subject) { default_ = subject; }
  Subject default_subject() const { return default_; }

  // Each returns true when the field was empty and is now set.
  bool Budget(Subject s, Money amount, const Place& where);
  bool Fiscal(Subject s, Money amount, const Place& where);
  bool Other(Subject s, Money amount, const Place& where);
  bool Executed(Subject s, Money amount, const Place& where);
  bool Rate(Subject s, Percent rate, const Place& where);
  bool Satisfaction(std::size_t project, Percent stated, const Place& where);
  // Appends an indicator to a project; returns its index.
  std::size_t AddIndicator(std::size_t project, Indicator indicator, const Place& where);
  // What indicator `k` of `project` reached (its actual value or words), when none is set yet;
  // returns true when it was set.
  bool Reached(std::size_t project, std::size_t k, const Indicator& reached, const Place& where);
  // The points indicator `k` of `project` earned, when none is set yet; true when set.
  bool Scored(std::size_t project, std::size_t k, Points score, const Place& where);
  // Appends an indicator of the department as a whole (部门整体支出绩效自评表).
  std::size_t AddDepartmentIndicator(Indicator indicator, const Place& where);
  void Record(const std::string& pointer, const Place& where);
  // While set, the fields bound are set only until a statement not so marked says them again
  // ("问题：2022年度该项目全年预算192.30万元…" before "整改成效：2023年度该项目全年预算数78.27万元").
  void SetTentative(bool tentative) { tentative_mode_ = tentative; }
  Evaluation& evaluation() { return ev_; }
  const Evaluation& evaluation() const { return ev_; }

 private:
  template <typename T>
  bool SetOnce(std::optional<T>& field, T value, std::string pointer, const Place& where);
  std::string Base(Subject s) const;
  // Adds the projects not indexed yet to by_key_ (the first project with a key keeps it).
  void IndexProjects();

  const TextDocument& document_;
  Evaluation& ev_;
  Subject default_;
  std::unordered_map<std::string, std::size_t> by_key_;  // NameKey(name) -> project index
  std::size_t indexed_ = 0;                              // projects [0, indexed_) are in by_key_
  bool tentative_mode_ = false;
  std::unordered_set<std::string> tentative_;  // pointers of fields set by tentative statements
};

// A name with spaces, quotes and brackets of any width removed, for comparing names.
std::string NameKey(std::string_view name);

}  // namespace jixiao::parse
