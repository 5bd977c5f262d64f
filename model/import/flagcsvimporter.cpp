#include "flagcsvimporter.h"

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
    return CsvRecords::headerHas(prefix, { kInstant, kFlag, kNew }) ? 80 : 0;
}

bool FlagCsvImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    // Streamed record by record: a stray quote rejects its record, not the rest of the file.
    CsvReader reader(input);
    CsvRecord r;
    if (!CsvRecords::next(reader, sink, &r)) {
        if (error)
            *error = input.hitLimit() ? input.errorString()
                                      : tr("%1: the file holds no CSV header").arg(input.fileName());
        return false;
    }
    const QStringList header = r.fields;
    const int instantColumn = CsvRecords::column(header, kInstant);
    const int flagColumn = CsvRecords::column(header, kFlag);
    const int newColumn = CsvRecords::column(header, kNew);
    if (instantColumn < 0 || flagColumn < 0 || newColumn < 0) {
        if (error)
            *error
                = tr("%1: the CSV header needs at least instant, flag and new columns").arg(input.fileName());
        return false;
    }
    const int envColumn = CsvRecords::column(header, kEnvironment);
    const int oldColumn = CsvRecords::column(header, kOld);
    const int actorColumn = CsvRecords::column(header, kActor);
    const int commentColumn = CsvRecords::column(header, kComment);
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
        e.line = r.line;
        e.byteOffset = r.byteOffset;
        e.instant = RecordTime::instantFromText(field(r, instantColumn), zone, context);
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
        ActivityRecords::setFlagChange(e, change, attrs);
        e.attributesJson = JsonItems::compact(attrs);
        sink.addEvent(std::move(e));
    }
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

} // namespace faultless::model
