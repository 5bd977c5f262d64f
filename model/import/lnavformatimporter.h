#pragma once

#include "import/lnavformat.h"
#include "import/textlineimporter.h"

#include <memory>

namespace faultless::model {

class ImporterRegistry;

// Imports a log with a format an lnav format file defines (LnavFormat). Line by line, as the
// other text formats: a line a pattern reads starts an event, a line no pattern reads continues
// the one before when the format is multi-line (lnav's default) and is rejected otherwise.
// What the format file said wrong goes into the import summary, so that it is never silent.
class LnavFormatImporter : public TextLineImporter
{
    Q_DECLARE_TR_FUNCTIONS(LnavFormatImporter)
public:
    LnavFormatImporter(std::shared_ptr<const LnavFormat> format, QStringList fileWarnings = {});

    // "lnav:" + the definition's name, so that a user's format never shadows a built-in one.
    static QString idFor(const QString &formatName) { return QStringLiteral("lnav:") + formatName; }
    QString id() const override { return idFor(m_format->name); }
    QString displayName() const override;
    int sniff(const QByteArray &prefix, const QString &fileName) const override;
    bool read(ImportInput &input, EventSink &sink, ImportContext &context, QString *error) override;
    const LnavFormat &format() const { return *m_format; }

protected:
    LineKind parseLine(QByteArrayView line, int year, EventRecord &event, LineResult &result) override;
    bool foldsContinuations() const override { return m_format->multiline; }

private:
    std::shared_ptr<const LnavFormat> m_format;
    QStringList m_fileWarnings;
};

// Adds the formats of one format file to `registry`; returns their ids. What the file said wrong
// is appended to `messages` (file, line or JSON path, reason).
QStringList addLnavFormatFile(ImporterRegistry &registry, const QString &path, QStringList *messages);

} // namespace faultless::model
