#pragma once

#include "analysis/narrativecompare.h"

#include <QAbstractTableModel>

namespace faultless::model {

class ReviewDocument;

// Narratives side by side: one row per event any compared narrative cites, in time order; one
// column per narrative holding the step that cites the event, empty where the narrative leaves
// it out. CitedByRole tells the view how many narratives cite the row's event, so it can show
// where they diverge. It does not rank or judge the narratives.
class NarrativeCompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, FirstNarrativeColumn };
    explicit NarrativeCompareModel(ReviewDocument &document, QObject *parent = nullptr);

    // Empty = all narratives of the review.
    void setNarratives(const QList<qint64> &narrativeIds);
    const NarrativeCompare &comparison() const { return m_compare; }
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
