// The page templates (web/templates/*.mustache, kainjow mustache: every {{value}} is
// HTML-escaped) loaded once at start, rendered from view models built as JSON. Every template
// can include another as a partial ({{> layout_head}}): the text is put in place when the
// template is first parsed, so template names never stand in for a model's missing keys.
// Thread-safe after Load.
#pragma once

#include <map>
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

  const std::map<std::string, std::string>& sources() const { return sources_; }

 private:
  std::map<std::string, std::string> sources_;
};

}  // namespace jixiao
