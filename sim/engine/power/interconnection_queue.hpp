/* A grid region's interconnection queue: requests become eligible after the region's interconnect delay and are
 * granted in request order as long as the headroom covers them. Plain C++ (no SimGrid). */
#ifndef GWSIM_SIM_INTERCONNECTION_QUEUE_HPP
#define GWSIM_SIM_INTERCONNECTION_QUEUE_HPP

#include <cstddef>
#include <functional>
#include <vector>

namespace gwsim {

/** @brief The pending power requests of one region and what it has granted so far. */
class InterconnectionQueue {
 public:
  /** @brief One phase's request for grid power. */
  struct Request {
    double requested_day;
    double eligible_day;
    std::size_t phase; // global phase index: ties in request time go by it
    double watts;
  };

  /** @brief Queues a request in request order. */
  void add(const Request& request);

  /** @brief Grants, at `day`, every eligible request that fits under `headroom_watts` minus what is already
   * granted and for which `equipped` (when given) says yes, in request order; a request that does not fit does not
   * block later ones. Returns those granted. */
  std::vector<Request> grant(double day, double headroom_watts,
                             const std::function<bool(const Request&)>& equipped = nullptr);

  /** @brief Takes out, at instant `day`, the pending requests made `after_days` or more before it; returns them. */
  std::vector<Request> withdraw(double day, double after_days);

  /** @brief The earliest eligibility strictly after `day` among pending requests, or a negative number. */
  double next_eligible_after(double day) const;

  double granted_watts() const { return granted_watts_; }
  std::size_t pending() const { return pending_.size(); }
  /** @brief The pending requests, in request order. */
  const std::vector<Request>& pending_requests() const { return pending_; }

 private:
  std::vector<Request> pending_; // sorted by (requested_day, phase)
  double granted_watts_ = 0;
};

/** @brief Takes out of `requests` those made `after_days` or more before instant `day` (a withdrawal); returns them in
 * their order. */
std::vector<InterconnectionQueue::Request> take_overdue(std::vector<InterconnectionQueue::Request>& requests,
                                                        double day, double after_days);

} // namespace gwsim

#endif
