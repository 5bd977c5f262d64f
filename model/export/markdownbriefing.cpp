#include "markdownbriefing.h"

#include "domain/visibletext.h"

#include <QRegularExpression>

namespace faultless::model {

namespace {
const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:https?|ftp)://[^\\s<>\"'`|]+|\\bwww\\.[^\\s<>\"'`|]+"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString escapePlain(QStringView text)
{
    // Everything CommonMark or GFM could read as markup, HTML, an entity or a link.
    static const QString special = QStringLiteral("\\`*_[]<>#|~&!{}");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')) {
            out += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A block must not start with what makes it a list, quote, heading or rule.
QString guardBlockStart(QString line)
{
    static const QRegularExpression start(QStringLiteral("^(\\s*)([-+=>]|\\d+[.)])"));
    const auto m = start.match(line);
    if (m.hasMatch()) {
        const qsizetype at = m.capturedEnd(1) + m.capturedLength(2) - 1;
        line.insert(at, QLatin1Char('\\'));
    }
    return line;
}
} // namespace

MarkdownBriefing::MarkdownBriefing(
    bool activeLinks, const QString &chartFile, const QString &chartMissingNote)
    : m_activeLinks(activeLinks)
    , m_chartFile(chartFile)
    , m_chartMissingNote(chartMissingNote)
{ }

QString MarkdownBriefing::escape(const QString &input, bool activeLinks)
{
    // Bidi overrides and zero-width characters become visible escapes, as in HtmlBriefing::escape.
    const QString text = VisibleText::forDocument(input);
    QString out;
    qsizetype last = 0;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += escapePlain(QStringView(text).mid(last, m.capturedStart() - last));
        // Inert: a code span is never turned into a link. Active: an explicit autolink.
        if (activeLinks && m.captured().startsWith(QLatin1String("http"), Qt::CaseInsensitive))
            out += QLatin1Char('<') + m.captured() + QLatin1Char('>');
        else
            out += QLatin1Char('`') + m.captured() + QLatin1Char('`');
        last = m.capturedEnd();
    }
    out += escapePlain(QStringView(text).mid(last));
    return out;
}

QString MarkdownBriefing::render(const BriefingInline &text) const
{
    QString out;
    for (const BriefingSpan &s : text) {
        if (s.text.isEmpty())
            continue;
        // Emphasis markers must hug the text: keep surrounding spaces outside them.
        const QString trimmed = s.text.trimmed();
        const qsizetype lead = s.text.indexOf(trimmed);
        const QString before = s.text.left(lead).isEmpty() ? QString() : QStringLiteral(" ");
        const QString after = s.text.size() > lead + trimmed.size() ? QStringLiteral(" ") : QString();
        const QString body = escape(trimmed, m_activeLinks);
        switch (s.style) {
        case BriefingSpan::Plain:
        case BriefingSpan::Muted:
            out += escape(s.text, m_activeLinks);
            break;
        case BriefingSpan::Strong:
            out += before + QStringLiteral("**") + body + QStringLiteral("**") + after;
            break;
        case BriefingSpan::Emphasis:
            out += before + QLatin1Char('*') + body + QLatin1Char('*') + after;
            break;
        case BriefingSpan::Badge:
            out += QStringLiteral(" _\\[") + body + QStringLiteral("\\]_ ");
            break;
        case BriefingSpan::Warning:
            out += QStringLiteral(" **\\[") + body + QStringLiteral("\\]** ");
            break;
        }
    }
    // Badges add spaces at both ends; collapse doubles so the source stays tidy.
    out.replace(QStringLiteral("  "), QStringLiteral(" "));
    return out.trimmed();
}

void MarkdownBriefing::heading(int level, const QString &text)
{
    m_out += QString(std::clamp(level, 1, 6), QLatin1Char('#')) + QLatin1Char(' ') + escape(text, false)
        + QStringLiteral("\n\n");
}

void MarkdownBriefing::paragraph(const BriefingInline &text)
{
    m_out += guardBlockStart(render(text)) + QStringLiteral("\n\n");
}

void MarkdownBriefing::note(const BriefingInline &text)
{
    m_out += QStringLiteral("> ") + guardBlockStart(render(text)) + QStringLiteral("\n\n");
}

void MarkdownBriefing::list(const QList<BriefingItem> &items, bool ordered)
{
    int n = 0;
    for (const BriefingItem &item : items) {
        const QString marker = ordered ? QString::number(++n) + QStringLiteral(". ") : QStringLiteral("- ");
        m_out += marker + guardBlockStart(render(item.text)) + QLatin1Char('\n');
        for (const BriefingInline &d : item.details)
            m_out += QStringLiteral("    - ") + guardBlockStart(render(d)) + QLatin1Char('\n');
    }
    m_out += QLatin1Char('\n');
}

void MarkdownBriefing::table(const QStringList &header, const QList<QList<BriefingInline>> &rows)
{
    QStringList cells;
    for (const QString &h : header)
        cells << escape(h, false);
    m_out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
    for (qsizetype i = 0; i < header.size(); ++i)
        m_out += QStringLiteral(" --- |");
    m_out += QLatin1Char('\n');
    for (const auto &row : rows) {
        cells.clear();
        for (const BriefingInline &cell : row)
            cells << render(cell);
        m_out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    m_out += QLatin1Char('\n');
}

void MarkdownBriefing::chart(const QImage &image, const QString &alt, const QString &caption)
{
    if (image.isNull() || m_chartFile.isEmpty()) {
        m_out += QStringLiteral("> ") + escape(m_chartMissingNote, false) + QStringLiteral("\n\n");
        return;
    }
    // The file name is ours (derived from the output name); escape what Markdown link syntax needs.
    QString target = m_chartFile;
    target.replace(QLatin1Char(' '), QStringLiteral("%20")).replace(QLatin1Char(')'), QStringLiteral("%29"));
    m_out += QStringLiteral("![") + escape(alt, false) + QStringLiteral("](") + target
        + QStringLiteral(")\n\n");
    m_out += QLatin1Char('*') + escape(caption, false) + QStringLiteral("*\n\n");
}

} // namespace faultless::model
