#include "kuberneteseventsimporter.h"

#include "domain/timestamps.h"
#include "import/importinput.h"
#include "import/logfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace faultless::model {

int KubernetesEventsImporter::sniff(const QByteArray &prefix, const QString &) const
{
    const QByteArray t = prefix.trimmed();
    if (!t.startsWith('{'))
        return 0;
    if (t.contains("\"involvedObject\""))
        return 90;
    return 0;
}

std::vector<KubernetesEventsImporter::Slice> KubernetesEventsImporter::recordSlices(const QByteArray &doc)
{
    std::vector<Slice> slices;
    int depth = 0;
    bool inString = false, escape = false;
    qsizetype objectStart = -1;
    qsizetype keyStart = -1;
    QByteArrayView lastKey;
    bool inItems = false; // inside the top-level "items" array
    bool sawItems = false;
    qsizetype elementStart = -1;
    for (qsizetype i = 0; i < doc.size(); ++i) {
        const char c = doc[i];
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1 && keyStart >= 0)
                    lastKey = QByteArrayView(doc.constData() + keyStart, i - keyStart);
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            keyStart = i + 1;
            break;
        case '{':
        case '[':
            if (depth == 0 && c == '{')
                objectStart = i;
            if (depth == 1 && c == '[' && lastKey == "items")
                inItems = sawItems = true;
            else if (depth == 2 && inItems && c == '{')
                elementStart = i;
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 2 && inItems && c == '}' && elementStart >= 0) {
                slices.push_back({elementStart, i + 1});
                elementStart = -1;
            } else if (depth == 1 && inItems && c == ']') {
                inItems = false;
            } else if (depth == 0 && c == '}' && objectStart >= 0) {
                // A top-level object that had no items array is itself a record.
                if (!sawItems)
                    slices.push_back({objectStart, i + 1});
                sawItems = false;
                objectStart = -1;
            }
            if (depth < 0)
                depth = 0;
            break;
        default:
            break;
        }
    }
    return slices;
}

bool KubernetesEventsImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    const QByteArray all = input.readAll();
    if (all.isNull() && input.hitLimit()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    const std::vector<Slice> slices = recordSlices(all);
    qint64 line = 1;
    qsizetype counted = 0;
    timestamps::ZoneResolver zone(context.zone);
    for (const Slice &slice : slices) {
        if (input.isCanceled())
            break;
        for (; counted < slice.begin; ++counted)
            line += all[counted] == '\n';
        const QByteArray raw = all.mid(slice.begin, slice.end - slice.begin);
        QJsonParseError parseError;
        QJsonObject o = QJsonDocument::fromJson(raw, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            sink.addRejected({line, slice.begin, tr("not valid JSON: %1").arg(parseError.errorString()), raw.left(300)});
            continue;
        }
        // Watch envelope.
        if (o.contains(QLatin1String("object")) && o.value(QLatin1String("object")).isObject())
            o = o.value(QLatin1String("object")).toObject();
        const QJsonObject involved = o.value(QLatin1String("involvedObject")).toObject();
        if (involved.isEmpty() && !o.contains(QLatin1String("reason"))) {
            sink.addRejected({line, slice.begin, tr("not a Kubernetes event"), raw.left(300)});
            continue;
        }
        EventRecord e;
        e.line = line;
        e.byteOffset = slice.begin;
        const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
        const QJsonObject series = o.value(QLatin1String("series")).toObject();
        const QJsonValue candidates[] = {o.value(QLatin1String("eventTime")), o.value(QLatin1String("lastTimestamp")),
                                         series.value(QLatin1String("lastObservedTime")),
                                         o.value(QLatin1String("firstTimestamp")),
                                         metadata.value(QLatin1String("creationTimestamp"))};
        for (const QJsonValue &v : candidates) {
            if (!v.isString() || v.toString().isEmpty())
                continue;
            bool naive = false;
            e.instant = timestamps::parseIso8601(v.toString().toUtf8(), &naive);
            if (e.instant != NoInstant) {
                if (naive) {
                    e.instant = zone.toUtc(e.instant);
                    context.usedZoneForNaiveTimestamps = true;
                }
                break;
            }
        }
        if (e.instant == NoInstant) {
            sink.addRejected({line, slice.begin, tr("Kubernetes event without a usable time"), raw.left(300)});
            continue;
        }
        const QString type = o.value(QLatin1String("type")).toString();
        e.severity = type == QLatin1String("Warning") ? Severity::Warning
            : type == QLatin1String("Normal")         ? Severity::Info
                                                      : LogFields::severityFromText(type.toUtf8());
        const QString kind = involved.value(QLatin1String("kind")).toString();
        const QString name = involved.value(QLatin1String("name")).toString();
        e.lane = (kind.isEmpty() ? name : kind + QLatin1Char('/') + name).toUtf8();
        const QString reason = o.value(QLatin1String("reason")).toString();
        const QString message = o.value(QLatin1String("message")).toString().trimmed();
        e.text = (reason.isEmpty() ? message : message.isEmpty() ? reason : reason + QLatin1String(": ") + message).toUtf8();
        QString actor = o.value(QLatin1String("source")).toObject().value(QLatin1String("component")).toString();
        if (actor.isEmpty())
            actor = o.value(QLatin1String("reportingComponent")).toString();
        e.actor = actor.toUtf8();
        QJsonObject attrs;
        const QString ns = involved.value(QLatin1String("namespace")).toString(metadata.value(QLatin1String("namespace")).toString());
        if (!ns.isEmpty())
            attrs.insert(QLatin1String("namespace"), ns);
        for (const char *key : {"count", "firstTimestamp", "lastTimestamp", "eventTime", "action",
                                "reportingInstance"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isNull() && !v.isUndefined())
                attrs.insert(QLatin1String(key), v);
        }
        if (!series.isEmpty())
            attrs.insert(QLatin1String("series"), series);
        attrs.insert(QLatin1String("involvedObject"), involved);
        const QJsonValue host = o.value(QLatin1String("source")).toObject().value(QLatin1String("host"));
        if (host.isString())
            attrs.insert(QLatin1String("host"), host);
        e.attributesJson = QJsonDocument(attrs).toJson(QJsonDocument::Compact);
        sink.addEvent(std::move(e));
    }
    if (slices.empty() && !all.trimmed().isEmpty())
        sink.addRejected({1, 0, tr("no Kubernetes events found"), all.left(300)});
    return true;
}

} // namespace faultless::model
