#include "disputespanel.h"

#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/disputemodel.h"
#include "items/itemroles.h"
#include "mainwindow.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace faultless::views {

using model::DisputeModel;

DisputesPanel::DisputesPanel(MainWindow &window, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_model(new DisputeModel(window.document(), this))
    , m_view(new QTableView(this))
    , m_settle(new QPushButton(tr("&Settle"), this))
{
    m_view->setObjectName(QStringLiteral("disputesTable"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Uncertain and disputed items"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionResizeMode(DisputeModel::ItemColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(DisputeModel::ReasonColumn, QHeaderView::Stretch);
    m_settle->setToolTip(tr("The room agrees now: remove the mark (undoable)"));
    m_settle->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_settle);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_settle->setEnabled(current.isValid());
        const qint64 event = current.data(model::EventIdRole).toLongLong();
        if (event > 0)
            m_window.selection().setCurrentEvent(event);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_settle->setEnabled(m_view->currentIndex().isValid()); });
    connect(m_settle, &QPushButton::clicked, this, [this] {
        if (const auto *d = m_model->dispute(m_view->currentIndex().row()))
            model::commands::removeDispute(m_window.document(), d->id);
    });
}

} // namespace faultless::views
