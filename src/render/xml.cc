#include "base/text.h"
#include "render/writers.h"

namespace jixiao::writer {

namespace {

bool XmlAllowed(char32_t cp) {
  if (cp == 0x9 || cp == 0xA || cp == 0xD) return true;
  if (cp < 0x20 || cp == 0xFFFE || cp == 0xFFFF) return false;
  return !(cp >= 0xD800 && cp <= 0xDFFF);
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = NextCodePoint(text, pos);
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (XmlAllowed(cp)) AppendUtf8(out, cp);
    }
  }
  return out;
}

}  // namespace jixiao::writer
