#pragma once

// Shared by the test executables: paths to fixtures and a fresh review document per test.
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

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
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

// `data` as a gzip file holds it (zlib at its strongest, so the bomb tests get their ratio), or an
// empty array when zlib fails.
// The PostgreSQL server pg_virtualenv started (scripts/run-tests.sh), as the address of the
// review `review`; empty when no server is set.
inline QString serverAddress(const QString &review)
{
    if (qEnvironmentVariableIsEmpty("PGHOST") || qEnvironmentVariableIsEmpty("PGDATABASE"))
        return {};
    return QStringLiteral("postgresql://%1@%2:%3/%4?review=%5")
        .arg(qEnvironmentVariable("PGUSER"), qEnvironmentVariable("PGHOST"),
            qEnvironmentVariable("PGPORT", QStringLiteral("5432")), qEnvironmentVariable("PGDATABASE"),
            review);
}

// A direct connection to that server, as another client (psql) would have, under the Qt SQL
// connection `name` (reused when it exists); `user`, when given, logs in as that login.
inline QSqlDatabase serverConnection(
    const QString &name, const QString &user = {}, const QString &password = {})
{
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(qEnvironmentVariable("PGHOST"));
    db.setPort(qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt());
    db.setDatabaseName(qEnvironmentVariable("PGDATABASE"));
    db.setUserName(user.isEmpty() ? qEnvironmentVariable("PGUSER") : user);
    if (!password.isEmpty())
        db.setPassword(password);
    db.open();
    return db;
}

// A review name no other test (or earlier run against the same server) has used.
inline QString freshReviewName(const char *what)
{
    static int counter = 0;
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1String(what))
        .arg(QCoreApplication::applicationPid())
        .arg(++counter);
}

inline QByteArray gzip(const QByteArray &data)
{
    z_stream z {};
    // 16 + MAX_WBITS: a gzip header and trailer, as `gzip` writes.
    if (deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

} // namespace faultless::tests
