#pragma once

// Shared by the test executables: paths to fixtures and a fresh review document per test.
#include "store/reviewstore.h"

#include <QDir>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

namespace faultless::tests {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(FAULTLESS_TEST_DATA_DIR "/") + name;
}

inline QString samplePath(const QString &name)
{
    return QStringLiteral(FAULTLESS_SAMPLES_DIR "/") + name;
}

// A new, empty review in a temporary folder that lives as long as this object.
struct TempReview
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("review.faultless"));
    model::ReviewStore store;

    explicit TempReview(const QString &zone = QStringLiteral("UTC"))
    {
        if (!store.create(path, QStringLiteral("Test review"), zone))
            qFatal("cannot create a review: %s", qPrintable(store.errorString()));
    }
};

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the real faultless-cli binary, as scripts do.
inline CliResult runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(FAULTLESS_CLI_PATH), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(300000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace faultless::tests
