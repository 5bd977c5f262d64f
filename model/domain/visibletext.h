#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace faultless::model {

// Text that came from input (a log line, a file or source name, a review title, a reject reason)
// shown where an invisible character can do harm. A terminal runs escape sequences (ESC U+001B,
// the one-character CSI U+009B, OSC that sets the window title or a hyperlink); a reader of a
// briefing sees a line reordered by a bidi override (U+202E "Trojan Source") or a word split by a
// zero-width space. Such characters are made visible as an escape ("\u001B", "\u202E") rather
// than dropped, so that nothing is hidden and nothing silently lost. A backslash is not escaped:
// the result is for reading, not for parsing back (the JSON exports, which are parsed back,
// escape with JSON's own \u escapes instead: escapeJson()).
//
// What is made visible, and where:
//   C0 controls (tab kept; line feed kept where asked), DEL, C1 controls: terminal, document, JSON
//   bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): everywhere
//   bidi marks (U+200E, U+200F, U+061C): terminal and JSON; a document keeps them, as Arabic and
//     Hebrew text needs them and they cannot reorder a line by themselves
//   zero-width and invisible characters (U+200B, U+2060-U+2064, U+FEFF, U+180E, tags
//     U+E0000-U+E007F): everywhere
//   zero-width joiner and non-joiner (U+200C, U+200D): everywhere except between two non-ASCII
//     characters, where Persian, Indic scripts and emoji sequences need them
//   line and paragraph separators (U+2028, U+2029): terminal and JSON
class VisibleText
{
public:
    enum class LineBreaks { Escape, Keep };

    // For standard output and error. With LineBreaks::Escape (one-line messages: a reject
    // reason, a name) a line feed is shown as \u000A too, so input cannot fake a line of output.
    static QString forTerminal(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);
    // For a briefing (Markdown, HTML, PDF), before the format's own escaping.
    static QString forDocument(QStringView text);
    // A UTF-8 JSON text (one value or a JSON Lines line) with every character forTerminal()
    // would escape written as a JSON \u escape: the same value for any JSON reader, and nothing
    // a terminal acts on. Only string contents can hold such characters, so the text stays valid.
    static QByteArray escapeJson(QByteArrayView json);
};

} // namespace faultless::model
