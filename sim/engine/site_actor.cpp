#include "sim/engine/actors.hpp"

#include <simgrid/s4u/Actor.hpp>
#include <simgrid/s4u/Engine.hpp>

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

/** @brief Where one phase is in its life, as its site's actor drives it. */
struct Progress {
  enum class Stage { waiting, building, built, installing, complete };
  Stage stage      = Stage::waiting;
  double start_day = 0; // not before this day
  double build_end = 0;
  bool in_batch    = false;
  double batch_end = 0;
  std::vector<PhaseState::Waiting> batch;
  double installed_watts = 0;
};

/** @brief One site's phases as state machines, advanced whenever time or the world moves. One actor per site (not
 * per phase) keeps the actor count low: SimGrid maps memory per actor (DESIGN.md, traps). */
class SiteRun {
 public:
  SiteRun(World& world, std::size_t site) : world_(world), site_(world.sites[site])
  {
    for (std::size_t index : site_.phases) {
      Progress p;
      const Phase& spec = *world.phases[index].spec;
      if (spec.start) p.start_day = std::max(0.0, static_cast<double>(*spec.start - world.scenario.start));
      progress_.push_back(std::move(p));
    }
  }

  void run()
  {
    for (;;) {
      // The model's day (World::now): every date a step sets is counted from it, never from SimGrid's clock, which
      // runs an instant's steps at small offsets from it (sim/model/event.hpp).
      const double now = world_.now();
      // Each phase takes every step it can; a phase completing may let another of this site start: then once more.
      bool completed;
      do {
        completed = false;
        for (std::size_t i = 0; i < progress_.size(); ++i)
          while (advance(site_.phases[i], progress_[i], now))
            completed |= progress_[i].stage == Progress::Stage::complete;
      } while (completed);
      if (std::all_of(progress_.begin(), progress_.end(),
                      [](const Progress& p) { return p.stage == Progress::Stage::complete; }))
        return;
      for (std::size_t i = 0; i < progress_.size(); ++i) {
        const Progress& p    = progress_[i];
        PhaseState& phase    = world_.phases[site_.phases[i]];
        phase.waits_grant    = p.stage == Progress::Stage::built;
        phase.waits_arrivals = p.stage == Progress::Stage::installing && !p.in_batch;
        phase.waits_funds    = phase.awaits_funds && !phase.funded;
      }
      site_.wakeup.wait_until(next_wake());
    }
  }

 private:
  /** @brief Whether day `day` has come: by SimGrid's clock, so that a date the actor waits for is reached when it
   * wakes for it, and a date of this instant is not reached at a step that comes before it (a delivery). */
  static bool reached(double day) { return s4u::Engine::get_clock() + kClockToleranceDays >= day; }

  /** @brief Whether a phase is ready to start but for its budget: its date has come and its `after` phases are
   * complete. */
  static bool ready(const PhaseState& phase, const Progress& p)
  {
    return reached(p.start_day) && phase.unmet_after == 0;
  }

  /** @brief Takes one step of a phase's life if its time has come; says whether it did. */
  bool advance(std::size_t index, Progress& p, double now)
  {
    PhaseState& phase = world_.phases[index];
    const Phase& spec = *phase.spec;
    switch (p.stage) {
    case Progress::Stage::waiting:
      if (!ready(phase, p)) return false;
      if (!phase.funded) {
        // The closer commits budgets in order when the instant closes (sim/engine/closing.hpp).
        if (!phase.awaits_funds) {
          phase.awaits_funds = true;
          world_.funding.wait(index, now);
          world_.post_closing(now);
        }
        return false;
      }
      world_.record(EventKind::build_start, phase.label, world_.no_subject, spec.it_power.gw());
      order_onsite(world_, phase.ref.site, now);
      place_requests(index, phase, now);
      p.build_end = now + spec.build.days;
      p.stage     = Progress::Stage::building;
      return true;
    case Progress::Stage::building:
      if (!reached(p.build_end)) return false;
      world_.record(EventKind::build_end, phase.label, world_.no_subject, spec.it_power.gw());
      p.stage     = Progress::Stage::built;
      phase.built = true;
      if (world_.scenario.sites[phase.ref.site].onsite) world_.post_closing(now); // it may draw on onsite power now
      return true;
    case Progress::Stage::built:
      if (!phase.granted && !phase.drew_onsite) return false; // the grid, or onsite generation (closing.hpp)
      world_.record(EventKind::energized, phase.label, world_.no_subject, spec.it_power.gw());
      p.stage = Progress::Stage::installing;
      return true;
    case Progress::Stage::installing:
      return p.in_batch ? finish_batch(index, p) : begin_batch(phase, p, now);
    case Progress::Stage::complete:
      return false;
    }
    return false;
  }

