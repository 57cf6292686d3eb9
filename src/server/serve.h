// `jixiao serve` and `jixiao user add`: open the store (SQLite under --data, or --db), load the
// demo when asked, and serve the web system on 127.0.0.1 by default until SIGINT or SIGTERM;
// or add a user from the command line. Both parse their own arguments and return an exit status.
#pragma once

namespace jixiao {

int RunServeCommand(int argc, char** argv);
int RunUserCommand(int argc, char** argv);

}  // namespace jixiao
