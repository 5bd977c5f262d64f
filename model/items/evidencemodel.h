#pragma once

#include "items/recordtablemodel.h"
#include "store/factorstore.h"

namespace faultless::model {

// The evidence of one factor: cited events and cited annotations (shown with their event), in
// time order. EventIdRole gives the event to show in the timeline.
class EvidenceModel : public RecordListModel<EvidenceRow>
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EvidenceColumn, ColumnCount };
    explicit EvidenceModel(ReviewDocument &document, QObject *parent = nullptr);

    void setFactor(qint64 factorId);
    qint64 factor() const { return m_factor; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    QList<EvidenceRow> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    qint64 m_factor = 0;
};

} // namespace faultless::model
