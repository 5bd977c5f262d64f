// Review practice in the main window: add an event by hand through its dialog, mark it disputed
// through Edit > Mark Disputed…, and see it stand out in the event table and the Disputes panel;
// mark an annotation and a narrative step through their lists' "Mark Uncertain or Disputed…" and
// see them stand out in their lists, the Disputes panel and the narrative comparison.
#include "testsupport.h"

#include "analysis/disputes.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "eventdetail/eventdetailpane.h"
#include "eventselection.h"
#include "items/disputemodel.h"
#include "items/eventtablemodel.h"
#include "items/itemroles.h"
#include "items/narrativecomparemodel.h"
#include "items/narrativestepmodel.h"
#include "items/sourcemodel.h"
#include "mainwindow.h"
#include "practice/disputeaction.h"
#include "practice/disputedialog.h"
#include "practice/disputemarkerdelegate.h"
#include "practice/disputespanel.h"
#include "practice/manualeventdialog.h"
#include "practice/sourcespanel.h"
#include "practice/summarypanel.h"
#include "sensemaking/narrativecompareview.h"
#include "sensemaking/narrativespanel.h"
#include "store/incidentsummarystore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;
using model::Disputes;

namespace {
// A new review in `window` with the edge proxy's three events imported, the window shown.
void openEdgeProxyReview(views::MainWindow &window, const QString &path, const QString &title)
{
    QVERIFY(window.newReview(path, title, QStringLiteral("Europe/Berlin")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.importFiles({ tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl")) });
    QTRY_COMPARE_WITH_TIMEOUT(window.eventModel().rowCount(), 3, 20000);
    QTRY_VERIFY(!window.isImporting());
}

QAction *findAction(views::MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

// Fills the next modal dialog of type T with `fill` and accepts it.
template <typename T> void answerNextDialog(std::function<void(T *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [fill] { answerNextDialog<T>(fill); });
            return;
        }
        fill(dialog);
        static_cast<QDialog *>(dialog)->accept(); // public there, protected in QFileDialog
    });
}

QColor pixelAt(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    const QImage image = view->viewport()->grab().toImage();
    return image.pixelColor(rect.left() + 1, rect.center().y());
}

QColor markerPixel(QTableView *table, int row)
{
    const QModelIndex index = table->model()->index(row, model::EventTableModel::TextColumn);
    table->scrollTo(index);
    const QRect rect = table->visualRect(index);
    const QImage image = table->viewport()->grab().toImage();
    return image.pixelColor(rect.left() + 1, rect.center().y());
}
} // namespace

class TestPractice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addManualEventAndDisputeIt();
    void disputeAnnotationAndStepShowInCompare();
    void summaryPanelEditsWhatTheBriefingOpensWith();
    void exportAndArchiveRunInTheBackground();
};

// File > Export Events… and File > Archive Review… run in the background (BackgroundTask:
// QtConcurrent with a QPromise) and report in the status bar, leaving no modal window behind.
void TestPractice::exportAndArchiveRunInTheBackground()
{
    QTemporaryDir dir;
    views::MainWindow window;
    openEdgeProxyReview(window, dir.filePath(QStringLiteral("e.faultless")), QStringLiteral("Export"));
    if (QTest::currentTestFailed())
        return;
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusMessage"));
    QVERIFY(status);

    const QString events = dir.filePath(QStringLiteral("out.jsonl"));
    answerNextDialog<QFileDialog>([events](QFileDialog *dialog) { dialog->selectFile(events); });
    QAction *exportAction = findAction(window, QStringLiteral("exportEventsAction"));
    QVERIFY(exportAction && exportAction->isEnabled());
    exportAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Exported 3")), 20000);
    QFile exported(events);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().count('\n'), 3); // one line per event, no header in JSON lines

    const QString archive = dir.filePath(QStringLiteral("out.zip"));
    answerNextDialog<QFileDialog>([archive](QFileDialog *dialog) { dialog->selectFile(archive); });
    QAction *archiveAction = findAction(window, QStringLiteral("archiveReviewAction"));
    QVERIFY(archiveAction && archiveAction->isEnabled());
    archiveAction->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Wrote out.zip"), 60000);
    QVERIFY(QFileInfo(archive).size() > 0);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
}

