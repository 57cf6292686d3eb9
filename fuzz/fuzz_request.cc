// Fuzz target for the web application: an HttpRequest built from the input goes through
// App::Handle against a real SQLite store (the demo data, loaded once), and the request parsers
// the routes use (HttpRequest::Cookie, ParseId, FieldValue, DiffDocuments, FieldLabel) run on
// the same bytes. Every request must get a response: a crash, a sanitizer report or a 500
// "internal" (an exception that reached Handle's catch-all) is a bug.
//
// Input, as text so seeds can be written by hand (fuzz/seeds/request/):
//   byte 0        who: even = no session; odd = logged in as (byte0 >> 1) % 3:
//                 0 unit user wangfang (the example unit), 1 reviewer, 2 admin
//   line 1        METHOD PATH[?k=v&k=v]   (%XX decoded in query names and values)
//   header lines  "name: value" (name lower-cased) until an empty line; "file: NAME" makes the
//                 body a multipart file of that name; "form: k=v" is a multipart text field
//   the rest      the body
// Placeholders in paths, query values, headers and bodies: @U the example unit's id, @R its
// 2022 draft's current revision, @T the session token, @C its CSRF token. A logged-in input
// gets the session cookie and the CSRF header unless it gives its own. With FUZZ_REQUEST_VERBOSE
// set, each request's method, path and status go to stderr (to check a new seed).
#include <unistd.h>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "base/clock.h"
#include "server/app.h"
#include "server/editor_model.h"
#include "service/credentials.h"
#include "service/demo.h"
#include "service/document_diff.h"

namespace {

using Json = nlohmann::ordered_json;
namespace fs = std::filesystem;
using namespace jixiao;

// Runs between restoring the store to its pristine copy: edits pile up in the example draft
// (projects added, long values), and every view of it parses, audits and renders all of it.
constexpr int kResetEvery = 64;

struct Login {
  std::string login;
  std::string token;
  std::string csrf;
};

struct World {
  fs::path dir;
  fs::path pristine;
  fs::path working;
  SystemClock clock;
  std::unique_ptr<Repository> repository;
  std::unique_ptr<Workspace> workspace;
  std::unique_ptr<App> app;
  Login logins[3];
  int64_t unit_id = 0;  // the example unit, wangfang's
  Json example_document;
  int runs = 0;
};

World* g_world = nullptr;

[[noreturn]] void Die(const std::string& what) {
  std::cerr << "fuzz_request: " << what << "\n";
  std::abort();
}

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void RemoveDatabase(const fs::path& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path.string() + suffix);
}

void Open(World& world) {
  auto repository = OpenRepository("sqlite:" + world.working.string());
  if (!repository) Die("open: " + repository.error().message);
  world.repository = std::move(*repository);
  world.workspace = std::make_unique<Workspace>(*world.repository, world.clock);
  auto app = App::Create(*world.workspace, ServerConfig{JIXIAO_WEB_DIR, false});
  if (!app) Die("app: " + app.error().message);
  world.app = std::move(*app);
}

void Close(World& world) {
  world.app.reset();
  world.workspace.reset();
  world.repository.reset();
}

// The working store back to the pristine copy (the demo data and the sessions).
void Reset(World& world) {
  Close(world);
  RemoveDatabase(world.working);
  fs::copy_file(world.pristine, world.working, fs::copy_options::overwrite_existing);
  Open(world);
}

// Sessions a logout deleted come back at once, so half the inputs stay logged in.
void EnsureSessions(World& world) {
  const int64_t now = world.clock.NowSeconds();
  for (const Login& login : world.logins) {
    const std::string hash = Sha256Hex(login.token);
    auto found = world.repository->FindSession(hash);
    if (found && *found) continue;
    auto user = world.repository->FindUserByLogin(login.login);
    if (!user || !*user) Die("no user " + login.login);
    world.repository->CreateSession({hash, (*user)->id, login.csrf, now, now});
  }
}

void Build(World& world) {
  char pattern[] = "/tmp/jixiao-fuzz-request.XXXXXX";
  if (!mkdtemp(pattern)) Die("mkdtemp");
  world.dir = pattern;
  world.pristine = world.dir / "pristine.sqlite";
  world.working = world.dir / "working.sqlite";
  const std::string report = ReadText(fs::path(JIXIAO_SOURCE_DIR) / "tests/fixtures/reports/qiannan-natural-resources-2022.txt");
  if (report.empty()) Die("cannot read the example report");
  {
    auto repository = OpenRepository("sqlite:" + world.pristine.string());
    if (!repository) Die("open: " + repository.error().message);
    Workspace workspace(**repository, world.clock);
    auto loaded = LoadDemo(workspace, report, /*county_region=*/false);
    if (!loaded) Die("demo: " + loaded.error().message);
    auto wangfang = (*repository)->FindUserByLogin("wangfang");
    if (!wangfang || !*wangfang || !(*wangfang)->unit_id) Die("no demo unit user");
    world.unit_id = *(*wangfang)->unit_id;
    auto draft = (*repository)->GetDraft(world.unit_id, 2022);
    if (!draft) Die("no demo draft");
    world.example_document = Json::parse(draft->document);
  }
  const char* users[3] = {"wangfang", "reviewer", "admin"};
  for (int i = 0; i < 3; ++i) world.logins[i] = {users[i], std::string(64, "abc"[i]), std::string(64, "def"[i])};
  fs::copy_file(world.pristine, world.working);
  Open(world);
  EnsureSessions(world);  // written into the working copy, then kept in the pristine one
  Close(world);
  RemoveDatabase(world.pristine);
  fs::copy_file(world.working, world.pristine);
  Open(world);
}

