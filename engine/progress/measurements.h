// Measurements: the rows of the CSV files beside a model, validated and tied to its indicators.
// Plain data: indices into the model, no formatting; products (the progress table, the report's
// charts) read it.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "base/file_system.h"
#include "base/source.h"
#include "model/model.h"
#include "progress/period.h"

namespace toc {

/// Whether a figure may still change: a later `final` row replaces a `provisional` one.
enum class RowStatus : std::uint8_t { unspecified, provisional, final };
std::string_view to_string(RowStatus status);

/// An index into Measurements::labels; 0 is the empty label.
using Label = std::uint32_t;

/// One measurement: a row of a CSV file that passed validation.
struct Observation {
  std::uint32_t indicator = 0;  ///< index into Model::indicators
  Period period;
  /// The figure; NaN for ordinal and text measures (see `level` and `text`).
  double value = std::numeric_limits<double>::quiet_NaN();
  std::int32_t level = -1;  ///< ordinal measures: index into Indicator::levels
  Label text = 0;           ///< text measures: the value as written
  std::optional<double> numerator, denominator, lower, upper;
  Label area = 0, group = 0, source = 0, note = 0;
  RowStatus status = RowStatus::unspecified;
  SourceRange range;  ///< the row's first field, e.g. data.csv:12:1
};

/// Every measurement read, and where from.
struct Measurements {
  std::vector<Observation> rows;    ///< in file order; a replaced provisional row is gone
  std::vector<std::string> labels;  ///< area, group, source, note and text values; labels[0] == ""
  std::vector<FileId> files;        ///< the CSV files read, in the model's SourceSet
  /// Whose indicators the files speak for: "" for the whole model, "<model-id>:" for a workspace
  /// member's own files. An indicator outside every scope is not expected to have data (no-data).
  std::vector<std::string> scopes;
  /// Per indicator (parallel to Model::indicators): its rows, ordered by period, then area and group.
  std::vector<std::vector<std::uint32_t>> by_indicator;

  const std::string& label(Label label) const { return labels[label]; }
  /// Whether the files read speak for indicator `id` (see `scopes`).
  bool covers(std::string_view id) const;
};

/// A CSV file to read: its path on the FileSystem and the model reference that names it.
struct DataFile {
  std::string path;      ///< e.g. "models/x/data/measurements.csv"
  std::string written;   ///< the path as the model writes it, e.g. "data/measurements.csv"; "" for --data
  SourceRange named_at;  ///< the `measurements` entry, or unknown for --data
  std::string prefix;    ///< "<model-id>:" for a workspace member's own files, else ""
};

/// The files the model declares in [strategy] measurements (each member's, in a workspace), with
/// paths joined to the declaring file's folder.
std::vector<DataFile> declared_data_files(const Model& model);

/// Limits on measurement files (code "limit"), beside base/limits.h.
namespace limits {
inline constexpr std::size_t max_csv_bytes = 256 * 1024 * 1024;  ///< one CSV file
inline constexpr std::size_t max_csv_rows = 5'000'000;           ///< rows in all files
inline constexpr std::size_t max_csv_files = 100;
}  // namespace limits

/// Reads and validates `files`, adding each to `model.sources` so that diagnostics quote its
/// lines. Reports the codes of docs/checks.md "Measurements" (unknown-indicator, bad-period,
/// mixed-periods, period-outside-strategy, bad-measurement, missing-column, unknown-column,
/// duplicate-measurement, inconsistent-ratio, empty-measurements, ragged-row, bad-csv, limit,
/// bad-data-file for a file that cannot be read). Rows with errors are left out.
Measurements read_measurements(Model& model, FileSystem& file_system, const std::vector<DataFile>& files,
                               Diagnostics& diagnostics);

}  // namespace toc
