#include "sim/load/yaml_document.hpp"

#include "sim/load/loader.hpp"

#include <yaml-cpp/eventhandler.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
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

/** @brief Calls `on_bracket(column, c)` (0-based column) for each flow bracket of one line that is outside quotes
 * and comments, from `from` on. */
template <class OnBracket>
void visit_flow_brackets(const std::string& line, std::size_t from, OnBracket on_bracket)
{
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
    } else if (c == '[' || c == '{' || c == ']' || c == '}') {
      on_bracket(i, c);
    }
  }
}

/** @brief Flow brackets on one line, outside quotes and comments: the level left, and where the limit was passed. */
struct FlowScan {
  int after;
  int overflow_column; // 1-based; 0 when the line stays within the limit
};

FlowScan scan_flow(const std::string& line, std::size_t from, int depth, int limit)
{
  FlowScan scan{depth, 0};
  visit_flow_brackets(line, from, [&scan, limit](std::size_t i, char c) {
    if (c == '[' || c == '{') {
      if (++scan.after > limit && scan.overflow_column == 0) scan.overflow_column = static_cast<int>(i) + 1;
    } else if (scan.after > 0) {
      --scan.after;
    }
  });
  return scan;
}

/** @brief Where a flow bracket was opened: 1-based line and column, and the bracket. */
struct Opener {
  int line;
  int column;
  char bracket;
};

/** @brief The innermost flow bracket still open after line `until` (1-based), if any: the one yaml-cpp means by "end
 * of sequence/map flow not found", which it reports where it gave up (often lines later). */
std::optional<Opener> unclosed_opener(const std::string& text, int until)
{
  std::vector<Opener> open;
  std::istringstream lines(text);
  std::string line;
  for (int number = 1; number <= until && std::getline(lines, line); ++number) {
    const std::size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || line[start] == '#') continue;
    visit_flow_brackets(line, start, [&open, number](std::size_t i, char c) {
      if (c == '[' || c == '{')
        open.push_back({number, static_cast<int>(i) + 1, c});
      else if (!open.empty())
        open.pop_back();
    });
  }
  if (open.empty()) return std::nullopt;
  return open.back();
}

/** @brief The lines of `text` up to line `last` (1-based). */
std::vector<std::string> lines_until(const std::string& text, int last)
{
  std::vector<std::string> result;
  std::istringstream lines(text);
  std::string line;
  while (static_cast<int>(result.size()) < last && std::getline(lines, line))
    result.push_back(line);
  return result;
}

/** @brief The key a `key: value` line holds, and where it starts (0-based); nullopt for any other line. */
std::optional<std::pair<std::string, std::size_t>> key_with_value(const std::string& line)
{
  std::size_t start = line.find_first_not_of(' ');
  if (start == std::string::npos || line[start] == '#') return std::nullopt;
  if (line.compare(start, 2, "- ") == 0) start = line.find_first_not_of(' ', start + 2);
  const std::size_t colon = line.find(": ", start);
  if (start == std::string::npos || colon == std::string::npos) return std::nullopt;
  const std::size_t value = line.find_first_not_of(' ', colon + 1);
  if (value == std::string::npos || line[value] == '#') return std::nullopt;
  return std::make_pair(line.substr(start, colon - start), start);
}

/** @brief yaml-cpp's "illegal map value" for a key indented deeper than the `key: value` line above it (it reads the
 * two lines as one plain scalar, then meets the colon): the column of that key and a message naming the mistake. */
std::optional<std::pair<int, std::string>> deeper_key(const std::string& text, int number)
{
  const auto lines = lines_until(text, number);
  if (static_cast<int>(lines.size()) < number) return std::nullopt;
  const auto key = key_with_value(lines.back());
  if (!key) return std::nullopt;
  for (auto above = lines.rbegin() + 1; above != lines.rend(); ++above) {
    const std::size_t start = above->find_first_not_of(' ');
    if (start == std::string::npos || (*above)[start] == '#') continue;
    const auto parent = key_with_value(*above);
    if (!parent || parent->second >= key->second) return std::nullopt;
    return std::make_pair(static_cast<int>(key->second) + 1,
                          "\"" + key->first +
                              "\" is indented deeper than the key above it (keys of one map start in "
                              "the same column)");
  }
  return std::nullopt;
}

/** @brief Where the quoted scalar opened at `open` (a `"` or `'`) closes; npos when it never does. yaml-cpp 0.7
 * accepts a double-quoted scalar left open and takes the rest of the file into it, so the user would only hear of a
 * missing key. Inside double quotes a quote is escaped with a backslash; inside single quotes, by doubling it. */
