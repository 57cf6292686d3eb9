// Removing a project keeps every other value's place pointing at its value.
#include "core/evaluation.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(EraseProject, RenumbersThePlacesOfTheProjectsAfterIt) {
  Evaluation ev;
  for (const char* name : {"甲项目", "乙项目", "丙项目"}) {
    Project project;
    project.name = name;
    ev.projects.push_back(project);
  }
  const auto at = [](int line) {
    SourceSpan span;
    span.line = line;
    return span;
  };
  ev.provenance["/unit/name"] = at(1);
  ev.provenance["/projects/0/name"] = at(2);
  ev.provenance["/projects/1/name"] = at(3);
  ev.provenance["/projects/1/indicators/0/actual"] = at(4);
  ev.provenance["/projects/2/executed"] = at(5);
  ev.provenance["/projects/2/indicators/10/actual"] = at(6);
  EraseProject(ev, 1);
  ASSERT_EQ(ev.projects.size(), 2u);
  EXPECT_EQ(ev.projects[1].name, "丙项目");
  EXPECT_EQ(ev.provenance.size(), 4u);
  EXPECT_EQ(ev.provenance.at("/unit/name").line, 1);
  EXPECT_EQ(ev.provenance.at("/projects/0/name").line, 2);
  EXPECT_EQ(ev.provenance.at("/projects/1/executed").line, 5);
  EXPECT_EQ(ev.provenance.at("/projects/1/indicators/10/actual").line, 6);
}

}  // namespace
}  // namespace jixiao
