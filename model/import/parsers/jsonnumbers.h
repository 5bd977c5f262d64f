#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace faultless::model {

// Numbers that JSON text may hold but a double cannot: NaN and Infinity (JavaScript writes them,
// JSON has no such literals) and magnitudes beyond the double range (1e999). QJsonDocument refuses
// the whole text for one of them, which dropped every attribute of a record along with it.
namespace JsonNumbers {

// True when `token` is a JSON number a double holds (finite, not out of range).
bool isFinite(QByteArrayView token);
// True when `json` holds a bare token that quoteNonFinite() would quote (a quick scan that
// skips strings with memchr, for the import hot path).
bool hasNonFinite(QByteArrayView json);
// `json` with each bare token that is not true/false/null or a finite number turned into a
// string holding its text ("NaN", "1e999"), so the rest of the text still parses. Strings are
// copied as they are. Returns `json` unchanged when there is nothing to quote.
QByteArray quoteNonFinite(QByteArrayView json);

} // namespace JsonNumbers

} // namespace faultless::model
