#pragma once

#include <QString>
#include <QStringList>

namespace faultless::model::schema {

// The document's schema as a list of migrations: step N takes a document from version N to
// N + 1. A new document runs them all, so every step is exercised on every new review, and an
// old document runs the steps it lacks. Never edit a released step: append a new one.
const QList<QStringList> &migrations();
int currentVersion();

// Names that must never appear in the schema (docs/architecture.md principle 1): checked by tests.
QStringList forbiddenNameFragments();

} // namespace faultless::model::schema
