#include "clockskewdialog.h"

#include "items/sourcemodel.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>

#include <cmath>

namespace faultless::views {

ClockSkewDialog::ClockSkewDialog(const QString &sourceName, qint64 currentOffsetUs, QWidget *parent)
    : QDialog(parent)
    , m_hours(new QSpinBox(this))
    , m_minutes(new QSpinBox(this))
    , m_seconds(new QDoubleSpinBox(this))
    , m_reason(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_current(currentOffsetUs)
{
    setWindowTitle(tr("Shift Clock of %1").arg(sourceName));
    m_hours->setRange(-48, 48);
    m_hours->setSuffix(tr(" h"));
    m_hours->setAccessibleName(tr("Hours"));
    m_minutes->setRange(-59, 59);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_seconds->setRange(-59.999999, 59.999999);
    m_seconds->setDecimals(6);
    m_seconds->setSingleStep(0.5);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setAccessibleName(tr("Seconds"));
    m_reason->setPlaceholderText(
        tr("e.g. the hosts' clocks ran 2 s fast; the zone was labelled UTC but was CET"));
    m_reason->setAccessibleName(tr("Reason"));
    auto *amount = new QHBoxLayout;
    amount->addWidget(m_hours);
    amount->addWidget(m_minutes);
    amount->addWidget(m_seconds);
    auto *hint
        = new QLabel(tr("Positive values move the source's events later, negative ones earlier."), this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Current shift:"),
        new QLabel(m_current == 0 ? tr("none") : model::SourceModel::formatOffset(m_current), this));
    // A label for a layout gets no buddy of its own: Alt+S goes to the first of the three fields.
    auto *shiftLabel = new QLabel(tr("&Shift by:"), this);
    shiftLabel->setBuddy(m_hours);
    form->addRow(shiftLabel, amount);
    form->addRow(QString(), hint);
    form->addRow(tr("&Why:"), m_reason);
    form->addRow(tr("New shift:"), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_hours, &QSpinBox::valueChanged, this, &ClockSkewDialog::updatePreview);
    connect(m_minutes, &QSpinBox::valueChanged, this, &ClockSkewDialog::updatePreview);
    connect(m_seconds, &QDoubleSpinBox::valueChanged, this, &ClockSkewDialog::updatePreview);
    updatePreview();
    resize(560, sizeHint().height());
}

qint64 ClockSkewDialog::deltaUs() const
{
    return qint64(m_hours->value()) * 3600000000ll + qint64(m_minutes->value()) * 60000000ll
        + qint64(std::llround(m_seconds->value() * 1e6));
}

QString ClockSkewDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ClockSkewDialog::updatePreview()
{
    m_preview->setText(model::SourceModel::formatOffset(m_current + deltaUs()));
}

void ClockSkewDialog::accept()
{
    if (deltaUs() == 0) {
        QMessageBox::information(this, windowTitle(), tr("Enter by how much to shift the clock."));
        return;
    }
    if (reason().isEmpty()) {
        QMessageBox::information(
            this, windowTitle(), tr("Note why the clock is shifted, so that readers of the timeline know."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace faultless::views
