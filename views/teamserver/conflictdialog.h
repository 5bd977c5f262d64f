#pragma once

#include "store/serversync.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace faultless::views {

// Two reviewers saved the same factor, step or annotation: this shows the row as this window
// had it, as the server has it now, and as this window wanted it, field by field, and lets the
// reviewer keep the server's version or put theirs over it. Opened without waiting (open()),
// so the window stays usable and no event loop runs inside a signal.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(const model::ServerSync::Conflict &conflict, QWidget *parent = nullptr);

    // What a row of `table` is called for a reviewer ("contributing factor").
    static QString itemName(const QString &table);
    // The reviewer-facing name of a column.
    static QString fieldName(const QString &column);
    QTableWidget *table() const { return m_table; }

signals:
    void keepTheirs();
    void keepMine();

private:
    QLabel *m_text;
    QTableWidget *m_table;
};

} // namespace faultless::views
