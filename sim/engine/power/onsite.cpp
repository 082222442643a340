#include "sim/engine/power/onsite.hpp"

#include "sim/engine/power/equipment_draw.hpp"
#include "sim/engine/world.hpp"

namespace gwsim {
namespace {
// Powers are sums of declared values; this absorbs rounding when phases exactly fill the onsite power.
constexpr double kWattTolerance = 1e-3;

double grid_watts(const PhaseState& phase)
{
  return phase.spec->it_power.watts * phase.spec->pue;
}
} // namespace

void order_onsite(World& world, std::size_t site_index, double now)
{
  const Site& site        = world.scenario.sites[site_index];
  OnsiteGeneration& state = world.sites[site_index].onsite;
  if (!site.onsite || state.ordered()) return;
  state.ready_day  = now + site.onsite->lead.days;
  state.free_watts = site.onsite->power.watts;
  world.record(EventKind::onsite_ordered, site.name, world.no_subject, site.onsite->power.gw());
  world.post_closing(state.ready_day);
}

void release_onsite(World& world, std::size_t phase_index)
{
  PhaseState& phase = world.phases[phase_index];
  if (!phase.onsite) return;
  phase.onsite = false;
  world.sites[phase.ref.site].onsite.free_watts += grid_watts(phase);
  world.record(EventKind::onsite_released, phase.label, world.scenario.sites[phase.ref.site].name,
               grid_watts(phase) / 1e9);
}

bool decide_onsite(World& world, double day)
{
  bool drew = false;
  for (std::size_t s = 0; s < world.sites.size(); ++s) {
    OnsiteGeneration& onsite = world.sites[s].onsite;
    if (!onsite.ordered() || onsite.ready_day > day + kInstantWindowDays) continue;
    const Site& site = world.scenario.sites[s];
    if (!onsite.equipped) {
      // Its turbines come out of the stock when it is ready; if they are not made yet, it waits for them.
      if (!draw_equipment(world, site.onsite->equipment, site.onsite->power.watts, day, site.name)) continue;
      onsite.equipped = true;
    }
    for (std::size_t index : world.sites[s].phases) {
      PhaseState& phase = world.phases[index];
      if (!phase.built || phase.granted || phase.onsite || phase.drew_onsite) continue;
      const double need = grid_watts(phase);
      if (need > onsite.free_watts + kWattTolerance) continue;
      onsite.free_watts -= need;
      phase.onsite      = true;
      phase.drew_onsite = true;
      world.record(EventKind::onsite_energized, phase.label, world.scenario.sites[s].name, need / 1e9);
      world.tell_site_of(index, World::News::grant);
      drew = true;
    }
  }
  return drew;
}

} // namespace gwsim
