#pragma once

#include "store/reviewstore.h"
#include "store/serverlocation.h"
#include "store/serverschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

typedef struct pg_conn PGconn;

namespace faultless::model {

class ReviewStore;

// What `info` tells of a review on a team server.
struct ServerReviewInfo
{
    qint64 id = 0; // the server's number for it: a review published again under the name has another
    QString name;
    QString title;
    QString zone;
    qint64 events = 0;
    qint64 sources = 0;
    qint64 changes = 0; // the review's change counter
    int schemaVersion = 0;
};

// One connection to a team server (PostgreSQL through Qt's QPSQL driver) and what can be done to
// whole reviews there: publish a local document, pull one into a new `.faultless`, read its
// summary. Copies go through PostgreSQL's COPY on the connection's libpq handle: QPSQL has no
// bulk path, and one INSERT per row costs a round trip each (see tests/bench/bench_team.cpp).
// Each publish is one transaction: a publish killed half-way leaves no half review behind.
// Like ReviewStore, an instance belongs to the thread that made it.
class ServerReview
{
    Q_DECLARE_TR_FUNCTIONS(ServerReview)
public:
    // Called with the rows copied so far of `total`; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    ServerReview();
    ~ServerReview();
    ServerReview(const ServerReview &) = delete;
    ServerReview &operator=(const ServerReview &) = delete;

    // Connects and creates the catalog of reviews if the database has none yet.
    bool connect(const ServerLocation &location);
    void disconnect();
    QString errorString() const { return m_error; }
    const ServerLocation &location() const { return m_location; }

    bool exists(); // whether the location's review exists (false also on error: see errorString())
    QStringList reviewNames();
    // Counting a million events takes the server a third of a second: those who need only the
    // review's id, title, counter and version skip it (`events` and `sources` stay 0).
    enum class Counts { Included, Skipped };
    bool info(ServerReviewInfo *info, Counts counts = Counts::Included);
    // Creates the location's review from the local document `local` (fails if it exists).
    bool publish(const ReviewStore &local, const Progress &progress = {});
    // Makes the PostgreSQL login `user` a member of the review with `role` (and of no other role
    // of it). Needs the right to grant the review's roles: its publisher, or an administrator.
    bool grant(const QString &user, serverschema::Role role);
    // Writes the location's review to a new `.faultless` at `path` (fails if `path` exists).
    // With ReviewStore::PendingText::Leave the events' text is not indexed for search yet but
    // noted as pending (EventWriter::indexPendingText()): the app's cached copy opens first and
    // indexes in the background, which is most of a first open's time.
    bool pull(const QString &path, const Progress &progress = {},
        ReviewStore::PendingText text = ReviewStore::PendingText::IndexNow);

    // How an import reaches a server review: into a pulled copy first (the importers write
    // SQLite), then appendImports() sends the sources, lanes, events and rejects the copy gained
    // since `baselineOf` was taken, in one transaction. Imported rows never change afterwards, so
    // the rows after the baseline are exactly the import. If another import reached the review
    // meanwhile, nothing is sent and the caller is told to run it again.
    struct Baseline
    {
        qint64 sources = 0;
        qint64 rejects = 0;
        qint64 lanes = 0;
        qint64 events = 0;
    };
    static Baseline baselineOf(const ReviewStore &copy);
    bool appendImports(const ReviewStore &copy, const Baseline &since);

    // For ServerSync, which works on this connection: its name, and the review's id (0 with
    // errorString() set when there is no such review).
    QString connectionName() const { return m_connectionName; }
    qint64 existingReviewId();

private:
    bool run(const QString &sql, const QVariantList &values = {});
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    qint64 reviewId();
    qint64 databaseOid();
    // The largest id of `table` below the copies' blocks of ids: what imports have reached.
    qint64 highestImported(const QString &schema, const QString &table);
    PGconn *pgHandle() const;
    bool createTables(const ReviewStore &local, const QString &schema);
    // `after`: copy only the rows whose first column is greater (0: all rows).
    bool copyTableIn(const ReviewStore &local, const QString &schema, const QString &table,
        const Progress &progress, qint64 *done, qint64 total, qint64 after = 0);
    bool continueIdentities(const ReviewStore &local, const QString &schema, const QStringList &tables);
    class EventTally;
    // `tally`, when given, counts the copied rows per source and kind.
    bool copyTableOut(ReviewStore &target, const QString &schema, const QString &table,
        const Progress &progress, qint64 *done, qint64 total, EventTally *tally = nullptr);
    bool countEvents(ReviewStore &target, const EventTally &tally);
    bool createPartial(ReviewStore &store, const QString &partial, const ServerReviewInfo &about);
    bool sendQuery(const QString &sql);
    std::optional<qint64> receiveNumber();
    // `total`: the number of events, for the progress.
    bool pullInto(ReviewStore &target, const QString &schema, const Progress &progress,
        ReviewStore::PendingText text, qint64 total);
    void setError(const QString &message) { m_error = message; }
    QString serverError() const;

    ServerLocation m_location;
    QString m_connectionName;
    QString m_error;
};

} // namespace faultless::model
