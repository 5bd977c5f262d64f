#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace faultless::model {
class NarrativeCompareModel;
class NarrativeModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;

// The comparison workspace (its own window, Review ▸ Compare Narratives, Ctrl+Shift+C): every
// compared narrative's steps side by side in columns on one time axis — a line per cited event,
// and lines for steps that cite nothing, placed by their order and marked "no evidence" — with
// the divergences listed beside it (events only one narrative cites, steps without evidence,
// shared events told in another order; the rules the briefing uses too) and a summary of what
// each narrative alone mentions, leaves out and relies on. No narrative is marked as correct.
class NarrativeCompareView : public QWidget
{
    Q_OBJECT
public:
    NarrativeCompareView(model::ReviewDocument &document, model::NarrativeModel &narratives,
        EventSelection &selection, QWidget *parent = nullptr);
    model::NarrativeCompareModel *compareModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *divergenceList() const { return m_divergences; }
    QString summaryText() const;
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void updateSummary();
    void updateDivergences();
    void showDivergence(int index);

    model::ReviewDocument &m_document;
    model::NarrativeModel &m_narratives;
    model::NarrativeCompareModel *m_model;
    QListWidget *m_choices;
    QTableView *m_table;
    QListWidget *m_divergences;
    QTextBrowser *m_summary;
    QSplitter *m_split = nullptr;
    QLabel *m_choicesLabel = nullptr;
    QLabel *m_divergencesLabel = nullptr;
    QLabel *m_legend = nullptr;
    QTimer *m_rowHeights = nullptr;
    bool m_filling = false;
};

} // namespace faultless::views
