/* End-to-end test of the CoWoS replay (scenarios/replays/cowos-2023-2025.yaml) and of scripts/quarterly-supply: the
 * real gwsim binary runs the replay, the real script sums its supply.csv by quarter, and the quarters are checked
 * against the supply.csv rows themselves and against quarters worked out by hand from the scenario's own figures. */
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::TempDir;

/** @brief The calendar quarter of an ISO date: "2025-05-01" -> "2025Q2". */
std::string quarter_of(const std::string& iso)
{
  const int month = std::stoi(iso.substr(5, 2));
  return iso.substr(0, 4) + "Q" + std::to_string((month - 1) / 3 + 1);
}

/** @brief What a supply.csv says `supplier` made, summed by quarter. */
std::map<std::string, double> quarters_from_csv(const Csv& supply, const std::string& supplier)
{
  std::map<std::string, double> made;
  for (std::size_t i = 0; i < supply.size(); ++i)
    if (supply.at(i, "stage") == supplier) made[quarter_of(supply.at(i, "date"))] += supply.number(i, "output");
  return made;
}

/** @brief The `quarter,accelerators` lines printed by scripts/quarterly-supply (header and total line apart). */
struct ScriptOutput {
  int exit_code = -1;
  std::map<std::string, double> quarters;
  std::vector<std::string> order;
  double total = -1;
};

ScriptOutput run_script(const std::string& out, const std::string& supplier, const TempDir& tmp)
{
  ScriptOutput r;
  const std::string printed = tmp / "quarters.csv";
  r.exit_code =
      gwsim_e2e::run_command(gwsim_e2e::shell_quote(std::string(GWSIM_SOURCE_DIR) + "/scripts/quarterly-supply") + " " +
                             gwsim_e2e::shell_quote(out) + " --supplier " + supplier + " >" +
                             gwsim_e2e::shell_quote(printed) + " 2>" + gwsim_e2e::shell_quote(tmp / "stderr"));
  if (r.exit_code != 0) return r;
  const Csv csv = Csv::read(printed);
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const std::string q = csv.at(i, "quarter");
    if (q == "total") {
      r.total = csv.number(i, "accelerators");
    } else {
      r.quarters[q] = csv.number(i, "accelerators");
      r.order.push_back(q);
    }
  }
  return r;
}

class ReplayCowos : public ::testing::Test {
 protected:
  void SetUp() override
  {
    out_ = tmp_ / "out";
    ASSERT_EQ(
        gwsim_e2e::run_gwsim({"run", gwsim_e2e::scenario_path("replays/cowos-2023-2025.yaml"), "-o", out_, "--quiet"},
                             "/dev/null", tmp_ / "gwsim-stderr"),
        0)
        << gwsim_e2e::slurp(tmp_ / "gwsim-stderr");
    supply_ = Csv::read(out_ + "/supply.csv");
  }
  TempDir tmp_;
  std::string out_;
  Csv supply_;
};

// supply.csv writes each row to 0.001, so a quarter's sum of three rows is within 0.0015 of the exact figure, and the
// script prints to 0.001 again.
constexpr double kRowsTol = 0.003;

} // namespace

