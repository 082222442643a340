/* phases.csv, events.csv, number formatting, atomic writes and write_outputs. */
#include "analysis/atomic_file.hpp"
#include "analysis/events_csv.hpp"
#include "analysis/format.hpp"
#include "analysis/phase_table.hpp"
#include "analysis/products.hpp"
#include "analysis/report.hpp"
#include "tests/analysis/test_analysis_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace gwsim;
using namespace gwsim::testing;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p)
{
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A fresh folder per test, removed at the end.
class AnalysisFiles : public ::testing::Test {
 protected:
  void SetUp() override
  {
    dir_ = fs::temp_directory_path() / ("gwsim-analysis-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

std::vector<std::string> names_in(const fs::path& dir)
{
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

} // namespace

TEST(AnalysisFormat, Numbers)
{
  EXPECT_EQ(fixed(1.5, 3), "1.500");
  EXPECT_EQ(fixed(-1e-12, 6), "0.000000"); // no "-0.000000"
  EXPECT_EQ(fixed(-0.5, 1), "-0.5");
  EXPECT_EQ(fixed(kNever, 3), "");
  EXPECT_EQ(whole(2.5), "3");
  EXPECT_EQ(whole(-0.4), "0");
  EXPECT_EQ(whole(123456789012.4), "123456789012");
  EXPECT_EQ(date_of_day(Date::from_ymd(2026, 1, 1), 31.9), "2026-02-01");
  EXPECT_EQ(date_of_day(Date::from_ymd(2026, 1, 1), kNever), "");
}

TEST(AnalysisCsv, Quoting)
{
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(csv_line({"a", "", "b,c"}), "a,,\"b,c\"\n");
}

TEST(AnalysisCsv, Events)
{
  const EventRecord events{event(1.5, EventKind::delivered, "site, \"x\"/p1", "A", 0.1),
                           event(31.25, EventKind::complete, "s/p1", "", 0.01)};
  // Day 1.5 is 2026-01-02; day 31.25 is 2026-02-01.
  EXPECT_EQ(events_csv(Date::from_ymd(2026, 1, 1), events), "day,date,actor,event,subject,quantity\n"
                                                            "1.500,2026-01-02,\"site, \"\"x\"\"/p1\",delivered,A,"
                                                            "0.100000\n"
                                                            "31.250,2026-02-01,s/p1,complete,,0.010000\n");
}

TEST(AnalysisPhases, OnePhaseRowAndNeverStarted)
{
  Scenario s = one_phase_scenario();
  s.sites[0].phases.push_back(plain_phase("p2", 5e6, 10));
  const ProductCatalog products(s);
  const EventRecord events = one_phase_events();
  // p1: T_s 0, T_c = T_p = 20, T_a 25 (10,000 × 1 kW = its 10 MW), I = 10,000 / 100 = 100 days.
  //   without construction max(20 + 100, 25) = 120; power max(20 + 100, 25) = 120; accelerators 20 + 100 = 120;
  //   install max(20, 25) = 25: install. wait_power 0, wait_accelerators 25 − 20 = 5. 4,000 installed.
  // p2 never started: everything empty but its size.
  EXPECT_EQ(phases_csv(s, phase_facts(s, events, products)),
            "site,phase,it_gw,build_start,build_end,power_requested,power_granted,energized,first_online,complete,"
            "accelerators,wait_power_days,wait_accelerators_days,binding\n"
            "s,p1,0.010000,2026-01-01,2026-01-21,2026-01-01,2026-01-21,2026-01-21,2026-01-21,,4000,0.000,5.000,"
            "install\n"
            "s,p2,0.005000,,,,,,,,0,,,\n");
}

TEST(AnalysisPhases, BuildPastHorizonIsEmptyButTimed)
{
  Scenario s                 = one_phase_scenario();
  s.sites[0].phases[0].build = Duration{100}; // ends on day 100, after the end (day 60)
  const ProductCatalog products(s);
  const EventRecord events{event(0, EventKind::build_start, "s/p1", "", 0.01)};
  const auto facts = phase_facts(s, events, products);
  ASSERT_TRUE(facts[0].started());
  EXPECT_EQ(facts[0].build_end, 100);
  // Nothing delivered, no power: construction est. ∞, power ∞ (T_a = ∞), accelerators ∞, install ∞; all tie, and
  // power and accelerators waited forever: power, declared first.
  EXPECT_EQ(*facts[0].binding, Constraint::power);
  EXPECT_NE(phases_csv(s, facts).find("\ns,p1,0.010000,2026-01-01,,,,,,,0,,,power\n"), std::string::npos);
}

TEST(AnalysisProducts, UnknownProductThrows)
{
  const Scenario s = one_phase_scenario(); // the catalog points into it (a temporary here was a use after free)
  const ProductCatalog products(s);
  EXPECT_DOUBLE_EQ(products.fleet("A", 3).it_w, 3000);
  EXPECT_THROW(products.at("B"), std::runtime_error);
}

TEST_F(AnalysisFiles, AtomicWriteReplacesAndLeavesNoTemporary)
{
  const fs::path file = dir_ / "x.csv";
  write_file_atomically(file.string(), "old\n");
  write_file_atomically(file.string(), "new\n");
  EXPECT_EQ(read(file), "new\n");
  EXPECT_EQ(names_in(dir_), std::vector<std::string>{"x.csv"});
}

TEST_F(AnalysisFiles, AtomicWriteFailsCleanly)
{
  EXPECT_THROW(write_file_atomically((dir_ / "missing" / "x.csv").string(), "a"), std::runtime_error);
  EXPECT_TRUE(names_in(dir_).empty());
}

TEST_F(AnalysisFiles, WriteOutputsWritesFourFiles)
{
  const fs::path out = dir_ / "out" / "one-phase";
  write_outputs(out.string(), one_phase_scenario(), one_phase_events(), 0.25);
  EXPECT_EQ(names_in(out), (std::vector<std::string>{"events.csv", "phases.csv", "summary.json", "timeline.csv"}));
  EXPECT_EQ(read(out / "events.csv"), events_csv(Date::from_ymd(2026, 1, 1), one_phase_events()));
  EXPECT_EQ(read(out / "timeline.csv").substr(0, 5), "date,");
}

TEST_F(AnalysisFiles, WriteOutputsWritesNothingOnBadRecord)
{
  EventRecord events = one_phase_events();
  events.push_back(event(30, EventKind::delivered, "s/p1", "nope", 1)); // no such product
  const fs::path out = dir_ / "out";
  EXPECT_THROW(write_outputs(out.string(), one_phase_scenario(), events, 0), std::runtime_error);
  EXPECT_FALSE(fs::exists(out));
}
