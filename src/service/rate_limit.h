// Failed-attempt counting for logins: per account and per client address, a key is refused
// once it has `max_failures` failures inside a sliding window. In memory, thread-safe.
#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include "base/clock.h"

namespace jixiao {

class FailureLimiter {
 public:
  FailureLimiter(const Clock& clock, int max_failures, int64_t window_seconds)
      : clock_(clock), max_failures_(max_failures), window_(window_seconds) {}

  // Seconds until `key` may try again; 0 when it may now.
  int64_t WaitSeconds(const std::string& key);
  void RecordFailure(const std::string& key);
  void Clear(const std::string& key);

 private:
  void Expire(std::deque<int64_t>& times, int64_t now) const;

  const Clock& clock_;
  int max_failures_;
  int64_t window_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<int64_t>> failures_;
};

}  // namespace jixiao
