// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPainterPath>
#include <QPolygonF>

namespace re {

/// Douglas-Peucker simplification of a closed ring: drops the points that lie within
/// `tolerance` of the simplified outline; keeps at least the first point and the two farthest
/// from it, so that small islands stay visible.
QPolygonF simplifyRing(const QPolygonF &ring, qreal tolerance);

/// Every subpath of a polygon path simplified (for drawing a map zoomed out); same fill rule.
QPainterPath simplifyPath(const QPainterPath &path, qreal tolerance);

} // namespace re
