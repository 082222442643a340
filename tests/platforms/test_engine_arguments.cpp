/* The SimGrid command line gwsim builds (platforms/world_platform.hpp, engine_arguments), and the two environment
 * variables that add to it (docs/cli.md, Environment). Each TEST runs in its own process, so setenv stays local. */
#include "platforms/world_platform.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

namespace gwsim {
namespace {

bool has(const std::vector<std::string>& args, const std::string& arg)
{
  return std::find(args.begin(), args.end(), arg) != args.end();
}

TEST(EngineArguments, ExactNetworkAndSilentLogsByDefault)
{
  unsetenv("GWSIM_SIMGRID_CFG");
  unsetenv("GWSIM_SIMGRID_LOG");
  const auto args = engine_arguments(false);
  EXPECT_TRUE(has(args, "--cfg=network/model:CM02"));
  EXPECT_TRUE(has(args, "--cfg=network/crosstraffic:0"));
  EXPECT_TRUE(has(args, "--cfg=network/TCP-gamma:0"));
  EXPECT_TRUE(has(args, "--log=root.thresh:warning"));
  EXPECT_FALSE(has(engine_arguments(true), "--log=root.thresh:warning")) << "--verbose lets SimGrid log";
}

TEST(EngineArguments, EnvironmentAddsSettingsAndLogsAfterGwsimsOwn)
{
  setenv("GWSIM_SIMGRID_CFG", " contexts/factory:thread  contexts/stack-size:512 ", 1);
  setenv("GWSIM_SIMGRID_LOG", "ker_simcall.thres:debug", 1);
  const auto args = engine_arguments(false);
  const auto at   = [&args](const std::string& a) { return std::find(args.begin(), args.end(), a) - args.begin(); };
  ASSERT_TRUE(has(args, "--cfg=contexts/factory:thread"));
  ASSERT_TRUE(has(args, "--cfg=contexts/stack-size:512"));
  ASSERT_TRUE(has(args, "--log=ker_simcall.thres:debug"));
  // Later arguments win in SimGrid: the user's come after gwsim's defaults.
  EXPECT_GT(at("--cfg=contexts/stack-size:512"), at("--cfg=contexts/stack-size:256"));
  EXPECT_GT(at("--log=ker_simcall.thres:debug"), at("--log=root.thresh:warning"));
}

} // namespace
} // namespace gwsim
