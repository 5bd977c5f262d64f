#include "litmusimporter.h"

#include "import/activityrecords.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonitems.h"
#include "import/parsers/recordtime.h"
#include "import/parsers/yamlsubsetreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace faultless::model {

namespace {

struct Probe
{
    QString name, type, mode, verdict, description;
};

// What the importer needs of one ChaosResult, whichever of the three shapes it came in.
struct ChaosResult
{
    QString name, ns, experiment, engine, phase, verdict, probeSuccess, failStep;
    Instant created = NoInstant;
    Instant lastUpdate = NoInstant;
    QList<Probe> probes;
    QVariantMap history;
    QStringList events; // `kubectl describe` event rows
};

QString str(const QVariant &v)
{
    return v.toString().trimmed();
}

ChaosResult fromTree(const QVariantMap &resource, timestamps::ZoneResolver &zone, ImportContext &context)
{
    ChaosResult r;
    auto at = [&](const QString &path) { return YamlSubsetReader::value(resource, path); };
    r.name = str(at(QStringLiteral("metadata.name")));
    r.ns = str(at(QStringLiteral("metadata.namespace")));
    r.experiment = str(at(QStringLiteral("spec.experiment")));
    r.engine = str(at(QStringLiteral("spec.engine")));
    r.phase = str(at(QStringLiteral("status.experimentStatus.phase")));
    r.verdict = str(at(QStringLiteral("status.experimentStatus.verdict")));
    r.probeSuccess = str(at(QStringLiteral("status.experimentStatus.probeSuccessPercentage")));
    r.failStep = str(at(QStringLiteral("status.experimentStatus.failStep")));
    if (r.failStep.isEmpty())
        r.failStep = str(at(QStringLiteral("status.experimentStatus.failureOutput.failedStep")));
    r.created
        = RecordTime::instantFromText(str(at(QStringLiteral("metadata.creationTimestamp"))), zone, context);
    // The last write of the status (managedFields) is the nearest thing to the end of the run.
    for (const QVariant &field : at(QStringLiteral("metadata.managedFields")).toList()) {
        const Instant t
            = RecordTime::instantFromText(str(field.toMap().value(QStringLiteral("time"))), zone, context);
        if (t != NoInstant && (r.lastUpdate == NoInstant || t > r.lastUpdate))
            r.lastUpdate = t;
    }
    QVariantList probes = at(QStringLiteral("status.probeStatuses")).toList();
    if (probes.isEmpty())
        probes = at(QStringLiteral("status.probeStatus")).toList(); // 1.x
    for (const QVariant &p : std::as_const(probes)) {
        const QVariantMap m = p.toMap();
        Probe probe;
        probe.name = str(m.value(QStringLiteral("name")));
        probe.type = str(m.value(QStringLiteral("type")));
        probe.mode = str(m.value(QStringLiteral("mode")));
        const QVariantMap status = m.value(QStringLiteral("status")).toMap();
        probe.verdict = str(status.value(QStringLiteral("verdict")));
        probe.description = str(status.value(QStringLiteral("description")));
        if (probe.verdict.isEmpty()) {
            // 1.x: {prechaos, postchaos, continuous} each "Passed 👍" or "Better Luck Next Time".
            QStringList parts;
            for (auto it = status.begin(); it != status.end(); ++it)
                parts << it.key() + QLatin1String(": ") + str(it.value());
            probe.verdict = parts.join(QLatin1String(", "));
        }
        r.probes.append(probe);
    }
    r.history = at(QStringLiteral("status.history")).toMap();
    return r;
}

// `kubectl describe chaosresult` output: "Key:  value" lines by indentation, probes as blank-line
// separated groups under "Probe Status:", and an event table at the end.
ChaosResult fromDescribe(const QString &text, timestamps::ZoneResolver &zone, ImportContext &context)
{
    ChaosResult r;
    static const QRegularExpression keyValue(QStringLiteral("^( *)([A-Za-z][A-Za-z ]*):\\s*(.*)$"));
    QString section;
    QString subsection;
    int probeIndent = -1;
    bool inEvents = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (inEvents) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1String("----"))
                && !line.trimmed().startsWith(QLatin1String("Type ")))
                r.events << line.simplified();
            continue;
        }
        const QRegularExpressionMatch m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const int indent = int(m.capturedLength(1));
        const QString key = m.captured(2).trimmed().toLower();
        const QString value = m.captured(3).trimmed();
        if (indent == 0) {
            section = key;
            if (key == QLatin1String("name"))
                r.name = value;
            else if (key == QLatin1String("namespace"))
                r.ns = value;
            else if (key == QLatin1String("events"))
                inEvents = true;
            continue;
        }
        if (key == QLatin1String("probe status")) {
            subsection = key;
            probeIndent = -1;
            continue;
        }
        if (subsection == QLatin1String("probe status") && indent > 2) {
            if (key == QLatin1String("name") && (probeIndent < 0 || indent == probeIndent)) {
                probeIndent = indent;
                r.probes.append({ value, {}, {}, {}, {} });
            } else if (!r.probes.isEmpty() && key == QLatin1String("type")) {
                r.probes.last().type = value;
            } else if (!r.probes.isEmpty() && key != QLatin1String("status") && !value.isEmpty()) {
                // "Post Chaos:  Passed 👍 #EoT"
                Probe &p = r.probes.last();
                p.verdict += (p.verdict.isEmpty() ? QString() : QStringLiteral(", "))
                    + m.captured(2).trimmed() + QLatin1String(": ") + value;
            }
            continue;
        }
        if (key == QLatin1String("creation timestamp"))
            r.created = RecordTime::instantFromText(value, zone, context);
        else if (key == QLatin1String("experiment"))
            r.experiment = value;
        else if (key == QLatin1String("engine"))
            r.engine = value;
        else if (key == QLatin1String("phase"))
            r.phase = value;
        else if (key == QLatin1String("verdict"))
            r.verdict = value;
        else if (key == QLatin1String("probe success percentage"))
            r.probeSuccess = value;
        else if (key == QLatin1String("fail step"))
            r.failStep = value;
    }
    return r;
}

