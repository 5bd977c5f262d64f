#pragma once

#include "domain/event.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace faultless::model {

// What a LaunchDarkly audit-log entry says a flag looked like before and after a change, in the
// phrases of domain/flagwording.h. An entry read through GET /api/v2/auditlog/{id} (and a webhook
// body) embeds the flag as it was and as it became (`previousVersion`, `currentVersion`); list
// entries only describe the change in `description` and `details` ("Changed rollout from 10% to
// 50%"), which is read when there is no embedded state.
class LaunchDarklyFlagState
{
public:
    // The state of `flag` (a flag object of the REST API) in environment `environment`: on/off,
    // archived, the fallthrough ("serve true", "rollout 10%"; rollout weights are thousandths of a
    // percent), each targeting rule ("rule 1 rollout 43%") and the prerequisites. Empty when
    // the flag holds no such environment.
    static QStringList phrases(const QJsonObject &flag, const QString &environment);

    // The change between two embedded versions in `environment`, or in whichever environments
    // changed when `environment` is empty (then `changedEnvironment` names the one that did, or
    // stays empty when several did and the phrases carry their environment in front). False when
    // the versions are missing or nothing they show differs.
    static bool diff(const QJsonObject &previous, const QJsonObject &current, const QString &environment,
        FlagChange *change, QString *changedEnvironment);

    // A percentage change read from LaunchDarkly's own words ("Decreased the rollout from '50%' to
    // '43%' for the rule", "Changed rollout from `10%` to `50%`"). False when none is there.
    static bool fromDescription(const QString &text, FlagChange *change);
};

} // namespace faultless::model
