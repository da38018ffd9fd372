// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/Antimeridian.h"
#include "geo/Simplify.h"
#include "geo/TopoJson.h"
#include "geo/WorldMap.h"

#include <QFile>
#include <QTest>

using namespace re;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(RE_TEST_DATA "/geo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

QList<GeoFeature> readFeatures(const QString &name)
{
    QString error;
    const auto features = readTopoJson(readData(name), &error);
    if (!features)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *features;
}

/// Longitude/latitude of quantized (x, y) in synthetic-topology.json.
QPointF q(double x, double y)
{
    return { 10 + 0.5 * x, 20 + 0.25 * y };
}

} // namespace

class TestTopoJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsFeatureProperties();
    void decodesDeltasAndDropsJoints();
    void readsReversedArcs();
    void readsHoles();
    void readsMultiPolygons();
    void keysFallBackToName();
    void readsEveryWayOfWritingJson();
    void holesAreNotInside();
    void badFilesGiveOneSentence_data();
    void badFilesGiveOneSentence();
    void unwrapsLongitudes();
    void densifiesLongEdges();
    void cutsRingsAtTheAntimeridian();
    void closesRingsRoundAPole();
    void simplifiesRings();
};

void TestTopoJson::readsFeatureProperties()
{
    const QList<GeoFeature> features = readFeatures(QStringLiteral("synthetic-topology.json"));
    QCOMPARE(features.size(), 5);
    QCOMPARE(features.at(0).id, QStringLiteral("1"));
    QCOMPARE(features.at(0).name, QStringLiteral("Squareland"));
    QCOMPARE(features.at(0).a3, QStringLiteral("AAA"));
    QCOMPARE(features.at(1).id, QStringLiteral("2")); // a numeric id reads as text
    QCOMPARE(features.at(4).name, QStringLiteral("Empty"));
    QVERIFY(features.at(4).polygons.isEmpty()); // null geometry
}

void TestTopoJson::decodesDeltasAndDropsJoints()
{
    const GeoFeature square = readFeatures(QStringLiteral("synthetic-topology.json")).at(0);
    QCOMPARE(square.polygons.size(), 1);
    const QPolygonF outer = square.polygons.at(0).rings.at(0);
    // Three arcs of 2, 2 and 3 points: the two joints are not repeated.
    const QPolygonF expected { q(0, 0), q(8, 0), q(8, 8), q(0, 8), q(0, 0) };
    QCOMPARE(outer, expected);
}

void TestTopoJson::readsReversedArcs()
{
    const GeoFeature neighbour = readFeatures(QStringLiteral("synthetic-topology.json")).at(1);
    QCOMPARE(neighbour.polygons.size(), 1);
    // Arc 4 forwards, then arc 1 (index -2 = ~1) backwards, without its repeated first point.
    const QPolygonF expected { q(8, 0), q(16, 0), q(16, 8), q(8, 8), q(8, 0) };
    QCOMPARE(neighbour.polygons.at(0).rings.at(0), expected);
}

void TestTopoJson::readsHoles()
{
    const GeoFeature square = readFeatures(QStringLiteral("synthetic-topology.json")).at(0);
    QCOMPARE(square.polygons.at(0).rings.size(), 2);
    const QPolygonF expected { q(2, 2), q(2, 4), q(4, 4), q(4, 2), q(2, 2) };
    QCOMPARE(square.polygons.at(0).rings.at(1), expected);
}

void TestTopoJson::readsMultiPolygons()
{
    const GeoFeature islands = readFeatures(QStringLiteral("synthetic-topology.json")).at(2);
    QCOMPARE(islands.polygons.size(), 2);
    QCOMPARE(islands.polygons.at(0).rings.size(), 1);
    QCOMPARE(islands.polygons.at(1).rings.at(0).first(), q(30, 0));
    QCOMPARE(islands.polygons.at(1).rings.at(0).size(), 4);
}

