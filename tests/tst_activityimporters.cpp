// Importers of flag, experiment, chat and alert sources (issue 4): every real sample in
// tests/data/samples for these formats, hand-made fixtures for each quirk, a real review and the CLI.
#include "testsupport.h"

#include "analysis/experimentsummary.h"
#include "domain/timestamps.h"
#include "gameday.h"
#include "import/collectingsink.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "import/parsers/importinput.h"
#include "import/parsers/yamlsubsetreader.h"
#include "import/slackimporter.h"
#include "search/eventsearch.h"
#include "store/eventquery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace faultless;
using namespace faultless::model;

namespace {

struct ReadResult
{
    QString formatId; // detected
    bool ok = false;
    QString error;
    CollectingSink sink;
    ImportContext context;
};

// Detects the format like ImportJob does and reads the file into memory.
std::unique_ptr<ReadResult> readFile(const ImporterRegistry &registry, const QString &path,
    const QString &zone = QStringLiteral("UTC"), bool zoneChosen = false, const QString &option = {},
    const QString &forceFormat = {})
{
    auto result = std::make_unique<ReadResult>();
    ImportInput input;
    if (!input.open(path)) {
        result->error = input.errorString();
        return result;
    }
    const QByteArray prefix = input.peek(ImporterRegistry::SniffSize);
    const FormatDetection detection = registry.detect(prefix, QFileInfo(path).fileName());
    result->formatId = detection.importer ? detection.importer->id() : QString();
    std::unique_ptr<Importer> importer
        = registry.create(forceFormat.isEmpty() ? result->formatId : forceFormat);
    if (!importer) {
        result->error = QStringLiteral("no importer");
        return result;
    }
    result->context.fileName = path;
    result->context.zone = QTimeZone(zone.toUtf8());
    result->context.zoneChosen = zoneChosen;
    result->context.formatOption = option;
    result->ok = importer->read(input, result->sink, result->context, &result->error);
    return result;
}

QJsonObject attributes(const EventRecord &e)
{
    return QJsonDocument::fromJson(e.attributesJson).object();
}

QString iso(Instant t)
{
    return t == NoInstant ? QString() : timestamps::toIsoUtc(t);
}

const EventRecord *findByText(const std::vector<EventRecord> &events, const QString &part)
{
    for (const EventRecord &e : events) {
        if (QString::fromUtf8(e.text).contains(part))
            return &e;
    }
    return nullptr;
}

} // namespace

class TestActivityImporters : public QObject
{
    Q_OBJECT

private:
    ImporterRegistry m_registry;

private slots:
    void gameDayFlagWords_data();
    void gameDayFlagWords();
    void gameDaySearchFindsEveryEventOfAFlag();
    void registered_data();
    void registered();
    void samples_data();
    void samples();
    void fixtures_data();
    void fixtures();
    void flagChanges_data();
    void flagChanges();
    void experimentJournals_data();
    void experimentJournals();
    void naiveTimestamps_data();
    void naiveTimestamps();
    void litmusInstants_data();
    void litmusInstants();
    void alertSpans_data();
    void alertSpans();
    void slackMessages();
    void slackZipGuards_data();
    void slackZipGuards();
    void yamlSubset_data();
    void yamlSubset();
    void garbageNeverCrashes_data();
    void garbageNeverCrashes();
    void importIntoReview();
    void cliEventsByKind_data();
    void cliEventsByKind();
    void experimentSummary();
};

void TestActivityImporters::registered_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("kind");
    for (const auto &[id, kind] : std::initializer_list<std::pair<const char *, const char *>> {
             { "launchdarkly", "flag" }, { "unleash", "flag" }, { "flagsmith", "flag" },
             { "flag-csv", "flag" }, { "chaostoolkit", "experiment" }, { "litmus", "experiment" },
             { "experiment-csv", "experiment" }, { "slack", "chat" }, { "alertmanager", "alert" },
             { "pagerduty", "alert" }, { "opsgenie", "alert" } })
        QTest::newRow(id) << QString::fromLatin1(id) << QString::fromLatin1(kind);
}

void TestActivityImporters::registered()
{
    QFETCH(QString, id);
    QFETCH(QString, kind);
    const Importer *importer = m_registry.find(id);
    QVERIFY(importer);
    QCOMPARE(importer->sourceKind(), kind);
    QVERIFY(!importer->displayName().isEmpty());
    QVERIFY(m_registry.create(id) != nullptr);
}

// Each real sample: detected as its format, with the number of events counted by reading the file.
void TestActivityImporters::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("rejects");
    auto row = [](const char *file, const char *format, int events, int rejects = 0) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format) << events << rejects;
    };
    // One audit-log entry per file (REST/webhook shape, and the integration-framework context).
    row("launchdarkly-auditlog/ld-docs-webhook-auditlog-entry-environment-rename.json", "launchdarkly", 1);
    row("launchdarkly-auditlog/ld-integration-framework-context-flag-archive.json", "launchdarkly", 1);
    row("launchdarkly-auditlog/ld-integration-framework-context-flag-targeting-rule-update.json",
        "launchdarkly", 1);
    row("launchdarkly-auditlog/ld-integration-framework-context-flag-toggle.json", "launchdarkly", 1);
    row("launchdarkly-auditlog/ld-integration-framework-context-flag-update-all-environments.json",
        "launchdarkly", 1);
    // {version, events:[2]} and the docs' 55 per-type examples as one bare array.
    row("unleash-events/unleash-docs-admin-events-list-response.json", "unleash", 2);
    row("unleash-events/unleash-docs-event-type-examples.json", "unleash", 55);
    row("flagsmith-audit-log/flagsmith-docs-audit-log-webhook-payload.json", "flagsmith", 1);
    row("flagsmith-audit-log/flagsmith-docs-environment-webhook-flag-updated.json", "flagsmith", 1);
    // The run span + steady-state probes before + method activities + probes after (+ rollbacks: none ran).
    row("chaostoolkit-journal/ferkhan-service-crash-journal.json", "chaostoolkit", 1 + 2 + 2 + 2);
    row("chaostoolkit-journal/lfmpaes-redis-stop-journal.json", "chaostoolkit", 1 + 1 + 3 + 1);
    row("chaostoolkit-journal/mdrcs-k8s-terminate-pods-journal.json", "chaostoolkit", 1 + 2 + 2 + 1);
    row("litmus-chaosresult/litmus-python-aws-az-chaos-pass.chaosresult.yaml", "litmus", 1);
    row("litmus-chaosresult/litmus-python-chaos-fail.chaosresult.yaml", "litmus", 1);
    row("litmus-chaosresult/litmus-docs-kubectl-describe-chaosresult.txt", "litmus", 1);
    row("slack-export/hfaran-testarchive/enrique/2016-01-14.json", "slack", 6);
    row("slack-export/hfaran-testarchive/enrique/2016-03-28.json", "slack", 19);
    row("slack-export/hfaran-testarchive/traveling-sailor/2016-03-27.json", "slack", 8);
    row("alertmanager-webhook/msteams-large_prom_post_request-19-alerts.json", "alertmanager", 19);
    row("alertmanager-webhook/msteams-prom_post_request.json", "alertmanager", 1);
    row("alertmanager-webhook/msteams-prom_post_request_2_alerts.json", "alertmanager", 2);
    row("pagerduty-log-entries/pd-openapi-example-incident-log-entries.json", "pagerduty", 1);
    row("pagerduty-log-entries/pd-openapi-example-log-entries.json", "pagerduty", 1);
    row("pagerduty-log-entries/pd-openapi-example-log-entry-single.json", "pagerduty", 1);
    // The incident span, its one acknowledgement and its one assignment.
    row("pagerduty-log-entries/pd-openapi-example-incident.json", "pagerduty", 3);
}

