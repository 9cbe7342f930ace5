// The check registry: every check registers itself from its own file (so none may go missing at
// link time), and docs/checks.md agrees with it: a summary row per check with its default
// severity and summary, no row for a check that does not exist, a section per docs anchor.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "check/check.h"

namespace {

/// One row of the summary table in docs/checks.md.
struct SummaryRow {
  std::string severity;
  bool configurable = false;
  std::string summary;
};

std::string read_docs() {
  // The test binary runs from the build tree; the docs live beside tests/ in the source tree.
  const auto path = std::filesystem::path(__FILE__).parent_path() / "../../../docs/checks.md";
  std::ifstream in(path);
  REQUIRE(in.good());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string without_backticks(std::string text) {
  text.erase(std::remove(text.begin(), text.end(), '`'), text.end());
  return text;
}

/// The cells of a Markdown table row "| a | b |", trimmed.
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> result;
  std::istringstream in(line.substr(1));
  for (std::string cell; std::getline(in, cell, '|');) {
    const auto first = cell.find_first_not_of(' ');
    const auto last = cell.find_last_not_of(' ');
    result.push_back(first == std::string::npos ? "" : cell.substr(first, last - first + 1));
  }
  return result;
}

/// The rows of the table under "## Summary", by code.
std::map<std::string, SummaryRow> summary_rows(const std::string& docs) {
  std::map<std::string, SummaryRow> rows;
  const auto heading = docs.find("\n## Summary\n");
  REQUIRE(heading != std::string::npos);
  std::istringstream in(docs.substr(heading + 1));
  std::string line;
  std::getline(in, line);  // the heading
  while (std::getline(in, line) && line.rfind("## ", 0) != 0) {
    if (line.rfind("| `", 0) != 0) continue;
    const std::vector<std::string> row = cells(line);
    REQUIRE(row.size() == 4);
    rows[without_backticks(row[0])] = {row[1], row[2] == "yes", without_backticks(row[3])};
  }
  REQUIRE(!rows.empty());
  return rows;
}

/// GitHub's anchor for a heading: lowercase, punctuation but '-' and '_' dropped, spaces as '-'.
std::string anchor_of(const std::string& heading) {
  std::string anchor;
  for (const char c : heading) {
    if (c == ' ') anchor += '-';
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') {
      anchor += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return anchor;
}

std::set<std::string> anchors(const std::string& docs) {
  std::set<std::string> result;
  std::istringstream in(docs);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) result.insert(anchor_of(line.substr(3)));
  }
  return result;
}

const toc::CheckInfo* find_check(std::string_view code) {
  const auto checks = toc::all_checks();
  const auto it = std::find_if(checks.begin(), checks.end(), [&](const toc::CheckInfo& c) { return c.code == code; });
  return it == checks.end() ? nullptr : &*it;
}

/// Every way the registry and docs/checks.md disagree, as sentences.
std::vector<std::string> docs_drift(const std::string& docs) {
  std::vector<std::string> problems;
  const auto rows = summary_rows(docs);
  for (const toc::CheckInfo& check : toc::all_checks()) {
    const auto row = rows.find(std::string(check.code));
    if (row == rows.end()) {
      problems.push_back(fmt::format("check '{}' has no row in the summary of docs/checks.md", check.code));
      continue;
    }
    const SummaryRow expected{std::string(to_string(check.severity)), true, std::string(check.summary)};
    if (row->second.severity != expected.severity || !row->second.configurable ||
        row->second.summary != expected.summary) {
      problems.push_back(fmt::format("docs/checks.md's row for '{}' should read: {} | yes | {}", check.code,
                                     expected.severity, expected.summary));
    }
  }
  const auto fixed = toc::load_codes();
  for (const auto& [code, row] : rows) {
    const auto data = std::span(toc::configurable_data_codes);
    const bool data_code = std::find(data.begin(), data.end(), code) != data.end();
    if (row.configurable && !find_check(code) && !data_code) {
      problems.push_back(fmt::format("docs/checks.md lists '{}' as configurable, but no check registers it", code));
    }
    if (!row.configurable && std::find(fixed.begin(), fixed.end(), code) == fixed.end()) {
      problems.push_back(fmt::format("docs/checks.md lists '{}', which no stage reports", code));
    }
  }
  for (const std::string_view code : fixed) {
    if (!rows.count(std::string(code))) {
      problems.push_back(fmt::format("'{}' has no row in the summary of docs/checks.md", code));
    }
  }
  const auto headings = anchors(docs);
  for (const toc::CheckInfo& check : toc::all_checks()) {
    if (!headings.count(std::string(check.anchor))) {
      problems.push_back(
          fmt::format("check '{}' points at docs/checks.md#{}, which no heading has", check.code, check.anchor));
    }
  }
  return problems;
}