TEST_F(ReplayCowos, QuarterlyTotalsAreTheSumOfSupplyRows)
{
  const ScriptOutput nvidia = run_script(out_, "nvidia", tmp_);
  ASSERT_EQ(nvidia.exit_code, 0) << gwsim_e2e::slurp(tmp_ / "stderr");
  const std::map<std::string, double> expected = quarters_from_csv(supply_, "nvidia");
  // 2023-01-01 to 2025-12-31: twelve quarters, printed in order.
  ASSERT_EQ(expected.size(), 12u);
  const std::vector<std::string> twelve = {"2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2",
                                           "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3", "2025Q4"};
  EXPECT_EQ(nvidia.order, twelve);
  double total = 0;
  for (const auto& [quarter, made] : expected) {
    ASSERT_EQ(nvidia.quarters.count(quarter), 1u) << quarter;
    EXPECT_NEAR(nvidia.quarters.at(quarter), made, kRowsTol) << quarter;
    EXPECT_GT(made, 0) << quarter;
    total += made;
  }
  EXPECT_NEAR(nvidia.total, total, 12 * kRowsTol);
  // The other supplier's rows sum the same way (a supplier named on the command line, not only the default).
  const ScriptOutput others = run_script(out_, "others", tmp_);
  ASSERT_EQ(others.exit_code, 0);
  for (const auto& [quarter, made] : quarters_from_csv(supply_, "others"))
    EXPECT_NEAR(others.quarters.at(quarter), made, kRowsTol) << quarter;
  // A stage is not a supplier, and a name that is neither is an error, not an empty table.
  EXPECT_NE(run_script(out_, "cowos", tmp_).exit_code, 0);
  EXPECT_NE(run_script(out_, "amd", tmp_).exit_code, 0);
}

TEST_F(ReplayCowos, HandWorkedQuartersWhereCowosBinds)
{
  const ScriptOutput nvidia = run_script(out_, "nvidia", tmp_);
  ASSERT_EQ(nvidia.exit_code, 0) << gwsim_e2e::slurp(tmp_ / "stderr");
  // CoWoS binds every day: nvidia asks for every wafer and `others` ask (1 - s) / s of that, so the asks add up to
  // capacity / s and CoWoS (out the same day, 95% good) divides its output pro rata: nvidia gets s of it and makes,
  // a day, s x 0.95 x capacity/day x packages per wafer. A month is 365.25 / 12 days: X/month = X x 12 / 365.25 a day.
  const double per_day = 12.0 / 365.25;
  // 2025Q2 (2025-04-01 to 2025-06-30, 91 days), B200 (16 per wafer), capacity 55k/month, s = 60%:
  // 0.6 x 0.95 x 16 x 55,000 x 12 / 365.25 x 91 = 501,600 x 0.0328542 x 91 = 1,499,650.103.
  EXPECT_NEAR(nvidia.quarters.at("2025Q2"), 0.6 * 0.95 * 16 * 55000 * per_day * 91, kRowsTol);
  EXPECT_NEAR(nvidia.quarters.at("2025Q2"), 1499650.103, kRowsTol);
  // 2024Q4 (92 days), H200 (28.5 per wafer), capacity 35k/month, s = 61%:
  // 0.61 x 0.95 x 28.5 x 35,000 x 12 / 365.25 x 92 = 578,053.125 x 0.0328542 x 92 = 1,747,210.349.
  EXPECT_NEAR(nvidia.quarters.at("2024Q4"), 1747210.349, kRowsTol);
  // 2023Q1 (90 days), H100, 8k/month, s = 60%: 0.6 x 0.95 x 28.5 x 8,000 x 12 / 365.25 x 90 = 384,275.975.
  EXPECT_NEAR(nvidia.quarters.at("2023Q1"), 384275.975, kRowsTol);
  // Every month: cowos is the binding stage, starts at capacity, and nvidia used s of its good output (B200 from 2025:
  // output / 16 wafers), so HBM, never short on these figures, does not bind.
  for (std::size_t i = 0; i < supply_.size(); ++i) {
    const std::string stage = supply_.at(i, "stage");
    EXPECT_EQ(supply_.at(i, "binding"), stage == "cowos" ? "1" : "0") << supply_.at(i, "date") << " " << stage;
    if (stage == "cowos") {
      EXPECT_EQ(supply_.at(i, "utilization"), "1.0000") << supply_.at(i, "date");
    }
  }
  const std::size_t may      = supply_.find("date", "2025-05-01", "stage", "cowos");
  const std::size_t may_nvda = supply_.find("date", "2025-05-01", "stage", "nvidia");
  EXPECT_NEAR(supply_.number(may_nvda, "output") / 16, 0.6 * supply_.number(may, "output"), 0.001);
}
