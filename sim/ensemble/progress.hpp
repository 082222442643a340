/* The ensemble's progress line on stderr: replicas done, rate and time left, redrawn in place. Shown only on a
 * terminal and not under --quiet. */
#ifndef GWSIM_SIM_ENSEMBLE_PROGRESS_HPP
#define GWSIM_SIM_ENSEMBLE_PROGRESS_HPP

#include <chrono>
#include <cstddef>

namespace gwsim {

class Progress {
 public:
  /** @brief `total` replicas to run now; shown when `shown` (a terminal, not --quiet). */
  Progress(std::size_t total, bool shown);
  /** @brief One more replica done: redraws the line (at most ten times a second, and at the last). */
  void step();
  /** @brief Ends the line. */
  ~Progress();
  Progress(const Progress&)            = delete;
  Progress& operator=(const Progress&) = delete;

 private:
  std::size_t total_;
  std::size_t done_ = 0;
  bool shown_;
  std::chrono::steady_clock::time_point began_;
  std::chrono::steady_clock::time_point drawn_;
};

/** @brief True when stderr is a terminal. */
bool stderr_is_terminal();

} // namespace gwsim

#endif
