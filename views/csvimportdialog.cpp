#include "csvimportdialog.h"

#include "accessiblename.h"
#include "domain/timestamps.h"
#include "import/csvimporter.h"
#include "import/parsers/csvreader.h"
#include "import/parsers/importinput.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace faultless::views {

using model::CsvImporter;
using model::CsvReader;

namespace {
constexpr qsizetype kPreviewBytes = 256 * 1024;
constexpr int kPreviewRows = 20;

const char *const kRoleKeys[] = { "time", "message", "level", "lane", "actor" };
} // namespace

CsvImportDialog::CsvImportDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;

    m_delimiterBox = new QComboBox(this);
    m_delimiterBox->setObjectName(QStringLiteral("separator"));
    for (char c : { ',', '\t', ';', '|' })
        m_delimiterBox->addItem(QString(), int(c)); // named in retranslateUi()
    m_form->addRow(QStringLiteral("-"), m_delimiterBox);

    for (int role = 0; role < RoleCount; ++role) {
        m_roleBoxes[role] = new QComboBox(this);
        m_roleBoxes[role]->setObjectName(QLatin1String(kRoleKeys[role]) + QStringLiteral("Column"));
        m_form->addRow(QStringLiteral("-"), m_roleBoxes[role]);
        connect(m_roleBoxes[role], &QComboBox::currentIndexChanged, this, &CsvImportDialog::updatePreview);
    }
    layout->addLayout(m_form);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("csvPreview"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; arrows scroll the preview
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setMinimumSize(640, 260);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("csvStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    // Creation order is already top to bottom; said once more so that a later edit keeps it.
    QWidget *previous = m_delimiterBox;
    for (QWidget *next : std::initializer_list<QWidget *> { m_roleBoxes[TimeRole], m_roleBoxes[MessageRole],
             m_roleBoxes[LevelRole], m_roleBoxes[LaneRole], m_roleBoxes[ActorRole], m_table,
             m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel) }) {
        setTabOrder(previous, next);
        previous = next;
    }

    retranslateUi();
    load();
    connect(m_delimiterBox, &QComboBox::currentIndexChanged, this, &CsvImportDialog::resplit);
}

void CsvImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import table: %1").arg(QFileInfo(m_path).fileName()));
    const QString separators[]
        = { tr("Comma ( , )"), tr("Tab"), tr("Semicolon ( ; )"), tr("Vertical bar ( | )") };
    for (int i = 0; i < m_delimiterBox->count() && i < 4; ++i)
        m_delimiterBox->setItemText(i, separators[i]);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_delimiterBox)))
        label->setText(tr("&Separator:"));
    m_delimiterBox->setAccessibleName(accessibleNameFromLabel(tr("&Separator:")));
    const QString labels[RoleCount]
        = { tr("&Time (required):"), tr("&Message:"), tr("&Level:"), tr("La&ne:"), tr("&Actor:") };
    for (int role = 0; role < RoleCount; ++role) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_roleBoxes[role])))
            label->setText(labels[role]);
        m_roleBoxes[role]->setAccessibleName(accessibleNameFromLabel(labels[role]));
        if (m_roleBoxes[role]->count() > 0)
            m_roleBoxes[role]->setItemText(0, tr("(none)"));
    }
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_form) {
        retranslateUi();
        if (!m_header.isEmpty())
            updatePreview(); // column headers and the status line
    }
    QDialog::changeEvent(event);
}

