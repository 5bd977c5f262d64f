#include "launchdarklyflagstate.h"

#include "domain/flagwording.h"
#include "import/parsers/jsonitems.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace faultless::model {

namespace {

// A variation by index: its name when it has one, else its value ("true", "blue").
QString variationName(const QJsonArray &variations, qint64 index)
{
    if (index < 0 || index >= variations.size())
        return QStringLiteral("#%1").arg(index);
    const QJsonObject v = variations.at(index).toObject();
    QString name = v.value(QLatin1String("name")).toString().simplified();
    if (name.isEmpty())
        name = JsonItems::summarize(v.value(QLatin1String("value")), 40).simplified();
    // One word, so that it stays the value of its phrase (domain/flagwording.h).
    return name.replace(QLatin1Char(' '), QChar(0x00A0));
}

bool isBooleanFlag(const QJsonArray &variations)
{
    if (variations.size() != 2)
        return false;
    for (const QJsonValue &v : variations) {
        if (!v.toObject().value(QLatin1String("value")).isBool())
            return false;
    }
    return true;
}

// What a fallthrough or a rule serves: "serve true", "rollout 10%" (share of `true` in a boolean
// flag), or one "rollout <variation> N%" per variation of a multi-variation rollout.
QStringList servePhrases(const QString &prefix, const QJsonObject &serve, const QJsonArray &variations)
{
    if (serve.value(QLatin1String("variation")).isDouble())
        return { prefix + QStringLiteral("serve ")
            + variationName(variations, qint64(serve.value(QLatin1String("variation")).toDouble())) };
    const QJsonArray weights
        = serve.value(QLatin1String("rollout")).toObject().value(QLatin1String("variations")).toArray();
    if (weights.isEmpty())
        return {};
    QStringList list;
    const bool boolean = isBooleanFlag(variations);
    for (const QJsonValue &w : weights) {
        const QJsonObject o = w.toObject();
        const qint64 index = qint64(o.value(QLatin1String("variation")).toDouble(-1));
        const double weight = o.value(QLatin1String("weight")).toDouble(0);
        if (weight < 0 || weight > 100000)
            continue; // not a weight LaunchDarkly writes: leave it out rather than misstate it
        const QString percent = FlagWording::percentFromWeight(qint64(weight));
        if (boolean) {
            if (variations.at(index).toObject().value(QLatin1String("value")).toBool())
                return { prefix + QStringLiteral("rollout ") + percent };
            continue;
        }
        list << prefix + QStringLiteral("rollout ") + variationName(variations, index) + QLatin1Char(' ')
                + percent;
    }
    if (boolean && list.isEmpty())
        return { prefix + QStringLiteral("rollout 0%") };
    return list;
}

QString prerequisitesPhrase(const QJsonArray &prerequisites)
{
    QStringList parts;
    for (const QJsonValue &p : prerequisites) {
        const QJsonObject o = p.toObject();
        parts << o.value(QLatin1String("key")).toString() + QLatin1Char('=')
                + QString::number(qint64(o.value(QLatin1String("variation")).toDouble(-1)));
    }
    return QStringLiteral("prerequisites ")
        + (parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(',')));
}

// After keepDifferences: an aspect only one side has (a rule added or removed) is "none" on the
// other, since an embedded state tells that it was not there.
void markAbsent(QStringList *before, QStringList *after)
{
    auto fill = [](const QStringList &from, QStringList *to) {
        QStringList aspects;
        for (const QString &p : std::as_const(*to))
            aspects << FlagWording::aspectOf(p);
        for (const QString &p : from) {
            const QString aspect = FlagWording::aspectOf(p);
            if (aspect != p && !aspects.contains(aspect))
                to->append(aspect + QStringLiteral(" none"));
        }
    };
    const QStringList originalBefore = *before;
    fill(*after, before);
    fill(originalBefore, after);
}

} // namespace

