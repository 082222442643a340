#include "analysis/buildout.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace gwsim {

std::vector<InstallBatch> install_batches(const Scenario& scenario, const EventRecord& events,
                                          const ProductCatalog& products)
{
  std::map<std::string, const Phase*> phase_of;
  for (const PhaseRef& ref : phase_refs(scenario))
    phase_of[phase_label(scenario, ref)] = &scenario.sites[ref.site].phases[ref.phase];

  std::vector<InstallBatch> batches;
  // The open batch of each (phase, product); a phase installs one batch at a time.
  std::map<std::pair<std::string, std::string>, std::size_t> open;
  for (const Event& e : events) {
    if (e.kind != EventKind::install_start && e.kind != EventKind::installed) continue;
    const auto key = std::make_pair(e.actor, e.subject);
    if (e.kind == EventKind::install_start) {
      batches.push_back({e.day, e.day, products.fleet(e.subject, e.quantity), e.actor, e.subject});
      open[key] = batches.size() - 1;
    } else if (auto it = open.find(key); it != open.end()) {
      batches[it->second].end = e.day;
      open.erase(it);
    }
  }
  // Batches cut by the horizon: the installer would have finished them at its rate.
  for (const auto& [key, i] : open) {
    auto phase = phase_of.find(key.first);
    if (phase != phase_of.end() && phase->second->install && phase->second->install->per_day > 0)
      batches[i].end = batches[i].start + batches[i].fleet.units / phase->second->install->per_day;
  }
  return batches;
}

double BuildoutState::waiting_accelerators() const
{
  return std::round(delivered_accelerators) - std::round(online_accelerators);
}

double BuildoutState::online_in(Demand::Unit unit) const
{
  switch (unit) {
  case Demand::Unit::gw:
    return online_gw;
  case Demand::Unit::accelerators:
    return online_accelerators;
  case Demand::Unit::pflops:
    return online_pflops;
  }
  return online_gw;
}

