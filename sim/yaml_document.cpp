#include "sim/yaml_document.hpp"

#include "sim/loader.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace gwsim {
namespace {

std::string mib(std::size_t bytes)
{
  std::ostringstream out;
  out.precision(3);
  out << static_cast<double>(bytes) / (1u << 20) << " MiB";
  return out.str();
}

/** @brief Flow brackets on one line, outside quotes and comments: the level left, and where the limit was passed. */
struct FlowScan {
  int after;
  int overflow_column; // 1-based; 0 when the line stays within the limit
};

FlowScan scan_flow(const std::string& line, std::size_t from, int depth, int limit)
{
  FlowScan scan{depth, 0};
  char quote = 0;
  for (std::size_t i = from; i < line.size(); ++i) {
    const char c       = line[i];
    const char before  = i > from ? line[i - 1] : ' ';
    const bool at_word = before == ' ' || before == '\t' || before == '[' || before == '{' || before == ',' ||
                         before == ':' || i == from;
    if (quote != 0) {
      if (c == '\\' && quote == '"')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if ((c == '"' || c == '\'') && at_word) {
      quote = c; // an apostrophe inside a plain word (it's) does not open a quote
    } else if (c == '#' && (before == ' ' || before == '\t' || i == from)) {
      break;
    } else if (c == '[' || c == '{') {
      if (++scan.after > limit && scan.overflow_column == 0) scan.overflow_column = static_cast<int>(i) + 1;
    } else if ((c == ']' || c == '}') && scan.after > 0) {
      --scan.after;
    }
  }
  return scan;
}

} // namespace

std::string read_scenario_text(const std::string& path)
{
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) throw InputError(path + ": error: no such file");
  if (std::filesystem::is_directory(status))
    throw InputError(path + ": error: is a directory, expected a scenario file");
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxScenarioBytes)
    throw InputError(path + ": error: the file is " + mib(size) + "; scenario files are limited to " +
                     mib(kMaxScenarioBytes));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": error: cannot read the file: " + std::strerror(errno));
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw InputError(path + ": error: cannot read the file: " + std::strerror(errno));
  return text.str();
}

void check_nesting_depth(const std::string& text, const std::string& file)
{
  std::vector<std::size_t> indents; // the open block levels, by indentation
  int block_depth = 0;
  int flow_depth  = 0;
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    std::size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || line[start] == '#') continue;
    if (flow_depth == 0) {
      while (!indents.empty() && indents.back() >= start)
        indents.pop_back();
      indents.push_back(start);
      block_depth = static_cast<int>(indents.size());
      // Each `- ` opens a list item one level deeper than the line's indentation (`- - x` is two levels).
      while (line.compare(start, 2, "- ") == 0) {
        ++block_depth;
        start = line.find_first_not_of(' ', start + 1);
        if (start == std::string::npos) break;
      }
    }
    const std::size_t from = start == std::string::npos ? line.size() : start;
    const FlowScan flow    = scan_flow(line, from, flow_depth, kMaxNestingDepth - block_depth);
    flow_depth             = flow.after;
    if (block_depth > kMaxNestingDepth || flow.overflow_column > 0)
      throw ScenarioError(file, number, flow.overflow_column > 0 ? flow.overflow_column : static_cast<int>(from) + 1,
                          "",
                          "maps and lists are nested more than " + std::to_string(kMaxNestingDepth) +
                              " levels deep; a scenario needs far fewer");
  }
}

YAML::Node parse_yaml(const std::string& text, const std::string& file)
{
  if (text.size() > kMaxScenarioBytes)
    throw InputError(file + ": error: the text is " + mib(text.size()) + "; scenarios are limited to " +
                     mib(kMaxScenarioBytes));
  check_nesting_depth(text, file);
  std::vector<YAML::Node> documents;
  try {
    documents = YAML::LoadAll(text);
  } catch (const YAML::Exception& e) {
    throw ScenarioError(file, e.mark.line + 1, e.mark.column + 1, "", "invalid YAML: " + e.msg);
  }
  if (documents.size() > 1)
    throw ScenarioError(file, documents[1].Mark().line + 1, documents[1].Mark().column + 1, "",
                        "found " + std::to_string(documents.size()) +
                            " YAML documents, expected one scenario per file");
  return documents.empty() ? YAML::Node() : documents.front();
}

} // namespace gwsim
