#include "eventtablemodel.h"

#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "items/itemroles.h"

#include <QColor>
#include <QFont>
#include <QMimeData>

#include <algorithm>
#include <numeric>

namespace faultless::model {

EventTableModel::EventTableModel(ReviewDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_cache(20000)
{
    connect(&m_document, &ReviewDocument::changed, this,
        [this](ReviewDocument::Area area, qint64 id) { onDocumentChanged(int(area), id); });
    connect(&m_document, &ReviewDocument::opened, this, &EventTableModel::resetAll);
    connect(&m_document, &ReviewDocument::aboutToClose, this, &EventTableModel::resetAll);
}

void EventTableModel::resetAll()
{
    beginResetModel();
    m_filter.reset();
    m_cache.clear();
    rebuildOrder();
    endResetModel();
}

void EventTableModel::onDocumentChanged(int area, qint64 id)
{
    switch (static_cast<ReviewDocument::Area>(area)) {
    case ReviewDocument::Area::Events:
    case ReviewDocument::Area::Sources:
        resetAll();
        break;
    case ReviewDocument::Area::Event: {
        m_cache.remove(id);
        const int row = rowOfEvent(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        break;
    }
    default:
        break;
    }
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const qsizetype n = m_filter ? qsizetype(m_filter->size()) : m_document.timeline().size();
    return int(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 EventTableModel::timelineRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (!m_order.empty())
        return m_order[size_t(row)];
    return m_filter ? (*m_filter)[size_t(row)] : row;
}

int EventTableModel::rowOfTimelineRow(qint64 timelineRow) const
{
    if (!m_inverse.empty())
        return timelineRow >= 0 && size_t(timelineRow) < m_inverse.size() ? m_inverse[size_t(timelineRow)]
                                                                          : -1;
    if (!m_filter)
        return timelineRow >= 0 && timelineRow < m_document.timeline().size() ? int(timelineRow) : -1;
    const auto it = std::lower_bound(m_filter->begin(), m_filter->end(), timelineRow);
    return it != m_filter->end() && *it == timelineRow ? int(it - m_filter->begin()) : -1;
}

qint64 EventTableModel::eventId(int row) const
{
    const qint64 t = timelineRow(row);
    return t < 0 ? 0 : m_document.timeline().eventId(t);
}

int EventTableModel::rowOfEvent(qint64 eventId) const
{
    return rowOfTimelineRow(m_document.timeline().rowOfEvent(eventId));
}

void EventTableModel::setRowFilter(std::optional<std::vector<qint64>> timelineRows)
{
    beginResetModel();
    m_filter = std::move(timelineRows);
    rebuildOrder();
    endResetModel();
}

bool EventTableModel::isSortable(int column) const
{
    return column == TimeColumn || column == KindColumn || column == SeverityColumn || column == LaneColumn
        || column == SourceColumn;
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> rows;
    rows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        rows.push_back(timelineRow(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildOrder();
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i) {
        const int row = rowOfTimelineRow(rows[size_t(i)]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventTableModel::rebuildOrder()
{
    m_order.clear();
    m_inverse.clear();
    const TimelineIndex &timeline = m_document.timeline();
    if (m_sortColumn == TimeColumn && m_sortOrder == Qt::AscendingOrder)
        return;
    if (m_filter) {
        m_order = *m_filter;
    } else {
        m_order.resize(size_t(timeline.size()));
        std::iota(m_order.begin(), m_order.end(), qint64(0));
    }
    // Keys are small integers; a rank per lane or source name keeps the comparison cheap.
    std::vector<quint32> rank;
    auto ranks = [&rank](const QStringList &names) {
        std::vector<quint32> order(size_t(names.size()));
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&names](quint32 a, quint32 b) {
            return QString::localeAwareCompare(names[qsizetype(a)], names[qsizetype(b)]) < 0;
        });
        rank.assign(order.size(), 0);
        for (size_t i = 0; i < order.size(); ++i)
            rank[order[i]] = quint32(i);
    };
    std::function<quint32(qint64)> key;
    switch (m_sortColumn) {
    case KindColumn:
        key = [&timeline](qint64 r) { return quint32(timeline.kind(r)); };
        break;
    case SeverityColumn:
        key = [&timeline](qint64 r) { return quint32(timeline.severity(r)); };
        break;
    case LaneColumn:
        ranks(timeline.laneNames());
        key = [&timeline, &rank](qint64 r) { return rank[timeline.lane(r)]; };
        break;
    case SourceColumn:
        ranks(timeline.sourceNames());
        key = [&timeline, &rank](qint64 r) { return rank[timeline.sourceIndex(r)]; };
        break;
    default:
        break;
    }
    if (key) {
        std::vector<quint32> keys(m_order.size());
        for (size_t i = 0; i < m_order.size(); ++i)
            keys[i] = key(m_order[i]);
        std::vector<quint32> perm(m_order.size());
        std::iota(perm.begin(), perm.end(), 0u);
        if (m_sortOrder == Qt::AscendingOrder)
            std::stable_sort(
                perm.begin(), perm.end(), [&keys](quint32 a, quint32 b) { return keys[a] < keys[b]; });
        else
            std::stable_sort(
                perm.begin(), perm.end(), [&keys](quint32 a, quint32 b) { return keys[a] > keys[b]; });
        std::vector<qint64> sorted(m_order.size());
        for (size_t i = 0; i < perm.size(); ++i)
            sorted[i] = m_order[perm[i]];
        m_order.swap(sorted);
    } else if (m_sortOrder == Qt::DescendingOrder) {
        std::reverse(m_order.begin(), m_order.end());
    }
    m_inverse.assign(size_t(timeline.size()), -1);
    for (size_t i = 0; i < m_order.size(); ++i)
        m_inverse[size_t(m_order[i])] = qint32(i);
}

Qt::ItemFlags EventTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags; // the root: views ask it quietly
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList EventTableModel::mimeTypes() const
{
    return { eventIdsMimeType(), QStringLiteral("text/plain") };
}

QMimeData *EventTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            continue;
        const qint64 id = eventId(index.row());
        if (id > 0 && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    QStringList lines;
    for (qint64 id : std::as_const(ids))
        lines << QString::number(id);
    auto *mime = new QMimeData;
    mime->setData(eventIdsMimeType(), lines.join(QLatin1Char('\n')).toUtf8());
    mime->setText(lines.join(QLatin1Char('\n')));
    return mime;
}

void EventTableModel::invalidate()
{
    m_cache.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const EventRow *EventTableModel::fetchRow(int row) const
{
    const qint64 id = eventId(row);
    if (id == 0)
        return nullptr;
    if (const EventRow *cached = m_cache.object(id))
        return cached;
    // Fetch the page around the row in one query: a view asks for rows in screenfuls.
    const int first = std::max(0, row - PageSize / 4);
    const int last = std::min(rowCount() - 1, first + PageSize - 1);
    QList<qint64> ids;
    for (int r = first; r <= last; ++r) {
        const qint64 other = eventId(r);
        if (!m_cache.contains(other))
            ids << other;
    }
    for (const EventRow &fetched : EventQuery::fetch(m_document.store(), ids))
        m_cache.insert(fetched.id, new EventRow(fetched));
    return m_cache.object(id);
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 t = timelineRow(index.row());
    if (t < 0)
        return {};
    const TimelineIndex &timeline = m_document.timeline();
    switch (role) {
    case EventIdRole:
        return timeline.eventId(t);
    case InstantRole:
        return timeline.instant(t);
    case KindRole:
        return int(timeline.kind(t));
    case SeverityRole:
        return int(timeline.severity(t));
    case HighlightedRole:
        return bool(timeline.flags(t) & TimelineIndex::Highlighted);
    case ManualRole:
        return bool(timeline.flags(t) & TimelineIndex::Manual);
    case Qt::FontRole:
        if (timeline.flags(t) & TimelineIndex::Highlighted) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (timeline.severity(t) >= Severity::Error && index.column() == SeverityColumn)
            return QColor(0xb0, 0x1c, 0x1c);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return timestamps::toDisplay(timeline.instant(t), m_document.timeZone());
    case KindColumn: {
        QString label = DomainText::kindLabel(timeline.kind(t));
        if (timeline.flags(t) & TimelineIndex::Manual)
            label += QLatin1Char(' ') + tr("(added by reviewer)");
        return label;
    }
    case SeverityColumn:
        return DomainText::severityLabel(timeline.severity(t));
    case LaneColumn:
        return timeline.laneNames().value(int(timeline.lane(t)));
    default:
        break;
    }
    const EventRow *row = fetchRow(index.row());
    if (!row)
        return {};
    switch (index.column()) {
    case ActorColumn:
        return row->actor;
    case TextColumn:
        return role == Qt::DisplayRole ? row->text.left(500).replace(QLatin1Char('\n'), QLatin1Char(' '))
                                       : row->text.left(2000);
    case SourceColumn:
        if (row->sourceName.isEmpty())
            return tr("added by reviewer");
        // Records of a whole JSON document have a byte offset but no line of their own.
        return row->line > 0 || row->byteOffset == 0
            ? tr("%1, line %2").arg(row->sourceName).arg(row->line)
            : tr("%1, byte %2").arg(row->sourceName).arg(row->byteOffset);
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        // Without a review there is no zone to name.
        return m_document.isOpen() && m_document.timeZone().isValid()
            ? tr("Time (%1)").arg(QString::fromUtf8(m_document.timeZone().id()))
            : tr("Time");
    case KindColumn:
        return tr("Kind");
    case SeverityColumn:
        return tr("Severity");
    case LaneColumn:
        return tr("Lane");
    case ActorColumn:
        return tr("Actor");
    case TextColumn:
        return tr("Text");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace faultless::model
