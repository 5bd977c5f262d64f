#include "eventquery.h"

#include "store/reviewstore.h"
#include "store/sourcestore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

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

namespace {
// The filter's conditions beyond the text, after a WHERE that has a condition already.
void appendConditions(const EventFilter &filter, QString *sql, QVariantList *values)
{
    if (filter.from != NoInstant) {
        *sql += QStringLiteral(" AND COALESCE(e.end_instant, e.instant) >= ?");
        *values << filter.from;
    }
    if (filter.to != NoInstant) {
        *sql += QStringLiteral(" AND e.instant <= ?");
        *values << filter.to;
    }
    if (filter.kind) {
        *sql += QStringLiteral(" AND e.kind = ?");
        *values << int(*filter.kind);
    }
    if (filter.highlightedOnly)
        *sql += QStringLiteral(" AND e.highlighted = 1");
}

bool prepared(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
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
            *error = EventQuery::tr("Search failed: %1").arg(q.lastError().databaseText());
        return false;
    }
    return true;
}

// next() is also false when SQLite failed half-way (a damaged page, a disk error): that is not
// the end of the events, and must not read as if it were.
bool readFailed(const QSqlQuery &q, QString *error)
{
    if (!q.lastError().isValid())
        return false;
    if (error)
        *error = EventQuery::tr("Reading the events failed: %1").arg(q.lastError().databaseText());
    return true;
}

