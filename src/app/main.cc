// jixiao: one program for both front ends. `jixiao serve …` and `jixiao user …` run the web
// system (server/); every other command is a file command (cli/).
#include <cstring>

#include "cli/command_line.h"
#include "server/serve.h"

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "serve") == 0) return jixiao::RunServeCommand(argc - 1, argv + 1);
  if (argc > 1 && std::strcmp(argv[1], "user") == 0) return jixiao::RunUserCommand(argc - 1, argv + 1);
  return jixiao::cli::RunCommandLine(argc, argv);
}
