// level-inversion's test, shared with the checks that leave such arrows to it (cycle, missing-assumption).
#pragma once

#include "check/check.h"

namespace toc::checks {

/// True for a link that goes down the chain without being marked as feedback.
bool is_level_inversion(const Model& model, const Link& link);

}  // namespace toc::checks
