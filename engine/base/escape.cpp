// Every policy is a table of what each ASCII character is written as, run by one loop that copies
// the characters a policy leaves alone in runs (the JSON of a 100k-node model's diagnostics and
// its DOT run to tens of MB) and checks the UTF-8 of everything else.
#include "base/escape.h"

#include <array>
#include <initializer_list>

#include "base/text.h"

namespace toc::escape {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

/// What a policy writes for each ASCII character; an empty entry writes the character itself.
using Table = std::array<std::string_view, 128>;

/// What a policy does with the control characters other than tab and line feed (the rule).
enum class Controls { replaced, kept };

struct Code {
  char c;
  std::string_view code;
};

/// `base` with `codes` written over it.
constexpr Table with(Table base, std::initializer_list<Code> codes) {
  for (const Code& code : codes) base[static_cast<unsigned char>(code.c)] = code.code;
  return base;
}

/// A policy's table: a tab and a line feed written as `tab` and `line_feed` ("" keeps them), the
/// other control characters as `controls` says, then `codes`.
constexpr Table table(std::string_view tab, std::string_view line_feed, Controls controls,
                      std::initializer_list<Code> codes) {
  Table result{};
  if (controls == Controls::replaced) {
    for (std::size_t c = 0; c < 0x20; ++c) result[c] = replacement;
    result[0x7F] = replacement;
  }
  result['\t'] = tab;
  result['\n'] = line_feed;
  return with(result, codes);
}

/// Every ASCII character after a backslash, in two-byte pairs: the codes of backslashed().
constexpr auto backslash_pairs = [] {
  std::array<char, 2 * 128> pairs{};
  for (std::size_t c = 0; c < 128; ++c) {
    pairs[2 * c] = '\\';
    pairs[2 * c + 1] = static_cast<char>(c);
  }
  return pairs;
}();

/// `base` with each of `characters` written after a backslash.
constexpr Table backslashed(Table base, std::string_view characters) {
  for (const char c : characters) {
    base[static_cast<unsigned char>(c)] = std::string_view(&backslash_pairs[2 * static_cast<unsigned char>(c)], 2);
  }
  return base;
}

constexpr Table html_text_codes =
    table("", "", Controls::replaced, {{'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}});
constexpr Table html_attribute_codes = with(html_text_codes, {{'\t', "&#9;"}, {'\n', "&#10;"}});
constexpr Table xml_codes = with(html_text_codes, {{'\r', "&#13;"}, {'\x7F', ""}});
constexpr Table dot_codes = table(" ", "\\n", Controls::replaced, {{'\\', "\\\\"}, {'"', "\\\""}, {'&', "&amp;"}});
constexpr Table mermaid_label_codes = table(" ", "<br/>", Controls::replaced,
                                            {{'"', "#quot;"},
                                             {'<', "#lt;"},
                                             {'>', "#gt;"},
                                             {'&', "#amp;"},
                                             {'#', "#35;"},
                                             {'%', "#37;"},
                                             {'\\', "#92;"},
                                             {'`', "#96;"}});
constexpr Table mermaid_label_colon_codes = with(mermaid_label_codes, {{':', "#58;"}});
constexpr Table mermaid_title_codes = table(
    " ", " ", Controls::replaced, {{'"', "\\\""}, {'\\', "\\\\"}, {'%', "\\x25"}, {'<', "\\x3C"}, {'>', "\\x3E"}});
constexpr Table markdown_codes = backslashed(table(" ", " ", Controls::replaced, {}), "\\`*_[]<>|&~$!#");
constexpr Table spreadsheet_codes = table("", "", Controls::kept, {});
constexpr Table csv_quoted_codes = with(spreadsheet_codes, {{'"', "\"\""}});
constexpr Table css_string_codes = table(
    " ", " ", Controls::replaced, {{'"', "\\22 "}, {'\\', "\\5C "}, {'<', "\\3C "}, {'>', "\\3E "}, {'&', "\\26 "}});
constexpr Table terminal_codes = table("\\t", "\\n", Controls::replaced, {});
constexpr Table source_line_codes = table(" ", " ", Controls::replaced, {});

/// "\u0000" to "\u001f", the JSON escapes of the control characters without a short one.
constexpr auto json_unicode_escapes = [] {
  std::array<std::array<char, 6>, 0x20> escapes{};
  for (std::size_t c = 0; c < 0x20; ++c) {
    escapes[c] = {'\\', 'u', '0', '0', static_cast<char>('0' + c / 16), "0123456789abcdef"[c % 16]};
  }
  return escapes;
}();
constexpr Table json_codes = [] {
  Table codes = table("\\t", "\\n", Controls::kept, {{'"', "\\\""}, {'\\', "\\\\"}, {'\r', "\\r"}});
  for (std::size_t c = 0; c < 0x20; ++c) {
    if (codes[c].empty()) codes[c] = std::string_view(json_unicode_escapes[c].data(), json_unicode_escapes[c].size());
  }
  return codes;
}();

/// What a policy writes for the well-formed multi-byte sequence of `length` bytes that `rest`
/// starts with, or "" for the sequence itself.
using Wide = std::string_view (*)(std::string_view rest, std::size_t length);

/// Mermaid's placeholder pairs (U+FB02 U+00B0, U+00B6 U+00DF) split by a word joiner (U+2060)
/// after their first character.
std::string_view split_placeholder(std::string_view rest, std::size_t) {
  if (rest.starts_with("\xEF\xAC\x82\xC2\xB0")) return "\xEF\xAC\x82\xE2\x81\xA0";
  if (rest.starts_with("\xC2\xB6\xC3\x9F")) return "\xC2\xB6\xE2\x81\xA0";
  return {};
}

/// U+FFFE and U+FFFF, which XML 1.0 cannot carry, as U+FFFD.
std::string_view xml_noncharacter(std::string_view rest, std::size_t length) {
  const std::string_view sequence = rest.substr(0, length);
  return sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF" ? replacement : std::string_view();
}

/// Appends `text` to `out` as `codes` (and `wide`) say, a byte that is not UTF-8 as U+FFFD.
void translate(std::string& out, std::string_view text, const Table& codes, Wide wide = nullptr) {
  std::size_t plain = 0;  // where the run of text written as it is starts
  for (std::size_t at = 0; at < text.size();) {
    const auto c = static_cast<unsigned char>(text[at]);
    std::size_t length = 1;
    std::string_view code;
    if (c < 0x80) {
      code = codes[c];
    } else if ((length = utf8_length(text.substr(at))) == 0) {
      length = 1;
      code = replacement;
    } else if (wide) {
      code = wide(text.substr(at), length);
    }
    if (code.empty()) {
      at += length;
      continue;
    }
    out.append(text.data() + plain, at - plain);
    out += code;
    at += length;
    plain = at;
  }
  out.append(text.data() + plain, text.size() - plain);
}

/// `text` translated, between `quote`s.
std::string translated(std::string_view text, const Table& codes, Wide wide = nullptr, std::string_view quote = "") {
  std::string out;
  out.reserve(text.size() + text.size() / 8 + 2 * quote.size());
  out += quote;
  translate(out, text, codes, wide);
  out += quote;
  return out;
}

}  // namespace

std::string html_text(std::string_view text) { return translated(text, html_text_codes); }

std::string html_attribute(std::string_view text) { return translated(text, html_attribute_codes); }

std::string xml(std::string_view text) { return translated(text, xml_codes, xml_noncharacter); }

std::string dot_string(std::string_view text) { return translated(text, dot_codes, nullptr, "\""); }

std::string mermaid_label(std::string_view text, bool code_colons) {
  return translated(text, code_colons ? mermaid_label_colon_codes : mermaid_label_codes, split_placeholder, "\"");
}

std::string mermaid_title(std::string_view text) {
  return translated(text, mermaid_title_codes, split_placeholder, "\"");
}

std::string markdown(std::string_view text) { return translated(text, markdown_codes); }

std::string spreadsheet_cell(std::string_view text) {
  const bool formula = !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
  std::string out = formula ? "'" : "";
  translate(out, text, spreadsheet_codes);
  return out;
}

std::string csv_field(std::string_view text) {
  if (text.find_first_of("\",\r\n") == std::string_view::npos) return std::string(text);
  return translated(text, csv_quoted_codes, nullptr, "\"");
}

std::string csv_cell(std::string_view text) { return csv_field(spreadsheet_cell(text)); }

std::string css_string(std::string_view text) { return translated(text, css_string_codes, nullptr, "\""); }

std::string terminal(std::string_view text) { return translated(text, terminal_codes); }

std::string terminal_lines(std::string_view text, std::string_view indent) {
  const std::string line_break = "\n" + std::string(indent);
  return translated(text, with(terminal_codes, {{'\n', line_break}}));
}

std::string source_line(std::string_view text) { return translated(text, source_line_codes); }

void json_string(std::string& out, std::string_view text) {
  out += '"';
  translate(out, text, json_codes);
  out += '"';
}

}  // namespace toc::escape
