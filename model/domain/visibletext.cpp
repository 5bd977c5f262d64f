#include "visibletext.h"

namespace faultless::model {

namespace {

enum class Target { Terminal, Document };

struct CodePoint
{
    char32_t value = 0;
    int length = 1; // in UTF-16 units
};

CodePoint codePointAt(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
        return { QChar::surrogateToUcs4(c, text[i + 1].unicode()), 2 };
    return { c, 1 };
}

bool isJoiner(char32_t c)
{
    return c == 0x200C || c == 0x200D;
}

// Invisible wherever it is shown: controls, bidi embeddings/overrides/isolates, zero-width spaces,
// the byte order mark, and the tag characters that can carry a whole hidden text.
bool isHiddenEverywhere(char32_t c)
{
    return c == 0x7F || (c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF
        || c == 0x180E || (c >= 0xE0000 && c <= 0xE007F);
}

// Bidi marks and the Unicode line and paragraph separators: needed in a document's right-to-left
// text and harmless there, but a terminal renders them each its own way.
bool isHiddenOnTerminal(char32_t c)
{
    return c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029;
}

bool isControl(char32_t c, Target target, VisibleText::LineBreaks lineBreaks)
{
    if (c >= 0x20)
        return false;
    if (c == '\t')
        return false;
    if (target == Target::Document)
        return c != '\n' && c != '\r'; // the writers decide what a line break becomes
    return !(c == '\n' && lineBreaks == VisibleText::LineBreaks::Keep);
}

// Whether the code point at `i` (of `length` units) is to be made visible. A joiner survives
// between two non-ASCII characters, where scripts and emoji sequences use it.
bool needsEscape(
    QStringView text, qsizetype i, const CodePoint &cp, Target target, VisibleText::LineBreaks lineBreaks)
{
    const char32_t c = cp.value;
    if (isControl(c, target, lineBreaks) || isHiddenEverywhere(c))
        return true;
    if (target == Target::Terminal && isHiddenOnTerminal(c))
        return true;
    if (isJoiner(c)) {
        const bool afterNonAscii = i > 0 && text[i - 1].unicode() > 0x7F && !isJoiner(text[i - 1].unicode());
        const qsizetype next = i + cp.length;
        const bool beforeNonAscii
            = next < text.size() && text[next].unicode() > 0x7F && !isJoiner(text[next].unicode());
        return !(afterNonAscii && beforeNonAscii);
    }
    return false;
}

void appendEscape(QString &out, char32_t c)
{
    if (c <= 0xFFFF)
        out += QStringLiteral("\\u") + QStringLiteral("%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    else
        out += QStringLiteral("\\U") + QStringLiteral("%1").arg(uint(c), 8, 16, QLatin1Char('0')).toUpper();
}

QString makeVisible(QStringView text, Target target, VisibleText::LineBreaks lineBreaks)
{
    // Most text has nothing to escape: return it without building a copy.
    qsizetype first = 0;
    for (; first < text.size(); ++first) {
        const CodePoint cp = codePointAt(text, first);
        if (needsEscape(text, first, cp, target, lineBreaks))
            break;
        first += cp.length - 1;
    }
    if (first == text.size())
        return text.toString();
    QString out = text.first(first).toString();
    out.reserve(text.size() + 16);
    for (qsizetype i = first; i < text.size(); i += codePointAt(text, i).length) {
        const CodePoint cp = codePointAt(text, i);
        if (needsEscape(text, i, cp, target, lineBreaks))
            appendEscape(out, cp.value);
        else
            out += text.mid(i, cp.length);
    }
    return out;
}

// The length of the UTF-8 sequence at `p` that escapeJson() replaces, and its code point; 0 if none.
int hiddenUtf8(const unsigned char *p, const unsigned char *end, char32_t *c)
{
    const qsizetype left = end - p;
    if (p[0] == 0x7F) {
        *c = 0x7F;
        return 1;
    }
    if (p[0] < 0xC2 || left < 2)
        return 0;
    char32_t value = 0;
    int length = 0;
    if (p[0] < 0xE0) {
        value = char32_t(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
        length = 2;
    } else if (p[0] < 0xF0 && left >= 3) {
        value = char32_t(p[0] & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
        length = 3;
    } else if (p[0] < 0xF5 && left >= 4) {
        value = char32_t(p[0] & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6
            | (p[3] & 0x3F);
        length = 4;
    } else {
        return 0;
    }
    for (int k = 1; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0; // not UTF-8: left as it is, a JSON reader rejects it on its own
    }
    if (!isHiddenEverywhere(value) && !isHiddenOnTerminal(value) && !isJoiner(value))
        return 0;
    *c = value;
    return length;
}

void appendJsonEscape(QByteArray &out, char16_t unit)
{
    static const char hex[] = "0123456789abcdef";
    const char escape[] = { '\\', 'u', hex[(unit >> 12) & 0xF], hex[(unit >> 8) & 0xF],
        hex[(unit >> 4) & 0xF], hex[unit & 0xF] };
    out.append(escape, sizeof escape);
}

} // namespace

QString VisibleText::forTerminal(QStringView text, LineBreaks lineBreaks)
{
    return makeVisible(text, Target::Terminal, lineBreaks);
}

QString VisibleText::forDocument(QStringView text)
{
    return makeVisible(text, Target::Document, LineBreaks::Keep);
}

QByteArray VisibleText::escapeJson(QByteArrayView json)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(json.data());
    const auto *end = begin + json.size();
    QByteArray out;
    const unsigned char *run = begin;
    char32_t c = 0;
    for (const unsigned char *p = begin; p < end; ++p) {
        // Every character escaped here is DEL or starts with a lead byte of 0xC2 or more.
        if (*p < 0x7F)
            continue;
        const int length = hiddenUtf8(p, end, &c);
        if (length == 0)
            continue;
        if (out.isEmpty())
            out.reserve(json.size() + 16);
        out.append(reinterpret_cast<const char *>(run), p - run);
        if (c > 0xFFFF) {
            appendJsonEscape(out, QChar::highSurrogate(c));
            appendJsonEscape(out, QChar::lowSurrogate(c));
        } else {
            appendJsonEscape(out, char16_t(c));
        }
        p += length - 1;
        run = p + 1;
    }
    if (run == begin)
        return json.toByteArray();
    out.append(reinterpret_cast<const char *>(run), end - run);
    return out;
}

} // namespace faultless::model
