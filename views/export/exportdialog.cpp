#include "exportdialog.h"

#include "document/reviewdocument.h"
#include "export/briefingexporter.h"
#include "export/htmlbriefing.h"
#include "mainwindow.h"
#include "store/reviewstore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace faultless::views {

using model::BriefingAudience;
using model::BriefingFormat;
using model::BriefingOptions;
using model::BriefingPageSize;
using model::BriefingSection;

namespace {
QString sectionLabel(BriefingSection section)
{
    switch (section) {
    case BriefingSection::Summary:
        return ExportDialog::tr("What happened (window and impact)");
    case BriefingSection::Chart:
        return ExportDialog::tr("Activity chart");
    case BriefingSection::Timeline:
        return ExportDialog::tr("Timeline of key moments");
    case BriefingSection::FlagChanges:
        return ExportDialog::tr("Feature flag changes");
    case BriefingSection::Experiments:
        return ExportDialog::tr("Experiments");
    case BriefingSection::Factors:
        return ExportDialog::tr("Contributing factors");
    case BriefingSection::Narratives:
        return ExportDialog::tr("Narratives and where they diverge");
    case BriefingSection::Disputes:
        return ExportDialog::tr("Items not agreed");
    case BriefingSection::Learnings:
        return ExportDialog::tr("Surprises and what helped");
    case BriefingSection::Questions:
        return ExportDialog::tr("Questions and answers");
    case BriefingSection::Opportunities:
        return ExportDialog::tr("Opportunities");
    case BriefingSection::Glossary:
        return ExportDialog::tr("Terms explained");
    case BriefingSection::Sources:
        return ExportDialog::tr("Sources");
    }
    return QString();
}

QString extensionOf(BriefingFormat format)
{
    switch (format) {
    case BriefingFormat::Markdown:
        return QStringLiteral("md");
    case BriefingFormat::Html:
        return QStringLiteral("html");
    case BriefingFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return QString();
}
} // namespace

struct ExportDialog::Result
{
    bool isExport = false;
    QString path;
    bool ok = false;
    QString error;
    model::BriefingOutput output;
};

ExportDialog::ExportDialog(model::ReviewDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export Briefing"));
    buildUi();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ExportDialog::schedulePreview);
    connect(&m_job, &QFutureWatcher<void>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_job, &QFutureWatcher<void>::finished, this, &ExportDialog::finished);

    // Defaults: the last choices, else a leader briefing of the whole review in PDF.
    const QSettings settings;
    BriefingOptions defaults;
    defaults.format
        = BriefingFormat(settings.value(QStringLiteral("export/format"), int(BriefingFormat::Pdf)).toInt());
    defaults.audience = BriefingAudience(settings.value(QStringLiteral("export/audience"), 0).toInt());
    defaults.pageSize
        = BriefingPageSize(settings
                               .value(QStringLiteral("export/pageSize"),
                                   QLocale().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0)
                               .toInt());
    defaults.pseudonymise = settings.value(QStringLiteral("export/pseudonymise"), false).toBool();
    defaults.redact = settings.value(QStringLiteral("export/redact"), true).toBool();
    setOptions(defaults);

    connect(&m_document, &model::ReviewDocument::changed, this, [this] {
        m_flaggedCurrent = false;
        if (isVisible())
            m_debounce->start();
    });
    resize(1100, 720);
    m_debounce->start(0);
}

ExportDialog::~ExportDialog()
{
    if (m_busy) {
        disconnect(&m_job, nullptr, this, nullptr);
        m_job.cancel();
        m_job.waitForFinished();
    }
}

