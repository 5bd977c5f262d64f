#pragma once

#include "import/parsers/textlayout.h"
#include "import/textlineimporter.h"

namespace faultless::model {

// Plain text logs with a timestamp on every record, in any of the layouts TextLayout knows
// (ISO 8601 and its variants, syslog, ctime, glog, logcat, HDFS, Spark, epoch, TAI64N, ...),
// at the start of the line or inside it, optionally after a docker-compose "service | " prefix
// (the service becomes the lane). The layout is learnt from the file's first lines; a level
// word near the stamp becomes the severity. Lines without a stamp (stack traces, wrapped or
// pretty-printed messages) are folded into the record before them.
class PlainTextImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextImporter)
public:
    QString id() const override { return QStringLiteral("text"); }
    QString displayName() const override { return tr("Plain text log (timestamped lines)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("log"), QStringLiteral("txt") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;

    // Bytes of the input the layout is learnt from.
    static constexpr qsizetype LearnSize = 64 * 1024;

protected:
    bool prepare(ImportInput &input, ImportContext &context, QString *error) override;
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;

private:
    // Midnights the time-only stamps of `sample` pass (steps back of more than an hour).
    int midnightsIn(QByteArrayView sample) const;
    TextLayout m_layout;
};

} // namespace faultless::model
