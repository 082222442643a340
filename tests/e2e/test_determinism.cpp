/* Same scenario and seed ⇒ byte-identical outputs, whatever the memory layout. SimGrid wakes actors whose activities
 * end at the same instant in an order that follows heap addresses: before the model fixed that order (instants closed
 * once at rest, canonical deliveries, the event sort), this scenario's 20 suppliers, whose weekly lots all end
 * together, were allocated in a different order under another malloc configuration (measured with GLIBC_TUNABLES and
 * under perf), and phases.csv changed. */
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>

namespace {
using namespace gwsim_e2e;

/** @brief Runs `scenario` into `dir` with the given malloc tunables; returns the exit code. */
int run_with_layout(const std::string& scenario, const std::string& dir, const std::string& tunables)
{
  return run_command("GLIBC_TUNABLES=" + shell_quote(tunables) + " " + shell_quote(GWSIM_BINARY) + " run " +
                     shell_quote(scenario) + " -o " + shell_quote(dir) + " --quiet");
}

TEST(Determinism, OutputsDoNotDependOnMemoryLayout)
{
  TempDir tmp;
  ASSERT_EQ(run_gwsim({"generate", "--sites", "300", "--phases", "4", "--suppliers", "20", "--regions", "5", "--years",
                       "6", "-o", tmp / "s.yaml"}),
            0);
  ASSERT_EQ(run_with_layout(tmp / "s.yaml", tmp / "a", ""), 0);
  ASSERT_EQ(run_with_layout(tmp / "s.yaml", tmp / "b", "glibc.malloc.mmap_threshold=4096:glibc.malloc.tcache_count=0"),
            0);
  ASSERT_EQ(run_with_layout(tmp / "s.yaml", tmp / "c", "glibc.malloc.top_pad=1048576"), 0);
  for (const char* file : {"events.csv", "phases.csv", "timeline.csv"}) {
    const std::string a = slurp(tmp / "a/" + std::string(file));
    EXPECT_FALSE(a.empty());
    EXPECT_TRUE(a == slurp(tmp / "b/" + std::string(file))) << file << " differs under another malloc layout";
    EXPECT_TRUE(a == slurp(tmp / "c/" + std::string(file))) << file << " differs under another malloc layout";
  }
}

TEST(Determinism, SupplyChainOutputsDoNotDependOnMemoryLayout)
{
  // The same with a 4-stage supply chain (gwsim generate --stages): stages' executions and suppliers' lots at their
  // chain-limited rates, supply.csv and the timeline's supply_binding.
  TempDir tmp;
  ASSERT_EQ(run_gwsim({"generate", "--sites", "100", "--phases", "3", "--suppliers", "8", "--regions", "3", "--years",
                       "5", "--stages", "4", "-o", tmp / "s.yaml"}),
            0);
  ASSERT_EQ(run_with_layout(tmp / "s.yaml", tmp / "a", ""), 0);
  ASSERT_EQ(run_with_layout(tmp / "s.yaml", tmp / "b", "glibc.malloc.mmap_threshold=4096:glibc.malloc.tcache_count=0"),
            0);
  for (const char* file : {"events.csv", "phases.csv", "timeline.csv", "supply.csv"}) {
    const std::string a = slurp(tmp / "a/" + std::string(file));
    EXPECT_FALSE(a.empty()) << file;
    EXPECT_TRUE(a == slurp(tmp / "b/" + std::string(file))) << file << " differs under another malloc layout";
  }
}

} // namespace
