#include "products/starter/starter.h"

namespace toc {

namespace {

constexpr std::string_view strategy_toml = R"(# A starter theory-of-change model, written by `toc init`.
#
# It describes a fictional youth violence prevention partnership so that every part of the
# format has an example. Replace its text with your own strategy's. It states no real figures:
# where a number belongs, the comments say so.
#
# The format is described in full in docs/model-format.md (in the toc repository).
# Check the model with:   toc check strategy.toml
# Draw it with:           toc render strategy.toml -o strategy.svg

# ── The strategy: one [strategy] table, in this root file ──────────────────────────────
[strategy]
id = "youth-violence-prevention"   # required; letters, digits, '-' and '_' only
title = "Youth Violence Prevention Partnership Strategy"   # required
description = "How the partners work together to prevent violence affecting young people."
vision = "Young people in the area grow up safe from violence"
owner = "Community Safety Partnership"
start = 2025-04-01                 # TOML dates take no quotes
end = 2028-03-31                   # indicator targets dated outside start..end are flagged
include = ["indicators.toml"]      # more files, relative to this one; globs like "parts/*.toml" work
# When figures come in, list the CSV files that hold them (indicator,period,value per row) and run
# toc progress strategy.toml to see how each indicator is going (docs/progress.md):
# measurements = ["data/measurements.csv"]

# ── Priorities: what the strategy commits to; activities (and outcomes) name them ──────
[priority.early-intervention]
title = "Reach young people at risk early"
description = "Work with young people before they are drawn into violence."
owner = "Youth Service"

# ── The chain: input → activity → output → outcome → impact ───────────────────────────
# One table per node, keyed by its kind and an id that is unique across all files.
# leads_to names the nodes this one contributes to (one id, or a list of ids).

[input.partnership-funding]
title = "Pooled partnership funding for youth work"
description = "What the partners put in: money, staff time and venues."
leads_to = "detached-youth-work"

[activity.detached-youth-work]
title = "Detached youth workers meet young people where they spend time"
owner = "Youth Service"
tags = ["community", "youth-work"]   # free labels
priority = "early-intervention"      # the priority (or list of priorities) it serves
prevention = "secondary"             # "primary" | "secondary" | "tertiary"
leads_to = ["young-people-engaged"]

[output.young-people-engaged]
title = "Young people at risk take part in regular youth work sessions"
leads_to = ["trusted-relationships"]

[outcome.trusted-relationships]
title = "Young people at risk have a trusted relationship with a youth worker"
term = "short"                       # required on outcomes: "short" | "medium" | "long"
leads_to = ["fewer-harmed"]

[impact.fewer-harmed]
title = "Fewer young people are harmed by violence"

# ── [[link]]: an arrow with more to say than leads_to ─────────────────────────────────
# Say why one step leads to the next: these assumptions are the claims a board will test.
# This one annotates the outcome → impact arrow already drawn by leads_to above.
[[link]]
from = "trusted-relationships"
to = "fewer-harmed"
assumption = "A young person with a trusted adult is more likely to seek help and to stay away from situations where violence happens"
# When you can point to evidence, add it and say how strong it is:
# evidence = "the evaluation or study you rely on"
# strength = "moderate"              # "strong" | "moderate" | "emerging" | "none"

# ── [checks]: how this model treats a check ─────────────────────────────────────────────
# A new strategy has no figures yet, so its baselines and targets are words (indicators.toml):
# the checklist shows them as pending and coverage does not count them complete. toc check would
# also warn of each (pending-figure); that reminder is off while every figure is still to come.
# Delete this line once the partnership has its first figures, so that any still missing are named.
[checks]
pending-figure = "off"
)";

constexpr std::string_view indicators_toml =
    R"(# Indicators: how each outcome and impact will be measured. Included from strategy.toml.
#
# Give the figures the partnership actually has. Where it has none yet, say so in words, as
# below, or leave the key out: toc check then reminds you (pending-figure, once you switch it back
# on in strategy.toml; incomplete-indicator), which is honest; an invented figure is not. A value is a number (value = 40, or "40%") or words;
# words are a figure still pending, shown as pending in the checklist and not counted complete.

[indicator.trusted-adult-share]
title = "Share of young people in the sessions who name a trusted adult"
description = "Asked in the session feedback survey."
measures = "trusted-relationships"   # the outcome(s) or impact(s) it measures: an id or a list
unit = "%"
direction = "increase"               # "increase" | "decrease": which way is better
baseline = { value = "to be set by the first survey", date = 2025-09-30 }
target = { value = "to be agreed by the partnership board", date = 2028-03-31 }
source = "Youth Service session feedback survey"
frequency = "quarterly"              # also says when figures are overdue; or set lag_days = 45
owner = "Youth Service"
measure = "percentage"               # "count" | "rate" | "percentage" | "ordinal" | "text"
# Milestones on the way to the target, once agreed, and how far off them still counts as on track:
# targets = [{ value = 50, date = 2026-03-31 }, { value = 65, date = 2027-03-31 }]
# tolerance = 5

[indicator.violence-harm]
title = "Young people harmed by violence"
measures = ["fewer-harmed"]
unit = "young people per year"
direction = "decrease"
baseline = { value = "to be taken from the year before the strategy starts", date = 2025-03-31 }
target = { value = "to be agreed by the partnership board", date = 2028-03-31 }
source = "Community Safety Partnership violence data"
frequency = "annually"
measure = "count"
owner = "Community Safety Partnership analyst"
)";

}  // namespace

const std::vector<StarterFile>& starter_files() {
  static const std::vector<StarterFile> files{{starter_root, strategy_toml}, {"indicators.toml", indicators_toml}};
  return files;
}

}  // namespace toc
