#pragma once

#include "export/briefingexporter.h"
#include "export/briefingoptions.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QPromise>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace faultless::model {
class ReviewDocument;
}

namespace faultless::views {

class MainWindow;

// File > Export Briefing…: the options of a briefing next to a live preview of it.
//
// Both the preview and the export run in the background (QtConcurrent::run with a QPromise,
// docs/architecture.md) with their own ReviewStore connection on the review file (a connection
// belongs to its thread), so the window stays responsive on a million-event review. A newer
// preview request cancels an older one; an export shows progress and can be cancelled, and
// writes nothing when it is.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(model::ReviewDocument &document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    model::BriefingOptions options() const;
    void setOptions(const model::BriefingOptions &options);

    QTextBrowser *preview() const { return m_preview; }
    bool isBusy() const { return m_busy; }
    // Writes the briefing to `path` in the background (the Export… button asks for the path).
    void exportTo(const QString &path);
    // The default file name for the current format, from the review's title.
    QString suggestedFileName() const;
    // Before a leaders' briefing is written (Export…): shows the sentences the language check
    // flagged in the last preview, with its suggestions, and returns whether the facilitator
    // chose to export anyway. True at once for practitioners and when nothing is flagged.
    // Export… calls it once the preview is current (wordingCheckPending()).
    bool confirmFlaggedSentences();
    bool wordingCheckPending() const;

signals:
    void previewUpdated();
    void exportFinished(const QString &path, bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillSections(model::BriefingAudience audience);
    void updateEnabled();
    void schedulePreview();
    void startNext();
    void startPreview();
    void onExportClicked();
    void cancelWork();
    struct Result;
    // Runs `work` (the worker's side) in the background; `result` is filled there and read on
    // finished(). `work` reports percent through the promise and stops once it is canceled.
    void startJob(std::function<void(QPromise<void> &promise)> work, std::shared_ptr<Result> result);
    void finished();
    void resumeExportAfterCheck();

    model::ReviewDocument &m_document;
    QFormLayout *m_form = nullptr;
    QLabel *m_sectionsLabel;
    QComboBox *m_audience;
    QComboBox *m_format;
    QComboBox *m_pageSize;
    QComboBox *m_language;
    QComboBox *m_zone;
    QListWidget *m_sections;
    QCheckBox *m_pseudonymise;
    QCheckBox *m_redact;
    QCheckBox *m_links;
    QTextBrowser *m_preview;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;

    // The preview's or the export's job. m_busy until finished() ran: a new job waits for it, so
    // that setFuture() never replaces a future whose end is still to be handled.
    QFutureWatcher<void> m_job;
    std::shared_ptr<Result> m_result;
    bool m_busy = false;
    bool m_previewPending = false;
    bool m_exporting = false; // the worker writes a file (else it renders the preview)
    QString m_pendingExport; // path of an export waiting for the current preview to stop
    bool m_updatingOptions = false;
    // What the language check flags in the leaders' briefing the last preview showed.
    QList<model::FlaggedSentence> m_flagged;
    bool m_flaggedCurrent = false;
    bool m_exportAfterCheck = false; // Export… waits for the preview's findings
};

// Adds File > Export Briefing… (Ctrl+E) to the window.
void installExport(MainWindow &window);

} // namespace faultless::views
