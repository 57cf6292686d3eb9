#include "service/workspace.h"

#include "base/text.h"
#include <algorithm>
#include <atomic>
#include <list>
#include <mutex>
#include <string_view>
#include <unordered_map>

#include "format/audit_json.h"
#include "format/evaluation_json.h"
#include "format/json_text.h"
#include "render/render.h"
#include "rules/audit.h"
#include "rules/scoring.h"
#include "service/credentials.h"
#include "service/assessment.h"
#include "service/evaluation_service.h"

namespace jixiao {

namespace {

using Json = nlohmann::ordered_json;

// Login limits: per account and per address, within 15 minutes.
constexpr int kAccountFailures = 5;
constexpr int kAddressFailures = 20;
constexpr int64_t kFailureWindowSeconds = 15 * 60;
// A session's last-seen time is written at most this often.
constexpr int64_t kTouchEverySeconds = 60;

tl::unexpected<Error> Forbidden(std::string message) { return Fail(ErrorCode::kForbidden, std::move(message)); }

Json WithoutProvenance(Json document) {
  if (document.is_object()) document.erase("provenance");
  return document;
}

// `before` and `after` with every part they share set to null, in their own member order: what
// a save changed is then diffed from a few leaves instead of two whole documents. A shared
// "name" stays, as it labels its array element (项目 2「土地整治」); nulls are no leaves, and
// shared leaves compare equal, so DiffDocuments finds the same changes with the same labels.
void Unshared(const Json& before, const Json& after, Json& before_out, Json& after_out, bool root = false) {
  const bool objects = before.is_object() && after.is_object();
  if (!objects && !(before.is_array() && after.is_array())) {
    before_out = before;
    after_out = after;
    return;
  }
  auto shared = [](const Json& a, const Json& b, const std::string& key, Json& a_out, Json& b_out) {
    if (a != b) return Unshared(a, b, a_out, b_out);
    if (key == "name") a_out = a, b_out = b;  // else both stay null
  };
  if (objects) {
    before_out = Json::object();
    after_out = Json::object();
    for (auto it = before.begin(); it != before.end(); ++it) {  // members in before's order
      if (root && it.key() == "provenance") continue;
      before_out[it.key()] = after.contains(it.key()) ? Json() : it.value();
    }
    for (auto it = after.begin(); it != after.end(); ++it) {  // and in after's
      if (root && it.key() == "provenance") continue;
      Json& out = after_out[it.key()];
      if (auto old = before.find(it.key()); old != before.end()) shared(*old, it.value(), it.key(), before_out[it.key()], out);
      else out = it.value();
    }
    return;
  }
  before_out = Json::array();
  after_out = Json::array();
  for (std::size_t i = 0; i < std::max(before.size(), after.size()); ++i) {
    if (i < before.size()) before_out.push_back(i < after.size() ? Json() : before[i]);
    if (i < after.size()) after_out.push_back(i < before.size() ? Json() : after[i]);
    if (i < before.size() && i < after.size()) shared(before[i], after[i], "", before_out[i], after_out[i]);
  }
}

// The field changes from `before` to `after` (provenance left out), as DiffDocuments finds them.
std::vector<FieldChange> SavedChanges(const Json& before, const Json& after) {
  Json before_part, after_part;
  Unshared(before, after, before_part, after_part, /*root=*/true);
  return DiffDocuments(before_part, after_part);
}

// A field typed into a part the document does not have yet (a project's satisfaction, the
// project funds) gets its enclosing objects created; replacing a missing member adds it.
void PrepareEdit(Json& document, Json& op) {
  if (op["op"] == "remove") return;
  const std::string path = op["path"].get<std::string>();
  Json::json_pointer pointer(path);
  if (pointer.empty()) return;
  const Json::json_pointer parent = pointer.parent_pointer();
  std::vector<std::string> tokens;
  for (Json::json_pointer p = parent; !p.empty(); p = p.parent_pointer()) tokens.insert(tokens.begin(), p.back());
  Json* node = &document;
  for (const auto& token : tokens) {
    if (node->is_null()) *node = Json::object();
    if (node->is_object()) node = &(*node)[token];
    else if (node->is_array() && !token.empty() && token.find_first_not_of("0123456789") == std::string::npos && token.size() < 9 &&
             std::stoul(token) < node->size()) node = &(*node)[std::stoul(token)];
    else return;  // the patch itself reports the bad path
  }
  if (node->is_null()) *node = Json::object();
  if (op["op"] == "replace" && node->is_object() && !node->contains(pointer.back())) op["op"] = "add";
}

// Keeps the texts marked 不公开 ("/internal") on the same items when a patch removes or inserts
// an item of a list: pointers into a removed item go, those past it move with their items.
void FollowListChange(Json& document, const Json& op) {
  if (!document.contains("internal") || !document["internal"].is_array()) return;
  const std::string path = op["path"].get<std::string>();
  const auto slash = path.rfind('/');
  const std::string list = path.substr(0, slash), token = path.substr(slash + 1);
  if (token.empty() || token.size() > 8 || token.find_first_not_of("0123456789") != std::string::npos) return;
  const bool removed = op["op"] == "remove";
  if (!removed && op["op"] != "add") return;
  const unsigned long at = std::stoul(token);
  Json kept = Json::array();
  for (const Json& entry : document["internal"]) {
    std::string pointer = entry.is_string() ? entry.get<std::string>() : std::string();
    if (!pointer.starts_with(list + "/")) {
      kept.push_back(entry);
      continue;
    }
    const std::string rest = pointer.substr(list.size() + 1);
    const auto end = rest.find('/');
    const std::string index = rest.substr(0, end);
    if (index.empty() || index.size() > 8 || index.find_first_not_of("0123456789") != std::string::npos) {
      kept.push_back(entry);
      continue;
    }
    unsigned long i = std::stoul(index);
    if (removed && i == at) continue;  // the item is gone, and its mark with it
    if (i >= at) i = removed ? i - 1 : i + 1;
    kept.push_back(list + "/" + std::to_string(i) + (end == std::string::npos ? "" : rest.substr(end)));
  }
  document["internal"] = std::move(kept);
  if (document["internal"].empty()) document.erase("internal");
}

// The edited document's projects that are the stored document's (`before`, as the codec wrote
// it), element for element, moved out of `after`; null for the others (new, moved or changed),
// which are written again.
Json::array_t WrittenProjects(const Json& before, Json& after) {
  Json::array_t written;
  const auto old_projects = before.find("projects");
  const auto new_projects = after.find("projects");
  if (old_projects == before.end() || new_projects == after.end() || !old_projects->is_array() ||
      !new_projects->is_array()) {
    return written;
  }
  written.resize(new_projects->size());
  for (std::size_t i = 0; i < new_projects->size() && i < old_projects->size(); ++i) {
    if ((*new_projects)[i] == (*old_projects)[i]) written[i] = std::move((*new_projects)[i]);
  }
  return written;
}

}  // namespace

// ---- assessed drafts, kept per stored revision ----

// A stored draft as the editor shows it, before anything that depends on who asks. Valid for
// exactly the text it was computed from (revision and content hashes) under one profile.
struct AssessedDraft : YearAssessment {
  uint64_t id = 0;  // unique in the process
  int64_t revision = 0;
  uint64_t profile_generation = 0;
  std::size_t document_hash = 0;
  std::size_t explanations_hash = 0;
  std::size_t bytes = 0;  // estimated, for the cache's bound
  // Whether `document` is what the codec writes for what it reads as (EvaluationToJson), so
  // that a part of it a save leaves unchanged need not be written again.
  bool written = false;

