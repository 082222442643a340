/* The command line: parses arguments and calls the library. main() only calls run_cli(). */
#ifndef GWSIM_SIM_CLI_HPP
#define GWSIM_SIM_CLI_HPP

namespace gwsim {

/** @brief Exit codes of the CLI contract. */
enum ExitCode { kExitOk = 0, kExitInternal = 1, kExitBadInput = 2 };

/** @brief Runs `gwsim ARGS...` and returns its exit code; messages go to stdout and stderr. */
int run_cli(int argc, char** argv);

} // namespace gwsim

#endif
