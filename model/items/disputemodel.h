#pragma once

#include "analysis/disputes.h"

#include <QAbstractTableModel>
#include <QList>

namespace faultless::model {

class ReviewDocument;

// Every uncertain or disputed item of the review, with who raised it and why: the Disputes
// panel. EventIdRole gives the event an item belongs to (0 for a step without one), so that
// choosing a row can show the event in the timeline.
class DisputeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, StateColumn, RaisedByColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DisputeModel(ReviewDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Disputes::Dispute *dispute(int row) const;
    void reload();

private:
    ReviewDocument &m_document;
    QList<Dispute> m_rows; // with their items' texts and events (DisputeStore::liveWithItems)
};

} // namespace faultless::model
