// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPolygonF>

namespace re {

/// Prepares longitude/latitude rings for a planar projection. Rings that cross ±180° (Russia's
/// Chukotka, Wrangel Island, Fiji) would draw as streaks across the whole map if projected
/// point by point; rings around a pole (Antarctica) would not close.
namespace Antimeridian {

/// Unwraps the ring's longitudes (±360° at every jump of more than 180°), closes it along the
/// pole when it goes round one, cuts it to [-180°, 180°] with QPainterPath operations and
/// densifies every edge to at most `maxStep` degrees. Returns the closed pieces, ready to be
/// projected vertex by vertex; a ring that needs none of this comes back densified only.
QList<QPolygonF> prepareRing(const QPolygonF &ring, double maxStep = 2.0);

/// Unwraps longitudes in place; returns the net offset added by the end (0, or ±360 around a
/// pole).
double unwrap(QPolygonF *ring);

/// Inserts points so that no edge is longer than maxStep degrees in either coordinate.
QPolygonF densify(const QPolygonF &ring, double maxStep);

} // namespace Antimeridian

} // namespace re
