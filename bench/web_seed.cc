// Seeds a store for the web load benchmark (bench/web-load.sh) straight through the Repository:
// UNITS units, each with one unit user, one draft year of PROJECTS projects (three indicators
// each, two department indicators) and a logged-in session with a known token, plus one
// reviewer session. No argon2 per user: every user shares one password hash, computed once.
//
// Tokens (64 characters, as Workspace::Authenticate wants; stored as their SHA-256 hex):
//   unit user of unit id N: cookie token "a" + N zero-padded to 63 digits, CSRF "c" + the same
//   reviewer:               cookie token 64 × "f", CSRF 64 × "e"
// Prints "units FIRST LAST" (the unit ids) and "year Y" on success.
//
// Usage: web_seed DB_URL [UNITS=2000] [PROJECTS=20] [YEAR=2024]
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "format/evaluation_json.h"
#include "service/credentials.h"
#include "store/repository.h"

namespace {

using Json = nlohmann::ordered_json;
using jixiao::Change;

std::string Padded(char lead, int64_t id) {
  char text[80];
  std::snprintf(text, sizeof text, "%c%063lld", lead, static_cast<long long>(id));
  return text;
}

std::string Yuan(long long hundreds) { return std::to_string(hundreds * 100); }

Json Indicator(const char* level1, const char* level2, const std::string& name, int target, int actual,
               const char* unit, const char* weight) {
  return {{"level1", level1}, {"level2", level2}, {"name", name}, {"comparator", ">="},
          {"target", std::to_string(target)}, {"actual", std::to_string(actual)}, {"unit", unit},
          {"weight", weight}, {"qualitative", false}};
}

// A department-year like the demo's generated ones, with `projects` projects; `seed` varies the figures.
Json Document(const std::string& unit_name, int year, int projects, int seed) {
  static const char* kNames[] = {"信息化运维", "业务培训", "专项工作经费", "设施设备购置", "宣传与服务"};
  Json list = Json::array();
  long long budget_sum = 0, executed_sum = 0;
  for (int i = 0; i < projects; ++i) {
    const int k = seed * 7 + year * 3 + i * 5;
    const long long budget = 1000 + (k % 17) * 450;
    const long long executed = budget * (70 + (k * 13) % 31) / 100;
    budget_sum += budget;
    executed_sum += executed;
    const int target = 20 + (k % 9) * 10;
    list.push_back(
        {{"name", std::string(kNames[(seed + i) % 5]) + "项目" + std::to_string(i + 1)},
         {"level", "own"},
         {"budget", {{"total", Yuan(budget)}, {"fiscal", Yuan(budget)}, {"other", "0"}}},
         {"executed", Yuan(executed)},
         {"implementation", "按年度计划组织实施，完成了全部既定任务。"},
         {"benefits", "服务对象获得感提升。"},
         {"satisfaction", {{"subject", "服务对象"}, {"comparator", ">="}, {"stated", std::to_string(85 + k % 12)}}},
         {"indicators",
          Json::array({Indicator("产出指标", "数量指标", "完成工作任务", target, target * (80 + (k * 7) % 25) / 100, "项", "40"),
                       Indicator("效益指标", "社会效益指标", "服务覆盖率", 90, 80 + k % 20, "%", "30"),
                       Indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", 90, 85 + k % 12, "%", "20")})}});
  }
  return {{"format", "jixiao.evaluation/1"},
          {"unit", {{"name", unit_name}}},
          {"year", year},
          {"functions", Json::array({"贯彻执行国家和省、州有关方针政策", "负责本行业发展规划和监督管理"})},
          {"funds", {{"budget_total", Yuan(budget_sum)}, {"executed_total", Yuan(executed_sum)}}},
          {"projects", list},
          {"department_indicators",
           Json::array({Indicator("产出指标", "数量指标", "重点工作完成数", 10, 9, "项", "10"),
                        Indicator("效益指标", "社会效益指标", "群众满意度", 90, 92, "%", "10")})},
          {"next_steps", Json::array({"加快预算执行进度", "完善绩效指标，提高指标的可衡量性"})}};
}

int Die(const std::string& what, const jixiao::Error& error) {
  std::cerr << "web_seed: " << what << ": " << error.message << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: web_seed DB_URL [UNITS] [PROJECTS] [YEAR]\n";
    return 2;
  }
  const int units = argc > 2 ? std::atoi(argv[2]) : 2000;
  const int projects = argc > 3 ? std::atoi(argv[3]) : 20;
  const int year = argc > 4 ? std::atoi(argv[4]) : 2024;
  auto repository = jixiao::OpenRepository(argv[1]);
  if (!repository) return Die("open", repository.error());
  jixiao::Repository& store = **repository;
  const int64_t now = std::time(nullptr);
  const Change change{"system", "", now};
  auto hash = jixiao::HashPassword("bench-password-2026");
  if (!hash) return Die("hash", hash.error());

  jixiao::UserRecord reviewer;
  reviewer.login = "bench-reviewer", reviewer.name = "压测复核人", reviewer.role = jixiao::Role::kReviewer;
  reviewer.password_hash = *hash;
  auto added_reviewer = store.AddUser(reviewer, change);
  if (!added_reviewer) return Die("reviewer", added_reviewer.error());
  if (auto s = store.CreateSession({jixiao::Sha256Hex(std::string(64, 'f')), added_reviewer->id, std::string(64, 'e'), now, now}); !s) {
    return Die("reviewer session", s.error());
  }
  int64_t first = 0, last = 0;
  for (int i = 0; i < units; ++i) {
    char name[64];
    std::snprintf(name, sizeof name, "压测单位%04d", i + 1);
    auto unit = store.AddUnit({0, name, "", "压测"}, change);
    if (!unit) return Die("unit", unit.error());
    if (i == 0) first = unit->id;
    last = unit->id;
    jixiao::UserRecord user;
    user.login = "bench" + std::to_string(unit->id), user.name = "填报人", user.role = jixiao::Role::kUnit;
    user.unit_id = unit->id, user.password_hash = *hash;
    auto added = store.AddUser(user, change);
    if (!added) return Die("user", added.error());
    if (auto s = store.CreateSession({jixiao::Sha256Hex(Padded('a', unit->id)), added->id, Padded('c', unit->id), now, now}); !s) {
      return Die("session", s.error());
    }
    // Written as CreateYear writes it: parsed, then in the codec's canonical form.
    auto evaluation = jixiao::ParseEvaluationJson(Document(name, year, projects, i).dump(), "seed");
    if (!evaluation) return Die("document", evaluation.error());
    jixiao::DraftRecord draft;
    draft.unit_id = unit->id;
    draft.year = year;
    draft.document = jixiao::WriteEvaluationJson(*evaluation);
    draft.explanations = "{}";
    if (auto d = store.CreateDraft(draft, change); !d) return Die("draft", d.error());
  }
  std::cout << "units " << first << " " << last << "\nyear " << year << "\n";
  return 0;
}
