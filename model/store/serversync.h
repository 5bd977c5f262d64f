#pragma once

#include "store/changecapture.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace faultless::model {

class ReviewStore;
class ServerReview;

// Live editing of a team review (docs/team-server.md, "Live editing"): a window works on a copy
// of the review and sends each of its edits, as ChangeCapture recorded it, to the server in one
// transaction; what others change comes back table by table (the small tables of what a review
// builds) or event by event (the million-row table, through the server's list of edited
// events). Both run on a ServerReview's connection, on its thread.
//
// Saves never overwrite in silence: an edit is sent with the row as this copy had it, and when
// the server's row is no longer that one (someone saved the same factor or step meanwhile), the
// whole edit is refused and reported as a Conflict with both versions. Only an explicit choice
// (`overwrite`) sends it anyway.
class ServerSync
{
    Q_DECLARE_TR_FUNCTIONS(ServerSync)
public:
    explicit ServerSync(ServerReview &server);

    QString errorString() const { return m_error; }

    // Reserves a block of ids no other client gets, for the rows this copy adds.
    bool reserveIdBlock(qint64 *first, qint64 *last);
    // The review's change counter now (0 on error).
    qint64 counter();
    // Whether this login may change what reviewers change (false for a reader).
    bool canEdit();

    struct Conflict
    {
        qint64 seq = 0; // the change that met it
        QString table;
        QStringList columns;
        QVariantList base; // the row as this copy had it (empty: added here)
        QVariantList mine; // empty: deleted here
        QVariantList theirs; // empty: deleted on the server
        bool undo = false; // met by an undo: `base` is what this copy had sent, `theirs` replaced it
    };
    enum class Push { Sent, Conflict, Failed };
    // Sends `changes` in one transaction, all or nothing. An update or delete of a row that is no
    // longer what this copy had, or an insert of a row that exists, is a conflict, unless its seq
    // is in `overwrite`: then the server's row becomes this copy's.
    //
    // `undo`: the changes take back this copy's own earlier edits. Undo undoes one's own edits
    // only: where someone else changed the row since this copy sent it (and this copy took that
    // in), the undo would put the old value over theirs, so it is a conflict too.
    Push push(const ReviewStore &copy, const QList<RowChange> &changes, Conflict *conflict,
        const QSet<qint64> &overwrite = {}, bool undo = false);

    // Makes the copy's `tables` hold the server's rows, without recording them as edits;
    // `changed` gets the tables that differed. Fails (changing nothing) if a row refers to what
    // the copy does not have, such as an event of an import the copy has not loaded.
    bool applyTables(ReviewStore &copy, const QStringList &tables, QStringList *changed);
    // The same for the events edited after change `after` up to `upTo`: `ids` gets the events
    // that differed, `added` whether events came or went (not only changed).
    bool applyEvents(ReviewStore &copy, qint64 after, qint64 upTo, QList<qint64> *ids, bool *added);

private:
    struct Table;
    Table describe(const ReviewStore &copy, const QString &table) const;
    bool knowSchema();
    bool send(const Table &t, const RowChange &change, bool overwrite, bool *refused);
    bool writeLocal(ReviewStore &copy, const Table &t, const QVariantList &mine, const QVariantList &theirs);
    QVariantList serverRow(const Table &t, const QVariantList &keyValues, bool *ok);
    bool applyTable(ReviewStore &copy, const Table &t, bool *differed);
    bool setError(const QString &message);

    bool undoMeetsOthers(const ReviewStore &copy, const QList<RowChange> &changes,
        const QSet<qint64> &overwrite, Conflict *conflict);
    void remember(const ReviewStore &copy, const QList<RowChange> &changes);

    ServerReview &m_server;
    // Each row this copy sent, as it sent it (by table and key): what an undo may take back.
    QHash<QString, QVariantList> m_sent;
    QString m_schema;
    QString m_error;
};

} // namespace faultless::model
