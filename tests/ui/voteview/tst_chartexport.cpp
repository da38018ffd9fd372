// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoteFixtures.h"
#include "model/ResolutionModel.h"
#include "vote/VoteBreakdownModel.h"
#include "vote/VoteModel.h"
#include "voteview/BreakdownChart.h"
#include "voteview/ChartExport.h"
#include "voteview/HemicycleWidget.h"
#include "voteview/TotalsChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list.append(set->at(i));
    return list;
}

template<typename T> QList<T> reversed(QList<T> list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindFromString_data();
    void kindFromString();
    void availableKinds();
    void header();
    void png_data();
    void png();
    void svg();
    void pdf();
    void unwritablePath_data();
    void unwritablePath();
    void noRollCallNoBreakdown_data();
    void noRollCallNoBreakdown();
    void sourceNotes();
    void groupsChartValues();
    void countriesChartValues();
    void totalsChartValues();
    void centreCaptionStaysInTheHole_data();
    void centreCaptionStaysInTheHole();
    void hemicycleLayout_data();
    void hemicycleLayout();
    void everyKindExports();

private:
    QTemporaryDir m_dir;
};

void TestChartExport::kindFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind"); // -1: none
    QTest::newRow("totals") << u"totals"_s << int(ChartKind::Totals);
    QTest::newRow("hemicycle") << u"Hemicycle"_s << int(ChartKind::Hemicycle);
    QTest::newRow("groups") << u" GROUPS "_s << int(ChartKind::Groups);
    QTest::newRow("countries") << u"countries"_s << int(ChartKind::Countries);
    QTest::newRow("unknown") << u"pie"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestChartExport::kindFromString()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const std::optional<ChartKind> found = chartKindFromString(text);
    QCOMPARE(found ? int(*found) : -1, kind);
    if (found)
        QCOMPARE(chartKindFromString(chartKindKey(*found)), found);
}

void TestChartExport::availableKinds()
{
    QCOMPARE(availableChartKinds(test::totalsOnlyDocument()),
        (QList<ChartKind> { ChartKind::Totals, ChartKind::Hemicycle }));
    QCOMPARE(availableChartKinds(test::rollCallDocument()),
        (QList<ChartKind> {
            ChartKind::Totals, ChartKind::Hemicycle, ChartKind::Groups, ChartKind::Countries }));
    QVERIFY(availableChartKinds(Document()).isEmpty());
}

void TestChartExport::header()
{
    QCOMPARE(chartHeader(test::totalsOnlyDocument()),
        u"EU strategic defence and security partnerships — 2025/2119(INI), 11/02/2026"_s);
    QCOMPARE(voteResultSentence(*test::totalsOnlyDocument().vote),
        u"Adopted: 440 for, 119 against, 85 abstentions"_s);
    Vote rejected = *test::totalsOnlyDocument().vote;
    rejected.votesFor = 100;
    QCOMPARE(voteResultSentence(rejected), u"Rejected: 100 for, 119 against, 85 abstentions"_s);
    Document untitled;
    untitled.procedure.reference = u"2023/0321(CNS)"_s;
    QCOMPARE(chartHeader(untitled), u"Untitled resolution — 2023/0321(CNS)"_s);
}

void TestChartExport::png_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("96 dpi") << 96;
    QTest::newRow("192 dpi") << 192;
    QTest::newRow("300 dpi") << 300;
}

void TestChartExport::png()
{
    QFETCH(int, dpi);
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    const QString path = m_dir.filePath(u"totals-%1.png"_s.arg(dpi));
    ImageExportOptions options = chartExportOptions(model.document(), ChartKind::Totals);
    options.dpi = dpi;
    QString error;
    QVERIFY2(
        exportChart(model.document(), ChartKind::Totals, path, options, &error), qPrintable(error));
    QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(),
        QSize(
            qRound(options.size.width() * dpi / 96.0), qRound(options.size.height() * dpi / 96.0)));
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
    // The "for" colour is in the picture: the chart was drawn, not only the white background.
    const QImage small = image.scaled(300, 190, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    int coloured = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            const QColor c = small.pixelColor(x, y);
            coloured += c.saturation() > 100 ? 1 : 0;
        }
    }
    QVERIFY2(coloured > 1000, qPrintable(QString::number(coloured)));
}

