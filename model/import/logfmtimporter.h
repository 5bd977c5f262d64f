#pragma once

#include "import/textlineimporter.h"

#include <string>
#include <vector>

namespace faultless::model {

// logfmt (logrus, Heroku, Grafana...): key=value pairs, values optionally double-quoted with
// backslash escapes, empty values allowed. Keys are mapped by LogFields; the rest are attributes.
class LogfmtImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(LogfmtImporter)
public:
    QString id() const override { return QStringLiteral("logfmt"); }
    QString displayName() const override { return tr("logfmt (key=value)"); }
    QStringList fileSuffixes() const override { return { QStringLiteral("log"), QStringLiteral("logfmt") }; }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;

    struct Pair
    {
        QByteArrayView key;
        QByteArrayView value; // in the line, or in `unescaped` for a quoted value with escapes
    };
    // Splits a line into pairs; false when it is not logfmt (a bare word, an unclosed quote).
    // Past `maxPairs` pairs only those LogFields maps (time, level, message...) are kept, the
    // others counted in `dropped`: a 64 MiB line of "a=1 " must not become 16 million pairs.
    // The pairs are views, valid while `line` and `unescaped` are: nothing is allocated per
    // field (a value is copied only when it has escapes, into `unescaped`, whose buffer is
    // reused from line to line).
    static bool split(QByteArrayView line, std::vector<Pair> &pairs, std::string &unescaped,
        qint64 *dropped = nullptr, std::size_t maxPairs = std::size_t(-1));

protected:
    bool foldsContinuations() const override { return false; }
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;

private:
    std::vector<Pair> m_pairs;
    std::string m_unescaped;
    LogFields::NameCache m_lanes;
};

} // namespace faultless::model
