// The stored spellings of roles, year statuses, decisions and rectification statuses: the only place they are written down.
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

std::string_view DecisionName(Decision decision) {
  return decision == Decision::kReturned ? "returned" : "passed";
}

std::string_view DepartmentOutcomeName(DepartmentOutcome outcome) {
  return outcome == DepartmentOutcome::kReturned ? "returned" : "forwarded";
}

namespace {

constexpr std::array<std::pair<RectificationStatus, std::string_view>, 4> kRectificationNames = {{
    {RectificationStatus::kOpen, "open"},
    {RectificationStatus::kInProgress, "in_progress"},
    {RectificationStatus::kToVerify, "to_verify"},
    {RectificationStatus::kClosed, "closed"},
}};

}  // namespace

std::string_view RectificationStatusName(RectificationStatus status) {
  for (const auto& [value, name] : kRectificationNames) {
    if (value == status) return name;
  }
  return "open";
}

bool RectificationStatusFromName(std::string_view name, RectificationStatus& status) {
  for (const auto& [value, stored] : kRectificationNames) {
    if (stored == name) {
      status = value;
      return true;
    }
  }
  return false;
}

std::string_view YearStatusName(YearStatus status) {
  return status == YearStatus::kSubmitted ? "submitted" : "draft";
}

}  // namespace jixiao
