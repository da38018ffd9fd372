// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/EqualEarth.h"
#include "geo/WorldMap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <cmath>

using namespace re;

class TestWorldMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void projectsEqualEarth_data();
    void projectsEqualEarth();
    void loadsTheBuiltinMap();
    void precomputedMapEqualsTheTopoJson();
    void binaryFormRoundTrips();
    void refusesDamagedBinaryForms();
    void readsDetailedOutlinesOnFirstUse();
    void placesProbesInTheirCountries_data();
    void placesProbesInTheirCountries();
    void drawsNoStreaks();
    void anchorsLabelsInside_data();
    void anchorsLabelsInside();
    void mapsRegions();
};

void TestWorldMap::projectsEqualEarth_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("y");
    QTest::newRow("origin") << 0.0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("east edge") << 180.0 << 0.0 << 2.7066299837 << 0.0;
    QTest::newRow("west edge") << -180.0 << 0.0 << -2.7066299837 << 0.0;
    QTest::newRow("north pole") << 0.0 << 90.0 << 0.0 << 1.3173627592;
    QTest::newRow("south pole") << 0.0 << -90.0 << 0.0 << -1.3173627592;
}

void TestWorldMap::projectsEqualEarth()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(double, x);
    QFETCH(double, y);
    const QPointF p = EqualEarth::project(lon, lat);
    QVERIFY2(std::abs(p.x() - x) < 1e-9, qPrintable(QString::number(p.x(), 'g', 12)));
    QVERIFY2(std::abs(p.y() - y) < 1e-9, qPrintable(QString::number(p.y(), 'g', 12)));
    // Map coordinates: scaled, y pointing down.
    const QPointF m = WorldMap::project(lon, lat);
    QVERIFY(std::abs(m.x() - x * WorldMap::scale) < 1e-6);
    QVERIFY(std::abs(m.y() + y * WorldMap::scale) < 1e-6);
}

void TestWorldMap::loadsTheBuiltinMap()
{
    QElapsedTimer timer;
    timer.start();
    const WorldMap &map = WorldMap::builtin();
    const qint64 first = timer.restart();
    QCOMPARE(&WorldMap::builtin(), &map); // built once
    qInfo("builtin world map built in %lld ms", first);
    QCOMPARE(map.countries().size(), 242);
    QVERIFY(map.country(QStringLiteral("NOR")));
    QCOMPARE(map.country(QStringLiteral("NOR"))->name, QStringLiteral("Norway"));
    QCOMPARE(map.country(QStringLiteral("XKX"))->name, QStringLiteral("Kosovo"));
    QVERIFY(map.country(QStringLiteral("TWN")));
    QVERIFY(map.country(QStringLiteral("MLT"))); // a small EU member is drawn
    QVERIFY(!map.country(QStringLiteral("-99")));
    const QRectF sphere = WorldMap::sphere().boundingRect();
    QVERIFY(sphere.contains(map.bounds().adjusted(0.01, 0.01, -0.01, -0.01)));
    QVERIFY(map.bounds().width() > 0.95 * sphere.width());
}

namespace {

/// Exact equality of two paths, element by element (QPainterPath's operator== is fuzzy).
bool samePath(const QPainterPath &a, const QPainterPath &b)
{
    if (a.elementCount() != b.elementCount() || a.fillRule() != b.fillRule())
        return false;
    for (int i = 0; i < a.elementCount(); ++i) {
        const QPainterPath::Element x = a.elementAt(i);
        const QPainterPath::Element y = b.elementAt(i);
        if (x.type != y.type || x.x != y.x || x.y != y.y)
            return false;
    }
    return true;
}

void compareExactly(const WorldMap &actual, const WorldMap &expected)
{
    QCOMPARE(actual.countries().size(), expected.countries().size());
    QCOMPARE(actual.bounds(), expected.bounds());
    for (qsizetype i = 0; i < expected.countries().size(); ++i) {
        const MapCountry &a = actual.countries().at(i);
        const MapCountry &e = expected.countries().at(i);
        QCOMPARE(a.key, e.key);
        QCOMPARE(a.name, e.name);
        QCOMPARE(a.numericId, e.numericId);
        QCOMPARE(a.bounds, e.bounds);
        QCOMPARE(a.labelAnchor, e.labelAnchor);
        QCOMPARE(a.area, e.area);
        QVERIFY2(samePath(a.path, e.path), qPrintable(e.key));
        QVERIFY2(samePath(a.overviewPath, e.overviewPath), qPrintable(e.key));
        QVERIFY2(samePath(a.coarsePath, e.coarsePath), qPrintable(e.key));
        QVERIFY2(samePath(a.mediumPath, e.mediumPath), qPrintable(e.key));
        QCOMPARE(actual.country(e.key), &a);
    }
}

} // namespace

