#include "render/printed.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "base/escape.h"
#include "render/diagram.h"
#include "render/graphviz_render.h"

namespace toc {

namespace {

const std::vector<Kind> chain_start = {Kind::input, Kind::activity, Kind::output};
const std::vector<Kind> chain_end = {Kind::outcome, Kind::impact};

/// Label widths tried for each page: wide labels suit a tall diagram on a landscape page, narrow
/// ones a wide diagram. The one that lets the page print largest wins.
constexpr std::size_t printed_wraps[] = {18, 24, 30, 38};

/// No more pages than this come from splitting: past it, pages print small rather than many.
constexpr std::size_t max_pages = 200;

struct Planned {
  std::string heading;
  ViewOptions view;
};

bool has_activity(const Model& model, const std::string& priority) {
  return std::any_of(model.nodes.begin(), model.nodes.end(), [&](const Node& node) {
    return node.kind == Kind::activity &&
           std::any_of(node.priorities.begin(), node.priorities.end(), [&](const Ref& p) { return p.id == priority; });
  });
}

/// The first pages of a printed model: its outcomes and impact, then each priority with activities.
std::vector<Planned> first_pages(const Model& model) {
  std::vector<Planned> pages;
  pages.push_back({"Outcomes and impact (arrows through activities and outputs are kept)", {{}, {}, {}, chain_end}});
  for (const Priority& priority : model.priorities) {
    if (!has_activity(model, priority.id)) continue;
    pages.push_back(
        {fmt::format("Priority: {} — its activities and all they lead to", priority.title), {priority.id, {}, {}, {}}});
  }
  if (pages.size() == 1) pages.push_back({"The whole model", {}});
  return pages;
}

/// Per node: in `view` and at one of the chain levels `from`..`to` (chain_level()).
std::vector<char> at_levels(const Model& model, const View& view, int from, int to) {
  std::vector<char> only(model.nodes.size(), 0);
  for (const NodeIndex n : view.nodes) {
    const int level = chain_level(model.nodes[n]);
    only[n] = level >= from && level <= to;
  }
  return only;
}

/// The page's tallest band (the chain level with most boxes) in `parts` runs, in model order, each
/// with the boxes it has arrows with on the page; boxes with no arrow to that band go with the
/// first run. Fewer runs when the band has fewer boxes; none when it has one.
std::vector<std::vector<char>> band_runs(const Model& model, const View& view, std::size_t parts) {
  std::size_t per_level[std::size(bands)] = {};
  for (const NodeIndex n : view.nodes) ++per_level[chain_level(model.nodes[n])];
  const auto tallest = static_cast<int>(std::max_element(std::begin(per_level), std::end(per_level)) - per_level);
  std::vector<NodeIndex> band;
  for (const NodeIndex n : view.nodes) {
    if (chain_level(model.nodes[n]) == tallest) band.push_back(n);
  }
  parts = std::min(parts, band.size());
  if (parts < 2) return {};
  std::vector<char> in_band(model.nodes.size(), 0);
  for (const NodeIndex n : band) in_band[n] = 1;
  std::vector<char> placed(model.nodes.size(), 0);
  std::vector<std::vector<char>> runs;
  for (std::size_t part = 0; part < parts; ++part) {
    std::vector<char> only(model.nodes.size(), 0);
    for (std::size_t i = part * band.size() / parts; i < (part + 1) * band.size() / parts; ++i) only[band[i]] = 1;
    for (const ViewLink& link : view.links) {
      if (only[link.from] && in_band[link.from] && !in_band[link.to]) only[link.to] = placed[link.to] = 1;
      if (only[link.to] && in_band[link.to] && !in_band[link.from]) only[link.from] = placed[link.from] = 1;
    }
    runs.push_back(std::move(only));
  }
  for (const NodeIndex n : view.nodes) {
    if (!in_band[n] && !placed[n]) runs.front()[n] = 1;
  }
  return runs;
}

/// The narrower pages that `page` (drawn from `view` at `scale`) splits into; none when it
/// splits no further.
std::vector<Planned> split(const Model& model, const Planned& page, const View& view, double scale, double readable) {
  const ViewOptions& options = page.view;
  if (!options.focus.empty()) return {};
  std::vector<Planned> parts;
  if (options.priority.empty() && options.levels == chain_end && options.only.empty()) {
    for (const Priority& priority : model.priorities) {
      if (!has_activity(model, priority.id)) continue;
      parts.push_back({fmt::format("Priority: {} — the outcomes and impact its work leads to", priority.title),
                       {priority.id, {}, {}, chain_end}});
    }
    if (parts.size() > 1) return parts;
    parts.clear();  // one priority or none: split by band below
  }
  if (options.levels.empty() && options.only.empty()) {
    const std::string whose = options.priority.empty()
                                  ? "The whole model"
                                  : fmt::format("Priority: {}", priority_title(model, options.priority));
    return {{whose + " — inputs, activities and outputs", {options.priority, {}, {}, chain_start}},
            {whose + " — the outcomes and impact its work leads to", {options.priority, {}, {}, chain_end}}};
  }
  if (options.levels == chain_end && options.only.empty()) {
    // The outcome bands in two overlapping pages, so that every arrow between neighbouring bands
    // is drawn on one of them.
    constexpr int short_term = 3;  // chain_level(): short-, medium-, long-term outcomes 3..5, impact 6
    constexpr int impact = 6;
    parts.push_back({page.heading + ": short and medium term", options});
    parts.back().view.only = at_levels(model, view, short_term, short_term + 1);
    parts.push_back({page.heading + ": medium and long term, and the impact", options});
    parts.back().view.only = at_levels(model, view, short_term + 1, impact);
    return parts;
  }
  // A band too tall for the page: as many runs of it as the scale asks for.
  const auto wanted = static_cast<std::size_t>(std::ceil(readable / std::max(scale, 0.01)));
  const std::vector<std::vector<char>> runs = band_runs(model, view, std::max<std::size_t>(wanted, 2));
  for (std::size_t i = 0; i < runs.size(); ++i) {
    parts.push_back({fmt::format("{} (part {} of {})", page.heading, i + 1, runs.size()), options});
    parts.back().view.only = runs[i];
  }
  return parts;
}

std::string key_of(const ViewOptions& view) {
  std::string key = view.priority + "|" + view.focus + "|" + (view.depth ? std::to_string(*view.depth) : "") + "|";
  for (const Kind kind : view.levels) key += fmt::format("{},", to_string(kind));
  return key + "|" + std::string(view.only.begin(), view.only.end());
}

/// Draws `planned` at each label width and keeps the one that prints largest.
std::string draw(const Model& model, const View& view, const Planned& planned, const DotOptions& dot_options,
                 const Paper& paper, PrintedPage& page) {
  DotOptions options = dot_options;
  options.diagram.prefer_priority = planned.view.priority;
  options.title = false;  // the page has a heading, and the document's title in its footer
  page = {planned.heading, planned.view, {}, -1};
  for (const std::size_t wrap : printed_wraps) {
    options.wrap = wrap;
    RenderResult svg = render_dot(to_dot(model, view, options), "svg");
    if (!svg.error.empty()) return svg.error;
    for (const bool turn : {false, true}) {
      const double scale = page_scale(svg.bytes, turn ? turned(paper) : paper);
      if (scale > page.scale) {
        page.scale = scale;
        page.turned = turn;
        page.svg = svg.bytes;
      }
    }
  }
  return "";
}

}  // namespace

PrintPlan plan_printed_pages(const Model& model, const Graph& graph, const ViewOptions& asked,
                             const DotOptions& dot_options, const Paper& paper, double readable) {
  PrintPlan plan;
  const bool named = !asked.priority.empty() || !asked.focus.empty() || !asked.levels.empty();
  std::vector<Planned> queue;
  if (named) {
    std::string heading = !asked.priority.empty() ? "Priority: " + priority_title(model, asked.priority)
                          : !asked.focus.empty()  ? "Around '" + asked.focus + "'"
                                                  : "Levels:";
    for (const Kind kind : asked.levels) heading += fmt::format(" {}", to_string(kind));
    queue.push_back({heading, asked});
  } else {
    queue = first_pages(model);
  }
  std::reverse(queue.begin(), queue.end());  // a stack: the next page is at the back
  std::set<std::string> planned;
  while (!queue.empty()) {
    const Planned next = std::move(queue.back());
    queue.pop_back();
    if (!planned.insert(key_of(next.view)).second) continue;
    Diagnostics ignored;
    const View view = make_view(model, graph, next.view, ignored);
    PrintedPage page;
    if (std::string error = draw(model, view, next, dot_options, paper, page); !error.empty()) {
      plan.error = std::move(error);
      return plan;
    }
    if (page.scale < readable && !named && plan.pages.size() + queue.size() < max_pages) {
      std::vector<Planned> parts = split(model, next, view, page.scale, readable);
      if (!parts.empty()) {
        queue.insert(queue.end(), std::make_move_iterator(parts.rbegin()), std::make_move_iterator(parts.rend()));
        continue;
      }
    }
    if (page.scale < readable) plan.too_small.push_back(page.heading);
    plan.pages.push_back(std::move(page));
  }
  return plan;
}

std::vector<PdfPage> pdf_pages_of(const PrintPlan& plan, const std::string& title) {
  std::vector<PdfPage> pages;
  if (plan.pages.size() > 1) {
    // The key: what each page shows, as an SVG of text lines (11 pt, wrapped at 95 characters).
    constexpr double line = 15;
    constexpr double width = 600;
    std::string body;
    double y = 15;
    const auto add = [&](const std::string& text, bool bold, double indent = 0) {
      const std::string wrapped = wrap(text, 95);
      for (std::size_t start = 0; start < wrapped.size();) {
        const std::size_t end = std::min(wrapped.find('\n', start), wrapped.size());
        body += fmt::format("<text x=\"{}\" y=\"{}\"{}>{}</text>\n", indent, y, bold ? " font-weight=\"bold\"" : "",
                            escape::xml(std::string_view(wrapped).substr(start, end - start)));
        y += line;
        indent = std::max(indent, 12.0);  // a wrapped line stands under the text, not the margin
        start = end + 1;
      }
    };
    add(title, true);
    add("The diagram is printed in parts, each on a page of its own:", false);
    for (std::size_t i = 0; i < plan.pages.size(); ++i)
      add(fmt::format("page {}: {}", i + 2, plan.pages[i].heading), false);
    y += line / 2;
    add("Boxes: inputs, activities, outputs, outcomes (short, medium and long term) and the impact, left to right. "
        "A page draws the arrows between its own boxes; 'toc report' lists every pathway in words.",
        false);
    pages.push_back({"Key: what each page shows",
                     fmt::format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}pt\" height=\"{1}pt\" "
                                 "viewBox=\"0 0 {0} {1}\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\" "
                                 "fill=\"#262626\">\n{2}</svg>\n",
                                 width, y, body),
                     y > 500});  // a long key on a portrait page
  }
  for (const PrintedPage& page : plan.pages) pages.push_back({page.heading, page.svg, page.turned});
  return pages;
}

}  // namespace toc
