#pragma once

#include "export/briefingoptions.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QString>

#include <functional>

namespace faultless::model {

// The briefing as a PDF through Qt (QPdfWriter + QTextDocument): A4 or Letter, page numbers in a
// footer, a table of contents with page numbers for long briefings, fonts embedded (QPdfWriter
// embeds TrueType subsets). The content is the RichText flavour of HtmlBriefing.
class PdfBriefing
{
    Q_DECLARE_TR_FUNCTIONS(PdfBriefing)
public:
    struct Input
    {
        QString title;
        QString html; // RichText HTML with HtmlBriefing::ContentsMarker in it
        QStringList sections; // the level-2 headings, in order
        QImage chart; // the resource HtmlBriefing::ChartResource
        QString contentsTitle; // "Contents", translated
        QString pageFooter; // "Page %1 of %2", translated
        BriefingPageSize pageSize = BriefingPageSize::A4;
        int contentsFromPages = 4; // a table of contents once the briefing is this long
        bool saveNearlyEmptyPage = true; // see layout()
    };

    // The width in pixels the chart should have on the page.
    static int textWidth(BriefingPageSize pageSize);
    static bool write(const Input &input, QIODevice *device, QString *error);

    // How the briefing falls onto pages: the text size chosen and how full the last page is
    // (0..1). A last page holding a few lines is a wasted sheet: the text is then set a little
    // smaller (down to MinPointSize) when that saves the page.
    struct Layout
    {
        int pages = 0;
        qreal pointSize = 0;
        qreal lastPageFill = 0;
        int strandedHeadings = 0; // headings left at the foot of a page, their text on the next
    };
    static constexpr qreal PointSize = 10;
    static constexpr qreal MinPointSize = 9;
    static constexpr qreal NearlyEmptyPage = 0.2; // a last page less full than this is worth saving
    static Layout layout(const Input &input);
};

} // namespace faultless::model
