#pragma once

#include <QString>

namespace faultless::model {

// What a reviewer said about one event. Times are µs since the epoch, UTC.
struct Annotation
{
    qint64 id = 0;
    qint64 eventId = 0;
    QString author;
    QString text;
    qint64 created = 0;
    qint64 edited = 0;
};

// A label reviewers put on events; `color` is a #rrggbb name or empty.
struct Tag
{
    qint64 id = 0;
    QString name;
    QString color;
};

} // namespace faultless::model
