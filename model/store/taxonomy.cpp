#include "taxonomy.h"

#include "store/reviewstore.h"

namespace faultless::model {

const QList<Taxonomy::Category> &Taxonomy::defaults()
{
    static const QList<Category> list = {
        { QT_TRANSLATE_NOOP("Taxonomy", "Production pressure"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "Deadlines, targets and expectations that shaped the choices people made.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Workload"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "How much people were juggling: pages, meetings, parallel work, fatigue.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Economics and cost"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "Budgets, staffing and cost trade-offs behind the system as it was.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Safety margin unknown"),
            QT_TRANSLATE_NOOP("Taxonomy",
                "How close to a limit the system ran was not visible to the people running it.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Knowledge gaps"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "What people could not have known at the time, or knew only in part.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Surprising interactions between components"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "Parts that work on their own and combined in an unexpected way.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Tooling and automation"),
            QT_TRANSLATE_NOOP("Taxonomy", "What tools and automation showed, hid, did or made hard.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Coordination and communication"),
            QT_TRANSLATE_NOOP("Taxonomy", "How information moved, or did not, between people and teams.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Changing states"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "Migrations, rollouts, experiments and other changes in progress at the time.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Relationships between parts"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "Dependencies and couplings between services, teams and processes.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Environment"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "Traffic, time of day, third parties and other conditions outside the team.") },
        { QT_TRANSLATE_NOOP("Taxonomy", "Reversibility"),
            QT_TRANSLATE_NOOP(
                "Taxonomy", "Could the change be undone quickly? Flags, canaries and rollbacks.") },
    };
    return list;
}

QString Taxonomy::displayName(const QString &storedName)
{
    for (const Category &c : defaults()) {
        if (storedName == QLatin1String(c.name))
            return QCoreApplication::translate("Taxonomy", c.name);
    }
    return storedName;
}

QString Taxonomy::displayDescription(const QString &storedName, const QString &storedDescription)
{
    for (const Category &c : defaults()) {
        if (storedName == QLatin1String(c.name) && storedDescription == QLatin1String(c.description))
            return QCoreApplication::translate("Taxonomy", c.description);
    }
    return storedDescription;
}

bool seedDefaultTaxonomy(ReviewStore &store)
{
    ReviewStore::Transaction tx(store);
    int position
        = store.scalar(QStringLiteral("SELECT COALESCE(MAX(position) + 1, 0) FROM factor_categories"))
              .toInt();
    for (const Taxonomy::Category &c : Taxonomy::defaults()) {
        if (!store.exec(QStringLiteral("INSERT OR IGNORE INTO factor_categories(name, description, position)"
                                       " VALUES(?, ?, ?)"),
                { QString::fromLatin1(c.name), QString::fromLatin1(c.description), position++ }))
            return false;
    }
    return tx.commit();
}

} // namespace faultless::model
