// Issue 20, "honest edges": a file read in the wrong format is imported again as another in one
// undo step (commands::recordReimport, ImportRequest::replaceSourceId). Undo must bring back the
// old source's events exactly: the same ids, count and instants.
#include "testsupport.h"

#include "commands/eventcommands.h"
#include "commands/reimportcommands.h"
#include "document/reviewdocument.h"
#include "import/importerregistry.h"
#include "import/importjob.h"

#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;
using namespace faultless::model;

namespace {
struct LiveEvent
{
    qint64 id = 0;
    qint64 instant = 0;
    qint64 sourceId = 0;
    QString text;
    bool operator==(const LiveEvent &o) const
    {
        return id == o.id && instant == o.instant && sourceId == o.sourceId && text == o.text;
    }
};

QList<LiveEvent> liveEvents(const ReviewStore &store)
{
    QList<LiveEvent> events;
    QSqlQuery query
        = store.read(QStringLiteral("SELECT id, instant, source_id, text FROM live_events ORDER BY id"));
    while (query.next())
        events.append({ query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
            query.value(3).toString() });
    return events;
}

qint64 liveSources(const ReviewStore &store)
{
    return store.scalar(QStringLiteral("SELECT COUNT(*) FROM sources WHERE removed = 0")).toLongLong();
}

struct Fixture
{
    QTemporaryDir dir;
    ReviewDocument document;
    ImporterRegistry registry;
    QStringList errors;
    Fixture()
    {
        if (!document.create(dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Reimport"),
                QStringLiteral("UTC")))
            qFatal("cannot create review");
        QObject::connect(
            &document, &ReviewDocument::errorOccurred, [this](const QString &message) { errors << message; });
    }
    ImportResult import(const QString &path, const QString &formatId = {}, qint64 replace = 0,
        const std::atomic<bool> *cancel = nullptr)
    {
        ImportRequest request;
        request.path = path;
        request.formatId = formatId;
        request.referenceYear = 2006;
        request.replaceSourceId = replace;
        return ImportJob::run(document.store(), registry, request, cancel);
    }
    // A copy of the sample that a test may change.
    QString copyOfSample()
    {
        const QString copy = dir.filePath(QStringLiteral("syslog.0"));
        QFile::remove(copy);
        if (!QFile::copy(sample(), copy))
            qFatal("cannot copy the sample");
        return copy;
    }
    static QString sample() { return tests::samplePath(QStringLiteral("syslog/lnav-test-logfile_syslog.0")); }
};
} // namespace

class TestReimport : public QObject
{
    Q_OBJECT
private slots:
    void importAgainAsAnotherFormatIsOneUndoStep();
    void changedFileImportsNothing();
    void goneFileIsSaidBeforeAsking();
    void canceledReimportLeavesTheReview();
    void removedSourceCannotBeImportedAgain();
};

void TestReimport::importAgainAsAnotherFormatIsOneUndoStep()
{
    Fixture f;
    const ImportResult first = f.import(Fixture::sample());
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    QCOMPARE(first.formatId, QStringLiteral("syslog"));
    QVERIFY(commands::recordImport(f.document, first.sourceId, first.sourceName));
    const QList<LiveEvent> before = liveEvents(f.document.store());
    QCOMPARE(before.size(), int(first.accepted));
    QVERIFY(before.size() > 0);
    const qint64 timelineBefore = f.document.timeline().size();
    QCOMPARE(timelineBefore, qint64(before.size()));
    // The syslog importer keeps the message after the tag; plain text keeps the whole line.
    const qint64 syslogLanes = f.document.store()
                                   .scalar(QStringLiteral("SELECT COUNT(DISTINCT lane_id) FROM live_events"))
                                   .toLongLong();

    const commands::Reimport plan = commands::planReimport(f.document, first.sourceId);
    QVERIFY2(plan.problem.isEmpty(), qPrintable(plan.problem));
    QCOMPARE(plan.path, QFileInfo(Fixture::sample()).absoluteFilePath());
    QCOMPARE(plan.formatId, QStringLiteral("syslog"));

    const ImportResult again = f.import(plan.path, QStringLiteral("text"), plan.sourceId);
    QVERIFY2(again.status == ImportResult::Status::Imported, qPrintable(again.summary()));
    QCOMPARE(again.formatId, QStringLiteral("text"));
    QCOMPARE(again.replacedSourceId, first.sourceId);
    QVERIFY(commands::recordReimport(f.document, again.sourceId, again.replacedSourceId, again.sourceName));
    QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(QLatin1Char('\n'))));

    // Only the new reading is live; the file's lines are the same, read differently.
    const QList<LiveEvent> after = liveEvents(f.document.store());
    QCOMPARE(after.size(), int(again.accepted));
    QCOMPARE(after.size(), before.size());
    for (const LiveEvent &e : after)
        QCOMPARE(e.sourceId, again.sourceId);
    QCOMPARE(after.first().instant, before.first().instant);
    QVERIFY2(after.first().text != before.first().text, qPrintable(after.first().text));
    QVERIFY(after.first().text.contains(before.first().text));
    QCOMPARE(liveSources(f.document.store()), 1);
    QCOMPARE(f.document.timeline().size(), qint64(after.size()));
    QVERIFY(syslogLanes > 0);

    // One undo step for the pair, on top of the first import's.
    QUndoStack *stack = f.document.undoStack();
    QCOMPARE(stack->count(), 2);
    QVERIFY2(stack->undoText().contains(first.sourceName), qPrintable(stack->undoText()));
    stack->undo();
    QCOMPARE(liveEvents(f.document.store()), before); // same ids, count, instants and text
    QCOMPARE(liveSources(f.document.store()), 1);
    QCOMPARE(
        f.document.store().scalar(QStringLiteral("SELECT format FROM sources WHERE removed = 0")).toString(),
        QStringLiteral("syslog"));
    QCOMPARE(f.document.timeline().size(), timelineBefore);
    stack->redo();
    QCOMPARE(liveEvents(f.document.store()), after);
    QCOMPARE(
        f.document.store().scalar(QStringLiteral("SELECT format FROM sources WHERE removed = 0")).toString(),
        QStringLiteral("text"));
    // Undoing both steps leaves the review empty; redoing both gives the second reading.
    stack->undo();
    stack->undo();
    QCOMPARE(liveEvents(f.document.store()).size(), 0);
    stack->redo();
    stack->redo();
    QCOMPARE(liveEvents(f.document.store()), after);
    QVERIFY2(f.errors.isEmpty(), qPrintable(f.errors.join(QLatin1Char('\n'))));
}

