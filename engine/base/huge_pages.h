// Large buffers (a measurements file of 40 MB, a million rows of 150 bytes) faulted in 4 KiB
// pages cost as much as the work done on them: a fault per page and a TLB miss per touch.
// tools/bench-progress measured it (docs/performance.md). On Linux, where transparent huge pages
// are "madvise" (the Debian default), a buffer asks for them; elsewhere nothing happens.
#pragma once

#include <cstddef>

namespace toc {

/// Asks the kernel to back the whole 2 MiB pages inside [data, data + bytes) with huge pages,
/// before they are first touched. A hint only: what it does not cover, or what the kernel does
/// not grant, stays as it was.
void advise_huge_pages(const void* data, std::size_t bytes);

}  // namespace toc
