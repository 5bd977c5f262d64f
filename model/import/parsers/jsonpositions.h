#pragma once

#include <QByteArray>
#include <QList>

namespace faultless::model {

// Where the elements of a JSON array start in a document's bytes, so that an event read from a
// whole JSON document (a Slack day file, a LaunchDarkly audit-log response, a Chaos Toolkit
// journal) keeps the byte offset and line of its own object: Show in Source then opens at the
// record, not at the top of the file. QJsonDocument keeps no positions; this scan reads the bytes
// once more without building values.
class JsonPositions
{
public:
    struct Position
    {
        qint64 byteOffset = 0;
        qint64 line = 0; // 1-based
    };

    // The elements of the array reached from the root by `keys` (object member names; none: the
    // root itself is the array), in order. Empty when the path leads to no array or the bytes are
    // not well-formed there; callers then keep the position of the whole document.
    static QList<Position> ofArray(const QByteArray &json, const QList<QByteArray> &keys = {});
    // The same from the value that starts at `from` (an element an earlier call found) instead of
    // the root: the arrays inside each element of another array (the journals of a file holding
    // several, the probes of each continuous check). Lines count on from `from.line`.
    static QList<Position> ofArray(
        const QByteArray &json, const Position &from, const QList<QByteArray> &keys);

private:
    // Each returns the index just after what it skipped, or -1 on malformed input.
    static qsizetype skipSpace(const QByteArray &json, qsizetype at);
    static qsizetype skipString(const QByteArray &json, qsizetype at);
    static qsizetype skipValue(const QByteArray &json, qsizetype at);
    static qsizetype findMember(const QByteArray &json, qsizetype at, const QByteArray &key);
    static QList<Position> elements(const QByteArray &json, qsizetype at, const Position &from);
};

} // namespace faultless::model
