#include "yamlsubsetreader.h"

#include <QStringList>
#include <QVariantMap>

namespace faultless::model {

namespace {

struct Line
{
    int indent = 0;
    QString text; // without indentation and comment
    int number = 0;
};

// Removes a comment: '#' at the start or after whitespace, outside quotes.
QString stripComment(const QString &s)
{
    QChar quote;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                if (quote == QLatin1Char('\'') && i + 1 < s.size() && s.at(i + 1) == quote)
                    ++i;
                else
                    quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"')) {
                ++i;
            }
            continue;
        }
        if ((c == QLatin1Char('"') || c == QLatin1Char('\''))
            && (i == 0 || s.at(i - 1).isSpace() || s.at(i - 1) == QLatin1Char('[')
                || s.at(i - 1) == QLatin1Char('{') || s.at(i - 1) == QLatin1Char(',')
                || s.at(i - 1) == QLatin1Char(':')))
            quote = c;
        else if (c == QLatin1Char('#') && (i == 0 || s.at(i - 1).isSpace()))
            return s.left(i);
    }
    return s;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(YamlSubsetReader)
public:
    explicit Parser(QList<Line> lines)
        : m_lines(std::move(lines))
    { }

    bool parseDocument(QVariant *out, QString *error)
    {
        if (m_lines.isEmpty()) {
            *out = QVariant();
            return true;
        }
        *out = parseNode(m_lines.first().indent);
        if (m_error.isEmpty() && m_pos < m_lines.size())
            fail(m_lines.at(m_pos).number, tr("unexpected indentation"));
        if (!m_error.isEmpty()) {
            *error = m_error;
            return false;
        }
        return true;
    }

