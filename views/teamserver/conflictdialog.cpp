#include "teamserver/conflictdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace faultless::views {

namespace {

// Bookkeeping columns a reviewer never edits: shown only when nothing else differs.
bool isBookkeeping(const QString &column)
{
    return column == QLatin1String("id") || column == QLatin1String("created")
        || column == QLatin1String("edited");
}

QString shown(const QVariantList &row, int column, const QString &absent)
{
    if (row.isEmpty())
        return absent;
    const QVariant v = row.value(column);
    return v.isNull() ? QString() : v.toString();
}

} // namespace

QString ConflictDialog::itemName(const QString &table)
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("factors"), QT_TR_NOOP("contributing factor") },
        { QStringLiteral("factor_evidence"), QT_TR_NOOP("piece of evidence") },
        { QStringLiteral("factor_categories"), QT_TR_NOOP("factor category") },
        { QStringLiteral("narratives"), QT_TR_NOOP("narrative") },
        { QStringLiteral("narrative_steps"), QT_TR_NOOP("narrative step") },
        { QStringLiteral("annotations"), QT_TR_NOOP("annotation") },
        { QStringLiteral("questions"), QT_TR_NOOP("question") },
        { QStringLiteral("question_answers"), QT_TR_NOOP("answer") },
        { QStringLiteral("opportunities"), QT_TR_NOOP("improvement opportunity") },
        { QStringLiteral("participants"), QT_TR_NOOP("participant") },
        { QStringLiteral("disputes"), QT_TR_NOOP("disputed item") },
        { QStringLiteral("learnings"), QT_TR_NOOP("learning") },
        { QStringLiteral("events"), QT_TR_NOOP("event") },
        { QStringLiteral("tags"), QT_TR_NOOP("tag") },
    };
    const char *name = names.value(table);
    return name ? tr(name) : tr("item");
}

QString ConflictDialog::fieldName(const QString &column)
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("title"), QT_TR_NOOP("Title") },
        { QStringLiteral("description"), QT_TR_NOOP("Description") },
        { QStringLiteral("text"), QT_TR_NOOP("Text") },
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("author"), QT_TR_NOOP("Author") },
        { QStringLiteral("vantage_point"), QT_TR_NOOP("Vantage point") },
        { QStringLiteral("position"), QT_TR_NOOP("Position") },
        { QStringLiteral("event_id"), QT_TR_NOOP("Cited event") },
        { QStringLiteral("category_id"), QT_TR_NOOP("Category") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("note"), QT_TR_NOOP("Note") },
        { QStringLiteral("role"), QT_TR_NOOP("Role") },
        { QStringLiteral("pseudonym"), QT_TR_NOOP("Pseudonym") },
        { QStringLiteral("owner"), QT_TR_NOOP("Owner") },
        { QStringLiteral("reason"), QT_TR_NOOP("Reason") },
        { QStringLiteral("state"), QT_TR_NOOP("State") },
        { QStringLiteral("highlighted"), QT_TR_NOOP("Highlighted") },
        { QStringLiteral("phase"), QT_TR_NOOP("Phase") },
        { QStringLiteral("edited"), QT_TR_NOOP("Last edited") },
        { QStringLiteral("created"), QT_TR_NOOP("Created") },
    };
    const char *name = names.value(column);
    return name ? tr(name) : column;
}

ConflictDialog::ConflictDialog(const model::ServerSync::Conflict &conflict, QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Saved by Someone Else Meanwhile"));
    const QString item = itemName(conflict.table);
    const QString text = conflict.undo
        ? tr("You undid your change to this %1, but someone else changed it on the team server after you. "
             "Your undo has not been saved: choose which version to keep.")
              .arg(item)
        : conflict.theirs.isEmpty()
        ? tr("Someone else deleted this %1 on the team server after your copy was updated. "
             "Your change has not been saved.")
              .arg(item)
        : tr("Someone else saved this %1 on the team server after your copy was updated. Your change has "
             "not been saved: choose which version to keep.")
              .arg(item);
    m_text->setText(text);
    m_text->setWordWrap(true);
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({ tr("Field"), conflict.undo ? tr("Your change") : tr("Before"),
        tr("Theirs (on the server)"), tr("Yours") });
    QList<int> rows;
    for (int i = 0; i < conflict.columns.size(); ++i) {
        const bool differs = conflict.mine.value(i) != conflict.theirs.value(i)
            || conflict.base.value(i) != conflict.theirs.value(i);
        if (differs && !isBookkeeping(conflict.columns.at(i)))
            rows.append(i);
    }
    const QString deleted = tr("(deleted)");
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const int c = rows.at(r);
        const QStringList cells { fieldName(conflict.columns.at(c)), shown(conflict.base, c, tr("(new)")),
            shown(conflict.theirs, c, deleted), shown(conflict.mine, c, deleted) };
        for (int k = 0; k < cells.size(); ++k)
            m_table->setItem(r, k, new QTableWidgetItem(cells.at(k)));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *theirs
        = buttons->addButton(conflict.theirs.isEmpty() ? tr("Keep It &Deleted") : tr("Keep &Theirs"),
            QDialogButtonBox::RejectRole);
    QPushButton *mine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
    theirs->setObjectName(QStringLiteral("keepTheirs"));
    mine->setObjectName(QStringLiteral("keepMine"));
    theirs->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        emit keepTheirs();
        reject();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit keepMine();
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 360);
}

} // namespace faultless::views
