// toc diff: what changed between two revisions of a model, for a board or a reviewer.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "cli_common.h"
#include "cli_output.h"
#include "command.h"
#include "products/diff/diff.h"
#include "products/diff/diff_format.h"

namespace toc::cli {
namespace {

namespace fs = std::filesystem;

struct DiffOptions {
  std::vector<std::string> models;
  std::string format = "text";
  std::string output = "-";
  std::string git;
};

/// `text` quoted for /bin/sh.
std::string shell_quote(const std::string& text) {
  std::string quoted = "'";
  for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

/// Runs `command` with /bin/sh and returns its stdout without the trailing newline; "" and
/// `ok = false` when it fails. Its stderr (git's own message) goes to the user.
std::string run_command(const std::string& command, bool& ok) {
  std::string out;
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    ok = false;
    return out;
  }
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) out.append(buffer, n);
  ok = pclose(pipe) == 0;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

/// A temporary folder holding the model's folder as it was at a git revision; removed on destruction.
class Checkout {
 public:
  ~Checkout() {
    std::error_code ignored;
    if (!folder_.empty()) fs::remove_all(folder_, ignored);
  }

  /// Extracts the folder of `model` at `revision` (git archive | tar); returns "" or why not.
  std::string extract(const std::string& model, const std::string& revision) {
    bool ok = false;
    const fs::path model_path = fs::weakly_canonical(fs::absolute(model));
    const std::string top = run_command(
        fmt::format("git -C {} rev-parse --show-toplevel", shell_quote(model_path.parent_path().string())), ok);
    if (!ok) return fmt::format("cannot use --git: '{}' is not in a git checkout", model);
    relative_ = model_path.lexically_relative(fs::weakly_canonical(top));
    char pattern[] = "/tmp/toc-diff-XXXXXX";
    if (!mkdtemp(pattern)) return "cannot make a temporary folder for the old revision";
    folder_ = pattern;
    const std::string archive = (folder_ / "revision.tar").string();
    run_command(fmt::format("git -C {} archive --format=tar -o {} {} -- {}", shell_quote(top), shell_quote(archive),
                            shell_quote(revision), shell_quote(relative_.parent_path().string())),
                ok);
    if (!ok)
      return fmt::format("cannot read '{}' at git revision '{}' (see git's message above)", relative_.string(),
                         revision);
    run_command(fmt::format("tar -xf {} -C {}", shell_quote(archive), shell_quote(folder_.string())), ok);
    if (!ok) return fmt::format("cannot unpack '{}' at git revision '{}'", relative_.string(), revision);
    return "";
  }

  /// The old revision's root file.
  std::string model() const { return (folder_ / relative_).string(); }
  std::string folder() const { return folder_.string() + "/"; }

 private:
  fs::path folder_;
  fs::path relative_;  ///< the model's path in the repository
};

/// Findings of the old revision point into the temporary folder; show them as "REV:path" instead.
void name_revision(ModelDiff& diff, const std::string& folder, const std::string& revision) {
  for (Change& change : diff.changes) {
    if (change.where.rfind(folder, 0) == 0) change.where = revision + ":" + change.where.substr(folder.size());
  }
}

std::string format_diff(const ModelDiff& diff, const DiffLabels& labels, const std::string& format) {
  if (format == "json") return format_diff_json(diff, labels);
  if (format == "md") return format_diff_markdown(diff, labels);
  return format_diff_text(diff, labels);
}

int run_diff(const DiffOptions& options) {
  const bool git = !options.git.empty();
  if (options.models.size() != (git ? 1u : 2u)) {
    return fail(git ? "with --git, give one model: toc diff --git REV models/x/strategy.toml"
                    : "give two models: toc diff old/strategy.toml new/strategy.toml (or --git REV with one)");
  }
  Checkout checkout;
  std::string old_model = options.models.front();
  DiffLabels labels{old_model, options.models.back()};
  if (git) {
    if (std::string error = checkout.extract(options.models.front(), options.git); !error.empty()) return fail(error);
    old_model = checkout.model();
    labels = {fmt::format("{} at {}", options.models.front(), options.git), options.models.front()};
  }
  const Analysis& before = analyze(old_model);
  if (!before.loaded) return fail(before.failure);
  const Analysis& after = analyze(options.models.back());
  if (!after.loaded) return fail(after.failure);
  ModelDiff diff = diff_models(before, after);
  if (git) name_revision(diff, checkout.folder(), options.git);
  if (std::string refused = refuse_model_files(options.output, before.model.sources); !refused.empty()) {
    return fail(refused);
  }
  const std::string text = format_diff(diff, labels, options.format);
  if (std::string error = say_written(write_output(options.output, text, after.model.sources), options.output);
      !error.empty()) {
    return fail(error);
  }
  return exit_ok;
}

const Registration registered{
    40, [](CLI::App& toc) -> Run {
      auto options = std::make_shared<DiffOptions>();
      CLI::App* command = toc.add_subcommand(
          "diff", "Show what changed between two revisions of a model: nodes, links, indicators, findings, coverage");
      command
          ->add_option("models", options->models,
                       "The old and the new model's root TOML file; with --git, only the model (its working copy is "
                       "the new revision)")
          ->required()
          ->expected(1, 2)
          ->type_name("OLD.toml NEW.toml");
      command->add_option("--git", options->git,
                          "Compare the model's working copy with its folder at this git revision, e.g. HEAD~1 or main");
      command->add_option("--format", options->format, "Output format: text, md (Markdown) or json")
          ->check(CLI::IsMember({"text", "md", "json"}))
          ->capture_default_str();
      add_quiet_flag(*command);
      command->add_option("-o,--output", options->output, "Write the diff to this file ('-' for stdout)")
          ->capture_default_str();
      return [options] { return run_diff(*options); };
    }};

}  // namespace
}  // namespace toc::cli
