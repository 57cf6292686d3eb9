// Project blocks of a report (项目支出绩效自评情况): project titles under the 本级 / 上级
// groupings, their funds sentence (全年预算数 with 财政拨款 / 其他资金, 全年执行数, 执行率),
// 项目实施情况, 产生的效益, the satisfaction statement and 未完成原因. Fills the projects of
// ParseContext::evaluation() with provenance.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/parse/context.h"
#include "ingest/parse/satisfaction.h"

namespace jixiao::parse {

class ProjectsParser {
 public:
  explicit ProjectsParser(ParseContext& context) : ctx_(context) {}

  // One paragraph inside the projects section.
  void Paragraph(std::size_t index);

  // The project being read, or a new one named `name` when there is none (tables use this).
  std::size_t CurrentOrNew(std::size_t index, std::string_view name);
  // Starts a project named text[offset, offset + length) of paragraph `index`.
  std::size_t Start(std::size_t index, std::size_t offset, std::size_t length);
  // The project a table names (项目名称): the narrative's project of that name, made current,
  // or a new project when the narrative has none. `merged` tells which.
  std::size_t ForTable(std::size_t index, std::size_t offset, std::size_t length, bool* merged);
  // The index of the project named `name` (spaces and quotes aside), nullopt when none.
  std::optional<std::size_t> Find(std::string_view name) const;
  bool has_current() const { return current_.has_value(); }

  // Ends the text field being read (a table or caption follows).
  void EndField() { field_ = Field::kNone; }
  // The narrative is over (attachments follow): no current project, no grouping level.
  void EndNarrative() {
    level_.reset();
    current_.reset();
    field_ = Field::kNone;
  }

 private:
  enum class Field { kNone, kFunds, kImplementation, kBenefits, kShortfall };
  bool Grouping(std::string_view body);
  bool Labeled(std::size_t index, std::string_view body, std::size_t label);
  void SetText(std::size_t index, Field field, std::string_view text);
  void Satisfaction(std::size_t index);
  // The same with the paragraph's phrase already parsed (ParseSatisfaction of its text).
  void Satisfaction(std::size_t index, const std::optional<SatisfactionPhrase>& phrase);
  void FundsFigures(std::size_t index);
  bool PlaceFigure(std::size_t index, const Amount& a, const std::vector<Amount>& all);
  Project& project() { return ctx_.evaluation().projects[*current_]; }
  std::string ProjectPointer(std::string_view field) const { return Pointer("/projects", *current_, field); }
  // ProjectKey of project i's name, worked out once per name (Start and Find match every
  // project's key against a name, each time a project is named).
  const std::string& KeyOf(std::size_t i) const;

  ParseContext& ctx_;
  std::optional<ProjectLevel> level_;
  std::optional<std::size_t> current_;
  Field field_ = Field::kNone;
  // Per project: the name its key was worked out for, and the key.
  mutable std::vector<std::pair<std::string, std::string>> keys_;
};

// True for the heading of a group of projects by fund source ("（一）州本级资金安排的项目").
// Sets `level` to the group's level.
bool IsProjectGroupHeading(std::string_view body, ProjectLevel* level);

}  // namespace jixiao::parse
