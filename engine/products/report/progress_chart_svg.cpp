// The charts as inline SVG, from their geometry (progress_chart.cpp). Model text (titles, level
// names) goes through base/escape; everything else is toc's own words and numbers.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "base/escape.h"
#include "products/progress/progress_format.h"
#include "products/report/progress_chart.h"

namespace toc {

namespace {

using escape::html_attribute;
using escape::html_text;

template <typename... Args>
void emit(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

/// Colours of the figures by what the XmR chart says of them (NHS Making Data Count).
struct PointLook {
  std::string_view fill;
  std::string_view stroke;
};
PointLook point_look(Variation variation) {
  switch (variation) {
    case Variation::improvement:
      return {"#0072B2", "#00558A"};
    case Variation::concern:
      return {"#E69F00", "#8F5B00"};
    case Variation::neutral_high:
    case Variation::neutral_low:
      return {"#7A3E9D", "#5A2A75"};
    case Variation::common_cause:
      break;
  }
  return {"#5A5A5A", "#3A3A3A"};
}

/// The rules that flag a point, in words: "outside the limits, run".
std::string rules_text(std::uint8_t rules) {
  std::string text;
  for (const auto& [bit, name] : {std::pair{XmrRule::outside_limits, "outside the limits"},
                                  {XmrRule::run, "run"},
                                  {XmrRule::trend, "trend"},
                                  {XmrRule::two_of_three, "two of three beyond two sigma"}}) {
    if (rules & bit) text += (text.empty() ? "" : ", ") + std::string(name);
  }
  return text;
}

/// A figure's tooltip: "2026-10: 44, provisional; special cause improvement (run, trend)".
std::string point_title(const ChartFigure& figure) {
  std::string text = fmt::format("{}: {}", to_string(figure.period), show_number(figure.value));
  if (figure.provisional) text += ", provisional";
  if (figure.flag.variation != Variation::common_cause) {
    text += fmt::format("; special cause {} ({})", to_string(figure.flag.variation), rules_text(figure.flag.rules));
  }
  return text;
}

/// One figure: a circle (common cause), a square (improvement), a triangle (concern) or a
/// diamond (special cause without a direction); hollow when provisional.
void point_shape(std::string& out, const ChartFigure& figure, const PlotPoint& p) {
  const PointLook look = point_look(figure.flag.variation);
  const std::string paint =
      fmt::format("fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"", figure.provisional ? "#FFFFFF" : look.fill,
                  look.stroke, figure.provisional ? 1.8 : 1);
  const std::string title = fmt::format("<title>{}</title>", html_text(point_title(figure)));
  const std::string kind = figure.provisional ? "provisional" : "final";
  switch (figure.flag.variation) {
    case Variation::improvement:
      emit(out,
           "<rect class=\"point {} improvement\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"8\" height=\"8\" {}>{}</rect>\n",
           kind, p.x - 4, p.y - 4, paint, title);
      return;
    case Variation::concern:
      emit(out, "<path class=\"point {} concern\" d=\"M{:.1f} {:.1f}l5 9h-10z\" {}>{}</path>\n", kind, p.x, p.y - 5.5,
           paint, title);
      return;
    case Variation::neutral_high:
    case Variation::neutral_low:
      emit(out, "<path class=\"point {} special\" d=\"M{:.1f} {:.1f}l5 5l-5 5l-5 -5z\" {}>{}</path>\n", kind, p.x,
           p.y - 5, paint, title);
      return;
    case Variation::common_cause:
      break;
  }
  emit(out, "<circle class=\"point {}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"3.6\" {}>{}</circle>\n", kind, p.x, p.y, paint,
       title);
}

void axes(std::string& out, const ChartGeometry& g) {
  const ChartBox& b = g.box;
  for (const ChartTick& tick : g.y_ticks) {
    emit(out, "<line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"#E6E6E6\"/>", b.plot_left(),
         tick.at, b.plot_right(), tick.at);
    emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#444\">{}</text>\n", b.plot_left() - 6,
         tick.at + 3.5, tick.label);
  }
  emit(out, "<path d=\"M{0:.1f} {1:.1f}V{2:.1f}H{3:.1f}\" fill=\"none\" stroke=\"#9A9A9A\"/>\n", b.plot_left(),
       b.plot_top(), b.plot_bottom(), b.plot_right());
  for (const ChartTick& tick : g.x_ticks) {
    emit(out, "<line x1=\"{0:.1f}\" y1=\"{1:.1f}\" x2=\"{0:.1f}\" y2=\"{2:.1f}\" stroke=\"#9A9A9A\"/>", tick.at,
         b.plot_bottom(), b.plot_bottom() + 4);
    emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#444\">{}</text>\n", tick.at,
         b.plot_bottom() + 16, tick.label);
  }
}

void gaps(std::string& out, const ChartGeometry& g) {
  for (const ChartGap& gap : g.gaps) {
    const double from = g.points[gap.after].x + 5, to = g.points[gap.after + 1].x - 5;
    emit(out,
         "<g class=\"gap\"><title>no figure for {}: a gap, not a zero</title><rect x=\"{:.1f}\" y=\"{:.1f}\" "
         "width=\"{:.1f}\" height=\"{:.1f}\" fill=\"#EFEFEF\"/>",
         describe_gap(gap), from, g.box.plot_top(), std::max(1.0, to - from), g.box.plot_bottom() - g.box.plot_top());
    emit(out,
         "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#595959\" font-size=\"9\">gap</text></g>\n",
         (from + to) / 2, g.box.plot_top() + 10);
  }
}

void rules(std::string& out, const ChartGeometry& g) {
  for (const ChartRule& rule : g.rules) {
    std::string_view stroke = "#7F7F7F", dash = " stroke-dasharray=\"6 4\"", name = "limit";
    if (rule.kind == ChartRule::Kind::mean) stroke = "#4D4D4D", dash = "", name = "mean";
    if (rule.kind == ChartRule::Kind::target) stroke = "#A24F80", dash = " stroke-dasharray=\"2 3\"", name = "target";
    emit(out,
         "<g class=\"rule {}\"><line x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\" stroke=\"{}\" "
         "stroke-width=\"1.3\"{}/>",
         name, g.box.plot_left(), rule.y, g.box.plot_right(), rule.y, stroke, dash);
    emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" fill=\"{}\">{}</text></g>\n", g.box.plot_right() + 6, rule.label_y + 3.5,
         stroke, rule.label);
  }
}

