#pragma once

#include "analysis/eventdensity.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace faultless::model {
class TimelineIndex;
}

namespace faultless::views {

// Which lanes the timeline shows and in what order: events grouped by lane name (service, host,
// flag key, channel — whatever the importer put there), by source file, or by kind; the user can
// reorder and collapse lanes. The state is saved per review as JSON under "ui.timeline.lanes".
//
// The default, ServiceOrSource, takes the importer's lane where an event has one and else the
// source file, so that a log without a service field gets a lane of its own instead of landing
// in "(no lane)" with every other such source; its lanes are ordered by what they mostly hold
// (flag changes, experiments, deploys, alerts, chat, then logs), so that the few decisive
// events sit above the many log lines.
class LaneLayout
{
    Q_DECLARE_TR_FUNCTIONS(LaneLayout)
public:
    enum class Grouping { Lane, Source, Kind, ServiceOrSource };

    struct Lane
    {
        quint32 key = 0; // lane index, source index, kind, or EventDensity::laneOrSourceKey()
        QString name;
        bool collapsed = false;
        model::EventKind kind = model::EventKind::Log; // what most of its events are
    };

    // Rebuilds the lanes from the keys present in `index`, keeping the order and collapsed state
    // of lanes whose names were known.
    void rebuild(const model::TimelineIndex &index);
    Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping) { m_grouping = grouping; }
    model::EventDensity::Key densityKey() const;

    int count() const { return int(m_lanes.size()); }
    const Lane &lane(int i) const { return m_lanes[size_t(i)]; }
    // Lane position of a row's key (-1 when not shown); the map EventDensity takes.
    const std::vector<int> &laneOfKey() const { return m_laneOfKey; }
    int laneOfRow(const model::TimelineIndex &index, qsizetype row) const;

    void move(int from, int to);
    void setCollapsed(int lane, bool collapsed);
    void setAllCollapsed(bool collapsed);

    QString saveState() const;
    void restoreState(const QString &json);

    static QString groupingName(Grouping grouping); // stable id for saving
    static QString groupingLabel(Grouping grouping); // translated
    static QList<Grouping> groupings(); // in the order the panel offers them

private:
    void updateKeyMap();
    void collectLanes(const model::TimelineIndex &index);
    void collectServicesAndSources(const model::TimelineIndex &index);
    // The kind most of each lane's events are, counted over every event (one pass).
    void assignKinds(const model::TimelineIndex &index);

    Grouping m_grouping = Grouping::ServiceOrSource;
    std::vector<Lane> m_lanes;
    std::vector<int> m_laneOfKey;
    // Remembered across rebuilds and from the saved state: names in the user's order.
    QStringList m_order;
    QStringList m_collapsed;
    // Whether the user put the lanes in an order (move()): only then is it kept; otherwise every
    // rebuild sorts afresh, so that the lanes of a later import still sort in by kind.
    bool m_userOrdered = false;
};

} // namespace faultless::views