  bool Fits(const DraftRecord& draft, uint64_t generation) const {
    return revision == draft.revision && profile_generation == generation &&
           document_hash == std::hash<std::string_view>{}(draft.document) &&
           explanations_hash == std::hash<std::string_view>{}(draft.explanations);
  }
};

namespace {

// A parsed document takes about three times its pretty-printed text in memory.
constexpr std::size_t kTreeBytesPerTextByte = 4;

std::shared_ptr<const AssessedDraft> MakeAssessed(const DraftRecord& draft, uint64_t generation, Json document,
                                                  const Assessed& assessed, bool written) {
  static std::atomic<uint64_t> last_id{0};
  auto out = std::make_shared<AssessedDraft>();
  out->id = ++last_id;
  out->revision = draft.revision;
  out->profile_generation = generation;
  out->document_hash = std::hash<std::string_view>{}(draft.document);
  out->explanations_hash = std::hash<std::string_view>{}(draft.explanations);
  out->document = std::move(document);
  out->written = written;
  out->scores = ScoresToJson(assessed.scores);
  out->findings = FindingsJson(assessed.findings, out->document, ParseObject(draft.explanations));
  CountFindings(out->findings, out->errors, out->warnings, out->unexplained_warnings);
  out->bytes = kTreeBytesPerTextByte * (draft.document.size() + draft.explanations.size()) + 512 * out->findings.size() + 4096;
  return out;
}

}  // namespace

// One entry per unit-year (a new revision replaces the old one), least recently used evicted
// first once the estimated bytes pass the limit. Thread-safe; entries are immutable and shared.
class YearCache {
 public:
  explicit YearCache(std::size_t limit) : limit_(limit) {}

  std::shared_ptr<const AssessedDraft> Find(const DraftRecord& draft, uint64_t generation) {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(KeyOf(draft));
    if (it == entries_.end() || !it->second.assessed->Fits(draft, generation)) {
      ++misses_;
      return nullptr;
    }
    ++hits_;
    order_.splice(order_.begin(), order_, it->second.place);
    return it->second.assessed;
  }

