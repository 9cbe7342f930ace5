#include "base/shared_library.h"

#include <dlfcn.h>

namespace toc {

SharedLibrary::SharedLibrary(const char* soname) : soname_(soname) {
  // Never closed: the functions found stay valid until exit, and libraries such as glib do not
  // support being unloaded.
  handle_ = dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!handle_) {
    const char* why = dlerror();
    error_ = why ? why : soname_ + ": could not be opened";
  }
}

void* SharedLibrary::address(const char* name) {
  if (!handle_) return nullptr;
  dlerror();
  void* const found = dlsym(handle_, name);
  if (!found && error_.empty()) error_ = soname_ + " has no function " + name;
  return found;
}

}  // namespace toc
