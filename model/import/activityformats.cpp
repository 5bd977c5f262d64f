#include "activityformats.h"

#include "domain/flagwording.h"

#include "import/collectingsink.h"
#include "import/importer.h"
#include "import/parsers/csvreader.h"
#include "import/parsers/importinput.h"

#include <QJsonDocument>

#include <cmath>

namespace faultless::model {

namespace {
QString normalizedHeader(QString name)
{
    name = name.trimmed().toLower();
    name.remove(QLatin1Char('_'));
    name.remove(QLatin1Char(' '));
    name.remove(QLatin1Char('-'));
    return name;
}
} // namespace

bool ActivityFormats::readJsonDocument(
    ImportInput &input, QJsonValue *value, QString *error, QByteArray *document)
{
    const QByteArray bytes = input.readAll();
    if ((bytes.isNull() && input.hitLimit()) || !input.fitsInMemory(bytes, ImportInput::Syntax::Json)) {
        if (error)
            *error = input.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = tr("%1: not valid JSON at byte %2: %3")
                         .arg(input.fileName())
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    *value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (document)
        *document = bytes;
    return true;
}

ActivityFormats::JsonItem ActivityFormats::placed(
    JsonItem item, const QList<JsonPositions::Position> &positions, qsizetype index)
{
    // The line stays 0: inside a whole document the entry's index names it in messages, and the
    // byte offset is what Show in Source needs (it counts the lines itself).
    if (index >= 0 && index < positions.size())
        item.byteOffset = positions.at(index).byteOffset;
    return item;
}

QList<JsonPositions::Position> ActivityFormats::memberPositions(
    const QList<JsonItem> &items, const QByteArray &document, const QByteArray &key)
{
    if (items.size() != 1 || document.isEmpty())
        return {};
    return JsonPositions::ofArray(document, { key });
}

bool ActivityFormats::readJsonValues(
    ImportInput &input, EventSink &sink, QList<JsonItem> *items, QString *error, QByteArray *document)
{
    const QByteArray bytes = input.readAll();
    if ((bytes.isNull() && input.hitLimit()) || !input.fitsInMemory(bytes, ImportInput::Syntax::Json)) {
        if (error)
            *error = input.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isNull()) {
        if (document)
            *document = bytes;
        if (doc.isArray()) {
            const QJsonArray array = doc.array();
            const QList<JsonPositions::Position> positions = JsonPositions::ofArray(bytes);
            for (qsizetype i = 0; i < array.size(); ++i)
                items->append(placed({ array.at(i), 0, 0, i + 1 }, positions, i));
        } else {
            items->append({ doc.object(), 0, 0, 1 });
        }
        return true;
    }
    // One value per line. A file in which no line parses is not this format at all.
    qint64 lineNumber = 0;
    qint64 offset = 0;
    qint64 parsed = 0;
    QList<RejectedRecord> rejects;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        offset = start;
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError lineError;
        const QJsonDocument lineDoc = QJsonDocument::fromJson(line, &lineError);
        if (lineDoc.isNull()) {
            rejects.append({ lineNumber, offset, tr("not valid JSON: %1").arg(lineError.errorString()),
                line.left(300) });
            continue;
        }
        ++parsed;
        items->append({ lineDoc.isObject() ? QJsonValue(lineDoc.object()) : QJsonValue(lineDoc.array()),
            lineNumber, offset, parsed });
    }
    if (parsed == 0) {
        if (error)
            *error = tr("%1: not valid JSON at byte %2: %3")
                         .arg(input.fileName())
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    for (RejectedRecord &r : rejects)
        sink.addRejected(std::move(r));
    return true;
}

Instant ActivityFormats::instantFromNumber(double n)
{
    // Seconds, ms, µs or ns by magnitude; range-checked before any conversion to an integer
    // (a double past 2^63 converted to qint64 is undefined).
    if (!std::isfinite(n) || n <= 0)
        return NoInstant;
    return timestamps::fromEpochDouble(n, timestamps::EpochUnit::Guess);
}

Instant ActivityFormats::instantFromText(
    const QString &text, timestamps::ZoneResolver &zone, ImportContext &context)
{
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return NoInstant;
    bool naive = false;
    Instant instant = timestamps::parseIso8601(utf8, &naive);
    if (instant != NoInstant) {
        if (naive) {
            instant = zone.toUtc(instant);
            context.usedZoneForNaiveTimestamps = true;
        }
        return instant;
    }
    // Digits are read exactly and range-checked (a number past 64 bits is refused, not wrapped
    // or rounded); other number forms ("1.7e9") go through a double, checked in the same way.
    // Zero and negative numbers are placeholders in these formats, not times.
    instant = timestamps::parseEpochText(utf8);
    if (instant != NoInstant)
        return instant > 0 ? instant : NoInstant;
    bool ok = false;
    const double n = text.toDouble(&ok);
    return ok ? instantFromNumber(n) : NoInstant;
}

Instant ActivityFormats::instant(
    const QJsonValue &value, timestamps::ZoneResolver &zone, ImportContext &context)
{
    if (value.isString())
        return instantFromText(value.toString(), zone, context);
    if (value.isDouble())
        return instantFromNumber(value.toDouble());
    return NoInstant;
}

bool ActivityFormats::isPlaceholder(Instant instant)
{
    static const Instant year1900 = timestamps::fromCivilUtc(1900, 1, 1, 0, 0, 0, 0);
    return instant == NoInstant || instant < year1900;
}

QByteArray ActivityFormats::compact(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray ActivityFormats::excerpt(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).left(300);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).left(300);
    return value.toVariant().toString().toUtf8().left(300);
}

RejectedRecord ActivityFormats::reject(const JsonItem &item, const QString &reason)
{
    // Inside a whole document there is no line to point at; the entry's position says where.
    const QString where = item.line > 0 ? reason : tr("entry %1: %2").arg(item.index).arg(reason);
    return { item.line, item.byteOffset, where, excerpt(item.value) };
}

Severity ActivityFormats::severityFromText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Severity::Unknown;
    if (t.startsWith(QLatin1String("emerg")))
        return Severity::Emergency;
    if (t == QLatin1String("page") || t == QLatin1String("p1") || t.startsWith(QLatin1String("alert")))
        return Severity::Alert;
    if (t.startsWith(QLatin1String("crit")) || t.startsWith(QLatin1String("fatal"))
        || t == QLatin1String("high") || t == QLatin1String("p2"))
        return Severity::Critical;
    if (t.startsWith(QLatin1String("err")) || t == QLatin1String("major"))
        return Severity::Error;
    if (t.startsWith(QLatin1String("warn")) || t == QLatin1String("p3") || t == QLatin1String("minor"))
        return Severity::Warning;
    if (t.startsWith(QLatin1String("notice")) || t == QLatin1String("low") || t == QLatin1String("p4"))
        return Severity::Notice;
    if (t.startsWith(QLatin1String("info")) || t == QLatin1String("p5"))
        return Severity::Info;
    if (t.startsWith(QLatin1String("debug")))
        return Severity::Debug;
    return Severity::Unknown;
}

