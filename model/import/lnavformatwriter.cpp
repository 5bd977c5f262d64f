#include "lnavformatwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace faultless::model {

namespace {

// Escapes only what a regular expression would read as syntax, so that the pattern stays readable.
QString escapeLiteral(QChar c)
{
    static const QString syntax = QStringLiteral("\\^$.|?*+()[]{}/");
    return syntax.contains(c) ? QStringLiteral("\\") + c : QString(c);
}

const char *groupName(LnavFormatDraft::Role role)
{
    switch (role) {
    case LnavFormatDraft::Role::Timestamp:
        return "timestamp";
    case LnavFormatDraft::Role::Level:
        return "level";
    case LnavFormatDraft::Role::Lane:
        return "module";
    case LnavFormatDraft::Role::Message:
        return "body";
    }
    return "body";
}

// The text between marks: its separators kept literally (escaped), its words and numbers loosened
// (a thread name, a pid or a padding width differs from line to line).
QString loosenedLiteral(QStringView text)
{
    auto isWord = [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-')
            || c == QLatin1Char('.');
    };
    QString out;
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i;
        if (isWord(text[i])) {
            bool digits = true;
            for (; j < text.size() && isWord(text[j]); ++j)
                digits = digits && text[j].isDigit();
            out += digits ? QStringLiteral("\\d+") : QStringLiteral("[\\w.-]+");
        } else if (text[i].isSpace()) {
            while (j < text.size() && text[j].isSpace())
                ++j;
            out += QStringLiteral("\\s+");
        } else {
            out += escapeLiteral(text[i]);
            ++j;
        }
        i = j;
    }
    return out;
}

// A pattern of the stamp's shape: "2011-12-05 07:04:56,101" gives
// "\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2},\d+".
QString stampShape(QStringView stamp)
{
    QString out;
    for (qsizetype i = 0; i < stamp.size();) {
        qsizetype j = i;
        if (stamp[i].isDigit()) {
            while (j < stamp.size() && stamp[j].isDigit())
                ++j;
            const bool fraction = i > 0
                && (stamp[i - 1] == QLatin1Char('.') || stamp[i - 1] == QLatin1Char(',')) && j - i != 2;
            if (fraction)
                out += QStringLiteral("\\d+");
            else if (j - i <= 2)
                out += QStringLiteral("\\d{1,2}");
            else
                out += QStringLiteral("\\d{%1}").arg(j - i);
        } else if (stamp[i].isLetter()) {
            while (j < stamp.size() && stamp[j].isLetter())
                ++j;
            out += QStringLiteral("[A-Za-z]+");
        } else if (stamp[i] == QLatin1Char('+') || stamp[i] == QLatin1Char('-')) {
            out += QStringLiteral("[+-]"); // a zone offset's sign differs between lines
            ++j;
        } else if (stamp[i] == QLatin1Char(' ')) {
            while (j < stamp.size() && stamp[j] == QLatin1Char(' '))
                ++j;
            out += QStringLiteral(" +");
        } else {
            out += escapeLiteral(stamp[i]);
            ++j;
        }
        i = j;
    }
    return out;
}

} // namespace

