#include "eventstore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing, item models, search and the timeline index

bool EventStore::isHighlighted(const ReviewStore &store, qint64 eventId)
{
    return store.scalar(QStringLiteral("SELECT highlighted FROM events WHERE id = ?"), { eventId }).toBool();
}

bool EventStore::setHighlighted(ReviewStore &store, qint64 eventId, bool highlighted)
{
    return store.exec(
        QStringLiteral("UPDATE events SET highlighted = ? WHERE id = ?"), { highlighted ? 1 : 0, eventId });
}

QString EventStore::phase(const ReviewStore &store, qint64 eventId)
{
    return store.scalar(QStringLiteral("SELECT COALESCE(phase, '') FROM events WHERE id = ?"), { eventId })
        .toString();
}

bool EventStore::setPhase(ReviewStore &store, qint64 eventId, const QString &phase)
{
    return store.exec(
        QStringLiteral("UPDATE events SET phase = NULLIF(?, '') WHERE id = ?"), { phase, eventId });
}

std::optional<EventPhaseAndOrigin> EventStore::phaseAndOrigin(const ReviewStore &store, qint64 eventId)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("SELECT COALESCE(e.phase, ''), COALESCE(s.origin_path, ''), COALESCE(s.format, '')"
                       " FROM events e LEFT JOIN sources s ON s.id = e.source_id WHERE e.id = ?"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return EventPhaseAndOrigin { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() };
}

// --- practice (events added by hand, clock skew)

// --- reports and analysis (briefing, comparison, export)

} // namespace faultless::model
