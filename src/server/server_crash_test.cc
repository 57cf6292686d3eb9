// Crash safety: `jixiao serve` as its own process on a SQLite store, killed with SIGKILL while
// clients import reports, save fields and submit versions. The store must open again with every
// committed version intact, every draft readable and every acknowledged save present.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "server/testing/server.h"
#include "service/credentials.h"

namespace jixiao::testing {
namespace {

using Json = nlohmann::ordered_json;

// `jixiao serve --data DIR --demo --port 0` in a child process; killed when this goes away.
class ServeProcess {
 public:
  explicit ServeProcess(const std::string& data_dir) {
    int out[2];
    if (pipe(out) != 0) return;
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      execl(JIXIAO_BIN, "jixiao", "serve", "--data", data_dir.c_str(), "--demo", "--port", "0", nullptr);
      _exit(127);
    }
    close(out[1]);
    stdout_ = fdopen(out[0], "r");
    // "绩效自评系统已启动：http://127.0.0.1:PORT/"
    const std::string marker = "http://127.0.0.1:";
    char line[512];
    while (stdout_ && std::fgets(line, sizeof line, stdout_)) {
      const std::string text = line;
      if (const auto at = text.find(marker); at != std::string::npos) {
        port_ = std::stoi(text.substr(at + marker.size()));
        break;
      }
    }
  }
  ~ServeProcess() {
    Kill();
    if (stdout_) std::fclose(stdout_);  // open until now: the server must not die of SIGPIPE
  }

  int port() const { return port_; }
  // SIGKILL, then reap: returns the signal that ended the process.
  int Kill() {
    if (pid_ <= 0) return 0;
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = 0;
    return WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  }

 private:
  pid_t pid_ = -1;
  FILE* stdout_ = nullptr;
  int port_ = 0;
};

// What the clients were told was saved, shared with the thread that waits to kill the server.
struct Acknowledged {
  std::mutex mutex;
  std::condition_variable changed;
  int last_save = 0;              // "第 N 次保存" answered 200
  std::vector<int> imported_years;  // answered 201
  int last_version = 0;           // version number answered 201
  std::vector<std::string> surprises;  // answers that were neither success nor a dropped connection

