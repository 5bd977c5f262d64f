#include "newreviewdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
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
{
    setWindowTitle(tr("New Review"));
    m_title->setPlaceholderText(tr("e.g. Checkout latency, 14 March"));
    m_zone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->setCurrentText(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(documents).filePath(tr("review") + QStringLiteral(".faultless")));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &NewReviewDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("&File:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_title, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QFileInfo info(m_path->text());
        QString name = text.simplified();
        name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
        if (!name.isEmpty())
            m_path->setText(info.dir().filePath(name + QStringLiteral(".faultless")));
    });
}

void NewReviewDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Review"), m_path->text(),
                                                      tr("Faultless reviews (*.faultless)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QStringLiteral(".faultless")) ? path : path + QStringLiteral(".faultless"));
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
