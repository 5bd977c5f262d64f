#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace faultless::model {

class ReviewStore;

// The default taxonomy of contributing-factor categories, drawn from resilience engineering.
// Names are stored in English (so that a review reads the same whoever opens it) and shown
// translated when they are one of the defaults; categories a team adds are shown as typed.
// The list is alphabetical in no language on purpose: its order is the order of seeding, never
// an order of importance.
class Taxonomy
{
    Q_DECLARE_TR_FUNCTIONS(Taxonomy)
public:
    struct Category
    {
        const char *name; // English, as stored
        const char *description; // English, as stored
    };
    static const QList<Category> &defaults();
    // The translated display of a stored category name (unchanged when it is not a default).
    static QString displayName(const QString &storedName);
    static QString displayDescription(const QString &storedName, const QString &storedDescription);
};

// Inserts the default categories into a review that has none with those names. Called by
// ReviewStore::create inside its transaction; harmless on a review that already has them.
bool seedDefaultTaxonomy(ReviewStore &store);

} // namespace faultless::model
