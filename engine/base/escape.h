// The one escaping unit: model text made safe for each kind of place it is written, one policy
// per target. Every writer of the engine goes through it, so that each format is escaped once,
// the same way everywhere, and hostile text (markup, quotes, delimiters, formulas, control
// characters, broken UTF-8) can never become markup, syntax or a terminal command.
//
// ONE RULE for control characters and invalid UTF-8, which every policy follows within what its
// format can carry:
//  - A byte that is not part of well-formed UTF-8 becomes U+FFFD (�), one per byte.
//  - A line feed is a line break: written as the target's own line break, or, where a break would
//    end the structure the text sits in (a table cell, a one-line message, a title), as the
//    stand-in its policy names.
//  - A tab is whitespace: written as it is where the target shows it as whitespace, otherwise as
//    a space (or as `\t` in a terminal message, which must not expand it).
//  - Every other control character (U+0000-U+001F but tab and line feed, carriage return
//    included, and U+007F) is carried exactly by the data formats that can carry it (JSON as a
//    \u escape, XML's carriage return as &#13;, CSV and spreadsheet cells as it is), and becomes
//    U+FFFD everywhere else: in every display (terminal, HTML, diagrams, Markdown), and where a
//    format cannot hold it at all (XML 1.0). So it can neither drive a terminal nor break a file,
//    and the reader sees that something was there.
#pragma once

#include <string>
#include <string_view>

