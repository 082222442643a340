/* Writing a file so that a crash never leaves a half file under its final name (DESIGN.md, "Outputs"). */
#ifndef GWSIM_ANALYSIS_ATOMIC_FILE_HPP
#define GWSIM_ANALYSIS_ATOMIC_FILE_HPP

#include <string>

namespace gwsim {

/** @brief Writes `content` to `path` atomically: to `path.tmp-PID` in the same folder, flushed and fsynced, then
 * renamed over `path`. Throws std::runtime_error (and removes the temporary file) when any step fails. */
void write_file_atomically(const std::string& path, const std::string& content);

} // namespace gwsim

#endif
