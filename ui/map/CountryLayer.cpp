// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/CountryLayer.h"

#include <QGraphicsScene>
#include <QPainter>
#include <QPromise>
#include <QStyleOptionGraphicsItem>
#include <QThreadPool>
#include <memory>

namespace re {

CountryLayer::CountryLayer(QObject *parent) : QObject(parent) { }

CountryLayer::~CountryLayer()
{
    clear();
}

CountryLayer::Key CountryLayer::keyFor(
    const QGraphicsScene *scene, const QSize &size, qreal dpr, const QTransform &viewTransform)
{
    Key key;
    key.size = size;
    key.devicePixelRatio = dpr;
    key.viewTransform = viewTransform;
    const QList<QGraphicsItem *> items = scene->items(Qt::AscendingOrder); // bottom to top
    for (const QGraphicsItem *item : items) {
        if (item->type() != CountryItem::Type || !item->isVisible())
            continue;
        const auto *country = static_cast<const CountryItem *>(item);
        Shape shape;
        shape.toScene = country->sceneTransform();
        shape.path = country->outlineFor(
            QStyleOptionGraphicsItem::levelOfDetailFromTransform(shape.toScene * viewTransform));
        shape.look = country->look();
        shape.outline = country->outline();
        key.shapes.append(shape);
    }
    return key;
}

void CountryLayer::render(const Key &key)
{
    if (m_future.isValid() && key == m_key)
        return; // being drawn, or drawn (clear() drops a cancelled drawing)
    clear();
    m_key = key;
    auto promise = std::make_shared<QPromise<QImage>>();
    m_future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, key] {
        QImage image = paint(key, [&promise] { return promise->isCanceled(); });
        if (!image.isNull())
            promise->addResult(std::move(image));
        promise->finish();
    });
}

const QImage *CountryLayer::image(const Key &key)
{
    if (!m_future.isValid() || !(key == m_key))
        return nullptr;
    if (m_image.isNull()) {
        m_future.waitForFinished();
        if (m_future.resultCount() > 0)
            m_image = m_future.result();
    }
    return m_image.isNull() ? nullptr : &m_image;
}

bool CountryLayer::showOn(const QWidget *viewport, const Key &key)
{
    m_shownOn = image(key) ? viewport : nullptr;
    return m_shownOn != nullptr;
}

const QImage *CountryLayer::shownOn(const QWidget *widget) const
{
    return widget && widget == m_shownOn ? &m_image : nullptr;
}

void CountryLayer::clear()
{
    if (m_future.isValid()) {
        m_future.cancel();
        m_future.waitForFinished();
    }
    m_future = {};
    m_key = {};
    m_image = {};
    m_shownOn = nullptr;
}

QImage CountryLayer::paint(const Key &key, const std::function<bool()> &cancelled)
{
    QImage image(key.size * key.devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(key.devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    for (qsizetype i = 0; i < key.shapes.size(); ++i) {
        if (i % 32 == 0 && cancelled())
            return {};
        const Shape &shape = key.shapes.at(i);
        // A copy of the points only: QPainterPath keeps caches that drawing fills in, and the
        // GUI thread may be drawing or hit-testing with the shared outline meanwhile.
        const QPainterPath &shared = shape.path.get();
        QPainterPath path;
        path.setFillRule(shared.fillRule());
        path.addPath(shared);
        painter.setWorldTransform(shape.toScene * key.viewTransform);
        paintCountry(&painter, path, shape.look, shape.outline);
    }
    return image;
}

} // namespace re
