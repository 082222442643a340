#include "analysis/energy_use.hpp"

#include "analysis/buildout.hpp"

#include <map>
#include <string>

namespace gwsim {

EnergyUse::EnergyUse(const Scenario& scenario, const std::vector<InstallBatch>& batches)
{
  struct Facility {
    double pue;
    std::size_t region;
  };
  std::map<std::string, Facility> facility;
  for (const PhaseRef& ref : phase_refs(scenario))
    facility[phase_label(scenario, ref)] = {scenario.sites[ref.site].phases[ref.phase].pue,
                                            scenario.sites[ref.site].region};
  for (const InstallBatch& b : batches) {
    const auto it = facility.find(b.phase);
    if (it != facility.end())
      draws_.push_back({b.start, b.end, b.fleet.it_w * it->second.pue / 1e9, it->second.region});
  }
  for (const Region& r : scenario.regions)
    price_.push_back(r.price ? r.price->usd_per_mwh : 0.0);
}

double EnergyUse::gw_days(const Draw& d, double day)
{
  if (day <= d.from) return 0;
  if (d.to <= d.from) return d.gw * (day - d.from);
  const double span = d.to - d.from;
  if (day < d.to) return d.gw * (day - d.from) * (day - d.from) / (2 * span);
  return d.gw * (span / 2 + (day - d.to));
}

double EnergyUse::draw_gw(double day) const
{
  double gw = 0;
  for (const Draw& d : draws_)
    gw += day >= d.to ? d.gw : day <= d.from ? 0.0 : d.gw * (day - d.from) / (d.to - d.from);
  return gw;
}

double EnergyUse::energy_mwh(double day) const
{
  double gw_day = 0;
  for (const Draw& d : draws_)
    gw_day += gw_days(d, day);
  return gw_day * kMwhPerGwDay;
}

double EnergyUse::energy_mwh(std::size_t region, double day) const
{
  double gw_day = 0;
  for (const Draw& d : draws_)
    if (d.region == region) gw_day += gw_days(d, day);
  return gw_day * kMwhPerGwDay;
}

double EnergyUse::cost_usd(double day) const
{
  double usd = 0;
  for (const Draw& d : draws_)
    usd += gw_days(d, day) * kMwhPerGwDay * price_[d.region];
  return usd;
}

} // namespace gwsim