void TestActivityImporters::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, events);
    QFETCH(int, rejects);
    const QString path = tests::samplePath(file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto r = readFile(m_registry, path);
    QCOMPARE(r->formatId, format);
    QVERIFY2(r->ok, qPrintable(r->error));
    for (const RejectedRecord &rej : r->sink.rejects)
        qWarning() << "rejected" << rej.line << rej.reason;
    QCOMPARE(int(r->sink.events.size()), events);
    QCOMPARE(int(r->sink.rejects.size()), rejects);
    for (const EventRecord &e : r->sink.events) {
        QVERIFY(e.instant != NoInstant);
        QVERIFY(e.end == NoInstant || e.end >= e.instant);
        QVERIFY(!e.text.isEmpty() || e.kind == EventKind::Chat);
        if (!e.attributesJson.isEmpty())
            QVERIFY(QJsonDocument::fromJson(e.attributesJson).isObject());
    }
}

// Hand-made fixtures (tests/data/activity/SOURCE.txt), each with its unusable records.
void TestActivityImporters::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("rejects");
    auto row = [](const char *file, const char *format, int events, int rejects) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(format) << events << rejects;
    };
    row("flag-changes.csv", "flag-csv", 5, 3);
    row("experiment-runs.csv", "experiment-csv", 3, 2);
    row("opsgenie-webhooks.jsonl", "opsgenie", 4, 2);
    row("launchdarkly-rest-out-of-order.json", "launchdarkly", 5, 1);
    row("unleash-events-out-of-order.json", "unleash", 5, 2);
    row("alertmanager-notifications.jsonl", "alertmanager", 2, 2);
    row("pagerduty-log-entries-newest-first.json", "pagerduty", 4, 1);
    row("slack-threads/incident-checkout/2024-05-01.json", "slack", 4, 2);
    row("slack-hfaran-testarchive.zip", "slack", 158, 0);
    row("slack-zip-slip.zip", "slack", 1, 3);
    row("litmus-kubectl-get-list.yaml", "litmus", 1, 1);
    row("litmus-chaosresult.json", "litmus", 1, 0);
}

void TestActivityImporters::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(int, events);
    QFETCH(int, rejects);
    const auto r = readFile(m_registry, tests::dataPath(QStringLiteral("activity/") + file));
    QCOMPARE(r->formatId, format);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(int(r->sink.events.size()), events);
    QCOMPARE(int(r->sink.rejects.size()), rejects);
    for (const RejectedRecord &rej : r->sink.rejects)
        QVERIFY2(!rej.reason.isEmpty(), "a reject without a reason");
}

