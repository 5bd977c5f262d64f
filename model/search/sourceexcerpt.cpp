#include "sourceexcerpt.h"

#include "import/parsers/archiveentry.h"
#include "import/parsers/importinput.h"
#include "import/parsers/jsonnesting.h"
#include "search/eventdetails.h"

#include <QFileInfo>

#include <deque>
#include <optional>

namespace faultless::model {

namespace {
constexpr qsizetype kMaxLineChars = 2000; // a minified JSON document must not flood the pane
constexpr int kMaxRecordLines = 200; // a pretty-printed JSON record is shown whole up to this

// The record's JSON value when one starts at `byteOffset` in `line`, fed with that line's bytes
// from there; nothing when the record is not a JSON object or array, or ends on this line. A
// record of a whole JSON document (a Slack message, an audit-log entry, a probe's result) is then
// followed over the lines it spans and shown whole, its context lines after it.
std::optional<JsonNesting> openJsonRecord(const InputLine &line, qint64 byteOffset)
{
    const qint64 column = byteOffset - line.byteOffset;
    if (byteOffset <= 0 || column < 0 || column >= line.data.size()
        || (line.data[column] != '{' && line.data[column] != '['))
        return std::nullopt;
    JsonNesting extent;
    if (extent.feedUntilClosed(line.data.sliced(column)))
        return std::nullopt;
    return extent;
}
} // namespace

QString SourceExcerpt::Origin::name(bool full) const
{
    const QString file = full ? path : QFileInfo(path).fileName();
    return entry.isEmpty() ? file : ArchiveEntry::displayName(file, entry);
}

SourceExcerpt::Origin SourceExcerpt::originOf(const EventDetails &details)
{
    return { details.originPath, details.originEntry, details.event.byteOffset, details.event.line };
}

bool SourceExcerpt::read(const Origin &origin, int context)
{
    m_lines.clear();
    m_error.clear();
    if (origin.path.isEmpty()) {
        m_error = tr("This event was added by a reviewer; it has no source file.");
        return false;
    }
    if (!QFileInfo::exists(origin.path)) {
        m_error = tr("The source file %1 is no longer there.").arg(origin.path);
        return false;
    }
    ImportInput input;
    if (origin.entry.isEmpty()) {
        if (!input.open(origin.path)) {
            m_error = input.errorString();
            return false;
        }
    } else {
        // An archive's entry is read whole (as its importer read it), within the size a
        // whole-document format may have.
        QByteArray bytes;
        if (!ArchiveEntry::read(
                origin.path, origin.entry, ImportInput::DefaultMaxDocumentSize, &bytes, &m_error))
            return false;
        input.openBytes(bytes, origin.name(true));
    }
    return readLines(input, origin, context);
}

bool SourceExcerpt::readLines(ImportInput &input, const Origin &origin, int context)
{
    const qint64 byteOffset = origin.byteOffset;
    const qint64 line = origin.line;
    std::deque<Line> before;
    InputLine current;
    int after = -1; // context lines still to read after the record; -1 until it was found
    std::optional<JsonNesting> openRecord; // a JSON record that goes on over the next lines
    int recordLines = 0;
    while (input.readLine(current)) {
        Line l;
        l.number = current.number;
        l.byteOffset = current.byteOffset;
        l.text
            = QString::fromUtf8(current.data.data(), std::min<qsizetype>(current.data.size(), kMaxLineChars));
        if (after < 0) {
            const qint64 endOffset = current.byteOffset + current.data.size();
            const bool hit = byteOffset > 0 ? byteOffset < endOffset + 1 : current.number >= line;
            if (hit) {
                l.isRecord = true;
                for (const Line &b : before)
                    m_lines.append(b);
                m_lines.append(l);
                after = context;
                openRecord = openJsonRecord(current, byteOffset);
                if (after == 0 && !openRecord)
                    break;
                continue;
            }
            before.push_back(l);
            if (int(before.size()) > context)
                before.pop_front();
        } else {
            m_lines.append(l);
            if (openRecord) {
                if (openRecord->feedUntilClosed(current.data) || ++recordLines >= kMaxRecordLines)
                    openRecord.reset();
                if (!openRecord && after == 0)
                    break;
                continue;
            }
            if (--after <= 0)
                break;
        }
    }
    if (after < 0) {
        m_error = input.errorString().isEmpty()
            ? tr("%1 is shorter than when it was imported: nothing at byte %2 any more.")
                  .arg(origin.name(true))
                  .arg(byteOffset)
            : input.errorString();
        m_lines.clear();
        return false;
    }
    return true;
}

} // namespace faultless::model
