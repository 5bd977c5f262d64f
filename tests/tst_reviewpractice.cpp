// What review practice asks for: events added by hand, clock skew per source, disputes, surprises
// and what helped, the agreed timeline and its changes since, several answers per question.
#include "gameday.h"
#include "testsupport.h"

#include "analysis/agreementdiff.h"
#include "analysis/disputes.h"
#include "analysis/participantsuggestions.h"
#include "commands/eventcommands.h"
#include "commands/practicecommands.h"
#include "commands/sensemakingcommands.h"
#include "document/reviewdocument.h"
#include "domain/timestamps.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "items/disputemodel.h"
#include "items/itemroles.h"
#include "items/learningmodel.h"
#include "items/sourcemodel.h"
#include "store/eventquery.h"
#include "store/eventwriter.h"
#include "store/participantstore.h"
#include "store/reviewstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtTest>

using namespace faultless;
using namespace faultless::model;

namespace {
Instant at(int h, int m, int s, int us = 0)
{
    return timestamps::fromCivilUtc(2026, 6, 14, h, m, s, us);
}

QStringList textsInOrder(const ReviewStore &store)
{
    QStringList texts;
    EventQuery::forEach(store, EventFilter {}, [&](const EventRow &row) {
        texts << row.text;
        return true;
    });
    return texts;
}

QList<qint64> search(const ReviewStore &store, const QString &query)
{
    QList<qint64> ids;
    EventFilter filter;
    filter.search = query;
    EventQuery::forEach(store, filter, [&](const EventRow &row) {
        ids << row.id;
        return true;
    });
    return ids;
}

qint64 count(const ReviewStore &store, const QString &sql)
{
    return store.scalar(sql).toLongLong();
}

// Every row of the disputes table, whether or not its item exists, one string per row with
// every column: what "restored exactly" is compared on.
QStringList disputeRows(const ReviewStore &store)
{
    QStringList rows;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral(
        "SELECT id, item_type, item_id, state, raised_by, reason, created FROM disputes ORDER BY id"));
    while (q.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i)
            row << q.value(i).toString();
        rows << row.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList stepOrderTexts(const ReviewDocument &document, qint64 narrativeId)
{
    QStringList texts;
    for (qint64 id : commands::stepOrder(document, narrativeId))
        texts << document.store()
                     .scalar(QStringLiteral("SELECT text FROM narrative_steps WHERE id = ?"), { id })
                     .toString();
    return texts;
}

qint64 disputesOf(const ReviewStore &store, const QString &type, qint64 itemId)
{
    return store
        .scalar(QStringLiteral("SELECT COUNT(*) FROM disputes WHERE item_type = ? AND item_id = ?"),
            { type, itemId })
        .toLongLong();
}

// What a pull with PendingText::Leave leaves: every event, an empty full-text index, and the
// whole id range noted as pending text.
bool leaveAsAPullDoes(ReviewStore &store)
{
    ReviewStore::Transaction tx(store);
    return store.exec(QStringLiteral("INSERT INTO events_fts(events_fts) VALUES('delete-all')"))
        && EventWriter::markTextPending(store, count(store, QStringLiteral("SELECT min(id) FROM events")),
            count(store, QStringLiteral("SELECT max(id) FROM events")))
        && tx.commit();
}

struct Fixture
{
    QTemporaryDir dir;
    ReviewDocument document;
    Fixture()
    {
        if (!document.create(dir.filePath(QStringLiteral("r.faultless")), QStringLiteral("Practice"),
                QStringLiteral("UTC")))
            qFatal("cannot create review");
        QObject::connect(&document, &ReviewDocument::errorOccurred,
            [](const QString &message) { qWarning("%s", qPrintable(message)); });
    }
    qint64 import(const QString &name)
    {
        ImporterRegistry registry;
        ImportRequest request;
        request.path = tests::dataPath(QStringLiteral("practice/") + name);
        const ImportResult result = ImportJob::run(document.store(), registry, request);
        if (result.status != ImportResult::Status::Imported)
            qWarning("import of %s: %s", qPrintable(name), qPrintable(result.summary()));
        commands::recordImport(document, result.sourceId, result.sourceName);
        return result.sourceId;
    }
};
} // namespace

class TestReviewPractice : public QObject
{
    Q_OBJECT
private slots:
    void manualEventIsStoredIndexedAndUndoable();
    void manualEventEditAndDeleteKeepTheIndexRight();
    void deletingAManualEventRestoresWhatHungOnIt();
    void recordedEventsCannotBeEditedAsManual();
    void mixedOffsetsInterleaveByTrueInstant();
    void clockShiftMovesOneSourceAndUndoes();
    void sourceModelShowsCountsRejectsAndShift();
    void recordedImportShowsWhileItsTextIsIndexed();
    void pendingTextIsIndexedInTheBackgroundAroundEdits();
    void disputesByItemAndStrongestState_data();
    void disputesByItemAndStrongestState();
    void disputeModelListsItems();
    void disputesOnAnnotationsAndSteps();
    void deletionsTakeTheirDisputesAlong();
    void newItemsDoNotInheritLeftoverDisputes();
    void learningsWithLinksUndoable();
    void agreementDiffShowsChangesSince();
    void severalAnswersPerQuestion();
    void participantSuggestionsJoinSpellings_data();
    void participantSuggestionsJoinSpellings();
    void participantSuggestionsFromTheGameDay();
};

void TestReviewPractice::manualEventIsStoredIndexedAndUndoable()
{
    Fixture f;
    commands::ManualEvent e;
    e.instant = at(10, 30, 0);
    e.kind = EventKind::Chat;
    e.lane = QStringLiteral("bridge");
    e.actor = QStringLiteral("on-call");
    e.text = QStringLiteral("phone call between on-call and vendor");
    const qint64 id = commands::addManualEvent(f.document, e);
    QVERIFY(id > 0);
    QCOMPARE(count(f.document.store(),
                 QStringLiteral("SELECT COUNT(*) FROM live_events WHERE manual = 1 AND source_id IS NULL")),
        1);
    QCOMPARE(f.document.timeline().size(), 1);
    QVERIFY(f.document.timeline().flags(0) & TimelineIndex::Manual);
    QCOMPARE(search(f.document.store(), QStringLiteral("vendor")), QList<qint64> { id });
    const auto row = EventQuery::fetchOne(f.document.store(), id);
    QVERIFY(row);
    QVERIFY(row->manual);
    QCOMPARE(row->lane, QStringLiteral("bridge"));
    QCOMPARE(row->kind, EventKind::Chat);

    f.document.undoStack()->undo();
    QCOMPARE(f.document.timeline().size(), 0);
    QVERIFY(search(f.document.store(), QStringLiteral("vendor")).isEmpty());
    f.document.undoStack()->redo();
    QCOMPARE(f.document.timeline().size(), 1);
    QCOMPARE(search(f.document.store(), QStringLiteral("vendor")), QList<qint64> { id });

    // No time or no text: refused with a message, nothing stored.
    QSignalSpy errors(&f.document, &ReviewDocument::errorOccurred);
    commands::ManualEvent empty;
    empty.instant = at(10, 31, 0);
    QCOMPARE(commands::addManualEvent(f.document, empty), 0);
    commands::ManualEvent backwards = e;
    backwards.end = e.instant - 1;
    QCOMPARE(commands::addManualEvent(f.document, backwards), 0);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(f.document.timeline().size(), 1);
}

