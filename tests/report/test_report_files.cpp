/* End-to-end tests of `gwsim report` on the reference scenario's outputs: every chart file, a page that holds its
 * images (no reference to anything outside it), byte-identical reports, and the errors (exit 2, the file named,
 * nothing written). */
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace {

using namespace gwsim_report_test;
namespace fs = std::filesystem;

} // namespace

TEST(Report, WritesEveryChartAndOneSelfContainedPage)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  run_reference(tmp, out);
  ASSERT_EQ(report(tmp, out), 0) << slurp(tmp / "report.err");
  for (const auto& chart : kReferenceCharts)
    for (const char* ext : {".png", ".svg"})
      EXPECT_GT(fs::file_size(out + "/report/" + chart + ext), 1000u) << chart << ext;
  for (const auto& data : kReferenceChartData)
    EXPECT_TRUE(fs::is_regular_file(out + "/report/" + data + ".csv")) << data;

  const std::string page = slurp(out + "/report.html");
  // Every src and href points at embedded data or an anchor of the page; nothing is fetched.
  int images = 0;
  for (const auto& target : references(page)) {
    EXPECT_TRUE(target.rfind("data:image/png;base64,", 0) == 0 || target.rfind("#", 0) == 0) << target.substr(0, 60);
    images += target.rfind("data:", 0) == 0 ? 1 : 0;
  }
  EXPECT_EQ(images, static_cast<int>(kReferenceCharts.size()));
  EXPECT_EQ(page.find("url("), std::string::npos) << "a style loads something";
  EXPECT_EQ(page.find("@import"), std::string::npos);
  // No temporary file is left behind.
  for (const auto& file : files_below(out))
    EXPECT_EQ(file.find(".tmp"), std::string::npos) << file;
  // README.md shows the reference's capacity chart as the report makes it today (reports are byte-identical).
  EXPECT_TRUE(slurp(out + "/report/capacity.png") == slurp(std::string(GWSIM_SOURCE_DIR) + "/docs/img/capacity.png"))
      << "docs/img/capacity.png is not the reference's chart of today: run scripts/update-report-images";
}

TEST(Report, TwoReportsOfTheSameOutputsAreByteIdentical)
{
  TempDir tmp;
  const std::string a = tmp / "a";
  run_reference(tmp, a);
  const std::string b = tmp / "b";
  fs::copy(a, b, fs::copy_options::recursive);
  ASSERT_EQ(report(tmp, a), 0) << slurp(tmp / "report.err");
  ASSERT_EQ(report(tmp, b), 0) << slurp(tmp / "report.err");
  const auto files = files_below(a);
  ASSERT_EQ(files, files_below(b));
  for (const auto& file : files)
    EXPECT_TRUE(slurp(a + "/" + file) == slurp(b + "/" + file)) << file << " differs";
}

TEST(Report, MissingFolderExitsTwoAndNamesIt)
{
  TempDir tmp;
  const std::string missing = tmp / "no-such-run";
  EXPECT_EQ(report(tmp, missing), 2);
  const std::string err = slurp(tmp / "report.err");
  EXPECT_NE(err.find("gwsim: error: " + missing + ": no such folder"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(missing));
}

TEST(Report, MissingOrMalformedFileExitsTwoNamesItAndWritesNothing)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  run_reference(tmp, out);
  const auto before = files_below(out);

  fs::rename(out + "/timeline.csv", tmp / "timeline.csv");
  EXPECT_EQ(report(tmp, out), 2);
  std::string err = slurp(tmp / "report.err");
  EXPECT_NE(err.find("gwsim: error: " + out + "/timeline.csv: no such file"), std::string::npos) << err;
  EXPECT_EQ(err.find("Traceback"), std::string::npos) << err;

  // A number that is not one: the file, its line and the column are named.
  std::string timeline = slurp(tmp / "timeline.csv");
  timeline.replace(timeline.find("\n2026-02-01,") + 12, 8, "zero.000");
  std::ofstream(out + "/timeline.csv", std::ios::binary) << timeline;
  EXPECT_EQ(report(tmp, out), 2);
  err = slurp(tmp / "report.err");
  EXPECT_NE(err.find("gwsim: error: " + out + "/timeline.csv:3: column demand_gw"), std::string::npos) << err;
  EXPECT_EQ(err.find("Traceback"), std::string::npos) << err;

  fs::remove(out + "/timeline.csv");
  fs::rename(tmp / "timeline.csv", out + "/timeline.csv");
  EXPECT_EQ(files_below(out), before) << "a failed report wrote something";
}

TEST(Report, MissingPythonExitsTwoWithAClearMessage)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  run_reference(tmp, out);
  const std::string command = "GWSIM_PYTHON=/no/such/python3 " + gwsim_e2e::shell_quote(GWSIM_BINARY) + " report " +
                              gwsim_e2e::shell_quote(out) + " 2>" + gwsim_e2e::shell_quote(tmp / "err");
  EXPECT_EQ(gwsim_e2e::run_command(command), 2);
  const std::string err = slurp(tmp / "err");
  EXPECT_NE(err.find("gwsim: error: the report needs Python 3"), std::string::npos) << err;
  EXPECT_FALSE(fs::exists(out + "/report.html"));
}
