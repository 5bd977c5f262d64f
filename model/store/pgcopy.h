#pragma once

#include <QByteArray>
#include <QList>
#include <optional>
#include <vector>

// PostgreSQL's COPY text format (one row a line, fields separated by tabs, \N for NULL, and
// backslash escapes), written from and read into SQLite values. Only the server store uses it.
namespace faultless::model::pgcopy {

void appendNull(QByteArray &line);
void appendInteger(QByteArray &line, qint64 value);
// UTF-8 text; false when it holds a NUL byte, which PostgreSQL's text type cannot store.
bool appendText(QByteArray &line, const char *text, qsizetype size);
// Bytes for a BYTEA column, as its hex form.
void appendBytes(QByteArray &line, const char *bytes, qsizetype size);

// One field of a row read back; `null` for \N.
struct Field
{
    bool null = false;
    QByteArray value;
};
// Splits one line (without its newline) into unescaped fields; nullopt when an escape is broken.
std::optional<QList<Field>> parseLine(const char *data, qsizetype size);
// The same without allocating, for the rows of a pull: unescapes the line in place and points
// `fields` (cleared first) into it. A copy of the parse above cost a sixth of a 1M-event pull
// in allocations (perf, 2026-12-06).
struct FieldView
{
    const char *data = nullptr;
    qsizetype size = 0;
    bool null = false;
};
bool parseLineInPlace(char *data, qsizetype size, std::vector<FieldView> *fields);
// A field of an integer column as a number, when it is one in its plainest form (an optional
// minus and at most 18 digits, which always fit in 64 bits); nullopt for anything else, which
// the caller then hands on as text for SQLite to convert as before. Binding numbers saves
// SQLite's own conversion of every integer column of every pulled row.
std::optional<qint64> parseInteger(const char *data, qsizetype size);
// The bytes of a BYTEA column's hex form ("\x0a1b..."); nullopt when it is not one.
std::optional<QByteArray> decodeBytes(const QByteArray &hex);

} // namespace faultless::model::pgcopy
