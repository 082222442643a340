#include "sim/ensemble/external_command.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace gwsim {
namespace {

/** @brief A pipe whose two ends are closed on scope exit unless released. */
struct Pipe {
  int fd[2] = {-1, -1};
  Pipe()
  {
    if (::pipe2(fd, O_CLOEXEC) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  }
  ~Pipe()
  {
    for (int f : fd)
      if (f >= 0) ::close(f);
  }
  Pipe(const Pipe&)            = delete;
  Pipe& operator=(const Pipe&) = delete;
  void close_end(int i)
  {
    ::close(fd[i]);
    fd[i] = -1;
  }
};

/** @brief Reads both pipes to their ends, into `out` and `err`. */
void drain(int out_fd, int err_fd, std::string& out, std::string& err)
{
  pollfd fds[2]        = {{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}};
  std::string* into[2] = {&out, &err};
  char buffer[4096];
  int open = 2;
  while (open > 0) {
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      throw std::runtime_error(std::string("poll: ") + std::strerror(errno));
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n > 0) {
        into[i]->append(buffer, static_cast<std::size_t>(n));
        continue;
      }
      fds[i].fd = -1;
      --open;
    }
  }
}

} // namespace

CommandOutput run_command(const std::vector<std::string>& argv)
{
  if (argv.empty()) throw std::invalid_argument("run_command: no program");
  Pipe out;
  Pipe err;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, out.fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, err.fd[1], STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& a : argv)
    args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid       = -1;
  const int spawn = ::posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  CommandOutput result;
  if (spawn != 0) {
    result.exit_code = spawn == ENOENT ? 127 : 126;
    result.err       = argv[0] + ": " + std::strerror(spawn);
    return result;
  }
  out.close_end(1);
  err.close_end(1);
  drain(out.fd[0], err.fd[0], result.out, result.err);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
  if (WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

} // namespace gwsim
