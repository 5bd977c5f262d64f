#pragma once

#include "analysis/disputes.h"

#include <QHash>
#include <QPointer>
#include <QStyledItemDelegate>

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

// Makes uncertain and disputed events stand out in any view whose rows carry EventIdRole (the
// event table, the timeline's lists, the narrative compare view): a coloured bar at the left
// edge and a short label in the tooltip. Views that paint themselves call paintMarker() with
// Disputes::stateOf() / states() for the same look.
class DisputeMarkerDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // `base`, when given, paints the cell itself (a view's own delegate, e.g. one that tints rows);
    // this delegate then only adds the marker.
    DisputeMarkerDelegate(model::ReviewDocument &document, model::Disputes::ItemType type,
        QObject *parent = nullptr, QAbstractItemDelegate *base = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    model::Disputes::State stateOf(qint64 itemId) const
    {
        return m_states.value(itemId, model::Disputes::State::None);
    }
    // The role that holds the item id in the view's model (EventIdRole by default).
    void setIdRole(int role) { m_idRole = role; }

    static QColor markerColor(model::Disputes::State state);
    // A bar at the left of `rect`: amber for uncertain, red for disputed.
    static void paintMarker(QPainter *painter, const QRect &rect, model::Disputes::State state);

private:
    void reload();

    model::ReviewDocument &m_document;
    model::Disputes::ItemType m_type;
    QHash<qint64, model::Disputes::State> m_states;
    int m_idRole;
    QPointer<QAbstractItemDelegate> m_base;
};

} // namespace faultless::views
