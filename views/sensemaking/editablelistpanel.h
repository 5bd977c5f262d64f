#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace faultless::model {
class RecordTableModel;
}

namespace faultless::views {

// A table edited in place with Add and Delete buttons: participants and the factor taxonomy.
class EditableListPanel : public QWidget
{
    Q_OBJECT
public:
    using AddFunction = std::function<qint64()>;
    using DeleteFunction = std::function<bool(qint64)>;
    EditableListPanel(model::RecordTableModel *model, const QString &accessibleName, const QString &note,
        AddFunction add, DeleteFunction remove, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    // The table's accessible name and the note above it, again after a language change.
    void setTexts(const QString &accessibleName, const QString &note);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    model::RecordTableModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
    QPushButton *m_add;
    QPushButton *m_delete;
    QAction *m_deleteAction;
};

} // namespace faultless::views
