#pragma once

#include "items/recordtablemodel.h"
#include "store/opportunitystore.h"

namespace faultless::model {

// What the team might try next, each tied to the factors it addresses.
class OpportunityModel : public RecordListModel<OpportunityRow>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OwnerColumn, StatusColumn, FactorsColumn, ColumnCount };
    explicit OpportunityModel(ReviewDocument &document, QObject *parent = nullptr);
    QString description(int row) const { return recordAt(row).description; }
    QString status(int row) const { return recordAt(row).status; }
    QList<qint64> factorIds(int row) const { return recordAt(row).factorIds; } // linked factors
    static QStringList statuses(); // stored values
    static QString statusName(const QString &status);

protected:
    QList<OpportunityRow> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int column) const override { return column == TitleColumn || column == OwnerColumn; }
    bool setCell(qint64 id, int column, const QVariant &value) override;
};

} // namespace faultless::model
