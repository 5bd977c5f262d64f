#pragma once

#include "domain/event.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace faultless::model {

// How a flag change is put into words, in one place for every flag source and every place that
// shows one (event text, timeline tooltip, event details, the CLI, the briefing).
//
// The importers store a flag's state before and after a change as short phrases in
// flag_changes.before_value / after_value, one phrase per aspect of the flag, joined by "; ":
//   "on", "off", "archived", "active"          the flag as a whole
//   "rollout 10%"                              the default (fallthrough) percentage rollout
//   "serve true"                               the default served to everyone
//   "rule 2 rollout 43%", "rule 2 serve true"  a targeting rule
//   "prerequisites auth-v2=true"               LaunchDarkly prerequisites
//   "segment beta: on", "segment beta: rollout 25%"   a Flagsmith segment override
//   "stickiness userId", "constraints 2"       an Unleash strategy's other parameters
// The last word of a phrase is its value and the words before it name the aspect, so that
// "rollout 10%" and "rollout 50%" read together as "rollout 10% → 50%" and a later
// "rollout 10%" is seen to bring the rollout back (analysis/reversibility).
class FlagWording
{
    Q_DECLARE_TR_FUNCTIONS(FlagWording)
public:
    // "10%", "12.5%", "33.333%": a percentage without trailing zeros.
    static QString percent(double value);
    // LaunchDarkly rollout weights are thousandths of a percent: 10000 -> "10%".
    static QString percentFromWeight(qint64 weight);

    // The phrases of a stored value, and back.
    static QStringList phrases(const QString &value);
    static QString joinPhrases(const QStringList &phrases);
    // The aspect a phrase sets: "rollout" for "rollout 10%", "state" for on/off, "archive" for
    // archived/active, the phrase itself when it is one word of another kind.
    static QString aspectOf(const QString &phrase);
    // The phrases of `before` and `after` that differ, aspect by aspect, in the order of
    // `after` (then the aspects only `before` has). Used by importers that see a whole state.
    static void keepDifferences(QStringList *before, QStringList *after);

    // The change itself: "rollout 10% → 50%", "off → on", "rule 1 rollout 50% → 43%; on → off",
    // "rollout 50% (earlier value unknown)". Empty when neither side is known.
    static QString change(const FlagChange &change);
    // The event text: "Flag checkout-v2 in production: rollout 10% → 50%", "Flag checkout-v2
    // turned on in production". Names the key, the environment and the change, so that a search
    // for any of them finds the event.
    static QString sentence(const FlagChange &change);
    // The same with who did it, for the briefing: "Engineer A raised the rollout of checkout-v2
    // in production from 10% to 50%", "Ana turned checkout-v2 in production off", "Ana changed
    // checkout-v2 in production: rule 1 serve false → true".
    static QString sentenceWithActor(const FlagChange &change, const QString &actor);

    // True when `value` turns the flag off (a phrase "off").
    static bool turnsOff(const QString &value);
};

} // namespace faultless::model
