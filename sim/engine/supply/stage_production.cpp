#include "sim/engine/supply/stage_production.hpp"

#include <simgrid/kernel/Timer.hpp>

#include <algorithm>
#include <cmath>

namespace gwsim {
namespace s4u = simgrid::s4u;

std::vector<StageRun> stage_runs(const ChainPlan& chain)
{
  std::vector<StageRun> runs;
  for (std::size_t x = 0; x < chain.stage_count; ++x) {
    const std::vector<double>& started = chain.nodes[x].started;
    for (std::size_t d = 0; d < started.size();) {
      std::size_t e = d + 1;
      while (e < started.size() && started[e] == started[d])
        ++e;
      if (started[d] > 0) runs.push_back({x, static_cast<double>(d), static_cast<double>(e), started[d]});
      d = e;
    }
  }
  return runs;
}

StageProduction::StageProduction(const ChainPlan& chain, const std::vector<s4u::Host*>& hosts)
    : runs_(stage_runs(chain)), execs_(runs_.size())
{
  for (std::size_t r = 0; r < runs_.size(); ++r) {
    const auto start = [this, r, host = hosts[runs_[r].stage]] {
      const StageRun& run = runs_[r];
      execs_[r]           = s4u::Exec::init();
      execs_[r]->set_host(host);
      execs_[r]->set_flops_amount(run.per_day * (run.end - run.begin));
      execs_[r]->set_bound(run.per_day); // short of inputs, a stage starts less than its host's speed allows
      execs_[r]->start();
    };
    if (runs_[r].begin <= 0)
      start();
    else
      simgrid::kernel::timer::Timer::set(runs_[r].begin, start);
  }
}

StageProduction::Check StageProduction::check(double horizon) const
{
  Check c;
  for (std::size_t r = 0; r < runs_.size(); ++r) {
    if (runs_[r].end >= horizon) continue;
    ++c.due;
    if (!execs_[r] || execs_[r]->get_state() != s4u::Activity::State::FINISHED) continue;
    ++c.ended;
    c.max_gap_days = std::max(c.max_gap_days, std::abs(execs_[r]->get_finish_time() - runs_[r].end));
  }
  return c;
}

double StageProduction::remaining(std::size_t stage) const
{
  for (std::size_t r = 0; r < runs_.size(); ++r)
    if (runs_[r].stage == stage && execs_[r] && execs_[r]->get_state() == s4u::Activity::State::STARTED)
      return execs_[r]->get_remaining();
  return 0;
}

void StageProduction::stop()
{
  for (const s4u::ExecPtr& exec : execs_)
    if (exec && exec->get_state() == s4u::Activity::State::STARTED) exec->cancel();
}

} // namespace gwsim
