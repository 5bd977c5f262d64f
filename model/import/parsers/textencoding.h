#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>

#include <memory>

namespace faultless::model {

// What ImportInput does about text that is not UTF-8, so that every importer reads UTF-8 and
// the import summary says when something was converted (never a silent U+FFFD):
// - UTF-16 and UTF-32 with a byte order mark, and UTF-16 without one when its NUL bytes give it
//   away, are converted to UTF-8 as they are read (before sniffing: a UTF-16 log is not "CSV");
// - a line that is not valid UTF-8 is read as Windows-1252 (Latin-1 plus the printable
//   characters Windows puts in 0x80-0x9F), line by line, since a file often mixes the two
//   when an old tool appended to a newer log.
class TextEncoding
{
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)
public:
    enum class Unicode { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

    // The encoding of a stream from its first bytes, and the size of its byte order mark.
    static Unicode detect(QByteArrayView head, qsizetype *bomSize);
    static QString name(Unicode encoding);

    // Windows-1252 to UTF-8 (the five unassigned bytes as their Latin-1 control characters);
    // valid UTF-8 sequences in `bytes` are kept as they are.
    static QByteArray windows1252ToUtf8(QByteArrayView bytes);

    // The lines of the import summary that say what was converted (none for plain UTF-8).
    static QStringList notes(
        const QString &fileName, Unicode convertedFrom, qint64 recodedLines, qint64 firstRecodedLine);
};

// Converts a UTF-16/UTF-32 stream to UTF-8 chunk by chunk (a character may straddle chunks).
class Utf8Transcoder
{
public:
    explicit Utf8Transcoder(TextEncoding::Unicode from);
    QByteArray convert(QByteArrayView chunk);
    TextEncoding::Unicode from() const { return m_from; }

private:
    TextEncoding::Unicode m_from;
    QStringDecoder m_decoder;
};

// Reads the lines that are not valid UTF-8 as Windows-1252, and remembers where that happened.
// Validation runs over all the bytes buffered after a line at once (a whole chunk of a valid
// file in one SIMD pass), line by line only where that pass found something.
class Windows1252Fallback
{
public:
    // `line` as valid UTF-8: itself, or its Windows-1252 reading (in storage owned here, followed
    // by `padding` zero bytes). `ahead` starts with the line and runs to the end of the bytes
    // already buffered; `offset` is the stream offset of the line's first byte.
    QByteArrayView fix(
        QByteArrayView line, qint64 number, qint64 offset, QByteArrayView ahead, qsizetype padding);

    qint64 recodedLines() const { return m_recoded; }
    qint64 firstRecodedLine() const { return m_firstLine; }

private:
    void count(qint64 number);

    qint64 m_validUntil = 0; // stream offset up to which the bytes are known to be valid UTF-8
    qint64 m_perLineUntil = 0; // up to here a bulk check failed: check line by line
    qint64 m_recoded = 0;
    qint64 m_firstLine = 0;
    QByteArray m_storage;
};

} // namespace faultless::model
