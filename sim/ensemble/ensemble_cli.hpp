/* The ensemble's subcommands (`ensemble`, `merge`) on the gwsim command line: sim/cli/cli.cpp registers them with
 * one call and dispatches with another. */
#ifndef GWSIM_SIM_ENSEMBLE_ENSEMBLE_CLI_HPP
#define GWSIM_SIM_ENSEMBLE_ENSEMBLE_CLI_HPP

#include "sim/ensemble/ensemble_run.hpp"
#include "sim/ensemble/sensitivity.hpp"
#include "sim/ensemble/sweep.hpp"

#include <CLI/CLI.hpp>

#include <optional>

namespace gwsim {

class EnsembleCommands {
 public:
  /** @brief Adds `ensemble`, `merge`, `sweep` and `sensitivity` to `app`. */
  explicit EnsembleCommands(CLI::App& app);
  /** @brief The exit code of the chosen subcommand when it is one of these; nothing otherwise. */
  std::optional<int> dispatch() const;

 private:
  EnsembleArguments ensemble_;
  std::vector<std::string> merge_dirs_;
  std::string merge_output_;
  bool merge_quiet_           = false;
  CLI::App* ensemble_command_ = nullptr;
  CLI::App* merge_command_    = nullptr;
  SensitivityArguments sensitivity_;
  CLI::App* sensitivity_command_ = nullptr;
  SweepArguments sweep_;
  CLI::App* sweep_command_ = nullptr;
};

} // namespace gwsim

#endif
