#pragma once

#include <QWidget>

#include <functional>

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

private:
    model::RecordTableModel *m_model;
    QTableView *m_view;
};

} // namespace faultless::views
