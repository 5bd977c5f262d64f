#include "narrativecompareview.h"

#include "document/reviewdocument.h"
#include "domain/timestamps.h"
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
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace faultless::views {

using namespace faultless::model;

namespace {

// Tints rows that not every narrative cites (where the stories diverge), marks the empty cells of
// the narratives that leave the event out, and outlines steps that cite no event.
class DivergenceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int narratives = index.model()->columnCount() - NarrativeCompareModel::FirstNarrativeColumn;
        const int citedBy = index.data(CitedByRole).toInt();
        // From the palette, so that a dark scheme keeps light text on a dark tint: a warm wash of
        // the warning colour for divergent rows, the alternate base for omitted cells, and the
        // placeholder colour, held at 4.5:1 on the fill, for "not mentioned". A step without
        // evidence keeps the base colour inside a dashed frame of the warning colour.
        const QPalette &palette = option.palette;
        const QColor warning = TimelineColors(palette).severity(model::Severity::Warning);
        if (index.data(WithoutEvidenceRole).toBool()) {
            painter->fillRect(option.rect, palette.color(QPalette::Base));
            painter->save();
            painter->setPen(QPen(warning, 2, Qt::DashLine));
            painter->drawRect(option.rect.adjusted(2, 2, -3, -3));
            painter->restore();
            QStyleOptionViewItem inset = option;
            inset.rect.adjust(4, 2, -4, -2);
            inset.font.setItalic(true);
            QStyledItemDelegate::paint(painter, inset, index);
            return;
        }
        if (citedBy >= 0 && citedBy < narratives) {
            QColor tint = warning;
            tint.setAlpha(45);
            const bool omitted = index.column() >= NarrativeCompareModel::FirstNarrativeColumn
                && index.data().toString().isEmpty();
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
    // A step without evidence is drawn in italics inside its frame: its line is that much taller.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (!index.data(WithoutEvidenceRole).toBool())
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem inset = option;
        inset.rect.adjust(4, 2, -4, -2);
        inset.font.setItalic(true);
        return QStyledItemDelegate::sizeHint(inset, index) + QSize(8, 8);
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
        if (index.column() == NarrativeCompareModel::EventColumn) {
            const NarrativeCompare::Row *row = m_model.eventRow(index.row());
            if (!row)
                return Disputes::State::None;
            if (why && row->annotationCertainty != Disputes::State::None)
                *why = QCoreApplication::translate(
                    "NarrativeCompareView", "An annotation of this event is marked: %1")
                           .arg(Disputes::stateLabel(row->annotationCertainty));
            return row->annotationCertainty;
        }
        const NarrativeCompare::Step *step = m_model.step(index);
        if (!step)
            return Disputes::State::None;
        if (why && step->certainty != Disputes::State::None)
            *why = QCoreApplication::translate("NarrativeCompareView", "This step is marked: %1")
                       .arg(Disputes::stateLabel(step->certainty));
        return step->certainty;
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

// The steps and cited events someone marked uncertain or disputed, as a summary section.
QString contestedHtml(const NarrativeCompare &c)
{
    QString html;
    const QList<QPair<int, int>> contestedSteps = c.contestedSteps();
    const QList<qint64> contestedEvents = c.contestedEvents();
    if (!contestedSteps.isEmpty() || !contestedEvents.isEmpty()) {
        QStringList items;
        for (const auto &[n, s] : contestedSteps) {
            const NarrativeCompare::Step &step = c.narratives().at(n).steps.at(s);
            //: Narrative comparison: "<narrative>, step <n> (<Uncertain|Disputed>): <text>"
            items << NarrativeCompareView::tr("%1, step %2 (%3): %4")
                         .arg(c.narratives().at(n).title, QString::number(s + 1),
                             Disputes::stateLabel(step.certainty), step.text);
        }
        for (const NarrativeCompare::Row &row : c.rows()) {
            if (!contestedEvents.contains(row.eventId))
                continue;
            QStringList marks;
            if (row.eventCertainty != Disputes::State::None)
                marks << (row.eventCertainty == Disputes::State::Disputed
                        ? NarrativeCompareView::tr("the event is disputed")
                        : NarrativeCompareView::tr("the event is uncertain"));
            if (row.annotationCertainty != Disputes::State::None)
                marks << (row.annotationCertainty == Disputes::State::Disputed
                        ? NarrativeCompareView::tr("an annotation is disputed")
                        : NarrativeCompareView::tr("an annotation is uncertain"));
            //: Narrative comparison: "<event text> (<the event is disputed, an annotation is uncertain>)"
            items << NarrativeCompareView::tr("%1 (%2)").arg(row.text, marks.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("<h3>") + NarrativeCompareView::tr("Uncertain or disputed").toHtmlEscaped()
            + QStringLiteral("</h3>") + htmlList(items, QString());
    }
    return html;
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
    , m_divergences(new QListWidget(this))
    , m_summary(new QTextBrowser(this))
    , m_rowHeights(new QTimer(this))
{
    setObjectName(QStringLiteral("narrativeCompare"));
    m_choices->setObjectName(QStringLiteral("compareChoices"));
    m_choices->setFlow(QListView::LeftToRight);
    m_choices->setWrapping(true);
    m_choices->setMaximumHeight(m_choices->fontMetrics().height() * 2 + 12);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setTabKeyNavigation(false); // Tab moves on to the divergences; arrows move between cells
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ContestedDelegate(*m_model, m_table));
    // Disputed and uncertain events stand out (review practice, views/practice).
    m_table->setItemDelegateForColumn(NarrativeCompareModel::TimeColumn,
        new DisputeMarkerDelegate(
            document, model::Disputes::ItemType::Event, m_table, m_table->itemDelegate()));
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // The event and the narratives share the width the window has: more columns, or a wider
    // screen, and each narrative still gets its part.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(120);
    m_table->horizontalHeader()->setSectionResizeMode(
        NarrativeCompareModel::TimeColumn, QHeaderView::ResizeToContents);
    m_divergences->setObjectName(QStringLiteral("compareDivergences"));
    m_divergences->setWordWrap(true);
    m_divergences->setTextElideMode(Qt::ElideNone);
    m_divergences->setAlternatingRowColors(true); // long entries stay apart
    m_divergences->setSpacing(1);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTabChangesFocus(true); // read-only: Tab leaves it instead of walking its links
    // Fusion draws no focus frame around a text browser: a highlight-coloured border does.
    m_summary->setStyleSheet(QStringLiteral("QTextBrowser:focus { border: 2px solid palette(highlight); }"));
    m_choicesLabel = new QLabel(this);
    m_choicesLabel->setBuddy(m_choices);
    m_divergencesLabel = new QLabel(this);
    m_divergencesLabel->setBuddy(m_divergences);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    retranslateUi();

    // Columns left, the divergences and the summary in a side column that keeps a readable width.
    auto *side = new QSplitter(Qt::Vertical, this);
    auto *divergenceBox = new QWidget(side);
    auto *divergenceLayout = new QVBoxLayout(divergenceBox);
    divergenceLayout->setContentsMargins(0, 0, 0, 0);
    divergenceLayout->addWidget(m_divergencesLabel);
    divergenceLayout->addWidget(m_divergences, 1);
    side->addWidget(divergenceBox);
    side->addWidget(m_summary);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 1);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->addWidget(m_table);
    m_split->addWidget(side);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setCollapsible(0, false);
    side->setMinimumWidth(280);
    auto *top = new QHBoxLayout;
    top->addWidget(m_choicesLabel);
    top->addWidget(m_choices, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_split, 1);

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
    // Wrapped text needs new row heights when the columns change width; once per burst.
    m_rowHeights->setSingleShot(true);
    m_rowHeights->setInterval(0);
    connect(m_rowHeights, &QTimer::timeout, m_table, &QTableView::resizeRowsToContents);
    connect(
        m_table->horizontalHeader(), &QHeaderView::sectionResized, m_rowHeights, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents();
        updateDivergences();
        updateSummary();
    });
    connect(m_table, &QTableView::activated, this, [&selection](const QModelIndex &index) {
        if (const qint64 eventId = index.data(EventIdRole).toLongLong())
            selection.setCurrentEvent(eventId);
    });
    connect(m_divergences, &QListWidget::currentRowChanged, this, &NarrativeCompareView::showDivergence);
    fillChoices();
}

void NarrativeCompareView::retranslateUi()
{
    setWindowTitle(tr("Compare Narratives — %1").arg(m_document.title()));
    m_choices->setAccessibleName(tr("Narratives to compare"));
    //: Label before the list of narratives to tick in the comparison workspace
    m_choicesLabel->setText(tr("Compare:"));
    m_table->setAccessibleName(tr("Narratives side by side"));
    m_divergencesLabel->setText(tr("&Divergences"));
    m_divergences->setAccessibleName(tr("Divergences"));
    m_summary->setAccessibleName(tr("Comparison summary"));
    //: Legend of the narrative comparison
    m_legend->setText(tr("One line per cited event, in time order. Tinted: events not every narrative "
                         "mentions. Dashed: a step that cites no event, placed by its order in its "
                         "narrative. A bar at the left: uncertain (one bar) or disputed (two bars). "
                         "Narratives are compared, never ranked."));
}

void NarrativeCompareView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_legend) {
        retranslateUi();
        updateDivergences();
        updateSummary();
    }
    QWidget::changeEvent(event);
}

void NarrativeCompareView::keyPressEvent(QKeyEvent *event)
{
    // A window of its own: Esc closes it, as it closes facilitator mode.
    if (event->key() == Qt::Key_Escape && isWindow()) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void NarrativeCompareView::refresh()
{
    setWindowTitle(tr("Compare Narratives — %1").arg(m_document.title()));
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

// One line per divergence, in the model's order (NarrativeCompare::divergences()); selecting one
// shows its line in the columns.
void NarrativeCompareView::updateDivergences()
{
    const NarrativeCompare &c = m_model->comparison();
    const QSignalBlocker blocker(m_divergences);
    m_divergences->clear();
    auto eventText = [&c, this](qint64 eventId) {
        const NarrativeCompare::Row *row = c.rowOf(eventId);
        return row
            ? tr("%1 %2").arg(timestamps::toDisplay(row->instant, m_document.timeZone(), false), row->text)
            : QString();
    };
    const QList<NarrativeCompare::Divergence> divergences = c.divergences();
    for (const NarrativeCompare::Divergence &d : divergences) {
        const QString title = c.narratives().at(d.narrative).title;
        QString text;
        switch (d.kind) {
        case NarrativeCompare::Divergence::Kind::OnlyIn:
            //: Divergence list: an event one narrative cites and the others leave out
            text = tr("Only \"%1\" cites: %2").arg(title, eventText(d.eventId));
            break;
        case NarrativeCompare::Divergence::Kind::WithoutEvidence:
            //: Divergence list: "<narrative>", step <n> cites no event: <text>
            text = tr("\"%1\", step %2 cites no event: %3")
                       .arg(title, QString::number(d.step + 1),
                           c.narratives().at(d.narrative).steps.at(d.step).text);
            break;
        case NarrativeCompare::Divergence::Kind::Order:
            //: Divergence list: two narratives tell two shared events in opposite orders
            text = tr("\"%1\" tells \"%2\" before \"%3\"; \"%4\" the other way round")
                       .arg(title, c.rowOf(d.eventId) ? c.rowOf(d.eventId)->text : QString(),
                           c.rowOf(d.otherEventId) ? c.rowOf(d.otherEventId)->text : QString(),
                           c.narratives().at(d.other).title);
            break;
        }
        m_divergences->addItem(text);
    }
    if (divergences.isEmpty()) {
        auto *none = new QListWidgetItem(c.narratives().size() < 2
                ? tr("Tick two or more narratives to see where they diverge.")
                : tr("The narratives cite the same events in the same order, and every step cites one."),
            m_divergences);
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_divergencesLabel->setText(
        divergences.isEmpty() ? tr("&Divergences") : tr("&Divergences (%1)").arg(divergences.size()));
}

void NarrativeCompareView::showDivergence(int index)
{
    const QList<NarrativeCompare::Divergence> divergences = m_model->comparison().divergences();
    if (index < 0 || index >= divergences.size())
        return;
    const NarrativeCompare::Divergence &d = divergences.at(index);
    const int row = d.kind == NarrativeCompare::Divergence::Kind::WithoutEvidence
        ? m_model->rowOfStep(d.narrative, d.step)
        : m_model->rowOfEvent(d.eventId);
    if (row < 0)
        return;
    const QModelIndex cell = m_model->index(row, NarrativeCompareModel::FirstNarrativeColumn + d.narrative);
    m_table->setCurrentIndex(cell);
    m_table->scrollTo(cell);
}

// What each narrative alone mentions — the events only it cites and the steps that cite nothing,
// which no other narrative can share — what it leaves out, and the factors it relies on.
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
        QStringList only = eventTexts(c.onlyIn(n));
        for (int s : c.stepsWithoutEvidence(n))
            //: Summary of the comparison: a step without evidence, "step <n> (no evidence): <text>"
            only.append(tr("step %1 (no evidence): %2").arg(s + 1).arg(narrative.steps.at(s).text));
        html += QStringLiteral("<p><b>") + tr("Only this narrative mentions:").toHtmlEscaped()
            + QStringLiteral("</b>") + htmlList(only, tr("nothing the others leave out"))
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
    html += contestedHtml(c);
    if (!c.unusedFactors().isEmpty())
        html += QStringLiteral("<h3>") + tr("Factors no compared narrative relies on yet").toHtmlEscaped()
            + QStringLiteral("</h3>") + htmlList(factorTitles(c.unusedFactors()), QString());
    m_summary->setHtml(html);
}

} // namespace faultless::views
