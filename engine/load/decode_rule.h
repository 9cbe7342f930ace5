// Stage "model", [rule.<id>] tables: a selection of nodes and a bound on its count or share.
#pragma once

#include <toml++/toml.h>

#include "base/diagnostic.h"
#include "model/model.h"

namespace toc {

/// Decodes the [rule.<id>] table `table` into `model.rules`, reporting wrong-type,
/// missing-field, bad-value and unknown-key. A rule whose definition is broken is still kept
/// when its bounds could be read, so unknown ids in its selection are reported by the graph stage.
void decode_rule(const toml::key& key, const toml::table& table, FileId file, Model& model, Diagnostics& diagnostics);

}  // namespace toc
