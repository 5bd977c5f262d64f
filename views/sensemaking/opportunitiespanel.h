#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QTableView;

namespace faultless::model {
class FactorModel;
class OpportunityModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class FactorChecklist;

// What the team might try next, each tied to the factors it addresses. It comes after the
// sense-making tabs on purpose: remediation waits until the timeline is agreed.
class OpportunitiesPanel : public QWidget
{
    Q_OBJECT
public:
    OpportunitiesPanel(model::ReviewDocument &document, model::FactorModel &factors, QWidget *parent = nullptr);

private:
    void showOpportunity(qint64 id);

    model::ReviewDocument &m_document;
    model::OpportunityModel *m_model;
    QTableView *m_view;
    QComboBox *m_status;
    QPlainTextEdit *m_description;
    FactorChecklist *m_links;
    qint64 m_current = 0;
    bool m_updating = false;
};

} // namespace faultless::views
