#include "participantstore.h"

#include "store/reviewstore.h"

#include <QSqlQuery>

namespace faultless::model {

// --- editing and item models

// --- reports and analysis (briefing, comparison, export)

QList<Participant> ParticipantStore::namesAndPseudonyms(const ReviewStore &store)
{
    QList<Participant> participants;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT name, pseudonym FROM participants ORDER BY id"))) {
        while (q.next()) {
            Participant p;
            p.name = q.value(0).toString();
            p.pseudonym = q.value(1).toString();
            participants.append(p);
        }
    }
    return participants;
}

} // namespace faultless::model
