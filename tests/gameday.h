#pragma once

// The game-day incident of tests/data/gameday (issue 19): LaunchDarkly, Unleash, Flagsmith,
// Slack, Alertmanager and a service log, imported into a review the way the app does it.
#include "testsupport.h"

#include "import/importerregistry.h"
#include "import/importjob.h"

namespace faultless::tests {

inline QStringList gameDayFiles()
{
    QStringList files;
    for (const char *name : { "launchdarkly-auditlog.json", "unleash-events.json", "flagsmith-webhooks.jsonl",
             "slack/incident-checkout/2024-05-01.json", "alertmanager.jsonl", "checkout.jsonl" })
        files << dataPath(QStringLiteral("gameday/") + QString::fromLatin1(name));
    return files;
}

// The game day's six files and three of other formats: a logfmt log, a syslog and a Chaos Toolkit
// journal (issue 21's review of nine sources).
inline QStringList nineFormatFiles()
{
    QStringList files = gameDayFiles();
    files << samplePath(QStringLiteral("logfmt/lnav-test-logfile_logfmt.0"))
          << samplePath(QStringLiteral("syslog/lnav-test-logfile_syslog.0"))
          << samplePath(QStringLiteral("chaostoolkit-journal/mdrcs-k8s-terminate-pods-journal.json"));
    return files;
}

// Imports every file; returns the first error, empty when all were imported.
inline QString importGameDay(model::ReviewStore &store)
{
    model::ImporterRegistry registry;
    for (const QString &path : gameDayFiles()) {
        model::ImportRequest request;
        request.path = path;
        const model::ImportResult result = model::ImportJob::run(store, registry, request);
        if (result.status != model::ImportResult::Status::Imported)
            return path + QStringLiteral(": ") + result.error;
    }
    return {};
}

} // namespace faultless::tests
