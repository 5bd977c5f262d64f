#pragma once

#include "domain/event.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace faultless::model {

struct EventRow;

// Faultless's own data export of events, as `faultless-cli events --format jsonl|csv` prints it
// and File > Export Events… writes it, in one place for the writers and the two importers that
// read it back. The columns are
//   id, timestamp, end, kind, severity, lane, actor, message, source, line, offset, manual,
//   highlighted, attributes
// On import, an event's origin in the review it was exported from (source name, line, offset,
// the manual and highlighted flags, the old id) is kept in its attributes under OriginKey, so
// that evidence is never lost; an event re-exported later keeps its first origin.
class FaultlessEventsFormat
{
    Q_DECLARE_TR_FUNCTIONS(FaultlessEventsFormat)
public:
    static constexpr const char *OriginKey = "faultless.origin";

    static QString csvHeader(); // without the line end
    // A text cell that could run as a spreadsheet formula (= + - @ tab CR at its start, but not a
    // plain number such as "-2") is written with a leading apostrophe; csvCellText() gives the
    // text of a cell back without it.
    static QString csvLine(const EventRow &row);
    static QByteArrayView csvCellText(QByteArrayView cell);
    static QByteArray jsonLine(const EventRow &row);

    // The exported fields of one event, as the importers read them: UTF-8, valid while the record
    // is built from them.
    struct Fields
    {
        QByteArrayView timestamp;
        QByteArrayView end;
        QByteArrayView kind;
        QByteArrayView severity;
        QByteArrayView lane;
        QByteArrayView actor;
        QByteArrayView message;
        QByteArrayView source;
        qint64 id = 0;
        qint64 line = 0;
        qint64 offset = 0;
        bool manual = false;
        bool highlighted = false;
    };
    // Builds the record to import with `attributesJson` (from Reader or attributesWithOrigin());
    // false and `reason` when a field cannot be read.
    static bool toRecord(
        const Fields &fields, QByteArray attributesJson, EventRecord *record, QString *reason);
    // The attributes to store: the exported ones, and the event's origin under OriginKey unless it
    // has one from an earlier export, as QJsonDocument's compact form. The reference for Reader.
    static QByteArray attributesWithOrigin(QJsonObject attributes, const Fields &fields);

    // Reads the fields and attributes of exported events with simdjson, writing the attributes
    // byte for byte as attributesWithOrigin() would (sorted keys, Qt's number and string forms)
    // without building a QJsonObject per event, which was most of the time of a re-import. Where
    // it cannot promise that (duplicate keys, -0, integers beyond 64 bits, characters outside the
    // BMP in keys, text simdjson refuses), it answers Unsure and the importer takes the QJsonDocument
    // way, so the result never depends on which way was taken. One per import (it keeps buffers).
    class Reader
    {
    public:
        enum class Status { Ok, AttributesNotObject, Unsure };
        Reader();
        ~Reader();
        Reader(const Reader &) = delete;
        Reader &operator=(const Reader &) = delete;
        // One line of a JSON lines export, followed by ImportInput::Padding readable bytes. The
        // views in `fields` stay valid until the next call.
        Status jsonLine(QByteArrayView line, Fields *fields, QByteArray *attributesJson);
        // The attributes column of a CSV export (empty: none).
        Status attributes(QByteArrayView json, const Fields &fields, QByteArray *attributesJson);
        static bool isValidUtf8(QByteArrayView text);

    private:
        struct Private;
        std::unique_ptr<Private> d;
    };
};

} // namespace faultless::model
