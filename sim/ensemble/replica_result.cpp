#include "sim/ensemble/replica_result.hpp"

#include "analysis/format.hpp"

#include <cstring>
#include <stdexcept>

namespace gwsim {
namespace {

class Writer {
 public:
  void number(double x) { raw(&x, sizeof x); }
  void count(std::uint64_t n) { raw(&n, sizeof n); }
  void text(const std::string& s)
  {
    count(s.size());
    bytes_ += s;
  }
  std::string take() { return std::move(bytes_); }

 private:
  void raw(const void* p, std::size_t n) { bytes_.append(static_cast<const char*>(p), n); }
  std::string bytes_;
};

class Reader {
 public:
  explicit Reader(const std::string& bytes) : bytes_(bytes) {}
  double number()
  {
    double x;
    raw(&x, sizeof x);
    return x;
  }
  std::uint64_t count()
  {
    std::uint64_t n;
    raw(&n, sizeof n);
    return n;
  }
  std::string text()
  {
    const std::uint64_t n = count();
    need(n);
    std::string s = bytes_.substr(at_, n);
    at_ += n;
    return s;
  }

 private:
  void need(std::uint64_t n) const
  {
    if (bytes_.size() - at_ < n) throw std::runtime_error("a replica's result ended early");
  }
  void raw(void* p, std::size_t n)
  {
    need(n);
    std::memcpy(p, bytes_.data() + at_, n);
    at_ += n;
  }
  const std::string& bytes_;
  std::size_t at_ = 0;
};

} // namespace

ReplicaResult replica_result(std::uint64_t replica, const Scenario& scenario, const Analysis& analysis)
{
  ReplicaResult r;
  r.replica             = replica;
  const auto& end       = analysis.summary.at_end;
  r.online_gw           = end.online_gw;
  r.online_accelerators = end.online_accelerators;
  r.capex_usd           = end.capex_usd;
  for (const Milestone& m : analysis.summary.reached)
    r.milestones.push_back({m.gw, m.day});
  const auto date = [&scenario](double day) { return date_of_day(scenario.start, day); };
  for (const PhaseFacts& f : analysis.phases) {
    const std::size_t slash = f.label.find('/');
    r.phases.push_back({f.label.substr(0, slash), f.label.substr(slash + 1), date(f.build_start), date(f.build_end),
                        date(f.power_granted), date(f.energized), date(f.complete),
                        f.binding ? constraint_name(*f.binding) : ""});
  }
  for (const TimelineRow& row : analysis.rows)
    r.timeline.push_back({row.date.iso(), row.state.online_gw, row.shortfall(scenario.demand.unit),
                          row.state.waiting_accelerators(), row.state.capex_usd, row.state.waiting_usd});
  return r;
}

std::string encode(const ReplicaResult& r)
{
  Writer w;
  w.count(r.replica);
  w.number(r.online_gw);
  w.number(r.online_accelerators);
  w.number(r.capex_usd);
  w.count(r.milestones.size());
  for (const auto& m : r.milestones) {
    w.number(m.gw);
    w.number(m.day);
  }
  w.count(r.phases.size());
  for (const auto& p : r.phases)
    for (const std::string* field :
         {&p.site, &p.phase, &p.build_start, &p.build_end, &p.power_granted, &p.energized, &p.complete, &p.binding})
      w.text(*field);
  w.count(r.timeline.size());
  for (const auto& t : r.timeline) {
    w.text(t.date);
    for (double x : {t.online_gw, t.shortfall, t.waiting_accelerators, t.capex_usd, t.waiting_usd})
      w.number(x);
  }
  return w.take();
}

ReplicaResult decode_replica_result(const std::string& bytes)
{
  Reader in(bytes);
  ReplicaResult r;
  r.replica             = in.count();
  r.online_gw           = in.number();
  r.online_accelerators = in.number();
  r.capex_usd           = in.number();
  r.milestones.resize(in.count());
  for (auto& m : r.milestones) {
    m.gw  = in.number();
    m.day = in.number();
  }
  r.phases.resize(in.count());
  for (auto& p : r.phases)
    for (std::string* field :
         {&p.site, &p.phase, &p.build_start, &p.build_end, &p.power_granted, &p.energized, &p.complete, &p.binding})
      *field = in.text();
  r.timeline.resize(in.count());
  for (auto& t : r.timeline) {
    t.date = in.text();
    for (double* x : {&t.online_gw, &t.shortfall, &t.waiting_accelerators, &t.capex_usd, &t.waiting_usd})
      *x = in.number();
  }
  return r;
}

} // namespace gwsim