QStringList LaunchDarklyFlagState::phrases(const QJsonObject &flag, const QString &environment)
{
    const QJsonObject env
        = flag.value(QLatin1String("environments")).toObject().value(environment).toObject();
    if (env.isEmpty())
        return {};
    const QJsonArray variations = flag.value(QLatin1String("variations")).toArray();
    QStringList list;
    list << (env.value(QLatin1String("on")).toBool() ? QStringLiteral("on") : QStringLiteral("off"));
    list << (flag.value(QLatin1String("archived")).toBool() || env.value(QLatin1String("archived")).toBool()
            ? QStringLiteral("archived")
            : QStringLiteral("active"));
    list << servePhrases(QString(), env.value(QLatin1String("fallthrough")).toObject(), variations);
    const QJsonArray rules = env.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i)
        list << servePhrases(QStringLiteral("rule %1 ").arg(i + 1), rules.at(i).toObject(), variations);
    list << prerequisitesPhrase(env.value(QLatin1String("prerequisites")).toArray());
    return list;
}

bool LaunchDarklyFlagState::diff(const QJsonObject &previous, const QJsonObject &current,
    const QString &environment, FlagChange *change, QString *changedEnvironment)
{
    if (previous.isEmpty() || current.isEmpty())
        return false;
    QStringList environments;
    if (!environment.isEmpty()) {
        environments << environment;
    } else {
        QSet<QString> keys;
        for (const QJsonObject &flag : { previous, current }) {
            const QStringList k = flag.value(QLatin1String("environments")).toObject().keys();
            keys.unite(QSet<QString>(k.cbegin(), k.cend()));
        }
        environments = QStringList(keys.cbegin(), keys.cend());
        environments.sort();
    }
    QStringList before, after, changed;
    for (const QString &env : std::as_const(environments)) {
        QStringList b = phrases(previous, env);
        QStringList a = phrases(current, env);
        FlagWording::keepDifferences(&b, &a);
        if (b.isEmpty() && a.isEmpty())
            continue;
        markAbsent(&b, &a);
        changed << env;
        before << b;
        after << a;
    }
    if (changed.isEmpty())
        return false;
    if (environment.isEmpty() && changed.size() > 1) {
        // Several environments in one entry: each phrase says which.
        before.clear();
        after.clear();
        for (const QString &env : std::as_const(changed)) {
            QStringList b = phrases(previous, env);
            QStringList a = phrases(current, env);
            FlagWording::keepDifferences(&b, &a);
            markAbsent(&b, &a);
            for (const QString &p : std::as_const(b))
                before << env + QLatin1Char(' ') + p;
            for (const QString &p : std::as_const(a))
                after << env + QLatin1Char(' ') + p;
        }
    }
    change->before = FlagWording::joinPhrases(before);
    change->after = FlagWording::joinPhrases(after);
    if (changedEnvironment)
        *changedEnvironment = changed.size() == 1 ? changed.first() : QString();
    return true;
}

bool LaunchDarklyFlagState::fromDescription(const QString &text, FlagChange *change)
{
    // "Changed rollout from 10% to 50%", "Decreased the rollout from '50%' to '43%' for the rule":
    // quotes, backticks and strike-through marks around the numbers vary with the rendering.
    static const QRegularExpression rollout(QStringLiteral(
        "(?i)\\brollout\\b[^\\n%]*?\\bfrom\\s*[`'\"~*]*\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%[`'\"~*]*\\s*to\\s*"
        "[`'\"~*]*\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%([^\\n]*)"));
    QStringList before, after;
    auto it = rollout.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const double from = m.captured(1).toDouble();
        const double to = m.captured(2).toDouble();
        if (from > 100 || to > 100)
            continue;
        const QString aspect = m.captured(3).contains(QLatin1String("rule"), Qt::CaseInsensitive)
            ? QStringLiteral("rule rollout ")
            : QStringLiteral("rollout ");
        before << aspect + FlagWording::percent(from);
        after << aspect + FlagWording::percent(to);
    }
    if (after.isEmpty())
        return false;
    change->before = FlagWording::joinPhrases(before);
    change->after = FlagWording::joinPhrases(after);
    return true;
}

} // namespace faultless::model