void TestWorldMap::precomputedMapEqualsTheTopoJson()
{
    // The build computes the map once (app/precompute); it must be exactly what decoding,
    // cutting, projecting and simplifying the TopoJSON source gives now.
    QFile source(QStringLiteral(RE_SOURCE_DIR "/resources/world-50m.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<WorldMap> computed = WorldMap::fromTopoJson(source.readAll(), &error);
    QVERIFY2(computed, qPrintable(error));
    compareExactly(WorldMap::builtin(), *computed);
    // Simplified outlines have fewer points.
    const MapCountry *russia = WorldMap::builtin().country(QStringLiteral("RUS"));
    QVERIFY(russia->overviewPath.get().elementCount() < russia->coarsePath.get().elementCount());
    QVERIFY(russia->coarsePath.get().elementCount() < russia->mediumPath.get().elementCount());
    QVERIFY(russia->mediumPath.get().elementCount() < russia->path.get().elementCount());
}

void TestWorldMap::binaryFormRoundTrips()
{
    QFile file(QStringLiteral(RE_TEST_DATA "/geo/synthetic-antimeridian.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    const std::optional<WorldMap> map = WorldMap::fromTopoJson(file.readAll(), &error);
    QVERIFY2(map && !map->isEmpty(), qPrintable(error));
    const std::optional<WorldMap> read = WorldMap::fromBinary(map->toBinary(), &error);
    QVERIFY2(read, qPrintable(error));
    compareExactly(*read, *map);
    QCOMPARE(read->toBinary(), map->toBinary());
}

void TestWorldMap::refusesDamagedBinaryForms()
{
    const QByteArray good = WorldMap::builtin().toBinary();
    QString error;
    QVERIFY(!WorldMap::fromBinary(QByteArray(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!WorldMap::fromBinary(good.left(good.size() / 2), &error));
    QVERIFY(!WorldMap::fromBinary(good + QByteArray("x"), &error));
    QVERIFY(!WorldMap::fromBinary(QByteArray("{\"type\": \"Topology\"}"), &error));
    QByteArray wrongMagic = good;
    wrongMagic[0] = 'X';
    QVERIFY(!WorldMap::fromBinary(wrongMagic, &error));
    QVERIFY(WorldMap::fromBinary(good, &error));
}

void TestWorldMap::readsDetailedOutlinesOnFirstUse()
{
    // Start-up draws only the overview outlines: the others stay bytes until asked for.
    const WorldMap &builtin = WorldMap::builtin();
    std::optional<WorldMap> read;
    {
        // A copy that goes away: the outlines keep the bytes they are read from.
        const QByteArray bytes = builtin.toBinary();
        QString error;
        read = WorldMap::fromBinary(QByteArray(bytes.constData(), bytes.size()), &error);
        QVERIFY2(read, qPrintable(error));
    }
    const MapCountry *norway = read->country(QStringLiteral("NOR"));
    QVERIFY(norway);
    QVERIFY(!norway->path.isBuilt());
    QVERIFY(!norway->mediumPath.isBuilt());
    QVERIFY(!norway->overviewPath.isBuilt());
    QVERIFY(!norway->coarsePath.isBuilt());
    const MapPath shared = norway->mediumPath; // copies share the outline
    QVERIFY(samePath(shared.get(), builtin.country(QStringLiteral("NOR"))->mediumPath));
    QVERIFY(norway->mediumPath.isBuilt());
    QVERIFY(!norway->path.isBuilt());
    QVERIFY(samePath(norway->path, builtin.country(QStringLiteral("NOR"))->path));
    QVERIFY(norway->path.isBuilt());
    // An outline given as a path is there from the start.
    QVERIFY(MapPath(QPainterPath()).isBuilt());
    QVERIFY(MapPath().get().isEmpty());
}

void TestWorldMap::placesProbesInTheirCountries_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("key");
    QTest::newRow("Simferopol") << 34.1 << 44.95 << QStringLiteral("UKR");
    QTest::newRow("Pristina") << 21.17 << 42.67 << QStringLiteral("XKX");
    QTest::newRow("Chukotka west of 180") << -175.0 << 66.0 << QStringLiteral("RUS");
    QTest::newRow("Chukotka east of 180") << 175.0 << 66.0 << QStringLiteral("RUS");
    QTest::newRow("Moscow") << 37.62 << 55.75 << QStringLiteral("RUS");
    QTest::newRow("Viti Levu") << 178.0 << -17.8 << QStringLiteral("FJI");
    QTest::newRow("Taipei") << 121.56 << 25.03 << QStringLiteral("TWN");
    QTest::newRow("Oslo") << 10.75 << 59.91 << QStringLiteral("NOR");
    QTest::newRow("Cayenne") << -52.33 << 4.92 << QStringLiteral("FRA");
    QTest::newRow("Greenland") << -42.0 << 72.0 << QStringLiteral("GRL");
    QTest::newRow("Valletta") << 14.5 << 35.9 << QStringLiteral("MLT");
    QTest::newRow("South Pole") << 0.0 << -89.5 << QStringLiteral("ATA");
    QTest::newRow("Antarctica by the antimeridian") << 179.0 << -85.0 << QStringLiteral("ATA");
    QTest::newRow("North Atlantic") << -30.0 << 40.0 << QString();
    QTest::newRow("Pacific at the antimeridian") << 180.0 << 0.0 << QString();
    QTest::newRow("Arctic at the antimeridian") << -179.0 << 80.0 << QString();
}

void TestWorldMap::placesProbesInTheirCountries()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, key);
    QCOMPARE(WorldMap::builtin().keyAt(WorldMap::project(lon, lat)), key);
}

void TestWorldMap::drawsNoStreaks()
{
    // Projected point by point, a ring crossing ±180° has an edge across the whole map.
    const WorldMap &map = WorldMap::builtin();
    const double width = WorldMap::sphere().boundingRect().width();
    for (const MapCountry &country : map.countries()) {
        for (const QPolygonF &ring : country.path.get().toSubpathPolygons()) {
            if (country.key != QLatin1String("ATA"))
                QVERIFY2(ring.boundingRect().width() < 0.6 * width, qPrintable(country.key));
            for (qsizetype i = 1; i < ring.size(); ++i) {
                const QPointF d = ring.at(i) - ring.at(i - 1);
                QVERIFY2(std::hypot(d.x(), d.y()) < 0.03 * width, qPrintable(country.key));
            }
        }
    }
}

void TestWorldMap::anchorsLabelsInside_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : { "NOR", "HRV", "CHL", "FRA", "USA", "RUS", "ITA", "XKX", "MLT", "FJI" })
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestWorldMap::anchorsLabelsInside()
{
    QFETCH(QString, key);
    const MapCountry *country = WorldMap::builtin().country(key);
    QVERIFY(country);
    QVERIFY(country->path.get().contains(country->labelAnchor));
}

void TestWorldMap::mapsRegions()
{
    const QRectF europe = WorldMap::projectedBounds(QRectF(-25, 34, 70, 38));
    const WorldMap &map = WorldMap::builtin();
    QVERIFY(europe.contains(map.country(QStringLiteral("BEL"))->bounds));
    QVERIFY(europe.contains(map.country(QStringLiteral("CYP"))->bounds));
    QVERIFY(!europe.intersects(map.country(QStringLiteral("BRA"))->bounds));
}

QTEST_GUILESS_MAIN(TestWorldMap)
#include "tst_worldmap.moc"
