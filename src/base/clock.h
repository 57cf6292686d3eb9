// The clock seam: the time as Unix seconds, from the system or, in tests, from a value the
// test moves. Session expiry, rate limits and the audit log read the time only through it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>

namespace jixiao {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual int64_t NowSeconds() const = 0;
};

class SystemClock final : public Clock {
 public:
  int64_t NowSeconds() const override {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

class ManualClock final : public Clock {
 public:
  explicit ManualClock(int64_t now) : now_(now) {}
  int64_t NowSeconds() const override { return now_.load(); }
  void Advance(int64_t seconds) { now_ += seconds; }

 private:
  std::atomic<int64_t> now_;
};

}  // namespace jixiao
