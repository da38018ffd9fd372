// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>

namespace re {

/// Where a country lies on the map (map coordinates), for framing a view on it and for
/// fitting its label.
struct CountryExtent
{
    /// The bounds of its largest piece, where its label goes.
    QRectF main;
    /// The largest piece and the pieces near it: the country as a view frames it, without
    /// French Guiana for France or Russia's far side of the antimeridian.
    QRectF focus;
};

/// The extent of a country's outline (its zoomed-out outline is enough).
CountryExtent countryExtent(const QPainterPath &outline);

/// The smallest part of the map a view frames on countries (about 55 by 30 degrees): a
/// single small country still shows its neighbours.
QSizeF minimumFrameSize();

/// The part of the map that shows countries of these focus bounds: their union with a margin,
/// at least minimumFrameSize() and centred on them; the whole world when there are none.
QRectF frameCountries(const QList<QRectF> &focusBounds);

/// Whether a label of size `label` fits within a country shown as `country` (both in the same
/// coordinates, pixels on screen or in an image): a label never covers a smaller country.
bool labelFitsCountry(const QSizeF &label, const QRectF &country);

/// The parts of the path's rings inside `rect`, as closed polygons (one ring clipped at a
/// time; the fill rule is kept): what filling the path under a clip to `rect` fills. For
/// devices that do not clip, the SVG generator among them.
QPainterPath clipRings(const QPainterPath &path, const QRectF &rect);

/// The parts of the path's rings inside `rect` as lines: closed rings where a ring lies
/// wholly inside, open lines ending on the rectangle's edge where it leaves it (stroke them
/// with flat caps). What stroking the path under a clip to `rect` strokes, without a line
/// along the rectangle's edge.
QPainterPath clipLines(const QPainterPath &path, const QRectF &rect);

} // namespace re
