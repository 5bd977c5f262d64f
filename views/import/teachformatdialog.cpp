#include "teachformatdialog.h"

#include "accessiblename.h"
#include "domain/timestamps.h"
#include "import/lnavformatimporter.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

namespace faultless::views {

using model::LnavFormat;
using model::LnavFormatDraft;
using Role = model::LnavFormatDraft::Role;

namespace {

constexpr Role kRoles[] = { Role::Timestamp, Role::Level, Role::Lane, Role::Message };

// Marks are told apart by colour and, for those who do not see it, by the list of marks below
// the lines, which names each one.
QColor markColor(Role role)
{
    switch (role) {
    case Role::Timestamp:
        return QColor(0x9c, 0xd3, 0xff);
    case Role::Level:
        return QColor(0xff, 0xc8, 0x7a);
    case Role::Lane:
        return QColor(0xa8, 0xe6, 0xa1);
    case Role::Message:
        return QColor(0xdd, 0xc6, 0xf5);
    }
    return {};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Timestamp:
        return TeachFormatDialog::tr("Timestamp");
    case Role::Level:
        return TeachFormatDialog::tr("Level");
    case Role::Lane:
        return TeachFormatDialog::tr("Lane");
    case Role::Message:
        return TeachFormatDialog::tr("Message");
    }
    return {};
}

} // namespace

TeachFormatDialog::TeachFormatDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_folder(model::lnavformats::formatFolder())
{
    setObjectName(QStringLiteral("teachFormatDialog"));
    buildUi();
    retranslateUi();
    loadLines();
    m_name->setText(QFileInfo(path).baseName());
    updateDraft();
}

void TeachFormatDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_samplesLabel = new QLabel(this);
    m_samples = new QPlainTextEdit(this);
    m_samples->setObjectName(QStringLiteral("sampleLines"));
    m_samples->setReadOnly(true);
    // Read-only, yet a keyboard user can still move and select with the arrow and shift keys.
    m_samples->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_samples->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_samples->setTabChangesFocus(true);
    m_samples->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_samples->setMinimumHeight(150);
    m_samplesLabel->setBuddy(m_samples);
    layout->addWidget(m_samplesLabel);
    layout->addWidget(m_samples, 2);

    auto *markRow = new QHBoxLayout;
    const char *const names[] = { "markTimestamp", "markLevel", "markLane", "markMessage" };
    for (int i = 0; i < 4; ++i) {
        m_markButtons[i] = new QPushButton(this);
        m_markButtons[i]->setObjectName(QLatin1String(names[i]));
        m_markButtons[i]->setAutoDefault(false);
        connect(m_markButtons[i], &QPushButton::clicked, this, [this, i] { markSelection(kRoles[i]); });
        markRow->addWidget(m_markButtons[i]);
    }
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearMarks"));
    m_clearButton->setAutoDefault(false);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_draft.clearMarks();
        updateDraft();
    });
    markRow->addWidget(m_clearButton);
    markRow->addStretch();
    layout->addLayout(markRow);

    m_marks = new QLabel(this);
    m_marks->setObjectName(QStringLiteral("marks"));
    m_marks->setWordWrap(true);
    m_marks->setTextFormat(Qt::PlainText);
    layout->addWidget(m_marks);

    auto *form = new QGridLayout;
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("formatName"));
    m_nameLabel->setBuddy(m_name);
    connect(m_name, &QLineEdit::textChanged, this, &TeachFormatDialog::updateDraft);
    m_patternLabel = new QLabel(this);
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("pattern"));
    m_pattern->setReadOnly(true);
    m_patternLabel->setBuddy(m_pattern);
    form->addWidget(m_nameLabel, 0, 0);
    form->addWidget(m_name, 0, 1);
    form->addWidget(m_patternLabel, 1, 0);
    form->addWidget(m_pattern, 1, 1);
    layout->addLayout(form);

    m_previewLabel = new QLabel(this);
    m_preview = new QTableWidget(0, ColumnCount, this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setTabKeyNavigation(false);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setMinimumHeight(200);
    m_previewLabel->setBuddy(m_preview);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 3);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("teachStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeachFormatDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    resize(1100, 720); // fits a 1280×800 screen with its panels
}

