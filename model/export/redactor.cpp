#include "redactor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace faultless::model {

Redactor::Redactor()
    : Redactor(QStringLiteral(":/export/redaction.json"))
{ }

Redactor::Redactor(const QString &jsonPath)
    : m_replacement(QStringLiteral("[") + tr("redacted") + QStringLiteral("]"))
{
    load(jsonPath);
}

void Redactor::load(const QString &jsonPath)
{
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the redaction patterns %1: %2").arg(jsonPath, file.errorString());
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        m_error
            = tr("The redaction patterns %1 are not valid JSON: %2").arg(jsonPath, parseError.errorString());
        return;
    }
    for (const QJsonValue &value : doc.object().value(QStringLiteral("patterns")).toArray()) {
        const QJsonObject o = value.toObject();
        Pattern pattern;
        pattern.id = o.value(QStringLiteral("id")).toString();
        pattern.description = o.value(QStringLiteral("description")).toString();
        const QString check = o.value(QStringLiteral("check")).toString();
        if (!check.isEmpty() && check != QLatin1String("luhn")) {
            m_error = tr("Redaction pattern \"%1\" asks for an unknown check \"%2\"").arg(pattern.id, check);
            m_patterns.clear();
            return;
        }
        pattern.luhn = check == QLatin1String("luhn");
        QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
        if (o.value(QStringLiteral("ignore_case")).toBool())
            flags |= QRegularExpression::CaseInsensitiveOption;
        const QJsonValue text = o.value(QStringLiteral("pattern"));
        QString source = text.toString();
        if (text.isArray()) {
            // A long pattern is written as lines with comments: PCRE2's extended syntax.
            QStringList lines;
            for (const QJsonValue &line : text.toArray())
                lines << line.toString();
            source = lines.join(QLatin1Char('\n'));
            flags |= QRegularExpression::ExtendedPatternSyntaxOption;
        }
        pattern.expression = QRegularExpression(source, flags);
        if (!pattern.expression.isValid()) {
            // One broken pattern must not let every other secret through: refuse them all.
            m_error = tr("Redaction pattern \"%1\" is invalid: %2")
                          .arg(pattern.id, pattern.expression.errorString());
            m_patterns.clear();
            return;
        }
        pattern.expression.optimize();
        m_patterns.append(pattern);
    }
    if (m_patterns.isEmpty())
        m_error = tr("%1 holds no redaction patterns").arg(jsonPath);
}

bool Redactor::passesLuhn(QStringView text)
{
    int sum = 0;
    int digits = 0;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (!text.at(i).isDigit())
            continue;
        int d = text.at(i).digitValue();
        if (digits % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        ++digits;
    }
    return digits >= 13 && sum % 10 == 0;
}

QString Redactor::redact(const QString &text, int *count) const
{
    QString result = text;
    int masked = 0;
    for (const Pattern &pattern : m_patterns) {
        const int keepGroup = pattern.expression.namedCaptureGroups().indexOf(QStringLiteral("keep"));
        QString out;
        qsizetype last = 0;
        auto it = pattern.expression.globalMatch(result);
        if (!it.hasNext())
            continue;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0 || (pattern.luhn && !passesLuhn(m.capturedView())))
                continue;
            out += QStringView(result).mid(last, m.capturedStart() - last);
            if (keepGroup > 0)
                out += m.captured(keepGroup);
            out += m_replacement;
            last = m.capturedEnd();
            ++masked;
        }
        out += QStringView(result).mid(last);
        result = out;
    }
    if (count)
        *count = masked;
    return result;
}

} // namespace faultless::model
