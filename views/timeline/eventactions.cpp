#include "eventactions.h"

#include "commands/eventcommands.h"
#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "practice/disputedialog.h"
#include "search/eventdetails.h"
#include "store/factorstore.h"
#include "store/narrativestore.h"
#include "timeline/timelineview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace faultless::views {

using model::ReviewDocument;
namespace commands = model::commands;

namespace {
// Menu entries show the keys of the lists opened by E and N after a tab, as QMenu does for an
// action's own shortcut (a submenu's action has none).
QString withKey(const QString &text, const QKeySequence &key)
{
    return text + QLatin1Char('\t') + key.toString(QKeySequence::NativeText);
}

// The event in a line: time, where it came from, text (for the clipboard and dialogs).
QString eventLine(const model::EventRow &e, const QTimeZone &zone)
{
    QString line = model::timestamps::toDisplay(e.instant, zone);
    if (!e.sourceName.isEmpty())
        line += QStringLiteral("  ") + e.sourceName;
    if (e.line > 0)
        line += QStringLiteral(":") + QString::number(e.line);
    return line + QStringLiteral("  ") + e.text;
}
} // namespace

EventActions::EventActions(ReviewDocument &document, EventSelection &selection, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_selection(selection)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("eventActions"));
    const char *names[ActionCount]
        = { "annotateEventAction", "tagEventAction", "highlightEventAction", "disputeEventAction",
              "citeEventAction", "addEventToNarrativeAction", "showEventInSourceAction", "copyEventAction" };
    const QKeySequence keys[ActionCount] = { QKeySequence(Qt::Key_A), QKeySequence(Qt::Key_T),
        QKeySequence(Qt::Key_H), QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_E), QKeySequence(Qt::Key_N),
        QKeySequence(), QKeySequence::Copy };
    for (int i = 0; i < ActionCount; ++i) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(names[i]));
        a->setShortcut(keys[i]);
        // Plain letters must not fire while typing elsewhere: only in the views attached.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_actions[i] = a;
    }
    m_actions[Highlight]->setCheckable(true);
    connect(m_actions[Annotate], &QAction::triggered, this, &EventActions::annotate);
    connect(m_actions[Tag], &QAction::triggered, this, &EventActions::tag);
    connect(m_actions[Highlight], &QAction::triggered, this, &EventActions::toggleHighlight);
    connect(m_actions[Dispute], &QAction::triggered, this, &EventActions::markDisputed);
    connect(m_actions[Cite], &QAction::triggered, this, [this] { popupList(&EventActions::fillCiteMenu); });
    connect(m_actions[AddToNarrative], &QAction::triggered, this,
        [this] { popupList(&EventActions::fillNarrativeMenu); });
    connect(m_actions[ShowInSource], &QAction::triggered, this, &EventActions::showInSource);
    connect(m_actions[Copy], &QAction::triggered, this, &EventActions::copy);
    connect(&m_selection, &EventSelection::currentEventChanged, this, &EventActions::updateEnabled);
    connect(&m_document, &ReviewDocument::opened, this, &EventActions::updateEnabled);
    connect(&m_document, &ReviewDocument::aboutToClose, this, [this] {
        for (QAction *a : m_actions)
            a->setEnabled(false);
    });
    retranslate();
    updateEnabled();
}

void EventActions::retranslate()
{
    m_actions[Annotate]->setText(tr("&Annotate…"));
    m_actions[Annotate]->setToolTip(tr("Write what people saw, knew and expected at this event"));
    m_actions[Tag]->setText(tr("&Tag…"));
    m_actions[Highlight]->setText(tr("&Highlight"));
    m_actions[Dispute]->setText(tr("Mark &Disputed/Uncertain…"));
    m_actions[Cite]->setText(tr("&Cite as Evidence for"));
    m_actions[AddToNarrative]->setText(tr("Add to &Narrative"));
    m_actions[ShowInSource]->setText(tr("Show in &Source"));
    m_actions[Copy]->setText(tr("&Copy"));
    m_actions[Copy]->setToolTip(tr("Copy the event's time, origin and text"));
}

void EventActions::updateEnabled()
{
    const bool on = m_document.isOpen() && m_selection.currentEvent() != 0;
    for (QAction *a : m_actions)
        a->setEnabled(on);
}

void EventActions::attachTo(QWidget *widget)
{
    for (QAction *a : m_actions)
        widget->addAction(a);
}

QMenu *EventActions::createMenu(QWidget *parent)
{
    const qint64 id = m_selection.currentEvent();
    const auto row
        = id && m_document.isOpen() ? model::EventQuery::fetchOne(m_document.store(), id) : std::nullopt;
    if (!row)
        return nullptr;
    m_actions[Highlight]->setChecked(row->highlighted);
    m_actions[ShowInSource]->setEnabled(!row->sourceName.isEmpty());
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("eventMenu"));
    menu->addActions({ m_actions[Annotate], m_actions[Tag], m_actions[Highlight], m_actions[Dispute] });
    menu->addSeparator();
    QMenu *cite = menu->addMenu(withKey(m_actions[Cite]->text(), m_actions[Cite]->shortcut()));
    cite->setObjectName(QStringLiteral("citeMenu"));
    fillCiteMenu(cite);
    QMenu *narrative
        = menu->addMenu(withKey(m_actions[AddToNarrative]->text(), m_actions[AddToNarrative]->shortcut()));
    narrative->setObjectName(QStringLiteral("narrativeMenu"));
    fillNarrativeMenu(narrative);
    menu->addSeparator();
    menu->addActions({ m_actions[ShowInSource], m_actions[Copy] });
    return menu;
}

