/* The uncertain inputs of a scenario and the draws of one reading of it: `gwsim run` reads every distribution at its
 * median, replica I of an ensemble at quantiles that depend only on (seed, I). A replica is the scenario read again
 * with its draws: the loaded Scenario holds plain values, and sim/model never sees a distribution. */
#ifndef GWSIM_SIM_LOAD_UNCERTAINTY_HPP
#define GWSIM_SIM_LOAD_UNCERTAINTY_HPP

#include "sim/load/distribution.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace gwsim {

/** @brief One value of the scenario given as a distribution: where it is (its key path), how it is distributed, and
 * its `group` (empty: drawn alone). */
struct UncertainInput {
  std::string path;
  Distribution distribution;
  std::string group;
};

/** @brief The stream an input draws from: `group:NAME` for an input of a group (shared), `path:KEY.PATH` otherwise. */
std::string stream_of(const UncertainInput& input);

/** @brief Which quantile each uncertain input takes in one reading of a scenario. */
class Draws {
 public:
  /** @brief Every input at its median (`gwsim run`). */
  static Draws medians() { return Draws(); }
  /** @brief Replica `index` of an ensemble of seed `seed`. */
  static Draws replica(std::uint64_t seed, std::uint64_t index);
  /** @brief The inputs of `stream` at quantile `u`, every other at its median (`gwsim sensitivity`). */
  static Draws swing(std::string stream, double u);

  /** @brief The quantile in (0, 1) of `input`: 0.5 for medians; for a replica, a uniform draw from a std::mt19937_64
   * seeded by a hash of (seed, index, the input's group or else its key path), so inputs of one group share it. */
  double quantile_of(const UncertainInput& input) const;

 private:
  bool medians_ = true;
  std::string swung_; // with medians_: the stream at swing_quantile_
  double swing_quantile_ = 0.5;
  std::uint64_t seed_    = 0;
  std::uint64_t index_   = 0;
};

/** @brief One reading's draws and the uncertain inputs it met, in reading order. */
class Uncertainty {
 public:
  explicit Uncertainty(Draws draws) : draws_(draws) {}
  /** @brief Records `input` and returns its value in this reading. */
  double draw(UncertainInput input);
  const std::vector<UncertainInput>& inputs() const { return inputs_; }

 private:
  Draws draws_;
  std::vector<UncertainInput> inputs_;
};

} // namespace gwsim

#endif
