#include "phasenames.h"

namespace faultless::views {

namespace {
struct Phase
{
    const char *id;
    const char *label;
};
const Phase kPhases[] = {
    { "detection", QT_TRANSLATE_NOOP("PhaseNames", "Detection") },
    { "diagnosis", QT_TRANSLATE_NOOP("PhaseNames", "Diagnosis") },
    { "repair", QT_TRANSLATE_NOOP("PhaseNames", "Repair") },
    //: Phase marker on the timeline: a moment the review team singled out
    { "key moment", QT_TRANSLATE_NOOP("PhaseNames", "Key moment") },
};
} // namespace

QStringList PhaseNames::ids()
{
    QStringList out;
    for (const Phase &p : kPhases)
        out << QString::fromLatin1(p.id);
    return out;
}

QString PhaseNames::label(const QString &id)
{
    for (const Phase &p : kPhases) {
        if (id == QLatin1String(p.id))
            return tr(p.label);
    }
    return id; // a phase written by a newer version or by hand: show it as stored
}

} // namespace faultless::views
