// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VoteFixtures.h"
#include "model/ResolutionModel.h"
#include "voteview/TotalsChart.h"
#include "voteview/VotePane.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace re;
using namespace Qt::StringLiterals;

namespace {

QStringList comboKeys(const QComboBox *combo)
{
    QStringList keys;
    for (int i = 0; i < combo->count(); ++i)
        keys.append(combo->itemData(i).toString());
    return keys;
}

} // namespace

class TestVotePane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void totalsOnlyOffersNoBreakdown();
    void rollCallAddsKinds();
    void importRollCallFromFolder();
    void importRefusesMismatch();
    void didNotVoteOnlyWithSeats();
    void noVote();
    void followsPalette();
    void exportCurrentChart();
    void breakdownLabelsAreNeverElided_data();
    void breakdownLabelsAreNeverElided();
    void smallSlicesSideBySideUseTheLegend();
    void labelsOrLegendByTheSizeAlone();
};

void TestVotePane::totalsOnlyOffersNoBreakdown()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    QCOMPARE(pane.objectName(), u"votePane"_s);
    auto *combo = pane.findChild<QComboBox *>(u"voteChartKind"_s);
    QVERIFY(combo);
    QCOMPARE(comboKeys(combo), (QStringList { u"totals"_s, u"hemicycle"_s }));
    auto *button = pane.findChild<QPushButton *>(u"importRollCallButton"_s);
    QVERIFY(button);
    QVERIFY(!button->isHidden());
    QVERIFY(!pane.findChild<QLabel *>(u"voteRollCallNote"_s)->isHidden());
    QVERIFY(!pane.setCurrentChartKind(ChartKind::Groups));
    QCOMPARE(pane.currentChartKind(), ChartKind::Totals);
    const QString result = pane.findChild<QLabel *>(u"voteResultLabel"_s)->text();
    QVERIFY2(
        result.contains(u"Adopted"_s) && result.contains(u"440"_s) && result.contains(u"68.3"_s),
        qPrintable(result));
    // No breakdown is drawn from totals: the breakdown charts are not even built.
    QVERIFY(!pane.findChild<QChartView *>(u"voteGroupsChart"_s));
    QVERIFY(!pane.findChild<QChartView *>(u"voteCountriesChart"_s));
}

void TestVotePane::rollCallAddsKinds()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    QSignalSpy kindChanged(&pane, &VotePane::currentChartKindChanged);
    model.setVote(test::rollCallDocument().vote);
    auto *combo = pane.findChild<QComboBox *>(u"voteChartKind"_s);
    QCOMPARE(comboKeys(combo),
        (QStringList { u"totals"_s, u"hemicycle"_s, u"groups"_s, u"countries"_s }));
    QVERIFY(pane.findChild<QLabel *>(u"voteRollCallNote"_s)->isHidden());

    QVERIFY(pane.setCurrentChartKind(ChartKind::Groups));
    QCOMPARE(kindChanged.count(), 1);
    auto *stack = pane.findChild<QStackedWidget *>(u"voteChartStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"voteGroupsChart"_s);
    QCOMPARE(combo->currentData().toString(), u"groups"_s);
    auto *view = qobject_cast<QChartView *>(stack->currentWidget());
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().at(0)->at(4), 170.0); // EPP in favour, fifth from either end

    // Choosing in the combo box switches the chart.
    combo->setCurrentIndex(combo->findData(u"hemicycle"_s));
    Q_EMIT combo->activated(combo->currentIndex());
    QCOMPARE(pane.currentChartKind(), ChartKind::Hemicycle);
    QCOMPARE(stack->currentWidget()->objectName(), u"voteHemicycle"_s);

    // The countries chart, built when first shown, has two lines for each country's label.
    QVERIFY(pane.setCurrentChartKind(ChartKind::Countries));
    auto *countries = pane.findChild<QChartView *>(u"voteCountriesChart"_s);
    QVERIFY(countries);
    QVERIFY(countries->isVisibleTo(&pane));
    QVERIFY(countries->minimumHeight()
        >= model.document().vote->countries.size() * 2 * pane.fontMetrics().height());

    // Back to totals only: the kind falls back to Totals.
    model.setVote(test::totalsOnlyDocument().vote);
    QCOMPARE(pane.currentChartKind(), ChartKind::Totals);
    QCOMPARE(comboKeys(combo).size(), 2);
}

