#pragma once

#include "import/textlineimporter.h"

#include <QList>

namespace faultless::model {

// Logs whose header lines declare the columns: each named column becomes an attribute of the
// event (events.attrs), the time columns its instant. A file may hold several header blocks
// (a web server restarted, logs concatenated); each applies to the lines after it.

// W3C extended log format (IIS, and other servers): "#Software:", "#Version:", "#Date:" and
// "#Fields: date time s-ip cs-method ..." directives, then space-separated lines, times in UTC.
// A file without a `date` column takes the date of its "#Date:" directive.
class W3cExtendedImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(W3cExtendedImporter)
public:
    QString id() const override { return QStringLiteral("w3c"); }
    QString displayName() const override { return tr("W3C extended log (IIS, #Fields: header)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("log") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;

protected:
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;
    bool foldsContinuations() const override { return false; }

private:
    LineKind readMismatchedLine(
        QByteArrayView line, const QList<QByteArrayView> &values, EventRecord &event, LineResult &result);
    QList<QByteArray> m_fields;
    qint64 m_headerDay = -1; // from "#Date:", days since 1970; -1 when none
    qint64 m_offsetSeconds = 0; // from "#GMT-Offset:"
};

// Zeek (Bro) TSV logs: "#separator \x09", "#set_separator", "#empty_field", "#unset_field",
// "#path", "#fields", "#types" then tab-separated lines; `ts` (epoch seconds) is the instant,
// the path (conn, http, dns, ...) the lane.
class ZeekTsvImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(ZeekTsvImporter)
public:
    QString id() const override { return QStringLiteral("zeek"); }
    QString displayName() const override { return tr("Zeek / Bro TSV log (#fields header)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("log") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;

protected:
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;
    bool foldsContinuations() const override { return false; }

private:
    bool directive(QByteArrayView line, LineResult &result);
    char m_separator = '\t';
    QByteArray m_unset = "-";
    QByteArray m_empty = "(empty)";
    QByteArray m_path;
    QList<QByteArray> m_fields;
    int m_tsColumn = -1;
};

} // namespace faultless::model
