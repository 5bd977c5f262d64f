#include "lnavformat.h"

#include "domain/timestamps.h"
#include "import/parsers/logfields.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <simdjson.h>

#include <cmath>

namespace faultless::model {

namespace {

namespace dom = simdjson::dom;

// lnav's level names, most severe first (the order levels are tried in).
struct LevelName
{
    const char *name;
    Severity severity;
};
constexpr LevelName kLevelNames[] = {
    { "fatal", Severity::Emergency },
    { "critical", Severity::Critical },
    { "error", Severity::Error },
    { "warning", Severity::Warning },
    { "notice", Severity::Notice },
    { "stats", Severity::Info },
    { "info", Severity::Info },
    { "debug", Severity::Debug },
    { "debug2", Severity::Debug },
    { "debug3", Severity::Debug },
    { "debug4", Severity::Debug },
    { "debug5", Severity::Debug },
    { "trace", Severity::Trace },
};

int levelRank(const QString &name)
{
    for (int i = 0; i < int(std::size(kLevelNames)); ++i) {
        if (name == QLatin1String(kLevelNames[i].name))
            return i;
    }
    return -1;
}

// Keys of a definition that only shape lnav's own screens and say nothing about the events.
bool isDescriptiveKey(const QString &key)
{
    return key == QLatin1String("title") || key == QLatin1String("description")
        || key == QLatin1String("url");
}
// Keys of a "value" entry that only shape lnav's SQL tables (docs/format-files.md).
bool isValueKeyWithoutEffect(const QString &key)
{
    return key == QLatin1String("description") || key == QLatin1String("identifier")
        || key == QLatin1String("foreign-key") || key == QLatin1String("collate");
}

QString pathOf(const QString &format, const QString &key, const QString &sub = QString())
{
    QString path = QLatin1Char('/') + format + QLatin1Char('/') + key;
    if (!sub.isEmpty())
        path += QLatin1Char('/') + sub;
    return path;
}

// Reading one definition: each key is handled by a step that records what it could not use.
class DefinitionReader
{
    Q_DECLARE_TR_FUNCTIONS(LnavFormatFile)
public:
    DefinitionReader(const QString &file, LnavFormatFile &out)
        : m_file(file)
        , m_out(out)
    { }
    std::shared_ptr<LnavFormat> read(const QString &name, const QJsonObject &definition);

private:
    void warn(const QString &path, const QString &reason) { m_out.warnings << message(path, reason); }
    void fail(const QString &path, const QString &reason) { m_out.errors << message(path, reason); }
    QString message(const QString &path, const QString &reason) const
    {
        return tr("%1: %2: %3").arg(QDir::toNativeSeparators(m_file), path, reason);
    }
    QString stringAt(const QJsonObject &definition, const QString &key, const QString &fallback);
    void readKey(LnavFormat &format, const QString &key, const QJsonValue &value);
    void readPatterns(LnavFormat &format, const QJsonValue &value);
    void readTimestampFormats(LnavFormat &format, const QJsonValue &value);
    void readLevels(LnavFormat &format, const QJsonValue &value);
    void readValues(LnavFormat &format, const QJsonValue &value);
    void readLineFormat(LnavFormat &format, const QJsonValue &value);
    void readSamples(LnavFormat &format, const QJsonValue &value);
    void checkSamples(const LnavFormat &format);