// The FlagChange each flag source derives: key, environment, before -> after, actor, instant.
void TestActivityImporters::flagChanges_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("textPart"); // finds the event
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("instant");
    const QString ld = tests::samplePath(QStringLiteral("launchdarkly-auditlog/"));
    const QString data = tests::dataPath(QStringLiteral("activity/"));
    QTest::newRow("launchdarkly integration toggle")
        << ld + QStringLiteral("ld-integration-framework-context-flag-toggle.json")
        << QStringLiteral("turned on") << QStringLiteral("demo-flag") << QStringLiteral("production")
        << QStringLiteral("off") << QStringLiteral("on") << QStringLiteral("Henrietta Powell")
        << QStringLiteral("2020-02-04T00:48:39.650000Z");
    QTest::newRow("launchdarkly all environments")
        << ld + QStringLiteral("ld-integration-framework-context-flag-update-all-environments.json")
        << QStringLiteral("hidden from client-side SDKs") << QStringLiteral("demo-flag") << QString()
        << QString() << QStringLiteral("Changed the flag to be hidden from client-side SDKs")
        << QStringLiteral("Henrietta Powell") << QStringLiteral("2020-02-04T00:56:18.959000Z");
    QTest::newRow("launchdarkly rest resource")
        << data + QStringLiteral("launchdarkly-rest-out-of-order.json") << QStringLiteral("turned off")
        << QStringLiteral("checkout-v2") << QStringLiteral("production") << QStringLiteral("on")
        << QStringLiteral("off") << QStringLiteral("Ben Okafor")
        << QStringLiteral("2024-05-01T10:09:30.000000Z");
    QTest::newRow("unleash disabled")
        << tests::samplePath(QStringLiteral("unleash-events/unleash-docs-admin-events-list-response.json"))
        << QStringLiteral("turned off") << QStringLiteral("my-constrained-toggle")
        << QStringLiteral("development") << QStringLiteral("on") << QStringLiteral("off")
        << QStringLiteral("user@company.com") << QStringLiteral("2022-05-12T08:49:45.986000Z");
    QTest::newRow("unleash strategy update")
        << data + QStringLiteral("unleash-events-out-of-order.json") << QStringLiteral("rollout 25% → 100%")
        << QStringLiteral("new-search") << QStringLiteral("production") << QStringLiteral("rollout 25%")
        << QStringLiteral("rollout 100%") << QStringLiteral("ana@example.com")
        << QStringLiteral("2024-05-01T11:00:00.000000Z");
    QTest::newRow("launchdarkly rule rollout from details")
        << ld + QStringLiteral("ld-integration-framework-context-flag-targeting-rule-update.json")
        << QStringLiteral("demo-flag") << QStringLiteral("demo-flag") << QStringLiteral("production")
        << QStringLiteral("rule rollout 50%") << QStringLiteral("rule rollout 43%")
        << QStringLiteral("Henrietta Powell") << QStringLiteral("2020-02-04T00:54:45.229000Z");
    QTest::newRow("flagsmith webhook")
        << tests::samplePath(
               QStringLiteral("flagsmith-audit-log/flagsmith-docs-environment-webhook-flag-updated.json"))
        << QStringLiteral("butter_bar") << QStringLiteral("butter_bar") << QStringLiteral("Development")
        << QStringLiteral("off") << QStringLiteral("on") << QStringLiteral("Ben Rometsch")
        << QStringLiteral("2021-06-18T07:50:26.595298Z");
    QTest::newRow("flagsmith audit row")
        << tests::samplePath(
               QStringLiteral("flagsmith-audit-log/flagsmith-docs-audit-log-webhook-payload.json"))
        << QStringLiteral("my_feature") << QStringLiteral("my_feature") << QString() << QString() << QString()
        << QStringLiteral("Kyle Johnson") << QStringLiteral("2020-02-23T17:30:57.006318Z");
    QTest::newRow("csv quoted key") << data + QStringLiteral("flag-changes.csv") << QStringLiteral("pricing")
                                    << QStringLiteral("pricing, eu") << QStringLiteral("production")
                                    << QStringLiteral("off") << QStringLiteral("on")
                                    << QStringLiteral("dan@example.com")
                                    << QStringLiteral("2024-05-01T10:30:00.000000Z");
}

void TestActivityImporters::flagChanges()
{
    QFETCH(QString, path);
    QFETCH(QString, textPart);
    QFETCH(QString, flag);
    QFETCH(QString, environment);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, actor);
    QFETCH(QString, instant);
    const auto r = readFile(m_registry, path);
    QVERIFY2(r->ok, qPrintable(r->error));
    const EventRecord *e = findByText(r->sink.events, textPart);
    QVERIFY2(e, qPrintable(textPart));
    QCOMPARE(e->kind, EventKind::Flag);
    QVERIFY(e->flag.has_value());
    QCOMPARE(e->flag->flagKey, flag);
    QCOMPARE(e->flag->environment, environment);
    QCOMPARE(e->flag->before, before);
    QCOMPARE(e->flag->after, after);
    QCOMPARE(QString::fromUtf8(e->actor), actor);
    QCOMPARE(iso(e->instant), instant);
    QCOMPARE(QString::fromUtf8(e->lane), flag);
    QCOMPARE(attributes(*e).value(QLatin1String("flag")).toString(), flag);
}

// Chaos Toolkit: the run span with its hypothesis, verdict and steady states, and the children.
void TestActivityImporters::experimentJournals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("hypothesis");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<int>("duringChecks"); // -1: the journal has no steady_states.during
    // No translator is loaded here: plural texts are the %n source strings (faultless_en.ts has the forms).
    QTest::newRow("deviated, offsets, during = []")
        << QStringLiteral("chaostoolkit-journal/ferkhan-service-crash-journal.json")
        << QStringLiteral("deviated") << QStringLiteral("Service is responding normally")
        << QStringLiteral("met (2 probe(s) within tolerance)")
        << QStringLiteral("not met: api-responds outside tolerance")
        << QStringLiteral("2026-01-16T16:51:52.591353Z") << QStringLiteral("2026-01-16T16:52:03.270738Z")
        << 0;
    QTest::newRow("held, UTF-8 titles")
        << QStringLiteral("chaostoolkit-journal/lfmpaes-redis-stop-journal.json") << QStringLiteral("held")
        << QStringLiteral("Aplicação está saudável") << QStringLiteral("met (1 probe(s) within tolerance)")
        << QStringLiteral("met (1 probe(s) within tolerance)")
        << QStringLiteral("2025-04-26T00:12:46.036684Z") << QStringLiteral("2025-04-26T00:12:47.199491Z")
        << 0;
    QTest::newRow("deviated, naive UTC, no during")
        << QStringLiteral("chaostoolkit-journal/mdrcs-k8s-terminate-pods-journal.json")
        << QStringLiteral("deviated") << QStringLiteral("Services are all available and healthy")
        << QStringLiteral("met (2 probe(s) within tolerance)")
        << QStringLiteral("not met: application-should-be-alive-and-healthy outside tolerance")
        << QStringLiteral("2020-06-05T09:13:58.085110Z") << QStringLiteral("2020-06-05T09:13:58.373799Z")
        << -1;
}

void TestActivityImporters::experimentJournals()
{
    QFETCH(QString, file);
    QFETCH(QString, verdict);
    QFETCH(QString, hypothesis);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(int, duringChecks);
    const auto r = readFile(m_registry, tests::samplePath(file), QStringLiteral("Europe/Berlin"));
    QVERIFY2(r->ok, qPrintable(r->error));
    const auto runs = std::count_if(r->sink.events.begin(), r->sink.events.end(),
        [](const EventRecord &e) { return e.experiment.has_value(); });
    QCOMPARE(int(runs), 1);
    const EventRecord &run = r->sink.events.front();
    QVERIFY(run.experiment);
    QCOMPARE(run.kind, EventKind::Experiment);
    QCOMPARE(experimentVerdictName(run.experiment->verdict), verdict);
    QCOMPARE(run.experiment->hypothesis, hypothesis);
    QCOMPARE(run.experiment->steadyStateBefore, before);
    QCOMPARE(run.experiment->steadyStateAfter, after);
    QCOMPARE(iso(run.instant), start);
    QCOMPARE(iso(run.end), end);
    const QJsonObject attrs = attributes(run);
    QCOMPARE(attrs.contains(QLatin1String("steady_state_during_checks")), duringChecks >= 0);
    if (duringChecks >= 0)
        QCOMPARE(attrs.value(QLatin1String("steady_state_during_checks")).toInt(), duringChecks);
    // Children: on the run's lane, inside the span.
    for (size_t i = 1; i < r->sink.events.size(); ++i) {
        const EventRecord &child = r->sink.events.at(i);
        QCOMPARE(child.kind, EventKind::Experiment);
        QCOMPARE(child.lane, run.lane);
        QVERIFY(!child.experiment);
        QVERIFY(child.instant >= run.instant && child.instant <= run.end);
        QVERIFY(attributes(child).contains(QLatin1String("phase")));
    }
}

