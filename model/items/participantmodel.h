#pragma once

#include "items/recordtablemodel.h"

namespace faultless::model {

// People in the review; exports show the pseudonym where one is set.
class ParticipantModel : public SqlRecordTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, PseudonymColumn, ColumnCount };
    explicit ParticipantModel(ReviewDocument &document, QObject *parent = nullptr);

protected:
    QString query() const override;
    QStringList headers() const override;
    bool isEditable(int) const override { return true; }
    bool setCell(qint64 id, int column, const QVariant &value) override;
};

} // namespace faultless::model
