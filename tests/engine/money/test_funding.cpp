/* The buyer's funds (docs/model.md, "Money"): releases on dates and per GW online, budgets, and the order in which
 * waiting phases are funded. Worked by hand; no SimGrid. */
#include "sim/engine/money/funding.hpp"
#include "tests/engine/test_worlds.hpp"

#include <gtest/gtest.h>

namespace gwsim {
namespace {

/** @brief The test world's supplier and grid, facility $10B/GW, and phases of `mw` MW each on one site. */
Scenario with_phases(std::initializer_list<double> mw)
{
  Scenario s = testing::one_supplier(Schedule<Rate>::always(Rate{1000}), 7);
  testing::add_grid_and_lane(s, 0, 1e9);
  s.finance.facility = MoneyPerPower{10.0}; // $10B/GW = $10/W
  Site site;
  site.name   = "s";
  site.region = 0;
  int i       = 0;
  for (double m : mw) {
    Phase p;
    p.name     = "p" + std::to_string(i++);
    p.it_power = Power{m * 1e6};
    site.phases.push_back(p);
  }
  s.sites.push_back(site);
  return s;
}

TEST(Funding, NoFundsGatesNothing)
{
  const Funding f(with_phases({10}));
  EXPECT_FALSE(f.gates());
}

TEST(Funding, BudgetIsFacilityPlusAcceleratorsAtTheirPrice)
{
  // 10 MW: facility $10/W x 1e7 W = $100M; 10,000 accelerators of 1 kW at $10k = $100M: $200M.
  Scenario s = with_phases({10});
  s.finance.funds.push_back(Fund{"equity", "", Money{1e9}, std::nullopt, std::nullopt, {}, std::nullopt});
  const Funding f(s);
  EXPECT_TRUE(f.gates());
  EXPECT_DOUBLE_EQ(f.budget(0), 200e6);
}

TEST(Funding, DatedAmountArrivesWholeOnItsDate)
{
  Scenario s = with_phases({10});
  s.finance.funds.push_back(Fund{"equity", "", Money{300e6}, s.start.add_days(40), std::nullopt, {}, std::nullopt});
  Funding f(s);
  EXPECT_TRUE(f.release(39, 0).empty()); // day 40 = 2026-02-10 not yet
  const auto r = f.release(40, 0);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_DOUBLE_EQ(r[0].usd, 300e6);
  EXPECT_TRUE(f.release(100, 0).empty()); // released once
  EXPECT_DOUBLE_EQ(f.received(), 300e6);
}

TEST(Funding, DrawsArriveEachOnItsDate)
{
  // A draw schedule of $100M on day 10 and $200M on day 40: nothing before day 10, $100M on it, nothing more until
  // day 40, then $200M; both at once when the first release comes after both dates.
  Scenario s = with_phases({10});
  Fund loan{"loan", "bank", Money{300e6}, std::nullopt, std::nullopt, {}, std::nullopt};
  loan.draws = {{s.start.add_days(10), Money{100e6}}, {s.start.add_days(40), Money{200e6}}};
  s.finance.funds.push_back(loan);
  Funding f(s);
  EXPECT_TRUE(f.release(9, 0).empty());
  EXPECT_DOUBLE_EQ(f.release(10, 0).at(0).usd, 100e6);
  EXPECT_TRUE(f.release(39, 0).empty());
  EXPECT_DOUBLE_EQ(f.release(40, 0).at(0).usd, 200e6);
  EXPECT_TRUE(f.release(400, 9e9).empty());
  EXPECT_DOUBLE_EQ(f.received(), 300e6);
  Funding late(s);
  EXPECT_DOUBLE_EQ(late.release(50, 0).at(0).usd, 300e6);
}

TEST(Funding, TranchesFollowWholeGwOnlineUntilTheAmountIsUsed)
{
  // $25B in tranches of $10B per GW online: 0.9 GW pays nothing, 1 GW $10B, 2.5 GW $10B more, 3 GW the last $5B.
  Scenario s = with_phases({10});
  s.finance.funds.push_back(Fund{"deal", "fab", Money{25e9}, std::nullopt, Money{10e9}, {}, std::nullopt});
  Funding f(s);
  EXPECT_TRUE(f.release(1, 0.9e9).empty());
  EXPECT_DOUBLE_EQ(f.release(2, 1.0e9).at(0).usd, 10e9);
  EXPECT_DOUBLE_EQ(f.release(3, 2.5e9).at(0).usd, 10e9);
  EXPECT_DOUBLE_EQ(f.release(4, 3.0e9).at(0).usd, 5e9);
  EXPECT_TRUE(f.release(5, 9.0e9).empty());
  EXPECT_DOUBLE_EQ(f.received(), 25e9);
}

TEST(Funding, WaitingPhasesAreFundedInOrderAndTheFirstHoldsTheOthers)
{
  // Budgets: p0 20 MW = $400M, p1 10 MW = $200M, p2 10 MW = $200M. With $300M, p1 (ready first) is funded and p0
  // (ready next) does not fit: it holds p2 behind it, though p2 would fit in what is left ($100M < $200M anyway).
  // With $300M more: p0 ($400M of the $400M available), then p2 waits for $200M more.
  Scenario s = with_phases({20, 10, 10});
  s.finance.funds.push_back(Fund{"a", "", Money{300e6}, std::nullopt, std::nullopt, {}, std::nullopt});
  s.finance.funds.push_back(Fund{"b", "", Money{300e6}, s.start.add_days(10), std::nullopt, {}, std::nullopt});
  s.finance.funds.push_back(Fund{"c", "", Money{200e6}, s.start.add_days(20), std::nullopt, {}, std::nullopt});
  Funding f(s);
  f.wait(1, 0);
  f.wait(0, 5);
  f.wait(2, 5);
  f.release(0, 0);
  EXPECT_EQ(f.commit(), (std::vector<std::size_t>{1}));
  f.release(10, 0);
  EXPECT_EQ(f.commit(), (std::vector<std::size_t>{0}));
  EXPECT_DOUBLE_EQ(f.available(), 0);
  f.release(20, 0);
  EXPECT_EQ(f.commit(), (std::vector<std::size_t>{2}));
  EXPECT_DOUBLE_EQ(f.committed(), 800e6);
}

TEST(Funding, PhasesReadyAtOneInstantGoInDeclarationOrder)
{
  // p2 queues first in time but within the same instant as p1: declaration order puts p1 first; $200M funds one.
  Scenario s = with_phases({10, 10, 10});
  s.finance.funds.push_back(Fund{"a", "", Money{200e6}, std::nullopt, std::nullopt, {}, std::nullopt});
  Funding f(s);
  f.wait(2, 7.0);
  f.wait(1, 7.0);
  f.release(7, 0);
  EXPECT_EQ(f.commit(), (std::vector<std::size_t>{1}));
}

} // namespace
} // namespace gwsim
