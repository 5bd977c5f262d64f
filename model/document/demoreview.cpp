#include "demoreview.h"

#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/reviewstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace faultless::model {

namespace {

const QString kResourceDir = QStringLiteral(":/demo/sources");
// (file under :/demo/sources, source name that review.json refers to), in import order.
const std::pair<const char *, const char *> kSources[] = {
    {"checkout-api.jsonl", "checkout-api.jsonl"},
    {"inventory.jsonl", "inventory.jsonl"},
    {"launchdarkly-audit.json", "launchdarkly-audit.json"},
    {"chaos-journal.json", "chaos-journal.json"},
    {"alertmanager.json", "alertmanager.json"},
    // A Slack export keeps a channel's days in a folder named after the channel.
    {"inc-checkout/2026-03-14.json", "slack-inc-checkout-2026-03-14.json"},
};

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

// Finds the event a review.json reference names: {source, contains?, kind?, index?}.
qint64 resolve(const ReviewStore &store, const QJsonValue &value)
{
    if (!value.isObject())
        return 0;
    const QJsonObject ref = value.toObject();
    QString sql = QStringLiteral("SELECT e.id FROM events e JOIN sources s ON s.id = e.source_id WHERE s.name = ?");
    QVariantList values {ref.value(QStringLiteral("source")).toString()};
    if (ref.contains(QStringLiteral("contains"))) {
        sql += QStringLiteral(" AND instr(e.text, ?) > 0");
        values << ref.value(QStringLiteral("contains")).toString();
    }
    if (ref.contains(QStringLiteral("kind"))) {
        const auto kind = eventKindFromName(ref.value(QStringLiteral("kind")).toString());
        sql += QStringLiteral(" AND e.kind = ?");
        values << int(kind.value_or(EventKind::Log));
    }
    sql += QStringLiteral(" ORDER BY e.instant, e.id LIMIT 1 OFFSET ?");
    values << ref.value(QStringLiteral("index")).toInt();
    return store.scalar(sql, values).toLongLong();
}

qint64 categoryId(ReviewStore &store, const QString &name)
{
    const qint64 id = store.scalar(QStringLiteral("SELECT id FROM factor_categories WHERE name = ?"), {name}).toLongLong();
    if (id)
        return id;
    store.exec(QStringLiteral("INSERT INTO factor_categories(name, position) VALUES(?, (SELECT COUNT(*) FROM factor_categories))"),
               {name});
    return store.lastInsertId();
}

bool applyReviewJson(ReviewStore &store, const QJsonObject &review, QStringList &problems)
{
    ReviewStore::Transaction tx(store);
    store.setMeta(QStringLiteral("summary"), review.value(QStringLiteral("summary")).toString());
    const qint64 now = nowUs();
    auto need = [&](const QJsonValue &ref, const char *what) {
        const qint64 id = resolve(store, ref);
        if (!id)
            problems << DemoReview::tr("demo %1 refers to a missing event: %2")
                            .arg(QLatin1String(what), QString::fromUtf8(QJsonDocument(ref.toObject()).toJson(QJsonDocument::Compact)));
        return id;
    };
    for (const QJsonValue &p : review.value(QStringLiteral("participants")).toArray()) {
        const QJsonObject o = p.toObject();
        store.exec(QStringLiteral("INSERT INTO participants(name, role, pseudonym) VALUES(?, ?, ?)"),
                   {o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("role")).toString(),
                    o.value(QStringLiteral("pseudonym")).toString()});
    }
    for (const QJsonValue &h : review.value(QStringLiteral("highlights")).toArray()) {
        const QJsonObject o = h.toObject();
        if (const qint64 id = need(o.value(QStringLiteral("ref")), "highlight"))
            store.exec(QStringLiteral("UPDATE events SET highlighted = 1, phase = NULLIF(?, '') WHERE id = ?"),
                       {o.value(QStringLiteral("phase")).toString(), id});
    }
    for (const QJsonValue &a : review.value(QStringLiteral("annotations")).toArray()) {
        const QJsonObject o = a.toObject();
        if (const qint64 id = need(o.value(QStringLiteral("ref")), "annotation"))
            store.exec(QStringLiteral("INSERT INTO annotations(event_id, author, text, created, edited) VALUES(?, ?, ?, ?, ?)"),
                       {id, o.value(QStringLiteral("author")).toString(), o.value(QStringLiteral("text")).toString(), now, now});
    }
    for (const QJsonValue &t : review.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject o = t.toObject();
        const QString tag = o.value(QStringLiteral("tag")).toString();
        if (const qint64 id = need(o.value(QStringLiteral("ref")), "tag")) {
            store.exec(QStringLiteral("INSERT OR IGNORE INTO tags(name) VALUES(?)"), {tag});
            store.exec(QStringLiteral("INSERT OR IGNORE INTO event_tags(event_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"),
                       {id, tag});
        }
    }
    for (const QJsonValue &f : review.value(QStringLiteral("factors")).toArray()) {
        const QJsonObject o = f.toObject();
        store.exec(QStringLiteral("INSERT INTO factors(title, description, category_id, author, created, edited) VALUES(?, ?, ?, ?, ?, ?)"),
                   {o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("description")).toString(),
                    categoryId(store, o.value(QStringLiteral("category")).toString()), QStringLiteral("Dana Ruiz"), now, now});
        const qint64 factorId = store.lastInsertId();
        for (const QJsonValue &ref : o.value(QStringLiteral("evidence")).toArray()) {
            if (const qint64 id = need(ref, "evidence"))
                store.exec(QStringLiteral("INSERT INTO factor_evidence(factor_id, event_id) VALUES(?, ?)"), {factorId, id});
        }
    }
    int position = 0;
    for (const QJsonValue &n : review.value(QStringLiteral("narratives")).toArray()) {
        const QJsonObject o = n.toObject();
        store.exec(QStringLiteral("INSERT INTO narratives(title, vantage_point, author, created, edited, position) VALUES(?, ?, ?, ?, ?, ?)"),
                   {o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("vantage_point")).toString(),
                    o.value(QStringLiteral("author")).toString(), now, now, position++});
        const qint64 narrativeId = store.lastInsertId();
        int step = 0;
        for (const QJsonValue &s : o.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject so = s.toObject();
            const qint64 eventId = so.value(QStringLiteral("ref")).isObject() ? need(so.value(QStringLiteral("ref")), "narrative step") : 0;
            store.exec(QStringLiteral("INSERT INTO narrative_steps(narrative_id, position, text, event_id) VALUES(?, ?, ?, ?)"),
                       {narrativeId, step++, so.value(QStringLiteral("text")).toString(), eventId ? QVariant(eventId) : QVariant()});
        }
    }
    for (const QJsonValue &q : review.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject o = q.toObject();
        store.exec(QStringLiteral("INSERT INTO questions(text, status, author, created) VALUES(?, ?, ?, ?)"),
                   {o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("status")).toString(), QStringLiteral("Dana Ruiz"), now});
        const qint64 questionId = store.lastInsertId();
        const QString answer = o.value(QStringLiteral("answer")).toString();
        if (!answer.isEmpty())
            store.exec(QStringLiteral("INSERT INTO question_answers(question_id, author, text, created) VALUES(?, ?, ?, ?)"),
                       {questionId, QStringLiteral("Alice Moreau"), answer, now});
    }
    for (const QJsonValue &op : review.value(QStringLiteral("opportunities")).toArray()) {
        const QJsonObject o = op.toObject();
        store.exec(QStringLiteral("INSERT INTO opportunities(title, description, owner, created) VALUES(?, ?, ?, ?)"),
                   {o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("description")).toString(),
                    o.value(QStringLiteral("owner")).toString(), now});
        const qint64 opportunityId = store.lastInsertId();
        for (const QJsonValue &title : o.value(QStringLiteral("factors")).toArray())
            store.exec(QStringLiteral("INSERT INTO opportunity_factors(opportunity_id, factor_id) SELECT ?, id FROM factors WHERE title = ?"),
                       {opportunityId, title.toString()});
    }
    store.setMeta(QStringLiteral("demo_version"), QString::number(DemoReview::Version));
    return tx.commit();
}

} // namespace

