// Internal to the DOCX reader: automatic paragraph numbering (word/numbering.xml plus the
// numbering that paragraph styles in word/styles.xml carry). Keeps the list counters while the
// body is read in order and renders each numbered paragraph's label as Word shows it.
#pragma once

#include <array>
#include <map>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "ingest/read/ooxml.h"

namespace jixiao::docx {

struct ListLevel {
  int start = 1;
  std::string format = "decimal";  // w:numFmt
  std::string text;                // w:lvlText, e.g. "（%1）"
  std::string suffix = "tab";      // w:suff: tab | space | nothing
  bool legal = false;              // w:isLgl: referenced levels render as decimal
};

struct NumberRef {
  int num_id = 0;  // 0: not numbered
  int level = 0;
};

class Numbering {
 public:
  // Both documents may be empty (the parts are optional).
  void Load(const pugi::xml_node& numbering_root, const pugi::xml_node& styles_root);

  // The numbering of a paragraph from its w:pPr (direct w:numPr, else its style's).
  NumberRef RefOf(const pugi::xml_node& paragraph_properties) const;

  // Advances the counters for `ref` and returns the label with its suffix ("一、", "1. ").
  // Bullets and unknown lists give "".
  std::string Next(NumberRef ref);

 private:
  struct AbstractList {
    std::array<ListLevel, 9> levels;
  };
  struct ListInstance {
    int abstract_id = -1;
    std::map<int, int> start_overrides;
    std::map<int, ListLevel> level_overrides;
    bool overrides_applied = false;
  };
  struct StyleNumbering {
    std::string based_on;
    NumberRef ref;
    bool has_num_id = false;
    bool has_level = false;
  };
  using Counters = std::array<int, 9>;  // 0: level not started yet

  const ListLevel& LevelOf(const ListInstance& list, int level) const;
  std::string Render(const ListInstance& list, const Counters& counters, int level) const;

  std::map<int, AbstractList> abstracts_;
  std::map<int, ListInstance> lists_;
  std::map<std::string, StyleNumbering, std::less<>> styles_;
  std::map<int, Counters> counters_;  // by abstract list: instances of one list share counters
};

using ooxml::Attr;
using ooxml::AttrInt;
using ooxml::Child;
using ooxml::LocalName;

}  // namespace jixiao::docx
