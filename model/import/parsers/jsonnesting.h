#pragma once

#include <QByteArrayView>

namespace faultless::model {

// How deep a JSON text is nested after some of its bytes: {} and [] outside strings, with the
// escapes inside strings. For records that go on over several lines (pretty-printed JSON): the
// JSON-lines importer gathers such a record's lines, and Show in Source shows all of them.
class JsonNesting
{
public:
    // Takes one byte; true when it closes a container at the outermost level (depth 0 or less).
    bool take(char c)
    {
        if (m_inString) {
            if (m_escape)
                m_escape = false;
            else if (c == '\\')
                m_escape = true;
            else if (c == '"')
                m_inString = false;
        } else if (c == '"') {
            m_inString = true;
        } else if (c == '{' || c == '[') {
            ++m_depth;
        } else if (c == '}' || c == ']') {
            return --m_depth <= 0;
        }
        return false;
    }
    // Takes every byte.
    void feed(QByteArrayView bytes)
    {
        for (const char c : bytes)
            take(c);
    }
    // Takes bytes until one closes the outermost value; true when one did (the rest is not read).
    bool feedUntilClosed(QByteArrayView bytes)
    {
        for (const char c : bytes) {
            if (take(c))
                return true;
        }
        return false;
    }
    int depth() const { return m_depth; }

private:
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
};

} // namespace faultless::model
