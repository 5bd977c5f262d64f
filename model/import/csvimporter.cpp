#include "csvimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/csvreader.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace faultless::model {

CsvImporter::CsvImporter(char delimiter)
    : m_delimiter(delimiter)
{ }

char CsvImporter::detectDelimiter(QByteArrayView headerLine)
{
    char best = ',';
    qsizetype bestCount = 0;
    for (char d : { ',', '\t', ';', '|' }) {
        const qsizetype count = CsvReader::splitRecord(headerLine, d).size();
        if (count > bestCount) {
            best = d;
            bestCount = count;
        }
    }
    return best;
}

int CsvImporter::sniff(const QByteArray &prefix, const QString &) const
{
    QByteArrayView rest(prefix);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    const qsizetype end1 = rest.indexOf('\n');
    if (end1 <= 0)
        return 0;
    QByteArrayView header = rest.first(end1);
    if (header.endsWith('\r'))
        header.chop(1);
    const char delimiter = detectDelimiter(header);
    // The CSV importer also takes ';' and '|' tables; the TSV one only tabs.
    if (header.startsWith('{') || header.startsWith('[') || (delimiter == '\t') != (m_delimiter == '\t'))
        return 0;
    const QList<QByteArray> names = CsvReader::splitRecord(header, delimiter);
    if (names.size() < 2)
        return 0;
    Instant t;
    // A header names columns; a first line that starts with a timestamp is a log line instead.
    if (timestamps::parseLeadingTimestamp(header, 2000, &t) > 0
        || timestamps::parseIso8601(names.first()) != NoInstant)
        return 0;
    QByteArrayView second = rest.sliced(end1 + 1);
    const qsizetype end2 = second.indexOf('\n');
    if (end2 >= 0)
        second = second.first(end2);
    if (second.endsWith('\r'))
        second.chop(1);
    if (!second.isEmpty() && CsvReader::splitRecord(second, delimiter).size() != names.size())
        return 0;
    return guessMapping(names).time >= 0 ? 55 : 35;
}

CsvImporter::Mapping CsvImporter::guessMapping(const QList<QByteArray> &header)
{
    Mapping m;
    int ranks[5] = { 256, 256, 256, 256, 256 };
    for (int i = 0; i < header.size(); ++i) {
        QByteArray name = header.at(i).trimmed();
        LogFields::Match match = LogFields::classify(name);
        if (match.role == LogFields::Role::Other || match.role == LogFields::Role::Container)
            match = LogFields::classify(name.toLower());
        int *slot = nullptr;
        int *rank = nullptr;
        switch (match.role) {
        case LogFields::Role::Time:
            slot = &m.time;
            rank = &ranks[0];
            break;
        case LogFields::Role::Message:
            slot = &m.message;
            rank = &ranks[1];
            break;
        case LogFields::Role::Level:
            slot = &m.level;
            rank = &ranks[2];
            break;
        case LogFields::Role::Lane:
            slot = &m.lane;
            rank = &ranks[3];
            break;
        case LogFields::Role::Actor:
            slot = &m.actor;
            rank = &ranks[4];
            break;
        default:
            break;
        }
        if (slot && match.rank < *rank) {
            *slot = i;
            *rank = match.rank;
        }
    }
    return m;
}

