#include "load/load.h"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "base/limits.h"
#include "load/decode.h"
#include "load/table_reader.h"

namespace toc {

namespace {

namespace fs = std::filesystem;

std::string normal(const fs::path& path) {
  std::string result = path.lexically_normal().generic_string();
  return result.empty() ? "." : result;
}

/// Position of the first NUL byte, which marks a binary file that TOML cannot hold.
SourceRange find_nul(std::string_view text, FileId file) {
  const std::size_t at = text.find('\0');
  if (at == std::string_view::npos) return {};
  const std::string_view before = text.substr(0, at);
  const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
  const std::size_t line_start = before.rfind('\n');
  const auto column = static_cast<std::uint32_t>(at - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1);
  return {file, line, column, line, column};
}

/// A hint for the TOML mistakes people make most, keyed by a fragment of toml++'s message.
std::string syntax_hint(std::string_view message) {
  static constexpr std::pair<std::string_view, std::string_view> hints[] = {
      {"unescaped control characters",
       "is a closing quote missing? a string ends on the line it starts, or use \"\"\" for several lines"},
      {"cannot redefine existing table", "each [kind.id] table may appear once; ids are unique across the whole model"},
      {"cannot redefine existing", "each key may appear once in a table"},
      {"could not determine value type", "text values need quotes, e.g. id = \"my-id\"; dates are written 2025-03-31"},
      {"invalid utf-8", "save the file as UTF-8 text"},
  };
  for (const auto& [fragment, hint] : hints) {
    if (message.find(fragment) != std::string_view::npos) return std::string(hint);
  }
  return {};
}

/// toml++'s verdict on a text. Neither a tree nor an error: the text holds a NUL byte.
struct Parse {
  std::optional<toml::table> table;
  std::optional<toml::parse_error> error;
};

Parse parse_text(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return {};
  try {
    // No source path: toml++ would give every key and value a shared_ptr to it, two atomic
    // counts per node (about 3% of a 100k-node check); accept() gives ranges their FileId.
    return {toml::parse(text), std::nullopt};
  } catch (const toml::parse_error& error) {
    return {std::nullopt, error};
  }
}

/// The tree of `parse`, or nothing after reporting the syntax-error that says why: the one place
/// where a text that is not TOML becomes a diagnostic.
std::optional<toml::table> accept(Parse parse, const SourceSet& sources, FileId file, Diagnostics& diagnostics) {
  if (parse.table) return std::move(parse.table);
  if (!parse.error) {
    diagnostics.error("syntax-error", find_nul(sources.file(file).text, file),
                      "this is not a text file (it contains a NUL byte)", "a model is a UTF-8 TOML text file");
    return std::nullopt;
  }
  SourceRange range = to_range(parse.error->source(), file);
  range.end_line = range.line;
  range.end_column = range.column;
  std::string message(parse.error->description());
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
  while (!message.empty() && (message.back() == '.' || message.back() == '\n')) message.pop_back();
  diagnostics.error("syntax-error", range, message, syntax_hint(message));
  return std::nullopt;
}

/// One file read and, if it could be read whole, parsed.
struct ReadFile {
  ReadStatus status = ReadStatus::unreadable;
  std::string text;
  Parse parse;
};

ReadFile read_and_parse(FileSystem& files, const std::string& path, const LoadOptions& options) {
  ReadFile file;
  file.status = files.read(path, file.text, limits::max_file_bytes);
  if (file.status == ReadStatus::ok) file.parse = parse_text(file.text);
  // A JSON report quotes no lines: the text is not needed once it has parsed.
  if (file.parse.table && !options.keep_text) std::string().swap(file.text);
  return file;
}

class Loader {
 public:
  Loader(FileSystem& files, Diagnostics& diagnostics, Model& model, const LoadOptions& options)
      : files_(files), diagnostics_(diagnostics), model_(model), options_(options) {}

  bool load_root(const std::string& path, std::string& failure) {
    root_dir_ = normal(fs::path(path).parent_path());
    ReadFile file = read_and_parse(files_, path, options_);
    if (file.status != ReadStatus::ok && file.status != ReadStatus::too_large) {
      failure = fmt::format("cannot read '{}': {}", path, describe(file.status));
      return false;
    }
    const std::string root = normal(path);
    stack_.push_back(root);
    loaded_.insert(root);
    parse(path, std::move(file), true, {});
    return true;
  }

 private:
  /// The files one include names, or the bad-include that says why it names none.
  struct Target {
    std::vector<std::string> paths;
    std::string problem, help;
  };

  /// Decodes one file, then follows its includes depth-first.
  void parse(const std::string& path, ReadFile read, bool is_root, SourceRange included_at) {
    const FileId file = model_.sources.add(path, read.status == ReadStatus::ok ? std::move(read.text) : std::string());
    if (read.status == ReadStatus::too_large) {
      diagnostics_.error("limit", included_at.known() ? included_at : SourceRange{file, 1, 1, 1, 1},
                         fmt::format("'{}' is larger than the limit of {} MiB", path, limits::max_file_bytes >> 20),
                         "split the model into several files with include = [...]");
      return;
    }
    std::optional<toml::table> document = accept(std::move(read.parse), model_.sources, file, diagnostics_);
    if (!document) return;
    const std::vector<IncludeEntry> includes = decode_file(*document, file, is_root, model_, diagnostics_);
    document.reset();  // decoded: the tree is not held while the included files load
    for (const IncludeEntry& include : includes) {
      Target target = resolve(path, include);
      if (!target.problem.empty()) {
        diagnostics_.error("bad-include", include.range, std::move(target.problem), std::move(target.help));
      }
      for (const std::string& next : target.paths) open(next, include);
    }
  }

