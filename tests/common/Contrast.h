// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// WCAG 2 relative luminance and contrast ratio, for the tests that check colours stay readable
// (1 for the same colour, 21 for black on white; text wants 4.5, large marks 3).

#include <QColor>
#include <algorithm>
#include <cmath>

namespace re::test {

inline double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace re::test