// Review > Summary and Impact Window…: typing is one undo step, the impact window is edited in the
// review's zone, and undo shows the stored summary again.
void TestPractice::summaryPanelEditsWhatTheBriefingOpensWith()
{
    QTemporaryDir dir;
    views::MainWindow window;
    QVERIFY(window.newReview(dir.filePath(QStringLiteral("s.faultless")), QStringLiteral("Summary"),
        QStringLiteral("Europe/Berlin")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *open = findAction(window, QStringLiteral("writeSummaryAction"));
    QVERIFY(open && open->isEnabled());
    open->trigger();
    auto *panel = window.findChild<views::SummaryPanel *>();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isVisible());
    model::ReviewDocument &document = window.document();
    const int undoBefore = document.undoStack()->count();

    // Typing, then a pause: one undo step with the whole text.
    QTest::keyClicks(panel->textEdit(), QStringLiteral("Checkout slowed"));
    QTest::keyClicks(panel->textEdit(), QStringLiteral(" for 42 minutes."));
    QTRY_COMPARE(model::IncidentSummaryStore::read(document.store()).text,
        QStringLiteral("Checkout slowed for 42 minutes."));
    QCOMPARE(document.undoStack()->count(), undoBefore + 1);

    // 15:02 to 15:44 in Berlin (UTC+1 in March) is 14:02 to 14:44 UTC.
    panel->fromEdit()->setDateTime(QDateTime(QDate(2026, 3, 14), QTime(15, 2), Qt::UTC));
    panel->toEdit()->setDateTime(QDateTime(QDate(2026, 3, 14), QTime(15, 44), Qt::UTC));
    panel->save();
    model::IncidentSummary stored = model::IncidentSummaryStore::read(document.store());
    QCOMPARE(stored.impactFrom, model::timestamps::parseIso8601("2026-03-14T14:02:00Z"));
    QCOMPARE(stored.impactTo, model::timestamps::parseIso8601("2026-03-14T14:44:00Z"));
    QCOMPARE(document.undoStack()->count(), undoBefore + 2);

    // A window that ends before it starts is not saved.
    panel->toEdit()->setDateTime(QDateTime(QDate(2026, 3, 14), QTime(14, 0), Qt::UTC));
    panel->save();
    QCOMPARE(model::IncidentSummaryStore::read(document.store()).impactTo, stored.impactTo);

    // Undo the window: the editors show "not set" again; undo the text: the editor is empty.
    document.undoStack()->undo();
    QCOMPARE(model::IncidentSummaryStore::read(document.store()).impactFrom, model::NoInstant);
    QCOMPARE(panel->fromEdit()->dateTime(), panel->fromEdit()->minimumDateTime());
    document.undoStack()->undo();
    QCOMPARE(panel->textEdit()->toPlainText(), QString());
    document.undoStack()->redo();
    QCOMPARE(panel->textEdit()->toPlainText(), QStringLiteral("Checkout slowed for 42 minutes."));
}

void TestPractice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPractice::addManualEventAndDisputeIt()
{
    QTemporaryDir dir;
    views::MainWindow window;
    openEdgeProxyReview(window, dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Practice"));
    if (QTest::currentTestFailed())
        return;

    auto *sources = window.findChild<views::SourcesPanel *>();
    QVERIFY(sources);
    QAbstractItemModelTester sourceTester(
        sources->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sources->model()->rowCount(), 1);
    QCOMPARE(sources->model()->index(0, model::SourceModel::EventsColumn).data().toLongLong(), 3);

    // Edit > Add Event by Hand…, starting at the current event's time.
    window.selection().setCurrentEvent(window.eventModel().eventId(0));
    QAction *add = findAction(window, QStringLiteral("addManualEventAction"));
    QVERIFY(add && add->isEnabled());
    answerNextDialog<views::ManualEventDialog>([](views::ManualEventDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>()->setPlainText(
            QStringLiteral("phone call between on-call and vendor"));
    });
    add->trigger();
    QCOMPARE(window.eventModel().rowCount(), 4);
    const qint64 manual = window.selection().currentEvent();
    const int row = window.eventModel().rowOfEvent(manual);
    QVERIFY(row >= 0);
    QVERIFY(window.eventModel().index(row, 0).data(model::ManualRole).toBool());
    QCOMPARE(window.eventModel().index(row, model::EventTableModel::TextColumn).data().toString(),
        QStringLiteral("phone call between on-call and vendor"));
    // At the time of the event that was current.
    QCOMPARE(window.eventModel().index(row, 0).data(model::InstantRole).toLongLong() / 1000,
        window.eventModel().index(row == 0 ? 1 : 0, 0).data(model::InstantRole).toLongLong() / 1000);

    // Edit > Mark Disputed… on it.
    auto *table = window.eventTable();
    const QColor before = markerPixel(table, row);
    QAction *dispute = findAction(window, QStringLiteral("markDisputedAction"));
    QVERIFY(dispute && dispute->isEnabled());
    answerNextDialog<views::DisputeDialog>([](views::DisputeDialog *dialog) {
        QCOMPARE(dialog->state(), QStringLiteral("disputed"));
        dialog->findChild<QPlainTextEdit *>()->setPlainText(
            QStringLiteral("the vendor says the call was at 10:40"));
    });
    dispute->trigger();
    QCOMPARE(Disputes::stateOf(window.document().store(), Disputes::ItemType::Event, manual),
        Disputes::State::Disputed);

    // It stands out: in the Disputes panel, and with a marker in the event table.
    auto *panel = window.findChild<views::DisputesPanel *>();
    QVERIFY(panel);
    QAbstractItemModelTester disputeTester(
        panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, model::DisputeModel::StateColumn).data().toString(),
        Disputes::stateLabel(Disputes::State::Disputed));
    QCOMPARE(panel->model()->index(0, model::DisputeModel::ReasonColumn).data().toString(),
        QStringLiteral("the vendor says the call was at 10:40"));
    QVERIFY(panel->model()
                ->index(0, model::DisputeModel::ItemColumn)
                .data()
                .toString()
                .contains(QLatin1String("vendor")));
    auto *marker = qobject_cast<views::DisputeMarkerDelegate *>(
        table->itemDelegateForColumn(model::EventTableModel::TextColumn));
    QVERIFY(marker);
    QCOMPARE(marker->stateOf(manual), Disputes::State::Disputed);
    QTRY_COMPARE(
        markerPixel(table, row), views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));
    QVERIFY(before != views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));

    // And in the narrative compare view, where a narrative cites it.
    const qint64 narrative = model::commands::addNarrative(
        window.document(), QStringLiteral("From the bridge"), QStringLiteral("on-call engineer"));
    QVERIFY(
        model::commands::addStep(window.document(), narrative, QStringLiteral("we called the vendor"), manual)
        > 0);
    auto *compareTable = window.findChild<QTableView *>(QStringLiteral("compareTable"));
    QVERIFY2(compareTable, "the sense-making compare view is installed");
    auto *compareModel = qobject_cast<model::NarrativeCompareModel *>(compareTable->model());
    QVERIFY(compareModel);
    compareModel->setNarratives({ narrative });
    int compareRow = -1;
    for (int r = 0; r < compareModel->rowCount(); ++r) {
        if (compareModel->index(r, 0).data(model::EventIdRole).toLongLong() == manual)
            compareRow = r;
    }
    QVERIFY(compareRow >= 0);
    auto *compareMarker = qobject_cast<views::DisputeMarkerDelegate *>(
        compareTable->itemDelegateForColumn(model::NarrativeCompareModel::TimeColumn));
    QVERIFY(compareMarker);
    QCOMPARE(compareMarker->stateOf(manual), Disputes::State::Disputed);
    window.document().undoStack()->undo();
    window.document().undoStack()->undo();

    // Undo takes the mark away everywhere.
    window.document().undoStack()->undo();
    QCOMPARE(panel->model()->rowCount(), 0);
    QCOMPARE(marker->stateOf(manual), Disputes::State::None);
    QTRY_VERIFY(
        markerPixel(table, row) != views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));
}

