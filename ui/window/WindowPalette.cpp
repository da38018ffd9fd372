// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/WindowPalette.h"

#include "common/RolePalette.h"

#include <QPalette>

namespace re::WindowPalette {

bool isDark(const QPalette &palette)
{
    return RolePalette::isDark(palette.color(QPalette::Window));
}

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(from.redF() * keep + to.redF() * amount),
        float(from.greenF() * keep + to.greenF() * amount),
        float(from.blueF() * keep + to.blueF() * amount));
}

QColor roleText(EntityRole role, const QPalette &palette)
{
    // The map's colours, so a name reads the same in the text and on the map.
    return RolePalette::text(role, isDark(palette));
}

QColor actionBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
        isDark(palette) ? 0.16 : 0.08);
}

QColor currentActionBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
        isDark(palette) ? 0.42 : 0.28);
}

QColor searchMatchBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7a, 0x62, 0x00) : QColor(0xff, 0xe5, 0x6b);
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.4);
}

QColor errorText(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightnessF() < 0.5;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
}

} // namespace re::WindowPalette
