#include "categorymodel.h"

#include "commands/sensemakingcommands.h"
#include "store/taxonomy.h"

namespace faultless::model {

CategoryModel::CategoryModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Categories}, parent)
{
    reload();
}

QString CategoryModel::query() const
{
    return QStringLiteral("SELECT id, name, description FROM factor_categories ORDER BY position, id");
}

QStringList CategoryModel::headers() const
{
    return {tr("Category"), tr("Description")};
}

QVariant CategoryModel::cell(int row, int column, int role) const
{
    const QString name = field(row, 1).toString();
    if (role == Qt::EditRole)
        return column == NameColumn ? name : field(row, 2);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == NameColumn)
        return role == Qt::ToolTipRole ? Taxonomy::displayDescription(name, field(row, 2).toString())
                                       : Taxonomy::displayName(name);
    return Taxonomy::displayDescription(name, field(row, 2).toString());
}

bool CategoryModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == NameColumn ? commands::renameCategory(document(), id, value.toString())
                                : commands::setCategoryDescription(document(), id, value.toString());
}

} // namespace faultless::model
