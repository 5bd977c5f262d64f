#include "experimentcsvimporter.h"

#include "import/activityrecords.h"
#include "import/parsers/csvreader.h"
#include "import/parsers/csvrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"

#include <QJsonObject>
#include <QStringList>

namespace faultless::model {

namespace {
const QStringList kStart = { QStringLiteral("start"), QStringLiteral("started"), QStringLiteral("started_at"),
    QStringLiteral("instant"), QStringLiteral("begin") };
const QStringList kEnd = { QStringLiteral("end"), QStringLiteral("ended"), QStringLiteral("ended_at"),
    QStringLiteral("finish"), QStringLiteral("finished_at") };
const QStringList kTitle = { QStringLiteral("title"), QStringLiteral("experiment"), QStringLiteral("name") };
const QStringList kHypothesis = { QStringLiteral("hypothesis"), QStringLiteral("steady_state_hypothesis") };
const QStringList kVerdict = { QStringLiteral("verdict"), QStringLiteral("result"), QStringLiteral("outcome"),
    QStringLiteral("status") };
const QStringList kBefore
    = { QStringLiteral("before"), QStringLiteral("steady_before"), QStringLiteral("steady_state_before") };
const QStringList kAfter
    = { QStringLiteral("after"), QStringLiteral("steady_after"), QStringLiteral("steady_state_after") };
const QStringList kActor = { QStringLiteral("actor"), QStringLiteral("owner"), QStringLiteral("run_by") };
const QStringList kEnvironment
    = { QStringLiteral("environment"), QStringLiteral("env"), QStringLiteral("target") };

std::optional<ExperimentVerdict> verdictFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("held") || t == QLatin1String("pass") || t == QLatin1String("passed")
        || t == QLatin1String("completed") || t == QLatin1String("ok"))
        return ExperimentVerdict::Held;
    if (t == QLatin1String("deviated") || t == QLatin1String("fail") || t == QLatin1String("failed"))
        return ExperimentVerdict::Deviated;
    if (t == QLatin1String("aborted") || t == QLatin1String("stopped") || t == QLatin1String("interrupted"))
        return ExperimentVerdict::Aborted;
    if (t.isEmpty() || t == QLatin1String("unknown") || t == QLatin1String("awaited"))
        return ExperimentVerdict::Unknown;
    return std::nullopt;
}
} // namespace

int ExperimentCsvImporter::sniff(const QByteArray &prefix, const QString &) const
{
    return CsvRecords::headerHas(prefix, { kStart, kTitle, kHypothesis, kVerdict }) ? 80 : 0;
}

bool ExperimentCsvImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    // Streamed record by record: a stray quote rejects its record, not the rest of the file.
    CsvReader reader(input);
    CsvRecord r;
    const QStringList header = CsvRecords::next(reader, sink, &r) ? r.fields : QStringList();
    const int startColumn = CsvRecords::column(header, kStart);
    const int titleColumn = CsvRecords::column(header, kTitle);
    if (startColumn < 0 || titleColumn < 0) {
        if (error)
            *error = tr("%1: the CSV header needs at least start and title columns").arg(input.fileName());
        return false;
    }
    const int endColumn = CsvRecords::column(header, kEnd);
    const int hypothesisColumn = CsvRecords::column(header, kHypothesis);
    const int verdictColumn = CsvRecords::column(header, kVerdict);
    const int beforeColumn = CsvRecords::column(header, kBefore);
    const int afterColumn = CsvRecords::column(header, kAfter);
    const int actorColumn = CsvRecords::column(header, kActor);
    const int envColumn = CsvRecords::column(header, kEnvironment);
    auto field = [](const CsvRecord &record, int column) {
        return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
    };

    timestamps::ZoneResolver zone(context.zone);
    while (CsvRecords::next(reader, sink, &r)) {
        if (input.isCanceled())
            return false;
        if (r.fields.size() != header.size()) {
            sink.addRejected({ r.line, r.byteOffset,
                tr("%n field(s) where the header has %1", nullptr, int(r.fields.size())).arg(header.size()),
                r.raw });
            continue;
        }
        EventRecord e;
        e.kind = EventKind::Experiment;
        e.line = r.line;
        e.byteOffset = r.byteOffset;
        e.instant = RecordTime::instantFromText(field(r, startColumn), zone, context);
        if (e.instant == NoInstant) {
            sink.addRejected(
                { r.line, r.byteOffset, tr("unreadable start \"%1\"").arg(field(r, startColumn)), r.raw });
            continue;
        }
        const QString endText = field(r, endColumn);
        if (!endText.isEmpty()) {
            e.end = RecordTime::instantFromText(endText, zone, context);
            if (e.end == NoInstant || e.end < e.instant) {
                sink.addRejected(
                    { r.line, r.byteOffset, tr("unreadable or early end \"%1\"").arg(endText), r.raw });
                continue;
            }
        }
        const std::optional<ExperimentVerdict> verdict = verdictFromText(field(r, verdictColumn));
        if (!verdict) {
            sink.addRejected({ r.line, r.byteOffset,
                tr("unknown verdict \"%1\" (held, deviated, aborted)").arg(field(r, verdictColumn)), r.raw });
            continue;
        }
        ExperimentRun x;
        x.title = field(r, titleColumn);
        x.hypothesis = field(r, hypothesisColumn);
        x.verdict = *verdict;
        x.steadyStateBefore = field(r, beforeColumn);
        x.steadyStateAfter = field(r, afterColumn);
        e.lane = x.title.toUtf8();
        e.actor = field(r, actorColumn).toUtf8();
        e.severity = x.verdict == ExperimentVerdict::Held ? Severity::Info
            : x.verdict == ExperimentVerdict::Unknown     ? Severity::Unknown
                                                          : Severity::Warning;
        const QString verdictName = experimentVerdictName(x.verdict);
        const QString verdictText = ActivityRecords::verdictLabel(x.verdict);
        e.text = (x.hypothesis.isEmpty()
                ? tr("Experiment \"%1\": %2").arg(x.title, verdictText)
                : tr("Experiment \"%1\": hypothesis \"%2\" %3").arg(x.title, x.hypothesis, verdictText))
                     .toUtf8();
        QJsonObject attrs;
        attrs.insert(QStringLiteral("verdict"), verdictName);
        if (!x.steadyStateBefore.isEmpty())
            attrs.insert(QStringLiteral("steady_state_before"), x.steadyStateBefore);
        if (!x.steadyStateAfter.isEmpty())
            attrs.insert(QStringLiteral("steady_state_after"), x.steadyStateAfter);
        const QString environment = field(r, envColumn);
        if (!environment.isEmpty())
            attrs.insert(QStringLiteral("environment"), environment);
        e.attributesJson = JsonItems::compact(attrs);
        e.experiment = x;
        sink.addEvent(std::move(e));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
