#include "pdfbriefing.h"

#include "domain/visibletext.h"
#include "export/htmlbriefing.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace faultless::model {

namespace {
// 96 dpi: the HTML's pixel sizes (chart width) then mean what they mean on screen; text and
// lines are vectors in the PDF anyway, and the chart image keeps its full resolution.
constexpr int kResolution = 96;
const QMarginsF kMarginsMm(18, 16, 18, 14);
constexpr qreal kFooterHeight = 28;

QPageSize pageSizeOf(BriefingPageSize size)
{
    return QPageSize(size == BriefingPageSize::Letter ? QPageSize::Letter : QPageSize::A4);
}

QRect bodyRect(BriefingPageSize size)
{
    const QPageLayout layout(pageSizeOf(size), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter);
    return layout.paintRectPixels(kResolution);
}

void setUp(QTextDocument &doc, QPaintDevice *device, const PdfBriefing::Input &input, const QString &html,
    qreal pointSize)
{
    doc.documentLayout()->setPaintDevice(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    // No ligatures: "fl" drawn as one glyph breaks search and copy in some PDF viewers.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(HtmlBriefing::richTextCss());
    if (!input.chart.isNull())
        doc.addResource(
            QTextDocument::ImageResource, QUrl(QLatin1String(HtmlBriefing::ChartResource)), input.chart);
    const QRect body = bodyRect(input.pageSize);
    doc.setPageSize(QSizeF(body.width(), body.height() - kFooterHeight));
    doc.setHtml(html);
}

// Page (1-based) of each level-2 heading, in document order.
QList<int> sectionPages(QTextDocument &doc)
{
    QList<int> pages;
    const qreal pageHeight = doc.pageSize().height();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 2)
            pages << int(doc.documentLayout()->blockBoundingRect(b).top() / pageHeight) + 1;
    }
    return pages;
}

QString contentsHtml(const PdfBriefing::Input &input, const QList<int> &pages)
{
    QString html = QStringLiteral("<h3>") + input.contentsTitle.toHtmlEscaped()
        + QStringLiteral("</h3><table class=\"contents\" width=\"70%\" cellspacing=\"0\" cellpadding=\"2\">");
    for (qsizetype i = 0; i < input.sections.size(); ++i) {
        html += QStringLiteral("<tr><td>") + HtmlBriefing::escape(input.sections.at(i))
            + QStringLiteral("</td><td align=\"right\">") + QString::number(pages.value(i, 0))
            + QStringLiteral("</td></tr>");
    }
    return html + QStringLiteral("</table>");
}

qreal lastPageFill(QTextDocument &doc)
{
    const qreal pageHeight = doc.pageSize().height();
    const int pages = doc.pageCount();
    if (pages <= 0 || pageHeight <= 0)
        return 0;
    // The bottom of the last block, not the document's size, which may be whole pages.
    qreal bottom = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        bottom = std::max(bottom, doc.documentLayout()->blockBoundingRect(b).bottom());
    return std::clamp((bottom - (pages - 1) * pageHeight) / pageHeight, 0.0, 1.0);
}

// A heading is never the last thing on a page: one whose next block ends on the following page
// moves there too (QTextDocument has no keep-with-next of its own).
// Whether `heading`'s next block ends on a later page than the heading starts.
bool isStranded(QTextDocument &doc, const QTextBlock &heading)
{
    const qreal pageHeight = doc.pageSize().height();
    const QTextBlock next = heading.next();
    if (pageHeight <= 0 || heading.blockFormat().headingLevel() < 2 || !next.isValid())
        return false;
    const QRectF h = doc.documentLayout()->blockBoundingRect(heading);
    const QRectF n = doc.documentLayout()->blockBoundingRect(next);
    return int((n.bottom() - 1) / pageHeight) > int(h.top() / pageHeight);
}

int strandedHeadings(QTextDocument &doc)
{
    int stranded = 0;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        stranded += isStranded(doc, b);
    return stranded;
}

