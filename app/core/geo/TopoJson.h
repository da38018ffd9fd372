// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPolygonF>
#include <QString>
#include <optional>

namespace re {

/// One polygon in longitude/latitude degrees: rings[0] is the outer ring, the others are holes.
/// Every ring is closed (its last point repeats its first), as TopoJSON writes them.
struct GeoPolygon
{
    QList<QPolygonF> rings;
    friend bool operator==(const GeoPolygon &, const GeoPolygon &) = default;
};

/// One feature of a TopoJSON object (a country in the world map).
struct GeoFeature
{
    QString id; ///< the feature's id ("578"), empty when it has none
    QString name; ///< properties.name
    QString a3; ///< properties.a3 (ISO 3166-1 alpha-3), empty when missing
    QList<GeoPolygon> polygons;

    /// The key a map uses for the feature: the alpha-3 code, or the name when the code is
    /// missing or "-99" (Natural Earth's "no code").
    QString key() const;
    friend bool operator==(const GeoFeature &, const GeoFeature &) = default;
};

/// Decodes the object `objectName` of a TopoJSON Topology into features: arcs are decoded once
/// (delta-decoded and transformed when the topology is quantized), negative arc indexes read
/// arcs[~i] reversed, and each ring concatenates its arcs without repeating the joints.
/// Polygon and MultiPolygon geometries are read; other geometry types give features without
/// polygons. Returns nullopt with one sentence in *error when the file is not such a topology.
std::optional<QList<GeoFeature>> readTopoJson(const QByteArray &json, QString *error,
    const QString &objectName = QStringLiteral("countries"));

} // namespace re