std::optional<CsvImporter::Mapping> CsvImporter::mappingFromOption(
    const QString &option, const QList<QByteArray> &header, QString *error)
{
    Mapping m = guessMapping(header);
    if (option.trimmed().isEmpty())
        return m;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(option.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = tr("the column mapping is not a JSON object: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    struct Role
    {
        const char *key;
        int *slot;
    } roles[] = { { "time", &m.time }, { "message", &m.message }, { "level", &m.level }, { "lane", &m.lane },
        { "actor", &m.actor } };
    for (const Role &role : roles) {
        const QJsonValue v = o.value(QLatin1String(role.key));
        if (v.isUndefined())
            continue;
        if (v.isNull() || (v.isString() && v.toString().isEmpty())) {
            *role.slot = -1;
            continue;
        }
        int index = -1;
        if (v.isDouble()) {
            index = v.toInt(-1);
        } else {
            const QByteArray name = v.toString().toUtf8();
            for (int i = 0; i < header.size(); ++i) {
                if (header.at(i).trimmed() == name)
                    index = i;
            }
            if (index < 0) {
                bool ok = false;
                const int n = v.toString().toInt(&ok);
                if (ok)
                    index = n;
            }
        }
        if (index < 0 || index >= header.size()) {
            *error = tr("no column \"%1\" for %2 in the header")
                         .arg(v.toVariant().toString(), QLatin1String(role.key));
            return std::nullopt;
        }
        *role.slot = index;
    }
    return m;
}

Instant CsvImporter::parseTime(QByteArrayView text, bool *naive)
{
    // A view of the caller's bytes, trimmed in place: no copy per record. (An earlier version
    // trimmed a temporary copy and kept a view of it, reading freed memory: found by the ASan run
    // of tst_hostileinput.)
    text = text.trimmed();
    *naive = false;
    Instant t = timestamps::parseIso8601(text, naive);
    if (t != NoInstant)
        return t;
    *naive = false;
    t = timestamps::parseEpochText(text);
    if (t != NoInstant)
        return t;
    const qsizetype used = timestamps::parseLeadingTimestamp(text, 1970, &t, naive);
    if (used == text.size() && !(text.size() >= 3 && timestamps::monthFromAbbreviation(text.data())))
        return t;
    return NoInstant;
}

namespace {
// The first line that is not blank, from the input's first bytes (the header line, or its start).
QByteArrayView firstNonBlankLine(QByteArrayView prefix)
{
    for (qsizetype pos = 0; pos < prefix.size();) {
        qsizetype end = prefix.indexOf('\n', pos);
        if (end < 0)
            end = prefix.size();
        const QByteArrayView line = prefix.sliced(pos, end - pos);
        if (!line.trimmed().isEmpty())
            return line;
        pos = end + 1;
    }
    return {};
}
} // namespace

bool CsvImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    timestamps::ZoneResolver zone(context.zone);
    QList<QByteArray> header;
    QList<QByteArray> names; // the header's names as valid UTF-8, for the attributes
    Mapping mapping;
    bool haveHeader = false;
    // The mapping may name the delimiter (the import dialog does, for ';' and '|' tables).
    char delimiter = m_delimiter;
    const QJsonObject option = QJsonDocument::fromJson(context.formatOption.toUtf8()).object();
    const QString chosen = option.value(QLatin1String("delimiter")).toString();
    const bool explicitDelimiter = chosen.size() == 1 && chosen.at(0).unicode() < 128;
    if (explicitDelimiter) {
        delimiter = char(chosen.at(0).unicode());
    } else if (m_delimiter == ',') {
        const char detected = detectDelimiter(firstNonBlankLine(input.peek(64 * 1024)));
        if (detected != '\t')
            delimiter = detected; // ';' (spreadsheets in many locales) or '|'
    }
    CsvReader records(input, delimiter);
    records.setLineEndsAsWritten(false); // a message over CR LF lines reads as lines, without CRs
    AttributeCap attributeCap;
    LogFields::NameCache lanes;
    for (;;) {
        const CsvReader::Result result = records.next();
        if (result == CsvReader::Result::End)
            break;
        const qint64 recordLine = records.line();
        const qint64 recordOffset = records.byteOffset();
        if (result == CsvReader::Result::Rejected) {
            sink.addRejected({ recordLine, recordOffset, records.reason(), records.raw() });
            continue;
        }
        if (!haveHeader) {
            header = records.fields();
            haveHeader = true;
            QString mappingError;
            const auto m = mappingFromOption(context.formatOption, header, &mappingError);
            if (!m) {
                if (error)
                    *error = tr("%1: %2").arg(context.fileName, mappingError);
                return false;
            }
            mapping = *m;
            names.clear();
            for (const QByteArray &name : std::as_const(header))
                names << LogFields::toValidUtf8(name);
            if (mapping.time < 0) {
                if (error)
                    *error = tr("%1: no time column found in the header; choose one with the column mapping"
                                " (--option '{\"time\": \"column\"}')")
                                 .arg(context.fileName);
                return false;
            }
            continue;
        }
        if (records.size() <= mapping.time) {
            sink.addRejected({ recordLine, recordOffset,
                tr("%n column(s), fewer than the header's", nullptr, int(records.size())), records.raw() });
            continue;
        }
        bool naive = false;
        const QByteArrayView time = records.field(mapping.time);
        Instant instant = parseTime(time, &naive);
        if (instant == NoInstant) {
            sink.addRejected({ recordLine, recordOffset,
                tr("unreadable time \"%1\"")
                    .arg(QString::fromUtf8(time.first(std::min<qsizetype>(time.size(), 60)))),
                records.raw() });
            continue;
        }
        if (naive) {
            instant = zone.toUtc(instant);
            context.usedZoneForNaiveTimestamps = true;
            if (instant == NoInstant) { // the zone carried it out of the supported range
                sink.addRejected(
                    { recordLine, recordOffset, DomainText::instantOutOfRange(), records.raw() });
                continue;
            }
        }
        // Filled in place: the sink's record keeps the buffers of one delivered earlier.
        EventRecord &e = sink.newEvent();
        e.instant = instant;
        e.line = recordLine;
        e.byteOffset = recordOffset;
        fillEvent(e, records, names, mapping, lanes, attributeCap);
        sink.commitEvent();
    }
    attributeCap.addNote(context);
    if (input.hitLimit() && error)
        *error = input.errorString();
    return !input.hitLimit();
}

namespace {
// The field as valid UTF-8: a view of it when it is (nearly always), else a converted copy in
// `converted`.
QByteArrayView validUtf8(QByteArrayView field, QByteArray &converted)
{
    if (LogFields::isValidUtf8(field))
        return field;
    converted = QString::fromUtf8(field).toUtf8();
    return converted;
}
} // namespace

void CsvImporter::fillEvent(EventRecord &e, const CsvReader &fields, const QList<QByteArray> &names,
    const Mapping &mapping, LogFields::NameCache &lanes, AttributeCap &attributeCap)
{
    QByteArray converted;
    auto column = [&](int index, QByteArray &target) {
        if (index >= 0 && index < fields.size())
            EventSink::assignBytes(target, validUtf8(fields.field(index), converted));
        else
            EventSink::clearBytes(target);
    };
    column(mapping.message, e.text);
    if (mapping.lane >= 0 && mapping.lane < fields.size())
        e.lane = lanes.get(validUtf8(fields.field(mapping.lane), converted)); // shared copies: lanes repeat
    else
        EventSink::clearBytes(e.lane);
    column(mapping.actor, e.actor);
    if (mapping.level >= 0 && mapping.level < fields.size())
        e.severity = LogFields::severityFromText(validUtf8(fields.field(mapping.level), converted));
    else if (mapping.level >= 0)
        e.severity = LogFields::severityFromText(QByteArrayView());
    // Without a message column the text is every other value, joined by spaces.
    QByteArray &joined = e.text;
    QByteArray &attrs = e.attributesJson;
    EventSink::clearBytes(attrs);
    int kept = 0;
    qint64 dropped = 0;
    for (int i = 0; i < fields.size(); ++i) {
        if (i == mapping.time || i == mapping.message || i == mapping.level || i == mapping.actor)
            continue;
        if (++kept > AttributeCap::MaxAttributes) {
            ++dropped;
            continue;
        }
        const QByteArrayView value = validUtf8(fields.field(i), converted);
        if (i < names.size())
            LogFields::appendMember(attrs, names.at(i), value);
        else
            LogFields::appendMember(attrs, QByteArray::number(i), value);
        if (mapping.message < 0 && !value.isEmpty()) {
            if (!joined.isEmpty())
                joined += ' ';
            joined.append(value.data(), value.size());
        }
    }
    if (attrs.size() <= 1)
        EventSink::clearBytes(attrs); // no members: "" (LogFields::finishObject)
    else
        attrs.append('}');
    attributeCap.recordDropped(e.line, dropped);
}

} // namespace faultless::model
