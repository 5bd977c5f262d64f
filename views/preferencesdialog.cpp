#include "preferencesdialog.h"

#include "languagesettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace faultless::views {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_note(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System default"), QString());
    for (const auto &language : LanguageSettings::available())
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSettings::chosen())));
    m_author->setText(QSettings().value(QStringLiteral("author"), qEnvironmentVariable("USER")).toString());
    m_author->setPlaceholderText(tr("Shown with your annotations, factors and narratives"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Menus change language at once; some panels change after Faultless restarts."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Your &name:"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
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
