#include "languagehighlighter.h"

#include "document/reviewdocument.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolTip>

namespace faultless::views {

namespace {

template <typename Edit> QTextCursor cursorAt(Edit *edit, const QPoint &viewportPos)
{
    return edit->cursorForPosition(viewportPos);
}

QTextCharFormat flagFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xd9, 0x7a, 0x00)); // amber: a hint, not an error
    return format;
}

// Calls `update` with the document's people now (when open) and whenever they change.
template <typename Target> void followPeopleOf(Target *target, model::ReviewDocument &document)
{
    auto update = [target, &document] {
        if (document.isOpen())
            target->setPeople(model::BlamelessLanguageChecker::reviewPeople(document.store()));
    };
    update();
    QObject::connect(&document, &model::ReviewDocument::opened, target, update);
    QObject::connect(&document, &model::ReviewDocument::changed, target,
        [update](model::ReviewDocument::Area area, qint64) {
            if (area == model::ReviewDocument::Area::Participants)
                update();
        });
}

} // namespace

LanguageHighlighter::LanguageHighlighter(QTextDocument *document, const QString &languageCode)
    : QSyntaxHighlighter(document)
    , m_checker(languageCode.isEmpty() ? model::BlamelessLanguageChecker()
                                       : model::BlamelessLanguageChecker(languageCode))
{ }

LanguageHighlighter *LanguageHighlighter::attach(QPlainTextEdit *edit, const QString &languageCode)
{
    auto *highlighter = new LanguageHighlighter(edit->document(), languageCode);
    edit->viewport()->installEventFilter(highlighter);
    edit->installEventFilter(highlighter);
    highlighter->setProperty("editor", QVariant::fromValue<QObject *>(edit));
    return highlighter;
}

LanguageHighlighter *LanguageHighlighter::attach(QTextEdit *edit, const QString &languageCode)
{
    auto *highlighter = new LanguageHighlighter(edit->document(), languageCode);
    edit->viewport()->installEventFilter(highlighter);
    edit->installEventFilter(highlighter);
    highlighter->setProperty("editor", QVariant::fromValue<QObject *>(edit));
    return highlighter;
}

void LanguageHighlighter::setPeople(const QStringList &people)
{
    m_checker.setPeople(people);
    rehighlight();
}

LanguageHighlighter *LanguageHighlighter::followPeople(model::ReviewDocument &document)
{
    followPeopleOf(this, document);
    return this;
}

QString LanguageHighlighter::toolTipFor(const model::LanguageFlag &flag)
{
    //: Tooltip of a flagged phrase: the phrase, why it is flagged, a reframing to try
    return tr("<b>%1</b><br>%2<br><i>Try:</i> %3")
        .arg(flag.phrase.toHtmlEscaped(), flag.why.toHtmlEscaped(), flag.reframing.toHtmlEscaped());
}

void LanguageHighlighter::highlightBlock(const QString &text)
{
    const QTextCharFormat format = flagFormat();
    for (const model::LanguageFlag &flag : m_checker.check(text))
        setFormat(int(flag.start), int(flag.end - flag.start), format);
}

std::optional<model::LanguageFlag> LanguageHighlighter::flagAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return std::nullopt;
    const int inBlock = position - block.position();
    for (model::LanguageFlag flag : m_checker.check(block.text())) {
        if (inBlock >= flag.start && inBlock <= flag.end) {
            flag.start += block.position();
            flag.end += block.position();
            return flag;
        }
    }
    return std::nullopt;
}

QString LanguageHighlighter::replacementFor(const model::LanguageFlag &flag)
{
    // Rewording is the author's: the reframing goes in as a bracketed prompt to write to,
    // except where the lexicon marks a plain substitute.
    if (flag.plainSubstitute)
        return tr("contributing factors");
    return QStringLiteral("[") + (flag.reframing.isEmpty() ? flag.suggestion : flag.reframing)
        + QStringLiteral("]");
}