QString ActivityFormats::verdictLabel(ExperimentVerdict verdict)
{
    switch (verdict) {
    case ExperimentVerdict::Held:
        return tr("held");
    case ExperimentVerdict::Deviated:
        return tr("deviated");
    case ExperimentVerdict::Aborted:
        return tr("aborted");
    case ExperimentVerdict::Unknown:
        break;
    }
    return tr("no verdict");
}

QString ActivityFormats::summarize(const QJsonValue &value, int maxLength)
{
    QString text;
    if (value.isBool())
        text = value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    else if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    text = text.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

bool ActivityFormats::nextCsvRecord(CsvReader &reader, EventSink &sink, CsvRecord *record)
{
    for (;;) {
        switch (reader.next()) {
        case CsvReader::Result::End:
            return false;
        case CsvReader::Result::Rejected:
            sink.addRejected({ reader.line(), reader.byteOffset(), reader.reason(), reader.raw() });
            continue;
        case CsvReader::Result::Record:
            break;
        }
        record->fields.clear();
        record->fields.reserve(reader.size());
        for (qsizetype i = 0; i < reader.size(); ++i)
            record->fields.append(QString::fromUtf8(reader.field(i)));
        record->line = reader.line();
        record->byteOffset = reader.byteOffset();
        record->raw = reader.raw();
        return true;
    }
}

QList<ActivityFormats::CsvRecord> ActivityFormats::parseCsv(
    const QByteArray &document, QList<RejectedRecord> *rejects)
{
    ImportInput input;
    input.openBytes(document);
    CsvReader reader(input);
    CollectingSink sink;
    QList<CsvRecord> records;
    CsvRecord record;
    while (nextCsvRecord(reader, sink, &record))
        records.append(record);
    if (rejects) {
        for (RejectedRecord &r : sink.rejects)
            rejects->append(std::move(r));
    }
    return records;
}

int ActivityFormats::column(const QStringList &header, const QStringList &names)
{
    for (const QString &name : names) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (normalizedHeader(header.at(i)) == normalizedHeader(name))
                return int(i);
        }
    }
    return -1;
}

