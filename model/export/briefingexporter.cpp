#include "briefingexporter.h"

#include "domain/timestamps.h"
#include "store/eventquery.h"
#include "store/reviewstore.h"
#include "store/reviewsummary.h"

#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

namespace faultless::model {

namespace {
QString mdEscape(QString text)
{
    // Imported and user text must never become markup in the briefing.
    static const QString special = QStringLiteral("\\`*_{}[]<>()#+-.!|");
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
    }
    return out;
}
} // namespace

QString BriefingExporter::markdown(const ReviewStore &store, const BriefingOptions &)
{
    const ReviewSummary summary = ReviewSummary::read(store);
    const QTimeZone zone = store.timeZone();
    QString md;
    md += QStringLiteral("# ") + mdEscape(summary.title) + QStringLiteral("\n\n");
    md += tr("Incident window: %1 to %2 (%3)")
              .arg(timestamps::toDisplay(summary.first, zone), timestamps::toDisplay(summary.last, zone),
                   summary.timeZone)
        + QStringLiteral("\n\n");
    const QString text = store.meta(QStringLiteral("summary"));
    if (!text.isEmpty())
        md += mdEscape(text) + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + tr("Timeline of key moments") + QStringLiteral("\n\n");
    EventFilter filter;
    filter.highlightedOnly = true;
    EventQuery::forEach(store, filter, [&](const EventRow &row) {
        md += QStringLiteral("- **") + timestamps::toDisplay(row.instant, zone) + QStringLiteral("** ")
            + mdEscape(row.text) + QStringLiteral("\n");
        return true;
    });
    md += QLatin1Char('\n');

    md += QStringLiteral("## ") + tr("Contributing factors") + QStringLiteral("\n\n");
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT f.id, f.title, f.description, COALESCE(c.name, '') FROM factors f"
                          " LEFT JOIN factor_categories c ON c.id = f.category_id ORDER BY c.position, c.name, f.id"));
    while (q.next()) {
        md += QStringLiteral("- **") + mdEscape(q.value(1).toString()) + QStringLiteral("**");
        if (!q.value(3).toString().isEmpty())
            md += QStringLiteral(" (") + mdEscape(q.value(3).toString()) + QLatin1Char(')');
        md += QStringLiteral(": ") + mdEscape(q.value(2).toString()) + QLatin1Char('\n');
    }
    md += QLatin1Char('\n');

    md += QStringLiteral("## ") + tr("Narratives") + QStringLiteral("\n\n");
    q.exec(QStringLiteral("SELECT id, title, vantage_point FROM narratives ORDER BY position, id"));
    while (q.next()) {
        md += QStringLiteral("### ") + mdEscape(q.value(1).toString()) + QStringLiteral("\n\n");
        md += QStringLiteral("*") + tr("Vantage point: %1").arg(mdEscape(q.value(2).toString())) + QStringLiteral("*\n\n");
        QSqlQuery steps(store.database());
        steps.prepare(QStringLiteral("SELECT text FROM narrative_steps WHERE narrative_id = ? ORDER BY position"));
        steps.addBindValue(q.value(0));
        steps.exec();
        int n = 1;
        while (steps.next())
            md += QString::number(n++) + QStringLiteral(". ") + mdEscape(steps.value(0).toString()) + QLatin1Char('\n');
        md += QLatin1Char('\n');
    }
    return md;
}

bool BriefingExporter::exportTo(const ReviewStore &store, const BriefingOptions &options, const QString &path,
                                QString *error)
{
    if (options.format != BriefingFormat::Markdown) {
        if (error)
            *error = tr("This briefing format is not available yet");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(markdown(store, options).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace faultless::model