void trajectory(std::string& out, const ChartGeometry& g) {
  if (g.trajectory.size() < 2) return;
  std::string points;
  for (const PlotPoint& p : g.trajectory) points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", p.x, p.y);
  emit(out,
       "<polyline class=\"trajectory\" points=\"{}\" fill=\"none\" stroke=\"#009E73\" stroke-width=\"1.5\" "
       "stroke-dasharray=\"7 3\"><title>trajectory: the value expected on each date</title></polyline>\n",
       points);
  for (const ChartMilestone& m : g.milestones) {
    emit(out,
         "<g class=\"milestone\"><title>milestone {} by {}</title><path d=\"M{:.1f} {:.1f}l6 6l-6 6l-6 -6z\" "
         "fill=\"#FFFFFF\" stroke=\"#007A5A\" stroke-width=\"1.6\"/>",
         show_number(m.milestone.value), to_string(m.milestone.date), m.at.x, m.at.y - 6);
    emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#007A5A\">{}</text></g>\n", m.at.x,
         m.at.y - 9, show_number(m.milestone.value));
  }
}

void figures(std::string& out, const ChartData& data, const ChartGeometry& g) {
  for (const std::vector<std::size_t>& run : g.runs) {
    if (run.size() < 2) continue;
    std::string points;
    for (const std::size_t k : run) {
      points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", g.points[k].x, g.points[k].y);
    }
    emit(out, "<polyline class=\"series\" points=\"{}\" fill=\"none\" stroke=\"#4D4D4D\" stroke-width=\"1.4\"/>\n",
         points);
  }
  for (std::size_t k = 0; k < data.figures.size(); ++k) point_shape(out, data.figures[k], g.points[k]);
}

std::string svg_open(const ChartText& text, double width, double height) {
  return fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"progress-chart\" viewBox=\"0 0 {0} {1}\" "
      "width=\"{0}\" height=\"{1}\" aria-labelledby=\"{2}-title {2}-desc\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"10\">\n<title id=\"{2}-title\">{3}</title>\n"
      "<desc id=\"{2}-desc\">{4}</desc>\n",
      width, height, html_attribute(text.id), html_text(text.title), html_text(text.description));
}

}  // namespace

