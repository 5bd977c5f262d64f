#include "faultlesseventsformat.h"

#include "domain/timestamps.h"
#include "import/parsers/jsonnumbers.h"
#include "import/parsers/logfields.h"
#include "store/eventquery.h"

#include <QJsonDocument>
#include <QLocale>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>
#include <vector>

namespace faultless::model {

namespace {
char16_t unit(QChar c)
{
    return c.unicode();
}
char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

// A cell that is only a number ("-2", "+3.5", "1e-3"): a spreadsheet reads it as that number,
// which is what it says, so it needs no formula guard.
template <typename Text> bool isPlainNumber(Text text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto digits = [&] {
        const qsizetype start = i;
        while (i < n && unit(text[i]) >= '0' && unit(text[i]) <= '9')
            ++i;
        return i > start;
    };
    if (i < n && (unit(text[i]) == '+' || unit(text[i]) == '-'))
        ++i;
    bool mantissa = digits();
    if (i < n && unit(text[i]) == '.') {
        ++i;
        mantissa = digits() || mantissa;
    }
    if (!mantissa)
        return false;
    if (i < n && (unit(text[i]) == 'e' || unit(text[i]) == 'E')) {
        ++i;
        if (i < n && (unit(text[i]) == '+' || unit(text[i]) == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == n;
}

// Spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run
// a cell that starts with = + - @ tab or CR as a formula ("=HYPERLINK(...)", "@SUM(...)",
// "-2+3", "+cmd|..."). Such a cell is written with a leading apostrophe, which spreadsheets take
// as "this is text" and do not show. A text that already starts with apostrophes before such a
// character gets one more, so that the importer, which takes exactly one off (csvCellText),
// gives back every text exactly.
template <typename Text> bool needsFormulaGuard(Text text)
{
    qsizetype i = 0;
    while (i < text.size() && unit(text[i]) == '\'')
        ++i;
    if (i == text.size())
        return false;
    switch (unit(text[i])) {
    case '=':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '+':
    case '-':
        return !isPlainNumber(text.sliced(i));
    default:
        return false;
    }
}

QString csvField(const QString &value)
{
    // Quoted also on ';' and tab: a spreadsheet in a locale whose list separator is ';' (German
    // Excel) would otherwise start a new cell there, with whatever follows at its start.
    const bool guard = needsFormulaGuard(QStringView(value));
    if (!guard && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))
        && !value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('\t')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + (guard ? QStringLiteral("'") : QString()) + quoted + QLatin1Char('"');
}
} // namespace

QByteArrayView FaultlessEventsFormat::csvCellText(QByteArrayView cell)
{
    if (cell.startsWith('\'') && needsFormulaGuard(cell.sliced(1)))
        return cell.sliced(1);
    return cell;
}

QString FaultlessEventsFormat::csvHeader()
{
    return QStringLiteral(
        "id,timestamp,end,kind,severity,lane,actor,message,source,line,offset,manual,highlighted,"
        "attributes");
}

QString FaultlessEventsFormat::csvLine(const EventRow &row)
{
    return QString::number(row.id) + QLatin1Char(',') + timestamps::toIsoUtc(row.instant) + QLatin1Char(',')
        + timestamps::toIsoUtc(row.end) + QLatin1Char(',') + eventKindName(row.kind) + QLatin1Char(',')
        + severityName(row.severity) + QLatin1Char(',') + csvField(row.lane) + QLatin1Char(',')
        + csvField(row.actor) + QLatin1Char(',') + csvField(row.text) + QLatin1Char(',')
        + csvField(row.sourceName) + QLatin1Char(',') + QString::number(row.line) + QLatin1Char(',')
        + QString::number(row.byteOffset) + QLatin1Char(',') + QLatin1Char(row.manual ? '1' : '0')
        + QLatin1Char(',') + QLatin1Char(row.highlighted ? '1' : '0') + QLatin1Char(',')
        + csvField(row.attributesJson);
}

namespace {
bool appendJsonUtf8(QByteArray &out, std::string_view value);

// A JSON string as QJsonDocument writes it in compact form: quotes, backslashes and control
// characters escaped, everything else as UTF-8. (QString::toUtf8() never yields the lone
// surrogates for which appendJsonUtf8 declines.)
void appendJsonString(QByteArray &out, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    appendJsonUtf8(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    out += key;
    appendJsonString(out, value);
}

// The stored attributes as one JSON object. One value QJsonDocument refuses must not cost the
// others: NaN, Infinity and out-of-range numbers (reviews imported before the importers quoted
// them) become strings of their text, and text that is still not an object is kept whole as a
// string rather than dropped.
QByteArray attributesForJsonLine(const QByteArray &stored)
{
    QJsonDocument attributes = QJsonDocument::fromJson(stored);
    if (!attributes.isObject())
        attributes = QJsonDocument::fromJson(JsonNumbers::quoteNonFinite(stored));
    if (attributes.isObject())
        return attributes.toJson(QJsonDocument::Compact);
    QByteArray out("{\"unreadable_attributes\":");
    LogFields::appendJsonString(out, LogFields::toValidUtf8(stored));
    out += '}';
    return out;
}
} // namespace

// Written by hand rather than through a QJsonObject and QJsonDocument per line, which was most of
// the time of a large export (bench_practice); the output is byte for byte what QJsonDocument's
// compact form gives (keys in its sorted order), so earlier exports and this one compare equal.
// Only the attributes go through QJsonDocument: they are stored as JSON text, and parsing them
// guarantees that the line stays one valid JSON object whatever an importer stored.
QByteArray FaultlessEventsFormat::jsonLine(const EventRow &row)
{
    QByteArray out;
    out.reserve(256 + row.text.size() * 2 + row.attributesJson.size() * 2);
    appendField(out, "{\"actor\":", row.actor);
    if (!row.attributesJson.isEmpty()) {
        out += ",\"attributes\":";
        out += attributesForJsonLine(row.attributesJson.toUtf8());
    }
    if (row.end != NoInstant)
        appendField(out, ",\"end\":", timestamps::toIsoUtc(row.end));
    out += row.highlighted ? ",\"highlighted\":true" : ",\"highlighted\":false";
    out += ",\"id\":" + QByteArray::number(row.id);
    appendField(out, ",\"kind\":", eventKindName(row.kind));
    appendField(out, ",\"lane\":", row.lane);
    out += ",\"line\":" + QByteArray::number(row.line);
    out += row.manual ? ",\"manual\":true" : ",\"manual\":false";
    appendField(out, ",\"message\":", row.text);
    out += ",\"offset\":" + QByteArray::number(row.byteOffset);
    appendField(out, ",\"severity\":", severityName(row.severity));
    appendField(out, ",\"source\":", row.sourceName);
    appendField(out, ",\"timestamp\":", timestamps::toIsoUtc(row.instant));
    out += '}';
    return out;
}

bool FaultlessEventsFormat::toRecord(
    const Fields &f, QByteArray attributesJson, EventRecord *record, QString *reason)
{
    bool naive = false;
    record->instant = timestamps::parseIso8601(f.timestamp, &naive);
    if (record->instant == NoInstant || naive) {
        *reason = tr("timestamp is not an ISO 8601 instant with a zone: \"%1\"")
                      .arg(QString::fromUtf8(f.timestamp).left(60));
        return false;
    }
    record->end = NoInstant;
    if (!f.end.isEmpty()) {
        record->end = timestamps::parseIso8601(f.end, &naive);
        if (record->end == NoInstant || naive) {
            *reason = tr("end is not an ISO 8601 instant with a zone: \"%1\"")
                          .arg(QString::fromUtf8(f.end).left(60));
            return false;
        }
    }
    const QString kindName = QString::fromUtf8(f.kind);
    const auto kind = eventKindFromName(kindName);
    if (!kind) {
        *reason = tr("unknown kind \"%1\"").arg(kindName.left(40));
        return false;
    }
    record->kind = *kind;
    const QString severityText = QString::fromUtf8(f.severity);
    const auto severity
        = f.severity.isEmpty() ? std::optional<Severity>(Severity::Unknown) : severityFromName(severityText);
    if (!severity) {
        *reason = tr("unknown severity \"%1\"").arg(severityText.left(40));
        return false;
    }
    record->severity = *severity;
    record->lane = f.lane.toByteArray();
    record->actor = f.actor.toByteArray();
    record->text = f.message.toByteArray();
    // An event a reviewer added by hand stays marked so after the round trip: it is never
    // mistaken for recorded evidence of the source it now belongs to.
    record->manual = f.manual;
    record->attributesJson = std::move(attributesJson);
    return true;
}

QByteArray FaultlessEventsFormat::attributesWithOrigin(QJsonObject attributes, const Fields &f)
{
    const QString originKey = QLatin1String(OriginKey);
    if (!attributes.contains(originKey)) {
        QJsonObject origin { { QStringLiteral("id"), f.id },
            { QStringLiteral("source"), QString::fromUtf8(f.source) }, { QStringLiteral("line"), f.line },
            { QStringLiteral("offset"), f.offset }, { QStringLiteral("manual"), f.manual },
            { QStringLiteral("highlighted"), f.highlighted } };
        attributes.insert(originKey, origin);
    }
    return QJsonDocument(attributes).toJson(QJsonDocument::Compact);
}

// ---------------------------------------------------------------------------------------------

static_assert(simdjson::SIMDJSON_PADDING <= 64, "ImportInput::Padding must cover simdjson's padding");

namespace {

namespace dom = simdjson::dom;

void appendNumber(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, result.ptr - digits);
}

// A JSON string from UTF-8 as QJsonDocument writes it (see appendJsonString), or false where
// QJsonDocument's output could differ: a surrogate encoded on its own (CESU-8, which simdjson
// lets through from a "\udc00" escape) is written by Qt as an escape.
bool appendJsonUtf8(QByteArray &out, std::string_view value)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *p = value.data();
    const char *end = p + value.size();
    const char *run = p;
    for (; p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\') {
            if (c == 0xED && p + 1 != end && static_cast<unsigned char>(p[1]) >= 0xA0)
                return false;
            continue;
        }
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(run, end - run);
    out += '"';
    return true;
}

struct Member
{
    std::string_view key;
    dom::element value;
};

bool writeValue(dom::element value, QByteArray &out);

// An object as QJsonObject keeps it: keys sorted by UTF-16 code unit, which for keys within the
// BMP is the order of their UTF-8 bytes; `extra` (already written JSON) is added under
// `extraKey` unless the object has that key.
bool writeObject(
    dom::object object, QByteArray &out, std::string_view extraKey = {}, QByteArrayView extra = {})
{
    std::vector<Member> members;
    members.reserve(object.size());
    for (dom::key_value_pair field : object) {
        for (char c : field.key) {
            if (static_cast<unsigned char>(c) >= 0xF0)
                return false;
        }
        members.push_back({ field.key, field.value });
    }
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) { return a.key < b.key; });
    for (size_t i = 1; i < members.size(); ++i) {
        if (members[i - 1].key == members[i].key)
            return false; // Qt keeps one of duplicates by rules of its own
    }
    auto insertAt = members.end();
    if (!extraKey.empty()) {
        insertAt = std::lower_bound(members.begin(), members.end(), extraKey,
            [](const Member &m, std::string_view key) { return m.key < key; });
        if (insertAt != members.end() && insertAt->key == extraKey)
            insertAt = members.end(), extraKey = {};
    }
    out += '{';
    bool first = true;
    auto writeExtra = [&] {
        if (!first)
            out += ',';
        first = false;
        appendJsonUtf8(out, extraKey);
        out += ':';
        out += extra;
    };
    for (auto it = members.begin(); it != members.end(); ++it) {
        if (!extraKey.empty() && it == insertAt)
            writeExtra();
        if (!first)
            out += ',';
        first = false;
        if (!appendJsonUtf8(out, it->key))
            return false;
        out += ':';
        if (!writeValue(it->value, out))
            return false;
    }
    if (!extraKey.empty() && insertAt == members.end())
        writeExtra();
    out += '}';
    return true;
}

bool writeValue(dom::element value, QByteArray &out)
{
    switch (value.type()) {
    case dom::element_type::OBJECT: {
        dom::object object;
        return value.get_object().get(object) == simdjson::SUCCESS && writeObject(object, out);
    }
    case dom::element_type::ARRAY: {
        dom::array array;
        if (value.get_array().get(array) != simdjson::SUCCESS)
            return false;
        out += '[';
        bool first = true;
        for (dom::element item : array) {
            if (!first)
                out += ',';
            first = false;
            if (!writeValue(item, out))
                return false;
        }
        out += ']';
        return true;
    }
    case dom::element_type::INT64: {
        int64_t i = 0;
        if (value.get_int64().get(i) != simdjson::SUCCESS)
            return false;
        appendNumber(out, qint64(i));
        return true;
    }
    case dom::element_type::UINT64:
        return false; // beyond qint64: Qt reads it as a double, from the text
    case dom::element_type::DOUBLE: {
        double d = 0;
        if (value.get_double().get(d) != simdjson::SUCCESS)
            return false;
        // "-0" is an integer 0 for Qt, "-0.0" a double -0: simdjson gives -0.0 for both.
        if (d == 0 && std::signbit(d))
            return false;
        // QJsonValue keeps a whole number within the double's 53-bit mantissa as an integer
        // (1E5 is written 100000); at the boundary itself, Qt decides.
        constexpr double mantissa = 9007199254740992.0; // 2^53
        if (std::trunc(d) == d && std::fabs(d) <= mantissa) {
            if (std::fabs(d) == mantissa)
                return false;
            appendNumber(out, qint64(d));
            return true;
        }
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return true;
    }
    case dom::element_type::STRING: {
        std::string_view text;
        return value.get_string().get(text) == simdjson::SUCCESS && appendJsonUtf8(out, text);
    }
    case dom::element_type::BOOL: {
        bool b = false;
        if (value.get_bool().get(b) != simdjson::SUCCESS)
            return false;
        out += b ? "true" : "false";
        return true;
    }
    case dom::element_type::NULL_VALUE:
        out += "null";
        return true;
    }
    return false;
}

// The origin object as attributesWithOrigin() writes it (its keys in sorted order).
bool writeOrigin(const FaultlessEventsFormat::Fields &f, QByteArray &out)
{
    out += f.highlighted ? QByteArrayView("{\"highlighted\":true,\"id\":")
                         : QByteArrayView("{\"highlighted\":false,\"id\":");
    appendNumber(out, f.id);
    out += ",\"line\":";
    appendNumber(out, f.line);
    out += f.manual ? QByteArrayView(",\"manual\":true,\"offset\":")
                    : QByteArrayView(",\"manual\":false,\"offset\":");
    appendNumber(out, f.offset);
    out += ",\"source\":";
    if (!appendJsonUtf8(out, std::string_view(f.source.data(), size_t(f.source.size()))))
        return false;
    out += '}';
    return true;
}

// QJsonValue::toString(): the string, or empty for any other type.
QByteArrayView stringOf(dom::element value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return {};
    return QByteArrayView(text.data(), qsizetype(text.size()));
}

// QJsonValue::toInteger(): an integer, a double that is one exactly, or 0.
qint64 integerOf(dom::element value)
{
    int64_t i = 0;
    if (value.get_int64().get(i) == simdjson::SUCCESS)
        return i;
    double d = 0;
    if (value.is_double() && value.get_double().get(d) == simdjson::SUCCESS && std::trunc(d) == d
        && d >= -9223372036854775808.0 && d < 9223372036854775808.0)
        return qint64(d);
    return 0;
}

// QJsonValue::toBool(): true only for true.
bool boolOf(dom::element value)
{
    bool b = false;
    return value.get_bool().get(b) == simdjson::SUCCESS && b;
}

constexpr std::string_view kOriginKey = FaultlessEventsFormat::OriginKey;

} // namespace