void TeachFormatDialog::retranslateUi()
{
    setWindowTitle(tr("Teach Faultless a format: %1").arg(QFileInfo(m_path).fileName()));
    m_intro->setText(
        tr("Faultless does not know how to read %1. Select the timestamp on one of its lines and "
           "press \"This is the timestamp\"; mark the level, lane and message too if the lines have "
           "them. The preview shows how the first %2 lines read; Save keeps the format as an lnav "
           "format file, for the app and for faultless-cli.")
            .arg(QFileInfo(m_path).fileName())
            .arg(PreviewLines));
    m_samplesLabel->setText(tr("&First lines of the file:"));
    m_samples->setAccessibleName(accessibleNameFromLabel(m_samplesLabel->text()));
    m_markButtons[0]->setText(tr("This is the &timestamp"));
    m_markButtons[1]->setText(tr("This is the &level"));
    m_markButtons[2]->setText(tr("This is the la&ne"));
    m_markButtons[3]->setText(tr("This is the &message"));
    m_clearButton->setText(tr("C&lear marks"));
    m_nameLabel->setText(tr("Format n&ame:"));
    m_name->setAccessibleName(accessibleNameFromLabel(m_nameLabel->text()));
    m_patternLabel->setText(tr("&Pattern:"));
    m_pattern->setAccessibleName(accessibleNameFromLabel(m_patternLabel->text()));
    m_previewLabel->setText(tr("P&review:"));
    m_preview->setAccessibleName(accessibleNameFromLabel(m_previewLabel->text()));
    m_preview->setHorizontalHeaderLabels(
        { tr("Line"), tr("Result"), tr("Time"), tr("Level"), tr("Lane"), tr("Message or reason") });
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save and import"));
}

void TeachFormatDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_intro) {
        retranslateUi();
        updateDraft();
    }
    QDialog::changeEvent(event);
}

void TeachFormatDialog::loadLines()
{
    // Through ImportInput, so that gzip, a BOM and CRLF look here as they will to the importer.
    model::ImportInput input;
    if (!input.open(m_path)) {
        m_status->setText(input.errorString());
        return;
    }
    model::InputLine line;
    while (m_lines.size() < PreviewLines && input.readLine(line))
        m_lines << QString::fromUtf8(model::LogFields::toValidUtf8(line.data)).remove(QLatin1Char('\r'));
    m_samples->setPlainText(m_lines.mid(0, SampleLines).join(QLatin1Char('\n')));
}

void TeachFormatDialog::markSelection(Role role)
{
    const QTextCursor cursor = m_samples->textCursor();
    const QTextBlock block = m_samples->document()->findBlock(cursor.selectionStart());
    if (!cursor.hasSelection() || block != m_samples->document()->findBlock(cursor.selectionEnd())) {
        m_status->setText(tr("Select text within one line first, then press the button again."));
        return;
    }
    markSpan(role, block.blockNumber(), cursor.selectionStart() - block.position(),
        cursor.selectionEnd() - cursor.selectionStart());
}

void TeachFormatDialog::markSpan(Role role, int lineIndex, int start, int length)
{
    if (lineIndex < 0 || lineIndex >= m_lines.size())
        return;
    if (lineIndex != m_sampleIndex) {
        // Marks belong to one line: marking on another line starts over there.
        m_sampleIndex = lineIndex;
        m_draft.setSampleLine(m_lines.at(lineIndex));
    }
    m_draft.mark(role, start, length);
    updateDraft();
}

QString TeachFormatDialog::formatId() const
{
    return model::LnavFormatImporter::idFor(m_draft.formatName());
}

