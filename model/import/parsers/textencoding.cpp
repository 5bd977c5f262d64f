#include "textencoding.h"

#include "import/parsers/logfields.h"

#include <simdjson.h>

#include <climits>
#include <cstring>

namespace faultless::model {

namespace {
// Windows-1252 0x80-0x9F; 0 where the code page leaves a byte unassigned (read as Latin-1).
constexpr char16_t kWindows1252High[32] = { 0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178 };

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

// Size of the valid UTF-8 sequence at p (RFC 3629: no overlong forms, no surrogates, at most
// U+10FFFF), or 0.
qsizetype utf8SequenceAt(const unsigned char *p, qsizetype available)
{
    const unsigned char b = p[0];
    qsizetype size = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
        size = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
        size = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        size = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < size || p[1] < low || p[1] > high)
        return 0;
    for (qsizetype i = 2; i < size; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return size;
}

// BOM-less UTF-16: mostly ASCII text shows as a NUL in every other byte.
TextEncoding::Unicode detectByNuls(QByteArrayView head)
{
    const qsizetype pairs = std::min<qsizetype>(head.size(), 512) / 2;
    if (pairs < 8)
        return TextEncoding::Unicode::Utf8;
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNuls += head[2 * i] == '\0';
        oddNuls += head[2 * i + 1] == '\0';
    }
    // Most high bytes NUL, few low ones (non-Latin characters and surrogates put some NULs in
    // the other half; UTF-32 and binary data have many in both).
    if (oddNuls * 10 >= pairs * 7 && evenNuls * 10 <= pairs)
        return TextEncoding::Unicode::Utf16LE;
    if (evenNuls * 10 >= pairs * 7 && oddNuls * 10 <= pairs)
        return TextEncoding::Unicode::Utf16BE;
    return TextEncoding::Unicode::Utf8;
}
} // namespace

TextEncoding::Unicode TextEncoding::detect(QByteArrayView head, qsizetype *bomSize)
{
    *bomSize = 0;
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4))) {
        *bomSize = 4;
        return Unicode::Utf32LE;
    }
    if (head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        *bomSize = 4;
        return Unicode::Utf32BE;
    }
    if (head.startsWith("\xFF\xFE")) {
        *bomSize = 2;
        return Unicode::Utf16LE;
    }
    if (head.startsWith("\xFE\xFF")) {
        *bomSize = 2;
        return Unicode::Utf16BE;
    }
    // Binary containers read through the same input (Slack export zips) are left alone.
    if (head.startsWith("PK\x03\x04"))
        return Unicode::Utf8;
    return detectByNuls(head);
}

QString TextEncoding::name(Unicode encoding)
{
    switch (encoding) {
    case Unicode::Utf8:
        return QStringLiteral("UTF-8");
    case Unicode::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Unicode::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Unicode::Utf32LE:
        return QStringLiteral("UTF-32LE");
    case Unicode::Utf32BE:
        return QStringLiteral("UTF-32BE");
    }
    return {};
}

QByteArray TextEncoding::windows1252ToUtf8(QByteArrayView bytes)
{
    // Valid UTF-8 sequences in the line stay as they are; only the bytes that are not part of
    // one are read as Windows-1252 (a line may mix both when tools of both kinds wrote it).
    QByteArray out;
    out.reserve(bytes.size() + bytes.size() / 2);
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            out.append(char(b));
            ++i;
            continue;
        }
        const qsizetype size = utf8SequenceAt(p + i, n - i);
        if (size > 0) {
            out.append(reinterpret_cast<const char *>(p + i), size);
            i += size;
            continue;
        }
        const char16_t mapped = b < 0xA0 ? kWindows1252High[b - 0x80] : 0;
        appendUtf8(out, mapped ? char32_t(mapped) : char32_t(b));
        ++i;
    }
    return out;
}

QStringList TextEncoding::notes(
    const QString &fileName, Unicode convertedFrom, qint64 recodedLines, qint64 firstRecodedLine)
{
    QStringList out;
    if (convertedFrom != Unicode::Utf8)
        out << tr("%1 is %2 text; it was converted to UTF-8 for reading.").arg(fileName, name(convertedFrom));
    if (recodedLines > 0)
        out << tr("%1 is not valid UTF-8 in %n line(s), the first being line %2; they were read as "
                  "Windows-1252 (Latin-1).",
            nullptr, int(std::min<qint64>(recodedLines, INT_MAX)))
                   .arg(fileName, QString::number(firstRecodedLine)); // one pass: a name may hold %2
    return out;
}

Utf8Transcoder::Utf8Transcoder(TextEncoding::Unicode from)
    : m_from(from)
    , m_decoder(from == TextEncoding::Unicode::Utf16LE ? QStringConverter::Utf16LE
              : from == TextEncoding::Unicode::Utf16BE ? QStringConverter::Utf16BE
              : from == TextEncoding::Unicode::Utf32LE ? QStringConverter::Utf32LE
              : from == TextEncoding::Unicode::Utf32BE ? QStringConverter::Utf32BE
                                                       : QStringConverter::Utf8)
{ }

QByteArray Utf8Transcoder::convert(QByteArrayView chunk)
{
    // The decoder keeps a code unit cut at the end of a chunk for the next one.
    const QString text = m_decoder.decode(chunk);
    return text.toUtf8();
}

void Windows1252Fallback::count(qint64 number)
{
    if (m_recoded++ == 0)
        m_firstLine = number;
}

QByteArrayView Windows1252Fallback::fix(
    QByteArrayView line, qint64 number, qint64 offset, QByteArrayView ahead, qsizetype padding)
{
    const qint64 lineEnd = offset + line.size();
    if (lineEnd <= m_validUntil)
        return line;
    if (offset >= m_perLineUntil) {
        // One pass over every complete line buffered from here on.
        const void *lastNewline = ahead.size() > line.size()
            ? memrchr(ahead.data() + line.size(), '\n', size_t(ahead.size() - line.size()))
            : nullptr;
        const qsizetype bulk
            = lastNewline ? static_cast<const char *>(lastNewline) - ahead.data() : line.size();
        // simdjson's validator directly: its SIMD ASCII path beats LogFields' 8-byte loop on a MiB.
        if (simdjson::validate_utf8(ahead.data(), size_t(bulk))) {
            m_validUntil = offset + bulk;
            return line;
        }
        m_perLineUntil = offset + bulk;
    }
    if (LogFields::isValidUtf8(line))
        return line;
    count(number);
    m_storage = TextEncoding::windows1252ToUtf8(line);
    const qsizetype size = m_storage.size();
    m_storage.append(QByteArray(padding, '\0'));
    return QByteArrayView(m_storage.constData(), size);
}

} // namespace faultless::model
