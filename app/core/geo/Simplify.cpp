// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Simplify.h"

#include <QList>
#include <algorithm>

namespace re {

namespace {

qreal squaredDistanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const qreal length2 = QPointF::dotProduct(ab, ab);
    qreal t = length2 > 0 ? QPointF::dotProduct(p - a, ab) / length2 : 0;
    t = std::clamp<qreal>(t, 0, 1);
    const QPointF d = p - (a + ab * t);
    return QPointF::dotProduct(d, d);
}

/// Marks the points of ring[first..last] to keep, without recursion.
void markKept(
    const QPolygonF &ring, qsizetype first, qsizetype last, qreal tolerance2, QList<bool> *keep)
{
    QList<std::pair<qsizetype, qsizetype>> stack { { first, last } };
    while (!stack.isEmpty()) {
        const auto [from, to] = stack.takeLast();
        qreal farthest = -1;
        qsizetype index = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const qreal d = squaredDistanceToSegment(ring.at(i), ring.at(from), ring.at(to));
            if (d > farthest) {
                farthest = d;
                index = i;
            }
        }
        if (index >= 0 && farthest > tolerance2) {
            (*keep)[index] = true;
            stack.append({ from, index });
            stack.append({ index, to });
        }
    }
}

} // namespace

QPolygonF simplifyRing(const QPolygonF &ring, qreal tolerance)
{
    if (ring.size() <= 4)
        return ring;
    // Split the closed ring at the point farthest from its start: two open chains.
    const QPointF start = ring.first();
    qsizetype far = 0;
    qreal farthest = -1;
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const QPointF d = ring.at(i) - start;
        const qreal d2 = QPointF::dotProduct(d, d);
        if (d2 > farthest) {
            farthest = d2;
            far = i;
        }
    }
    QList<bool> keep(ring.size(), false);
    keep[0] = keep[far] = keep[ring.size() - 1] = true;
    const qreal tolerance2 = tolerance * tolerance;
    markKept(ring, 0, far, tolerance2, &keep);
    markKept(ring, far, ring.size() - 1, tolerance2, &keep);
    QPolygonF result;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        if (keep.at(i))
            result.append(ring.at(i));
    }
    if (result.size() < 4) {
        // Keep a visible triangle: the start, the far point and the point farthest from both.
        qsizetype third = -1;
        qreal best = -1;
        for (qsizetype i = 1; i + 1 < ring.size(); ++i) {
            const qreal d = squaredDistanceToSegment(ring.at(i), start, ring.at(far));
            if (i != far && d > best) {
                best = d;
                third = i;
            }
        }
        result.clear();
        for (qsizetype i : { qsizetype(0), std::min(far, third), std::max(far, third) }) {
            if (i >= 0)
                result.append(ring.at(i));
        }
        result.append(start);
    }
    return result;
}

QPainterPath simplifyPath(const QPainterPath &path, qreal tolerance)
{
    QPainterPath result;
    result.setFillRule(path.fillRule());
    for (const QPolygonF &ring : path.toSubpathPolygons()) {
        result.addPolygon(simplifyRing(ring, tolerance));
        result.closeSubpath();
    }
    return result;
}

} // namespace re
