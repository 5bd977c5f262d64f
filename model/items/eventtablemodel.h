#pragma once

#include "domain/event.h"
#include "store/eventquery.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QTimeZone>

#include <vector>

namespace faultless::model {

class ReviewDocument;

// The event table over the timeline index: one row per event in time order (or per row of a
// filter), text fetched from SQLite on demand in pages and cached, so that a million events
// cost the index's 30 bytes each and not a QStandardItem each (docs/budgets.md: ≈ 1.2 KB/event).
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        KindColumn,
        SeverityColumn,
        LaneColumn,
        ActorColumn,
        TextColumn,
        SourceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit EventTableModel(ReviewDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Sorts on the columns the index holds (time, kind, severity, lane, source); actor and text
    // would need a query over every row, so they keep time order. Stable: ties stay in time order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortable(int column) const;
    // Drags carry event ids, one per line, as "application/x-faultless-event-ids" (and plain text),
    // so that narratives and factors can cite events dropped on them.
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    static QString eventIdsMimeType() { return QStringLiteral("application/x-faultless-event-ids"); }

    // Restricts the table to these timeline rows (ascending); an empty optional shows all. The
    // current sort is kept.
    void setRowFilter(std::optional<std::vector<qint64>> timelineRows);
    bool isFiltered() const { return m_filter.has_value(); }
    qint64 timelineRow(int row) const;
    int rowOfTimelineRow(qint64 timelineRow) const; // -1 when filtered out
    qint64 eventId(int row) const;
    int rowOfEvent(qint64 eventId) const;

    // Drops cached text (after an edit of event text).
    void invalidate();

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    const EventRow *fetchRow(int row) const;
    void onDocumentChanged(int area, qint64 id);
    void resetAll();
    void rebuildOrder(); // m_order/m_inverse from m_filter and the sort

    ReviewDocument &m_document;
    std::optional<std::vector<qint64>> m_filter;
    // Display order when sorted other than by time ascending (timeline rows), and its inverse
    // (timeline row -> display row, -1 = filtered out). Both empty in time order.
    std::vector<qint64> m_order;
    std::vector<qint32> m_inverse;
    int m_sortColumn = TimeColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QCache<qint64, EventRow> m_cache; // by event id
    static constexpr int PageSize = 200;
};

} // namespace faultless::model
