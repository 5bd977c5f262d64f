#include "jsonpositions.h"

#include <algorithm>

namespace faultless::model {

qsizetype JsonPositions::skipSpace(const QByteArray &json, qsizetype at)
{
    while (at < json.size() && (json[at] == ' ' || json[at] == '\n' || json[at] == '\r' || json[at] == '\t'))
        ++at;
    if (at == 0 && json.startsWith("\xEF\xBB\xBF")) // a byte order mark before the document
        return skipSpace(json, 3);
    return at;
}

qsizetype JsonPositions::skipString(const QByteArray &json, qsizetype at)
{
    // `at` is on the opening quote.
    for (qsizetype i = at + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i;
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

qsizetype JsonPositions::skipValue(const QByteArray &json, qsizetype at)
{
    // Iterative, so that deep nesting costs no stack: the closers still expected are kept on a
    // heap stack, and only brackets outside strings count.
    QByteArray closers;
    qsizetype i = at;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            i = skipString(json, i);
            if (i < 0)
                return -1;
            if (closers.isEmpty())
                return i;
            continue;
        }
        if (c == '{' || c == '[') {
            closers.append(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (closers.isEmpty() || closers.back() != c)
                return -1;
            closers.chop(1);
            if (closers.isEmpty())
                return i + 1;
        } else if (closers.isEmpty() && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
            return i > at ? i : -1; // the end of a number or literal
        }
        ++i;
    }
    return closers.isEmpty() && i > at ? i : -1;
}

qsizetype JsonPositions::findMember(const QByteArray &json, qsizetype at, const QByteArray &key)
{
    // `at` is on '{'; returns the index of the member's value.
    qsizetype i = skipSpace(json, at + 1);
    while (i >= 0 && i < json.size() && json[i] == '"') {
        const qsizetype end = skipString(json, i);
        if (end < 0)
            return -1;
        const bool match = QByteArrayView(json).sliced(i + 1, end - i - 2) == key;
        i = skipSpace(json, end);
        if (i >= json.size() || json[i] != ':')
            return -1;
        i = skipSpace(json, i + 1);
        if (match)
            return i;
        i = skipValue(json, i);
        if (i < 0)
            return -1;
        i = skipSpace(json, i);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    return -1;
}

QList<JsonPositions::Position> JsonPositions::elements(
    const QByteArray &json, qsizetype at, const Position &from)
{
    // `at` is on '['. Lines are counted from `from` once, then onwards between elements.
    QList<Position> positions;
    qint64 line = from.line + qint64(std::count(json.begin() + from.byteOffset, json.begin() + at, '\n'));
    qsizetype counted = at;
    qsizetype i = skipSpace(json, at + 1);
    while (i >= 0 && i < json.size() && json[i] != ']') {
        line += qint64(std::count(json.begin() + counted, json.begin() + i, '\n'));
        counted = i;
        positions.append({ i, line });
        i = skipValue(json, i);
        if (i < 0)
            return {};
        i = skipSpace(json, i);
        if (i < json.size() && json[i] == ',')
            i = skipSpace(json, i + 1);
    }
    return i >= 0 && i < json.size() ? positions : QList<Position> {};
}

QList<JsonPositions::Position> JsonPositions::ofArray(const QByteArray &json, const QList<QByteArray> &keys)
{
    return ofArray(json, Position { 0, 1 }, keys);
}

QList<JsonPositions::Position> JsonPositions::ofArray(
    const QByteArray &json, const Position &from, const QList<QByteArray> &keys)
{
    if (from.byteOffset < 0 || from.byteOffset >= json.size() || from.line < 1)
        return {};
    qsizetype at = skipSpace(json, qsizetype(from.byteOffset));
    for (const QByteArray &key : keys) {
        if (at < 0 || at >= json.size() || json[at] != '{')
            return {};
        at = findMember(json, at, key);
    }
    if (at < 0 || at >= json.size() || json[at] != '[')
        return {};
    return elements(json, at, from);
}

} // namespace faultless::model
