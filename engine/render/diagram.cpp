#include "render/diagram.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "base/reading_order.h"
#include "base/text.h"
#include "products/progress/progress_format.h"
#include "products/progress/status_look.h"

namespace toc {

namespace {

/// The shown nodes by band, then as written (order_band), and the arrows by the ids at their ends.
/// Orders the nodes of one band (given in reading order) so that every arrow between two of them
/// points onward: each node comes after those of the band that lead to it, and otherwise as
/// written. A cycle (only feedback links may close one; toc check reports others) is broken at the
/// earliest node written.
void order_band(const Model& model, const View& view, std::vector<NodeIndex>& band) {
  if (band.size() < 2) return;
  std::map<NodeIndex, std::size_t> position;  // in reading order
  for (std::size_t i = 0; i < band.size(); ++i) position[band[i]] = i;
  std::vector<std::size_t> waiting(band.size(), 0);  // arrows from band nodes not yet placed
  std::vector<std::vector<std::size_t>> onward(band.size());
  for (const ViewLink& link : view.links) {
    if (!link.is_path() && model.links[link.link].feedback) continue;
    const auto from = position.find(link.from);
    const auto to = position.find(link.to);
    if (from == position.end() || to == position.end() || from->second == to->second) continue;
    onward[from->second].push_back(to->second);
    ++waiting[to->second];
  }
  std::vector<NodeIndex> ordered;
  std::vector<bool> placed(band.size(), false);
  while (ordered.size() < band.size()) {
    std::size_t next = band.size();
    for (std::size_t i = 0; i < band.size() && next == band.size(); ++i) {
      if (!placed[i] && waiting[i] == 0) next = i;
    }
    for (std::size_t i = 0; i < band.size() && next == band.size(); ++i) {
      if (!placed[i]) next = i;  // a cycle: the earliest written goes first
    }
    placed[next] = true;
    ordered.push_back(band[next]);
    for (const std::size_t to : onward[next]) {
      if (waiting[to] > 0) --waiting[to];
    }
  }
  band = std::move(ordered);
}

void sort_view(const Model& model, const View& view, DiagramPlan& plan) {
  const auto id = [&](NodeIndex n) { return std::string_view(model.nodes[n].id); };
  plan.nodes = view.nodes;
  // By band, and inside a band as the files are written (reading_order.h), moved only so that
  // arrows within the band point onward.
  sort_as_written(plan.nodes, [&](NodeIndex n) { return model.nodes[n].range; });
  std::stable_sort(plan.nodes.begin(), plan.nodes.end(),
                   [&](NodeIndex a, NodeIndex b) { return chain_level(model.nodes[a]) < chain_level(model.nodes[b]); });
  for (auto begin = plan.nodes.begin(); begin != plan.nodes.end();) {
    const int level = chain_level(model.nodes[*begin]);
    const auto end =
        std::find_if(begin, plan.nodes.end(), [&](NodeIndex n) { return chain_level(model.nodes[n]) != level; });
    std::vector<NodeIndex> band(begin, end);
    order_band(model, view, band);
    std::copy(band.begin(), band.end(), begin);
    begin = end;
  }
  plan.links = view.links;
  std::sort(plan.links.begin(), plan.links.end(), [&](const ViewLink& a, const ViewLink& b) {
    return std::make_tuple(id(a.from), id(a.to)) < std::make_tuple(id(b.from), id(b.to));
  });
}

/// Each finding of `issues` that starts where a shown node's id does, attached to that node.
void attach_findings(const Model& model, const Diagnostics& issues, DiagramPlan& plan) {
  std::map<std::tuple<FileId, std::uint32_t, std::uint32_t>, NodeIndex> at;
  for (const NodeIndex n : plan.nodes) {
    const SourceRange& range = model.nodes[n].range;
    at[{range.file, range.line, range.column}] = n;
  }
  for (const Diagnostic& d : issues.all()) {
    const auto it = at.find({d.range.file, d.range.line, d.range.column});
    if (it != at.end()) plan.findings[it->second].push_back(&d);
  }
}

/// Activities go in the box of their preferred (else first) priority; an output goes in the box
/// of the first activity, by id, that leads to it.
void assign_boxes(const Model& model, std::string_view prefer_priority, DiagramPlan& plan) {
  for (const NodeIndex n : plan.nodes) {
    const Node& node = model.nodes[n];
    if (node.kind != Kind::activity || node.priorities.empty()) continue;
    const auto preferred = std::find_if(node.priorities.begin(), node.priorities.end(),
                                        [&](const Ref& p) { return p.id == prefer_priority; });
    plan.box_of[n] = (preferred != node.priorities.end() ? *preferred : node.priorities.front()).id;
  }
  for (const ViewLink& link : plan.links) {
    if (model.nodes[link.to].kind == Kind::output && !plan.box_of.count(link.to) && plan.box_of.count(link.from) &&
        model.nodes[link.from].kind == Kind::activity) {
      plan.box_of[link.to] = plan.box_of[link.from];
    }
  }
  for (const NodeIndex n : plan.nodes) {
    if (const auto it = plan.box_of.find(n); it != plan.box_of.end()) plan.boxes[it->second].push_back(n);
  }
}

/// In a workspace, the strategies with nodes shown, in order.
void list_members(const Model& model, DiagramPlan& plan) {
  if (!model.is_workspace()) return;
  std::vector<char> shown(model.members.size(), 0);
  for (const NodeIndex n : plan.nodes) {
    if (const std::size_t m = plan.member_of(model, n); m != no_member) shown[m] = 1;
  }
  for (std::size_t m = 0; m < shown.size(); ++m) {
    if (shown[m]) plan.members.push_back(m);
  }
}

/// The indicators measuring each shown node, drawn beside the first; the nodes' roll-ups; the
/// statuses the legend explains.
void attach_status(const Model& model, const Progress& progress, const Measurements& data, DiagramPlan& plan) {
  plan.with_status = true;
  std::map<std::string_view, NodeIndex> shown;
  for (const NodeIndex n : plan.nodes) shown.emplace(model.nodes[n].id, n);
  for (const Rollup& rollup : progress.rollups) {
    if (rollup.scope == Rollup::Scope::node && shown.count(model.nodes[rollup.index].id)) {
      plan.status_of[rollup.index] = rollup.counts;
    }
  }
  std::vector<char> in_legend(status_count, 0);
  for (std::uint32_t i = 0; i < model.indicators.size() && i < progress.indicators.size(); ++i) {
    DiagramIndicator drawn{i, no_node, {}, progress.indicators[i].status, {}};
    for (const NodeIndex n : plan.nodes) {
      const auto& measures = model.indicators[i].measures;
      if (std::any_of(measures.begin(), measures.end(), [&](const Ref& r) { return r.id == model.nodes[n].id; })) {
        drawn.measures.push_back(n);
      }
    }
    if (drawn.measures.empty()) continue;
    drawn.anchor = drawn.measures.front();
    if (progress.indicators[i].latest()) drawn.latest = latest_figure(model, data, progress.indicators[i], 40);
    in_legend[static_cast<std::size_t>(drawn.status)] = 1;
    plan.indicators.push_back(std::move(drawn));
  }
  std::sort(plan.indicators.begin(), plan.indicators.end(), [&](const DiagramIndicator& a, const DiagramIndicator& b) {
    return model.indicators[a.indicator].id < model.indicators[b.indicator].id;
  });
  for (const auto& [n, counts] : plan.status_of) in_legend[static_cast<std::size_t>(headline_status(counts))] = 1;
  for (std::size_t s = 0; s < status_count; ++s) {
    if (in_legend[s]) plan.legend.push_back(static_cast<Status>(s));
  }
}

}  // namespace

std::string status_line(const StatusCounts& counts) {
  std::string line;
  for (std::size_t s = 0; s < status_count; ++s) {
    if (counts[s] == 0) continue;
    const Status status = static_cast<Status>(s);
    line += fmt::format("{}{} {} {}", line.empty() ? "" : ", ", look_of(status).symbol, counts[s], to_string(status));
  }
  return line;
}

std::string indicator_label(const Model& model, const DiagramIndicator& drawn, std::size_t limit) {
  return fmt::format("{}\n{} {}{}", wrap(model.indicators[drawn.indicator].title, limit), look_of(drawn.status).symbol,
                     to_string(drawn.status), drawn.latest.empty() ? "" : "\n" + drawn.latest);
}

KindColours colours_of(Kind kind) {
  switch (kind) {
    case Kind::input:
      return {"#FBE3B8", "#B07800"};
    case Kind::activity:
      return {"#CBE6F6", "#0072B2"};
    case Kind::output:
      return {"#C4EBDD", "#007A5A"};
    case Kind::outcome:
      return {"#FAF3B4", "#8A7D00"};
    case Kind::impact:
      return {"#F1D4E5", "#A24F80"};
  }
  return {};
}

std::string priority_title(const Model& model, std::string_view id) {
  const auto it =
      std::find_if(model.priorities.begin(), model.priorities.end(), [&](const Priority& p) { return p.id == id; });
  return it != model.priorities.end() ? it->title : std::string(id);
}

std::string wrap(std::string_view text, std::size_t limit) {
  std::string out;
  std::size_t line = 0;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \n", at), text.size());
    const std::string_view word = text.substr(at, end - at);
    if (!word.empty()) {
      if (line > 0 && line + 1 + code_points(word) > limit) {
        out += '\n';
        line = 0;
      } else if (line > 0) {
        out += ' ';
        ++line;
      }
      out += word;
      line += code_points(word);
    }
    if (end < text.size() && text[end] == '\n') {
      out += '\n';
      line = 0;
    }
    at = end + 1;
  }
  return out;
}

DiagramPlan plan_diagram(const Model& model, const View& view, const DiagramOptions& options) {
  DiagramPlan plan;
  sort_view(model, view, plan);
  for (const Indicator& indicator : model.indicators) {
    for (const Ref& ref : indicator.measures) plan.measured.insert(ref.id);
  }
  if (options.issues) attach_findings(model, *options.issues, plan);
  assign_boxes(model, options.prefer_priority, plan);
  if (options.progress && options.data) attach_status(model, *options.progress, *options.data, plan);
  list_members(model, plan);
  return plan;
}

}  // namespace toc
