// The indicator checklist: membership rule, order, gaps, quality ticks and the writers' escaping.
#include <catch2/catch.hpp>

#include <set>

#include "products/checklist/checklist.h"
#include "support.h"
#include "view/view.h"

using namespace toc::test;

namespace {

/// Priorities declared z-first so model order and id order differ; `both` names two of them (p-z
/// twice), `gap` names p-a alone although `act` (under all three) reaches it; `loose` and `safe` name
/// none and are under all three through `act`; `stray` is reached from an input only, so it is
/// under none. `gap` and `stray` have no indicator; `shared` measures `both` and `loose` (and names
/// `both` twice).
const std::string grouping_model = R"([strategy]
id = "t"
title = "T"

[priority.p-z]
title = "Zed"

[priority.p-a]
title = "Ay"

[priority.p-none]
title = "Nothing under it"

[activity.act]
title = "Act"
priority = ["p-z", "p-a", "p-none"]
leads_to = ["both", "loose", "late"]

[outcome.late]
title = "Late"
term = "long"
priority = "p-z"
leads_to = ["safe"]

[outcome.both]
title = "Both"
term = "short"
priority = ["p-z", "p-a", "p-z"]
leads_to = ["gap"]

[outcome.loose]
title = "Loose"
term = "short"
leads_to = ["safe"]

[outcome.gap]
title = "Gap"
term = "medium"
priority = "p-a"
leads_to = ["safe"]

[input.grant]
title = "Grant"
leads_to = ["stray"]

[outcome.stray]
title = "Stray"
term = "short"
leads_to = ["safe"]

[impact.safe]
title = "Safe"

[indicator.shared]
title = "Shared"
measures = ["both", "loose", "both"]

[indicator.another]
title = "Another"
measures = "both"
description = "Defined"
baseline = { value = 1 }
target = { value = 2, date = 2027-01-01 }
source = "Survey"
owner = "Team"

[indicator.late-measure]
title = "Late measure"
measures = ["late", "safe"]
)";

toc::ChecklistPlan plan_of(const toc::Analysis& analysis) {
  REQUIRE_FALSE(analysis.diagnostics.has_errors());
  toc::Diagnostics problems;
  const toc::View view = toc::make_view(analysis.model, analysis.graph, {}, problems);
  return toc::plan_checklist(analysis.model, analysis.graph, view);
}

/// "priority: node[indicator,indicator] node[] ..." per group, for whole-plan comparisons.
std::vector<std::string> outline(const toc::Analysis& analysis, const toc::ChecklistPlan& plan) {
  std::vector<std::string> lines;
  for (const toc::ChecklistGroup& group : plan.groups) {
    std::string line = std::string(group.priority.empty() ? "-" : group.priority) + ":";
    for (const toc::ChecklistEntry& entry : group.entries) {
      line += " " + analysis.model.nodes[entry.node].id + "[";
      for (std::size_t k = 0; k < entry.indicators.size(); ++k) {
        line += (k ? "," : "") + analysis.model.indicators[entry.indicators[k]].id;
      }
      line += "]";
    }
    lines.push_back(line);
  }
  return lines;
}

}  // namespace

TEST_CASE("checklist groups outcomes by priority in model order, then the unprioritised") {
  const toc::Analysis analysis = run(grouping_model);
  const toc::ChecklistPlan plan = plan_of(analysis);
  // p-z before p-a (the order written, not id order); `both` under each priority it names, once; `gap` under the
  // one it names; `loose` and `safe` under those of `act`; chain order then id (short before medium before long
  // before impact); `stray` in the final group.
  CHECK(outline(analysis, plan) == std::vector<std::string>{
                                       "p-z: both[another,shared] loose[shared] late[late-measure] safe[late-measure]",
                                       "p-a: both[another,shared] loose[shared] gap[] safe[late-measure]",
                                       "p-none: loose[shared] safe[late-measure]",
                                       "-: stray[]",
                                   });
  CHECK(plan.groups.back().title == toc::no_priority_title);
  CHECK(plan.groups.back().entries[0].unplaced == "no activity leads to it");
  CHECK(plan.groups[1].title == "Ay");
  CHECK(plan.outcomes == 6);    // both, late, gap, loose, safe, stray: each counted once
  CHECK(plan.unmeasured == 2);  // gap, stray
  REQUIRE(plan.groups[1].entries.size() == 4);
  CHECK(plan.groups[1].entries[2].gap());
  CHECK(plan.groups[1].entries[2].unplaced.empty());
}

