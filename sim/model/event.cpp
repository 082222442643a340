#include "sim/model/event.hpp"

#include <array>
#include <utility>

namespace gwsim {
namespace {
constexpr std::array<std::pair<EventKind, const char*>, 23> kNames{{
    {EventKind::build_start, "build_start"},
    {EventKind::order, "order"},
    {EventKind::power_requested, "power_requested"},
    {EventKind::build_end, "build_end"},
    {EventKind::power_granted, "power_granted"},
    {EventKind::energized, "energized"},
    {EventKind::lot, "lot"},
    {EventKind::forgone, "forgone"},
    {EventKind::shipped, "shipped"},
    {EventKind::delivered, "delivered"},
    {EventKind::install_start, "install_start"},
    {EventKind::installed, "installed"},
    {EventKind::complete, "complete"},
    {EventKind::funds_received, "funds_received"},
    {EventKind::funds_committed, "funds_committed"},
    {EventKind::paid, "paid"},
    {EventKind::study_start, "study_start"},
    {EventKind::power_withdrawn, "power_withdrawn"},
    {EventKind::onsite_ordered, "onsite_ordered"},
    {EventKind::onsite_energized, "onsite_energized"},
    {EventKind::onsite_released, "onsite_released"},
    {EventKind::power_imported, "power_imported"},
    {EventKind::equipment_drawn, "equipment_drawn"},
}};
} // namespace

const char* event_name(EventKind kind)
{
  for (const auto& [k, name] : kNames)
    if (k == kind) return name;
  return "unknown";
}

std::optional<EventKind> event_kind_of(const std::string& name)
{
  for (const auto& [k, n] : kNames)
    if (name == n) return k;
  return std::nullopt;
}

} // namespace gwsim
