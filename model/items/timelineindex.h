#pragma once

#include "domain/event.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace faultless::model {

class ReviewStore;

// Every live event of a review as compact rows sorted by instant: what the timeline draws, the
// event table pages over and the bins are counted from, without reading text (DESIGN.md
// "Performance"; klogg keeps line offsets the same way). About 30 bytes per event.
class TimelineIndex
{
public:
    enum Flag : quint8 { Highlighted = 1, Manual = 2, HasEnd = 4 };

    bool load(const ReviewStore &store, QString *error = nullptr);
    void clear();

    qsizetype size() const { return qsizetype(m_instants.size()); }
    bool isEmpty() const { return m_instants.empty(); }
    Instant instant(qsizetype row) const { return m_instants[size_t(row)]; }
    qint64 eventId(qsizetype row) const { return m_ids[size_t(row)]; }
    quint32 lane(qsizetype row) const { return m_lanes[size_t(row)]; } // index into laneNames(); 0 = none
    EventKind kind(qsizetype row) const { return static_cast<EventKind>(m_kinds[size_t(row)]); }
    Severity severity(qint64 row) const { return static_cast<Severity>(m_severities[size_t(row)]); }
    quint8 flags(qsizetype row) const { return m_flags[size_t(row)]; }
    Instant end(qsizetype row) const; // NoInstant unless the event is a span
    quint32 sourceIndex(qsizetype row) const { return m_sources[size_t(row)]; }

    const QStringList &laneNames() const { return m_laneNames; } // [0] is "" (no lane)
    const QVector<qint64> &sourceIds() const { return m_sourceIds; } // sourceIndex -> source id (0 = none)

    Instant first() const { return m_instants.empty() ? NoInstant : m_instants.front(); }
    Instant last() const { return m_last; }
    // The first row whose instant is >= t (size() when none).
    qsizetype lowerBound(Instant t) const;
    // The row of an event id, or -1.
    qsizetype rowOfEvent(qint64 eventId) const;
    // Updates the flag bits of one row in place (highlight toggled) without a reload.
    void setFlag(qsizetype row, Flag flag, bool on);

    // Approximate heap bytes held, for the memory benchmark.
    qint64 memoryBytes() const;

private:
    std::vector<Instant> m_instants;
    std::vector<qint64> m_ids;
    std::vector<quint32> m_lanes;
    std::vector<quint32> m_sources;
    std::vector<quint8> m_kinds;
    std::vector<quint8> m_severities;
    std::vector<quint8> m_flags;
    std::vector<quint32> m_rowsById; // rows ordered by event id, for rowOfEvent()
    // Spans are few: (row, end) sorted by row.
    std::vector<std::pair<quint32, Instant>> m_ends;
    QStringList m_laneNames;
    QVector<qint64> m_sourceIds;
    Instant m_last = NoInstant;
};

} // namespace faultless::model
