// Text the store writes for people and for the audit log: conflict messages (times in Beijing time), JSON string quoting
// and the Chinese conflict messages. Pure functions returning caller-owned strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace jixiao {


// `text` as a JSON string literal, quotes included.
std::string JsonQuote(std::string_view text);

// "该记录已被 wangfang 于 2026-11-25 22:03:05 修改（当前第 7 版），请刷新后再改" (Beijing time)
std::string StaleRevisionMessage(std::string_view who, int64_t at, int64_t revision);

}  // namespace jixiao
