#include "demoreview.h"

#include "domain/timestamps.h"
#include "import/importerregistry.h"
#include "import/importjob.h"
#include "store/annotationstore.h"
#include "store/answerstore.h"
#include "store/eventstore.h"
#include "store/factorstore.h"
#include "store/narrativestore.h"
#include "store/opportunitystore.h"
#include "store/participantstore.h"
#include "store/questionstore.h"
#include "store/reviewstore.h"
#include "store/tagstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace faultless::model {

namespace {

const QString kResourceDir = QStringLiteral(":/demo/sources");
// (file under :/demo/sources, source name that review.json refers to), in import order.
const std::pair<const char *, const char *> kSources[] = {
    { "checkout-api.jsonl", "checkout-api.jsonl" },
    { "inventory.jsonl", "inventory.jsonl" },
    { "launchdarkly-audit.json", "launchdarkly-audit.json" },
    { "chaos-journal.json", "chaos-journal.json" },
    { "alertmanager.json", "alertmanager.json" },
    // A Slack export keeps a channel's days in a folder named after the channel.
    { "inc-checkout/2026-03-14.json", "slack-inc-checkout-2026-03-14.json" },
};

// Finds the event a review.json reference names: {source, contains?, kind?, index?}.
qint64 resolve(const ReviewStore &store, const QJsonValue &value)
{
    if (!value.isObject())
        return 0;
    const QJsonObject ref = value.toObject();
    std::optional<EventKind> kind;
    if (ref.contains(QStringLiteral("kind")))
        kind = eventKindFromName(ref.value(QStringLiteral("kind")).toString()).value_or(EventKind::Log);
    return EventStore::findInSource(store, ref.value(QStringLiteral("source")).toString(),
        ref.value(QStringLiteral("contains")).toString(), kind, ref.value(QStringLiteral("index")).toInt());
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// Writes the sense-making records of review.json into a review whose sources are imported. Every
// reference to an event that is not there is listed in `problems` (the demo is checked by
// tst_demoreview); every write that fails ends it.
class DemoWriter
{
public:
    DemoWriter(ReviewStore &store, QStringList &problems)
        : m_store(store)
        , m_problems(problems)
    { }

    bool write(const QJsonObject &review)
    {
        return m_store.setMeta(QStringLiteral("summary"), text(review, "summary"))
            && participants(review.value(QStringLiteral("participants")).toArray())
            && events(review.value(QStringLiteral("highlights")).toArray(),
                review.value(QStringLiteral("annotations")).toArray(),
                review.value(QStringLiteral("tags")).toArray())
            && factors(review.value(QStringLiteral("factors")).toArray())
            && narratives(review.value(QStringLiteral("narratives")).toArray())
            && questions(review.value(QStringLiteral("questions")).toArray())
            && opportunities(review.value(QStringLiteral("opportunities")).toArray())
            && m_store.setMeta(QStringLiteral("demo_version"), QString::number(DemoReview::Version));
    }

private:
    qint64 need(const QJsonValue &ref, const char *what)
    {
        const qint64 id = resolve(m_store, ref);
        if (!id)
            m_problems << DemoReview::tr("demo %1 refers to a missing event: %2")
                              .arg(QLatin1String(what),
                                  QString::fromUtf8(
                                      QJsonDocument(ref.toObject()).toJson(QJsonDocument::Compact)));
        return id;
    }

    bool participants(const QJsonArray &list)
    {
        for (const QJsonValue &p : list) {
            const QJsonObject o = p.toObject();
            if (!ParticipantStore::insert(
                    m_store, { 0, text(o, "name"), text(o, "role"), text(o, "pseudonym") }))
                return false;
        }
        return true;
    }

    bool events(const QJsonArray &highlights, const QJsonArray &annotations, const QJsonArray &tags)
    {
        for (const QJsonValue &h : highlights) {
            const QJsonObject o = h.toObject();
            const qint64 id = need(o.value(QStringLiteral("ref")), "highlight");
            if (id
                && (!EventStore::setHighlighted(m_store, id, true)
                    || !EventStore::setPhase(m_store, id, text(o, "phase"))))
                return false;
        }
        for (const QJsonValue &a : annotations) {
            const QJsonObject o = a.toObject();
            const qint64 id = need(o.value(QStringLiteral("ref")), "annotation");
            if (id
                && !AnnotationStore::insert(
                    m_store, { 0, id, text(o, "author"), text(o, "text"), m_now, m_now }))
                return false;
        }
        for (const QJsonValue &t : tags) {
            const QJsonObject o = t.toObject();
            const qint64 id = need(o.value(QStringLiteral("ref")), "tag");
            if (id
                && (!TagStore::ensure(m_store, text(o, "tag"))
                    || !TagStore::tagEvent(m_store, id, text(o, "tag"))))
                return false;
        }
        return true;
    }

    qint64 categoryId(const QString &name)
    {
        const QList<FactorCategory> categories = FactorStore::categories(m_store);
        for (const FactorCategory &c : categories) {
            if (c.name == name)
                return c.id;
        }
        FactorCategory category;
        category.name = name;
        category.position = int(categories.size());
        return FactorStore::insertCategory(m_store, category);
    }

    bool factors(const QJsonArray &list)
    {
        for (const QJsonValue &f : list) {
            const QJsonObject o = f.toObject();
            Factor factor;
            factor.title = text(o, "title");
            factor.description = text(o, "description");
            factor.categoryId = categoryId(text(o, "category"));
            factor.author = QStringLiteral("Dana Ruiz");
            factor.created = factor.edited = m_now;
            const qint64 factorId = factor.categoryId ? FactorStore::insert(m_store, factor) : 0;
            if (!factorId)
                return false;
            m_factorIds.insert(factor.title, factorId);
            for (const QJsonValue &ref : o.value(QStringLiteral("evidence")).toArray()) {
                Evidence evidence;
                evidence.factorId = factorId;
                evidence.eventId = need(ref, "evidence");
                if (evidence.eventId && !FactorStore::insertEvidence(m_store, evidence))
                    return false;
            }
        }
        return true;
    }

    bool narratives(const QJsonArray &list)
    {
        int position = 0;
        for (const QJsonValue &n : list) {
            const QJsonObject o = n.toObject();
            const qint64 narrativeId = NarrativeStore::insert(m_store,
                { 0, text(o, "title"), text(o, "vantage_point"), text(o, "author"), m_now, m_now,
                    position++ });
            if (!narrativeId)
                return false;
            int step = 0;
            for (const QJsonValue &s : o.value(QStringLiteral("steps")).toArray()) {
                const QJsonObject so = s.toObject();
                const QJsonValue ref = so.value(QStringLiteral("ref"));
                const qint64 eventId = ref.isObject() ? need(ref, "narrative step") : 0;
                // The demo's steps are written by their narrative's author.
                if (!NarrativeStore::insertStep(
                        m_store, { 0, narrativeId, step++, text(so, "text"), eventId, text(o, "author") }))
                    return false;
            }
        }
        return true;
    }

    bool questions(const QJsonArray &list)
    {
        for (const QJsonValue &q : list) {
            const QJsonObject o = q.toObject();
            Question question;
            question.text = text(o, "text");
            question.status = text(o, "status");
            question.author = QStringLiteral("Dana Ruiz");
            question.created = m_now;
            const qint64 questionId = QuestionStore::insert(m_store, question);
            if (!questionId)
                return false;
            const QString answer = text(o, "answer");
            if (!answer.isEmpty()
                && !AnswerStore::insert(
                    m_store, { 0, questionId, QStringLiteral("Alice Moreau"), answer, m_now }))
                return false;
        }
        return true;
    }

    bool opportunities(const QJsonArray &list)
    {
        for (const QJsonValue &op : list) {
            const QJsonObject o = op.toObject();
            Opportunity opportunity;
            opportunity.title = text(o, "title");
            opportunity.description = text(o, "description");
            opportunity.owner = text(o, "owner");
            opportunity.status = QStringLiteral("proposed");
            opportunity.created = m_now;
            const qint64 opportunityId = OpportunityStore::insert(m_store, opportunity);
            QList<qint64> factorIds;
            for (const QJsonValue &title : o.value(QStringLiteral("factors")).toArray()) {
                if (m_factorIds.contains(title.toString()))
                    factorIds.append(m_factorIds.value(title.toString()));
            }
            if (!opportunityId || !OpportunityStore::setFactorIds(m_store, opportunityId, factorIds))
                return false;
        }
        return true;
    }

    ReviewStore &m_store;
    QStringList &m_problems;
    const qint64 m_now = timestamps::now();
    QHash<QString, qint64> m_factorIds;
};

bool applyReviewJson(ReviewStore &store, const QJsonObject &review, QStringList &problems)
{
    ReviewStore::Transaction tx(store);
    return DemoWriter(store, problems).write(review) && tx.commit();
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
