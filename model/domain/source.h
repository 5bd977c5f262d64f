#pragma once

#include <QByteArray>
#include <QString>

// An imported file or feed and what it gave. Value types only (see sensemaking.h).
namespace faultless::model {

struct Source
{
    qint64 id = 0;
    QString name;
    QString kind;
    QString format;
    QString originPath;
    QString contentHash;
    QString zone;
    qint64 accepted = 0;
    qint64 rejected = 0;
    qint64 duplicates = 0;
    qint64 importedAt = 0;
    QString notes;
    bool removed = false;
    qint64 clockOffsetUs = 0;
    QString clockOffsetReason;
    qint64 events = 0; // live events from this source, when a query counts them
};

// A record of a source that could not be used: kept so that nothing is dropped silently.
struct SourceReject
{
    qint64 id = 0;
    qint64 sourceId = 0;
    qint64 line = 0;
    qint64 byteOffset = 0;
    QString reason;
    QByteArray raw;
};

} // namespace faultless::model
