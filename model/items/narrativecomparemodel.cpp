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
    return parent.isValid() ? 0 : int(m_compare.axis().size());
}

int NarrativeCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstNarrativeColumn + int(m_compare.narratives().size());
}

const NarrativeCompare::Row *NarrativeCompareModel::eventRow(int row) const
{
    if (row < 0 || row >= m_compare.axis().size())
        return nullptr;
    const int eventRow = m_compare.axis().at(row).eventRow;
    return eventRow < 0 ? nullptr : &m_compare.rows().at(eventRow);
}

const NarrativeCompare::Step *NarrativeCompareModel::step(const QModelIndex &index) const
{
    if (!isCell(index) || index.column() < FirstNarrativeColumn)
        return nullptr;
    const int n = index.column() - FirstNarrativeColumn;
    const int s = m_compare.axis().at(index.row()).steps.value(n, -1);
    return s < 0 ? nullptr : &m_compare.narratives().at(n).steps.at(s);
}

int NarrativeCompareModel::rowOfEvent(qint64 eventId) const
{
    for (int r = 0; r < m_compare.axis().size(); ++r) {
        const int eventRow = m_compare.axis().at(r).eventRow;
        if (eventRow >= 0 && m_compare.rows().at(eventRow).eventId == eventId)
            return r;
    }
    return -1;
}

int NarrativeCompareModel::rowOfStep(int narrative, int step) const
{
    for (int r = 0; r < m_compare.axis().size(); ++r) {
        if (m_compare.axis().at(r).steps.value(narrative, -1) == step)
            return r;
    }
    return -1;
}

QVariant NarrativeCompareModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const NarrativeCompare::Row *row = eventRow(index.row());
    const NarrativeCompare::Step *cellStep = step(index);
    switch (role) {
    case EventIdRole:
        return row ? row->eventId : (cellStep ? cellStep->eventId : 0);
    case InstantRole:
        return row ? row->instant : QVariant();
    case CitedByRole:
        return row ? row->citedBy : -1;
    case WithoutEvidenceRole:
        return cellStep && cellStep->eventId == 0;
    case ItemIdRole:
        return cellStep ? cellStep->id : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    if (index.column() == TimeColumn)
        return row ? timestamps::toDisplay(row->instant, m_document.timeZone()) : QString();
    if (index.column() == EventColumn) {
        if (row)
            return row->text;
        return role == Qt::ToolTipRole
            ? tr("Steps that cite no event, placed by their order between the narrative's cited steps")
            : QString();
    }
    const int n = index.column() - FirstNarrativeColumn;
    if (!cellStep) {
        if (row && row->stepNumbers.value(n) == 0 && role == Qt::ToolTipRole)
            return tr("Not mentioned in \"%1\"").arg(m_compare.narratives().at(n).title);
        return QString();
    }
    const int number = m_compare.axis().at(index.row()).steps.at(n) + 1;
    if (cellStep->eventId == 0) {
        //: A narrative step that cites no event in the comparison: "<number>. <text>" and a mark below
        return tr("%1. %2\n(no evidence)").arg(number).arg(cellStep->text);
    }
    //: Step number and text in the narrative comparison
    return tr("%1. %2").arg(number).arg(cellStep->text.isEmpty() ? tr("(cites this event)") : cellStep->text);
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
