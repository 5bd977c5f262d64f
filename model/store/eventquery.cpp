#include "eventquery.h"

#include "store/reviewstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace faultless::model {

namespace {
const char kColumns[]
    = "e.id, e.instant, e.end_instant, e.kind, e.severity, l.name, e.actor, e.text, e.attrs,"
      " e.source_id, s.name, e.line, e.byte_offset, e.highlighted, e.manual";

EventRow rowFrom(const QSqlQuery &q)
{
    EventRow r;
    r.id = q.value(0).toLongLong();
    r.instant = q.value(1).toLongLong();
    r.end = q.value(2).isNull() ? NoInstant : q.value(2).toLongLong();
    r.kind = static_cast<EventKind>(q.value(3).toInt());
    r.severity = static_cast<Severity>(q.value(4).toInt());
    r.lane = q.value(5).toString();
    r.actor = q.value(6).toString();
    r.text = q.value(7).toString();
    r.attributesJson = q.value(8).toString();
    r.sourceId = q.value(9).toLongLong();
    r.sourceName = q.value(10).toString();
    r.line = q.value(11).toLongLong();
    r.byteOffset = q.value(12).toLongLong();
    r.highlighted = q.value(13).toBool();
    r.manual = q.value(14).toBool();
    return r;
}
} // namespace

qint64 EventQuery::count(const ReviewStore &store)
{
    // event_counts is kept with the data: no pass over the events.
    return store
        .scalar(QStringLiteral("SELECT COALESCE(SUM(c.events), 0) FROM event_counts c LEFT JOIN sources s"
                               " ON s.id = c.source_id WHERE c.source_id = 0 OR s.removed = 0"))
        .toLongLong();
}

QString EventQuery::toFtsQuery(const QString &userText)
{
    QStringList parts;
    const QString text = userText.trimmed();
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const QString phrase = text.mid(i + 1, close < 0 ? -1 : close - i - 1);
            if (!phrase.trimmed().isEmpty())
                parts << QLatin1Char('"') + phrase + QLatin1Char('"');
            i = close < 0 ? text.size() : close + 1;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        QString token = text.mid(i, end - i);
        i = end;
        if (token == QLatin1String("AND") || token == QLatin1String("OR") || token == QLatin1String("NOT")) {
            if (!parts.isEmpty())
                parts << token;
            continue;
        }
        const bool prefix = token.endsWith(QLatin1Char('*')) && token.size() > 1;
        if (prefix)
            token.chop(1);
        token.replace(QLatin1Char('"'), QLatin1String("\"\""));
        parts << QLatin1Char('"') + token + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString());
    }
    while (!parts.isEmpty()
        && (parts.last() == QLatin1String("AND") || parts.last() == QLatin1String("OR")
            || parts.last() == QLatin1String("NOT")))
        parts.removeLast();
    return parts.join(QLatin1Char(' '));
}

namespace {
// Up to this many hits are looked up by id and sorted; more are streamed in time order.
constexpr int kSortedHitsAtMost = 10000;

// Whether the FTS query has fewer than `limit` hits, reading at most `limit` rowids. A query
// that fails here (bad syntax) answers false; the real query then reports the error.
bool fewerHitsThan(const ReviewStore &store, const QString &fts, int limit)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT count(*) FROM (SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?)")))
        return false;
    q.addBindValue(fts);
    q.addBindValue(limit);
    return q.exec() && q.next() && q.value(0).toLongLong() < limit;
}
} // namespace

bool EventQuery::forEach(const ReviewStore &store, const EventFilter &filter,
    const std::function<bool(const EventRow &)> &visit, QString *error)
{
    const QString fts = toFtsQuery(filter.search);
    if (!filter.search.trimmed().isEmpty() && fts.isEmpty())
        return true;
    // A word in many events walks the events in time order through events_instant and checks each
    // id against the FTS hits, so rows are printed as they are read; left to itself SQLite looks the
    // hits up by id and sorts all of them (every column) before the first row comes out. A rare
    // word keeps that plan: its few hits sort at once, and walking every event would cost more.
    const bool stream = !fts.isEmpty() && !fewerHitsThan(store, fts, kSortedHitsAtMost);
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns)
        + (stream ? QStringLiteral(" FROM events e INDEXED BY events_instant"
                                   " LEFT JOIN lanes l ON l.id = e.lane_id"
                                   " LEFT JOIN sources s ON s.id = e.source_id"
                                   " WHERE (e.source_id IS NULL OR s.removed = 0)")
                  : QStringLiteral(" FROM live_events e LEFT JOIN lanes l ON l.id = e.lane_id"
                                   " LEFT JOIN sources s ON s.id = e.source_id WHERE 1"));
    QVariantList values;
    if (!fts.isEmpty()) {
        sql += QStringLiteral(" AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)");
        values << fts;
    }
    if (filter.from != NoInstant) {
        sql += QStringLiteral(" AND COALESCE(e.end_instant, e.instant) >= ?");
        values << filter.from;
    }
    if (filter.to != NoInstant) {
        sql += QStringLiteral(" AND e.instant <= ?");
        values << filter.to;
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND e.kind = ?");
        values << int(*filter.kind);
    }
    if (filter.sourceId) {
        sql += QStringLiteral(" AND e.source_id = ?");
        values << *filter.sourceId;
    }
    if (filter.highlightedOnly)
        sql += QStringLiteral(" AND e.highlighted = 1");
    sql += QStringLiteral(" ORDER BY e.instant, e.id");

    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = tr("Search failed: %1").arg(q.lastError().databaseText());
        return false;
    }
    bool stopped = false;
    while (!stopped && q.next())
        stopped = !visit(rowFrom(q));
    // next() is also false when SQLite failed half-way (a damaged page, a disk error): that is
    // not the end of the events, and must not read as if it were.
    if (!stopped && q.lastError().isValid()) {
        if (error)
            *error = tr("Reading the events failed: %1").arg(q.lastError().databaseText());
        return false;
    }
    return true;
}

QList<EventRow> EventQuery::fetch(const ReviewStore &store, const QList<qint64> &ids)
{
    QList<EventRow> rows;
    if (ids.isEmpty())
        return rows;
    QStringList placeholders;
    placeholders.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns)
        + QStringLiteral(" FROM events e LEFT JOIN lanes l ON l.id = e.lane_id LEFT JOIN sources s"
                         " ON s.id = e.source_id WHERE e.id IN (")
        + placeholders.join(QLatin1Char(',')) + QStringLiteral(")"));
    for (qint64 id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

std::optional<EventRow> EventQuery::fetchOne(const ReviewStore &store, qint64 id)
{
    const QList<EventRow> rows = fetch(store, { id });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

} // namespace faultless::model
