// orphan's test, shared with the checks that leave orphans to it (dead-end, unsupported).
#pragma once

#include "check/check.h"

namespace toc::checks {

/// True for a node with no links in or out.
bool is_orphan(const Graph& graph, NodeIndex node);

}  // namespace toc::checks
