#include "disputeaction.h"

#include "commands/practicecommands.h"
#include "disputedialog.h"
#include "disputemarkerdelegate.h"
#include "document/reviewdocument.h"
#include "items/itemroles.h"

#include <QAbstractItemView>
#include <QEvent>

namespace faultless::views {

using model::Disputes;
using model::ReviewDocument;

DisputeAction *DisputeAction::attach(
    ReviewDocument &document, Disputes::ItemType type, QAbstractItemView *view, int textColumn)
{
    return new DisputeAction(document, type, view, textColumn);
}

DisputeAction::DisputeAction(
    ReviewDocument &document, Disputes::ItemType type, QAbstractItemView *view, int textColumn)
    : QAction(view)
    , m_document(document)
    , m_type(type)
    , m_view(view)
    , m_textColumn(textColumn)
{
    setObjectName(type == Disputes::ItemType::Annotation ? QStringLiteral("disputeAnnotationAction")
                                                         : QStringLiteral("disputeStepAction"));
    retranslate();
    // The view's own context menu, if it had one, stays: the action is then only in the Edit menu.
    if (view->contextMenuPolicy() == Qt::DefaultContextMenu)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->addAction(this);
    connect(this, &QAction::triggered, this, [this] { markCurrent(); });

    QAbstractItemDelegate *base = view->itemDelegateForColumn(textColumn);
    m_marker = new DisputeMarkerDelegate(document, type, view, base ? base : view->itemDelegate());
    m_marker->setIdRole(model::ItemIdRole);
    view->setItemDelegateForColumn(textColumn, m_marker);
    connect(&document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Disputes)
            m_view->viewport()->update();
    });
    // The view may get its model (and selection model) later.
    auto follow = [this] {
        if (m_view->selectionModel())
            connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &DisputeAction::updateEnabled, Qt::UniqueConnection);
        updateEnabled();
    };
    follow();
    if (view->model()) {
        connect(view->model(), &QAbstractItemModel::modelReset, this, follow);
        connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &DisputeAction::updateEnabled);
    }
}

void DisputeAction::retranslate()
{
    setText(tr("Mark Uncertain or Disputed…"));
    setToolTip(m_type == Disputes::ItemType::Annotation
            ? tr("Mark this annotation uncertain or disputed, with who raises it and why")
            : tr("Mark this narrative step uncertain or disputed, with who raises it and why"));
}

bool DisputeAction::event(QEvent *event)
{
    // Widgets pass LanguageChange on to their child objects, this action among them.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QAction::event(event);
}

void DisputeAction::updateEnabled()
{
    setEnabled(currentItem() > 0);
}

DisputeAction *DisputeAction::forWidget(QWidget *widget)
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (auto *action = w->findChild<DisputeAction *>(QString(), Qt::FindDirectChildrenOnly))
            return action;
        if (qobject_cast<QAbstractItemView *>(w))
            break; // a viewport's parent is its view; nothing above belongs to this list
    }
    return nullptr;
}

qint64 DisputeAction::currentItem() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(model::ItemIdRole).toLongLong() : 0;
}

qint64 DisputeAction::markCurrent(const QString &state)
{
    const qint64 id = currentItem();
    if (id <= 0 || !m_document.isOpen())
        return 0;
    const QString text = m_view->currentIndex().siblingAtColumn(m_textColumn).data(Qt::EditRole).toString();
    DisputeDialog dialog(state, text, m_document.author(), m_view->window());
    dialog.setWindowTitle(m_type == Disputes::ItemType::Annotation
            ? tr("Mark Annotation Uncertain or Disputed")
            : tr("Mark Step Uncertain or Disputed"));
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    return model::commands::addDispute(
        m_document, Disputes::typeName(m_type), id, dialog.state(), dialog.raisedBy(), dialog.reason());
}

} // namespace faultless::views
