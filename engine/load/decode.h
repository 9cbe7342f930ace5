// Stage "model": turns one parsed TOML file into typed entities appended to a Model.
// Reports unknown-key, wrong-type, missing-field, bad-value, bad-id and limit.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "base/diagnostic.h"
#include "model/model.h"

namespace toc {

/// An `include` entry of a file's [strategy] table, with where it was written.
struct IncludeEntry {
  std::string pattern;
  SourceRange range;
};

/// Appends what `document` declares to `model`. Strategy fields other than `include` are
/// taken only from the root file. Returns the file's include entries for the loader.
std::vector<IncludeEntry> decode_file(const toml::table& document, FileId file, bool is_root, Model& model,
                                      Diagnostics& diagnostics);

/// What a [checks] entry may be set to, in CheckSetting's order: "error", "warning", "off".
const std::vector<std::string_view>& check_settings();

/// Reads a [checks] table (`code = "error" | "warning" | "off"`) into `checks`; the codes
/// themselves are validated by the check stage.
void decode_checks(const toml::table& table, FileId file, std::map<std::string, CheckOverride, std::less<>>& checks,
                   Diagnostics& diagnostics);

}  // namespace toc
