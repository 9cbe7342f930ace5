// Reads measurement CSV files into Measurements: the header, then each row, cell by cell.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <span>
#include <unordered_map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "base/file_system.h"
#include "base/huge_pages.h"
#include "base/suggest.h"
#include "base/text.h"
#include "progress/cells.h"
#include "progress/csv_reader.h"
#include "progress/measurements.h"

namespace toc {

namespace {

enum Column : std::uint8_t {
  indicator,
  period,
  value,
  numerator,
  denominator,
  lower,
  upper,
  area,
  group,
  status,
  source,
  note,
  column_count
};
constexpr std::string_view column_names[column_count] = {"indicator",   "period", "value",  "numerator",
                                                         "denominator", "lower",  "upper",  "area",
                                                         "group",       "status", "source", "note"};
constexpr Column required_columns[] = {indicator, period, value};
constexpr int absent = -1;

/// Where each known column is in a file's header.
struct Header {
  std::array<int, column_count> at;
  std::size_t width = 0;
  bool usable = false;  ///< every required column is there
};

/// What identifies a measurement: one figure per indicator, period, area and group.
struct RowKey {
  std::uint32_t indicator;
  Period period;
  Label area, group;
  bool operator==(const RowKey&) const = default;
};

struct RowKeyHash {
  std::size_t operator()(const RowKey& k) const {
    std::size_t h = k.indicator;
    for (const int part :
         {k.period.first.year, k.period.first.month, k.period.first.day, static_cast<int>(k.period.granularity),
          static_cast<int>(k.area), static_cast<int>(k.group)}) {
      h = h * 1000003u ^ static_cast<std::size_t>(part);
    }
    return h;
  }
};

RowKey key_of(const Observation& row) { return {row.indicator, row.period, row.area, row.group}; }

/// Whether `text` is `lower` in any case ("Final", "FINAL" for "final"); `lower` is lowercase ASCII.
bool is_word(std::string_view text, std::string_view lower) {
  return std::equal(text.begin(), text.end(), lower.begin(), lower.end(),
                    [](char a, char b) { return (a >= 'A' && a <= 'Z' ? a - 'A' + 'a' : a) == b; });
}

/// The lines of `text`: one more than its line feeds.
std::size_t count_lines(std::string_view text) {
  std::size_t lines = 1;
  if (text.empty()) return lines;
  for (const char* at = text.data(); (at = static_cast<const char*>(std::memchr(at, '\n', text.end() - at))); ++at) {
    ++lines;
  }
  return lines;
}

std::string lower_case(std::string_view text) {
  std::string result(text);
  std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return std::tolower(c); });
  return result;
}

/// Reads all files into one Measurements, keeping what the rows are checked against.
class Reader {
 public:
  Reader(Model& model, Diagnostics& diagnostics) : model_(model), diagnostics_(diagnostics) {
    data_.labels.emplace_back();
    for (std::uint32_t i = 0; i < model.indicators.size(); ++i) indicators_.emplace(model.indicators[i].id, i);
    granularity_.assign(model.indicators.size(), no_row);
    latest_.assign(model.indicators.size(), no_row);
  }