void TestTopoJson::keysFallBackToName()
{
    const QList<GeoFeature> features = readFeatures(QStringLiteral("synthetic-topology.json"));
    QCOMPARE(features.at(0).key(), QStringLiteral("AAA"));
    QCOMPARE(features.at(3).key(), QStringLiteral("Nowhere Land")); // a3 "-99"
    QCOMPARE(features.at(4).key(), QStringLiteral("Empty")); // no a3
}

void TestTopoJson::readsEveryWayOfWritingJson()
{
    // The arcs are read by a fast scanner when the bytes allow; anything else takes the
    // general JSON path. Both give the same features.
    const QByteArray plain = readData(QStringLiteral("synthetic-topology.json"));
    QByteArray escapedKey = plain;
    escapedKey.replace("\"arcs\": [\n    [[0, 0]", "\"\\u0061rcs\": [\n    [[0, 0]");
    QVERIFY(escapedKey != plain);
    QByteArray compact = plain;
    compact.replace(", ", ",").replace(": ", ":").replace("\n", "");
    QString error;
    const auto expected = readTopoJson(plain, &error);
    QVERIFY(expected.has_value());
    QCOMPARE(readTopoJson(escapedKey, &error), expected);
    QCOMPARE(readTopoJson(compact, &error), expected);
}

void TestTopoJson::holesAreNotInside()
{
    const WorldMap map
        = WorldMap::fromFeatures(readFeatures(QStringLiteral("synthetic-topology.json")));
    QCOMPARE(map.countries().size(), 4); // the empty feature has nothing to draw
    const auto keyAt
        = [&map](QPointF lonLat) { return map.keyAt(WorldMap::project(lonLat.x(), lonLat.y())); };
    QCOMPARE(keyAt(q(1, 1)), QStringLiteral("AAA"));
    QCOMPARE(keyAt(q(3, 3)), QString()); // in the hole
    QCOMPARE(keyAt(q(12, 4)), QStringLiteral("BBB"));
    QCOMPARE(keyAt(q(32, 1)), QStringLiteral("CCC"));
    QCOMPARE(keyAt(q(42, 2)), QStringLiteral("Nowhere Land"));
    QCOMPARE(keyAt(q(27, 1)), QString()); // between the islands
}

void TestTopoJson::badFilesGiveOneSentence_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a word the sentence must hold
    QTest::newRow("truncated") << readData(QStringLiteral("synthetic-bad-truncated.json"))
                               << QStringLiteral("JSON");
    QTest::newRow("not a topology") << readData(QStringLiteral("synthetic-bad-not-topology.json"))
                                    << QStringLiteral("topology");
    QTest::newRow("arc index") << readData(QStringLiteral("synthetic-bad-arc-index.json"))
                               << QStringLiteral("arc 5");
    QTest::newRow("position") << readData(QStringLiteral("synthetic-bad-position.json"))
                              << QStringLiteral("position");
    QTest::newRow("no countries") << readData(QStringLiteral("synthetic-bad-no-countries.json"))
                                  << QStringLiteral("\"countries\"");
    QTest::newRow("off the globe")
        << QByteArray(R"({"type": "Topology", "objects": {"countries": {"type": "Polygon",
                          "arcs": [[0]]}}, "arcs": [[[8e117, 0], [10, 0], [10, 5], [8e117, 0]]]})")
        << QStringLiteral("outside the globe");
    QTest::newRow("arc index beyond int64")
        << QByteArray(R"({"type": "Topology", "objects": {"countries": {"type": "Polygon",
                          "arcs": [[3.3e100]]}}, "arcs": [[[0, 0], [10, 0], [10, 5], [0, 0]]]})")
        << QStringLiteral("other than arc indexes");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[1, 2]") << QStringLiteral("topology");
}

void TestTopoJson::badFilesGiveOneSentence()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!readTopoJson(json, &error).has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.endsWith(QLatin1Char('.')));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!WorldMap::fromTopoJson(json, &error).has_value());
}

void TestTopoJson::unwrapsLongitudes()
{
    QPolygonF ring { { 170, 0 }, { -170, 0 }, { -170, 5 }, { 170, 5 }, { 170, 0 } };
    QCOMPARE(Antimeridian::unwrap(&ring), 0.0);
    const QPolygonF expected { { 170, 0 }, { 190, 0 }, { 190, 5 }, { 170, 5 }, { 170, 0 } };
    QCOMPARE(ring, expected);
}