std::size_t closing_quote(const std::string& text, std::size_t open)
{
  const char quote = text[open];
  for (std::size_t i = open + 1; i < text.size(); ++i) {
    if (quote == '"' && text[i] == '\\')
      ++i;
    else if (text[i] == quote && quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'')
      ++i;
    else if (text[i] == quote)
      return i;
  }
  return std::string::npos;
}

/** @brief Records where the root node of each document starts and the first quoted scalar never closed, without
 * building any node. */
class DocumentScan : public YAML::EventHandler {
 public:
  // yaml-cpp's positions do not count a UTF-8 byte order mark at the start of the text.
  explicit DocumentScan(const std::string& text) : text_(text), bom_(text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0) {}

  std::vector<YAML::Mark> roots;
  std::optional<YAML::Mark> unclosed_quote;
  std::size_t unclosed_quote_at = 0; // its offset in the text

  void OnDocumentStart(const YAML::Mark&) override { in_root_ = true; }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { root(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { root(mark); }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override
  {
    root(mark);
    const auto at = static_cast<std::size_t>(mark.pos) + bom_;
    if (!unclosed_quote && mark.pos >= 0 && at < text_.size() && (text_[at] == '"' || text_[at] == '\'') &&
        closing_quote(text_, at) == std::string::npos) {
      unclosed_quote    = mark;
      unclosed_quote_at = at;
    }
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
  {
    root(mark);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override
  {
    root(mark);
  }
  void OnMapEnd() override {}

 private:
  const std::string& text_;
  std::size_t bom_; // bytes of a byte order mark before what yaml-cpp counts
  bool in_root_ = false;
  void root(const YAML::Mark& mark)
  {
    if (in_root_) roots.push_back(mark);
    in_root_ = false;
  }
};

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
  // Documents are counted first, one at a time: yaml-cpp 0.7 never consumes a token that cannot start a node (a
  // "," outside brackets), so YAML::LoadAll would return empty documents at the same place forever.
  DocumentScan documents(text);
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(documents)) {
      const auto& roots = documents.roots;
      if (roots.size() >= 2 && roots.back().pos == roots[roots.size() - 2].pos) {
        const YAML::Mark at  = roots.back();
        const std::string ch = at.pos >= 0 && static_cast<std::size_t>(at.pos) < text.size()
                                   ? std::string(1, text[static_cast<std::size_t>(at.pos)])
                                   : std::string();
        throw ScenarioError(file, at.line + 1, at.column + 1, "",
                            "invalid YAML: unexpected \"" + ch + "\" where a value should start");
      }
    }
    if (documents.unclosed_quote) {
      const YAML::Mark at = *documents.unclosed_quote;
      const char quote    = text[documents.unclosed_quote_at];
      throw ScenarioError(file, at.line + 1, at.column + 1, "",
                          std::string("invalid YAML: the quoted text that starts here is never closed (expected a "
                                      "closing ") +
                              quote + ")");
    }
    if (documents.roots.size() > 1) {
      const YAML::Mark at = documents.roots[1];
      throw ScenarioError(file, at.line + 1, at.column + 1, "",
                          "found " + std::to_string(documents.roots.size()) +
                              " YAML documents, expected one scenario per file");
    }
    return documents.roots.empty() ? YAML::Node() : YAML::Load(text);
  } catch (const YAML::Exception& e) {
    if (e.msg == YAML::ErrorMsg::END_OF_SEQ_FLOW || e.msg == YAML::ErrorMsg::END_OF_MAP_FLOW) {
      if (const auto opener = unclosed_opener(text, e.mark.line + 1)) {
        const bool list = opener->bracket == '[';
        throw ScenarioError(file, opener->line, opener->column, "",
                            std::string("invalid YAML: the ") + (list ? "list" : "map") + " opened here with \"" +
                                opener->bracket + "\" is never closed (expected \"" + (list ? "]" : "}") + "\")");
      }
    }
    if (e.msg == YAML::ErrorMsg::MAP_VALUE)
      if (const auto deeper = deeper_key(text, e.mark.line + 1))
        throw ScenarioError(file, e.mark.line + 1, deeper->first, "", "invalid YAML: " + deeper->second);
    throw ScenarioError(file, e.mark.line + 1, e.mark.column + 1, "", "invalid YAML: " + e.msg);
  }
}

} // namespace gwsim