void TestChartExport::svg()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    const QString path = m_dir.filePath(u"totals.svg"_s);
    const ImageExportOptions options = chartExportOptions(model.document(), ChartKind::Totals);
    QString error;
    QVERIFY2(
        exportChart(model.document(), ChartKind::Totals, path, options, &error), qPrintable(error));
    const QString svg = QString::fromUtf8(readAll(path));
    QVERIFY(svg.contains(
        u"viewBox=\"0 0 %1 %2\""_s.arg(options.size.width()).arg(options.size.height())));
    QVERIFY(svg.contains(u"<title>EU strategic defence"_s));
    // The numbers are real text, not paths.
    static const QRegularExpression textElement(u"<text[^>]*>([^<]*)</text>"_s);
    QStringList texts;
    for (auto it = textElement.globalMatch(svg); it.hasNext();)
        texts.append(it.next().captured(1));
    const QString allText = texts.join(u'\n');
    for (const QString &number : { u"440"_s, u"119"_s, u"85"_s })
        QVERIFY2(allText.contains(number), qPrintable(number));
    QVERIFY(allText.contains(u"Adopted: 440 for, 119 against, 85 abstentions"_s));
    QVERIFY2(allText.contains(u"Source: European Parliament, Legislative Observatory (OEIL), "
                              "procedure 2025/2119(INI)"_s),
        qPrintable(allText));
    // A font family a browser knows, never Qt's "Sans Serif" alias alone.
    QVERIFY(!svg.contains(u"font-family=\"Sans Serif\""_s));
    QVERIFY(svg.contains(u"font-family=\""_s));
}

void TestChartExport::pdf()
{
    ResolutionModel model;
    model.setDocument(test::rollCallDocument());
    const QString path = m_dir.filePath(u"countries.pdf"_s);
    const ImageExportOptions options = chartExportOptions(model.document(), ChartKind::Countries);
    QString error;
    QVERIFY2(exportChart(model.document(), ChartKind::Countries, path, options, &error),
        qPrintable(error));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    static const QRegularExpression mediaBox(
        u"/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]"_s);
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    const double width = match.captured(3).toDouble() - match.captured(1).toDouble();
    const double height = match.captured(4).toDouble() - match.captured(2).toDouble();
    QVERIFY(width > 0 && height > 0);
    const double aspect = double(options.size.width()) / options.size.height();
    QVERIFY2(
        std::abs(width / height - aspect) < 0.01, qPrintable(u"%1 x %2"_s.arg(width).arg(height)));
    // 96 logical pixels are one inch, 72 points.
    QVERIFY(std::abs(width - options.size.width() * 0.75) < 1.0);
}

void TestChartExport::unwritablePath_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("proc") << u"/proc/re-vote-chart.png"_s;
    QTest::newRow("missing folder") << m_dir.filePath(u"no/such/folder/chart.svg"_s);
    QTest::newRow("unknown extension") << m_dir.filePath(u"chart.gif"_s);
}

