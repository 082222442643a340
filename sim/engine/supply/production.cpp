#include "sim/engine/supply/production.hpp"

#include <simgrid/kernel/Timer.hpp>
#include <simgrid/s4u/Exec.hpp>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

World* producing = nullptr; // the World whose lots are being made; SimGrid's completion signal is process-wide

/** @brief Whether lot `k` of a plan begins after a pause in production (or is the first): a timer starts it. */
bool resumes(const std::vector<PlannedLot>& plan, std::size_t k)
{
  return k == 0 || plan[k].begin != plan[k - 1].end;
}

void on_activity_end(const s4u::Activity& activity)
{
  // Fires for every activity that ends and that SimGrid's kernel started (SimGrid 3.32 signals only those: an
  // execution an actor starts would end the chain); only lot executions carry a SupplierProduction.
  const auto* production = activity.get_data<SupplierProduction>();
  if (producing == nullptr || production == nullptr || activity.get_state() != s4u::Activity::State::FINISHED) return;
  const std::size_t next = production->lot + 1;
  if (next < production->plan.size() && !resumes(production->plan, next))
    start_lot(*producing, production->supplier, next);
}

} // namespace

Production::Production(World& world, const SupplyPlan& supply)
{
  static const bool connected = (s4u::Activity::on_completion_cb(on_activity_end), true);
  (void)connected;
  producing                   = &world;
  const std::size_t suppliers = world.scenario.suppliers.size();
  world.production.resize(suppliers);
  for (std::size_t i = 0; i < suppliers; ++i) {
    world.production[i].supplier = i;
    world.production[i].plan     = plan_lots(world.scenario, i, supply.output[i]);
  }
  // The first lot, and the first after each pause, start on a kernel timer at their first day: like the chain, from
  // SimGrid's kernel, so that their end starts the next lot.
  for (std::size_t i = 0; i < suppliers; ++i) {
    const auto& plan = world.production[i].plan;
    for (std::size_t k = 0; k < plan.size(); ++k) {
      if (!resumes(plan, k)) continue;
      if (plan[k].begin <= 0)
        start_lot(world, i, k);
      else
        simgrid::kernel::timer::Timer::set(plan[k].begin, [i, k] {
          if (producing != nullptr) start_lot(*producing, i, k);
        });
    }
  }
}

Production::~Production()
{
  producing = nullptr;
}

void start_lot(World& world, std::size_t supplier, std::size_t k)
{
  SupplierProduction& production = world.production[supplier];
  production.lot                 = k;
  // Called from the completion callback of the lot before: that execution must outlive its callback.
  production.finished = std::move(production.running);
  production.running  = s4u::Exec::init();
  production.running->set_host(world.platform.suppliers[supplier]);
  production.running->set_flops_amount(production.plan[k].made);
  production.running->set_data(&production);
  production.running->start();
}

void stop_production(World& world, std::size_t supplier)
{
  const s4u::ExecPtr& running = world.production[supplier].running;
  if (running && running->get_finish_time() < 0) running->cancel();
}

} // namespace gwsim
