#include "disputedialog.h"

#include "analysis/disputes.h"
#include "sensemaking/languagehighlighter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace faultless::views {

using model::Disputes;

DisputeDialog::DisputeDialog(
    const QString &state, const QString &itemText, const QString &raisedBy, QWidget *parent)
    : QDialog(parent)
    , m_state(new QComboBox(this))
    , m_raisedBy(new QLineEdit(raisedBy, this))
    , m_reason(new QPlainTextEdit(this))
{
    m_state->addItem(
        Disputes::stateLabel(Disputes::State::Uncertain), Disputes::stateName(Disputes::State::Uncertain));
    m_state->addItem(
        Disputes::stateLabel(Disputes::State::Disputed), Disputes::stateName(Disputes::State::Disputed));
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
    m_state->setAccessibleName(tr("Certainty"));
    setWindowTitle(state == QLatin1String("uncertain") ? tr("Mark Uncertain") : tr("Mark Disputed"));
    m_raisedBy->setAccessibleName(tr("Raised by"));
    m_reason->setPlaceholderText(
        tr("What is uncertain or seen differently, e.g. \"the dashboard shows 10:05, not 10:00\""));
    m_reason->setAccessibleName(tr("Why"));
    m_reason->setTabChangesFocus(true);
    LanguageHighlighter::attach(m_reason);
    QString shown = itemText.simplified();
    if (shown.size() > 200)
        shown = shown.left(199) + QChar(0x2026);
    auto *item = new QLabel(shown, this);
    item->setWordWrap(true);
    item->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Item:"), item);
    form->addRow(tr("&Mark as:"), m_state);
    form->addRow(tr("&Raised by:"), m_raisedBy);
    form->addRow(tr("&Why:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_reason->setFocus();
    resize(480, sizeHint().height());
}

QString DisputeDialog::state() const
{
    return m_state->currentData().toString();
}

QString DisputeDialog::raisedBy() const
{
    return m_raisedBy->text().trimmed();
}

QString DisputeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace faultless::views