// The source keeps its file's content hash: a file changed since (same size, other bytes) is
// refused by the import, which then writes nothing.
void TestReimport::changedFileImportsNothing()
{
    Fixture f;
    const QString path = f.copyOfSample();
    const ImportResult first = f.import(path);
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    commands::recordImport(f.document, first.sourceId, first.sourceName);
    const QList<LiveEvent> before = liveEvents(f.document.store());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes[bytes.size() / 2] = bytes.at(bytes.size() / 2) == 'x' ? 'y' : 'x';
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    // Same size: only the content tells, so the check before asking passes and the import refuses.
    QVERIFY(commands::planReimport(f.document, first.sourceId).problem.isEmpty());
    const ImportResult again = f.import(path, QStringLiteral("text"), first.sourceId);
    QCOMPARE(int(again.status), int(ImportResult::Status::Failed));
    QVERIFY2(again.error.contains(QLatin1String("has changed")), qPrintable(again.error));
    QCOMPARE(liveEvents(f.document.store()), before);
    QCOMPARE(f.document.store().scalar(QStringLiteral("SELECT COUNT(*) FROM sources")).toLongLong(), 1);

    // Another size is seen before the user is asked.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("Nov  3 09:50:00 veridian extra: one more line\n") > 0);
    }
    const QString problem = commands::planReimport(f.document, first.sourceId).problem;
    QVERIFY2(problem.contains(QLatin1String("has changed")), qPrintable(problem));
}

void TestReimport::goneFileIsSaidBeforeAsking()
{
    Fixture f;
    const QString path = f.copyOfSample();
    const ImportResult first = f.import(path);
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    QVERIFY(QFile::remove(path));
    const commands::Reimport plan = commands::planReimport(f.document, first.sourceId);
    QVERIFY2(plan.problem.contains(QLatin1String("is gone")), qPrintable(plan.problem));
    QVERIFY(plan.problem.contains(path));
    const ImportResult again = f.import(path, QStringLiteral("text"), first.sourceId);
    QCOMPARE(int(again.status), int(ImportResult::Status::Failed));
    QCOMPARE(liveSources(f.document.store()), 1);
}

void TestReimport::canceledReimportLeavesTheReview()
{
    Fixture f;
    const ImportResult first = f.import(Fixture::sample());
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    const QList<LiveEvent> before = liveEvents(f.document.store());
    const std::atomic<bool> cancel(true);
    const ImportResult again = f.import(Fixture::sample(), QStringLiteral("text"), first.sourceId, &cancel);
    QCOMPARE(int(again.status), int(ImportResult::Status::Canceled));
    QCOMPARE(again.replacedSourceId, 0);
    QCOMPARE(liveEvents(f.document.store()), before);
    QCOMPARE(f.document.store().scalar(QStringLiteral("SELECT COUNT(*) FROM sources")).toLongLong(), 1);
}

void TestReimport::removedSourceCannotBeImportedAgain()
{
    Fixture f;
    const ImportResult first = f.import(Fixture::sample());
    QCOMPARE(int(first.status), int(ImportResult::Status::Imported));
    QVERIFY(commands::removeSource(f.document, first.sourceId));
    QVERIFY(!commands::planReimport(f.document, first.sourceId).problem.isEmpty());
    const ImportResult again = f.import(Fixture::sample(), QStringLiteral("text"), first.sourceId);
    QCOMPARE(int(again.status), int(ImportResult::Status::Failed));
    QVERIFY2(again.error.contains(QLatin1String("no longer in the review")), qPrintable(again.error));
    QCOMPARE(liveSources(f.document.store()), 0);
}

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
