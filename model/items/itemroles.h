#pragma once

#include <Qt>

namespace faultless::model {

// Custom data roles shared by the item models (docs/architecture.md, "Practices the code follows").
enum ItemRole {
    EventIdRole = Qt::UserRole + 1, // qint64
    InstantRole, // qint64 µs UTC
    KindRole, // int (EventKind)
    SeverityRole, // int (Severity)
    HighlightedRole, // bool
    ManualRole, // bool: added by a reviewer, not recorded evidence
    SortRole,
    ItemIdRole, // qint64: id of a factor, narrative, step, annotation...
    CitedByRole, // int: how many compared narratives cite an event; -1 on a line of steps citing nothing
    WithoutEvidenceRole, // bool: a narrative step that cites no event
};

} // namespace faultless::model
