#include "logfmtimporter.h"

#include "domain/timestamps.h"
#include "import/parsers/logfields.h"

namespace faultless::model {

namespace {
// A quoted value from just past its opening quote: a view of the line when it has no escapes
// (nearly all do not), else unescaped into `unescaped`, whose capacity the caller reserved for
// the whole line so that earlier views into it stay valid. Returns past the closing quote, or
// nullptr when the quote is not closed.
const char *quotedValue(const char *p, const char *end, QByteArrayView &value, std::string &unescaped)
{
    const char *const start = p;
    while (p != end && *p != '"' && *p != '\\')
        ++p;
    if (p == end)
        return nullptr;
    if (*p == '"') {
        value = QByteArrayView(start, p - start);
        return p + 1;
    }
    const size_t first = unescaped.size();
    unescaped.append(start, size_t(p - start));
    while (p != end) {
        const char c = *p++;
        if (c == '"') {
            value = QByteArrayView(unescaped.data() + first, qsizetype(unescaped.size() - first));
            return p;
        }
        if (c == '\\' && p != end) {
            const char e = *p++;
            unescaped += e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
        } else {
            unescaped += c;
        }
    }
    return nullptr;
}
} // namespace

bool LogfmtImporter::split(QByteArrayView line, std::vector<Pair> &pairs, std::string &unescaped,
    qint64 *dropped, std::size_t maxPairs)
{
    pairs.clear();
    unescaped.clear();
    if (unescaped.capacity() < size_t(line.size()))
        unescaped.reserve(size_t(line.size())); // unescaping never lengthens a value
    if (dropped)
        *dropped = 0;
    const char *p = line.data();
    const char *const end = p + line.size();
    while (p != end) {
        while (p != end && (*p == ' ' || *p == '\t'))
            ++p;
        if (p == end)
            break;
        const char *const keyStart = p;
        while (p != end && *p != '=' && *p != ' ' && *p != '\t' && *p != '"')
            ++p;
        if (p == keyStart || p == end || *p != '=')
            return false; // logfmt allows bare keys, but a line of them is prose, not logfmt
        Pair pair;
        pair.key = QByteArrayView(keyStart, p - keyStart);
        ++p;
        if (p != end && *p == '"') {
            p = quotedValue(p + 1, end, pair.value, unescaped);
            if (!p)
                return false;
        } else {
            const char *const valueStart = p;
            while (p != end && *p != ' ' && *p != '\t')
                ++p;
            pair.value = QByteArrayView(valueStart, p - valueStart);
        }
        if (pairs.size() >= maxPairs && LogFields::classify(pair.key).role == LogFields::Role::Other) {
            if (dropped)
                ++*dropped;
            continue;
        }
        pairs.push_back(pair);
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
    std::string unescaped;
    if (!split(first, pairs, unescaped) || pairs.size() < 2)
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
    if (!split(line, m_pairs, m_unescaped, &dropped, std::size_t(AttributeCap::MaxAttributes) + 8)) {
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
    const QByteArrayView time = m_pairs[size_t(timeIndex)].value;
    e.instant = timestamps::parseIso8601(time, &result.naive);
    if (e.instant == NoInstant) {
        result.naive = false;
        e.instant = timestamps::parseEpochText(time);
    }
    if (e.instant == NoInstant) {
        result.reason = tr("unreadable timestamp \"%1\"")
                            .arg(QString::fromUtf8(time.first(std::min<qsizetype>(time.size(), 60))));
        return LineKind::Rejected;
    }
    if (levelIndex >= 0)
        e.severity = LogFields::severityFromText(m_pairs[size_t(levelIndex)].value);
    // Into the record's own buffers (reused from record to record: TextLineImporter::read).
    EventSink::assignBytes(e.text, messageIndex >= 0 ? m_pairs[size_t(messageIndex)].value : trimmed(line));
    if (laneIndex >= 0)
        e.lane = m_lanes.get(m_pairs[size_t(laneIndex)].value); // shared copies: lanes repeat
    if (actorIndex >= 0)
        EventSink::assignBytes(e.actor, m_pairs[size_t(actorIndex)].value);
    QByteArray &attrs = e.attributesJson;
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
    finishAttributes(attrs);
    result.droppedAttributes = dropped;
    return LineKind::Event;
}

} // namespace faultless::model
