// Satisfaction statements in project prose: "职工满意度100%", "满意度：90%", "群众满意度大于85%",
// "满意度达到95%以上", "满意度不低于90%". Finds who is satisfied (the subject), how the figure
// compares (=, >, >=) and the figure. Pure; offsets refer to the caller's text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/evaluation.h"
#include "core/fixed.h"

namespace jixiao::parse {

struct SatisfactionPhrase {
  std::optional<std::string> subject;  // "职工", "实施区域群众"; nullopt when none is written
  Comparator comparator = Comparator::kEqual;
  Percent value;
  std::size_t value_begin = 0;  // the figure, for provenance
  std::size_t value_end = 0;
  std::size_t subject_begin = 0;
};

// Reads the first "…满意度…N%" statement of `text`. The subject is the phrase before 满意度 in
// its clause, cut at "对" (not "对象") and without a trailing "的".
std::optional<SatisfactionPhrase> ParseSatisfaction(std::string_view text);

}  // namespace jixiao::parse
