#pragma once

#include "domain/event.h"

#include <QJsonObject>
#include <QString>

namespace faultless::model {

struct JsonItem;

// The events the flag, experiment, chat and alert importers make: the wording and fields they
// share (rejections, severities, verdicts, flag changes).
class ActivityRecords
{
public:
    // `item` rejected for `reason`; inside a whole document the reason names the entry.
    static RejectedRecord reject(const JsonItem &item, const QString &reason);

    static Severity severityFromText(const QString &text);
    static QString verdictLabel(ExperimentVerdict verdict); // translated "held", "deviated", ...

    // Fills the flag-change part of an event the same way for every flag source: the FlagChange
    // row, the flag key as lane, a composed text when the source has none, and the change in the
    // attributes (so that exports and `faultless-cli events` show it without the side table).
    static void setFlagChange(EventRecord &event, const FlagChange &change, QJsonObject &attributes);
    static QString flagChangeText(const FlagChange &change);
};

} // namespace faultless::model
