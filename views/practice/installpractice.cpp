#include "installpractice.h"

#include "agreementpanel.h"
#include "analysis/disputes.h"
#include "archive/eventsexporter.h"
#include "archive/reviewarchive.h"
#include "backgroundtask.h"
#include "commands/practicecommands.h"
#include "disputeaction.h"
#include "disputedialog.h"
#include "disputemarkerdelegate.h"
#include "disputespanel.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/eventtablemodel.h"
#include "learningspanel.h"
#include "mainwindow.h"
#include "manualeventdialog.h"
#include "sourcespanel.h"
#include "store/eventquery.h"
#include "store/incidentsummarystore.h"
#include "store/reviewstore.h"
#include "summarypanel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>

#include <functional>
#include <memory>

namespace faultless::views {

using model::ReviewDocument;

namespace {

class Practice
{
    Q_DECLARE_TR_FUNCTIONS(Practice)
};

// The docks and actions installPractice() adds belong to the main window, which is not ours to
// subclass: this filter retitles them when the language changes at run time.
class Retranslator : public QObject
{
public:
    Retranslator(QWidget *window, std::function<void()> apply)
        : QObject(window)
        , m_apply(std::move(apply))
    {
        window->installEventFilter(this);
        m_apply();
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_apply();
        return false;
    }

private:
    std::function<void()> m_apply;
};

QDockWidget *addDock(MainWindow &window, const QString &objectName, const QString &title, QWidget *panel,
    QDockWidget *tabifyWith)
{
    auto *dock = new QDockWidget(title, &window);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::AllDockWidgetAreas);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    if (tabifyWith)
        window.tabifyDockWidget(tabifyWith, dock);
    // Hidden until asked for: the event table stays the first thing a new user sees.
    dock->hide();
    QAction *toggle = dock->toggleViewAction();
    window.menu(MainWindow::Menu::View)->addAction(toggle);
    return dock;
}

void showDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
}

void editManual(MainWindow &window, qint64 eventId)
{
    ReviewDocument &document = window.document();
    const model::commands::ManualEvent before = model::commands::manualEvent(document, eventId);
    if (before.instant == model::NoInstant) {
        window.showStatus(
            Practice::tr("Only events added by hand can be edited; recorded events stay as recorded."));
        return;
    }
    ManualEventDialog dialog(document.timeZone(), document.timeline().laneNames(), &window);
    dialog.setEvent(before);
    if (dialog.exec() == QDialog::Accepted)
        model::commands::editManualEvent(document, eventId, dialog.event());
}

// Where a new event by hand starts: at the current event, else at the start of the impact
// window the summary gives, else at the first event; NoInstant (now) in an empty review.
model::Instant manualEventStart(MainWindow &window)
{
    ReviewDocument &doc = window.document();
    if (const auto row = model::EventQuery::fetchOne(doc.store(), window.selection().currentEvent()))
        return row->instant;
    const model::IncidentSummary summary = model::IncidentSummaryStore::read(doc.store());
    if (summary.impactFrom != model::NoInstant && model::isSupportedInstant(summary.impactFrom))
        return summary.impactFrom;
    return doc.timeline().first();
}