Buildout::Buildout(const Scenario& scenario, const EventRecord& events, const ProductCatalog& products,
                   const std::vector<PhaseFacts>& phases)
{
  std::vector<Ramp> online_gw;
  std::vector<Ramp> online_units;
  std::vector<Ramp> online_pflops;
  // Each product's accelerators delivered and online, for waiting_usd.
  std::map<std::string, std::pair<std::vector<Ramp>, std::vector<Ramp>>> product_ramps;
  const std::vector<InstallBatch> batches = install_batches(scenario, events, products);
  energy_                                 = EnergyUse(scenario, batches);
  for (const InstallBatch& b : batches) {
    online_gw.push_back({b.start, b.end, b.fleet.it_w / 1e9});
    online_units.push_back({b.start, b.end, b.fleet.units});
    online_pflops.push_back({b.start, b.end, b.fleet.pflops});
    product_ramps[b.product].second.push_back({b.start, b.end, b.fleet.units});
  }

  std::vector<Ramp> delivered;
  std::vector<Ramp> energized;
  std::vector<Ramp> requested;
  std::vector<Ramp> capex;
  std::vector<Ramp> received;
  std::vector<Ramp> committed;
  const std::vector<std::string> investors = circular_investors(scenario);
  std::vector<std::vector<Ramp>> invested(investors.size());
  std::vector<std::vector<Ramp>> paid(investors.size());
  const auto investor_index = [&investors](const std::string& name) {
    return static_cast<std::size_t>(std::find(investors.begin(), investors.end(), name) - investors.begin());
  };
  for (const Event& e : events) {
    if (e.kind == EventKind::delivered) {
      const Fleet f = products.fleet(e.subject, e.quantity);
      delivered.push_back({e.day, e.day, f.units});
      product_ramps[e.subject].first.push_back({e.day, e.day, f.units});
      capex.push_back({e.day, e.day, f.usd});
    } else if (e.kind == EventKind::energized) {
      energized.push_back({e.day, e.day, e.quantity});
    } else if (e.kind == EventKind::power_requested) {
      requested.push_back({e.day, e.day, e.quantity});
    } else if (e.kind == EventKind::funds_received) {
      received.push_back({e.day, e.day, e.quantity});
      if (const std::size_t i = investor_index(e.subject); i < investors.size())
        invested[i].push_back({e.day, e.day, e.quantity});
    } else if (e.kind == EventKind::funds_committed) {
      committed.push_back({e.day, e.day, e.quantity});
    } else if (e.kind == EventKind::paid) {
      if (const std::size_t i = investor_index(e.actor); i < investors.size())
        paid[i].push_back({e.day, e.day, e.quantity});
    }
  }

  std::vector<Ramp> building;
  for (const PhaseFacts& f : phases) {
    if (!f.started()) continue;
    building.push_back({f.build_start, f.build_start, f.it_w / 1e9});
    building.push_back({f.build_end, f.build_end, -f.it_w / 1e9});
    // Spent evenly over [T_s, T_c]; a zero build is a step at T_s, which Ramp already makes of it.
    capex.push_back({f.build_start, f.build_end, scenario.finance.facility.usd_per_watt * f.it_w});
  }

  online_gw_              = PiecewiseLinear(online_gw);
  online_accelerators_    = PiecewiseLinear(online_units);
  online_pflops_          = PiecewiseLinear(online_pflops);
  delivered_accelerators_ = PiecewiseLinear(delivered);
  energized_gw_           = PiecewiseLinear(energized);
  requested_gw_           = PiecewiseLinear(requested);
  building_gw_            = PiecewiseLinear(building);
  capex_usd_              = PiecewiseLinear(capex);
  funds_received_usd_     = PiecewiseLinear(received);
  funds_committed_usd_    = PiecewiseLinear(committed);
  for (std::size_t i = 0; i < investors.size(); ++i) {
    invested_usd_.emplace_back(invested[i]);
    paid_usd_.emplace_back(paid[i]);
  }
  for (const auto& [name, ramps] : product_ramps)
    by_product_.push_back({products.at(name).price.usd, PiecewiseLinear(ramps.first), PiecewiseLinear(ramps.second)});
}

BuildoutState Buildout::at(double day) const
{
  BuildoutState s;
  s.online_gw              = online_gw_.at(day);
  s.online_accelerators    = online_accelerators_.at(day);
  s.online_pflops          = online_pflops_.at(day);
  s.delivered_accelerators = delivered_accelerators_.at(day);
  s.energized_gw           = energized_gw_.at(day);
  s.requested_gw           = requested_gw_.at(day);
  s.building_gw            = building_gw_.at(day);
  s.capex_usd              = capex_usd_.at(day);
  s.funds_received_usd     = funds_received_usd_.at(day);
  s.funds_committed_usd    = funds_committed_usd_.at(day);
  s.draw_gw                = energy_.draw_gw(day);
  s.energy_mwh             = energy_.energy_mwh(day);
  s.energy_cost_usd        = energy_.cost_usd(day);
  for (const ProductCounts& p : by_product_)
    s.waiting_usd += p.price_usd * (std::round(p.delivered.at(day)) - std::round(p.online.at(day)));
  for (std::size_t i = 0; i < invested_usd_.size(); ++i) {
    const double invested = invested_usd_[i].at(day);
    s.circularity.push_back(invested > 0 ? paid_usd_[i].at(day) / invested : 0.0);
  }
  return s;
}

std::vector<std::string> circular_investors(const Scenario& scenario)
{
  std::vector<std::string> investors;
  for (const Fund& fund : scenario.finance.funds) {
    const bool supplier = std::any_of(scenario.suppliers.begin(), scenario.suppliers.end(),
                                      [&fund](const Supplier& s) { return s.name == fund.from; });
    if (supplier && std::find(investors.begin(), investors.end(), fund.from) == investors.end())
      investors.push_back(fund.from);
  }
  return investors;
}

} // namespace gwsim
