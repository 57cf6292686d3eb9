#include "format/json_text.h"

#include <array>
#include <charconv>
#include <cmath>

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

// The length of the well-formed UTF-8 sequence at `p` (a lead byte >= 0x80), 0 when there is none.
std::size_t MultiByteLength(const unsigned char* p, const unsigned char* end) {
  const unsigned char lead = p[0];
  const std::size_t left = static_cast<std::size_t>(end - p);
  auto tail = [](unsigned char c) { return c >= 0x80 && c <= 0xBF; };
  if (lead >= 0xC2 && lead <= 0xDF) return left >= 2 && tail(p[1]) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (left < 3 || !tail(p[2])) return 0;
    const unsigned char lo = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = lead == 0xED ? 0x9F : 0xBF;
    return p[1] >= lo && p[1] <= hi ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (left < 4 || !tail(p[2]) || !tail(p[3])) return 0;
    const unsigned char lo = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = lead == 0xF4 ? 0x8F : 0xBF;
    return p[1] >= lo && p[1] <= hi ? 4 : 0;
  }
  return 0;
}

// What nlohmann writes for a string that is not well-formed UTF-8 (U+FFFD in place of bad bytes).
void AppendByNlohmann(std::string& out, const std::string& text) {
  out += Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// The bytes a JSON string escapes: control characters, the quotation mark and the backslash.
constexpr auto kEscaped = [] {
  std::array<bool, 128> escaped{};
  for (int c = 0; c < 0x20; ++c) escaped[c] = true;
  escaped['"'] = escaped['\\'] = true;
  return escaped;
}();

// Whether `p` starts the common three-byte form of the CJK text (lead E1..EC or EE..EF, two
// continuation bytes): well-formed whatever its continuation bytes' values.
bool PlainThreeBytes(const unsigned char* p, const unsigned char* end) {
  return end - p >= 3 && p[0] >= 0xE1 && p[0] <= 0xEF && p[0] != 0xED && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80;
}

// One pass: runs that need no escape are copied whole; the first ill-formed byte undoes the
// string and leaves it to nlohmann.
void AppendString(std::string& out, const std::string& text) {
  const std::size_t start = out.size();
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  const auto* run = p;  // start of the bytes copied as they are
  out += '"';
  while (p != end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      if (!kEscaped[c]) {
        ++p;
        continue;
      }
      out.append(reinterpret_cast<const char*>(run), p - run);
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case 0x08: out += "\\b"; break;
        case 0x09: out += "\\t"; break;
        case 0x0A: out += "\\n"; break;
        case 0x0C: out += "\\f"; break;
        case 0x0D: out += "\\r"; break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char escaped[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
          out.append(escaped, 6);
        }
      }
      run = ++p;
      continue;
    }
    if (PlainThreeBytes(p, end)) {
      p += 3;
      continue;
    }
    const std::size_t length = MultiByteLength(p, end);
    if (length == 0) {
      out.resize(start);
      return AppendByNlohmann(out, text);
    }
    p += length;
  }
  out.append(reinterpret_cast<const char*>(run), end - run);
  out += '"';
}

template <typename T>
void AppendInteger(std::string& out, T value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void Indent(std::string& out, int spaces) { out.append(static_cast<std::size_t>(spaces), ' '); }

void Append(std::string& out, const Json& value, int indent, int current) {
  switch (value.type()) {
    case Json::value_t::object: {
      const auto& object = value.get_ref<const Json::object_t&>();
      if (object.empty()) {
        out += "{}";
        return;
      }
      if (indent < 0) {
        out += '{';
        bool first = true;
        for (const auto& [key, member] : object) {
          if (!first) out += ',';
          first = false;
          AppendString(out, key);
          out += ':';
          Append(out, member, indent, current);
        }
        out += '}';
        return;
      }
      const int inner = current + indent;
      out += "{\n";
      bool first = true;
      for (const auto& [key, member] : object) {
        if (!first) out += ",\n";
        first = false;
        Indent(out, inner);
        AppendString(out, key);
        out += ": ";
        Append(out, member, indent, inner);
      }
      out += '\n';
      Indent(out, current);
      out += '}';
      return;
    }
    case Json::value_t::array: {
      const auto& array = value.get_ref<const Json::array_t&>();
      if (array.empty()) {
        out += "[]";
        return;
      }
      if (indent < 0) {
        out += '[';
        bool first = true;
        for (const auto& element : array) {
          if (!first) out += ',';
          first = false;
          Append(out, element, indent, current);
        }
        out += ']';
        return;
      }
      const int inner = current + indent;
      out += "[\n";
      bool first = true;
      for (const auto& element : array) {
        if (!first) out += ",\n";
        first = false;
        Indent(out, inner);
        Append(out, element, indent, inner);
      }
      out += '\n';
      Indent(out, current);
      out += ']';
      return;
    }
    case Json::value_t::string: AppendString(out, value.get_ref<const std::string&>()); return;
    case Json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; return;
    case Json::value_t::number_integer: AppendInteger(out, value.get<Json::number_integer_t>()); return;
    case Json::value_t::number_unsigned: AppendInteger(out, value.get<Json::number_unsigned_t>()); return;
    case Json::value_t::null: out += "null"; return;
    default:  // floating point (nlohmann's own shortest form), binary, discarded
      out += value.dump(indent, ' ', false, Json::error_handler_t::replace);
      return;
  }
}

}  // namespace

bool IsWellFormedUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p != end) {
    if (*p < 0x80) {
      ++p;
      continue;
    }
    if (PlainThreeBytes(p, end)) {
      p += 3;
      continue;
    }
    const std::size_t length = MultiByteLength(p, end);
    if (length == 0) return false;
    p += length;
  }
  return true;
}

void AppendJsonText(std::string& out, const Json& value, int indent) {
  if (value.is_structured()) out.reserve(out.size() + 4096);  // then doubled as it grows
  Append(out, value, indent, 0);
}

std::string JsonText(const Json& value, int indent) {
  std::string out;
  AppendJsonText(out, value, indent);
  return out;
}

bool RoundTripsAsText(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object:
      for (const auto& [key, member] : value.get_ref<const Json::object_t&>()) {
        if (!IsWellFormedUtf8(key) || !RoundTripsAsText(member)) return false;
      }
      return true;
    case Json::value_t::array:
      for (const auto& element : value.get_ref<const Json::array_t&>()) {
        if (!RoundTripsAsText(element)) return false;
      }
      return true;
    case Json::value_t::string: return IsWellFormedUtf8(value.get_ref<const std::string&>());
    case Json::value_t::number_float: return std::isfinite(value.get<double>());
    case Json::value_t::binary:
    case Json::value_t::discarded: return false;
    default: return true;
  }
}

}  // namespace jixiao
