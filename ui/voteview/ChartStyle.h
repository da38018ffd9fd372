// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

class QPainter;
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

/// What every exported image starts from: the export style, its text 15 px scaled by
/// `factor` (never under `smallestPixels`), the target filled with its background, and the area
/// inside the image's margin (28 px, scaled alike).
struct ExportCanvas
{
    ChartStyle style;
    QRectF area;
};
ExportCanvas beginExportImage(
    QPainter &painter, const QRectF &target, qreal factor, int smallestPixels = 8);

} // namespace re