void TestReviewPractice::manualEventEditAndDeleteKeepTheIndexRight()
{
    Fixture f;
    commands::ManualEvent e;
    e.instant = at(10, 30, 0);
    e.text = QStringLiteral("vendor called");
    e.actor = QStringLiteral("alice");
    const qint64 id = commands::addManualEvent(f.document, e);
    commands::ManualEvent changed = e;
    changed.text = QStringLiteral("supplier called");
    changed.end = at(10, 45, 0);
    QVERIFY(commands::editManualEvent(f.document, id, changed));
    QVERIFY(search(f.document.store(), QStringLiteral("vendor")).isEmpty());
    QCOMPARE(search(f.document.store(), QStringLiteral("supplier")), QList<qint64> { id });
    QCOMPARE(search(f.document.store(), QStringLiteral("alice")), QList<qint64> { id });
    QCOMPARE(commands::manualEvent(f.document, id).end, at(10, 45, 0));
    f.document.undoStack()->undo();
    QCOMPARE(search(f.document.store(), QStringLiteral("vendor")), QList<qint64> { id });
    QVERIFY(search(f.document.store(), QStringLiteral("supplier")).isEmpty());
    QCOMPARE(commands::manualEvent(f.document, id).end, NoInstant);
    f.document.undoStack()->redo();

    QVERIFY(commands::deleteManualEvent(f.document, id));
    QVERIFY(search(f.document.store(), QStringLiteral("supplier")).isEmpty());
    QCOMPARE(f.document.timeline().size(), 0);
    // The FTS index is consistent with its content table after all of this ("rank" is FTS5's
    // syntax for checking against the external content table).
    QVERIFY(f.document.store().exec(
        QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")));
    f.document.undoStack()->undo();
    QCOMPARE(search(f.document.store(), QStringLiteral("supplier")), QList<qint64> { id });
    QVERIFY(f.document.store().exec(
        QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")));
}

void TestReviewPractice::deletingAManualEventRestoresWhatHungOnIt()
{
    Fixture f;
    commands::ManualEvent e;
    e.instant = at(10, 30, 0);
    e.text = QStringLiteral("vendor called");
    const qint64 id = commands::addManualEvent(f.document, e);
    const qint64 annotation
        = commands::addAnnotation(f.document, id, QStringLiteral("we learned of it at 10:40"));
    QVERIFY(commands::addTag(f.document, id, QStringLiteral("vendor")));
    QVERIFY(commands::addDispute(f.document, QStringLiteral("event"), id, QStringLiteral("disputed"),
                QStringLiteral("bob"), QStringLiteral("it was 10:50"))
        > 0);
    QVERIFY(commands::addDispute(f.document, QStringLiteral("annotation"), annotation,
                QStringLiteral("uncertain"), QStringLiteral("carol"), QString())
        > 0);
    const qint64 learning
        = commands::addLearning(f.document, QStringLiteral("helped"), QStringLiteral("vendor had a hotline"));
    QVERIFY(commands::linkLearningToEvent(f.document, learning, id));

    QVERIFY(commands::deleteManualEvent(f.document, id));
    const ReviewStore &s = f.document.store();
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM annotations")), 0);
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM disputes")), 0);
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM learning_links")), 0);
    f.document.undoStack()->undo();
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM annotations WHERE id = %1").arg(annotation)), 1);
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM event_tags WHERE event_id = %1").arg(id)), 1);
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM disputes")), 2);
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM learning_links WHERE event_id = %1").arg(id)), 1);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Event, id), Disputes::State::Disputed);
}

void TestReviewPractice::recordedEventsCannotBeEditedAsManual()
{
    Fixture f;
    QVERIFY(f.import(QStringLiteral("edge-proxy.jsonl")) > 0);
    const qint64 recorded = f.document.timeline().eventId(0);
    QSignalSpy errors(&f.document, &ReviewDocument::errorOccurred);
    commands::ManualEvent e;
    e.instant = at(1, 0, 0);
    e.text = QStringLiteral("rewritten");
    QVERIFY(!commands::editManualEvent(f.document, recorded, e));
    QVERIFY(!commands::deleteManualEvent(f.document, recorded));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(textsInOrder(f.document.store()).first(), QStringLiteral("upstream latency rising"));
}

void TestReviewPractice::mixedOffsetsInterleaveByTrueInstant()
{
    Fixture f;
    QVERIFY(f.import(QStringLiteral("berlin-app.jsonl")) > 0);
    QVERIFY(f.import(QStringLiteral("edge-proxy.jsonl")) > 0);
    QCOMPARE(textsInOrder(f.document.store()),
        (QStringList { QStringLiteral("upstream latency rising"),
            QStringLiteral("cart service answered slowly"), QStringLiteral("upstream 504 for /checkout"),
            QStringLiteral("retrying payment call"), QStringLiteral("upstream 504 for /pay"),
            QStringLiteral("payment call timed out") }));
    const TimelineIndex &t = f.document.timeline();
    QCOMPARE(t.size(), 6);
    QCOMPARE(t.instant(0), at(13, 0, 0, 500000));
    QCOMPARE(t.instant(1), at(13, 0, 1, 250000));
    QCOMPARE(t.instant(5), at(13, 0, 5, 125000));
}

void TestReviewPractice::clockShiftMovesOneSourceAndUndoes()
{
    Fixture f;
    const qint64 app = f.import(QStringLiteral("berlin-app.jsonl"));
    f.import(QStringLiteral("edge-proxy.jsonl"));
    commands::ManualEvent note;
    note.instant = at(13, 0, 0);
    note.text = QStringLiteral("a note by hand");
    QVERIFY(commands::addManualEvent(f.document, note) > 0);
    // The app's clock ran two seconds fast.
    QVERIFY(commands::shiftSourceClock(
        f.document, app, -2000000, QStringLiteral("NTP was off on checkout hosts")));
    QCOMPARE(textsInOrder(f.document.store()),
        (QStringList { QStringLiteral("cart service answered slowly"), QStringLiteral("a note by hand"),
            QStringLiteral("upstream latency rising"), QStringLiteral("retrying payment call"),
            QStringLiteral("upstream 504 for /checkout"), QStringLiteral("payment call timed out"),
            QStringLiteral("upstream 504 for /pay") }));
    QCOMPARE(f.document.timeline().instant(0), at(12, 59, 59, 250000));
    QCOMPARE(f.document.store()
                 .scalar(QStringLiteral("SELECT clock_offset_us FROM sources WHERE id = ?"), { app })
                 .toLongLong(),
        -2000000);
    QCOMPARE(f.document.store()
                 .scalar(QStringLiteral("SELECT clock_offset_reason FROM sources WHERE id = ?"), { app })
                 .toString(),
        QStringLiteral("NTP was off on checkout hosts"));
    // A second shift adds up.
    QVERIFY(commands::shiftSourceClock(f.document, app, 500000, QStringLiteral("half a second less")));
    QCOMPARE(f.document.store()
                 .scalar(QStringLiteral("SELECT clock_offset_us FROM sources WHERE id = ?"), { app })
                 .toLongLong(),
        -1500000);
    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    QCOMPARE(f.document.store()
                 .scalar(QStringLiteral("SELECT clock_offset_us FROM sources WHERE id = ?"), { app })
                 .toLongLong(),
        0);
    QCOMPARE(f.document.store()
                 .scalar(QStringLiteral("SELECT clock_offset_reason FROM sources WHERE id = ?"), { app })
                 .toString(),
        QString());
    QCOMPARE(f.document.timeline().instant(0), at(13, 0, 0));
    QCOMPARE(f.document.timeline().instant(1), at(13, 0, 0, 500000));
    // The CLI contract shows the offset per source.
    f.document.undoStack()->redo();
    const tests::CliResult info
        = tests::runCli({ QStringLiteral("info"), f.document.path(), QStringLiteral("--json") });
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains("\"clock_offset_us\":-2000000"), info.out.constData());
}

void TestReviewPractice::sourceModelShowsCountsRejectsAndShift()
{
    Fixture f;
    SourceModel model(f.document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QTemporaryDir dir;
    const QString withBad = dir.filePath(QStringLiteral("app.jsonl"));
    QFile file(withBad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"ts\":\"2026-06-14T13:00:00Z\",\"msg\":\"fine\"}\n{not json at "
               "all\n{\"ts\":\"2026-06-14T13:00:01Z\",\"msg\":\"also fine\"}\n");
    file.close();
    ImporterRegistry registry;
    ImportRequest request;
    request.path = withBad;
    const ImportResult result = ImportJob::run(f.document.store(), registry, request);
    QCOMPARE(result.status, ImportResult::Status::Imported);
    commands::recordImport(f.document, result.sourceId, result.sourceName);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, SourceModel::NameColumn).data().toString(), QStringLiteral("app.jsonl"));
    QCOMPARE(model.index(0, SourceModel::EventsColumn).data().toLongLong(), 2);
    QCOMPARE(model.index(0, SourceModel::RejectedColumn).data().toLongLong(), 1);
    const auto rejects = SourceModel::firstRejects(f.document.store(), result.sourceId);
    QCOMPARE(rejects.size(), 1);
    QCOMPARE(rejects.first().line, 2);
    QVERIFY(!rejects.first().reason.isEmpty());
    QVERIFY(commands::shiftSourceClock(
        f.document, result.sourceId, 3600000000ll + 250000, QStringLiteral("zone was CET")));
    QCOMPARE(model.index(0, SourceModel::OffsetColumn).data().toString(), QStringLiteral("+01:00:00.250000"));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("zone was CET")));
    QCOMPARE(SourceModel::formatOffset(-2000000), QStringLiteral("-00:00:02"));
    QVERIFY(commands::removeSource(f.document, result.sourceId));
    QCOMPARE(model.rowCount(), 0);
    f.document.undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
}

