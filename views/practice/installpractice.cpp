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

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

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

void exportEvents(MainWindow &window)
{
    ReviewDocument &document = window.document();
    QString selected;
    const QString jsonFilter = Practice::tr("JSON lines (*.jsonl)");
    const QString csvFilter = Practice::tr("CSV (*.csv)");
    const QString base = QFileInfo(document.path()).completeBaseName() + QStringLiteral("-events.jsonl");
    QString path = QFileDialog::getSaveFileName(&window, Practice::tr("Export Events"),
        QFileInfo(document.path()).dir().filePath(base), jsonFilter + QStringLiteral(";;") + csvFilter,
        &selected);
    if (path.isEmpty())
        return;
    const bool csv = selected == csvFilter || path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (csv && !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    if (!csv && !path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive))
        path += QStringLiteral(".jsonl");
    const QString reviewPath = document.path();
    const qint64 total = qMax<qint64>(1, qint64(document.timeline().size()));
    auto written = std::make_shared<qint64>(0);
    auto *task = new BackgroundTask(
        Practice::tr("Exporting events to %1…").arg(QFileInfo(path).fileName()),
        [reviewPath, path, csv, total, written](
            const std::atomic<bool> &cancel, std::atomic<int> &permille, QString *error) {
            // This thread's own connection: a connection must not cross threads (see ReviewStore).
            model::ReviewStore store;
            if (!store.open(reviewPath)) {
                *error = store.errorString();
                return false;
            }
            std::atomic<qint64> done { 0 };
            std::atomic<bool> finished { false };
            // Progress in events written, turned into per mille for the dialog.
            std::thread watcher([&] {
                while (!finished.load()) {
                    permille.store(int(done.load() * 1000 / total));
                    std::this_thread::sleep_for(std::chrono::milliseconds(50));
                }
            });
            const bool ok = model::EventsExporter::write(store,
                csv ? model::EventsExporter::Format::Csv : model::EventsExporter::Format::JsonLines, path,
                error, &cancel, &done, written.get());
            finished = true;
            watcher.join();
            return ok;
        },
        &window);
    QObject::connect(task, &BackgroundTask::finished, &window,
        [&window, task, path, written](bool ok, const QString &error) {
            if (ok)
                window.showStatus(Practice::tr("Exported %n event(s) to %1", nullptr, int(*written))
                                      .arg(QFileInfo(path).fileName()),
                    10000);
            else
                QMessageBox::warning(&window, Practice::tr("Export Events"), error);
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
            const std::atomic<bool> &cancel, std::atomic<int> &permille, QString *error) {
            return model::ReviewArchive::create(reviewPath, path, error, notes.get(), &cancel, &permille);
        },
        &window);
    QObject::connect(task, &BackgroundTask::finished, &window,
        [&window, task, path, notes](bool ok, const QString &error) {
            if (!ok) {
                QMessageBox::warning(&window, Practice::tr("Archive Review"), error);
            } else if (!notes->isEmpty()) {
                QMessageBox box(QMessageBox::Information, Practice::tr("Archive Review"),
                    Practice::tr("Wrote %1. Some original files were not found and are listed as missing in "
                                 "its manifest.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::Ok, &window);
                box.setDetailedText(notes->join(QLatin1Char('\n')));
                box.exec();
            } else {
                window.showStatus(Practice::tr("Wrote %1").arg(QFileInfo(path).fileName()), 10000);
            }
            task->deleteLater();
        });
    task->start();
}

} // namespace

void installPractice(MainWindow &window)
{
    ReviewDocument &document = window.document();
    QList<QAction *> reviewActions;

    // Panels, tabbed together on the right.
    EventSelection &selection = window.selection();
    auto *sources = new SourcesPanel(document);
    auto *disputes = new DisputesPanel(document, selection);
    auto *learnings = new LearningsPanel(document, selection);
    auto *agreement = new AgreementPanel(document, selection);
    auto *summary = new SummaryPanel(document);
    // The panels know the document and the selection only; their messages go to the status line.
    auto showStatus = [&window](const QString &message) { window.showStatus(message); };
    QObject::connect(sources, &SourcesPanel::statusMessage, &window, showStatus);
    QObject::connect(agreement, &AgreementPanel::statusMessage, &window, showStatus);
    QDockWidget *sourcesDock
        = addDock(window, QStringLiteral("sourcesDock"), Practice::tr("Sources"), sources, nullptr);
    QDockWidget *disputesDock
        = addDock(window, QStringLiteral("disputesDock"), Practice::tr("Disputes"), disputes, sourcesDock);
    QDockWidget *learningsDock = addDock(window, QStringLiteral("learningsDock"),
        Practice::tr("Surprises and What Helped"), learnings, sourcesDock);
    QDockWidget *agreementDock = addDock(
        window, QStringLiteral("agreementDock"), Practice::tr("Agreed Timeline"), agreement, sourcesDock);
    QDockWidget *summaryDock
        = addDock(window, QStringLiteral("summaryDock"), Practice::tr("Summary"), summary, sourcesDock);

    // Disputed and uncertain events stand out in the event table.
    QTableView *table = window.eventTable();
    if (!table->itemDelegateForColumn(model::EventTableModel::TextColumn)) {
        table->setItemDelegateForColumn(model::EventTableModel::TextColumn,
            new DisputeMarkerDelegate(document, model::Disputes::ItemType::Event, table));
        QObject::connect(&document, &ReviewDocument::changed, table, [table](ReviewDocument::Area area) {
            if (area == ReviewDocument::Area::Disputes)
                table->viewport()->update();
        });
    }

    // File menu.
    QMenu *file = window.menu(MainWindow::Menu::File);
    QAction *exportAction = new QAction(&window);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QObject::connect(exportAction, &QAction::triggered, &window, [&window] { exportEvents(window); });
    QAction *archiveAction = new QAction(&window);
    QObject::connect(archiveAction, &QAction::triggered, &window, [&window] { archiveReview(window); });
    // Before the Close/Quit group when it can be found, else at the end.
    QAction *before = nullptr;
    const QList<QAction *> fileActions = file->actions();
    for (qsizetype i = 0; i < fileActions.size(); ++i) {
        if (fileActions.at(i)->shortcut() == QKeySequence(QKeySequence::Close)) {
            before
                = i > 0 && fileActions.at(i - 1)->isSeparator() ? fileActions.at(i - 1) : fileActions.at(i);
            break;
        }
    }
    file->insertAction(before, exportAction);
    file->insertAction(before, archiveAction);
    file->insertSeparator(before);
    reviewActions << exportAction << archiveAction;

    // Edit menu.
    QMenu *edit = window.menu(MainWindow::Menu::Edit);
    edit->addSeparator();
    QAction *add = edit->addAction(QString(), &window, [&window] {
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
    });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *editManualAction = edit->addAction(
        QString(), &window, [&window] { editManual(window, window.selection().currentEvent()); });
    QAction *deleteManualAction = edit->addAction(QString(), &window, [&window] {
        const qint64 id = window.selection().currentEvent();
        if (model::commands::manualEvent(window.document(), id).instant == model::NoInstant) {
            window.showStatus(
                Practice::tr("Only events added by hand can be deleted; remove a whole source instead."));
            return;
        }
        model::commands::deleteManualEvent(window.document(), id);
    });
    QAction *disputed
        = edit->addAction(QString(), &window, [&window] { markCurrent(window, QStringLiteral("disputed")); });
    // Not Ctrl+Shift+D: that shows the event details dock, and an ambiguous shortcut does nothing.
    disputed->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    disputed->setObjectName(QStringLiteral("markDisputedAction"));
    QAction *uncertain = edit->addAction(
        QString(), &window, [&window] { markCurrent(window, QStringLiteral("uncertain")); });
    uncertain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    uncertain->setObjectName(QStringLiteral("markUncertainAction"));
    add->setObjectName(QStringLiteral("addManualEventAction"));
    reviewActions << add << editManualAction << deleteManualAction << disputed << uncertain;
    // Edit and delete apply to events added by hand only.
    auto updateManualActions = [&window, editManualAction, deleteManualAction] {
        const bool manual = window.document().isOpen()
            && model::commands::manualEvent(window.document(), window.selection().currentEvent()).instant
                != model::NoInstant;
        editManualAction->setEnabled(manual);
        deleteManualAction->setEnabled(manual);
    };
    QObject::connect(&window.selection(), &EventSelection::currentEventChanged, &window, updateManualActions);

    // Review menu.
    QMenu *review = window.menu(MainWindow::Menu::Review);
    QAction *agree = review->addAction(QString(), &window, [agreement, agreementDock] {
        showDock(agreementDock);
        agreement->markAgreed();
    });
    QAction *changes = review->addAction(QString(), &window, [agreementDock] { showDock(agreementDock); });
    QAction *writeSummary = review->addAction(QString(), &window, [summary, summaryDock] {
        showDock(summaryDock);
        summary->textEdit()->setFocus();
    });
    writeSummary->setObjectName(QStringLiteral("writeSummaryAction"));
    reviewActions << agree << changes << writeSummary;

    new Retranslator(&window, [=] {
        sourcesDock->setWindowTitle(Practice::tr("Sources"));
        disputesDock->setWindowTitle(Practice::tr("Disputes"));
        learningsDock->setWindowTitle(Practice::tr("Surprises and What Helped"));
        agreementDock->setWindowTitle(Practice::tr("Agreed Timeline"));
        summaryDock->setWindowTitle(Practice::tr("Summary"));
        exportAction->setText(Practice::tr("&Export Events…"));
        exportAction->setToolTip(
            Practice::tr("Write all events as CSV or JSON lines, which Faultless imports back without loss"));
        archiveAction->setText(Practice::tr("&Archive Review…"));
        archiveAction->setToolTip(
            Practice::tr("One zip file with the review, its briefings and the original imported files"));
        add->setText(Practice::tr("Add &Event by Hand…"));
        editManualAction->setText(Practice::tr("Edit Event Added by &Hand…"));
        deleteManualAction->setText(Practice::tr("Delete Event Added by Hand"));
        disputed->setText(Practice::tr("Mark &Disputed…"));
        disputed->setToolTip(
            Practice::tr("Mark the current event disputed; in an annotation thread or a narrative's "
                         "steps, their current item"));
        uncertain->setText(Practice::tr("Mark &Uncertain…"));
        uncertain->setToolTip(
            Practice::tr("Mark the current event uncertain; in an annotation thread or a narrative's "
                         "steps, their current item"));
        agree->setText(Practice::tr("Mark Timeline &Agreed…"));
        changes->setText(Practice::tr("Changes Since Agreement"));
        writeSummary->setText(Practice::tr("&Summary and Impact Window…"));
        writeSummary->setToolTip(
            Practice::tr("Write what the briefing opens with: the impact in a few sentences "
                         "and when customers were affected"));
    });

    auto enable = [reviewActions, updateManualActions](bool on) {
        for (QAction *action : reviewActions)
            action->setEnabled(on);
        if (on)
            updateManualActions();
    };
    QObject::connect(&document, &ReviewDocument::opened, &window, [enable] { enable(true); });
    QObject::connect(&document, &ReviewDocument::aboutToClose, &window, [enable] { enable(false); });
    enable(document.isOpen());

    // For screenshots and demos: FAULTLESS_PRACTICE_PANEL=sources|disputes|learnings|agreement|summary.
    const QString panel = qEnvironmentVariable("FAULTLESS_PRACTICE_PANEL");
    for (const auto &[name, dock] : { std::pair { QStringLiteral("sources"), sourcesDock },
             std::pair { QStringLiteral("disputes"), disputesDock },
             std::pair { QStringLiteral("learnings"), learningsDock },
             std::pair { QStringLiteral("agreement"), agreementDock },
             std::pair { QStringLiteral("summary"), summaryDock } }) {
        if (panel == name)
            QObject::connect(&document, &ReviewDocument::opened, dock, [dock] { showDock(dock); });
    }
}

} // namespace faultless::views
