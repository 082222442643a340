/* Bad names and references: duplicates, dangling references, self-dependencies, cycles and bad schedules. Each case
 * changes kMinimal (line numbers in test_loader_support.hpp); the comments count the columns. */
#include "tests/load/test_loader_support.hpp"

using namespace gwsim;
using gwsim::test::expect_error;
using gwsim::test::kMinimal;
using gwsim::test::load_error;
using gwsim::test::replaced;

namespace {

/** @brief kMinimal with p1 made to wait for `ref` (inserted as line 24, `        after: [` is 16 characters). */
std::string p1_after(const std::string& ref)
{
  return replaced(kMinimal, "        build: 1 month\n      - name: p2",
                  "        build: 1 month\n        after: [" + ref + "]\n      - name: p2");
}

} // namespace

TEST(LoaderErrors, DuplicateAcceleratorName)
{
  // The second A is declared on line 7 (`  - name: ` is 10 characters); the first on line 5.
  expect_error(
      load_error(replaced(kMinimal, "    it_power: 1 kW\n", "    it_power: 1 kW\n  - name: A\n    it_power: 2 kW\n")),
      7, 11, "accelerators.A.name", "duplicate accelerator name \"A\" (first declared on line 5)");
}

TEST(LoaderErrors, DuplicatePhaseName)
{
  // p2 renamed p1 on line 24: `      - name: ` is 14 characters.
  expect_error(load_error(replaced(kMinimal, "      - name: p2", "      - name: p1")), 24, 15, "sites.x.phases.p1.name",
               "duplicate phase name \"p1\" (first declared on line 21)");
}

TEST(LoaderErrors, DuplicateSiteName)
{
  const std::string text =
      kMinimal + "  - name: x\n    region: r\n    phases: [{name: q, it_power: 1 MW, build: 1 day}]\n";
  // The second site x is on line 28.
  expect_error(load_error(text), 28, 11, "sites.x.name", "duplicate site name \"x\" (first declared on line 18)");
}

TEST(LoaderErrors, DuplicateLane)
{
  // The second lane s->r starts on line 14 at column 5 (after `  - `); lanes have no name, hence the index.
  expect_error(load_error(replaced(kMinimal, "    to: r\n", "    to: r\n  - from: s\n    to: r\n")), 14, 5, "lanes[1]",
               "duplicate lane s->r");
}

TEST(LoaderErrors, DanglingProduct)
{
  // `    product: ` is 13 characters.
  expect_error(load_error(replaced(kMinimal, "product: A", "product: Z")), 9, 14, "suppliers.s.product",
               "expected the name of a declared accelerator (A), found \"Z\"");
}

TEST(LoaderErrors, DanglingProductInSchedule)
{
  // `    product: {2026-01: A, 2026-06: ` is 35 characters.
  expect_error(load_error(replaced(kMinimal, "product: A", "product: {2026-01: A, 2026-06: B}")), 9, 36,
               "suppliers.s.product.2026-06", "declared accelerator (A), found \"B\"");
}

TEST(LoaderErrors, DanglingLaneSupplier)
{
  // `  - from: ` is 10 characters.
  expect_error(load_error(replaced(kMinimal, "  - from: s", "  - from: q")), 12, 11, "lanes[0].from",
               "expected the name of a declared supplier (s), found \"q\"");
}

TEST(LoaderErrors, DanglingLaneRegion)
{
  expect_error(load_error(replaced(kMinimal, "    to: r", "    to: q")), 13, 9, "lanes[0].to",
               "expected the name of a declared region (r), found \"q\"");
}

TEST(LoaderErrors, DanglingSiteRegion)
{
  expect_error(load_error(replaced(kMinimal, "    region: r", "    region: texas")), 19, 13, "sites.x.region",
               "declared region (r), found \"texas\"");
}

