#pragma once

#include <QWidget>

class QAction;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace faultless::model {
class ReviewDocument;
class SourceModel;
} // namespace faultless::model

namespace faultless::views {

// The sources of the review: counts, zone and clock shift of each, the first rejected records
// with their reasons, and the actions Shift Clock… and Remove (buttons and context menu), and
// Import Again As… (context menu).
class SourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SourcesPanel(model::ReviewDocument &document, QWidget *parent = nullptr);

    model::SourceModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void shiftClockOfCurrent();
    void removeCurrent();
    // Asks for the current source to be read again in another format (issue 20).
    void importCurrentAgain();

signals:
    void importAgainRequested(qint64 sourceId);

signals:
    // A short message for the window's status line (a clock was shifted).
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    qint64 currentSourceId() const;
    void updateDetails();

    model::ReviewDocument &m_document;
    model::SourceModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_shift;
    QPushButton *m_remove;
    QAction *m_shiftAction; // the context menu's
    QAction *m_importAgainAction;
    QAction *m_removeAction;
};

} // namespace faultless::views
