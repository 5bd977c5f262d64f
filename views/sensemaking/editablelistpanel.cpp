#include "editablelistpanel.h"

#include "items/recordtablemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace faultless::views {

EditableListPanel::EditableListPanel(model::RecordTableModel *model, const QString &accessibleName,
    const QString &note, AddFunction add, DeleteFunction remove, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_note(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_deleteAction(new QAction(m_view))
{
    model->setParent(this);
    m_view->setModel(model);
    m_view->setTabKeyNavigation(false); // Tab moves on to the buttons; arrows move between cells
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, [this, add] {
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
    connect(m_delete, &QPushButton::clicked, this, removeCurrent);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, removeCurrent);
    setTexts(accessibleName, note);
    retranslateUi();
}

void EditableListPanel::setTexts(const QString &accessibleName, const QString &note)
{
    m_view->setAccessibleName(accessibleName);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void EditableListPanel::retranslateUi()
{
    m_add->setText(tr("&Add"));
    m_delete->setText(tr("Delete"));
    m_delete->setAccessibleDescription(tr("Deletes the selected row (Delete key in the table)"));
    m_deleteAction->setText(tr("Delete"));
}

void EditableListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace faultless::views
