#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;
class QTextBrowser;

namespace faultless::model {
class NarrativeCompareModel;
class NarrativeModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;

// Narratives side by side: a row per cited event, a column per narrative, rows that not every
// narrative cites marked as divergence; below, what each narrative alone mentions, what it
// leaves out and which factors it relies on. No narrative is marked as correct.
class NarrativeCompareView : public QWidget
{
    Q_OBJECT
public:
    NarrativeCompareView(model::ReviewDocument &document, model::NarrativeModel &narratives,
        EventSelection &selection, QWidget *parent = nullptr);
    model::NarrativeCompareModel *compareModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void updateSummary();

    model::ReviewDocument &m_document;
    model::NarrativeModel &m_narratives;
    model::NarrativeCompareModel *m_model;
    QListWidget *m_choices;
    QTableView *m_table;
    QTextBrowser *m_summary;
    QLabel *m_legend = nullptr;
    bool m_filling = false;
};

} // namespace faultless::views
