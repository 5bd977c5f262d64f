#include "annotationlistmodel.h"

#include "domain/timestamps.h"
#include "items/itemroles.h"

#include <QCoreApplication>

namespace faultless::model {

void AnnotationListModel::setAnnotations(const QList<Annotation> &annotations, const QTimeZone &zone)
{
    beginResetModel();
    m_annotations = annotations;
    m_zone = zone;
    endResetModel();
}

qint64 AnnotationListModel::annotationId(int row) const
{
    return row >= 0 && row < m_annotations.size() ? m_annotations[row].id : 0;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        QString header = timestamps::toDisplay(a.created, m_zone);
        if (a.edited > a.created)
            // The context it had in views/, so that the existing translations still apply.
            //: Annotation header: it was changed after it was written
            header += QLatin1Char(' ')
                + QCoreApplication::translate("faultless::views::AnnotationListModel", "(edited)");
        // Annotations written before authors were kept have none: show no author rather than
        // a placeholder that reads like a person.
        if (!a.author.isEmpty())
            header = a.author + QStringLiteral(" · ") + header;
        return QString(header + QLatin1Char('\n') + a.text);
    }
    case Qt::ToolTipRole:
        return a.text;
    case Qt::EditRole:
        return a.text;
    case ItemIdRole:
        return a.id;
    default:
        return {};
    }
}

} // namespace faultless::model
