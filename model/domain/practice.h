#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// The records of how a review is run: who took part, what is contested, what the room agreed.
// Value types only (see sensemaking.h). Times are µs since the epoch, UTC.
namespace faultless::model {

struct Participant
{
    // The fields a reviewer edits in the list of participants.
    enum class Field { Name, Role, Pseudonym };
    qint64 id = 0;
    QString name;
    QString role;
    QString pseudonym;
};

// Someone the imported sources name (a flag change's actor, a chat author, an alert's owner), as
// the participant suggestions read them: one row per spelling and kind of event.
struct ImportedPerson
{
    QString actor; // as the source wrote it: a name, an e-mail address, a chat user id
    int kind = 0; // EventKind of the events
    qint64 events = 0; // how many live events name them so
    QString chatUserId; // a Slack user id the source gave beside a name, or empty
    QString email; // an e-mail address the source gave beside a name, or empty
};

// A reviewer's mark that an event, annotation or narrative step is uncertain or disputed.
struct Dispute
{
    enum class ItemType { Event, Annotation, Step };
    // Ordered so that the stronger state wins when an item has several disputes.
    enum class State { None = 0, Uncertain = 1, Disputed = 2 };
    qint64 id = 0;
    ItemType itemType = ItemType::Event;
    qint64 itemId = 0;
    State state = State::Disputed;
    QString raisedBy;
    QString reason;
    qint64 created = 0;
    // When a query reads them (DisputeStore::liveWithItems): the item's text, and the event it
    // belongs to (the event itself, an annotation's event, a step's cited event or 0).
    QString itemText;
    qint64 eventId = 0;
};

// The timeline as the room agreed it at one moment: a snapshot (JSON) of the live events, the
// annotations and the highlights, by hash, so that later changes can be shown (AgreementDiff).
struct AgreementRecord
{
    qint64 id = 0;
    qint64 agreedAt = 0;
    QStringList present;
    QByteArray snapshot;
};

} // namespace faultless::model
