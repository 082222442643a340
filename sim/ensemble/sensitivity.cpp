#include "sim/ensemble/sensitivity.hpp"

#include "analysis/atomic_file.hpp"
#include "analysis/binding.hpp"
#include "analysis/format.hpp"
#include "analysis/summary.hpp"
#include "sim/ensemble/command_support.hpp"
#include "sim/ensemble/ensemble_plan.hpp"
#include "sim/ensemble/progress.hpp"
#include "sim/ensemble/replica.hpp"
#include "sim/ensemble/stored_runs.hpp"
#include "sim/load/quantity_parse.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <map>
#include <regex>

namespace gwsim {
namespace {

/** @brief The quantiles an input swings between. */
constexpr double kLow  = 0.1;
constexpr double kHigh = 0.9;

double milestone_day(const ReplicaResult& r, double gw)
{
  for (const MilestoneReached& m : r.milestones)
    if (m.gw == gw) return m.day;
  return kNever;
}

double swing_days(const Swing& s)
{
  return (s.at_low == kNever || s.at_high == kNever) ? (s.at_low == s.at_high ? 0 : kNever)
                                                     : std::fabs(s.at_high - s.at_low);
}

} // namespace

double sensitivity_metric_gw(const std::string& metric)
{
  static const std::regex form(R"((\d+)_gw)");
  std::smatch m;
  if (std::regex_match(metric, m, form)) {
    const double gw = std::stod(m[1]);
    if (std::count(kMilestoneGw.begin(), kMilestoneGw.end(), gw) > 0) return gw;
  }
  throw InputError("--metric: expected N_gw with N one of 1, 2, 5, 10, 20, 50, 100 (the date N GW is first online), "
                   "found " +
                   gwsim::quoted(metric));
}

std::string sensitivity_csv(std::vector<Swing> swings, double median_day, Date start)
{
  std::stable_sort(swings.begin(), swings.end(),
                   [](const Swing& a, const Swing& b) { return swing_days(a) > swing_days(b); });
  std::string out = "rank,input,paths,median,at_p10,at_p90,swing_days\n";
  for (std::size_t i = 0; i < swings.size(); ++i) {
    const Swing& s = swings[i];
    out += csv_line({std::to_string(i + 1), s.input, s.paths, date_of_day(start, median_day),
                     date_of_day(start, s.at_low), date_of_day(start, s.at_high), fixed(swing_days(s), kDaysDecimals)});
  }
  return out;
}

EnsembleIdentity sensitivity_identity(const ScenarioSource& source, const SensitivityArguments& args,
                                      std::uint64_t runs)
{
  return {{"format", kResultsFormat},          {"command", "sensitivity"},
          {"scenario", source.medians().name}, {"scenario_hash", scenario_hash(source, args.sets)},
          {"gwsim_version", gwsim_version()},  {"metric", args.metric},
          {"runs", std::to_string(runs)}};
}

int run_sensitivity(const SensitivityArguments& args)
{
  const ScenarioSource source = load_source(args.scenario, args.sets);
  const double gw             = sensitivity_metric_gw(args.metric);
  const std::string dir       = args.output.empty() ? "out/" + source.medians().name + "-sensitivity" : args.output;

  // The streams in reading order, each with the key paths it moves.
  std::vector<std::string> streams;
  std::map<std::string, std::string> paths;
  for (const UncertainInput& input : source.uncertain_inputs()) {
    const std::string stream = stream_of(input);
    if (!paths.count(stream)) streams.push_back(stream);
    paths[stream] += (paths[stream].empty() ? "" : " ") + input.path;
  }
  // Run 1 (the database's `replica`) is at the medians; run 2k + 2 swings stream k to P10, run 2k + 3 to P90.
  const auto draws_of = [&](std::uint64_t k) {
    if (k == kFirstReplica) return Draws::medians();
    const std::uint64_t t = k - kFirstReplica;
    return Draws::swing(streams[(t - 1) / 2], t % 2 == 1 ? kLow : kHigh);
  };
  make_output_folder(dir);
  const std::uint64_t count = 1 + 2 * streams.size();
  ResultsDb db(database_path(dir, "sensitivity.sqlite"), sensitivity_identity(source, args, count));
  const std::vector<std::uint64_t> missing = replicas_to_run(count, Shard{}, db.replicas());
  run_and_commit(db, missing, jobs_or_cores(args.jobs), !args.quiet && stderr_is_terminal(),
                 [&](std::uint64_t k) { return simulate_and_encode(k, source.with_draws(draws_of(k))); });
  std::vector<double> day;
  for (const ReplicaResult& r : db.results()) // runs 1..count, in order
    day.push_back(milestone_day(r, gw));

  std::vector<Swing> swings;
  for (std::size_t k = 0; k < streams.size(); ++k) {
    const std::string& stream = streams[k];
    const bool group          = stream.rfind("group:", 0) == 0;
    swings.push_back(
        {group ? "group " + stream.substr(6) : stream.substr(5), paths[stream], day[2 * k + 1], day[2 * k + 2]});
  }
  write_file_atomically((std::filesystem::path(dir) / "sensitivity.csv").string(),
                        sensitivity_csv(swings, day[0], source.medians().start));
  if (!args.quiet)
    std::cout << source.medians().name << ": " << streams.size() << " inputs swung from P10 to P90 on " << args.metric
              << " (" << missing.size() << " run now)\noutputs: " << dir << "/\n";
  return 0;
}

} // namespace gwsim
