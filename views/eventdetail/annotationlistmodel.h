#pragma once

#include "search/eventdetails.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace faultless::views {

// The annotation thread of one event, oldest first, for the detail pane.
class AnnotationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setAnnotations(const QList<model::Annotation> &annotations, const QTimeZone &zone);
    const QList<model::Annotation> &annotations() const { return m_annotations; }
    qint64 annotationId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<model::Annotation> m_annotations;
    QTimeZone m_zone;
};

} // namespace faultless::views