  void read_file(FileId file, const std::string& prefix, const Strategy& strategy) {
    file_ = file;
    prefix_ = prefix;
    strategy_ = &strategy;
    if (std::find(data_.scopes.begin(), data_.scopes.end(), prefix) == data_.scopes.end())
      data_.scopes.push_back(prefix);
    text_ = model_.sources.file(file).text;
    header_ = {};
    last_id_.clear();  // the prefix may differ: look the first id of this file up
    data_.files.push_back(file);
    // A row per line at most: room for them all at once, so a million rows are never copied as
    // the vector grows (nor held twice while it does).
    const std::size_t before = data_.rows.size();
    data_.rows.reserve(before + std::min(count_lines(text_), limits::max_csv_rows));
    advise_huge_pages(data_.rows.data() + before, (data_.rows.capacity() - before) * sizeof(Observation));
    bool seen_header = false;
    const CsvProblem problem = read_csv(text_, [&](const CsvRecord& record) {
      if (!seen_header) {
        seen_header = true;
        read_header(record);
        return header_.usable;
      }
      if (data_.rows.size() >= limits::max_csv_rows) {
        error("limit", record, 0, fmt::format("more than the limit of {} measurements", limits::max_csv_rows));
        return false;
      }
      read_row(record);
      return true;
    });
    if (problem.line != 0) {
      diagnostics_.error("bad-csv", {file, problem.line, problem.column, problem.line, problem.column}, problem.message,
                         problem.help);
    }
    if (!seen_header && problem.line == 0) {
      diagnostics_.error("empty-measurements", {file, 1, 1, 1, 1},
                         fmt::format("'{}' is empty", model_.sources.path(file)),
                         "start it with the header line: indicator,period,value");
    } else if (header_.usable && rows_in_file_ == 0 && problem.line == 0) {
      diagnostics_.add({Severity::warning,
                        "empty-measurements",
                        fmt::format("'{}' has a header but no measurements", model_.sources.path(file)),
                        {file, 1, 1, 1, 1},
                        {},
                        "add a row per indicator and period below the header"});
    }
    rows_in_file_ = 0;
  }

  Measurements finish() {
    data_.by_indicator.assign(model_.indicators.size(), {});
    for (std::uint32_t r = 0; r < data_.rows.size(); ++r) data_.by_indicator[data_.rows[r].indicator].push_back(r);
    const auto before = [&](std::uint32_t a, std::uint32_t b) {
      const Observation& x = data_.rows[a];
      const Observation& y = data_.rows[b];
      return std::tie(x.period, x.area, x.group) < std::tie(y.period, y.area, y.group);
    };
    for (auto& rows : data_.by_indicator) {
      if (!std::is_sorted(rows.begin(), rows.end(), before)) std::stable_sort(rows.begin(), rows.end(), before);
    }
    return std::move(data_);
  }

 private:
  static constexpr std::uint32_t no_row = UINT32_MAX;

  void error(std::string_view code, const CsvRecord& record, std::size_t field, std::string message,
             std::string help = {}, std::vector<Note> notes = {}, Severity severity = Severity::error) {
    diagnostics_.add({severity, code, std::move(message), field_range(text_, record, field, file_), std::move(notes),
                      std::move(help)});
  }

