/* cashflow.csv: who paid whom, when, for what (docs/model.md, "Money"). Written for scenarios with funds. */
#ifndef GWSIM_ANALYSIS_CASHFLOW_HPP
#define GWSIM_ANALYSIS_CASHFLOW_HPP

#include "analysis/energy_use.hpp"
#include "analysis/phase_table.hpp"
#include "sim/model/event.hpp"
#include "sim/model/scenario.hpp"

#include <string>
#include <vector>

namespace gwsim {

/** @brief The party that builds: it receives the funds and pays for the facilities and the accelerators. */
inline constexpr const char* kBuyer = "buyer";

/** @brief cashflow.csv, `date,from,to,category,amount_usd`, in date order: funds received (`funding`, from the fund's
 * investor, or the fund's name, to the buyer), accelerators paid at delivery (`accelerators`, buyer to supplier),
 * facility capex spent evenly over each build (`facility`, buyer to `construction`, one row per phase and report
 * step, dated at the later of the step's date and the build start) and a loan's interest accrued monthly
 * (`interest`, buyer to the lender, on the first of each month) and the electricity the phases of a region with a
 * `price` drew over each report step (`electricity`, buyer to the region, dated at the step's date). Every outflow is
 * someone's inflow. */
std::string cashflow_csv(const Scenario& scenario, const EventRecord& events, const std::vector<PhaseFacts>& phases,
                         const EnergyUse& energy);

} // namespace gwsim

#endif
