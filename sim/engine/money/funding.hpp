/* The buyer's funds during a run (docs/model.md, "Money"): what the funds have released, what the phases' budgets have
 * committed, and the phases waiting for money, served in order. Plain C++ (no SimGrid), so the rules are unit-tested
 * on their own; the closer applies them when an instant closes (sim/engine/closing.cpp). */
#ifndef GWSIM_SIM_ENGINE_MONEY_FUNDING_HPP
#define GWSIM_SIM_ENGINE_MONEY_FUNDING_HPP

#include "sim/model/scenario.hpp"

#include <cstddef>
#include <utility>
#include <vector>

namespace gwsim {

/** @brief Funds received, committed and available, and the queue of phases waiting for their budget. */
class Funding {
 public:
  /** @brief What one fund released at one instant. */
  struct Release {
    std::size_t fund;
    double usd;
  };

  /** @brief The funds of `scenario` (none: nothing is gated) and each phase's budget, by global phase index. */
  explicit Funding(const Scenario& scenario);

  /** @brief Whether phases wait for money: the scenario has funds. */
  bool gates() const { return !funds_.empty(); }

  /** @brief A phase's budget: facility × it_power plus its accelerators at their price. */
  double budget(std::size_t phase) const { return budgets_[phase]; }

  /** @brief Releases what the funds owe by day `day` with `online_watts` of IT online: dated amounts from their date,
   * each draw of a draw schedule from its date, tranches for each whole GW online not paid yet (from their date, if
   * any), never more than a fund's amount. */
  std::vector<Release> release(double day, double online_watts);

  /** @brief Queues phase `phase`, ready since `day` but for its budget (ranked by instant, then declaration). */
  void wait(std::size_t phase, double day);

  /** @brief Commits the budgets of the waiting phases in order while the funds available cover the first; a phase
   * that does not fit holds those behind it (a plan's order). Returns the phases funded, in that order. */
  std::vector<std::size_t> commit();

  double received() const { return received_; }
  double committed() const { return committed_; }
  double available() const { return received_ - committed_; }

 private:
  struct FundState {
    Fund spec;
    double start_day = 0; // from when it releases
    double released  = 0;
    std::vector<std::pair<double, double>> draws; // (day, USD) of a draw schedule, in date order
  };
  /** @brief What fund `f` owes in all by day `day` with `whole_gw` GW online. */
  static double owed(const FundState& f, double day, double whole_gw);
  struct Waiting {
    double day;
    std::size_t phase;
  };
  std::vector<FundState> funds_;
  std::vector<double> budgets_;
  std::vector<Waiting> waiting_; // sorted by (instant, phase)
  double received_  = 0;
  double committed_ = 0;
};

} // namespace gwsim

#endif
