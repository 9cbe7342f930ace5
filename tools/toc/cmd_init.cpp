// toc init: a small, valid, commented starter model to edit.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "cli_output.h"
#include "command.h"
#include "products/starter/starter.h"

namespace toc::cli {
namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string folder = ".";
};

/// "strategy.toml" in the current folder, else "folder/strategy.toml": how the user would write it.
std::string target_path(const std::string& folder, std::string_view name) {
  if (folder == "." || folder.empty()) return std::string(name);
  return (fs::path(folder) / name).generic_string();
}

/// Why the starter cannot be written into `folder`, or "". Every file is checked before any is
/// written, so a refusal leaves the folder exactly as it was.
std::string refusal(const std::string& folder) {
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) {
    return fmt::format("'{}' is a file, not a folder", folder);
  }
  for (const StarterFile& file : starter_files()) {
    const std::string target = target_path(folder, file.name);
    // symlink_status: a dangling link counts as existing, since writing would replace it.
    if (fs::exists(fs::symlink_status(target, error))) {
      return fmt::format(
          "'{}' already exists; toc init never overwrites a file, so nothing was written "
          "(choose an empty folder: toc init <folder>)",
          target);
    }
  }
  return "";
}

int run_init(const InitOptions& options) {
  if (std::string refused = refusal(options.folder); !refused.empty()) return fail(refused);
  std::error_code error;
  fs::create_directories(options.folder, error);
  if (error) return fail(fmt::format("cannot create the folder '{}': {}", options.folder, error.message()));
  std::string written;
  for (const StarterFile& file : starter_files()) {
    const std::string target = target_path(options.folder, file.name);
    if (std::string failed = write_output(target, std::string(file.text)); !failed.empty()) return fail(failed);
    written += (written.empty() ? "" : ", ") + target;
  }
  std::cout << fmt::format("wrote {}\nnext: edit them, then run  toc check {}\n", written,
                           target_path(options.folder, starter_root));
  return exit_ok;
}

const Registration registered{
    5, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<InitOptions>();
      CLI::App* command = toc.add_subcommand(
          "init", "Write a small, commented starter model (strategy.toml and indicators.toml) to edit");
      command->add_option("folder", options->folder, "The folder to write it in; created if missing")
          ->capture_default_str();
      return [options] { return run_init(*options); };
    }};

}  // namespace
}  // namespace toc::cli
