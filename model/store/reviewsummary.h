#pragma once

#include "domain/event.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace faultless::model {

class ReviewStore;

struct SourceSummary
{
    qint64 id = 0;
    QString name;
    QString kind;
    QString format;
    QString originPath;
    QString zone;
    qint64 events = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 clockOffsetUs = 0;
    QString notes;
};

// The numbers `faultless-cli info` and the window title bar show.
struct ReviewSummary
{
    int schemaVersion = 0;
    QString title;
    QString timeZone;
    qint64 events = 0;
    QMap<QString, qint64> byKind;
    QList<SourceSummary> sources;
    Instant first = NoInstant;
    Instant last = NoInstant;
    qint64 annotations = 0;
    qint64 factors = 0;
    qint64 narratives = 0;

    static ReviewSummary read(const ReviewStore &store);
    QJsonObject toJson() const; // the `info --json` contract of docs/cli.md
};

} // namespace faultless::model