  template <typename F>
  void Update(F f) {
    {
      std::lock_guard lock(mutex);
      f();
    }
    changed.notify_all();
  }
};

std::string SaveText(int n) { return "第 " + std::to_string(n) + " 次保存"; }

void SaveLoop(int port, Acknowledged& acked) {
  Client client(port);
  if (client.Login("wangfang").status != 200) return acked.Update([&] { acked.surprises.push_back("login wangfang"); });
  int64_t revision = client.Get("/api/units/1/years/2022").Revision();
  for (int n = 1;; ++n) {
    const Json edit = {{"revision", revision},
                       {"edits", {{{"op", "replace"}, {"path", "/projects/0/implementation"}, {"value", SaveText(n)}}}}};
    const Reply reply = client.Patch("/api/units/1/years/2022", edit);
    if (reply.status == 0) return;
    if (reply.status != 200) return acked.Update([&] { acked.surprises.push_back("save: " + reply.body); });
    revision = reply.Revision();
    acked.Update([&] { acked.last_save = n; });
  }
}

void ImportLoop(int port, Acknowledged& acked) {
  Client client(port);
  if (client.Login("wangfang").status != 200) return acked.Update([&] { acked.surprises.push_back("login wangfang"); });
  for (int year = 2030; year <= 2100; ++year) {
    const Reply reply = client.Send("POST", "/api/units/1/years/" + std::to_string(year) + "/import?name=x.txt",
                                    ExampleReport(), "text/plain");
    if (reply.status == 0) return;
    if (reply.status != 201) return acked.Update([&] { acked.surprises.push_back("import: " + reply.body); });
    acked.Update([&] { acked.imported_years.push_back(year); });
  }
}

// 李军's 2023 year is submitted in the demo: reopen it and submit it again, over and over.
void SubmitLoop(int port, Acknowledged& acked) {
  Client client(port);
  if (client.Login("lijun").status != 200) return acked.Update([&] { acked.surprises.push_back("login lijun"); });
  const std::string year = "/api/units/2/years/2023";
  int64_t revision = client.Get(year).Revision();
  for (;;) {
    const Reply reopened = client.Post(year + "/reopen", {{"revision", revision}});
    if (reopened.status == 0) return;
    if (reopened.status != 200) return acked.Update([&] { acked.surprises.push_back("reopen: " + reopened.body); });
    const Reply submitted = client.Post(year + "/submit", {{"revision", reopened.Revision()}});
    if (submitted.status == 0) return;
    if (submitted.status != 201) return acked.Update([&] { acked.surprises.push_back("submit: " + submitted.body); });
    acked.Update([&] { acked.last_version = submitted.Json().value("number", 0); });
    revision = client.Get(year).Revision();
  }
}

TEST(ServeProcessSqlite, KilledMidWriteLeavesEveryAcknowledgedWriteIntact) {
  const std::string data = ::testing::TempDir() + "jixiao_crash_" + std::to_string(getpid());
  std::filesystem::remove_all(data);
  ServeProcess server(data);
  ASSERT_GT(server.port(), 0) << "jixiao serve did not print its address (" << JIXIAO_BIN << ")";

  Acknowledged acked;
  std::vector<std::thread> clients;
  clients.emplace_back(SaveLoop, server.port(), std::ref(acked));
  clients.emplace_back(ImportLoop, server.port(), std::ref(acked));
  clients.emplace_back(SubmitLoop, server.port(), std::ref(acked));
  {
    // Kill once every kind of write has been acknowledged a few times, while more are in flight.
    std::unique_lock lock(acked.mutex);
    acked.changed.wait(lock, [&] {
      return !acked.surprises.empty() ||
             (acked.last_save >= 30 && acked.imported_years.size() >= 3 && acked.last_version >= 4);
    });
  }
  EXPECT_EQ(server.Kill(), SIGKILL);
  for (auto& client : clients) client.join();
  for (const std::string& surprise : acked.surprises) ADD_FAILURE() << "unexpected answer: " << surprise;

  auto opened = OpenRepository("sqlite:" + data + "/jixiao.sqlite");
  ASSERT_TRUE(opened) << opened.error().message;
  Repository& store = **opened;
  auto units = store.ListUnits();
  ASSERT_TRUE(units) << units.error().message;
  EXPECT_EQ(units->size(), 38u);  // the demo's
  int versions_checked = 0;
  for (const UnitRecord& unit : *units) {
    auto drafts = store.ListDrafts(unit.id);
    ASSERT_TRUE(drafts) << unit.name << ": " << drafts.error().message;
    for (const DraftRecord& listed : *drafts) {
      const std::string where = unit.name + " " + std::to_string(listed.year);
      auto draft = store.GetDraft(unit.id, listed.year);
      ASSERT_TRUE(draft) << where << ": " << draft.error().message;
      const Json document = Json::parse(draft->document, nullptr, false);
      EXPECT_TRUE(document.is_object() && document.value("format", "") == "jixiao.evaluation/1") << where;
      EXPECT_TRUE(Json::parse(draft->explanations, nullptr, false).is_object()) << where;
      auto versions = store.ListVersions(unit.id, listed.year);
      ASSERT_TRUE(versions) << where << ": " << versions.error().message;
      for (const VersionRecord& version : *versions) {
        EXPECT_EQ(Sha256Hex(version.document), version.content_hash) << where << " version " << version.number;
        ++versions_checked;
      }
    }
  }
  EXPECT_GE(versions_checked, acked.last_version);

  // Every save the client saw answered is there (or a later one that committed as the server died).
  auto example = store.GetDraft(1, 2022);
  ASSERT_TRUE(example) << example.error().message;
  const std::string saved = Json::parse(example->document)["projects"][0]["implementation"];
  int saved_n = 0;
  for (int n = acked.last_save; n <= acked.last_save + 1 && saved_n == 0; ++n) saved_n = saved == SaveText(n) ? n : 0;
  EXPECT_NE(saved_n, 0) << "acknowledged " << SaveText(acked.last_save) << ", stored " << saved;
  for (int year : acked.imported_years) EXPECT_TRUE(store.GetDraft(1, year)) << "imported year " << year;
  auto versions = store.ListVersions(2, 2023);
  ASSERT_TRUE(versions);
  EXPECT_GE(static_cast<int>(versions->size()), acked.last_version);

  opened->reset();
  std::filesystem::remove_all(data);
}

}  // namespace
}  // namespace jixiao::testing