// Naive timestamps: read in the review's zone and flagged, except Chaos Toolkit's (UTC by
// construction) unless the user chose a zone; offsets are always honoured.
void TestActivityImporters::naiveTimestamps_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("zoneChosen");
    QTest::addColumn<QString>("textPart");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<bool>("zoneUsed");
    const QString csv = tests::dataPath(QStringLiteral("activity/flag-changes.csv"));
    const QString journal
        = tests::samplePath(QStringLiteral("chaostoolkit-journal/mdrcs-k8s-terminate-pods-journal.json"));
    const QString offsetJournal
        = tests::samplePath(QStringLiteral("chaostoolkit-journal/ferkhan-service-crash-journal.json"));
    QTest::newRow("csv naive in Berlin")
        << csv << QStringLiteral("Europe/Berlin") << false << QStringLiteral("search-ranking")
        << QStringLiteral("2024-05-01T10:15:00.000000Z") << true;
    QTest::newRow("csv naive in UTC")
        << csv << QStringLiteral("UTC") << false << QStringLiteral("search-ranking")
        << QStringLiteral("2024-05-01T12:15:00.000000Z") << true;
    QTest::newRow("journal naive is UTC")
        << journal << QStringLiteral("Europe/Berlin") << false << QStringLiteral("Experiment")
        << QStringLiteral("2020-06-05T09:13:58.085110Z") << false;
    QTest::newRow("journal naive, zone chosen")
        << journal << QStringLiteral("Europe/Berlin") << true << QStringLiteral("Experiment")
        << QStringLiteral("2020-06-05T07:13:58.085110Z") << true;
    QTest::newRow("journal with offsets")
        << offsetJournal << QStringLiteral("Europe/Berlin") << true << QStringLiteral("Experiment")
        << QStringLiteral("2026-01-16T16:51:52.591353Z") << false;
}

void TestActivityImporters::naiveTimestamps()
{
    QFETCH(QString, path);
    QFETCH(QString, zone);
    QFETCH(bool, zoneChosen);
    QFETCH(QString, textPart);
    QFETCH(QString, instant);
    QFETCH(bool, zoneUsed);
    const auto r = readFile(m_registry, path, zone, zoneChosen);
    QVERIFY2(r->ok, qPrintable(r->error));
    const EventRecord *e = findByText(r->sink.events, textPart);
    QVERIFY(e);
    QCOMPARE(iso(e->instant), instant);
    QCOMPARE(r->context.usedZoneForNaiveTimestamps, zoneUsed);
}

// A ChaosResult has no run instants: from --option, from the resource, or the file's mtime (noted).
void TestActivityImporters::litmusInstants_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("start"); // empty: the file's modification time
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<bool>("noted");
    const QString pass = tests::samplePath(
        QStringLiteral("litmus-chaosresult/litmus-python-aws-az-chaos-pass.chaosresult.yaml"));
    const QString fail
        = tests::samplePath(QStringLiteral("litmus-chaosresult/litmus-python-chaos-fail.chaosresult.yaml"));
    QTest::newRow("sdk yaml, no instant: file time")
        << pass << QString() << QString() << QString() << QStringLiteral("held") << true;
    QTest::newRow("sdk yaml, instant given")
        << fail << QStringLiteral("2024-04-30T14:00:00Z") << QStringLiteral("2024-04-30T14:00:00.000000Z")
        << QString() << QStringLiteral("deviated") << false;
    QTest::newRow("sdk yaml, interval given")
        << pass << QStringLiteral("2024-04-30T14:00:00Z/2024-04-30T14:10:00Z")
        << QStringLiteral("2024-04-30T14:00:00.000000Z") << QStringLiteral("2024-04-30T14:10:00.000000Z")
        << QStringLiteral("held") << false;
    QTest::newRow("describe text") << tests::samplePath(
        QStringLiteral("litmus-chaosresult/litmus-docs-kubectl-describe-chaosresult.txt"))
                                   << QString() << QStringLiteral("2020-08-29T08:28:26.000000Z") << QString()
                                   << QStringLiteral("held") << false;
    QTest::newRow("kubectl yaml list")
        << tests::dataPath(QStringLiteral("activity/litmus-kubectl-get-list.yaml")) << QString()
        << QStringLiteral("2024-04-30T14:00:05.000000Z") << QStringLiteral("2024-04-30T14:03:41.000000Z")
        << QStringLiteral("deviated") << false;
    QTest::newRow("kubectl json") << tests::dataPath(QStringLiteral("activity/litmus-chaosresult.json"))
                                  << QString() << QStringLiteral("2024-04-30T15:00:02.000000Z")
                                  << QStringLiteral("2024-04-30T15:05:40.000000Z") << QStringLiteral("held")
                                  << false;
}

void TestActivityImporters::litmusInstants()
{
    QFETCH(QString, path);
    QFETCH(QString, option);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, verdict);
    QFETCH(bool, noted);
    const auto r = readFile(m_registry, path, QStringLiteral("UTC"), false, option);
    QVERIFY2(r->ok, qPrintable(r->error));
    QCOMPARE(int(r->sink.events.size()), 1);
    const EventRecord &e = r->sink.events.front();
    QVERIFY(e.experiment);
    QCOMPARE(experimentVerdictName(e.experiment->verdict), verdict);
    if (start.isEmpty())
        QCOMPARE(e.instant, timestamps::fromDateTime(QFileInfo(path).lastModified().toUTC()));
    else
        QCOMPARE(iso(e.instant), start);
    QCOMPARE(iso(e.end), end);
    QCOMPARE(!r->context.notes.isEmpty(), noted);
    QVERIFY(!e.experiment->hypothesis.isEmpty());
}