void keepHeadingsWithNext(QTextDocument &doc)
{
    bool moved = false;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (isStranded(doc, b)) {
            QTextBlockFormat format = b.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(b).setBlockFormat(format);
            // Lay out again from here, so that the next headings are judged where they now are.
            doc.markContentsDirty(b.position(), doc.characterCount() - b.position());
            moved = true;
        }
    }
    if (moved)
        doc.documentLayout()->documentSize(); // finishes the layout before pages are counted
}

// The briefing laid out at `pointSize`, with a table of contents when it is long enough (the
// contents shift what follows them: laid out with placeholder numbers first, then with the
// real pages; the contents keep their size, so the numbers hold).
void layOut(QTextDocument &doc, QPaintDevice *device, const PdfBriefing::Input &input, qreal pointSize)
{
    const QString marker = QString::fromLatin1(HtmlBriefing::ContentsMarker);
    setUp(doc, device, input, input.html, pointSize);
    keepHeadingsWithNext(doc);
    if (doc.pageCount() < input.contentsFromPages || input.sections.isEmpty())
        return;
    QString html = input.html;
    html.replace(marker, contentsHtml(input, {}));
    setUp(doc, device, input, html, pointSize);
    keepHeadingsWithNext(doc);
    const QList<int> pages = sectionPages(doc);
    html = input.html;
    html.replace(marker, contentsHtml(input, pages));
    setUp(doc, device, input, html, pointSize);
    keepHeadingsWithNext(doc);
}

// Lays the briefing out at the regular size, or a little smaller when that saves a last page
// that would hold only a few lines.
PdfBriefing::Layout layOutTight(QTextDocument &doc, QPaintDevice *device, const PdfBriefing::Input &input)
{
    layOut(doc, device, input, PdfBriefing::PointSize);
    const int regularPages = doc.pageCount();
    if (input.saveNearlyEmptyPage && regularPages > 1 && lastPageFill(doc) < PdfBriefing::NearlyEmptyPage) {
        for (qreal size = PdfBriefing::PointSize - 0.5; size >= PdfBriefing::MinPointSize; size -= 0.5) {
            layOut(doc, device, input, size);
            if (doc.pageCount() < regularPages)
                return { doc.pageCount(), size, lastPageFill(doc), strandedHeadings(doc) };
        }
        layOut(doc, device, input, PdfBriefing::PointSize);
    }
    return { doc.pageCount(), PdfBriefing::PointSize, lastPageFill(doc), strandedHeadings(doc) };
}
} // namespace

PdfBriefing::Layout PdfBriefing::layout(const Input &input)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(
        QPageLayout(pageSizeOf(input.pageSize), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    QTextDocument doc;
    return layOutTight(doc, &writer, input);
}

int PdfBriefing::textWidth(BriefingPageSize pageSize)
{
    return bodyRect(pageSize).width();
}

bool PdfBriefing::write(const Input &input, QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageLayout(
        QPageLayout(pageSizeOf(input.pageSize), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    // The title is drawn by the painter (footer) and stored as metadata, outside the HTML's escaping.
    const QString title = VisibleText::forDocument(input.title);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Faultless"));

    QTextDocument doc;
    layOutTight(doc, &writer, input);

    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write the PDF: %1").arg(device->errorString());
        return false;
    }
    const QRect body = bodyRect(input.pageSize);
    const qreal pageHeight = doc.pageSize().height();
    const int pages = doc.pageCount();
    QFont footerFont(QStringLiteral("DejaVu Sans"));
    footerFont.setPointSizeF(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * pageHeight, body.width(), pageHeight);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x5a, 0x66, 0x70));
        const QRectF footer(0, body.height() - kFooterHeight + 10, body.width(), kFooterHeight - 10);
        painter.drawLine(QPointF(0, footer.top() - 2), QPointF(body.width(), footer.top() - 2));
        const QString shown = painter.fontMetrics().elidedText(title, Qt::ElideRight, body.width() * 2 / 3);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, shown);
        painter.drawText(
            footer, Qt::AlignRight | Qt::AlignVCenter, input.pageFooter.arg(page + 1).arg(pages));
    }
    painter.end();
    return true;
}

} // namespace faultless::model
