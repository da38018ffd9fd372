// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/MapStyle.h"

#include <QWidget>

class QPainter;

namespace re {

/// Lays the entries out in rows that wrap within rect.width() and paints them (swatch, label,
/// count) in `textColor`; with a null painter it only measures. Returns the height used.
qreal paintMapLegend(QPainter *painter, const QRectF &rect, const QList<MapLegendEntry> &entries,
    const QFont &font, const QColor &textColor, const QColor &swatchBorder);

/// The text of one legend entry: "priority partner (3)".
QString mapLegendText(const MapLegendEntry &entry);

/// The map pane's legend: the roles present, with counts.
class MapLegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MapLegendWidget(QWidget *parent = nullptr);

    void setEntries(const QList<MapLegendEntry> &entries);
    QList<MapLegendEntry> entries() const { return m_entries; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<MapLegendEntry> m_entries;
};

} // namespace re
