#include "categorymodel.h"

#include "commands/sensemakingcommands.h"
#include "store/factorstore.h"
#include "store/taxonomy.h"

namespace faultless::model {

CategoryModel::CategoryModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document, { ReviewDocument::Area::Categories }, parent)
{
    reload();
}

QList<FactorCategory> CategoryModel::fetch() const
{
    return FactorStore::categories(document().store());
}

QStringList CategoryModel::headers() const
{
    return { tr("Category"), tr("Description") };
}

QVariant CategoryModel::cell(int row, int column, int role) const
{
    const FactorCategory &category = recordAt(row);
    if (role == Qt::EditRole)
        return column == NameColumn ? category.name : category.description;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == NameColumn)
        return role == Qt::ToolTipRole ? Taxonomy::displayDescription(category.name, category.description)
                                       : Taxonomy::displayName(category.name);
    return Taxonomy::displayDescription(category.name, category.description);
}

bool CategoryModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == NameColumn ? commands::renameCategory(document(), id, value.toString())
                                : commands::setCategoryDescription(document(), id, value.toString());
}

} // namespace faultless::model
