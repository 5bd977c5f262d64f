#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>

namespace faultless::model {

// Masks secrets in quoted text before a briefing leaves the team: tokens, passwords, API keys,
// bearer credentials, payment card numbers (Luhn-checked), e-mail addresses, IPv4/IPv6
// addresses. People are not secrets: their names are left to the Pseudonymiser, and the e-mail
// addresses of participants are replaced by their names before redaction (BriefingData). The patterns live in
// resources/export/redaction.json so that they can be read, reviewed and extended without code;
// a pattern given as a list of lines is compiled in PCRE2's extended syntax, with # comments.
class Redactor
{
    Q_DECLARE_TR_FUNCTIONS(Redactor)
public:
    struct Pattern
    {
        QString id;
        QString description;
        QRegularExpression expression; // a named group "keep" survives the replacement
        bool luhn = false; // mask only matches whose digits pass the Luhn check
    };

    // The Luhn checksum of the digits in `text` (other characters ignored): true for a valid
    // payment card number.
    static bool passesLuhn(QStringView text);

    // Loads the bundled patterns (:/export/redaction.json).
    Redactor();
    // Loads patterns from a JSON file of the same shape; isValid() tells whether that worked.
    explicit Redactor(const QString &jsonPath);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    const QList<Pattern> &patterns() const { return m_patterns; }

    // What a masked secret becomes, e.g. "[redacted]".
    void setReplacement(const QString &replacement) { m_replacement = replacement; }
    QString replacement() const { return m_replacement; }

    QString redact(const QString &text, int *count = nullptr) const;

private:
    void load(const QString &jsonPath);

    QList<Pattern> m_patterns;
    QString m_replacement;
    QString m_error;
};

} // namespace faultless::model