private:
    void fail(int line, const QString &why)
    {
        if (m_error.isEmpty())
            m_error = tr("line %1: %2").arg(line).arg(why);
    }

    // One more level of nesting for as long as it lives. Every collection, block or flow, opens
    // one, so that the recursion below stays within YamlSubsetReader::MaxDepth frames.
    class Nesting
    {
    public:
        Nesting(Parser &parser, int line)
            : m_parser(parser)
        {
            if (++m_parser.m_depth > YamlSubsetReader::MaxDepth)
                m_parser.fail(
                    line, tr("collections nested deeper than %1 levels").arg(YamlSubsetReader::MaxDepth));
        }
        ~Nesting() { --m_parser.m_depth; }
        Nesting(const Nesting &) = delete;
        Nesting &operator=(const Nesting &) = delete;
        bool tooDeep() const { return m_parser.m_depth > YamlSubsetReader::MaxDepth; }

    private:
        Parser &m_parser;
    };

    static bool isSequenceItem(const QString &t)
    {
        return t == QLatin1String("-") || t.startsWith(QLatin1String("- "));
    }

    // Position of the ':' that ends a mapping key, or -1.
    static qsizetype keyColon(const QString &t)
    {
        QChar quote;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
                continue;
            }
            if (i == 0 && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
                quote = c;
                continue;
            }
            if (i == 0 && (c == QLatin1Char('{') || c == QLatin1Char('[')))
                return -1;
            if (c == QLatin1Char(':') && (i + 1 == t.size() || t.at(i + 1) == QLatin1Char(' ')))
                return i;
        }
        return -1;
    }

    QVariant parseNode(int indent)
    {
        if (m_pos >= m_lines.size())
            return {};
        const Line &line = m_lines.at(m_pos);
        if (isSequenceItem(line.text))
            return parseSequence(line.indent);
        if (keyColon(line.text) > 0)
            return parseMapping(line.indent);
        // A lone scalar (possibly spread over lines).
        ++m_pos;
        QString text = line.text;
        while (m_pos < m_lines.size() && m_lines.at(m_pos).indent >= indent
            && keyColon(m_lines.at(m_pos).text) < 0 && !isSequenceItem(m_lines.at(m_pos).text)) {
            text += QLatin1Char(' ') + m_lines.at(m_pos).text;
            ++m_pos;
        }
        return parseInline(text, line.number);
    }

    QVariant parseSequence(int indent)
    {
        const Nesting nesting(*this, m_lines.at(m_pos).number);
        if (nesting.tooDeep())
            return {};
        QVariantList list;
        while (m_pos < m_lines.size() && m_error.isEmpty()) {
            Line &line = m_lines[m_pos];
            if (line.indent != indent || !isSequenceItem(line.text))
                break;
            QString rest = line.text.mid(1);
            qsizetype lead = 0;
            while (lead < rest.size() && rest.at(lead) == QLatin1Char(' '))
                ++lead;
            rest = rest.mid(lead);
            if (rest.isEmpty()) {
                ++m_pos;
                if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                    list.append(parseNode(m_lines.at(m_pos).indent));
                else
                    list.append(QVariant());
                continue;
            }
            // "- key: value" opens a mapping whose further keys sit at the column of "key".
            line.indent = indent + 1 + int(lead);
            line.text = rest;
            list.append(parseNode(line.indent));
        }
        return list;
    }

    QVariant parseMapping(int indent)
    {
        const Nesting nesting(*this, m_lines.at(m_pos).number);
        if (nesting.tooDeep())
            return {};
        QVariantMap map;
        while (m_pos < m_lines.size() && m_error.isEmpty()) {
            const Line line = m_lines.at(m_pos);
            if (line.indent < indent)
                break;
            if (line.indent > indent) {
                fail(line.number, tr("unexpected indentation"));
                break;
            }
            if (isSequenceItem(line.text))
                break;
            const qsizetype colon = keyColon(line.text);
            if (colon <= 0) {
                fail(line.number, tr("expected \"key: value\""));
                break;
            }
            QString key = line.text.left(colon).trimmed();
            if (key.startsWith(QLatin1Char('&')) || key.startsWith(QLatin1Char('*'))
                || key.startsWith(QLatin1Char('!'))) {
                fail(line.number, tr("anchors, aliases and tags are not supported"));
                break;
            }
            key = parseInline(key, line.number).toString();
            const QString rest = line.text.mid(colon + 1).trimmed();
            ++m_pos;
            if (rest.isEmpty()) {
                if (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                    map.insert(key, parseNode(m_lines.at(m_pos).indent));
                else if (m_pos < m_lines.size() && m_lines.at(m_pos).indent == indent
                    && isSequenceItem(m_lines.at(m_pos).text))
                    map.insert(key, parseSequence(indent)); // "key:\n- item" at the key's indentation
                else
                    map.insert(key, QVariant());
            } else if (rest.startsWith(QLatin1Char('|')) || rest.startsWith(QLatin1Char('>'))) {
                const bool literal = rest.startsWith(QLatin1Char('|'));
                QStringList parts;
                while (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent)
                    parts << m_lines.at(m_pos++).text;
                map.insert(key, parts.join(literal ? QLatin1String("\n") : QLatin1String(" ")));
            } else if (rest.startsWith(QLatin1Char('&')) || rest.startsWith(QLatin1Char('*'))
                || rest.startsWith(QLatin1Char('!'))) {
                fail(line.number, tr("anchors, aliases and tags are not supported"));
            } else {
                QString text = rest;
                // Long scalars continue on more-indented lines (go-yaml wraps at 80 columns).
                while (m_pos < m_lines.size() && m_lines.at(m_pos).indent > indent
                    && !text.startsWith(QLatin1Char('{')) && !text.startsWith(QLatin1Char('['))) {
                    text += QLatin1Char(' ') + m_lines.at(m_pos).text;
                    ++m_pos;
                }
                map.insert(key, parseInline(text, line.number));
            }
        }
        return map;
    }

    // Flow values on one line: quoted and plain scalars, {..} and [..].
    QVariant parseInline(const QString &text, int lineNumber)
    {
        qsizetype i = 0;
        const QVariant v = parseFlow(text, i, lineNumber, false);
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i < text.size())
            fail(lineNumber, tr("unexpected \"%1\"").arg(text.mid(i, 20)));
        return v;
    }

    QVariant parseFlow(const QString &t, qsizetype &i, int lineNumber, bool inCollection)
    {
        while (i < t.size() && t.at(i).isSpace())
            ++i;
        if (i >= t.size())
            return {};
        const QChar c = t.at(i);
        if (c == QLatin1Char('{')) {
            const Nesting nesting(*this, lineNumber);
            if (nesting.tooDeep())
                return {};
            ++i;
            QVariantMap map;
            for (;;) {
                while (i < t.size() && t.at(i).isSpace())
                    ++i;
                if (i < t.size() && t.at(i) == QLatin1Char('}')) {
                    ++i;
                    return map;
                }
                const QString key = parseFlow(t, i, lineNumber, true).toString();
                while (i < t.size() && t.at(i).isSpace())
                    ++i;
                QVariant value;
                if (i < t.size() && t.at(i) == QLatin1Char(':')) {
                    ++i;
                    value = parseFlow(t, i, lineNumber, true);
                }
                map.insert(key, value);
                while (i < t.size() && t.at(i).isSpace())
                    ++i;
                if (i < t.size() && t.at(i) == QLatin1Char(',')) {
                    ++i;
                    continue;
                }
                if (i < t.size() && t.at(i) == QLatin1Char('}')) {
                    ++i;
                    return map;
                }
                fail(lineNumber, tr("unterminated flow mapping"));
                return map;
            }
        }
        if (c == QLatin1Char('[')) {
            const Nesting nesting(*this, lineNumber);
            if (nesting.tooDeep())
                return {};
            ++i;
            QVariantList list;
            for (;;) {
                while (i < t.size() && t.at(i).isSpace())
                    ++i;
                if (i < t.size() && t.at(i) == QLatin1Char(']')) {
                    ++i;
                    return list;
                }
                list.append(parseFlow(t, i, lineNumber, true));
                while (i < t.size() && t.at(i).isSpace())
                    ++i;
                if (i < t.size() && t.at(i) == QLatin1Char(',')) {
                    ++i;
                    continue;
                }
                if (i < t.size() && t.at(i) == QLatin1Char(']')) {
                    ++i;
                    return list;
                }
                fail(lineNumber, tr("unterminated flow sequence"));
                return list;
            }
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            QString out;
            ++i;
            while (i < t.size()) {
                const QChar d = t.at(i);
                if (d == c) {
                    if (c == QLatin1Char('\'') && i + 1 < t.size() && t.at(i + 1) == c) {
                        out += c;
                        i += 2;
                        continue;
                    }
                    ++i;
                    return out;
                }
                if (c == QLatin1Char('"') && d == QLatin1Char('\\') && i + 1 < t.size()) {
                    const QChar e = t.at(i + 1);
                    i += 2;
                    if (e == QLatin1Char('n'))
                        out += QLatin1Char('\n');
                    else if (e == QLatin1Char('t'))
                        out += QLatin1Char('\t');
                    else if (e == QLatin1Char('u') && i + 4 <= t.size()) {
                        out += QChar(t.mid(i, 4).toUShort(nullptr, 16));
                        i += 4;
                    } else
                        out += e;
                    continue;
                }
                out += d;
                ++i;
            }
            fail(lineNumber, tr("unterminated quoted string"));
            return out;
        }
        // Plain scalar: up to the end, or to a flow delimiter inside a collection.
        const qsizetype start = i;
        while (i < t.size()) {
            const QChar d = t.at(i);
            if (inCollection && (d == QLatin1Char(',') || d == QLatin1Char('}') || d == QLatin1Char(']')))
                break;
            if (inCollection && d == QLatin1Char(':')
                && (i + 1 == t.size() || t.at(i + 1) == QLatin1Char(' ')))
                break;
            ++i;
        }
        const QString plain = t.mid(start, i - start).trimmed();
        if (plain == QLatin1String("null") || plain == QLatin1String("~") || plain.isEmpty())
            return {};
        return plain;
    }

    QList<Line> m_lines;
    qsizetype m_pos = 0;
    QString m_error;
    int m_depth = 0; // collections open around the one being read
};

