#include "flagcsvimporter.h"

#include "import/activityformats.h"
#include "import/parsers/csvreader.h"
#include "import/parsers/importinput.h"

namespace faultless::model {

namespace {
// Header names accepted for each column, so that exports of other tools fit without editing.
const QStringList kInstant = { QStringLiteral("instant"), QStringLiteral("timestamp"), QStringLiteral("time"),
    QStringLiteral("date"), QStringLiteral("changed_at") };
const QStringList kFlag = { QStringLiteral("flag"), QStringLiteral("flag_key"), QStringLiteral("key"),
    QStringLiteral("feature") };
const QStringList kEnvironment = { QStringLiteral("environment"), QStringLiteral("env") };
const QStringList kOld
    = { QStringLiteral("old"), QStringLiteral("before"), QStringLiteral("from"), QStringLiteral("previous") };
const QStringList kNew
    = { QStringLiteral("new"), QStringLiteral("after"), QStringLiteral("to"), QStringLiteral("value") };
const QStringList kActor = { QStringLiteral("actor"), QStringLiteral("user"), QStringLiteral("by"),
    QStringLiteral("author"), QStringLiteral("changed_by") };
const QStringList kComment = { QStringLiteral("comment"), QStringLiteral("reason"), QStringLiteral("note") };
} // namespace

int FlagCsvImporter::sniff(const QByteArray &prefix, const QString &) const
{
    return ActivityFormats::csvHeaderHas(prefix, { kInstant, kFlag, kNew }) ? 80 : 0;
}

bool FlagCsvImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    // Streamed record by record: a stray quote rejects its record, not the rest of the file.
    CsvReader reader(input);
    ActivityFormats::CsvRecord r;
    if (!ActivityFormats::nextCsvRecord(reader, sink, &r)) {
        if (error)
            *error = input.hitLimit() ? input.errorString()
                                      : tr("%1: the file holds no CSV header").arg(input.fileName());
        return false;
    }
    const QStringList header = r.fields;
    const int instantColumn = ActivityFormats::column(header, kInstant);
    const int flagColumn = ActivityFormats::column(header, kFlag);
    const int newColumn = ActivityFormats::column(header, kNew);
    if (instantColumn < 0 || flagColumn < 0 || newColumn < 0) {
        if (error)
            *error
                = tr("%1: the CSV header needs at least instant, flag and new columns").arg(input.fileName());
        return false;
    }
    const int envColumn = ActivityFormats::column(header, kEnvironment);
    const int oldColumn = ActivityFormats::column(header, kOld);
    const int actorColumn = ActivityFormats::column(header, kActor);
    const int commentColumn = ActivityFormats::column(header, kComment);
    auto field = [](const ActivityFormats::CsvRecord &record, int column) {
        return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
    };

    timestamps::ZoneResolver zone(context.zone);
    while (ActivityFormats::nextCsvRecord(reader, sink, &r)) {
        if (input.isCanceled())
            return false;
        if (r.fields.size() != header.size()) {
            sink.addRejected({ r.line, r.byteOffset,
                tr("%n field(s) where the header has %1", nullptr, int(r.fields.size())).arg(header.size()),
                r.raw });
            continue;
        }
        EventRecord e;
        e.line = r.line;
        e.byteOffset = r.byteOffset;
        e.instant = ActivityFormats::instantFromText(field(r, instantColumn), zone, context);
        if (e.instant == NoInstant) {
            sink.addRejected({ r.line, r.byteOffset,
                tr("unreadable instant \"%1\"").arg(field(r, instantColumn)), r.raw });
            continue;
        }
        FlagChange change;
        change.flagKey = field(r, flagColumn);
        if (change.flagKey.isEmpty()) {
            sink.addRejected({ r.line, r.byteOffset, tr("no flag key"), r.raw });
            continue;
        }
        change.environment = field(r, envColumn);
        change.before = field(r, oldColumn);
        change.after = field(r, newColumn);
        e.actor = field(r, actorColumn).toUtf8();
        QJsonObject attrs;
        const QString comment = field(r, commentColumn);
        if (!comment.isEmpty())
            attrs.insert(QStringLiteral("comment"), comment);
        ActivityFormats::setFlagChange(e, change, attrs);
        e.attributesJson = ActivityFormats::compact(attrs);
        sink.addEvent(std::move(e));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
