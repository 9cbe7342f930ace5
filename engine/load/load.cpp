#include "load/load.h"

#include <fnmatch.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>

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

/// toml++'s verdict on a text, reached without the Model, so a worker thread can compute it.
/// Neither a tree nor an error: the text holds a NUL byte.
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
  int worker = -1;  // the ReadAhead worker that parsed it, or -1
};

ReadFile read_and_parse(FileSystem& files, const std::string& path, const LoadOptions& options) {
  ReadFile file;
  file.status = files.read(path, file.text, limits::max_file_bytes);
  if (file.status == ReadStatus::ok) file.parse = parse_text(file.text);
  // Released on the thread that read it, into its own malloc arena (see ReadAhead::recycle).
  if (file.parse.table && !options.keep_text) std::string().swap(file.text);
  return file;
}

/// Reads and parses files ahead of the loader on worker threads (one per core, at most four), so
/// that toml++ parses the next files while the loader decodes this one. The loader still takes
/// the files one by one in its own order: a file no worker has started yet, or one never asked
/// for, it reads and parses itself. At most `workers_` files are being parsed or wait parsed, so
/// at most that many toml++ trees are held beyond the one being decoded. With one core there are
/// no workers.
class ReadAhead {
 public:
  ReadAhead(FileSystem& files, const LoadOptions& options) : files_(files), options_(options) {
    const unsigned cores = std::thread::hardware_concurrency();
    workers_ = cores < 2 ? 0 : std::min(cores, 4u);
    trash_.resize(workers_);
  }