    QString m_file;
    LnavFormatFile &m_out;
    QString m_name;
};

std::shared_ptr<LnavFormat> DefinitionReader::read(const QString &name, const QJsonObject &definition)
{
    m_name = name;
    auto format = std::make_shared<LnavFormat>();
    format->name = name;
    format->sourceFile = m_file;
    for (auto it = definition.begin(); it != definition.end(); ++it)
        readKey(*format, it.key(), it.value());
    if (!format->json && format->patterns.empty()) {
        fail(
            QLatin1Char('/') + name, tr("no usable \"regex\" and not a JSON format; the format is not used"));
        return nullptr;
    }
    checkSamples(*format);
    return format;
}

void DefinitionReader::readKey(LnavFormat &format, const QString &key, const QJsonValue &value)
{
    const QString path = pathOf(m_name, key);
    if (key == QLatin1String("title"))
        format.title = value.toString();
    else if (key == QLatin1String("description"))
        format.description = value.toString();
    else if (isDescriptiveKey(key))
        return;
    else if (key == QLatin1String("regex"))
        readPatterns(format, value);
    else if (key == QLatin1String("json"))
        format.json = value.toBool();
    else if (key == QLatin1String("file-type")) {
        format.json = value.toString() == QLatin1String("json");
        if (!format.json && value.toString() != QLatin1String("text"))
            warn(path, tr("file type \"%1\" is not supported; read as text").arg(value.toString()));
    } else if (key == QLatin1String("timestamp-field"))
        format.timestampField = value.toString();
    else if (key == QLatin1String("level-field"))
        format.levelField = value.toString();
    else if (key == QLatin1String("body-field"))
        format.bodyField = value.toString();
    else if (key == QLatin1String("opid-field"))
        format.opidField = value.toString();
    else if (key == QLatin1String("module-field"))
        format.moduleField = value.toString();
    else if (key == QLatin1String("timestamp-format"))
        readTimestampFormats(format, value);
    else if (key == QLatin1String("timestamp-divisor")) {
        format.timestampDivisor = value.toDouble();
        if (!(format.timestampDivisor > 0) || !std::isfinite(format.timestampDivisor)) {
            warn(path, tr("not a positive number; ignored"));
            format.timestampDivisor = 0;
        }
    } else if (key == QLatin1String("level"))
        readLevels(format, value);
    else if (key == QLatin1String("value"))
        readValues(format, value);
    else if (key == QLatin1String("line-format"))
        readLineFormat(format, value);
    else if (key == QLatin1String("sample"))
        readSamples(format, value);
    else if (key == QLatin1String("multiline"))
        format.multiline = value.toBool(true);
    else if (key == QLatin1String("file-pattern")) {
        format.filePattern = QRegularExpression(value.toString());
        if (!format.filePattern.isValid()) {
            warn(path,
                tr("not a valid regular expression (%1); any file name is accepted")
                    .arg(format.filePattern.errorString()));
            format.filePattern = QRegularExpression();
        }
    } else
        warn(path, tr("not supported by Faultless; ignored"));
}

void DefinitionReader::readPatterns(LnavFormat &format, const QJsonValue &value)
{
    const QJsonObject patterns = value.toObject();
    for (auto it = patterns.begin(); it != patterns.end(); ++it) {
        const QString path = pathOf(m_name, QStringLiteral("regex"), it.key());
        const QJsonObject entry = it.value().toObject();
        for (auto key = entry.begin(); key != entry.end(); ++key) {
            if (key.key() != QLatin1String("pattern"))
                warn(path + QLatin1Char('/') + key.key(), tr("not supported by Faultless; ignored"));
        }
        if (!entry.value(QLatin1String("pattern")).isString()) {
            fail(path + QStringLiteral("/pattern"), tr("missing; this pattern is not used"));
            continue;
        }
        QRegularExpression regex(entry.value(QLatin1String("pattern")).toString());
        if (!regex.isValid()) {
            // A name used in two alternatives ("(?<ts>a)|(?<ts>b)") needs PCRE2's DUPNAMES, which
            // QRegularExpression has no option for; the inline (?J) sets it.
            const QRegularExpression withDuplicateNames(QStringLiteral("(?J)") + regex.pattern());
            if (withDuplicateNames.isValid())
                regex = withDuplicateNames;
        }
        if (!regex.isValid()) {
            fail(path + QStringLiteral("/pattern"),
                tr("not a valid regular expression at offset %1: %2; "
                   "this pattern is not used")
                    .arg(regex.patternErrorOffset())
                    .arg(regex.errorString()));
            continue;
        }
        regex.optimize();
        format.patterns.push_back({ it.key(), regex, regex.namedCaptureGroups() });
    }
}

void DefinitionReader::readTimestampFormats(LnavFormat &format, const QJsonValue &value)
{
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray { value };
    for (int i = 0; i < list.size(); ++i) {
        QString error;
        if (auto compiled = LnavTimeFormat::compile(list.at(i).toString(), &error))
            format.timestampFormats.push_back(*compiled);
        else
            warn(pathOf(m_name, QStringLiteral("timestamp-format"), QString::number(i)), error);
    }
}

void DefinitionReader::readLevels(LnavFormat &format, const QJsonValue &value)
{
    const QJsonObject levels = value.toObject();
    std::vector<std::pair<int, LnavFormat::LevelRule>> ranked;
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        const QString path = pathOf(m_name, QStringLiteral("level"), it.key());
        const int rank = levelRank(it.key());
        if (rank < 0) {
            warn(path, tr("not a level lnav knows; ignored"));
            continue;
        }
        LnavFormat::LevelRule rule;
        rule.severity = kLevelNames[rank].severity;
        if (it.value().isDouble()) {
            rule.isNumber = true;
            rule.number = qint64(it.value().toDouble());
        } else {
            rule.regex = QRegularExpression(it.value().toString());
            if (!rule.regex.isValid()) {
                fail(path,
                    tr("not a valid regular expression at offset %1: %2; this level is not used")
                        .arg(rule.regex.patternErrorOffset())
                        .arg(rule.regex.errorString()));
                continue;
            }
        }
        ranked.emplace_back(rank, rule);
    }
    std::stable_sort(
        ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &entry : ranked)
        format.levels.push_back(entry.second);
}

void DefinitionReader::readValues(LnavFormat &format, const QJsonValue &value)
{
    const QJsonObject values = value.toObject();
    QMap<QString, int> withoutEffect; // key -> how many values use it
    for (auto it = values.begin(); it != values.end(); ++it) {
        LnavFormat::Value definition;
        const QJsonObject entry = it.value().toObject();
        for (auto key = entry.begin(); key != entry.end(); ++key) {
            if (key.key() == QLatin1String("kind"))
                definition.kind = key.value().toString();
            else if (key.key() == QLatin1String("hidden"))
                definition.hidden = key.value().toBool();
            else
                withoutEffect[key.key()] += 1;
        }
        format.values.insert(it.key(), definition);
    }
    // One line per key rather than per value: syslog_log alone has a dozen of them.
    for (auto it = withoutEffect.cbegin(); it != withoutEffect.cend(); ++it) {
        const QString path = pathOf(m_name, QStringLiteral("value"), QStringLiteral("*/") + it.key());
        if (isValueKeyWithoutEffect(it.key()))
            warn(path,
                tr("used by %n value(s); only shapes lnav's SQL tables, no effect here", nullptr,
                    it.value()));
        else
            warn(path, tr("used by %n value(s); not supported by Faultless, ignored", nullptr, it.value()));
    }
}

void DefinitionReader::readLineFormat(LnavFormat &format, const QJsonValue &value)
{
    const QJsonArray pieces = value.toArray();
    for (const QJsonValue &piece : pieces) {
        if (piece.isString())
            format.lineFormat.push_back({ QString(), piece.toString() });
        else
            format.lineFormat.push_back(
                { piece.toObject().value(QLatin1String("field")).toString(), QString() });
    }
}

void DefinitionReader::readSamples(LnavFormat &format, const QJsonValue &value)
{
    const QJsonArray samples = value.toArray();
    for (const QJsonValue &sample : samples) {
        const QJsonObject object = sample.toObject();
        format.samples.push_back({ object.value(QLatin1String("line")).toString(),
            object.value(QLatin1String("level")).toString() });
    }
}

// lnav refuses a format whose samples do not parse; here the format is used anyway (a user's
// file may be half right) and each failing sample is reported.
void DefinitionReader::checkSamples(const LnavFormat &format)
{
    for (size_t i = 0; i < format.samples.size(); ++i) {
        const QString path = pathOf(m_name, QStringLiteral("sample"), QString::number(i));
        const LnavFormat::Sample &sample = format.samples[i];
        // A sample may span lines (a multi-line record): its first line is the one a pattern reads.
        const QByteArray first = sample.line.section(QLatin1Char('\n'), 0, 0).toUtf8();
        EventRecord event;
        LnavFormat::LineResult result;
        if (format.parseLine(first, 2000, event, result) != LnavFormat::Outcome::Event) {
            warn(path, tr("the sample does not parse: %1").arg(result.reason));
            continue;
        }
        const int rank = levelRank(sample.level);
        if (rank >= 0 && kLevelNames[rank].severity != event.severity)
            warn(path,
                tr("the sample's level is %1, expected %2").arg(severityName(event.severity), sample.level));
    }
}

void appendValue(QByteArray &attributes, const QString &kind, QByteArrayView key, QByteArrayView value)
{
    bool ok = false;
    if (kind == QLatin1String("integer"))
        (void)value.toLongLong(&ok);
    else if (kind == QLatin1String("float")) {
        const double number = value.toDouble(&ok);
        ok = ok && std::isfinite(number);
    }
    if (ok)
        LogFields::appendRawMember(attributes, key, value);
    else
        LogFields::appendMember(attributes, key, value);
}

thread_local dom::parser t_jsonParser;

// The members of a JSON object, nested objects flattened with "/" as lnav names them ("src/file").
void flatten(
    dom::object object, const QByteArray &prefix, std::vector<std::pair<QByteArray, dom::element>> &out)
{
    for (dom::key_value_pair field : object) {
        QByteArray key = prefix + QByteArray(field.key.data(), qsizetype(field.key.size()));
        dom::object nested;
        if (field.value.get_object().get(nested) == simdjson::SUCCESS && out.size() < 4096) {
            flatten(nested, key + '/', out);
            continue;
        }
        out.emplace_back(std::move(key), field.value);
    }
}

QByteArray rawJson(dom::element value)
{
    std::string_view text;
    if (value.get_string().get(text) == simdjson::SUCCESS)
        return QByteArray(text.data(), qsizetype(text.size()));
    const std::string minified = simdjson::minify(value);
    return QByteArray(minified.data(), qsizetype(minified.size()));
}

} // namespace