// Alerts are spans from firing to resolved; still-firing ones stay open.
void TestActivityImporters::alertSpans_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("textPart");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // empty: still open
    QTest::addColumn<QString>("actor");
    const QString data = tests::dataPath(QStringLiteral("activity/"));
    QTest::newRow("alertmanager merged and resolved")
        << data + QStringLiteral("alertmanager-notifications.jsonl") << QStringLiteral("CheckoutErrorRate")
        << QStringLiteral("2024-05-01T10:04:30.123456Z") << QStringLiteral("2024-05-01T10:13:00.000000Z")
        << QString();
    QTest::newRow("alertmanager firing with a forecast end")
        << data + QStringLiteral("alertmanager-notifications.jsonl") << QStringLiteral("PaymentsLatency")
        << QStringLiteral("2024-05-01T10:06:00.000000Z") << QString() << QString();
    QTest::newRow("alertmanager sample, endsAt year 1, -05:00")
        << tests::samplePath(QStringLiteral("alertmanager-webhook/msteams-prom_post_request_2_alerts.json"))
        << QStringLiteral("high_memory_load2") << QStringLiteral("2018-03-07T11:33:21.873077Z") << QString()
        << QString();
    QTest::newRow("pagerduty trigger to resolve, newest first")
        << data + QStringLiteral("pagerduty-log-entries-newest-first.json") << QStringLiteral("Triggered")
        << QStringLiteral("2024-05-01T10:05:00.000000Z") << QStringLiteral("2024-05-01T10:14:00.000000Z")
        << QStringLiteral("Alertmanager");
    QTest::newRow("pagerduty incident unresolved")
        << tests::samplePath(QStringLiteral("pagerduty-log-entries/pd-openapi-example-incident.json"))
        << QStringLiteral("Incident opened") << QStringLiteral("2015-10-06T21:30:42.000000Z") << QString()
        << QString();
    QTest::newRow("opsgenie create to close, out of order")
        << data + QStringLiteral("opsgenie-webhooks.jsonl") << QStringLiteral("Create: checkout")
        << QStringLiteral("2024-05-01T10:00:00.000000Z") << QStringLiteral("2024-05-01T10:19:00.000000Z")
        << QStringLiteral("Alertmanager");
    QTest::newRow("opsgenie acknowledge at updatedAt (ns)")
        << data + QStringLiteral("opsgenie-webhooks.jsonl") << QStringLiteral("Acknowledge")
        << QStringLiteral("2024-05-01T10:03:00.000000Z") << QString() << QStringLiteral("ben@example.com");
}

void TestActivityImporters::alertSpans()
{
    QFETCH(QString, path);
    QFETCH(QString, textPart);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, actor);
    const auto r = readFile(m_registry, path);
    QVERIFY2(r->ok, qPrintable(r->error));
    const EventRecord *e = findByText(r->sink.events, textPart);
    QVERIFY2(e, qPrintable(textPart));
    QCOMPARE(e->kind, EventKind::Alert);
    QCOMPARE(iso(e->instant), start);
    QCOMPARE(iso(e->end), end);
    QCOMPARE(QString::fromUtf8(e->actor), actor);
}

void TestActivityImporters::slackMessages()
{
    const auto r = readFile(m_registry,
        tests::dataPath(QStringLiteral("activity/slack-threads/incident-checkout/2024-05-01.json")));
    QVERIFY2(r->ok, qPrintable(r->error));
    const auto &events = r->sink.events;
    QCOMPARE(int(events.size()), 4);
    const EventRecord &root = events.at(0);
    QCOMPARE(root.kind, EventKind::Chat);
    QCOMPARE(root.lane, QByteArrayLiteral("#incident-checkout"));
    QCOMPARE(QString::fromUtf8(root.actor), QStringLiteral("Ben Okafor"));
    QCOMPARE(iso(root.instant), QStringLiteral("2024-05-01T10:05:00.123456Z"));
    QVERIFY(QString::fromUtf8(root.text).startsWith(
        QStringLiteral("Checkout errors are climbing after @Ana Lima's flag flip")));
    QCOMPARE(
        attributes(root).value(QLatin1String("thread_ts")).toString(), QStringLiteral("1714557900.123456"));
    QCOMPARE(attributes(root).value(QLatin1String("thread_reply")).toBool(), false);
    QCOMPARE(attributes(root).value(QLatin1String("reply_count")).toInt(), 2);
    // Replies keep their thread and their author (names from ../users.json).
    QCOMPARE(QString::fromUtf8(events.at(1).actor), QStringLiteral("Ana Lima"));
    QCOMPARE(attributes(events.at(1)).value(QLatin1String("thread_ts")).toString(),
        QStringLiteral("1714557900.123456"));
    QCOMPARE(attributes(events.at(1)).value(QLatin1String("thread_reply")).toBool(), true);
    QCOMPARE(QString::fromUtf8(events.at(2).actor), QStringLiteral("carla")); // no real name: display name
    QCOMPARE(QString::fromUtf8(events.at(2).text),
        QStringLiteral("Errors back to baseline & alert resolved, see dashboard"));
    // A bot message without text shows its attachment.
    QCOMPARE(QString::fromUtf8(events.at(3).actor), QStringLiteral("Alertmanager"));
    QCOMPARE(QString::fromUtf8(events.at(3).text),
        QStringLiteral("[FIRING:1] CheckoutErrorRate checkout critical"));
    QCOMPARE(r->sink.rejects.at(0).reason, QStringLiteral("entry 5: no usable \"ts\""));

    // The sample export's names come from its users.json.
    const auto sample = readFile(m_registry,
        tests::samplePath(QStringLiteral("slack-export/hfaran-testarchive/enrique/2016-01-14.json")));
    QCOMPARE(QString::fromUtf8(sample->sink.events.at(4).actor), QStringLiteral("Hamza Faran"));
    QCOMPARE(QString::fromUtf8(sample->sink.events.at(4).text),
        QStringLiteral("@Harry Potter: Created an issue for a setup.py so that it can be installed to a "
                       "standard place"));
    QCOMPARE(iso(sample->sink.events.at(0).instant), QStringLiteral("2016-01-15T05:55:18.000002Z"));
}