// The app records an import (one Undo step) as soon as its events are committed, while the
// import's second transaction holds the write lock to index their text: recording and showing
// the events must not write, or the window would wait for the whole index (and, past the busy
// timeout, fail). Undo and redo afterwards do write, and work.
void TestReviewPractice::recordedImportShowsWhileItsTextIsIndexed()
{
    Fixture f;
    ReviewStore importer; // the import's own connection, as the background import has
    QVERIFY(importer.open(f.document.path()));
    ImporterRegistry registry;
    ImportRequest request;
    request.path = tests::dataPath(QStringLiteral("practice/edge-proxy.jsonl"));
    bool recorded = false;
    qint64 shown = 0;
    int errors = -1;
    const ImportResult result
        = ImportJob::run(importer, registry, request, nullptr, nullptr, [&](const ImportResult &committed) {
              const int before = f.document.errorCount();
              recorded = commands::recordImport(f.document, committed.sourceId, committed.sourceName);
              errors = f.document.errorCount() - before;
              shown = f.document.timeline().size();
          });
    QCOMPARE(result.status, ImportResult::Status::Imported);
    QVERIFY(recorded);
    QCOMPARE(errors, 0);
    QVERIFY(shown > 0);
    QCOMPARE(shown, result.accepted);
    QCOMPARE(f.document.undoStack()->count(), 1);
    f.document.undoStack()->undo();
    QCOMPARE(f.document.timeline().size(), 0);
    f.document.undoStack()->redo();
    QCOMPARE(f.document.timeline().size(), result.accepted);
}