TEST_CASE("checklist has no final group when every outcome and impact is under a priority") {
  const toc::Analysis analysis = run(edit("term = \"short\"", "term = \"short\"\npriority = \"p\""));
  // The impact `safe` names no priority (impacts cannot); `train`, under p, leads to it.
  const toc::ChecklistPlan plan = plan_of(analysis);
  CHECK(outline(analysis, plan) == std::vector<std::string>{"p: know[i1] safe[i1]"});
}

TEST_CASE("checklist follows the view: hidden outcomes are not listed") {
  const toc::Analysis analysis = run(grouping_model);
  toc::Diagnostics problems;
  toc::ViewOptions options;
  options.levels = {toc::Kind::impact};
  const toc::View view = toc::make_view(analysis.model, analysis.graph, options, problems);
  CHECK(outline(analysis, toc::plan_checklist(analysis.model, analysis.graph, view)) ==
        std::vector<std::string>{"p-z: safe[late-measure]", "p-a: safe[late-measure]", "p-none: safe[late-measure]"});
}

TEST_CASE("quality ticks: definition, baseline, target, source, owner") {
  const toc::Analysis analysis = run(grouping_model);
  const toc::ChecklistPlan plan = plan_of(analysis);
  const auto ticks_of = [&](const std::string& id) {
    for (std::size_t i = 0; i < analysis.model.indicators.size(); ++i) {
      if (analysis.model.indicators[i].id == id) return plan.quality[i];
    }
    FAIL("no indicator " << id);
    return toc::QualityTicks{};
  };
  CHECK(ticks_of("another") == toc::QualityTicks{true, true, true, true, true});
  CHECK(ticks_of("shared") == toc::QualityTicks{false, false, false, false, false});

  toc::Indicator indicator;
  indicator.target.present = true;
  indicator.target.value = "80%";  // a figure: ticked
  indicator.owner = "Someone";
  CHECK(toc::quality_of(indicator) == toc::QualityTicks{false, false, true, false, true});
  // A target in words is pending, not a figure: not ticked (the checklist shows its words as pending).
  indicator.target.value = "to be agreed by the board";
  CHECK(toc::quality_of(indicator) == toc::QualityTicks{false, false, false, false, true});
  CHECK(toc::is_pending(indicator, indicator.target));
  CHECK(toc::quality_label(toc::Quality::source) == "Source");
}

TEST_CASE("checklist rows: one per group, outcome and indicator, gap rows included") {
  const toc::Analysis analysis = run(grouping_model);
  const auto rows = toc::checklist_rows(analysis.model, plan_of(analysis));
  REQUIRE(rows.size() == 1 + 13);  // header; p-z: 2+1+1+1, p-a: 2+1+1 (gap)+1, p-none: 1+1, final: 1 (gap)
  const std::vector<std::string>& gap = rows[9];
  CHECK(gap[3] == "gap");
  CHECK(gap[6] == toc::gap_text);
  CHECK(gap[5].empty());
  CHECK(gap.back().empty());
  const std::vector<std::string>& another = rows[1];
  CHECK(another[0] == "p-z");
  CHECK(another[2] == "Short-term outcome");
  CHECK(another[5] == "another");
  CHECK(another[9] == "1");
  CHECK(another[10].empty());
  CHECK(another[12] == "2027-01-01");
  CHECK(rows.back()[1] == toc::no_priority_title);
  for (const auto& row : rows) CHECK(row.size() == rows.front().size());
}

TEST_CASE("CSV quotes fields with quotes, commas and line breaks, with CRLF line ends") {
  const toc::Analysis analysis = run(edit("title = \"People know more\"", "title = \"=say \\\"hi\\\", then\\nleave\""));
  const std::string csv = toc::checklist_csv(analysis.model, plan_of(analysis));
  CHECK(csv.find(",\"'=say \"\"hi\"\", then\nleave\",") != std::string::npos);
  CHECK(csv.find("Priority id,Priority,Level,") == 0);
  CHECK(csv.find("\r\n") != std::string::npos);
  CHECK(csv.find("\n") == csv.find("\r\n") + 1);  // the header ends CRLF, not bare LF
}

TEST_CASE("Markdown escapes table and markup characters and flattens line breaks") {
  const toc::Analysis analysis = run(edit("title = \"People know more\"", "title = \"a | b <i>c</i>\\nd *e*\""));
  const std::string markdown = toc::checklist_markdown(analysis.model, plan_of(analysis));
  CHECK(markdown.find("a \\| b \\<i\\>c\\</i\\> d \\*e\\*") != std::string::npos);
  CHECK(markdown.find("- [x] Baseline") != std::string::npos);
  CHECK(markdown.find("- [ ] Owner") != std::string::npos);
}

