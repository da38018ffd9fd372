// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapFraming.h"

#include "geo/WorldMap.h"

#include <algorithm>
#include <cmath>

namespace re {

namespace {

double polygonArea(const QPolygonF &polygon)
{
    double twice = 0;
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % n);
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

qreal distance(const QRectF &a, const QRectF &b)
{
    const qreal dx = std::max<qreal>({ 0, a.left() - b.right(), b.left() - a.right() });
    const qreal dy = std::max<qreal>({ 0, a.top() - b.bottom(), b.top() - a.bottom() });
    return std::hypot(dx, dy);
}

/// Liang-Barsky: clips the segment a-b to `rect` in place; false when nothing of it is inside.
/// An end inside the rectangle is left exactly as it was.
bool clipSegment(const QRectF &rect, QPointF &a, QPointF &b)
{
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    const qreal p[4] = { -dx, dx, -dy, dy };
    const qreal q[4]
        = { a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(), rect.bottom() - a.y() };
    qreal t0 = 0;
    qreal t1 = 1;
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0) {
            if (t > t1)
                return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0)
                return false;
            t1 = std::min(t1, t);
        }
    }
    const QPointF start = a;
    if (t1 < 1)
        b = start + QPointF(dx, dy) * t1;
    if (t0 > 0)
        a = start + QPointF(dx, dy) * t0;
    return true;
}

/// Sutherland-Hodgman against one edge of the rectangle.
template<typename Inside, typename Cross>
QPolygonF clipEdge(const QPolygonF &input, Inside inside, Cross cross)
{
    QPolygonF output;
    if (input.isEmpty())
        return output;
    QPointF previous = input.last();
    for (const QPointF &current : input) {
        if (inside(current)) {
            if (!inside(previous))
                output.append(cross(previous, current));
            output.append(current);
        } else if (inside(previous)) {
            output.append(cross(previous, current));
        }
        previous = current;
    }
    return output;
}

QPolygonF clipPolygon(const QPolygonF &polygon, const QRectF &rect)
{
    const auto atX = [](qreal x) {
        return [x](const QPointF &a, const QPointF &b) {
            return QPointF(x, a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x()));
        };
    };
    const auto atY = [](qreal y) {
        return [y](const QPointF &a, const QPointF &b) {
            return QPointF(a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()), y);
        };
    };
    const qreal left = rect.left(), right = rect.right(), top = rect.top(), bottom = rect.bottom();
    QPolygonF out = clipEdge(
        polygon, [left](const QPointF &p) { return p.x() >= left; }, atX(left));
    out = clipEdge(
        out, [right](const QPointF &p) { return p.x() <= right; }, atX(right));
    out = clipEdge(
        out, [top](const QPointF &p) { return p.y() >= top; }, atY(top));
    return clipEdge(
        out, [bottom](const QPointF &p) { return p.y() <= bottom; }, atY(bottom));
}

} // namespace

CountryExtent countryExtent(const QPainterPath &outline)
{
    const QList<QPolygonF> pieces = outline.toSubpathPolygons();
    qsizetype largest = -1;
    double largestArea = -1;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const double area = polygonArea(pieces.at(i));
        if (area > largestArea) {
            largestArea = area;
            largest = i;
        }
    }
    if (largest < 0)
        return { outline.boundingRect(), outline.boundingRect() };
    CountryExtent extent;
    extent.main = pieces.at(largest).boundingRect();
    extent.focus = extent.main;
    // Pieces close to what is taken join it, one after another (an archipelago, a coast's
    // islands); far ones (overseas, across the antimeridian) stay out.
    const qreal near = std::max<qreal>(25, std::max(extent.main.width(), extent.main.height()) / 2);
    QList<bool> taken(pieces.size(), false);
    taken[largest] = true;
    for (bool grew = true; grew;) {
        grew = false;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (taken.at(i))
                continue;
            const QRectF bounds = pieces.at(i).boundingRect();
            if (distance(bounds, extent.focus) <= near) {
                extent.focus = extent.focus.united(bounds);
                taken[i] = true;
                grew = true;
            }
        }
    }
    return extent;
}

QSizeF minimumFrameSize()
{
    return { 80, 60 }; // map units: 1.5 a degree of longitude, about 2 of latitude
}

QRectF frameCountries(const QList<QRectF> &focusBounds)
{
    const QRectF world = WorldMap::sphere().boundingRect();
    QRectF united;
    for (const QRectF &bounds : focusBounds)
        united = united.isNull() ? bounds : united.united(bounds);
    if (united.isNull())
        return world;
    const qreal margin = 6 + std::max(united.width(), united.height()) / 10;
    QRectF frame = united.adjusted(-margin, -margin, margin, margin);
    const QSizeF minimum = minimumFrameSize();
    const qreal growX = std::max<qreal>(0, minimum.width() - frame.width()) / 2;
    const qreal growY = std::max<qreal>(0, minimum.height() - frame.height()) / 2;
    frame.adjust(-growX, -growY, growX, growY);
    if (frame.width() >= world.width() && frame.height() >= world.height())
        return world;
    return frame;
}

bool labelFitsCountry(const QSizeF &label, const QRectF &country)
{
    return label.width() <= country.width() && label.height() <= country.height();
}

QPainterPath clipRings(const QPainterPath &path, const QRectF &rect)
{
    QPainterPath clipped;
    clipped.setFillRule(path.fillRule());
    for (const QPolygonF &ring : path.toSubpathPolygons()) {
        const QRectF bounds = ring.boundingRect();
        if (!bounds.intersects(rect))
            continue;
        const QPolygonF inside = rect.contains(bounds) ? ring : clipPolygon(ring, rect);
        if (inside.size() < 3)
            continue;
        clipped.addPolygon(inside);
        clipped.closeSubpath();
    }
    return clipped;
}

QPainterPath clipLines(const QPainterPath &path, const QRectF &rect)
{
    QPainterPath lines;
    for (QPolygonF ring : path.toSubpathPolygons()) {
        if (ring.size() > 1 && ring.first() == ring.last())
            ring.removeLast();
        const qsizetype n = ring.size();
        if (n < 2)
            continue;
        const QRectF bounds = ring.boundingRect();
        if (!bounds.intersects(rect))
            continue;
        // Start at a vertex outside: every line then begins and ends on the edge.
        const auto outside = std::find_if(
            ring.cbegin(), ring.cend(), [&rect](const QPointF &p) { return !rect.contains(p); });
        if (outside == ring.cend()) {
            lines.addPolygon(ring);
            lines.closeSubpath();
            continue;
        }
        const qsizetype start = outside - ring.cbegin();
        bool drawing = false;
        QPointF last;
        for (qsizetype k = 0; k < n; ++k) {
            QPointF a = ring.at((start + k) % n);
            QPointF b = ring.at((start + k + 1) % n);
            if (!clipSegment(rect, a, b)) {
                drawing = false;
                continue;
            }
            if (!drawing || a != last)
                lines.moveTo(a);
            lines.lineTo(b);
            last = b;
            drawing = true;
        }
    }
    return lines;
}

} // namespace re
