#include "sim/ensemble/replica.hpp"

namespace gwsim {

Scenario scenario_to_run(const ScenarioSource& source, std::optional<std::uint64_t> seed,
                         std::optional<std::uint64_t> replica)
{
  const std::uint64_t used = seed.value_or(source.medians().seed);
  if (replica && *replica < kFirstReplica) throw InputError("--replica: replicas are numbered from 1, found 0");
  Scenario s = replica ? source.replica(used, *replica) : source.medians();
  s.seed     = used;
  return s;
}

std::string draws_note(const ScenarioSource& source, std::uint64_t seed, std::optional<std::uint64_t> replica)
{
  const std::size_t n = source.uncertain_inputs().size();
  if (n == 0) return "";
  const std::string inputs = std::to_string(n) + (n == 1 ? " uncertain input" : " uncertain inputs");
  if (replica)
    return "replica " + std::to_string(*replica) + " of seed " + std::to_string(seed) + ": " + inputs +
           " drawn as `gwsim ensemble` draws them\n";
  return inputs + (n == 1 ? " at its median" : " at their medians") +
         " (`gwsim run --replica I` draws one replica, `gwsim ensemble` many)\n";
}

} // namespace gwsim
