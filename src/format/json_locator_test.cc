#include "format/json_locator.h"

#include <gtest/gtest.h>

namespace jixiao {
namespace {

TEST(LocateJsonPointer, FindsStringsNumbersObjectsAndArrayElements) {
  const std::string text = "{\n  \"a\": {\"b\": [10, \"x\\\"y\", {\"c\": null}]},\n  \"d\": 45500\n}";
  struct Case {
    std::string pointer;
    int line, column;
  };
  const Case cases[] = {{"/a", 2, 8}, {"/a/b/0", 2, 15}, {"/a/b/1", 2, 19}, {"/a/b/2", 2, 27},
                        {"/a/b/2/c", 2, 33}, {"/d", 3, 8}, {"", 1, 1}};
  for (const auto& c : cases) {
    auto lc = LocateJsonPointer(text, c.pointer);
    ASSERT_TRUE(lc) << c.pointer;
    EXPECT_EQ(lc->line, c.line) << c.pointer;
    EXPECT_EQ(lc->column, c.column) << c.pointer;
  }
  EXPECT_FALSE(LocateJsonPointer(text, "/missing"));
  EXPECT_FALSE(LocateJsonPointer("{\"a\": [1,", "/a/5"));
}

}  // namespace
}  // namespace jixiao
