#include "narrativecompareview.h"

#include "eventselection.h"
#include "items/itemroles.h"
#include "items/narrativecomparemodel.h"
#include "items/narrativemodel.h"
#include "practice/disputemarkerdelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace faultless::views {

using namespace faultless::model;

namespace {

// Tints rows that not every narrative cites (where the stories diverge) and marks the empty
// cells of the narratives that leave the event out.
class DivergenceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int narratives = index.model()->columnCount() - NarrativeCompareModel::FirstNarrativeColumn;
        const int citedBy = index.data(CitedByRole).toInt();
        if (citedBy < narratives) {
            const bool omitted = index.column() >= NarrativeCompareModel::FirstNarrativeColumn && index.data().toString().isEmpty();
            painter->fillRect(option.rect, omitted ? QColor(0xee, 0xee, 0xee) : QColor(0xff, 0xf3, 0xd6));
            if (omitted) {
                painter->setPen(QColor(0x99, 0x99, 0x99));
                //: Shown in the comparison where a narrative does not mention an event
                painter->drawText(option.rect, Qt::AlignCenter, QCoreApplication::translate("NarrativeCompareView", "not mentioned"));
                return;
            }
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

QString htmlList(const QStringList &items, const QString &empty)
{
    if (items.isEmpty())
        return QStringLiteral("<i>") + empty.toHtmlEscaped() + QStringLiteral("</i>");
    QString html = QStringLiteral("<ul style='margin-top:0'>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

} // namespace

NarrativeCompareView::NarrativeCompareView(ReviewDocument &document, NarrativeModel &narratives, EventSelection &selection,
                                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_narratives(narratives)
    , m_model(new NarrativeCompareModel(document, this))
    , m_choices(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_summary(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("narrativeCompare"));
    m_choices->setAccessibleName(tr("Narratives to compare"));
    m_choices->setFlow(QListView::LeftToRight);
    m_choices->setWrapping(true);
    m_choices->setMaximumHeight(m_choices->fontMetrics().height() * 2 + 12);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Narratives side by side"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DivergenceDelegate(m_table));
    // Disputed and uncertain events stand out (review practice, views/practice).
    m_table->setItemDelegateForColumn(NarrativeCompareModel::TimeColumn,
                                      new DisputeMarkerDelegate(document, model::Disputes::ItemType::Event, m_table,
                                                                m_table->itemDelegate()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(260);
    m_table->horizontalHeader()->setSectionResizeMode(NarrativeCompareModel::TimeColumn, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setAccessibleName(tr("Comparison summary"));
    //: Legend of the narrative comparison
    auto *legend = new QLabel(tr("Tinted rows: events not every narrative mentions. Narratives are compared, never "
                                 "ranked: none of them is marked as the right one."),
                              this);
    legend->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_summary);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choices);
    layout->addWidget(legend);
    layout->addWidget(split, 1);

    connect(&narratives, &QAbstractItemModel::modelReset, this, &NarrativeCompareView::fillChoices);
    connect(m_choices, &QListWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        QList<qint64> ids;
        for (int i = 0; i < m_choices->count(); ++i) {
            if (m_choices->item(i)->checkState() == Qt::Checked)
                ids.append(m_choices->item(i)->data(Qt::UserRole).toLongLong());
        }
        // Nothing ticked compares nothing, not everything.
        m_model->setNarratives(ids.isEmpty() ? QList<qint64> {-1} : ids);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents();
        updateSummary();
    });
    connect(m_table, &QTableView::activated, this,
            [&selection](const QModelIndex &index) { selection.setCurrentEvent(index.data(EventIdRole).toLongLong()); });
    fillChoices();
}

void NarrativeCompareView::refresh()
{
    m_model->refresh();
}

void NarrativeCompareView::fillChoices()
{
    QList<qint64> unticked;
    for (int i = 0; i < m_choices->count(); ++i) {
        if (m_choices->item(i)->checkState() != Qt::Checked)
            unticked.append(m_choices->item(i)->data(Qt::UserRole).toLongLong());
    }
    m_filling = true;
    m_choices->clear();
    QList<qint64> ids;
    for (int row = 0; row < m_narratives.rowCount(); ++row) {
        const qint64 id = m_narratives.idAt(row);
        auto *item = new QListWidgetItem(m_narratives.index(row, NarrativeModel::TitleColumn).data().toString(), m_choices);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(unticked.contains(id) ? Qt::Unchecked : Qt::Checked);
        if (!unticked.contains(id))
            ids.append(id);
    }
    m_filling = false;
    m_model->setNarratives(ids.isEmpty() ? QList<qint64> {-1} : ids);
}

QString NarrativeCompareView::summaryText() const
{
    return m_summary->toPlainText();
}

void NarrativeCompareView::updateSummary()
{
    const NarrativeCompare &c = m_model->comparison();
    auto eventTexts = [&c](const QList<qint64> &ids) {
        QStringList texts;
        for (const NarrativeCompare::Row &row : c.rows()) {
            if (ids.contains(row.eventId))
                texts.append(row.text);
        }
        return texts;
    };
    auto factorTitles = [&c](const QList<qint64> &ids) {
        QStringList titles;
        for (qint64 id : ids)
            titles.append(c.factorTitle(id));
        return titles;
    };
    if (c.narratives().isEmpty()) {
        m_summary->setHtml(tr("<p>Tick two or more narratives above to compare them.</p>"));
        return;
    }
    QString html;
    html += QStringLiteral("<h3>") + tr("Mentioned by every narrative").toHtmlEscaped() + QStringLiteral("</h3>")
        + htmlList(eventTexts(c.sharedEvents()), tr("No event is cited by all of them."));
    html += QStringLiteral("<p><b>") + tr("Factors every narrative relies on:").toHtmlEscaped() + QStringLiteral("</b>")
        + htmlList(factorTitles(c.sharedFactors()), tr("none")) + QStringLiteral("</p>");
    for (int n = 0; n < c.narratives().size(); ++n) {
        const NarrativeCompare::Narrative &narrative = c.narratives().at(n);
        html += QStringLiteral("<h3>") + narrative.title.toHtmlEscaped();
        if (!narrative.vantagePoint.isEmpty())
            html += QStringLiteral(" <small>(") + narrative.vantagePoint.toHtmlEscaped() + QStringLiteral(")</small>");
        html += QStringLiteral("</h3>");
        html += QStringLiteral("<p><b>") + tr("Only this narrative mentions:").toHtmlEscaped() + QStringLiteral("</b>")
            + htmlList(eventTexts(c.onlyIn(n)), tr("nothing the others leave out")) + QStringLiteral("</p>");
        html += QStringLiteral("<p><b>") + tr("Leaves out (mentioned by another):").toHtmlEscaped() + QStringLiteral("</b>")
            + htmlList(eventTexts(c.omittedBy(n)), tr("nothing")) + QStringLiteral("</p>");
        html += QStringLiteral("<p><b>") + tr("Relies on factors:").toHtmlEscaped() + QStringLiteral("</b>")
            + htmlList(factorTitles(narrative.factors), tr("none (no cited event is evidence of a factor)"))
            + QStringLiteral("</p>");
        if (c.narratives().size() > 1 && !c.factorsOnlyIn(n).isEmpty())
            html += QStringLiteral("<p><b>") + tr("Only this narrative relies on:").toHtmlEscaped() + QStringLiteral("</b>")
                + htmlList(factorTitles(c.factorsOnlyIn(n)), QString()) + QStringLiteral("</p>");
    }
    if (!c.unusedFactors().isEmpty())
        html += QStringLiteral("<h3>") + tr("Factors no compared narrative relies on yet").toHtmlEscaped()
            + QStringLiteral("</h3>") + htmlList(factorTitles(c.unusedFactors()), QString());
    m_summary->setHtml(html);
}

} // namespace faultless::views