// The export zip is read in memory: unsafe names are refused, and inflation is capped.
void TestActivityImporters::slackZipGuards_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("maxEntry");
    QTest::addColumn<qint64>("maxTotal");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("rejectPart");
    QTest::newRow("zip slip") << QStringLiteral("slack-zip-slip.zip") << qint64(64 << 20) << qint64(512 << 20)
                              << true << 1 << QStringLiteral("unsafe path");
    QTest::newRow("entry too large") << QStringLiteral("slack-bomb.zip") << qint64(1 << 20)
                                     << qint64(512 << 20) << false << 0
                                     << QStringLiteral("larger than 1 MiB");
    QTest::newRow("archive too large")
        << QStringLiteral("slack-bomb.zip") << qint64(64 << 20) << qint64(1 << 20) << false << 0 << QString();
    QTest::newRow("within limits") << QStringLiteral("slack-bomb.zip") << qint64(64 << 20)
                                   << qint64(512 << 20) << true << 8000 << QString();
}

void TestActivityImporters::slackZipGuards()
{
    QFETCH(QString, file);
    QFETCH(qint64, maxEntry);
    QFETCH(qint64, maxTotal);
    QFETCH(bool, ok);
    QFETCH(int, events);
    QFETCH(QString, rejectPart);
    SlackImporter importer;
    importer.setArchiveLimits(maxEntry, maxTotal);
    ImportInput input;
    const QString path = tests::dataPath(QStringLiteral("activity/") + file);
    QVERIFY(input.open(path));
    CollectingSink sink;
    ImportContext context;
    context.fileName = path;
    QString error;
    QCOMPARE(importer.read(input, sink, context, &error), ok);
    QCOMPARE(int(sink.events.size()), events);
    if (!ok)
        QVERIFY(!error.isEmpty());
    if (!rejectPart.isEmpty()) {
        QVERIFY(std::any_of(sink.rejects.begin(), sink.rejects.end(),
            [&](const RejectedRecord &r) { return r.reason.contains(rejectPart); }));
    }
    for (const EventRecord &e : sink.events)
        QVERIFY(!QString::fromUtf8(e.text).contains(QLatin1String("evil")));
}

void TestActivityImporters::yamlSubset_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("value");
    QTest::newRow("flow map, single quotes") << QByteArray("labels: {'name': 'a b', 'x': ''}\n")
                                             << QStringLiteral("labels.name") << QStringLiteral("a b");
    QTest::newRow("comment and document marker") << QByteArray("# c\n---\nkind: ChaosResult # trailing\n")
                                                 << QStringLiteral("kind") << QStringLiteral("ChaosResult");
    QTest::newRow("wrapped double quotes")
        << QByteArray("a:\n  b: \"one\n    two\"\n") << QStringLiteral("a.b") << QStringLiteral("one two");
    QTest::newRow("plain continuation")
        << QByteArray("a: one\n  two\nb: x\n") << QStringLiteral("a") << QStringLiteral("one two");
    QTest::newRow("sequence at key indent")
        << QByteArray("a:\n- x: 1\n  y: 2\nb: z\n") << QStringLiteral("b") << QStringLiteral("z");
    QTest::newRow("literal block") << QByteArray("a: |\n  l1\n  l2\nb: c\n") << QStringLiteral("a")
                                   << QStringLiteral("l1\nl2");
    QTest::newRow("hash inside quotes")
        << QByteArray("a: \"x # y\"\n") << QStringLiteral("a") << QStringLiteral("x # y");
    QTest::newRow("crlf") << QByteArray("a:\r\n  b: c\r\n") << QStringLiteral("a.b") << QStringLiteral("c");
}

void TestActivityImporters::yamlSubset()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, path);
    QFETCH(QString, value);
    QVariantList docs;
    QString error;
    QVERIFY2(YamlSubsetReader::parse(yaml, &docs, &error), qPrintable(error));
    QCOMPARE(docs.size(), 1);
    QCOMPARE(YamlSubsetReader::value(docs.first(), path).toString(), value);
}

// Truncated, empty or foreign input never crashes and never yields events silently.
void TestActivityImporters::garbageNeverCrashes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("bytes");
    const QList<QByteArray> inputs = { QByteArray(), QByteArray("{"), QByteArray("[1,2,3]"),
        QByteArray("null"), QByteArray("{\"items\": [null, 1, \"x\"]}"), QByteArray("a,b\n\"unterminated"),
        QByteArray("PK\x03\x04"
                   "garbage",
            11),
        QByteArray("kind: ChaosResult\n  bad: [\n"), QByteArray("{\"alerts\": [{\"labels\": {}}]}"),
        QByteArray("\xff\xfe\x00\x01", 4) };
    for (const char *format : { "launchdarkly", "unleash", "flagsmith", "flag-csv", "chaostoolkit", "litmus",
             "experiment-csv", "slack", "alertmanager", "pagerduty", "opsgenie" }) {
        for (int i = 0; i < inputs.size(); ++i)
            QTest::addRow("%s %d", format, i) << QString::fromLatin1(format) << inputs.at(i);
    }
}

void TestActivityImporters::garbageNeverCrashes()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, bytes);
    std::unique_ptr<Importer> importer = m_registry.create(format);
    QVERIFY(importer);
    QCOMPARE(importer->sniff(bytes, QStringLiteral("x.json")) >= 0, true);
    ImportInput input;
    input.openBytes(bytes, QStringLiteral("garbage"));
    CollectingSink sink;
    ImportContext context;
    QString error;
    const bool ok = importer->read(input, sink, context, &error);
    for (const EventRecord &e : sink.events)
        QVERIFY(e.instant != NoInstant);
    if (!ok)
        QVERIFY2(!error.isEmpty(), "a failed read must say why");
}