void EventActions::popup(qint64 eventId, const QPoint &globalPos)
{
    if (eventId)
        m_selection.setCurrentEvent(eventId);
    QMenu *menu = createMenu(m_dialogParent);
    if (!menu)
        return;
    menu->exec(globalPos);
    delete menu;
}

void EventActions::fillCiteMenu(QMenu *menu)
{
    menu->clear();
    const QList<model::FactorRow> factors = model::FactorStore::rows(m_document.store());
    for (const model::FactorRow &f : factors) {
        const qint64 factorId = f.id;
        menu->addAction(f.title, this, [this, factorId] { citeFor(factorId); });
    }
    if (factors.isEmpty())
        menu->addAction(tr("No contributing factors yet"))->setEnabled(false);
}

void EventActions::fillNarrativeMenu(QMenu *menu)
{
    menu->clear();
    const QList<model::NarrativeStore::Listed> narratives = model::NarrativeStore::listed(m_document.store());
    for (const model::NarrativeStore::Listed &n : narratives) {
        const qint64 narrativeId = n.id;
        const QString title = n.vantagePoint.isEmpty() ? n.title : tr("%1 (%2)").arg(n.title, n.vantagePoint);
        menu->addAction(title, this, [this, narrativeId] { addToNarrative(narrativeId); });
    }
    if (narratives.isEmpty())
        menu->addAction(tr("No narratives yet"))->setEnabled(false);
}

void EventActions::popupList(void (EventActions::*fill)(QMenu *))
{
    if (!m_selection.currentEvent())
        return;
    QMenu menu(m_dialogParent);
    (this->*fill)(&menu);
    menu.exec(anchorForKeys());
}

QPoint EventActions::anchorForKeys() const
{
    QWidget *focus = QApplication::focusWidget();
    if (auto *timeline = qobject_cast<TimelineView *>(focus)) {
        if (const auto at = timeline->positionOfEvent(m_selection.currentEvent()))
            return timeline->mapToGlobal(*at + QPoint(0, 8));
    }
    if (auto *view = qobject_cast<QAbstractItemView *>(focus)) {
        const QRect rect = view->visualRect(view->currentIndex());
        if (rect.isValid())
            return view->viewport()->mapToGlobal(rect.bottomLeft());
    }
    return QCursor::pos();
}

bool EventActions::annotate()
{
    const qint64 id = m_selection.currentEvent();
    const auto row = id ? model::EventQuery::fetchOne(m_document.store(), id) : std::nullopt;
    if (!row)
        return false;
    QDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("annotateDialog"));
    dialog.setWindowTitle(tr("Annotate Event"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *what = new QLabel(eventLine(*row, m_document.timeZone()), &dialog);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("annotationText"));
    text->setAccessibleName(tr("Annotation text"));
    text->setTabChangesFocus(true);
    text->setPlaceholderText(tr("What did people see, know and expect at this moment?"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(480, 220);
    if (dialog.exec() != QDialog::Accepted || text->toPlainText().trimmed().isEmpty())
        return false;
    return commands::addAnnotation(m_document, id, text->toPlainText().trimmed()) > 0;
}

bool EventActions::tag()
{
    const qint64 id = m_selection.currentEvent();
    if (!id)
        return false;
    bool ok = false;
    const QString tag = QInputDialog::getItem(m_dialogParent, tr("Tag Event"), tr("Tag:"),
        model::EventDetails::allTags(m_document.store()), -1, true, &ok)
                            .trimmed();
    return ok && !tag.isEmpty() && commands::addTag(m_document, id, tag);
}

bool EventActions::toggleHighlight()
{
    const qint64 id = m_selection.currentEvent();
    const auto row = id ? model::EventQuery::fetchOne(m_document.store(), id) : std::nullopt;
    return row && commands::setHighlighted(m_document, id, !row->highlighted);
}

bool EventActions::markDisputed()
{
    const qint64 id = m_selection.currentEvent();
    const auto row = id ? model::EventQuery::fetchOne(m_document.store(), id) : std::nullopt;
    if (!row)
        return false;
    DisputeDialog dialog(QStringLiteral("disputed"), row->text, m_document.author(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return commands::addDispute(
               m_document, QStringLiteral("event"), id, dialog.state(), dialog.raisedBy(), dialog.reason())
        > 0;
}

bool EventActions::citeFor(qint64 factorId)
{
    const qint64 id = m_selection.currentEvent();
    return id && commands::addEventEvidence(m_document, factorId, { id }) > 0;
}

bool EventActions::addToNarrative(qint64 narrativeId)
{
    const qint64 id = m_selection.currentEvent();
    return id && commands::addStepsForEvents(m_document, narrativeId, { id }) > 0;
}

void EventActions::showInSource()
{
    const qint64 id = m_selection.currentEvent();
    const auto details = id ? model::EventDetails::load(m_document.store(), id) : std::nullopt;
    if (!details || details->originPath.isEmpty())
        return;
    EventDetailPane::showSource(m_dialogParent, model::SourceExcerpt::originOf(*details));
}

void EventActions::copy()
{
    const qint64 id = m_selection.currentEvent();
    const auto row = id ? model::EventQuery::fetchOne(m_document.store(), id) : std::nullopt;
    if (row)
        QApplication::clipboard()->setText(eventLine(*row, m_document.timeZone()));
}

} // namespace faultless::views
