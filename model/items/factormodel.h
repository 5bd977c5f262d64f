#pragma once

#include "items/recordtablemodel.h"
#include "store/factorstore.h"

namespace faultless::model {

// Contributing factors: a set, sorted by category then title, never by importance. There is no
// rank, "primary" or severity column on purpose (docs/architecture.md principle 1).
class FactorModel : public RecordListModel<FactorRow>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, CategoryColumn, EvidenceColumn, ColumnCount };
    explicit FactorModel(ReviewDocument &document, QObject *parent = nullptr);

    QString description(int row) const { return recordAt(row).description; }
    qint64 categoryId(int row) const { return recordAt(row).categoryId; }
    QString title(int row) const { return recordAt(row).title; }
    QString author(int row) const { return recordAt(row).author; }

protected:
    QList<FactorRow> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int column) const override { return column == TitleColumn; }
    bool setCell(qint64 id, int column, const QVariant &value) override;
};

} // namespace faultless::model
