// Review practice in the main window: add an event by hand through its dialog, mark it disputed
// through Edit > Mark Disputed…, and see it stand out in the event table and the Disputes panel.
#include "testsupport.h"

#include "analysis/disputes.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/disputemodel.h"
#include "commands/sensemakingcommands.h"
#include "items/eventtablemodel.h"
#include "items/narrativecomparemodel.h"
#include "items/itemroles.h"
#include "items/sourcemodel.h"
#include "mainwindow.h"
#include "practice/disputedialog.h"
#include "practice/disputemarkerdelegate.h"
#include "practice/disputespanel.h"
#include "practice/manualeventdialog.h"
#include "practice/sourcespanel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;
using model::Disputes;

namespace {
QAction *findAction(views::MainWindow &window, const QString &name)
{
    return window.findChild<QAction *>(name);
}

// Fills the next modal dialog of type T with `fill` and accepts it.
template<typename T>
void answerNextDialog(std::function<void(T *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(20, [fill] { answerNextDialog<T>(fill); });
            return;
        }
        fill(dialog);
        dialog->accept();
    });
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
};

void TestPractice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestPractice::addManualEventAndDisputeIt()
{
    QTemporaryDir dir;
    views::MainWindow window;
    QVERIFY(window.newReview(dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Practice"), QStringLiteral("Europe/Berlin")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.importFiles({tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl"))});
    QTRY_COMPARE_WITH_TIMEOUT(window.eventModel().rowCount(), 3, 20000);
    QTRY_VERIFY(!window.isImporting());

    auto *sources = window.findChild<views::SourcesPanel *>();
    QVERIFY(sources);
    QAbstractItemModelTester sourceTester(sources->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sources->model()->rowCount(), 1);
    QCOMPARE(sources->model()->index(0, model::SourceModel::EventsColumn).data().toLongLong(), 3);

    // Edit > Add Event by Hand…, starting at the current event's time.
    window.selection().setCurrentEvent(window.eventModel().eventId(0));
    QAction *add = findAction(window, QStringLiteral("addManualEventAction"));
    QVERIFY(add && add->isEnabled());
    answerNextDialog<views::ManualEventDialog>([](views::ManualEventDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("phone call between on-call and vendor"));
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
        dialog->findChild<QPlainTextEdit *>()->setPlainText(QStringLiteral("the vendor says the call was at 10:40"));
    });
    dispute->trigger();
    QCOMPARE(Disputes::stateOf(window.document().store(), Disputes::ItemType::Event, manual), Disputes::State::Disputed);

    // It stands out: in the Disputes panel, and with a marker in the event table.
    auto *panel = window.findChild<views::DisputesPanel *>();
    QVERIFY(panel);
    QAbstractItemModelTester disputeTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->model()->index(0, model::DisputeModel::StateColumn).data().toString(),
             Disputes::stateLabel(Disputes::State::Disputed));
    QCOMPARE(panel->model()->index(0, model::DisputeModel::ReasonColumn).data().toString(),
             QStringLiteral("the vendor says the call was at 10:40"));
    QVERIFY(panel->model()->index(0, model::DisputeModel::ItemColumn).data().toString().contains(QLatin1String("vendor")));
    auto *marker = qobject_cast<views::DisputeMarkerDelegate *>(table->itemDelegateForColumn(model::EventTableModel::TextColumn));
    QVERIFY(marker);
    QCOMPARE(marker->stateOf(manual), Disputes::State::Disputed);
    QTRY_COMPARE(markerPixel(table, row), views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));
    QVERIFY(before != views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));

    // And in the narrative compare view, where a narrative cites it.
    const qint64 narrative = model::commands::addNarrative(window.document(), QStringLiteral("From the bridge"),
                                                           QStringLiteral("on-call engineer"));
    QVERIFY(model::commands::addStep(window.document(), narrative, QStringLiteral("we called the vendor"), manual) > 0);
    auto *compareTable = window.findChild<QTableView *>(QStringLiteral("compareTable"));
    QVERIFY2(compareTable, "the sense-making compare view is installed");
    auto *compareModel = qobject_cast<model::NarrativeCompareModel *>(compareTable->model());
    QVERIFY(compareModel);
    compareModel->setNarratives({narrative});
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
    QTRY_VERIFY(markerPixel(table, row) != views::DisputeMarkerDelegate::markerColor(Disputes::State::Disputed));
}

QTEST_MAIN(TestPractice)
#include "tst_practice.moc"
