// Libraries that only some products need (cairo and librsvg for PDF pages, libxlsxwriter for
// the checklist workbook), opened with dlopen the first time a product needs them instead of at
// start-up. Linked normally, they and their own dependencies (ICU, libcrypto, gdk-pixbuf, ...)
// cost every run of toc about 11 ms of dynamic loading and 450 page faults, more than a whole
// `toc check` of a real model (docs/performance.md).
#pragma once

#include <string>

namespace toc {

/// A shared library opened by its soname (e.g. "libcairo.so.2") and kept open for the life of
/// the process. `find` looks a function up in it and in the libraries it depends on.
class SharedLibrary {
 public:
  explicit SharedLibrary(const char* soname);
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  /// Sets `function` to the library's function `name`. False, with error() saying why, when the
  /// library could not be opened or has no such function.
  template <typename Function>
  bool find(const char* name, Function*& function) {
    function = reinterpret_cast<Function*>(address(name));
    return function != nullptr;
  }

  /// Empty while everything asked for was found; otherwise what went wrong first, e.g.
  /// "libcairo.so.2: cannot open shared object file: No such file or directory".
  const std::string& error() const { return error_; }

 private:
  void* address(const char* name);

  void* handle_ = nullptr;
  std::string soname_;
  std::string error_;
};

}  // namespace toc