  /** @brief Orders accelerators and asks the region for power, as a phase does when its build starts. */
  void place_requests(std::size_t index, const PhaseState& phase, double now)
  {
    const Phase& spec = *phase.spec;
    const std::string& accepted =
        spec.accelerator ? world_.scenario.accelerators[*spec.accelerator].name : world_.any_product;
    world_.record(EventKind::order, phase.label, accepted, spec.it_power.gw());
    world_.orders.open({now, index, phase.region, spec.accelerator, spec.it_power.watts});
    ask_for_power(world_, index, now);
  }

  /** @brief The installer takes everything waiting at the site as one batch, merged by product. */
  bool begin_batch(PhaseState& phase, Progress& p, double now)
  {
    if (phase.waiting.empty()) return false;
    p.batch.clear();
    double units = 0;
    for (const auto& w : phase.waiting) {
      units += w.units;
      auto it = std::find_if(p.batch.begin(), p.batch.end(), [&w](const auto& b) { return b.product == w.product; });
      if (it == p.batch.end())
        p.batch.push_back(w);
      else
        it->units += w.units;
    }
    phase.waiting.clear();
    // Arrivals of one instant come in an order SimGrid does not fix: the batch lists products in a fixed one.
    std::sort(p.batch.begin(), p.batch.end(), [](const auto& a, const auto& b) { return a.product < b.product; });
    for (const auto& b : p.batch)
      world_.record(EventKind::install_start, phase.label, world_.scenario.accelerators[b.product].name, b.units);
    p.in_batch  = true;
    p.batch_end = phase.spec->install ? now + units / phase.spec->install->per_day : now;
    return true;
  }

  bool finish_batch(std::size_t index, Progress& p)
  {
    if (!reached(p.batch_end)) return false;
    PhaseState& phase = world_.phases[index];
    for (const auto& b : p.batch) {
      const Accelerator& model = world_.scenario.accelerators[b.product];
      world_.record(EventKind::installed, phase.label, model.name, b.units);
      p.installed_watts += b.units * model.it_power.watts;
      count_online(b.units * model.it_power.watts);
    }
    p.in_batch = false;
    // A relative tolerance absorbs the rounding of accelerators counted as real numbers.
    if (p.installed_watts >= phase.spec->it_power.watts * (1 - 1e-9)) {
      p.stage = Progress::Stage::complete;
      world_.record(EventKind::complete, phase.label, world_.no_subject, phase.spec->it_power.gw());
      for (std::size_t d : world_.dependents[index]) {
        --world_.phases[d].unmet_after;
        world_.wake_site_of(d);
      }
    }
    return true;
  }

  /** @brief Adds IT power put online; when online IT crosses another whole GW and funds pay tranches for it, asks for
   * this instant to be closed again (the closer releases them). */
  void count_online(double watts)
  {
    const double before = std::floor(world_.online_watts / 1e9 + 1e-9);
    world_.online_watts += watts;
    if (world_.funding.gates() && std::floor(world_.online_watts / 1e9 + 1e-9) > before)
      world_.post_closing(world_.now());
  }

  /** @brief The next date a phase of this site moves by itself; negative when only another actor can move one. */
  double next_wake() const
  {
    double next         = -1;
    const auto consider = [&next](double day) {
      if (next < 0 || day < next) next = day;
    };
    for (std::size_t i = 0; i < progress_.size(); ++i) {
      const Progress& p = progress_[i];
      if (p.stage == Progress::Stage::waiting && !reached(p.start_day) &&
          world_.phases[site_.phases[i]].unmet_after == 0)
        consider(p.start_day);
      else if (p.stage == Progress::Stage::building)
        consider(p.build_end);
      else if (p.stage == Progress::Stage::installing && p.in_batch)
        consider(p.batch_end);
    }
    return next;
  }

  World& world_;
  SiteState& site_;
  std::vector<Progress> progress_; // parallel to site_.phases
};

} // namespace

void run_site(World& world, std::size_t site)
{
  SiteRun(world, site).run();
}

void run_monitor(World& world)
{
  s4u::this_actor::sleep_until(world.scenario.horizon_days());
}

} // namespace gwsim