TEST_CASE("the HTML fragment is sections and tables only, with model text escaped") {
  const toc::Analysis analysis = run(edit("title = \"People know more\"", "title = \"<script>x</script> & 'q'\""));
  const std::string fragment = toc::checklist_html_fragment(analysis.model, plan_of(analysis), 3);
  CHECK(fragment.find("<section class=\"toc-checklist\">") == 0);
  CHECK(fragment.find("&lt;script&gt;x&lt;/script&gt; &amp; &#39;q&#39;") != std::string::npos);
  CHECK(fragment.find("<script") == std::string::npos);
  CHECK(fragment.find("<style") == std::string::npos);
  CHECK(fragment.find("<html") == std::string::npos);
  CHECK(fragment.find("<h3 class=\"toc-group\">") != std::string::npos);
  CHECK(fragment.find("<h2") == std::string::npos);
}

TEST_CASE("checklist formats: one table, each with one writer; names and extensions unique") {
  std::set<std::string_view> names;
  std::set<std::string_view> extensions;
  for (const toc::ChecklistFormat& format : toc::checklist_formats()) {
    INFO(format.name);
    CHECK(names.insert(format.name).second);
    REQUIRE(!format.extensions.empty());
    for (const std::string_view extension : format.extensions) CHECK(extensions.insert(extension).second);
    CHECK(!format.description.empty());
    CHECK((format.write_text == nullptr) != (format.write_file == nullptr));
    CHECK(format.binary() == (format.name == "xlsx"));
  }
  CHECK(names == std::set<std::string_view>{"md", "csv", "html", "xlsx"});
}

TEST_CASE("an outcome or impact naming no priority is listed under those of the activities that reach it") {
  // clean_model: train (under p) -> trained -> know -> safe; know and safe name no priority.
  const toc::Analysis analysis = run(clean_model);
  CHECK(outline(analysis, plan_of(analysis)) == std::vector<std::string>{"p: know[i1] safe[i1]"});
}

TEST_CASE("an outcome or impact under no priority says why") {
  // stray is reached only from an activity that names no priority; fed only from an input.
  const toc::Analysis analysis = run(clean_model +
                                     "[activity.loose]\ntitle = \"Loose\"\nleads_to = [\"stray\"]\n"
                                     "[outcome.stray]\ntitle = \"Stray\"\nterm = \"short\"\nleads_to = [\"safe\"]\n"
                                     "[input.money]\ntitle = \"Money\"\nleads_to = [\"fed\"]\n"
                                     "[outcome.fed]\ntitle = \"Fed\"\nterm = \"short\"\nleads_to = [\"safe\"]\n");
  const toc::ChecklistPlan plan = plan_of(analysis);
  CHECK(outline(analysis, plan) == std::vector<std::string>{"p: know[i1] safe[i1]", "-: fed[] stray[]"});
  const std::string markdown = toc::checklist_markdown(analysis.model, plan);
  CHECK(markdown.find("Under no priority: no activity leads to it.") != std::string::npos);
  CHECK(markdown.find("Under no priority: the activity that leads to it, 'loose', names no priority.") !=
        std::string::npos);
  const std::string html = toc::checklist_html_fragment(analysis.model, plan);
  CHECK(html.find("Under no priority: no activity leads to it.") != std::string::npos);
}

TEST_CASE("a baseline or target in words is pending, not a figure") {
  const toc::Analysis analysis = run(edit("baseline = { value = 1, date = 2025-01-01 }",
                                          "baseline = { value = \"to be set from the first cohort\" }"));
  const toc::ChecklistPlan plan = plan_of(analysis);
  // Not ticked: the board cannot track a figure nobody has yet.
  CHECK_FALSE(plan.quality[0][static_cast<std::size_t>(toc::Quality::baseline)]);
  CHECK(plan.quality[0][static_cast<std::size_t>(toc::Quality::target)]);
  const std::string markdown = toc::checklist_markdown(analysis.model, plan);
  CHECK(markdown.find("pending: to be set from the first cohort") != std::string::npos);
  CHECK(markdown.find("- [ ] Baseline (pending)") != std::string::npos);
  const std::string html = toc::checklist_html_fragment(analysis.model, plan);
  CHECK(html.find("Pending") != std::string::npos);
  CHECK(html.find("to be set from the first cohort") != std::string::npos);
  // A number written as text is a figure, as is text that starts with one.
  for (const char* figure : {"\"40%\"", "\"1,104\"", "\"£346 million (2017-2018)\"", "12.5"}) {
    const toc::Analysis counted = run(edit("value = 1,", std::string("value = ") + figure + ","));
    INFO(figure);
    CHECK(plan_of(counted).quality[0][static_cast<std::size_t>(toc::Quality::baseline)]);
  }
}
