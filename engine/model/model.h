// The typed model: what a strategy says, independent of TOML. Every entity keeps its source range.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/source.h"

namespace toc {

/// The levels of a theory of change, in chain order.
enum class Kind : std::uint8_t { input, activity, output, outcome, impact };
inline constexpr Kind all_kinds[] = {Kind::input, Kind::activity, Kind::output, Kind::outcome, Kind::impact};
/// The table name of a kind: "input", "activity", ...
std::string_view to_string(Kind kind);

enum class Term : std::uint8_t { none, short_term, medium_term, long_term };
enum class Prevention : std::uint8_t { none, primary, secondary, tertiary };
/// How well evidence supports an arrow; `unspecified` when the model says nothing.
enum class Strength : std::uint8_t { unspecified, none, emerging, moderate, strong };
enum class Direction : std::uint8_t { none, increase, decrease };

std::string_view to_string(Term term);
std::string_view to_string(Prevention prevention);
std::string_view to_string(Strength strength);
std::string_view to_string(Direction direction);

/// A calendar date from a TOML local date.
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;
};
std::string to_string(const Date& date);  ///< ISO 8601, e.g. "2026-03-31"

/// A reference to another entity by id, with where it was written.
struct Ref {
  std::string id;
  SourceRange range;
};

using NodeIndex = std::uint32_t;
inline constexpr NodeIndex no_node = UINT32_MAX;
/// A position in Model::links.
using LinkIndex = std::uint32_t;

/// An input, activity, output, outcome or impact.
struct Node {
  std::string id;
  Kind kind = Kind::input;
  SourceRange range;  ///< the id in the table header, e.g. `training` in [activity.training]
  std::string title;
  std::string description;
  std::string owner;
  std::vector<std::string> tags;
  std::vector<Ref> leads_to;
  Term term = Term::none;  ///< outcomes only
  std::vector<Ref> priorities;
  Prevention prevention = Prevention::none;
  std::vector<Ref> principles;  ///< activities only: the [principle.*] ids the activity follows
};

/// An arrow between two nodes, from `leads_to`, a [[link]] table, or both.
struct Link {
  Ref from;
  Ref to;
  SourceRange range;  ///< the leads_to entry, or the [[link]] table when there is no leads_to entry
  std::string assumption;
  std::string evidence;
  Strength strength = Strength::unspecified;
  bool feedback = false;
  NodeIndex from_node = no_node;  ///< set by resolve_model (model/resolve.h) when `from` resolves
  NodeIndex to_node = no_node;
};

struct Priority {
  std::string id;
  SourceRange range;
  std::string title;
  std::string description;
  std::string owner;
};

/// A way of working the strategy commits to across its activities ("golden thread"), e.g.
/// "trauma-informed"; activities name the principles they follow in `principles = [...]`.
struct Principle {
  std::string id;
  SourceRange range;  ///< the id in the table header
  std::string title;
  std::string description;
};

/// A baseline or target: a value (number or text) and when it holds.
struct Measurement {
  bool present = false;
  std::string value;  ///< as written, e.g. "1104" or "40%"
  std::optional<Date> date;
  SourceRange range;
  SourceRange date_range;
};

/// What kind of figure an indicator reports, which decides how its measurements are read and
/// judged ([indicator] measure); `unspecified` reads numbers and judges them like a count.
enum class Measure : std::uint8_t { unspecified, count, rate, percentage, ordinal, text };
std::string_view to_string(Measure measure);

/// One of an indicator's `targets`: a value to reach by a date, e.g. Lancashire's Year 1 / 3 / 5.
struct Milestone {
  double value = 0;
  Date date;
  SourceRange range;  ///< the inline table
};

struct Indicator {
  std::string id;
  SourceRange range;
  std::string title;
  std::string description;
  std::vector<Ref> measures;
  std::string unit;
  Measurement baseline;
  Measurement target;
  std::string source;
  std::string frequency;
  std::string owner;
  Direction direction = Direction::none;
  // How measurements are judged (docs/progress.md).
  Measure measure = Measure::unspecified;
  std::vector<std::string> levels;    ///< ordinal measures: the levels in order, lowest first
  std::vector<Milestone> milestones;  ///< `targets`, in date order
  std::optional<double> tolerance;    ///< how far short of the trajectory still counts as on track
  std::optional<int> lag_days;        ///< how late data may be before it is stale; derived when absent
};

/// Whether `measurement` (an indicator's baseline or target) holds a figure a board can track: a
/// number, or text that begins with one ("40%", "1,104", "£346 million (2017-2018)"), or, for an
/// indicator that measures text or ordinal levels, any text. Words alone ("to be set from the
/// first cohort") are a figure still pending. False when the measurement is absent.
bool is_figure(const Indicator& indicator, const Measurement& measurement);
/// A baseline or target given, but in words only: not yet a figure (see is_figure).
bool is_pending(const Indicator& indicator, const Measurement& measurement);

struct Strategy {
  std::string id;
  std::string title;
  std::string description;
  std::string vision;
  std::string owner;
  std::optional<Date> start;
  std::optional<Date> end;
  SourceRange range;
  /// CSV files of measurements, as written: paths relative to the root file (docs/progress.md).
  std::vector<Ref> measurements;
};