void ExportDialog::buildUi()
{
    // Texts are set in retranslateUi(), so that a language change renames everything here.
    m_audience = new QComboBox;
    m_audience->addItem(QString(), int(BriefingAudience::Leader));
    m_audience->addItem(QString(), int(BriefingAudience::Practitioner));

    m_format = new QComboBox;
    m_format->addItem(QString(), int(BriefingFormat::Pdf));
    m_format->addItem(QString(), int(BriefingFormat::Html));
    m_format->addItem(QString(), int(BriefingFormat::Markdown));

    m_pageSize = new QComboBox;
    m_pageSize->addItem(QString(), int(BriefingPageSize::A4));
    m_pageSize->addItem(QString(), int(BriefingPageSize::Letter));

    m_language = new QComboBox;
    m_language->addItem(QString(), QString());
    for (const QString &code : model::BriefingExporter::availableLanguages()) {
        const QLocale locale(code);
        const QString name
            = code == QLatin1String("en") ? QStringLiteral("English") : locale.nativeLanguageName();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }

    m_zone = new QComboBox;
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(QString(), QString());
    m_zone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_sections = new QListWidget;
    for (BriefingSection section : BriefingOptions::allSections()) {
        auto *item = new QListWidgetItem(m_sections);
        item->setData(Qt::UserRole, quint32(section));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }

    m_pseudonymise = new QCheckBox;
    m_redact = new QCheckBox;
    m_links = new QCheckBox;

    // Names for tests and for accessibility tools that address widgets by name.
    m_audience->setObjectName(QStringLiteral("audience"));
    m_format->setObjectName(QStringLiteral("format"));
    m_pageSize->setObjectName(QStringLiteral("pageSize"));
    m_language->setObjectName(QStringLiteral("language"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_sections->setObjectName(QStringLiteral("sections"));
    m_pseudonymise->setObjectName(QStringLiteral("pseudonymise"));
    m_redact->setObjectName(QStringLiteral("redact"));
    m_links->setObjectName(QStringLiteral("activeLinks"));

    m_form = new QFormLayout;
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_audience, m_format, m_pageSize, m_language, m_zone })
        m_form->addRow(QStringLiteral("-"), field); // the form makes each label its field's buddy
    m_sectionsLabel = new QLabel;
    m_sectionsLabel->setBuddy(m_sections);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(m_form);
    leftLayout->addWidget(m_sectionsLabel);
    leftLayout->addWidget(m_sections, 1);
    leftLayout->addWidget(m_pseudonymise);
    leftLayout->addWidget(m_redact);
    leftLayout->addWidget(m_links);

    m_preview = new QTextBrowser;
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_preview->document()->setDefaultStyleSheet(model::HtmlBriefing::richTextCss());
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    rightLayout->addLayout(statusRow);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 320, 780 });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_exportButton = m_buttons->addButton(QStringLiteral("-"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QStringLiteral("-"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelButton->setVisible(false);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::onExportClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelWork);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    // Options top to bottom, the preview, then the buttons; the preview is read-only, so Tab
    // leaves it instead of moving between its links.
    m_preview->setTabChangesFocus(true);
    // Fusion draws no focus frame around a text browser: a highlight-coloured border does.
    m_preview->setStyleSheet(QStringLiteral("QTextBrowser:focus { border: 2px solid palette(highlight); }"));
    QWidget *previous = m_audience;
    for (QWidget *next : std::initializer_list<QWidget *> { m_format, m_pageSize, m_language, m_zone,
             m_sections, m_pseudonymise, m_redact, m_links, m_preview, m_exportButton, m_cancelButton,
             m_buttons->button(QDialogButtonBox::Close) }) {
        setTabOrder(previous, next);
        previous = next;
    }
    retranslateUi();

    auto changed = [this] {
        if (!m_updatingOptions) {
            updateEnabled();
            m_debounce->start();
        }
    };
    connect(m_audience, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (!m_updatingOptions)
            fillSections(BriefingAudience(m_audience->currentData().toInt()));
        changed();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, changed);
    connect(m_language, &QComboBox::currentIndexChanged, this, changed);
    connect(m_zone, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sections, &QListWidget::itemChanged, this, changed);
    connect(m_pseudonymise, &QCheckBox::toggled, this, changed);
    connect(m_redact, &QCheckBox::toggled, this, changed);
    connect(m_links, &QCheckBox::toggled, this, changed);
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Briefing"));
    m_audience->setItemText(0, tr("Leaders: short briefing, jargon explained"));
    m_audience->setItemText(1, tr("Practitioners: detailed analysis"));
    m_audience->setAccessibleName(tr("Audience"));
    m_format->setItemText(0, tr("PDF"));
    m_format->setItemText(1, tr("HTML (one self-contained file)"));
    m_format->setItemText(2, tr("Markdown"));
    m_format->setAccessibleName(tr("Format"));
    m_pageSize->setItemText(0, tr("A4"));
    m_pageSize->setItemText(1, tr("Letter"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_language->setItemText(0, tr("Application language"));
    m_language->setAccessibleName(tr("Language of the briefing"));
    m_zone->setItemText(0, tr("%1 (the review's)").arg(QString::fromUtf8(m_document.timeZone().id())));
    m_zone->setAccessibleName(tr("Time zone of the briefing"));
    m_sections->setAccessibleName(tr("Sections to include"));
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setText(sectionLabel(BriefingSection(item->data(Qt::UserRole).toUInt())));
    }
    const QString labels[]
        = { tr("&Audience:"), tr("&Format:"), tr("&Page size:"), tr("&Language:"), tr("&Time zone:") };
    int n = 0;
    for (QWidget *field :
        std::initializer_list<QWidget *> { m_audience, m_format, m_pageSize, m_language, m_zone }) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(labels[n]);
        ++n;
    }
    m_sectionsLabel->setText(tr("&Sections:"));
    m_pseudonymise->setText(tr("Name people by their role (pseudonyms)"));
    m_pseudonymise->setToolTip(
        tr("Participants' pseudonyms replace their names everywhere: authors, narratives, notes "
           "and quoted events."));
    m_redact->setText(tr("Mask secrets in quoted text"));
    m_redact->setToolTip(tr("Tokens, passwords, API keys, e-mail and IP addresses in quoted text become "
                            "[redacted]."));
    m_links->setText(tr("Make web addresses clickable"));
    m_links->setToolTip(
        tr("Off: addresses from logs and chat stay plain text, so nobody opens them by accident."));
    m_preview->setAccessibleName(tr("Briefing preview"));
    m_status->setAccessibleName(tr("Export status"));
    m_progress->setAccessibleName(tr("Export progress"));
    m_exportButton->setText(tr("&Export…"));
    m_cancelButton->setText(tr("Cancel Export"));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_form) {
        retranslateUi();
        // The preview is in the application language unless another was chosen for the briefing.
        if (m_language->currentData().toString().isEmpty())
            m_debounce->start();
    }
    QDialog::changeEvent(event);
}