LnavFormat::Outcome LnavFormat::parseLine(
    QByteArrayView line, int year, EventRecord &event, LineResult &result) const
{
    while (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    return json ? parseJsonLine(line, year, event, result) : parseTextLine(line, year, event, result);
}

Severity LnavFormat::levelOf(QByteArrayView text) const
{
    if (levels.empty())
        return LogFields::severityFromText(text);
    const QString value = QString::fromUtf8(text);
    for (const LevelRule &rule : levels) {
        if (!rule.isNumber && rule.regex.match(value).hasMatch())
            return rule.severity;
    }
    return Severity::Unknown;
}

Severity LnavFormat::levelOfNumber(qint64 value) const
{
    for (const LevelRule &rule : levels) {
        if (rule.isNumber && rule.number == value)
            return rule.severity;
    }
    return LogFields::severityFromNumber(value);
}

namespace {
// The group of that name that took part in the match; with duplicate names (one per alternative)
// Qt's captured(name) would look at the first group only. -1 when none did.
int matchedGroup(
    const LnavFormat::Pattern &pattern, const QRegularExpressionMatch &match, const QString &name)
{
    for (int group = 1; group < pattern.groupNames.size(); ++group) {
        if (pattern.groupNames.at(group) == name && match.capturedStart(group) >= 0)
            return group;
    }
    return -1;
}

QByteArray capturedUtf8(const QRegularExpressionMatch &match, int group)
{
    return group < 0 ? QByteArray() : match.capturedView(group).toUtf8();
}
} // namespace

LnavFormat::Outcome LnavFormat::parseTextLine(
    QByteArrayView line, int year, EventRecord &event, LineResult &result) const
{
    const QString text = QString::fromUtf8(line);
    QString firstReason;
    for (const Pattern &pattern : patterns) {
        const QRegularExpressionMatch match = pattern.regex.match(text);
        if (!match.hasMatch())
            continue;
        const QByteArray stamp = capturedUtf8(match, matchedGroup(pattern, match, timestampField));
        LnavTimeFormat::Result time;
        if (stamp.isEmpty() || !parseLnavTimestamp(stamp, timestampFormats, year, time)) {
            if (firstReason.isEmpty())
                firstReason = stamp.isEmpty()
                    ? tr("pattern \"%1\" matched without a \"%2\" capture").arg(pattern.name, timestampField)
                    : tr("timestamp \"%1\" (pattern \"%2\") is no time the format reads")
                          .arg(QString::fromUtf8(stamp), pattern.name);
            continue;
        }
        event.instant = time.instant;
        result.naive = time.naive;
        result.yearless = time.yearless;
        const int body = matchedGroup(pattern, match, bodyField);
        event.text = body >= 0 ? capturedUtf8(match, body) : line.toByteArray();
        event.severity = levelOf(capturedUtf8(match, matchedGroup(pattern, match, levelField)));
        if (!moduleField.isEmpty())
            event.lane = capturedUtf8(match, matchedGroup(pattern, match, moduleField));
        QByteArray attributes("{");
        for (int group = 1; group < pattern.groupNames.size(); ++group) {
            const QString &name = pattern.groupNames.at(group);
            if (name.isEmpty() || name == timestampField || name == bodyField || name == moduleField
                || matchedGroup(pattern, match, name) != group)
                continue;
            appendValue(attributes, values.value(name).kind, name.toUtf8(), capturedUtf8(match, group));
        }
        event.attributesJson = LogFields::finishObject(attributes);
        return Outcome::Event;
    }
    result.reason
        = firstReason.isEmpty() ? tr("matches none of the patterns of format \"%1\"").arg(name) : firstReason;
    return firstReason.isEmpty() ? Outcome::NoMatch : Outcome::Rejected;
}

LnavFormat::Outcome LnavFormat::parseJsonLine(
    QByteArrayView line, int year, EventRecord &event, LineResult &result) const
{
    const simdjson::padded_string json(line.data(), size_t(line.size()));
    dom::object object;
    if (line.trimmed().isEmpty() || line.trimmed().front() != '{'
        || t_jsonParser.parse(json).get_object().get(object) != simdjson::SUCCESS) {
        result.reason = tr("not a JSON object");
        return Outcome::NoMatch;
    }
    std::vector<std::pair<QByteArray, dom::element>> fields;
    flatten(object, QByteArray(), fields);
    const QByteArray timeKey = timestampField.toUtf8(), levelKey = levelField.toUtf8(),
                     bodyKey = bodyField.toUtf8(), moduleKey = moduleField.toUtf8();
    QByteArray attributes("{");
    QMap<QByteArray, QByteArray> rendered; // for line-format
    bool haveBody = false;
    for (const auto &[key, value] : fields) {
        const QByteArray raw = rawJson(value);
        if (key == timeKey) {
            double number = 0;
            LnavTimeFormat::Result time;
            if (value.get_double().get(number) == simdjson::SUCCESS) {
                event.instant = timestampDivisor > 0
                    ? timestamps::fromEpochDouble(number / timestampDivisor, timestamps::EpochUnit::Seconds)
                    : timestamps::fromEpochDouble(number);
            } else if (parseLnavTimestamp(raw, timestampFormats, year, time)) {
                event.instant = time.instant;
                result.naive = time.naive;
                result.yearless = time.yearless;
            }
            if (event.instant == NoInstant) {
                result.reason = tr("field \"%1\" holds no time the format reads: %2")
                                    .arg(timestampField, QString::fromUtf8(raw.left(80)));
                return Outcome::Rejected;
            }
            continue;
        }
        rendered.insert(key, raw);
        if (key == levelKey) {
            int64_t number = 0;
            event.severity
                = value.get_int64().get(number) == simdjson::SUCCESS ? levelOfNumber(number) : levelOf(raw);
        }
        if (key == bodyKey) {
            event.text = raw;
            haveBody = true;
            continue;
        }
        if (!moduleKey.isEmpty() && key == moduleKey) {
            event.lane = raw;
            continue;
        }
        if (value.is_string())
            LogFields::appendMember(attributes, key, raw);
        else
            LogFields::appendRawMember(attributes, key, raw);
    }
    if (event.instant == NoInstant) {
        result.reason = tr("no \"%1\" field").arg(timestampField);
        return Outcome::Rejected;
    }
    if (!haveBody && !lineFormat.empty()) {
        for (const LinePiece &piece : lineFormat) {
            if (piece.field.isEmpty())
                event.text += piece.literal.toUtf8();
            else
                event.text += rendered.value(piece.field.toUtf8());
        }
        event.text = event.text.trimmed();
    }
    if (!haveBody && event.text.isEmpty())
        event.text = line.toByteArray();
    event.attributesJson = LogFields::finishObject(attributes);
    return Outcome::Event;
}

LnavFormatFile LnavFormatFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        LnavFormatFile failed;
        failed.errors << tr("%1: cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return failed;
    }
    // Format files are a few kilobytes; a huge one is no format file.
    constexpr qint64 kMaxSize = 4 << 20;
    if (file.size() > kMaxSize) {
        LnavFormatFile failed;
        failed.errors
            << tr("%1: larger than 4 MiB; not read as a format file").arg(QDir::toNativeSeparators(path));
        return failed;
    }
    return parse(file.readAll(), path);
}

