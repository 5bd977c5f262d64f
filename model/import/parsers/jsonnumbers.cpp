#include "jsonnumbers.h"

#include "import/parsers/logfields.h"

#include <charconv>
#include <cstring>

namespace faultless::model::JsonNumbers {

namespace {
bool isBareTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+'
        || c == '.';
}
// Past the closing quote of a string whose content starts at `p` (a quote not escaped by an odd
// run of backslashes), or `end`.
const char *skipString(const char *p, const char *end)
{
    while (p < end) {
        const auto *q = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!q)
            return end;
        const char *b = q;
        while (b > p && b[-1] == '\\')
            --b;
        if ((q - b) % 2 == 0)
            return q + 1;
        p = q + 1;
    }
    return end;
}
} // namespace

bool isFinite(QByteArrayView token)
{
    // JSON grammar first (from_chars would also take "nan", "inf" and a leading '+').
    qsizetype i = token.startsWith('-') ? 1 : 0;
    if (i >= token.size() || token[i] < '0' || token[i] > '9')
        return false;
    double value = 0;
    const char *end = token.data() + token.size();
    const auto [stop, ec] = std::from_chars(token.data() + i, end, value);
    return ec == std::errc() && stop == end;
}

bool hasNonFinite(QByteArrayView json)
{
    const char *p = json.data();
    const char *const end = p + json.size();
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            p = skipString(p + 1, end);
            continue;
        }
        if (!isBareTokenChar(c)) {
            ++p;
            continue;
        }
        const char *start = p;
        bool exponentOrLetter = false;
        while (p < end && isBareTokenChar(*p)) {
            exponentOrLetter |= !(*p >= '0' && *p <= '9') && *p != '-' && *p != '.';
            ++p;
        }
        const QByteArrayView token(start, p - start);
        // Plain digits below 300 of them always fit a double; anything else is looked at closely.
        if (!exponentOrLetter && token.size() < 300)
            continue;
        if (token != "true" && token != "false" && token != "null" && !isFinite(token))
            return true;
    }
    return false;
}

QByteArray quoteNonFinite(QByteArrayView json)
{
    QByteArray out;
    bool changed = false;
    qsizetype copied = 0; // json[0, copied) is in `out`
    for (qsizetype i = 0; i < json.size();) {
        const char c = json[i];
        if (c == '"') {
            i = skipString(json.data() + i + 1, json.data() + json.size()) - json.data();
            continue;
        }
        if (!isBareTokenChar(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < json.size() && isBareTokenChar(json[i]))
            ++i;
        const QByteArrayView token = json.sliced(start, i - start);
        if (token == "true" || token == "false" || token == "null" || isFinite(token))
            continue;
        out.append(json.data() + copied, start - copied);
        LogFields::appendJsonString(out, token);
        copied = i;
        changed = true;
    }
    if (!changed)
        return json.toByteArray();
    out.append(json.data() + copied, json.size() - copied);
    return out;
}

} // namespace faultless::model::JsonNumbers
