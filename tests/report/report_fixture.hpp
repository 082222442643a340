/* Helpers for the report's end-to-end tests: the reference scenario's outputs in a temporary folder, the report made
 * on them, the charts it must write, and days of dates. Header-only. */
#ifndef GWSIM_TESTS_REPORT_REPORT_FIXTURE_HPP
#define GWSIM_TESTS_REPORT_REPORT_FIXTURE_HPP

#include "sim/model/date.hpp"
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace gwsim_report_test {

using gwsim_e2e::Csv;
using gwsim_e2e::run_gwsim;
using gwsim_e2e::slurp;
using gwsim_e2e::TempDir;

/** @brief The charts of the report of a run with funds, such as the reference (each as report/<name>.png and .svg):
 * the first four in every run's report, the money charts with `finance.funds` and an investor that supplies. */
inline const std::vector<std::string> kCharts{"capacity", "gantt", "held_back", "waiting", "funds", "circularity"};
/** @brief The data files behind them (report/<name>.csv). */
inline const std::vector<std::string> kChartData{"capacity", "capacity_marks", "gantt",      "held_back",
                                                 "waiting",  "funds",          "circularity"};
/** @brief The charts of the reference's report: a run with funds, with stages and with the power extensions
 * (docs/report.md): the above, the supply chain's two and the power by region, each from its own data file of the
 * same name. */
inline const std::vector<std::string> kReferenceCharts{
    "capacity",           "gantt",          "held_back",    "waiting", "funds", "circularity",
    "supply_utilization", "supply_binding", "power_regions"};
inline const std::vector<std::string> kReferenceChartData{
    "capacity",    "capacity_marks",     "gantt",          "held_back",    "waiting", "funds",
    "circularity", "supply_utilization", "supply_binding", "power_regions"};

const std::string kReference = gwsim_e2e::scenario_path("openai-nvidia-10gw.yaml");

/** @brief Runs the reference scenario into `out`, with extra arguments; asserts success. */
inline void run_reference(const TempDir& tmp, const std::string& out, std::vector<std::string> extra = {})
{
  std::vector<std::string> args{"run", kReference, "-o", out, "--quiet"};
  args.insert(args.end(), extra.begin(), extra.end());
  ASSERT_EQ(run_gwsim(args, tmp / "run.out", tmp / "run.err"), 0) << slurp(tmp / "run.err");
}

/** @brief Runs scenarios/`scenario` into tmp/out and makes its report; asserts both succeed. Returns tmp/out. */
inline std::string run_and_report(const TempDir& tmp, const std::string& scenario)
{
  const std::string out = tmp / "out";
  EXPECT_EQ(
      run_gwsim({"run", gwsim_e2e::scenario_path(scenario), "-o", out, "--quiet"}, tmp / "run.out", tmp / "run.err"), 0)
      << slurp(tmp / "run.err");
  EXPECT_EQ(run_gwsim({"report", out}, tmp / "report.out", tmp / "report.err"), 0) << slurp(tmp / "report.err");
  return out;
}

/** @brief `gwsim report DIR`: its exit code; stdout and stderr in tmp/report.out and tmp/report.err. */
inline int report(const TempDir& tmp, const std::string& dir)
{
  return run_gwsim({"report", dir}, tmp / "report.out", tmp / "report.err");
}

/** @brief The day of an ISO date counted from another. */
inline double day_of(const std::string& iso, const std::string& start_iso)
{
  const auto date  = gwsim::Date::parse(iso);
  const auto start = gwsim::Date::parse(start_iso);
  if (!date || !start) throw std::runtime_error("not a date: " + iso + " or " + start_iso);
  return static_cast<double>(*date - *start);
}

/** @brief Every regular file below `dir`, as paths relative to it, sorted. */
inline std::vector<std::string> files_below(const std::string& dir)
{
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(std::filesystem::relative(entry.path(), dir).string());
  std::sort(files.begin(), files.end());
  return files;
}

/** @brief The value of every src= and href= attribute of a page (any case, quoted or not). A hand-written scan:
 * std::regex recurses per character and overflows the stack on a long data: URI. */
inline std::vector<std::string> references(const std::string& page)
{
  std::string lower = page;
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  std::vector<std::string> values;
  for (const std::string name : {"src", "href"}) {
    for (std::size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1)) {
      if (at > 0 && std::isalnum(static_cast<unsigned char>(lower[at - 1]))) continue;
      std::size_t i = lower.find_first_not_of(" \t\n", at + name.size());
      if (i == std::string::npos || lower[i] != '=') continue;
      i = lower.find_first_not_of(" \t\n", i + 1);
      if (i == std::string::npos) break;
      const bool quoted      = lower[i] == '"' || lower[i] == '\'';
      const std::string ends = quoted ? std::string(1, lower[i]) : std::string(" >\t\n");
      const std::size_t from = quoted ? i + 1 : i;
      values.push_back(page.substr(from, lower.find_first_of(ends, from) - from));
    }
  }
  return values;
}

} // namespace gwsim_report_test

#endif
