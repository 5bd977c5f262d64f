#pragma once

#include "search/eventsearch.h"

#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class EventSelection;

// Full-text search and filters over the events. Each keystroke starts a search on the worker
// thread (model::EventSearch) after a short pause and supersedes the one before; results go to
// the event table (as a row filter) and to the timeline (as marks) through resultsChanged().
class SearchBar : public QWidget
{
    Q_OBJECT
public:
    SearchBar(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    model::SearchRequest request() const;
    // Rows of the latest results (ascending timeline rows), or nullptr when no search is active.
    const std::vector<qint64> *rows() const { return m_active ? &m_rows : nullptr; }
    bool isSearching() const { return m_search.isRunning() || m_pending; }
    void clear();
    // Filter setters, also used by tests.
    void setKinds(const QList<model::EventKind> &kinds);
    void setMinSeverity(std::optional<model::Severity> severity);
    void setCommentedOnly(bool on);
    void setHighlightedOnly(bool on);
    void setTag(const QString &tag);
    void startSearch(); // now, without the typing pause

signals:
    void resultsChanged(const std::vector<qint64> *rows);

private:
    void scheduleSearch();
    void onFinished(const model::SearchResult &result);
    void onFirstPage(const model::SearchResult &result);
    void buildFilterMenu();
    void updateFilterButton();

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    model::EventSearch m_search;
    QLineEdit *m_edit;
    QToolButton *m_filterButton;
    QMenu *m_filterMenu;
    QLabel *m_status;
    QTimer *m_delay;

    QList<model::EventKind> m_kinds;
    QList<qint64> m_sourceIds;
    QStringList m_lanes;
    std::optional<model::Severity> m_minSeverity;
    QString m_tag;
    bool m_commentedOnly = false;
    bool m_highlightedOnly = false;
    bool m_visibleRangeOnly = false;

    std::vector<qint64> m_rows;
    bool m_active = false;
    bool m_pending = false;
};

} // namespace faultless::views
