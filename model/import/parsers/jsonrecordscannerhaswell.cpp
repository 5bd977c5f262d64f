// The AVX2 build of JsonRecordScanner. simdjson's On-Demand API is compiled for one kernel,
// chosen by the compiler flags; this file enables the Haswell kernel for itself only, and
// JsonRecordScanner::create() uses it when the CPU has AVX2 (about twice the fallback's speed).
// Include nothing that drags in Qt: inline functions compiled here may use AVX2.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#pragma GCC target("avx2,bmi,bmi2,pclmul,lzcnt,popcnt")
#define SIMDJSON_BUILTIN_IMPLEMENTATION haswell
#include "jsonrecordscanner.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h> // the fast path's string scan (jsonrecordscannerflat.inc)
#endif

#include <simdjson.h>

namespace faultless::model {

namespace sj = simdjson::haswell::ondemand;
#include "jsonrecordscanner.inc"

std::unique_ptr<JsonRecordScanner> createHaswellJsonRecordScanner()
{
    return std::unique_ptr<JsonRecordScanner>(new ScannerImpl());
}

} // namespace faultless::model
#endif
