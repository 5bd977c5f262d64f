// The bundled demo review: built through the real importers from real-format files, and every
// reference in resources/demo/review.json resolves to an event.
#include "testsupport.h"

#include "document/demoreview.h"
#include "store/reviewstore.h"
#include "store/reviewsummary.h"

#include <QtTest>

using namespace faultless::model;

class TestDemoReview : public QObject
{
    Q_OBJECT
private slots:
    void buildsCompletely();
};

void TestDemoReview::buildsCompletely()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.faultless"));
    QString problems;
    QVERIFY(DemoReview::build(path, &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));

    ReviewStore store;
    QVERIFY(store.open(path));
    const ReviewSummary summary = ReviewSummary::read(store);
    QCOMPARE(summary.sources.size(), 6);
    for (const SourceSummary &source : summary.sources) {
        QVERIFY2(source.events > 0, qPrintable(source.name));
        QCOMPARE(source.rejected, 0);
    }
    QCOMPARE(summary.byKind.value(QStringLiteral("flag")), 2);
    QCOMPARE(summary.byKind.value(QStringLiteral("alert")), 1);
    QVERIFY(summary.byKind.value(QStringLiteral("experiment")) >= 1);
    QCOMPARE(summary.byKind.value(QStringLiteral("chat")), 8);
    QCOMPARE(summary.factors, 3);
    QCOMPARE(summary.narratives, 2);
    QCOMPARE(summary.annotations, 4);
    QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE highlighted = 1")).toInt(), 8);
    QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM factor_evidence")).toInt(), 6);
    // Every narrative step but the one written without evidence cites an event.
    QCOMPARE(
        store.scalar(QStringLiteral("SELECT COUNT(*) FROM narrative_steps WHERE event_id IS NULL")).toInt(),
        1);
    QCOMPARE(store.timeZone().id(), QByteArray("Europe/Berlin"));
}

QTEST_GUILESS_MAIN(TestDemoReview)
#include "tst_demoreview.moc"
