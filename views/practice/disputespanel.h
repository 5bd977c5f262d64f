#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace faultless::model {
class DisputeModel;
class ReviewDocument;
} // namespace faultless::model

namespace faultless::views {

class EventSelection;

// Every uncertain or disputed item with who raised it and why; choosing one shows its event.
class DisputesPanel : public QWidget
{
    Q_OBJECT
public:
    DisputesPanel(model::ReviewDocument &document, EventSelection &selection, QWidget *parent = nullptr);
    model::DisputeModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    model::ReviewDocument &m_document;
    EventSelection &m_selection;
    model::DisputeModel *m_model;
    QTableView *m_view;
    QPushButton *m_settle;
};

} // namespace faultless::views
