// Text measured and cut as a reader counts it: code points, never half of one.
#include <catch2/catch.hpp>

#include "base/text.h"

TEST_CASE("code_points counts characters, not bytes") {
  CHECK(toc::code_points("") == 0);
  CHECK(toc::code_points("abc") == 3);
  CHECK(toc::code_points("中文é") == 3);
}

TEST_CASE("shorten keeps text that fits and cuts the rest to the limit with an ellipsis") {
  CHECK(toc::shorten("abcd", 4) == "abcd");
  CHECK(toc::shorten("abcde", 4) == "abc…");
  CHECK(toc::shorten("中文输出中文", 4) == "中文输…");
  CHECK(toc::code_points(toc::shorten("中文输出中文", 4)) == 4);
}
