// The board report's progress section (docs/progress.md, "The board report"): a summary of the
// indicators' statuses by priority, the pathways where the theory may be failing, then a card
// per indicator with a small chart (progress_chart.h), its status in words, symbol and colour,
// and a caption saying how it was judged. Only for a model with measurements.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/graph.h"
#include "model/model.h"
#include "progress/measurements.h"
#include "progress/progress.h"

namespace toc {

/// The section: <section id="progress"> with its headings at h2 and h3.
std::string progress_section(const Model& model, const Graph& graph, const Measurements& data,
                             const Progress& progress);

/// The style sheet the section's class names expect (a status class per status among them).
std::string progress_css();

/// The card of indicator `indicator` (an index into Model::indicators): a heading, the status
/// badge, the chart (`number` makes its ids unique in the page), a key to its marks and a caption.
std::string progress_card(const Model& model, const Graph& graph, const Measurements& data, const Progress& progress,
                          std::uint32_t indicator, std::size_t number);

/// The caption of an indicator's chart, in words: how it was judged and why, the latest figure,
/// provisional figures and gaps, freshness. It is the chart's text alternative as well.
std::string progress_caption(const Model& model, const Measurements& data, const Progress& progress,
                             const IndicatorProgress& judged);

}  // namespace toc
