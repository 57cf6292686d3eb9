#include "format/json_text.h"

#include <filesystem>
#include <random>

#include <gtest/gtest.h>

#include "base/file.h"

namespace jixiao {
namespace {

using Json = nlohmann::ordered_json;

std::string Dumped(const Json& value, int indent) { return value.dump(indent, ' ', false, Json::error_handler_t::replace); }

void ExpectSameText(const Json& value) {
  for (int indent : {-1, 0, 2, 4}) EXPECT_EQ(JsonText(value, indent), Dumped(value, indent)) << "indent " << indent;
}

TEST(JsonText, GoldenDocumentsAsNlohmannWritesThem) {
  int read = 0;
  for (const auto& entry : std::filesystem::directory_iterator("tests/golden")) {
    if (entry.path().extension() != ".json") continue;
    auto text = ReadFile(entry.path().string());
    ASSERT_TRUE(text);
    const Json value = Json::parse(*text, nullptr, false);
    if (value.is_discarded()) continue;
    ExpectSameText(value);
    EXPECT_TRUE(RoundTripsAsText(value));
    ++read;
  }
  EXPECT_GT(read, 3);
}

TEST(JsonText, EscapesNumbersAndEmptyContainers) {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
  const Json value = {{"controls", controls + "\x7f/\"\\end"},
                      {"", Json::object()},
                      {"a\"key\n", Json::array()},
                      {"nested", {Json::array(), Json::object(), {{"x", Json::array({1, -2, 3.5})}}}},
                      {"numbers", {0, -1, 9223372036854775807LL, 18446744073709551615ULL, 1.0, -0.0, 1e300, 0.1}},
                      {"nan", std::nan("")},
                      {"flags", {true, false, nullptr}},
                      {"中文", "预算执行率 ≥ 90%，😀 U+FFFD \xEF\xBF\xBD"}};
  ExpectSameText(value);
  EXPECT_FALSE(RoundTripsAsText(value));  // the NaN
}

TEST(JsonText, IllFormedUtf8AsNlohmannReplacesIt) {
  const std::vector<std::string> bad = {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "ab\xFF", "\xE4\xB8",
                                        "\xF0\x9F\x98", "x\x80y", "\xC2", "\xF5\x80\x80\x80"};
  for (const auto& text : bad) {
    EXPECT_FALSE(IsWellFormedUtf8(text));
    ExpectSameText(Json{{"v", text}, {text, 1}});
    EXPECT_FALSE(RoundTripsAsText(Json{{"v", text}}));
    EXPECT_FALSE(RoundTripsAsText(Json{{text, 1}}));
  }
  for (const std::string good : {"\xC2\x80", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"}) {
    EXPECT_TRUE(IsWellFormedUtf8(good));
    ExpectSameText(Json{{"v", good}});
  }
}

TEST(JsonText, RandomTreesAsNlohmannWritesThem) {
  std::mt19937 random(13);
  const std::vector<std::string> pieces = {"a", "\"", "\\", "\n", "\t", std::string(1, '\0'), "\x1f", "中", "😀", "\xFF", "\xE4\xB8", " ", "/"};
  auto text = [&] {
    std::string out;
    for (int n = random() % 6; n > 0; --n) out += pieces[random() % pieces.size()];
    return out;
  };
  std::function<Json(int)> tree = [&](int depth) -> Json {
    switch (random() % (depth > 3 ? 5 : 7)) {
      case 0: return nullptr;
      case 1: return static_cast<int64_t>(random()) - (1LL << 31);
      case 2: return text();
      case 3: return (random() % 1000) / 7.0;
      case 4: return random() % 2 == 0;
      case 5: {
        Json out = Json::object();
        for (int n = random() % 4; n > 0; --n) out[text()] = tree(depth + 1);
        return out;
      }
      default: {
        Json out = Json::array();
        for (int n = random() % 4; n > 0; --n) out.push_back(tree(depth + 1));
        return out;
      }
    }
  };
  for (int i = 0; i < 500; ++i) ExpectSameText(tree(0));
}

}  // namespace
}  // namespace jixiao
