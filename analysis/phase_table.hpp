/* What happened to each phase, gathered from the event record: its dates, what it received and installed, its
 * waits and what held it back. phases.csv is its rendering. */
#ifndef GWSIM_ANALYSIS_PHASE_TABLE_HPP
#define GWSIM_ANALYSIS_PHASE_TABLE_HPP

#include "analysis/binding.hpp"
#include "analysis/products.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief One phase's record; days count from the scenario's start, kNever for what did not happen. */
struct PhaseFacts {
  PhaseRef ref{};
  std::string label; // `site/phase`
  double it_w = 0;   // the phase's IT power, watts

  double build_start      = kNever;
  double build_end        = kNever; // the build_end event, or build_start + build when it fell past the horizon
  double power_requested  = kNever;
  double power_granted    = kNever;
  double energized        = kNever;
  double first_online     = kNever; // first install_start
  double complete         = kNever;
  double study_start      = kNever; // with the power extensions: its study's start (its request, without a study cap)
  double power_withdrawn  = kNever;
  double onsite_energized = kNever; // it drew on its site's onsite generation

  /** @brief `grid`, `onsite` or `grid+onsite`: what energized it within the horizon (empty when nothing did). */
  std::string power_source() const;
  double last_delivery = kNever;
  Fleet delivered; // everything delivered within the horizon
  Fleet installed; // everything online within the horizon

  std::optional<PhaseTimings> timings; // set when the phase started
  std::optional<Constraint> binding;   // set when the phase started

  /** @brief True when the phase's build started within the horizon. */
  bool started() const { return timings.has_value(); }
};

/** @brief The facts of every phase, in the scenario's global phase order. */
std::vector<PhaseFacts> phase_facts(const Scenario& scenario, const EventRecord& events,
                                    const ProductCatalog& products);

/** @brief phases.csv: header and one row per phase. */
std::string phases_csv(const Scenario& scenario, const std::vector<PhaseFacts>& phases);

} // namespace gwsim

#endif
