#include "format/json_locator.h"

#include <cstddef>
#include <iterator>
#include <vector>

#include <nlohmann/json.hpp>

namespace jixiao {

namespace {

// A char iterator that publishes how far the JSON lexer has read.
struct CountingIterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  const char* at = nullptr;
  const char** cursor = nullptr;

  reference operator*() const { return *at; }
  CountingIterator& operator++() {
    ++at;
    *cursor = at;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at == other.at; }
  bool operator!=(const CountingIterator& other) const { return at != other.at; }
};

class LocatingSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  LocatingSax(std::string_view text, const char** cursor, std::string target)
      : text_(text), cursor_(cursor), target_(std::move(target)) {}

  std::optional<std::size_t> found() const { return found_; }

  bool null() override { return Value(); }
  bool boolean(bool) override { return Value(); }
  bool number_integer(number_integer_t) override { return Value(); }
  bool number_unsigned(number_unsigned_t) override { return Value(); }
  bool number_float(number_float_t, const string_t&) override { return Value(); }
  bool string(string_t&) override { return Value(); }
  bool binary(binary_t&) override { return Value(); }
  bool start_object(std::size_t) override { return Open(false); }
  bool start_array(std::size_t) override { return Open(true); }
  bool end_object() override { return Close(); }
  bool end_array() override { return Close(); }
  bool key(string_t& key) override {
    frames_.back().key = key;
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  struct Frame {
    bool is_array;
    std::size_t index = 0;
    std::string key;
    std::string path;
  };

  std::string ChildPath() {
    if (frames_.empty()) return "";
    Frame& f = frames_.back();
    return f.path + "/" + (f.is_array ? std::to_string(f.index++) : f.key);
  }
  bool Value() {
    if (ChildPath() == target_) found_ = ValueStart();
    return !found_;
  }
  bool Open(bool is_array) {
    const std::string path = ChildPath();
    if (path == target_) found_ = static_cast<std::size_t>(*cursor_ - text_.data()) - 1;
    frames_.push_back(Frame{is_array, 0, "", path});
    return !found_;
  }
  bool Close() {
    frames_.pop_back();
    return true;
  }
  // The lexer has read past the token (and one look-ahead character after a number).
  std::size_t ValueStart() const {
    std::size_t end = static_cast<std::size_t>(*cursor_ - text_.data());
    if (end > 0 && text_[end - 1] != '"' && std::string_view(" \t\r\n,]}").find(text_[end - 1]) != std::string_view::npos) {
      --end;
    }
    if (end == 0) return 0;
    std::size_t start = end - 1;
    if (text_[start] == '"') {
      while (start > 0) {
        --start;
        if (text_[start] != '"') continue;
        std::size_t slashes = 0;
        while (start >= slashes + 1 && text_[start - slashes - 1] == '\\') ++slashes;
        if (slashes % 2 == 0) break;
      }
      return start;
    }
    while (start > 0 && std::string_view(" \t\r\n,[{:").find(text_[start - 1]) == std::string_view::npos) --start;
    return start;
  }

  std::string_view text_;
  const char** cursor_;
  std::string target_;
  std::vector<Frame> frames_;
  std::optional<std::size_t> found_;
};

}  // namespace

std::optional<LineColumn> LocateJsonPointer(std::string_view json_text, const std::string& pointer) {
  const char* cursor = json_text.data();
  LocatingSax sax(json_text, &cursor, pointer);
  CountingIterator first{json_text.data(), &cursor};
  CountingIterator last{json_text.data() + json_text.size(), &cursor};
  nlohmann::json::sax_parse(first, last, &sax);
  if (!sax.found()) return std::nullopt;
  return LineColumnAt(json_text, *sax.found());
}

Result<nlohmann::ordered_json> ParseJsonText(std::string_view json_text, const std::string& source_name) {
  try {
    return nlohmann::ordered_json::parse(json_text.begin(), json_text.end());
  } catch (const nlohmann::json::parse_error& e) {
    const LineColumn lc = LineColumnAt(json_text, e.byte > 0 ? e.byte - 1 : 0);
    return Invalid(source_name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column) +
                   ": 不是有效的 JSON（" + e.what() + "）");
  }
}

}  // namespace jixiao