ExperimentVerdict verdictOf(const QString &verdict)
{
    const QString v = verdict.toLower();
    if (v == QLatin1String("pass"))
        return ExperimentVerdict::Held;
    if (v == QLatin1String("fail"))
        return ExperimentVerdict::Deviated;
    if (v == QLatin1String("stopped"))
        return ExperimentVerdict::Aborted;
    return ExperimentVerdict::Unknown; // Awaited: still running
}

bool isChaosResult(const QVariant &doc)
{
    return YamlSubsetReader::value(doc, QStringLiteral("kind")).toString() == QLatin1String("ChaosResult");
}

// The run's instant or START/END interval the user gave (--option), if any. False when it is
// given but unreadable.
bool readRunOption(ImportContext &context, timestamps::ZoneResolver &zone, Instant *start, Instant *end)
{
    if (context.formatOption.trimmed().isEmpty())
        return true;
    const QStringList parts = context.formatOption.trimmed().split(QLatin1Char('/'));
    *start = RecordTime::instantFromText(parts.first(), zone, context);
    if (parts.size() > 1)
        *end = RecordTime::instantFromText(parts.at(1), zone, context);
    return !(*start == NoInstant || (parts.size() > 1 && (*end == NoInstant || *end < *start)));
}

struct ResultCollector
{
    QList<ChaosResult> &results;
    timestamps::ZoneResolver &zone;
    ImportContext &context;
    EventSink &sink;
    qint64 index = 0;

    // Documents may be single resources, Lists ({kind: List, items}) or bare arrays.
    void collect(const QVariant &doc)
    {
        if (doc.typeId() == QMetaType::QVariantList) {
            for (const QVariant &v : doc.toList())
                collect(v);
            return;
        }
        const QVariantList items = doc.toMap().value(QStringLiteral("items")).toList();
        if (!items.isEmpty()) {
            for (const QVariant &v : items)
                collect(v);
            return;
        }
        ++index;
        if (isChaosResult(doc)) {
            results.append(fromTree(doc.toMap(), zone, context));
            return;
        }
        const QString kind = YamlSubsetReader::value(doc, QStringLiteral("kind")).toString();
        sink.addRejected({ 0, 0,
            LitmusImporter::tr("document %1: a %2, not a ChaosResult")
                .arg(index)
                .arg(kind.isEmpty() ? LitmusImporter::tr("document without kind") : kind),
            QJsonDocument::fromVariant(doc).toJson(QJsonDocument::Compact).left(300) });
    }
};

