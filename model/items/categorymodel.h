#pragma once

#include "domain/sensemaking.h"
#include "items/recordtablemodel.h"

namespace faultless::model {

// The review's factor-category taxonomy, in its seeded order (not an order of importance).
class CategoryModel : public RecordListModel<FactorCategory>
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, ColumnCount };
    explicit CategoryModel(ReviewDocument &document, QObject *parent = nullptr);

protected:
    QList<FactorCategory> fetch() const override;
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
    bool isEditable(int) const override { return true; }
    bool setCell(qint64 id, int column, const QVariant &value) override;
};

} // namespace faultless::model
