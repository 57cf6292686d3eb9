#include "service/rate_limit.h"

namespace jixiao {

void FailureLimiter::Expire(std::deque<int64_t>& times, int64_t now) const {
  while (!times.empty() && times.front() <= now - window_) times.pop_front();
}

int64_t FailureLimiter::WaitSeconds(const std::string& key) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return 0;
  const int64_t now = clock_.NowSeconds();
  Expire(it->second, now);
  if (static_cast<int>(it->second.size()) < max_failures_) return 0;
  return it->second.front() + window_ - now;
}

void FailureLimiter::RecordFailure(const std::string& key) {
  std::lock_guard lock(mutex_);
  auto& times = failures_[key];
  const int64_t now = clock_.NowSeconds();
  Expire(times, now);
  times.push_back(now);
  if (failures_.size() > 100000) failures_.clear();  // bounded memory under a flood of addresses
}

void FailureLimiter::Clear(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace jixiao
