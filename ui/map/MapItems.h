// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/MapPath.h"
#include "map/MapStyle.h"

#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QPainterPath>

class QPainter;

namespace re {

class CountryLayer;
struct MapCountry;

/// Outline colours of the map's highlights, chosen from the palette.
struct MapOutlineColours
{
    QColor border; ///< thin borders between countries
    QColor emphasis; ///< countries of the current section or action, hover
    QColor filter; ///< countries in the entity filter
    QColor grouping; ///< members of the chosen or hovered grouping
    QColor nato; ///< NATO members (dashed)
    QColor labelText;
    QColor labelBackground;
};

MapOutlineColours mapOutlineColours(bool dark, const QColor &highlight);

/// How a country's outline is stroked (a cosmetic pen with round joins; width in pixels):
/// plain values, so that a copy can go to another thread.
struct CountryOutline
{
    QColor color;
    qreal width = 0;
    Qt::PenStyle style = Qt::SolidLine;

    friend bool operator==(const CountryOutline &, const CountryOutline &) = default;
};

/// One country of the map pane's scene. Carries its key (ISO alpha-3) as key() and as
/// data(CountryItem::KeyData); its fill follows the document, its outline the highlights.
/// Draws nothing on a viewport that `layer` (the view's, may be null) shows its image on: the
/// sea draws it there.
class CountryItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr int KeyData = 0;

    /// Highlight flags; the outline shows the strongest one set.
    enum Highlight : unsigned {
        NoHighlight = 0,
        NatoMember = 1,
        GroupingMember = 2,
        InSection = 4,
        Filtered = 8,
        Hovered = 16,
    };

    CountryItem(
        const MapCountry &country, const MapOutlineColours *colours, const CountryLayer *layer);

    QString key() const { return m_key; }
    QString name() const { return m_name; }
    QPointF labelAnchor() const { return m_labelAnchor; }

    CountryLook look() const { return m_look; }
    /// The outline its highlights give it.
    CountryOutline outline() const;
    /// The outline drawn at a zoom (pixels per map unit): zoomed out, far fewer points give the
    /// same pixels (simplified with the map, see MapCountry).
    const MapPath &outlineFor(qreal pixelsPerUnit) const;
    void setLook(const CountryLook &look);
    unsigned highlights() const { return m_highlights; }
    void setHighlights(unsigned flags);
    /// Scene units the widest outline reaches outside the path at the current zoom.
    void setStrokeMargin(qreal margin);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override { return m_path.get(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateStacking();

    QString m_key;
    QString m_name;
    MapPath m_path; // the detailed ones are read when first drawn or hovered
    MapPath m_overviewPath;
    MapPath m_coarsePath;
    MapPath m_mediumPath;
    QRectF m_bounds;
    QPointF m_labelAnchor;
    CountryLook m_look;
    unsigned m_highlights = NoHighlight;
    qreal m_margin = 0;
    const MapOutlineColours *m_colours;
    const CountryLayer *m_layer;
};

/// The sea: the globe's outline, filled. On a viewport that `layer` (the view's, may be null)
/// shows its image on, in the view's first paint, it also draws that image of the countries
/// just above itself (the countries are the only items between the sea and the labels).
class SeaItem : public QGraphicsPathItem
{
public:
    SeaItem(const QPainterPath &sphere, const CountryLayer *layer);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const CountryLayer *m_layer;
};

/// A country name that keeps its size at every zoom, on a light plate so it reads on any fill.
class MapLabelItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    MapLabelItem(const QString &key, const QString &text, const QFont &font,
        const MapOutlineColours *colours);

    QString key() const { return m_key; }
    QString text() const { return m_text; }
    QFont font() const { return m_font; }
    /// The bounds of its country's largest piece (scene coordinates): the label shows only
    /// when it fits in them (CountryExtent::main).
    QRectF countryBounds() const { return m_countryBounds; }
    void setCountryBounds(const QRectF &bounds) { m_countryBounds = bounds; }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_key;
    QString m_text;
    QFont m_font;
    QRectF m_rect;
    QRectF m_countryBounds;
    const MapOutlineColours *m_colours;
};

/// The label font used on screen and in exports.
QFont mapLabelFont(const QFont &base);
/// The rectangle a label takes, centred on `center`.
QRectF mapLabelRect(const QString &text, const QFont &font, const QPointF &center);
/// Draws a label (plate and text) centred on `center`.
void paintMapLabel(QPainter *painter, const QString &text, const QFont &font, const QPointF &center,
    const MapOutlineColours &colours);
/// Draws a country: its fill, hatching and outline. The view's items and CountryLayer's
/// worker both draw with this, so they give the same pixels.
void paintCountry(QPainter *painter, const QPainterPath &path, const CountryLook &look,
    const CountryOutline &outline);
/// Draws a fill with its hatching (the hatching in device pixels, at any zoom).
void paintCountryFill(QPainter *painter, const QPainterPath &path, const CountryLook &look);
/// Draws only the hatching of a look (nothing when it has none).
void paintHatching(QPainter *painter, const QPainterPath &path, const CountryLook &look);

} // namespace re
