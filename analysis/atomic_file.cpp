#include "analysis/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

#include <fcntl.h>
#include <unistd.h>

namespace gwsim {
namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int err)
{
  throw std::runtime_error("cannot " + what + " " + path + ": " + std::strerror(err));
}

// Writes all of `content`, retrying short writes and interruptions.
void write_all(int fd, const std::string& content, const std::string& path)
{
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail("write", path, errno);
    }
    done += static_cast<std::size_t>(n);
  }
}

} // namespace

void write_file_atomically(const std::string& path, const std::string& content)
{
  // Same folder as the target, so that rename() stays within one file system and is atomic.
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  const int fd          = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) fail("create", tmp, errno);
  try {
    write_all(fd, content, tmp);
    if (::fsync(fd) != 0) fail("sync", tmp, errno);
  } catch (...) {
    ::close(fd);
    std::remove(tmp.c_str());
    throw;
  }
  if (::close(fd) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    fail("close", tmp, err);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    fail("rename to", path, err);
  }
}

} // namespace gwsim
