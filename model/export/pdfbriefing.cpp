#include "pdfbriefing.h"

#include "domain/visibletext.h"
#include "export/htmlbriefing.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
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

void setUp(QTextDocument &doc, QPaintDevice *device, const PdfBriefing::Input &input, const QString &html)
{
    doc.documentLayout()->setPaintDevice(device);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    // No ligatures: "fl" drawn as one glyph breaks search and copy in some PDF viewers.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setDefaultStyleSheet(HtmlBriefing::richTextCss());
    if (!input.chart.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QLatin1String(HtmlBriefing::ChartResource)), input.chart);
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
} // namespace

int PdfBriefing::textWidth(BriefingPageSize pageSize)
{
    return bodyRect(pageSize).width();
}

bool PdfBriefing::write(const Input &input, QIODevice *device, QString *error)
{
    QPdfWriter writer(device);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(pageSizeOf(input.pageSize), QPageLayout::Portrait, kMarginsMm, QPageLayout::Millimeter));
    // The title is drawn by the painter (footer) and stored as metadata, outside the HTML's escaping.
    const QString title = VisibleText::forDocument(input.title);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Faultless"));

    const QString marker = QString::fromLatin1(HtmlBriefing::ContentsMarker);
    QTextDocument doc;
    setUp(doc, &writer, input, input.html);
    if (doc.pageCount() >= input.contentsFromPages && !input.sections.isEmpty()) {
        // The contents shift what follows them: lay out with placeholder numbers, read the real
        // pages, then once more with those (the contents keep their size, so the numbers hold).
        QString html = input.html;
        html.replace(marker, contentsHtml(input, {}));
        setUp(doc, &writer, input, html);
        const QList<int> pages = sectionPages(doc);
        html = input.html;
        html.replace(marker, contentsHtml(input, pages));
        setUp(doc, &writer, input, html);
    }

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
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, input.pageFooter.arg(page + 1).arg(pages));
    }
    painter.end();
    return true;
}

} // namespace faultless::model
