#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace faultless::model {

class ReviewStore;

// One imported file as the review recorded it: where it came from and the content hash taken
// when it was imported (ImportJob::contentHash).
struct SourceFileRecord
{
    qint64 id = 0;
    QString name;
    QString format;
    QString originPath;
    QString contentHash;
    bool removed = false;
};

// What an archive reads from a review, through SQLite only: never through a second descriptor on
// the live file, whose close() would drop this process's locks on it (POSIX fcntl semantics).
class ReviewCopy
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCopy)
public:
    // A consistent copy of the open review at `path` (which must not exist), including what is
    // still in its WAL, made by SQLite (VACUUM INTO) without writing to the review.
    static bool vacuumInto(ReviewStore &store, const QString &path, QString *error);
    static QList<SourceFileRecord> sourceFiles(const ReviewStore &store, QString *error);
};

} // namespace faultless::model
