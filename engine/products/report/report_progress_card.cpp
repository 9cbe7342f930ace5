// One indicator's card in the report's progress section: its status in words, symbol and colour,
// its chart, a key to the chart's marks and a caption saying how it was judged. And the section's
// style sheet, whose status colours come from the one table (products/progress/status_look.h).
#include <algorithm>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/text.h"
#include "products/progress/progress_format.h"
#include "products/progress/status_look.h"
#include "products/report/progress_chart.h"
#include "products/report/report_progress.h"

namespace toc {

namespace {

using escape::html_text;

/// "is 0.28 better", "falls 2 short", "is as expected".
std::string against_expected(const Trajectory& t) {
  if (show_number(t.shortfall) == "0") return "is as expected";
  return t.shortfall < 0 ? fmt::format("is {} better", show_number(-t.shortfall))
                         : fmt::format("falls {} short", show_number(t.shortfall));
}

/// Why the verdict: "within the tolerance of 3", "more than the tolerance of 3, but better than
/// the baseline: moving, too slowly".
std::string verdict_reason(const Trajectory& t) {
  const bool tolerance = t.tolerance > 0;
  const std::string beyond = fmt::format("more than the tolerance of {}, ", show_number(t.tolerance));
  switch (t.verdict) {
    case TrajectoryVerdict::achieved:
      return "the final target is reached";
    case TrajectoryVerdict::on_track:
      return tolerance ? fmt::format("within the tolerance of {}", show_number(t.tolerance))
                       : std::string("at or better than expected");
    case TrajectoryVerdict::behind:
      return (tolerance ? beyond + "but better" : std::string("better")) + " than the baseline: moving, too slowly";
    case TrajectoryVerdict::off_track:
      break;
  }
  return (tolerance ? beyond + "and no better" : std::string("no better")) + " than the baseline";
}

/// "judged by its trajectory from the baseline 20 (2024-04-01) through 30 by 2025-03-31 to 50 by
/// 2028-03-31. On 2026-10-31 it expects 42.93; the latest figure, 44, is 1.07 better: within ...".
std::string trajectory_words(const Trajectory& t) {
  std::string route =
      fmt::format("from the baseline {} ({})", show_number(t.line.front().value), to_string(t.line.front().date));
  for (std::size_t k = 1; k + 1 < t.line.size(); ++k) {
    route +=
        fmt::format("{} {} by {}", k == 1 ? " through" : ",", show_number(t.line[k].value), to_string(t.line[k].date));
  }
  if (t.line.size() > 1) {
    route += fmt::format(" to {} by {}", show_number(t.line.back().value), to_string(t.line.back().date));
  }
  return fmt::format("judged by its trajectory {}. On {} it expects {}; the latest figure, {}, {}: {}.", route,
                     to_string(t.at), show_number(t.expected), show_number(t.latest), against_expected(t),
                     verdict_reason(t));
}

/// " Special cause: 5 figures signal improvement, 2 figures signal concern."
std::string special_causes(const XmrChart& chart) {
  std::size_t improvement = 0, concern = 0, neutral = 0;
  for (const XmrPoint& point : chart.flags) {
    improvement += point.variation == Variation::improvement;
    concern += point.variation == Variation::concern;
    neutral += point.variation == Variation::neutral_high || point.variation == Variation::neutral_low;
  }
  if (improvement + concern + neutral == 0) return " No figure is special cause: common cause variation only.";
  std::string parts;
  const auto part = [&](std::size_t n, std::string_view what) {
    if (n > 0) parts += fmt::format("{}{} {}", parts.empty() ? "" : ", ", count(n, "figure"), what);
  };
  part(improvement, "signal improvement");
  part(concern, "signal concern");
  part(neutral, "signal special cause with no direction to judge it by");
  return fmt::format(" Special cause: {}.", parts);
}

/// "its XmR chart of 31 figures (NHS Making Data Count): mean ..., process limits ... to .... ..."
std::string xmr_words(const XmrChart& chart) {
  std::string out = fmt::format("its XmR chart of {} (NHS Making Data Count): mean {}, process limits {} to {}.",
                                count(chart.points, "figure"), show_number(chart.mean), show_number(chart.lower_limit),
                                show_number(chart.upper_limit));
  out += special_causes(chart);
  out += fmt::format(" The latest figure shows {}", to_string(chart.latest));
  if (chart.assurance != Assurance::none) out += fmt::format("; against the target: {}", to_string(chart.assurance));
  return out + ".";
}

/// What follows "Status: <status>" in the caption: how the indicator was judged, and why.
std::string judged_words(const Model& model, const Progress& progress, const IndicatorProgress& judged) {
  const Indicator& indicator = model.indicators[judged.indicator];
  if (judged.rows.empty()) return fmt::format(": no figures up to {}.", to_string(progress.as_of));
  if (judged.series.empty()) return ": figures only for breakdowns (areas or groups), none for the whole.";
  if (indicator.measure == Measure::text) return ": a text measure is shown, never judged.";
  if (judged.ordinal) {
    const OrdinalSummary& o = *judged.ordinal;
    if (o.movement == Movement::single_period) return ": one period of levels so far, nothing to compare it with.";
    return fmt::format(
        ", judged by the spread of groups across the levels: between {} and {}, {} moved to a better level, {} to a "
        "worse one and {} stayed.",
        to_string(o.periods.front().period), to_string(o.periods.back().period), count(o.moved_up, "group"),
        o.moved_down, o.unchanged);
  }
  const bool limits = judged.xmr && judged.xmr->has_limits;
  if (judged.trajectory) {
    return ", " + trajectory_words(*judged.trajectory) + (limits ? " Its variation: " + xmr_words(*judged.xmr) : "");
  }
  if (limits) return ", judged by " + xmr_words(*judged.xmr);
  return fmt::format(": no numeric target, and {} where an XmR chart needs {}.",
                     count(judged.xmr ? judged.xmr->points : 0, "figure"), judged.xmr ? judged.xmr->min_points : 12);
}

}  // namespace

std::string progress_caption(const Model& model, const Measurements& data, const Progress& progress,
                             const IndicatorProgress& judged) {
  const Indicator& indicator = model.indicators[judged.indicator];
  std::string out = fmt::format("Status: {}{}", to_string(judged.status), judged_words(model, progress, judged));
  if (judged.latest() && indicator.measure != Measure::text) {
    out += fmt::format(" Latest figure: {}{}.", latest_figure(model, data, judged, SIZE_MAX),
                       indicator.unit.empty() ? "" : "; unit: " + indicator.unit);
  }
  std::size_t provisional = 0;
  for (const std::uint32_t r : judged.series) provisional += data.rows[r].status == RowStatus::provisional;
  if (provisional > 0) {
    out += provisional == 1
               ? std::string(" 1 figure is provisional, drawn hollow: it may still change.")
               : fmt::format(" {} figures are provisional, drawn hollow: they may still change.", provisional);
  }
  if (judged.xmr) {
    for (const ChartGap& gap : chart_geometry(chart_data(model, data, judged)).gaps) {
      out += fmt::format(" No figure for {}: a break in the line, not a zero.", describe_gap(gap));
    }
  }
  if (judged.freshness.state == FreshnessState::stale) {
    out += fmt::format(" Stale: the next figure was due by {}.", to_string(judged.freshness.due));
  }
  return out;
}

namespace {

/// A key to the marks this chart uses, and only those.
std::string chart_key(const ChartData& data, const ChartGeometry& geometry) {
  std::string out = "<ul class=\"chart-key\">";
  const auto item = [&](bool shown, std::string_view mark, std::string_view words) {
    if (shown) out += fmt::format("<li>{} {}</li>", mark, words);
  };
  const auto any = [&](auto keep) { return std::any_of(data.figures.begin(), data.figures.end(), keep); };
  const auto variation = [&](Variation v) { return any([&](const ChartFigure& f) { return f.flag.variation == v; }); };
  item(any([](const ChartFigure& f) { return !f.provisional; }), "<span class=\"key-mark final\">●</span>", "figure");
  item(any([](const ChartFigure& f) { return f.provisional; }), "<span class=\"key-mark provisional\">○</span>",
       "provisional figure (hollow: may change)");
  item(variation(Variation::improvement), "<span class=\"key-mark improvement\">■</span>",
       "special cause: improvement");
  item(variation(Variation::concern), "<span class=\"key-mark concern\">▲</span>", "special cause: concern");
  item(variation(Variation::neutral_high) || variation(Variation::neutral_low),
       "<span class=\"key-mark special\">◆</span>", "special cause (no direction)");
  const auto rule = [&](ChartRule::Kind kind) {
    return std::any_of(geometry.rules.begin(), geometry.rules.end(),
                       [&](const ChartRule& r) { return r.kind == kind; });
  };
  item(rule(ChartRule::Kind::mean), "<span class=\"key-line mean\"></span>", "mean");
  item(rule(ChartRule::Kind::upper_limit), "<span class=\"key-line limit\"></span>", "process limits");
  item(rule(ChartRule::Kind::target), "<span class=\"key-line target\"></span>", "target");
  item(geometry.trajectory.size() > 1, "<span class=\"key-line trajectory\"></span>", "trajectory");
  item(!geometry.milestones.empty(), "<span class=\"key-mark milestone\">◇</span>", "milestone");
  item(!geometry.gaps.empty(), "<span class=\"key-gap\"></span>", "gap: no figure (never a zero)");
  return out + "</ul>\n";
}

std::string ordinal_key(const Indicator& indicator) {
  std::string out = "<ul class=\"chart-key\">";
  for (std::size_t level = 0; level < indicator.levels.size(); ++level) {
    out += fmt::format("<li><span class=\"swatch\" style=\"background: {}\"></span> {}</li>",
                       level_colour(level, indicator.levels.size()), html_text(indicator.levels[level]));
  }
  return out + " <li>(lowest level first, at the bottom of each bar)</li></ul>\n";
}

/// The card's picture: a chart, the latest text, or a note that there is none.
std::string card_picture(const Model& model, const Measurements& data, const IndicatorProgress& judged,
                         const ChartText& text) {
  const Indicator& indicator = model.indicators[judged.indicator];
  if (judged.series.empty()) return "<p class=\"no-figures\">No figures to draw.</p>\n";
  if (indicator.measure == Measure::text) {
    const Observation& latest = data.rows[*judged.latest()];
    return fmt::format("<blockquote class=\"latest-text\"><p>“{}”</p><p class=\"note\">{}</p></blockquote>\n",
                       html_text(data.label(latest.text)), to_string(latest.period));
  }
  if (judged.ordinal) return ordinal_chart_svg(indicator, *judged.ordinal, text) + ordinal_key(indicator);
  const ChartData chart = chart_data(model, data, judged);
  const ChartGeometry geometry = chart_geometry(chart);
  return chart_svg(chart, geometry, text) + chart_key(chart, geometry);
}

}  // namespace

std::string progress_card(const Model& model, const Graph& graph, const Measurements& data, const Progress& progress,
                          std::uint32_t indicator, std::size_t number) {
  const IndicatorProgress& judged = progress.indicators[indicator];
  const Indicator& measured = model.indicators[indicator];
  std::string measures;
  for (const Ref& ref : measured.measures) {
    const NodeIndex n = graph.find(ref.id);
    const std::string& title = n != no_node ? model.nodes[n].title : ref.id;
    measures += (measures.empty() ? "" : "; ") + html_text(title);
  }
  const std::string caption = progress_caption(model, data, progress, judged);
  const ChartText text{fmt::format("progress-chart-{}", number),
                       fmt::format("{}: {}", measured.title, to_string(judged.status)), caption};
  std::string out = fmt::format("<article class=\"progress-card card-{}\">\n<h4>{} <code>{}</code></h4>\n",
                                look_of(judged.status).name, html_text(measured.title), html_text(measured.id));
  if (!measures.empty()) out += fmt::format("<p class=\"measures\">Measures: {}</p>\n", measures);
  out += fmt::format("<p class=\"card-status\">{} <span class=\"method\">method: {}</span></p>\n",
                     status_badge(judged.status), to_string(judged.method));
  out += "<figure>\n" + card_picture(model, data, judged, text);
  out += fmt::format("<figcaption>{}</figcaption>\n</figure>\n</article>\n", html_text(caption));
  return out;
}

std::string progress_css() {
  std::string css = status_css() + R"(
#progress .status { font-size: 13px; }
table.progress-summary { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
table.progress-summary th, table.progress-summary td { border: 1px solid var(--rule); padding: 4px 6px;
  text-align: left; vertical-align: middle; }
table.progress-summary th[scope="row"] { width: 22%; }
table.progress-summary td.glance { min-width: 120px; }
table.progress-summary thead .status { white-space: normal; text-align: center; }
table.progress-summary td.count { text-align: center; font-variant-numeric: tabular-nums; color: #1b1b1b; }
table.progress-summary td.none { color: #888; }
table.progress-summary tr.total th, table.progress-summary tr.total td { font-weight: bold; }
.status-bar { display: flex; min-width: 110px; height: 20px; border: 1px solid #888; }
.status-bar span { display: block; text-align: center; font-size: 12px; line-height: 18px; overflow: hidden;
  color: #1b1b1b; border-right: 1px solid #fff; }
ol.progress-findings li { margin-bottom: 10px; }
ol.progress-findings p { margin: 2px 0; }
ol.progress-findings .assumption { font-style: italic; }
.progress-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 16px; }
.progress-card { border: 1px solid var(--rule); border-left-width: 6px; padding: 8px 12px; }
.progress-card h4 { margin: 2px 0 4px; font-size: 15px; }
.progress-card p { margin: 4px 0; }
.progress-card .measures, .progress-card .method { color: var(--muted); font-size: 13px; }
.progress-card figure { margin: 6px 0 0; }
.progress-card svg { max-width: 100%; height: auto; display: block; }
.progress-card figcaption { color: #333; font-size: 13px; margin-top: 4px; }
.progress-card .no-figures { color: var(--muted); font-style: italic; border: 1px dashed #999; padding: 18px; }
.progress-card blockquote.latest-text { margin: 8px 0; padding: 6px 12px; border-left: 3px solid #999;
  background: #f6f6f6; }
ul.chart-key { list-style: none; padding: 0; margin: 4px 0; font-size: 12px; color: #333; }
ul.chart-key li { display: inline-block; margin-right: 12px; white-space: nowrap; }
.key-mark { font-size: 13px; }
.key-mark.final { color: #5A5A5A; } .key-mark.provisional { color: #3A3A3A; }
.key-mark.improvement { color: #0072B2; } .key-mark.concern { color: #E69F00; } .key-mark.special { color: #7A3E9D; }
.key-mark.milestone { color: #007A5A; font-weight: bold; }
.key-line { display: inline-block; width: 24px; vertical-align: middle; border-top: 2px solid #4D4D4D; }
.key-line.limit { border-top: 2px dashed #7F7F7F; } .key-line.target { border-top: 2px dotted #A24F80; }
.key-line.trajectory { border-top: 2px dashed #009E73; }
.key-gap { display: inline-block; width: 14px; height: 12px; background: #EFEFEF; border: 1px solid #ccc;
  vertical-align: middle; }
.swatch { display: inline-block; width: 12px; height: 12px; border: 1px solid #888; vertical-align: middle; }
@media print { .progress-cards { display: block; } .progress-card { break-inside: avoid; margin-bottom: 8px; } }
)";
  for (std::size_t s = 0; s < status_count; ++s) {
    const StatusLook& look = look_of(static_cast<Status>(s));
    css += fmt::format(".card-{} {{ border-left-color: {}; }}\n", look.name, look.stroke);
  }
  return css;
}

}  // namespace toc
