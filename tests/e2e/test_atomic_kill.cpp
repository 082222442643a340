/* Outputs are atomic under a kill: `gwsim run` writes each output to NAME.tmp-PID and renames it into place
 * (analysis/atomic_file.cpp), so a run killed with SIGKILL at any moment leaves, under a final name, only complete
 * files. The test kills a large run at many moments, spread over the whole run and packed into the few milliseconds
 * in which the files are written, and checks every file left in the output folder. */
#include "sim/load/loader.hpp"
#include "tests/e2e/csv_reader.hpp"
#include "tests/e2e/process.hpp"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock  = std::chrono::steady_clock;
using gwsim_e2e::Process;
using gwsim_e2e::slurp;
using gwsim_e2e::TempDir;

const char* const kFinalNames[] = {"timeline.csv", "phases.csv", "events.csv", "summary.json"};

/** @brief The size of the scenario: large enough that the four files take milliseconds to write. */
constexpr int kSites     = 1000;
constexpr int kPhases    = 4;
constexpr int kSuppliers = 4;
constexpr int kRegions   = 5;
constexpr int kYears     = 10;

/** @brief Writes the large scenario to `path` with `gwsim generate`; false when that command fails. */
bool generate_scenario(const std::string& path, const std::string& log)
{
  return gwsim_e2e::run_process({GWSIM_BINARY, "generate", "--sites", std::to_string(kSites), "--phases",
                                 std::to_string(kPhases), "--suppliers", std::to_string(kSuppliers), "--regions",
                                 std::to_string(kRegions), "--years", std::to_string(kYears), "--seed", "7", "-o",
                                 path},
                                "", "/dev/null", log) == 0 &&
         fs::is_regular_file(path);
}

/** @brief What a complete run writes, from a run that was not killed. */
struct Reference {
  std::size_t timeline_rows = 0; // the report dates from start to end
  std::size_t phases_rows   = 0; // one per phase
  std::string timeline;
  std::string phases;
  std::uintmax_t events_bytes = 0;
  std::string scenario_name;
  double run_seconds   = 0; // spawn to exit
  double write_seconds = 0; // output folder created to exit: the window in which files are written
};

/** @brief The number of report dates (start + k steps, up to the end): timeline.csv's row count (docs/cli.md). */
std::size_t count_report_dates(const gwsim::Scenario& s)
{
  std::size_t n = 0;
  for (int k = 0;; ++k) {
    const int steps = k * s.step.count;
    gwsim::Date d   = s.start;
    switch (s.step.unit) {
    case gwsim::ReportStep::Unit::days:
      d = s.start.add_days(steps);
      break;
    case gwsim::ReportStep::Unit::weeks:
      d = s.start.add_days(7L * steps);
      break;
    case gwsim::ReportStep::Unit::months:
      d = s.start.add_months(steps);
      break;
    case gwsim::ReportStep::Unit::years:
      d = s.start.add_months(12 * steps);
      break;
    }
    if (s.end < d) return n;
    ++n;
  }
}

