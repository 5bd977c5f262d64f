#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;
class QPushButton;
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
    OpportunitiesPanel(
        model::ReviewDocument &document, model::FactorModel &factors, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showOpportunity(qint64 id);
    void retranslateUi();

    model::ReviewDocument &m_document;
    model::OpportunityModel *m_model;
    QTableView *m_view;
    QComboBox *m_status;
    QPlainTextEdit *m_description;
    FactorChecklist *m_links;
    QFormLayout *m_form = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    qint64 m_current = 0;
    bool m_updating = false;
};

} // namespace faultless::views