  void read_header(const CsvRecord& record) {
    header_.at.fill(absent);
    header_.width = record.fields.size();
    std::vector<std::string_view> known(std::begin(column_names), std::end(column_names));
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      const std::string name = lower_case(record.fields[i]);
      const auto found = std::find(known.begin(), known.end(), name);
      if (found == known.end()) {
        error("unknown-column", record, i, fmt::format("unknown column '{}'", record.fields[i]),
              name.empty() ? "give the column a name, or delete it" : did_you_mean(name, known), {}, Severity::warning);
        continue;
      }
      int& at = header_.at[static_cast<std::size_t>(found - known.begin())];
      if (at != absent) {
        error("bad-csv", record, i, fmt::format("the column '{}' appears twice", name), "delete one of them",
              {{field_range(text_, record, static_cast<std::size_t>(at), file_), "first here"}});
        continue;
      }
      at = static_cast<int>(i);
    }
    header_.usable = true;
    for (const Column column : required_columns) {
      if (header_.at[column] != absent) continue;
      header_.usable = false;
      SourceRange line = field_range(text_, record, 0, file_);
      line.end_column = field_range(text_, record, record.fields.size() - 1, file_).end_column;
      diagnostics_.error("missing-column", line, fmt::format("the header has no '{}' column", column_names[column]),
                         "the header needs indicator, period and value, e.g. indicator,period,value");
    }
  }

  /// The cell of `column` in `record`, or "" when the file has no such column.
  std::string_view cell(const CsvRecord& record, Column column) const {
    const int at = header_.at[column];
    return at == absent ? std::string_view() : std::string_view(record.fields[static_cast<std::size_t>(at)]);
  }
  std::size_t field(Column column) const { return static_cast<std::size_t>(std::max(header_.at[column], 0)); }

  Label intern(std::string_view text) {
    if (text.empty()) return 0;
    const auto [it, added] = label_of_.try_emplace(std::string(text), static_cast<Label>(data_.labels.size()));
    if (added) data_.labels.emplace_back(text);
    return it->second;
  }

  void read_row(const CsvRecord& record);
  bool read_indicator(const CsvRecord& record, Observation& row);
  bool read_period(const CsvRecord& record, Observation& row);
  bool read_value(const CsvRecord& record, Observation& row);
  bool read_extras(const CsvRecord& record, Observation& row);
  bool check_ratio(const CsvRecord& record, const Observation& row);
  std::uint32_t kept_under(const Observation& row, std::uint32_t next);
  void keep(const CsvRecord& record, Observation row);

  Model& model_;
  Diagnostics& diagnostics_;
  Measurements data_;
  std::unordered_map<std::string, std::uint32_t> indicators_;
  std::string last_id_;  ///< the last indicator id read in this file, as written, and its index
  std::uint32_t last_indicator_ = 0;
  std::unordered_map<std::string, Label> label_of_;
  std::unordered_map<RowKey, std::uint32_t, RowKeyHash> keys_;  ///< rows kept, once one came out of order
  bool indexed_ = false;
  std::vector<std::uint32_t> latest_;       ///< per indicator: its row with the greatest RowKey
  std::vector<std::uint32_t> granularity_;  ///< per indicator: the row that set its granularity
  FileId file_ = no_file;
  std::string prefix_;
  const Strategy* strategy_ = nullptr;  ///< the strategy that declares the file
  std::string_view text_;
  Header header_;
  std::size_t rows_in_file_ = 0;
};

void Reader::read_row(const CsvRecord& record) {
  // Spreadsheets save rows they once formatted as ",,,": nothing to read, nothing to report.
  if (std::all_of(record.fields.begin(), record.fields.end(), [](const std::string& f) { return f.empty(); })) return;
  ++rows_in_file_;
  if (record.fields.size() != header_.width) {
    const bool more = record.fields.size() > header_.width;
    error("ragged-row", record, more ? header_.width : record.fields.size(),
          fmt::format("this row has {} but the header has {}", count(record.fields.size(), "field"),
                      count(header_.width, "column")),
          more ? "is there an unquoted comma, as in 1,104? write 1104, or put the field in quotes: \"a, b\""
               : "add the missing fields (leave a cell empty with nothing between two commas)");
    return;
  }
  Observation row;
  row.range = field_range(text_, record, 0, file_);
  row.range.end_line = row.range.line;
  if (!read_indicator(record, row) || !read_period(record, row) || !read_value(record, row) ||
      !read_extras(record, row) || !check_ratio(record, row)) {
    return;
  }
  keep(record, std::move(row));
}

bool Reader::read_indicator(const CsvRecord& record, Observation& row) {
  const std::string_view id = cell(record, indicator);
  if (id.empty()) {
    error("bad-measurement", record, field(indicator), "the indicator is blank", "write the indicator's id");
    return false;
  }
  if (id == last_id_) {  // rows of one indicator mostly come together
    row.indicator = last_indicator_;
    return true;
  }
  const bool qualified = id.find(':') != std::string_view::npos;
  const std::string key = qualified ? std::string(id) : prefix_ + std::string(id);
  if (const auto it = indicators_.find(key); it != indicators_.end()) {
    row.indicator = it->second;
    last_id_ = id;
    last_indicator_ = it->second;
    return true;
  }
  std::vector<std::string_view> ids;
  for (const Indicator& known : model_.indicators) {
    std::string_view name = known.id;
    if (!qualified && !prefix_.empty()) {
      if (name.rfind(prefix_, 0) != 0) continue;
      name.remove_prefix(prefix_.size());
    }
    ids.push_back(name);
  }
  std::string help = did_you_mean(id, ids);
  error("unknown-indicator", record, field(indicator), fmt::format("'{}' is not an indicator of the model", id),
        help.empty() ? "the indicator column holds the id of an [indicator.<id>] table" : help);
  return false;
}

