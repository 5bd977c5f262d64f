#pragma once

#include "domain/event.h"
#include "store/timelinerows.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>
#include <new>
#include <vector>

namespace faultless::model {

class ReviewStore;

// Every live event of a review as compact rows sorted by instant: what the timeline draws, the
// event table pages over and the bins are counted from, without reading text (docs/budgets.md;
// klogg keeps line offsets the same way). About 40 bytes per event (31 for the
// rows, 9 for the strata); the few spans, phase markers and "notable" rows (highlighted, manual,
// annotated) are kept on the side.
class TimelineIndex
{
public:
    enum Flag : quint8 {
        Highlighted = TimelineRows::Highlighted,
        Manual = TimelineRows::Manual,
        HasEnd = TimelineRows::HasEnd,
        Annotated = 8,
    };

    using Phase = TimelinePhase; // row, name

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
    QString phase(qsizetype row) const; // empty unless the event marks a phase

    const QStringList &laneNames() const { return m_laneNames; } // [0] is "" (no lane)
    const QVector<qint64> &sourceIds() const { return m_sourceIds; } // sourceIndex -> source id (0 = none)
    const QStringList &sourceNames() const
    {
        return m_sourceNames;
    } // sourceIndex -> name ("" = added by hand)

    // Raw columns for the binning loops (analysis/eventdensity), which must not pay a call per event.
    const std::vector<Instant> &instants() const { return m_instants; }
    const std::vector<quint32> &lanes() const { return m_lanes; }
    const std::vector<quint32> &sources() const { return m_sources; }
    const std::vector<quint8> &kinds() const { return m_kinds; }
    const std::vector<quint8> &severities() const { return m_severities; }
    // (row, end) of every span, sorted by row.
    const std::vector<std::pair<quint32, Instant>> &spans() const { return m_ends; }
    // Phase markers sorted by row.
    const std::vector<Phase> &phases() const { return m_phases; }
    // Rows that are highlighted, added by hand, annotated or mark a phase, ascending: few, and
    // drawn one by one at every zoom.
    const std::vector<quint32> &notableRows() const { return m_notable; }

    Instant first() const { return m_instants.empty() ? NoInstant : m_instants.front(); }
    Instant last() const { return m_last; }
    // The first row whose instant is >= t (size() when none).
    qsizetype lowerBound(Instant t) const;
    // The row of an event id, or -1.
    qsizetype rowOfEvent(qint64 eventId) const;
    // Rows of these event ids (any order; unknown ids are skipped), ascending.
    std::vector<qint64> rowsOfEvents(std::vector<qint64> eventIds) const;
    // Updates the flag bits of one row in place (highlight toggled) without a reload.
    void setFlag(qsizetype row, Flag flag, bool on);
    // Re-reads what an edit of one event can change without changing the set of events:
    // highlight, phase, whether it has annotations. Returns false when the event is not indexed.
    bool refreshEvent(const ReviewStore &store, qint64 eventId);

    // The instants again, grouped by (lane, source, kind, severity) and ascending within each
    // group: the binning of a wide range (EventDensity) then looks up one run per group and bin
    // instead of touching every event. What changes in place (flags, phases) is not part of the
    // key, so the groups stay valid until the next load(). Empty when the keys are too many to
    // group densely; the binning then scans the rows.
    //
    // Each group starts at a block of kStrataBlock instants, one cache line (the array is aligned
    // to one); the gaps between groups and after the last are kStrataPadding, later than every
    // instant. strataSamples() holds the first instant of every block, an eighth of the size, so
    // that a lookup bisects the samples and then reads a single line of instants.
    struct Stratum
    {
        quint32 lane = 0;
        quint32 source = 0;
        quint8 kind = 0;
        quint8 severity = 0;
        quint32 begin = 0; // [begin, end) in strataInstants(); begin is a multiple of kStrataBlock
        quint32 end = 0;
    };
    static constexpr size_t kStrataBlock = 8;
    static constexpr Instant kStrataPadding = std::numeric_limits<Instant>::max();
    template <typename T> struct CacheLineAllocator
    {
        using value_type = T;
        CacheLineAllocator() = default;
        template <typename U> CacheLineAllocator(const CacheLineAllocator<U> &) noexcept { }
        T *allocate(size_t n)
        {
            return static_cast<T *>(::operator new(n * sizeof(T), std::align_val_t(64)));
        }
        void deallocate(T *p, size_t) noexcept { ::operator delete(p, std::align_val_t(64)); }
        bool operator==(const CacheLineAllocator &) const { return true; }
        bool operator!=(const CacheLineAllocator &) const { return false; }
    };
    using StrataInstants = std::vector<Instant, CacheLineAllocator<Instant>>;
    const std::vector<Stratum> &strata() const { return m_strata; }
    const StrataInstants &strataInstants() const { return m_strataInstants; }
    const std::vector<Instant> &strataSamples() const { return m_strataSamples; }

    // Approximate heap bytes held, for the memory benchmark.
    qint64 memoryBytes() const;

private:
    void updateNotable(quint32 row);
    void buildStrata();

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
    std::vector<Phase> m_phases;
    std::vector<quint32> m_notable;
    std::vector<Stratum> m_strata;
    StrataInstants m_strataInstants;
    std::vector<Instant> m_strataSamples;
    QStringList m_laneNames;
    QVector<qint64> m_sourceIds;
    QStringList m_sourceNames;
    Instant m_last = NoInstant;
};

} // namespace faultless::model
