/* Synthetic scenarios of any size, for benchmarks, scale tests and fuzzing seeds. */
#ifndef GWSIM_SIM_GENERATOR_HPP
#define GWSIM_SIM_GENERATOR_HPP

#include <cstdint>
#include <string>

namespace gwsim {

/** @brief The shape of a synthetic scenario. */
struct GeneratorSpec {
  int sites          = 100;
  int phases         = 5; // per site
  int suppliers      = 4;
  int regions        = 5;
  int years          = 10;
  std::uint64_t seed = 1;
  int stages         = 0; // a supply chain of this many stages (0: none; else at least 2)
};

/** @brief A valid scenario of that shape as YAML text; the same spec always gives the same text. Throws
 * std::invalid_argument when a count is out of range (sites, phases, suppliers, regions, years ≥ 1; stages 0 or ≥ 2).
 * With stages: a line of stages, each the input of the next (wafers to packaging), the last-but-one packaged per
 * accelerator, and the last (memory) beside it, sized to about what the suppliers could make. */
std::string generate_scenario(const GeneratorSpec& spec);

} // namespace gwsim

#endif