void TeachFormatDialog::updateDraft()
{
    if (m_lines.isEmpty()) { // unreadable or empty: loadLines() said why
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        if (m_status->text().isEmpty())
            m_status->setText(tr("The file holds no lines to learn from."));
        return;
    }
    m_draft.setName(m_name->text());
    showMarks();
    const QString pattern = m_draft.pattern();
    const QString layout = m_draft.timestampFormat();
    m_pattern->setText(pattern.isEmpty() ? QString()
            : layout.isEmpty()           ? pattern
                                         : tr("%1   (time layout %2)").arg(pattern, layout));
    m_pattern->setCursorPosition(0);
    fillPreview();
    const bool usable = m_parsed > 0;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(usable);
    if (!m_draft.spanOf(Role::Timestamp))
        m_status->setText(tr("Select the timestamp on a line and press \"This is the timestamp\"."));
    else if (!m_draft.spans().empty() && layout.isEmpty() && m_parsed == 0)
        m_status->setText(tr("Faultless does not know the layout of the marked timestamp."));
    else
        m_status->setText(tr("%1 of %2 lines start a record, %3 continue one, %4 are rejected.")
                              .arg(m_parsed)
                              .arg(m_parsed + m_continued + m_rejected)
                              .arg(m_continued)
                              .arg(m_rejected));
}

void TeachFormatDialog::showMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    QStringList described;
    const QTextBlock block = m_samples->document()->findBlockByNumber(m_sampleIndex);
    for (const LnavFormatDraft::Span &span : m_draft.spans()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(block);
        selection.cursor.setPosition(block.position() + int(span.start));
        selection.cursor.setPosition(
            block.position() + int(span.start + span.length), QTextCursor::KeepAnchor);
        selection.format.setBackground(markColor(span.role));
        selection.format.setForeground(Qt::black);
        selections << selection;
        described
            << tr("%1: \"%2\"").arg(roleName(span.role), m_draft.sampleLine().mid(span.start, span.length));
    }
    m_samples->setExtraSelections(selections);
    m_marks->setText(described.isEmpty()
            ? tr("Nothing marked yet.")
            : tr("Marked on line %1: %2").arg(m_sampleIndex + 1).arg(described.join(QStringLiteral(" · "))));
}

void TeachFormatDialog::fillPreview()
{
    m_parsed = m_continued = m_rejected = 0;
    const auto rows = m_draft.preview(m_lines);
    m_preview->setRowCount(int(rows.size()));
    qint64 recordLine = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto &row = rows[size_t(r)];
        QString result, text = row.reason;
        QString time, level, lane;
        if (row.outcome == LnavFormat::Outcome::Event) {
            ++m_parsed;
            recordLine = row.line;
            result = tr("record");
            time = model::timestamps::toDisplay(row.event.instant, QTimeZone::utc());
            level = model::DomainText::severityLabel(row.event.severity);
            lane = QString::fromUtf8(row.event.lane);
            text = QString::fromUtf8(row.event.text);
        } else if (row.outcome == LnavFormat::Outcome::NoMatch && recordLine > 0) {
            ++m_continued;
            result = tr("continues line %1").arg(recordLine);
            text = m_lines.value(int(row.line - 1));
        } else {
            ++m_rejected;
            result = tr("rejected");
        }
        const QString cells[ColumnCount] = { QString::number(row.line), result, time, level, lane, text };
        for (int c = 0; c < ColumnCount; ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    m_preview->resizeColumnsToContents();
    m_preview->setColumnWidth(TextColumn, std::min(m_preview->columnWidth(TextColumn), 600));
}

void TeachFormatDialog::save()
{
    QString error;
    if (!m_draft.save(m_folder, m_path, false, &m_savedPath, &error)) {
        const QString target = m_folder + QLatin1Char('/') + m_draft.formatName() + QStringLiteral(".json");
        if (!QFileInfo::exists(target)) {
            m_status->setText(error);
            return;
        }
        const auto answer = QMessageBox::question(this, tr("Replace format?"),
            tr("A format named %1 exists already. Replace it with this one?").arg(m_draft.formatName()));
        if (answer != QMessageBox::Yes || !m_draft.save(m_folder, m_path, true, &m_savedPath, &error)) {
            if (answer == QMessageBox::Yes)
                m_status->setText(error);
            return;
        }
    }
    accept();
}

} // namespace faultless::views
