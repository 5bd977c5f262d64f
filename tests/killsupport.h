#pragma once

// Shared by the tests that kill a process at random moments (SIGKILL) and then check what it left.
#include <QProcess>

namespace faultless::tests {

// Kills `process` (SIGKILL) unless it already ended; true when the kill interrupted it.
inline bool killNow(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return false;
    process.kill();
    process.waitForFinished(10000);
    return process.exitStatus() == QProcess::CrashExit;
}

} // namespace faultless::tests
