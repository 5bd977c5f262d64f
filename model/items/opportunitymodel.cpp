#include "opportunitymodel.h"

#include "commands/sensemakingcommands.h"

namespace faultless::model {

OpportunityModel::OpportunityModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Opportunities, ReviewDocument::Area::Factors}, parent)
{
    reload();
}

QStringList OpportunityModel::statuses()
{
    return {QStringLiteral("proposed"), QStringLiteral("agreed"), QStringLiteral("done"), QStringLiteral("dropped")};
}

QString OpportunityModel::statusName(const QString &status)
{
    if (status == QLatin1String("agreed"))
        return tr("Agreed");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("dropped"))
        return tr("Dropped");
    return tr("Proposed");
}

QString OpportunityModel::query() const
{
    return QStringLiteral("SELECT o.id, o.title, o.owner, o.status,"
                          " (SELECT GROUP_CONCAT(title, '; ') FROM (SELECT f.title FROM opportunity_factors ofc"
                          "  JOIN factors f ON f.id = ofc.factor_id WHERE ofc.opportunity_id = o.id ORDER BY f.title)),"
                          " o.description, (SELECT GROUP_CONCAT(factor_id) FROM opportunity_factors x WHERE x.opportunity_id = o.id)"
                          " FROM opportunities o ORDER BY o.created, o.id");
}

QList<qint64> OpportunityModel::factorIds(int row) const
{
    QList<qint64> ids;
    for (const QString &id : field(row, 6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.append(id.toLongLong());
    return ids;
}

QStringList OpportunityModel::headers() const
{
    return {tr("Opportunity"), tr("Owner"), tr("Status"), tr("Factors addressed")};
}

QVariant OpportunityModel::cell(int row, int column, int role) const
{
    if (column == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return statusName(field(row, 3).toString());
    if (column == TitleColumn && role == Qt::ToolTipRole)
        return description(row);
    if (column == FactorsColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return field(row, 4).toString();
    return SqlRecordTableModel::cell(row, column, role);
}

bool OpportunityModel::setCell(qint64 id, int column, const QVariant &value)
{
    if (column == TitleColumn)
        return commands::setOpportunityField(document(), id, QStringLiteral("title"), value.toString());
    if (column == OwnerColumn)
        return commands::setOpportunityField(document(), id, QStringLiteral("owner"), value.toString());
    return false;
}

} // namespace faultless::model