bool Reader::read_period(const CsvRecord& record, Observation& row) {
  const std::string_view text = cell(record, period);
  std::string help;
  std::optional<Period> parsed = text.empty() ? std::nullopt : parse_period(text, help);
  if (!parsed) {
    error("bad-period", record, field(period),
          text.empty() ? std::string("the period is blank") : fmt::format("'{}' is not a period", text),
          text.empty() ? "write the period the figure is for, e.g. 2024-03 for March 2024" : help);
    return false;
  }
  row.period = *parsed;
  const Indicator& measured = model_.indicators[row.indicator];
  std::uint32_t& first = granularity_[row.indicator];
  if (first != no_row && data_.rows[first].period.granularity != row.period.granularity) {
    const Observation& earlier = data_.rows[first];
    error("mixed-periods", record, field(period),
          fmt::format("indicator '{}' has {} periods, but this one is a {}", measured.id,
                      to_string(earlier.period.granularity), to_string(row.period.granularity)),
          "give every figure of one indicator the same kind of period",
          {{earlier.range, fmt::format("the first, {}", to_string(earlier.period))}});
    return false;
  }
  const std::optional<Date>& end = strategy_->end;
  if (end && row.period.first > *end) {
    error("period-outside-strategy", record, field(period),
          fmt::format("the period {} starts after the strategy ends ({})", text, to_string(*end)),
          "check the period, or the strategy's end date");
    return false;
  }
  return true;
}

bool Reader::read_value(const CsvRecord& record, Observation& row) {
  const Indicator& measured = model_.indicators[row.indicator];
  const std::string_view text = cell(record, value);
  if (measured.measure == Measure::text) {
    row.text = intern(text);
    return true;
  }
  if (measured.measure == Measure::ordinal) {
    const auto& levels = measured.levels;
    const auto found = std::find(levels.begin(), levels.end(), text);
    if (found != levels.end()) {
      row.level = static_cast<std::int32_t>(found - levels.begin());
      return true;
    }
    std::vector<std::string_view> names(levels.begin(), levels.end());
    const auto same_but_case = std::find_if(
        levels.begin(), levels.end(), [&](const std::string& level) { return lower_case(level) == lower_case(text); });
    std::string help = same_but_case != levels.end()
                           ? fmt::format("levels are written as the model lists them: write '{}'", *same_but_case)
                           : did_you_mean(text, names);
    error("bad-measurement", record, field(value),
          fmt::format("'{}' is not a level of indicator '{}'", text, measured.id),
          help.empty() ? fmt::format("write one of '{}'", fmt::join(names, "', '")) : help);
    return false;
  }
  const NumberCell number = read_number(text, "value");
  if (!number.value) {
    error("bad-measurement", record, field(value), number.problem, number.help);
    return false;
  }
  row.value = *number.value;
  return true;
}

bool Reader::read_extras(const CsvRecord& record, Observation& row) {
  for (const auto& [column, into] : {std::pair{numerator, &row.numerator}, std::pair{denominator, &row.denominator},
                                     std::pair{lower, &row.lower}, std::pair{upper, &row.upper}}) {
    const std::string_view text = cell(record, column);
    if (text.empty()) continue;
    const NumberCell number = read_number(text, column_names[column]);
    if (!number.value) {
      error("bad-measurement", record, field(column), number.problem, number.help);
      return false;
    }
    *into = number.value;
  }
  const std::string_view status_cell = cell(record, status);
  if (is_word(status_cell, "provisional")) row.status = RowStatus::provisional;
  if (is_word(status_cell, "final")) row.status = RowStatus::final;
  if (!status_cell.empty() && row.status == RowStatus::unspecified) {
    const std::string help = did_you_mean(lower_case(status_cell), {"provisional", "final"});
    error("bad-measurement", record, field(status),
          fmt::format("the status '{}' is not 'provisional' or 'final'", cell(record, status)),
          help.empty() ? "write provisional or final, or leave the cell empty" : help);
    return false;
  }
  if ((row.lower && row.value < *row.lower) || (row.upper && row.value > *row.upper)) {
    error("bad-measurement", record, field(value),
          fmt::format("the value {} lies outside its interval {} to {}", cell(record, value), cell(record, lower),
                      cell(record, upper)),
          "lower and upper bound the value: check the three figures");
    return false;
  }
  row.area = intern(cell(record, area));
  row.group = intern(cell(record, group));
  row.source = intern(cell(record, source));
  row.note = intern(cell(record, note));
  return true;
}

