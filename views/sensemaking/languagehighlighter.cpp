#include "languagehighlighter.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
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

void LanguageHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(QColor(0xd9, 0x7a, 0x00)); // amber: a hint, not an error
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
    // Rewording is the author's: the suggestion goes in as a bracketed prompt to write to,
    // except where the lexicon marks a plain substitute.
    if (flag.plainSubstitute)
        return tr("contributing factors");
    return QStringLiteral("[") + flag.suggestion + QStringLiteral("]");
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
            QToolTip::showText(help->globalPos(),
                tr("<b>%1</b><br>%2<br><i>Try:</i> %3")
                    .arg(flag->phrase.toHtmlEscaped(), flag->why.toHtmlEscaped(),
                        flag->suggestion.toHtmlEscaped()),
                viewport);
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
        auto *apply = new QAction(tr("Reframe: %1").arg(flag->suggestion), menu);
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

} // namespace faultless::views