  void Put(const DraftRecord& draft, std::shared_ptr<const AssessedDraft> assessed) {
    std::lock_guard lock(mutex_);
    const Key key = KeyOf(draft);
    if (auto it = entries_.find(key); it != entries_.end()) Drop(it);
    if (assessed->bytes > limit_) return;
    bytes_ += assessed->bytes;
    order_.push_front(key);
    entries_.emplace(key, Slot{std::move(assessed), order_.begin()});
    while (bytes_ > limit_ && !order_.empty()) Drop(entries_.find(order_.back()));
  }

  void Clear() {
    std::lock_guard lock(mutex_);
    entries_.clear();
    order_.clear();
    bytes_ = 0;
  }

  void SetLimit(std::size_t limit) {
    std::lock_guard lock(mutex_);
    limit_ = limit;
    while (bytes_ > limit_ && !order_.empty()) Drop(entries_.find(order_.back()));
  }

  YearCacheStats Stats() const {
    std::lock_guard lock(mutex_);
    return {hits_, misses_, entries_.size(), bytes_};
  }

 private:
  using Key = uint64_t;  // unit id and year
  struct Slot {
    std::shared_ptr<const AssessedDraft> assessed;
    std::list<Key>::iterator place;
  };
  static Key KeyOf(const DraftRecord& draft) {
    return (static_cast<uint64_t>(draft.unit_id) << 16) ^ static_cast<uint64_t>(static_cast<uint16_t>(draft.year));
  }
  void Drop(std::unordered_map<Key, Slot>::iterator it) {
    bytes_ -= it->second.assessed->bytes;
    order_.erase(it->second.place);
    entries_.erase(it);
  }

