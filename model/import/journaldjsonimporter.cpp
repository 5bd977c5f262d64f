#include "journaldjsonimporter.h"

#include "domain/timestamps.h"
#include "import/importinput.h"
#include "import/logfields.h"

#include <QtEndian>

namespace faultless::model {

int JournaldJsonImporter::sniff(const QByteArray &prefix, const QString &) const
{
    qsizetype start = 0;
    while (start < prefix.size() && (prefix[start] == ' ' || prefix[start] == '\n' || prefix[start] == '\r'
                                     || prefix[start] == '\t'))
        ++start;
    if (start >= prefix.size() || prefix[start] != '{')
        return 0;
    if (prefix.contains("\"__REALTIME_TIMESTAMP\"") || prefix.contains("\"__CURSOR\""))
        return 85;
    // json-pretty output of a record without trusted fields still has MESSAGE or _-prefixed keys.
    if (prefix.contains("\"MESSAGE\"") && (prefix.contains("\"_") || prefix.contains("\"PRIORITY\"")))
        return 70;
    return 0;
}

int JournaldExportImporter::sniff(const QByteArray &prefix, const QString &) const
{
    if (prefix.startsWith("__CURSOR=") || prefix.startsWith("__REALTIME_TIMESTAMP="))
        return 90;
    return prefix.contains("\n__REALTIME_TIMESTAMP=") && prefix.contains("\nMESSAGE") ? 70 : 0;
}

bool JournaldExportImporter::read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error)
{
    Q_UNUSED(context);
    // Binary fields may hold newlines, so this format is read as a whole (bounded by
    // ImportInput's document limit) rather than line by line.
    const QByteArray all = input.readAll();
    if (all.isNull() && input.hitLimit()) {
        if (error)
            *error = input.errorString();
        return false;
    }
    qsizetype pos = 0;
    qint64 lineNumber = 1;
    AttributeCap attributeCap;
    const qsizetype n = all.size();
    while (pos < n) {
        // One record.
        // Records are separated by empty lines (tolerating stray spaces and CRs).
        for (;;) {
            qsizetype eol = all.indexOf('\n', pos);
            if (eol < 0)
                eol = n;
            if (pos >= n || !QByteArrayView(all.constData() + pos, eol - pos).trimmed().isEmpty())
                break;
            pos = eol + 1;
            ++lineNumber;
        }
        if (pos >= n)
            break;
        const qsizetype recordStart = pos;
        const qint64 recordLine = lineNumber;
        EventRecord e;
        e.line = recordLine;
        e.byteOffset = recordStart;
        QByteArray attrs;
        QByteArray realtime;
        QByteArray priority;
        QByteArray unit, identifier, host;
        int attributes = 0;
        qint64 dropped = 0;
        bool broken = false;
        while (pos < n && all[pos] != '\n') {
            qsizetype eol = all.indexOf('\n', pos);
            if (eol < 0)
                eol = n;
            QByteArrayView entry(all.constData() + pos, eol - pos);
            if (entry.endsWith('\r'))
                entry.chop(1);
            if (entry.trimmed().isEmpty())
                break;
            const qsizetype eq = entry.indexOf('=');
            QByteArrayView key, value;
            QByteArray binary;
            if (eq >= 0) {
                key = entry.first(eq);
                value = entry.sliced(eq + 1);
                pos = eol + 1;
                ++lineNumber;
            } else {
                // KEY\n<le64 size><data>\n
                key = entry;
                const qsizetype dataStart = eol + 1 + 8;
                if (dataStart > n) {
                    broken = true;
                    break;
                }
                const quint64 size = qFromLittleEndian<quint64>(all.constData() + eol + 1);
                if (size > quint64(n - dataStart)) {
                    broken = true;
                    break;
                }
                value = QByteArrayView(all.constData() + dataStart, qsizetype(size));
                binary = LogFields::toValidUtf8(value);
                value = binary;
                for (qsizetype i = eol + 1; i < dataStart + qsizetype(size) + 1 && i < n; ++i)
                    lineNumber += all[i] == '\n';
                pos = dataStart + qsizetype(size) + 1;
                ++lineNumber;
            }
            if (key == "__REALTIME_TIMESTAMP")
                realtime = value.toByteArray();
            else if (key == "PRIORITY")
                priority = value.toByteArray();
            else if (key == "MESSAGE")
                e.text = LogFields::toValidUtf8(value);
            else {
                if (key == "_SYSTEMD_UNIT")
                    unit = value.toByteArray();
                else if (key == "SYSLOG_IDENTIFIER")
                    identifier = value.toByteArray();
                else if (key == "_HOSTNAME")
                    host = value.toByteArray();
                if (++attributes > AttributeCap::MaxAttributes)
                    ++dropped;
                else
                    LogFields::appendMember(attrs, LogFields::toValidUtf8(key), LogFields::toValidUtf8(value));
            }
        }
        if (broken) {
            sink.addRejected({recordLine, recordStart, tr("binary field runs past the end of the input"),
                              all.mid(recordStart, 300)});
            break;
        }
        e.instant = timestamps::parseEpochText(realtime, timestamps::EpochUnit::Microseconds);
        if (e.instant == NoInstant) {
            sink.addRejected({recordLine, recordStart,
                              realtime.isEmpty() ? tr("no __REALTIME_TIMESTAMP field")
                                                 : tr("unreadable __REALTIME_TIMESTAMP \"%1\"").arg(QString::fromUtf8(realtime.left(40))),
                              all.mid(recordStart, std::min<qsizetype>(300, pos - recordStart))});
            continue;
        }
        if (!priority.isEmpty())
            e.severity = LogFields::severityFromText(priority);
        e.lane = !unit.isEmpty() ? unit : !identifier.isEmpty() ? identifier : host;
        e.attributesJson = LogFields::finishObject(attrs);
        sink.addEvent(std::move(e));
        attributeCap.recordDropped(recordLine, dropped);
        if (input.isCanceled())
            break;
    }
    attributeCap.addNote(context);
    return true;
}

} // namespace faultless::model