bool Reader::check_ratio(const CsvRecord& record, const Observation& row) {
  if (!row.numerator || !row.denominator || std::isnan(row.value)) return true;
  if (*row.denominator == 0) {
    error("bad-measurement", record, field(denominator), "the denominator is 0", "a ratio needs a denominator above 0");
    return false;
  }
  const double ratio = *row.numerator / *row.denominator;
  const Measure measure = model_.indicators[row.indicator].measure;
  const double precision = 0.5 * std::pow(10.0, -decimals(cell(record, value)));
  const auto agrees = [&](double scale) {
    const double expected = ratio * scale;
    return std::abs(row.value - expected) <= std::max(precision, 0.005 * std::abs(expected)) + 1e-9;
  };
  static constexpr double percent[] = {100};
  static constexpr double rates[] = {1, 10, 100, 1000, 10000, 100000};
  const std::span<const double> scales =
      measure == Measure::percentage ? std::span<const double>(percent) : std::span<const double>(rates);
  if (std::any_of(scales.begin(), scales.end(), agrees)) return true;
  error("inconsistent-ratio", record, field(value),
        fmt::format("the value {} does not agree with numerator {} ÷ denominator {}{}", cell(record, value),
                    cell(record, numerator), cell(record, denominator),
                    measure == Measure::percentage ? fmt::format(" × 100 = {:.4g}", ratio * 100)
                                                   : fmt::format(" = {:.4g}", ratio)),
        measure == Measure::percentage
            ? "a percentage is numerator ÷ denominator × 100: check the three figures"
            : "a rate is numerator ÷ denominator, per 1, 10, 100, … 100,000: check the three figures");
  return false;
}

/// The row kept under `row`'s key, or `next` when there is none and `row` is to be kept as row
/// `next`. A row that comes after all its indicator's rows by period, area and group can repeat
/// none of them: in a file in order (by indicator, or by period) every row does, and the index is
/// never built. The first row out of order builds it from the rows kept so far.
std::uint32_t Reader::kept_under(const Observation& row, std::uint32_t next) {
  std::uint32_t& latest = latest_[row.indicator];
  const auto order = [](const Observation& r) { return std::tie(r.period, r.area, r.group); };
  const bool beyond = latest == no_row || order(data_.rows[latest]) < order(row);
  if (beyond) latest = next;
  if (beyond && !indexed_) return next;
  if (!indexed_) {
    indexed_ = true;
    keys_.reserve(data_.rows.capacity());
    for (std::uint32_t r = 0; r < data_.rows.size(); ++r) keys_.emplace(key_of(data_.rows[r]), r);
  }
  return keys_.try_emplace(key_of(row), next).first->second;
}

