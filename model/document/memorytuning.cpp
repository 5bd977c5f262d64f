#include "memorytuning.h"

#include <cstdlib> // defines __GLIBC__ on glibc, which the test below needs
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace faultless::model {

void keepFreedMemoryForReuse()
{
#if defined(__GLIBC__)
    // Up to 256 MiB of freed heap stays mapped (RSS budget of a 1M-event review: 300 MB, ~92 MB
    // used), and blocks up to 256 MiB come from the heap, so that the 40-100 MB buffers of an
    // open are reused afterwards instead of being unmapped. Setting either also stops glibc
    // adapting them at run time. With a 32 MiB mmap threshold the table's first frame did not
    // improve: the open's largest buffers were still mapped and unmapped on their own.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
#endif
}

} // namespace faultless::model