bool LanguageHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    QObject *editor = property("editor").value<QObject *>();
    auto *plain = qobject_cast<QPlainTextEdit *>(editor);
    auto *rich = qobject_cast<QTextEdit *>(editor);
    if (!plain && !rich)
        return false;
    QWidget *viewport = plain ? plain->viewport() : rich->viewport();
    if (event->type() == QEvent::ToolTip && watched == viewport) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = plain ? cursorAt(plain, help->pos()) : cursorAt(rich, help->pos());
        if (const auto flag = flagAt(cursor.position())) {
            QToolTip::showText(help->globalPos(), toolTipFor(*flag), viewport);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    if (event->type() == QEvent::ContextMenu && (watched == viewport || watched == editor)) {
        auto *ctx = static_cast<QContextMenuEvent *>(event);
        const QPoint pos = watched == viewport
            ? ctx->pos()
            : viewport->mapFrom(static_cast<QWidget *>(editor), ctx->pos());
        const QTextCursor cursor = plain ? cursorAt(plain, pos) : cursorAt(rich, pos);
        const auto flag = flagAt(cursor.position());
        if (!flag)
            return false;
        QMenu *menu = plain ? plain->createStandardContextMenu() : rich->createStandardContextMenu();
        QAction *first = menu->actions().value(0);
        auto *info = new QAction(flag->why, menu);
        info->setEnabled(false);
        //: Context-menu action of the blameless-language assistant
        auto *apply = new QAction(tr("Reframe: %1").arg(flag->reframing), menu);
        apply->setObjectName(QStringLiteral("applyLanguageSuggestion"));
        menu->insertAction(first, info);
        menu->insertAction(first, apply);
        menu->insertSeparator(first);
        const auto found = *flag;
        connect(apply, &QAction::triggered, this, [this, found] {
            QTextCursor c(document());
            c.setPosition(int(found.start));
            c.setPosition(int(found.end), QTextCursor::KeepAnchor);
            c.insertText(replacementFor(found));
        });
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(ctx->globalPos());
        return true;
    }
    return false;
}

LanguageLineHint::LanguageLineHint(QLineEdit *edit, const QString &languageCode)
    : QObject(edit)
    , m_edit(edit)
    , m_checker(languageCode.isEmpty() ? model::BlamelessLanguageChecker()
                                       : model::BlamelessLanguageChecker(languageCode))
    , m_toolTip(edit->toolTip())
{
    connect(edit, &QLineEdit::textChanged, this, &LanguageLineHint::recheck);
}

LanguageLineHint *LanguageLineHint::attach(QLineEdit *edit, const QString &languageCode)
{
    auto *hint = new LanguageLineHint(edit, languageCode);
    hint->recheck();
    return hint;
}

void LanguageLineHint::setPeople(const QStringList &people)
{
    m_checker.setPeople(people);
    recheck();
}

LanguageLineHint *LanguageLineHint::followPeople(model::ReviewDocument &document)
{
    followPeopleOf(this, document);
    return this;
}

void LanguageLineHint::recheck()
{
    m_flags = m_checker.check(m_edit->text());
    // QLineEdit draws formats given as input-method attributes, relative to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    QStringList tips;
    for (const model::LanguageFlag &flag : std::as_const(m_flags)) {
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
            int(flag.start) - m_edit->cursorPosition(), int(flag.end - flag.start), flagFormat()));
        tips << LanguageHighlighter::toolTipFor(flag);
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
    m_edit->setToolTip(tips.isEmpty() ? m_toolTip : tips.join(QStringLiteral("<hr>")));
}

LanguageCheckedDelegate::LanguageCheckedDelegate(model::ReviewDocument &document, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_document(document)
{ }

QWidget *LanguageCheckedDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        LanguageLineHint::attach(line)->followPeople(m_document);
    return editor;
}

} // namespace faultless::views
