#include "narrativemodel.h"

#include "commands/sensemakingcommands.h"

namespace faultless::model {

NarrativeModel::NarrativeModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document, { ReviewDocument::Area::Narratives }, parent)
{
    reload();
}

QStringList NarrativeModel::suggestedVantagePoints()
{
    return { tr("On-call engineer (sharp end)"), tr("Engineer who made the change"), tr("Team lead"),
        tr("Incident commander"), tr("Director (blunt end)"), tr("Executive (blunt end)"), tr("Customer"),
        tr("Customer support") };
}

QList<NarrativeStore::Listed> NarrativeModel::fetch() const
{
    return NarrativeStore::listed(document().store());
}

QStringList NarrativeModel::headers() const
{
    return { tr("Narrative"), tr("Vantage point"), tr("Author"), tr("Steps") };
}

QVariant NarrativeModel::cell(int row, int column, int role) const
{
    const NarrativeStore::Listed &narrative = recordAt(row);
    if (role == Qt::ToolTipRole && column == TitleColumn)
        return tr("%1 — told from: %2").arg(narrative.title, narrative.vantagePoint);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case TitleColumn:
        return narrative.title;
    case VantagePointColumn:
        return narrative.vantagePoint;
    case AuthorColumn:
        return narrative.author;
    case StepsColumn:
        return narrative.stepCount;
    }
    return {};
}

bool NarrativeModel::setCell(qint64 id, int column, const QVariant &value)
{
    switch (column) {
    case TitleColumn:
        return commands::setNarrativeTitle(document(), id, value.toString());
    case VantagePointColumn:
        return commands::setNarrativeVantagePoint(document(), id, value.toString());
    case AuthorColumn:
        return commands::setNarrativeAuthor(document(), id, value.toString());
    }
    return false;
}

} // namespace faultless::model
