/* Conservation on the reference scenario's supply chain (scenarios/openai-nvidia-10gw.yaml): the real binary's
 * supply.csv, at every report step and stage, against the bills of materials, cycles and yields read from the
 * scenario itself (docs/model.md, "Supply chain"):
 *  - inventory(next step) - inventory(this step) = output - consumed, consumed = sum over the suppliers of what they
 *    made x what their product of the step needs of the stage (the reference's stages have no inputs, and the
 *    product schedule changes only on the first of a month, so each monthly step has one product);
 *  - output = yield x what was started `cycle` earlier (whole days, rounded up): the stages have no inputs, so they
 *    start at capacity every day, and the capacity column (per day at the step's start) holds over the step, the
 *    capacity schedules changing only on the first of a month. */
#include "tests/e2e/csv_reader.hpp"

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

namespace {

using gwsim_e2e::Csv;
using gwsim_e2e::TempDir;

const std::string kReference = gwsim_e2e::scenario_path("openai-nvidia-10gw.yaml");

/** @brief Days since 1970-01-01 of an ISO date (or YYYY-MM: the first of the month). */
long day_number(const std::string& iso)
{
  int y       = std::stoi(iso.substr(0, 4));
  const int m = std::stoi(iso.substr(5, 2));
  const int d = iso.size() >= 10 ? std::stoi(iso.substr(8, 2)) : 1;
  // H. Hinnant's days_from_civil.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/** @brief Whole days from a start to its output: "3 months" = 3 x 365.25 / 12 = 91.3 -> 92 days. */
long cycle_days(const YAML::Node& stage)
{
  if (!stage["cycle"]) return 0;
  const std::string text = stage["cycle"].as<std::string>();
  const double n         = std::stod(text);
  const double unit      = text.find("month") != std::string::npos  ? 365.25 / 12
                           : text.find("week") != std::string::npos ? 7
                           : text.find("year") != std::string::npos ? 365.25
                                                                    : 1;
  return static_cast<long>(std::ceil(n * unit - 1e-9));
}

double yield_of(const YAML::Node& stage)
{
  if (!stage["yield"]) return 1.0;
  const std::string text = stage["yield"].as<std::string>();
  return text.back() == '%' ? std::stod(text) / 100 : std::stod(text);
}

/** @brief A supplier's product on a date: its `product` scalar, or the schedule's entry in force. */
std::string product_on(const YAML::Node& supplier, long day)
{
  const YAML::Node product = supplier["product"];
  if (product.IsScalar()) return product.as<std::string>();
  std::string in_force;
  long since = 0;
  for (const auto& step : product) {
    const long from = day_number(step.first.as<std::string>());
    if (from <= day && (in_force.empty() || from >= since)) {
      in_force = step.second.as<std::string>();
      since    = from;
    }
  }
  return in_force;
}

// supply.csv writes units to 0.001; a difference of four such values and a few products of them stays well within.
constexpr double kTol = 0.05;

} // namespace

TEST(ReferenceSupply, ConservationAtEveryStepAndStage)
{
  TempDir tmp;
  const std::string out = tmp / "out";
  ASSERT_EQ(gwsim_e2e::run_gwsim({"run", kReference, "-o", out, "--quiet"}, "/dev/null", tmp / "stderr"), 0)
      << gwsim_e2e::slurp(tmp / "stderr");
  const Csv supply      = Csv::read(out + "/supply.csv");
  const YAML::Node root = YAML::LoadFile(kReference);
  ASSERT_TRUE(root["stages"] && root["stages"].size() >= 4u) << "the reference runs on a chain";

  std::map<std::string, std::map<std::string, double>> needs; // product -> stage -> units per accelerator
  for (const auto& a : root["accelerators"])
    if (a["needs"])
      for (const auto& n : a["needs"])
        needs[a["name"].as<std::string>()][n.first.as<std::string>()] = n.second.as<double>();

  // Rows by date, in file order: dates[k] is report step k.
  std::vector<std::string> dates;
  std::map<std::string, std::map<std::string, std::size_t>> row; // date -> stage or supplier -> row
  for (std::size_t i = 0; i < supply.size(); ++i) {
    const std::string date = supply.at(i, "date");
    if (dates.empty() || dates.back() != date) dates.push_back(date);
    row[date][supply.at(i, "stage")] = i;
  }
  const long start = day_number(root["start"].as<std::string>());
  const long end   = day_number(root["end"].as<std::string>());
  ASSERT_EQ(dates.front(), root["start"].as<std::string>());

  std::size_t checked_flow = 0, checked_cycle = 0;
  for (const auto& stage : root["stages"]) {
    const std::string name = stage["name"].as<std::string>();
    SCOPED_TRACE(name);
    ASSERT_FALSE(stage["inputs"]) << "consumed below counts suppliers only";
    const long cycle   = cycle_days(stage);
    const double yield = yield_of(stage);
    // Started per day on day x (days since the start): the capacity of the step that holds x, all of it started.
    const auto started_on = [&](long x) {
      if (x < 0) return 0.0;
      std::size_t k = 0;
      while (k + 1 < dates.size() && day_number(dates[k + 1]) - start <= x)
        ++k;
      return supply.number(row[dates[k]][name], "capacity");
    };
    for (std::size_t k = 0; k < dates.size(); ++k) {
      const std::size_t i = row[dates[k]][name];
      const long from     = day_number(dates[k]) - start;
      const long to       = k + 1 < dates.size() ? day_number(dates[k + 1]) - start : end - start;
      // Stages without inputs run at capacity: started = capacity/day x days.
      EXPECT_NEAR(supply.number(i, "started"), supply.number(i, "capacity") * static_cast<double>(to - from), kTol)
          << dates[k];
      double good = 0;
      for (long x = from; x < to; ++x)
        good += yield * started_on(x - cycle);
      EXPECT_NEAR(supply.number(i, "output"), good, kTol) << dates[k] << " cycle " << cycle << " days";
      ++checked_cycle;
      if (k + 1 == dates.size()) break; // no next inventory
      double consumed = 0;
      for (const auto& sp : root["suppliers"]) {
        const std::string product = product_on(sp, day_number(dates[k]));
        ASSERT_EQ(product, product_on(sp, day_number(dates[k + 1]) - 1)) << "one product over the step";
        const auto it = needs[product].find(name);
        if (it != needs[product].end())
          consumed += supply.number(row[dates[k]][sp["name"].as<std::string>()], "started") * it->second;
      }
      const double change = supply.number(row[dates[k + 1]][name], "inventory") - supply.number(i, "inventory");
      EXPECT_NEAR(change, supply.number(i, "output") - consumed, kTol) << dates[k];
      ++checked_flow;
    }
  }
  // 6 years of monthly steps (72) for each stage: every step checked, none skipped.
  EXPECT_EQ(checked_cycle, root["stages"].size() * dates.size());
  EXPECT_EQ(checked_flow, root["stages"].size() * (dates.size() - 1));
}
