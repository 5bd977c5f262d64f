#include "narrativecomparemodel.h"

#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "items/itemroles.h"

namespace faultless::model {

NarrativeCompareModel::NarrativeCompareModel(ReviewDocument &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Narratives || area == ReviewDocument::Area::Factors
            || area == ReviewDocument::Area::Events || area == ReviewDocument::Area::Annotations)
            refresh();
    });
    connect(&document, &ReviewDocument::opened, this, &NarrativeCompareModel::refresh);
    connect(&document, &ReviewDocument::aboutToClose, this, [this] {
        beginResetModel();
        m_compare = NarrativeCompare();
        endResetModel();
    });
}

void NarrativeCompareModel::setNarratives(const QList<qint64> &narrativeIds)
{
    m_ids = narrativeIds;
    refresh();
}

void NarrativeCompareModel::refresh()
{
    beginResetModel();
    m_compare
        = m_document.isOpen() ? NarrativeCompare::compute(m_document.store(), m_ids) : NarrativeCompare();
    endResetModel();
}

int NarrativeCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_compare.rows().size());
}

int NarrativeCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstNarrativeColumn + int(m_compare.narratives().size());
}

QVariant NarrativeCompareModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const NarrativeCompare::Row &row = m_compare.rows().at(index.row());
    switch (role) {
    case EventIdRole:
        return row.eventId;
    case InstantRole:
        return row.instant;
    case CitedByRole:
        return row.citedBy;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    if (index.column() == TimeColumn)
        return timestamps::toDisplay(row.instant, m_document.timeZone());
    if (index.column() == EventColumn)
        return row.text;
    const int n = index.column() - FirstNarrativeColumn;
    const int step = row.stepNumbers.value(n);
    if (step == 0)
        return role == Qt::ToolTipRole ? tr("Not mentioned in \"%1\"").arg(m_compare.narratives().at(n).title)
                                       : QString();
    const QString text = m_compare.narratives().at(n).steps.at(step - 1).text;
    //: Step number and text in the narrative comparison
    return tr("%1. %2").arg(step).arg(text.isEmpty() ? tr("(cites this event)") : text);
}

QVariant NarrativeCompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == ItemIdRole && section >= FirstNarrativeColumn)
        return m_compare.narratives().at(section - FirstNarrativeColumn).id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (section == TimeColumn)
        return tr("Time");
    if (section == EventColumn)
        return tr("Event");
    const NarrativeCompare::Narrative &n = m_compare.narratives().at(section - FirstNarrativeColumn);
    if (role == Qt::ToolTipRole)
        return tr("%1\nTold from: %2\nBy: %3").arg(n.title, n.vantagePoint, n.author);
    return n.vantagePoint.isEmpty() ? n.title : tr("%1\n(%2)").arg(n.title, n.vantagePoint);
}

} // namespace faultless::model
