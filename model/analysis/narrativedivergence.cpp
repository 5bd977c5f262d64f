#include "narrativedivergence.h"

#include <QSet>

#include <algorithm>

namespace faultless::model {

namespace {

// Each narrative's cited events in its own order, each once (its first citation).
QList<QList<qint64>> citedInStepOrder(const QList<QList<qint64>> &stepEvents)
{
    QList<QList<qint64>> cited;
    for (const QList<qint64> &steps : stepEvents) {
        QList<qint64> order;
        QSet<qint64> seen;
        for (qint64 eventId : steps) {
            if (eventId == 0 || seen.contains(eventId))
                continue;
            seen.insert(eventId);
            order.append(eventId);
        }
        cited.append(order);
    }
    return cited;
}

// Pairs of shared events that narrative `i` tells in one order and `j` in the other.
void addOrderDifferences(const QList<QList<qint64>> &cited, int i, int j, NarrativeDivergence &result)
{
    QHash<qint64, int> positionInJ;
    for (int k = 0; k < cited.at(j).size(); ++k)
        positionInJ.insert(cited.at(j).at(k), k);
    const QList<qint64> &a = cited.at(i);
    for (int x = 0; x < a.size(); ++x) {
        const auto px = positionInJ.constFind(a.at(x));
        if (px == positionInJ.cend())
            continue;
        for (int y = x + 1; y < a.size(); ++y) {
            const auto py = positionInJ.constFind(a.at(y));
            if (py != positionInJ.cend() && *px > *py)
                result.orderDifferences.append({ i, j, a.at(x), a.at(y) });
        }
    }
}

} // namespace

NarrativeDivergence NarrativeDivergence::compute(
    const QList<QList<qint64>> &stepEvents, const QHash<qint64, Instant> &instants)
{
    NarrativeDivergence result;
    const int count = int(stepEvents.size());
    const QList<QList<qint64>> cited = citedInStepOrder(stepEvents);
    QHash<qint64, int> tellers;
    for (const QList<qint64> &order : cited) {
        for (qint64 eventId : order) {
            if (tellers[eventId]++ == 0)
                result.cited.append(eventId);
        }
    }
    std::sort(result.cited.begin(), result.cited.end(), [&instants](qint64 a, qint64 b) {
        const Instant ia = instants.value(a, NoInstant);
        const Instant ib = instants.value(b, NoInstant);
        return ia != ib ? ia < ib : a < b;
    });
    for (int n = 0; n < count; ++n) {
        const QSet<qint64> mine(cited.at(n).begin(), cited.at(n).end());
        QList<qint64> only, omitted;
        for (qint64 eventId : std::as_const(result.cited)) {
            if (!mine.contains(eventId))
                omitted.append(eventId);
            else if (tellers.value(eventId) == 1)
                only.append(eventId);
        }
        result.onlyIn.append(only);
        result.omittedBy.append(omitted);
        QList<int> uncited;
        for (int s = 0; s < stepEvents.at(n).size(); ++s) {
            if (stepEvents.at(n).at(s) == 0)
                uncited.append(s);
        }
        result.withoutEvidence.append(uncited);
    }
    for (qint64 eventId : std::as_const(result.cited)) {
        if (count > 0 && tellers.value(eventId) == count)
            result.shared.append(eventId);
    }
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j)
            addOrderDifferences(cited, i, j, result);
    }
    return result;
}

} // namespace faultless::model
