// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/EqualEarth.h"

#include <cmath>
#include <numbers>

namespace re::EqualEarth {

namespace {
constexpr double A1 = 1.340264;
constexpr double A2 = -0.081106;
constexpr double A3 = 0.000893;
constexpr double A4 = 0.003796;
const double M = std::sqrt(3.0) / 2.0;
constexpr double degree = std::numbers::pi / 180.0;
} // namespace

QPointF project(double longitudeDegrees, double latitudeDegrees)
{
    const double lambda = longitudeDegrees * degree;
    const double phi = latitudeDegrees * degree;
    const double theta = std::asin(M * std::sin(phi));
    const double t2 = theta * theta;
    const double t6 = t2 * t2 * t2;
    const double derivative = A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2);
    const double x = lambda * std::cos(theta) / (M * derivative);
    const double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return { x, y };
}

} // namespace re::EqualEarth