// Through a real review: one transaction per file, flag and experiment details in their tables.
void TestActivityImporters::importIntoReview()
{
    tests::TempReview review;
    struct Case
    {
        QString path;
        QString format;
        qint64 accepted;
        qint64 rejected;
    };
    const QList<Case> cases = {
        { tests::dataPath(QStringLiteral("activity/launchdarkly-rest-out-of-order.json")),
            QStringLiteral("launchdarkly"), 5, 1 },
        { tests::dataPath(QStringLiteral("activity/unleash-events-out-of-order.json")),
            QStringLiteral("unleash"), 5, 2 },
        { tests::samplePath(QStringLiteral("chaostoolkit-journal/ferkhan-service-crash-journal.json")),
            QStringLiteral("chaostoolkit"), 7, 0 },
        { tests::dataPath(QStringLiteral("activity/slack-hfaran-testarchive.zip")), QStringLiteral("slack"),
            158, 0 },
        { tests::samplePath(
              QStringLiteral("alertmanager-webhook/msteams-large_prom_post_request-19-alerts.json")),
            QStringLiteral("alertmanager"), 19, 0 },
    };
    for (const Case &c : cases) {
        ImportRequest request;
        request.path = c.path;
        const ImportResult result = ImportJob::run(review.store, m_registry, request);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
        QCOMPARE(result.formatId, c.format);
        QCOMPARE(result.accepted, c.accepted);
        QCOMPARE(result.rejected, c.rejected);
    }
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT COUNT(*) FROM flag_changes")).toInt(), 10);
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT COUNT(*) FROM experiment_runs")).toInt(), 1);
    QCOMPARE(review.store.scalar(QStringLiteral("SELECT verdict FROM experiment_runs")).toString(),
        QStringLiteral("deviated"));
    QCOMPARE(
        review.store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ?"), { int(EventKind::Chat) })
            .toInt(),
        158);
    QCOMPARE(
        review.store
            .scalar(QStringLiteral("SELECT COUNT(*) FROM events WHERE kind = ?"), { int(EventKind::Alert) })
            .toInt(),
        19);
    QCOMPARE(
        review.store.scalar(QStringLiteral("SELECT kind FROM sources WHERE format = 'slack'")).toString(),
        QStringLiteral("chat"));
    // Importing the same file again adds nothing.
    ImportRequest again;
    again.path = cases.first().path;
    QCOMPARE(ImportJob::run(review.store, m_registry, again).status, ImportResult::Status::AlreadyImported);
}

void TestActivityImporters::cliEventsByKind_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("lines");
    QTest::addColumn<int>("importExit");
    QTest::newRow("flag") << tests::dataPath(QStringLiteral("activity/flag-changes.csv"))
                          << QStringLiteral("flag") << 5 << 3;
    QTest::newRow("experiment") << tests::samplePath(
        QStringLiteral("chaostoolkit-journal/lfmpaes-redis-stop-journal.json"))
                                << QStringLiteral("experiment") << 6 << 0;
    QTest::newRow("chat") << tests::samplePath(
        QStringLiteral("slack-export/hfaran-testarchive/traveling-sailor/2016-03-27.json"))
                          << QStringLiteral("chat") << 8 << 0;
    QTest::newRow("alert") << tests::samplePath(
        QStringLiteral("pagerduty-log-entries/pd-openapi-example-incident.json"))
                           << QStringLiteral("alert") << 3 << 0;
}

void TestActivityImporters::cliEventsByKind()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(int, lines);
    QFETCH(int, importExit);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.faultless"));
    QCOMPARE(tests::runCli({ QStringLiteral("new"), path }).exitCode, 0);
    // Something of another kind first, so that the filter has something to leave out.
    QCOMPARE(tests::runCli({ QStringLiteral("import"), path,
                               tests::samplePath(
                                   QStringLiteral("alertmanager-webhook/msteams-prom_post_request.json")) })
                 .exitCode,
        0);
    const tests::CliResult imported = tests::runCli({ QStringLiteral("import"), path, file });
    QVERIFY2(imported.exitCode == importExit, imported.err.constData());
    const tests::CliResult events
        = tests::runCli({ QStringLiteral("events"), path, QStringLiteral("--kind"), kind });
    QCOMPARE(events.exitCode, 0);
    const QList<QByteArray> out = events.out.trimmed().split('\n');
    const int expected = kind == QLatin1String("alert") ? lines + 1 : lines;
    QCOMPARE(int(out.size()), expected);
    for (const QByteArray &line : out) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QLatin1String("kind")).toString(), kind);
    }
    if (kind == QLatin1String("flag")) {
        // The change travels with the event: key, environment, before and after.
        const QJsonObject first = QJsonDocument::fromJson(out.first()).object();
        const QJsonObject attrs = first.value(QLatin1String("attributes")).toObject();
        QCOMPARE(attrs.value(QLatin1String("flag")).toString(), QStringLiteral("checkout-v2"));
        QCOMPARE(attrs.value(QLatin1String("environment")).toString(), QStringLiteral("staging"));
        QCOMPARE(attrs.value(QLatin1String("after")).toString(), QStringLiteral("on"));
    }
}

