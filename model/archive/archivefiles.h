#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

namespace faultless::model::archivefiles {

// A content hash in ImportJob::contentHash()'s format, "<size>-<crc32>-<adler32>", computed while
// the bytes stream past (bounded memory). The format must stay the same as the importer's: the
// archive compares it with the hash stored when the file was imported.
class ContentHasher
{
public:
    ContentHasher();
    void add(const char *data, qint64 size);
    qint64 size() const { return m_size; }
    QString result() const;

private:
    qint64 m_size = 0;
    unsigned long m_crc;
    unsigned long m_adler;
};

// The size a content hash starts with, or -1 when `hash` is not one.
qint64 sizeOfContentHash(const QString &hash);

// Exists, or is a symbolic link (also one that points nowhere).
bool isOccupied(const QString &path);

// Whether `candidate` is the review document at `reviewPath` or its -wal, -shm or -journal file
// (the same file by device and inode, whatever the path or link), found with stat() alone: this
// process may hold the review open through SQLite, and opening and closing any other descriptor
// of those files would drop its locks on them (POSIX fcntl semantics).
bool isReviewFile(const QString &candidate, const QString &reviewPath);

// Renames `from` to `to` without replacing or following anything already at `to` (not even a
// dangling symbolic link); false with `error` when `to` is taken.
bool renameNoReplace(const QString &from, const QString &to, QString *error);

// The folder an archive is prepared in: beside the archive, not in the system's temporary
// folder, so that a killed `archive` leaves no copy of the review where nobody looks. It is
// removed when this object goes; one that a killed process left behind is removed by the next
// run for the same archive (a lock held for the folder's lifetime tells live from dead).
class StagingFolder
{
    Q_DECLARE_TR_FUNCTIONS(StagingFolder)
public:
    explicit StagingFolder(const QString &archivePath);
    ~StagingFolder();
    StagingFolder(const StagingFolder &) = delete;
    StagingFolder &operator=(const StagingFolder &) = delete;

    bool isValid() const { return m_lockFd >= 0; }
    QString errorString() const { return m_error; }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    static void removeAbandoned(const QString &archivePath);

private:
    QTemporaryDir m_dir;
    int m_lockFd = -1;
    QString m_error;
};

} // namespace faultless::model::archivefiles
