#include "pgcopy.h"

#include <charconv>

namespace faultless::model::pgcopy {

namespace {

void separate(QByteArray &line)
{
    if (!line.isEmpty() && line.back() != '\n')
        line.append('\t');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

// Unescapes one backslash sequence starting after the backslash at data[*i] into the one byte
// it stands for; false if broken.
bool unescape(const char *data, qsizetype size, qsizetype *i, char *out)
{
    const char c = data[*i];
    switch (c) {
    case 'b':
        *out = '\b';
        return true;
    case 'f':
        *out = '\f';
        return true;
    case 'n':
        *out = '\n';
        return true;
    case 'r':
        *out = '\r';
        return true;
    case 't':
        *out = '\t';
        return true;
    case 'v':
        *out = '\v';
        return true;
    case 'x': {
        int value = 0;
        int digits = 0;
        while (digits < 2 && *i + 1 < size && hexValue(data[*i + 1]) >= 0) {
            value = value * 16 + hexValue(data[++*i]);
            ++digits;
        }
        if (digits == 0)
            return false;
        *out = char(value);
        return true;
    }
    default:
        if (isOctal(c)) {
            int value = c - '0';
            for (int digits = 1; digits < 3 && *i + 1 < size && isOctal(data[*i + 1]); ++digits)
                value = value * 8 + (data[++*i] - '0');
            *out = char(value & 0xff);
            return true;
        }
        *out = c; // "\\" and any other character stand for themselves
        return true;
    }
}

} // namespace

void appendNull(QByteArray &line)
{
    separate(line);
    line.append("\\N", 2);
}

void appendInteger(QByteArray &line, qint64 value)
{
    separate(line);
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    line.append(digits, result.ptr - digits);
}

bool appendText(QByteArray &line, const char *text, qsizetype size)
{
    separate(line);
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '\0':
            return false;
        case '\\':
            line.append("\\\\", 2);
            break;
        case '\n':
            line.append("\\n", 2);
            break;
        case '\r':
            line.append("\\r", 2);
            break;
        case '\t':
            line.append("\\t", 2);
            break;
        default:
            line.append(c);
        }
    }
    return true;
}

void appendBytes(QByteArray &line, const char *bytes, qsizetype size)
{
    separate(line);
    // The hex form's own backslash is escaped once more for COPY.
    line.append("\\\\x", 3);
    line.append(QByteArray::fromRawData(bytes, size).toHex());
}

bool parseLineInPlace(char *data, qsizetype size, std::vector<FieldView> *fields)
{
    fields->clear();
    // An escape is never shorter than the byte it stands for, so the unescaped field is written
    // over the line itself, behind the read position.
    char *out = data;
    char *start = data;
    bool null = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\t') {
            fields->push_back({ start, out - start, null });
            start = out;
            null = false;
        } else if (c == '\\') {
            if (++i >= size)
                return false;
            if (data[i] == 'N' && out == start && !null && (i + 1 == size || data[i + 1] == '\t')) {
                null = true;
                continue;
            }
            if (!unescape(data, size, &i, out++))
                return false;
        } else {
            *out++ = c;
        }
    }
    fields->push_back({ start, out - start, null });
    return true;
}

std::optional<QList<Field>> parseLine(const char *data, qsizetype size)
{
    QByteArray line(data, size);
    std::vector<FieldView> views;
    if (!parseLineInPlace(line.data(), line.size(), &views))
        return std::nullopt;
    QList<Field> fields;
    for (const FieldView &view : views)
        fields.append({ view.null, QByteArray(view.data, view.size) });
    return fields;
}

std::optional<qint64> parseInteger(const char *data, qsizetype size)
{
    const bool negative = size > 0 && data[0] == '-';
    const qsizetype first = negative ? 1 : 0;
    if (size <= first || size - first > 18)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = first; i < size; ++i) {
        const unsigned digit = unsigned(static_cast<unsigned char>(data[i])) - unsigned('0');
        if (digit > 9)
            return std::nullopt;
        value = value * 10 + qint64(digit);
    }
    return negative ? -value : value;
}

std::optional<QByteArray> decodeBytes(const QByteArray &hex)
{
    if (!hex.startsWith("\\x") || hex.size() % 2 != 0)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve((hex.size() - 2) / 2);
    for (qsizetype i = 2; i < hex.size(); i += 2) {
        const int high = hexValue(hex.at(i));
        const int low = hexValue(hex.at(i + 1));
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.append(char(high * 16 + low));
    }
    return bytes;
}

} // namespace faultless::model::pgcopy
