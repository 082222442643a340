/* Replicas in child processes: SimGrid allows one simulation per process (DESIGN.md, traps), so each replica is
 * simulated in a child forked from a copy of the process that loaded the scenario once. The copies are `jobs`
 * long-lived workers: each forks one child per replica it is handed and relays the child's result, so the forks run
 * in parallel and this process only hands out replicas and takes results. */
#ifndef GWSIM_SIM_ENSEMBLE_REPLICA_POOL_HPP
#define GWSIM_SIM_ENSEMBLE_REPLICA_POOL_HPP

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gwsim {

/** @brief Runs `work(replica)` for each of `replicas` in its own child process, at most `jobs` at a time, and calls
 * `done(replica, bytes)` in this process with what the child returned, as each child ends (completion order).
 * A child that fails (an exception, a signal) stops new launches; once the running children have ended, throws
 * std::runtime_error naming it. */
void run_in_children(const std::vector<std::uint64_t>& replicas, unsigned jobs,
                     const std::function<std::string(std::uint64_t)>& work,
                     const std::function<void(std::uint64_t, const std::string&)>& done);

} // namespace gwsim

#endif
