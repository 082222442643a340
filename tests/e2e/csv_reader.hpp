/* Helpers for the end-to-end tests: a tiny CSV reader, a temporary directory and a way to run the gwsim binary.
 * Header-only; every e2e test includes it. GWSIM_BINARY and GWSIM_SOURCE_DIR come from CMake. */
#ifndef GWSIM_TESTS_E2E_CSV_READER_HPP
#define GWSIM_TESTS_E2E_CSV_READER_HPP

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace gwsim_e2e {

/** @brief One CSV line split into fields; double quotes group a field and `""` is a literal quote. */
inline std::vector<std::string> split_csv_line(const std::string& line)
{
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.push_back(field);
      field.clear();
    } else if (c != '\r') {
      field += c;
    }
  }
  fields.push_back(field);
  return fields;
}

/** @brief A CSV file: its header and rows, with lookups by column name. */
class Csv {
 public:
  static Csv read(const std::string& path)
  {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot open " + path);
    Csv csv;
    std::string line;
    if (std::getline(in, line)) csv.header_ = split_csv_line(line);
    while (std::getline(in, line))
      if (!line.empty() && line != "\r") csv.rows_.push_back(split_csv_line(line));
    return csv;
  }

  const std::vector<std::string>& header() const { return header_; }
  std::size_t size() const { return rows_.size(); }
  const std::vector<std::string>& row(std::size_t i) const { return rows_.at(i); }

  /** @brief The index of a column; throws when there is none of that name. */
  std::size_t column(const std::string& name) const
  {
    for (std::size_t i = 0; i < header_.size(); ++i)
      if (header_[i] == name) return i;
    throw std::runtime_error("no column " + name);
  }

  /** @brief The index of the first row whose `key` column equals `value` (and `key2` equals `value2` if given). */
  std::size_t find(const std::string& key, const std::string& value, const std::string& key2 = "",
                   const std::string& value2 = "") const
  {
    const std::size_t k  = column(key);
    const std::size_t k2 = key2.empty() ? 0 : column(key2);
    for (std::size_t i = 0; i < rows_.size(); ++i)
      if (rows_[i].at(k) == value && (key2.empty() || rows_[i].at(k2) == value2)) return i;
    throw std::runtime_error("no row with " + key + "=" + value + (key2.empty() ? "" : " " + key2 + "=" + value2));
  }

  /** @brief The text in row `i`, column `name`. */
  const std::string& at(std::size_t i, const std::string& name) const { return rows_.at(i).at(column(name)); }
  /** @brief The number in row `i`, column `name`; throws when it is not a number. */
  double number(std::size_t i, const std::string& name) const { return std::stod(at(i, name)); }

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
};

/** @brief A fresh directory under /tmp (mkdtemp), removed with everything in it when this goes out of scope. */
class TempDir {
 public:
  TempDir()
  {
    char pattern[]   = "/tmp/gwsim-e2e-XXXXXX";
    const char* made = mkdtemp(pattern);
    if (made == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = made;
  }
  ~TempDir()
  {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&)            = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

/** @brief Runs a shell command and returns its exit code (or -1 when it did not exit normally). */
inline int run_command(const std::string& command)
{
  const int status = std::system(command.c_str());
  if (status == -1 || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

/** @brief Quotes a word for /bin/sh. */
inline std::string shell_quote(const std::string& word)
{
  std::string quoted = "'";
  for (char c : word)
    quoted += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

/** @brief Runs `gwsim ARGS` (each argument quoted), stdout and stderr to the given files (or /dev/null). */
inline int run_gwsim(const std::vector<std::string>& args, const std::string& stdout_file = "/dev/null",
                     const std::string& stderr_file = "/dev/null")
{
  std::string command = shell_quote(GWSIM_BINARY);
  for (const auto& a : args)
    command += " " + shell_quote(a);
  command += " >" + shell_quote(stdout_file) + " 2>" + shell_quote(stderr_file);
  return run_command(command);
}

/** @brief A file's whole content; throws when it cannot be read. */
inline std::string slurp(const std::string& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/** @brief The path of a scenario in the source tree, e.g. scenario_path("teaching/supply.yaml"). */
inline std::string scenario_path(const std::string& relative)
{
  return std::string(GWSIM_SOURCE_DIR) + "/scenarios/" + relative;
}

} // namespace gwsim_e2e

#endif
