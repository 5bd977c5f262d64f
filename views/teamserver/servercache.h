#pragma once

#include <QString>

#include <optional>

namespace faultless::model {
class ServerLocation;
}

namespace faultless::views {

// Where the app keeps the copies it pulls of team-server reviews: one folder per server
// database under the cache location, one `.faultless` per review in it. The app only works on
// files; these are the files it opens for a server review.
class ServerCache
{
public:
    // "host-port-database" made safe as one folder name: every character other than ASCII
    // letters, digits, '.' and '_' becomes '_', so the '-' between the parts stays unambiguous.
    static QString folderName(const model::ServerLocation &location);
    static QString folder(const model::ServerLocation &location);
    static QString path(const model::ServerLocation &location);
    // A name for a pull in progress beside `target`, which does not exist yet.
    static QString temporaryPathFor(const QString &target);
    // Puts the finished pull `pulled` in the place of `target` (which must not be open), and
    // removes `pulled`. An older `target` is replaced only here, once the new copy is whole.
    static bool replace(const QString &pulled, const QString &target, QString *error);

    // What a cached copy holds: the server review it was pulled from (its id, so that a review
    // published again under the same name is never mistaken for it) and the change counter it
    // holds every change up to. Kept beside the copy when a window closes it in step with the
    // server, so that the next open reads the copy and catches up instead of pulling it all.
    struct State
    {
        qint64 reviewId = 0;
        qint64 seen = 0;
    };
    static bool writeState(const QString &copy, const State &state);
    static std::optional<State> readState(const QString &copy);
    // The copy is no longer known to be in step (edits that never reached the server, a reader's
    // own changes): the next open pulls.
    static void forgetState(const QString &copy);
};

} // namespace faultless::views
