#include "narrativecompareview.h"

#include "document/reviewdocument.h"
#include "eventselection.h"
#include "items/itemroles.h"
#include "items/narrativecomparemodel.h"
#include "items/narrativemodel.h"
#include "practice/disputemarkerdelegate.h"
#include "timeline/timelinecolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QToolTip>
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
            const bool omitted = index.column() >= NarrativeCompareModel::FirstNarrativeColumn
                && index.data().toString().isEmpty();
            // From the palette, so that a dark scheme keeps light text on a dark tint: a warm wash
            // of the warning colour for divergent rows, the alternate base for omitted cells, and
            // the placeholder colour, held at 4.5:1 on the fill, for "not mentioned".
            const QPalette &palette = option.palette;
            QColor tint = TimelineColors(palette).severity(model::Severity::Warning);
            tint.setAlpha(45);
            const QColor fill = omitted ? palette.color(QPalette::AlternateBase)
                                        : contrast::over(tint, palette.color(QPalette::Base));
            painter->fillRect(option.rect, fill);
            if (omitted) {
                painter->setPen(contrast::ensure(palette.color(QPalette::PlaceholderText), fill, 4.5));
                //: Shown in the comparison where a narrative does not mention an event
                painter->drawText(option.rect, Qt::AlignCenter,
                    QCoreApplication::translate("NarrativeCompareView", "not mentioned"));
                return;
            }
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

// Review practice (views/practice): a step marked uncertain or disputed gets the dispute marker in
// its narrative's cell, and an event with a contested annotation gets it in the event column, so
// contested ground stands out where the stories are compared. The time column shows the event's
// own mark (DisputeMarkerDelegate).
class ContestedDelegate : public DivergenceDelegate
{
public:
    ContestedDelegate(const NarrativeCompareModel &model, QObject *parent)
        : DivergenceDelegate(parent)
        , m_model(model)
    { }
    // The mark of a cell, and the line its tooltip adds.
    Disputes::State stateAt(const QModelIndex &index, QString *why = nullptr) const
    {
        const NarrativeCompare &c = m_model.comparison();
        if (index.row() < 0 || index.row() >= c.rows().size())
            return Disputes::State::None;
        const NarrativeCompare::Row &row = c.rows().at(index.row());
        if (index.column() == NarrativeCompareModel::EventColumn) {
            if (why && row.annotationCertainty != Disputes::State::None)
                *why = QCoreApplication::translate(
                    "NarrativeCompareView", "An annotation of this event is marked: %1")
                           .arg(Disputes::stateLabel(row.annotationCertainty));
            return row.annotationCertainty;
        }
        const int n = index.column() - NarrativeCompareModel::FirstNarrativeColumn;
        if (n < 0 || n >= c.narratives().size() || row.stepNumbers.value(n) == 0)
            return Disputes::State::None;
        const Disputes::State state = c.narratives().at(n).steps.at(row.stepNumbers.at(n) - 1).certainty;
        if (why && state != Disputes::State::None)
            *why = QCoreApplication::translate("NarrativeCompareView", "This step is marked: %1")
                       .arg(Disputes::stateLabel(state));
        return state;
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const Disputes::State state = stateAt(index);
        if (state == Disputes::State::None) {
            DivergenceDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem shifted = option;
        shifted.rect.adjust(10, 0, 0, 0);
        DivergenceDelegate::paint(painter, shifted, index);
        DisputeMarkerDelegate::paintMarker(painter, option.rect, state);
    }
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override
    {
        QString why;
        if (event->type() != QEvent::ToolTip || stateAt(index, &why) == Disputes::State::None)
            return DivergenceDelegate::helpEvent(event, view, option, index);
        const QString base = index.data(Qt::ToolTipRole).toString();
        QToolTip::showText(
            event->globalPos(), base.isEmpty() ? why : base + QStringLiteral("\n\n") + why, view);
        return true;
    }

private:
    const NarrativeCompareModel &m_model;
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

NarrativeCompareView::NarrativeCompareView(
    ReviewDocument &document, NarrativeModel &narratives, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_narratives(narratives)
    , m_model(new NarrativeCompareModel(document, this))
    , m_choices(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_summary(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("narrativeCompare"));
    m_choices->setFlow(QListView::LeftToRight);
    m_choices->setWrapping(true);
    m_choices->setMaximumHeight(m_choices->fontMetrics().height() * 2 + 12);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the summary; arrows move between cells
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ContestedDelegate(*m_model, m_table));
    // Disputed and uncertain events stand out (review practice, views/practice).
    m_table->setItemDelegateForColumn(NarrativeCompareModel::TimeColumn,
        new DisputeMarkerDelegate(
            document, model::Disputes::ItemType::Event, m_table, m_table->itemDelegate()));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultSectionSize(260);
    m_table->horizontalHeader()->setSectionResizeMode(
        NarrativeCompareModel::TimeColumn, QHeaderView::ResizeToContents);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTabChangesFocus(true); // read-only: Tab leaves it instead of walking its links
    // Fusion draws no focus frame around a text browser: a highlight-coloured border does.
    m_summary->setStyleSheet(QStringLiteral("QTextBrowser:focus { border: 2px solid palette(highlight); }"));
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    retranslateUi();

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_summary);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choices);
    layout->addWidget(m_legend);
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
        m_model->setNarratives(ids.isEmpty() ? QList<qint64> { -1 } : ids);
    });
    // Marking an item uncertain or disputed changes what stands out here.
    connect(&document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        if (area == ReviewDocument::Area::Disputes)
            m_model->refresh();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents();
        updateSummary();
    });
    connect(m_table, &QTableView::activated, this, [&selection](const QModelIndex &index) {
        selection.setCurrentEvent(index.data(EventIdRole).toLongLong());
    });
    fillChoices();
}

