#include "disputemarkerdelegate.h"

#include "document/reviewdocument.h"
#include "items/itemroles.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace faultless::views {

using model::Disputes;
using model::ReviewDocument;

DisputeMarkerDelegate::DisputeMarkerDelegate(
    ReviewDocument &document, Disputes::ItemType type, QObject *parent, QAbstractItemDelegate *base)
    : QStyledItemDelegate(parent)
    , m_document(document)
    , m_type(type)
    , m_idRole(model::EventIdRole)
    , m_base(base)
{
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Disputes || area == ReviewDocument::Area::Events)
            reload();
    });
    connect(&m_document, &ReviewDocument::opened, this, &DisputeMarkerDelegate::reload);
    connect(&m_document, &ReviewDocument::aboutToClose, this, [this] { m_states.clear(); });
    reload();
}

void DisputeMarkerDelegate::reload()
{
    m_states = m_document.isOpen() ? Disputes::states(m_document.store(), m_type)
                                   : QHash<qint64, Disputes::State>();
}

QColor DisputeMarkerDelegate::markerColor(Disputes::State state)
{
    switch (state) {
    case Disputes::State::Uncertain:
        return QColor(0xe0, 0xa0, 0x00);
    case Disputes::State::Disputed:
        return QColor(0xd0, 0x30, 0x30);
    case Disputes::State::None:
        break;
    }
    return {};
}

void DisputeMarkerDelegate::paintMarker(QPainter *painter, const QRect &rect, Disputes::State state)
{
    if (state == Disputes::State::None)
        return;
    painter->save();
    const QColor color = markerColor(state);
    painter->fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), color);
    if (state == Disputes::State::Disputed) {
        // A second cue besides colour, for readers who do not tell amber from red.
        painter->fillRect(QRect(rect.left() + 6, rect.top(), 2, rect.height()), color);
    }
    painter->restore();
}

void DisputeMarkerDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Disputes::State state = stateOf(index.data(m_idRole).toLongLong());
    auto paintCell = [&](const QStyleOptionViewItem &cell) {
        if (m_base)
            m_base->paint(painter, cell, index);
        else
            QStyledItemDelegate::paint(painter, cell, index);
    };
    if (state == Disputes::State::None) {
        paintCell(option);
        return;
    }
    QStyleOptionViewItem shifted = option;
    shifted.rect.adjust(10, 0, 0, 0);
    paintCell(shifted);
    paintMarker(painter, option.rect, state);
}

bool DisputeMarkerDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const Disputes::State state = stateOf(index.data(m_idRole).toLongLong());
    if (event->type() != QEvent::ToolTip || state == Disputes::State::None)
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    QStringList lines;
    for (const Disputes::Dispute &d :
        Disputes::forItem(m_document.store(), m_type, index.data(m_idRole).toLongLong())) {
        lines << tr("%1 by %2: %3")
                     .arg(Disputes::stateLabel(d.state), d.raisedBy.isEmpty() ? tr("someone") : d.raisedBy,
                         d.reason.isEmpty() ? tr("no reason given") : d.reason);
    }
    const QString base = index.data(Qt::ToolTipRole).toString();
    QToolTip::showText(event->globalPos(),
        (base.isEmpty() ? QString() : base + QStringLiteral("\n\n")) + lines.join(QLatin1Char('\n')), view);
    return true;
}

} // namespace faultless::views
