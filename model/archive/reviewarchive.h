#pragma once

#include "export/briefingoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace faultless::model {

// What restoring an archive may inflate (see ReviewArchive).
struct ReviewArchiveLimits
{
    qint64 maxEntrySize = 64ll * 1024 * 1024 * 1024; // bytes, after inflating
    qint64 maxTotalSize = 128ll * 1024 * 1024 * 1024;
    qint64 maxRatio = 1000; // inflated / compressed, for entries above ratioFloor
    qint64 ratioFloor = 16 * 1024 * 1024;
};

// A whole review case in one zip file, to hand over or keep: the review document (a consistent
// copy made by SQLite with VACUUM INTO, so the WAL of an open review is included), the briefings
// (Markdown, and the leader and practitioner briefings as PDF and HTML), and the original imported
// files that still hold exactly what was imported (their content hash is checked while they are
// copied: the review names the paths, and a crafted review could name any file). manifest.json
// lists what is in the archive, with hashes, and which original files were left out and why.
// Everything is prepared beside the archive, never in the system's temporary folder.
//
// Restoring writes the review document back byte for byte as it was copied. The archive is
// untrusted input: entry names are never used as paths (zip-slip), sizes are checked against
// limits, compression ratios, the review's header and the free space before anything is written
// and while inflating (decompression bombs), every file is checked against its manifest hash, and
// files are created new, never through an existing file or symbolic link. Nothing appears at the
// destination unless every stage succeeded.
class ReviewArchive
{
    Q_DECLARE_TR_FUNCTIONS(ReviewArchive)
public:
    static constexpr const char *ReviewEntry = "review.faultless";
    static constexpr const char *ManifestEntry = "manifest.json";
    static constexpr const char *SourcesFolder = "sources/";

    using Limits = ReviewArchiveLimits;

    // "briefing-leader.pdf", "briefing-practitioner.html", ...: the entry of one briefing.
    static QString briefingEntry(BriefingAudience audience, BriefingFormat format);

    // `progress` is called on the archiving thread with per mille done, 1000 last. Returns false
    // with `error`; `notes` lists what was left out.
    using Progress = std::function<void(int permille)>;
    static bool create(const QString &reviewPath, const QString &archivePath, QString *error,
        QStringList *notes = nullptr, const std::atomic<bool> *cancel = nullptr,
        const Progress &progress = {});
    // Restores the review document to `reviewPath` (which must not exist) and, when `sourcesDir`
    // is given, the original files into that folder (whose files must not exist). On failure
    // nothing was written.
    static bool restore(const QString &archivePath, const QString &reviewPath, QString *error,
        const QString &sourcesDir = {}, const Limits &limits = Limits());
};

} // namespace faultless::model