void TestTopoJson::densifiesLongEdges()
{
    const QPolygonF dense
        = Antimeridian::densify(QPolygonF { { 0, 0 }, { 10, 0 }, { 10, 1 } }, 2.0);
    QCOMPARE(dense.size(), 7); // 5 steps along the first edge, 1 along the second
    QCOMPARE(dense.at(1), QPointF(2, 0));
    QCOMPARE(dense.last(), QPointF(10, 1));
}

void TestTopoJson::cutsRingsAtTheAntimeridian()
{
    const WorldMap map
        = WorldMap::fromFeatures(readFeatures(QStringLiteral("synthetic-antimeridian.json")));
    const MapCountry *island = map.country(QStringLiteral("DLI"));
    QVERIFY(island);
    QCOMPARE(map.keyAt(WorldMap::project(179, -17)), QStringLiteral("DLI"));
    QCOMPARE(map.keyAt(WorldMap::project(-179, -17)), QStringLiteral("DLI"));
    QCOMPARE(map.keyAt(WorldMap::project(0, -17)), QString());
    // Two pieces, one at each edge of the map, neither spanning it.
    const QList<QPolygonF> pieces = island->path.get().toSubpathPolygons();
    QCOMPARE(pieces.size(), 2);
    for (const QPolygonF &piece : pieces)
        QVERIFY(piece.boundingRect().width() < 0.05 * map.bounds().width());
}

void TestTopoJson::closesRingsRoundAPole()
{
    const WorldMap map
        = WorldMap::fromFeatures(readFeatures(QStringLiteral("synthetic-antimeridian.json")));
    QCOMPARE(map.keyAt(WorldMap::project(-135, -85)), QStringLiteral("SCP"));
    QCOMPARE(map.keyAt(WorldMap::project(45, -85)), QStringLiteral("SCP"));
    QCOMPARE(map.keyAt(WorldMap::project(170, -89)), QStringLiteral("SCP"));
    QCOMPARE(map.keyAt(WorldMap::project(45, -70)), QString());
    const QRectF bounds = map.country(QStringLiteral("SCP"))->bounds;
    QVERIFY(qAbs(bounds.bottom() - WorldMap::project(0, -90).y()) < 1e-6);
}

void TestTopoJson::simplifiesRings()
{
    // A square with many points along its edges, a bump within the tolerance and a notch
    // deeper than it.
    QPolygonF ring;
    for (int i = 0; i <= 10; ++i)
        ring << QPointF(i, i == 5 ? -0.05 : 0);
    for (int i = 1; i <= 10; ++i)
        ring << QPointF(10, i);
    ring << QPointF(5, 10) << QPointF(5, 8) << QPointF(4.9, 10) << QPointF(0, 10) << QPointF(0, 0);
    const QPolygonF simple = simplifyRing(ring, 0.1);
    QVERIFY(simple.size() < ring.size());
    QVERIFY(simple.contains(QPointF(5, 8))); // the notch stays
    QVERIFY(!simple.contains(QPointF(5, -0.05))); // the bump goes
    QVERIFY(simple.contains(QPointF(10, 10)));
    QCOMPARE(simple.first(), simple.last());
    // A tiny island stays a visible triangle.
    const QPolygonF island { { 0, 0 }, { 0.01, 0 }, { 0.02, 0.01 }, { 0.01, 0.02 }, { 0, 0.01 },
        { 0, 0 } };
    QVERIFY(simplifyRing(island, 1).size() >= 4);
    // Paths keep their fill rule and every ring.
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addPolygon(ring);
    path.addPolygon(island);
    const QPainterPath simplePath = simplifyPath(path, 0.1);
    QCOMPARE(simplePath.fillRule(), Qt::OddEvenFill);
    QCOMPARE(simplePath.toSubpathPolygons().size(), 2);
}

QTEST_GUILESS_MAIN(TestTopoJson)
#include "tst_topojson.moc"
