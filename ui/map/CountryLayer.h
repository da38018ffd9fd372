// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/MapPath.h"
#include "map/MapItems.h"

#include <QFuture>
#include <QImage>
#include <QList>
#include <QObject>
#include <QTransform>
#include <functional>

class QGraphicsScene;
class QWidget;

namespace re {

/// The countries of a map view drawn into one image on a worker thread, for the view's first
/// paint: the view asks for it when it first gets its size, the GUI thread goes on laying out
/// and painting the other panes meanwhile, and the view's first paint draws the image instead
/// of painting 242 countries itself. Only values cross the thread: each country's outline
/// handle (MapPath reads and copies it on the worker), look and outline style.
///
/// An image is used only for exactly what it shows (the viewport's size, the view's transform,
/// every country's outline, look, outline style and stacking); anything else and the countries
/// paint themselves, as they do after the first paint.
///
/// The view hands its layer to the scene's country and sea items: while the image is shown on
/// the viewport an item paints on, a country item draws nothing and the sea item draws the image.
class CountryLayer : public QObject
{
    Q_OBJECT
public:
    /// One country as drawn: which outline (a shared handle, read on the worker if it has not
    /// been read yet), where, with which look.
    struct Shape
    {
        MapPath path;
        QTransform toScene;
        CountryLook look;
        CountryOutline outline;

        friend bool operator==(const Shape &a, const Shape &b)
        {
            return a.path.sharesOutlineWith(b.path) && a.toScene == b.toScene && a.look == b.look
                && a.outline == b.outline;
        }
    };

    /// What an image shows.
    struct Key
    {
        QSize size;
        qreal devicePixelRatio = 1;
        QTransform viewTransform; ///< scene to viewport
        QList<Shape> shapes; ///< bottom to top

        friend bool operator==(const Key &a, const Key &b)
        {
            return a.size == b.size && a.devicePixelRatio == b.devicePixelRatio
                && a.viewTransform == b.viewTransform && a.shapes == b.shapes;
        }
    };

    explicit CountryLayer(QObject *parent = nullptr);
    ~CountryLayer() override;

    /// The key for the countries of `scene` seen through `viewTransform` on a viewport of
    /// `size` (device pixel ratio `dpr`).
    static Key keyFor(
        const QGraphicsScene *scene, const QSize &size, qreal dpr, const QTransform &viewTransform);

    /// Starts drawing `key` on a worker thread (dropping a drawing of another key), unless
    /// it is being drawn already.
    void render(const Key &key);
    /// The image of `key` (waiting for it if it is still being drawn); null when no image of
    /// `key` was asked for.
    const QImage *image(const Key &key);
    /// Shows the image of `key` on `viewport` (waiting for it as image() does) until clear();
    /// false, and nothing shown, when there is no image of `key`.
    bool showOn(const QWidget *viewport, const Key &key);
    /// The image shown on `widget` (the widget an item paints on), else null: null too when
    /// painting elsewhere (another view, an export) or when nothing is shown.
    const QImage *shownOn(const QWidget *widget) const;
    /// Drops the image, ends showing it and drops any drawing under way.
    void clear();

    /// Draws the countries of `key` into a transparent image of the viewport's size (what the
    /// worker does); a null image if `cancelled` says so before the end.
    static QImage paint(const Key &key, const std::function<bool()> &cancelled);

private:
    Key m_key;
    QFuture<QImage> m_future;
    QImage m_image;
    const QWidget *m_shownOn = nullptr;
};

} // namespace re
