// A model with measurements for the products that show progress (the report's progress section,
// the checklist's columns, render --status): progress_support.h's model, with figures that give a
// trajectory on track, an XmR chart with a gap and a provisional point, levels, words, and a
// pathway finding (trained -> know).
#pragma once

#include <fmt/format.h>

#include "progress/progress_support.h"

namespace toc::test {

/// The progress model judged as of 2025-06-30: `trained-count` on track (12 months to 2025-03),
/// `share` not moving (13 months from 2024-04 without 2024-09, the last provisional, in %), `phase`
/// improving for two groups, `story` reported; the step trained -> know is a pathway finding.
inline Judged judged_for_products() {
  std::string csv = "indicator,period,value,group,status\n";
  for (int m = 0; m < 12; ++m) {
    csv += fmt::format("trained-count,{}-{:02},{},,final\n", 2024 + (3 + m) / 12, (3 + m) % 12 + 1, 50 * (m + 1));
  }
  const int share[] = {40, 42, 41, 43, 40, 0, 42, 41, 40, 43, 42, 41, 40, 42};
  for (int m = 0; m < 14; ++m) {
    if (m == 5) continue;  // 2024-09: no figure
    csv += fmt::format("share,{}-{:02},{},,{}\n", 2024 + (3 + m) / 12, (3 + m) % 12 + 1, share[m],
                       m == 13 ? "provisional" : "final");
  }
  csv += "phase,2024-Q2,aware,<b>school</b>,final\nphase,2024-Q2,aware,b,final\n";
  csv += "phase,2025-Q1,responsive,<b>school</b>,final\nphase,2025-Q1,aware,b,final\n";
  csv += "story,2025-Q1,\"<script>alert(1)</script> it helped\",,final\n";
  return judge_csv(csv, {2025, 6, 30});
}

}  // namespace toc::test
