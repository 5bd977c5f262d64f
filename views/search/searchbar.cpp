#include "searchbar.h"

#include "analysis/timelineindex.h"
#include "document/reviewdocument.h"
#include "eventselection.h"
#include "search/eventdetails.h"

#include <QAction>
#include <QActionGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace faultless::views {

using model::EventKind;
using model::ReviewDocument;
using model::Severity;

namespace {
constexpr int kTypingPauseMs = 60;
constexpr int kMaxMenuEntries = 200;
} // namespace

SearchBar::SearchBar(ReviewDocument &document, EventSelection &selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_search(document)
    , m_edit(new QLineEdit(this))
    , m_filterButton(new QToolButton(this))
    , m_filterMenu(new QMenu(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchBar"));
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setPlaceholderText(tr("Search events: words, \"exact phrase\", AND, OR, NOT, prefix*"));
    m_edit->setAccessibleName(tr("Search events"));
    m_edit->setAccessibleDescription(
        tr("Full-text search over the events' text: words, \"exact phrase\", AND, OR, "
           "NOT and prefix*. The timeline and the table show the matches."));
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(320);
    m_filterButton->setText(tr("Filters"));
    m_filterButton->setAccessibleName(tr("Search filters"));
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setMenu(m_filterMenu);
    m_status->setMinimumWidth(160);
    m_status->setAccessibleName(tr("Search result"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_filterButton);
    layout->addWidget(m_status);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kTypingPauseMs);
    connect(m_delay, &QTimer::timeout, this, &SearchBar::startSearch);
    connect(m_edit, &QLineEdit::textChanged, this, &SearchBar::scheduleSearch);
    connect(m_filterMenu, &QMenu::aboutToShow, this, &SearchBar::buildFilterMenu);
    connect(&m_search, &model::EventSearch::finished, this, &SearchBar::onFinished);
    connect(&m_search, &model::EventSearch::firstPage, this, &SearchBar::onFirstPage);

    auto *escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &SearchBar::clear);
    addAction(escape);

    connect(&m_document, &ReviewDocument::opened, this, [this] {
        m_kinds.clear();
        m_sourceIds.clear();
        m_lanes.clear();
        m_minSeverity.reset();
        m_tag.clear();
        m_commentedOnly = m_highlightedOnly = m_visibleRangeOnly = false;
        m_edit->clear();
        updateFilterButton();
        startSearch();
    });
    connect(&m_document, &ReviewDocument::changed, this, [this](ReviewDocument::Area area) {
        // The table dropped its filter on a reload; annotations and tags change what some
        // filters match. Search again so that what is listed stays what was asked for.
        const bool affects = area == ReviewDocument::Area::Events || area == ReviewDocument::Area::Sources
            || area == ReviewDocument::Area::SearchIndex
            || (area == ReviewDocument::Area::Annotations && m_commentedOnly)
            || (area == ReviewDocument::Area::Tags && !m_tag.isEmpty())
            || (area == ReviewDocument::Area::Event && m_highlightedOnly);
        if (affects && m_active)
            scheduleSearch();
    });
    connect(&m_selection, &EventSelection::visibleRangeChanged, this, [this] {
        if (m_visibleRangeOnly)
            m_delay->start(200);
    });
}

model::SearchRequest SearchBar::request() const
{
    model::SearchRequest r;
    r.text = m_edit->text();
    r.kinds = m_kinds;
    r.sourceIds = m_sourceIds;
    r.lanes = m_lanes;
    r.minSeverity = m_minSeverity;
    r.tag = m_tag;
    r.commentedOnly = m_commentedOnly;
    r.highlightedOnly = m_highlightedOnly;
    if (m_visibleRangeOnly) {
        r.from = m_selection.visibleFrom();
        r.to = m_selection.visibleTo();
    }
    return r;
}

void SearchBar::scheduleSearch()
{
    m_pending = true;
    m_search.cancel(); // a new keystroke makes the running query obsolete
    m_delay->start(kTypingPauseMs);
}

void SearchBar::startSearch()
{
    m_delay->stop();
    m_pending = false;
    const model::SearchRequest r = request();
    if (r.isEmpty() || !m_document.isOpen()) {
        m_search.cancel();
        const bool wasActive = m_active;
        m_active = false;
        m_rows.clear();
        m_status->clear();
        if (wasActive)
            emit resultsChanged(nullptr);
        return;
    }
    m_status->setText(tr("Searching…"));
    m_search.search(r);
}

void SearchBar::onFinished(const model::SearchResult &result)
{
    if (m_pending)
        return; // a newer request is on its way
    if (!result.error.isEmpty()) {
        m_status->setText(
            QStringLiteral("<span style='color:#c62828'>%1</span>").arg(result.error.toHtmlEscaped()));
        m_status->setToolTip(result.error);
        return;
    }
    m_status->setToolTip({});
    m_rows = result.rows;
    m_active = true;
    m_status->setText(tr("%n match(es)", nullptr, int(m_rows.size())) + QStringLiteral(" · ")
        + tr("%1 ms").arg(double(result.queryMicroseconds) / 1000.0, 0, 'f', 1));
    emit resultsChanged(&m_rows);
}

// The first screen of hits of a search with many, shown while the rest are counted.
void SearchBar::onFirstPage(const model::SearchResult &result)
{
    if (m_pending)
        return;
    m_status->setToolTip({});
    m_rows = result.rows;
    m_active = true;
    m_status->setText(tr("%1+ matches, counting…").arg(m_rows.size()));
    emit resultsChanged(&m_rows);
}

void SearchBar::clear()
{
    m_kinds.clear();
    m_sourceIds.clear();
    m_lanes.clear();
    m_minSeverity.reset();
    m_tag.clear();
    m_commentedOnly = m_highlightedOnly = m_visibleRangeOnly = false;
    updateFilterButton();
    if (m_edit->text().isEmpty())
        startSearch();
    else
        m_edit->clear(); // textChanged schedules the search
}

void SearchBar::setKinds(const QList<EventKind> &kinds)
{
    m_kinds = kinds;
    updateFilterButton();
    scheduleSearch();
}

void SearchBar::setMinSeverity(std::optional<Severity> severity)
{
    m_minSeverity = severity;
    updateFilterButton();
    scheduleSearch();
}

void SearchBar::setCommentedOnly(bool on)
{
    m_commentedOnly = on;
    updateFilterButton();
    scheduleSearch();
}

void SearchBar::setHighlightedOnly(bool on)
{
    m_highlightedOnly = on;
    updateFilterButton();
    scheduleSearch();
}

void SearchBar::setTag(const QString &tag)
{
    m_tag = tag;
    updateFilterButton();
    scheduleSearch();
}

void SearchBar::updateFilterButton()
{
    const int n = int(!m_kinds.isEmpty()) + int(!m_sourceIds.isEmpty()) + int(!m_lanes.isEmpty())
        + int(m_minSeverity.has_value()) + int(!m_tag.isEmpty()) + int(m_commentedOnly)
        + int(m_highlightedOnly) + int(m_visibleRangeOnly);
    m_filterButton->setText(n ? tr("Filters (%1)").arg(n) : tr("Filters"));
}

void SearchBar::buildFilterMenu()
{
    m_filterMenu->clear();
    const model::TimelineIndex &index = m_document.timeline();

    QAction *commented
        = m_filterMenu->addAction(tr("Commented Only"), this, [this](bool on) { setCommentedOnly(on); });
    commented->setCheckable(true);
    commented->setChecked(m_commentedOnly);
    QAction *highlighted
        = m_filterMenu->addAction(tr("Highlighted Only"), this, [this](bool on) { setHighlightedOnly(on); });
    highlighted->setCheckable(true);
    highlighted->setChecked(m_highlightedOnly);
    QAction *visible = m_filterMenu->addAction(tr("Visible Time Range Only"), this, [this](bool on) {
        m_visibleRangeOnly = on;
        updateFilterButton();
        scheduleSearch();
    });
    visible->setCheckable(true);
    visible->setChecked(m_visibleRangeOnly);
    m_filterMenu->addSeparator();

    QMenu *kinds = m_filterMenu->addMenu(tr("Kind"));
    for (int k = 0; k < model::EventKindCount; ++k) {
        const auto kind = EventKind(k);
        QAction *a = kinds->addAction(model::DomainText::kindLabel(kind), this, [this, kind](bool on) {
            QList<EventKind> next = m_kinds;
            next.removeAll(kind);
            if (on)
                next << kind;
            setKinds(next);
        });
        a->setCheckable(true);
        a->setChecked(m_kinds.contains(kind));
    }

    QMenu *severity = m_filterMenu->addMenu(tr("Severity"));
    auto *group = new QActionGroup(severity);
    QAction *any = severity->addAction(tr("Any"), this, [this] { setMinSeverity(std::nullopt); });
    any->setCheckable(true);
    any->setChecked(!m_minSeverity);
    group->addAction(any);
    for (Severity s :
        { Severity::Info, Severity::Notice, Severity::Warning, Severity::Error, Severity::Critical }) {
        //: Severity filter: events of this severity or more urgent
        QAction *a = severity->addAction(tr("%1 or worse").arg(model::DomainText::severityLabel(s)), this,
            [this, s] { setMinSeverity(s); });
        a->setCheckable(true);
        a->setChecked(m_minSeverity == s);
        group->addAction(a);
    }

    QMenu *sources = m_filterMenu->addMenu(tr("Source"));
    for (qsizetype i = 1; i < index.sourceIds().size() && i <= kMaxMenuEntries; ++i) {
        const qint64 id = index.sourceIds()[i];
        QAction *a = sources->addAction(index.sourceNames().value(i), this, [this, id](bool on) {
            m_sourceIds.removeAll(id);
            if (on)
                m_sourceIds << id;
            updateFilterButton();
            scheduleSearch();
        });
        a->setCheckable(true);
        a->setChecked(m_sourceIds.contains(id));
    }
    sources->setEnabled(!sources->isEmpty());

    QMenu *lanes = m_filterMenu->addMenu(tr("Lane"));
    for (qsizetype i = 1; i < index.laneNames().size() && i <= kMaxMenuEntries; ++i) {
        const QString name = index.laneNames()[i];
        QAction *a = lanes->addAction(name, this, [this, name](bool on) {
            m_lanes.removeAll(name);
            if (on)
                m_lanes << name;
            updateFilterButton();
            scheduleSearch();
        });
        a->setCheckable(true);
        a->setChecked(m_lanes.contains(name));
    }
    lanes->setEnabled(!lanes->isEmpty());

    QMenu *tags = m_filterMenu->addMenu(tr("Tag"));
    auto *tagGroup = new QActionGroup(tags);
    QAction *anyTag = tags->addAction(tr("Any"), this, [this] { setTag({}); });
    anyTag->setCheckable(true);
    anyTag->setChecked(m_tag.isEmpty());
    tagGroup->addAction(anyTag);
    if (m_document.isOpen()) {
        for (const QString &tag : model::EventDetails::allTags(m_document.store())) {
            QAction *a = tags->addAction(tag, this, [this, tag] { setTag(tag); });
            a->setCheckable(true);
            a->setChecked(m_tag == tag);
            tagGroup->addAction(a);
        }
    }
    m_filterMenu->addSeparator();
    m_filterMenu->addAction(tr("Clear Search and Filters"), this, &SearchBar::clear);
}

} // namespace faultless::views