void TestPractice::disputeAnnotationAndStepShowInCompare()
{
    QTemporaryDir dir;
    views::MainWindow window;
    openEdgeProxyReview(window, dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Practice"));
    if (QTest::currentTestFailed())
        return;
    model::ReviewDocument &document = window.document();
    const qint64 event = window.eventModel().eventId(0);
    window.selection().setCurrentEvent(event);

    // An annotation, written in the event detail pane and marked from its list's context menu.
    auto *pane = window.findChild<views::EventDetailPane *>();
    QVERIFY(pane);
    QTRY_COMPARE(pane->eventId(), event);
    pane->annotationEditor()->setPlainText(QStringLiteral("the proxy retried three times"));
    const qint64 annotation = pane->addAnnotation();
    QVERIFY(annotation > 0);
    auto *annotations = pane->findChild<QListView *>(QStringLiteral("annotationList"));
    QVERIFY(annotations);
    QTRY_COMPARE(annotations->model()->rowCount(), 1);
    auto *annotationAction = views::DisputeAction::forWidget(annotations);
    QVERIFY(annotationAction);
    QCOMPARE(annotations->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(annotations->actions().contains(annotationAction));
    QVERIFY(!annotationAction->isEnabled()); // nothing chosen yet
    annotations->setCurrentIndex(annotations->model()->index(0, 0));
    QVERIFY(annotationAction->isEnabled());
    answerNextDialog<views::DisputeDialog>([](views::DisputeDialog *dialog) {
        QCOMPARE(dialog->state(), QStringLiteral("disputed"));
        QVERIFY(dialog->windowTitle().contains(QLatin1String("Annotation")));
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("the proxy log shows two"));
    });
    annotationAction->trigger();
    QCOMPARE(Disputes::stateOf(document.store(), Disputes::ItemType::Annotation, annotation),
        Disputes::State::Disputed);
    QCOMPARE(Disputes::stateOf(document.store(), Disputes::ItemType::Event, event), Disputes::State::None);
    QCOMPARE(annotationAction->marker()->stateOf(annotation), Disputes::State::Disputed);
    QTRY_COMPARE(pixelAt(annotations, annotations->model()->index(0, 0)),
        views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));

    // Keyboard: with the annotation list focused, Edit > Mark Uncertain… marks the annotation.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    annotations->setFocus(Qt::ShortcutFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), annotations);
    answerNextDialog<views::DisputeDialog>(
        [](views::DisputeDialog *dialog) { QCOMPARE(dialog->state(), QStringLiteral("uncertain")); });
    findAction(window, QStringLiteral("markUncertainAction"))->trigger();
    QCOMPARE(Disputes::forItem(document.store(), Disputes::ItemType::Annotation, annotation).size(), 2);
    QCOMPARE(Disputes::forItem(document.store(), Disputes::ItemType::Event, event).size(), 0);
    document.undoStack()->undo();
    QCOMPARE(Disputes::forItem(document.store(), Disputes::ItemType::Annotation, annotation).size(), 1);

    // A narrative step, marked from the steps editor's context menu.
    const qint64 narrative = model::commands::addNarrative(
        document, QStringLiteral("From the bridge"), QStringLiteral("on-call"));
    const qint64 step
        = model::commands::addStep(document, narrative, QStringLiteral("we saw retries and waited"), event);
    QVERIFY(step > 0);
    auto *narratives = window.findChild<views::NarrativesPanel *>();
    QVERIFY(narratives);
    narratives->setCurrentNarrative(narrative);
    QTRY_COMPARE(narratives->stepModel()->rowCount(), 1);
    narratives->stepView()->setCurrentIndex(
        narratives->stepModel()->index(0, model::NarrativeStepModel::TextColumn));
    auto *stepAction = views::DisputeAction::forWidget(narratives->stepView());
    QVERIFY(stepAction && stepAction->isEnabled());
    QCOMPARE(stepAction->currentItem(), step);
    answerNextDialog<views::DisputeDialog>([](views::DisputeDialog *dialog) {
        auto *state = dialog->findChild<QComboBox *>();
        state->setCurrentIndex(state->findData(QStringLiteral("uncertain")));
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("nobody remembers how long"));
    });
    stepAction->trigger();
    QCOMPARE(Disputes::stateOf(document.store(), Disputes::ItemType::Step, step), Disputes::State::Uncertain);
    QCOMPARE(stepAction->marker()->stateOf(step), Disputes::State::Uncertain);

    // The Disputes panel lists both, by kind of item.
    auto *panel = window.findChild<views::DisputesPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->model()->rowCount(), 2);
    QStringList items;
    for (int r = 0; r < 2; ++r)
        items << panel->model()->index(r, model::DisputeModel::ItemColumn).data().toString();
    QVERIFY2(
        items.at(0).startsWith(Disputes::typeLabel(Disputes::ItemType::Annotation)), qPrintable(items.at(0)));
    QVERIFY2(items.at(1).startsWith(Disputes::typeLabel(Disputes::ItemType::Step)), qPrintable(items.at(1)));
    QCOMPARE(panel->model()->index(1, 0).data(model::EventIdRole).toLongLong(), event);

    // The narrative comparison: a bar in the step's cell (uncertain) and in the event's cell
    // (its annotation is disputed), and a section that names them.
    auto *compare = window.findChild<views::NarrativeCompareView *>();
    QVERIFY(compare);
    compare->show(); // a window of its own
    compare->compareModel()->setNarratives({ narrative });
    QCOMPARE(compare->compareModel()->rowCount(), 1);
    QTableView *table = compare->table();
    QTRY_VERIFY(table->isVisible());
    const QModelIndex stepCell
        = compare->compareModel()->index(0, model::NarrativeCompareModel::FirstNarrativeColumn);
    const QModelIndex eventCell
        = compare->compareModel()->index(0, model::NarrativeCompareModel::EventColumn);
    QTRY_COMPARE(
        pixelAt(table, stepCell), views::DisputeMarkerDelegate::markerColor(Disputes::State::Uncertain));
    QTRY_COMPARE(
        pixelAt(table, eventCell), views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));
    QVERIFY2(compare->summaryText().contains(QLatin1String("we saw retries and waited")),
        qPrintable(compare->summaryText()));
    QVERIFY(compare->summaryText().contains(QLatin1String("Uncertain or disputed")));

    // Undo takes the step's mark away in the comparison too.
    document.undoStack()->undo();
    QCOMPARE(Disputes::stateOf(document.store(), Disputes::ItemType::Step, step), Disputes::State::None);
    QTRY_VERIFY(
        pixelAt(table, compare->compareModel()->index(0, model::NarrativeCompareModel::FirstNarrativeColumn))
        != views::DisputeMarkerDelegate::markerColor(Disputes::State::Uncertain));
    QVERIFY(!compare->summaryText().contains(QLatin1String("we saw retries and waited")));
}

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
