// The board report: its sections, the inline diagram, and escaping of every model text.
#include <catch2/catch.hpp>

#include "products/report/report.h"
#include "products/starter/starter.h"
#include "support.h"

using namespace toc::test;

namespace {

std::string report_of(const toc::Analysis& analysis, std::string svg, std::string note = {}) {
  REQUIRE_FALSE(analysis.diagnostics.has_errors());
  return toc::report_html({analysis.model, analysis.graph, analysis.diagnostics, std::move(svg), std::move(note)});
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("the report holds every section a board paper needs") {
  const toc::Analysis analysis = run(clean_model);
  const std::string html = report_of(analysis, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg id=\"d\"></svg>\n");
  for (const char* id : {"priorities", "diagram", "coverage", "checklist", "findings", "pathways"}) {
    CHECK(has(html, std::string("<section id=\"") + id + "\""));
  }
  CHECK(has(html, "<h1>Test strategy</h1>"));
  CHECK(has(html, "<dt>Period</dt><dd>2025-01-01 to 2027-12-31</dd>"));
  // The diagram is inlined without its XML prolog, which is not allowed inside HTML, as an image
  // with a label, and its text version follows it.
  CHECK(has(html,
            "<figure class=\"diagram\">\n<svg role=\"img\" aria-label=\"The theory of change diagram; the text "
            "version below it says the same in words\" id=\"d\"></svg>\n<details class=\"diagram-text\">"));
  CHECK_FALSE(has(html, "<?xml"));
  CHECK(has(html, "@media print"));
  CHECK_FALSE(has(html, "<script"));
  // One pathway: train -> trained -> know -> safe.
  CHECK(has(html, "<li>Training → People trained → People know more → People are safe"));
}

TEST_CASE("without a diagram the report says why") {
  const toc::Analysis analysis = run(clean_model);
  const std::string html = report_of(analysis, "", "the model is too big");
  CHECK(has(html, "The diagram is not included: the model is too big."));
}

TEST_CASE("the report escapes model text everywhere") {
  const toc::Analysis analysis =
      run(edit("title = \"Test strategy\"", "title = \"<b>&amp;</b>\"\nvision = \"<script>x</script>\""));
  const std::string html = report_of(analysis, "");
  CHECK(has(html, "<h1>&lt;b&gt;&amp;amp;&lt;/b&gt;</h1>"));
  CHECK(has(html, "<dd>&lt;script&gt;x&lt;/script&gt;</dd>"));
  CHECK_FALSE(has(html, "<script>"));
}

TEST_CASE("the report lists findings under their severity") {
  const toc::Analysis analysis =
      run(edit("[impact.safe]", "[outcome.lonely]\ntitle = \"Lonely\"\nterm = \"short\"\n\n[impact.safe]"));
  const std::string html = report_of(analysis, "");
  CHECK(has(html, "<h3 class=\"severity-error\">Errors (0)</h3>\n<p>None.</p>"));
  CHECK(has(html, "<h3 class=\"severity-warning\">Warnings ("));
  CHECK(has(html, "<code>orphan</code>"));
}

TEST_CASE("the coverage chart draws a measured and a complete bar per priority and the total") {
  const toc::Analysis analysis = run(clean_model);
  const std::string svg = toc::coverage_chart_svg(toc::compute_coverage(analysis.model, analysis.graph));
  CHECK(has(svg, "<title>Total: measured 2/2 (100%), complete 2/2 (100%)</title>"));
  CHECK(has(svg, "fill=\"url(#hatch)\""));  // complete differs by pattern, not colour alone
}

TEST_CASE("the coverage chart rounds its percentages as the tables do") {
  // Two outcomes of three measured: 67%, as format_share says, not 66%.
  const toc::Analysis analysis = run(edit("[impact.safe]",
                                          "[outcome.more]\ntitle = \"More\"\nterm = \"long\"\n"
                                          "leads_to = [\"safe\"]\n\n[impact.safe]") +
                                     "[[link]]\nfrom = \"know\"\nto = \"more\"\nassumption = \"A\"\n");
  const std::string svg = toc::coverage_chart_svg(toc::compute_coverage(analysis.model, analysis.graph));
  CHECK(has(svg, "<title>Total: measured 2/3 (67%), complete 2/3 (67%)</title>"));
  CHECK(has(svg, ">67%</text>"));
  CHECK_FALSE(has(svg, "66%"));
}

TEST_CASE("a model from toc init shows its priority's outcomes and coverage") {
  std::map<std::string, std::string> files;
  for (const toc::StarterFile& file : toc::starter_files()) files["m/" + std::string(file.name)] = file.text;
  const toc::Analysis analysis = run(files, "m/" + std::string(toc::starter_root));
  const std::string html = report_of(analysis, "");
  // Its outcome and impact name no priority, but the priority's activity leads to both.
  CHECK(has(html, "<tr><td>Reach young people at risk early</td><td class=\"figure\">2/2 (100%)</td>"));
  CHECK_FALSE(has(html, "<td>Not under a priority</td>"));
  CHECK_FALSE(has(html, "No outcome or impact"));
  const std::size_t group = html.find("<code class=\"toc-id\">early-intervention</code></h3>");
  REQUIRE(group != std::string::npos);
  CHECK(html.find("<code class=\"toc-id\">trusted-relationships</code>", group) != std::string::npos);
  CHECK(html.find("<code class=\"toc-id\">fewer-harmed</code>", group) != std::string::npos);
}

TEST_CASE("a workspace report's coverage by strategy is headed Strategy") {
  const toc::Analysis analysis = two_strategy_workspace();
  const std::string html = report_of(analysis, "");
  CHECK(has(html,
            "<h3>By strategy</h3>\n<table class=\"coverage\">\n<caption class=\"toc-hidden\">Coverage by "
            "strategy</caption>\n<thead><tr><th scope=\"col\">Strategy</th>"));
  CHECK(has(html,
            "<h3>By level</h3>\n<table class=\"coverage\">\n<caption class=\"toc-hidden\">Coverage by "
            "level</caption>\n<thead><tr><th scope=\"col\">Level</th>"));
}

TEST_CASE("the report counts in words that agree with the number") {
  const std::string rule =
      "[rule.primary]\ntitle = \"Primary\"\nselect = { kind = \"activity\", prevention = \"primary\" }\n"
      "of = { kind = \"activity\" }\nmin_share = 1\n";
  const toc::Analysis analysis = run(edit("priority = \"p\"\n", "priority = \"p\"\nprevention = \"primary\"\n") + rule);
  const std::string html = report_of(analysis, "");
  CHECK(has(html, "<dd>1 priority, 5 nodes, 4 links, 1 indicator</dd>"));
  CHECK(has(html, "1 of 1 activity (100%) is an activity with primary prevention"));
  CHECK(has(html, "1 pathway in all"));
  CHECK_FALSE(has(html, "1 indicators"));
}

TEST_CASE("the report's pathways say where they start, and name the weakest step by its titles") {
  // An outcome nothing leads to starts a pathway of its own; know -> safe is weak.
  const toc::Analysis analysis = run(edit("assumption = \"Knowledge changes practice\"\n",
                                          "assumption = \"Knowledge changes practice\"\nstrength = \"emerging\"\n") +
                                     "[outcome.alone]\ntitle = \"Alone\"\nterm = \"short\"\nleads_to = [\"safe\"]\n"
                                     "[[link]]\nfrom = \"alone\"\nto = \"safe\"\nassumption = \"A\"\n");
  const std::string html = report_of(analysis, "");
  CHECK_FALSE(has(html, "Every chain of arrows from an activity to the impact"));
  CHECK(has(html, "where no activity leads to the chain's first step"));
  CHECK(has(html, "Weakest step: People know more → People are safe (emerging)"));
}
