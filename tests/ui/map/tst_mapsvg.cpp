// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/WorldMap.h"
#include "import/DocumentLoader.h"
#include "map/MapExport.h"
#include "map/MapFraming.h"
#include "map/MapPane.h"
#include "ui/map/mapfixture.h"

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

/// Mean absolute difference of two images of one size, per channel, in 0..255.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            sum += qAbs(qRed(p[col]) - qRed(q[col])) + qAbs(qGreen(p[col]) - qGreen(q[col]))
                + qAbs(qBlue(p[col]) - qBlue(q[col]));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

bool isWhite(const QColor &colour)
{
    return colour.red() > 250 && colour.green() > 250 && colour.blue() > 250;
}

} // namespace

/// The SVG export draws what the PNG export draws, as another renderer (librsvg's
/// rsvg-convert, which CI installs) shows it: clipped to the map's frame, with thin borders.
class TestMapSvg : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void svgRendersLikeThePng_data();
    void svgRendersLikeThePng();

private:
    QImage renderWithRsvg(const QString &svg, const QSize &size);

    QTemporaryDir m_dir;
    QString m_rsvg;
};

void TestMapSvg::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_rsvg = QStandardPaths::findExecutable(u"rsvg-convert"_s);
    // Not a skip: without the renderer this test would prove nothing (Debian: librsvg2-bin).
    QVERIFY2(!m_rsvg.isEmpty(), "rsvg-convert is missing: install librsvg2-bin");
}

QImage TestMapSvg::renderWithRsvg(const QString &svg, const QSize &size)
{
    const QString png = svg + u".rsvg.png"_s;
    QProcess process;
    process.start(m_rsvg,
        { u"--width"_s, QString::number(size.width()), u"--height"_s,
            QString::number(size.height()), u"--format"_s, u"png"_s, u"--output"_s, png, svg });
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("rsvg-convert failed: %s", process.readAllStandardError().constData());
        return {};
    }
    return QImage(png);
}

void TestMapSvg::svgRendersLikeThePng_data()
{
    QTest::addColumn<bool>("myanmar"); // else the synthetic document
    QTest::addColumn<QRectF>("region");
    QTest::newRow("world") << false << QRectF();
    QTest::newRow("europe") << false << MapPane::europeRegion();
    // Zoomed in far: the borders would be many pixels wide if they scaled with the map.
    QTest::newRow("benelux") << false
                             << WorldMap::projectedBounds(QRectF(QPointF(1, 48), QPointF(9, 54)));
    // A real resolution as the window frames it: its subject, Myanmar, with a strong outline.
    const MapCountry *country = WorldMap::builtin().country(u"MMR"_s);
    QTest::newRow("myanmar") << true
                             << frameCountries({ countryExtent(country->coarsePath).focus });
}

void TestMapSvg::svgRendersLikeThePng()
{
    QFETCH(bool, myanmar);
    QFETCH(QRectF, region);
    QString error;
    const std::optional<Document> document = myanmar
        ? loadDocumentFile(
            QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1651118.html"), &error)
        : test::mapTestDocument();
    QVERIFY2(document, qPrintable(error));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    ImageExportOptions options;
    options.size = QSize(900, 600);
    const QString png = m_dir.filePath(tag + u".png"_s);
    const QString svg = m_dir.filePath(tag + u".svg"_s);
    QVERIFY2(exportMap(*document, png, options, &error, region), qPrintable(error));
    QVERIFY2(exportMap(*document, svg, options, &error, region), qPrintable(error));

    const QImage qt(png);
    const QImage rsvg = renderWithRsvg(svg, options.size);
    QVERIFY(!rsvg.isNull());
    QCOMPARE(rsvg.size(), qt.size());

    // Outside the map's frame, in the page's margin at mid-height: background in both.
    const QPoint margin(3, qt.height() / 2);
    QVERIFY(isWhite(qt.pixelColor(margin)));
    QVERIFY2(isWhite(rsvg.pixelColor(margin)), qPrintable(rsvg.pixelColor(margin).name()));
    const QPoint rightMargin(qt.width() - 3, qt.height() / 2);
    QVERIFY2(
        isWhite(rsvg.pixelColor(rightMargin)), qPrintable(rsvg.pixelColor(rightMargin).name()));

    // The same picture but for anti-aliasing and text rendering.
    const double difference = meanDifference(qt, rsvg);
    qInfo("mean difference %.3f", difference);
    QVERIFY2(difference < 2.0, qPrintable(u"mean difference %1"_s.arg(difference)));
}

QTEST_MAIN(TestMapSvg)
#include "tst_mapsvg.moc"
