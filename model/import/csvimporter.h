#pragma once

#include "import/importer.h"
#include "import/parsers/logfields.h"

#include <QList>

#include <optional>

namespace faultless::model {

class CsvReader;

// CSV and TSV with a header line (RFC 4180 quoting, records may span lines inside quotes).
// Which column holds the time, message, level, lane and actor comes from
// ImportContext::formatOption as JSON ({"time": "col", "message": "col", ...}, names or 0-based
// indexes; the GUI's CSV import dialog writes it), or is guessed from the header names.
// Other columns are kept as attributes.
class CsvImporter : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)
public:
    explicit CsvImporter(char delimiter = ',');
    QString id() const override
    {
        return m_delimiter == '\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
    }
    QString displayName() const override
    {
        return m_delimiter == '\t' ? tr("TSV table with a header") : tr("CSV table with a header");
    }
    QStringList fileSuffixes() const override
    {
        return m_delimiter == '\t' ? QStringList { QStringLiteral("tsv"), QStringLiteral("tab") }
                                   : QStringList { QStringLiteral("csv") };
    }
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;

    struct Mapping
    {
        int time = -1;
        int message = -1;
        int level = -1;
        int lane = -1;
        int actor = -1;
    };

    // The delimiter of a header line: tab, semicolon or comma, whichever splits it most.
    static char detectDelimiter(QByteArrayView headerLine);
    static Mapping guessMapping(const QList<QByteArray> &header);
    // Reads the JSON option; unknown column names are an error naming them.
    static std::optional<Mapping> mappingFromOption(
        const QString &option, const QList<QByteArray> &header, QString *error);
    // ISO 8601, epoch numbers and the common text forms, as table exports write them.
    static Instant parseTime(QByteArrayView text, bool *naive);

private:
    // Text, lane, actor, severity and attributes of one record from its columns.
    // `names`: the header's names as valid UTF-8. The fields are read where the reader holds
    // them, and written into the record's own buffers: nothing is allocated per field.
    static void fillEvent(EventRecord &e, const CsvReader &fields, const QList<QByteArray> &names,
        const Mapping &mapping, LogFields::NameCache &lanes, AttributeCap &attributeCap);

    char m_delimiter;
};

} // namespace faultless::model
