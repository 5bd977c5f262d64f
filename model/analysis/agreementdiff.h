#pragma once

#include "domain/practice.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace faultless::model {

class ReviewStore;

// The key output of a debrief is the timeline as agreed by everyone in the room (docs/architecture.md,
// "Principles"). An agreement stores a snapshot of that timeline: every live event (id, instant,
// end, hash of its content), every annotation (id, event, hash of its text) and the highlighted
// events. Hashes rather than texts keep the snapshot small at a million events; a diff then says
// what was added, removed or changed since, which is what the room needs to revisit.
// The domain record (AgreementStore reads and writes it) with the calls its users have always made.
struct Agreement : AgreementRecord
{
    static QList<Agreement> all(const ReviewStore &store); // oldest first
    static std::optional<Agreement> latest(const ReviewStore &store);
    // The snapshot of the review as it is now.
    static QByteArray capture(const ReviewStore &store);
};

class AgreementDiff
{
    Q_DECLARE_TR_FUNCTIONS(AgreementDiff)
public:
    enum class Item { Event, Annotation, Highlight };
    enum class How { Added, Removed, Changed };
    // For changed events: which parts differ.
    enum Part { Time = 1, End = 2, Content = 4 };

    struct Change
    {
        Item item = Item::Event;
        How how = How::Changed;
        qint64 id = 0; // event id (events, highlights) or annotation id
        qint64 eventId = 0; // the event an annotation belongs to
        int parts = 0; // Part bits, for changed events
    };

    // Compares a stored snapshot with the review as it is now. Returns false (and `error`) when
    // the snapshot cannot be read.
    bool compare(const QByteArray &snapshot, const ReviewStore &store, QString *error = nullptr);
    bool compareSnapshots(const QByteArray &before, const QByteArray &after, QString *error = nullptr);

    const QList<Change> &changes() const { return m_changes; }
    int count(Item item, How how) const;
    bool isEmpty() const { return m_changes.isEmpty(); }

    static QString itemLabel(Item item);
    static QString howLabel(How how);
    static QString partsLabel(int parts);

private:
    QList<Change> m_changes;
};

} // namespace faultless::model
