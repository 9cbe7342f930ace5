// The keys of [indicator.<id>] that say how its measurements are judged: measure, levels,
// targets (milestones), tolerance and lag_days (docs/progress.md).
#pragma once

#include "base/diagnostic.h"
#include "load/table_reader.h"
#include "model/model.h"

namespace toc {

/// Reads those keys of the indicator table `read` into `indicator`. Reports wrong-type,
/// missing-field and bad-value (levels without an ordinal measure, milestones out of order, a
/// negative tolerance or lag).
void decode_judging(TableReader& read, Indicator& indicator, FileId file, Diagnostics& diagnostics);

}  // namespace toc
