// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace re {

class CountryLayer;

/// The map pane's view: wheel and +/- keys zoom (within limits), dragging pans, a click
/// without a drag reports the country under the pointer, and so does hovering.
class MapView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit MapView(QGraphicsScene *scene, QWidget *parent = nullptr);

    /// Shows `sceneRect` as large as fits (within the zoom's limits), and makes it the fully
    /// zoomed-out view when `asHome` is set. The view keeps it framed as it is resized (also
    /// when asked before the view has a size) until the user zooms or pans.
    void showRect(const QRectF &sceneRect, bool asHome = false);
    /// What the view keeps framed; empty once the user zoomed or panned.
    QRectF framedRect() const { return m_framed; }
    /// Multiplies the zoom, keeping the scene point under `viewportAnchor` in place (the
    /// viewport's centre when it is null). A zoom of the user's: the view stops keeping a
    /// rectangle framed.
    void zoomBy(qreal factor, const QPoint &viewportAnchor = {});
    /// Current zoom relative to the home view (1 = home).
    qreal zoom() const;
    /// The part of the scene the viewport shows.
    QRectF visibleSceneRect() const;
    /// Key of the country under a viewport point, empty for the sea.
    QString countryAt(const QPoint &viewportPoint) const;
    /// Whether the view's first paint drew the countries from CountryLayer's image.
    bool firstPaintUsedCountryLayer() const { return m_firstPaintUsedLayer; }
    /// The layer that draws the first paint's countries, for the scene's country and sea items.
    const CountryLayer *countryLayer() const { return m_layer; }

Q_SIGNALS:
    void countryClicked(const QString &key, Qt::KeyboardModifiers modifiers);
    void countryHovered(const QString &key);
    /// The zoom, the scroll position or the size changed.
    void viewChanged();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setHovered(const QString &key);
    void fit(const QRectF &sceneRect);
    void updateHomeScale();
    void prepareFirstPaint();

    QRectF m_home;
    QRectF m_framed;
    qreal m_homeScale = 1;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_pressed = false;
    bool m_dragging = false;
    QString m_hovered;
    CountryLayer *m_layer;
    bool m_painted = false;
    bool m_firstPaintUsedLayer = false;
};

} // namespace re
