#include "lanelayout.h"

#include "items/timelineindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace faultless::views {

using model::TimelineIndex;

QString LaneLayout::groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Source:
        return QStringLiteral("source");
    case Grouping::Kind:
        return QStringLiteral("kind");
    case Grouping::Lane:
        break;
    }
    return QStringLiteral("lane");
}

QString LaneLayout::groupingLabel(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Source:
        return tr("Source file");
    case Grouping::Kind:
        return tr("Kind");
    case Grouping::Lane:
        break;
    }
    //: Timeline grouping: the lane an importer assigned (service, host, flag key, chat channel)
    return tr("Service, host, flag or channel");
}

model::EventDensity::Key LaneLayout::densityKey() const
{
    switch (m_grouping) {
    case Grouping::Source:
        return model::EventDensity::Key::Source;
    case Grouping::Kind:
        return model::EventDensity::Key::Kind;
    case Grouping::Lane:
        break;
    }
    return model::EventDensity::Key::Lane;
}

void LaneLayout::rebuild(const TimelineIndex &index)
{
    // Remember the current order before replacing the lanes.
    if (!m_lanes.empty()) {
        m_order.clear();
        m_collapsed.clear();
        for (const Lane &l : m_lanes) {
            m_order << l.name;
            if (l.collapsed)
                m_collapsed << l.name;
        }
    }
    m_lanes.clear();
    std::vector<quint32> keys;
    switch (m_grouping) {
    case Grouping::Lane: {
        // Only lanes that hold events (a removed import leaves its lane names behind).
        std::vector<bool> used(size_t(index.laneNames().size()), false);
        for (quint32 lane : index.lanes()) {
            if (lane < used.size())
                used[lane] = true;
        }
        for (size_t k = 0; k < used.size(); ++k) {
            if (used[k])
                m_lanes.push_back(
                    { quint32(k), k == 0 ? tr("(no lane)") : index.laneNames().value(qsizetype(k)), false });
        }
        break;
    }
    case Grouping::Source: {
        std::vector<bool> used(size_t(index.sourceIds().size()), false);
        for (quint32 source : index.sources()) {
            if (source < used.size())
                used[source] = true;
        }
        for (size_t k = 0; k < used.size(); ++k) {
            if (used[k])
                m_lanes.push_back({ quint32(k),
                    k == 0 ? tr("Added by reviewers") : index.sourceNames().value(qsizetype(k)), false });
        }
        break;
    }
    case Grouping::Kind: {
        std::vector<bool> used(model::EventKindCount, false);
        for (quint8 kind : index.kinds())
            used[kind] = true;
        for (int k = 0; k < model::EventKindCount; ++k) {
            if (used[size_t(k)])
                m_lanes.push_back({ quint32(k), model::DomainText::kindLabel(model::EventKind(k)), false });
        }
        break;
    }
    }
    // Known names first in their saved order, new ones after in their natural order.
    std::stable_sort(m_lanes.begin(), m_lanes.end(), [this](const Lane &a, const Lane &b) {
        const qsizetype ia = m_order.indexOf(a.name);
        const qsizetype ib = m_order.indexOf(b.name);
        return (ia < 0 ? m_order.size() : ia) < (ib < 0 ? m_order.size() : ib);
    });
    for (Lane &l : m_lanes)
        l.collapsed = m_collapsed.contains(l.name);
    updateKeyMap();
}

void LaneLayout::updateKeyMap()
{
    quint32 maxKey = 0;
    for (const Lane &l : m_lanes)
        maxKey = std::max(maxKey, l.key);
    m_laneOfKey.assign(m_lanes.empty() ? 0 : size_t(maxKey) + 1, -1);
    for (size_t i = 0; i < m_lanes.size(); ++i)
        m_laneOfKey[m_lanes[i].key] = int(i);
}

int LaneLayout::laneOfRow(const TimelineIndex &index, qsizetype row) const
{
    if (row < 0 || row >= index.size())
        return -1;
    const quint32 key = model::EventDensity::keyOf(index, row, densityKey());
    return key < m_laneOfKey.size() ? m_laneOfKey[key] : -1;
}

void LaneLayout::move(int from, int to)
{
    if (from < 0 || from >= count() || to < 0 || to >= count() || from == to)
        return;
    Lane lane = m_lanes[size_t(from)];
    m_lanes.erase(m_lanes.begin() + from);
    m_lanes.insert(m_lanes.begin() + to, lane);
    m_order.clear();
    for (const Lane &l : m_lanes)
        m_order << l.name;
    updateKeyMap();
}

void LaneLayout::setCollapsed(int lane, bool collapsed)
{
    if (lane < 0 || lane >= count())
        return;
    m_lanes[size_t(lane)].collapsed = collapsed;
}

void LaneLayout::setAllCollapsed(bool collapsed)
{
    for (Lane &l : m_lanes)
        l.collapsed = collapsed;
}

QString LaneLayout::saveState() const
{
    QJsonArray order, collapsed;
    for (const Lane &l : m_lanes) {
        order.append(l.name);
        if (l.collapsed)
            collapsed.append(l.name);
    }
    QJsonObject o;
    o.insert(QStringLiteral("grouping"), groupingName(m_grouping));
    o.insert(QStringLiteral("order"), order);
    o.insert(QStringLiteral("collapsed"), collapsed);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void LaneLayout::restoreState(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return;
    const QString grouping = o.value(QStringLiteral("grouping")).toString();
    for (Grouping g : { Grouping::Lane, Grouping::Source, Grouping::Kind }) {
        if (groupingName(g) == grouping)
            m_grouping = g;
    }
    m_order.clear();
    m_collapsed.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("order")).toArray())
        m_order << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("collapsed")).toArray())
        m_collapsed << v.toString();
    m_lanes.clear(); // the next rebuild() applies the restored order
}

} // namespace faultless::views
