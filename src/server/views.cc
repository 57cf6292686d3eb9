#include "server/views.h"

#include <kainjow/mustache.hpp>

#include <filesystem>
#include <memory>
#include <unordered_map>

#include "base/file.h"

namespace jixiao {

namespace {

using Data = kainjow::mustache::data;
using Json = nlohmann::ordered_json;

// JSON -> mustache data: null, false and "" are falsy, numbers print as JSON does.
Data ToData(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: {
      Data out = Data::type::object;
      for (auto it = value.begin(); it != value.end(); ++it) out.set(it.key(), ToData(it.value()));
      return out;
    }
    case Json::value_t::array: {
      Data out = Data::type::list;
      for (const auto& item : value) out.push_back(ToData(item));
      return out;
    }
    case Json::value_t::string:  // an empty string is falsy, as in most mustache implementations
      return value.get_ref<const std::string&>().empty() ? Data(false) : Data(value.get<std::string>());
    case Json::value_t::boolean:
      return Data(value.get<bool>());
    case Json::value_t::null:
    case Json::value_t::discarded:
      return Data(false);
    default:
      return Data(value.dump());
  }
}

}  // namespace

Result<Views> Views::Load(const std::string& templates_dir) {
  Views views;
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
  // Parsed templates are kept per thread: rendering is then free of shared state.
  thread_local std::unordered_map<const Views*, std::unordered_map<std::string, std::unique_ptr<kainjow::mustache::mustache>>> cache;
  auto& mine = cache[this];
  auto it = mine.find(name);
  if (it == mine.end()) {
    auto source = sources_.find(name);
    if (source == sources_.end()) return "<p>页面模板 " + kainjow::mustache::html_escape(name) + " 不存在</p>";
    it = mine.emplace(name, std::make_unique<kainjow::mustache::mustache>(source->second)).first;
  }
  Data data = ToData(model);
  for (const auto& [partial_name, text] : sources_) {
    if (model.contains(partial_name)) continue;  // the model's own value wins over a template's name
    const std::string* source = &text;
    data.set(partial_name, Data(kainjow::mustache::partial([source] { return *source; })));
  }
  return it->second->render(data);
}

}  // namespace jixiao