  Target resolve(const std::string& from, const IncludeEntry& include) {
    const fs::path pattern(include.pattern);
    if (include.pattern.empty() || pattern.is_absolute()) {
      return {{}, fmt::format("include '{}' must be a path relative to the including file", include.pattern), {}};
    }
    const std::string joined = normal(fs::path(from).parent_path() / pattern);
    const std::string relative = fs::path(joined).lexically_relative(root_dir_).generic_string();
    if (relative.empty() || relative.rfind("..", 0) == 0) {
      return {{},
              fmt::format("include '{}' leaves the model's folder '{}'", include.pattern, root_dir_),
              "keep every file of a model in the root file's folder or below it"};
    }
    const bool is_glob = include.pattern.find_first_of("*?[") != std::string::npos;
    std::vector<std::string> paths = is_glob ? expand(joined) : std::vector<std::string>{joined};
    if (paths.empty()) {
      return {{},
              fmt::format("include '{}' matches no file", include.pattern),
              "check the folder and the pattern; '*' matches within one folder"};
    }
    return {std::move(paths), {}, {}};
  }

  void open(const std::string& path, const IncludeEntry& include) {
    if (!admit(path, include)) return;
    ReadFile file = read_and_parse(files_, path, options_);
    if (file.status != ReadStatus::ok && file.status != ReadStatus::too_large) {
      diagnostics_.error("bad-include", include.range,
                         fmt::format("cannot include '{}': {}", include.pattern, describe(file.status)));
      return;
    }
    stack_.push_back(path);
    parse(path, std::move(file), false, include.range);
    stack_.pop_back();
  }

  /// Whether `path` is to be read now; reports a cycle or a limit when it is not.
  bool admit(const std::string& path, const IncludeEntry& include) {
    if (const auto it = std::find(stack_.begin(), stack_.end(), path); it != stack_.end()) {
      std::string chain;
      for (auto at = it; at != stack_.end(); ++at) chain += *at + " -> ";
      diagnostics_.error("include-cycle", include.range, fmt::format("include cycle: {}{}", chain, path),
                         "a file may not include itself, directly or through other files");
      return false;
    }
    if (!loaded_.insert(path).second) return false;  // already read through another include
    if (stack_.size() > limits::max_include_depth) {
      diagnostics_.error("limit", include.range,
                         fmt::format("includes nest deeper than the limit of {}", limits::max_include_depth));
      return false;
    }
    if (model_.sources.size() >= limits::max_files) {
      diagnostics_.error("limit", include.range,
                         fmt::format("the model has more than the limit of {} files", limits::max_files));
      return false;
    }
    return true;
  }

  /// Files matching a glob; wildcards work within each path segment.
  std::vector<std::string> expand(const std::string& pattern) {
    std::vector<std::string> matches{""};
    const fs::path path(pattern);
    const auto last = std::prev(path.end());
    for (auto segment = path.begin(); segment != path.end(); ++segment) {
      const std::string part = segment->generic_string();
      const bool final = segment == last;
      std::vector<std::string> next;
      for (const std::string& base : matches) {
        const std::string prefix = base.empty() ? "" : (base == "/" ? base : base + "/");
        if (part.find_first_of("*?[") == std::string::npos) {
          next.push_back(prefix + part);
          continue;
        }
        for (const DirEntry& entry : files_.list(base.empty() ? "." : base)) {
          if (entry.is_directory == final || entry.name.front() == '.') continue;
          if (fnmatch(part.c_str(), entry.name.c_str(), FNM_PERIOD) == 0) next.push_back(prefix + entry.name);
        }
      }
      matches = std::move(next);
    }
    return matches;
  }

  FileSystem& files_;
  Diagnostics& diagnostics_;
  Model& model_;
  std::string root_dir_;
  std::vector<std::string> stack_;
  std::set<std::string> loaded_;
  const LoadOptions options_;
};

}  // namespace

std::optional<toml::table> parse_source(const SourceSet& sources, FileId file, Diagnostics& diagnostics) {
  return accept(parse_text(sources.file(file).text), sources, file, diagnostics);
}

std::string_view describe(ReadStatus status) {
  switch (status) {
    case ReadStatus::not_found:
      return "no such file";
    case ReadStatus::is_directory:
      return "it is a directory";
    case ReadStatus::unreadable:
      return "it could not be read";
    case ReadStatus::too_large:
      return "it is too large";
    case ReadStatus::ok:
      break;
  }
  return "";
}

bool load_into(const std::string& root_path, FileSystem& files, Diagnostics& diagnostics, Model& model,
               std::string& failure, const LoadOptions& options) {
  Loader loader(files, diagnostics, model, options);
  return loader.load_root(root_path, failure);
}

LoadResult load_model(const std::string& root_path, FileSystem& files, Diagnostics& diagnostics,
                      const LoadOptions& options) {
  LoadResult result;
  result.loaded = load_into(root_path, files, diagnostics, result.model, result.failure, options);
  return result;
}

}  // namespace toc
