#include "sim/model/scenario.hpp"

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

} // namespace gwsim
