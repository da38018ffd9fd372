// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/WorldMap.h"

#include "geo/Antimeridian.h"
#include "geo/EqualEarth.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

// Timings at debug level: QT_LOGGING_RULES="re.geo.debug=true" shows them.
Q_LOGGING_CATEGORY(lcGeo, "re.geo", QtWarningMsg)

namespace re {

namespace {

double signedArea(const QPolygonF &polygon)
{
    double area = 0;
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % n);
        area += a.x() * b.y() - b.x() * a.y();
    }
    return area / 2;
}

QPointF centroid(const QPolygonF &polygon, double area)
{
    double cx = 0, cy = 0;
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % n);
        const double cross = a.x() * b.y() - b.x() * a.y();
        cx += (a.x() + b.x()) * cross;
        cy += (a.y() + b.y()) * cross;
    }
    return {cx / (6 * area), cy / (6 * area)};
}

/// The middle of the widest stretch of the polygon on the horizontal line through y.
std::optional<QPointF> widestInside(const QPolygonF &polygon, double y)
{
    QList<double> crossings;
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at((i + 1) % n);
        if ((a.y() <= y) != (b.y() <= y))
            crossings.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
    }
    std::sort(crossings.begin(), crossings.end());
    std::optional<QPointF> best;
    double widest = -1;
    for (qsizetype i = 0; i + 1 < crossings.size(); i += 2) {
        const double width = crossings.at(i + 1) - crossings.at(i);
        if (width > widest) {
            widest = width;
            best = QPointF((crossings.at(i) + crossings.at(i + 1)) / 2, y);
        }
    }
    return best;
}

/// A point for the label: the centroid of the largest outer piece when it falls inside it,
/// else the middle of the piece's widest stretch at the centroid's height.
QPointF labelAnchor(const QList<QPolygonF> &outerPieces, const QRectF &fallback)
{
    const QPolygonF *largest = nullptr;
    double largestArea = 0;
    for (const QPolygonF &piece : outerPieces) {
        const double area = std::abs(signedArea(piece));
        if (area > largestArea) {
            largestArea = area;
            largest = &piece;
        }
    }
    if (!largest)
        return fallback.center();
    const QPointF center = centroid(*largest, signedArea(*largest));
    if (largest->containsPoint(center, Qt::OddEvenFill))
        return center;
    return widestInside(*largest, center.y()).value_or(largest->boundingRect().center());
}

} // namespace

QPointF WorldMap::project(double longitude, double latitude)
{
    const QPointF p = EqualEarth::project(longitude, latitude);
    return {p.x() * scale, -p.y() * scale};
}

QRectF WorldMap::projectedBounds(const QRectF &lonLatBox)
{
    QPolygonF box;
    box << lonLatBox.topLeft() << lonLatBox.topRight() << lonLatBox.bottomRight()
        << lonLatBox.bottomLeft() << lonLatBox.topLeft();
    QPolygonF projected;
    for (const QPointF &p : Antimeridian::densify(box, 1.0))
        projected.append(project(p.x(), p.y()));
    return projected.boundingRect();
}

QPainterPath WorldMap::sphere()
{
    QPolygonF outline;
    outline << QPointF(-180, -90) << QPointF(-180, 90) << QPointF(180, 90) << QPointF(180, -90)
            << QPointF(-180, -90);
    QPainterPath path;
    QPolygonF projected;
    for (const QPointF &p : Antimeridian::densify(outline, 2.0))
        projected.append(project(p.x(), p.y()));
    path.addPolygon(projected);
    path.closeSubpath();
    return path;
}

const WorldMap &WorldMap::builtin()
{
    static const WorldMap map = [] {
        QElapsedTimer timer;
        timer.start();
        QFile file(QStringLiteral(":/data/world-50m.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcGeo) << "The world map resource cannot be read:" << file.errorString();
            return WorldMap();
        }
        QString error;
        const std::optional<QList<GeoFeature>> features = readTopoJson(file.readAll(), &error);
        if (!features) {
            qCWarning(lcGeo) << "The world map resource is unusable:" << error;
            return WorldMap();
        }
        const qint64 decoded = timer.elapsed();
        WorldMap built = fromFeatures(*features);
        qCDebug(lcGeo) << "World map: decoded in" << decoded << "ms, cut and projected in"
                       << timer.elapsed() - decoded << "ms," << built.countries().size()
                       << "countries";
        return built;
    }();
    return map;
}

std::optional<WorldMap> WorldMap::fromTopoJson(const QByteArray &json, QString *error)
{
    const std::optional<QList<GeoFeature>> features = readTopoJson(json, error);
    if (!features)
        return std::nullopt;
    return fromFeatures(*features);
}

WorldMap WorldMap::fromFeatures(const QList<GeoFeature> &features)
{
    WorldMap map;
    QHash<QString, QList<QPolygonF>> outerPieces;
    for (const GeoFeature &feature : features) {
        const QString key = feature.key();
        if (key.isEmpty() || feature.polygons.isEmpty())
            continue;
        qsizetype index = map.m_index.value(key, -1);
        if (index < 0) {
            index = map.m_countries.size();
            MapCountry country;
            country.key = key;
            country.name = feature.name;
            country.numericId = feature.id;
            country.path.setFillRule(Qt::OddEvenFill);
            map.m_countries.append(country);
            map.m_index.insert(key, index);
        }
        MapCountry &country = map.m_countries[index];
        QList<QPolygonF> &outer = outerPieces[key];
        for (const GeoPolygon &polygon : feature.polygons) {
            for (qsizetype r = 0; r < polygon.rings.size(); ++r) {
                for (const QPolygonF &piece : Antimeridian::prepareRing(polygon.rings.at(r))) {
                    QPolygonF projected;
                    projected.reserve(piece.size());
                    for (const QPointF &p : piece)
                        projected.append(project(p.x(), p.y()));
                    country.path.addPolygon(projected);
                    country.path.closeSubpath();
                    if (r == 0)
                        outer.append(projected);
                }
            }
        }
    }
    for (MapCountry &country : map.m_countries) {
        country.bounds = country.path.boundingRect();
        country.labelAnchor = labelAnchor(outerPieces.value(country.key), country.bounds);
        map.m_bounds = map.m_bounds.united(country.bounds);
    }
    return map;
}

const MapCountry *WorldMap::country(const QString &key) const
{
    const qsizetype index = m_index.value(key, -1);
    return index < 0 ? nullptr : &m_countries.at(index);
}

QString WorldMap::keyAt(const QPointF &mapPoint) const
{
    for (const MapCountry &country : m_countries) {
        if (country.bounds.contains(mapPoint) && country.path.contains(mapPoint))
            return country.key;
    }
    return {};
}

} // namespace re
