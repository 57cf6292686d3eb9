#include "server/views.h"

#include <kainjow/mustache.hpp>

#include <filesystem>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "base/file.h"

namespace jixiao {

namespace {

using Data = kainjow::mustache::data;
using Json = nlohmann::ordered_json;

// JSON -> mustache data: null, false and "" are falsy, numbers print as JSON does. Children
// are moved into place: kainjow's set() and push_back() copy, which made building the editor's
// data cost its size times its depth.
Data ToData(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: {
      Data out = Data::type::object;
      for (auto it = value.begin(); it != value.end(); ++it) out[it.key()] = ToData(it.value());
      return out;
    }
    case Json::value_t::array: {
      Data out = Data::type::list;
      // list_value() is the list `out` owns (not a const object): only the accessor is const.
      auto& list = const_cast<kainjow::mustache::list&>(out.list_value());
      list.reserve(value.size());
      for (const auto& item : value) list.push_back(ToData(item));
      return out;
    }
    case Json::value_t::string: {  // an empty string is falsy, as in most mustache implementations
      const std::string& text = value.get_ref<const std::string&>();
      return text.empty() ? Data(false) : Data(text);
    }
    case Json::value_t::boolean:
      return Data(value.get<bool>());
    case Json::value_t::null:
    case Json::value_t::discarded:
      return Data(false);
    default:
      return Data(value.dump());
  }
}

// `text` with every {{> name}} of a known template replaced by that template's text, itself
// expanded (to a depth of 8). kainjow parses a partial again at each use, and the editor page
// uses {{> field}} about a thousand times.
std::string Expand(const std::map<std::string, std::string>& sources, const std::string& text, int depth = 0) {
  std::string out;
  std::size_t at = 0;
  for (auto open = text.find("{{>"); open != std::string::npos && depth < 8; open = text.find("{{>", at)) {
    const auto close = text.find("}}", open + 3);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    const auto partial = sources.find(name);
    out.append(text, at, open - at);
    if (partial == sources.end()) out.append(text, open, close + 2 - open);
    else out += Expand(sources, partial->second, depth + 1);
    at = close + 2;
  }
  out.append(text, at);
  return out;
}

using Template = kainjow::mustache::mustache;

// Appends what `parsed` renders from `data` to `out` (the bytes kainjow's render(data) returns,
// without its string stream and the copy of its text).
void RenderInto(Template& parsed, const Data& data, std::string& out) {
  parsed.render(data, [&out](const std::string& piece) { out += piece; });
}

// A template's text split around its one {{{slot}}}: both halves parse alone, so the slot is
// not inside a section (whose open and close would fall in different halves).
struct Split {
  std::unique_ptr<Template> before, after;
};
Split SplitAt(const std::string& text, const std::string& slot) {
  const std::string tag = "{{{" + slot + "}}}";
  const auto at = text.find(tag);
  if (at == std::string::npos || text.find(tag, at + tag.size()) != std::string::npos) return {};
  auto before = std::make_unique<Template>(text.substr(0, at));
  auto after = std::make_unique<Template>(text.substr(at + tag.size()));
  if (!before->is_valid() || !after->is_valid()) return {};
  return {std::move(before), std::move(after)};
}

}  // namespace

// Least recently used first out once the texts pass the limit in bytes. Texts are shared and
// never change, so a reader keeps its own while another thread evicts it.
class Views::Kept {
 public:
  explicit Kept(std::size_t limit) : limit_(limit) {}

  std::shared_ptr<const std::string> Find(const std::string& key) {
    std::lock_guard lock(mutex_);
    auto it = texts_.find(key);
    if (it == texts_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second.place);
    return it->second.text;
  }

  void Put(const std::string& key, std::shared_ptr<const std::string> text) {
    std::lock_guard lock(mutex_);
    if (auto it = texts_.find(key); it != texts_.end()) Drop(it);
    if (text->size() > limit_) return;
    bytes_ += text->size();
    order_.push_front(key);
    texts_.emplace(key, Slot{std::move(text), order_.begin()});
    Trim();
  }

