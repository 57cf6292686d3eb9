// What every use case reads: a source is a name and its bytes, never a path to open. The
// front end (the CLI from disk, the server from an upload) makes it and hands it over; a use
// case taking a ReportSource&& frees the bytes as soon as it has read them.
#pragma once

#include <string>

namespace jixiao {

struct ReportSource {
  std::string name;   // how messages and summaries name it, e.g. the path the user gave
  std::string bytes;  // the file's content
};

}  // namespace jixiao
