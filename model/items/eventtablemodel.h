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
// cost the index's 30 bytes each and not a QStandardItem each (DESIGN.md: ≈ 1.2 KB/event).
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, KindColumn, SeverityColumn, LaneColumn, ActorColumn, TextColumn, SourceColumn, ColumnCount };
    Q_ENUM(Column)

    explicit EventTableModel(ReviewDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Restricts the table to these timeline rows (ascending); an empty optional shows all.
    void setRowFilter(std::optional<std::vector<qint64>> timelineRows);
    bool isFiltered() const { return m_filter.has_value(); }
    qint64 timelineRow(int row) const;
    int rowOfTimelineRow(qint64 timelineRow) const; // -1 when filtered out
    qint64 eventId(int row) const;
    int rowOfEvent(qint64 eventId) const;

    // Drops cached text (after an edit of event text).
    void invalidate();

private:
    const EventRow *fetchRow(int row) const;
    void onDocumentChanged(int area, qint64 id);

    ReviewDocument &m_document;
    std::optional<std::vector<qint64>> m_filter;
    mutable QCache<qint64, EventRow> m_cache; // by event id
    static constexpr int PageSize = 200;
};

} // namespace faultless::model
