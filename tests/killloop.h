#pragma once

// Shared by the kill-loop tests (tst_crashsafety, tst_multiprocess): the helper programs of
// tests/tools, a log to import, killing a child with SIGKILL, and checking that every edit the
// edit loop (tests/tools/editloop.cpp) printed as committed is in the review.
#include "testsupport.h"

#include "store/reviewstore.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QString>

namespace faultless::tests {

inline QString toolPath(const QString &name)
{
    return QStringLiteral(FAULTLESS_TOOLS_DIR "/") + name;
}

// A log of `lines` JSON records whose content differs per `seed`, so that each file is a new
// source (the importer skips files it has already seen by content hash). False when it cannot
// be written.
inline bool writeLog(const QString &path, int seed, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray out;
    out.reserve(lines * 140);
    for (int i = 0; i < lines; ++i) {
        const int second = i % 60, minute = (i / 60) % 60;
        out += "{\"timestamp\":\"2024-03-05T10:" + QByteArray::number(minute).rightJustified(2, '0') + ':'
            + QByteArray::number(second).rightJustified(2, '0') + '.'
            + QByteArray::number(i % 1000000).rightJustified(6, '0') + "Z\",\"level\":\""
            + (i % 7 == 0 ? "error" : "info") + "\",\"service\":\"checkout-" + QByteArray::number(i % 5)
            + "\",\"msg\":\"request " + QByteArray::number(seed) + '-' + QByteArray::number(i)
            + " served from replica\",\"latency_ms\":" + QByteArray::number((i * 37) % 900) + "}\n";
    }
    return file.write(out) == out.size() && file.flush();
}

// Kills `process` (SIGKILL) unless it already ended; true when the kill interrupted it.
inline bool killNow(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return false;
    process.kill();
    process.waitForFinished(10000);
    return process.exitStatus() == QProcess::CrashExit;
}

// The complete lines of the edit loop's output (a line cut by a kill says nothing).
inline QList<QByteArray> completeLines(const QByteArray &output)
{
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast();
    return lines;
}

// Checks one line the edit loop printed (see tests/tools/editloop.cpp) against the review open
// in `store`; false and `why` when the edit is not there.
inline bool printedEditIsStored(const model::ReviewStore &store, const QByteArray &line, QString *why)
{
    const QList<QByteArray> f = line.split(' ');
    *why = QStringLiteral("not stored: ") + QString::fromUtf8(line);
    if (f.size() < 2)
        return false;
    if (f[0] == "annotation" || f[0] == "edit") {
        const qint64 id = f[1].toLongLong();
        const QString printed = QString::fromUtf8(line.mid(line.indexOf(" note ") + 1));
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT text, event_id FROM annotations WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return false;
        // A later (perhaps unprinted) edit may have moved the text on to a higher version.
        const QString stored = q.value(0).toString();
        const qsizetype sv = stored.lastIndexOf(QLatin1String(" v")),
                        pv = printed.lastIndexOf(QLatin1String(" v"));
        if (stored.left(sv) != printed.left(pv) || stored.mid(sv + 2).toInt() < printed.mid(pv + 2).toInt()) {
            *why = QStringLiteral("annotation %1 went back from \"%2\" to \"%3\"")
                       .arg(id)
                       .arg(printed, stored);
            return false;
        }
        return f[0] != "annotation" || (f.size() > 2 && q.value(1).toLongLong() == f[2].toLongLong());
    }
    if (f[0] == "highlight")
        return store
                   .scalar(
                       QStringLiteral("SELECT highlighted FROM events WHERE id = ?"), { f[1].toLongLong() })
                   .toInt()
            == 1;
    if (f[0] == "tag") {
        return f.size() == 3
            && store
                   .scalar(QStringLiteral("SELECT COUNT(*) FROM event_tags et JOIN tags t ON t.id = et.tag_id"
                                          " WHERE et.event_id = ? AND t.name = ?"),
                       { f[1].toLongLong(), QString::fromUtf8(f[2]) })
                   .toInt()
            == 1;
    }
    *why = QStringLiteral("unknown line: ") + QString::fromUtf8(line);
    return false;
}

// Opens the review (as the app does) and checks every complete line of the edit loop's output;
// `checked` counts the edits found.
inline bool printedEditsAreStored(
    const QString &review, const QByteArray &output, qint64 *checked, QString *why)
{
    model::ReviewStore store;
    if (!store.open(review)) {
        *why = QStringLiteral("does not open: ") + store.errorString();
        return false;
    }
    for (const QByteArray &line : completeLines(output)) {
        if (!printedEditIsStored(store, line, why))
            return false;
        ++*checked;
    }
    return true;
}

} // namespace faultless::tests
