#pragma once

#include "import/parsers/jsonpositions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <initializer_list>

namespace faultless::model {

class ImportInput;
class EventSink;

// One JSON value of a source with where it came from: `line` is the 1-based line of a
// one-value-per-line file, 0 inside a whole document (then `index` names it, 1-based, and
// `byteOffset` is where the value starts when known, else 0).
struct JsonItem
{
    QJsonValue value;
    qint64 line = 0;
    qint64 byteOffset = 0;
    qint64 index = 0;
};

// Reading the JSON values of the flag, experiment, chat and alert sources. These sources are
// small whole documents (an API response, a journal, a webhook body), so they are parsed with
// QJsonDocument rather than on the streaming hot path the log importers use.
class JsonItems
{
public:
    // Reads the input as one JSON document; failing that, as one JSON value per line (webhook
    // captures are often appended one body per line). Lines that do not parse go to `sink` as
    // rejected. Returns false with `error` when the input as a whole is neither.
    // The elements of a whole-document array get their own byte offset (JsonPositions);
    // `document`, when given, receives the bytes of a whole document (empty for one value per
    // line), for the positions of arrays nested deeper.
    static bool readValues(ImportInput &input, EventSink &sink, QList<JsonItem> *items, QString *error,
        QByteArray *document = nullptr);
    // Reads the input as exactly one JSON document; `document`, when given, receives its bytes.
    static bool readDocument(
        ImportInput &input, QJsonValue *value, QString *error, QByteArray *document = nullptr);
    // `item` at the position of element `index` of `positions` (JsonPositions::ofArray), when
    // there is one; unchanged otherwise.
    static JsonItem placed(JsonItem item, const QList<JsonPositions::Position> &positions, qsizetype index);
    // The positions of the elements of the array under `key` of a whole document read by
    // readValues() (`document` as it returned it); empty for one value per line.
    static QList<JsonPositions::Position> memberPositions(
        const QList<JsonItem> &items, const QByteArray &document, const QByteArray &key);

    static QByteArray compact(const QJsonObject &object);
    // The value as compact JSON, cut to 300 bytes: the raw text of a rejected record.
    static QByteArray excerpt(const QJsonValue &value);
    // A short readable rendering of a JSON value for before/after columns ("on", "50%", a rule).
    static QString summarize(const QJsonValue &value, int maxLength = 120);

    // True when `prefix` holds each of `keys` as a JSON object key ("key":), for cheap sniffing
    // of documents that may be cut off anywhere.
    static bool hasKeys(const QByteArray &prefix, std::initializer_list<const char *> keys);
};

} // namespace faultless::model
