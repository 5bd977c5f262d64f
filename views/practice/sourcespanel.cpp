#include "sourcespanel.h"

#include "clockskewdialog.h"
#include "commands/eventcommands.h"
#include "commands/practicecommands.h"
#include "document/reviewdocument.h"
#include "items/itemroles.h"
#include "items/sourcemodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace faultless::views {

using model::SourceModel;

SourcesPanel::SourcesPanel(model::ReviewDocument &document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new SourceModel(document, this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_shift(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_shiftAction(new QAction(this))
    , m_importAgainAction(new QAction(this))
    , m_removeAction(new QAction(this))
{
    m_view->setObjectName(QStringLiteral("sourcesTable"));
    m_view->setModel(m_model);
    m_view->setTabKeyNavigation(false); // Tab leaves the table for the details and buttons
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // The name takes what the counts leave, so that a narrow dock needs no horizontal scrolling.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SourceModel::NameColumn, QHeaderView::Stretch);
    // The context menu (the Menu key opens it from the keyboard).
    m_importAgainAction->setObjectName(QStringLiteral("importAgainAs"));
    m_view->addActions({ m_shiftAction, m_importAgainAction, m_removeAction });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    retranslate();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_shift);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    layout->addLayout(buttons);

    connect(m_shift, &QPushButton::clicked, this, &SourcesPanel::shiftClockOfCurrent);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPanel::removeCurrent);
    connect(m_shiftAction, &QAction::triggered, this, &SourcesPanel::shiftClockOfCurrent);
    connect(m_importAgainAction, &QAction::triggered, this, &SourcesPanel::importCurrentAgain);
    connect(m_removeAction, &QAction::triggered, this, &SourcesPanel::removeCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SourcesPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SourcesPanel::updateDetails);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &SourcesPanel::shiftClockOfCurrent);
    updateDetails();
}

void SourcesPanel::retranslate()
{
    m_view->setAccessibleName(tr("Sources"));
    m_details->setAccessibleName(tr("Rejected records"));
    m_details->setPlaceholderText(
        tr("Choose a source to see where it came from and the records it rejected."));
    m_shift->setText(tr("Shift &Clock…"));
    m_shift->setToolTip(tr("Move every event of the source by a fixed offset, when its clock was wrong or "
                           "its zone mislabelled"));
    m_remove->setText(tr("&Remove"));
    m_remove->setToolTip(tr("Remove the source and its events from the review (undoable)"));
    m_shiftAction->setText(m_shift->text());
    m_importAgainAction->setText(tr("Import &Again As…"));
    m_importAgainAction->setToolTip(
        tr("Read the source's file again in another format, in place of its events (undoable)"));
    m_removeAction->setText(m_remove->text());
}

void SourcesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateDetails();
    }
    QWidget::changeEvent(event);
}

qint64 SourcesPanel::currentSourceId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(model::ItemIdRole).toLongLong() : 0;
}

void SourcesPanel::updateDetails()
{
    const SourceModel::Source *s = m_model->source(m_view->currentIndex().row());
    m_shift->setEnabled(s != nullptr);
    m_remove->setEnabled(s != nullptr);
    for (QAction *action : { m_shiftAction, m_importAgainAction, m_removeAction })
        action->setEnabled(s != nullptr);
    if (!s) {
        m_details->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1 (%2, %3)").arg(s->name, s->format, s->kind);
    lines << tr("From: %1").arg(s->originPath);
    lines << tr("Zone for timestamps without one: %1").arg(s->zone);
    if (s->clockOffsetUs != 0)
        lines << tr("Clock shifted by %1: %2")
                     .arg(SourceModel::formatOffset(s->clockOffsetUs), s->clockOffsetReason);
    if (!s->notes.isEmpty())
        lines << s->notes;
    if (s->rejected > 0) {
        const auto rejects = SourceModel::firstRejects(m_document.store(), s->id, 20);
        lines << QString() << tr("%n record(s) rejected; the first:", nullptr, int(s->rejected));
        for (const SourceModel::Reject &r : rejects) {
            lines << tr("Line %1: %2").arg(r.line).arg(r.reason);
            if (!r.raw.isEmpty())
                lines << QStringLiteral("    ") + QString::fromUtf8(r.raw).left(160).simplified();
        }
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

void SourcesPanel::shiftClockOfCurrent()
{
    const SourceModel::Source *s = m_model->source(m_view->currentIndex().row());
    if (!s)
        return;
    const qint64 id = s->id;
    ClockSkewDialog dialog(s->name, s->clockOffsetUs, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (model::commands::shiftSourceClock(m_document, id, dialog.deltaUs(), dialog.reason()))
        emit statusMessage(tr("Shifted the clock of %1")
                               .arg(m_model->source(m_model->rowOfSource(id))
                                       ? m_model->source(m_model->rowOfSource(id))->name
                                       : QString()));
    const int row = m_model->rowOfSource(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void SourcesPanel::removeCurrent()
{
    const SourceModel::Source *s = m_model->source(m_view->currentIndex().row());
    if (!s)
        return;
    if (QMessageBox::question(this, tr("Remove Source"),
            tr("Remove %1 and its %n event(s) from the review? You can undo this.", nullptr, int(s->events))
                .arg(s->name))
        != QMessageBox::Yes)
        return;
    model::commands::removeSource(m_document, s->id);
}

void SourcesPanel::importCurrentAgain()
{
    if (const qint64 id = currentSourceId())
        emit importAgainRequested(id);
}

} // namespace faultless::views