void TestVotePane::importRollCallFromFolder()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    QSignalSpy voteChanged(&model, &ResolutionModel::voteChanged);
    QString error;
    QVERIFY2(model.session()->attachRollCall({ QStringLiteral(RE_TEST_DATA "/vote") }, &error),
        qPrintable(error));
    QCOMPARE(voteChanged.count(), 1);
    QCOMPARE(model.document().vote->groups.size(), 9);
    QCOMPARE(model.document().vote->votesFor, 440);
    // The pane shows what the data adds.
    QCOMPARE(pane.currentChartKind(), ChartKind::Groups);
}

void TestVotePane::importRefusesMismatch()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    QString error;
    QVERIFY(!model.session()->attachRollCall(
        { QStringLiteral(RE_TEST_DATA "/vote/bad/synthetic-groups-mismatch.csv") }, &error));
    QVERIFY(error.contains(u"438 votes in favour, the document 440"_s));
    QVERIFY(model.document().vote->groups.isEmpty());
    QCOMPARE(pane.findChild<QComboBox *>(u"voteChartKind"_s)->count(), 2);
}

void TestVotePane::didNotVoteOnlyWithSeats()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    auto *label = pane.findChild<QLabel *>(u"voteDidNotVoteLabel"_s);
    QVERIFY(label);
    QVERIFY(label->isHidden());
    model.setVote(test::rollCallDocument().vote); // the roll call lists 720 members
    QVERIFY(!label->isHidden());
    QVERIFY2(label->text().contains(u"76"_s) && label->text().contains(u"720"_s),
        qPrintable(label->text()));
}

