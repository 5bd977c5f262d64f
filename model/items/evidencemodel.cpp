#include "evidencemodel.h"

#include "domain/timestamps.h"
#include "items/itemroles.h"

namespace faultless::model {

EvidenceModel::EvidenceModel(ReviewDocument &document, QObject *parent)
    : RecordListModel(document,
        { ReviewDocument::Area::Factors, ReviewDocument::Area::Annotations, ReviewDocument::Area::Events,
            ReviewDocument::Area::Event },
        parent)
{ }

void EvidenceModel::setFactor(qint64 factorId)
{
    m_factor = factorId;
    reload();
}

QList<EvidenceRow> EvidenceModel::fetch() const
{
    if (m_factor <= 0)
        return {};
    return FactorStore::evidenceRows(document().store(), m_factor);
}

QStringList EvidenceModel::headers() const
{
    return { tr("Time"), tr("Evidence") };
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (role == EventIdRole && isCell(index))
        return recordAt(index.row()).shownEventId;
    return RecordTableModel::data(index, role);
}

QVariant EvidenceModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const EvidenceRow &evidence = recordAt(row);
    if (column == TimeColumn)
        return timestamps::toDisplay(evidence.instant, document().timeZone());
    if (evidence.isAnnotation) {
        //: Evidence that is an annotation: author, annotation text
        return tr("Annotation by %1: %2").arg(evidence.annotationAuthor, evidence.annotationText);
    }
    return evidence.eventText;
}

} // namespace faultless::model
