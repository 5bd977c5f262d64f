#include "factormodel.h"

#include "commands/sensemakingcommands.h"
#include "store/taxonomy.h"

namespace faultless::model {

FactorModel::FactorModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Factors, ReviewDocument::Area::Categories,
                                  ReviewDocument::Area::Annotations, ReviewDocument::Area::Events},
                       parent)
{
    reload();
}

QString FactorModel::query() const
{
    // Evidence on events of a removed source is not counted: it is not visible either.
    return QStringLiteral(
        "SELECT f.id, f.title, COALESCE(c.name, ''),"
        " (SELECT COUNT(*) FROM factor_evidence fe LEFT JOIN annotations a ON a.id = fe.annotation_id"
        "  WHERE fe.factor_id = f.id AND COALESCE(fe.event_id, a.event_id) IN (SELECT id FROM live_events)),"
        " f.description, COALESCE(f.category_id, 0)"
        " FROM factors f LEFT JOIN factor_categories c ON c.id = f.category_id"
        " ORDER BY c.name IS NULL, c.name COLLATE NOCASE, f.title COLLATE NOCASE, f.id");
}

QStringList FactorModel::headers() const
{
    return {tr("Contributing factor"), tr("Category"), tr("Evidence")};
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
        const QString name = field(row, 2).toString();
        //: A factor without a category
        return name.isEmpty() ? tr("(none)") : Taxonomy::displayName(name);
    }
    case EvidenceColumn:
        return field(row, 3).toInt();
    }
    return {};
}

bool FactorModel::setCell(qint64 id, int column, const QVariant &value)
{
    return column == TitleColumn && commands::setFactorTitle(document(), id, value.toString());
}

} // namespace faultless::model
