#pragma once

#include "domain/timestamps.h"
#include "import/importer.h"
#include "import/parsers/jsonrecordscanner.h"
#include "import/parsers/logfields.h"

#include <memory>

namespace faultless::model {

// JSON lines application logs (one JSON object per line) with the key names common loggers use
// (LogFields): Bunyan, Pino, ECS, logrus, zap, tracing, log4j2, OpenTelemetry exports and more.
// Built on simdjson's On-Demand API over the reader's buffer: no copy of the line, no DOM, no
// QString on the hot path. Pretty-printed objects spanning lines are read too.
class JsonLinesImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesImporter)
public:
    JsonLinesImporter();
    ~JsonLinesImporter() override;

    QString id() const override { return QStringLiteral("jsonl"); }
    QString displayName() const override { return tr("JSON lines log"); }
    QStringList fileSuffixes() const override
    {
        return { QStringLiteral("jsonl"), QStringLiteral("ndjson"), QStringLiteral("json"),
            QStringLiteral("log") };
    }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;

    // Reads one JSON object (followed by ImportInput::Padding readable bytes) into `event`.
    // For formats that carry a JSON object inside a text line (zap's console encoding).
    // Returns false with `reason` set when the object holds no usable event; `requireTime` false
    // accepts objects without a time field (the caller has one).
    bool mapObject(const char *data, qsizetype size, qsizetype capacity, EventRecord &event,
        ImportContext &context, QString *reason, bool requireTime = true);
    // For tests: false reads every record through simdjson (JsonRecordScanner's fast path off).
    void setFastPathEnabled(bool enabled) { m_scanner->setFastPathEnabled(enabled); }
    // Attributes the last mapObject() dropped beyond AttributeCap::MaxAttributes.
    qint64 lastDroppedAttributes() const { return m_lastDropped; }

protected:
    // Reads and emits one complete object; rejects it with its line number when unusable.
    void handleObject(const char *data, qsizetype size, qsizetype capacity, qint64 line, qint64 offset,
        EventSink &sink, ImportContext &context);
    void handleOtlp(QByteArrayView json, qint64 line, qint64 offset, EventSink &sink, ImportContext &context);

    std::unique_ptr<JsonRecordScanner> m_scanner;
    JsonRecordScanner::Result m_result;
    std::unique_ptr<timestamps::ZoneResolver> m_zone;
    LogFields::NameCache m_lanes;
    AttributeCap m_attributeCap;
    qint64 m_lastDropped = 0;
};

} // namespace faultless::model
