/* Child processes for the end-to-end tests, without a shell: run gwsim (or any program) in a given folder with its
 * output sent to files, wait for it, or kill it with a signal. POSIX fork/exec; header-only. */
#ifndef GWSIM_TESTS_E2E_PROCESS_HPP
#define GWSIM_TESTS_E2E_PROCESS_HPP

#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace gwsim_e2e {

/** @brief How a child ended: its exit code, or the signal that killed it. */
struct ProcessEnd {
  int exit_code = -1; // -1 when it did not exit normally
  int signal    = 0;  // the signal that ended it, 0 when it exited
};

/** @brief A child process running `argv` in `cwd` with stdout and stderr sent to files; killed if still running when
 * this goes out of scope. */
class Process {
 public:
  Process(const std::vector<std::string>& argv, const std::string& cwd, const std::string& stdout_file = "/dev/null",
          const std::string& stderr_file = "/dev/null")
  {
    if (argv.empty()) throw std::invalid_argument("Process: empty argv");
    std::vector<char*> args;
    for (const std::string& a : argv)
      args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error(std::string("fork failed: ") + std::strerror(errno));
    if (pid_ == 0) {
      // In the child: only async-signal-safe calls until exec; exit 127 like a shell when anything fails.
      const int out = ::open(stdout_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      const int err = ::open(stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      if (out < 0 || err < 0 || ::dup2(out, STDOUT_FILENO) < 0 || ::dup2(err, STDERR_FILENO) < 0) ::_exit(127);
      if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(127);
      ::execv(args[0], args.data());
      ::_exit(127);
    }
  }
  ~Process()
  {
    if (pid_ > 0 && !ended_) {
      ::kill(pid_, SIGKILL);
      wait();
    }
  }
  Process(const Process&)            = delete;
  Process& operator=(const Process&) = delete;

  pid_t pid() const { return pid_; }

  /** @brief Waits for the child to end (once; later calls return the same). */
  ProcessEnd wait()
  {
    reap(0);
    return end_;
  }

  /** @brief Whether the child has ended, without waiting (it is reaped if it has). */
  bool ended() { return reap(WNOHANG); }

  /** @brief Sends SIGKILL (unless it has already been waited for) and waits for the child to end. */
  ProcessEnd kill()
  {
    if (!ended_) ::kill(pid_, SIGKILL);
    return wait();
  }

 private:
  // waitpid with `options`; true once the child has ended (and its end is recorded).
  bool reap(int options)
  {
    if (ended_) return true;
    int status = 0;
    pid_t got  = 0;
    while ((got = ::waitpid(pid_, &status, options)) < 0)
      if (errno != EINTR) throw std::runtime_error(std::string("waitpid failed: ") + std::strerror(errno));
    if (got == 0) return false; // WNOHANG: still running
    ended_ = true;
    if (WIFEXITED(status)) end_.exit_code = WEXITSTATUS(status);
    if (WIFSIGNALED(status)) end_.signal = WTERMSIG(status);
    return true;
  }

  pid_t pid_  = -1;
  bool ended_ = false;
  ProcessEnd end_;
};

/** @brief Runs `argv` in `cwd` to its end, stdout and stderr to the given files; returns its exit code (-1 when a
 * signal ended it). */
inline int run_process(const std::vector<std::string>& argv, const std::string& cwd,
                       const std::string& stdout_file = "/dev/null", const std::string& stderr_file = "/dev/null")
{
  Process p(argv, cwd, stdout_file, stderr_file);
  return p.wait().exit_code;
}

} // namespace gwsim_e2e

#endif
