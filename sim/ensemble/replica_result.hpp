/* What an ensemble keeps of one replica: its milestones, each phase's dates and binding constraint, and the timeline
 * metrics the bands summarize. A child process computes it and sends it to the parent as bytes. */
#ifndef GWSIM_SIM_ENSEMBLE_REPLICA_RESULT_HPP
#define GWSIM_SIM_ENSEMBLE_REPLICA_RESULT_HPP

#include "analysis/report.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace gwsim {

/** @brief One phase in one replica; dates ISO, empty when they did not happen within the horizon. */
struct PhaseOutcome {
  std::string site;
  std::string phase;
  std::string build_start;
  std::string build_end;
  std::string power_granted;
  std::string energized;
  std::string complete;
  std::string binding; // empty: never started
};

/** @brief The band metrics on one report date. */
struct TimelineSample {
  std::string date;
  double online_gw            = 0;
  double shortfall            = 0; // in the demand's unit
  double waiting_accelerators = 0;
  double capex_usd            = 0;
  double waiting_usd          = 0; // $0 when the scenario gives no accelerator prices
};

/** @brief A milestone: `gw` first online on simulated `day`. */
struct MilestoneReached {
  double gw  = 0;
  double day = 0;
};

/** @brief One replica's results. */
struct ReplicaResult {
  std::uint64_t replica      = 0;
  double online_gw           = 0; // at the end
  double online_accelerators = 0;
  double capex_usd           = 0;
  std::vector<MilestoneReached> milestones; // those reached, increasing GW
  std::vector<PhaseOutcome> phases;         // global phase order
  std::vector<TimelineSample> timeline;     // report dates
};

/** @brief The results of replica `replica` from its scenario and analysed run. */
ReplicaResult replica_result(std::uint64_t replica, const Scenario& scenario, const Analysis& analysis);

/** @brief The result as bytes (numbers bit-exact), and back; decode throws std::runtime_error on a short message. */
std::string encode(const ReplicaResult& result);
ReplicaResult decode_replica_result(const std::string& bytes);

} // namespace gwsim

#endif