bool ActivityFormats::csvHeaderHas(const QByteArray &prefix, const QList<QStringList> &groups)
{
    qsizetype end = prefix.indexOf('\n');
    if (end < 0)
        end = prefix.size();
    QByteArray first = prefix.left(end).trimmed();
    if (first.startsWith("\xEF\xBB\xBF"))
        first = first.mid(3);
    if (first.isEmpty() || first.startsWith('{') || first.startsWith('['))
        return false;
    // The tokenizer the import reads the header with, so that the sniffer finds the columns the
    // importer will find (quoted names, commas inside quotes).
    QStringList header;
    for (const QByteArray &name : CsvReader::splitRecord(first, ','))
        header.append(QString::fromUtf8(name.trimmed()));
    for (const QStringList &group : groups) {
        if (column(header, group) < 0)
            return false;
    }
    return true;
}

QString ActivityFormats::flagChangeText(const FlagChange &c)
{
    return FlagWording::sentence(c);
}

void ActivityFormats::setFlagChange(EventRecord &event, const FlagChange &change, QJsonObject &attributes)
{
    event.kind = EventKind::Flag;
    event.flag = change;
    if (!change.flagKey.isEmpty())
        event.lane = change.flagKey.toUtf8();
    if (event.text.isEmpty())
        event.text = flagChangeText(change).toUtf8();
    attributes.insert(QStringLiteral("flag"), change.flagKey);
    if (!change.environment.isEmpty())
        attributes.insert(QStringLiteral("environment"), change.environment);
    if (!change.before.isEmpty())
        attributes.insert(QStringLiteral("before"), change.before);
    if (!change.after.isEmpty())
        attributes.insert(QStringLiteral("after"), change.after);
    const QString words = FlagWording::change(change);
    if (!words.isEmpty())
        attributes.insert(QStringLiteral("change"), words);
}

bool ActivityFormats::hasJsonKeys(const QByteArray &prefix, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QByteArray needle = '"' + QByteArray(key) + '"';
        bool found = false;
        for (qsizetype at = prefix.indexOf(needle); at >= 0; at = prefix.indexOf(needle, at + 1)) {
            qsizetype i = at + needle.size();
            while (i < prefix.size()
                && (prefix.at(i) == ' ' || prefix.at(i) == '\t' || prefix.at(i) == '\n'
                    || prefix.at(i) == '\r'))
                ++i;
            if (i < prefix.size() && prefix.at(i) == ':') {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace faultless::model
