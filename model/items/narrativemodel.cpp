#include "narrativemodel.h"

#include "commands/sensemakingcommands.h"

namespace faultless::model {

NarrativeModel::NarrativeModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Narratives}, parent)
{
    reload();
}

QStringList NarrativeModel::suggestedVantagePoints()
{
    return {tr("On-call engineer (sharp end)"), tr("Engineer who made the change"), tr("Team lead"),
            tr("Incident commander"), tr("Director (blunt end)"), tr("Executive (blunt end)"), tr("Customer"),
            tr("Customer support")};
}

QString NarrativeModel::query() const
{
    return QStringLiteral("SELECT n.id, n.title, n.vantage_point, n.author,"
                          " (SELECT COUNT(*) FROM narrative_steps s WHERE s.narrative_id = n.id)"
                          " FROM narratives n ORDER BY n.position, n.id");
}

QStringList NarrativeModel::headers() const
{
    return {tr("Narrative"), tr("Vantage point"), tr("Author"), tr("Steps")};
}

QVariant NarrativeModel::cell(int row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == TitleColumn)
        return tr("%1 — told from: %2").arg(field(row, 1).toString(), field(row, 2).toString());
    return SqlRecordTableModel::cell(row, column, role);
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
