#include "jsonitems.h"

#include "domain/event.h"
#include "import/parsers/importinput.h"
#include "store/eventsink.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace faultless::model {

namespace {
// The whole input, within the limit on what a JSON document may take in memory; false with
// `error` set (the input's reason) when it does not fit or could not be read.
bool readWhole(ImportInput &input, QByteArray *bytes, QString *error)
{
    *bytes = input.readAll();
    if ((bytes->isNull() && input.hitLimit()) || !input.fitsInMemory(*bytes, ImportInput::Syntax::Json)) {
        if (error)
            *error = input.errorString();
        return false;
    }
    return true;
}
} // namespace

bool JsonItems::readDocument(ImportInput &input, QJsonValue *value, QString *error, QByteArray *document)
{
    QByteArray bytes;
    if (!readWhole(input, &bytes, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (doc.isNull()) {
        if (error)
            *error = QCoreApplication::translate("ActivityFormats", "%1: not valid JSON at byte %2: %3")
                         .arg(input.fileName())
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    *value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    if (document)
        *document = bytes;
    return true;
}

JsonItem JsonItems::placed(JsonItem item, const QList<JsonPositions::Position> &positions, qsizetype index)
{
    // The line stays 0: inside a whole document the entry's index names it in messages, and the
    // byte offset is what Show in Source needs (it counts the lines itself).
    if (index >= 0 && index < positions.size())
        item.byteOffset = positions.at(index).byteOffset;
    return item;
}

QList<JsonPositions::Position> JsonItems::memberPositions(
    const QList<JsonItem> &items, const QByteArray &document, const QByteArray &key)
{
    if (items.size() != 1 || document.isEmpty())
        return {};
    return JsonPositions::ofArray(document, { key });
}

bool JsonItems::readValues(
    ImportInput &input, EventSink &sink, QList<JsonItem> *items, QString *error, QByteArray *document)
{
    QByteArray bytes;
    if (!readWhole(input, &bytes, error))
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isNull()) {
        if (document)
            *document = bytes;
        if (doc.isArray()) {
            const QJsonArray array = doc.array();
            const QList<JsonPositions::Position> positions = JsonPositions::ofArray(bytes);
            for (qsizetype i = 0; i < array.size(); ++i)
                items->append(placed({ array.at(i), 0, 0, i + 1 }, positions, i));
        } else {
            items->append({ doc.object(), 0, 0, 1 });
        }
        return true;
    }
    // One value per line. A file in which no line parses is not this format at all.
    qint64 lineNumber = 0;
    qint64 offset = 0;
    qint64 parsed = 0;
    QList<RejectedRecord> rejects;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++lineNumber;
        offset = start;
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError lineError;
        const QJsonDocument lineDoc = QJsonDocument::fromJson(line, &lineError);
        if (lineDoc.isNull()) {
            rejects.append({ lineNumber, offset,
                QCoreApplication::translate("ActivityFormats", "not valid JSON: %1")
                    .arg(lineError.errorString()),
                line.left(300) });
            continue;
        }
        ++parsed;
        items->append({ lineDoc.isObject() ? QJsonValue(lineDoc.object()) : QJsonValue(lineDoc.array()),
            lineNumber, offset, parsed });
    }
    if (parsed == 0) {
        if (error)
            *error = QCoreApplication::translate("ActivityFormats", "%1: not valid JSON at byte %2: %3")
                         .arg(input.fileName())
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return false;
    }
    for (RejectedRecord &r : rejects)
        sink.addRejected(std::move(r));
    return true;
}

QByteArray JsonItems::compact(const QJsonObject &object)
{
    return object.isEmpty() ? QByteArray() : QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray JsonItems::excerpt(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact).left(300);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact).left(300);
    return value.toVariant().toString().toUtf8().left(300);
}

QString JsonItems::summarize(const QJsonValue &value, int maxLength)
{
    QString text;
    if (value.isBool())
        text = value.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    else if (value.isString())
        text = value.toString();
    else if (value.isDouble())
        text = QString::number(value.toDouble());
    else if (value.isObject())
        text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    else if (value.isArray())
        text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    text = text.simplified();
    if (text.size() > maxLength)
        text = text.left(maxLength - 1) + QChar(0x2026);
    return text;
}

bool JsonItems::hasKeys(const QByteArray &prefix, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QByteArray needle = '"' + QByteArray(key) + '"';
        bool found = false;
        for (qsizetype at = prefix.indexOf(needle); at >= 0; at = prefix.indexOf(needle, at + 1)) {
            qsizetype i = at + needle.size();
            while (i < prefix.size()
                && (prefix.at(i) == ' ' || prefix.at(i) == '\t' || prefix.at(i) == '\n'
                    || prefix.at(i) == '\r'))
                ++i;
            if (i < prefix.size() && prefix.at(i) == ':') {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace faultless::model
