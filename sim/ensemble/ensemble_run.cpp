#include "sim/ensemble/ensemble_run.hpp"

#include "analysis/atomic_file.hpp"
#include "sim/ensemble/command_support.hpp"
#include "sim/ensemble/ensemble_tables.hpp"
#include "sim/ensemble/progress.hpp"
#include "sim/ensemble/replica.hpp"
#include "sim/ensemble/replica_pool.hpp"
#include "sim/ensemble/results_db.hpp"
#include "sim/load/fnv_hash.hpp"
#include "sim/load/quantity_parse.hpp"

#include <filesystem>
#include <iostream>
#include <regex>

namespace gwsim {
namespace {

namespace fs = std::filesystem;

/** @brief Shard K of N: K and N. */
struct Shard {
  std::uint64_t k = 1;
  std::uint64_t n = 1;
  bool holds(std::uint64_t replica) const { return (replica - kFirstReplica) % n == k - 1; }
};

Shard parse_shard(const std::string& text)
{
  if (text.empty()) return {};
  static const std::regex form(R"((\d{1,9})/(\d{1,9}))");
  std::smatch m;
  if (std::regex_match(text, m, form)) {
    const Shard s{std::stoull(m[1]), std::stoull(m[2])};
    if (s.k >= 1 && s.k <= s.n) return s;
  }
  throw InputError("--shard: expected K/N with 1 <= K <= N, such as 1/4, found " + quoted(text));
}

std::string hex(std::uint64_t value)
{
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

const char* shortfall_metric(Demand::Unit unit)
{
  switch (unit) {
  case Demand::Unit::accelerators:
    return "shortfall_accelerators";
  case Demand::Unit::pflops:
    return "shortfall_pflops";
  case Demand::Unit::gw:
    break;
  }
  return "shortfall_gw";
}

/** @brief What a resumed or merged ensemble must share with this one. */
EnsembleIdentity identity_of(const ScenarioSource& source, const EnsembleArguments& args, std::uint64_t seed)
{
  Fnv1a hash;
  hash.add(source.text());
  for (const std::string& set : args.sets)
    hash.add(set);
  const Scenario& s = source.medians();
  return {{"format", "1"},
          {"scenario", s.name},
          {"scenario_hash", hex(hash.value())},
          {"start", s.start.iso()},
          {"runs", std::to_string(args.runs)},
          {"seed", std::to_string(seed)},
          {"shard", args.shard},
          {"shortfall_metric", shortfall_metric(s.demand.unit)}};
}

void write_tables(const std::string& dir, const ResultsDb& db)
{
  const std::vector<ReplicaResult> results = db.results();
  const auto start                         = parse_date(db.identity().at("start"));
  if (!start) throw std::runtime_error(dir + "/results.sqlite: a bad start date");
  const std::vector<std::pair<std::string, std::string>> files{
      {"milestones.csv", milestones_csv(results, *start.value)},
      {"bands.csv", bands_csv(results, db.identity().at("shortfall_metric"))},
      {"binding.csv", binding_csv(results)},
  };
  for (const auto& [name, content] : files)
    write_file_atomically((fs::path(dir) / name).string(), content);
}

} // namespace

int run_ensemble(const EnsembleArguments& args)
{
  const ScenarioSource source = load_source(args.scenario, args.sets);
  const Shard shard           = parse_shard(args.shard);
  if (args.runs < 1) throw InputError("--runs: expected a number of replicas of at least 1, found 0");
  const std::uint64_t seed = args.seed.value_or(source.medians().seed);
  const std::string dir    = args.output.empty() ? "out/" + source.medians().name + "-ensemble" : args.output;

  make_output_folder(dir);
  ResultsDb db((fs::path(dir) / "results.sqlite").string(), identity_of(source, args, seed));
  const std::set<std::uint64_t> done = db.replicas();
  std::vector<std::uint64_t> missing;
  for (std::uint64_t r = kFirstReplica; r < kFirstReplica + args.runs; ++r)
    if (shard.holds(r) && !done.count(r)) missing.push_back(r);

  const unsigned jobs = jobs_or_cores(args.jobs);
  {
    Progress progress(missing.size(), !args.quiet && stderr_is_terminal());
    run_in_children(
        missing, jobs,
        [&](std::uint64_t replica) { return simulate_and_encode(replica, scenario_to_run(source, seed, replica)); },
        [&](std::uint64_t, const std::string& bytes) {
          db.add(decode_replica_result(bytes));
          progress.step();
        });
  }
  write_tables(dir, db);
  if (!args.quiet)
    std::cout << source.medians().name << ": " << db.replicas().size() << " replicas (" << missing.size()
              << " run now, " << source.uncertain_inputs().size()
              << (source.uncertain_inputs().size() == 1 ? " uncertain input" : " uncertain inputs") << ", seed " << seed
              << (args.shard.empty() ? "" : ", shard " + args.shard) << ")\noutputs: " << dir << "/\n";
  return 0;
}

int run_merge(const std::vector<std::string>& shard_dirs, const std::string& output, bool quiet)
{
  std::vector<std::unique_ptr<ResultsDb>> shards;
  EnsembleIdentity identity;
  std::set<std::string> seen_shards;
  for (const std::string& dir : shard_dirs) {
    const std::string path = (fs::path(dir) / "results.sqlite").string();
    if (!fs::exists(path)) throw InputError(dir + ": no results.sqlite (expected the folder of an ensemble shard)");
    shards.push_back(std::make_unique<ResultsDb>(path));
    EnsembleIdentity shard_identity = shards.back()->identity();
    if (!seen_shards.insert(shard_identity["shard"]).second)
      throw InputError(dir + ": shard " + gwsim::quoted(shard_identity["shard"]) + " given twice");
    shard_identity["shard"] = "";
    if (identity.empty()) identity = shard_identity;
    if (shard_identity != identity)
      throw InputError(dir + ": an ensemble of another scenario or other arguments than " + shard_dirs.front());
  }
  make_output_folder(output);
  ResultsDb merged((fs::path(output) / "results.sqlite").string(), identity);
  for (const auto& shard : shards)
    for (const ReplicaResult& r : shard->results())
      merged.add(r);
  write_tables(output, merged);
  const std::size_t have = merged.replicas().size();
  const std::string runs = identity["runs"];
  if (std::to_string(have) != runs)
    std::cerr << "gwsim merge: " << have << " of " << runs << " replicas (some shards are missing or unfinished)\n";
  if (!quiet) std::cout << identity["scenario"] << ": " << have << " replicas merged\noutputs: " << output << "/\n";
  return 0;
}

} // namespace gwsim
