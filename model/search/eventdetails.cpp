#include "eventdetails.h"

#include "store/annotationstore.h"
#include "store/eventstore.h"
#include "store/tagstore.h"

namespace faultless::model {

std::optional<EventDetails> EventDetails::load(const ReviewStore &store, qint64 eventId)
{
    const std::optional<EventRow> row = EventQuery::fetchOne(store, eventId);
    if (!row)
        return std::nullopt;
    EventDetails details;
    details.event = *row;
    if (const std::optional<EventPhaseAndOrigin> more = EventStore::phaseAndOrigin(store, eventId)) {
        details.phase = more->phase;
        details.originPath = more->originPath;
        details.sourceFormat = more->sourceFormat;
    }
    details.annotations = AnnotationStore::ofEvent(store, eventId);
    details.tags = TagStore::namesOfEvent(store, eventId);
    return details;
}

QStringList EventDetails::allTags(const ReviewStore &store)
{
    return TagStore::names(store);
}

} // namespace faultless::model
