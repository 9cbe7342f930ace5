// The escaping unit: each policy with hostile input, and the one rule for control characters and
// invalid UTF-8 that every policy follows (base/escape.h).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "base/escape.h"

namespace escape = toc::escape;

namespace {

const std::string fffd = "\xEF\xBF\xBD";  // U+FFFD, what the rule shows a control character as

/// Every policy, each as a function of its text alone.
struct Policy {
  std::string_view name;
  std::string (*apply)(std::string_view);
};
std::string mermaid_label(std::string_view text) { return escape::mermaid_label(text); }
std::string json(std::string_view text) {
  std::string out;
  escape::json_string(out, text);
  return out;
}
std::string terminal_lines(std::string_view text) { return escape::terminal_lines(text, "  "); }
const Policy policies[] = {
    {"html_text", escape::html_text},
    {"html_attribute", escape::html_attribute},
    {"xml", escape::xml},
    {"dot_string", escape::dot_string},
    {"mermaid_label", mermaid_label},
    {"mermaid_title", escape::mermaid_title},
    {"css_string", escape::css_string},
    {"markdown", escape::markdown},
    {"spreadsheet_cell", escape::spreadsheet_cell},
    {"csv_cell", escape::csv_cell},
    {"terminal", escape::terminal},
    {"terminal_lines", terminal_lines},
    {"source_line", escape::source_line},
    {"json_string", json},
};

/// The policies that are displays, where the rule shows a control character as U+FFFD.
bool display(std::string_view name) {
  return name != "spreadsheet_cell" && name != "csv_cell" && name != "json_string" && name != "xml";
}

/// The policies that carry control characters as they are (cells are data).
bool raw_controls(std::string_view name) { return name == "spreadsheet_cell" || name == "csv_cell"; }

}  // namespace