void Reader::keep(const CsvRecord& record, Observation row) {
  const auto next = static_cast<std::uint32_t>(data_.rows.size());
  const std::uint32_t kept = kept_under(row, next);
  if (kept == next) {
    if (granularity_[row.indicator] == no_row) granularity_[row.indicator] = next;
    data_.rows.push_back(std::move(row));
    return;
  }
  Observation& earlier = data_.rows[kept];
  if (earlier.status == RowStatus::provisional && row.status == RowStatus::final) {
    earlier = std::move(row);  // the final figure replaces the provisional one, in its place
    return;
  }
  error("duplicate-measurement", record, 0,
        fmt::format("a second measurement of '{}' for {}{}", model_.indicators[row.indicator].id, to_string(row.period),
                    row.area || row.group ? fmt::format(" ({})", data_.label(row.area ? row.area : row.group)) : ""),
        "a later row replaces an earlier one only when the earlier is provisional and the later final; delete one, "
        "or mark them so",
        {{earlier.range, "the earlier measurement"}});
}

/// Whether the relative path `written` climbs above the folder it is relative to ("../x.csv",
/// "data/../../x.csv"), as includes may not (a model shared with others reads only its own files).
bool leaves_folder(const std::string& written) {
  const std::filesystem::path normal = std::filesystem::path(written).lexically_normal();
  return !normal.empty() && *normal.begin() == "..";
}

std::string join(const std::string& root, const std::string& relative) {
  return (std::filesystem::path(root).parent_path() / relative).lexically_normal().generic_string();
}

}  // namespace

std::string_view to_string(RowStatus status) {
  static constexpr std::string_view names[] = {"", "provisional", "final"};
  return names[static_cast<int>(status)];
}

bool Measurements::covers(std::string_view id) const {
  return std::any_of(scopes.begin(), scopes.end(), [&](const std::string& scope) { return id.rfind(scope, 0) == 0; });
}

std::vector<DataFile> declared_data_files(const Model& model) {
  std::vector<DataFile> files;
  const auto add = [&](const Strategy& strategy, const std::string& prefix) {
    for (const Ref& ref : strategy.measurements) {
      files.push_back({join(std::string(model.sources.path(ref.range.file)), ref.id), ref.id, ref.range, prefix});
    }
  };
  add(model.strategy, "");
  for (const Member& member : model.members) add(member.strategy, member.strategy.id + ":");
  return files;
}

Measurements read_measurements(Model& model, FileSystem& file_system, const std::vector<DataFile>& files,
                               Diagnostics& diagnostics) {
  Reader reader(model, diagnostics);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const DataFile& data = files[i];
    const SourceRange at = data.named_at;
    if (i >= limits::max_csv_files) {
      diagnostics.error("limit", at, fmt::format("more than the limit of {} measurement files", limits::max_csv_files));
      break;
    }
    if (std::filesystem::path(data.written).is_absolute()) {
      diagnostics.error("bad-data-file", at,
                        fmt::format("measurements '{}' must be a path relative to the model file", data.written));
      continue;
    }
    if (at.known() && leaves_folder(data.written)) {
      diagnostics.error("bad-data-file", at,
                        fmt::format("measurements '{}' leaves the folder of the file that names it", data.written),
                        "keep a model's measurements in its folder or below it; to read a file from elsewhere, "
                        "give it with --data");
      continue;
    }
    std::string text;
    const ReadStatus status = file_system.read(data.path, text, limits::max_csv_bytes);
    if (status != ReadStatus::ok) {
      const std::string why = status == ReadStatus::not_found      ? "no such file"
                              : status == ReadStatus::is_directory ? "it is a directory"
                              : status == ReadStatus::too_large
                                  ? fmt::format("it is larger than the limit of {} MiB", limits::max_csv_bytes >> 20)
                                  : "it could not be read";
      diagnostics.error(status == ReadStatus::too_large ? "limit" : "bad-data-file", at,
                        fmt::format("cannot read the measurements '{}': {}", data.path, why),
                        at.known() ? "paths are relative to the file that names them" : "");
      continue;
    }
    const Strategy* strategy = &model.strategy;
    for (const Member& member : model.members) {
      if (member.strategy.id + ":" == data.prefix) strategy = &member.strategy;
    }
    reader.read_file(model.sources.add(data.path, normalise_csv_text(std::move(text))), data.prefix, *strategy);
  }
  return reader.finish();
}

}  // namespace toc
