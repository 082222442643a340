#include "sim/model/scenario.hpp"

#include <algorithm>

namespace gwsim {

bool uses_power_extensions(const Scenario& s)
{
  const bool regions = std::any_of(s.regions.begin(), s.regions.end(), [](const Region& r) {
    return r.queue.studies > 0 || r.queue.withdraw_after.has_value() || r.price.has_value() || !r.equipment.empty();
  });
  const bool sites =
      std::any_of(s.sites.begin(), s.sites.end(), [](const Site& site) { return site.onsite.has_value(); });
  return regions || sites || !s.transmission.empty();
}

} // namespace gwsim
