#pragma once

#include <QList>
#include <QString>

// The records reviewers build while making sense of an incident: contributing factors and the
// evidence behind them, narratives, questions, opportunities and learnings. Value types only:
// model/store reads and writes them, item models and analysis hold them. Times are µs since the
// epoch, UTC; an id of 0 means "none".
namespace faultless::model {

struct FactorCategory
{
    qint64 id = 0;
    QString name;
    QString description;
    int position = 0;
};

// Contributing factors are a set: no rank, no severity, nothing "primary" (docs/architecture.md).
struct Factor
{
    qint64 id = 0;
    QString title;
    QString description;
    qint64 categoryId = 0;
    QString author;
    qint64 created = 0;
    qint64 edited = 0;
};

// One piece of evidence for a factor: an event, or an annotation (eventId then 0).
struct Evidence
{
    qint64 id = 0;
    qint64 factorId = 0;
    qint64 eventId = 0;
    qint64 annotationId = 0;
    QString note;
};

struct Narrative
{
    qint64 id = 0;
    QString title;
    QString vantagePoint;
    QString author;
    qint64 created = 0;
    qint64 edited = 0;
    int position = 0;
};

struct NarrativeStep
{
    qint64 id = 0;
    qint64 narrativeId = 0;
    int position = 0;
    QString text;
    qint64 eventId = 0; // the event the step cites, 0 for none
    QString author; // who wrote it; empty for steps written before authors were kept
};

struct Question
{
    qint64 id = 0;
    QString text;
    QString status; // "open" or "explored"
    QString author;
    qint64 created = 0;
    QList<qint64> factorIds;
};

struct Answer
{
    qint64 id = 0;
    qint64 questionId = 0;
    QString author;
    QString text;
    qint64 created = 0;
};

struct Opportunity
{
    qint64 id = 0;
    QString title;
    QString description;
    QString owner;
    QString status; // "proposed", "agreed", "done", "dropped"
    qint64 created = 0;
    QList<qint64> factorIds;
};

// A surprise, or something that helped, with the events and factors it points at.
struct Learning
{
    enum class Kind { Surprise, Helped };
    qint64 id = 0;
    Kind kind = Kind::Surprise;
    QString text;
    QString author;
    qint64 created = 0;
    QList<qint64> eventIds;
    QList<qint64> factorIds;
};

} // namespace faultless::model
