// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/WorldMap.h"

#include "geo/Antimeridian.h"
#include "geo/EqualEarth.h"
#include "geo/Simplify.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>
#include <QLoggingCategory>
#include <QResource>
#include <algorithm>
#include <cmath>

// Timings at debug level: QT_LOGGING_RULES="re.geo.debug=true" shows them.
Q_LOGGING_CATEGORY(lcGeo, "re.geo", QtWarningMsg)

namespace re {

namespace {

/// "REW3" and the stream version of WorldMap::toBinary(); a change of the layout changes the
/// magic's last character.
constexpr quint32 BinaryMagic = 0x52455733;
constexpr QDataStream::Version BinaryStreamVersion = QDataStream::Qt_6_4;

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

/// The summed area of a path's rings (holes count as area too: the weight of a label).
double pathArea(const QPainterPath &path)
{
    double area = 0;
    for (const QPolygonF &ring : path.toSubpathPolygons())
        area += std::abs(signedArea(ring));
    return area;
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
    return { cx / (6 * area), cy / (6 * area) };
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
    return { p.x() * scale, -p.y() * scale };
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
        // Stored uncompressed (app/precompute/CMakeLists.txt): read in place, not copied.
        const QResource resource(QStringLiteral(":/data/world-map.bin"));
        if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression) {
            qCWarning(lcGeo) << "The world map resource is missing or compressed";
            return WorldMap();
        }
        QString error;
        std::optional<WorldMap> read
            = fromBinary(QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()),
                             qsizetype(resource.size())),
                &error);
        if (!read) {
            qCWarning(lcGeo) << "The world map resource is unusable:" << error;
            return WorldMap();
        }
        qCDebug(lcGeo) << "World map: read in" << timer.elapsed() << "ms,"
                       << read->countries().size() << "countries";
        return std::move(*read);
    }();
    return map;
}

QByteArray WorldMap::toBinary() const
{
    QByteArray data;
    QDataStream out(&data, QIODevice::WriteOnly);
    out.setVersion(BinaryStreamVersion);
    out << BinaryMagic << quint32(m_countries.size());
    for (const MapCountry &country : m_countries) {
        out << country.key << country.name << country.numericId << country.bounds
            << country.labelAnchor << country.area;
        for (const MapPath *path :
            { &country.path, &country.overviewPath, &country.coarsePath, &country.mediumPath })
            MapPath::write(out, path->get());
    }
    out << m_bounds;
    return data;
}

std::optional<WorldMap> WorldMap::fromBinary(const QByteArray &data, QString *error)
{
    QDataStream in(data);
    in.setVersion(BinaryStreamVersion);
    quint32 magic = 0;
    quint32 count = 0;
    in >> magic >> count;
    // Every country takes far more than 64 bytes: a larger count is not this format.
    if (in.status() != QDataStream::Ok || magic != BinaryMagic || count > data.size() / 64) {
        if (error)
            *error = QStringLiteral("This is not a precomputed world map.");
        return std::nullopt;
    }
    WorldMap map;
    map.m_countries.resize(count);
    bool pathsRead = true;
    for (MapCountry &country : map.m_countries) {
        in >> country.key >> country.name >> country.numericId >> country.bounds
            >> country.labelAnchor >> country.area;
        for (MapPath *path :
            { &country.path, &country.overviewPath, &country.coarsePath, &country.mediumPath }) {
            std::optional<MapPath> read = MapPath::readDeferred(in, data);
            pathsRead = pathsRead && read;
            if (!pathsRead)
                break;
            *path = std::move(*read);
        }
        if (!pathsRead)
            break;
    }
    in >> map.m_bounds;
    if (!pathsRead || in.status() != QDataStream::Ok || !in.atEnd()) {
        if (error)
            *error = QStringLiteral("The precomputed world map is truncated or damaged.");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < map.m_countries.size(); ++i)
        map.m_index.insert(map.m_countries.at(i).key, i);
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
    QList<QPainterPath> paths; // of map.m_countries, in order
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
            map.m_countries.append(country);
            paths.append(QPainterPath());
            paths.last().setFillRule(Qt::OddEvenFill);
            map.m_index.insert(key, index);
        }
        QPainterPath &path = paths[index];
        QList<QPolygonF> &outer = outerPieces[key];
        for (const GeoPolygon &polygon : feature.polygons) {
            for (qsizetype r = 0; r < polygon.rings.size(); ++r) {
                for (const QPolygonF &piece : Antimeridian::prepareRing(polygon.rings.at(r))) {
                    QPolygonF projected;
                    projected.reserve(piece.size());
                    for (const QPointF &p : piece)
                        projected.append(project(p.x(), p.y()));
                    path.addPolygon(projected);
                    path.closeSubpath();
                    if (r == 0)
                        outer.append(projected);
                }
            }
        }
    }
    for (qsizetype i = 0; i < map.m_countries.size(); ++i) {
        MapCountry &country = map.m_countries[i];
        const QPainterPath &path = paths.at(i);
        country.path = path;
        country.bounds = path.boundingRect();
        country.labelAnchor = labelAnchor(outerPieces.value(country.key), country.bounds);
        country.area = pathArea(path);
        country.overviewPath = simplifyPath(path, overviewTolerance);
        country.coarsePath = simplifyPath(path, coarseTolerance);
        country.mediumPath = simplifyPath(path, mediumTolerance);
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
        if (country.bounds.contains(mapPoint) && country.path.get().contains(mapPoint))
            return country.key;
    }
    return {};
}

} // namespace re
