/* The supply chain's stages as SimGrid executions: each stage is a host whose speed profile is its capacity (less its
 * outages), and each run of days over which the chain plan (chain_plan.hpp) has it start the same number of units a
 * day is one execution on that host, bounded to that many units a day: at capacity it runs at the host's speed, short
 * of inputs at what its inputs allow. Runs start on kernel timers on their first day. */
#ifndef GWSIM_SIM_STAGE_PRODUCTION_HPP
#define GWSIM_SIM_STAGE_PRODUCTION_HPP

#include "sim/engine/supply/chain_plan.hpp"

#include <simgrid/s4u/Exec.hpp>
#include <simgrid/s4u/Host.hpp>

#include <cstddef>
#include <vector>

namespace gwsim {

/** @brief A span of days [begin, end) over which a stage starts `per_day` units each day. */
struct StageRun {
  std::size_t stage = 0;
  double begin      = 0;
  double end        = 0;
  double per_day    = 0;
};

/** @brief The runs of every stage of `chain`, stage by stage in declaration order, each in day order. */
std::vector<StageRun> stage_runs(const ChainPlan& chain);

/** @brief Plays the stages' runs as executions on their hosts. Build it before the run, from SimGrid's maestro. */
class StageProduction {
 public:
  StageProduction(const ChainPlan& chain, const std::vector<simgrid::s4u::Host*>& hosts);
  StageProduction(const StageProduction&)            = delete;
  StageProduction& operator=(const StageProduction&) = delete;

  /** @brief After the run: of the runs the plan ends before `horizon` (`due`), how many SimGrid ended, and the
   * largest gap between a run's end in SimGrid and in the plan. */
  struct Check {
    double max_gap_days = 0;
    std::size_t ended   = 0;
    std::size_t due     = 0;
  };
  Check check(double horizon) const;

  /** @brief The units left of the run of `stage` under way, or 0 when none runs. */
  double remaining(std::size_t stage) const;

  /** @brief Cancels the executions that still run (at the horizon, from an actor). */
  void stop();

 private:
  std::vector<StageRun> runs_;
  std::vector<simgrid::s4u::ExecPtr> execs_; // by run; null until its timer starts it
};

} // namespace gwsim

#endif