std::string describe_gap(const ChartGap& gap) {
  if (gap.count == 1) return to_string(gap.first);
  return fmt::format("{} to {} ({} periods)", to_string(gap.first), to_string(gap.last), gap.count);
}

std::string chart_svg(const ChartData& data, const ChartGeometry& geometry, const ChartText& text) {
  std::string out = svg_open(text, geometry.box.width, geometry.box.height);
  gaps(out, geometry);
  axes(out, geometry);
  rules(out, geometry);
  trajectory(out, geometry);
  figures(out, data, geometry);
  return out + "</svg>\n";
}

std::string level_colour(std::size_t level, std::size_t levels) {
  // From a light blue to a dark one, evenly: the order reads without the legend.
  constexpr int light[] = {0xDC, 0xEA, 0xF6}, dark[] = {0x08, 0x30, 0x6B};
  const double t = levels > 1 ? static_cast<double>(level) / static_cast<double>(levels - 1) : 1.0;
  int rgb[3];
  for (int c = 0; c < 3; ++c) rgb[c] = static_cast<int>(std::lround(light[c] + (dark[c] - light[c]) * t));
  return fmt::format("#{:02X}{:02X}{:02X}", rgb[0], rgb[1], rgb[2]);
}

std::string ordinal_chart_svg(const Indicator& indicator, const OrdinalSummary& summary, const ChartText& text) {
  const ChartBox box{560, 200, 40, 20, 12, 34};
  std::string out = svg_open(text, box.width, box.height);
  std::uint32_t most = 1;
  for (const LevelCounts& period : summary.periods) {
    std::uint32_t total = 0;
    for (const std::uint32_t n : period.counts) total += n;
    most = std::max(most, total);
  }
  const double plot_height = box.plot_bottom() - box.plot_top();
  const double slot = (box.plot_right() - box.plot_left()) / std::max<std::size_t>(1, summary.periods.size());
  const double bar = std::min(44.0, slot * 0.7);
  const std::size_t label_every = std::max<std::size_t>(1, (summary.periods.size() + 7) / 8);
  emit(out, "<path d=\"M{0:.1f} {1:.1f}V{2:.1f}H{3:.1f}\" fill=\"none\" stroke=\"#9A9A9A\"/>\n", box.plot_left(),
       box.plot_top(), box.plot_bottom(), box.plot_right());
  emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#444\">{}</text>\n", box.plot_left() - 6,
       box.plot_top() + 4, most);
  emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"end\" fill=\"#444\">0</text>\n", box.plot_left() - 6,
       box.plot_bottom() + 3.5);
  for (std::size_t p = 0; p < summary.periods.size(); ++p) {
    const LevelCounts& period = summary.periods[p];
    const double x = box.plot_left() + slot * (static_cast<double>(p) + 0.5);
    double y = box.plot_bottom();
    for (std::size_t level = 0; level < period.counts.size(); ++level) {
      const std::uint32_t n = period.counts[level];
      if (n == 0) continue;
      const double h = plot_height * n / most;
      const std::string name = level < indicator.levels.size() ? indicator.levels[level] : std::to_string(level);
      emit(out,
           "<rect x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{:.1f}\" fill=\"{}\" stroke=\"#FFFFFF\">"
           "<title>{}: {} at {}</title></rect>",
           x - bar / 2, y - h, bar, h, level_colour(level, period.counts.size()), to_string(period.period), n,
           html_text(name));
      if (h >= 11) {
        emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"{}\">{}</text>", x, y - h / 2 + 3.5,
             2 * level >= period.counts.size() ? "#FFFFFF" : "#1B1B1B", n);
      }
      y -= h;
    }
    const std::size_t last = summary.periods.size() - 1;
    if ((p % label_every == 0 && last - p > label_every / 2) || p == last) {
      emit(out, "<text x=\"{:.1f}\" y=\"{:.1f}\" text-anchor=\"middle\" fill=\"#444\">{}</text>", x,
           box.plot_bottom() + 16, to_string(period.period));
    }
    out += '\n';
  }
  return out + "</svg>\n";
}

}  // namespace toc
