// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapLegend.h"

#include "map/MapItems.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace re {

namespace {
constexpr qreal margin = 4;
constexpr qreal gap = 14; // between entries
constexpr qreal swatchGap = 5;
} // namespace

QString mapLegendText(const MapLegendEntry &entry)
{
    if (entry.count < 0)
        return entry.label;
    return QCoreApplication::translate("re::MapPane", "%1 (%2)").arg(entry.label).arg(entry.count);
}

qreal paintMapLegend(QPainter *painter, const QRectF &rect, const QList<MapLegendEntry> &entries,
    const QFont &font, const QColor &textColor, const QColor &swatchBorder)
{
    const QFontMetricsF metrics(font);
    const qreal lineHeight = std::ceil(metrics.height()) + 4;
    const QSizeF swatch(std::round(metrics.height() * 1.3), std::round(metrics.height() * 0.8));
    qreal x = rect.left() + margin;
    qreal y = rect.top() + margin;
    if (painter) {
        painter->save();
        painter->setFont(font);
    }
    for (const MapLegendEntry &entry : entries) {
        const QString text = mapLegendText(entry);
        const qreal width = swatch.width() + swatchGap + metrics.horizontalAdvance(text);
        if (x > rect.left() + margin && x + width > rect.right() - margin) {
            x = rect.left() + margin;
            y += lineHeight;
        }
        if (painter) {
            const QRectF box(QPointF(x, y + (lineHeight - swatch.height()) / 2), swatch);
            QPainterPath path;
            path.addRect(box);
            paintCountryFill(painter, path, entry.look);
            // The swatch has the outline the map gives the countries it stands for.
            const bool own = entry.look.outline.isValid();
            painter->setPen(own ? QPen(entry.look.outline, std::min(entry.look.outlineWidth, 1.5))
                                : QPen(swatchBorder, 0.8));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(box);
            painter->setPen(textColor);
            const QRectF textRect(x + swatch.width() + swatchGap, y, width, lineHeight);
            painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        x += width + gap;
    }
    if (painter)
        painter->restore();
    return entries.isEmpty() ? 0 : y + lineHeight + margin - rect.top();
}

MapLegendWidget::MapLegendWidget(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void MapLegendWidget::setEntries(const QList<MapLegendEntry> &entries)
{
    m_entries = entries;
    updateGeometry();
    update();
}

int MapLegendWidget::heightForWidth(int width) const
{
    const QRectF rect(0, 0, width, 0);
    const qreal height = paintMapLegend(nullptr, rect, m_entries, font(), {}, {});
    return int(std::ceil(height));
}

QSize MapLegendWidget::sizeHint() const
{
    const int width = 400;
    return { width, heightForWidth(width) };
}

QSize MapLegendWidget::minimumSizeHint() const
{
    return { 100, heightForWidth(100) };
}

void MapLegendWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintMapLegend(&painter, rect(), m_entries, font(), palette().color(QPalette::WindowText),
        palette().color(QPalette::Mid));
}

} // namespace re
