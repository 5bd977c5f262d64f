#include "searchstore.h"

#include "store/eventquery.h"
#include "store/reviewstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <algorithm>

namespace faultless::model {

bool SearchRequest::isEmpty() const
{
    return text.trimmed().isEmpty() && kinds.isEmpty() && sourceIds.isEmpty() && lanes.isEmpty()
        && !minSeverity && tag.trimmed().isEmpty() && from == NoInstant && to == NoInstant && !commentedOnly
        && !highlightedOnly;
}

SearchMatches SearchStore::matchingEvents(const ReviewStore &store, const SearchRequest &request,
    const std::atomic<quint64> *latest, quint64 generation)
{
    return query(store, request, 0, latest, generation);
}

SearchMatches SearchStore::firstMatches(const ReviewStore &store, const SearchRequest &request, int limit)
{
    return query(store, request, std::max(1, limit), nullptr, 0);
}

SearchMatches SearchStore::query(const ReviewStore &store, const SearchRequest &request, int limit,
    const std::atomic<quint64> *latest, quint64 generation)
{
    SearchMatches result;
    sqlite3 *db = store.handle();
    if (!db) {
        result.error = QCoreApplication::translate("EventSearch", "The review is not open.");
        return result;
    }
    QElapsedTimer timer;
    timer.start();

    // Built from fixed fragments; every user value is bound (docs/architecture.md, "Layers and folders").
    // With text, FTS5 drives the loop in rowid (= event id) order, which it reads in order from its
    // index: the first page stops after `limit` rows instead of collecting every hit and sorting.
    const bool hasText = !request.text.trimmed().isEmpty();
    QByteArray sql = hasText ? "SELECT e.id FROM events_fts f CROSS JOIN events e ON e.id = f.rowid"
                               " WHERE f.events_fts MATCH ? AND"
                             : "SELECT e.id FROM events e WHERE";
    sql += " (e.source_id IS NULL OR e.source_id NOT IN (SELECT id FROM sources WHERE removed = 1))";
    struct Bind
    {
        enum { Int, Text } type;
        qint64 number;
        QByteArray text;
    };
    std::vector<Bind> binds;
    auto placeholders = [](qsizetype n) {
        QByteArray p;
        for (qsizetype i = 0; i < n; ++i)
            p += i ? ",?" : "?";
        return p;
    };
    if (hasText) {
        const QString fts = EventQuery::toFtsQuery(request.text);
        if (fts.isEmpty())
            return result;
        binds.push_back({ Bind::Text, 0, fts.toUtf8() });
    }
    if (!request.kinds.isEmpty()) {
        sql += " AND e.kind IN (" + placeholders(request.kinds.size()) + ")";
        for (EventKind k : request.kinds)
            binds.push_back({ Bind::Int, qint64(k), {} });
    }
    if (!request.sourceIds.isEmpty()) {
        sql += " AND e.source_id IN (" + placeholders(request.sourceIds.size()) + ")";
        for (qint64 id : request.sourceIds)
            binds.push_back({ Bind::Int, id, {} });
    }
    if (!request.lanes.isEmpty()) {
        sql += " AND e.lane_id IN (SELECT id FROM lanes WHERE name IN (" + placeholders(request.lanes.size())
            + "))";
        for (const QString &lane : request.lanes)
            binds.push_back({ Bind::Text, 0, lane.toUtf8() });
    }
    if (request.minSeverity) {
        sql += " AND e.severity >= ?";
        binds.push_back({ Bind::Int, qint64(*request.minSeverity), {} });
    }
    if (!request.tag.trimmed().isEmpty()) {
        sql += " AND e.id IN (SELECT et.event_id FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE "
               "t.name = ?)";
        binds.push_back({ Bind::Text, 0, request.tag.trimmed().toUtf8() });
    }
    if (request.from != NoInstant) {
        sql += " AND COALESCE(e.end_instant, e.instant) >= ?";
        binds.push_back({ Bind::Int, request.from, {} });
    }
    if (request.to != NoInstant) {
        sql += " AND e.instant <= ?";
        binds.push_back({ Bind::Int, request.to, {} });
    }
    if (request.commentedOnly)
        sql += " AND e.id IN (SELECT event_id FROM annotations)";
    if (request.highlightedOnly)
        sql += " AND e.highlighted = 1";
    sql += hasText ? " ORDER BY f.rowid" : " ORDER BY e.id";
    if (limit > 0) {
        sql += " LIMIT ?";
        binds.push_back({ Bind::Int, limit, {} });
    }

    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        result.error = QCoreApplication::translate("EventSearch", "Search failed: %1")
                           .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return result;
    }
    for (size_t i = 0; i < binds.size(); ++i) {
        const Bind &b = binds[i];
        if (b.type == Bind::Int)
            sqlite3_bind_int64(stmt, int(i + 1), b.number);
        else
            sqlite3_bind_text(stmt, int(i + 1), b.text.constData(), int(b.text.size()), SQLITE_TRANSIENT);
    }
    int rc;
    quint32 polled = 0;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        result.eventIds.push_back(sqlite3_column_int64(stmt, 0));
        if (latest && (++polled & 1023) == 0 && latest->load(std::memory_order_relaxed) != generation) {
            result.canceled = true;
            break;
        }
    }
    if (!result.canceled && rc != SQLITE_DONE) {
        if (rc == SQLITE_INTERRUPT) {
            result.canceled = true;
        } else {
            // FTS5 syntax errors come back here: say what the search engine did not understand.
            result.error = QCoreApplication::translate("EventSearch", "Search failed: %1")
                               .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        }
    }
    sqlite3_finalize(stmt);
    result.complete = limit <= 0 || result.eventIds.size() < size_t(limit);
    if (result.canceled)
        result.eventIds.clear();
    result.queryMicroseconds = timer.nsecsElapsed() / 1000;
    return result;
}

SearchStore::Interrupter::Interrupter(const ReviewStore &store)
    : m_db(store.handle())
{ }

void SearchStore::Interrupter::interrupt() const
{
    if (m_db)
        sqlite3_interrupt(m_db);
}

} // namespace faultless::model
