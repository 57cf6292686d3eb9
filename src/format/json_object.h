// JSON objects built in place for the writers of src/format: room reserved for the members, and
// each member appended in the writer's order (known to be new: no search, no copy).
#pragma once

#include <cstddef>
#include <utility>

#include <nlohmann/json.hpp>

namespace jixiao::json_object {

// An empty object with room for `members`.
inline nlohmann::ordered_json Object(std::size_t members) {
  nlohmann::ordered_json out(nlohmann::ordered_json::value_t::object);
  out.get_ref<nlohmann::ordered_json::object_t&>().reserve(members);
  return out;
}

// Appends a member the object does not have yet.
inline void Put(nlohmann::ordered_json& object, const char* key, nlohmann::ordered_json value) {
  object.get_ref<nlohmann::ordered_json::object_t&>().emplace_back(key, std::move(value));
}

}  // namespace jixiao::json_object
