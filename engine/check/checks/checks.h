// The checks, one per file in this folder. Registered in registry.cpp.
#pragma once

#include "check/check.h"

namespace toc::checks {

void level_inversion(const CheckContext& context, Report& report);
void cycle(const CheckContext& context, Report& report);
void orphan(const CheckContext& context, Report& report);
void dead_end(const CheckContext& context, Report& report);
void unsupported(const CheckContext& context, Report& report);
void no_priority(const CheckContext& context, Report& report);
void empty_priority(const CheckContext& context, Report& report);
void missing_indicator(const CheckContext& context, Report& report);
void incomplete_indicator(const CheckContext& context, Report& report);
void target_outside_period(const CheckContext& context, Report& report);
void missing_assumption(const CheckContext& context, Report& report);
void unused_principle(const CheckContext& context, Report& report);
void rule(const CheckContext& context, Report& report);

/// True for a link that goes down the chain without being marked as feedback.
bool is_level_inversion(const Model& model, const Link& link);
/// True for a node with no links in or out.
bool is_orphan(const Graph& graph, NodeIndex node);

}  // namespace toc::checks