// Experiment runs of a review with their hypothesis, verdict and the activities inside the span.
void TestActivityImporters::experimentSummary()
{
    tests::TempReview review;
    for (const QString &path :
        { tests::samplePath(QStringLiteral("chaostoolkit-journal/ferkhan-service-crash-journal.json")),
            tests::samplePath(QStringLiteral("chaostoolkit-journal/lfmpaes-redis-stop-journal.json")),
            tests::dataPath(QStringLiteral("activity/experiment-runs.csv")) }) {
        ImportRequest request;
        request.path = path;
        const ImportResult result = ImportJob::run(review.store, m_registry, request);
        QVERIFY2(result.status == ImportResult::Status::Imported, qPrintable(result.error));
    }
    QString error;
    const QList<ExperimentRunSummary> runs = ExperimentSummary::compute(review.store, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(runs.size(), 5);
    // Ordered by start: the three CSV runs (2024-04-30), Lfmpaes (2025), Ferkhan (2026).
    QCOMPARE(runs.at(0).title, QStringLiteral("Kill one checkout pod"));
    QCOMPARE(runs.at(0).verdict, ExperimentVerdict::Held);
    QCOMPARE(runs.at(0).activities, 0);
    QCOMPARE(runs.at(2).verdict, ExperimentVerdict::Aborted);
    QVERIFY(!runs.at(2).end);
    QCOMPARE(runs.at(3).hypothesis, QStringLiteral("Aplicação está saudável"));
    QCOMPARE(runs.at(3).activities, 5);
    QCOMPARE(runs.at(4).verdict, ExperimentVerdict::Deviated);
    QCOMPARE(runs.at(4).activities, 6);
    QCOMPARE(runs.at(4).steadyStateAfter, QStringLiteral("not met: api-responds outside tolerance"));
    QCOMPARE(iso(*runs.at(4).end), QStringLiteral("2026-01-16T16:52:03.270738Z"));
}

// Issue 19: every flag source's change in words, before → after, on a realistic incident.
void TestActivityImporters::gameDayFlagWords_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    auto row = [](const char *name, const char *flag, const char *env, const char *instant, const char *text,
                   const char *before, const char *after) {
        QTest::newRow(name) << QString::fromUtf8(flag) << QString::fromUtf8(env) << QString::fromUtf8(instant)
                            << QString::fromUtf8(text) << QString::fromUtf8(before)
                            << QString::fromUtf8(after);
    };
    // LaunchDarkly, from the embedded previousVersion/currentVersion (weights in thousandths of a percent).
    row("ld rollout raised", "checkout-v2", "production", "2024-05-01T10:05:00.000000Z",
        "Flag checkout-v2 in production: rollout 10% → 50% — game day step 2", "rollout 10%", "rollout 50%");
    // ... from the description alone (a list entry without embedded versions).
    row("ld rollout back", "checkout-v2", "production", "2024-05-01T10:23:00.000000Z",
        "Flag checkout-v2 in production: rollout 50% → 10% — checkout latency above SLO, back to 10%",
        "rollout 50%", "rollout 10%");
    row("ld rule added", "checkout-v2", "production", "2024-05-01T09:40:00.000000Z",
        "Flag checkout-v2 in production: rule 1 serve none → New\u00A0checkout — game day prep: staff see it "
        "first",
        "rule 1 serve none", "rule 1 serve New\u00A0checkout");
    row("ld turned off in staging", "checkout-v2", "staging", "2024-05-01T11:10:00.000000Z",
        "Flag checkout-v2 turned off in staging — game day over", "on", "off");
    // Unleash: strategy parameters from preData/data, never "(unknown)".
    row("unleash widened", "new-search", "production", "2024-05-01T10:08:00.000000Z",
        "Flag new-search in production: rollout 25% → 100%; constraints 0 → 1", "rollout 25%; constraints 0",
        "rollout 100%; constraints 1");
    row("unleash narrowed", "new-search", "production", "2024-05-01T10:31:00.000000Z",
        "Flag new-search in production: rollout 100% → 25%; constraints 1 → 0", "rollout 100%; constraints 1",
        "rollout 25%; constraints 0");
    row("unleash strategy added", "new-search", "staging", "2024-05-01T09:35:00.000000Z",
        "Flag new-search in staging: strategy flexibleRollout absent → added; rollout 50% (new)",
        "strategy flexibleRollout absent", "strategy flexibleRollout added; rollout 50%");
    // Flagsmith: a segment override turned on with its percentage split.
    row("flagsmith segment override", "payment_retry", "production", "2024-05-01T10:10:00.000000Z",
        "Flag payment_retry in production: segment beta_testers: off → on, variant retry-once 25% → 50%",
        "segment beta_testers: off; segment beta_testers: variant retry-once 25%",
        "segment beta_testers: on; segment beta_testers: variant retry-once 50%");
}

void TestActivityImporters::gameDayFlagWords()
{
    QFETCH(QString, flag);
    QFETCH(QString, environment);
    QFETCH(QString, instant);
    QFETCH(QString, text);
    QFETCH(QString, before);
    QFETCH(QString, after);
    tests::TempReview review;
    const QString error = tests::importGameDay(review.store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Instant at = timestamps::parseIso8601(instant.toLatin1());
    QSqlQuery q
        = review.store.read(QStringLiteral("SELECT e.text, f.before_value, f.after_value FROM flag_changes f "
                                           "JOIN events e ON e.id = f.event_id"
                                           " WHERE f.flag_key = ? AND f.environment = ? AND e.instant = ?"),
            { flag, environment, at });
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), text);
    QCOMPARE(q.value(1).toString(), before);
    QCOMPARE(q.value(2).toString(), after);
}

// "Searching the flag key finds 2 of its 4 events" (issue 19): the key is in every event's text.
void TestActivityImporters::gameDaySearchFindsEveryEventOfAFlag()
{
    tests::TempReview review;
    const QString error = tests::importGameDay(review.store);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char *key : { "checkout-v2", "new-search", "payment_retry" }) {
        const QString flag = QString::fromLatin1(key);
        const QList<qint64> flagEvents = [&] {
            QList<qint64> ids;
            QSqlQuery q = review.store.read(
                QStringLiteral("SELECT event_id FROM flag_changes WHERE flag_key = ?"), { flag });
            while (q.next())
                ids << q.value(0).toLongLong();
            return ids;
        }();
        QVERIFY(!flagEvents.isEmpty());
        SearchRequest request;
        request.text = flag;
        const SearchResult found = EventSearch::run(review.store, request);
        QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
        for (qint64 id : flagEvents)
            QVERIFY2(
                std::find(found.eventIds.begin(), found.eventIds.end(), id) != found.eventIds.end(), key);
        // The environment and the change are searchable too.
        request.text = flag + QStringLiteral(" production");
        QVERIFY(!EventSearch::run(review.store, request).eventIds.empty());
    }
    SearchRequest rollout;
    rollout.text = QStringLiteral("rollout 50%");
    QVERIFY(!EventSearch::run(review.store, rollout).eventIds.empty());
    QCOMPARE(
        int(review.store
                .scalar(QStringLiteral("SELECT count(*) FROM flag_changes WHERE flag_key = 'checkout-v2'"))
                .toInt()),
        4);
}

QTEST_GUILESS_MAIN(TestActivityImporters)
#include "tst_activityimporters.moc"
