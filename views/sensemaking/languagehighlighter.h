#pragma once

#include "analysis/blamelesslanguage.h"

#include <QStyledItemDelegate>
#include <QSyntaxHighlighter>

class QLineEdit;
class QPlainTextEdit;
class QTextEdit;

namespace faultless::model {
class ReviewDocument;
}

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
    // The review's participants and pseudonyms count as people to the check.
    void setPeople(const QStringList &people);
    // Keeps setPeople() up to date with the document's participants; returns this.
    LanguageHighlighter *followPeople(model::ReviewDocument &document);
    // The tooltip for a flag: the phrase, why, and the reframing to try.
    static QString toolTipFor(const model::LanguageFlag &flag);

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    model::BlamelessLanguageChecker m_checker;
};

// The same check for one-line editors (a factor's title, a new question or answer): a QLineEdit
// has no document to highlight, so the flagged words are underlined through the editor's
// input-method formats and the tooltip explains them.
class LanguageLineHint : public QObject
{
    Q_OBJECT
public:
    static LanguageLineHint *attach(QLineEdit *edit, const QString &languageCode = {});
    void setPeople(const QStringList &people);
    LanguageLineHint *followPeople(model::ReviewDocument &document);
    QList<model::LanguageFlag> flags() const { return m_flags; }

private:
    LanguageLineHint(QLineEdit *edit, const QString &languageCode);
    void recheck();

    QLineEdit *m_edit;
    model::BlamelessLanguageChecker m_checker;
    QList<model::LanguageFlag> m_flags;
    QString m_toolTip; // the editor's own tooltip, shown when nothing is flagged
};

// For lists whose items are edited in place (surprises, what helped, questions, answers): the
// line editor the delegate opens runs the check too.
class LanguageCheckedDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    LanguageCheckedDelegate(model::ReviewDocument &document, QObject *parent);
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    model::ReviewDocument &m_document;
};

} // namespace faultless::views
