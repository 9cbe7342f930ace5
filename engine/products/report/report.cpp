#include "products/report/report.h"

#include <algorithm>

#include <fmt/format.h>

#include "base/escape.h"
#include "base/reading_order.h"
#include "base/text.h"
#include "check/rules.h"
#include "products/checklist/checklist.h"
#include "products/coverage/coverage_format.h"
#include "products/overlap/overlap.h"
#include "products/paths/paths.h"
#include "products/report/report_progress.h"
#include "view/view.h"

namespace toc {

namespace {

using escape::html_text;

/// Pathways listed in the report; more are counted, and the reader is pointed to `toc paths`.
constexpr std::size_t max_report_pathways = 300;

constexpr std::string_view report_css = R"(
:root { --ink: #1b1b1b; --muted: #555; --rule: #c8c8c8; --accent: #0072B2; }
* { box-sizing: border-box; }
body { font: 15px/1.45 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); margin: 0; }
body > header, body > nav, main, body > footer { max-width: 1180px; margin: 0 auto; padding: 0 32px; }
body > header { padding-top: 24px; }
main { padding-bottom: 48px; }
a.skip { position: absolute; left: 8px; top: -60px; background: #fff; color: var(--accent); padding: 8px 12px; }
a.skip:focus { top: 8px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
nav li { margin: 2px 0; }
nav a { display: inline-block; min-height: 24px; padding: 3px 0; }
main .progress-cards { grid-template-columns: repeat(auto-fill, minmax(min(520px, 100%), 1fr)); }
@media (min-width: 801px) { #checklist td, #checklist th { overflow-wrap: anywhere; } }
details.diagram-text { margin: 8px 0 0; }
details.diagram-text summary { cursor: pointer; min-height: 24px; padding: 3px 0; }
@media (max-width: 800px) {
  body > header, body > nav, main, body > footer { padding: 0 12px; }
  table { display: block; overflow-x: auto; max-width: 100%; }
  dl.facts { grid-template-columns: 1fr; }
  nav ol { columns: 1; }
}
#checklist .toc-checklist { font-size: 13px; }
#checklist .toc-checklist th.toc-outcome { width: 22%; }
#checklist .toc-checklist td.toc-tick, #checklist .toc-checklist th.toc-quality { padding: 0.3em 0.3em; }
h1 { font-size: 28px; margin: 0 0 8px; }
h2 { font-size: 21px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
h3 { font-size: 17px; margin: 22px 0 8px; }
p.lead { font-size: 16px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
nav ol { columns: 2; padding-left: 20px; }
figure.diagram { margin: 0; }
figure.diagram svg { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figcaption, .note { color: var(--muted); font-size: 13px; }
table.coverage, table.findings { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 14px; }
table.coverage th, table.coverage td, table.findings th, table.findings td {
  border: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
table.coverage td.figure { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.coverage tr.total td { font-weight: bold; }
thead th { background: #eef3f8; }
.chart svg { max-width: 100%; height: auto; }
ol.pathways li, ol.priorities li { margin-bottom: 6px; }
ol.pathways .weakest { color: var(--muted); font-size: 13px; display: block; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; }
.severity-error { border-left: 4px solid #D55E00; padding-left: 8px; }
.severity-warning { border-left: 4px solid #E69F00; padding-left: 8px; }
/* ---- Print (tests/report/print_check.mjs prints the report to A4 and checks it) ---- */
@media print {
  @page { size: A4; margin: 14mm 14mm 16mm; }
  /* The indicator checklist is a wide table: it prints on landscape pages of its own. */
  @page wide { size: A4 landscape; }
  #checklist { page: wide; }
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav, a.skip { display: none; }
  /* Headings stay with what follows them; figures, rows, cards and list items are not split. (Not
     captions: a break-after on a last child holds for its parents too, and would glue a whole card
     or figure to whatever follows it.) */
  h1, h2, h3, h4 { break-after: avoid; break-inside: avoid; }
  section.diagram { break-before: page; }
  figure, tr, li, .chart, .progress-card { break-inside: avoid; }
  thead { display: table-header-group; }
  /* Nothing wider than the page: diagrams and charts shrink, long words wrap. */
  svg, img { max-width: 100% !important; height: auto; }
  figure.diagram svg { max-height: 205mm; }
  table { display: table !important; overflow: visible !important; }
  th, td { overflow-wrap: break-word; }
  pre, code { white-space: pre-wrap; overflow-wrap: anywhere; }
  #checklist .toc-checklist { font-size: 7.5pt; }
  #checklist .toc-checklist .toc-tick, #checklist .toc-checklist .toc-quality { white-space: normal; }
}
)";

/// The printed page's margins: the model's title and the day the report was made at the foot of
/// every page, left, and "Page N of M" right (CSS page-margin boxes, which Chromium prints). A
/// long title is cut, so that the footer stays on one line.
std::string page_footer_css(const std::string& title, const std::string& made_on) {
  const std::string cut = shorten_columns(title, 72);
  const std::string running = made_on.empty() ? cut : cut + " · report of " + made_on;
  return fmt::format(
      "@media print {{ @page {{ @bottom-left {{ content: {}; font: 8pt sans-serif; color: #333; }} "
      "@bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font: 8pt sans-serif; "
      "color: #333; }} }} }}\n",
      escape::css_string(running));
}

std::string header(const Model& model) {
  const Strategy& s = model.strategy;
  std::string out = fmt::format("<header>\n<h1>{}</h1>\n", html_text(s.title.empty() ? s.id : s.title));
  if (!s.description.empty()) out += fmt::format("<p class=\"lead\">{}</p>\n", html_text(s.description));
  out += "<dl class=\"facts\">\n";
  if (!s.owner.empty()) out += fmt::format("<dt>Owner</dt><dd>{}</dd>\n", html_text(s.owner));
  if (s.start || s.end) {
    out += fmt::format("<dt>Period</dt><dd>{} to {}</dd>\n", s.start ? to_string(*s.start) : "(no start)",
                       s.end ? to_string(*s.end) : "(no end)");
  }
  if (!s.vision.empty()) out += fmt::format("<dt>Vision</dt><dd>{}</dd>\n", html_text(s.vision));
  out += fmt::format("<dt>Model</dt><dd>{}{}, {}, {}, {}</dd>\n",
                     model.is_workspace() ? count(model.members.size(), "strategy", "strategies") + ", " : "",
                     count(model.priorities.size(), "priority", "priorities"), count(model.nodes.size(), "node"),
                     count(model.links.size(), "link"), count(model.indicators.size(), "indicator"));
  return out + "</dl>\n</header>\n";
}

std::string priorities(const Model& model) {
  std::string out = "<section id=\"priorities\">\n<h2>Priorities</h2>\n<ol class=\"priorities\">\n";
  for (const Priority* priority : as_written(model.priorities)) {
    const Priority& p = *priority;
    out += fmt::format("<li><strong>{}</strong> <code>{}</code>", html_text(p.title), html_text(p.id));
    if (!p.owner.empty()) out += fmt::format(" <span class=\"note\">Owner: {}</span>", html_text(p.owner));
    if (!p.description.empty()) out += fmt::format("<br>{}", html_text(p.description));
    out += "</li>\n";
  }
  return out + "</ol>\n</section>\n";
}

std::string contents(const Model& model, bool progress) {
  std::string out = "<nav aria-label=\"Contents\"><ol>\n";
  for (const auto& [id, title] : {std::pair{"priorities", "Priorities"},
                                  {"progress", "Progress"},
                                  {"diagram", "Theory of change diagram"},
                                  {"overlap", "Across strategies"},
                                  {"coverage", "Coverage"},
                                  {"rules", "Rules the strategy sets itself"},
                                  {"checklist", "Indicator checklist"},
                                  {"findings", "Check findings"},
                                  {"pathways", "Pathways (text)"}}) {
    if (std::string_view(id) == "rules" && model.rules.empty()) continue;
    if (std::string_view(id) == "overlap" && !model.is_workspace()) continue;
    if (std::string_view(id) == "progress" && !progress) continue;
    out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", id, title);
  }
  return out + "</ol></nav>\n";
}

/// The diagram in words: each band, each box in it, and where its arrows go.
std::string diagram_text(const Model& model, const View& whole) {
  std::vector<std::vector<NodeIndex>> by_band(std::size(bands));
  for (const NodeIndex n : whole.nodes) by_band[static_cast<std::size_t>(chain_level(model.nodes[n]))].push_back(n);
  std::vector<std::vector<NodeIndex>> onward(model.nodes.size());
  for (const ViewLink& link : whole.links) onward[link.from].push_back(link.to);
  const auto title = [&](NodeIndex n) {
    return html_text(model.nodes[n].title.empty() ? model.nodes[n].id : model.nodes[n].title);
  };
  std::string out = "<details class=\"diagram-text\"><summary>Diagram as text</summary>\n<ul class=\"diagram-text\">\n";
  for (std::size_t band = 0; band < by_band.size(); ++band) {
    if (by_band[band].empty()) continue;
    out += fmt::format("<li>{} ({})\n<ul>\n", bands[band].title, by_band[band].size());
    for (const NodeIndex n : by_band[band]) {
      out += fmt::format("<li>{} <code>{}</code>", title(n), html_text(model.nodes[n].id));
      std::string_view separator = "<ul><li>leads to: ";
      for (const NodeIndex to : onward[n]) {
        out += separator;
        out += title(to);
        separator = "; ";
      }
      out += onward[n].empty() ? "</li>\n" : "</li></ul></li>\n";
    }
    out += "</ul></li>\n";
  }
  return out + "</ul>\n</details>\n";
}

std::string diagram(const ReportInput& input, const View& whole) {
  std::string out = "<section id=\"diagram\" class=\"diagram\">\n<h2>Theory of change diagram</h2>\n";
  const std::size_t at = input.svg.find("<svg");
  if (at == std::string::npos) {
    return out + fmt::format("<p class=\"note\">The diagram is not included: {}.</p>\n</section>\n",
                             html_text(input.diagram_note.empty() ? "none was drawn" : input.diagram_note));
  }
  out +=
      "<figure class=\"diagram\">\n"
      "<svg role=\"img\" aria-label=\"The theory of change diagram; the text version below it says the same in "
      "words\"";
  out.append(input.svg, at + 4);
  out += diagram_text(input.model, whole);
  out +=
      "<figcaption>Inputs, activities, outputs, short-, medium- and long-term outcomes and "
      "impact, left to right; "
      "boxes group each priority's activities and outputs. Hover over a box or an arrow for its description, "
      "assumption and evidence. \"Diagram as text\" lists every box and where its arrows go; the pathways below say "
      "the same as chains.</figcaption>\n</figure>\n";
  return out + "</section>\n";
}

}  // namespace

std::string coverage_chart_svg(const Coverage& coverage) {
  std::vector<const CoverageRow*> rows;
  for (const CoverageRow& row : coverage.by_priority) rows.push_back(&row);
  rows.push_back(&coverage.total);
  constexpr int label_width = 330, bar_width = 420, row_height = 46, top = 34;
  const int height = top + static_cast<int>(rows.size()) * row_height + 8;
  std::string out = fmt::format(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" "
      "aria-labelledby=\"chart-title\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\">\n"
      "<title id=\"chart-title\">Share of outcomes and impacts measured, and with a complete indicator, per "
      "priority</title>\n"
      "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
      "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/>"
      "<rect width=\"3\" height=\"6\" fill=\"#009E73\"/></pattern></defs>\n"
      "<rect x=\"{2}\" y=\"6\" width=\"14\" height=\"12\" fill=\"#0072B2\"/>"
      "<text x=\"{3}\" y=\"17\">measured (has an indicator)</text>\n"
      "<rect x=\"{4}\" y=\"6\" width=\"14\" height=\"12\" fill=\"url(#hatch)\" stroke=\"#007A5A\"/>"
      "<text x=\"{5}\" y=\"17\">complete (baseline, target and source)</text>\n",
      label_width + bar_width + 70, height, label_width - 200, label_width - 180, label_width + 40, label_width + 60);
  int y = top;
  for (const CoverageRow* row : rows) {
    const std::string label = shorten(row->label, 44);
    const bool total = row == &coverage.total;
    out += fmt::format("<g><title>{}: measured {}, complete {}</title>\n", html_text(row->label),
                       format_share(row->measured), format_share(row->complete));
    out += fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\"{}>{}</text>\n", label_width - 10, y + 20,
                       total ? " font-weight=\"bold\"" : "", html_text(label));
    const auto bar = [&](const Share& share, int dy, std::string_view fill, std::string_view stroke) {
      const double ratio = std::max(share.ratio(), 0.0);
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"16\" fill=\"#f2f2f2\" stroke=\"#c8c8c8\"/>",
                         label_width, y + dy, bar_width);
      out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"16\" fill=\"{}\" stroke=\"{}\"/>",
                         label_width, y + dy, ratio * bar_width, fill, stroke);
      out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>\n", label_width + bar_width + 8, y + dy + 13,
                         percent(share.count, share.total));
    };
    bar(row->measured, 4, "#0072B2", "#0072B2");
    bar(row->complete, 22, "url(#hatch)", "#007A5A");
    out += "</g>\n";
    y += row_height;
  }
  return out + "</svg>\n";
}

namespace {

std::string coverage_section(const Model& model, const Graph& graph) {
  const Coverage coverage = compute_coverage(model, graph);
  std::string out = "<section id=\"coverage\">\n<h2>Coverage</h2>\n";
  out +=
      "<p>How much of the strategy can be measured, and how well its arrows are argued. <em>Measured</em>: "
      "outcomes and impacts with at least one indicator. <em>Complete</em>: with an indicator that has a "
      "baseline, a target and a source. <em>Reach impact</em>: activities with a pathway to an impact. "
      "<em>Assumption</em>, <em>Evidence</em>: outcome steps (arrows from an outcome to an outcome or the impact, "
      "which <code>toc check</code> asks to be argued) that state one. A dash means there is nothing to count.</p>\n";
  out += "<div class=\"chart\">\n" + coverage_chart_svg(coverage) + "</div>\n";
  const auto table = [&](std::string_view caption, const std::vector<CoverageRow>& rows) {
    out += fmt::format(
        "<h3>{0}</h3>\n<table class=\"coverage\">\n<caption class=\"toc-hidden\">Coverage by "
        "{1}</caption>\n<thead><tr><th "
        "scope=\"col\">{2}</th>",
        caption, caption.substr(3),
        caption == "By priority"   ? "Priority"
        : caption == "By strategy" ? "Strategy"
                                   : "Level");
    for (const CoverageFigure& figure : coverage_figures) {
      out += fmt::format("<th scope=\"col\">{}</th>", figure.header);
    }
    out += "</tr></thead>\n<tbody>\n";
    const auto line = [&](const CoverageRow& row, bool total) {
      out += fmt::format("<tr{}><td>{}</td>", total ? " class=\"total\"" : "", html_text(row.label));
      for (const CoverageFigure& figure : coverage_figures) {
        out += fmt::format("<td class=\"figure\">{}</td>", format_share(row.*figure.share));
      }
      out += "</tr>\n";
    };
    for (const CoverageRow& row : rows) line(row, false);
    line(coverage.total, true);
    out += "</tbody>\n</table>\n";
  };
  if (!coverage.by_strategy.empty()) table("By strategy", coverage.by_strategy);
  table("By priority", coverage.by_priority);
  table("By level", coverage.by_level);
  if (!coverage.principles.empty()) {
    out +=
        "<h3>Golden threads (principles)</h3>\n<p>How far each principle runs through the work: the activities "
        "that name it, and the priorities with at least one such activity.</p>\n<table class=\"coverage\">\n"
        "<caption class=\"toc-hidden\">Golden threads: the activities and priorities that name each "
        "principle</caption>\n"
        "<thead><tr><th scope=\"col\">Principle</th><th scope=\"col\">Activities</th>"
        "<th scope=\"col\">Priorities</th></tr></thead>\n<tbody>\n";
    for (const PrincipleRow& row : coverage.principles) {
      out += fmt::format("<tr><td>{}</td><td class=\"figure\">{}</td><td class=\"figure\">{}</td></tr>\n",
                         html_text(row.label), format_share(row.activities), format_share(row.priorities));
    }
    out += "</tbody>\n</table>\n";
  }
  return out + "</section>\n";
}

/// The rules the strategy sets itself ([rule.*]), each with its figure; nothing when it sets none.
std::string rules_section(const Model& model) {
  if (model.rules.empty()) return "";
  std::string out =
      "<section id=\"rules\">\n<h2>Rules the strategy sets itself</h2>\n<table class=\"coverage\">\n"
      "<caption class=\"toc-hidden\">Rules the strategy sets itself, each with its figure and whether it "
      "holds</caption>\n"
      "<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Figure</th><th scope=\"col\">Asks "
      "for</th><th scope=\"col\">Holds</th></tr></thead>\n<tbody>\n";
  for (const RuleResult& result : evaluate_rules(model)) {
    const Rule& rule = model.rules[result.rule];
    const std::string_view verdict = !result.well_defined ? "✗ not well defined" : result.holds ? "✓ yes" : "✗ no";
    out += fmt::format("<tr><td>{} <code>{}</code></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       html_text(rule.title.empty() ? rule.id : rule.title), html_text(rule.id),
                       html_text(describe_figure(model, result)), html_text(describe_bounds(rule)), verdict);
  }
  return out + "</tbody>\n</table>\n</section>\n";
}

std::string checklist_section(const ReportInput& input, const View& whole) {
  const Model& model = input.model;
  ChecklistPlan plan = plan_checklist(model, input.graph, whole);
  if (input.data && input.progress) add_progress(plan, model, *input.data, *input.progress);
  return "<section id=\"checklist\">\n<h2>Indicator checklist</h2>\n" + checklist_html_fragment(model, plan, 3) +
         "</section>\n";
}

std::string findings_section(const Model& model, const Diagnostics& diagnostics) {
  std::string out = "<section id=\"findings\">\n<h2>Check findings</h2>\n";
  out += fmt::format(
      "<p>What <code>toc check</code> found: {} errors and {} warnings. Errors are broken "
      "logic; warnings are gaps a board may want closed.</p>\n",
      diagnostics.errors(), diagnostics.warnings());
  for (const Severity severity : {Severity::error, Severity::warning}) {
    std::vector<const Diagnostic*> found;
    for (const Diagnostic& d : diagnostics.all()) {
      if (d.severity == severity) found.push_back(&d);
    }
    const std::string_view name = severity == Severity::error ? "Errors" : "Warnings";
    out += fmt::format("<h3 class=\"severity-{}\">{} ({})</h3>\n", to_string(severity), name, found.size());
    if (found.empty()) {
      out += "<p>None.</p>\n";
      continue;
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const Diagnostic* a, const Diagnostic* b) { return a->code < b->code; });
    out += fmt::format("<table class=\"findings\">\n<caption class=\"toc-hidden\">{} found by toc check</caption>\n",
                       name);
    out +=
        "<thead><tr><th scope=\"col\">Check</th><th scope=\"col\">Finding</th>"
        "<th scope=\"col\">Where</th><th scope=\"col\">What to do</th></tr></thead>\n<tbody>\n";
    for (const Diagnostic* d : found) {
      const std::string where =
          d->range.line ? fmt::format("{}:{}", model.sources.path(d->range.file), d->range.line) : std::string();
      out += fmt::format("<tr><td><code>{}</code></td><td>{}</td><td><code>{}</code></td><td>{}</td></tr>\n",
                         html_text(d->code), html_text(d->message), html_text(where), html_text(d->help));
    }
    out += "</tbody>\n</table>\n";
  }
  return out + "</section>\n";
}

std::string pathways_section(const Model& model, const Graph& graph) {
  Diagnostics problems;
  PathsQuery query;
  query.limit = max_report_pathways;
  const Paths paths = find_paths(model, graph, query, problems);
  std::string out = "<section id=\"pathways\">\n<h2>Pathways (text)</h2>\n";
  out += fmt::format(
      "<p>Every chain of arrows to the impact, as text: the diagram's content for readers who cannot see it. "
      "Each starts at an activity or, where no activity leads to the chain's first step, at that step. {} in all.",
      count(paths.total, "pathway"));
  if (paths.left_out() > 0) {
    out += fmt::format(" The first {} are listed; <code>toc paths</code> lists them all.", paths.pathways.size());
  }
  out +=
      " Each names its weakest step: the arrow with the weakest strength the model states. Steps that state "
      "no strength are not ranked; the outcome steps among them are counted.</p>\n<ol class=\"pathways\">\n";
  const auto title = [&](NodeIndex n) { return html_text(model.nodes[n].title); };
  for (const Pathway& pathway : paths.pathways) {
    std::string chain = title(model.links[pathway.links.front()].from_node);
    for (const LinkIndex l : pathway.links) chain += " → " + title(model.links[l].to_node);
    std::string weakest = html_text(unknown_weakest(pathway));
    if (pathway.weakest != Pathway::no_step) {
      const Link& link = model.links[pathway.links[pathway.weakest]];
      weakest = fmt::format("{} → {} ({})", title(link.from_node), title(link.to_node),
                            html_text(describe_strength(link.strength)));
    }
    weakest += html_text(unstated_note(pathway));
    out += fmt::format("<li>{}<span class=\"weakest\">Weakest step: {}</span></li>\n", chain, weakest);
  }
  return out + "</ol>\n</section>\n";
}

}  // namespace

std::string report_html(const ReportInput& input) {
  const Model& model = input.model;
  const std::string title = model.strategy.title.empty() ? model.strategy.id : model.strategy.title;
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // No scripts may run, and nothing may be fetched, even if model text got past the escaping.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "img-src data:\">\n";
  out += fmt::format(
      "<title>{} — theory of change report</title>\n<style>{}{}{}</style>\n</head>\n<body>\n"
      "<a class=\"skip\" href=\"#main\">Skip to the report</a>\n",
      html_text(title), report_css, std::string(checklist_css()) + (input.progress ? progress_css() : std::string()),
      page_footer_css(title, input.made_on));
  out += header(model);
  const bool progress = input.data && input.progress;
  out += contents(model, progress);
  out += "<main id=\"main\">\n";
  out += priorities(model);
  if (progress) out += progress_section(model, input.graph, *input.data, *input.progress);
  // The whole model as one view: the diagram's text version and the checklist both list from it.
  Diagnostics ignored;
  const View whole = make_view(model, input.graph, {}, ignored);
  out += diagram(input, whole);
  if (model.is_workspace()) out += overlap_html_section(model, compute_overlap(model, input.graph));
  out += coverage_section(model, input.graph);
  out += rules_section(model);
  out += checklist_section(input, whole);
  out += findings_section(model, input.diagnostics);
  out += pathways_section(model, input.graph);
  out +=
      "</main>\n<footer><p class=\"note\">Made by toc from the model's text files; every figure above is computed "
      "from them.</p></footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace toc