// A team review's first open (ServerReview::pull with PendingText::Leave): the events are there,
// their text is not indexed yet but noted as pending, and the window opens at once. Edits of
// manual events meanwhile leave pending rows to the background work; once it is done, search
// finds each event by its current text only, and FTS5's own integrity check agrees.
void TestReviewPractice::pendingTextIsIndexedInTheBackgroundAroundEdits()
{
    Fixture f;
    f.import(QStringLiteral("edge-proxy.jsonl"));
    commands::ManualEvent e;
    e.instant = at(10, 30, 0);
    e.text = QStringLiteral("vendor called");
    const qint64 edited = commands::addManualEvent(f.document, e);
    e.text = QStringLiteral("bridge opened");
    const qint64 deleted = commands::addManualEvent(f.document, e);
    QVERIFY(edited > 0 && deleted > 0);
    const QString path = f.document.path();
    const qint64 events = count(f.document.store(), QStringLiteral("SELECT COUNT(*) FROM events"));
    QCOMPARE(events, 5); // three recorded, two by hand
    QVERIFY(leaveAsAPullDoes(f.document.store()));
    f.document.close();

    ReviewStore store;
    QVERIFY(store.open(path, ReviewStore::PendingText::Leave));
    QVERIFY(EventWriter::hasPendingText(store));
    QVERIFY(EventWriter::isTextPending(store, edited));
    QVERIFY(search(store, QStringLiteral("vendor")).isEmpty());
    ReviewDocument document;
    QVERIFY(document.open(path));
    QSignalSpy indexed(&document, &ReviewDocument::changed);
    // The background work may already be done; the edits are right either way.
    commands::ManualEvent changed = commands::manualEvent(document, edited);
    changed.text = QStringLiteral("supplier called");
    QVERIFY(commands::editManualEvent(document, edited, changed));
    QVERIFY(commands::deleteManualEvent(document, deleted));
    e.text = QStringLiteral("status page posted");
    const qint64 added = commands::addManualEvent(document, e);
    QVERIFY(added > 0);
    QTRY_VERIFY(!document.isIndexingText());
    QTRY_VERIFY(std::any_of(indexed.cbegin(), indexed.cend(), [](const QList<QVariant> &signal) {
        return signal.at(0).value<ReviewDocument::Area>() == ReviewDocument::Area::SearchIndex;
    }));
    QVERIFY(!EventWriter::hasPendingText(document.store()));
    QVERIFY(search(document.store(), QStringLiteral("vendor")).isEmpty());
    QCOMPARE(search(document.store(), QStringLiteral("supplier")), QList<qint64> { edited });
    QVERIFY(search(document.store(), QStringLiteral("bridge")).isEmpty());
    QCOMPARE(search(document.store(), QStringLiteral("status")), QList<qint64> { added });
    QVERIFY(document.store().exec(
        QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")));

    // In short transactions: a backlog is worked off in parts, each leaving the rest noted.
    QVERIFY(leaveAsAPullDoes(store));
    int parts = 0;
    bool remaining = true;
    QString error;
    while (remaining && parts <= events) {
        QVERIFY2(EventWriter::indexPendingText(store, &error, {}, 2, &remaining), qPrintable(error));
        ++parts;
    }
    QCOMPARE(parts, int((count(store, QStringLiteral("SELECT COUNT(*) FROM events")) + 1) / 2));
    QCOMPARE(search(store, QStringLiteral("supplier")), QList<qint64> { edited });
    QVERIFY(
        store.exec(QStringLiteral("INSERT INTO events_fts(events_fts, rank) VALUES('integrity-check', 1)")));
}

void TestReviewPractice::disputesByItemAndStrongestState_data()
{
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<int>("expected");
    QTest::newRow("none") << QStringList {} << int(Disputes::State::None);
    QTest::newRow("uncertain") << QStringList { QStringLiteral("uncertain") }
                               << int(Disputes::State::Uncertain);
    QTest::newRow("disputed") << QStringList { QStringLiteral("disputed") } << int(Disputes::State::Disputed);
    QTest::newRow("both") << QStringList { QStringLiteral("uncertain"), QStringLiteral("disputed"),
        QStringLiteral("uncertain") }
                          << int(Disputes::State::Disputed);
}

void TestReviewPractice::disputesByItemAndStrongestState()
{
    QFETCH(QStringList, states);
    QFETCH(int, expected);
    Fixture f;
    commands::ManualEvent e;
    e.instant = at(10, 0, 0);
    e.text = QStringLiteral("deploy started");
    const qint64 id = commands::addManualEvent(f.document, e);
    const qint64 other = commands::addManualEvent(f.document, e);
    for (const QString &state : states)
        QVERIFY(commands::addDispute(f.document, QStringLiteral("event"), id, state, QStringLiteral("dana"),
                    QStringLiteral("why"))
            > 0);
    QCOMPARE(int(Disputes::stateOf(f.document.store(), Disputes::ItemType::Event, id)), expected);
    QCOMPARE(Disputes::forItem(f.document.store(), Disputes::ItemType::Event, id).size(), states.size());
    QCOMPARE(int(Disputes::stateOf(f.document.store(), Disputes::ItemType::Event, other)),
        int(Disputes::State::None));
    // The same id as a step is another item.
    QCOMPARE(
        int(Disputes::stateOf(f.document.store(), Disputes::ItemType::Step, id)), int(Disputes::State::None));
    const auto map = Disputes::states(f.document.store(), Disputes::ItemType::Event);
    QCOMPARE(map.size(), states.isEmpty() ? 0 : 1);
    if (!states.isEmpty()) {
        QCOMPARE(int(map.value(id)), expected);
        const auto list = Disputes::forItem(f.document.store(), Disputes::ItemType::Event, id);
        QCOMPARE(list.first().raisedBy, QStringLiteral("dana"));
        QVERIFY(commands::removeDispute(f.document, list.first().id));
        QCOMPARE(
            Disputes::forItem(f.document.store(), Disputes::ItemType::Event, id).size(), states.size() - 1);
        f.document.undoStack()->undo();
        QCOMPARE(
            Disputes::forItem(f.document.store(), Disputes::ItemType::Event, id).first().id, list.first().id);
    }
    // Unknown types and states are refused.
    QSignalSpy errors(&f.document, &ReviewDocument::errorOccurred);
    QCOMPARE(
        commands::addDispute(f.document, QStringLiteral("factor"), id, QStringLiteral("disputed"), {}, {}),
        0);
    QCOMPARE(
        commands::addDispute(f.document, QStringLiteral("event"), id, QStringLiteral("wrong"), {}, {}), 0);
    QCOMPARE(errors.size(), 2);
}

void TestReviewPractice::disputeModelListsItems()
{
    Fixture f;
    DisputeModel model(f.document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    commands::ManualEvent e;
    e.instant = at(10, 0, 0);
    e.text = QStringLiteral("rollback finished");
    const qint64 id = commands::addManualEvent(f.document, e);
    const qint64 annotation = commands::addAnnotation(f.document, id, QStringLiteral("took 20 minutes"));
    commands::addDispute(f.document, QStringLiteral("event"), id, QStringLiteral("disputed"),
        QStringLiteral("erin"), QStringLiteral("the dashboard says 10:05"));
    commands::addDispute(f.document, QStringLiteral("annotation"), annotation, QStringLiteral("uncertain"),
        QStringLiteral("frank"), QString());
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.index(0, DisputeModel::ItemColumn)
                .data()
                .toString()
                .contains(QLatin1String("rollback finished")));
    QCOMPARE(model.index(0, DisputeModel::StateColumn).data().toString(),
        Disputes::stateLabel(Disputes::State::Disputed));
    QCOMPARE(model.index(0, DisputeModel::ReasonColumn).data().toString(),
        QStringLiteral("the dashboard says 10:05"));
    QCOMPARE(model.index(1, 0).data(EventIdRole).toLongLong(), id);
    QCOMPARE(model.index(1, DisputeModel::RaisedByColumn).data().toString(), QStringLiteral("frank"));
    f.document.undoStack()->undo();
    QCOMPARE(model.rowCount(), 1);
}

// Annotations and narrative steps are marked like events: one undo step each, the views that
// show the item are told (the event's annotation thread, the step's narrative), a mark on an item
// that does not exist is refused, and a deleted item's marks wait for its undo.
void TestReviewPractice::disputesOnAnnotationsAndSteps()
{
    Fixture f;
    ReviewStore &s = f.document.store();
    commands::ManualEvent e;
    e.instant = at(10, 0, 0);
    e.text = QStringLiteral("rollback finished");
    const qint64 event = commands::addManualEvent(f.document, e);
    const qint64 annotation = commands::addAnnotation(f.document, event, QStringLiteral("took 20 minutes"));
    const qint64 narrative
        = commands::addNarrative(f.document, QStringLiteral("From the bridge"), QStringLiteral("on-call"));
    const qint64 step
        = commands::addStep(f.document, narrative, QStringLiteral("we rolled back at once"), event);
    QVERIFY(annotation > 0 && narrative > 0 && step > 0);

    QSignalSpy changes(&f.document, &ReviewDocument::changed);
    const qint64 onAnnotation = commands::addDispute(f.document, QStringLiteral("annotation"), annotation,
        QStringLiteral("uncertain"), QStringLiteral("gus"), QStringLiteral("20 or 30?"));
    QVERIFY(onAnnotation > 0);
    auto told = [&changes](ReviewDocument::Area area, qint64 id) {
        for (const QList<QVariant> &c : std::as_const(changes)) {
            if (c.at(0).value<ReviewDocument::Area>() == area && c.at(1).toLongLong() == id)
                return true;
        }
        return false;
    };
    QVERIFY(told(ReviewDocument::Area::Disputes, annotation));
    QVERIFY(told(ReviewDocument::Area::Annotations, event));
    changes.clear();
    const qint64 onStep = commands::addDispute(f.document, QStringLiteral("step"), step,
        QStringLiteral("disputed"), QStringLiteral("hana"), QStringLiteral("we waited for the vendor first"));
    QVERIFY(onStep > 0);
    QVERIFY(told(ReviewDocument::Area::Narratives, narrative));

    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Annotation, annotation), Disputes::State::Uncertain);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Step, step), Disputes::State::Disputed);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Event, event), Disputes::State::None);
    QCOMPARE(Disputes::annotationStatesByEvent(s).value(event), Disputes::State::Uncertain);
    QCOMPARE(Disputes::all(s).size(), 2);
    QCOMPARE(Disputes::forItem(s, Disputes::ItemType::Step, step).first().reason,
        QStringLiteral("we waited for the vendor first"));

    // Undo and redo of the mark itself.
    f.document.undoStack()->undo();
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Step, step), Disputes::State::None);
    f.document.undoStack()->redo();
    QCOMPARE(Disputes::forItem(s, Disputes::ItemType::Step, step).first().id, onStep);

    // A deleted annotation or step is not listed as disputed; undoing the deletion brings the mark back.
    QVERIFY(commands::deleteAnnotation(f.document, annotation));
    QCOMPARE(Disputes::all(s).size(), 1);
    QVERIFY(commands::deleteStep(f.document, step));
    QCOMPARE(Disputes::all(s).size(), 0);
    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    QCOMPARE(Disputes::all(s).size(), 2);

    // Settling a step's dispute, and undoing that.
    QVERIFY(commands::removeDispute(f.document, onStep));
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Step, step), Disputes::State::None);
    f.document.undoStack()->undo();
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Step, step), Disputes::State::Disputed);

    // Items that do not exist cannot be marked.
    QSignalSpy errors(&f.document, &ReviewDocument::errorOccurred);
    QCOMPARE(commands::addDispute(f.document, QStringLiteral("annotation"), annotation + 100,
                 QStringLiteral("disputed"), {}, {}),
        0);
    QCOMPARE(commands::addDispute(
                 f.document, QStringLiteral("step"), step + 100, QStringLiteral("uncertain"), {}, {}),
        0);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM disputes")), 2);
}

