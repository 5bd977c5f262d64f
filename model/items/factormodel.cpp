#include "factormodel.h"

#include "commands/sensemakingcommands.h"
#include "store/taxonomy.h"

namespace faultless::model {

FactorModel::FactorModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document,
        { ReviewDocument::Area::Factors, ReviewDocument::Area::Categories, ReviewDocument::Area::Annotations,
            ReviewDocument::Area::Events },
        parent)
{
    reload();
}

QList<FactorRow> FactorModel::fetch() const
{
    return FactorStore::rows(document().store());
}

QStringList FactorModel::headers() const
{
    return { tr("Contributing factor"), tr("Category"), tr("Evidence") };
}

QVariant FactorModel::cell(int row, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return description(row);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case TitleColumn:
        return title(row);
    case CategoryColumn: {
        const QString &name = recordAt(row).categoryName;
        //: A factor without a category
        return name.isEmpty() ? tr("(none)") : Taxonomy::displayName(name);
    }
    case EvidenceColumn:
        return recordAt(row).evidenceCount;
    }
    return {};
}

bool FactorModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == TitleColumn && commands::setFactorTitle(document(), id, value.toString());
}

} // namespace faultless::model
