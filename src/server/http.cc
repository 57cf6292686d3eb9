#include "server/http.h"

namespace jixiao {

std::string HttpRequest::Param(const std::string& name) const {
  auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

bool HttpRequest::HasParam(const std::string& name) const { return params.contains(name); }

std::string HttpRequest::Header(const std::string& lower_name) const {
  auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

std::string HttpRequest::Cookie(const std::string& name) const {
  const std::string all = Header("cookie");
  std::size_t start = 0;
  while (start < all.size()) {
    std::size_t end = all.find(';', start);
    if (end == std::string::npos) end = all.size();
    std::string pair = all.substr(start, end - start);
    const auto first = pair.find_first_not_of(' ');
    if (first != std::string::npos) pair.erase(0, first);
    if (pair.size() > name.size() && pair.compare(0, name.size(), name) == 0 && pair[name.size()] == '=') {
      return pair.substr(name.size() + 1);
    }
    start = end + 1;
  }
  return "";
}

}  // namespace jixiao