// Disputes have no foreign key to their item: deleting an annotation, a step or a narrative takes
// the item's disputes along in the same undo step, undo restores them row for row (id, who, why,
// when), and an item that later gets the same id from SQLite starts undisputed.
void TestReviewPractice::deletionsTakeTheirDisputesAlong()
{
    Fixture f;
    ReviewStore &s = f.document.store();
    QUndoStack *stack = f.document.undoStack();
    commands::ManualEvent e;
    e.instant = at(10, 0, 0);
    e.text = QStringLiteral("rollback finished");
    const qint64 event = commands::addManualEvent(f.document, e);
    const qint64 kept = commands::addAnnotation(f.document, event, QStringLiteral("we paged the vendor"));
    const qint64 annotation = commands::addAnnotation(f.document, event, QStringLiteral("took 20 minutes"));
    const qint64 narrative
        = commands::addNarrative(f.document, QStringLiteral("From the bridge"), QStringLiteral("on-call"));
    const qint64 step1
        = commands::addStep(f.document, narrative, QStringLiteral("we rolled back at once"), event);
    const qint64 step2 = commands::addStep(f.document, narrative, QStringLiteral("the vendor confirmed"));
    QVERIFY(event > 0 && kept > 0 && annotation > kept && narrative > 0 && step1 > 0 && step2 > step1);
    auto dispute = [&](const char *type, qint64 id, const char *state, const char *who, const char *why) {
        return commands::addDispute(f.document, QLatin1String(type), id, QLatin1String(state),
            QLatin1String(who), QLatin1String(why));
    };
    QVERIFY(dispute("event", event, "uncertain", "eve", "the clock of the bridge was off") > 0);
    QVERIFY(dispute("annotation", kept, "disputed", "fay", "we paged them twice") > 0);
    QVERIFY(dispute("annotation", annotation, "uncertain", "gus", "20 or 30?") > 0);
    QVERIFY(dispute("annotation", annotation, "disputed", "hal", "it took 45") > 0);
    QVERIFY(dispute("step", step1, "disputed", "hana", "we waited for the vendor first") > 0);
    QVERIFY(dispute("step", step1, "uncertain", "ian", "") > 0);
    QVERIFY(dispute("step", step2, "uncertain", "jo", "by phone or by mail?") > 0);
    const QStringList all = disputeRows(s);
    QCOMPARE(all.size(), 7);
    auto without = [&all](const QString &type, const QList<qint64> &ids) {
        QStringList rest;
        for (const QString &row : all) {
            const QStringList columns = row.split(QLatin1Char('|'));
            if (columns.at(1) != type || !ids.contains(columns.at(2).toLongLong()))
                rest << row;
        }
        return rest;
    };

    // An annotation: its two disputes go, the other annotation's and the event's stay.
    QSignalSpy changes(&f.document, &ReviewDocument::changed);
    QVERIFY(commands::deleteAnnotation(f.document, annotation));
    QCOMPARE(disputesOf(s, QStringLiteral("annotation"), annotation), 0);
    QCOMPARE(disputeRows(s), without(QStringLiteral("annotation"), { annotation }));
    const bool toldDisputes = std::any_of(changes.begin(), changes.end(), [](const QList<QVariant> &c) {
        return c.at(0).value<ReviewDocument::Area>() == ReviewDocument::Area::Disputes;
    });
    QVERIFY(toldDisputes);
    stack->undo();
    QCOMPARE(disputeRows(s), all);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Annotation, annotation), Disputes::State::Disputed);
    const QList<Disputes::Dispute> back = Disputes::forItem(s, Disputes::ItemType::Annotation, annotation);
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).raisedBy, QStringLiteral("gus"));
    QCOMPARE(back.at(0).reason, QStringLiteral("20 or 30?"));
    QCOMPARE(back.at(1).raisedBy, QStringLiteral("hal"));
    stack->redo();
    QCOMPARE(disputeRows(s), without(QStringLiteral("annotation"), { annotation }));
    // SQLite gives the next annotation the deleted one's id (it was the highest): it is not disputed.
    const qint64 reused
        = commands::addAnnotation(f.document, event, QStringLiteral("the vendor called back"));
    QCOMPARE(reused, annotation);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Annotation, reused), Disputes::State::None);
    QCOMPARE(Disputes::annotationStatesByEvent(s).value(event), Disputes::State::Disputed); // `kept`'s
    stack->undo(); // the new annotation
    stack->undo(); // the deletion
    QCOMPARE(disputeRows(s), all);

    // A step: its disputes go, the other step's stay; undo, redo, and a new step with its id.
    QVERIFY(commands::deleteStep(f.document, step2));
    QCOMPARE(disputeRows(s), without(QStringLiteral("step"), { step2 }));
    stack->undo();
    QCOMPARE(disputeRows(s), all);
    stack->redo();
    QCOMPARE(disputesOf(s, QStringLiteral("step"), step2), 0);
    const qint64 newStep = commands::addStep(f.document, narrative, QStringLiteral("the vendor wrote"));
    QCOMPARE(newStep, step2);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Step, newStep), Disputes::State::None);
    stack->undo();
    stack->undo();
    QCOMPARE(disputeRows(s), all);

    // A whole narrative: the disputes of all its steps go; annotations' and events' stay.
    QVERIFY(commands::deleteNarrative(f.document, narrative));
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM narrative_steps")), 0);
    QCOMPARE(disputeRows(s), without(QStringLiteral("step"), { step1, step2 }));
    stack->undo();
    QCOMPARE(disputeRows(s), all);
    QCOMPARE(Disputes::forItem(s, Disputes::ItemType::Step, step1).first().reason,
        QStringLiteral("we waited for the vendor first"));
    QCOMPARE(Disputes::all(s).size(), 7);
    stack->redo();
    QCOMPARE(disputeRows(s), without(QStringLiteral("step"), { step1, step2 }));
    const qint64 otherNarrative
        = commands::addNarrative(f.document, QStringLiteral("From the vendor"), QStringLiteral("vendor"));
    const qint64 firstStep = commands::addStep(f.document, otherNarrative, QStringLiteral("we saw errors"));
    const qint64 secondStep = commands::addStep(f.document, otherNarrative, QStringLiteral("we called"));
    QCOMPARE(firstStep, step1);
    QCOMPARE(secondStep, step2);
    QCOMPARE(Disputes::states(s, Disputes::ItemType::Step).size(), 0);
    for (int i = 0; i < 4; ++i)
        stack->undo();
    QCOMPARE(disputeRows(s), all);
    QCOMPARE(stepOrderTexts(f.document, narrative),
        QStringList({ QStringLiteral("we rolled back at once"), QStringLiteral("the vendor confirmed") }));
}