void ExportDialog::fillSections(BriefingAudience audience)
{
    const auto defaults = BriefingOptions::defaultSections(audience);
    const bool was = m_updatingOptions;
    m_updatingOptions = true;
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setCheckState(defaults.testFlag(BriefingSection(item->data(Qt::UserRole).toUInt()))
                ? Qt::Checked
                : Qt::Unchecked);
    }
    m_updatingOptions = was;
}

BriefingOptions ExportDialog::options() const
{
    BriefingOptions o;
    o.format = BriefingFormat(m_format->currentData().toInt());
    o.audience = BriefingAudience(m_audience->currentData().toInt());
    o.pageSize = BriefingPageSize(m_pageSize->currentData().toInt());
    o.language = m_language->currentData().toString();
    // The zone box is editable: an id typed without picking it from the list counts too.
    const QString typed = m_zone->currentText().trimmed();
    if (m_zone->currentIndex() >= 0 && m_zone->itemText(m_zone->currentIndex()) == typed)
        o.timeZone = m_zone->currentData().toString();
    else if (QTimeZone(typed.toUtf8()).isValid())
        o.timeZone = typed;
    for (int i = 0; i < m_sections->count(); ++i) {
        if (m_sections->item(i)->checkState() == Qt::Checked)
            o.sections |= BriefingSection(m_sections->item(i)->data(Qt::UserRole).toUInt());
    }
    if (!o.sections) // nothing ticked: the title and reading time alone
        o.sections = BriefingSection::Summary;
    o.pseudonymise = m_pseudonymise->isChecked();
    o.redact = m_redact->isChecked();
    o.activeLinks = m_links->isChecked();
    return o;
}