/** @brief The number of lines of a text (each ended by '\n'). */
std::size_t count_lines(const std::string& text)
{
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

double seconds_since(Clock::time_point t)
{
  return std::chrono::duration<double>(Clock::now() - t).count();
}

/** @brief `gwsim run SCENARIO -o OUT --quiet` in the background. */
std::unique_ptr<Process> start_run(const std::string& scenario, const std::string& out, const std::string& log)
{
  return std::make_unique<Process>(std::vector<std::string>{GWSIM_BINARY, "run", scenario, "-o", out, "--quiet"}, "",
                                   "/dev/null", log);
}

/** @brief Sleeps until `dir` exists or `process` has ended; returns false when it ended first. */
bool wait_for_folder(const std::string& dir, Process& process)
{
  while (!fs::exists(dir)) {
    if (process.ended()) return fs::exists(dir);
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
  return true;
}

/** @brief Checks every file in `out` after the run with process id `pid` was killed (or ended): a final name holds a
 * complete file, a temporary name is `FINAL.tmp-PID`, nothing else is there. Returns how many final files there were.
 */
int check_output_folder(const std::string& out, pid_t pid, const Reference& ref, const std::string& when)
{
  int finals = 0;
  if (!fs::exists(out)) return 0; // killed before the folder was created: nothing written, nothing partial
  for (const auto& entry : fs::directory_iterator(out)) {
    const std::string name = entry.path().filename().string();
    const std::string path = entry.path().string();
    const bool is_final    = std::find(std::begin(kFinalNames), std::end(kFinalNames), name) != std::end(kFinalNames);
    if (!is_final) {
      // A temporary of this very run: one of the four names, `.tmp-`, the killed child's pid.
      const std::regex temporary(R"((timeline\.csv|phases\.csv|events\.csv|summary\.json)\.tmp-)" +
                                 std::to_string(pid));
      EXPECT_TRUE(std::regex_match(name, temporary)) << when << ": unexpected file " << name;
      continue;
    }
    ++finals;
    const std::string text = slurp(path);
    if (name == "summary.json") {
      // A complete JSON document naming the scenario; a cut-off one does not parse.
      const auto json = nlohmann::json::parse(text, nullptr, false);
      EXPECT_FALSE(json.is_discarded()) << when << ": summary.json does not parse (" << text.size() << " bytes)";
      if (!json.is_discarded()) {
        EXPECT_EQ(json.value("scenario", std::string()), ref.scenario_name) << when;
      }
      continue;
    }
    // Every CSV ends with a complete line.
    EXPECT_TRUE(!text.empty() && text.back() == '\n') << when << ": " << name << " ends in the middle of a line";
    if (name == "timeline.csv") {
      // A header and one row per report date; and a deterministic run writes the same bytes as the reference.
      EXPECT_EQ(count_lines(text), ref.timeline_rows + 1) << when << ": timeline.csv";
      EXPECT_EQ(text, ref.timeline) << when << ": timeline.csv differs from the complete run's";
    } else if (name == "phases.csv") {
      EXPECT_EQ(count_lines(text), ref.phases_rows + 1) << when << ": phases.csv";
      EXPECT_EQ(text, ref.phases) << when << ": phases.csv differs from the complete run's";
    } else {
      // events.csv: the same size as the complete run's (same seed, same events).
      EXPECT_EQ(text.size(), ref.events_bytes) << when << ": events.csv is not the complete run's size";
    }
  }
  return finals;
}

} // namespace

TEST(AtomicOutputs, NoPartialFileUnderAFinalNameWhenKilled)
{
  TempDir tmp;
  const std::string scenario = tmp / "large.yaml";
  ASSERT_TRUE(generate_scenario(scenario, tmp / "generate.log")) << slurp(tmp / "generate.log");
  // The expected counts come from the scenario itself: one timeline row per report date, one phases row per phase.
  const gwsim::Scenario parsed = gwsim::load_scenario_file(scenario);
  Reference ref;
  ref.timeline_rows = count_report_dates(parsed);
  ref.scenario_name = parsed.name;
  for (const auto& site : parsed.sites)
    ref.phases_rows += site.phases.size();
  ASSERT_EQ(ref.phases_rows, static_cast<std::size_t>(kSites * kPhases));

  // A complete run first: the final files' content and size, the run time and the writing window.
  {
    const std::string out = tmp / "reference";
    const auto began      = Clock::now();
    auto run              = start_run(scenario, out, tmp / "reference.log");
    ASSERT_TRUE(wait_for_folder(out, *run));
    const double folder_at = seconds_since(began);
    ASSERT_EQ(run->wait().exit_code, 0) << slurp(tmp / "reference.log");
    ref.run_seconds   = seconds_since(began);
    ref.write_seconds = ref.run_seconds - folder_at;
    ref.timeline      = slurp(out + "/timeline.csv");
    ref.phases        = slurp(out + "/phases.csv");
    ref.events_bytes  = fs::file_size(out + "/events.csv");
    ASSERT_EQ(count_lines(ref.timeline), ref.timeline_rows + 1);
    ASSERT_EQ(count_lines(ref.phases), ref.phases_rows + 1);
    ASSERT_GT(ref.events_bytes, 0u);
    check_output_folder(out, run->pid(), ref, "reference run");
  }
  // The checker can fail: on copies of the complete outputs with one fault each, it must report that fault, else the
  // kills below would prove nothing.
  const auto faults_found = [&](const std::string& name, auto damage) {
    const std::string broken = tmp / name;
    fs::copy(tmp / "reference", broken);
    damage(broken);
    testing::TestPartResultArray failures;
    {
      const testing::ScopedFakeTestPartResultReporter intercept(
          testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &failures);
      check_output_folder(broken, 1, ref, name);
    }
    std::string messages;
    for (int i = 0; i < failures.size(); ++i)
      messages += failures.GetTestPartResult(i).message() + std::string("\n");
    return messages;
  };
  EXPECT_NE(faults_found("cut-events",
                         [&](const std::string& d) { fs::resize_file(d + "/events.csv", ref.events_bytes / 2); })
                .find("events.csv is not the complete run's size"),
            std::string::npos);
  EXPECT_NE(faults_found("cut-timeline",
                         [&](const std::string& d) { fs::resize_file(d + "/timeline.csv", ref.timeline.size() - 3); })
                .find("timeline.csv ends in the middle of a line"),
            std::string::npos);
  EXPECT_NE(faults_found("cut-summary", [&](const std::string& d) { fs::resize_file(d + "/summary.json", 10); })
                .find("summary.json does not parse"),
            std::string::npos);
  EXPECT_NE(faults_found("stray-file", [&](const std::string& d) { std::ofstream(d + "/phases.csv.tmp-1x") << "x"; })
                .find("unexpected file phases.csv.tmp-1x"),
            std::string::npos);

  std::cout << "reference run: " << ref.run_seconds << " s, writing " << ref.write_seconds * 1e3 << " ms, events.csv "
            << ref.events_bytes << " bytes\n";

  // Kills at 10 moments spread over the whole run (0 … its full time), then 6 more from the moment the output
  // folder appears, spread over the writing window, where a non-atomic writer would leave a half-written file.
  int run_index             = 0;
  int mid_writes            = 0; // kills that left some but not all final files: proof the window was hit
  const auto kill_and_check = [&](const std::string& label, auto wait_then_kill) {
    const std::string out = tmp / ("out-" + std::to_string(run_index++));
    auto run              = start_run(scenario, out, tmp / "run.log");
    wait_then_kill(out, *run);
    const gwsim_e2e::ProcessEnd end = run->kill();
    // Either SIGKILL ended it, or it had already finished cleanly.
    EXPECT_TRUE(end.signal == SIGKILL || end.exit_code == 0) << label << ": " << slurp(tmp / "run.log");
    const int finals = check_output_folder(out, run->pid(), ref, label);
    if (end.exit_code == 0) {
      EXPECT_EQ(finals, 4) << label << ": a run that finished left files missing";
    }
    if (finals > 0 && finals < 4) ++mid_writes;
  };

  constexpr int kSpread = 10;
  for (int i = 0; i < kSpread; ++i) {
    const double delay = ref.run_seconds * i / (kSpread - 1);
    kill_and_check("kill at " + std::to_string(delay) + " s", [delay](const std::string&, Process&) {
      std::this_thread::sleep_for(std::chrono::duration<double>(delay));
    });
  }
  constexpr int kInWindow = 6;
  for (int i = 0; i < kInWindow; ++i) {
    const double delay = ref.write_seconds * i / kInWindow;
    kill_and_check("kill " + std::to_string(delay * 1e3) + " ms after the output folder appeared",
                   [delay](const std::string& out, Process& run) {
                     if (wait_for_folder(out, run)) std::this_thread::sleep_for(std::chrono::duration<double>(delay));
                   });
  }
  std::cout << mid_writes << " of " << run_index << " kills landed between the first and the last file\n";
}
