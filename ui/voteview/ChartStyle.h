// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace re {

/// Colours and font the vote charts draw with: from the widget's palette (light or dark) and
/// font on screen, black on white for exported images.
struct ChartStyle
{
    QFont font;
    QColor text;
    QColor mutedText;
    QColor background;
    QColor grid;
    bool dark = false;

    /// The style of a widget with this palette and font.
    static ChartStyle fromPalette(const QPalette &palette, const QFont &font);
    /// Black on white with the given font (exported images always have a white background).
    static ChartStyle forExport(const QFont &font);
    /// The font scaled by `factor` (point or pixel size, whichever the font uses).
    QFont scaledFont(qreal factor, bool bold = false) const;
};

} // namespace re
