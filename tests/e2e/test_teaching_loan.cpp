/* End-to-end test of scenarios/teaching/loan.yaml: a loan's draw schedule gates a phase (it starts the instant the
 * second draw lands) and its interest accrues monthly in cashflow.csv, as worked by hand in the file's description
 * (docs/model.md, "Money"). Day 0 is 2026-01-01. */
#include "tests/e2e/hand_worked.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::expect_phase;
using gwsim_e2e::ExpectedPhase;

} // namespace

TEST(TeachingLoan, TheHallStartsWithTheSecondDrawAndInterestAccruesMonthly)
{
  auto run = gwsim_e2e::run_hand_worked(gwsim_e2e::scenario_path("teaching/loan.yaml"));
  ASSERT_EQ(run->exit_code, 0);
  ExpectedPhase h1;
  h1.it_gw = 1, h1.accelerators = 1e6;
  h1.build_start = h1.power_requested = h1.power_granted = "2026-02-01";      // day 31: the second $10B draw
  h1.build_end = h1.energized = h1.first_online = h1.complete = "2026-03-03"; // 31 + 30; its lot came on day 40
  h1.binding                                                  = "funding";    // without the wait: day 30
  expect_phase(run->phases, "s", "h1", h1);
  EXPECT_NEAR(run->phases.number(0, "wait_funding_days"), 31, 1e-6);

  // cashflow.csv: the two draws from the bank, then 1% a month of what was owed on the first of the month before.
  const Csv cash = Csv::read(run->dir / "out/cashflow.csv");
  std::vector<std::string> draws, interest;
  double interest_usd = 0;
  for (std::size_t i = 0; i < cash.size(); ++i) {
    const std::string row =
        cash.at(i, "date") + " " + cash.at(i, "from") + "->" + cash.at(i, "to") + " " + cash.at(i, "amount_usd");
    if (cash.at(i, "category") == "funding") draws.push_back(row);
    if (cash.at(i, "category") == "interest") {
      interest.push_back(row);
      interest_usd += cash.number(i, "amount_usd");
    }
  }
  EXPECT_EQ(draws,
            (std::vector<std::string>{"2026-01-01 bank->buyer 10000000000", "2026-02-01 bank->buyer 10000000000"}));
  EXPECT_EQ(interest, (std::vector<std::string>{
                          "2026-02-01 buyer->bank 100000000", // 1% x $10B (the January draw)
                          "2026-03-01 buyer->bank 201000000", // 1% x ($10B + $0.1B + $10B)
                          "2026-04-01 buyer->bank 203010000", // 1% x $20.301B
                          "2026-05-01 buyer->bank 205040100", // 1% x $20.50401B (the horizon's end)
                      }));
  EXPECT_NEAR(interest_usd, 709.0501e6, 1);
  // Interest is owed, not paid from the funds: the funds received and committed are the $20B drawn, and capex is
  // the hall's $20B.
  EXPECT_NEAR(gwsim_e2e::timeline_at(run->timeline, "2026-05-01", "funds_received_usd"), 20e9, 1);
  EXPECT_NEAR(gwsim_e2e::timeline_at(run->timeline, "2026-05-01", "funds_available_usd"), 0, 1);
  EXPECT_NEAR(gwsim_e2e::timeline_at(run->timeline, "2026-05-01", "capex_usd"), 20e9, 1);
}