// The ChaosResults of a JSON or YAML file; what is not one is rejected. False with `error` set
// when the file cannot be parsed.
bool readResourceTree(
    const QByteArray &bytes, bool json, const QString &fileName, ResultCollector &collector, QString *error)
{
    QVariantList documents;
    QString why;
    if (json) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
        if (doc.isNull()) {
            if (error)
                *error = LitmusImporter::tr("%1: not valid JSON: %2").arg(fileName, parseError.errorString());
            return false;
        }
        documents.append(doc.toVariant());
    } else if (!YamlSubsetReader::parse(bytes, &documents, &why)) {
        if (error)
            *error = LitmusImporter::tr("%1: %2").arg(fileName, why);
        return false;
    }
    for (const QVariant &doc : std::as_const(documents))
        collector.collect(doc);
    return true;
}

// Litmus has no hypothesis text: the probes are the hypothesis, so say that in its words.
ExperimentRun experimentRunOf(const ChaosResult &r, const QString &experiment)
{
    ExperimentRun x;
    x.title = experiment;
    x.hypothesis = r.probes.isEmpty()
        ? LitmusImporter::tr("Under %1, the application stays healthy").arg(experiment)
        : LitmusImporter::tr("Under %1, %n probe(s) keep passing", nullptr, int(r.probes.size()))
              .arg(experiment);
    x.verdict = verdictOf(r.verdict);
    QStringList before, after;
    for (const Probe &p : r.probes) {
        const QString line = p.name + QLatin1String(": ") + p.verdict;
        const QString mode = p.mode.toLower();
        if (mode == QLatin1String("sot")
            || p.verdict.contains(QLatin1String("Pre Chaos"), Qt::CaseInsensitive)
            || p.verdict.contains(QLatin1String("prechaos"), Qt::CaseInsensitive))
            before << line;
        if (mode != QLatin1String("sot")
            || p.verdict.contains(QLatin1String("Post Chaos"), Qt::CaseInsensitive))
            after << line;
    }
    x.steadyStateBefore = before.join(QLatin1String("; "));
    x.steadyStateAfter = after.join(QLatin1String("; "));
    if (x.steadyStateAfter.isEmpty() && !r.probeSuccess.isEmpty())
        x.steadyStateAfter = LitmusImporter::tr("%1% of probes passed").arg(r.probeSuccess);
    return x;
}

QByteArray runAttributes(const ChaosResult &r, const ExperimentRun &x, const QString &instantFrom)
{
    QJsonObject attrs;
    attrs.insert(QStringLiteral("verdict"), experimentVerdictName(x.verdict));
    attrs.insert(QStringLiteral("litmus_verdict"), r.verdict);
    if (!r.name.isEmpty())
        attrs.insert(QStringLiteral("name"), r.name);
    if (!r.ns.isEmpty())
        attrs.insert(QStringLiteral("namespace"), r.ns);
    if (!r.engine.isEmpty())
        attrs.insert(QStringLiteral("engine"), r.engine);
    if (!r.phase.isEmpty())
        attrs.insert(QStringLiteral("phase"), r.phase);
    if (!r.probeSuccess.isEmpty())
        attrs.insert(QStringLiteral("probe_success_percentage"), r.probeSuccess);
    if (!r.failStep.isEmpty())
        attrs.insert(QStringLiteral("fail_step"), r.failStep);
    QJsonArray probes;
    for (const Probe &p : r.probes)
        probes.append(QJsonObject { { QStringLiteral("name"), p.name }, { QStringLiteral("type"), p.type },
            { QStringLiteral("mode"), p.mode }, { QStringLiteral("status"), p.verdict },
            { QStringLiteral("description"), p.description } });
    if (!probes.isEmpty())
        attrs.insert(QStringLiteral("probes"), probes);
    if (!r.history.isEmpty())
        attrs.insert(QStringLiteral("history"), QJsonObject::fromVariantMap(r.history));
    if (!r.events.isEmpty())
        attrs.insert(QStringLiteral("kubernetes_events"), QJsonArray::fromStringList(r.events));
    attrs.insert(QStringLiteral("instant_from"), instantFrom);
    return JsonItems::compact(attrs);
}

