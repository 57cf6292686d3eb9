// Internal to render/: an in-memory ZIP archive (libzip) for OOXML packages. Entries are
// stored in the order added; the archive bytes are owned by the caller.
#pragma once

#include <deque>
#include <string>
#include <utility>

#include "base/result.h"

namespace jixiao::zip {

class Archive {
 public:
  void Add(std::string name, std::string content) { entries_.emplace_back(std::move(name), std::move(content)); }
  Result<std::string> Bytes() const;  // deflated archive

 private:
  std::deque<std::pair<std::string, std::string>> entries_;
};

}  // namespace jixiao::zip
