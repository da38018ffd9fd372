// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/TopoJson.h"

#include "geo/JsonScan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::TopoJson)
};

/// Raised inside the reader; turned into the one-sentence error at the top.
struct ReadError
{
    QString message;
};

struct Transform
{
    bool quantized = false;
    double kx = 1, ky = 1, dx = 0, dy = 0;
};

Transform readTransform(const QJsonObject &root)
{
    Transform t;
    const QJsonValue value = root.value(QLatin1String("transform"));
    if (value.isUndefined() || value.isNull())
        return t;
    const QJsonArray scale = value.toObject().value(QLatin1String("scale")).toArray();
    const QJsonArray translate = value.toObject().value(QLatin1String("translate")).toArray();
    if (scale.size() < 2 || translate.size() < 2 || !scale.at(0).isDouble()
        || !scale.at(1).isDouble() || !translate.at(0).isDouble() || !translate.at(1).isDouble())
        throw ReadError { Tr::tr("The map file's transform lacks a scale or a translation.") };
    t.quantized = true;
    t.kx = scale.at(0).toDouble();
    t.ky = scale.at(1).toDouble();
    t.dx = translate.at(0).toDouble();
    t.dy = translate.at(1).toDouble();
    return t;
}

/// The positions of every arc as written (quantized deltas or absolute).
QList<QPolygonF> readArcs(const QJsonArray &arcs)
{
    QList<QPolygonF> result;
    result.reserve(arcs.size());
    for (const QJsonValue &arcValue : arcs) {
        if (!arcValue.isArray())
            throw ReadError { Tr::tr("An arc of the map file is not a list of positions.") };
        const QJsonArray arc = arcValue.toArray();
        QPolygonF points;
        points.reserve(arc.size());
        for (const QJsonValue &positionValue : arc) {
            const QJsonArray position = positionValue.toArray();
            if (position.size() < 2 || !position.at(0).isDouble() || !position.at(1).isDouble())
                throw ReadError { Tr::tr(
                    "A position in the map file's arcs is not a pair of numbers.") };
            points.append(QPointF(position.at(0).toDouble(), position.at(1).toDouble()));
        }
        result.append(points);
    }
    return result;
}

/// Longitudes a map may use: one turn either side of the usual range, for rings that cross the
/// antimeridian written unwrapped (Fiji, Chukotka). Latitudes allow rounding at the poles.
constexpr double MaxLongitude = 540.0;
constexpr double MaxLatitude = 90.5;

/// Refuses a position that is not on the globe: the map code cuts, densifies and projects in
/// steps of degrees, so a huge or infinite coordinate would never finish.
void checkOnGlobe(const QPointF &point)
{
    if (!(std::abs(point.x()) <= MaxLongitude) || !(std::abs(point.y()) <= MaxLatitude)) {
        throw ReadError { Tr::tr("A position in the map file lies outside the globe "
                                 "(longitude %1, latitude %2).")
                              .arg(point.x(), 0, 'g', 6)
                              .arg(point.y(), 0, 'g', 6) };
    }
}

/// Turns written positions into longitude/latitude: running sums, scaled and translated,
/// when the topology is quantized. Every position must then lie on the globe.
void decodeArcs(QList<QPolygonF> *arcs, const Transform &t)
{
    for (QPolygonF &arc : *arcs) {
        double x = 0, y = 0;
        for (QPointF &point : arc) {
            if (t.quantized) {
                x += point.x();
                y += point.y();
                point = QPointF(x * t.kx + t.dx, y * t.ky + t.dy);
            }
            checkOnGlobe(point);
        }
    }
}

class GeometryReader
{
public:
    explicit GeometryReader(const QList<QPolygonF> &arcs) : m_arcs(arcs) { }

    QPolygonF ring(const QJsonValue &value) const
    {
        if (!value.isArray())
            throw ReadError { Tr::tr("A ring of the map file is not a list of arc indexes.") };
        QPolygonF ring;
        for (const QJsonValue &indexValue : value.toArray()) {
            const double number = indexValue.toDouble(std::nan(""));
            // Whole numbers that fit an index; 2^53 is where doubles stop holding every one.
            if (!indexValue.isDouble() || number != std::floor(number)
                || std::abs(number) > 9007199254740992.0)
                throw ReadError { Tr::tr("A ring of the map file holds something other than arc "
                                         "indexes.") };
            const qint64 index = qint64(number);
            const qint64 arcIndex = index >= 0 ? index : ~index;
            if (arcIndex >= m_arcs.size()) {
                throw ReadError { Tr::tr("The map file refers to arc %1 but holds only %2 arcs.")
                                      .arg(index)
                                      .arg(m_arcs.size()) };
            }
            const QPolygonF &arc = m_arcs.at(arcIndex);
            // The first point of every arc after the first repeats the previous arc's last.
            const qsizetype skip = ring.isEmpty() ? 0 : 1;
            if (index >= 0) {
                for (qsizetype i = skip; i < arc.size(); ++i)
                    ring.append(arc.at(i));
            } else {
                for (qsizetype i = arc.size() - 1 - skip; i >= 0; --i)
                    ring.append(arc.at(i));
            }
        }
        return ring;
    }

