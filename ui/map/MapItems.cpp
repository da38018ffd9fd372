// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapItems.h"

#include "common/RolePalette.h"
#include "geo/WorldMap.h"
#include "map/CountryLayer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace re {

namespace {

constexpr qreal labelPaddingX = 3;
constexpr qreal labelPaddingY = 1;
// Below these zooms (pixels per map unit; the whole world is about 2), countries draw
// simplified to within half a pixel.
constexpr qreal overviewBelow = 0.5 / WorldMap::overviewTolerance;
constexpr qreal coarseBelow = 0.5 / WorldMap::coarseTolerance;
constexpr qreal mediumBelow = 0.5 / WorldMap::mediumTolerance;

} // namespace

MapOutlineColours mapOutlineColours(bool dark, const QColor &highlight)
{
    MapOutlineColours c;
    c.border = RolePalette::borderColor(dark);
    c.emphasis = dark ? QColor(0xF2, 0xF2, 0xF2) : QColor(0x1A, 0x1A, 0x1A);
    c.filter = highlight.isValid() ? highlight : QColor(0x30, 0x8C, 0xC6);
    c.grouping = dark ? QColor(0xEE, 0x99, 0xCC) : QColor(0x88, 0x22, 0x55); // Tol's wine
    c.nato = dark ? QColor(0xAA, 0x99, 0xEE) : QColor(0x33, 0x22, 0x88); // Tol's indigo
    c.labelText = dark ? QColor(0xF2, 0xF2, 0xF2) : QColor(0x1A, 0x1A, 0x1A);
    c.labelBackground = dark ? QColor(0x1C, 0x24, 0x2C, 200) : QColor(0xFF, 0xFF, 0xFF, 200);
    return c;
}

CountryItem::CountryItem(
    const MapCountry &country, const MapOutlineColours *colours, const CountryLayer *layer)
    : m_key(country.key)
    , m_name(country.name)
    , m_path(country.path)
    , m_overviewPath(country.overviewPath)
    , m_coarsePath(country.coarsePath)
    , m_mediumPath(country.mediumPath)
    , m_bounds(country.bounds)
    , m_labelAnchor(country.labelAnchor)
    , m_colours(colours)
    , m_layer(layer)
{
    setData(KeyData, m_key);
    setAcceptedMouseButtons(Qt::NoButton); // the view turns clicks into selection changes
}

void CountryItem::setLook(const CountryLook &look)
{
    if (look == m_look)
        return;
    m_look = look;
    updateStacking();
    update();
}

void CountryItem::setHighlights(unsigned flags)
{
    if (flags == m_highlights)
        return;
    m_highlights = flags;
    updateStacking();
    update();
}

void CountryItem::updateStacking()
{
    // Stronger outlines draw above their neighbours' borders: highlights above outlines of a
    // country's own (at most 2 pixels wide, so below one step), the wider on top.
    qreal z = m_look.outline.isValid() ? m_look.outlineWidth / 4 : 0;
    for (unsigned bit = m_highlights; bit; bit >>= 1)
        z += 1;
    setZValue(z);
}

void CountryItem::setStrokeMargin(qreal margin)
{
    if (qFuzzyCompare(margin, m_margin))
        return;
    prepareGeometryChange();
    m_margin = margin;
}

const MapPath &CountryItem::outlineFor(qreal pixelsPerUnit) const
{
    if (pixelsPerUnit < overviewBelow)
        return m_overviewPath;
    if (pixelsPerUnit < coarseBelow)
        return m_coarsePath;
    if (pixelsPerUnit < mediumBelow)
        return m_mediumPath;
    return m_path;
}

CountryOutline CountryItem::outline() const
{
    if (m_highlights & Hovered)
        return { m_colours->emphasis, 2.5 };
    if (m_highlights & Filtered)
        return { m_colours->filter, 2.5 };
    if (m_highlights & InSection)
        return { m_colours->emphasis, 1.8 };
    if (m_highlights & GroupingMember)
        return { m_colours->grouping, 2.0 };
    if (m_highlights & NatoMember)
        return { m_colours->nato, 1.5, Qt::DashLine };
    if (m_look.outline.isValid())
        return { m_look.outline, m_look.outlineWidth };
    return { m_colours->border, 0.6 };
}

QRectF CountryItem::boundingRect() const
{
    return m_bounds.adjusted(-m_margin, -m_margin, m_margin, m_margin);
}

void CountryItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (m_layer && m_layer->shownOn(widget))
        return; // the sea drew this country with all the others
    const MapPath &path = outlineFor(option->levelOfDetailFromTransform(painter->worldTransform()));
    paintCountry(painter, path.get(), m_look, outline());
}

SeaItem::SeaItem(const QPainterPath &sphere, const CountryLayer *layer)
    : QGraphicsPathItem(sphere), m_layer(layer)
{
    setPen(Qt::NoPen);
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
}

void SeaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    QGraphicsPathItem::paint(painter, option, widget);
    if (const QImage *countries = m_layer ? m_layer->shownOn(widget) : nullptr) {
        painter->save();
        painter->resetTransform(); // the image covers the viewport
        painter->drawImage(QPointF(0, 0), *countries);
        painter->restore();
    }
}

MapLabelItem::MapLabelItem(
    const QString &key, const QString &text, const QFont &font, const MapOutlineColours *colours)
    : m_key(key)
    , m_text(text)
    , m_font(font)
    , m_rect(mapLabelRect(text, font, QPointF()))
    , m_colours(colours)
{
    setFlag(ItemIgnoresTransformations);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(100);
}

void MapLabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    paintMapLabel(painter, m_text, m_font, QPointF(), *m_colours);
}

QFont mapLabelFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : 8);
    return font;
}

QRectF mapLabelRect(const QString &text, const QFont &font, const QPointF &center)
{
    const QFontMetricsF metrics(font);
    const QSizeF size(
        metrics.horizontalAdvance(text) + 2 * labelPaddingX, metrics.height() + 2 * labelPaddingY);
    return QRectF(center - QPointF(size.width() / 2, size.height() / 2), size);
}

void paintMapLabel(QPainter *painter, const QString &text, const QFont &font, const QPointF &center,
    const MapOutlineColours &colours)
{
    const QRectF rect = mapLabelRect(text, font, center);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.labelBackground);
    painter->drawRoundedRect(rect, 3, 3);
    painter->setFont(font);
    painter->setPen(colours.labelText);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

void paintCountry(QPainter *painter, const QPainterPath &path, const CountryLook &look,
    const CountryOutline &outline)
{
    paintCountryFill(painter, path, look);
    QPen pen(outline.color, outline.width, outline.style);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->strokePath(path, pen);
}

void paintCountryFill(QPainter *painter, const QPainterPath &path, const CountryLook &look)
{
    painter->fillPath(path, look.fill);
    paintHatching(painter, path, look);
}

void paintHatching(QPainter *painter, const QPainterPath &path, const CountryLook &look)
{
    if (look.pattern == Qt::NoBrush)
        return;
    // Hatching in device pixels: the same density at every zoom and in every export.
    painter->save();
    const QTransform transform = painter->worldTransform();
    painter->resetTransform();
    painter->fillPath(transform.map(path), QBrush(look.patternColor, look.pattern));
    painter->restore();
}

} // namespace re
