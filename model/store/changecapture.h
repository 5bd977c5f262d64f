#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace faultless::model {

class ReviewStore;

// One row that an edit in a team review's copy inserted, changed or deleted, as the copy's
// triggers recorded it. Values are every column of the row in the table's order, as text (or
// null): text is how they travel to PostgreSQL, and it keeps 64-bit integers exact.
struct RowChange
{
    enum class Kind { Insert, Update, Delete };
    qint64 seq = 0; // order of the change in the copy
    QString table;
    Kind kind = Kind::Insert;
    QVariantList before; // Update, Delete
    QVariantList after; // Insert, Update
};

// What a copy of a team review records of its own edits, so that they can be sent to the server
// as they are made (docs/team-server.md, "Live editing"). Temporary triggers on the window's
// connection write each changed row to a temporary outbox in the same transaction as the edit:
// an edit that rolls back leaves nothing to send, and an edit that commits cannot be missed. They
// live as long as the connection, so the file itself never carries them. Imports are not
// captured (they run on connections of their own and reach the server through
// ServerReview::appendImports), and neither is the "edited" stamp every edit writes.
class ChangeCapture
{
public:
    // Creates the outbox and the triggers on every table a review's copy can edit.
    static bool install(ReviewStore &store, QString *error = nullptr);
    static bool isInstalled(const ReviewStore &store);
    // The recorded changes, oldest first.
    static QList<RowChange> pending(const ReviewStore &store, QString *error = nullptr);
    // Forgets the changes up to `seq` (sent), or only the one of `seq` with `only`.
    static bool forget(ReviewStore &store, qint64 seq, bool only = false);

    // While one exists, writes to the store are not recorded: applying what others changed.
    class Pause
    {
    public:
        explicit Pause(ReviewStore &store);
        ~Pause();
        Pause(const Pause &) = delete;
        Pause &operator=(const Pause &) = delete;

    private:
        ReviewStore &m_store;
    };

    // The tables a copy records: those of a review except the rejected lines of imports.
    static QStringList capturedTables();
    // A table's columns, in their declared order, and the ones that name a row (its primary
    // key, or every column for a table without one).
    static QStringList columns(const ReviewStore &store, const QString &table);
    static QStringList keyColumns(const ReviewStore &store, const QString &table);
};

} // namespace faultless::model
