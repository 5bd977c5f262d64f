#include "sourceexcerpt.h"

#include "import/parsers/importinput.h"

#include <QFileInfo>

#include <deque>

namespace faultless::model {

namespace {
constexpr qsizetype kMaxLineChars = 2000; // a minified JSON document must not flood the pane
}

bool SourceExcerpt::read(const QString &path, qint64 byteOffset, qint64 line, int context)
{
    m_lines.clear();
    m_error.clear();
    if (path.isEmpty()) {
        m_error = tr("This event was added by a reviewer; it has no source file.");
        return false;
    }
    if (!QFileInfo::exists(path)) {
        m_error = tr("The source file %1 is no longer there.").arg(path);
        return false;
    }
    ImportInput input;
    if (!input.open(path)) {
        m_error = input.errorString();
        return false;
    }
    std::deque<Line> before;
    InputLine current;
    int after = -1; // lines still to read after the record; -1 until it was found
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
                if (after == 0)
                    break;
                continue;
            }
            before.push_back(l);
            if (int(before.size()) > context)
                before.pop_front();
        } else {
            m_lines.append(l);
            if (--after == 0)
                break;
        }
    }
    if (after < 0) {
        m_error = input.errorString().isEmpty()
            ? tr("%1 is shorter than when it was imported: nothing at byte %2 any more.")
                  .arg(path)
                  .arg(byteOffset)
            : input.errorString();
        m_lines.clear();
        return false;
    }
    return true;
}

} // namespace faultless::model
