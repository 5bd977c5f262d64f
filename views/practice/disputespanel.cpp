#include "disputespanel.h"

#include "commands/practicecommands.h"
#include "disputemarkerdelegate.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/disputemodel.h"
#include "items/itemroles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>

namespace faultless::views {

using model::DisputeModel;
using model::Disputes;

namespace {
// The state column carries the same bar as the marked item has where it is shown (timeline,
// annotation thread, narrative steps, comparison), so the list reads the same way.
class StateMarkerDelegate : public QStyledItemDelegate
{
public:
    StateMarkerDelegate(const DisputeModel &model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    { }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const Disputes::Dispute *d = m_model.dispute(index.row());
        if (!d) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem shifted = option;
        shifted.rect.adjust(10, 0, 0, 0);
        QStyledItemDelegate::paint(painter, shifted, index);
        DisputeMarkerDelegate::paintMarker(painter, option.rect, d->state);
    }

private:
    const DisputeModel &m_model;
};
} // namespace

DisputesPanel::DisputesPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_model(new DisputeModel(document, this))
    , m_view(new QTableView(this))
    , m_settle(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("disputesTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(DisputeModel::StateColumn, new StateMarkerDelegate(*m_model, m_view));
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the Settle button
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(DisputeModel::ItemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DisputeModel::ReasonColumn, QHeaderView::Stretch);
    m_settle->setObjectName(QStringLiteral("settleDispute"));
    m_settle->setEnabled(false);
    retranslate();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_settle);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            m_settle->setEnabled(current.isValid());
            const qint64 event = current.data(model::EventIdRole).toLongLong();
            if (event > 0)
                m_selection.setCurrentEvent(event);
        });
    connect(m_model, &QAbstractItemModel::modelReset, this,
        [this] { m_settle->setEnabled(m_view->currentIndex().isValid()); });
    connect(m_settle, &QPushButton::clicked, this, [this] {
        if (const auto *d = m_model->dispute(m_view->currentIndex().row()))
            model::commands::removeDispute(m_document, d->id);
    });
}

void DisputesPanel::retranslate()
{
    m_view->setAccessibleName(tr("Uncertain and disputed items"));
    m_settle->setText(tr("&Settle"));
    m_settle->setToolTip(tr("The room agrees now: remove the mark (undoable)"));
}

void DisputesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace faultless::views
