#include "participantstore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

// --- reports and analysis (briefing, comparison, export)

QStringList ParticipantStore::names(const ReviewStore &store)
{
    QStringList names;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT name FROM participants ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace faultless::model