LnavFormatFile LnavFormatFile::parse(const QByteArray &json, const QString &path)
{
    LnavFormatFile out;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const int offset = error.error != QJsonParseError::NoError ? error.offset : 0;
        const qsizetype line = json.left(offset).count('\n') + 1;
        out.errors << tr("%1: line %2: not a JSON object: %3")
                          .arg(QDir::toNativeSeparators(path))
                          .arg(line)
                          .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                                       : tr("not an object"));
        return out;
    }
    const QJsonObject root = document.object();
    DefinitionReader reader(path, out);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("$schema"))
            continue;
        if (!it.value().isObject()) {
            out.warnings << tr("%1: /%2: not a format definition; ignored")
                                .arg(QDir::toNativeSeparators(path), it.key());
            continue;
        }
        if (auto format = reader.read(it.key(), it.value().toObject()))
            out.formats.push_back(std::move(format));
    }
    return out;
}

namespace lnavformats {

QString formatFolder()
{
    // GenericDataLocation rather than AppDataLocation: the app and faultless-cli have different
    // application names, and both must see the formats the other saved.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/Faultless/formats");
}

QStringList formatFolders()
{
    return { formatFolder(), QDir::homePath() + QStringLiteral("/.lnav/formats/installed") };
}

} // namespace lnavformats

} // namespace faultless::model
