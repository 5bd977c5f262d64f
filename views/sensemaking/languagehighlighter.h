#pragma once

#include "analysis/blamelesslanguage.h"

#include <QSyntaxHighlighter>

class QPlainTextEdit;
class QTextEdit;

namespace faultless::views {

// Underlines blame and counterfactual wording as people write (docs/architecture.md principle 5), with a
// tooltip giving why and a reframing, and a context-menu action that applies the suggestion. It
// never blocks or changes saving. Attach it to any editor: LanguageHighlighter::attach(edit).
// Exported for the annotation editor of the event detail pane as well.
class LanguageHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit LanguageHighlighter(QTextDocument *document, const QString &languageCode = {});

    // Installs a highlighter on the editor's document plus the tooltip and context menu; the
    // highlighter is owned by the editor's document.
    static LanguageHighlighter *attach(QPlainTextEdit *edit, const QString &languageCode = {});
    static LanguageHighlighter *attach(QTextEdit *edit, const QString &languageCode = {});

    // The flag covering a document position, if any (position in the whole document).
    std::optional<model::LanguageFlag> flagAt(int position) const;
    // The flags found in a text (what the editor shows).
    QList<model::LanguageFlag> check(const QString &text) const { return m_checker.check(text); }
    // The text that replaces `flag` when the suggestion is applied.
    static QString replacementFor(const model::LanguageFlag &flag);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    model::BlamelessLanguageChecker m_checker;
};

} // namespace faultless::views