namespace toc::escape {

/// HTML element content. & < > " ' become entities, so text can never open a tag or start an
/// entity, and stays safe if a template moves it into a quoted attribute; line feeds and tabs
/// stay (HTML shows them as spaces, <pre> as written).
/// Example: html_text("<b>\"A&B\"</b>") == "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;".
std::string html_text(std::string_view text);

/// An HTML attribute value between double quotes: as html_text, and line feeds and tabs are
/// written as &#10; and &#9;, which survive the parser's normalising of attribute whitespace.
/// Example: html_attribute("a\"b\nc") == "a&quot;b&#10;c".
std::string html_attribute(std::string_view text);

/// XML 1.0 character data or a quoted attribute value (GraphML, SVG): the escapes of html_text;
/// a carriage return is written &#13; so that the parser keeps it; the characters XML 1.0 cannot
/// carry at all (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) become
/// U+FFFD; U+007F, which XML allows, is kept. Line feeds and tabs stay as they are (an attribute
/// holding one is read as a space: ids, the attributes written here, have none).
/// Example: xml("it's\r\n\x01") == "it&#39;s&#13;\n\xEF\xBF\xBD".
std::string xml(std::string_view text);

/// A DOT double-quoted string, quotes included. Backslashes are doubled so that text can never
/// form a Graphviz escape (\N, \G, \l, ...); quotes are escaped; a line feed becomes \n (a
/// centred line break); '&' is written &amp;, since Graphviz reads entities in every string, so
/// that text such as "&lt;" is drawn as written; a tab becomes a space.
/// Example: dot_string("a \"b\"\\N & c\nd") == "\"a \\\"b\\\"\\\\N &amp; c\\nd\"".
std::string dot_string(std::string_view text);

/// A double-quoted Mermaid label, quotes included. Characters that could end the label ('"'),
/// start a Markdown string ('`'), form an entity code ('#'), a directive ("%%{") or HTML ('<',
/// '>', '&') are written as Mermaid entity codes, as are backslashes (Mermaid reads "\n" as a
/// line break). Mermaid turns entity codes into placeholder pairs (U+FB02 U+00B0 for '&', U+00B6
/// U+00DF for ';') and back into entities in the finished SVG, so such pairs in the text are
/// split by a word joiner (U+2060). A line feed becomes <br/>, the only markup written; a tab a
/// space. With `code_colons`, ':' is coded too (#58;): Mermaid strips the last ';' of a line
/// matching /style.*:\S*#.*;/ before parsing, which would spoil a code on such a line.
/// Example: mermaid_label("a \"b\" <c> #1\nd") == "\"a #quot;b#quot; #lt;c#gt; #35;1<br/>d\"".
std::string mermaid_label(std::string_view text, bool code_colons = false);

/// A Mermaid diagram's title: a YAML double-quoted scalar on one line of the front matter,
/// quotes included. Mermaid reads the title as plain text, but looks for tags ("<x ...>") and
/// directives ("%%{") in the raw file first, so '<', '>' and '%' are written as YAML escapes,
/// as are '"' and '\'; placeholder pairs are split as in labels; a line feed or tab becomes a
/// space.
/// Example: mermaid_title("<b>50%</b> \"x\"") == "\"\\x3Cb\\x3E50\\x25\\x3C/b\\x3E \\\"x\\\"\"".
std::string mermaid_title(std::string_view text);

/// Inline Markdown text, also safe in a GitHub table cell: every character that could start
/// markup (emphasis, code, links, images, raw HTML, entities, table cells, strikethrough, maths,
/// headings) is backslash-escaped, and a line feed or tab becomes a space (a line break would
/// end the paragraph or the table row).
/// Example: markdown("*a* | [b](c) <i>") == "\\*a\\* \\| \\[b\\](c) \\<i\\>".
std::string markdown(std::string_view text);

/// A spreadsheet cell's text (the XLSX writer): text beginning with = + - @ tab or carriage
/// return gets a leading ' (OWASP's advice against CSV/formula injection), so it is shown, never
/// evaluated. Everything else is kept exactly: cells are data.
/// Example: spreadsheet_cell("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0".
std::string spreadsheet_cell(std::string_view text);

/// An RFC 4180 CSV field of text toc writes itself (numbers, codes, dates: a minus sign there is
/// no formula): in double quotes (quotes doubled) when it holds a quote, comma, carriage return
/// or line feed, otherwise as it is. Model text goes through csv_cell instead.
/// Example: csv_field("-2.5") == "-2.5"; csv_field("a,b") == "\"a,b\"".
std::string csv_field(std::string_view text);

/// An RFC 4180 CSV cell of model text: spreadsheet_cell, then in double quotes (quotes doubled) when it holds
/// a quote, comma, carriage return or line feed.
/// Example: csv_cell("-2, \"x\"") == "\"'-2, \"\"x\"\"\"".
std::string csv_cell(std::string_view text);

/// Text on one line of terminal output (messages, listings): a line feed is written as `\n` and
/// a tab as `\t`, so the text can neither forge extra lines nor be expanded unpredictably; other
/// controls, escape sequences among them, become U+FFFD.
/// Example: terminal("a\nb\t\x1b[31m") == "a\\nb\\t\xEF\xBF\xBD[31m".
std::string terminal(std::string_view text);

/// Text on lines of its own in terminal output: as terminal(), but a line feed does break the
/// line, and the next one starts with `indent`, so the text stays inside its block.
/// Example: terminal_lines("a\nb", "    ") == "a\n    b".
std::string terminal_lines(std::string_view text, std::string_view indent);

/// A source line quoted under a diagnostic: one code point written for each code point (and
/// for each invalid byte) read, so that columns keep their place: a tab becomes one space, other
/// controls and invalid bytes U+FFFD.
/// Example: source_line("\tkey = \x01") == " key = \xEF\xBF\xBD".
std::string source_line(std::string_view text);

/// A CSS double-quoted string inside an HTML <style> element (the report's printed page footer),
/// quotes included: '"', '\\', '<', '>' and '&' become CSS hex escapes ("\\3C "), so text can
/// neither end the string nor the <style> element; a line feed or tab becomes a space.
/// Example: css_string("</style> \"x\"") == "\"\\3C /style\\3E  \\22 x\\22 \"".
std::string css_string(std::string_view text);

/// Appends `text` to `out` as a JSON string, quotes included: '"', '\' and control characters
/// are escaped (\n, \t, \r, \u0001, ...), so the text comes back exactly; invalid UTF-8 becomes
/// U+FFFD, so the output is always valid JSON. Fast on long plain runs, which are copied whole.
/// Example: json_string(out, "a\"b\n\x01") appends "\"a\\\"b\\n\\u0001\"".
void json_string(std::string& out, std::string_view text);

}  // namespace toc::escape
