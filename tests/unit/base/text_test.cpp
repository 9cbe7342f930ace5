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

TEST_CASE("utf8_length accepts well-formed UTF-8 only") {
  CHECK(toc::utf8_length("") == 0);
  CHECK(toc::utf8_length("a") == 1);
  CHECK(toc::utf8_length("é!") == 2);
  CHECK(toc::utf8_length("中") == 3);
  CHECK(toc::utf8_length("😀") == 4);
  CHECK(toc::utf8_length("\x80") == 0);              // a stray continuation byte
  CHECK(toc::utf8_length("\xE4\xB8") == 0);          // truncated
  CHECK(toc::utf8_length("\xC0\xAF") == 0);          // overlong '/'
  CHECK(toc::utf8_length("\xE0\x80\xAF") == 0);      // overlong, three bytes
  CHECK(toc::utf8_length("\xED\xA0\x80") == 0);      // a surrogate
  CHECK(toc::utf8_length("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
  CHECK(toc::utf8_length("\xF4\x8F\xBF\xBF") == 4);  // U+10FFFF
}

TEST_CASE("display_width counts terminal columns by grapheme cluster") {
  CHECK(toc::display_width("") == 0);
  CHECK(toc::display_width("abc") == 3);
  CHECK(toc::display_width("中文") == 4);
  CHECK(toc::display_width("한국어") == 6);
  CHECK(toc::display_width("e\u0301") == 1);              // a combining acute accent
  CHECK(toc::display_width("a\u0300\u0301\u0302") == 1);  // a stack of them
  CHECK(toc::display_width("😀") == 2);
  CHECK(toc::display_width("👍🏽") == 2);  // with a skin tone
  CHECK(toc::display_width("👩\u200D💻") == 2);  // a ZWJ sequence is one emoji
  CHECK(toc::display_width("👨\u200D👩\u200D👧") == 2);
  CHECK(toc::display_width("🇬🇧🇫🇷") == 4);          // two flags
  CHECK(toc::display_width("\u2764\uFE0F") == 2);  // made an emoji by U+FE0F
  CHECK(toc::display_width("\u2764") == 1);
  CHECK(toc::display_width("\uFE0F") == 0);        // a selector with nothing to select
  CHECK(toc::display_width("\u1100\u1161") == 2);  // Hangul jamo make one syllable
  CHECK(toc::display_width("שָׁלוֹם") == 4);          // Hebrew points add nothing
  CHECK(toc::display_width("a\xFF"
                           "b") == 3);  // an invalid byte, shown as U+FFFD
  CHECK(toc::display_width("\xEF\xBF\xBD") == 1);
}

TEST_CASE("shown_code_points puts each cluster's width on its first code point") {
  const std::vector<toc::ShownCodePoint> shown = toc::shown_code_points("a中e\u0301👩\u200D💻");
  REQUIRE(shown.size() == 7);
  const std::size_t at[] = {0, 1, 4, 5, 7, 11, 14};
  const std::size_t columns[] = {1, 2, 1, 0, 2, 0, 0};
  for (std::size_t i = 0; i < shown.size(); ++i) {
    CHECK(shown[i].at == at[i]);
    CHECK(shown[i].columns == columns[i]);
  }
  CHECK(toc::shown_code_points("").empty());
  CHECK(toc::shown_code_points("\xFF\xFE").size() == 2);
}

TEST_CASE("percent rounds to the nearest whole percent, never to a false 0% or 100%") {
  CHECK(toc::percent(2, 3) == "67%");
  CHECK(toc::percent(1, 8) == "13%");  // 12.5, half up
  CHECK(toc::percent(199, 200) == "99%");
  CHECK(toc::percent(1, 1000) == "1%");
  CHECK(toc::percent(0, 5) == "0%");
  CHECK(toc::percent(5, 5) == "100%");
  CHECK(toc::percent(0, 0) == "-");
}

TEST_CASE("shorten_columns cuts by terminal columns, never inside a cluster, and pad_columns fills to a width") {
  CHECK(toc::shorten_columns("abc", 3) == "abc");
  CHECK(toc::shorten_columns("abcd", 3) == "ab…");
  CHECK(toc::shorten_columns("中文字", 6) == "中文字");
  CHECK(toc::shorten_columns("中文字", 5) == "中文…");
  CHECK(toc::shorten_columns("中文字", 4) == "中…");
  CHECK(toc::shorten_columns("e\u0301e\u0301e\u0301", 2) == "e\u0301…");
  CHECK(toc::shorten_columns("👩‍💻👩‍💻", 3) == "👩‍💻…");
  CHECK(toc::pad_columns("中", 4) == "中  ");
  CHECK(toc::pad_columns("abcde", 4) == "abcde");
  CHECK(toc::display_width(toc::pad_columns(toc::shorten_columns("Équipe 中文 👍🏽 long title", 9), 9)) == 9);
}