void ExportDialog::setOptions(const BriefingOptions &o)
{
    m_updatingOptions = true;
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(o.format))));
    m_audience->setCurrentIndex(std::max(0, m_audience->findData(int(o.audience))));
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(int(o.pageSize))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(o.language)));
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(o.timeZone)));
    const auto sections = o.effectiveSections();
    for (int i = 0; i < m_sections->count(); ++i) {
        QListWidgetItem *item = m_sections->item(i);
        item->setCheckState(sections.testFlag(BriefingSection(item->data(Qt::UserRole).toUInt()))
                ? Qt::Checked
                : Qt::Unchecked);
    }
    m_pseudonymise->setChecked(o.pseudonymise);
    m_redact->setChecked(o.redact);
    m_links->setChecked(o.activeLinks);
    m_updatingOptions = false;
    updateEnabled();
    m_debounce->start();
}

void ExportDialog::updateEnabled()
{
    m_pageSize->setEnabled(BriefingFormat(m_format->currentData().toInt()) == BriefingFormat::Pdf);
    const bool exporting = m_busy && m_exporting;
    m_exportButton->setEnabled(!exporting && !m_exportAfterCheck && m_document.isOpen());
}

QString ExportDialog::suggestedFileName() const
{
    QString base = m_document.title().simplified();
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QString());
    base = base.trimmed().replace(QLatin1Char(' '), QLatin1Char('-')).toLower();
    if (base.isEmpty())
        base = QStringLiteral("briefing");
    return base + QStringLiteral("-briefing.") + extensionOf(options().format);
}

void ExportDialog::schedulePreview()
{
    m_previewPending = true;
    m_flaggedCurrent = false;
    // The newer options win over a running preview, which stops at its next step; an export is
    // never cancelled by a preview: the preview waits for it.
    if (m_busy && !m_exporting)
        m_job.cancel();
    else if (!m_busy)
        startNext();
}

void ExportDialog::startNext()
{
    if (m_busy)
        return;
    if (!m_pendingExport.isEmpty()) {
        const QString path = m_pendingExport;
        m_pendingExport.clear();
        exportTo(path);
    } else if (m_previewPending) {
        startPreview();
    }
}

void ExportDialog::startPreview()
{
    m_previewPending = false;
    if (!m_document.isOpen())
        return;
    BriefingOptions o = options();
    // The preview shows the rich text the PDF is made of, whatever the chosen format.
    o.format = BriefingFormat::Pdf;
    const QString reviewPath = m_document.path();
    auto result = std::make_shared<Result>();
    m_status->setText(m_exportAfterCheck ? tr("Checking the wording of the briefing before the export…")
                                         : tr("Updating the preview…"));
    startJob(
        [reviewPath, o, result](QPromise<void> &promise) {
            model::ReviewStore store;
            if (!store.open(reviewPath)) {
                result->error = store.errorString();
                return;
            }
            auto output = model::BriefingExporter::render(
                store, o, &result->error, [&promise](int) { return !promise.isCanceled(); });
            if (output) {
                result->output = std::move(*output);
                result->ok = true;
            }
        },
        result);
}

void ExportDialog::startJob(std::function<void(QPromise<void> &promise)> work, std::shared_ptr<Result> result)
{
    m_busy = true;
    m_result = std::move(result);
    m_job.setFuture(QtConcurrent::run([work = std::move(work)](QPromise<void> &promise) {
        promise.setProgressRange(0, 100);
        work(promise);
    }));
}