// True when the line's value is a double-quoted scalar that the line does not close.
bool opensQuote(const QString &t)
{
    QString value = t;
    if (value.startsWith(QLatin1String("- ")))
        value = value.mid(2).trimmed();
    const qsizetype colon = value.indexOf(QLatin1String(": "));
    if (colon > 0 && !value.startsWith(QLatin1Char('"')))
        value = value.mid(colon + 2).trimmed();
    if (!value.startsWith(QLatin1Char('"')))
        return false;
    int quotes = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\'))
            ++i;
        else if (value.at(i) == QLatin1Char('"'))
            ++quotes;
    }
    return quotes % 2 == 1;
}

} // namespace

bool YamlSubsetReader::parse(const QByteArray &text, QVariantList *documents, QString *error)
{
    QList<QList<Line>> docs(1);
    const QStringList rawLines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    bool pendingQuote = false; // a double-quoted scalar continues on the next line
    for (int n = 0; n < rawLines.size(); ++n) {
        QString raw = rawLines.at(n);
        if (raw.endsWith(QLatin1Char('\r')))
            raw.chop(1);
        if (n == 0 && raw.startsWith(QChar(0xfeff)))
            raw.remove(0, 1);
        if (raw.contains(QLatin1Char('\t')) && raw.trimmed().size() && raw.at(0) == QLatin1Char('\t')) {
            if (error)
                *error = tr("line %1: tabs are not allowed for indentation in YAML").arg(n + 1);
            return false;
        }
        if (pendingQuote && !docs.last().isEmpty()) {
            docs.last().last().text += QLatin1Char(' ') + raw.trimmed();
            pendingQuote = opensQuote(docs.last().last().text);
            continue;
        }
        if (raw.startsWith(QLatin1String("---"))) {
            if (!docs.last().isEmpty())
                docs.append(QList<Line>());
            continue;
        }
        if (raw.startsWith(QLatin1String("...")))
            continue;
        if (raw.startsWith(QLatin1Char('%')))
            continue; // directives
        const QString content = stripComment(raw);
        if (content.trimmed().isEmpty())
            continue;
        int indent = 0;
        while (indent < content.size() && content.at(indent) == QLatin1Char(' '))
            ++indent;
        const QString t = content.mid(indent).trimmed();
        docs.last().append({ indent, t, n + 1 });
        pendingQuote = opensQuote(t);
    }
    for (const QList<Line> &lines : std::as_const(docs)) {
        if (lines.isEmpty())
            continue;
        Parser parser(lines);
        QVariant doc;
        QString why;
        if (!parser.parseDocument(&doc, &why)) {
            if (error)
                *error = why;
            return false;
        }
        documents->append(doc);
    }
    return true;
}

QVariant YamlSubsetReader::value(const QVariant &root, const QString &path)
{
    QVariant v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        if (v.typeId() != QMetaType::QVariantMap)
            return {};
        v = v.toMap().value(part);
    }
    return v;
}

} // namespace faultless::model
