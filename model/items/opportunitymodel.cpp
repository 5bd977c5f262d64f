#include "opportunitymodel.h"

#include "commands/sensemakingcommands.h"

namespace faultless::model {

OpportunityModel::OpportunityModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(
        document, { ReviewDocument::Area::Opportunities, ReviewDocument::Area::Factors }, parent)
{
    reload();
}

QStringList OpportunityModel::statuses()
{
    return { QStringLiteral("proposed"), QStringLiteral("agreed"), QStringLiteral("done"),
        QStringLiteral("dropped") };
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

QList<OpportunityRow> OpportunityModel::fetch() const
{
    return OpportunityStore::rows(document().store());
}

QStringList OpportunityModel::headers() const
{
    return { tr("Opportunity"), tr("Owner"), tr("Status"), tr("Factors addressed") };
}

QVariant OpportunityModel::cell(int row, int column, int role) const
{
    const OpportunityRow &opportunity = recordAt(row);
    if (column == StatusColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return statusName(opportunity.status);
    if (column == TitleColumn && role == Qt::ToolTipRole)
        return opportunity.description;
    if (column == FactorsColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return opportunity.factorTitles;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case TitleColumn:
        return opportunity.title;
    case OwnerColumn:
        return opportunity.owner;
    case StatusColumn:
        return opportunity.status;
    case FactorsColumn:
        return opportunity.factorTitles;
    }
    return {};
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