TEST_CASE("escape: the examples in escape.h hold") {
  std::string json;
  escape::json_string(json, "a\"b\n\x01");
  CHECK(json == "\"a\\\"b\\n\\u0001\"");
  CHECK(escape::html_text("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
  CHECK(escape::html_attribute("a\"b\nc") == "a&quot;b&#10;c");
  CHECK(escape::xml("it's\r\n\x01") == "it&#39;s&#13;\n\xEF\xBF\xBD");
  CHECK(escape::dot_string("a \"b\"\\N & c\nd") == "\"a \\\"b\\\"\\\\N &amp; c\\nd\"");
  CHECK(escape::mermaid_label("a \"b\" <c> #1\nd") == "\"a #quot;b#quot; #lt;c#gt; #35;1<br/>d\"");
  CHECK(escape::mermaid_title("<b>50%</b> \"x\"") == "\"\\x3Cb\\x3E50\\x25\\x3C/b\\x3E \\\"x\\\"\"");
  CHECK(escape::markdown("*a* | [b](c) <i>") == "\\*a\\* \\| \\[b\\](c) \\<i\\>");
  CHECK(escape::spreadsheet_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
  CHECK(escape::csv_cell("-2, \"x\"") == "\"'-2, \"\"x\"\"\"");
  CHECK(escape::terminal("a\nb\t\x1b[31m") == "a\\nb\\t\xEF\xBF\xBD[31m");
  CHECK(escape::terminal_lines("a\nb", "    ") == "a\n    b");
  CHECK(escape::source_line("\tkey = \x01") == " key = \xEF\xBF\xBD");
  CHECK(escape::css_string("</style> \"x\"") == "\"\\3C /style\\3E  \\22 x\\22 \"");
}

TEST_CASE("escape: css_string can end neither the string nor the <style> element") {
  const std::string out = escape::css_string("a\\\" } </style><script>x()</script>\nb");
  CHECK(out.front() == '"');
  CHECK(out.back() == '"');
  CHECK(out.substr(1, out.size() - 2).find_first_of("\"<>\n") == std::string::npos);
  CHECK(out == "\"a\\5C \\22  } \\3C /style\\3E \\3C script\\3E x()\\3C /script\\3E  b\"");
}

TEST_CASE("escape: html_text makes markup, entities and quotes inert") {
  CHECK(escape::html_text("<script>alert('x')</script>") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  CHECK(escape::html_text("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;");
  CHECK(escape::html_text("&lt; stays text") == "&amp;lt; stays text");
  CHECK(escape::html_text("a\nb\tc") == "a\nb\tc");  // whitespace HTML shows as spaces
  CHECK(escape::html_text("中文 العربية ünïcödé") == "中文 العربية ünïcödé");
  CHECK(escape::html_text("") == "");
}

TEST_CASE("escape: html_attribute also keeps line breaks and tabs through attribute normalising") {
  CHECK(escape::html_attribute("\" onmouseover=\"alert(1)") == "&quot; onmouseover=&quot;alert(1)");
  CHECK(escape::html_attribute("it's <x>") == "it&#39;s &lt;x&gt;");
  CHECK(escape::html_attribute("a\"b\nc\td") == "a&quot;b&#10;c&#9;d");
}

TEST_CASE("escape: xml carries what XML 1.0 can and replaces what it cannot") {
  CHECK(escape::xml("<![CDATA[ x ]]> &amp;") == "&lt;![CDATA[ x ]]&gt; &amp;amp;");
  CHECK(escape::xml("it's\r\n\t") == "it&#39;s&#13;\n\t");
  CHECK(escape::xml("a\x01"
                    "b\x1f"
                    "c") == "a" + fffd + "b" + fffd + "c");
  CHECK(escape::xml("\xEF\xBF\xBE \xEF\xBF\xBF \xEF\xBF\xBD") == fffd + " " + fffd + " " + fffd);
  CHECK(escape::xml("del\x7F") == "del\x7F");  // XML 1.0 allows it: data is carried exactly
  CHECK(escape::xml("中文") == "中文");
}

TEST_CASE("escape: dot_string can end no string and form no Graphviz escape") {
  CHECK(escape::dot_string("") == "\"\"");
  CHECK(escape::dot_string("Fund\"]; evil [label=\"pwned") == "\"Fund\\\"]; evil [label=\\\"pwned\"");
  CHECK(escape::dot_string("\\N \\G \\l") == "\"\\\\N \\\\G \\\\l\"");
  CHECK(escape::dot_string("a\nb") == "\"a\\nb\"");
  CHECK(escape::dot_string("&lt; & <b>") == "\"&amp;lt; &amp; <b>\"");
  CHECK(escape::dot_string("a\tb\x01"
                           "c") == "\"a b" + fffd + "c\"");
  CHECK(escape::dot_string("中文 العمل") == "\"中文 العمل\"");
}

TEST_CASE("escape: mermaid_label codes everything that could end the label or become markup") {
  CHECK(escape::mermaid_label("Fund\"]) --> evil[\"x") == "\"Fund#quot;]) --#gt; evil[#quot;x\"");
  CHECK(escape::mermaid_label("<script>") == "\"#lt;script#gt;\"");
  CHECK(escape::mermaid_label("& `md` #1; %%{init:") == "\"#amp; #96;md#96; #35;1; #37;#37;{init:\"");
  CHECK(escape::mermaid_label("a\\nb") == "\"a#92;nb\"");
  CHECK(escape::mermaid_label("a\nb") == "\"a<br/>b\"");
  CHECK(escape::mermaid_label("1: x") == "\"1: x\"");
  CHECK(escape::mermaid_label("1: x", true) == "\"1#58; x\"");
  // Mermaid's placeholder pairs are split by a word joiner after their first character.
  CHECK(escape::mermaid_label("\xEF\xAC\x82\xC2\xB0") == "\"\xEF\xAC\x82\xE2\x81\xA0\xC2\xB0\"");
  CHECK(escape::mermaid_label("\xC2\xB6\xC3\x9F") == "\"\xC2\xB6\xE2\x81\xA0\xC3\x9F\"");
  CHECK(escape::mermaid_label("\xEF\xAC\x82 \xC2\xB6") == "\"\xEF\xAC\x82 \xC2\xB6\"");  // not pairs
}

TEST_CASE("escape: mermaid_title is a one-line YAML string with no tag or directive") {
  CHECK(escape::mermaid_title("<b>T</b> \"q\" %%{init: {}}%%") ==
        "\"\\x3Cb\\x3ET\\x3C/b\\x3E \\\"q\\\" \\x25\\x25{init: {}}\\x25\\x25\"");
  CHECK(escape::mermaid_title("a\\b\nc") == "\"a\\\\b c\"");
  CHECK(escape::mermaid_title("\xC2\xB6\xC3\x9F") == "\"\xC2\xB6\xE2\x81\xA0\xC3\x9F\"");
}

TEST_CASE("escape: markdown escapes every markup character and keeps text on its line") {
  CHECK(escape::markdown("Checklist | \"hostile\" <script>alert('t')</script> & co") ==
        "Checklist \\| \"hostile\" \\<script\\>alert('t')\\</script\\> \\& co");
  CHECK(escape::markdown("`code` *stars* _under_ [link](x) ~strike~ $math$ #hash \\back !img") ==
        "\\`code\\` \\*stars\\* \\_under\\_ \\[link\\](x) \\~strike\\~ \\$math\\$ \\#hash \\\\back \\!img");
  CHECK(escape::markdown("a\nb\tc") == "a b c");
  CHECK(escape::markdown("a\x1b[31m") == "a" + fffd + "\\[31m");
  CHECK(escape::markdown("中文 עברית") == "中文 עברית");
}

TEST_CASE("escape: spreadsheet_cell neutralises formulas and keeps everything else") {
  for (const std::string cell : {"=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"}) {
    CHECK(escape::spreadsheet_cell(cell) == "'" + cell);
  }
  for (const std::string cell : {"", "plain", " =1", "1-2", "'quoted",
                                 "a\x01"
                                 "b",
                                 "中文"}) {
    CHECK(escape::spreadsheet_cell(cell) == cell);
  }
}

TEST_CASE("escape: csv_cell neutralises formulas and quotes what RFC 4180 needs quoted") {
  CHECK(escape::csv_cell("plain") == "plain");
  CHECK(escape::csv_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0");
  CHECK(escape::csv_cell("=HYPERLINK(\"http://x\",\"click\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
  CHECK(escape::csv_cell("O'Brien & Sons, \"Ltd\"") == "\"O'Brien & Sons, \"\"Ltd\"\"\"");
  CHECK(escape::csv_cell("one\ntwo") == "\"one\ntwo\"");
  CHECK(escape::csv_cell("one\r\ntwo") == "\"one\r\ntwo\"");
  CHECK(escape::csv_cell("\tmonthly") == "'\tmonthly");
}

TEST_CASE("escape: terminal keeps a message on one line and away from the terminal's controls") {
  CHECK(escape::terminal("a\nm/strategy.toml:1:1: error[fake]: b") == "a\\nm/strategy.toml:1:1: error[fake]: b");
  CHECK(escape::terminal("a\tb") == "a\\tb");
  CHECK(escape::terminal("\x1b[2J\x1b]0;title\x07") == fffd + "[2J" + fffd + "]0;title" + fffd);
  CHECK(escape::terminal("a\rb\x7F") == "a" + fffd + "b" + fffd);
  CHECK(escape::terminal("<script> \"q\" \\ | ] 中文 العربية") == "<script> \"q\" \\ | ] 中文 العربية");
  CHECK(escape::terminal_lines("one\ntwo\tthree\x01", "   ") == "one\n   two\\tthree" + fffd);
}

TEST_CASE("escape: source_line writes one code point for each one read") {
  CHECK(escape::source_line("\tkey = \x01") == " key = " + fffd);
  CHECK(escape::source_line("a\xFF"
                            "b") == "a" + fffd + "b");
  CHECK(escape::source_line("中文 = \"x\"") == "中文 = \"x\"");
}

TEST_CASE("escape: json_string carries every character exactly and is always valid JSON") {
  std::string out;
  escape::json_string(out, "q\"uote \\ back\nslash\t<script>\r\x01\x1f\x7F é 中文");
  CHECK(out == "\"q\\\"uote \\\\ back\\nslash\\t<script>\\r\\u0001\\u001f\x7F é 中文\"");
  CHECK(nlohmann::json::parse(out) == "q\"uote \\ back\nslash\t<script>\r\x01\x1f\x7F é 中文");
  out.clear();
  escape::json_string(out, "bad \xC3( \xF0\x9F\x98");
  CHECK(out == "\"bad " + fffd + "( " + fffd + fffd + fffd + "\"");
  CHECK_NOTHROW(nlohmann::json::parse(out));
  out = "x";
  escape::json_string(out, "");
  CHECK(out == "x\"\"");  // appends
}

TEST_CASE("escape: the rule for control characters holds in every policy") {
  for (const Policy& policy : policies) {
    INFO(policy.name);
    for (char c = 0; c < 0x20; ++c) {
      if (c == '\t' || c == '\n') continue;
      const std::string text = std::string("a") + c + "b";
      const std::string out = policy.apply(text);
      INFO(static_cast<int>(c));
      CHECK((out.find(c) == std::string::npos) != raw_controls(policy.name));
      CHECK((out.find(fffd) != std::string::npos) == (display(policy.name) || (policy.name == "xml" && c != '\r')));
    }
    const std::string del = policy.apply(
        "a\x7F"
        "b");
    if (display(policy.name)) CHECK(del.find(fffd) != std::string::npos);
    // Tab and line feed are text everywhere: written as something, never dropped.
    CHECK(policy.apply("a\tb").size() > 2);
    CHECK(policy.apply("a\nb").size() > 2);
  }
}

TEST_CASE("escape: invalid UTF-8 becomes U+FFFD in every policy, one per byte") {
  // A stray continuation byte, a truncated sequence, an overlong '/', a surrogate, beyond U+10FFFF.
  const std::string_view invalid[] = {"\x80", "\xE4\xB8", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"};
  for (const Policy& policy : policies) {
    INFO(policy.name);
    for (const std::string_view bytes : invalid) {
      const std::string out = policy.apply("x" + std::string(bytes) + "y");
      std::string expected;
      for (std::size_t i = 0; i < bytes.size(); ++i) expected += fffd;
      CHECK(out.find("x" + expected + "y") != std::string::npos);
    }
    CHECK(policy.apply("é 中文 😀").find("é 中文 😀") != std::string::npos);  // valid text is kept
  }
}

TEST_CASE("escape: right-to-left and CJK text passes through every policy untouched") {
  for (const Policy& policy : policies) {
    INFO(policy.name);
    CHECK(policy.apply("العمل المجتمعي 中文输出 שָׁלוֹם").find("العمل المجتمعي 中文输出 שָׁלוֹם") != std::string::npos);
  }
}
