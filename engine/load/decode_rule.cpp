#include "load/decode_rule.h"

#include <charconv>
#include <utility>

#include <fmt/format.h>

#include "base/suggest.h"
#include "load/table_reader.h"

namespace toc {

namespace {

template <typename Enum>
using Options = std::vector<std::pair<std::string_view, Enum>>;

/// The values of `key` as members of `options`; each unknown one is a bad-value at its own text.
template <typename Enum>
std::vector<Enum> choices(TableReader& read, std::string_view key, const Options<Enum>& options,
                          Diagnostics& diagnostics) {
  std::vector<Enum> result;
  std::vector<std::string_view> names;
  for (const auto& [name, value] : options) names.push_back(name);
  for (const Ref& ref : read.refs(key)) {
    const auto found = std::find_if(options.begin(), options.end(), [&](const auto& o) { return o.first == ref.id; });
    if (found != options.end()) {
      result.push_back(found->second);
      continue;
    }
    std::string help = did_you_mean(ref.id, names);
    diagnostics.error(
        "bad-value", ref.range,
        fmt::format("'{}' of {} is '{}', which is not one of '{}'", key, read.what(), ref.id, fmt::join(names, "', '")),
        help.empty() ? fmt::format("use one of '{}'", fmt::join(names, "', '")) : help);
  }
  return result;
}

Options<Kind> kind_options() {
  Options<Kind> options;
  for (const Kind kind : all_kinds) options.emplace_back(to_string(kind), kind);
  return options;
}

Selection decode_selection(const toml::table& table, std::string what, FileId file, Diagnostics& diagnostics) {
  TableReader read(table, file, diagnostics, [what = std::move(what)] { return what; });
  Selection selection;
  selection.range = read.range();
  selection.kinds = choices(read, "kind", kind_options(), diagnostics);
  selection.tags = read.texts("tag");
  selection.priorities = read.refs("priority");
  selection.principles = read.refs("principle");
  selection.prevention = choices(
      read, "prevention",
      Options<Prevention>{
          {"primary", Prevention::primary}, {"secondary", Prevention::secondary}, {"tertiary", Prevention::tertiary}},
      diagnostics);
  selection.terms =
      choices(read, "term",
              Options<Term>{{"short", Term::short_term}, {"medium", Term::medium_term}, {"long", Term::long_term}},
              diagnostics);
  selection.has = choices(read, "has",
                          Options<NodeField>{{"description", NodeField::description},
                                             {"owner", NodeField::owner},
                                             {"tags", NodeField::tags},
                                             {"priority", NodeField::priority},
                                             {"prevention", NodeField::prevention},
                                             {"principles", NodeField::principles},
                                             {"term", NodeField::term}},
                          diagnostics);
  read.finish();
  return selection;
}

/// A count bound: a whole number, zero or more.
std::optional<std::size_t> read_count(TableReader& read, std::string_view key, SourceRange& range,
                                      Diagnostics& diagnostics) {
  const std::string text = read.scalar(key, false, &range);
  if (text.empty()) return std::nullopt;
  std::size_t count = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), count);
  if (error == std::errc() && end == text.data() + text.size()) return count;
  diagnostics.error("bad-value", range,
                    fmt::format("'{}' of {} is {}, which is not a whole number of nodes", key, read.what(), text),
                    fmt::format("write a count like {} = 3", key));
  return std::nullopt;
}

/// A share bound: a number from 0 to 1, or a percentage written as a string, "50%".
std::optional<double> read_share(TableReader& read, std::string_view key, SourceRange& range,
                                 Diagnostics& diagnostics) {
  const std::string text = read.scalar(key, false, &range);
  if (text.empty()) return std::nullopt;
  const bool percent = text.back() == '%';
  const char* last = text.data() + text.size() - (percent ? 1 : 0);
  double share = 0;
  const auto [end, error] = std::from_chars(text.data(), last, share);
  if (percent) share /= 100;
  if (error == std::errc() && end == last && share >= 0 && share <= 1) return share;
  diagnostics.error("bad-value", range,
                    fmt::format("'{}' of {} is {}, which is not a share from 0 to 1", key, read.what(), text),
                    fmt::format("write a share as a number, {} = 0.5, or a percentage, {} = \"50%\"", key, key));
  return std::nullopt;
}

/// Reports a bound pair whose minimum is above its maximum, at the maximum; `shown` writes a bound.
template <typename T, typename Shown>
void check_order(const std::optional<T>& min, const std::optional<T>& max, std::string_view what,
                 const SourceRange& max_range, const Rule& rule, const Shown& shown, Diagnostics& diagnostics) {
  if (!min || !max || *min <= *max) return;
  diagnostics.error("bad-value", max_range,
                    fmt::format("rule '{}' asks for a {} of at least {} and at most {}, which no model can meet",
                                rule.id, what, shown(*min), shown(*max)),
                    "swap the two bounds or remove one");
}

}  // namespace

void decode_rule(const toml::key& key, const toml::table& table, FileId file, Model& model, Diagnostics& diagnostics) {
  Rule rule;
  rule.id = key.str();
  rule.range = to_range(key.source(), file);
  const std::string what = fmt::format("rule '{}'", rule.id);
  TableReader read(table, file, diagnostics, [&] { return what; });
  rule.title = read.text("title", true);
  rule.message = read.text("message");
  static constexpr std::string_view example = "{ kind = \"activity\", prevention = \"primary\" }";
  if (const toml::table* select = read.table("select", true, example)) {
    rule.select = decode_selection(*select, fmt::format("'select' in {}", what), file, diagnostics);
  }
  if (const toml::table* of = read.table("of", false, example)) {
    rule.of = decode_selection(*of, fmt::format("'of' in {}", what), file, diagnostics);
  }
  SourceRange min_count, max_count, min_share, max_share;
  rule.min_count = read_count(read, "min_count", min_count, diagnostics);
  rule.max_count = read_count(read, "max_count", max_count, diagnostics);
  rule.min_share = read_share(read, "min_share", min_share, diagnostics);
  rule.max_share = read_share(read, "max_share", max_share, diagnostics);
  read.finish();
  check_order(
      rule.min_count, rule.max_count, "count", max_count, rule,
      [](std::size_t count) { return fmt::format("{}", count); }, diagnostics);
  check_order(
      rule.min_share, rule.max_share, "share", max_share, rule,
      [](double share) { return fmt::format("{:g}%", share * 100); }, diagnostics);
  if ((rule.min_share || rule.max_share) && !rule.of) {
    diagnostics.error("bad-value", rule.min_share ? min_share : max_share,
                      fmt::format("rule '{}' bounds a share but has no 'of' to take the share of", rule.id),
                      "add of = { ... } selecting the nodes the share is taken of, e.g. of = { kind = \"activity\" }");
  }
  if (!rule.min_count && !rule.max_count && !rule.min_share && !rule.max_share) {
    diagnostics.error("missing-field", rule.range, fmt::format("rule '{}' sets no bound", rule.id),
                      "add min_count, max_count, min_share or max_share");
  }
  model.rules.push_back(std::move(rule));
}

}  // namespace toc
