#pragma once

#include "export/briefingwriter.h"

#include <QCoreApplication>

namespace faultless::model {

// The briefing as HTML, in two flavours:
//  - Standalone: one self-contained file (inline CSS, the chart as a PNG data: URI, a strict
//    Content-Security-Policy), readable on a phone (responsive CSS) and in print.
//  - RichText: the subset QTextDocument understands, for the PDF and the in-app preview; the
//    chart is the document resource ChartResource.
// Every text is HTML-escaped, with bidi overrides and invisible characters made visible first
// (VisibleText::forDocument); web addresses become links only when the user opted in.
class HtmlBriefing : public BriefingWriter
{
    Q_DECLARE_TR_FUNCTIONS(HtmlBriefing)
public:
    enum class Flavour { Standalone, RichText };
    static constexpr const char *ChartResource = "faultless-briefing-chart.png";
    // Where the PDF puts its table of contents (RichText only).
    static constexpr const char *ContentsMarker = "<!--faultless-contents-->";

    HtmlBriefing(Flavour flavour, bool activeLinks, const QString &language, const QString &chartMissingNote);

    void setChartWidth(int pixels) { m_chartWidth = pixels; }
    // The finished document.
    QString result() const;
    // The level-1 heading: the title of the document (redacted like every text of the briefing).
    QString title() const { return m_title; }
    // Level-2 headings in order: the PDF's table of contents.
    QStringList sections() const { return m_sections; }

    void heading(int level, const QString &text) override;
    void paragraph(const BriefingInline &text) override;
    void note(const BriefingInline &text) override;
    void list(const QList<BriefingItem> &items, bool ordered) override;
    void table(const QStringList &header, const QList<QList<BriefingInline>> &rows) override;
    void chart(const QImage &image, const QString &alt, const QString &caption) override;

    static QString escape(const QString &text, bool activeLinks = false);
    // The style sheet of the standalone file (resources/export/briefing.css).
    static QString standaloneCss();
    // The style sheet QTextDocument applies to the RichText flavour.
    static QString richTextCss();

private:
    QString render(const BriefingInline &text) const;

    Flavour m_flavour;
    bool m_activeLinks;
    QString m_language;
    QString m_chartMissingNote;
    QString m_title;
    QString m_body;
    QStringList m_sections;
    int m_chartWidth = 720;
    bool m_headerDone = false;
};

} // namespace faultless::model
