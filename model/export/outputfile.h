#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

#include <memory>

namespace faultless::model {

// A file an export writes, with every write checked. A full disk does not always fail a write:
// POSIX write() may take the first part and only the next call reports ENOSPC, which Qt passes
// on as a short count with no error set (QSaveFile then commits the truncated file), and bytes
// QIODevice buffered fail only when flushed. So write() insists on every byte (asking again after
// a short count gets the real reason), and commit() flushes and checks before it finishes.
// errorString() reads "Cannot write FILE: reason".
//
// A regular file (or a new one) is written through QSaveFile: it appears complete or not at all.
// An existing character device or FIFO (/dev/stdout, /dev/null, a pipe a script made) is written
// directly: it cannot be replaced by renaming, and replacing a device node would be wrong anyway.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();

    bool open();
    bool write(QByteArrayView data);
    bool flush(); // every byte so far reached the file (commit() does this first)
    bool commit();
    void cancel();
    QString errorString() const { return m_error; }

    // Whether `path` names an existing character device or FIFO (written directly, see above):
    // nothing should be written beside it (the chart PNG of a Markdown briefing).
    static bool isStream(const QString &path);

private:
    bool fail(const QString &reason);

    QString m_path;
    std::unique_ptr<QFileDevice> m_file; // a QSaveFile, or a QFile for a device or FIFO
    bool m_direct = false;
    QString m_error;
};

} // namespace faultless::model
