#include "flagwording.h"

#include <QLocale>

namespace faultless::model {

namespace {

const QString kSeparator = QStringLiteral("; ");

bool isStateWord(const QString &phrase)
{
    return phrase == QLatin1String("on") || phrase == QLatin1String("off");
}

bool isArchiveWord(const QString &phrase)
{
    return phrase == QLatin1String("archived") || phrase == QLatin1String("active");
}

// The value of a phrase: its last word ("50%" of "rollout 50%"), or the phrase itself.
QString valueOf(const QString &phrase)
{
    const qsizetype space = phrase.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? phrase : phrase.mid(space + 1);
}

bool hasAspectWords(const QString &phrase)
{
    return phrase.contains(QLatin1Char(' '));
}

// A percentage from the value of a phrase ("50%" -> 50), or -1.
double percentValue(const QString &phrase)
{
    QString value = valueOf(phrase);
    if (!value.endsWith(QLatin1Char('%')))
        return -1;
    value.chop(1);
    bool ok = false;
    const double number = QLocale::c().toDouble(value, &ok);
    return ok ? number : -1;
}

// "segment beta: off → on; segment beta: variant blue 25% → 50%" reads as "segment beta: off →
// on, variant blue 25% → 50%": one override named once.
QString joinSharingOverride(const QStringList &words)
{
    QString text;
    QString previousPrefix;
    for (const QString &w : words) {
        const qsizetype colon = w.indexOf(QStringLiteral(": "));
        const QString prefix = colon > 0 ? w.left(colon + 2) : QString();
        if (!text.isEmpty() && !prefix.isEmpty() && prefix == previousPrefix) {
            text += QStringLiteral(", ") + w.mid(prefix.size());
            continue;
        }
        if (!text.isEmpty())
            text += kSeparator;
        text += w;
        previousPrefix = prefix;
    }
    return text;
}

} // namespace

QString FlagWording::percent(double value)
{
    QString text = QLocale::c().toString(value, 'f', 3);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text + QLatin1Char('%');
}

QString FlagWording::percentFromWeight(qint64 weight)
{
    return percent(double(weight) / 1000.0);
}

QStringList FlagWording::phrases(const QString &value)
{
    QStringList list;
    for (const QString &part : value.split(kSeparator, Qt::SkipEmptyParts)) {
        const QString phrase = part.trimmed();
        if (!phrase.isEmpty())
            list << phrase;
    }
    return list;
}

QString FlagWording::joinPhrases(const QStringList &phrases)
{
    return phrases.join(kSeparator);
}

QString FlagWording::aspectOf(const QString &phrase)
{
    if (isStateWord(phrase))
        return QStringLiteral("state");
    if (isArchiveWord(phrase))
        return QStringLiteral("archive");
    const qsizetype space = phrase.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? phrase : phrase.left(space);
}

void FlagWording::keepDifferences(QStringList *before, QStringList *after)
{
    QStringList keptBefore, keptAfter;
    QStringList rest = *before;
    for (const QString &a : std::as_const(*after)) {
        const QString aspect = aspectOf(a);
        qsizetype match = -1;
        for (qsizetype i = 0; i < rest.size() && match < 0; ++i) {
            if (aspectOf(rest.at(i)) == aspect)
                match = i;
        }
        if (match < 0) {
            keptAfter << a;
            continue;
        }
        if (rest.at(match) != a) {
            keptBefore << rest.at(match);
            keptAfter << a;
        }
        rest.removeAt(match);
    }
    keptBefore << rest;
    *before = keptBefore;
    *after = keptAfter;
}

QString FlagWording::change(const FlagChange &c)
{
    const QStringList before = phrases(c.before);
    const QStringList after = phrases(c.after);
    if (before.isEmpty() && after.isEmpty())
        return {};
    if (before.isEmpty())
        return tr("%1 (earlier value unknown)").arg(joinPhrases(after));
    if (after.isEmpty())
        return tr("%1 → (nothing)").arg(joinPhrases(before));
    QStringList words;
    QStringList rest = before;
    for (const QString &a : after) {
        const QString aspect = aspectOf(a);
        qsizetype match = -1;
        for (qsizetype i = 0; i < rest.size() && match < 0; ++i) {
            if (aspectOf(rest.at(i)) == aspect)
                match = i;
        }
        if (match < 0) {
            words << tr("%1 (new)").arg(a);
            continue;
        }
        const QString b = rest.takeAt(match);
        if (b == a)
            continue;
        // "rollout 10% → 50%": the aspect once, then both values.
        if (hasAspectWords(a) && hasAspectWords(b))
            words << aspect + QLatin1Char(' ') + valueOf(b) + QStringLiteral(" → ") + valueOf(a);
        else
            words << b + QStringLiteral(" → ") + a;
    }
    for (const QString &b : std::as_const(rest))
        words << tr("%1 (removed)").arg(b);
    if (words.isEmpty())
        return tr("%1 (unchanged)").arg(joinPhrases(after));
    return joinSharingOverride(words);
}

QString FlagWording::sentence(const FlagChange &c)
{
    const bool hasEnv = !c.environment.isEmpty();
    const bool toOn
        = c.after == QLatin1String("on") && (c.before.isEmpty() || c.before == QLatin1String("off"));
    const bool toOff
        = c.after == QLatin1String("off") && (c.before.isEmpty() || c.before == QLatin1String("on"));
    if (toOn)
        return hasEnv ? tr("Flag %1 turned on in %2").arg(c.flagKey, c.environment)
                      : tr("Flag %1 turned on").arg(c.flagKey);
    if (toOff)
        return hasEnv ? tr("Flag %1 turned off in %2").arg(c.flagKey, c.environment)
                      : tr("Flag %1 turned off").arg(c.flagKey);
    const QString words = change(c);
    if (words.isEmpty())
        return hasEnv ? tr("Flag %1 changed in %2").arg(c.flagKey, c.environment)
                      : tr("Flag %1 changed").arg(c.flagKey);
    return hasEnv ? tr("Flag %1 in %2: %3").arg(c.flagKey, c.environment, words)
                  : tr("Flag %1: %2").arg(c.flagKey, words);
}

QString FlagWording::sentenceWithActor(const FlagChange &c, const QString &actor)
{
    if (actor.isEmpty())
        return sentence(c);
    const QString flag = c.environment.isEmpty() ? c.flagKey : tr("%1 in %2").arg(c.flagKey, c.environment);
    const QStringList before = phrases(c.before);
    const QStringList after = phrases(c.after);
    // One aspect, a percentage on both sides: "Engineer A raised the rollout of checkout-v2 in
    // production from 10% to 50%".
    if (before.size() == 1 && after.size() == 1 && aspectOf(before.first()) == aspectOf(after.first())) {
        const double from = percentValue(before.first());
        const double to = percentValue(after.first());
        if (from >= 0 && to >= 0 && from != to) {
            const QString aspect = aspectOf(after.first());
            return (to > from ? tr("%1 raised the %2 of %3 from %4 to %5")
                              : tr("%1 lowered the %2 of %3 from %4 to %5"))
                .arg(actor, aspect, flag, valueOf(before.first()), valueOf(after.first()));
        }
    }
    if (c.after == QLatin1String("on") && (c.before.isEmpty() || c.before == QLatin1String("off")))
        return tr("%1 turned %2 on").arg(actor, flag);
    if (c.after == QLatin1String("off") && (c.before.isEmpty() || c.before == QLatin1String("on")))
        return tr("%1 turned %2 off").arg(actor, flag);
    const QString words = change(c);
    return words.isEmpty() ? tr("%1 changed %2").arg(actor, flag)
                           : tr("%1 changed %2: %3").arg(actor, flag, words);
}

bool FlagWording::turnsOff(const QString &value)
{
    return phrases(value).contains(QStringLiteral("off"));
}

} // namespace faultless::model