// The ids of a text query's hits, read once, which every source's query checks through an SQL
// function of this connection. Before the first row of a word in each of 10M events this takes
// 0.4 s, where a temporary table of the ids took 3.1 s and SQLite's own list for `IN (SELECT
// rowid FROM events_fts ...)` 2.0 s (sqlite3 shell; and that list was made once per source).
class HitSet
{
public:
    explicit HitSet(const ReviewStore &store)
        : m_db(store.handle())
    {
        static std::atomic<int> serial { 0 };
        m_name = "faultless_search_hit_" + QByteArray::number(serial.fetch_add(1));
    }
    ~HitSet()
    {
        if (m_installed)
            sqlite3_create_function_v2(
                m_db, m_name.constData(), 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    }
    HitSet(const HitSet &) = delete;
    HitSet &operator=(const HitSet &) = delete;

    bool read(const QString &fts, QString *error)
    {
        sqlite3_stmt *q = nullptr;
        const QByteArray text = fts.toUtf8();
        bool ok
            = sqlite3_prepare_v2(m_db,
                  "SELECT rowid FROM events_fts WHERE events_fts MATCH ?1 ORDER BY rowid", -1, &q, nullptr)
                == SQLITE_OK
            && sqlite3_bind_text(q, 1, text.constData(), int(text.size()), SQLITE_STATIC) == SQLITE_OK;
        int step = SQLITE_DONE;
        while (ok && (step = sqlite3_step(q)) == SQLITE_ROW)
            m_ids.push_back(sqlite3_column_int64(q, 0));
        ok = ok && step == SQLITE_DONE;
        if (!ok && error)
            *error = EventQuery::tr("Search failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
        sqlite3_finalize(q);
        m_installed = ok
            && sqlite3_create_function_v2(m_db, m_name.constData(), 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, this,
                   &HitSet::contains, nullptr, nullptr, nullptr)
                == SQLITE_OK;
        return m_installed;
    }
    QString condition() const { return QStringLiteral(" AND %1(e.id)").arg(QLatin1String(m_name)); }

private:
    static void contains(sqlite3_context *context, int, sqlite3_value **values)
    {
        const auto *self = static_cast<const HitSet *>(sqlite3_user_data(context));
        const qint64 id = sqlite3_value_int64(values[0]);
        sqlite3_result_int(context, std::binary_search(self->m_ids.cbegin(), self->m_ids.cend(), id));
    }

    sqlite3 *m_db;
    QByteArray m_name;
    std::vector<qint64> m_ids; // ascending: FTS5 gives them in rowid order
    bool m_installed = false;
};

// One source's matching events in time order, read through events_source.
struct SourceCursor
{
    std::unique_ptr<QSqlQuery> query;
    Instant instant = NoInstant;
    qint64 id = 0;

    bool advance()
    {
        if (!query->next())
            return false;
        id = query->value(0).toLongLong();
        instant = query->value(1).toLongLong();
        return true;
    }
    bool after(const SourceCursor &other) const
    {
        return instant != other.instant ? instant > other.instant : id > other.id;
    }
};

// Rare words: the hits are looked up by id and sorted, in one statement.
bool forEachSorted(const ReviewStore &store, const EventFilter &filter, const QString &fts,
    const std::function<bool(const EventRow &)> &visit, QString *error)
{
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns)
        + QStringLiteral(" FROM live_events e LEFT JOIN lanes l ON l.id = e.lane_id"
                         " LEFT JOIN sources s ON s.id = e.source_id"
                         " WHERE e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)");
    QVariantList values { fts };
    appendConditions(filter, &sql, &values);
    if (filter.sourceId) {
        sql += QStringLiteral(" AND e.source_id = ?");
        values << *filter.sourceId;
    }
    sql += QStringLiteral(" ORDER BY e.instant, e.id");
    QSqlQuery q(store.database());
    if (!prepared(q, sql, values, error))
        return false;
    bool stopped = false;
    while (!stopped && q.next())
        stopped = !visit(rowFrom(q));
    return stopped || !readFailed(q, error);
}

// Everything else: each source's events come in time order from events_source, and the earliest
// head of them all is visited next, so the first rows come out at once however many match.
bool forEachMerged(const ReviewStore &store, const EventFilter &filter, const QString &fts,
    const std::function<bool(const EventRow &)> &visit, QString *error)
{
    HitSet hits(store);
    if (!fts.isEmpty() && !hits.read(fts, error))
        return false;
    QString sql = QStringLiteral("SELECT ") + QLatin1String(kColumns)
        + QStringLiteral(" FROM events e INDEXED BY events_source LEFT JOIN lanes l ON l.id = e.lane_id"
                         " LEFT JOIN sources s ON s.id = e.source_id WHERE e.source_id IS ?");
    if (!fts.isEmpty())
        sql += hits.condition();
    QVariantList conditionValues;
    appendConditions(filter, &sql, &conditionValues);
    sql += QStringLiteral(" ORDER BY e.instant, e.id");
    std::vector<SourceCursor> heads;
    for (const QVariant &key : SourceStore::liveSourceKeys(store, filter.sourceId)) {
        SourceCursor c { std::make_unique<QSqlQuery>(store.database()) };
        if (!prepared(*c.query, sql, QVariantList { key } + conditionValues, error))
            return false;
        if (c.advance())
            heads.push_back(std::move(c));
        else if (readFailed(*c.query, error))
            return false;
    }
    const auto later = [](const SourceCursor &a, const SourceCursor &b) { return a.after(b); };
    std::make_heap(heads.begin(), heads.end(), later);
    while (!heads.empty()) {
        std::pop_heap(heads.begin(), heads.end(), later);
        SourceCursor &earliest = heads.back();
        if (!visit(rowFrom(*earliest.query)))
            return true;
        if (earliest.advance())
            std::push_heap(heads.begin(), heads.end(), later);
        else if (readFailed(*earliest.query, error))
            return false;
        else
            heads.pop_back();
    }
    return true;
}
} // namespace

bool EventQuery::forEach(const ReviewStore &store, const EventFilter &filter,
    const std::function<bool(const EventRow &)> &visit, QString *error)
{
    const QString fts = toFtsQuery(filter.search);
    if (!filter.search.trimmed().isEmpty() && fts.isEmpty())
        return true;
    // A rare word's few hits sort at once; walking every event of every source would cost more.
    if (!fts.isEmpty() && fewerHitsThan(store, fts, kSortedHitsAtMost))
        return forEachSorted(store, filter, fts, visit, error);
    return forEachMerged(store, filter, fts, visit, error);
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
