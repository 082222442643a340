/* Running another program (sbatch, squeue) and reading what it printed: no shell, so arguments need no quoting. */
#ifndef GWSIM_SIM_ENSEMBLE_EXTERNAL_COMMAND_HPP
#define GWSIM_SIM_ENSEMBLE_EXTERNAL_COMMAND_HPP

#include <string>
#include <vector>

namespace gwsim {

/** @brief How a program ended and what it printed. */
struct CommandOutput {
  int exit_code = -1; // -1: killed by a signal; 127: not found
  std::string out;
  std::string err;
};

/** @brief Runs `argv` (argv[0] looked up on PATH) with standard input from /dev/null and waits for it. */
CommandOutput run_command(const std::vector<std::string>& argv);

} // namespace gwsim

#endif
