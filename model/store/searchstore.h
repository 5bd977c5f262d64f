#pragma once

#include "domain/event.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>
#include <vector>

struct sqlite3;

namespace faultless::model {

class ReviewStore;

// What the search bar asks for: full text plus filters, all combined with AND.
struct SearchRequest
{
    QString text; // user text, FTS5-sanitised by EventQuery::toFtsQuery
    QList<EventKind> kinds; // any of these (empty: all)
    QList<qint64> sourceIds; // any of these (empty: all)
    QStringList lanes; // any of these lane names (empty: all)
    std::optional<Severity> minSeverity;
    QString tag; // events carrying this tag
    Instant from = NoInstant; // inclusive
    Instant to = NoInstant; // inclusive
    bool commentedOnly = false; // events with at least one annotation
    bool highlightedOnly = false;

    bool isEmpty() const;
};

// The events a search found.
struct SearchMatches
{
    std::vector<qint64> eventIds; // ascending ids; empty when canceled
    QString error; // a message for the user, empty when fine
    bool canceled = false;
    // False for a first page that was full: more events may match (see SearchStore::firstMatches).
    bool complete = true;
    qint64 queryMicroseconds = 0;
};

// Full-text search (FTS5) and filters over the live events, through the raw SQLite handle so
// that a search can be interrupted from another thread.
class SearchStore
{
public:
    // Runs the search on `store`'s connection. `latest`, when given, is polled every 1024 rows so
    // that a newer generation than `generation` stops this one early (canceled).
    static SearchMatches matchingEvents(const ReviewStore &store, const SearchRequest &request,
        const std::atomic<quint64> *latest = nullptr, quint64 generation = 0);

    // The first `limit` events of matchingEvents (the same order), read without collecting the
    // rest: a common word shows its first screen at once. `complete` says whether that was all.
    static SearchMatches firstMatches(const ReviewStore &store, const SearchRequest &request, int limit);

    // Stops the statement running on a connection, from any thread (sqlite3_interrupt is the one
    // call SQLite allows across threads): the search then reports itself canceled. Made on the
    // connection's own thread, and valid as long as that connection is open.
    class Interrupter
    {
    public:
        Interrupter() = default;
        explicit Interrupter(const ReviewStore &store);
        // Does nothing for a default-constructed Interrupter.
        void interrupt() const;

    private:
        sqlite3 *m_db = nullptr;
    };

private:
    // limit <= 0: every match.
    static SearchMatches query(const ReviewStore &store, const SearchRequest &request, int limit,
        const std::atomic<quint64> *latest, quint64 generation);
};

} // namespace faultless::model
