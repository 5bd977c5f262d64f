#pragma once

#include "domain/event.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace faultless::model {

class ReviewStore;

// A phase marker of the timeline index: the row of the event and the phase it marks.
struct TimelinePhase
{
    quint32 row = 0;
    QString name; // "detection", "diagnosis", "repair", "key moment"
};

// What TimelineIndex is built from, read in bulk through the raw SQLite handle: Qt SQL's per-row
// QVariant boxing costs more than the timeline's budget allows (docs/budgets.md).
class TimelineRows
{
public:
    // Flag bits of a row as read; TimelineIndex adds its own above these.
    enum Flag : quint8 { Highlighted = 1, Manual = 2, HasEnd = 4 };

    // Every live event as columns, in the order of the events table (its rowid), with the lanes
    // and the sources of live imports numbered densely.
    struct Columns
    {
        QStringList laneNames; // lane index -> name; [0] is "" (no lane)
        QList<qint64> sourceIds; // source index -> source id; [0] is 0 (added by hand)
        QStringList sourceNames; // source index -> name; [0] is ""
        std::vector<Instant> instants;
        std::vector<qint64> ids;
        std::vector<quint32> lanes; // lane index
        std::vector<quint32> sources; // source index
        std::vector<quint8> kinds;
        std::vector<quint8> severities;
        std::vector<quint8> flags; // Flag bits
        std::vector<std::pair<quint32, Instant>> ends; // (position in read order, end) of spans
        std::vector<TimelinePhase> phases; // row = position in read order
        bool sorted = true; // instants ascend in read order
        Instant last = NoInstant; // the latest instant or end
    };
    // Fills `columns` (which must be empty); false with `error` set when the review cannot be read.
    static bool read(const ReviewStore &store, Columns &columns, QString *error);
    // From how many events (the largest id) read() reads in two halves on two threads; 1M unless
    // a test sets it lower, to check that both ways read the same.
    static void setTwoReadersFrom(qint64 rows);

    // Calls `visit` with the id of every event that has at least one annotation, once each.
    static void forEachAnnotatedEvent(const ReviewStore &store, const std::function<void(qint64)> &visit);

    // What an edit of one event can change without changing the set of events.
    struct Marks
    {
        bool highlighted = false;
        QString phase; // empty when none
        bool annotated = false;
    };
    // nullopt when there is no such event or it cannot be read.
    static std::optional<Marks> marksOf(const ReviewStore &store, qint64 eventId);
};

} // namespace faultless::model