// The run's span, its experiment and how it reads; `e` has its instants already.
void describeRun(const ChaosResult &r, const QString &instantFrom, EventRecord &e)
{
    const QString experiment = r.experiment.isEmpty() ? r.name : r.experiment;
    const ExperimentRun x = experimentRunOf(r, experiment);
    e.lane = experiment.toUtf8();
    e.severity = x.verdict == ExperimentVerdict::Held ? Severity::Info
        : x.verdict == ExperimentVerdict::Unknown     ? Severity::Unknown
                                                      : Severity::Warning;
    QString text = LitmusImporter::tr("Experiment \"%1\": verdict %2 (%3)")
                       .arg(experiment, r.verdict.isEmpty() ? LitmusImporter::tr("unknown") : r.verdict,
                           ActivityRecords::verdictLabel(x.verdict));
    if (!r.failStep.isEmpty() && r.failStep != QLatin1String("N/A"))
        text += QLatin1String(": ") + r.failStep;
    e.text = text.toUtf8();
    e.attributesJson = runAttributes(r, x, instantFrom);
    e.experiment = x;
}
} // namespace

int LitmusImporter::sniff(const QByteArray &prefix, const QString &) const
{
    static const QRegularExpression yamlKind(QStringLiteral("(^|\\n)\\s*kind:\\s*[\"']?ChaosResult"));
    static const QRegularExpression describeKind(QStringLiteral("(^|\\n)Kind:\\s+ChaosResult"));
    const QString text = QString::fromUtf8(prefix.left(16384));
    if (describeKind.match(text).hasMatch())
        return 90;
    if (yamlKind.match(text).hasMatch())
        return 90;
    if (JsonItems::hasKeys(prefix, { "kind" }) && prefix.contains("\"ChaosResult\""))
        return 90;
    return 0;
}

// A ChaosResult says how a run went but not when: its status carries no instants. The run is
// placed at, in order: an instant or "START/END" interval given by the user (--option), the
// resource's creationTimestamp (to its last managedFields write), or the file's modification
// time, with a note saying so, because that is only the best guess the file's context allows.
bool LitmusImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    const QByteArray bytes = input.readAll();
    if (bytes.isNull() && input.hitLimit()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    timestamps::ZoneResolver zone(context.zone);
    Instant optionStart = NoInstant;
    Instant optionEnd = NoInstant;
    if (!readRunOption(context, zone, &optionStart, &optionEnd)) {
        if (error)
            *error = tr("%1: --option must be the run's instant or START/END in ISO 8601, not \"%2\"")
                         .arg(input.fileName(), context.formatOption);
        return false;
    }
    QList<ChaosResult> results;
    const QByteArray trimmed = bytes.trimmed();
    const bool json = trimmed.startsWith('{') || trimmed.startsWith('[');
    if (!input.fitsInMemory(bytes, json ? ImportInput::Syntax::Json : ImportInput::Syntax::Yaml)) {
        if (error)
            *error = input.errorString();
        return false;
    }
    if (QRegularExpression(QStringLiteral("(^|\\n)Kind:\\s+ChaosResult"))
            .match(QString::fromUtf8(bytes))
            .hasMatch()) {
        results.append(fromDescribe(QString::fromUtf8(bytes), zone, context));
    } else {
        ResultCollector collector { results, zone, context, sink };
        if (!readResourceTree(bytes, json, input.fileName(), collector, error))
            return false;
    }

    Instant fileTime = NoInstant;
    const QFileInfo info(context.fileName);
    if (!context.fileName.isEmpty() && info.exists())
        fileTime = timestamps::fromDateTime(info.lastModified().toUTC());
    bool usedFileTime = false;
    for (const ChaosResult &r : std::as_const(results)) {
        EventRecord e;
        e.kind = EventKind::Experiment;
        if (optionStart != NoInstant) {
            e.instant = optionStart;
            e.end = optionEnd;
        } else if (r.created != NoInstant) {
            e.instant = r.created;
            if (r.lastUpdate != NoInstant && r.lastUpdate > r.created)
                e.end = r.lastUpdate;
        } else if (fileTime != NoInstant) {
            e.instant = fileTime;
            usedFileTime = true;
        } else {
            sink.addRejected({ 0, 0,
                tr("ChaosResult %1: no instant in the resource; give one with --option").arg(r.name), {} });
            continue;
        }
        describeRun(r,
            optionStart != NoInstant     ? QStringLiteral("option")
                : r.created != NoInstant ? QStringLiteral("creationTimestamp")
                                         : QStringLiteral("file_modified"),
            e);
        sink.addEvent(std::move(e));
    }
    if (usedFileTime)
        context.notes << tr(
            "The ChaosResult holds no run instant; the run was placed at the file's modification time. "
            "Give the instant with --option START[/END] to correct it.");
    if (results.isEmpty() && error)
        *error = tr("%1: no ChaosResult in the file").arg(input.fileName());
    return !results.isEmpty();
}

} // namespace faultless::model