void TestChartExport::unwritablePath()
{
    QFETCH(QString, path);
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    QString error;
    QVERIFY(!exportChart(model.document(), ChartKind::Totals, path,
        chartExportOptions(model.document(), ChartKind::Totals), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(error.contains(path));
    QVERIFY(!QFileInfo::exists(path));
    if (path.endsWith(u".png") || path.endsWith(u".svg"))
        QVERIFY2(error.startsWith(u"cannot write "_s), qPrintable(error));
}

void TestChartExport::noRollCallNoBreakdown_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("groups") << int(ChartKind::Groups);
    QTest::newRow("countries") << int(ChartKind::Countries);
}

void TestChartExport::noRollCallNoBreakdown()
{
    QFETCH(int, kind);
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    const QString path = m_dir.filePath(u"breakdown-%1.png"_s.arg(kind));
    QString error;
    QVERIFY(!exportChart(model.document(), ChartKind(kind), path, ImageExportOptions(), &error));
    QCOMPARE(error, u"this document has no roll-call data: add it with --roll-call"_s);
    QVERIFY(!QFileInfo::exists(path));
    // The model gives no rows either: nothing to draw a breakdown from.
    VoteBreakdownModel rows(&model,
        kind == int(ChartKind::Groups) ? VoteBreakdownModel::Kind::Groups
                                       : VoteBreakdownModel::Kind::Countries);
    BreakdownChart chart(&rows, ChartStyle::forExport(QFont()));
    QCOMPARE(rows.rowCount(), 0);
    for (const QBarSet *set : chart.series()->barSets())
        QCOMPARE(set->count(), 0);
}

void TestChartExport::sourceNotes()
{
    const Document totals = test::totalsOnlyDocument();
    QCOMPARE(chartSourceNote(totals, ChartKind::Totals),
        u"Source: European Parliament, Legislative Observatory (OEIL), procedure 2025/2119(INI)"_s);
    // A breakdown names its roll-call data; the totals chart does not need it.
    const Document withData = test::rollCallDocument();
    QCOMPARE(chartSourceNote(withData, ChartKind::Groups),
        u"Source: European Parliament, Legislative Observatory (OEIL), procedure 2025/2119(INI); "
        "roll-call data: HowTheyVote.eu roll-call files, ODbL"_s);
    QVERIFY(!chartSourceNote(withData, ChartKind::Totals).contains(u"roll-call"_s));
}

void TestChartExport::groupsChartValues()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VoteBreakdownModel rows(&model, VoteBreakdownModel::Kind::Groups);
    BreakdownChart chart(&rows, ChartStyle::forExport(QFont()));
    QCOMPARE(chart.categoryAxis()->count(), 0);

    model.setVote(test::rollCallDocument().vote); // the chart follows the model
    // Bars run bottom to top: the left-most group is the last category, drawn on top.
    const QList<QBarSet *> sets = chart.series()->barSets();
    QCOMPARE(sets.size(), 4);
    QCOMPARE(sets.at(0)->label(), u"For"_s);
    QCOMPARE(reversed(values(sets.at(0))), (QList<qreal> { 5, 100, 30, 65, 170, 55, 10, 0, 5 }));
    QCOMPARE(reversed(values(sets.at(1))), (QList<qreal> { 30, 10, 8, 3, 2, 8, 40, 15, 3 }));
    QCOMPARE(reversed(values(sets.at(2))), (QList<qreal> { 6, 15, 10, 4, 5, 6, 20, 8, 11 }));
    QCOMPARE(reversed(values(sets.at(3))), (QList<qreal> { 5, 11, 5, 5, 11, 9, 14, 2, 14 }));
    QCOMPARE(sets.at(1)->color(), votePositionColour(VotePosition::Against));
    // Each group with its cohesion: the share of its voting members in its most common
    // position (The Left: 30 of 41 against; Greens/EFA 30 of 48 for, 62.5 rounded).
    const QStringList categories = reversed(chart.categoryAxis()->categories());
    QCOMPARE(categories.size(), 9);
    const QStringList expected { u"The Left · 73%"_s, u"S&D · 80%"_s, QString(), u"Renew · 90%"_s,
        u"EPP · 96%"_s, u"ECR · 80%"_s, u"PfE · 57%"_s, u"ESN · 65%"_s, u"NI · 58%"_s };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (i == 2) // 62.5 %, rounded either way
            QVERIFY2(categories.at(i) == u"Greens/EFA · 62%"_s
                    || categories.at(i) == u"Greens/EFA · 63%"_s,
                qPrintable(categories.at(i)));
        else
            QCOMPARE(categories.at(i), expected.at(i));
    }
    // Each bar pairs with its category: EPP voted 170 in favour.
    const int epp = int(chart.categoryAxis()->categories().indexOf(u"EPP · 96%"_s));
    QCOMPARE(sets.at(0)->at(epp), 170.0);
    QCOMPARE(chart.animationOptions(), QChart::NoAnimation);
}

void TestChartExport::countriesChartValues()
{
    ResolutionModel model;
    model.setDocument(test::rollCallDocument());
    VoteBreakdownModel rows(&model, VoteBreakdownModel::Kind::Countries);
    BreakdownChart chart(&rows, ChartStyle::forExport(QFont()));
    QCOMPARE(chart.categoryAxis()->count(), 27);
    QCOMPARE(chart.categoryAxis()->categories().constLast(), u"Austria"_s); // on top
    qreal sumFor = 0;
    for (qreal v : values(chart.series()->barSets().at(0)))
        sumFor += v;
    QCOMPARE(sumFor, 440.0);
}

void TestChartExport::totalsChartValues()
{
    ResolutionModel model;
    model.setDocument(test::rollCallDocument()); // seats known: "did not vote" is no slice
    VoteModel votes(&model);
    TotalsChart chart(&votes, ChartStyle::forExport(QFont()));
    const QList<QPieSlice *> slices = chart.series()->slices();
    QCOMPARE(slices.size(), 3);
    QCOMPARE(slices.at(0)->value(), 440.0);
    QCOMPARE(slices.at(1)->value(), 119.0);
    QCOMPARE(slices.at(2)->value(), 85.0);
    QCOMPARE(slices.at(0)->color(), votePositionColour(VotePosition::For));
    QVERIFY(slices.at(0)->label().contains(u"440"_s));
    QVERIFY(slices.at(0)->label().contains(u"68.3"_s));
}

void TestChartExport::centreCaptionStaysInTheHole_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("shown");
    QTest::newRow("export size") << QSize(1200, 800) << true;
    QTest::newRow("narrow dock") << QSize(260, 200) << false;
    QTest::newRow("tiny donut") << QSize(200, 120) << false;
}

