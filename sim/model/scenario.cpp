#include "sim/model/scenario.hpp"

#include <algorithm>

namespace gwsim {

std::vector<PhaseRef> phase_refs(const Scenario& s)
{
  std::vector<PhaseRef> refs;
  for (std::size_t i = 0; i < s.sites.size(); ++i)
    for (std::size_t j = 0; j < s.sites[i].phases.size(); ++j)
      refs.push_back({i, j});
  return refs;
}

std::string phase_label(const Scenario& s, PhaseRef ref)
{
  return s.sites[ref.site].name + "/" + s.sites[ref.site].phases[ref.phase].name;
}

bool prices_accelerators(const Scenario& s)
{
  return std::any_of(s.accelerators.begin(), s.accelerators.end(), [](const Accelerator& a) { return a.price_given; });
}

} // namespace gwsim
