/* The report page opened in a real headless browser (Debian's chromium, which scripts/test installs): it renders to a
 * screenshot, and every chart image decodes. A test-only copy of the page carries a script that, once the page has
 * loaded, writes into its title whether each <img> decoded (naturalWidth > 0); chromium --dump-dom prints the DOM.
 * The reports of a run and of an ensemble. */
#include "tests/e2e/ensemble_support.hpp"
#include "tests/report/report_fixture.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

namespace {

using namespace gwsim_report_test;
using gwsim_e2e::run_command;
using gwsim_e2e::shell_quote;

const char* kProbe = "<script>window.addEventListener('load', function () { var seen = [];"
                     " for (var i of document.images) seen.push(i.complete && i.naturalWidth > 0 ? 'ok' : 'bad');"
                     " document.title = 'decoded:' + seen.join(','); });</script></body>";

/** @brief chromium, headless, as root too, with its profile in `tmp`, on `page` with the given options; its exit code.
 */
int chromium(const TempDir& tmp, const std::string& page, const std::string& options, const std::string& stdout_file)
{
  return run_command("timeout 120 chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars "
                     "--user-data-dir=" +
                     shell_quote(tmp / "profile") + " " + options + " " + shell_quote("file://" + page) + " >" +
                     shell_quote(stdout_file) + " 2>" + shell_quote(tmp / "chromium.err"));
}

/** @brief The title chromium sees once `page` (a copy of report.html with the probe) has loaded. */
std::string decoded(const TempDir& tmp, const std::string& html, const std::string& name)
{
  std::string probed = html;
  probed.replace(probed.rfind("</body>"), 7, kProbe);
  const std::string page = tmp / name;
  std::ofstream(page, std::ios::binary) << probed;
  EXPECT_EQ(chromium(tmp, page, "--virtual-time-budget=10000 --dump-dom", tmp / "dom.html"), 0)
      << slurp(tmp / "chromium.err");
  std::smatch title;
  const std::string dom = slurp(tmp / "dom.html");
  return std::regex_search(dom, title, std::regex("<title>([^<]*)</title>")) ? title[1].str() : dom.substr(0, 200);
}

/** @brief Opens `out`/report.html in chromium: a screenshot is taken and every one of its `images` images decodes. */
void expect_renders(const TempDir& tmp, const std::string& out, std::size_t images)
{
  const std::string shot = tmp / "report.png";
  ASSERT_EQ(
      chromium(tmp, out + "/report.html", "--window-size=1280,2000 --screenshot=" + shell_quote(shot), "/dev/null"), 0)
      << slurp(tmp / "chromium.err");
  EXPECT_GT(std::filesystem::file_size(shot), 10000u) << "an empty screenshot";
  std::string expected = "decoded:";
  for (std::size_t i = 0; i < images; ++i)
    expected += i == 0 ? "ok" : ",ok";
  EXPECT_EQ(decoded(tmp, slurp(out + "/report.html"), "probe.html"), expected);
}

} // namespace

TEST(ReportBrowser, RendersAndEveryImageDecodes)
{
  ASSERT_EQ(run_command("command -v chromium >/dev/null"), 0) << "chromium is missing: run scripts/setup --test";
  TempDir tmp;
  const std::string out = tmp / "out";
  run_reference(tmp, out);
  ASSERT_EQ(report(tmp, out), 0) << slurp(tmp / "report.err");
  expect_renders(tmp, out, kReferenceCharts.size());

  // The probe tells a broken image: the first one's data spoilt.
  std::string spoilt   = slurp(out + "/report.html");
  const std::size_t at = spoilt.find("base64,") + 7;
  spoilt.replace(at, 40, std::string(40, 'A'));
  EXPECT_NE(decoded(tmp, spoilt, "spoilt.html").find("decoded:bad,ok"), std::string::npos);
}

// An ensemble's report (scenarios/teaching/uncertain-build.yaml, 20 replicas): capacity bands, milestone dates,
// binding shares and the accelerators waiting; no sensitivity.csv, so no tornado: 4 images.
TEST(ReportBrowser, AnEnsemblesReportRendersToo)
{
  ASSERT_EQ(run_command("command -v chromium >/dev/null"), 0) << "chromium is missing: run scripts/setup --test";
  TempDir tmp;
  const std::string out = tmp / "ens";
  ASSERT_EQ(gwsim_e2e::run_ensemble(gwsim_e2e::uncertain_build_path(), 20, out), 0);
  ASSERT_EQ(report(tmp, out), 0) << slurp(tmp / "report.err");
  expect_renders(tmp, out, 4);
}
