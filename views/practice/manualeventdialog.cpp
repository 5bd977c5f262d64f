#include "manualeventdialog.h"

#include "domain/timestamps.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace faultless::views {

using model::EventKind;
using model::Severity;

namespace {
const QString kFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

// QDateTimeEdit cannot edit in an arbitrary zone (Qt 6.4): it edits the review zone's wall-clock
// time held as a UTC QDateTime, converted here in both directions.
QDateTime wallClock(const QDateTime &dateTime, const QTimeZone &zone)
{
    const QDateTime local = dateTime.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QDateTime inZone(model::Instant instant, const QTimeZone &zone)
{
    return wallClock(model::timestamps::toDateTime(instant), zone);
}

model::Instant fromWallClock(const QDateTime &wall, const QTimeZone &zone)
{
    return model::timestamps::fromDateTime(QDateTime(wall.date(), wall.time(), zone));
}
} // namespace

ManualEventDialog::ManualEventDialog(const QTimeZone &zone, const QStringList &lanes, QWidget *parent)
    : QDialog(parent)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
    , m_start(new QDateTimeEdit(this))
    , m_hasEnd(new QCheckBox(tr("Ends at"), this))
    , m_end(new QDateTimeEdit(this))
    , m_kind(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_lane(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Add Event by Hand"));
    for (QDateTimeEdit *edit : { m_start, m_end }) {
        edit->setDisplayFormat(kFormat);
        edit->setTimeSpec(Qt::UTC);
        edit->setCalendarPopup(true);
        edit->setDateTime(wallClock(QDateTime::currentDateTimeUtc(), m_zone));
    }
    m_start->setAccessibleName(tr("Time"));
    m_end->setAccessibleName(tr("End time"));
    m_end->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        if (!m_hasEnd->isChecked())
            m_end->setDateTime(start);
    });

    for (int k = 0; k < model::EventKindCount; ++k)
        m_kind->addItem(model::DomainText::kindLabel(EventKind(k)), k);
    m_kind->setCurrentIndex(m_kind->findData(int(EventKind::Note)));
    m_kind->setAccessibleName(tr("Kind"));
    for (int s = 0; s < model::SeverityCount; ++s)
        m_severity->addItem(model::DomainText::severityLabel(Severity(s)), s);
    m_severity->setAccessibleName(tr("Severity"));
    m_lane->setEditable(true);
    QStringList sorted = lanes;
    sorted.removeAll(QString());
    sorted.sort(Qt::CaseInsensitive);
    m_lane->addItem(QString());
    m_lane->addItems(sorted);
    m_lane->setAccessibleName(tr("Lane"));
    m_lane->lineEdit()->setPlaceholderText(tr("service, host, channel…"));
    m_actor->setPlaceholderText(tr("who did it, where known"));
    m_actor->setAccessibleName(tr("Actor"));
    m_text->setPlaceholderText(
        tr("What happened, as the people there saw it, e.g. \"phone call between on-call and vendor\""));
    m_text->setAccessibleName(tr("What happened"));
    m_text->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Time (%1):").arg(QString::fromUtf8(m_zone.id())), m_start);
    form->addRow(m_hasEnd, m_end);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("&Lane:"), m_lane);
    form->addRow(tr("&Actor:"), m_actor);
    form->addRow(tr("&What happened:"), m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_text->setFocus();
    resize(520, sizeHint().height());
}

void ManualEventDialog::setEvent(const model::commands::ManualEvent &event)
{
    setWindowTitle(tr("Edit Event Added by Hand"));
    m_start->setDateTime(inZone(event.instant, m_zone));
    m_hasEnd->setChecked(event.end != model::NoInstant);
    m_end->setDateTime(inZone(event.end != model::NoInstant ? event.end : event.instant, m_zone));
    m_kind->setCurrentIndex(m_kind->findData(int(event.kind)));
    m_severity->setCurrentIndex(m_severity->findData(int(event.severity)));
    m_lane->setCurrentText(event.lane);
    m_actor->setText(event.actor);
    m_text->setPlainText(event.text);
}

model::commands::ManualEvent ManualEventDialog::event() const
{
    model::commands::ManualEvent e;
    e.instant = fromWallClock(m_start->dateTime(), m_zone);
    e.end = m_hasEnd->isChecked() ? fromWallClock(m_end->dateTime(), m_zone) : model::NoInstant;
    e.kind = EventKind(m_kind->currentData().toInt());
    e.severity = Severity(m_severity->currentData().toInt());
    e.lane = m_lane->currentText().trimmed();
    e.actor = m_actor->text().trimmed();
    e.text = m_text->toPlainText().trimmed();
    return e;
}

void ManualEventDialog::accept()
{
    const model::commands::ManualEvent e = event();
    if (e.text.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Say what happened: the event needs a text."));
        m_text->setFocus();
        return;
    }
    if (e.end != model::NoInstant && e.end < e.instant) {
        QMessageBox::information(this, windowTitle(), tr("The end is before the start."));
        m_end->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace faultless::views
