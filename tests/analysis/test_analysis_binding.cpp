/* The binding rule of docs/model.md ("What held a phase back"), on timings worked out by hand. */
#include "analysis/binding.hpp"

#include <gtest/gtest.h>

using namespace gwsim;

namespace {
PhaseTimings timings(double ts, double tc, double tp, double ta, double install, double funding = 0)
{
  return PhaseTimings{ts, tc, tp, ta, install, funding};
}
} // namespace

TEST(Binding, ModelExampleIsPower)
{
  // Built day 30, power day 274, accelerators in by day 102, install 61 days.
  const PhaseTimings t = timings(0, 30, 274, 102, 61);
  EXPECT_DOUBLE_EQ(completion_without(t, Constraint::construction), 335); // max(max(0, 274) + 61, 102)
  EXPECT_DOUBLE_EQ(completion_without(t, Constraint::power), 102);        // max(30 + 61, 102)
  EXPECT_DOUBLE_EQ(completion_without(t, Constraint::accelerators), 335); // 274 + 61
  EXPECT_DOUBLE_EQ(completion_without(t, Constraint::install), 274);      // max(274, 102)
  EXPECT_EQ(binding_constraint(t), Constraint::power);
  EXPECT_DOUBLE_EQ(wait_power_days(t), 244);      // 274 − 30
  EXPECT_DOUBLE_EQ(wait_accelerators_days(t), 0); // 102 − 274 < 0
}

TEST(Binding, Construction)
{
  // T_c 300, T_p 10, T_a 50, I 5: construction max(10+5, 50) = 50; power max(305, 50) = 305; accelerators 305;
  // install max(300, 50) = 300.
  EXPECT_EQ(binding_constraint(timings(0, 300, 10, 50, 5)), Constraint::construction);
}

TEST(Binding, Accelerators)
{
  // T_c 30, T_p 40, T_a 200, I 10: construction max(50, 200) = 200; power 200; accelerators 40 + 10 = 50;
  // install 200.
  const PhaseTimings t = timings(0, 30, 40, 200, 10);
  EXPECT_EQ(binding_constraint(t), Constraint::accelerators);
  EXPECT_DOUBLE_EQ(wait_accelerators_days(t), 160); // 200 − max(30, 40)
}

TEST(Binding, Install)
{
  // T_c 30, T_p 40, T_a 50, I 100: construction 140; power 130; accelerators 140; install max(40, 50) = 50.
  EXPECT_EQ(binding_constraint(timings(0, 30, 40, 50, 100)), Constraint::install);
}

TEST(Binding, TieGoesToLongerOwnWait)
{
  // T_c 10, T_p 20, T_a 40, I 30: construction max(50, 40) = 50; power max(40, 40) = 40; accelerators 50;
  // install max(20, 40) = 40. Power waited 10 days, install takes 30: install.
  EXPECT_EQ(binding_constraint(timings(0, 10, 20, 40, 30)), Constraint::install);
  // Everything at day 100 with a 100-day build and nothing else waited: construction (own wait 100).
  EXPECT_EQ(binding_constraint(timings(0, 100, 100, 0, 0)), Constraint::construction);
}

TEST(Binding, TieWithEqualWaitsGoesToDeclaredOrder)
{
  // T_c 10, T_p 30, T_a 40, I 20: power max(30, 40) = 40 and install max(30, 40) = 40 (construction and
  // accelerators 50); power waited 20 days, install takes 20: power, declared first.
  EXPECT_EQ(binding_constraint(timings(0, 10, 30, 40, 20)), Constraint::power);
  // Rounding noise in the timings still ties.
  EXPECT_EQ(binding_constraint(timings(0, 10, 30, 40, 20 + 1e-12)), Constraint::power);
}

TEST(Binding, NeverGrantedPowerBinds)
{
  // Power never granted: every estimate but "without power" (max(30 + 10, 100) = 100) is infinite.
  const PhaseTimings t = timings(0, 30, kNever, 100, 10);
  EXPECT_EQ(binding_constraint(t), Constraint::power);
  EXPECT_EQ(wait_power_days(t), kNever);
  EXPECT_DOUBLE_EQ(wait_accelerators_days(t), 0);
}

TEST(Binding, MissingAcceleratorsBind)
{
  // The order never all arrived: only "without accelerators" is finite (max(30, 40) + 10 = 50).
  const PhaseTimings t = timings(0, 30, 40, kNever, 10);
  EXPECT_EQ(binding_constraint(t), Constraint::accelerators);
  EXPECT_EQ(wait_accelerators_days(t), kNever);
}

TEST(Binding, Names)
{
  EXPECT_STREQ(constraint_name(Constraint::construction), "construction");
  EXPECT_STREQ(constraint_name(Constraint::power), "power");
  EXPECT_STREQ(constraint_name(Constraint::accelerators), "accelerators");
  EXPECT_STREQ(constraint_name(Constraint::install), "install");
}

TEST(Binding, FundingWaitBindsWhenStartingEarlierFinishesFirst)
{
  // teaching/funding.yaml's h2: ready at day 0, funded and started at day 30, built day 50, power and accelerators at
  // day 30, install unlimited. Without the funding wait: the whole phase 30 days earlier, max(50 + 0, 30) - 30 = 20;
  // without construction max(30 + 0, 30) = 30; without power, accelerators or install 50. Funding binds.
  const PhaseTimings t = timings(30, 50, 30, 30, 0, 30);
  EXPECT_DOUBLE_EQ(completion_without(t, Constraint::funding), 20);
  EXPECT_EQ(binding_constraint(t), Constraint::funding);
  // No funding wait: funding is no candidate, whatever the rest.
  EXPECT_EQ(binding_constraint(timings(30, 50, 30, 30, 0, 0)), Constraint::construction);
}
