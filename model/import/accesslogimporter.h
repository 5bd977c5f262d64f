#pragma once

#include "import/textlineimporter.h"

namespace faultless::model {

// Apache/Nginx access logs in the common and combined formats:
// host ident user [dd/Mon/yyyy:hh:mm:ss +zone] "request" status bytes ["referer" "user-agent"].
// 5xx responses become errors and 4xx warnings, so that they stand out on the timeline.
class AccessLogImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(AccessLogImporter)
public:
    QString id() const override { return QStringLiteral("access-log"); }
    QString displayName() const override { return tr("Apache/Nginx access log"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("log") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;

protected:
    bool foldsContinuations() const override { return false; }
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;

private:
    // The quoted fields that have escapes, unescaped (buffers reused from line to line).
    QByteArray m_request, m_referer, m_agent;
};

} // namespace faultless::model
