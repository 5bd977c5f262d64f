#include "preferencesdialog.h"

#include "accessiblename.h"
#include "authordialog.h"
#include "languagesettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace faultless::views {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_language(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString()); // "System default", set in retranslateUi()
    for (const auto &language : LanguageSettings::available())
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSettings::chosen())));
    m_author->setObjectName(QStringLiteral("authorName"));
    const QString author = AuthorDialog::knownAuthor();
    m_author->setText(author.isEmpty() ? AuthorDialog::accountName() : author);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);

    // Labels are made here and named in retranslateUi(); the form makes each the buddy of its
    // field, so Alt+L and Alt+N reach the fields and screen readers read the labels as names.
    m_form->addRow(QStringLiteral("-"), m_language);
    m_form->addRow(QStringLiteral("-"), m_author);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    // Top to bottom, then the buttons (the box was made first, so the default chain would start there).
    setTabOrder(m_language, m_author);
    setTabOrder(m_author, m_buttons->button(QDialogButtonBox::Ok));
    setTabOrder(m_buttons->button(QDialogButtonBox::Ok), m_buttons->button(QDialogButtonBox::Cancel));
    retranslateUi();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_language->setItemText(0, tr("System default"));
    m_author->setPlaceholderText(tr("Shown with your annotations, factors and narratives"));
    m_note->setText(tr("The interface changes language at once; Undo and Redo in the Edit menu follow after "
                       "Faultless restarts."));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_language)))
        label->setText(tr("&Language:"));
    m_language->setAccessibleName(accessibleNameFromLabel(tr("&Language:")));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_author)))
        label->setText(tr("Your &name:"));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString PreferencesDialog::languageCode() const
{
    return m_language->currentData().toString();
}

QString PreferencesDialog::authorName() const
{
    return m_author->text().trimmed();
}

void PreferencesDialog::apply()
{
    QSettings().setValue(QStringLiteral("author"), authorName());
    if (languageCode() != LanguageSettings::chosen()) {
        LanguageSettings::setChosen(languageCode());
        LanguageSettings::apply(languageCode());
    }
}

} // namespace faultless::views