void ExportDialog::exportTo(const QString &path)
{
    if (m_busy) {
        // Let the preview stop first; the export starts right after it.
        m_pendingExport = path;
        m_job.cancel();
        return;
    }
    const BriefingOptions o = options();
    QSettings settings;
    settings.setValue(QStringLiteral("export/format"), int(o.format));
    settings.setValue(QStringLiteral("export/audience"), int(o.audience));
    settings.setValue(QStringLiteral("export/pageSize"), int(o.pageSize));
    settings.setValue(QStringLiteral("export/pseudonymise"), o.pseudonymise);
    settings.setValue(QStringLiteral("export/redact"), o.redact);

    const QString reviewPath = m_document.path();
    auto result = std::make_shared<Result>();
    result->isExport = true;
    result->path = path;
    m_exporting = true;
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_status->setText(tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    updateEnabled();
    startJob(
        [reviewPath, o, path, result](QPromise<void> &promise) {
            model::ReviewStore store;
            if (!store.open(reviewPath)) {
                result->error = store.errorString();
                return;
            }
            result->ok
                = model::BriefingExporter::exportTo(store, o, path, &result->error, [&promise](int percent) {
                      promise.setProgressValue(percent);
                      return !promise.isCanceled();
                  });
        },
        result);
}

void ExportDialog::cancelWork()
{
    if (m_busy)
        m_job.cancel();
}

void ExportDialog::finished()
{
    const std::shared_ptr<Result> result = std::move(m_result);
    m_busy = false;
    m_exporting = false;
    // Also when canceled before the pool started it: then the result is empty.
    const bool cancelled = m_job.isCanceled();
    if (result->isExport) {
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        QString message;
        if (result->ok)
            message = tr("Wrote %1").arg(QDir::toNativeSeparators(result->path));
        else if (cancelled)
            message = tr("Export cancelled; nothing was written");
        else
            message = tr("Could not export the briefing: %1").arg(result->error);
        m_status->setText(message);
        emit exportFinished(result->path, result->ok, message);
    } else if (result->ok && !cancelled) {
        const int scroll = m_preview->verticalScrollBar()->value();
        QTextDocument *doc = m_preview->document();
        if (!result->output.chart.isNull())
            doc->addResource(QTextDocument::ImageResource,
                QUrl(QLatin1String(model::HtmlBriefing::ChartResource)), result->output.chart);
        m_preview->setHtml(result->output.text);
        m_preview->verticalScrollBar()->setValue(scroll);
        // "min" and a colon: no English plural form needed when no English translation is loaded.
        QString status = tr("Reading time: about %1 min").arg(result->output.readingMinutes);
        if (result->output.redactions > 0)
            status += QStringLiteral(" · ") + tr("Secrets masked: %1").arg(result->output.redactions);
        m_flagged = result->output.flagged;
        m_flaggedCurrent = true;
        if (!m_flagged.isEmpty())
            status
                += QStringLiteral(" · ") + tr("Sentences the language check flags: %1").arg(m_flagged.size());
        m_status->setText(status);
        emit previewUpdated();
    } else if (!result->ok && !cancelled) {
        m_status->setText(tr("No preview: %1").arg(result->error));
        if (m_exportAfterCheck && !m_previewPending) {
            // The check helps; it never blocks an export.
            m_flagged.clear();
            m_flaggedCurrent = true;
            m_status->setText(tr("Could not check the wording: %1").arg(result->error));
        }
    }
    resumeExportAfterCheck();
    updateEnabled();
    startNext();
}

// Once the findings are current, the export the user asked for goes on: from the event loop,
// not from this handler of finished work, since it asks the user (docs/architecture.md).
void ExportDialog::resumeExportAfterCheck()
{
    if (!m_exportAfterCheck || wordingCheckPending())
        return;
    m_exportAfterCheck = false;
    QTimer::singleShot(0, this, &ExportDialog::onExportClicked);
}

// Blameless at the door: before a leaders' briefing is written, the facilitator sees the
// sentences the language check flags, with its suggestions, and decides whether to export.
bool ExportDialog::confirmFlaggedSentences()
{
    if (options().audience != BriefingAudience::Leader || m_flagged.isEmpty())
        return true;
    QStringList shown;
    for (const model::FlaggedSentence &f : std::as_const(m_flagged)) {
        shown << tr("“%1”\n    “%2”: %3 Suggestion: %4").arg(f.sentence, f.phrase, f.why, f.suggestion);
    }
    QMessageBox box(QMessageBox::Warning, tr("Export Briefing"),
        tr("The language check flags %n sentence(s) of this leaders' briefing. Readers may hear blame or "
           "hindsight in them.",
            nullptr, int(m_flagged.size())),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("flaggedSentencesBox"));
    box.setInformativeText(shown.mid(0, 3).join(QStringLiteral("\n\n"))
        + (shown.size() > 3 ? QStringLiteral("\n…") : QString()));
    box.setDetailedText(shown.join(QStringLiteral("\n\n")));
    QPushButton *proceed = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
    QPushButton *reword = box.addButton(tr("Cancel and Reword"), QMessageBox::RejectRole);
    proceed->setObjectName(QStringLiteral("exportAnyway"));
    box.setDefaultButton(reword);
    box.setEscapeButton(reword);
    // Modal on purpose, and not in the handler of finished work: the user's Export… click waits
    // for this answer before any export starts (a running preview only delivers its result).
    box.exec();
    return box.clickedButton() == proceed;
}

// The language check's findings are those of the last preview; they are stale while the options
// or the review changed since. A leaders' briefing then waits for the next preview, which checks
// the wording in the background: checked here, it held the window for seconds on a big review.
bool ExportDialog::wordingCheckPending() const
{
    return options().audience == BriefingAudience::Leader
        && (!m_flaggedCurrent || m_debounce->isActive() || m_previewPending || (m_busy && !m_exporting));
}

void ExportDialog::onExportClicked()
{
    if (wordingCheckPending()) {
        m_exportAfterCheck = true;
        // The preview due is started now; with none due or running (the last one failed, or the
        // review changed while the dialog was hidden), one is started for the check.
        const bool previewRunning = m_busy && !m_exporting;
        if (m_debounce->isActive() || (!m_previewPending && !previewRunning)) {
            m_debounce->stop();
            schedulePreview();
        }
        m_status->setText(tr("Checking the wording of the briefing before the export…"));
        updateEnabled();
        return;
    }
    if (!confirmFlaggedSentences())
        return;
    const BriefingOptions o = options();
    QString filter;
    switch (o.format) {
    case BriefingFormat::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case BriefingFormat::Html:
        filter = tr("Web pages (*.html *.htm)");
        break;
    case BriefingFormat::Markdown:
        filter = tr("Markdown (*.md)");
        break;
    }
    QSettings settings;
    const QString dir = settings
                            .value(QStringLiteral("export/dir"),
                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                            .toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Briefing"), QDir(dir).filePath(suggestedFileName()), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extensionOf(o.format);
    settings.setValue(QStringLiteral("export/dir"), QFileInfo(path).absolutePath());
    exportTo(path);
}

// Named again after a language change. The context is spelled out: lupdate does not resolve
// MainWindow::tr to the namespaced class here.
static void nameExportAction(QAction *action)
{
    action->setText(QCoreApplication::translate("faultless::views::MainWindow", "Export &Briefing…"));
    action->setStatusTip(QCoreApplication::translate(
        "faultless::views::MainWindow", "Write a briefing of this review as PDF, HTML or Markdown"));
}

void installExport(MainWindow &window)
{
    QMenu *file = window.menu(MainWindow::Menu::File);
    auto *action = new QAction(&window);
    action->setObjectName(QStringLiteral("exportBriefingAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    nameExportAction(action);
    QObject::connect(&window, &MainWindow::languageChanged, action, [action] { nameExportAction(action); });
    // Next to Import, before the separator that leads to Close and Quit.
    QAction *before = nullptr;
    const QList<QAction *> actions = file->actions();
    for (qsizetype i = actions.size() - 1; i >= 0; --i) {
        if (actions.at(i)->isSeparator()) {
            before = actions.at(i);
            break;
        }
    }
    file->insertAction(before, action);
    MainWindow *w = &window;
    QObject::connect(action, &QAction::triggered, w, [w] {
        if (!w->document().isOpen())
            return;
        auto *dialog = new ExportDialog(w->document(), w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &ExportDialog::exportFinished, w,
            [w](const QString &, bool, const QString &message) { w->showStatus(message, 8000); });
        dialog->show();
    });
    auto update = [w, action] { action->setEnabled(w->document().isOpen()); };
    QObject::connect(&window.document(), &model::ReviewDocument::opened, action, update);
    QObject::connect(&window.document(), &model::ReviewDocument::aboutToClose, action,
        [action] { action->setEnabled(false); });
    update();
}

} // namespace faultless::views
