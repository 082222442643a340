#include "sim/cli/plotting.hpp"

#include "sim/cli/cli.hpp"
#include "sim/load/loader.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace gwsim {
namespace {

namespace fs = std::filesystem;

/** @brief The value of an environment variable, or `fallback` when it is unset or empty. */
std::string setting(const char* name, const char* fallback)
{
  const char* value = std::getenv(name);
  return (value != nullptr && *value != '\0') ? value : fallback;
}

/** @brief The report script: GWSIM_REPORT_SCRIPT, else the one in the source tree gwsim was built from. */
std::string script()
{
  const std::string path = setting("GWSIM_REPORT_SCRIPT", GWSIM_REPORT_SCRIPT_DEFAULT);
  if (!fs::is_regular_file(path))
    throw std::runtime_error("report script " + path +
                             " not found (set GWSIM_REPORT_SCRIPT to analysis/report/gwsim_report.py)");
  return path;
}

void check_folder(const std::string& dir)
{
  if (!fs::is_directory(dir))
    throw InputError("gwsim: error: " + dir + (fs::exists(dir) ? ": not a folder" : ": no such folder"));
}

/** @brief Runs `PYTHON -E -s -B SCRIPT ARGS...` (no environment tweaks of Python's, no user packages, no .pyc in the
 * source tree), stdout to /dev/null when `quiet`; returns its exit code. */
int run_script(const std::vector<std::string>& args, bool quiet)
{
  const std::string python = setting("GWSIM_PYTHON", GWSIM_PYTHON_DEFAULT);
  std::vector<std::string> argv{python, "-E", "-s", "-B", script()};
  argv.insert(argv.end(), args.begin(), args.end());
  std::vector<char*> pointers;
  for (auto& a : argv)
    pointers.push_back(a.data());
  pointers.push_back(nullptr);

  std::cout.flush(); // what gwsim printed comes before what the script prints
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (quiet) posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid       = 0;
  const int error = posix_spawnp(&pid, python.c_str(), &actions, nullptr, pointers.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (error != 0)
    throw InputError("gwsim: error: the report needs Python 3 with matplotlib and pandas: cannot run " + python + " (" +
                     std::strerror(error) + "; run scripts/setup, or set GWSIM_PYTHON)");
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
    throw InputError("gwsim: error: the report needs Python 3: cannot run " + python +
                     " (run scripts/setup, or set GWSIM_PYTHON)");
  if (!WIFEXITED(status))
    throw std::runtime_error("the report script was ended by signal " + std::to_string(WTERMSIG(status)));
  const int code = WEXITSTATUS(status);
  return code == kExitOk || code == kExitBadInput ? code : kExitInternal;
}

} // namespace

int make_report(const std::string& dir, bool quiet)
{
  check_folder(dir);
  return run_script({"report", dir}, quiet);
}

int compare_runs(const std::string& dir_a, const std::string& dir_b, const std::string& out)
{
  check_folder(dir_a);
  check_folder(dir_b);
  return run_script({"compare", dir_a, dir_b, out.empty() ? dir_b + "/compare" : out}, false);
}

} // namespace gwsim
