#include "store/store_text.h"

#include <cstdio>
#include <ctime>

#include "base/clock.h"

namespace jixiao {

std::string JsonQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char escaped[8];
          std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
          out += escaped;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string StaleRevisionMessage(std::string_view who, int64_t at, int64_t revision) {
  return "该记录已被 " + std::string(who.empty() ? "他人" : who) + " 于 " + BeijingTimeText(at) +
         " 修改（当前第 " + std::to_string(revision) + " 版），请刷新后再改";
}

}  // namespace jixiao
