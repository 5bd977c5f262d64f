#include "authordialog.h"

#include "domain/authorname.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace faultless::views {

namespace {
const char kAuthorKey[] = "author";
} // namespace

AuthorDialog::AuthorDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("authorDialog"));
    setWindowTitle(tr("Your Name"));
    auto *why
        = new QLabel(tr("Faultless shows this name beside what you write (annotations, factors, narrative "
                        "steps, disputes and answers) and to the other reviewers in a team review. You "
                        "can change it later in Preferences."),
            this);
    why->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("authorName"));
    m_name->setText(accountName());
    m_name->selectAll();
    auto *form = new QFormLayout;
    form->addRow(tr("Display &name:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A name is needed: an empty one would show nothing beside what you write.
    connect(m_name, &QLineEdit::textChanged, this,
        [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty()); });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!name().isEmpty());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString AuthorDialog::name() const
{
    return m_name->text().trimmed();
}

QString AuthorDialog::knownAuthor()
{
    const QString fromEnvironment = model::authors::fromEnvironment();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QSettings().value(QLatin1String(kAuthorKey)).toString().trimmed();
}

QString AuthorDialog::accountName()
{
    return model::authors::accountName();
}

void AuthorDialog::store(const QString &name)
{
    QSettings().setValue(QLatin1String(kAuthorKey), name);
}

} // namespace faultless::views
