#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

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
    static QString csvLine(const EventRow &row);
    static QByteArray jsonLine(const EventRow &row);

    // The exported fields of one event, as the importers read them.
    struct Fields
    {
        QString timestamp;
        QString end;
        QString kind;
        QString severity;
        QString lane;
        QString actor;
        QString message;
        QString source;
        qint64 id = 0;
        qint64 line = 0;
        qint64 offset = 0;
        bool manual = false;
        bool highlighted = false;
        QJsonObject attributes;
    };
    // Builds the record to import; false and `reason` when a field cannot be read.
    static bool toRecord(const Fields &fields, EventRecord *record, QString *reason);
};

} // namespace faultless::model