std::optional<QString> CsvImportDialog::chooseMapping(const QString &path, QWidget *parent)
{
    CsvImportDialog dialog(path, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.mappingJson();
}

void CsvImportDialog::load()
{
    // Through ImportInput, so that gzip, a BOM and CRLF look here as they will to the importer.
    model::ImportInput input;
    if (!input.open(m_path)) {
        m_status->setText(input.errorString());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_head = input.peek(kPreviewBytes);
    const qsizetype firstBreak = m_head.indexOf('\n');
    m_delimiter = CsvImporter::detectDelimiter(
        QByteArrayView(m_head).first(firstBreak < 0 ? m_head.size() : firstBreak));
    const int index = m_delimiterBox->findData(int(m_delimiter));
    const QSignalBlocker blocker(m_delimiterBox);
    m_delimiterBox->setCurrentIndex(index < 0 ? 0 : index);
    resplit();
}

void CsvImportDialog::resplit()
{
    m_delimiter = char(m_delimiterBox->currentData().toInt());
    m_header.clear();
    m_rows.clear();
    // Records may span lines inside quotes: gather lines until the quotes close.
    QByteArray record;
    qsizetype pos = 0;
    while (pos < m_head.size() && m_rows.size() < kPreviewRows) {
        qsizetype end = m_head.indexOf('\n', pos);
        if (end < 0)
            break; // the last, possibly cut, line of the preview is left out
        QByteArrayView line(m_head.constData() + pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (record.isEmpty() && line.trimmed().isEmpty())
            continue;
        if (!record.isEmpty())
            record.append('\n');
        record.append(line.data(), line.size());
        bool complete = true;
        QList<QByteArray> fields = CsvReader::splitRecord(record, m_delimiter, &complete);
        if (!complete)
            continue;
        record.clear();
        if (m_header.isEmpty())
            m_header = fields;
        else
            m_rows.append(fields);
    }

    const CsvImporter::Mapping guess = CsvImporter::guessMapping(m_header);
    const int guesses[RoleCount] = { guess.time, guess.message, guess.level, guess.lane, guess.actor };
    for (int role = 0; role < RoleCount; ++role) {
        QComboBox *box = m_roleBoxes[role];
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(tr("(none)"), -1);
        for (int i = 0; i < m_header.size(); ++i) {
            const QString name = QString::fromUtf8(m_header.at(i)).trimmed();
            box->addItem(name.isEmpty() ? tr("Column %1").arg(i + 1) : name, i);
        }
        box->setCurrentIndex(guesses[role] + 1);
    }
    updatePreview();
}

int CsvImportDialog::column(Role role) const
{
    return m_roleBoxes[role]->currentData().toInt();
}

void CsvImportDialog::setColumn(Role role, int column)
{
    m_roleBoxes[role]->setCurrentIndex(column + 1);
}

void CsvImportDialog::updatePreview()
{
    const QString roleNames[RoleCount] = { tr("time"), tr("message"), tr("level"), tr("lane"), tr("actor") };
    const int timeColumn = column(TimeRole);
    m_table->clear();
    m_table->setColumnCount(int(m_header.size()) + 1);
    m_table->setRowCount(int(m_rows.size()));
    QStringList labels;
    labels << tr("Time read as (UTC)");
    for (int i = 0; i < m_header.size(); ++i) {
        QString label = QString::fromUtf8(m_header.at(i)).trimmed();
        for (int role = 0; role < RoleCount; ++role) {
            if (column(Role(role)) == i)
                label += QLatin1String(" [") + roleNames[role] + QLatin1Char(']');
        }
        labels << label;
    }
    m_table->setHorizontalHeaderLabels(labels);
    m_readableTimes = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QList<QByteArray> &fields = m_rows.at(r);
        QString parsed;
        if (timeColumn >= 0 && timeColumn < fields.size()) {
            bool naive = false;
            const model::Instant t = CsvImporter::parseTime(fields.at(timeColumn), &naive);
            if (t != model::NoInstant) {
                ++m_readableTimes;
                parsed = model::timestamps::toIsoUtc(t);
                if (naive)
                    parsed += QLatin1Char(' ') + tr("(no zone: the source's zone will apply)");
            } else {
                parsed = tr("unreadable: this row will be rejected");
            }
        }
        m_table->setItem(r, 0, new QTableWidgetItem(parsed));
        for (int c = 0; c < fields.size() && c < m_header.size(); ++c)
            m_table->setItem(r, c + 1, new QTableWidgetItem(QString::fromUtf8(fields.at(c))));
    }
    m_table->resizeColumnsToContents();

    const bool usable = !m_header.isEmpty() && timeColumn >= 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    if (m_header.isEmpty())
        m_status->setText(tr("No header line found."));
    else if (timeColumn < 0)
        m_status->setText(tr("Choose the column that holds the time of each row."));
    else
        m_status->setText(tr("%n of the first rows have a readable time.", nullptr, m_readableTimes)
            + (m_readableTimes < m_rows.size() ? QLatin1Char(' ')
                        + tr("Rows without one are kept as rejected records with their line numbers.")
                                               : QString()));
}

QString CsvImportDialog::mappingJson() const
{
    QJsonObject o;
    // Columns by name where the name is unique, else by index.
    for (int role = 0; role < RoleCount; ++role) {
        const int c = column(Role(role));
        if (c < 0)
            continue;
        const QByteArray name = m_header.at(c).trimmed();
        const bool unique = !name.isEmpty() && m_header.count(m_header.at(c)) == 1;
        if (unique)
            o.insert(QLatin1String(kRoleKeys[role]), QString::fromUtf8(name));
        else
            o.insert(QLatin1String(kRoleKeys[role]), c);
    }
    o.insert(QLatin1String("delimiter"), QString(QLatin1Char(m_delimiter)));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace faultless::views
