#pragma once

#include "domain/practice.h"
#include "items/recordtablemodel.h"

namespace faultless::model {

// People in the review; exports show the pseudonym where one is set.
class ParticipantModel : public RecordListModel<Participant>
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PseudonymColumn, ColumnCount };
    explicit ParticipantModel(ReviewDocument &document, QObject *parent = nullptr);

protected:
    QList<Participant> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int) const override { return true; }
    bool setCell(qint64 id, int column, const QVariant &value) override;
};

} // namespace faultless::model
