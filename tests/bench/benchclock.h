#pragma once

// The clocks the benchmarks print: wall time, and CPU time beside it, because on a shared
// machine (other builds running) wall time measures the neighbours as much as the code.
#include <QElapsedTimer>

#include <cstdlib>
#include <ctime>
#include <sys/resource.h>

namespace faultless::bench {

inline double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// This process's CPU time, or with CLOCK_THREAD_CPUTIME_ID the calling thread's.
inline double cpuSeconds(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// User and system time of the child processes waited for so far (faultless-cli, lnav, sqlite3).
inline double childCpuSeconds()
{
    rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec)
        + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// The one-minute load average, printed beside the figures it makes noisy; -1 when unknown.
inline double loadAverage()
{
    double load[1] = { 0 };
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace faultless::bench