  void SetLimit(std::size_t limit) {
    std::lock_guard lock(mutex_);
    limit_ = limit;
    Trim();
  }

 private:
  struct Slot {
    std::shared_ptr<const std::string> text;
    std::list<std::string>::iterator place;
  };
  void Drop(std::unordered_map<std::string, Slot>::iterator it) {
    bytes_ -= it->second.text->size();
    order_.erase(it->second.place);
    texts_.erase(it);
  }
  void Trim() {
    while (bytes_ > limit_ && !order_.empty()) Drop(texts_.find(order_.back()));
  }

  std::mutex mutex_;
  std::size_t limit_;
  std::size_t bytes_ = 0;
  std::list<std::string> order_;  // most recently used first
  std::unordered_map<std::string, Slot> texts_;
};

Result<Views> Views::Load(const std::string& templates_dir) {
  Views views;
  views.kept_ = std::make_shared<Kept>(kKeptRenderBytes);
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(templates_dir, ec)) {
    if (entry.path().extension() != ".mustache") continue;
    auto text = ReadFile(entry.path().string());
    if (!text) return tl::unexpected(text.error());
    kainjow::mustache::mustache parsed(*text);
    if (!parsed.is_valid()) {
      return Fail(ErrorCode::kInvalidInput, "模板 " + entry.path().string() + "：" + parsed.error_message());
    }
    views.sources_[entry.path().stem().string()] = std::move(*text);
  }
  if (ec) return Fail(ErrorCode::kNotFound, "找不到页面模板目录 " + templates_dir + "（" + ec.message() + "）");
  if (views.sources_.empty()) return Fail(ErrorCode::kNotFound, "页面模板目录 " + templates_dir + " 中没有 .mustache 文件");
  return views;
}

std::string Views::Render(const std::string& name, const Json& model) const {
  // Parsed templates, their partials expanded, are kept per thread: rendering is then free of
  // shared state.
  thread_local std::unordered_map<const Views*, std::unordered_map<std::string, std::unique_ptr<kainjow::mustache::mustache>>> cache;
  auto& mine = cache[this];
  auto it = mine.find(name);
  if (it == mine.end()) {
    auto source = sources_.find(name);
    if (source == sources_.end()) return "<p>页面模板 " + kainjow::mustache::html_escape(name) + " 不存在</p>";
    it = mine.emplace(name, std::make_unique<kainjow::mustache::mustache>(Expand(sources_, source->second))).first;
  }
  Data data = ToData(model);
  std::string out;
  RenderInto(*it->second, data, out);
  return out;
}

std::string Views::RenderAround(const std::string& name, const std::string& slot, const Json& model,
                                const std::string& text) const {
  // Split templates are kept per thread, as Render keeps whole ones.
  thread_local std::unordered_map<const Views*, std::unordered_map<std::string, Split>> cache;
  auto& mine = cache[this];
  const std::string key = name + "\n" + slot;
  auto it = mine.find(key);
  if (it == mine.end()) {
    auto source = sources_.find(name);
    it = mine.emplace(key, source == sources_.end() ? Split{} : SplitAt(Expand(sources_, source->second), slot)).first;
  }
  if (!it->second.before) {
    Json whole = model;
    whole[slot] = text;
    return Render(name, whole);
  }
  const Data data = ToData(model);
  std::string out;
  out.reserve(text.size() + 16384);
  RenderInto(*it->second.before, data, out);
  out += text;
  RenderInto(*it->second.after, data, out);
  return out;
}

std::shared_ptr<const std::string> Views::RenderKept(const std::string& key, const std::string& name,
                                                     const std::function<Json()>& model) const {
  if (key.empty() || !kept_) return std::make_shared<const std::string>(Render(name, model()));
  const std::string full_key = name + "\n" + key;
  if (auto kept = kept_->Find(full_key)) return kept;
  auto text = std::make_shared<const std::string>(Render(name, model()));
  kept_->Put(full_key, text);
  return text;
}

void Views::SetKeptLimit(std::size_t bytes) {
  if (kept_) kept_->SetLimit(bytes);
}

}  // namespace jixiao
