#pragma once

#include <QCoreApplication>
#include <QString>

namespace faultless::model {

class ReviewStore;

// The bundled demo review (resources/demo): a checkout-latency incident built from real-format
// source files (JSON logs, a LaunchDarkly audit log, a Chaos Toolkit journal, an Alertmanager
// payload, a Slack export) through the normal importers, then annotated, with factors,
// narratives, questions and opportunities from resources/demo/review.json.
class DemoReview
{
    Q_DECLARE_TR_FUNCTIONS(DemoReview)
public:
    // Builds the demo at `path` unless a current one is there; returns the path or empty + error.
    static QString ensure(const QString &path, QString *error);
    // Builds a new demo review at `path` (which must not exist). Sources whose importer is not
    // available are reported in `error` but do not stop the build.
    static bool build(const QString &path, QString *error);

    static constexpr int Version = 3; // bump when resources/demo changes
};

} // namespace faultless::model