void markCurrent(MainWindow &window, const QString &state)
{
    // While an annotation thread or a narrative's steps have the focus, the mark is for their
    // current item: the keyboard way to what their context menus offer.
    if (DisputeAction *action = DisputeAction::forWidget(QApplication::focusWidget())) {
        if (action->currentItem() > 0) {
            action->markCurrent(state);
            return;
        }
    }
    const qint64 id = window.selection().currentEvent();
    if (id == 0) {
        window.showStatus(Practice::tr("Choose an event first."));
        return;
    }
    const auto row = model::EventQuery::fetchOne(window.document().store(), id);
    DisputeDialog dialog(state, row ? row->text : QString(), window.document().author(), &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (model::commands::addDispute(window.document(), QStringLiteral("event"), id, dialog.state(),
            dialog.raisedBy(), dialog.reason())
        > 0)
        window.showStatus(dialog.state() == QLatin1String("disputed")
                ? Practice::tr("Marked the event disputed")
                : Practice::tr("Marked the event uncertain"));
}

// The outcome of background work, shown without a nested event loop: the handler that calls
// this returns at once, and the box deletes itself when closed.
void showOutcome(MainWindow &window, QMessageBox::Icon icon, const QString &title, const QString &text,
    const QString &details = QString())
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, &window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

// Where the events export goes, with the suffix its format needs; empty when the user cancels.
QString askEventsExportPath(MainWindow &window, bool *csv)
{
    const ReviewDocument &document = window.document();
    QString selected;
    const QString jsonFilter = Practice::tr("JSON lines (*.jsonl)");
    const QString csvFilter = Practice::tr("CSV (*.csv)");
    const QString base = QFileInfo(document.path()).completeBaseName() + QStringLiteral("-events.jsonl");
    QString path = QFileDialog::getSaveFileName(&window, Practice::tr("Export Events"),
        QFileInfo(document.path()).dir().filePath(base), jsonFilter + QStringLiteral(";;") + csvFilter,
        &selected);
    if (path.isEmpty())
        return path;
    *csv = selected == csvFilter || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (*csv && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    if (!*csv && !path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        path += QStringLiteral(".jsonl");
    return path;
}

void exportEvents(MainWindow &window)
{
    bool csv = false;
    const QString path = askEventsExportPath(window, &csv);
    if (path.isEmpty())
        return;
    const QString reviewPath = window.document().path();
    const qint64 total = qMax<qint64>(1, qint64(window.document().timeline().size()));
    auto written = std::make_shared<qint64>(0);
    auto *task = new BackgroundTask(
        Practice::tr("Exporting events to %1…").arg(QFileInfo(path).fileName()),
        [reviewPath, path, csv, total, written](
            const std::atomic<bool> &cancel, const BackgroundTask::Progress &progress, QString *error) {
            // This thread's own connection: a connection must not cross threads (see ReviewStore).
            model::ReviewStore store;
            if (!store.open(reviewPath)) {
                *error = store.errorString();
                return false;
            }
            // Progress in events written, turned into per mille for the dialog.
            return model::EventsExporter::write(
                store, csv ? model::EventsExporter::Format::Csv : model::EventsExporter::Format::JsonLines,
                path, error, &cancel, [&progress, total](qint64 done) { progress(int(done * 1000 / total)); },
                written.get());
        },
        &window);
    QObject::connect(task, &BackgroundTask::finished, &window,
        [&window, task, path, written](bool ok, const QString &error) {
            if (ok)
                window.showStatus(Practice::tr("Exported %n event(s) to %1", nullptr, int(*written))
                                      .arg(QFileInfo(path).fileName()),
                    10000);
            else
                showOutcome(window, QMessageBox::Warning, Practice::tr("Export Events"), error);
            task->deleteLater();
        });
    task->start();
}

void archiveReview(MainWindow &window)
{
    ReviewDocument &document = window.document();
    const QString suggested
        = QFileInfo(document.path())
              .dir()
              .filePath(QFileInfo(document.path()).completeBaseName() + QStringLiteral("-archive.zip"));
    QString path = QFileDialog::getSaveFileName(
        &window, Practice::tr("Archive Review"), suggested, Practice::tr("Review archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    const QString reviewPath = document.path();
    auto notes = std::make_shared<QStringList>();
    auto *task = new BackgroundTask(
        Practice::tr("Archiving the review to %1…").arg(QFileInfo(path).fileName()),
        [reviewPath, path, notes](
            const std::atomic<bool> &cancel, const BackgroundTask::Progress &progress, QString *error) {
            return model::ReviewArchive::create(reviewPath, path, error, notes.get(), &cancel, progress);
        },
        &window);
    QObject::connect(task, &BackgroundTask::finished, &window,
        [&window, task, path, notes](bool ok, const QString &error) {
            if (!ok)
                showOutcome(window, QMessageBox::Warning, Practice::tr("Archive Review"), error);
            else if (!notes->isEmpty())
                showOutcome(window, QMessageBox::Information, Practice::tr("Archive Review"),
                    Practice::tr("Wrote %1. Some original files were not found and are listed as missing in "
                                 "its manifest.")
                        .arg(QFileInfo(path).fileName()),
                    notes->join(QLatin1Char('\n')));
            else
                window.showStatus(Practice::tr("Wrote %1").arg(QFileInfo(path).fileName()), 10000);
            task->deleteLater();
        });
    task->start();
}

void addManualEvent(MainWindow &window)
{
    ReviewDocument &doc = window.document();
    ManualEventDialog dialog(doc.timeZone(), doc.timeline().laneNames(), &window);
    // Start where the user is looking (the current event's time), else in the incident.
    const model::Instant start = manualEventStart(window);
    if (start != model::NoInstant) {
        model::commands::ManualEvent e = dialog.event();
        e.instant = start;
        e.end = model::NoInstant;
        dialog.setEvent(e);
        dialog.setWindowTitle(Practice::tr("Add Event by Hand"));
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = model::commands::addManualEvent(doc, dialog.event());
    if (id > 0) {
        window.selection().setCurrentEvent(id);
        window.showStatus(Practice::tr("Added an event by hand; it is marked as added by a reviewer."));
    }
}

void deleteManual(MainWindow &window)
{
    const qint64 id = window.selection().currentEvent();
    if (model::commands::manualEvent(window.document(), id).instant == model::NoInstant) {
        window.showStatus(
            Practice::tr("Only events added by hand can be deleted; remove a whole source instead."));
        return;
    }
    model::commands::deleteManualEvent(window.document(), id);
}

// What installPractice() adds, in the steps it adds them.
struct PracticeDocks
{
    SourcesPanel *sources;
    DisputesPanel *disputes;
    LearningsPanel *learnings;
    AgreementPanel *agreement;
    SummaryPanel *summary;
    QDockWidget *sourcesDock;
    QDockWidget *disputesDock;
    QDockWidget *learningsDock;
    QDockWidget *agreementDock;
    QDockWidget *summaryDock;
};

struct PracticeActions
{
    QAction *exportEvents;
    QAction *archive;
    QAction *add;
    QAction *editManual;
    QAction *deleteManual;
    QAction *disputed;
    QAction *uncertain;
    QAction *agree;
    QAction *changes;
    QAction *writeSummary;

    QList<QAction *> all() const
    {
        return { exportEvents, archive, add, editManual, deleteManual, disputed, uncertain, agree, changes,
            writeSummary };
    }
};

// Panels, tabbed together on the right.
PracticeDocks addPracticeDocks(MainWindow &window)
{
    PracticeDocks d {};
    ReviewDocument &document = window.document();
    EventSelection &selection = window.selection();
    d.sources = new SourcesPanel(document);
    d.disputes = new DisputesPanel(document, selection);
    d.learnings = new LearningsPanel(document, selection);
    d.agreement = new AgreementPanel(document, selection);
    d.summary = new SummaryPanel(document);
    // The panels know the document and the selection only; their messages go to the status line.
    auto showStatus = [&window](const QString &message) { window.showStatus(message); };
    QObject::connect(d.sources, &SourcesPanel::statusMessage, &window, showStatus);
    QObject::connect(d.agreement, &AgreementPanel::statusMessage, &window, showStatus);
    QObject::connect(d.sources, &SourcesPanel::importAgainRequested, &window, &MainWindow::importSourceAgain);
    d.sourcesDock
        = addDock(window, QStringLiteral("sourcesDock"), Practice::tr("Sources"), d.sources, nullptr);
    d.disputesDock = addDock(
        window, QStringLiteral("disputesDock"), Practice::tr("Disputes"), d.disputes, d.sourcesDock);
    d.learningsDock = addDock(window, QStringLiteral("learningsDock"),
        Practice::tr("Surprises and What Helped"), d.learnings, d.sourcesDock);
    d.agreementDock = addDock(
        window, QStringLiteral("agreementDock"), Practice::tr("Agreed Timeline"), d.agreement, d.sourcesDock);
    d.summaryDock
        = addDock(window, QStringLiteral("summaryDock"), Practice::tr("Summary"), d.summary, d.sourcesDock);
    return d;
}

// Disputed and uncertain events stand out in the event table.
void markDisputesInTable(MainWindow &window)
{
    ReviewDocument &document = window.document();
    QTableView *table = window.eventTable();
    if (table->itemDelegateForColumn(model::EventTableModel::TextColumn))
        return;
    table->setItemDelegateForColumn(model::EventTableModel::TextColumn,
        new DisputeMarkerDelegate(document, model::Disputes::ItemType::Event, table));
    QObject::connect(&document, &ReviewDocument::changed, table, [table](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Disputes)
            table->viewport()->update();
    });
}

// File menu: export and archive, before the Close/Quit group when it can be found, else at the end.
void addFileActions(MainWindow &window, PracticeActions *a)
{
    QMenu *file = window.menu(MainWindow::Menu::File);
    a->exportEvents = new QAction(&window);
    a->exportEvents->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QObject::connect(a->exportEvents, &QAction::triggered, &window, [&window] { exportEvents(window); });
    a->exportEvents->setObjectName(QStringLiteral("exportEventsAction"));
    a->archive = new QAction(&window);
    a->archive->setObjectName(QStringLiteral("archiveReviewAction"));
    QObject::connect(a->archive, &QAction::triggered, &window, [&window] { archiveReview(window); });
    QAction *before = nullptr;
    const QList<QAction *> fileActions = file->actions();
    for (qsizetype i = 0; i < fileActions.size(); ++i) {
        if (fileActions.at(i)->shortcut() == QKeySequence(QKeySequence::Close)) {
            before
                = i > 0 && fileActions.at(i - 1)->isSeparator() ? fileActions.at(i - 1) : fileActions.at(i);
            break;
        }
    }
    file->insertAction(before, a->exportEvents);
    file->insertAction(before, a->archive);
    file->insertSeparator(before);
}

void addEditActions(MainWindow &window, PracticeActions *a)
{
    QMenu *edit = window.menu(MainWindow::Menu::Edit);
    edit->addSeparator();
    a->add = edit->addAction(QString(), &window, [&window] { addManualEvent(window); });
    a->add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    a->add->setObjectName(QStringLiteral("addManualEventAction"));
    a->editManual = edit->addAction(
        QString(), &window, [&window] { editManual(window, window.selection().currentEvent()); });
    a->deleteManual = edit->addAction(QString(), &window, [&window] { deleteManual(window); });
    a->disputed
        = edit->addAction(QString(), &window, [&window] { markCurrent(window, QStringLiteral("disputed")); });
    // Not Ctrl+Shift+D: that shows the event details dock, and an ambiguous shortcut does nothing.
    a->disputed->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    a->disputed->setObjectName(QStringLiteral("markDisputedAction"));
    a->uncertain = edit->addAction(
        QString(), &window, [&window] { markCurrent(window, QStringLiteral("uncertain")); });
    a->uncertain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    a->uncertain->setObjectName(QStringLiteral("markUncertainAction"));
}

void addReviewActions(MainWindow &window, const PracticeDocks &d, PracticeActions *a)
{
    QMenu *review = window.menu(MainWindow::Menu::Review);
    a->agree = review->addAction(QString(), &window, [agreement = d.agreement, dock = d.agreementDock] {
        showDock(dock);
        agreement->markAgreed();
    });
    a->changes = review->addAction(QString(), &window, [dock = d.agreementDock] { showDock(dock); });
    a->writeSummary = review->addAction(QString(), &window, [summary = d.summary, dock = d.summaryDock] {
        showDock(dock);
        summary->textEdit()->setFocus();
    });
    a->writeSummary->setObjectName(QStringLiteral("writeSummaryAction"));
}

void retranslatePractice(const PracticeDocks &d, const PracticeActions &a)
{
    d.sourcesDock->setWindowTitle(Practice::tr("Sources"));
    d.disputesDock->setWindowTitle(Practice::tr("Disputes"));
    d.learningsDock->setWindowTitle(Practice::tr("Surprises and What Helped"));
    d.agreementDock->setWindowTitle(Practice::tr("Agreed Timeline"));
    d.summaryDock->setWindowTitle(Practice::tr("Summary"));
    a.exportEvents->setText(Practice::tr("&Export Events…"));
    a.exportEvents->setToolTip(
        Practice::tr("Write all events as CSV or JSON lines, which Faultless imports back without loss"));
    a.archive->setText(Practice::tr("&Archive Review…"));
    a.archive->setToolTip(
        Practice::tr("One zip file with the review, its briefings and the original imported files"));
    a.add->setText(Practice::tr("Add &Event by Hand…"));
    a.editManual->setText(Practice::tr("Edit Event Added by &Hand…"));
    a.deleteManual->setText(Practice::tr("Delete Event Added by Hand"));
    a.disputed->setText(Practice::tr("Mark &Disputed…"));
    a.disputed->setToolTip(
        Practice::tr("Mark the current event disputed; in an annotation thread or a narrative's "
                     "steps, their current item"));
    a.uncertain->setText(Practice::tr("Mark &Uncertain…"));
    a.uncertain->setToolTip(
        Practice::tr("Mark the current event uncertain; in an annotation thread or a narrative's "
                     "steps, their current item"));
    a.agree->setText(Practice::tr("Mark Timeline &Agreed…"));
    a.changes->setText(Practice::tr("Changes Since Agreement"));
    a.writeSummary->setText(Practice::tr("&Summary and Impact Window…"));
    a.writeSummary->setToolTip(
        Practice::tr("Write what the briefing opens with: the impact in a few sentences "
                     "and when customers were affected"));
}

// The actions work on the open review only; edit and delete on events added by hand only.
void enableWithReview(MainWindow &window, const PracticeActions &a)
{
    auto updateManualActions = [&window, edit = a.editManual, remove = a.deleteManual] {
        const bool manual = window.document().isOpen()
            && model::commands::manualEvent(window.document(), window.selection().currentEvent()).instant
                != model::NoInstant;
        edit->setEnabled(manual);
        remove->setEnabled(manual);
    };
    QObject::connect(&window.selection(), &EventSelection::currentEventChanged, &window, updateManualActions);
    auto enable = [actions = a.all(), updateManualActions](bool on) {
        for (QAction *action : actions)
            action->setEnabled(on);
        if (on)
            updateManualActions();
    };
    ReviewDocument &document = window.document();
    QObject::connect(&document, &ReviewDocument::opened, &window, [enable] { enable(true); });
    QObject::connect(&document, &ReviewDocument::aboutToClose, &window, [enable] { enable(false); });
    enable(document.isOpen());
}

// For screenshots and demos: FAULTLESS_PRACTICE_PANEL=sources|disputes|learnings|agreement|summary.
void showPanelFromEnvironment(ReviewDocument &document, const PracticeDocks &d)
{
    const QString panel = qEnvironmentVariable("FAULTLESS_PRACTICE_PANEL");
    for (const auto &[name, dock] : { std::pair { QStringLiteral("sources"), d.sourcesDock },
             std::pair { QStringLiteral("disputes"), d.disputesDock },
             std::pair { QStringLiteral("learnings"), d.learningsDock },
             std::pair { QStringLiteral("agreement"), d.agreementDock },
             std::pair { QStringLiteral("summary"), d.summaryDock } }) {
        if (panel == name)
            QObject::connect(&document, &ReviewDocument::opened, dock, [dock] { showDock(dock); });
    }
}

} // namespace

void installPractice(MainWindow &window)
{
    const PracticeDocks docks = addPracticeDocks(window);
    markDisputesInTable(window);
    PracticeActions actions {};
    addFileActions(window, &actions);
    addEditActions(window, &actions);
    addReviewActions(window, docks, &actions);
    new Retranslator(&window, [docks, actions] { retranslatePractice(docks, actions); });
    enableWithReview(window, actions);
    showPanelFromEnvironment(window.document(), docks);
}

} // namespace faultless::views
