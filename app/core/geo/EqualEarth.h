// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

namespace re {

/// The Equal Earth projection (Šavrič, Patterson and Jenny 2018, as in PROJ's eqearth.cpp) on
/// the unit sphere: an equal-area world projection suited to choropleths.
namespace EqualEarth {

/// Projects longitude/latitude in degrees to x (east) and y (north) on the unit sphere:
/// x(180°, 0°) = 2.7066299837 and y(90°) = 1.3173627592.
QPointF project(double longitudeDegrees, double latitudeDegrees);

} // namespace EqualEarth

} // namespace re
