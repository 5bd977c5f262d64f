#include "evidencemodel.h"

#include "domain/timestamps.h"
#include "items/itemroles.h"

namespace faultless::model {

EvidenceModel::EvidenceModel(ReviewDocument &document, QObject *parent)
    : SqlRecordTableModel(document, {ReviewDocument::Area::Factors, ReviewDocument::Area::Annotations,
                                  ReviewDocument::Area::Events, ReviewDocument::Area::Event},
                       parent)
{
}

void EvidenceModel::setFactor(qint64 factorId)
{
    m_factor = factorId;
    reload();
}

QString EvidenceModel::query() const
{
    if (m_factor <= 0)
        return {};
    return QStringLiteral(
        "SELECT fe.id, COALESCE(e.id, ae.id, 0), COALESCE(e.instant, ae.instant), COALESCE(e.text, ae.text, ''),"
        " COALESCE(a.text, ''), COALESCE(a.author, ''), fe.annotation_id IS NOT NULL"
        " FROM factor_evidence fe LEFT JOIN live_events e ON e.id = fe.event_id"
        " LEFT JOIN annotations a ON a.id = fe.annotation_id LEFT JOIN live_events ae ON ae.id = a.event_id"
        " WHERE fe.factor_id = ? AND COALESCE(e.id, ae.id) IS NOT NULL"
        " ORDER BY COALESCE(e.instant, ae.instant), fe.id");
}

QStringList EvidenceModel::headers() const
{
    return {tr("Time"), tr("Evidence")};
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (role == EventIdRole && isCell(index))
        return field(index.row(), 1).toLongLong();
    return RecordTableModel::data(index, role);
}

QVariant EvidenceModel::cell(int row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == TimeColumn)
        return timestamps::toDisplay(field(row, 2).toLongLong(), document().timeZone());
    const bool annotation = field(row, 6).toBool();
    if (annotation) {
        //: Evidence that is an annotation: author, annotation text
        return tr("Annotation by %1: %2").arg(field(row, 5).toString(), field(row, 4).toString());
    }
    return field(row, 3).toString();
}

} // namespace faultless::model