  ~ReadAhead() {
    {
      const std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    changed_.notify_all();
    for (std::thread& thread : threads_) thread.join();
  }

  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;

  /// Queues `paths`, in their order, before everything queued earlier: the loader goes depth-first,
  /// so the files a file includes are needed before that file's later siblings.
  void want(const std::vector<std::string>& paths) {
    if (workers_ == 0 || paths.empty()) return;
    std::size_t jobs = 0;
    {
      const std::lock_guard lock(mutex_);
      auto at = queue_.begin();
      for (const std::string& path : paths) {
        if (jobs_.try_emplace(path).second) at = std::next(queue_.insert(at, path));
      }
      jobs = jobs_.size();
    }
    try {
      // Fewer threads than files to parse: take() parses a file nobody has started, so one file
      // needs no thread at all. That matters beyond the thread's own cost: while `toc render`'s
      // Graphviz warm-up dlopens pango and its forty libraries, glibc holds the lock that
      // pthread_create needs, and starting a thread here would stall the whole load behind it.
      const std::size_t wanted = std::min<std::size_t>(workers_, jobs - 1);
      while (threads_.size() < wanted) threads_.emplace_back([this, w = threads_.size()] { work(w); });
    } catch (const std::system_error&) {
      // No more threads: the ones started, or the loader itself, parse the rest.
    }
    changed_.notify_all();
  }

  /// `path` read and parsed: by a worker (waiting for it if need be) or here.
  ReadFile take(const std::string& path) {
    std::unique_lock lock(mutex_);
    const auto it = jobs_.find(path);
    if (it == jobs_.end() || it->second.state == Job::queued) {
      if (it != jobs_.end()) forget(it);
      lock.unlock();
      return read_and_parse(files_, path, options_);
    }
    it->second.dropped = false;
    changed_.wait(lock, [&] { return it->second.state == Job::done; });
    ReadFile file = std::move(it->second.file);
    const std::exception_ptr failure = it->second.failure;
    forget(it);
    lock.unlock();
    changed_.notify_all();
    if (failure) std::rethrow_exception(failure);
    return file;
  }

  /// Hands a decoded tree back to the worker that parsed it, to be freed on that thread: malloc
  /// gave it that thread's arena, and freeing it from the loader's thread while the worker builds
  /// the next tree in the same arena made them wait for the arena's lock (17,000 futex calls at
  /// 100k nodes).
  void recycle(toml::table tree, int worker) {
    if (worker < 0) return;  // parsed here
    {
      const std::lock_guard lock(mutex_);
      trash_[static_cast<std::size_t>(worker)].push_back(std::move(tree));
    }
    changed_.notify_all();
  }

  /// The loader will not take `path` (already loaded, a cycle, a limit): its parse is thrown away.
  void drop(const std::string& path) {
    {
      const std::lock_guard lock(mutex_);
      const auto it = jobs_.find(path);
      if (it == jobs_.end()) return;
      if (it->second.state == Job::running) {
        it->second.dropped = true;  // the worker throws it away when it is done
        return;
      }
      forget(it);
    }
    changed_.notify_all();
  }

 private:
  struct Job {
    enum State { queued, running, done } state = queued;
    bool dropped = false;
    ReadFile file;
    std::exception_ptr failure;  // what else read or parse threw (say bad_alloc), rethrown by take()
  };

  /// Removes a job; the caller holds the lock.
  void forget(std::map<std::string, Job>::iterator it) {
    if (it->second.state == Job::queued) {
      queue_.erase(std::find(queue_.begin(), queue_.end(), it->first));
    } else {
      --in_flight_;
    }
    jobs_.erase(it);
  }

  void work(std::size_t worker) {
    std::unique_lock lock(mutex_);
    while (true) {
      changed_.wait(lock,
                    [&] { return stopping_ || !trash_[worker].empty() || (!queue_.empty() && in_flight_ < workers_); });
      if (stopping_) return;
      if (!trash_[worker].empty()) {
        std::vector<toml::table> trees = std::move(trash_[worker]);
        trash_[worker].clear();
        lock.unlock();
        trees.clear();
        lock.lock();
        continue;
      }
      const auto it = jobs_.find(queue_.front());
      queue_.pop_front();
      it->second.state = Job::running;
      ++in_flight_;
      lock.unlock();
      ReadFile file;
      std::exception_ptr failure;
      try {
        file = read_and_parse(files_, it->first, options_);
        file.worker = static_cast<int>(worker);
      } catch (...) {
        failure = std::current_exception();
      }
      lock.lock();
      it->second.state = Job::done;
      if (it->second.dropped) {
        forget(it);
      } else {
        it->second.file = std::move(file);
        it->second.failure = failure;
      }
      changed_.notify_all();
    }
  }

  FileSystem& files_;
  const LoadOptions options_;
  unsigned workers_ = 0;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::string, Job> jobs_;  // by path; a std::map keeps `it` valid while others come and go
  std::deque<std::string> queue_;    // the queued jobs' paths, next first
  unsigned in_flight_ = 0;           // jobs running or done and not yet taken
  bool stopping_ = false;
  std::vector<std::vector<toml::table>> trash_;  // per worker: decoded trees it is to free
  std::vector<std::thread> threads_;
};

class Loader {
 public:
  Loader(FileSystem& files, Diagnostics& diagnostics, Model& model, const LoadOptions& options)
      : files_(files), diagnostics_(diagnostics), model_(model), ahead_(files, options) {}

  bool load_root(const std::string& path, std::string& failure) {
    root_dir_ = normal(fs::path(path).parent_path());
    ReadFile file = ahead_.take(path);  // nothing is queued yet: read and parsed here
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

  /// Decodes one file, then follows its includes depth-first. The files they name are queued to
  /// be read and parsed ahead, in the order they will be opened.
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
    ahead_.recycle(std::move(*document), read.worker);
    std::vector<Target> targets;
    std::vector<std::string> ahead;
    for (const IncludeEntry& include : includes) {
      targets.push_back(resolve(path, include));
      for (const std::string& next : targets.back().paths) {
        if (!loaded_.contains(next)) ahead.push_back(next);
      }
    }
    ahead_.want(ahead);
    for (std::size_t i = 0; i < includes.size(); ++i) {
      if (!targets[i].problem.empty()) {
        diagnostics_.error("bad-include", includes[i].range, std::move(targets[i].problem), std::move(targets[i].help));
      }
      for (const std::string& next : targets[i].paths) open(next, includes[i]);
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
    if (!admit(path, include)) {
      ahead_.drop(path);
      return;
    }
    ReadFile file = ahead_.take(path);
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
  ReadAhead ahead_;
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