struct FaultlessEventsFormat::Reader::Private
{
    dom::parser parser;
    dom::parser attributesParser;
    QByteArray origin;
};

FaultlessEventsFormat::Reader::Reader()
    : d(std::make_unique<Private>())
{ }

FaultlessEventsFormat::Reader::~Reader() = default;

bool FaultlessEventsFormat::Reader::isValidUtf8(QByteArrayView text)
{
    return simdjson::validate_utf8(text.data(), size_t(text.size()));
}

FaultlessEventsFormat::Reader::Status FaultlessEventsFormat::Reader::jsonLine(
    QByteArrayView line, Fields *f, QByteArray *attributesJson)
{
    dom::element document;
    if (d->parser.parse(line.data(), size_t(line.size()), false).get(document) != simdjson::SUCCESS)
        return Status::Unsure;
    dom::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS)
        return Status::Unsure;
    enum Key {
        Timestamp,
        End,
        Kind,
        Severity,
        Lane,
        Actor,
        Message,
        Source,
        Id,
        Line,
        Offset,
        Manual,
        Highlighted,
        Attributes,
        Count
    };
    static constexpr std::string_view names[Count] = { "timestamp", "end", "kind", "severity", "lane",
        "actor", "message", "source", "id", "line", "offset", "manual", "highlighted", "attributes" };
    *f = Fields();
    unsigned seen = 0;
    dom::element attributes;
    for (dom::key_value_pair field : object) {
        int key = 0;
        while (key < Count && names[key] != field.key)
            ++key;
        if (key == Count)
            continue;
        if (seen & (1u << key))
            return Status::Unsure; // duplicate keys: which one QJsonObject keeps is its business
        seen |= 1u << key;
        switch (key) {
        case Timestamp:
            f->timestamp = stringOf(field.value);
            break;
        case End:
            f->end = stringOf(field.value);
            break;
        case Kind:
            f->kind = stringOf(field.value);
            break;
        case Severity:
            f->severity = stringOf(field.value);
            break;
        case Lane:
            f->lane = stringOf(field.value);
            break;
        case Actor:
            f->actor = stringOf(field.value);
            break;
        case Message:
            f->message = stringOf(field.value);
            break;
        case Source:
            f->source = stringOf(field.value);
            break;
        case Id:
            f->id = integerOf(field.value);
            break;
        case Line:
            f->line = integerOf(field.value);
            break;
        case Offset:
            f->offset = integerOf(field.value);
            break;
        case Manual:
            f->manual = boolOf(field.value);
            break;
        case Highlighted:
            f->highlighted = boolOf(field.value);
            break;
        case Attributes:
            attributes = field.value;
            break;
        }
    }
    // Strings Qt would write differently (see appendJsonUtf8) are left to it.
    for (QByteArrayView text :
        { f->timestamp, f->end, f->kind, f->severity, f->lane, f->actor, f->message, f->source }) {
        if (text.contains('\xED') && !isValidUtf8(text))
            return Status::Unsure;
    }
    d->origin.truncate(0);
    if (!writeOrigin(*f, d->origin))
        return Status::Unsure;
    // A new array each time: the record keeps the last one.
    *attributesJson = QByteArray();
    attributesJson->reserve(line.size() / 2 + d->origin.size() + 32);
    if (!(seen & (1u << Attributes)) || attributes.is_null()) {
        *attributesJson += "{\"";
        *attributesJson += OriginKey;
        *attributesJson += "\":";
        *attributesJson += d->origin;
        *attributesJson += '}';
        return Status::Ok;
    }
    dom::object attributesObject;
    if (attributes.get_object().get(attributesObject) != simdjson::SUCCESS)
        return Status::AttributesNotObject;
    return writeObject(attributesObject, *attributesJson, kOriginKey, d->origin) ? Status::Ok
                                                                                 : Status::Unsure;
}

FaultlessEventsFormat::Reader::Status FaultlessEventsFormat::Reader::attributes(
    QByteArrayView json, const Fields &f, QByteArray *attributesJson)
{
    d->origin.truncate(0);
    if (!writeOrigin(f, d->origin))
        return Status::Unsure;
    *attributesJson = QByteArray();
    attributesJson->reserve(json.size() + d->origin.size() + 32);
    if (json.isEmpty()) {
        *attributesJson += "{\"";
        *attributesJson += OriginKey;
        *attributesJson += "\":";
        *attributesJson += d->origin;
        *attributesJson += '}';
        return Status::Ok;
    }
    dom::element document;
    dom::object object;
    if (d->attributesParser.parse(json.data(), size_t(json.size()), true).get(document) != simdjson::SUCCESS
        || document.get_object().get(object) != simdjson::SUCCESS)
        return Status::Unsure; // QJsonDocument says why
    return writeObject(object, *attributesJson, kOriginKey, d->origin) ? Status::Ok : Status::Unsure;
}

} // namespace faultless::model
