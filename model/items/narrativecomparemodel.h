#pragma once

#include "analysis/narrativecompare.h"

#include <QAbstractTableModel>

namespace faultless::model {

class ReviewDocument;

// Narratives side by side on one time axis (NarrativeCompare::axis()): one row per event any
// compared narrative cites, in time order, and rows for steps that cite nothing, placed by their
// order between the narrative's cited steps; one column per narrative holding its step, empty
// where the narrative leaves the event out. CitedByRole tells the view how many narratives cite
// the row's event (-1 on a row of steps without evidence), WithoutEvidenceRole marks those steps,
// ItemIdRole gives a cell's step id. It does not rank or judge the narratives.
class NarrativeCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, FirstNarrativeColumn };
    explicit NarrativeCompareModel(ReviewDocument &document, QObject *parent = nullptr);

    // Empty = all narratives of the review.
    void setNarratives(const QList<qint64> &narrativeIds);
    const NarrativeCompare &comparison() const { return m_compare; }
    // The event line of a table row (nullptr on a line of steps without evidence).
    const NarrativeCompare::Row *eventRow(int row) const;
    // The step shown in a cell (nullptr when the cell is empty or not a narrative's).
    const NarrativeCompare::Step *step(const QModelIndex &index) const;
    // The table row of an event's line, -1 when no compared narrative cites it.
    int rowOfEvent(qint64 eventId) const;
    // The table row showing step `step` (0-based) of narrative `narrative`, -1 if none.
    int rowOfStep(int narrative, int step) const;
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isCell(const QModelIndex &index) const
    {
        return index.isValid() && index.model() == this && !index.parent().isValid()
            && index.row() < rowCount() && index.column() < columnCount();
    }
    ReviewDocument &m_document;
    QList<qint64> m_ids;
    NarrativeCompare m_compare;
};

} // namespace faultless::model