QString LnavFormatDraft::formatName() const
{
    QString name;
    for (const QChar c : m_name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            name += c;
        else if (!name.endsWith(QLatin1Char('_')))
            name += QLatin1Char('_');
    }
    while (name.startsWith(QLatin1Char('_')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("taught");
    if (!name.endsWith(QLatin1String("_log")))
        name += QStringLiteral("_log");
    return name;
}

void LnavFormatDraft::setSampleLine(const QString &line)
{
    if (line != m_sample)
        m_spans.clear();
    m_sample = line;
}

void LnavFormatDraft::mark(Role role, qsizetype start, qsizetype length)
{
    if (start < 0 || length <= 0 || start + length > m_sample.size())
        return;
    const qsizetype end = start + length;
    m_spans.erase(
        std::remove_if(m_spans.begin(), m_spans.end(),
            [&](const Span &s) { return s.role == role || (s.start < end && start < s.start + s.length); }),
        m_spans.end());
    m_spans.push_back({ role, start, length });
    std::sort(m_spans.begin(), m_spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
}

std::optional<LnavFormatDraft::Span> LnavFormatDraft::spanOf(Role role) const
{
    for (const Span &span : m_spans) {
        if (span.role == role)
            return span;
    }
    return std::nullopt;
}

QString LnavFormatDraft::pattern() const
{
    if (!spanOf(Role::Timestamp))
        return QString();
    QString out = QStringLiteral("^");
    qsizetype at = 0;
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const Span &span = m_spans[i];
        out += loosenedLiteral(QStringView(m_sample).mid(at, span.start - at));
        const bool last = i + 1 == m_spans.size();
        const QStringView text = QStringView(m_sample).mid(span.start, span.length);
        QString group;
        switch (span.role) {
        case Role::Timestamp:
            group = stampShape(text);
            break;
        case Role::Level:
            group = QStringLiteral("\\w+");
            break;
        case Role::Lane:
            group = last ? QStringLiteral("\\S+") : QStringLiteral("\\S+?");
            break;
        case Role::Message:
            group = QStringLiteral(".*");
            break;
        }
        out += QStringLiteral("(?<%1>%2)").arg(QLatin1String(groupName(span.role)), group);
        at = span.start + span.length;
        if (span.role == Role::Message)
            return out; // the message runs to the end of the line
    }
    // Whatever follows the last mark is the message.
    qsizetype blanks = at;
    while (blanks < m_sample.size() && m_sample.at(blanks).isSpace())
        ++blanks;
    if (blanks < m_sample.size())
        out += loosenedLiteral(QStringView(m_sample).mid(at, blanks - at)) + QStringLiteral("(?<body>.*)");
    return out;
}

QString LnavFormatDraft::timestampFormat() const
{
    const auto span = spanOf(Role::Timestamp);
    if (!span)
        return QString();
    const QString stamp = m_sample.mid(span->start, span->length).trimmed();
    // The fraction after the seconds is named explicitly, as lnav's own formats do.
    static const QRegularExpression fraction(QStringLiteral("(\\d{2})([.,])(\\d+)"));
    QString fractionDirective;
    QChar separator;
    const QRegularExpressionMatch m = fraction.match(stamp);
    if (m.hasMatch()) {
        separator = m.captured(2).at(0);
        const qsizetype digits = m.captured(3).size();
        fractionDirective = digits <= 3 ? QStringLiteral("%L")
            : digits <= 6               ? QStringLiteral("%f")
                                        : QStringLiteral("%N");
    }
    for (const LnavTimeFormat &candidate : LnavTimeFormat::defaults()) {
        LnavTimeFormat::Result result;
        if (!candidate.parse(stamp.toUtf8(), 2000, result))
            continue;
        QString layout = candidate.pattern();
        if (!fractionDirective.isEmpty() && layout.contains(QLatin1String("%S")))
            layout.replace(QLatin1String("%S"), QStringLiteral("%S") + separator + fractionDirective);
        if (LnavTimeFormat::compile(layout)
            && LnavTimeFormat::compile(layout)->parse(stamp.toUtf8(), 2000, result))
            return layout;
    }
    return QString();
}

QByteArray LnavFormatDraft::toJson(const QString &sourceFileName) const
{
    QJsonObject definition;
    definition.insert(QStringLiteral("title"), m_name.trimmed().isEmpty() ? formatName() : m_name.trimmed());
    if (!sourceFileName.isEmpty())
        definition.insert(QStringLiteral("description"),
            QStringLiteral("Taught to Faultless from %1").arg(QFileInfo(sourceFileName).fileName()));
    QJsonObject regex;
    regex.insert(QStringLiteral("taught"), QJsonObject { { QStringLiteral("pattern"), pattern() } });
    definition.insert(QStringLiteral("regex"), regex);
    const QString layout = timestampFormat();
    if (!layout.isEmpty())
        definition.insert(QStringLiteral("timestamp-format"), QJsonArray { layout });
    if (spanOf(Role::Lane))
        definition.insert(QStringLiteral("module-field"), QStringLiteral("module"));
    definition.insert(QStringLiteral("multiline"), true);
    definition.insert(
        QStringLiteral("sample"), QJsonArray { QJsonObject { { QStringLiteral("line"), m_sample } } });
    QJsonObject root;
    root.insert(QStringLiteral("$schema"), QStringLiteral("https://lnav.org/schemas/format-v1.schema.json"));
    root.insert(formatName(), definition);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::shared_ptr<const LnavFormat> LnavFormatDraft::toFormat(QString *error) const
{
    if (!spanOf(Role::Timestamp)) {
        if (error)
            *error = tr("Mark the timestamp on the sample line first.");
        return nullptr;
    }
    const LnavFormatFile file = LnavFormatFile::parse(toJson(), formatName() + QStringLiteral(".json"));
    if (file.formats.empty()) {
        if (error)
            *error = file.errors.join(QLatin1Char('\n'));
        return nullptr;
    }
    return file.formats.front();
}

std::vector<LnavFormatDraft::PreviewRow> LnavFormatDraft::preview(
    const QStringList &lines, qint64 firstLineNumber) const
{
    std::vector<PreviewRow> rows;
    const auto format = toFormat();
    if (!format)
        return rows;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        PreviewRow row;
        row.line = firstLineNumber + i;
        LnavFormat::LineResult result;
        row.outcome = format->parseLine(lines.at(i).toUtf8(), 2000, row.event, result);
        row.reason = result.reason;
        rows.push_back(std::move(row));
    }
    return rows;
}

bool LnavFormatDraft::save(
    const QString &folder, const QString &sourceFileName, bool overwrite, QString *path, QString *error) const
{
    QString problem;
    if (!toFormat(&problem)) {
        if (error)
            *error = problem;
        return false;
    }
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString target = QDir(folder).filePath(formatName() + QStringLiteral(".json"));
    if (!overwrite && QFileInfo::exists(target)) {
        if (error)
            *error = tr("%1 exists already; choose another name").arg(QDir::toNativeSeparators(target));
        return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(sourceFileName)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), file.errorString());
        return false;
    }
    if (path)
        *path = target;
    return true;
}

} // namespace faultless::model
