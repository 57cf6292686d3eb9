// The file commands of jixiao (audit, score, extract, report, rules, profile): argument
// parsing and dispatch. Returns the process exit status; never throws.
#pragma once

namespace jixiao::cli {

int RunCommandLine(int argc, char** argv);

}  // namespace jixiao::cli
