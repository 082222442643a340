#include "sim/ensemble/replica_pool.hpp"

#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <utility>

namespace gwsim {
namespace {

/** @brief A running child: its process, the read end of its pipe and what it has sent so far. */
struct Child {
  pid_t pid;
  int fd;
  std::uint64_t replica;
  std::string bytes;
};

/** @brief Writes all of `bytes` to `fd`; false on failure. */
bool write_all(int fd, const std::string& bytes)
{
  std::size_t at = 0;
  while (at < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + at, bytes.size() - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    at += static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] void be_child(int fd, std::uint64_t replica, const std::function<std::string(std::uint64_t)>& work)
{
  int code = 0;
  try {
    code = write_all(fd, work(replica)) ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "gwsim: replica " << replica << ": " << e.what() << "\n";
    code = 1;
  }
  ::close(fd);
  std::cerr.flush();
  // _exit: the parent's buffers and atexit handlers (SQLite, stdio) are the parent's business.
  ::_exit(code);
}

Child launch(std::uint64_t replica, const std::function<std::string(std::uint64_t)>& work)
{
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  std::cout.flush();
  std::cerr.flush();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::close(fds[0]);
    be_child(fds[1], replica, work);
  }
  ::close(fds[1]);
  return Child{pid, fds[0], replica, {}};
}

/** @brief Reads what `child` sent until its pipe ends; then reaps it and says how it ended ("" when it succeeded). */
std::string finish(Child& child)
{
  ::close(child.fd);
  int status = 0;
  while (::waitpid(child.pid, &status, 0) < 0)
    if (errno != EINTR) return std::string("waitpid: ") + std::strerror(errno);
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return "";
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "exit code " + std::to_string(WEXITSTATUS(status));
}

} // namespace

void run_in_children(const std::vector<std::uint64_t>& replicas, unsigned jobs,
                     const std::function<std::string(std::uint64_t)>& work,
                     const std::function<void(std::uint64_t, const std::string&)>& done)
{
  std::vector<Child> running;
  std::size_t next = 0;
  std::string failure;
  char buffer[65536];
  std::vector<std::pair<std::uint64_t, std::string>> finished; // handed to `done` once their places are refilled
  while (next < replicas.size() || !running.empty() || !finished.empty()) {
    while (failure.empty() && next < replicas.size() && running.size() < std::max(1u, jobs))
      running.push_back(launch(replicas[next++], work));
    // The parent's own work (a database commit) overlaps the children just launched.
    for (const auto& [replica, bytes] : finished)
      done(replica, bytes);
    finished.clear();
    if (running.empty()) break;
    std::vector<pollfd> fds;
    for (const Child& c : running)
      fds.push_back({c.fd, POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    for (std::size_t i = fds.size(); i-- > 0;) {
      if (fds[i].revents == 0) continue;
      Child& child    = running[i];
      const ssize_t n = ::read(child.fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        child.bytes.append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      const std::string how = finish(child);
      if (how.empty())
        finished.emplace_back(child.replica, std::move(child.bytes));
      else if (failure.empty())
        failure = "replica " + std::to_string(child.replica) + " failed (" + how + ")";
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  if (!failure.empty()) throw std::runtime_error(failure);
}

} // namespace gwsim