std::string joined(const std::vector<std::string>& lines) { return fmt::format("{}", fmt::join(lines, "\n")); }

}  // namespace

TEST_CASE("registry: holds the thirteen checks, with their default severities, in the order they run") {
  using S = toc::Severity;
  const std::pair<std::string_view, S> known[] = {{"level-inversion", S::error},
                                                  {"cycle", S::error},
                                                  {"orphan", S::warning},
                                                  {"dead-end", S::warning},
                                                  {"unsupported", S::warning},
                                                  {"no-priority", S::warning},
                                                  {"empty-priority", S::warning},
                                                  {"missing-indicator", S::warning},
                                                  {"incomplete-indicator", S::warning},
                                                  {"target-outside-period", S::warning},
                                                  {"missing-assumption", S::warning},
                                                  {"unused-principle", S::warning},
                                                  {"rule", S::warning}};
  const toc::CheckInfo* previous = nullptr;
  for (const auto& [code, severity] : known) {
    INFO(code);
    const toc::CheckInfo* check = find_check(code);
    REQUIRE(check != nullptr);  // its file was left out of the link, or stopped registering
    CHECK(check->severity == severity);
    if (previous) CHECK(previous < check);
    previous = check;
  }
}

TEST_CASE("registry: every check has a code, a summary, an anchor and a function; codes and orders unique") {
  std::set<std::string_view> codes;
  std::set<int> orders;
  for (const toc::CheckInfo& check : toc::all_checks()) {
    INFO(check.code);
    CHECK(!check.summary.empty());
    CHECK(!check.anchor.empty());
    CHECK(check.run != nullptr);
    CHECK(codes.insert(check.code).second);
    CHECK(orders.insert(check.order).second);
    const auto fixed = toc::load_codes();
    CHECK(std::find(fixed.begin(), fixed.end(), check.code) == fixed.end());
  }
}

TEST_CASE("registry: docs/checks.md has a summary row and a section for each check, and no other") {
  const std::vector<std::string> problems = docs_drift(read_docs());
  INFO(joined(problems));
  CHECK(problems.empty());
}

TEST_CASE("registry: the docs test names a missing row, a stale row and a missing section") {
  std::string docs = read_docs();
  const auto erase_line = [&docs](const std::string& start) {
    const auto at = docs.find(start);
    REQUIRE(at != std::string::npos);
    docs.erase(at, docs.find('\n', at) + 1 - at);
  };
  erase_line("| `orphan` |");
  erase_line("## cycle\n");
  docs.replace(docs.find("| `dead-end` | warning"), 22, "| `dead-end` | error");
  docs.insert(docs.find("| `rule` |"), "| `retired` | warning | yes | a check that is gone |\n");
  const std::string problems = joined(docs_drift(docs));
  CHECK_THAT(problems, Catch::Contains("check 'orphan' has no row in the summary of docs/checks.md"));
  CHECK_THAT(problems, Catch::Contains("check 'cycle' points at docs/checks.md#cycle, which no heading has"));
  CHECK_THAT(problems, Catch::Contains("docs/checks.md's row for 'dead-end' should read: warning | yes |"));
  CHECK_THAT(problems, Catch::Contains("docs/checks.md lists 'retired' as configurable, but no check registers it"));
}
