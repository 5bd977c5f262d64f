#include "agreementdiff.h"

#include "store/agreementstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

namespace faultless::model {

namespace {
// FNV-1a: stable across runs, machines and Qt versions (qHash is seeded per process).
QString contentHash(const QStringList &parts)
{
    quint64 h = 14695981039346656037ull;
    for (const QString &part : parts) {
        const QByteArray bytes = part.toUtf8();
        for (char c : bytes) {
            h ^= quint8(c);
            h *= 1099511628211ull;
        }
        h ^= 0x1f; // field separator, so that ("ab","c") and ("a","bc") differ
        h *= 1099511628211ull;
    }
    return QString::number(h, 16);
}

struct EventEntry
{
    qint64 instant = 0;
    qint64 end = 0;
    bool hasEnd = false;
    QString hash;
};

struct AnnotationEntry
{
    qint64 eventId = 0;
    QString hash;
};

struct Snapshot
{
    std::map<qint64, EventEntry> events;
    std::map<qint64, AnnotationEntry> annotations;
    QList<qint64> highlights;
};

bool parse(const QByteArray &json, Snapshot *snapshot, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error
                = AgreementDiff::tr("The agreed snapshot cannot be read: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    for (const QJsonValue &v : o.value(QLatin1String("events")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() < 4)
            continue;
        EventEntry e;
        e.instant = a.at(1).toInteger();
        e.hasEnd = !a.at(2).isNull();
        e.end = a.at(2).toInteger();
        e.hash = a.at(3).toString();
        snapshot->events.emplace(a.at(0).toInteger(), e);
    }
    for (const QJsonValue &v : o.value(QLatin1String("annotations")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() < 3)
            continue;
        snapshot->annotations.emplace(
            a.at(0).toInteger(), AnnotationEntry { a.at(1).toInteger(), a.at(2).toString() });
    }
    for (const QJsonValue &v : o.value(QLatin1String("highlights")).toArray())
        snapshot->highlights.append(v.toInteger());
    return true;
}
} // namespace

QByteArray Agreement::capture(const ReviewStore &store)
{
    QJsonArray events;
    QJsonArray highlights;
    QJsonArray annotations;
    AgreementStore::scanSnapshot(
        store,
        [&](const AgreementStore::SnapshotEvent &e) {
            events.append(QJsonArray { e.id, e.instant, e.end ? QJsonValue(*e.end) : QJsonValue(),
                contentHash({ e.kind, e.lane, e.actor, e.text }) });
            if (e.highlighted)
                highlights.append(e.id);
        },
        [&](const AgreementStore::SnapshotAnnotation &a) {
            annotations.append(QJsonArray { a.id, a.eventId, contentHash({ a.text }) });
        });
    return QJsonDocument(
        QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("events"), events },
            { QStringLiteral("annotations"), annotations }, { QStringLiteral("highlights"), highlights } })
        .toJson(QJsonDocument::Compact);
}

QList<Agreement> Agreement::all(const ReviewStore &store)
{
    QList<Agreement> list;
    for (const AgreementRecord &record : AgreementStore::all(store)) {
        Agreement a;
        static_cast<AgreementRecord &>(a) = record;
        list.append(a);
    }
    return list;
}

std::optional<Agreement> Agreement::latest(const ReviewStore &store)
{
    const QList<Agreement> list = all(store);
    if (list.isEmpty())
        return std::nullopt;
    return list.last();
}

bool AgreementDiff::compare(const QByteArray &snapshot, const ReviewStore &store, QString *error)
{
    return compareSnapshots(snapshot, Agreement::capture(store), error);
}

bool AgreementDiff::compareSnapshots(const QByteArray &before, const QByteArray &after, QString *error)
{
    m_changes.clear();
    Snapshot a, b;
    if (!parse(before, &a, error) || !parse(after, &b, error))
        return false;
    for (const auto &[id, old] : a.events) {
        const auto it = b.events.find(id);
        if (it == b.events.end()) {
            m_changes.append({ Item::Event, How::Removed, id, id, 0 });
            continue;
        }
        int parts = 0;
        if (it->second.instant != old.instant)
            parts |= Time;
        if (it->second.hasEnd != old.hasEnd || it->second.end != old.end)
            parts |= End;
        if (it->second.hash != old.hash)
            parts |= Content;
        if (parts)
            m_changes.append({ Item::Event, How::Changed, id, id, parts });
    }
    for (const auto &[id, now] : b.events) {
        if (!a.events.count(id))
            m_changes.append({ Item::Event, How::Added, id, id, 0 });
    }
    for (const auto &[id, old] : a.annotations) {
        const auto it = b.annotations.find(id);
        if (it == b.annotations.end())
            m_changes.append({ Item::Annotation, How::Removed, id, old.eventId, 0 });
        else if (it->second.hash != old.hash)
            m_changes.append({ Item::Annotation, How::Changed, id, old.eventId, Content });
    }
    for (const auto &[id, now] : b.annotations) {
        if (!a.annotations.count(id))
            m_changes.append({ Item::Annotation, How::Added, id, now.eventId, 0 });
    }
    for (qint64 id : std::as_const(a.highlights)) {
        if (!b.highlights.contains(id))
            m_changes.append({ Item::Highlight, How::Removed, id, id, 0 });
    }
    for (qint64 id : std::as_const(b.highlights)) {
        if (!a.highlights.contains(id))
            m_changes.append({ Item::Highlight, How::Added, id, id, 0 });
    }
    return true;
}

int AgreementDiff::count(Item item, How how) const
{
    return int(std::count_if(m_changes.cbegin(), m_changes.cend(),
        [&](const Change &c) { return c.item == item && c.how == how; }));
}

QString AgreementDiff::itemLabel(Item item)
{
    switch (item) {
    case Item::Event:
        return tr("Event");
    case Item::Annotation:
        return tr("Annotation");
    case Item::Highlight:
        return tr("Highlight");
    }
    return {};
}

QString AgreementDiff::howLabel(How how)
{
    switch (how) {
    case How::Added:
        //: since the timeline was agreed
        return tr("added");
    case How::Removed:
        //: since the timeline was agreed
        return tr("removed");
    case How::Changed:
        //: since the timeline was agreed
        return tr("changed");
    }
    return {};
}

QString AgreementDiff::partsLabel(int parts)
{
    QStringList what;
    if (parts & Time)
        what << tr("time");
    if (parts & End)
        what << tr("end");
    if (parts & Content)
        what << tr("text");
    return what.join(QLatin1String(", "));
}

} // namespace faultless::model
