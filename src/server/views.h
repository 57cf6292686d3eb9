// The page templates (web/templates/*.mustache, kainjow mustache: every {{value}} is
// HTML-escaped) loaded once at start, rendered from view models built as JSON. Every template
// can include another as a partial ({{> layout_head}}): the text is put in place when the
// template is first parsed, so template names never stand in for a model's missing keys.
// What is rendered from content that never changes under a key (a year's assessment) can be
// kept, in a bounded cache, and served again without rendering. Thread-safe after Load.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "base/result.h"

namespace jixiao {

class Views {
 public:
  // Reads every *.mustache file of `templates_dir`; fails naming the first that does not parse.
  static Result<Views> Load(const std::string& templates_dir);

  // The template `name` (file name without .mustache) filled from `model`; fails when unknown.
  std::string Render(const std::string& name, const nlohmann::ordered_json& model) const;
  // The template `name` filled from `model()`, rendered once per `key` and then kept (the least
  // recently used go first past the limit). `key` must name everything the text depends on; an
  // empty key renders without keeping.
  std::shared_ptr<const std::string> RenderKept(const std::string& key, const std::string& name,
                                                const std::function<nlohmann::ordered_json()>& model) const;
  // The template `name` filled from `model`, with `text` put where the template says {{{slot}}}
  // (a kept body): the same bytes as Render with model[slot] = text, but `text` is copied once,
  // into the answer, instead of into the model, the template's data and its line buffer. A
  // template whose {{{slot}}} is missing, repeated or inside a section is rendered the slow way.
  std::string RenderAround(const std::string& name, const std::string& slot, const nlohmann::ordered_json& model,
                           const std::string& text) const;
  void SetKeptLimit(std::size_t bytes);

  const std::map<std::string, std::string>& sources() const { return sources_; }

 private:
  class Kept;  // rendered texts by key
  std::map<std::string, std::string> sources_;
  std::shared_ptr<Kept> kept_;
};

// The default bound of kept texts: the editor bodies (60–80 KB with 20 projects and 50 findings)
// of some 2,500 unit-years for both their own staff and a reviewer.
inline constexpr std::size_t kKeptRenderBytes = std::size_t{384} << 20;

}  // namespace jixiao
