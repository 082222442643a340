#include "sim/engine/money/funding.hpp"

#include "sim/model/event.hpp"

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace {

// Amounts are sums of declared values; this absorbs their rounding when a budget exactly uses what is available.
constexpr double kUsdTolerance = 1e-3;

/** @brief The accelerator a phase's budget prices: its own `accelerator`, else the first product of the first supplier
 * with a lane to its region, else the first accelerator. */
const Accelerator& priced_product(const Scenario& s, const Site& site, const Phase& phase)
{
  if (phase.accelerator) return s.accelerators[*phase.accelerator];
  for (const Lane& lane : s.lanes) {
    if (lane.to != site.region) continue;
    const auto& products = s.suppliers[lane.from].product.steps;
    if (!products.empty()) return s.accelerators[static_cast<std::size_t>(products.front().value)];
  }
  return s.accelerators.front();
}

} // namespace

Funding::Funding(const Scenario& scenario)
{
  for (const Fund& fund : scenario.finance.funds) {
    FundState state{fund, fund.at ? std::max(0.0, static_cast<double>(*fund.at - scenario.start)) : 0.0, 0.0, {}};
    for (const auto& draw : fund.draws)
      state.draws.emplace_back(std::max(0.0, static_cast<double>(draw.from - scenario.start)), draw.value.usd);
    funds_.push_back(std::move(state));
  }
  for (const PhaseRef& ref : phase_refs(scenario)) {
    const Site& site          = scenario.sites[ref.site];
    const Phase& phase        = site.phases[ref.phase];
    const Accelerator& model  = priced_product(scenario, site, phase);
    const double accelerators = phase.it_power.watts / model.it_power.watts;
    budgets_.push_back(scenario.finance.facility.usd_per_watt * phase.it_power.watts + accelerators * model.price.usd);
  }
}

double Funding::owed(const FundState& f, double day, double whole_gw)
{
  if (!f.draws.empty()) {
    double sum = 0;
    for (const auto& [from, usd] : f.draws)
      if (day + kInstantWindowDays >= from) sum += usd;
    return sum;
  }
  if (day + kInstantWindowDays < f.start_day) return 0;
  return f.spec.per_gw_online ? std::min(f.spec.amount.usd, whole_gw * f.spec.per_gw_online->usd) : f.spec.amount.usd;
}

std::vector<Funding::Release> Funding::release(double day, double online_watts)
{
  std::vector<Release> out;
  const double whole_gw = std::floor(online_watts / 1e9 + 1e-9);
  for (std::size_t i = 0; i < funds_.size(); ++i) {
    FundState& f     = funds_[i];
    const double due = owed(f, day, whole_gw);
    if (due <= f.released + kUsdTolerance) continue;
    out.push_back({i, due - f.released});
    received_ += due - f.released;
    f.released = due;
  }
  return out;
}

void Funding::wait(std::size_t phase, double day)
{
  const auto before = [](const Waiting& a, const Waiting& b) { return queued_before(a.day, a.phase, b.day, b.phase); };
  const Waiting w{day, phase};
  waiting_.insert(std::upper_bound(waiting_.begin(), waiting_.end(), w, before), w);
}

std::vector<std::size_t> Funding::commit()
{
  std::vector<std::size_t> funded;
  std::size_t served = 0;
  while (served < waiting_.size() && budgets_[waiting_[served].phase] <= available() + kUsdTolerance) {
    committed_ += budgets_[waiting_[served].phase];
    funded.push_back(waiting_[served].phase);
    ++served;
  }
  waiting_.erase(waiting_.begin(), waiting_.begin() + static_cast<std::ptrdiff_t>(served));
  return funded;
}

} // namespace gwsim
