#pragma once

#include <QStringList>

namespace faultless::cli {

enum ExitCode { Done = 0, UsageError = 1, NothingDone = 2, DoneWithRejects = 3 };

// Runs one faultless-cli command line (arguments()[0] is the program) and returns the exit code.
int run(const QStringList &arguments);

} // namespace faultless::cli
