#include "plaintextimporter.h"

#include "domain/timestamps.h"
#include "import/logfields.h"

namespace faultless::model {

int PlainTextImporter::sniff(const QByteArray &prefix, const QString &) const
{
    int lines = 0, matches = 0;
    qsizetype pos = 0;
    while (pos < prefix.size() && lines < 10) {
        qsizetype end = prefix.indexOf('\n', pos);
        if (end < 0)
            end = prefix.size();
        const QByteArrayView line = QByteArrayView(prefix).sliced(pos, end - pos);
        pos = end + 1;
        if (trimmed(line).isEmpty() || line.front() == ' ' || line.front() == '\t')
            continue;
        ++lines;
        Instant t;
        if (timestamps::parseLeadingTimestamp(line, 2000, &t) > 0)
            ++matches;
    }
    // Generic on purpose: any more specific format that recognises the file wins.
    return matches > 0 && matches * 2 >= lines ? 30 : 0;
}

TextLineImporter::LineKind PlainTextImporter::parseLine(QByteArrayView line, int year, EventRecord &e,
                                                        LineResult &result)
{
    bool usedYear = false;
    const qsizetype used = timestamps::parseLeadingTimestamp(line, year, &e.instant, &result.naive, &usedYear);
    if (used == 0 && timestamps::startsWithTimestampShape(line)) {
        // "2024-13-01 10:00", "2024-05-01T10:00:00+99:99": a damaged stamp, not a continuation.
        result.reason = tr("unreadable or out-of-range timestamp at the start of the line");
        return LineKind::Rejected;
    }
    if (used == 0)
        return LineKind::Continuation;
    result.yearless = usedYear;
    QByteArrayView rest = trimmed(line.sliced(used));
    while (rest.startsWith('|') || rest.startsWith(',') || rest.startsWith(';'))
        rest = trimmed(rest.sliced(1));
    // A level word right after the timestamp: "INFO", "[WARN]", "<error>", "E".
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != ' ' && rest[end] != '\t' && rest[end] != ':')
        ++end;
    if (end > 0 && end <= 12) {
        QByteArrayView word = rest.first(end);
        if ((word.startsWith('[') && word.endsWith(']')) || (word.startsWith('<') && word.endsWith('>')))
            word = word.sliced(1, word.size() - 2);
        bool letters = !word.isEmpty();
        for (char c : word)
            letters &= ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        const Severity s = letters && word.size() >= 4 ? LogFields::severityFromText(word) : Severity::Unknown;
        // Only an upper-case or bracketed word is a level; "error connecting" is prose.
        if (s != Severity::Unknown
            && (rest.first(end) != word || (word[0] >= 'A' && word[0] <= 'Z' && word[1] >= 'A' && word[1] <= 'Z'))) {
            e.severity = s;
            rest = trimmed(rest.sliced(end));
            if (rest.startsWith(':'))
                rest = trimmed(rest.sliced(1));
        }
    }
    e.text = rest.toByteArray();
    return LineKind::Event;
}

} // namespace faultless::model
