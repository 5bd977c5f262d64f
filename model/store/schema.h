#pragma once

#include <QString>
#include <QStringList>

namespace faultless::model::schema {

// The document's schema as a list of migrations: step N takes a document from version N to
// N + 1. A new document runs them all, so every step is exercised on every new review, and an
// old document runs the steps it lacks. Never edit a released step: append a new one.
const QList<QStringList> &migrations();
int currentVersion();
// The last version that changed what a review holds (its tables and columns), which is the
// version a server review is tagged with: versions 6 and 7 changed indexes only, so a team
// server's reviews stay readable by versions 5 to 7 alike (docs/team-server.md).
int dataVersion();

// Ids from here on are handed out in blocks to the copies of a team review, one block per
// opened copy (ReviewStore::setIdBlock), for the rows reviewers add. Everything else (imports,
// rows a server adds itself) keeps below, so the two never meet (docs/team-server.md).
constexpr qint64 FirstBlockId = qint64(1) << 40;

// How the fingerprints of a source's events are computed (sources.fingerprint_scheme): 1, the
// shape hash of versions 1-4 (EventWriter::legacyFingerprint()); 2, the record hash of version 5
// on (EventWriter::fingerprint()). Every new import writes the latest.
constexpr int LegacyFingerprintScheme = 1;
constexpr int FingerprintScheme = 2;

// Segments the full-text index may hold on one level before FTS5 merges them (version 7). Set in
// every document, and in the private index a first import builds (TextIndexBuilder).
constexpr int TextIndexCrisisMerge = 128;
// FTS5's buffer of terms (`hashsize`) while a bulk load writes the index: a segment each time it
// is full (version 7).
constexpr int BulkTextIndexBuffer = 2 * 1024 * 1024;

// Names that must never appear in the schema (docs/architecture.md principle 1): checked by tests.
QStringList forbiddenNameFragments();

} // namespace faultless::model::schema
