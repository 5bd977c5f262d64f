#pragma once

#include "domain/event.h"
#include "domain/timestamps.h"
#include "import/parsers/jsonpositions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace faultless::model {

class ImportInput;
class EventSink;
class CsvReader;
struct ImportContext;

// What the importers of flag, experiment, chat and alert sources share. These sources are small
// whole documents (an API response, a journal, a webhook body), so they are parsed with
// QJsonDocument rather than on the streaming hot path the log importers use.
class ActivityFormats
{
    Q_DECLARE_TR_FUNCTIONS(ActivityFormats)
public:
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

    // Reads the input as one JSON document; failing that, as one JSON value per line (webhook
    // captures are often appended one body per line). Lines that do not parse go to `sink` as
    // rejected. Returns false with `error` when the input as a whole is neither.
    // The elements of a whole-document array get their own byte offset (JsonPositions);
    // `document`, when given, receives the bytes of a whole document (empty for one value per
    // line), for the positions of arrays nested deeper.
    static bool readJsonValues(ImportInput &input, EventSink &sink, QList<JsonItem> *items, QString *error,
        QByteArray *document = nullptr);
    // Reads the input as exactly one JSON document; `document`, when given, receives its bytes.
    static bool readJsonDocument(
        ImportInput &input, QJsonValue *value, QString *error, QByteArray *document = nullptr);
    // `item` at the position of element `index` of `positions` (JsonPositions::ofArray), when
    // there is one; unchanged otherwise.
    static JsonItem placed(JsonItem item, const QList<JsonPositions::Position> &positions, qsizetype index);
    // The positions of the elements of the array under `key` of a whole document read by
    // readJsonValues() (`document` as it returned it); empty for one value per line.
    static QList<JsonPositions::Position> memberPositions(
        const QList<JsonItem> &items, const QByteArray &document, const QByteArray &key);

    // An instant from an ISO 8601 string (naive ones are read in the context's zone and flagged)
    // or from epoch seconds / milliseconds / microseconds / nanoseconds told apart by magnitude.
    static Instant instant(const QJsonValue &value, timestamps::ZoneResolver &zone, ImportContext &context);
    static Instant instantFromText(
        const QString &text, timestamps::ZoneResolver &zone, ImportContext &context);
    static Instant instantFromNumber(double number);
    // "0001-01-01T00:00:00Z" and other pre-1900 placeholders mean "not set" in Go and Java APIs.
    static bool isPlaceholder(Instant instant);

    static QByteArray compact(const QJsonObject &object);
    static QByteArray excerpt(const QJsonValue &value);
    static RejectedRecord reject(const JsonItem &item, const QString &reason);

    static Severity severityFromText(const QString &text);
    static QString verdictLabel(ExperimentVerdict verdict); // translated "held", "deviated", ...

    // A short readable rendering of a JSON value for before/after columns ("on", "50%", a rule).
    static QString summarize(const QJsonValue &value, int maxLength = 120);

    // RFC 4180 CSV with a header row. Quoted fields may hold commas, quotes and newlines.
    struct CsvRecord
    {
        QStringList fields;
        qint64 line = 0;
        qint64 byteOffset = 0;
        QByteArray raw;
    };
    // The next record of `reader` (CsvReader, the tokenizer every CSV importer shares); records
    // the reader rejects (a quote never closed, an over-long line) go to `sink`. False at the end.
    static bool nextCsvRecord(CsvReader &reader, EventSink &sink, CsvRecord *record);
    // Every record of a whole document; the rejected ones in `rejects`.
    static QList<CsvRecord> parseCsv(const QByteArray &document, QList<RejectedRecord> *rejects);
    // Index of the first header name (case-insensitive, '_'/' '/'-' ignored) that is present, or -1.
    static int column(const QStringList &header, const QStringList &names);
    // True when the first line of `prefix` is a CSV header holding each group's names.
    static bool csvHeaderHas(const QByteArray &prefix, const QList<QStringList> &groups);

    // Fills the flag-change part of an event the same way for every flag source: the FlagChange
    // row, the flag key as lane, a composed text when the source has none, and the change in the
    // attributes (so that exports and `faultless-cli events` show it without the side table).
    static void setFlagChange(EventRecord &event, const FlagChange &change, QJsonObject &attributes);
    static QString flagChangeText(const FlagChange &change);

    // True when `prefix` holds each of `keys` as a JSON object key ("key":), for cheap sniffing
    // of documents that may be cut off anywhere.
    static bool hasJsonKeys(const QByteArray &prefix, std::initializer_list<const char *> keys);
};

} // namespace faultless::model
