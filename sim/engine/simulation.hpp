/* One run of the SimGrid model of a scenario. SimGrid allows one simulation per process: call this once. */
#ifndef GWSIM_SIM_SIMULATION_HPP
#define GWSIM_SIM_SIMULATION_HPP

#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

namespace gwsim {

/** @brief How to run. */
struct RunOptions {
  bool verbose = false; // SimGrid's own logs
};

/** @brief Simulates the scenario from start to end and returns the event record, in simulated-time order. */
EventRecord simulate(const Scenario& scenario, const RunOptions& options = {});

} // namespace gwsim

#endif
