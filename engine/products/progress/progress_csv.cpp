#include <fmt/format.h>

#include "base/escape.h"
#include "products/progress/progress_format.h"

namespace toc {

namespace {

std::string line(std::initializer_list<std::string_view> fields) {
  std::string out;
  for (const std::string_view f : fields) out += (out.empty() ? "" : ",") + escape::csv_field(f);
  return out + "\r\n";
}

/// Model text in a cell: formulas neutralised (escape::spreadsheet_cell); line() quotes it.
std::string text(std::string_view model_text) { return escape::spreadsheet_cell(model_text); }

}  // namespace

std::string progress_csv(const Model& model, const Measurements& data, const Progress& progress) {
  std::string out = line({"indicator", "title", "status", "method", "trajectory", "expected", "variation", "assurance",
                          "latest_period", "latest_value", "target", "target_date", "freshness", "due", "points"});
  for (const IndicatorProgress& judged : progress.indicators) {
    const Indicator& indicator = model.indicators[judged.indicator];
    const auto latest = judged.latest();
    const Observation* row = latest ? &data.rows[*latest] : nullptr;
    const std::string value = !row ? ""
                              : indicator.measure == Measure::ordinal
                                  ? text(indicator.levels[static_cast<std::size_t>(std::max(row->level, 0))])
                              : indicator.measure == Measure::text ? text(data.label(row->text))
                                                                   : show_number(row->value);
    const bool limits = judged.xmr && judged.xmr->has_limits;
    out += line({text(indicator.id), text(indicator.title), to_string(judged.status), to_string(judged.method),
                 judged.trajectory ? to_string(judged.trajectory->verdict) : "",
                 judged.trajectory ? show_number(judged.trajectory->expected) : "",
                 limits ? to_string(judged.xmr->latest) : "", limits ? to_string(judged.xmr->assurance) : "",
                 row ? to_string(row->period) : "", value, indicator.target.present ? text(indicator.target.value) : "",
                 indicator.target.date ? to_string(*indicator.target.date) : "", to_string(judged.freshness.state),
                 judged.freshness.state == FreshnessState::no_data ? "" : to_string(judged.freshness.due),
                 fmt::format("{}", judged.series.size())});
  }
  return out;
}

}  // namespace toc
