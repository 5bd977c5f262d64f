#include "importsummarydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace faultless::views {

using model::ImportResult;
using Status = ImportResult::Status;

namespace {
constexpr int PathRole = Qt::UserRole + 1;
constexpr int FailedRole = Qt::UserRole + 2;
constexpr int SourceIdRole = Qt::UserRole + 3; // the source an imported file became

QString statusText(const ImportResult &result)
{
    switch (result.status) {
    case Status::Imported:
        if (!result.textIndexError.isEmpty())
            return ImportSummaryDialog::tr("Imported; search index incomplete");
        return result.duplicates > 0
            ? ImportSummaryDialog::tr("Imported; %n already present", nullptr, int(result.duplicates))
            : ImportSummaryDialog::tr("Imported");
    case Status::AlreadyImported:
        return ImportSummaryDialog::tr("Already imported");
    case Status::Canceled:
        return ImportSummaryDialog::tr("Canceled");
    case Status::NothingUsable:
        return ImportSummaryDialog::tr("Nothing usable");
    case Status::Failed:
        break;
    }
    return ImportSummaryDialog::tr("Failed");
}

bool isFailure(const ImportResult &result)
{
    return result.status == Status::Failed || result.status == Status::NothingUsable;
}
} // namespace

ImportSummaryDialog::ImportSummaryDialog(
    const QList<ImportResult> &results, const QHash<QString, QString> &paths, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTreeWidget(this))
    , m_teach(new QPushButton(tr("&Teach Faultless this format…"), this))
    , m_importAs(new QPushButton(this))
    , m_paths(paths)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(tr("Import finished"));
    auto *headlineLabel = new QLabel(headline(results), this);
    headlineLabel->setObjectName(QStringLiteral("importHeadline"));
    headlineLabel->setWordWrap(true);
    QFont bold = headlineLabel->font();
    bold.setBold(true);
    headlineLabel->setFont(bold);

    m_table->setObjectName(QStringLiteral("importSummaryTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("File"), tr("Format"), tr("Events added"), tr("Skipped"), tr("Result") });
    m_table->setAccessibleName(tr("Imported files"));
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    for (const ImportResult &result : results)
        addFile(result);
    m_table->header()->setStretchLastSection(true);
    for (int c = 0; c < ResultColumn; ++c)
        m_table->resizeColumnToContents(c);
    // A file with something to read about opens by itself; a clean one stays one row.
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_table->topLevelItem(i);
        if (item->childCount() > 0 && item->childCount() <= 8)
            item->setExpanded(true);
    }

    m_teach->setObjectName(QStringLiteral("teachFormat"));
    m_teach->setToolTip(tr("Show Faultless where the time, level and message are in the selected file"));
    connect(m_teach, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_table->currentItem();
        while (item && item->parent())
            item = item->parent();
        if (item)
            emit teachRequested(item->data(FileColumn, PathRole).toString());
    });
    m_importAs->setObjectName(QStringLiteral("importAs"));
    // Its text changes with the selected row: sized for the longer one from the start, so that a
    // change of row never waits on a new layout of the button box to show the whole text.
    m_importAs->setText(tr("Import &Again As…"));
    m_importAs->setMinimumWidth(m_importAs->sizeHint().width());
    connect(m_importAs, &QPushButton::clicked, this, &ImportSummaryDialog::requestImportAs);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &ImportSummaryDialog::updateTeachButton);
    updateTeachButton();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_importAs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_teach, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(headlineLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ImportSummaryDialog::headline(const QList<ImportResult> &results)
{
    qint64 added = 0, skipped = 0;
    int imported = 0, notImported = 0;
    for (const ImportResult &result : results) {
        if (result.status == Status::Imported) {
            ++imported;
            added += result.accepted;
            skipped += result.rejected;
        } else if (isFailure(result)) {
            ++notImported;
        }
    }
    const QLocale locale;
    //: %2 is a number of events, written with the locale's digit grouping
    QString text = tr("%n file(s) imported: %1 events added", nullptr, imported).arg(locale.toString(added));
    if (skipped > 0)
        text += QStringLiteral(", ") + tr("%n record(s) skipped", nullptr, int(skipped));
    if (notImported > 0)
        text += QStringLiteral("; ") + tr("%n file(s) could not be read", nullptr, notImported);
    return text;
}

void ImportSummaryDialog::addFile(const ImportResult &result)
{
    const QLocale locale;
    auto *item = new QTreeWidgetItem(m_table);
    const QString path = m_paths.value(result.sourceName);
    item->setText(FileColumn, result.sourceName.isEmpty() ? QFileInfo(path).fileName() : result.sourceName);
    item->setToolTip(FileColumn, path.isEmpty() ? result.sourceName : path);
    item->setData(FileColumn, PathRole, path);
    item->setData(FileColumn, FailedRole, isFailure(result));
    item->setData(FileColumn, SourceIdRole, result.status == Status::Imported ? result.sourceId : 0);
    item->setText(FormatColumn, result.formatName);
    if (result.status == Status::Imported) {
        item->setText(AddedColumn, locale.toString(result.accepted));
        item->setText(SkippedColumn, locale.toString(result.rejected));
    }
    item->setTextAlignment(AddedColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(SkippedColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(ResultColumn, statusText(result));
    item->setToolTip(ResultColumn, result.summary());
    if (isFailure(result) || !result.textIndexError.isEmpty()) {
        QFont bold = item->font(ResultColumn);
        bold.setBold(true);
        item->setFont(ResultColumn, bold);
    }
    // Details under the file: the error, the notes, then the rejected lines with their reasons.
    auto addDetail = [item](const QString &text) {
        auto *detail = new QTreeWidgetItem(item);
        detail->setText(FileColumn, text);
        detail->setToolTip(FileColumn, text);
        detail->setFirstColumnSpanned(true);
    };
    if (isFailure(result) && !result.error.isEmpty())
        addDetail(result.error);
    if (!result.textIndexError.isEmpty())
        addDetail(result.textIndexError);
    for (const QString &note : result.notes)
        addDetail(note);
    for (const model::RejectedRecord &reject : result.rejects.mid(0, ListedRejects))
        addDetail(reject.line > 0 ? tr("Line %1: %2").arg(reject.line).arg(reject.reason) : reject.reason);
    const qint64 unlisted = result.rejected - std::min<qint64>(result.rejected, ListedRejects);
    if (unlisted > 0)
        addDetail(tr("…and %n more skipped record(s), all kept in the review", nullptr, int(unlisted)));
}

void ImportSummaryDialog::updateTeachButton()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    while (item && item->parent())
        item = item->parent();
    const QString path = item ? item->data(FileColumn, PathRole).toString() : QString();
    const bool failed = item && item->data(FileColumn, FailedRole).toBool();
    const bool readable = QFileInfo(path).isFile() && QFileInfo(path).isReadable();
    m_teach->setEnabled(failed && readable);
    // A file read in a format the user doubts can be read again in another; one no format
    // recognised, in the one the user chooses.
    const qint64 sourceId = item ? item->data(FileColumn, SourceIdRole).toLongLong() : 0;
    m_importAs->setText(sourceId ? tr("Import &Again As…") : tr("Import &As…"));
    m_importAs->setToolTip(sourceId
            ? tr("Read the selected file again in another format, in place of this import")
            : tr("Choose the format to read the selected file with"));
    m_importAs->setEnabled(readable && (failed || sourceId));
}

void ImportSummaryDialog::requestImportAs()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return;
    const qint64 sourceId = item->data(FileColumn, SourceIdRole).toLongLong();
    const QString path = item->data(FileColumn, PathRole).toString();
    // The import that follows shows a summary of its own.
    accept();
    if (sourceId)
        emit importAgainRequested(sourceId);
    else
        emit importAsRequested(path);
}

} // namespace faultless::views
