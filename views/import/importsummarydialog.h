#pragma once

#include "import/importjob.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace faultless::views {

// The one summary of an import of several files (issue 21: not a stack of modal boxes): a line
// with the totals, then a row per file with its format, the events added, the records skipped
// and what happened, each row opening to the notes, the rejected lines with their reasons and
// the error. A file no importer could read can be taught from here (TeachFormatDialog) or read
// in a format the user chooses (Import as…); an imported one can be read again in another.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { FileColumn, FormatColumn, AddedColumn, SkippedColumn, ResultColumn, ColumnCount };
    // How many rejected lines a file's row lists (the review keeps every one; Sources shows them).
    static constexpr int ListedRejects = 50;

    // `paths`: file name -> path, for teaching a format to a file that failed.
    ImportSummaryDialog(const QList<model::ImportResult> &results, const QHash<QString, QString> &paths,
        QWidget *parent = nullptr);

    QTreeWidget *table() const { return m_table; }
    // The totals line, e.g. "9 files imported: 1,204 events added, 3 lines skipped".
    static QString headline(const QList<model::ImportResult> &results);

signals:
    void teachRequested(const QString &path);
    // "Import as…" for a file no format read; "Import again as…" for an imported one (issue 20).
    void importAsRequested(const QString &path);
    void importAgainRequested(qint64 sourceId);

private:
    void addFile(const model::ImportResult &result);
    void updateTeachButton();
    void requestImportAs();

    QTreeWidget *m_table;
    QPushButton *m_teach;
    QPushButton *m_importAs;
    QHash<QString, QString> m_paths;
};

} // namespace faultless::views
