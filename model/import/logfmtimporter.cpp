#include "logfmtimporter.h"

#include "domain/timestamps.h"
#include "import/logfields.h"

namespace faultless::model {

bool LogfmtImporter::split(
    QByteArrayView line, std::vector<Pair> &pairs, qint64 *dropped, std::size_t maxPairs)
{
    pairs.clear();
    if (dropped)
        *dropped = 0;
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        while (i < n && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && line[i] != '=' && line[i] != ' ' && line[i] != '\t' && line[i] != '"')
            ++i;
        if (i == keyStart || i >= n || line[i] != '=')
            return false; // logfmt allows bare keys, but a line of them is prose, not logfmt
        Pair pair;
        pair.key = line.sliced(keyStart, i - keyStart);
        ++i;
        if (i < n && line[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n) {
                const char c = line[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\' && i < n) {
                    const char e = line[i++];
                    pair.value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
                } else {
                    pair.value.append(c);
                }
            }
            if (!closed)
                return false;
        } else {
            const qsizetype valueStart = i;
            while (i < n && line[i] != ' ' && line[i] != '\t')
                ++i;
            pair.value = line.sliced(valueStart, i - valueStart).toByteArray();
        }
        if (pairs.size() >= maxPairs && LogFields::classify(pair.key).role == LogFields::Role::Other) {
            if (dropped)
                ++*dropped;
            continue;
        }
        pairs.push_back(std::move(pair));
    }
    return !pairs.empty();
}

int LogfmtImporter::sniff(const QByteArray &prefix, const QString &) const
{
    qsizetype end = prefix.indexOf('\n');
    if (end < 0)
        end = prefix.size();
    const QByteArrayView first = trimmed(QByteArrayView(prefix).first(end));
    if (first.isEmpty() || first.front() == '{' || first.front() == '<')
        return 0;
    std::vector<Pair> pairs;
    if (!split(first, pairs) || pairs.size() < 2)
        return 0;
    for (const Pair &p : pairs) {
        if (LogFields::classify(p.key).role == LogFields::Role::Time)
            return 65;
    }
    return pairs.size() >= 3 ? 35 : 0;
}

TextLineImporter::LineKind LogfmtImporter::parseLine(
    QByteArrayView line, int, EventRecord &e, LineResult &result)
{
    qint64 dropped = 0;
    if (!split(line, m_pairs, &dropped, std::size_t(AttributeCap::MaxAttributes) + 8)) {
        result.reason = tr("not key=value pairs");
        return LineKind::Rejected;
    }
    int timeIndex = -1, levelIndex = -1, messageIndex = -1, laneIndex = -1, actorIndex = -1;
    int timeRank = 256, levelRank = 256, messageRank = 256, laneRank = 256, actorRank = 256;
    for (int i = 0; i < int(m_pairs.size()); ++i) {
        const LogFields::Match m = LogFields::classify(m_pairs[size_t(i)].key);
        auto take = [&](int &index, int &rank) {
            if (m.rank < rank) {
                index = i;
                rank = m.rank;
            }
        };
        switch (m.role) {
        case LogFields::Role::Time:
            take(timeIndex, timeRank);
            break;
        case LogFields::Role::Level:
            take(levelIndex, levelRank);
            break;
        case LogFields::Role::Message:
            take(messageIndex, messageRank);
            break;
        case LogFields::Role::Lane:
            take(laneIndex, laneRank);
            break;
        case LogFields::Role::Actor:
            take(actorIndex, actorRank);
            break;
        default:
            break;
        }
    }
    if (timeIndex < 0) {
        result.reason = tr("no timestamp field");
        return LineKind::Rejected;
    }
    const QByteArray &time = m_pairs[size_t(timeIndex)].value;
    e.instant = timestamps::parseIso8601(time, &result.naive);
    if (e.instant == NoInstant) {
        result.naive = false;
        e.instant = timestamps::parseEpochText(time);
    }
    if (e.instant == NoInstant) {
        result.reason = tr("unreadable timestamp \"%1\"").arg(QString::fromUtf8(time.left(60)));
        return LineKind::Rejected;
    }
    if (levelIndex >= 0)
        e.severity = LogFields::severityFromText(m_pairs[size_t(levelIndex)].value);
    if (messageIndex >= 0)
        e.text = m_pairs[size_t(messageIndex)].value;
    if (laneIndex >= 0)
        e.lane = m_pairs[size_t(laneIndex)].value;
    if (actorIndex >= 0)
        e.actor = m_pairs[size_t(actorIndex)].value;
    QByteArray attrs;
    int kept = 0;
    for (int i = 0; i < int(m_pairs.size()); ++i) {
        if (i == timeIndex || i == levelIndex || i == messageIndex || i == actorIndex)
            continue;
        if (++kept > AttributeCap::MaxAttributes) {
            ++dropped;
            continue;
        }
        LogFields::appendMember(attrs, m_pairs[size_t(i)].key, m_pairs[size_t(i)].value);
    }
    e.attributesJson = LogFields::finishObject(attrs);
    result.droppedAttributes = dropped;
    if (messageIndex < 0)
        e.text = trimmed(line).toByteArray();
    return LineKind::Event;
}

} // namespace faultless::model
