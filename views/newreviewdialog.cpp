#include "newreviewdialog.h"

#include "accessiblename.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

namespace faultless::views {

NewReviewDialog::NewReviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_form(new QFormLayout)
    , m_fileLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newReviewDialog"));
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_zone->setObjectName(QStringLiteral("reviewTimeZone"));
    m_path->setObjectName(QStringLiteral("reviewFile"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(tr("review") + QStringLiteral(".faultless")));
    connect(m_browse, &QPushButton::clicked, this, &NewReviewDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(m_browse);

    // The file row's field is a layout, for which the form makes no buddy: m_fileLabel is ours.
    m_fileLabel->setBuddy(m_path);
    m_form->addRow(QStringLiteral("-"), m_title);
    m_form->addRow(QStringLiteral("-"), m_zone);
    m_form->addRow(m_fileLabel, pathRow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_buttons);
    setTabOrder(m_title, m_zone);
    setTabOrder(m_zone, m_path);
    setTabOrder(m_path, m_browse);
    setTabOrder(m_browse, m_buttons->button(QDialogButtonBox::Ok));
    setTabOrder(m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel));
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QFileInfo info(m_path->text());
        QString name = text.simplified();
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
        if (!name.isEmpty())
            m_path->setText(info.dir().filePath(name + QStringLiteral(".faultless")));
    });
    retranslateUi();
}

void NewReviewDialog::retranslateUi()
{
    setWindowTitle(tr("New Review"));
    m_title->setPlaceholderText(tr("e.g. Checkout latency, 14 March"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleDescription(tr("Choose where the review file is saved"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_title)))
        label->setText(tr("&Title:"));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_zone)))
        label->setText(tr("Time &zone:"));
    m_zone->setAccessibleName(accessibleNameFromLabel(tr("Time &zone:")));
    m_fileLabel->setText(tr("&File:"));
}

void NewReviewDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewReviewDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Review"), m_path->text(), tr("Faultless reviews (*.faultless)"));
    if (!path.isEmpty())
        m_path->setText(
            path.endsWith(QStringLiteral(".faultless")) ? path : path + QStringLiteral(".faultless"));
}

QString NewReviewDialog::path() const
{
    return m_path->text();
}

QString NewReviewDialog::title() const
{
    return m_title->text().trimmed();
}

QString NewReviewDialog::zoneId() const
{
    return m_zone->currentText();
}

} // namespace faultless::views