void TestVotePane::noVote()
{
    ResolutionModel model;
    Document document = test::totalsOnlyDocument();
    document.vote.reset();
    model.setDocument(document);
    VotePane pane(&model);
    auto *combo = pane.findChild<QComboBox *>(u"voteChartKind"_s);
    QCOMPARE(combo->count(), 0);
    QVERIFY(!combo->isEnabled());
    auto *stack = pane.findChild<QStackedWidget *>(u"voteChartStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"voteNoVoteLabel"_s);
    QString error;
    QVERIFY(!pane.exportChart(QDir::temp().filePath(u"re-no-vote.png"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!pane.copyChartAction()->isEnabled());
}

void TestVotePane::followsPalette()
{
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    auto *view = pane.findChild<QChartView *>(u"voteTotalsChart"_s);
    QVERIFY(view);
    QPalette dark = pane.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    pane.setPalette(dark);
    QCOMPARE(view->chart()->backgroundBrush().color(), QColor(0x1e, 0x1e, 0x1e));
    QCOMPARE(view->chart()->animationOptions(), QChart::NoAnimation);
    QFont big = pane.font();
    big.setPointSize(big.pointSize() + 6);
    pane.setFont(big);
    QCOMPARE(view->chart()->series().size(), 1);
}

void TestVotePane::exportCurrentChart()
{
    QTemporaryDir dir;
    ResolutionModel model;
    model.setDocument(test::rollCallDocument());
    VotePane pane(&model);
    QVERIFY(pane.setCurrentChartKind(ChartKind::Hemicycle));
    const QString path = dir.filePath(u"hemicycle.png"_s);
    QString error;
    QVERIFY2(pane.exportChart(path, &error), qPrintable(error));
    const QImage image(path);
    QCOMPARE(image.size(), chartExportOptions(model.document(), ChartKind::Hemicycle).size);
}

void TestVotePane::breakdownLabelsAreNeverElided_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QSize>("size");
    for (const QSize size : { QSize(420, 380), QSize(360, 300), QSize(800, 700) }) {
        for (const QString &kind : { u"groups"_s, u"countries"_s }) {
            QTest::addRow("%s %dx%d", qPrintable(kind), size.width(), size.height())
                << kind << size;
        }
    }
}

/// A category label QtCharts cuts to "..." is unreadable: the plot must leave the room for the
/// widest label whole, at every size the dock may take.
void TestVotePane::breakdownLabelsAreNeverElided()
{
    QFETCH(QString, kind);
    QFETCH(QSize, size);
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    model.setVote(test::rollCallDocument().vote);
    pane.resize(size);
    pane.show();
    QVERIFY(
        pane.setCurrentChartKind(kind == u"groups"_s ? ChartKind::Groups : ChartKind::Countries));
    auto *view = pane.findChild<QChartView *>(
        kind == u"groups"_s ? u"voteGroupsChart"_s : u"voteCountriesChart"_s);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QApplication::processEvents();
    QChart *chart = view->chart();
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY(!axis->truncateLabels()); // QtCharts would cut a label it finds too long to "..."
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    for (const QString &label : axis->categories())
        widest = std::max(widest, metrics.horizontalAdvance(label));
    // Once laid out, the plot leaves the widest label its whole width.
    const auto room = [chart] { return chart->plotArea().left() - chart->margins().left(); };
    QTRY_VERIFY2_WITH_TIMEOUT(room() >= widest,
        qPrintable(u"%1 px for labels up to %2 px wide"_s.arg(room()).arg(widest)), 3000);
    if (qEnvironmentVariableIsSet("RE_VOTEPANE_GRAB"))
        pane.grab().save(u"/tmp/votepane-%1-%2.png"_s.arg(kind).arg(size.width()));
}

QTEST_MAIN(TestVotePane)
void TestVotePane::smallSlicesSideBySideUseTheLegend()
{
    // The angles Qt Charts gives the Myanmar vote's slices, 667/1/27 (from 9 o'clock,
    // clockwise): the two small slices end the ring side by side.
    Document doc = test::totalsOnlyDocument();
    doc.vote->votesFor = 667;
    doc.vote->against = 1;
    doc.vote->abstentions = 27;
    ResolutionModel model;
    model.setDocument(doc);
    VotePane pane(&model);
    auto *chart = pane.findChild<QChartView *>(u"voteTotalsChart"_s)->chart();
    auto *series = qobject_cast<QPieSeries *>(chart->series().constFirst());
    QList<qreal> myanmar;
    for (const QPieSlice *slice : series->slices())
        myanmar.append(slice->startAngle() + slice->angleSpan() / 2);
    QCOMPARE(myanmar.size(), 3);
    QVERIFY(qAbs(myanmar.at(2) - 263.0) < 1);
    // In a dock (arms of 100 px) their labels would be drawn over each other: the legend
    // says it instead; in a large chart they are a line apart.
    QVERIFY(pieLabelsCollide(myanmar, 100, 17));
    QVERIFY(!pieLabelsCollide(myanmar, 300, 17));
    // The bundled vote, 440/119/85: far apart at any size.
    QVERIFY(!pieLabelsCollide({ 33.0, 189.3, 246.2 }, 100, 17));
    // Opposite sides never collide, even at the same height.
    QVERIFY(!pieLabelsCollide({ 90, 270 }, 100, 17));
}

void TestVotePane::labelsOrLegendByTheSizeAlone()
{
    // Whether the totals carry outside labels or a legend depends on the chart's size, not on
    // the sizes it had before: reached from a small size (legend) or a large one (labels), the
    // same size shows the same.
    ResolutionModel model;
    model.setDocument(test::totalsOnlyDocument());
    VotePane pane(&model);
    pane.show();
    auto *chart = pane.findChild<QChartView *>(u"voteTotalsChart"_s)->chart();
    const auto legendAt = [&](QSize size) {
        pane.resize(size);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        return chart->legend()->isVisible();
    };
    int legends = 0;
    int labels = 0;
    for (const int height : { 360, 480, 620 }) {
        for (int width = 300; width <= 1100; width += 20) {
            const QSize size(width, height);
            legendAt({ 260, 240 });
            const bool fromSmall = legendAt(size);
            legendAt({ 1600, 1000 });
            const bool fromLarge = legendAt(size);
            QVERIFY2(fromSmall == fromLarge,
                qPrintable(u"%1x%2: legend %3 from a small size, %4 from a large one"_s.arg(width)
                               .arg(height)
                               .arg(fromSmall)
                               .arg(fromLarge)));
            (fromSmall ? legends : labels)++;
        }
    }
    // Both are reached in the sizes tried.
    QVERIFY(legends > 0);
    QVERIFY(labels > 0);
}

#include "tst_votepane.moc"