void TestChartExport::centreCaptionStaysInTheHole()
{
    QFETCH(QSize, size);
    QFETCH(bool, shown);
    ResolutionModel model;
    model.setDocument(test::rollCallDocument());
    VoteModel votes(&model);
    auto *chart = new TotalsChart(&votes, ChartStyle::forExport(QFont()));
    QChartView view(chart);
    view.resize(size);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    const QGraphicsSimpleTextItem *caption = nullptr;
    const QGraphicsSimpleTextItem *number = nullptr;
    for (QGraphicsItem *item : chart->childItems()) {
        const auto *text = dynamic_cast<const QGraphicsSimpleTextItem *>(item);
        if (text && text->text() == TotalsChart::tr("votes cast"))
            caption = text;
        else if (text && text->text() == QLocale().toString(644))
            number = text;
    }
    QVERIFY(caption);
    QVERIFY(number);
    QCOMPARE(caption->isVisible(), shown);
    const QRectF area = chart->plotArea();
    const qreal hole = chart->series()->holeSize() * chart->series()->pieSize()
        * std::min(area.width(), area.height());
    if (caption->isVisible()) // never wider than the hole it sits in
        QVERIFY2(caption->boundingRect().width() <= hole,
            qPrintable(QStringLiteral("%1 > %2").arg(caption->boundingRect().width()).arg(hole)));
    // The number of votes cast shrinks to the hole, or is left out: never over the ring.
    if (number->isVisible())
        QVERIFY2(number->boundingRect().width() <= hole,
            qPrintable(QStringLiteral("%1 > %2").arg(number->boundingRect().width()).arg(hole)));
}

void TestChartExport::hemicycleLayout_data()
{
    QTest::addColumn<int>("seats");
    QTest::newRow("none") << 0;
    QTest::newRow("one") << 1;
    QTest::newRow("small") << 23;
    QTest::newRow("cast") << 644;
    QTest::newRow("house") << 720;
}

void TestChartExport::hemicycleLayout()
{
    QFETCH(int, seats);
    qreal dot = -1;
    const QList<QPointF> points = hemicycleSeats(seats, &dot);
    QCOMPARE(points.size(), seats);
    if (seats == 0)
        return;
    QVERIFY(dot > 0);
    qreal previousAngle = 4;
    for (const QPointF &p : points) {
        const qreal radius = std::hypot(p.x(), p.y());
        QVERIFY(radius <= 1.0 + 1e-9 && radius > 0.3);
        QVERIFY(p.y() >= -1e-9);
        const qreal angle = std::atan2(p.y(), p.x());
        QVERIFY(angle <= previousAngle + 1e-9); // left to right
        previousAngle = angle;
    }
    // No two dots overlap.
    for (int i = 0; i < points.size(); ++i) {
        for (int j = i + 1; j < points.size(); ++j) {
            const QPointF d = points.at(i) - points.at(j);
            QVERIFY(std::hypot(d.x(), d.y()) >= 2 * dot - 1e-9);
        }
    }
}

void TestChartExport::everyKindExports()
{
    ResolutionModel model;
    model.setDocument(test::rollCallDocument());
    for (ChartKind kind : availableChartKinds(model.document())) {
        for (const QString &extension : { u"png"_s, u"svg"_s, u"pdf"_s }) {
            const QString path = m_dir.filePath(chartKindKey(kind) + u'.' + extension);
            QString error;
            QVERIFY2(exportChart(model.document(), kind, path,
                         chartExportOptions(model.document(), kind), &error),
                qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
    }
    if (qEnvironmentVariableIsSet("RE_KEEP_CHARTS")) {
        for (ChartKind kind : availableChartKinds(model.document())) {
            QFile::remove(qEnvironmentVariable("RE_KEEP_CHARTS") + u"/roll-call-"_s
                + chartKindKey(kind) + u".png"_s);
            QFile::copy(m_dir.filePath(chartKindKey(kind) + u".png"_s),
                qEnvironmentVariable("RE_KEEP_CHARTS") + u"/roll-call-"_s + chartKindKey(kind)
                    + u".png"_s);
        }
        ResolutionModel totalsOnly;
        totalsOnly.setDocument(test::totalsOnlyDocument());
        for (ChartKind kind : availableChartKinds(totalsOnly.document()))
            exportChart(totalsOnly.document(), kind,
                qEnvironmentVariable("RE_KEEP_CHARTS") + u"/totals-only-"_s + chartKindKey(kind)
                    + u".png"_s,
                chartExportOptions(totalsOnly.document(), kind), nullptr);
    }
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
