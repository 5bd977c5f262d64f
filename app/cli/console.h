#pragma once

#include "domain/visibletext.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace faultless::cli {

// Where faultless-cli prints: standard output or standard error.
//  - Text goes through VisibleText::forTerminal: an escape sequence in a log line, a source name,
//    a review title or a reject reason is shown as "\u001B[...", never run by the terminal, and a
//    line feed in it cannot fake a line of output. Our own multi-line texts use writeLines().
//  - Data (the events export) is written as it is with data(): JSON Lines escape on their own,
//    and CSV is data for a spreadsheet or a script, except on a terminal (see isTerminal()).
//  - Every write is checked. A full disk or a closed stream is remembered: the command stops
//    producing output (ok() is false) and exits 2 with "Cannot write standard output: reason"
//    instead of reporting success over lost lines.
class Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
public:
    explicit Console(std::FILE *stream, const QString &name);

    Console &operator<<(const QString &text);
    Console &operator<<(const char *ownText); // ASCII text of ours, as it is
    Console &operator<<(char c);
    Console &operator<<(qint64 number);
    Console &operator<<(int number) { return *this << qint64(number); }
    void writeLines(const QString &text); // our own text with line breaks
    void data(QByteArrayView bytes); // export bytes, as they are
    void json(QByteArrayView compactJson); // one JSON document (VisibleText::escapeJson)

    bool isTerminal() const { return m_terminal; }
    // Flushes and tells whether every byte so far reached the stream.
    bool flush();
    bool ok() const { return m_error.isEmpty(); }
    // "Cannot write standard output: No space left on device"
    QString errorString() const { return m_error; }

private:
    void write(QByteArrayView bytes);
    void fail(int error);

    std::FILE *m_stream;
    QString m_name;
    QString m_error;
    bool m_terminal = false;
};

} // namespace faultless::cli