// Versions before disputes followed deletions left rows behind in saved reviews; a new annotation
// or step that SQLite gives such an id does not take them over.
void TestReviewPractice::newItemsDoNotInheritLeftoverDisputes()
{
    Fixture f;
    ReviewStore &s = f.document.store();
    commands::ManualEvent e;
    e.instant = at(10, 0, 0);
    e.text = QStringLiteral("rollback finished");
    const qint64 event = commands::addManualEvent(f.document, e);
    const qint64 narrative
        = commands::addNarrative(f.document, QStringLiteral("From the bridge"), QStringLiteral("on-call"));
    QVERIFY(
        s.exec(QStringLiteral("INSERT INTO disputes(item_type, item_id, state, raised_by, reason, created)"
                              " VALUES('annotation', 1, 'disputed', 'old', 'about a deleted annotation', 1),"
                              " ('step', 1, 'uncertain', 'old', 'about a deleted step', 1)")));
    const qint64 annotation = commands::addAnnotation(f.document, event, QStringLiteral("took 20 minutes"));
    const qint64 step = commands::addStep(f.document, narrative, QStringLiteral("we rolled back at once"));
    QCOMPARE(annotation, 1);
    QCOMPARE(step, 1);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Annotation, annotation), Disputes::State::None);
    QCOMPARE(Disputes::stateOf(s, Disputes::ItemType::Step, step), Disputes::State::None);
    QCOMPARE(count(s, QStringLiteral("SELECT COUNT(*) FROM disputes")), 0);
    // Their own disputes still come and go with undo and redo.
    QVERIFY(commands::addDispute(f.document, QStringLiteral("step"), step, QStringLiteral("disputed"),
                QStringLiteral("kim"), QStringLiteral("not at once"))
        > 0);
    f.document.undoStack()->undo();
    f.document.undoStack()->undo(); // the step
    f.document.undoStack()->redo();
    f.document.undoStack()->redo();
    QCOMPARE(Disputes::forItem(s, Disputes::ItemType::Step, step).value(0).raisedBy, QStringLiteral("kim"));
}

