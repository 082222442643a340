#include "sim/ensemble/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace gwsim {

Progress::Progress(std::size_t total, bool shown)
    : total_(total), shown_(shown && total > 0), began_(std::chrono::steady_clock::now()), drawn_(began_)
{
}

void Progress::step()
{
  ++done_;
  if (!shown_) return;
  const auto now = std::chrono::steady_clock::now();
  if (done_ < total_ && now - drawn_ < std::chrono::milliseconds(100)) return;
  drawn_               = now;
  const double elapsed = std::chrono::duration<double>(now - began_).count();
  const double rate    = elapsed > 0 ? static_cast<double>(done_) / elapsed : 0;
  const double left    = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0;
  constexpr int kWidth = 30;
  const int filled     = static_cast<int>(kWidth * done_ / total_);
  std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu replicas  %.1f/s  ETA %.0f s ", filled, "##############################",
               kWidth - filled, "", done_, total_, rate, left);
  std::fflush(stderr);
}

Progress::~Progress()
{
  if (shown_ && done_ > 0) std::fputs("\n", stderr);
}

bool stderr_is_terminal()
{
  return ::isatty(STDERR_FILENO) == 1;
}

} // namespace gwsim
