// The stored spellings of roles and year statuses: the only place they are written down.
#include <array>
#include <utility>

#include "store/repository.h"

namespace jixiao {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 3> kRoleNames = {{
    {Role::kAdmin, "admin"},
    {Role::kUnit, "unit"},
    {Role::kReviewer, "reviewer"},
}};

}  // namespace

std::string_view RoleName(Role role) {
  for (const auto& [value, name] : kRoleNames) {
    if (value == role) return name;
  }
  return "unit";
}

std::optional<Role> RoleFromName(std::string_view name) {
  for (const auto& [value, stored] : kRoleNames) {
    if (stored == name) return value;
  }
  return std::nullopt;
}

std::string_view YearStatusName(YearStatus status) {
  return status == YearStatus::kSubmitted ? "submitted" : "draft";
}

}  // namespace jixiao
