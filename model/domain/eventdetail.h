#pragma once

#include <QString>

namespace faultless::model {

// What the event detail pane shows of one event beside its text: the phase it marks and the
// imported file it came from (as named at import; the file may be gone since).
struct EventPhaseAndOrigin
{
    QString phase; // "detection", "diagnosis", "repair", "key moment" or empty
    QString originPath; // empty for events added by hand
    QString sourceFormat; // importer id, empty for events added by hand
};

} // namespace faultless::model
