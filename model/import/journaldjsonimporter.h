#pragma once

#include "import/jsonlinesimporter.h"

namespace faultless::model {

// systemd journal as JSON (journalctl -o json, or -o json-pretty): every value is a string,
// __REALTIME_TIMESTAMP is microseconds since the epoch, PRIORITY a syslog severity, binary
// MESSAGE values are arrays of byte numbers. Lanes come from the unit, then the identifier.
class JournaldJsonImporter : public JsonLinesImporter
{
    Q_DECLARE_TR_FUNCTIONS(JournaldJsonImporter)
public:
    QString id() const override { return QStringLiteral("journald-json"); }
    QString displayName() const override { return tr("systemd journal (JSON)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("json"), QStringLiteral("jsonl") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
};

// systemd journal export format (journalctl -o export): KEY=value lines, records separated by an
// empty line, binary fields as KEY, newline, 64-bit little-endian size, data, newline.
// Read record by record as the input streams past: text fields as lines, binary fields as exact
// byte counts (ImportInput::readBytes), so memory holds one record, never the file.
class JournaldExportImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(JournaldExportImporter)
public:
    QString id() const override { return QStringLiteral("journald-export"); }
    QString displayName() const override { return tr("systemd journal (export format)"); }
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("export"), QStringLiteral("journal") };
    }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
};

} // namespace faultless::model
