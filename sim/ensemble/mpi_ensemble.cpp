#include "sim/ensemble/mpi_ensemble.hpp"

#include "sim/load/loader.hpp"

#ifdef GWSIM_HAVE_MPI

#include "sim/ensemble/command_support.hpp"
#include "sim/ensemble/ensemble_plan.hpp"
#include "sim/ensemble/progress.hpp"
#include "sim/ensemble/replica.hpp"
#include "sim/ensemble/replica_pool.hpp"

#include <dlfcn.h>
#include <mpi.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

namespace gwsim {
namespace {

// Worker → rank 0: the results of its last block (empty at first) and a request for the next; or a failure.
constexpr int kTagResults = 1;
constexpr int kTagFailed  = 2;
// Rank 0 → worker: the replicas of its next block; none means stop.
constexpr int kTagBlock = 3;

/** @brief MPI_Init and MPI_Finalize around the ensemble. */
class MpiSession {
 public:
  MpiSession()
  {
    // SimGrid's library defines MPI_Init too (SMPI): it must not be the one called (CMakeLists.txt, GWSIM_MPI_FIRST).
    Dl_info where{};
    if (::dladdr(reinterpret_cast<void*>(&MPI_Init), &where) != 0 && where.dli_fname &&
        std::string(where.dli_fname).find("simgrid") != std::string::npos)
      throw std::runtime_error(std::string("MPI_Init is SimGrid's (") + where.dli_fname +
                               "), not MPI's: link MPI's libraries before SimGrid's");
    int ready = 0;
    MPI_Initialized(&ready);
    if (!ready) MPI_Init(nullptr, nullptr);
    MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
    MPI_Comm_size(MPI_COMM_WORLD, &size_);
  }
  ~MpiSession() { MPI_Finalize(); }
  MpiSession(const MpiSession&)            = delete;
  MpiSession& operator=(const MpiSession&) = delete;
  int rank() const { return rank_; }
  int size() const { return size_; }

