#pragma once

#include <QByteArray>
#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QTableWidget;
class QDialogButtonBox;

namespace faultless::views {

// Chooses which CSV/TSV columns hold the time, message, level, lane and actor of each event,
// with a live preview of the first rows and of how their times read. The result is the
// importer's format option (model::CsvImporter): {"time": "col", "message": "col", ...,
// "delimiter": ","}, which ImportRequest::formatOption and `faultless-cli import --option` take.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CsvImportDialog(const QString &path, QWidget *parent = nullptr);

    // Shows the dialog for `path`; the mapping as JSON, or nothing when the user canceled.
    static std::optional<QString> chooseMapping(const QString &path, QWidget *parent = nullptr);

    QString mappingJson() const;
    // False when the file could not be read as a table (the dialog says why).
    bool hasTable() const { return !m_header.isEmpty(); }

    enum Role { TimeRole, MessageRole, LevelRole, LaneRole, ActorRole, RoleCount };
    // For tests: the column chosen for a role (-1 = none) and choosing one.
    int column(Role role) const;
    void setColumn(Role role, int column);
    int readableTimes() const { return m_readableTimes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void resplit();
    void updatePreview();

    QString m_path;
    QByteArray m_head; // the first decompressed bytes of the file
    QList<QByteArray> m_header;
    QList<QList<QByteArray>> m_rows;
    char m_delimiter = ',';
    int m_readableTimes = 0;

    QFormLayout *m_form = nullptr;
    QComboBox *m_delimiterBox = nullptr;
    QComboBox *m_roleBoxes[RoleCount] = {};
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace faultless::views
