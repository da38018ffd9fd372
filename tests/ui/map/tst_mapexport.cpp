// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/RolePalette.h"
#include "geo/WorldMap.h"
#include "map/MapExport.h"
#include "map/MapPane.h"
#include "map/VoteMapStyle.h"
#include "model/ResolutionModel.h"
#include "ui/map/mapfixture.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace re;

class TestMapExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void svgHoldsCountriesTitleAndLegend();
    void pngHasTheRequestedSize_data();
    void pngHasTheRequestedSize();
    void pdfIsWritten();
    void paintsTheRolesColours();
    void exportsARegion();
    void badPathGivesOneSentence();
    void voteMapColoursMemberStates();

private:
    ResolutionModel m_model;
    QTemporaryDir m_dir;
};

void TestMapExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_model.setDocument(test::mapTestDocument());
}

void TestMapExport::svgHoldsCountriesTitleAndLegend()
{
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    QString error;
    QVERIFY2(exportMap(m_model.document(), path, ImageExportOptions(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    const qsizetype paths = svg.count(QStringLiteral("<path"));
    QVERIFY2(paths >= WorldMap::builtin().countries().size(), qPrintable(QString::number(paths)));
    // Real text: the title, the reference, the legend and the labels.
    QVERIFY(svg.contains(QStringLiteral("Synthetic map test resolution")));
    QVERIFY(svg.contains(QStringLiteral("0000/0000(INI)")));
    QVERIFY(svg.contains(QStringLiteral("priority partner (1)")));
    QVERIFY(svg.contains(QStringLiteral("EU member state (8)")));
    QVERIFY(svg.contains(QStringLiteral("not mentioned")));
    QVERIFY(svg.contains(QStringLiteral(">Russia<")));
    QVERIFY(svg.contains(QStringLiteral("Sources: European Parliament, Legislative Observatory "
                                        "(OEIL), procedure 0000/0000(INI); map: Natural Earth")));
}

void TestMapExport::pngHasTheRequestedSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("default") << QSize(1200, 800) << 96 << QSize(1200, 800);
    QTest::newRow("small") << QSize(400, 300) << 96 << QSize(400, 300);
    QTest::newRow("print") << QSize(800, 500) << 192 << QSize(1600, 1000);
}

void TestMapExport::pngHasTheRequestedSize()
{
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    const QString name = QStringLiteral("map-%1.png").arg(QLatin1String(QTest::currentDataTag()));
    const QString path = m_dir.filePath(name);
    ImageExportOptions options;
    options.size = size;
    options.dpi = dpi;
    QString error;
    QVERIFY2(exportMap(m_model.document(), path, options, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), pixels);
}

void TestMapExport::pdfIsWritten()
{
    const QString path = m_dir.filePath(QStringLiteral("map.pdf"));
    QString error;
    QVERIFY2(exportMap(m_model.document(), path, ImageExportOptions(), &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestMapExport::paintsTheRolesColours()
{
    // Painted directly into an image: the roles show in their colours.
    QImage image(1200, 800, QImage::Format_ARGB32);
    image.fill(Qt::black);
    QPainter painter(&image);
    paintMapImage(painter, QRectF(image.rect()), m_model.document());
    painter.end();
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
    const QSet<QRgb> colours = [&image] {
        QSet<QRgb> set;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                set.insert(image.pixel(x, y) & 0xFFFFFF);
        }
        return set;
    }();
    QVERIFY(colours.contains(RolePalette::notMentionedFill(false).rgb() & 0xFFFFFF));
    const QRgb norway = RolePalette::fill(EntityRole::PriorityPartner, false).rgb();
    QVERIFY(colours.contains(norway & 0xFFFFFF));
    QVERIFY(colours.contains(RolePalette::euMemberFill(false).rgb() & 0xFFFFFF));
}

void TestMapExport::exportsARegion()
{
    const QString path = m_dir.filePath(QStringLiteral("europe.svg"));
    QString error;
    QVERIFY2(
        exportMap(m_model.document(), path, ImageExportOptions(), &error, MapPane::europeRegion()),
        qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    // Countries outside the region are left out; labels show where their countries hold them
    // (Norway, but not Luxembourg at this scale).
    QVERIFY(svg.count(QStringLiteral("<path")) < WorldMap::builtin().countries().size());
    QVERIFY(svg.contains(QStringLiteral(">Norway<")));
    QVERIFY(!svg.contains(QStringLiteral(">Luxembourg<")));
}

void TestMapExport::badPathGivesOneSentence()
{
    QString error;
    QVERIFY(!exportMap(m_model.document(), m_dir.filePath(QStringLiteral("missing/dir/map.png")),
        ImageExportOptions(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!exportMap(m_model.document(), m_dir.filePath(QStringLiteral("map.bmp")),
        ImageExportOptions(), &error));
    QVERIFY(!error.isEmpty());
}

/// "How MEPs voted": member states by their MEPs' net position, from the roll-call data only.
void TestMapExport::voteMapColoursMemberStates()
{
    Document document = m_model.document();
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("vote-map.svg"));
    QVERIFY(!mapImageFile(document, path, ImageExportOptions(), &error, {}, MapColouring::Vote));
    QVERIFY2(error.startsWith(QStringLiteral("the map of how MEPs voted needs roll-call data")),
        qPrintable(error));

    Vote vote;
    vote.votesFor = 30;
    vote.against = 14;
    vote.abstentions = 3;
    vote.breakdownSource = QStringLiteral("synthetic roll-call data");
    vote.countries = { { QStringLiteral("DEU"), QStringLiteral("Germany"), QStringLiteral("DE"), 20,
                           0, 0, 1 },
        { QStringLiteral("FRA"), QStringLiteral("France"), QStringLiteral("FR"), 5, 5, 2, 0 },
        { QStringLiteral("HUN"), QStringLiteral("Hungary"), QStringLiteral("HU"), 5, 9, 1, 0 } };
    document.vote = vote;
    const VoteMapStyle style(document);
    QVERIFY(style.available());
    QVERIFY(style.look(QStringLiteral("DEU"), false) != style.look(QStringLiteral("FRA"), false));
    QVERIFY(style.look(QStringLiteral("FRA"), false) != style.look(QStringLiteral("HUN"), false));
    QCOMPARE(style.look(QStringLiteral("ITA"), false).fill, RolePalette::notMentionedFill(false));
    QCOMPARE(style.describe(QStringLiteral("HUN")),
        QStringLiteral("Hungary: 5 for, 9 against, 1 abstentions, 0 did not vote"));
    const QList<MapLegendEntry> legend = style.legend(false);
    QCOMPARE(legend.first().label, QStringLiteral("mostly for (net above +60%)"));
    QCOMPARE(legend.first().count, 1); // Germany
    QCOMPARE(legend.at(2).count, 1); // France: split
    QCOMPARE(legend.at(3).count, 1); // Hungary: net -27 %

    const std::optional<QByteArray> svg
        = mapImageFile(document, path, ImageExportOptions(), &error, {}, MapColouring::Vote);
    QVERIFY2(svg, qPrintable(error));
    const QString text = QString::fromUtf8(*svg);
    QVERIFY(text.contains(QStringLiteral("How MEPs voted, by member state")));
    QVERIFY(text.contains(QStringLiteral("more against than for (1)")));
    QVERIFY(text.contains(QStringLiteral("roll-call data: synthetic roll-call data")));
    QVERIFY(!text.contains(QStringLiteral(">Russia<"))); // no labels: the colours speak
}

QTEST_MAIN(TestMapExport)
#include "tst_mapexport.moc"
