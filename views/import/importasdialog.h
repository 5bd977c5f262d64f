#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace faultless::views {

// "Import again as…" / "Import as…" (issue 20): asks in which format to read a file. It lists
// every format of the registry by its name (the lnav format files the app knows included), marks
// the one that sniffing recognises and the one the file was imported as, and shows the file's
// first lines so that the user can judge. The dialog only chooses; MainWindow runs the import.
class ImportAsDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int SampleLines = 20;

    // `currentFormatId`: the format a source of this file was imported as (Import again as), or
    // empty for a file no format read (Import as). `sourceName` names that source.
    ImportAsDialog(const QString &path, const QString &currentFormatId, const QString &sourceName,
        QWidget *parent = nullptr);

    // The chosen format's importer id, empty when none is chosen.
    QString formatId() const;
    // Chooses a format as a click would (tests); false when the list has no such format.
    bool selectFormat(const QString &formatId);
    // The format sniffing recognises in the file's first bytes, empty when none does.
    QString recognisedFormatId() const { return m_recognised; }
    QListWidget *formatList() const { return m_formats; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadFile();
    void fillFormats();
    void filterFormats(const QString &text);
    void retranslateUi();
    void updateButtons();

    QString m_path;
    QString m_current;
    QString m_sourceName;
    QString m_recognised;

    QLabel *m_intro;
    QLabel *m_findLabel;
    QLineEdit *m_find;
    QLabel *m_formatsLabel;
    QListWidget *m_formats;
    QLabel *m_linesLabel;
    QPlainTextEdit *m_lines;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace faultless::views
