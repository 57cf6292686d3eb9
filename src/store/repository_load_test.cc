// Many threads on one Repository at once: writers on their own drafts and on a shared one,
// readers beside them. Every write must land exactly once; the rates are printed, not
// asserted (the machine is shared).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "store/repository_fixture.h"

namespace jixiao {
namespace {

constexpr int kWriters = 8;
constexpr int kSavesEach = 50;
constexpr int kReaders = 4;
constexpr int kReadsEach = 1000;

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST_P(RepositoryTest, ManyThreadsWriteAndReadAtOnce) {
  std::vector<int64_t> units;
  for (int w = 0; w < kWriters; ++w) {
    units.push_back(MakeUnit("单位" + std::to_string(w)).id);
    MakeDraft(units.back(), 2022, "{}");
  }
  std::atomic<int> write_failures{0};
  std::atomic<int> read_failures{0};
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      for (int64_t revision = 1; revision <= kSavesEach; ++revision) {
        std::string document = "{\"n\":" + std::to_string(revision) + "}";
        if (!repo_->SaveDraft(units[w], 2022, document, "{}", revision, "{}", By("w"))) ++write_failures;
      }
    });
  }
  for (int r = 0; r < kReaders; ++r) {
    threads.emplace_back([&, r] {
      for (int i = 0; i < kReadsEach; ++i) {
        if (!repo_->GetDraft(units[(r + i) % kWriters], 2022)) ++read_failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  double seconds = SecondsSince(start);
  EXPECT_EQ(write_failures.load(), 0);
  EXPECT_EQ(read_failures.load(), 0);
  for (int64_t unit : units) EXPECT_EQ(repo_->GetDraft(unit, 2022)->revision, kSavesEach + 1);
  std::printf("[ %s ] %d saves and %d reads in %.2f s (%.0f saves/s, %.0f reads/s, mixed)\n",
              GetParam().c_str(), kWriters * kSavesEach, kReaders * kReadsEach, seconds,
              kWriters * kSavesEach / seconds, kReaders * kReadsEach / seconds);
}

}  // namespace
}  // namespace jixiao
