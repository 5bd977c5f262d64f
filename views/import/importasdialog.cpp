#include "importasdialog.h"

#include "accessiblename.h"
#include "import/importerregistry.h"
#include "import/parsers/importinput.h"
#include "import/parsers/logfields.h"

#include <QCollator>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace faultless::views {

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

ImportAsDialog::ImportAsDialog(
    const QString &path, const QString &currentFormatId, const QString &sourceName, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_current(currentFormatId)
    , m_sourceName(sourceName.isEmpty() ? QFileInfo(path).fileName() : sourceName)
    , m_intro(new QLabel(this))
    , m_findLabel(new QLabel(this))
    , m_find(new QLineEdit(this))
    , m_formatsLabel(new QLabel(this))
    , m_formats(new QListWidget(this))
    , m_linesLabel(new QLabel(this))
    , m_lines(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importAsDialog"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_find->setObjectName(QStringLiteral("findFormat"));
    m_find->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_find);
    m_formats->setObjectName(QStringLiteral("formatList"));
    m_formatsLabel->setBuddy(m_formats);
    m_lines->setObjectName(QStringLiteral("firstLines"));
    m_lines->setReadOnly(true);
    m_lines->setTabChangesFocus(true);
    m_lines->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_lines->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_linesLabel->setBuddy(m_lines);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *formats = new QGridLayout;
    formats->addWidget(m_findLabel, 0, 0);
    formats->addWidget(m_find, 0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(formats);
    layout->addWidget(m_formatsLabel);
    layout->addWidget(m_formats, 3);
    layout->addWidget(m_linesLabel);
    layout->addWidget(m_lines, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QLineEdit::textChanged, this, &ImportAsDialog::filterFormats);
    connect(m_formats, &QListWidget::currentItemChanged, this, &ImportAsDialog::updateButtons);
    connect(m_formats, &QListWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });

    loadFile();
    fillFormats();
    retranslateUi();
    // The recognised format is the likely choice, unless the file was read in it already; then
    // the list starts at the current one (which cannot be chosen). With neither, the user starts
    // by typing part of a name.
    if (!m_recognised.isEmpty() && m_recognised != m_current)
        selectFormat(m_recognised);
    else if (!m_current.isEmpty())
        selectFormat(m_current);
    updateButtons();
    if (m_formats->currentItem())
        m_formats->setFocus();
    else
        m_find->setFocus();
    resize(720, 560);
}

// The first lines as the importer will see them (gzip, a BOM and CRLF undone), and the format
// that sniffing recognises in the same bytes.
void ImportAsDialog::loadFile()
{
    model::ImportInput input;
    if (!input.open(m_path)) {
        m_lines->setPlainText(input.errorString());
        return;
    }
    const QByteArray prefix = input.peek(model::ImporterRegistry::SniffSize);
    const model::ImporterRegistry registry; // the detection points into it
    const model::FormatDetection detection = registry.detect(prefix, QFileInfo(m_path).fileName());
    if (detection.importer)
        m_recognised = detection.importer->id();
    QStringList lines;
    model::InputLine line;
    while (lines.size() < SampleLines && input.readLine(line))
        lines << QString::fromUtf8(model::LogFields::toValidUtf8(line.data)).remove(QLatin1Char('\r'));
    m_lines->setPlainText(lines.join(QLatin1Char('\n')));
}

// Every format by its user-facing name, in the language's order, the id in the tooltip.
void ImportAsDialog::fillFormats()
{
    const model::ImporterRegistry registry; // reads the user's lnav format files too
    QList<QPair<QString, QString>> formats;
    for (const auto &importer : registry.importers())
        formats.append({ importer->displayName(), importer->id() });
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(formats.begin(), formats.end(),
        [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, id] : std::as_const(formats)) {
        auto *item = new QListWidgetItem(m_formats);
        item->setData(IdRole, id);
        item->setData(NameRole, name);
    }
}

void ImportAsDialog::retranslateUi()
{
    if (m_current.isEmpty()) {
        setWindowTitle(tr("Import As"));
        m_intro->setText(tr("Choose the format to read %1 with. The first lines of the file are shown "
                            "below to help you judge.")
                             .arg(m_sourceName));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    } else {
        setWindowTitle(tr("Import Again As"));
        m_intro->setText(tr("Read %1 again in another format. Its events are replaced by what that "
                            "format reads, as one step: Undo brings back the current events, with "
                            "their annotations, tags and evidence.")
                             .arg(m_sourceName));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import Again"));
    }
    m_findLabel->setText(tr("&Find:"));
    m_find->setPlaceholderText(tr("Part of a format's name"));
    m_find->setAccessibleName(accessibleNameFromLabel(m_findLabel->text()));
    m_formatsLabel->setText(tr("&Formats:"));
    m_formats->setAccessibleName(accessibleNameFromLabel(m_formatsLabel->text()));
    m_linesLabel->setText(tr("First &lines of %1:").arg(QFileInfo(m_path).fileName()));
    m_lines->setAccessibleName(tr("First lines of the file"));
    m_lines->setToolTip(m_path);
    for (int i = 0; i < m_formats->count(); ++i) {
        QListWidgetItem *item = m_formats->item(i);
        const QString id = item->data(IdRole).toString();
        QStringList marks;
        if (id == m_recognised)
            marks << tr("recognised in its first lines");
        if (id == m_current)
            marks << tr("imported as this now");
        const QString name = item->data(NameRole).toString();
        //: a format's name, then what is known about it for this file, e.g. "(recognised in its first lines)"
        item->setText(marks.isEmpty() ? name : tr("%1 (%2)").arg(name, marks.join(QStringLiteral("; "))));
        item->setToolTip(tr("Format id: %1").arg(id));
        QFont font = item->font();
        font.setBold(!marks.isEmpty());
        item->setFont(font);
    }
    updateButtons();
}

void ImportAsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportAsDialog::filterFormats(const QString &text)
{
    for (int i = 0; i < m_formats->count(); ++i) {
        QListWidgetItem *item = m_formats->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive)
            && !item->data(IdRole).toString().contains(text, Qt::CaseInsensitive));
    }
    if (m_formats->currentItem() && m_formats->currentItem()->isHidden())
        m_formats->setCurrentItem(nullptr);
}

QString ImportAsDialog::formatId() const
{
    const QListWidgetItem *item = m_formats->currentItem();
    return item && !item->isHidden() ? item->data(IdRole).toString() : QString();
}

bool ImportAsDialog::selectFormat(const QString &formatId)
{
    for (int i = 0; i < m_formats->count(); ++i) {
        if (m_formats->item(i)->data(IdRole).toString() == formatId) {
            m_formats->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

// Reading a file again in the format it was read in changes nothing: that choice is refused.
void ImportAsDialog::updateButtons()
{
    const QString chosen = formatId();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen.isEmpty() && chosen != m_current);
    if (chosen.isEmpty())
        m_status->setText(tr("Choose a format."));
    else if (chosen == m_current)
        m_status->setText(tr("%1 was imported in this format already: choose another.").arg(m_sourceName));
    else
        m_status->clear();
}

} // namespace faultless::views
