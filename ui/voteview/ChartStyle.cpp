// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "voteview/ChartStyle.h"

#include <QPainter>
#include <QPalette>

namespace re {

ChartStyle ChartStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    ChartStyle style;
    style.font = font;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.background.lightnessF() < 0.5;
    // Secondary text: two thirds of the way from the background to the text colour, which
    // stays readable in light and dark palettes alike.
    auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
            a.greenF() + (b.greenF() - a.greenF()) * t, a.blueF() + (b.blueF() - a.blueF()) * t);
    };
    style.mutedText = mix(style.background, style.text, 0.66);
    style.grid = palette.color(QPalette::Mid);
    return style;
}

ChartStyle ChartStyle::forExport(const QFont &font)
{
    ChartStyle style;
    style.font = font;
    style.background = Qt::white;
    style.text = QColor(0x20, 0x20, 0x20);
    style.mutedText = QColor(0x60, 0x60, 0x60);
    style.grid = QColor(0xd0, 0xd0, 0xd0);
    style.dark = false;
    return style;
}

QFont ChartStyle::scaledFont(qreal factor, bool bold) const
{
    QFont scaled = font;
    if (scaled.pixelSize() > 0)
        scaled.setPixelSize(qMax(1, qRound(scaled.pixelSize() * factor)));
    else
        scaled.setPointSizeF(scaled.pointSizeF() * factor);
    scaled.setBold(bold);
    return scaled;
}

ExportCanvas beginExportImage(
    QPainter &painter, const QRectF &target, qreal factor, int smallestPixels)
{
    QFont base = painter.font();
    base.setPixelSize(qMax(smallestPixels, qRound(15 * factor)));
    const ChartStyle style = ChartStyle::forExport(base);
    painter.fillRect(target, style.background);
    const qreal margin = 28 * factor;
    return { style, target.adjusted(margin, margin, -margin, -margin) };
}

} // namespace re
