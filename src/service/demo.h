// Demo data for a first look at the web system: the example department (黔南州自然资源局) with
// its 2022 report imported, a few generated units with submitted and draft years, and demo
// logins for every role. Loaded once into an empty store; a store with units is left alone.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "service/workspace.h"

namespace jixiao {

struct DemoLogin {
  std::string login;
  std::string password;
  std::string who;  // "单位填报人 · 黔南州自然资源局"
};

// The demo logins (the same whether or not this call loaded anything).
std::vector<DemoLogin> DemoLogins();

// Loads the demo into `workspace`'s store when it has no units; `example_report` is the text
// of tests/fixtures/reports/qiannan-natural-resources-2022.txt. `county_region` adds the 30
// county units of the 2025 cycle (reviewed, published, rectifying); the request fuzzer leaves it
// out to start fast. Returns whether it loaded.
Result<bool> LoadDemo(Workspace& workspace, const std::string& example_report, bool county_region = true);

}  // namespace jixiao