bool DemoReview::build(const QString &path, QString *error)
{
    QFile file(QStringLiteral(":/demo/review.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The demo review data is missing from this build");
        return false;
    }
    const QJsonObject review = QJsonDocument::fromJson(file.readAll()).object();
    ReviewStore store;
    if (!store.create(path, review.value(QStringLiteral("title")).toString(),
                      review.value(QStringLiteral("time_zone")).toString())) {
        if (error)
            *error = store.errorString();
        return false;
    }
    QStringList problems;
    const ImporterRegistry registry;
    for (const auto &source : kSources) {
        ImportRequest request;
        request.path = kResourceDir + QLatin1Char('/') + QLatin1String(source.first);
        request.sourceName = QLatin1String(source.second);
        request.zoneId = QStringLiteral("UTC");
        const ImportResult result = ImportJob::run(store, registry, request);
        if (result.status != ImportResult::Status::Imported)
            problems << result.summary();
    }
    if (!applyReviewJson(store, review, problems)) {
        if (error)
            *error = store.errorString();
        return false;
    }
    if (error)
        *error = problems.join(QLatin1Char('\n'));
    return true;
}

QString DemoReview::ensure(const QString &path, QString *error)
{
    if (QFile::exists(path)) {
        ReviewStore existing;
        if (existing.open(path) && existing.meta(QStringLiteral("demo_version")).toInt() == Version)
            return path;
        existing.close();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (!build(path, error))
        return {};
    return path;
}

} // namespace faultless::model
