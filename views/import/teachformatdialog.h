#pragma once

#include "import/lnavformatwriter.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace faultless::views {

// "Teach Faultless this format" (issue 20): offered when no importer reads a file. It shows the
// file's first lines; the user selects the timestamp on one of them and presses "This is the
// timestamp" (and, if they like, the level, lane and message), sees how the first 100 lines parse
// with what that teaches, and saves it as an lnav format file in the user's format folder
// (model::lnavformats::formatFolder()), where the app's and the CLI's imports find it.
class TeachFormatDialog : public QDialog
{
    Q_OBJECT
public:
    using Role = model::LnavFormatDraft::Role;
    static constexpr int SampleLines = 20;
    static constexpr int PreviewLines = 100;
    enum Column { LineColumn, ResultColumn, TimeColumn, LevelColumn, LaneColumn, TextColumn, ColumnCount };

    explicit TeachFormatDialog(const QString &path, QWidget *parent = nullptr);

    // Marks the text selected in the sample lines (what the buttons do).
    void markSelection(Role role);
    // Marks `length` characters from `start` on sample line `lineIndex` (0-based), as a selection would.
    void markSpan(Role role, int lineIndex, int start, int length);
    const model::LnavFormatDraft &draft() const { return m_draft; }
    // How the preview lines parse.
    int parsedLines() const { return m_parsed; }
    int continuedLines() const { return m_continued; }
    int rejectedLines() const { return m_rejected; }
    // Where the format is saved (tests point it at a temporary folder).
    void setFormatFolder(const QString &folder) { m_folder = folder; }
    // After accept(): the saved file and the importer id of its format ("lnav:<name>").
    const QString &savedPath() const { return m_savedPath; }
    QString formatId() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadLines();
    void updateDraft();
    void showMarks();
    void fillPreview();
    void save();

    QString m_path;
    QString m_folder;
    QString m_savedPath;
    QStringList m_lines; // the first PreviewLines lines of the file, as text
    int m_sampleIndex = -1;
    model::LnavFormatDraft m_draft;
    int m_parsed = 0, m_continued = 0, m_rejected = 0;

    QLabel *m_intro = nullptr;
    QLabel *m_samplesLabel = nullptr;
    QPlainTextEdit *m_samples = nullptr;
    QPushButton *m_markButtons[4] = {};
    QPushButton *m_clearButton = nullptr;
    QLabel *m_marks = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_patternLabel = nullptr;
    QLineEdit *m_pattern = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace faultless::views
