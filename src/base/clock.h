// The clock seam: the time as Unix seconds, from the system or, in tests, from a value the
// test moves. Session expiry, rate limits and the audit log read the time only through it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <string>

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

// Unix seconds as Beijing time (UTC+8 all year: China has one zone and no daylight saving),
// "2026-11-25 14:03:05", or without seconds "2026-11-25 14:03". What people read in the UI.
inline std::string BeijingTimeText(int64_t unix_seconds, bool with_seconds = true) {
  const std::time_t time = static_cast<std::time_t>(unix_seconds + 8 * 3600);
  std::tm parts{};
  if (gmtime_r(&time, &parts) == nullptr) return std::to_string(unix_seconds);
  char text[64];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                parts.tm_hour, parts.tm_min);
  std::string out = text;
  if (with_seconds) {
    std::snprintf(text, sizeof text, ":%02d", parts.tm_sec);
    out += text;
  }
  return out;
}

}  // namespace jixiao
