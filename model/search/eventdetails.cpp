#include "eventdetails.h"

#include "domain/flagwording.h"
#include "import/slackimporter.h"
#include "store/annotationstore.h"
#include "store/eventstore.h"
#include "store/tagstore.h"

namespace faultless::model {

namespace {

void loadFlagChange(const ReviewStore &store, EventDetails *details)
{
    for (const FlagReversal &r : Reversibility::compute(store)) {
        if (r.changeEventId == details->event.id) {
            details->flagReversal = r;
            details->flagChange = FlagWording::change({ r.flagKey, r.environment, r.before, r.after });
        }
        if (r.isReversed() && r.reversalEventId == details->event.id)
            details->reverses.append(r);
    }
}

} // namespace

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
    // The one importer that reads archives names the entry of each record it read from one.
    if (details.sourceFormat == SlackImporter::formatId())
        details.originEntry = SlackImporter::archiveEntryOf(details.event.attributesJson);
    details.annotations = AnnotationStore::ofEvent(store, eventId);
    details.tags = TagStore::namesOfEvent(store, eventId);
    if (details.event.kind == EventKind::Flag)
        loadFlagChange(store, &details);
    return details;
}

QStringList EventDetails::allTags(const ReviewStore &store)
{
    return TagStore::names(store);
}

} // namespace faultless::model
