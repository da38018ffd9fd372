// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Antimeridian.h"

#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace re::Antimeridian {

double unwrap(QPolygonF *ring)
{
    double offset = 0;
    for (qsizetype i = 1; i < ring->size(); ++i) {
        const double previous = ring->at(i - 1).x(); // already unwrapped
        QPointF &point = (*ring)[i];
        point.rx() += offset;
        // Whole turns that bring the point within half a turn of the previous one (a step of
        // more than 180° is the short way round the other side).
        const double step = point.x() - previous;
        const double turns = step > 180 ? std::ceil((step - 180) / 360)
            : step < -180               ? std::floor((step + 180) / 360)
                                        : 0.0;
        if (turns != 0 && std::isfinite(turns)) {
            point.rx() -= turns * 360.0;
            offset -= turns * 360.0;
        }
    }
    return offset;
}

QPolygonF densify(const QPolygonF &ring, double maxStep)
{
    if (ring.size() < 2 || maxStep <= 0)
        return ring;
    QPolygonF result;
    result.reserve(ring.size());
    result.append(ring.first());
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const QPointF a = ring.at(i - 1);
        const QPointF b = ring.at(i);
        const double span = std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y()));
        const int steps = int(std::ceil(span / maxStep));
        for (int s = 1; s < steps; ++s)
            result.append(a + (b - a) * (double(s) / steps));
        result.append(b);
    }
    return result;
}

QList<QPolygonF> prepareRing(const QPolygonF &ring, double maxStep)
{
    if (ring.size() < 3)
        return {};
    QPolygonF unwrapped = ring;
    const double offset = unwrap(&unwrapped);
    if (offset != 0) {
        // The ring goes round a pole: its end lies 360° from its start. Close it along the
        // pole on the side where the ring lies.
        double latitudeSum = 0;
        for (const QPointF &p : std::as_const(unwrapped))
            latitudeSum += p.y();
        const double pole = latitudeSum < 0 ? -90.0 : 90.0;
        const QPointF first = unwrapped.first();
        const QPointF last = unwrapped.last();
        unwrapped.append(QPointF(last.x(), pole));
        unwrapped.append(QPointF(first.x(), pole));
        unwrapped.append(first);
    }
    const QRectF bounds = unwrapped.boundingRect();
    if (bounds.left() >= -180.0 && bounds.right() <= 180.0)
        return { densify(unwrapped, maxStep) };

    // Cut to the world: the pieces of the ring and of its copies one turn east and west that
    // fall inside [-180, 180].
    const QRectF world(-180.0, -90.0, 360.0, 180.0);
    QPainterPath worldPath;
    worldPath.addRect(world);
    QList<QPolygonF> pieces;
    for (const double shift : { -360.0, 0.0, 360.0 }) {
        if (bounds.right() + shift <= world.left() || bounds.left() + shift >= world.right())
            continue;
        QPainterPath copy;
        copy.addPolygon(unwrapped.translated(shift, 0));
        copy.closeSubpath();
        const QPainterPath inside = copy.intersected(worldPath);
        for (const QPolygonF &piece : inside.toSubpathPolygons()) {
            if (piece.size() >= 3 && piece.boundingRect().width() > 0)
                pieces.append(densify(piece, maxStep));
        }
    }
    return pieces;
}

} // namespace re::Antimeridian
