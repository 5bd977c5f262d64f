#pragma once

#include "import/textlineimporter.h"

namespace faultless::model {

// syslog text: RFC 5424 ("<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG", nil "-" fields,
// structured data kept as attributes), RFC 3164 / BSD ("[<PRI>]Mmm dd hh:mm:ss host tag[pid]: msg",
// no year and no zone: the year comes from the file's date or --year, the zone from the source)
// and rsyslog's RFC 3339 "high precision" traditional lines. One file may mix them. Indented
// lines continue the previous message (macOS syslogd).
class SyslogImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(SyslogImporter)
public:
    QString id() const override { return QStringLiteral("syslog"); }
    QString displayName() const override { return tr("syslog (RFC 5424 / RFC 3164)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("log"), QStringLiteral("syslog") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;

protected:
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;

private:
    bool parse5424(QByteArrayView rest, int pri, EventRecord &event, LineResult &result);
    bool parseTraditional(QByteArrayView rest, int pri, int year, EventRecord &event, LineResult &result);

    // Lanes repeat on nearly every line: shared copies, and the writer knows its last lane by
    // its pointer.
    LogFields::NameCache m_lanes;
};

} // namespace faultless::model