void NarrativeCompareView::retranslateUi()
{
    m_choices->setAccessibleName(tr("Narratives to compare"));
    m_table->setAccessibleName(tr("Narratives side by side"));
    m_summary->setAccessibleName(tr("Comparison summary"));
    //: Legend of the narrative comparison
    m_legend->setText(tr("Tinted rows: events not every narrative mentions. A bar at the left: uncertain "
                         "(one bar) or disputed (two bars) — the event, an annotation of it, or a step. "
                         "Narratives are compared, never ranked: none of them is marked as the right one."));
}

void NarrativeCompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_legend) {
        retranslateUi();
        updateSummary();
    }
    QWidget::changeEvent(event);
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
        auto *item = new QListWidgetItem(
            m_narratives.index(row, NarrativeModel::TitleColumn).data().toString(), m_choices);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(unticked.contains(id) ? Qt::Unchecked : Qt::Checked);
        if (!unticked.contains(id))
            ids.append(id);
    }
    m_filling = false;
    m_model->setNarratives(ids.isEmpty() ? QList<qint64> { -1 } : ids);
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
    html += QStringLiteral("<h3>") + tr("Mentioned by every narrative").toHtmlEscaped()
        + QStringLiteral("</h3>")
        + htmlList(eventTexts(c.sharedEvents()), tr("No event is cited by all of them."));
    html += QStringLiteral("<p><b>") + tr("Factors every narrative relies on:").toHtmlEscaped()
        + QStringLiteral("</b>") + htmlList(factorTitles(c.sharedFactors()), tr("none"))
        + QStringLiteral("</p>");
    for (int n = 0; n < c.narratives().size(); ++n) {
        const NarrativeCompare::Narrative &narrative = c.narratives().at(n);
        html += QStringLiteral("<h3>") + narrative.title.toHtmlEscaped();
        if (!narrative.vantagePoint.isEmpty())
            html += QStringLiteral(" <small>(") + narrative.vantagePoint.toHtmlEscaped()
                + QStringLiteral(")</small>");
        html += QStringLiteral("</h3>");
        html += QStringLiteral("<p><b>") + tr("Only this narrative mentions:").toHtmlEscaped()
            + QStringLiteral("</b>") + htmlList(eventTexts(c.onlyIn(n)), tr("nothing the others leave out"))
            + QStringLiteral("</p>");
        html += QStringLiteral("<p><b>") + tr("Leaves out (mentioned by another):").toHtmlEscaped()
            + QStringLiteral("</b>") + htmlList(eventTexts(c.omittedBy(n)), tr("nothing"))
            + QStringLiteral("</p>");
        html += QStringLiteral("<p><b>") + tr("Relies on factors:").toHtmlEscaped() + QStringLiteral("</b>")
            + htmlList(factorTitles(narrative.factors), tr("none (no cited event is evidence of a factor)"))
            + QStringLiteral("</p>");
        if (c.narratives().size() > 1 && !c.factorsOnlyIn(n).isEmpty())
            html += QStringLiteral("<p><b>") + tr("Only this narrative relies on:").toHtmlEscaped()
                + QStringLiteral("</b>") + htmlList(factorTitles(c.factorsOnlyIn(n)), QString())
                + QStringLiteral("</p>");
    }
    const QList<QPair<int, int>> contestedSteps = c.contestedSteps();
    const QList<qint64> contestedEvents = c.contestedEvents();
    if (!contestedSteps.isEmpty() || !contestedEvents.isEmpty()) {
        QStringList items;
        for (const auto &[n, s] : contestedSteps) {
            const NarrativeCompare::Step &step = c.narratives().at(n).steps.at(s);
            //: Narrative comparison: "<narrative>, step <n> (<Uncertain|Disputed>): <text>"
            items << tr("%1, step %2 (%3): %4")
                         .arg(c.narratives().at(n).title, QString::number(s + 1),
                             Disputes::stateLabel(step.certainty), step.text);
        }
        for (const NarrativeCompare::Row &row : c.rows()) {
            if (!contestedEvents.contains(row.eventId))
                continue;
            QStringList marks;
            if (row.eventCertainty != Disputes::State::None)
                marks << (row.eventCertainty == Disputes::State::Disputed ? tr("the event is disputed")
                                                                          : tr("the event is uncertain"));
            if (row.annotationCertainty != Disputes::State::None)
                marks << (row.annotationCertainty == Disputes::State::Disputed
                        ? tr("an annotation is disputed")
                        : tr("an annotation is uncertain"));
            //: Narrative comparison: "<event text> (<the event is disputed, an annotation is uncertain>)"
            items << tr("%1 (%2)").arg(row.text, marks.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("<h3>") + tr("Uncertain or disputed").toHtmlEscaped() + QStringLiteral("</h3>")
            + htmlList(items, QString());
    }
    if (!c.unusedFactors().isEmpty())
        html += QStringLiteral("<h3>") + tr("Factors no compared narrative relies on yet").toHtmlEscaped()
            + QStringLiteral("</h3>") + htmlList(factorTitles(c.unusedFactors()), QString());
    m_summary->setHtml(html);
}

} // namespace faultless::views