/// A field a rule's selection can ask to be set, as in `has = ["owner"]`.
enum class NodeField : std::uint8_t { description, owner, tags, priority, prevention, principles, term };

/// Which nodes a rule counts, e.g. { kind = "activity", prevention = "primary" }. Every
/// criterion given must hold; a criterion given as a list holds when any of its values does.
/// An empty selection selects every node.
struct Selection {
  SourceRange range;  ///< the inline table
  std::vector<Kind> kinds;
  std::vector<std::string> tags;
  std::vector<Ref> priorities;
  std::vector<Ref> principles;
  std::vector<Prevention> prevention;
  std::vector<Term> terms;
  std::vector<NodeField> has;
};

/// A rule a strategy states about its own shape ([rule.<id>]), e.g. "at least 50% of
/// prevention activity is primary prevention": nodes matching `select` (and `of`, when given)
/// are counted, and the count, or its share of the nodes matching `of`, must be within bounds.
struct Rule {
  std::string id;
  SourceRange range;  ///< the id in the table header
  std::string title;
  std::string message;  ///< optional words shown with the diagnostic when the rule does not hold
  Selection select;
  std::optional<Selection> of;
  std::optional<std::size_t> min_count;
  std::optional<std::size_t> max_count;
  std::optional<double> min_share;  ///< 0..1
  std::optional<double> max_share;
};

/// A severity chosen in [checks]; `off` silences a check.
enum class CheckSetting { error, warning, off };

struct CheckOverride {
  CheckSetting setting = CheckSetting::warning;
  SourceRange range;
};

/// Codes reported about the measurements, not by a check, that [checks] may still set: a model
/// whose data are known to be old or not yet collected can turn these warnings off.
inline constexpr std::string_view configurable_data_codes[] = {"no-data", "stale-data"};

using CheckSettings = std::map<std::string, CheckOverride, std::less<>>;

/// The severity `settings` give `code`: `fallback` when they do not name it, nothing when "off".
std::optional<Severity> severity_in(const CheckSettings& settings, std::string_view code,
                                    std::optional<Severity> fallback);

/// One strategy of a workspace: its [strategy] table, its [checks] and the files it was read
/// from (contiguous in the workspace's SourceSet, so a range's file says which strategy wrote it).
struct Member {
  Strategy strategy;
  std::string root;  ///< the member's root file, as the workspace names it
  FileId first_file = 0;
  FileId end_file = 0;  ///< one past the last
  CheckSettings checks;
};

/// A whole strategy after loading: all included files merged. A workspace (several strategies
/// checked together) is a Model too: `members` lists its strategies, every id is qualified as
/// `<model-id>:<id>`, and `strategy` and `checks` are the workspace file's own.
struct Model {
  SourceSet sources;
  Strategy strategy;
  std::vector<Priority> priorities;
  std::vector<Principle> principles;
  std::vector<Node> nodes;
  std::vector<Link> links;
  std::vector<Indicator> indicators;
  std::vector<Rule> rules;
  CheckSettings checks;
  std::vector<Member> members;  ///< empty for a single model

  bool is_workspace() const { return !members.empty(); }
  /// The member that `file` belongs to, or no_member (a single model, or the workspace file).
  std::size_t member_of(FileId file) const;
  /// The severity [checks] gives `code` at `file` (the file's strategy's [checks] first, then the
  /// model's), `fallback` when neither names it, nothing when it is "off".
  std::optional<Severity> configured_severity(std::string_view code, FileId file,
                                              std::optional<Severity> fallback) const;
};
inline constexpr std::size_t no_member = SIZE_MAX;

/// Ids are written as TOML bare keys (letters, digits, '-' and '_') so they can be referenced
/// without quoting.
bool is_valid_id(std::string_view id);
/// A reference to another model's entity: `<model-id>:<id>`, both parts valid ids.
bool is_qualified(std::string_view id);

/// How many entities of each kind a model holds: marks where a stage's additions begin.
struct ModelMarks {
  std::size_t priorities = 0, principles = 0, nodes = 0, links = 0, indicators = 0, rules = 0;
  static ModelMarks of(const Model& model);
};

/// Calls `define` on the id of every entity after `from` that has one, and `refer` on every
/// reference those entities make (arrows, priorities, principles, measures, rule selections).
/// Either may be empty.
void visit_ids(Model& model, const ModelMarks& from, const std::function<void(std::string&)>& define,
               const std::function<void(Ref&)>& refer);

/// A step from an outcome to an outcome or the impact, not a feedback link: where a theory of
/// change makes its claims, and the arrows `toc check` asks to state an assumption
/// (missing-assumption). False while either end is unresolved.
bool is_outcome_step(const Model& model, const Link& link);

/// Position of a node in the chain: input 0, activity 1, output 2, outcomes 3..5 by term, impact 6.
/// An outcome without a term counts as medium.
int chain_level(const Node& node);

/// A band of the chain: `key` names it in ids ("band-short", "band_short"), `title` is its header.
struct Band {
  std::string_view key;
  std::string_view title;
};
/// The seven bands, indexed by chain_level().
inline constexpr Band bands[] = {
    {"input", "Inputs"},
    {"activity", "Activities"},
    {"output", "Outputs"},
    {"short", "Short-term outcomes"},
    {"medium", "Medium-term outcomes"},
    {"long", "Long-term outcomes"},
    {"impact", "Impact"},
};

}  // namespace toc
