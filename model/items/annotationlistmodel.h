#pragma once

#include "search/eventdetails.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace faultless::model {

// The annotation thread of one event, oldest first, for the detail pane.
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setAnnotations(const QList<Annotation> &annotations, const QTimeZone &zone);
    const QList<Annotation> &annotations() const { return m_annotations; }
    qint64 annotationId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Annotation> m_annotations;
    QTimeZone m_zone;
};

} // namespace faultless::model
