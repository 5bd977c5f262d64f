#pragma once

#include <QCoreApplication>
#include <QString>

namespace faultless::model {

class ReviewStore;

enum class BriefingFormat { Markdown, Html, Pdf };

struct BriefingOptions
{
    BriefingFormat format = BriefingFormat::Markdown;
    QString language; // empty: the application's
};

// Writes the manager's briefing of a review. There is deliberately no "cause" section: the
// briefing lists contributing factors as a set and every narrative with its vantage point.
class BriefingExporter
{
    Q_DECLARE_TR_FUNCTIONS(BriefingExporter)
public:
    static bool exportTo(const ReviewStore &store, const BriefingOptions &options, const QString &path,
                         QString *error);
    static QString markdown(const ReviewStore &store, const BriefingOptions &options);
};

} // namespace faultless::model
