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

/** @brief What a worker sends for each replica, before the child's bytes (ok) or how the child failed (not ok). */
struct FrameHeader {
  std::uint64_t replica;
  std::uint64_t ok;
  std::uint64_t size;
};

/** @brief Writes all of `size` bytes to `fd`; false on failure. */
bool write_all(int fd, const char* data, std::size_t size)
{
  std::size_t at = 0;
  while (at < size) {
    const ssize_t n = ::write(fd, data + at, size - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    at += static_cast<std::size_t>(n);
  }
  return true;
}

/** @brief Reads exactly `size` bytes from `fd`; false at the end of the stream or on failure. */
bool read_exactly(int fd, void* data, std::size_t size)
{
  std::size_t at = 0;
  while (at < size) {
    const ssize_t n = ::read(fd, static_cast<char*>(data) + at, size - at);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    at += static_cast<std::size_t>(n);
  }
  return true;
}

/** @brief Appends what `fd` holds to `bytes` until its end; false on a read error. */
bool read_to_end(int fd, std::string& bytes)
{
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

[[noreturn]] void be_child(int fd, std::uint64_t replica, const std::function<std::string(std::uint64_t)>& work)
{
  int code = 0;
  try {
    const std::string bytes = work(replica);
    code                    = write_all(fd, bytes.data(), bytes.size()) ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "gwsim: replica " << replica << ": " << e.what() << "\n";
    code = 1;
  }
  ::close(fd);
  std::cerr.flush();
  // _exit: the parent's buffers and atexit handlers (SQLite, stdio) are the parent's business.
  ::_exit(code);
}

/** @brief In a worker: simulates `replica` in a child and returns its bytes, or "" with `failure` saying how it
 * ended. */
std::string run_child(std::uint64_t replica, const std::function<std::string(std::uint64_t)>& work,
                      std::string& failure)
{
  int fds[2];
  if (::pipe(fds) != 0) {
    failure = std::string("pipe: ") + std::strerror(errno);
    return "";
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    failure = std::string("fork: ") + std::strerror(errno);
    return "";
  }
  if (pid == 0) {
    ::close(fds[0]);
    be_child(fds[1], replica, work);
  }
  ::close(fds[1]);
  std::string bytes;
  const bool read = read_to_end(fds[0], bytes);
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) {
      failure = std::string("waitpid: ") + std::strerror(errno);
      return "";
    }
  if (WIFSIGNALED(status))
    failure = "killed by signal " + std::to_string(WTERMSIG(status));
  else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    failure = "exit code " + std::to_string(WEXITSTATUS(status));
  else if (!read)
    failure = std::string("read: ") + std::strerror(errno);
  return bytes;
}

/** @brief A worker: for each replica number read from `commands`, a child simulates it and the worker writes a
 * frame to `results`; it ends when `commands` ends (or this process's parent is gone). */
[[noreturn]] void be_worker(int commands, int results, const std::function<std::string(std::uint64_t)>& work)
{
  std::uint64_t replica = 0;
  while (read_exactly(commands, &replica, sizeof replica)) {
    std::string failure;
    std::string bytes     = run_child(replica, work, failure);
    const bool ok         = failure.empty();
    const std::string& as = ok ? bytes : failure;
    const FrameHeader header{replica, ok ? 1u : 0u, as.size()};
    if (!write_all(results, reinterpret_cast<const char*>(&header), sizeof header) ||
        !write_all(results, as.data(), as.size()))
      ::_exit(1);
  }
  ::_exit(0);
}

/** @brief A worker as its parent sees it: the ends of its two pipes, what it has sent of its current frame, and
 * whether it has a replica. */
struct Worker {
  pid_t pid    = -1;
  int commands = -1;
  int results  = -1;
  std::string inbox;
  bool busy = false;
};

/** @brief The workers of one run_in_children: started by `start`, stopped (their command pipes closed, so they end
 * after their current child) and reaped when this goes out of scope, whatever happened. */
class Workers {
 public:
  Workers()                          = default;
  Workers(const Workers&)            = delete;
  Workers& operator=(const Workers&) = delete;
  ~Workers()
  {
    for (Worker& w : all_) {
      ::close(w.commands);
      if (w.results >= 0) ::close(w.results); // a worker that died had its pipe closed already
    }
    for (Worker& w : all_) {
      int status = 0;
      while (::waitpid(w.pid, &status, 0) < 0 && errno == EINTR) {
      }
    }
  }

  void start(const std::function<std::string(std::uint64_t)>& work)
  {
    int commands[2];
    int results[2];
    if (::pipe(commands) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    if (::pipe(results) != 0) {
      ::close(commands[0]);
      ::close(commands[1]);
      throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
    }
    std::cout.flush();
    std::cerr.flush();
    const pid_t pid = ::fork();
    if (pid < 0) {
      const int err = errno;
      for (int fd : {commands[0], commands[1], results[0], results[1]})
        ::close(fd);
      throw std::runtime_error(std::string("fork: ") + std::strerror(err));
    }
    if (pid == 0) {
      // The other workers' pipe ends stay with the parent only, so that each worker sees its commands end.
      for (const Worker& w : all_) {
        ::close(w.commands);
        ::close(w.results);
      }
      ::close(commands[1]);
      ::close(results[0]);
      be_worker(commands[0], results[1], work);
    }
    ::close(commands[0]);
    ::close(results[1]);
    Worker w;
    w.pid      = pid;
    w.commands = commands[1];
    w.results  = results[0];
    all_.push_back(std::move(w));
  }

  std::vector<Worker>& all() { return all_; }

 private:
  std::vector<Worker> all_;
};

/** @brief Takes the complete frame at the front of `w.inbox`, if there is one: the replica, ok or not, the bytes. */
bool take_frame(Worker& w, FrameHeader& header, std::string& bytes)
{
  if (w.inbox.size() < sizeof header) return false;
  std::memcpy(&header, w.inbox.data(), sizeof header);
  if (w.inbox.size() - sizeof header < header.size) return false;
  bytes = w.inbox.substr(sizeof header, header.size);
  w.inbox.erase(0, sizeof header + header.size);
  return true;
}

/** @brief SIGPIPE ignored while it lives: a command written to a worker that died fails with EPIPE, which becomes an
 * error message, instead of killing this process. */
class BrokenPipesReported {
 public:
  BrokenPipesReported() : previous_(std::signal(SIGPIPE, SIG_IGN)) {}
  BrokenPipesReported(const BrokenPipesReported&)            = delete;
  BrokenPipesReported& operator=(const BrokenPipesReported&) = delete;
  ~BrokenPipesReported() { std::signal(SIGPIPE, previous_); }

 private:
  void (*previous_)(int);
};

} // namespace

void run_in_children(const std::vector<std::uint64_t>& replicas, unsigned jobs,
                     const std::function<std::string(std::uint64_t)>& work,
                     const std::function<void(std::uint64_t, const std::string&)>& done)
{
  if (replicas.empty()) return;
  const BrokenPipesReported broken_pipes;
  Workers workers;
  for (std::size_t i = 0; i < std::min<std::size_t>(std::max(1u, jobs), replicas.size()); ++i)
    workers.start(work);
  std::size_t next = 0;
  std::string failure;
  char buffer[65536];
  std::vector<std::pair<std::uint64_t, std::string>> finished; // handed to `done` once their workers are busy again
  for (;;) {
    for (Worker& w : workers.all())
      if (!w.busy && w.results >= 0 && failure.empty() && next < replicas.size()) {
        const std::uint64_t replica = replicas[next++];
        if (!write_all(w.commands, reinterpret_cast<const char*>(&replica), sizeof replica))
          throw std::runtime_error("a replica worker ended unexpectedly");
        w.busy = true;
      }
    // This process's own work (a database commit) overlaps the children just launched.
    for (const auto& [replica, bytes] : finished)
      done(replica, bytes);
    finished.clear();
    std::vector<pollfd> fds;
    std::vector<Worker*> polled;
    for (Worker& w : workers.all())
      if (w.busy) {
        fds.push_back({w.results, POLLIN, 0});
        polled.push_back(&w);
      }
    if (fds.empty()) break;
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    for (std::size_t i = 0; i < fds.size(); ++i) {
      if (fds[i].revents == 0) continue;
      Worker& w       = *polled[i];
      const ssize_t n = ::read(w.results, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) { // the worker itself died: no more replicas for it
        if (failure.empty()) failure = "a replica worker ended unexpectedly";
        ::close(w.results);
        w.results = -1;
        w.busy    = false;
        continue;
      }
      w.inbox.append(buffer, static_cast<std::size_t>(n));
      FrameHeader header{};
      std::string bytes;
      if (!take_frame(w, header, bytes)) continue;
      w.busy = false;
      if (header.ok)
        finished.emplace_back(header.replica, std::move(bytes));
      else if (failure.empty())
        failure = "replica " + std::to_string(header.replica) + " failed (" + bytes + ")";
    }
  }
  if (!failure.empty()) throw std::runtime_error(failure);
}

} // namespace gwsim