 private:
  int rank_ = 0;
  int size_ = 1;
};

/** @brief Appends one result (its length, then its bytes) to `packed`. */
void pack(std::string& packed, const std::string& bytes)
{
  const std::uint64_t n = bytes.size();
  packed.append(reinterpret_cast<const char*>(&n), sizeof n);
  packed += bytes;
}

std::vector<std::string> unpack(const std::string& packed)
{
  std::vector<std::string> all;
  std::size_t at = 0;
  while (at + sizeof(std::uint64_t) <= packed.size()) {
    std::uint64_t n = 0;
    std::memcpy(&n, packed.data() + at, sizeof n);
    at += sizeof n;
    if (n > packed.size() - at) throw std::runtime_error("MPI: a truncated result");
    all.push_back(packed.substr(at, n));
    at += n;
  }
  return all;
}

/** @brief Waits for the next message from `source` with `tag` (MPI_ANY_* for any) and receives it as bytes. Polls
 * with short sleeps: a blocking receive spins a core that the children simulating replicas need. */
std::string receive(int source, int tag, MPI_Status& status)
{
  for (int flag = 0;;) {
    MPI_Iprobe(source, tag, MPI_COMM_WORLD, &flag, &status);
    if (flag) break;
    std::this_thread::sleep_for(std::chrono::microseconds(500));
  }
  int count = 0;
  MPI_Get_count(&status, MPI_BYTE, &count);
  std::string bytes(static_cast<std::size_t>(count), '\0');
  MPI_Recv(bytes.data(), count, MPI_BYTE, status.MPI_SOURCE, status.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  return bytes;
}

void send(const std::string& bytes, int dest, int tag)
{
  MPI_Send(bytes.data(), static_cast<int>(bytes.size()), MPI_BYTE, dest, tag, MPI_COMM_WORLD);
}

/** @brief Rank 0: commits the results a rank sent. A failure here aborts every rank: the others wait for their next
 * block, and only an abort ends them (the replicas committed stay). */
void commit(const std::string& packed, ResultsDb& db, Progress& progress)
{
  try {
    std::vector<ReplicaResult> block;
    for (const std::string& result : unpack(packed))
      block.push_back(decode_replica_result(result));
    db.add(block); // one transaction per block
    for (std::size_t i = 0; i < block.size(); ++i)
      progress.step();
  } catch (const std::exception& e) {
    std::cerr << "gwsim: internal error: " << e.what() << "\n";
    MPI_Abort(MPI_COMM_WORLD, 1);
  }
}

/** @brief Rank 0: hands out `missing` in blocks, commits the results into `db`; throws once all have stopped if a
 * rank failed. */
void coordinate(const std::vector<std::uint64_t>& missing, int workers, unsigned jobs, ResultsDb& db, bool shown)
{
  // Blocks of about an eighth of each worker's share (so a slow rank delays the end little), at least `jobs`
  // replicas (each rank's children stay busy) and at most 64.
  const std::size_t block = std::clamp<std::size_t>(missing.size() / (8 * static_cast<std::size_t>(workers)),
                                                    std::max(1u, jobs), std::max<std::size_t>(64, jobs));
  std::size_t next        = 0;
  std::string failure;
  Progress progress(missing.size(), shown);
  for (int active = workers; active > 0;) {
    MPI_Status status;
    const std::string bytes = receive(MPI_ANY_SOURCE, MPI_ANY_TAG, status);
    if (status.MPI_TAG == kTagFailed && failure.empty())
      failure = "rank " + std::to_string(status.MPI_SOURCE) + ": " + bytes;
    std::vector<std::uint64_t> replicas;
    while (failure.empty() && next < missing.size() && replicas.size() < block)
      replicas.push_back(missing[next++]);
    // The next block first: the rank simulates it while this one commits the last.
    send(std::string(reinterpret_cast<const char*>(replicas.data()), replicas.size() * sizeof(std::uint64_t)),
         status.MPI_SOURCE, kTagBlock);
    if (replicas.empty()) --active;
    if (status.MPI_TAG == kTagResults) commit(bytes, db, progress);
  }
  if (!failure.empty()) throw std::runtime_error(failure);
}

/** @brief A rank but 0: asks for blocks and simulates them until told to stop. */
void work(const ScenarioSource& source, std::uint64_t seed, unsigned jobs)
{
  std::string message;
  int tag = kTagResults;
  for (;;) {
    send(message, 0, tag);
    MPI_Status status;
    const std::string bytes = receive(0, kTagBlock, status);
    if (bytes.empty()) return;
    std::vector<std::uint64_t> block(bytes.size() / sizeof(std::uint64_t));
    std::memcpy(block.data(), bytes.data(), block.size() * sizeof(std::uint64_t));
    message.clear();
    tag = kTagResults;
    try {
      run_in_children(
          block, jobs,
          [&](std::uint64_t replica) { return simulate_and_encode(replica, scenario_to_run(source, seed, replica)); },
          [&](std::uint64_t, const std::string& result) { pack(message, result); });
    } catch (const std::exception& e) {
      message = e.what();
      tag     = kTagFailed;
    }
  }
}

} // namespace

bool mpi_available()
{
  return true;
}

int run_ensemble_mpi(const EnsembleArguments& args)
{
  const MpiSession mpi;
  if (mpi.size() == 1) {
    EnsembleArguments alone = args;
    alone.mpi               = false;
    return run_ensemble_here(alone);
  }
  // Every rank reads the scenario (each simulates from it); rank 0 also opens the database. A failure anywhere stops
  // every rank; rank 0 reports its own, the others theirs only when rank 0 had none.
  const unsigned jobs = args.jobs > 0 ? args.jobs : 1;
  std::optional<ScenarioSource> source;
  std::unique_ptr<ResultsDb> db;
  std::vector<std::uint64_t> missing;
  std::uint64_t seed = 0;
  std::string dir;
  std::exception_ptr failed;
  try {
    source.emplace(load_source(args.scenario, args.sets));
    const Shard shard = parse_shard(args.shard);
    if (args.runs < 1) throw InputError("--runs: expected a number of replicas of at least 1, found 0");
    seed = args.seed.value_or(source->medians().seed);
    dir  = args.output.empty() ? "out/" + source->medians().name + "-ensemble" : args.output;
    if (mpi.rank() == 0) {
      make_output_folder(dir);
      db      = std::make_unique<ResultsDb>((std::filesystem::path(dir) / "results.sqlite").string(),
                                       ensemble_identity(*source, args, seed));
      missing = replicas_to_run(args.runs, shard, db->replicas());
    }
  } catch (...) {
    failed = std::current_exception();
  }
  int any_failed = failed ? 1 : 0;
  MPI_Allreduce(MPI_IN_PLACE, &any_failed, 1, MPI_INT, MPI_MAX, MPI_COMM_WORLD);
  int root_failed = mpi.rank() == 0 && failed ? 1 : 0;
  MPI_Bcast(&root_failed, 1, MPI_INT, 0, MPI_COMM_WORLD);
  if (any_failed) {
    if (failed && (mpi.rank() == 0 || !root_failed)) std::rethrow_exception(failed);
    return 2;
  }
  if (mpi.rank() != 0) {
    work(*source, seed, jobs);
    return 0;
  }
  coordinate(missing, mpi.size() - 1, jobs, *db, !args.quiet && stderr_is_terminal());
  write_ensemble_tables(dir, *db);
  if (!args.quiet) std::cout << ensemble_summary(*source, args, seed, db->replicas().size(), missing.size(), dir);
  return 0;
}

} // namespace gwsim

#else

namespace gwsim {

bool mpi_available()
{
  return false;
}

int run_ensemble_mpi(const EnsembleArguments&)
{
  throw InputError("--mpi: this gwsim was built without MPI; install an MPI (Debian: libopenmpi-dev) and build again "
                   "(CMake finds it and turns GWSIM_MPI on), or run without --mpi");
}

} // namespace gwsim

#endif