TEST(LoaderErrors, DanglingPhaseAccelerator)
{
  // Inserted as line 24; `        accelerator: ` is 21 characters.
  expect_error(load_error(replaced(kMinimal, "        build: 1 month\n      - name: p2",
                                   "        build: 1 month\n        accelerator: Z\n      - name: p2")),
               24, 22, "sites.x.phases.p1.accelerator", "declared accelerator (A), found \"Z\"");
}

TEST(LoaderErrors, DanglingAfter)
{
  // p2's after is line 27; `        after: [` is 16 characters. The item has no name, hence the index.
  expect_error(load_error(replaced(kMinimal, "after: [p1]", "after: [p9]")), 27, 17, "sites.x.phases.p2.after[0]",
               "expected the name of a phase of site \"x\" (p1, p2) or SITE/PHASE, found \"p9\"");
}

TEST(LoaderErrors, DanglingQualifiedAfter)
{
  expect_error(load_error(replaced(kMinimal, "after: [p1]", "after: [y/p1]")), 27, 17, "sites.x.phases.p2.after[0]",
               "expected SITE/PHASE naming a declared phase (x/p1, x/p2), found \"y/p1\"");
}

TEST(LoaderErrors, AfterIsNotAList)
{
  expect_error(load_error(replaced(kMinimal, "after: [p1]", "after: {p1: 1}")), 27, 16, "sites.x.phases.p2.after",
               "expected a list of phases such as [p1] or [site/p1], found a map");
}

TEST(LoaderErrors, PhaseAfterItself)
{
  expect_error(load_error(replaced(kMinimal, "after: [p1]", "after: [x/p2]")), 27, 17, "sites.x.phases.p2.after[0]",
               "a phase cannot be after itself, found \"x/p2\"");
}

TEST(LoaderErrors, TwoPhaseCycle)
{
  // p1 after p2 and p2 after p1. The cycle is named from the first declared phase and located at its `after`
  // list: line 24, the `[` after `        after: ` (15 characters).
  expect_error(load_error(p1_after("p2")), 24, 16, "sites.x.phases.p1.after", "dependency cycle: x/p1 -> x/p2 -> x/p1");
}

TEST(LoaderErrors, CycleAcrossSites)
{
  // x/p1 after y/q1, y/q1 after x/p2, x/p2 after x/p1: three phases over two sites.
  const std::string text = p1_after("y/q1") + "  - name: y\n    region: r\n    phases:\n"
                                              "      - {name: q1, it_power: 1 MW, build: 1 day, after: [x/p2]}\n";
  expect_error(load_error(text), 24, 16, "sites.x.phases.p1.after", "dependency cycle: x/p1 -> y/q1 -> x/p2 -> x/p1");
}

TEST(LoaderErrors, DuplicateScheduleDate)
{
  // 2026-01 and 2026-01-01 are the same day. `    rate: {2026-01: 1/day, ` is 27 characters.
  expect_error(load_error(replaced(kMinimal, "rate: 1000/day", "rate: {2026-01: 1/day, 2026-01-01: 2/day}")), 10, 28,
               "suppliers.s.rate.2026-01-01", "duplicate date 2026-01-01");
}

TEST(LoaderErrors, BadScheduleDate)
{
  // `    headroom: {` is 15 characters.
  expect_error(load_error(replaced(kMinimal, "headroom: 1 GW", "headroom: {2026-1: 1 GW}")), 16, 16,
               "regions.r.headroom.2026-1", "expected a date such as \"2026-01-01\" or \"2026-01\", found \"2026-1\"");
}

TEST(LoaderErrors, EmptySchedule)
{
  // `    headroom: ` is 14 characters.
  expect_error(load_error(replaced(kMinimal, "headroom: 1 GW", "headroom: {}")), 16, 15, "regions.r.headroom",
               "or a non-empty map from date to such a value, found an empty map");
}

TEST(LoaderErrors, WrongUnitInSchedule)
{
  // `    headroom: {2026-01: ` is 24 characters.
  expect_error(load_error(replaced(kMinimal, "headroom: 1 GW", "headroom: {2026-01: 1 GWh}")), 16, 25,
               "regions.r.headroom.2026-01", "found \"1 GWh\"");
}