    GeoPolygon polygon(const QJsonValue &value) const
    {
        if (!value.isArray())
            throw ReadError { Tr::tr("A polygon of the map file is not a list of rings.") };
        GeoPolygon polygon;
        for (const QJsonValue &ringValue : value.toArray()) {
            QPolygonF r = ring(ringValue);
            if (!r.isEmpty())
                polygon.rings.append(std::move(r));
        }
        return polygon;
    }

    /// Appends the polygons of a geometry object (collections are flattened).
    void readGeometry(const QJsonObject &geometry, QList<GeoPolygon> *polygons, int depth = 0) const
    {
        if (depth > 16)
            throw ReadError { Tr::tr("The map file nests geometry collections too deeply.") };
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue arcs = geometry.value(QLatin1String("arcs"));
        if (type == QLatin1String("Polygon")) {
            GeoPolygon p = polygon(arcs);
            if (!p.rings.isEmpty())
                polygons->append(std::move(p));
        } else if (type == QLatin1String("MultiPolygon")) {
            if (!arcs.isArray())
                throw ReadError { Tr::tr(
                    "A multipolygon of the map file is not a list of polygons.") };
            for (const QJsonValue &polygonValue : arcs.toArray()) {
                GeoPolygon p = polygon(polygonValue);
                if (!p.rings.isEmpty())
                    polygons->append(std::move(p));
            }
        } else if (type == QLatin1String("GeometryCollection")) {
            for (const QJsonValue &child : geometry.value(QLatin1String("geometries")).toArray())
                readGeometry(child.toObject(), polygons, depth + 1);
        }
        // Points, lines and null geometries have no area to draw.
    }

    GeoFeature feature(const QJsonObject &geometry) const
    {
        GeoFeature f;
        const QJsonValue id = geometry.value(QLatin1String("id"));
        f.id = id.isDouble() ? QString::number(id.toDouble(), 'g', 16) : id.toString();
        const QJsonObject properties = geometry.value(QLatin1String("properties")).toObject();
        f.name = properties.value(QLatin1String("name")).toString();
        f.a3 = properties.value(QLatin1String("a3")).toString();
        readGeometry(geometry, &f.polygons);
        return f;
    }

private:
    const QList<QPolygonF> &m_arcs;
};

} // namespace

QString GeoFeature::key() const
{
    if (a3.isEmpty() || a3 == QLatin1String("-99"))
        return name;
    return a3;
}

std::optional<QList<GeoFeature>> readTopoJson(
    const QByteArray &json, QString *error, const QString &objectName)
{
    try {
        // Fast path: the arcs (nearly all of a world map's bytes) read by a small scanner, the
        // rest by QJsonDocument. Anything unexpected falls back to QJsonDocument for all.
        QJsonObject root;
        std::optional<QList<QPolygonF>> arcs;
        if (const std::optional<ByteSpan> span = findRootMember(json, "arcs")) {
            arcs = scanArcs(QByteArrayView(json).sliced(span->begin, span->end - span->begin));
            if (arcs) {
                const QByteArray rest
                    = json.left(span->begin) + QByteArrayLiteral("[]") + json.mid(span->end);
                QJsonParseError parseError;
                root = QJsonDocument::fromJson(rest, &parseError).object();
                if (parseError.error != QJsonParseError::NoError)
                    arcs.reset();
            }
        }
        if (!arcs) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                throw ReadError { Tr::tr("The map file is not valid JSON (%1 at byte %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset) };
            }
            root = document.object();
        }
        if (root.value(QLatin1String("type")).toString() != QLatin1String("Topology"))
            throw ReadError { Tr::tr("The map file is not a TopoJSON topology.") };
        const QJsonValue arcsValue = root.value(QLatin1String("arcs"));
        if (!arcsValue.isArray())
            throw ReadError { Tr::tr("The map file has no list of arcs.") };
        const QJsonValue object = root.value(QLatin1String("objects")).toObject().value(objectName);
        if (!object.isObject())
            throw ReadError { Tr::tr("The map file has no object named \"%1\".").arg(objectName) };

        if (!arcs)
            arcs = readArcs(arcsValue.toArray());
        decodeArcs(&*arcs, readTransform(root));
        const GeometryReader reader(*arcs);
        QList<GeoFeature> features;
        const QJsonObject objectGeometry = object.toObject();
        if (objectGeometry.value(QLatin1String("type")).toString()
            == QLatin1String("GeometryCollection")) {
            const QJsonArray geometries
                = objectGeometry.value(QLatin1String("geometries")).toArray();
            features.reserve(geometries.size());
            for (const QJsonValue &geometry : geometries) {
                if (!geometry.isObject())
                    throw ReadError { Tr::tr("A geometry of the map file is not an object.") };
                features.append(reader.feature(geometry.toObject()));
            }
        } else {
            features.append(reader.feature(objectGeometry));
        }
        return features;
    } catch (const ReadError &e) {
        if (error)
            *error = e.message;
        return std::nullopt;
    }
}

} // namespace re
