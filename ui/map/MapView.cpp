// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapView.h"

#include "map/CountryLayer.h"
#include "map/MapItems.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace re {

namespace {
constexpr qreal maximumZoom = 60;
constexpr qreal keyZoomStep = 1.5;
} // namespace

MapView::MapView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_layer(new CountryLayer(this))
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    setOptimizationFlag(QGraphicsView::DontAdjustForAntialiasing);
}

void MapView::showRect(const QRectF &sceneRect, bool asHome)
{
    if (asHome)
        m_home = sceneRect;
    m_framed = sceneRect;
    fit(sceneRect);
}

void MapView::fit(const QRectF &sceneRect)
{
    if (sceneRect.isEmpty() || viewport()->rect().isEmpty())
        return;
    updateHomeScale();
    const QRectF viewport = this->viewport()->rect();
    const qreal scale = std::clamp(
        std::min(viewport.width() / sceneRect.width(), viewport.height() / sceneRect.height()),
        m_homeScale, m_homeScale * maximumZoom);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(sceneRect.center());
    Q_EMIT viewChanged();
}

void MapView::updateHomeScale()
{
    const QRectF viewport = this->viewport()->rect();
    if (m_home.isEmpty() || viewport.isEmpty())
        return;
    m_homeScale = std::min(viewport.width() / m_home.width(), viewport.height() / m_home.height());
}

void MapView::zoomBy(qreal factor, const QPoint &viewportAnchor)
{
    m_framed = QRectF();
    const qreal current = transform().m11();
    const qreal wanted = std::clamp(current * factor, m_homeScale, m_homeScale * maximumZoom);
    if (qFuzzyCompare(wanted, current))
        return;
    const QPoint anchor = viewportAnchor.isNull() ? viewport()->rect().center() : viewportAnchor;
    const QPointF sceneAnchor = mapToScene(anchor);
    setTransform(QTransform::fromScale(wanted, wanted));
    // Put the anchor's scene point back under the anchor.
    const QPointF moved = mapFromScene(sceneAnchor) - QPointF(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(moved.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(moved.y())));
    Q_EMIT viewChanged();
}

qreal MapView::zoom() const
{
    return transform().m11() / m_homeScale;
}

QRectF MapView::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

QString MapView::countryAt(const QPoint &viewportPoint) const
{
    const QList<QGraphicsItem *> found = items(viewportPoint);
    for (const QGraphicsItem *item : found) {
        if (item->type() == CountryItem::Type)
            return static_cast<const CountryItem *>(item)->key();
    }
    return {};
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta), event->position().toPoint());
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(keyZoomStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / keyZoomStep);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressed) {
        if (!m_dragging
            && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            m_framed = QRectF(); // the user's own view from now on
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const QPoint delta = pos - m_lastDragPos;
            m_lastDragPos = pos;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
            verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
            event->accept();
            return;
        }
    }
    setHovered(countryAt(pos));
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        viewport()->unsetCursor();
    } else {
        Q_EMIT countryClicked(countryAt(event->position().toPoint()), event->modifiers());
    }
    event->accept();
}

void MapView::leaveEvent(QEvent *event)
{
    setHovered(QString());
    QGraphicsView::leaveEvent(event);
}

void MapView::resizeEvent(QResizeEvent *event)
{
    const qreal relative = zoom();
    const QPointF center = visibleSceneRect().center();
    QGraphicsView::resizeEvent(event);
    // Keep what is framed in sight; else keep the zoom relative to the home view, so that the
    // whole world stays in sight.
    updateHomeScale();
    if (!m_framed.isEmpty() || relative <= 1.0001) {
        fit(m_framed.isEmpty() ? m_home : m_framed);
        prepareFirstPaint();
        return;
    }
    setTransform(QTransform::fromScale(m_homeScale * relative, m_homeScale * relative));
    centerOn(center);
    Q_EMIT viewChanged();
    prepareFirstPaint();
}

void MapView::prepareFirstPaint()
{
    // Before the first paint the window is still laying out and painting its other panes:
    // the countries are drawn meanwhile on the other core (see CountryLayer). A later size
    // starts again; after the first paint the items paint themselves.
    if (!m_painted && scene() && !viewport()->size().isEmpty())
        m_layer->render(CountryLayer::keyFor(
            scene(), viewport()->size(), viewport()->devicePixelRatioF(), viewportTransform()));
}

void MapView::paintEvent(QPaintEvent *event)
{
    if (m_painted || !scene()) {
        QGraphicsView::paintEvent(event);
        return;
    }
    m_painted = true;
    m_firstPaintUsedLayer = m_layer->showOn(viewport(),
        CountryLayer::keyFor(
            scene(), viewport()->size(), viewport()->devicePixelRatioF(), viewportTransform()));
    QGraphicsView::paintEvent(event);
    m_layer->clear(); // done with: stop showing and free the image
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    Q_EMIT viewChanged();
}

void MapView::setHovered(const QString &key)
{
    if (key == m_hovered)
        return;
    m_hovered = key;
    Q_EMIT countryHovered(key);
}

} // namespace re
