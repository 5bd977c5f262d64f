#include "htmlbriefing.h"

#include "domain/visibletext.h"
#include "export/briefingchart.h"

#include <QFile>
#include <QRegularExpression>

namespace faultless::model {

namespace {
const QRegularExpression &urlPattern()
{
    static const QRegularExpression re(
        QStringLiteral("\\bhttps?://[^\\s<>\"'`]+"), QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

HtmlBriefing::HtmlBriefing(
    Flavour flavour, bool activeLinks, const QString &language, const QString &chartMissingNote)
    : m_flavour(flavour)
    , m_activeLinks(activeLinks)
    , m_language(language.isEmpty() ? QStringLiteral("en") : language)
    , m_chartMissingNote(chartMissingNote)
{ }

QString HtmlBriefing::escape(const QString &input, bool activeLinks)
{
    // A bidi override or a zero-width character would let quoted text show something else than
    // it says (reversed words, a hidden split): the reader sees it as an escape instead.
    const QString text = VisibleText::forDocument(input);
    if (!activeLinks)
        return text.toHtmlEscaped();
    QString out;
    qsizetype last = 0;
    auto it = urlPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString url = m.captured().toHtmlEscaped();
        out += QStringLiteral("<a href=\"") + url + QStringLiteral("\" rel=\"noopener noreferrer nofollow\">")
            + url + QStringLiteral("</a>");
        last = m.capturedEnd();
    }
    out += text.mid(last).toHtmlEscaped();
    return out;
}

QString HtmlBriefing::standaloneCss()
{
    QFile file(QStringLiteral(":/export/briefing.css"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    return QString();
}

QString HtmlBriefing::richTextCss()
{
    return QStringLiteral(
        "h1 { font-size: 20pt; font-weight: 600; color: #1d2a36; margin-bottom: 4px; }"
        "h2 { font-size: 14pt; font-weight: 600; color: #1d2a36; margin-top: 18px; margin-bottom: 6px; }"
        "h3 { font-size: 11.5pt; font-weight: 600; color: #33414e; margin-top: 10px; margin-bottom: 4px; }"
        "p { margin-top: 3px; margin-bottom: 6px; }"
        "li { margin-bottom: 3px; }"
        ".note { color: #5a6670; font-size: 9pt; }"
        ".muted { color: #5a6670; }"
        ".badge { color: #2f5d7c; font-size: 8.5pt; background-color: #e6eff6; }"
        ".warn { color: #8a3b12; font-size: 8.5pt; font-weight: 600; background-color: #fbe9dc; }"
        ".caption { color: #5a6670; font-size: 8.5pt; }"
        ".details { color: #33414e; font-size: 9.5pt; }"
        "th { background-color: #eef2f5; text-align: left; font-weight: 600; }"
        ".contents { font-size: 10pt; }");
}

QString HtmlBriefing::render(const BriefingInline &text) const
{
    QString out;
    for (const BriefingSpan &s : text) {
        if (s.text.isEmpty())
            continue;
        const QString body = escape(s.text, m_activeLinks);
        switch (s.style) {
        case BriefingSpan::Plain:
            out += body;
            break;
        case BriefingSpan::Strong:
            out += QStringLiteral("<strong>") + body + QStringLiteral("</strong>");
            break;
        case BriefingSpan::Emphasis:
            out += QStringLiteral("<em>") + body + QStringLiteral("</em>");
            break;
        case BriefingSpan::Muted:
            out += QStringLiteral("<span class=\"muted\">") + body + QStringLiteral("</span>");
            break;
        case BriefingSpan::Badge:
            out += QStringLiteral(" <span class=\"badge\">&nbsp;") + body + QStringLiteral("&nbsp;</span> ");
            break;
        case BriefingSpan::Warning:
            out += QStringLiteral(" <span class=\"badge warn\">&nbsp;") + body
                + QStringLiteral("&nbsp;</span> ");
            break;
        }
    }
    return out;
}

void HtmlBriefing::heading(int level, const QString &text)
{
    level = std::clamp(level, 1, 3);
    if (level == 1 && m_title.isEmpty())
        m_title = text;
    QString id;
    if (level == 2) {
        m_sections << text;
        id = QStringLiteral(" id=\"s%1\"").arg(m_sections.size());
    }
    m_body += QStringLiteral("<h%1%2>").arg(level).arg(id) + escape(text)
        + QStringLiteral("</h%1>\n").arg(level);
}

void HtmlBriefing::paragraph(const BriefingInline &text)
{
    m_body += QStringLiteral("<p>") + render(text) + QStringLiteral("</p>\n");
    // The table of contents goes right after the header line under the title.
    if (!m_headerDone && m_flavour == Flavour::RichText) {
        m_body += QString::fromLatin1(ContentsMarker);
        m_headerDone = true;
    }
}

void HtmlBriefing::note(const BriefingInline &text)
{
    m_body += QStringLiteral("<p class=\"note\">") + render(text) + QStringLiteral("</p>\n");
}

void HtmlBriefing::list(const QList<BriefingItem> &items, bool ordered)
{
    const QString tag = ordered ? QStringLiteral("ol") : QStringLiteral("ul");
    m_body += QLatin1Char('<') + tag + QStringLiteral(">\n");
    for (const BriefingItem &item : items) {
        m_body += QStringLiteral("<li>") + render(item.text);
        if (!item.details.isEmpty()) {
            m_body += QStringLiteral("<ul class=\"details\">");
            for (const BriefingInline &d : item.details)
                m_body += QStringLiteral("<li>") + render(d) + QStringLiteral("</li>");
            m_body += QStringLiteral("</ul>");
        }
        m_body += QStringLiteral("</li>\n");
    }
    m_body += QStringLiteral("</") + tag + QStringLiteral(">\n");
}

void HtmlBriefing::table(const QStringList &header, const QList<QList<BriefingInline>> &rows)
{
    if (m_flavour == Flavour::Standalone)
        m_body += QStringLiteral("<div class=\"table\"><table>\n<thead><tr>");
    else
        m_body += QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\">\n<thead><tr>");
    for (const QString &h : header)
        m_body += QStringLiteral("<th>") + escape(h) + QStringLiteral("</th>");
    m_body += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const auto &row : rows) {
        m_body += QStringLiteral("<tr>");
        for (const BriefingInline &cell : row)
            m_body += QStringLiteral("<td>") + render(cell) + QStringLiteral("</td>");
        m_body += QStringLiteral("</tr>\n");
    }
    m_body += QStringLiteral("</tbody></table>");
    if (m_flavour == Flavour::Standalone)
        m_body += QStringLiteral("</div>");
    m_body += QLatin1Char('\n');
}

void HtmlBriefing::chart(const QImage &image, const QString &alt, const QString &caption)
{
    if (image.isNull()) {
        m_body
            += QStringLiteral("<p class=\"note\">") + escape(m_chartMissingNote) + QStringLiteral("</p>\n");
        return;
    }
    const QSize logical = (QSizeF(image.size()) / image.devicePixelRatio()).toSize();
    const int width = std::min(m_chartWidth, logical.width());
    const int height = logical.width() > 0 ? logical.height() * width / logical.width() : logical.height();
    if (m_flavour == Flavour::Standalone) {
        m_body += QStringLiteral("<figure><img src=\"data:image/png;base64,")
            + QString::fromLatin1(BriefingChart::toPng(image).toBase64()) + QStringLiteral("\" alt=\"")
            + escape(alt)
            + QStringLiteral("\" width=\"%1\" height=\"%2\"><figcaption>").arg(width).arg(height)
            + escape(caption) + QStringLiteral("</figcaption></figure>\n");
    } else {
        m_body += QStringLiteral("<p><img src=\"%1\" alt=\"").arg(QLatin1String(ChartResource)) + escape(alt)
            + QStringLiteral("\" width=\"%1\" height=\"%2\"></p>\n").arg(width).arg(height)
            + QStringLiteral("<p class=\"caption\">") + escape(caption) + QStringLiteral("</p>\n");
    }
}

QString HtmlBriefing::result() const
{
    if (m_flavour == Flavour::RichText)
        return QStringLiteral("<html><body>\n") + m_body + QStringLiteral("</body></html>\n");
    // default-src 'none': even if some text escaped its escaping, nothing in this file can run or
    // fetch anything; only inline styles and the embedded chart are allowed.
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + escape(m_language)
        + QStringLiteral(
            "\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:;"
            " style-src 'unsafe-inline'\">\n"
            "<meta name=\"referrer\" content=\"no-referrer\">\n"
            "<meta name=\"generator\" content=\"Faultless\">\n<title>")
        + escape(m_title) + QStringLiteral("</title>\n<style>\n") + standaloneCss()
        + QStringLiteral("</style>\n</head>\n<body>\n<main>\n") + m_body
        + QStringLiteral("</main>\n</body>\n</html>\n");
}

} // namespace faultless::model
