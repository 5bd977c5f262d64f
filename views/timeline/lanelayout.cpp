#include "lanelayout.h"

#include "analysis/timelineindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <array>

namespace faultless::views {

using model::TimelineIndex;

QString LaneLayout::groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::Source:
        return QStringLiteral("source");
    case Grouping::Kind:
        return QStringLiteral("kind");
    case Grouping::ServiceOrSource:
        return QStringLiteral("service-or-source");
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
    case Grouping::ServiceOrSource:
        //: Timeline grouping (the default): the service, flag or channel an event names, else
        //: its source file; lanes ordered by kind (flags, experiments, alerts, chat, logs)
        return tr("Service or source");
    case Grouping::Lane:
        break;
    }
    //: Timeline grouping: the lane an importer assigned (service, host, flag key, chat channel)
    return tr("Service, host, flag or channel");
}

QList<LaneLayout::Grouping> LaneLayout::groupings()
{
    return { Grouping::ServiceOrSource, Grouping::Lane, Grouping::Source, Grouping::Kind };
}

model::EventDensity::Key LaneLayout::densityKey() const
{
    switch (m_grouping) {
    case Grouping::Source:
        return model::EventDensity::Key::Source;
    case Grouping::Kind:
        return model::EventDensity::Key::Kind;
    case Grouping::ServiceOrSource:
        return model::EventDensity::Key::LaneOrSource;
    case Grouping::Lane:
        break;
    }
    return model::EventDensity::Key::Lane;
}

namespace {
// Where a lane of the default grouping goes: the rare, decisive kinds above the many log lines.
int kindRank(model::EventKind kind)
{
    switch (kind) {
    case model::EventKind::Flag:
        return 0;
    case model::EventKind::Experiment:
        return 1;
    case model::EventKind::Deploy:
        return 2;
    case model::EventKind::Alert:
        return 3;
    case model::EventKind::Chat:
        return 4;
    case model::EventKind::Note:
        return 5;
    case model::EventKind::Log:
        break;
    }
    return 6;
}

// The keys present in a column of per-row keys below `size`.
std::vector<bool> usedKeys(const std::vector<quint32> &column, size_t size)
{
    std::vector<bool> used(size, false);
    for (quint32 key : column) {
        if (key < used.size())
            used[key] = true;
    }
    return used;
}
} // namespace

void LaneLayout::collectLanes(const TimelineIndex &index)
{
    // Only lanes that hold events (a removed import leaves its lane names behind).
    const std::vector<bool> used = usedKeys(index.lanes(), size_t(index.laneNames().size()));
    for (size_t k = 0; k < used.size(); ++k) {
        if (used[k])
            m_lanes.push_back(
                { quint32(k), k == 0 ? tr("(no lane)") : index.laneNames().value(qsizetype(k)), false });
    }
}

void LaneLayout::collectServicesAndSources(const TimelineIndex &index)
{
    const quint32 laneCount = quint32(index.laneNames().size());
    std::vector<bool> used(size_t(laneCount) + size_t(index.sourceIds().size()), false);
    for (qsizetype row = 0; row < index.size(); ++row) {
        const quint32 key = model::EventDensity::keyOf(index, row, model::EventDensity::Key::LaneOrSource);
        if (key < used.size())
            used[key] = true;
    }
    for (size_t k = 1; k < used.size(); ++k) {
        if (!used[k])
            continue;
        const qsizetype source = qsizetype(k) - qsizetype(laneCount);
        const QString name = k < laneCount ? index.laneNames().value(qsizetype(k))
            : source == 0                  ? tr("Added by reviewers")
                                           : index.sourceNames().value(source);
        m_lanes.push_back({ quint32(k), name, false });
    }
}

void LaneLayout::assignKinds(const TimelineIndex &index)
{
    if (m_lanes.empty())
        return;
    updateKeyMap();
    std::vector<std::array<quint64, model::EventKindCount>> counts(m_lanes.size(), { 0 });
    const model::EventDensity::Key key = densityKey();
    auto add = [&](quint32 k, quint8 kind, quint64 n) {
        const int lane = k < m_laneOfKey.size() ? m_laneOfKey[k] : -1;
        if (lane >= 0 && kind < model::EventKindCount)
            counts[size_t(lane)][kind] += n;
    };
    if (!index.strata().empty() && key != model::EventDensity::Key::Kind) {
        // One entry per (lane, source, kind, severity) group: no pass over every event.
        for (const TimelineIndex::Stratum &s : index.strata()) {
            const quint32 k = key == model::EventDensity::Key::Lane ? s.lane
                : key == model::EventDensity::Key::Source
                ? s.source
                : model::EventDensity::laneOrSourceKey(index, s.lane, s.source);
            add(k, s.kind, s.end - s.begin);
        }
    } else {
        for (qsizetype row = 0; row < index.size(); ++row)
            add(model::EventDensity::keyOf(index, row, key), quint8(index.kind(row)), 1);
    }
    for (size_t i = 0; i < m_lanes.size(); ++i) {
        const auto &c = counts[i];
        m_lanes[i].kind = model::EventKind(std::max_element(c.begin(), c.end()) - c.begin());
    }
}

void LaneLayout::rebuild(const TimelineIndex &index)
{
    // Remember the current order before replacing the lanes.
    if (!m_lanes.empty()) {
        m_order.clear();
        m_collapsed.clear();
        for (const Lane &l : m_lanes) {
            if (m_userOrdered)
                m_order << l.name;
            if (l.collapsed)
                m_collapsed << l.name;
        }
    }
    m_lanes.clear();
    switch (m_grouping) {
    case Grouping::Lane:
        collectLanes(index);
        break;
    case Grouping::ServiceOrSource:
        collectServicesAndSources(index);
        break;
    case Grouping::Source: {
        const std::vector<bool> used = usedKeys(index.sources(), size_t(index.sourceIds().size()));
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
                m_lanes.push_back({ quint32(k), model::DomainText::kindLabel(model::EventKind(k)), false,
                    model::EventKind(k) });
        }
        break;
    }
    }
    if (m_grouping != Grouping::Kind)
        assignKinds(index);
    if (m_grouping == Grouping::ServiceOrSource) {
        std::stable_sort(m_lanes.begin(), m_lanes.end(), [](const Lane &a, const Lane &b) {
            const int ra = kindRank(a.kind), rb = kindRank(b.kind);
            return ra != rb ? ra < rb : a.name.localeAwareCompare(b.name) < 0;
        });
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
    m_userOrdered = true;
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
        if (m_userOrdered)
            order.append(l.name);
        if (l.collapsed)
            collapsed.append(l.name);
    }
    QJsonObject o;
    o.insert(QStringLiteral("version"), 2);
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
    // States saved before version 2 said "lane" for the old default, which put every source
    // without a service into "(no lane)": those take the new default (issue 21); a grouping
    // chosen since is kept.
    const bool oldDefault
        = o.value(QStringLiteral("version")).toInt() < 2 && grouping == groupingName(Grouping::Lane);
    for (Grouping g : groupings()) {
        if (groupingName(g) == grouping && !oldDefault)
            m_grouping = g;
    }
    m_order.clear();
    m_collapsed.clear();
    if (oldDefault) {
        m_lanes.clear();
        return; // its order was of the old lanes
    }
    for (const QJsonValue &v : o.value(QStringLiteral("order")).toArray())
        m_order << v.toString();
    m_userOrdered = !m_order.isEmpty();
    for (const QJsonValue &v : o.value(QStringLiteral("collapsed")).toArray())
        m_collapsed << v.toString();
    m_lanes.clear(); // the next rebuild() applies the restored order
}

} // namespace faultless::views
