#include "editablelistpanel.h"

#include "items/recordtablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace faultless::views {

EditableListPanel::EditableListPanel(model::RecordTableModel *model, const QString &accessibleName, const QString &note,
                                     AddFunction add, DeleteFunction remove, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
{
    model->setParent(this);
    m_view->setModel(model);
    m_view->setAccessibleName(accessibleName);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    auto *addButton = new QPushButton(tr("&Add"), this);
    auto *deleteButton = new QPushButton(tr("Delete"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(deleteButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    if (!note.isEmpty()) {
        auto *label = new QLabel(note, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(addButton, &QPushButton::clicked, this, [this, add] {
        const qint64 id = add();
        const int row = m_model->rowOfId(id);
        if (row >= 0) {
            const QModelIndex index = m_model->index(row, 0);
            m_view->setCurrentIndex(index);
            m_view->edit(index);
        }
    });
    auto removeCurrent = [this, remove] {
        const QModelIndex index = m_view->currentIndex();
        if (index.isValid())
            remove(m_model->idAt(index.row()));
    };
    connect(deleteButton, &QPushButton::clicked, this, removeCurrent);
    auto *deleteAction = new QAction(tr("Delete"), m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, removeCurrent);
}

} // namespace faultless::views
