#pragma once

namespace faultless::model {

// Tells the C library to keep memory a large review freed for the next allocations instead of
// handing it back to the kernel at once. Call first thing in main() of the GUI (and of anything
// that measures it, so the figures are the app's).
//
// Why: opening a 1M-event review allocates and frees some 100 MB of load buffers, and the event
// table then allocates its header's 8 MB (Qt keeps one section per row). glibc's default trims
// freed memory above 128 KiB back to the kernel and serves blocks above its (adaptive) mmap
// threshold from fresh mappings, so every such block starts as untouched pages. On the reference
// VM a first touch costs 15-20 µs per 4 KiB page: the table's first frame spent ~30 of its 37 ms
// in page faults. Reusing the freed pages took it to 7-9 ms of CPU (bench_timeline, 1M events),
// for 32 MB more resident memory (92 -> 124 MB).
void keepFreedMemoryForReuse();

} // namespace faultless::model