void RemoveWorld() {
  if (!g_world) return;
  Close(*g_world);
  std::error_code ec;
  fs::remove_all(g_world->dir, ec);
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  return text;
}

std::string Decode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i] == '+' ? ' ' : text[i];
    }
  }
  return out;
}

struct Placeholders {
  World& world;
  const Login& login;
  std::string revision;  // looked up on first use

  std::string operator()(std::string text) {
    if (text.find('@') == std::string::npos) return text;
    text = Replace(std::move(text), "@U", std::to_string(world.unit_id));
    text = Replace(std::move(text), "@T", login.token);
    text = Replace(std::move(text), "@C", login.csrf);
    if (text.find("@R") != std::string::npos) {
      if (revision.empty()) {
        auto draft = world.repository->GetDraft(world.unit_id, 2022);
        revision = draft ? std::to_string(draft->revision) : "1";
      }
      text = Replace(std::move(text), "@R", revision);
    }
    return text;
  }
};

std::string NextLine(std::string_view& in) {
  const auto end = in.find('\n');
  std::string line(in.substr(0, end));
  in.remove_prefix(end == std::string_view::npos ? in.size() : end + 1);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

HttpRequest ParseRequest(std::string_view in, Placeholders& fill, bool logged_in) {
  HttpRequest request;
  request.remote_address = "127.0.0.1";
  const std::string first = NextLine(in);
  const auto space = first.find(' ');
  request.method = first.substr(0, space);
  std::string target = space == std::string::npos ? "/" : first.substr(space + 1);
  const auto question = target.find('?');
  request.path = fill(target.substr(0, question));
  if (question != std::string::npos) {
    std::istringstream query(target.substr(question + 1));
    for (std::string pair; std::getline(query, pair, '&');) {
      const auto equals = pair.find('=');
      request.params.emplace(Decode(pair.substr(0, equals)),
                             equals == std::string::npos ? std::string() : fill(Decode(pair.substr(equals + 1))));
    }
  }
  std::string file_name;
  bool has_file = false;
  for (std::string line = NextLine(in); !line.empty(); line = NextLine(in)) {
    const auto colon = line.find(':');
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = colon == std::string::npos ? std::string() : line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.erase(0, 1);
    if (name == "file") {
      has_file = true;
      file_name = value;
    } else if (name == "form") {  // a multipart text field: the transport puts it in both maps
      const auto equals = value.find('=');
      const std::string field = Decode(value.substr(0, equals));
      const std::string text = equals == std::string::npos ? std::string() : fill(Decode(value.substr(equals + 1)));
      request.params.emplace(field, text);
      request.form.emplace(field, text);
    } else {
      request.headers[name] = fill(value);
    }
  }
  request.headers.try_emplace("host", "127.0.0.1:8080");
  if (logged_in) {
    const std::string cookie = std::string(kSessionCookie) + "=" + fill.login.token;
    auto [it, fresh] = request.headers.try_emplace("cookie", cookie);
    if (!fresh) it->second += "; " + cookie;
    request.headers.try_emplace("x-csrf-token", fill.login.csrf);
  }
  std::string body = fill(std::string(in));
  if (has_file) {
    request.files.push_back({"file", file_name, std::move(body)});
  } else {
    request.body = std::move(body);
  }
  return request;
}

// The parsers the routes use, on the same bytes.
void Parsers(const HttpRequest& request, const World& world) {
  for (const auto& [name, value] : request.params) {
    (void)request.Cookie(name);
    (void)ParseId(value);
    for (const char* kind : {"text", "lines", "int", "bool"}) (void)FieldValue(kind, value);
    (void)FieldValue(name, value);
    (void)FieldLabel(world.example_document, value);
  }
  (void)request.Cookie(kSessionCookie);
  (void)ParseId(request.path);
  const Json body = Json::parse(request.body, nullptr, false);
  if (body.is_discarded()) return;
  (void)DiffDocuments(world.example_document, body);
  (void)DiffDocuments(body, world.example_document);
  for (const auto& [name, value] : request.params) (void)FieldLabel(body, value);
  (void)ChangesJson(DiffDocuments(body, Json::object()));
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_world = new World;
  Build(*g_world);
  std::atexit(RemoveWorld);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  World& world = *g_world;
  if (++world.runs % kResetEvery == 0) Reset(world);
  const bool logged_in = data[0] & 1;
  const Login& login = world.logins[(data[0] >> 1) % 3];
  Placeholders fill{world, login, ""};
  const HttpRequest request =
      ParseRequest(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), fill, logged_in);
  const HttpResponse response = world.app->Handle(request);
  static const bool verbose = std::getenv("FUZZ_REQUEST_VERBOSE") != nullptr;  // for writing seeds
  if (verbose) std::cerr << request.method << " " << request.path << " -> " << response.status << "\n";
  if (response.status == 500 && response.body.find("\"internal\"") != std::string::npos) {
    std::cerr << "fuzz_request: " << request.method << " " << request.path << " -> 500 internal: an exception reached App::Handle\n";
    std::abort();
  }
  Parsers(request, world);
  if (request.path.find("logout") != std::string::npos) EnsureSessions(world);
  return 0;
}
