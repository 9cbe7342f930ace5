// toc: the command line. Parses arguments, calls the engine, prints, and picks the exit status:
// 0 no errors, 1 errors found (or warnings with --strict), 2 could not run.
#include <iostream>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "cli_output.h"
#include "toc/analyze.h"
#include "toc/diagnostic_format.h"
#include "toc/file_system.h"

namespace {

constexpr int exit_ok = 0;
constexpr int exit_problems = 1;
constexpr int exit_cannot_run = 2;

int fail(const std::string& message) {
  std::cerr << "toc: error: " << message << "\n";
  return exit_cannot_run;
}

struct CheckOptions {
  std::string model;
  std::string format = "text";
  std::string output = "-";
  bool strict = false;
};

int run_check(const CheckOptions& options) {
  toc::DiskFileSystem disk;
  // Kept until exit on purpose, like clang's -disable-free: the process ends right after,
  // and freeing a 100k-node model node by node costs more than the operating system does.
  static const toc::Analysis& analysis = *new toc::Analysis(toc::analyze(options.model, disk));
  if (!analysis.loaded) return fail(analysis.failure);
  const toc::Diagnostics& diagnostics = analysis.diagnostics;
  std::string report;
  if (options.format == "json") {
    report = toc::format_json(diagnostics, analysis.model.sources);
  } else {
    report = toc::format_text(diagnostics, analysis.model.sources);
    if (!report.empty()) report += '\n';
    const toc::Model& model = analysis.model;
    report += analysis.incomplete
                  ? fmt::format("{}: {} (the model could not be read whole, so its graph was not checked)\n",
                                options.model, toc::format_counts(diagnostics))
                  : fmt::format("{}: {}, {}, {}, {}: {}\n", options.model, toc::count(model.sources.size(), "file"),
                                toc::count(model.nodes.size(), "node"), toc::count(model.links.size(), "link"),
                                toc::count(model.indicators.size(), "indicator"), toc::format_counts(diagnostics));
  }
  if (std::string error = toc::cli::write_output(options.output, report); !error.empty()) return fail(error);
  if (diagnostics.has_errors() || (options.strict && diagnostics.warnings() > 0)) return exit_problems;
  return exit_ok;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"toc: theory-of-change models as text, checked like code.\n"
               "Exit status: 0 no errors, 1 errors found, 2 could not run.",
               "toc"};
  app.set_version_flag("--version", "toc 0.1.0");
  app.require_subcommand(1);
  app.failure_message(CLI::FailureMessage::help);

  CheckOptions check;
  CLI::App* check_command = app.add_subcommand("check", "Check a model and print its diagnostics, compiler-style");
  check_command->add_option("model", check.model, "The model's root TOML file, e.g. models/x/strategy.toml")->required();
  check_command->add_option("--format", check.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  check_command->add_option("-o,--output", check.output, "Write the report to this file ('-' for stdout)")
      ->capture_default_str();
  check_command->add_flag("--strict", check.strict, "Fail (exit 1) on warnings too");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return exit_cannot_run;
  }

  try {
    if (check_command->parsed()) return run_check(check);
  } catch (const std::exception& e) {
    // The engine reports problems as diagnostics; anything else is a bug, but never a stack trace.
    return fail(fmt::format("internal error: {} (please report this with the model that caused it)", e.what()));
  }
  return exit_cannot_run;
}