void TestReviewPractice::learningsWithLinksUndoable()
{
    Fixture f;
    LearningModel surprises(f.document, QStringLiteral("surprise"));
    LearningModel helped(f.document, QStringLiteral("helped"));
    QAbstractItemModelTester t1(&surprises, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&helped, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 s = commands::addLearning(
        f.document, QStringLiteral("surprise"), QStringLiteral("the retry storm doubled load"));
    const qint64 h = commands::addLearning(
        f.document, QStringLiteral("helped"), QStringLiteral("the flag could be turned off"));
    QVERIFY(s > 0 && h > 0);
    QCOMPARE(surprises.rowCount(), 1);
    QCOMPARE(helped.rowCount(), 1);
    QCOMPARE(helped.index(0).data(ItemIdRole).toLongLong(), h);
    QVERIFY(f.document.store().exec(
        QStringLiteral("INSERT INTO factors(title, created, edited) VALUES('retry policy', 0, 0)")));
    const qint64 factor = f.document.store().lastInsertId();
    QVERIFY(commands::linkLearningToFactor(f.document, s, factor));
    QVERIFY(commands::linkLearningToFactor(f.document, s, factor)); // twice is once
    QCOMPARE(surprises.learning(0)->factorIds, QList<qint64> { factor });
    // Typing merges into one undo step.
    const int steps = f.document.undoStack()->count();
    QVERIFY(surprises.setData(surprises.index(0), QStringLiteral("the retry storm")));
    QVERIFY(surprises.setData(surprises.index(0), QStringLiteral("the retry storm tripled load")));
    QCOMPARE(f.document.undoStack()->count(), steps + 1);
    QCOMPARE(
        surprises.index(0).data(Qt::EditRole).toString(), QStringLiteral("the retry storm tripled load"));
    f.document.undoStack()->undo();
    QCOMPARE(
        surprises.index(0).data(Qt::EditRole).toString(), QStringLiteral("the retry storm doubled load"));

    QVERIFY(commands::deleteLearning(f.document, s));
    QCOMPARE(surprises.rowCount(), 0);
    QCOMPARE(count(f.document.store(), QStringLiteral("SELECT COUNT(*) FROM learning_links")), 0);
    f.document.undoStack()->undo();
    QCOMPARE(surprises.rowCount(), 1);
    QCOMPARE(surprises.learning(0)->factorIds, QList<qint64> { factor });
    QVERIFY(commands::unlinkLearningFromFactor(f.document, s, factor));
    QVERIFY(surprises.learning(0)->factorIds.isEmpty());
    // The contributing factor is untouched by all of this.
    QCOMPARE(count(f.document.store(), QStringLiteral("SELECT COUNT(*) FROM factors")), 1);
    QCOMPARE(commands::addLearning(f.document, QStringLiteral("cause"), QStringLiteral("x")), 0);
}

void TestReviewPractice::agreementDiffShowsChangesSince()
{
    Fixture f;
    const qint64 edge = f.import(QStringLiteral("edge-proxy.jsonl"));
    const qint64 first = f.document.timeline().eventId(0);
    const qint64 second = f.document.timeline().eventId(1);
    const qint64 annotation = commands::addAnnotation(f.document, first, QStringLiteral("first sign"));
    QVERIFY(commands::setHighlighted(f.document, second, true));
    const qint64 agreement
        = commands::recordAgreement(f.document, { QStringLiteral("alice"), QStringLiteral("bob") });
    QVERIFY(agreement > 0);
    auto latest = Agreement::latest(f.document.store());
    QVERIFY(latest);
    QCOMPARE(latest->present, (QStringList { QStringLiteral("alice"), QStringLiteral("bob") }));
    AgreementDiff diff;
    QVERIFY(diff.compare(latest->snapshot, f.document.store()));
    QVERIFY(diff.isEmpty());

    // After the session: an event added, an annotation edited, a highlight moved, a clock shifted.
    commands::ManualEvent e;
    e.instant = at(13, 0, 1);
    e.text = QStringLiteral("vendor confirmed");
    const qint64 added = commands::addManualEvent(f.document, e);
    QVERIFY(commands::editAnnotation(f.document, annotation, QStringLiteral("first sign, seen by nobody")));
    QVERIFY(commands::setHighlighted(f.document, second, false));
    QVERIFY(commands::shiftSourceClock(f.document, edge, 1000000, QStringLiteral("skew")));
    QVERIFY(diff.compare(latest->snapshot, f.document.store()));
    QCOMPARE(diff.count(AgreementDiff::Item::Event, AgreementDiff::How::Added), 1);
    QCOMPARE(diff.count(AgreementDiff::Item::Event, AgreementDiff::How::Changed), 3);
    QCOMPARE(diff.count(AgreementDiff::Item::Annotation, AgreementDiff::How::Changed), 1);
    QCOMPARE(diff.count(AgreementDiff::Item::Highlight, AgreementDiff::How::Removed), 1);
    for (const auto &c : diff.changes()) {
        if (c.item == AgreementDiff::Item::Event && c.how == AgreementDiff::How::Added)
            QCOMPARE(c.id, added);
        if (c.item == AgreementDiff::Item::Event && c.how == AgreementDiff::How::Changed)
            QCOMPARE(c.parts, int(AgreementDiff::Time));
    }
    // Removing the source removes its events from the agreed timeline.
    QVERIFY(commands::removeSource(f.document, edge));
    QVERIFY(diff.compare(latest->snapshot, f.document.store()));
    QCOMPARE(diff.count(AgreementDiff::Item::Event, AgreementDiff::How::Removed), 3);
    QCOMPARE(diff.count(AgreementDiff::Item::Annotation, AgreementDiff::How::Removed), 1);

    const tests::CliResult cli
        = tests::runCli({ QStringLiteral("agreement"), f.document.path(), QStringLiteral("--json") });
    QCOMPARE(cli.exitCode, 0);
    QVERIFY2(cli.out.contains("\"change\":\"removed\""), cli.out.constData());
    QVERIFY(cli.out.contains("\"alice\""));

    // Undo of the agreement itself.
    while (f.document.undoStack()->index() > 0 && Agreement::latest(f.document.store()))
        f.document.undoStack()->undo();
    QVERIFY(!Agreement::latest(f.document.store()));
    QVERIFY(!diff.compareSnapshots("not json", "{}"));
}

void TestReviewPractice::severalAnswersPerQuestion()
{
    Fixture f;
    QVERIFY(f.document.store().exec(QStringLiteral(
        "INSERT INTO questions(text, created) VALUES('How did the retry limit come to be 10?', 0)")));
    const qint64 q = f.document.store().lastInsertId();
    const qint64 a1 = commands::addAnswer(
        f.document, q, QStringLiteral("gina"), QStringLiteral("copied from the old client"));
    const qint64 a2 = commands::addAnswer(
        f.document, q, QStringLiteral("hank"), QStringLiteral("a load test in 2023 suggested it"));
    QVERIFY(a1 > 0 && a2 > 0 && a1 != a2);
    QCOMPARE(count(f.document.store(),
                 QStringLiteral("SELECT COUNT(*) FROM question_answers WHERE question_id = %1").arg(q)),
        2);
    QVERIFY(commands::editAnswer(f.document, a2, QStringLiteral("a load test in 2022 suggested it")));
    QVERIFY(commands::deleteAnswer(f.document, a1));
    QCOMPARE(count(f.document.store(), QStringLiteral("SELECT COUNT(*) FROM question_answers")), 1);
    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    QCOMPARE(f.document.store()
                 .scalar(QStringLiteral("SELECT text FROM question_answers WHERE id = ?"), { a2 })
                 .toString(),
        QStringLiteral("a load test in 2023 suggested it"));
    QCOMPARE(f.document.store()
                 .scalar(QStringLiteral("SELECT author FROM question_answers WHERE id = ?"), { a1 })
                 .toString(),
        QStringLiteral("gina"));
    QCOMPARE(commands::addAnswer(f.document, q + 100, {}, QStringLiteral("to nothing")), 0);
}

// Issue 19: one person, however the sources spell them. Rows: "actor|kind|chat id|email" items
// joined by ';'; expected: the suggestions as "name=alias,alias" joined by ';' (order of events).
void TestReviewPractice::participantSuggestionsJoinSpellings_data()
{
    QTest::addColumn<QString>("people");
    QTest::addColumn<QString>("participants"); // "name=alias,alias;..."
    QTest::addColumn<QString>("expected");
    QTest::newRow("chat id and name")
        << QStringLiteral("U01ANA|3||;Ana Lima|3|U01ANA|") << QString() << QStringLiteral("Ana Lima=U01ANA");
    QTest::newRow("member e-mail ties two sources")
        << QStringLiteral("Ben Okafor|1||ben@example.com;ben@example.com|1||") << QString()
        << QStringLiteral("Ben Okafor=ben@example.com");
    QTest::newRow("e-mail local part is a guess")
        << QStringLiteral("carla@example.com|1||;Carla Nunes|3|U03CAR|") << QString()
        << QStringLiteral("Carla Nunes=carla@example.com,U03CAR?");
    QTest::newRow("two people share a first name: no guess")
        << QStringLiteral("sam@example.com|1||;Sam Lee|3||;Sam Ortiz|3||") << QString()
        << QStringLiteral("Sam Lee=;Sam Ortiz=;sam@example.com=");
    QTest::newRow("known participant, new id")
        << QStringLiteral("U01ANA|3||;Ana Lima|3|U01ANA|") << QStringLiteral("Ana Lima=")
        << QStringLiteral("Ana Lima=U01ANA!");
    QTest::newRow("known participant, nothing new")
        << QStringLiteral("U01ANA|3||;Ana Lima|3|U01ANA|") << QStringLiteral("Ana Lima=U01ANA") << QString();
}

void TestReviewPractice::participantSuggestionsJoinSpellings()
{
    QFETCH(QString, people);
    QFETCH(QString, participants);
    QFETCH(QString, expected);
    QList<ImportedPerson> imported;
    for (const QString &item : people.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = item.split(QLatin1Char('|'));
        imported.append({ f.at(0), f.at(1).toInt(), 1, f.at(2), f.at(3) });
    }
    QList<Participant> known;
    QHash<qint64, QStringList> aliases;
    for (const QString &item : participants.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        Participant p;
        p.id = known.size() + 1;
        p.name = item.section(QLatin1Char('='), 0, 0);
        known.append(p);
        aliases.insert(p.id, item.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    QStringList got;
    for (const ParticipantSuggestion &s : ParticipantSuggestions::compute(imported, known, aliases)) {
        QStringList sorted = s.aliases;
        sorted.sort(Qt::CaseInsensitive);
        got << s.name + QLatin1Char('=') + sorted.join(QLatin1Char(','))
                + (s.guessed ? QStringLiteral("?") : QString())
                + (s.participantId ? QStringLiteral("!") : QString());
    }
    got.sort();
    QCOMPARE(got.join(QLatin1Char(';')), expected);
}

// On a realistic incident: everyone the flag systems, the chat and the alerts name, once each,
// confirmed and merged as undoable steps.
void TestReviewPractice::participantSuggestionsFromTheGameDay()
{
    Fixture f;
    QString error = tests::importGameDay(f.document.store());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<ParticipantSuggestion> suggestions = ParticipantSuggestions::compute(f.document.store(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList names;
    QSet<QString> spellings;
    for (const ParticipantSuggestion &s : std::as_const(suggestions)) {
        names << s.name;
        QVERIFY2(!ParticipantSuggestions::isChatUserId(s.name), qPrintable(s.name));
        const QStringList all = QStringList(s.aliases) << s.name;
        for (const QString &spelling : all) {
            QVERIFY2(!spellings.contains(spelling.toLower()), qPrintable(spelling)); // nobody twice
            spellings.insert(spelling.toLower());
        }
    }
    names.sort();
    QCOMPARE(names,
        (QStringList { QStringLiteral("Ana Lima"), QStringLiteral("Ben Okafor"),
            QStringLiteral("Carla Nunes"), QStringLiteral("Dana Reyes") }));
    const auto find = [&](const QString &name) {
        return *std::find_if(suggestions.cbegin(), suggestions.cend(),
            [&](const ParticipantSuggestion &s) { return s.name == name; });
    };
    QVERIFY(find(QStringLiteral("Ana Lima")).aliases.contains(QStringLiteral("U01ANA")));
    QVERIFY(find(QStringLiteral("Ana Lima")).aliases.contains(QStringLiteral("ana@example.com")));
    QVERIFY(find(QStringLiteral("Ben Okafor")).kinds.contains(int(EventKind::Alert))); // the alert's owner
    // Slack's users.json gives Carla's address: Unleash's "carla@example.com" is her, no guess.
    QVERIFY(!find(QStringLiteral("Carla Nunes")).guessed);
    QVERIFY(find(QStringLiteral("Carla Nunes")).aliases.contains(QStringLiteral("carla@example.com")));

    // Confirm Ana (one step), merge Carla's address into a participant added by hand.
    const ParticipantSuggestion ana = find(QStringLiteral("Ana Lima"));
    const qint64 anaId = commands::confirmParticipant(f.document, ana.name, ana.aliases);
    QVERIFY(anaId > 0);
    QCOMPARE(ParticipantStore::aliases(f.document.store()).value(anaId), ana.aliases);
    const qint64 carla = commands::addParticipant(f.document, QStringLiteral("Carla Nunes"));
    suggestions = ParticipantSuggestions::compute(f.document.store());
    QCOMPARE(find(QStringLiteral("Carla Nunes")).participantId, carla);
    QVERIFY(commands::addParticipantAliases(f.document, carla, find(QStringLiteral("Carla Nunes")).aliases));
    suggestions = ParticipantSuggestions::compute(f.document.store());
    names.clear();
    for (const ParticipantSuggestion &s : std::as_const(suggestions))
        names << s.name;
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("Ben Okafor"), QStringLiteral("Dana Reyes") }));

    // Undo the merge, then the confirmation: the suggestions come back; redo restores the spellings.
    f.document.undoStack()->undo();
    QVERIFY(ParticipantStore::aliases(f.document.store()).value(carla).isEmpty());
    f.document.undoStack()->undo(); // addParticipant
    f.document.undoStack()->undo(); // confirmParticipant
    QVERIFY(!ParticipantStore::exists(f.document.store(), anaId));
    QCOMPARE(ParticipantSuggestions::compute(f.document.store()).size(), 4);
    f.document.undoStack()->redo();
    QVERIFY(ParticipantStore::exists(f.document.store(), anaId));
    QCOMPARE(ParticipantStore::aliases(f.document.store()).value(anaId), ana.aliases);
}

QTEST_GUILESS_MAIN(TestReviewPractice)
#include "tst_reviewpractice.moc"
