// JSON trees written as text, byte for byte as nlohmann's dump(indent, ' ', false,
// error_handler_t::replace) writes them, in a fraction of its instructions: plain UTF-8 runs are
// copied whole instead of being decoded a byte at a time. Strings that are not well-formed
// UTF-8 and floating-point numbers are left to nlohmann itself.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace jixiao {

// Appends `value` to `out`: compact when `indent` < 0, else pretty with `indent` spaces a level.
void AppendJsonText(std::string& out, const nlohmann::ordered_json& value, int indent = -1);
std::string JsonText(const nlohmann::ordered_json& value, int indent = -1);

// Whether `text` is well-formed UTF-8 (as nlohmann's decoder accepts it: no overlong forms,
// surrogates or code points past U+10FFFF).
bool IsWellFormedUtf8(std::string_view text);

// Whether nlohmann's strict dump() of `value` would succeed and reading that text back would
// give `value` again: every string and key well-formed UTF-8, every number finite.
bool RoundTripsAsText(const nlohmann::ordered_json& value);

}  // namespace jixiao
