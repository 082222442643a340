#include "sim/production.hpp"

#include <simgrid/s4u/Exec.hpp>

namespace gwsim {
namespace s4u = simgrid::s4u;

namespace {

World* producing = nullptr; // the World whose lots are being made; SimGrid's completion signal is process-wide

void on_activity_end(const s4u::Activity& activity)
{
  // Fires for every activity that ends; only lot executions carry a SupplierProduction.
  const auto* production = activity.get_data<SupplierProduction>();
  if (producing == nullptr || production == nullptr || activity.get_state() != s4u::Activity::State::FINISHED) return;
  const std::size_t next = production->lot + 1;
  if (next < production->plan.size() && !starts_by_hand(*producing, production->supplier, next))
    start_lot(*producing, production->supplier, next);
}

} // namespace

Production::Production(World& world)
{
  static const bool connected = (s4u::Activity::on_completion_cb(on_activity_end), true);
  (void)connected;
  producing                   = &world;
  const std::size_t suppliers = world.scenario.suppliers.size();
  world.production.resize(suppliers);
  for (std::size_t i = 0; i < suppliers; ++i) {
    world.production[i].supplier = i;
    world.production[i].plan     = plan_lots(world.scenario, i);
  }
  for (std::size_t i = 0; i < suppliers; ++i)
    if (!world.production[i].plan.empty() && world.production[i].plan.front().begin <= 0) start_lot(world, i, 0);
}

Production::~Production()
{
  producing = nullptr;
}

bool starts_by_hand(const World& world, std::size_t supplier, std::size_t k)
{
  const auto& plan = world.production[supplier].plan;
  return k == 0 ? plan[0].begin > 0 : plan[k].begin != plan[k - 1].end;
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
