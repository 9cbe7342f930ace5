// The checklist of a model with measurements: Latest and Status columns in every format; none
// without measurements.
#include <catch2/catch.hpp>

#include "products/checklist/checklist.h"
#include "products/progress_shown.h"
#include "view/view.h"

using namespace toc;
using namespace toc::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

ChecklistPlan plan_of(const Judged& j, bool progress) {
  Diagnostics ignored;
  const View view = make_view(j.analysis.model, j.analysis.graph, {}, ignored);
  ChecklistPlan plan = plan_checklist(j.analysis.model, j.analysis.graph, view);
  if (progress) add_progress(plan, j.analysis.model, j.run.data, j.run.progress);
  return plan;
}

}  // namespace

TEST_CASE("checklist progress: without measurements, the columns are as they were") {
  const Judged j = judged_for_products();
  const ChecklistPlan plan = plan_of(j, false);
  CHECK_FALSE(plan.with_progress());
  const auto rows = checklist_rows(j.analysis.model, plan);
  CHECK(rows.front().size() == 21);
  CHECK(rows.front().back() == "Has owner");
  CHECK_FALSE(has(checklist_markdown(j.analysis.model, plan), "Latest"));
  CHECK_FALSE(has(checklist_html_page(j.analysis.model, plan), "status-"));
}

TEST_CASE("checklist progress: each indicator's latest figure and status, at the end of every row") {
  const Judged j = judged_for_products();
  const ChecklistPlan plan = plan_of(j, true);
  REQUIRE(plan.with_progress());
  const auto rows = checklist_rows(j.analysis.model, plan);
  REQUIRE(rows.front().size() == 23);
  CHECK(rows.front()[21] == "Latest");
  CHECK(rows.front()[22] == "Status");
  bool share = false, story = false;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 23);  // gap rows too
    if (row[5] == "share") {
      share = true;
      CHECK(row[21] == "42 in 2025-05 (provisional)");
      CHECK(row[22] == "not moving");
    }
    if (row[5] == "story") {
      story = true;
      CHECK(row[21] == "<script>alert(1)</script> it helped in 2025-Q1");  // whole; writers escape it
      CHECK(row[22] == "reported");
    }
  }
  CHECK(share);
  CHECK(story);
  CHECK(has(checklist_summary(plan), "Latest figures and statuses as of 2025-06-30"));
}

TEST_CASE("checklist progress: Markdown and HTML show the status by symbol and words") {
  const Judged j = judged_for_products();
  const ChecklistPlan plan = plan_of(j, true);
  const std::string markdown = checklist_markdown(j.analysis.model, plan);
  CHECK(has(markdown, "| Unit | Direction | Baseline | Target | Source | Frequency | Owner | Latest | Status |"));
  CHECK(has(markdown, "| 42 in 2025-05 (provisional) | ≈ not moving |"));
  CHECK(has(markdown, "\\<script\\>alert(1)\\</script\\> it helped in 2025-Q1"));
  const std::string html = checklist_html_page(j.analysis.model, plan);
  CHECK(has(html, "<td class=\"toc-status\"><span class=\"status status-not-moving\">"));
  CHECK(has(html, "&lt;script&gt;alert(1)&lt;/script&gt; it helped in 2025-Q1"));
  CHECK(has(html, ".status-not-moving { background:"));
  CHECK_FALSE(has(html, "<script>"));
}