  mutable std::mutex mutex_;
  std::size_t limit_;
  std::size_t bytes_ = 0;
  int64_t hits_ = 0;
  int64_t misses_ = 0;
  std::list<Key> order_;  // most recently used first
  std::unordered_map<Key, Slot> entries_;
};

Workspace::Workspace(Repository& repository, const Clock& clock)
    : repository_(repository),
      clock_(clock),
      years_(std::make_shared<YearCache>(kYearCacheBytes)),
      account_failures_(clock, kAccountFailures, kFailureWindowSeconds),
      address_failures_(clock, kAddressFailures, kFailureWindowSeconds) {}

void Workspace::SetProfile(ScoringProfile profile) {
  profile_ = std::move(profile);
  ++profile_generation_;
  years_->Clear();
}

void Workspace::SetYearCacheLimit(std::size_t bytes) { years_->SetLimit(bytes); }

YearCacheStats Workspace::year_cache_stats() const { return years_->Stats(); }

Change Workspace::ChangeBy(const Caller& caller) const {
  return Change{caller.who.user.login, caller.address, clock_.NowSeconds()};
}

// ---- sessions ----

Result<LoginResult> Workspace::Login(const std::string& login, const std::string& password,
                                     const std::string& address) {
  const int64_t wait = std::max(account_failures_.WaitSeconds("account:" + login),
                                address_failures_.WaitSeconds("address:" + address));
  if (wait > 0) {
    return Fail(ErrorCode::kRateLimited,
                "登录失败次数过多，请 " + std::to_string((wait + 59) / 60) + " 分钟后再试");
  }
  auto user = repository_.FindUserByLogin(login);
  if (!user) return tl::unexpected(user.error());
  // A hash is verified even for an unknown login, so both take the same time.
  static const std::string dummy = HashPassword("no-such-user-password").value_or("");
  const bool ok = VerifyPassword(password, *user ? (*user)->password_hash : dummy) && *user && !(*user)->disabled;
  const int64_t now = clock_.NowSeconds();
  if (!ok) {
    account_failures_.RecordFailure("account:" + login);
    address_failures_.RecordFailure("address:" + address);
    repository_.AppendAudit({0, now, login, address, "login.fail", "user/" + login, "", ""});
    return Fail(ErrorCode::kUnauthenticated, "用户名或密码不正确");
  }
  account_failures_.Clear("account:" + login);
  LoginResult result;
  result.token = NewToken();
  result.current.user = **user;
  result.current.token_hash = Sha256Hex(result.token);
  result.current.csrf_token = NewToken();
  auto created = repository_.CreateSession({result.current.token_hash, (*user)->id, result.current.csrf_token, now, now});
  if (!created) return tl::unexpected(created.error());
  repository_.AppendAudit({0, now, login, address, "login", "user/" + login, "", ""});
  return result;
}

Result<CurrentUser> Workspace::Authenticate(const std::string& token) {
  const auto expired = [] { return Fail(ErrorCode::kUnauthenticated, "登录已过期，请重新登录"); };
  if (token.size() != 64) return Fail(ErrorCode::kUnauthenticated, "请先登录");
  const std::string hash = Sha256Hex(token);
  auto session = repository_.FindSession(hash);
  if (!session) return tl::unexpected(session.error());
  if (!*session) return expired();
  const int64_t now = clock_.NowSeconds();
  if (now - (*session)->last_seen_at > kSessionIdleSeconds || now - (*session)->created_at > kSessionAbsoluteSeconds) {
    repository_.DeleteSession(hash);
    return expired();
  }
  auto user = repository_.GetUser((*session)->user_id);
  if (!user || user->disabled) return expired();
  if (now - (*session)->last_seen_at >= kTouchEverySeconds) repository_.TouchSession(hash, now);
  return CurrentUser{std::move(*user), hash, (*session)->csrf_token};
}

Result<bool> Workspace::Logout(const Caller& caller) {
  repository_.AppendAudit({0, clock_.NowSeconds(), caller.who.user.login, caller.address, "logout",
                           "user/" + caller.who.user.login, "", ""});
  return repository_.DeleteSession(caller.who.token_hash);
}

// ---- who may do what ----

Result<bool> Workspace::MayRead(const Caller& caller, int64_t unit_id) const {
  const UserRecord& user = caller.who.user;
  if (user.role == Role::kAdmin) return true;
  if (user.role == Role::kReviewer) {
    if (user.scope.empty()) return true;
    auto unit = repository_.GetUnit(unit_id);
    if (!unit) return tl::unexpected(unit.error());
    if (InScope(unit->region, user.scope)) return true;
    return Forbidden("该单位不在您的复核范围（" + user.scope + "）内");
  }
  if (user.unit_id == unit_id) return true;
  return Forbidden("无权查看其他单位的数据");
}

Result<bool> Workspace::MayEdit(const Caller& caller, int64_t unit_id) const {
  const UserRecord& user = caller.who.user;
  if (user.role == Role::kUnit && user.unit_id == unit_id) return true;
  if (user.role == Role::kUnit) return Forbidden("只能编辑本单位的数据");
  return Forbidden("只有单位填报人可以编辑和送审本单位的数据");
}

// ---- units and years ----

Result<std::vector<UnitRecord>> Workspace::Units(const Caller& caller) {
  const UserRecord& user = caller.who.user;
  if (user.role == Role::kUnit) {
    if (!user.unit_id) return std::vector<UnitRecord>{};
    auto unit = repository_.GetUnit(*user.unit_id);
    if (!unit) return tl::unexpected(unit.error());
    return std::vector<UnitRecord>{*unit};
  }
  auto units = repository_.ListUnits();
  if (!units || user.role != Role::kReviewer || user.scope.empty()) return units;
  std::erase_if(*units, [&](const UnitRecord& unit) { return !InScope(unit.region, user.scope); });
  return units;
}

Result<UnitRecord> Workspace::Unit(const Caller& caller, int64_t unit_id) {
  if (auto may = MayRead(caller, unit_id); !may) return tl::unexpected(may.error());
  return repository_.GetUnit(unit_id);
}

Result<UnitRecord> Workspace::AddUnit(const Caller& caller, const UnitRecord& unit) {
  if (caller.who.user.role != Role::kAdmin) return Forbidden("只有管理员可以新增单位");
  if (unit.name.empty()) return Invalid("字段 name：请填写单位名称");
  return repository_.AddUnit(unit, ChangeBy(caller));
}

Result<std::vector<DraftRecord>> Workspace::Years(const Caller& caller, int64_t unit_id) {
  if (auto unit = Unit(caller, unit_id); !unit) return tl::unexpected(unit.error());
  return repository_.ListDrafts(unit_id);
}

Result<std::shared_ptr<const AssessedDraft>> Workspace::AssessedOf(const DraftRecord& draft) const {
  if (auto cached = years_->Find(draft, profile_generation_)) return cached;
  auto document = ParseStored(draft.document);
  if (!document) return tl::unexpected(document.error());
  // The text is parsed once: reading its tree is reading the text (a refusal is worded from the text).
  auto evaluation = ReadDocument(*document);
  if (!evaluation) evaluation = ParseDocument(draft.document);
  if (!evaluation) return tl::unexpected(evaluation.error());
  const bool written = *document == EvaluationToJson(*evaluation);
  auto assessed = MakeAssessed(draft, profile_generation_, std::move(*document), Assess(std::move(*evaluation), profile_),
                               written);
  years_->Put(draft, assessed);
  return assessed;
}

const Json& Workspace::Stored::document() const { return assessed ? assessed->document : parsed; }
bool Workspace::Stored::written() const { return assessed && assessed->written; }

Result<Workspace::Stored> Workspace::StoredOf(const DraftRecord& draft) const {
  Stored out;
  auto assessed = AssessedOf(draft);
  if (assessed) {
    out.assessed = std::move(*assessed);
    return out;
  }
  out.failure = assessed.error();  // a document the codec refuses can still be edited into shape
  auto parsed = ParseStored(draft.document);
  if (!parsed) return tl::unexpected(parsed.error());
  out.parsed = std::move(*parsed);
  return out;
}

YearView Workspace::ViewOf(const Caller& caller, UnitRecord unit, DraftRecord draft,
                           std::shared_ptr<const AssessedDraft> assessed, ViewParts parts) const {
  YearView view;
  view.unit = std::move(unit);
  if (parts == ViewParts::kCopies) {
    view.document = assessed->document;
    view.scores = assessed->scores;
    view.findings = assessed->findings;
  }
  view.errors = assessed->errors;
  view.warnings = assessed->warnings;
  view.unexplained_warnings = assessed->unexplained_warnings;
  view.editable = draft.status == YearStatus::kDraft && MayEdit(caller, draft.unit_id).has_value();
  view.draft = std::move(draft);
  view.assessment_id = assessed->id;
  view.assessment = std::move(assessed);
  return view;
}

Result<YearView> Workspace::View(const Caller& caller, UnitRecord unit, DraftRecord draft, ViewParts parts) const {
  auto assessed = AssessedOf(draft);
  if (!assessed) return tl::unexpected(assessed.error());
  return ViewOf(caller, std::move(unit), std::move(draft), std::move(*assessed), parts);
}

Result<YearView> Workspace::Year(const Caller& caller, int64_t unit_id, int year, ViewParts parts) {
  auto unit = Unit(caller, unit_id);
  if (!unit) return tl::unexpected(unit.error());
  auto draft = repository_.GetDraft(unit_id, year);
  if (!draft) return tl::unexpected(draft.error());
  return View(caller, std::move(*unit), std::move(*draft), parts);
}

Result<YearView> Workspace::CreateYear(const Caller& caller, int64_t unit_id, int year,
                                       const std::optional<std::string>& document_json) {
  if (auto may = MayEdit(caller, unit_id); !may) return tl::unexpected(may.error());
  if (year < 2000 || year > 2100) return Invalid("字段 year：年度须是 2000 到 2100 之间的四位数字");
  auto unit = repository_.GetUnit(unit_id);
  if (!unit) return tl::unexpected(unit.error());
  Evaluation evaluation;
  if (document_json) {
    auto parsed = ParseDocument(*document_json);
    if (!parsed) return tl::unexpected(parsed.error());
    evaluation = std::move(*parsed);
  }
  evaluation.unit.name = unit->name;  // the year belongs to this unit, whatever the file said
  if (!unit->code.empty()) evaluation.unit.code = unit->code;
  evaluation.year = year;
  DraftRecord draft;
  draft.unit_id = unit_id;
  draft.year = year;
  draft.document = WriteEvaluationJson(evaluation);
  draft.explanations = "{}";
  auto created = repository_.CreateDraft(draft, ChangeBy(caller));
  if (!created) return tl::unexpected(created.error());
  return View(caller, std::move(*unit), std::move(*created));
}

Result<ImportPreview> Workspace::PreviewImport(const Caller& caller, const std::string& name, std::string bytes) {
  if (caller.who.user.role != Role::kUnit) return Forbidden("只有单位填报人可以导入报告");
  auto loaded = LoadEvaluation(ReportSource{name, std::move(bytes)});
  if (!loaded) return tl::unexpected(loaded.error());
  const Assessed assessed = Assess(std::move(loaded->evaluation), profile_, std::move(loaded->read_findings));
  ImportPreview preview;
  preview.document = EvaluationToJson(assessed.evaluation);
  preview.scores = ScoresToJson(assessed.scores);
  preview.findings = FindingsJson(assessed.findings, preview.document, Json::object());
  int unexplained = 0;
  CountFindings(preview.findings, preview.errors, preview.warnings, unexplained);
  return preview;
}

// ---- editing ----

Result<YearView> Workspace::Save(const Caller& caller, const DraftRecord& draft, const Json& before, Json document,
                                 bool before_written, const std::string& explanations, int64_t revision,
                                 const std::optional<std::string>& changed, ViewParts parts) {
  // The edited tree is read as it is: its text would parse back to the same tree when every
  // string is UTF-8 and every number finite. Otherwise, and to word a refusal (the messages of
  // the text's reading), it goes the way of its text.
  const bool as_tree = RoundTripsAsText(document);
  auto evaluation = as_tree ? ReadDocument(document) : Result<Evaluation>(Invalid(""));
  if (!evaluation) {
    std::string document_text;
    try {
      document_text = document.dump();
    } catch (const nlohmann::json::type_error&) {  // a form field's bytes that are not UTF-8
      return Invalid("所填内容不是有效的 UTF-8 文本：请重新输入（从其他编码的文件复制的文字须先转换）");
    }
    evaluation = ParseDocument(document_text);
    if (!evaluation) return tl::unexpected(evaluation.error());
  }
  auto unit = repository_.GetUnit(draft.unit_id);
  if (!unit) return tl::unexpected(unit.error());
  if (evaluation->unit.name != unit->name) return Invalid("字段 unit.name：单位名称须是“" + unit->name + "”");
  if (evaluation->year != draft.year) return Invalid("字段 year：年度须是 " + std::to_string(draft.year));
  // The document as the store will hold it, for the diff and the view, and its text (what
  // WriteEvaluationJson writes, without reading that text back).
  Json stored = EvaluationToJson(*evaluation, as_tree && before_written ? WrittenProjects(before, document) : Json::array_t());
  std::string text = JsonText(stored, 2);
  text += '\n';
  const std::string changes = changed ? *changed : ChangesJson(SavedChanges(before, stored));
  auto saved = repository_.SaveDraft(draft.unit_id, draft.year, text, explanations, revision, changes, ChangeBy(caller));
  if (!saved) return tl::unexpected(saved.error());
  // The stored text reads back to the evaluation in hand (the codec round-trips), so it is
  // assessed as it is, not parsed again, and kept for the reads of this revision that follow.
  auto assessed = MakeAssessed(*saved, profile_generation_, std::move(stored), Assess(std::move(*evaluation), profile_),
                               /*written=*/true);
  years_->Put(*saved, assessed);
  return ViewOf(caller, std::move(*unit), std::move(*saved), std::move(assessed), parts);
}

Result<YearView> Workspace::Edit(const Caller& caller, int64_t unit_id, int year, int64_t revision,
                                 const std::vector<FieldEdit>& edits, ViewParts parts) {
  if (auto may = MayEdit(caller, unit_id); !may) return tl::unexpected(may.error());
  auto draft = repository_.GetDraft(unit_id, year);
  if (!draft) return tl::unexpected(draft.error());
  auto stored = StoredOf(*draft);
  if (!stored) return tl::unexpected(stored.error());
  const Json& document = stored->document();
  Json patch = Json::array();
  for (const auto& edit : edits) {
    if (edit.op != "replace" && edit.op != "add" && edit.op != "remove") return Invalid("op 须是 replace、add 或 remove");
    if (edit.pointer.empty() || edit.pointer[0] != '/' || edit.pointer == "/format" || edit.pointer.starts_with("/provenance")) {
      return Invalid("字段 " + edit.pointer + "：不能修改");
    }
    Json op = {{"op", edit.op}, {"path", edit.pointer}};
    if (edit.op != "remove") op["value"] = edit.value;
    patch.push_back(std::move(op));
  }
  Json edited = document;
  for (auto& op : patch) {  // one at a time, so a bad one is named
    try {
      PrepareEdit(edited, op);
      edited.patch_inplace(Json::array({op}));
      FollowListChange(edited, op);
    } catch (const nlohmann::json::exception&) {
      return Invalid("字段 " + op["path"].get<std::string>() + "：文档中没有这个位置，请刷新页面");
    }
  }
  return Save(caller, *draft, document, std::move(edited), stored->written(), draft->explanations, revision, std::nullopt,
              parts);
}

Result<YearView> Workspace::Replace(const Caller& caller, int64_t unit_id, int year, int64_t revision,
                                    const std::string& document_json) {
  if (auto may = MayEdit(caller, unit_id); !may) return tl::unexpected(may.error());
  auto draft = repository_.GetDraft(unit_id, year);
  if (!draft) return tl::unexpected(draft.error());
  Json document = Json::parse(document_json, nullptr, false);
  if (document.is_discarded()) {
    auto parsed = ParseDocument(document_json);  // names line and column
    return tl::unexpected(parsed ? Error{ErrorCode::kInvalidInput, "不是有效的 JSON"} : parsed.error());
  }
  auto before = ParseStored(draft->document);
  if (!before) return tl::unexpected(before.error());
  return Save(caller, *draft, *before, std::move(document), false, draft->explanations, revision);
}

Result<YearView> Workspace::Explain(const Caller& caller, int64_t unit_id, int year, int64_t revision,
                                    const std::string& key, const std::string& text, ViewParts parts) {
  if (auto may = MayEdit(caller, unit_id); !may) return tl::unexpected(may.error());
  if (!IsValidUtf8(key) || !IsValidUtf8(text)) return Invalid("说明不是有效的 UTF-8 文本：请重新输入");
  auto draft = repository_.GetDraft(unit_id, year);
  if (!draft) return tl::unexpected(draft.error());
  auto stored = StoredOf(*draft);
  if (!stored) return tl::unexpected(stored.error());
  if (!text.empty()) {  // only a warning the audit finds now can be explained
    if (!stored->assessed) return tl::unexpected(stored->failure);
    const Json& findings = stored->assessed->findings;
    const bool known = std::any_of(findings.begin(), findings.end(), [&key](const Json& finding) {
      return finding["key"] == key && finding["severity"] == "warning";
    });
    if (!known) return Invalid("没有这条警告（可能已改正）：请刷新页面");
  }
  Json explanations = ParseObject(draft->explanations);
  const Json before = explanations.contains(key) ? explanations[key] : Json(nullptr);
  if (text.empty()) explanations.erase(key);
  else explanations[key] = text;
  const Json changed = Json::array({{{"field", "explanation/" + key},
                                     {"label", "警告说明"},
                                     {"before", before},
                                     {"after", text.empty() ? Json(nullptr) : Json(text)}}});
  const Json& document = stored->document();
  return Save(caller, *draft, document, document, stored->written(), explanations.dump(), revision, changed.dump(), parts);
}

Result<VersionRecord> Workspace::Submit(const Caller& caller, int64_t unit_id, int year, int64_t revision) {
  auto view = Year(caller, unit_id, year);
  if (!view) return tl::unexpected(view.error());
  if (auto may = MayEdit(caller, unit_id); !may) return tl::unexpected(may.error());
  if (view->draft.status != YearStatus::kDraft) return Fail(ErrorCode::kConflict, "该年度已送审并锁定");
  if (view->errors > 0) {
    return Invalid("还有 " + std::to_string(view->errors) + " 个错误未改正，改正后才能送审");
  }
  if (view->unexplained_warnings > 0) {
    return Invalid("还有 " + std::to_string(view->unexplained_warnings) + " 个警告未填写说明，逐条说明后才能送审");
  }
  return repository_.Submit(unit_id, year, revision, Sha256Hex(view->draft.document), ChangeBy(caller));
}

Result<YearView> Workspace::Reopen(const Caller& caller, int64_t unit_id, int year, int64_t revision) {
  if (auto may = MayEdit(caller, unit_id); !may) return tl::unexpected(may.error());
  auto draft = repository_.Reopen(unit_id, year, revision, ChangeBy(caller));
  if (!draft) return tl::unexpected(draft.error());
  auto unit = repository_.GetUnit(unit_id);
  if (!unit) return tl::unexpected(unit.error());
  return View(caller, std::move(*unit), std::move(*draft));
}

// ---- versions and downloads ----

Result<std::vector<VersionRecord>> Workspace::Versions(const Caller& caller, int64_t unit_id, int year) {
  if (auto may = MayRead(caller, unit_id); !may) return tl::unexpected(may.error());
  return repository_.ListVersions(unit_id, year);
}

Result<VersionRecord> Workspace::Version(const Caller& caller, int64_t unit_id, int year, int number) {
  if (auto may = MayRead(caller, unit_id); !may) return tl::unexpected(may.error());
  return repository_.GetVersion(unit_id, year, number);
}

Result<std::vector<FieldChange>> Workspace::Diff(const Caller& caller, int64_t unit_id, int year, int from, int to) {
  if (auto may = MayRead(caller, unit_id); !may) return tl::unexpected(may.error());
  auto document_of = [&](int number) -> Result<std::string> {
    if (number == 0) {
      auto draft = repository_.GetDraft(unit_id, year);
      if (!draft) return tl::unexpected(draft.error());
      return draft->document;
    }
    auto version = repository_.GetVersion(unit_id, year, number);
    if (!version) return tl::unexpected(version.error());
    return version->document;
  };
  auto a = document_of(from);
  if (!a) return tl::unexpected(a.error());
  auto b = document_of(to);
  if (!b) return tl::unexpected(b.error());
  auto before = ParseStored(*a);
  auto after = ParseStored(*b);
  if (!before || !after) return Fail(ErrorCode::kIo, "数据库中的评价文档已损坏，请联系管理员");
  return DiffDocuments(WithoutProvenance(*before), WithoutProvenance(*after));
}

Result<Download> Workspace::Report(const Caller& caller, int64_t unit_id, int year, int version,
                                   const std::string& format) {
  auto unit = Unit(caller, unit_id);
  if (!unit) return tl::unexpected(unit.error());
  std::string document;
  if (version == 0) {
    auto draft = repository_.GetDraft(unit_id, year);
    if (!draft) return tl::unexpected(draft.error());
    document = std::move(draft->document);
  } else {
    auto stored = repository_.GetVersion(unit_id, year, version);
    if (!stored) return tl::unexpected(stored.error());
    document = std::move(stored->document);
  }
  const std::string stem = SafeFileName(unit->name + "-" + std::to_string(year) +
                                        (version ? "-第" + std::to_string(version) + "版" : std::string()));
  if (format == "json") return Download{stem + ".evaluation.json", "application/json", document};
  const auto report_format = ReportFormatFromName(format);
  if (!report_format || *report_format == ReportFormat::kText) {
    return Invalid("格式须是 docx、pdf、xlsx、html、md 或 json");
  }
  auto evaluation = ParseDocument(document);
  if (!evaluation) return tl::unexpected(evaluation.error());
  const Assessed assessed = Assess(std::move(*evaluation), profile_);
  RenderOptions options;
  options.profile = profile_;
  auto bytes = RenderReport(assessed.evaluation, assessed.scores, assessed.findings, *report_format, options);
  if (!bytes) return tl::unexpected(bytes.error());
  const std::string kind = *report_format == ReportFormat::kXlsx ? "自评表" : "自评报告";
  return Download{stem + "-" + kind + "." + std::string(ReportFormatExtension(*report_format)),
                  std::string(ReportFormatMimeType(*report_format)), std::move(*bytes)};
}

// ---- users and the audit log ----

Result<std::vector<UserRecord>> Workspace::Users(const Caller& caller) {
  if (caller.who.user.role != Role::kAdmin) return Forbidden("只有管理员可以管理用户");
  return repository_.ListUsers();
}

namespace {

Result<UserRecord> NewUserRecord(const NewUser& user, const std::string& scope) {
  if (user.login.empty() || user.login.size() > 64 ||
      user.login.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._-") != std::string::npos) {
    return Invalid("字段 login：登录名须是 1 到 64 个小写字母、数字、点、下划线或连字符");
  }
  if (user.name.empty()) return Invalid("字段 name：请填写姓名");
  if (user.role == Role::kUnit && !user.unit_id) return Invalid("字段 unit：单位填报人须属于一个单位");
  if (user.department_reviewer && (user.role != Role::kReviewer || scope.empty())) {
    return Invalid("字段 department_reviewer：主管部门初审人须是复核人，并以主管部门的区划路径为复核范围（scope）");
  }
  auto hash = HashPassword(user.password);
  if (!hash) return tl::unexpected(hash.error().WithContext("字段 password："));
  UserRecord record;
  record.login = user.login;
  record.name = user.name;
  record.role = user.role;
  record.unit_id = user.role == Role::kUnit ? user.unit_id : std::nullopt;
  record.scope = user.role == Role::kReviewer ? scope : std::string();
  record.department_reviewer = user.department_reviewer;
  record.password_hash = std::move(*hash);
  return record;
}

}  // namespace

Result<UserRecord> Workspace::AddUser(const Caller& caller, const NewUser& user, const std::string& scope) {
  if (caller.who.user.role != Role::kAdmin) return Forbidden("只有管理员可以管理用户");
  auto record = NewUserRecord(user, scope);
  if (!record) return tl::unexpected(record.error());
  return repository_.AddUser(*record, ChangeBy(caller));
}

Result<UserRecord> Workspace::SetUserDisabled(const Caller& caller, const std::string& login, bool disabled) {
  if (caller.who.user.role != Role::kAdmin) return Forbidden("只有管理员可以管理用户");
  if (login == caller.who.user.login) return Invalid("不能停用自己的账号");
  auto user = repository_.FindUserByLogin(login);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(ErrorCode::kNotFound, "没有用户 " + login);
  (*user)->disabled = disabled;
  return repository_.UpdateUser(**user, ChangeBy(caller));
}

Result<UserRecord> Workspace::ResetPassword(const Caller& caller, const std::string& login, const std::string& password) {
  if (caller.who.user.role != Role::kAdmin) return Forbidden("只有管理员可以管理用户");
  auto user = repository_.FindUserByLogin(login);
  if (!user) return tl::unexpected(user.error());
  if (!*user) return Fail(ErrorCode::kNotFound, "没有用户 " + login);
  auto hash = HashPassword(password);
  if (!hash) return tl::unexpected(hash.error().WithContext("字段 password："));
  (*user)->password_hash = std::move(*hash);
  return repository_.UpdateUser(**user, ChangeBy(caller));
}

Result<UserRecord> Workspace::AddUserAsSystem(const NewUser& user, const std::string& scope) {
  auto record = NewUserRecord(user, scope);
  if (!record) return tl::unexpected(record.error());
  return repository_.AddUser(*record, Change{"system", "", clock_.NowSeconds()});
}

Result<std::vector<AuditEntry>> Workspace::AuditLog(const Caller& caller, int64_t before_id, int limit) {
  if (caller.who.user.role != Role::kAdmin) return Forbidden("只有管理员可以查看审计日志");
  return repository_.ListAudit(before_id, std::clamp(limit, 1, 500));
}

}  // namespace jixiao
