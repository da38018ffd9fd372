// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Contrast.h"
#include "common/RolePalette.h"
#include "document/Gazetteer.h"
#include "geo/WorldMap.h"
#include "import/DocumentLoader.h"
#include "map/CountryLayer.h"
#include "map/MapChipBar.h"
#include "map/MapExport.h"
#include "map/MapFraming.h"
#include "map/MapLegend.h"
#include "map/MapPane.h"
#include "map/MapView.h"
#include "map/VoteMapStyle.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"
#include "ui/map/mapfixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <cmath>
#include <memory>

using namespace re;
using re::test::contrast;
using re::test::luminance;
using namespace Qt::StringLiterals;

namespace {

/// The Myanmar resolution (2021/2540(RSP)) as OEIL published its summary.
Document myanmarDocument()
{
    QString error;
    const std::optional<Document> document = loadDocumentFile(
        QStringLiteral(RE_TEST_DATA "/import/real/oeil-document-summary_1651118.html"), &error);
    if (!document)
        qFatal("cannot read the Myanmar summary: %s", qPrintable(error));
    return *document;
}

} // namespace

class TestMapPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void buildsOneItemPerCountry();
    void coloursCountriesByRole_data();
    void coloursCountriesByRole();
    void showsTheLegend();
    void clickFiltersByCountry();
    void hoverSetsTheHoveredEntity();
    void tooltipsTellRoleMentionsAndActions();
    void highlightsTheCurrentSection();
    void highlightsTheCurrentAction();
    void followsTheEntityFilter();
    void chipsFilterLikeCountries();
    void chipsStopAtTheLimit();
    void colourByHowMepsVoted();
    void groupingHighlightsItsMembers();
    void natoToggleOutlinesMembers();
    void recoloursWithoutRebuilding();
    void fallsBackToTheGazetteersEu();
    void zoomsAndPans();
    void labelsNeverOverlap();
    void labelsFitTheirCountries();
    void followsTheDarkPalette();
    void framesTheDocumentsCountries();
    void framesBeforeTheViewHasASize();
    void theSubjectStandsOut();
    void mentionedStandsApartFromNotMentioned_data();
    void mentionedStandsApartFromNotMentioned();
    void contextMenuCopiesAndExports();
    void firstPaintDrawsCountriesOnAWorker();
    void countryLayerDrawsOnlyWhatItWasAskedFor();
    void countryLayerIsShownOnlyOnItsViewport();

private:
    QPoint viewPointOf(const QString &key) const;
    void checkLabelsApart(const char *where);

    std::unique_ptr<ResolutionModel> m_model;
    std::unique_ptr<MapPane> m_pane;
};

void TestMapPane::init()
{
    m_model = std::make_unique<ResolutionModel>();
    m_model->setDocument(test::mapTestDocument());
    m_pane = std::make_unique<MapPane>(m_model.get());
    m_pane->resize(1000, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    // The tests start from the whole world (a new document frames its countries, see
    // framesTheDocumentsCountries()).
    m_pane->showWorld();
}

void TestMapPane::cleanup()
{
    m_pane.reset();
    m_model.reset();
}

QPoint TestMapPane::viewPointOf(const QString &key) const
{
    const CountryItem *item = m_pane->countryItem(key);
    return item ? m_pane->view()->mapFromScene(item->labelAnchor()) : QPoint();
}

void TestMapPane::buildsOneItemPerCountry()
{
    QCOMPARE(m_pane->objectName(), QStringLiteral("mapPane"));
    QCOMPARE(m_pane->findChild<MapView *>(QStringLiteral("mapView")), m_pane->view());
    int countries = 0;
    for (const QGraphicsItem *item : m_pane->scene()->items()) {
        if (item->type() == CountryItem::Type)
            ++countries;
    }
    QCOMPARE(countries, int(WorldMap::builtin().countries().size()));
    const CountryItem *norway = m_pane->countryItem(QStringLiteral("NOR"));
    QVERIFY(norway);
    QCOMPARE(norway->data(CountryItem::KeyData).toString(), QStringLiteral("NOR"));
    QVERIFY(m_pane->countryItem(QStringLiteral("XKX")));
}

void TestMapPane::coloursCountriesByRole_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QColor>("fill");
    QTest::addColumn<bool>("hatched");
    QTest::newRow("priority partner")
        << QStringLiteral("NOR") << RolePalette::fill(EntityRole::PriorityPartner, false) << false;
    QTest::newRow("threat") << QStringLiteral("RUS") << RolePalette::fill(EntityRole::Threat, false)
                            << true;
    QTest::newRow("supporter") << QStringLiteral("BLR")
                               << RolePalette::fill(EntityRole::SupporterOfThreat, false) << true;
    QTest::newRow("grouping member")
        << QStringLiteral("ALB") << RolePalette::fill(EntityRole::PartnerToDevelop, false) << false;
    QTest::newRow("criticised EU member")
        << QStringLiteral("HUN") << RolePalette::fill(EntityRole::Criticised, false) << false;
    QTest::newRow("EU member") << QStringLiteral("FRA") << RolePalette::euMemberFill(false)
                               << false;
    QTest::newRow("mentioned EU member")
        << QStringLiteral("DEU") << RolePalette::euMemberFill(false) << false;
    QTest::newRow("mentioned") << QStringLiteral("CHE")
                               << RolePalette::fill(EntityRole::Mentioned, false) << false;
    QTest::newRow("not mentioned")
        << QStringLiteral("BRA") << RolePalette::notMentionedFill(false) << false;
}

void TestMapPane::coloursCountriesByRole()
{
    QFETCH(QString, key);
    QFETCH(QColor, fill);
    QFETCH(bool, hatched);
    QVERIFY(!RolePalette::isDark(m_pane->palette().color(QPalette::Window)));
    const CountryItem *item = m_pane->countryItem(key);
    QVERIFY(item);
    QCOMPARE(item->look().fill, fill);
    QCOMPARE(item->look().pattern != Qt::NoBrush, hatched);
}

void TestMapPane::showsTheLegend()
{
    const auto *legend = m_pane->findChild<MapLegendWidget *>(QStringLiteral("mapLegend"));
    QVERIFY(legend);
    QStringList texts;
    for (const MapLegendEntry &entry : legend->entries())
        texts.append(mapLegendText(entry));
    QVERIFY2(texts.contains(QStringLiteral("priority partner (1)")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("threat (1)")));
    QVERIFY(texts.contains(QStringLiteral("partner to develop (6)"))); // Serbia and 5 members
    QVERIFY(texts.contains(QStringLiteral("partner organisation (1)"))); // the NATO chip
    QVERIFY(texts.contains(QStringLiteral("EU member state (8)"))); // 9 members, Hungary not
    QCOMPARE(texts.last(), QStringLiteral("not mentioned"));
    QVERIFY(!texts.join(u'|').contains(QStringLiteral("under review"))); // absent roles
    QVERIFY(legend->isVisible() && legend->height() > 0);
}

void TestMapPane::clickFiltersByCountry()
{
    SelectionState *selection = m_model->selection();
    QWidget *viewport = m_pane->view()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewPointOf(QStringLiteral("NOR")));
    QCOMPARE(selection->entityFilter(), QStringList { QStringLiteral("NOR") });
    QTest::mouseClick(
        viewport, Qt::LeftButton, Qt::ControlModifier, viewPointOf(QStringLiteral("RUS")));
    const QStringList both { QStringLiteral("NOR"), QStringLiteral("RUS") };
    QCOMPARE(selection->entityFilter(), both);
    QTest::mouseClick(
        viewport, Qt::LeftButton, Qt::ControlModifier, viewPointOf(QStringLiteral("NOR")));
    QCOMPARE(selection->entityFilter(), QStringList { QStringLiteral("RUS") });
    // A country the document does not name, then the sea: the filter is cleared.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, viewPointOf(QStringLiteral("BRA")));
    QVERIFY(selection->entityFilter().isEmpty());
    selection->setEntityFilter({ QStringLiteral("NOR") });
    QTest::mouseClick(
        viewport, Qt::LeftButton, {}, m_pane->view()->mapFromScene(WorldMap::project(-30, 0)));
    QVERIFY(selection->entityFilter().isEmpty());
}

void TestMapPane::hoverSetsTheHoveredEntity()
{
    SelectionState *selection = m_model->selection();
    QWidget *viewport = m_pane->view()->viewport();
    QTest::mouseMove(viewport, viewPointOf(QStringLiteral("NOR")));
    QTRY_COMPARE(selection->hoveredEntity(), QStringLiteral("NOR"));
    QVERIFY(m_pane->countryItem(QStringLiteral("NOR"))->highlights() & CountryItem::Hovered);
    QTest::mouseMove(viewport, viewPointOf(QStringLiteral("BRA")));
    QTRY_COMPARE(selection->hoveredEntity(), QString());
    QVERIFY(m_pane->countryItem(QStringLiteral("BRA"))->highlights() & CountryItem::Hovered);
    QVERIFY(!(m_pane->countryItem(QStringLiteral("NOR"))->highlights() & CountryItem::Hovered));
    // Hovered in another view.
    selection->setHoveredEntity(QStringLiteral("RUS"));
    QVERIFY(m_pane->countryItem(QStringLiteral("RUS"))->highlights() & CountryItem::Hovered);
}

void TestMapPane::tooltipsTellRoleMentionsAndActions()
{
    const QString norway = m_pane->countryItem(QStringLiteral("NOR"))->toolTip();
    QVERIFY2(norway.contains(QStringLiteral("Norway")), qPrintable(norway));
    QVERIFY(norway.contains(QStringLiteral("priority partner")));
    QVERIFY(norway.contains(QStringLiteral("1 mention")));
    QVERIFY(norway.contains(QStringLiteral("1 action")));
    const QString serbia = m_pane->countryItem(QStringLiteral("SRB"))->toolTip();
    QVERIFY2(serbia.contains(QStringLiteral("1 action")), qPrintable(serbia)); // via the grouping
    const QString albania = m_pane->countryItem(QStringLiteral("ALB"))->toolTip();
    QVERIFY2(albania.contains(QStringLiteral("Western Balkans")), qPrintable(albania));
    const QString brazil = m_pane->countryItem(QStringLiteral("BRA"))->toolTip();
    QVERIFY(brazil.contains(QStringLiteral("Brazil")));
    QVERIFY(brazil.contains(QStringLiteral("not mentioned")));
}

void TestMapPane::highlightsTheCurrentSection()
{
    const auto inSection = [this](const char *key) {
        return bool(
            m_pane->countryItem(QString::fromLatin1(key))->highlights() & CountryItem::InSection);
    };
    QVERIFY(!inSection("NOR"));
    m_model->selection()->setCurrentSection(QStringLiteral("s1"));
    QVERIFY(inSection("NOR"));
    QVERIFY(inSection("RUS"));
    QVERIFY(inSection("BLR"));
    QVERIFY(!inSection("SRB"));
    m_model->selection()->setCurrentSection(QStringLiteral("s2"));
    QVERIFY(!inSection("NOR"));
    QVERIFY(inSection("SRB"));
    QVERIFY(inSection("XKX")); // a member of the Western Balkans named there
    QVERIFY(inSection("HUN"));
    QVERIFY(m_pane->chip(QStringLiteral("NATO"))->font().bold());
    m_model->selection()->setCurrentSection(QString());
    QVERIFY(!inSection("SRB"));
}

void TestMapPane::highlightsTheCurrentAction()
{
    m_model->selection()->setCurrentAction(QStringLiteral("a1"));
    QVERIFY(m_pane->countryItem(QStringLiteral("NOR"))->highlights() & CountryItem::InSection);
    QVERIFY(!(m_pane->countryItem(QStringLiteral("RUS"))->highlights() & CountryItem::InSection));
    m_model->selection()->setCurrentAction(QStringLiteral("a2"));
    QVERIFY(m_pane->countryItem(QStringLiteral("MNE"))->highlights() & CountryItem::InSection);
    QVERIFY(!(m_pane->countryItem(QStringLiteral("NOR"))->highlights() & CountryItem::InSection));
}

void TestMapPane::followsTheEntityFilter()
{
    m_model->selection()->setEntityFilter(
        { QStringLiteral("RUS"), QStringLiteral("western-balkans") });
    QVERIFY(m_pane->countryItem(QStringLiteral("RUS"))->highlights() & CountryItem::Filtered);
    QVERIFY(m_pane->countryItem(QStringLiteral("BIH"))->highlights() & CountryItem::Filtered);
    QVERIFY(!(m_pane->countryItem(QStringLiteral("NOR"))->highlights() & CountryItem::Filtered));
    // A highlighted country draws above its neighbours.
    QVERIFY(m_pane->countryItem(QStringLiteral("RUS"))->zValue()
        > m_pane->countryItem(QStringLiteral("FIN"))->zValue());
    m_model->selection()->setEntityFilter({});
    QVERIFY(!(m_pane->countryItem(QStringLiteral("RUS"))->highlights() & CountryItem::Filtered));
}

void TestMapPane::chipsFilterLikeCountries()
{
    QToolButton *nato = m_pane->findChild<QToolButton *>(QStringLiteral("mapChip_NATO"));
    QVERIFY(nato);
    QCOMPARE(nato->text(), QStringLiteral("NATO"));
    QVERIFY(m_pane->findChild<QToolButton *>(QStringLiteral("mapChip_EU")));
    QVERIFY(!m_pane->findChild<QToolButton *>(QStringLiteral("mapChip_NOR"))); // a place
    QTest::mouseClick(nato, Qt::LeftButton);
    QCOMPARE(m_model->selection()->entityFilter(), QStringList { QStringLiteral("NATO") });
    QVERIFY(nato->isChecked());
    QTest::mouseClick(nato, Qt::LeftButton); // still the one filter: stays checked
    QCOMPARE(m_model->selection()->entityFilter(), QStringList { QStringLiteral("NATO") });
    QVERIFY(nato->isChecked());
    m_model->selection()->setEntityFilter({ QStringLiteral("NOR") });
    QVERIFY(!nato->isChecked());
    // Hovering the chip outlines the organisation's members.
    m_model->selection()->setHoveredEntity(QStringLiteral("NATO"));
    QVERIFY(m_pane->countryItem(QStringLiteral("USA"))->highlights() & CountryItem::GroupingMember);
}

void TestMapPane::chipsStopAtTheLimit()
{
    // A synthetic document naming far more organisations than any resolution: the bar keeps
    // its first MaxChips and says how many more there are (64k buttons froze the window).
    Document doc = test::mapTestDocument();
    const int before
        = int(m_pane->findChildren<QToolButton *>(QRegularExpression(QStringLiteral("^mapChip_")))
                  .size());
    QVERIFY(before > 0);
    for (int i = 0; i < 100; ++i) {
        Entity organisation;
        organisation.id = QStringLiteral("synthetic-organisation-%1").arg(i);
        organisation.name = QStringLiteral("Synthetic organisation %1").arg(i);
        organisation.kind = EntityKind::Organisation;
        doc.entities.append(organisation);
        doc.mentions.append({ organisation.id, 0, { 0, 1 } });
    }
    m_model->setDocument(doc);
    const auto chips
        = m_pane->findChildren<QToolButton *>(QRegularExpression(QStringLiteral("^mapChip_")));
    QCOMPARE(chips.size(), MapChipBar::MaxChips);
    auto *more = m_pane->findChild<QLabel *>(QStringLiteral("mapChipsMore"));
    QVERIFY(more);
    QCOMPARE(more->text(),
        QStringLiteral("and %1 more (see Entities)").arg(before + 100 - MapChipBar::MaxChips));
    m_model->setDocument(test::mapTestDocument());
    QVERIFY(!m_pane->findChild<QLabel *>(QStringLiteral("mapChipsMore")));
}

/// With roll-call data by country, the map can colour member states by how their MEPs voted;
/// without it that colouring is not offered.
void TestMapPane::colourByHowMepsVoted()
{
    auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("mapColouringCombo"));
    QVERIFY(combo);
    QVERIFY(combo->isHidden()); // no data by country: no such choice
    m_pane->setColouring(MapColouring::Vote);
    QCOMPARE(m_pane->colouring(), MapColouring::Partners);
    const CountryLook partnerLook = m_pane->countryItem(QStringLiteral("HUN"))->look();

    Vote vote;
    vote.votesFor = 20;
    vote.against = 10;
    vote.countries = { { QStringLiteral("HUN"), QStringLiteral("Hungary"), QStringLiteral("HU"), 0,
                           10, 0, 0 },
        { QStringLiteral("DEU"), QStringLiteral("Germany"), QStringLiteral("DE"), 20, 0, 0, 0 } };
    m_model->setVote(vote);
    QVERIFY(!combo->isHidden());
    m_pane->setColouring(MapColouring::Vote);
    QCOMPARE(m_pane->colouring(), MapColouring::Vote);
    QCOMPARE(combo->currentData().toInt(), int(MapColouring::Vote));
    const VoteMapStyle style(m_model->document());
    QCOMPARE(m_pane->countryItem(QStringLiteral("HUN"))->look(),
        style.look(QStringLiteral("HUN"), false));
    QVERIFY(m_pane->countryItem(QStringLiteral("HUN"))->look() != partnerLook);
    QVERIFY(m_pane->countryItem(QStringLiteral("HUN"))
                ->toolTip()
                .contains(QStringLiteral("Hungary: 0 for, 10 against")));
    QVERIFY(m_pane->visibleLabels().isEmpty());
    QVERIFY(!m_pane->findChild<QToolButton *>(QStringLiteral("mapChip_NATO")));

    m_model->setVote(std::nullopt); // the data goes: so does the vote colouring
    QCOMPARE(m_pane->colouring(), MapColouring::Partners);
    QVERIFY(combo->isHidden());
    QCOMPARE(m_pane->countryItem(QStringLiteral("HUN"))->look(), partnerLook);
}

void TestMapPane::groupingHighlightsItsMembers()
{
    auto *combo = m_pane->findChild<QComboBox *>(QStringLiteral("mapGroupingCombo"));
    QVERIFY(combo);
    const int index = combo->findData(QStringLiteral("western-balkans"));
    QVERIFY(index > 0);
    QCOMPARE(combo->itemText(index), QStringLiteral("Western Balkans"));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(m_pane->highlightedGrouping(), QStringLiteral("western-balkans"));
    for (const char *key : { "ALB", "BIH", "MNE", "MKD", "SRB", "XKX" })
        QVERIFY2(m_pane->countryItem(QString::fromLatin1(key))->highlights()
                & CountryItem::GroupingMember,
            key);
    QVERIFY(
        !(m_pane->countryItem(QStringLiteral("HRV"))->highlights() & CountryItem::GroupingMember));
    m_pane->setHighlightedGrouping(QString());
    QVERIFY(
        !(m_pane->countryItem(QStringLiteral("ALB"))->highlights() & CountryItem::GroupingMember));
    // Hovering the grouping in another view does the same.
    m_model->selection()->setHoveredEntity(QStringLiteral("western-balkans"));
    QVERIFY(m_pane->countryItem(QStringLiteral("XKX"))->highlights() & CountryItem::GroupingMember);
}

void TestMapPane::natoToggleOutlinesMembers()
{
    auto *action = m_pane->findChild<QAction *>(QStringLiteral("natoOutlineAction"));
    QVERIFY(action);
    QVERIFY(m_pane->findChild<QToolButton *>(QStringLiteral("natoOutlineToggle")));
    QVERIFY(action->isEnabled());
    QVERIFY(!(m_pane->countryItem(QStringLiteral("USA"))->highlights() & CountryItem::NatoMember));
    action->trigger();
    QVERIFY(m_pane->countryItem(QStringLiteral("USA"))->highlights() & CountryItem::NatoMember);
    QVERIFY(!(m_pane->countryItem(QStringLiteral("RUS"))->highlights() & CountryItem::NatoMember));
    action->trigger();
    QVERIFY(!(m_pane->countryItem(QStringLiteral("USA"))->highlights() & CountryItem::NatoMember));
}

void TestMapPane::recoloursWithoutRebuilding()
{
    CountryItem *norway = m_pane->countryItem(QStringLiteral("NOR"));
    Document document = test::mapTestDocument();
    document.entities[document.entityIndex(QStringLiteral("NOR"))].role = EntityRole::UnderReview;
    m_model->setDocument(document);
    QCOMPARE(m_pane->countryItem(QStringLiteral("NOR")), norway);
    QCOMPARE(norway->look().fill, RolePalette::fill(EntityRole::UnderReview, false));
    QVERIFY(norway->toolTip().contains(QStringLiteral("under review")));
}

void TestMapPane::fallsBackToTheGazetteersEu()
{
    const GazetteerEntry *eu = Gazetteer::builtin().find(QStringLiteral("EU"));
    if (!eu || !eu->members.contains(QStringLiteral("ESP")))
        QSKIP("the gazetteer lists no EU members");
    Document document = test::mapTestDocument();
    document.entities[document.entityIndex(QStringLiteral("EU"))].members.clear();
    m_model->setDocument(document);
    QCOMPARE(
        m_pane->countryItem(QStringLiteral("ESP"))->look().fill, RolePalette::euMemberFill(false));
    QCOMPARE(m_pane->countryItem(QStringLiteral("GBR"))->look().fill,
        RolePalette::notMentionedFill(false));
}

void TestMapPane::zoomsAndPans()
{
    MapView *view = m_pane->view();
    QVERIFY(qAbs(view->zoom() - 1) < 1e-6);
    QTest::mouseClick(
        m_pane->findChild<QToolButton *>(QStringLiteral("mapEuropeButton")), Qt::LeftButton);
    QVERIFY(view->zoom() > 3);
    const QRectF europe = m_pane->visibleRegion();
    QVERIFY(europe.contains(WorldMap::builtin().country(QStringLiteral("BEL"))->bounds));
    QVERIFY(!europe.intersects(WorldMap::builtin().country(QStringLiteral("BRA"))->bounds));

    QTest::mouseClick(
        m_pane->findChild<QToolButton *>(QStringLiteral("mapWorldButton")), Qt::LeftButton);
    QVERIFY(qAbs(view->zoom() - 1) < 1e-6);
    QTest::keyClick(view, Qt::Key_Minus); // never smaller than the world
    QVERIFY(qAbs(view->zoom() - 1) < 1e-6);
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(qAbs(view->zoom() - 1.5) < 1e-6);

    // The wheel zooms around the pointer: the point under it stays put.
    const QPoint at = viewPointOf(QStringLiteral("NOR"));
    const QPointF before = view->mapToScene(at);
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QVERIFY(view->zoom() > 1.5);
    QVERIFY((view->mapToScene(at) - before).manhattanLength() < 2 / view->transform().m11());

    // Dragging pans; it does not click.
    const QPointF centre = view->visibleSceneRect().center();
    QWidget *viewport = view->viewport();
    const QPoint start = viewport->rect().center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, start + QPoint(60, 40), viewport->mapToGlobal(start),
        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + QPoint(60, 40));
    QVERIFY(view->visibleSceneRect().center().x() < centre.x());
    QVERIFY(m_model->selection()->entityFilter().isEmpty());
}

namespace {

/// How many pixels of two images of one size differ by more than `tolerance` in a channel.
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            if (qAbs(qRed(p[col]) - qRed(q[col])) > tolerance
                || qAbs(qGreen(p[col]) - qGreen(q[col])) > tolerance
                || qAbs(qBlue(p[col]) - qBlue(q[col])) > tolerance)
                ++count;
        }
    }
    return count;
}

} // namespace

void TestMapPane::firstPaintDrawsCountriesOnAWorker()
{
    // A pane laid out but never painted: its first paint (here a grab) draws the countries
    // from the image the worker drew; the second paints every country item itself.
    MapPane pane(m_model.get());
    pane.resize(1000, 700);
    pane.layout()->activate();
    MapView *view = pane.view();
    const QImage first = view->grab().toImage();
    QVERIFY(view->firstPaintUsedCountryLayer());
    const QImage second = view->grab().toImage();
    QCOMPARE(first.size(), second.size());
    QVERIFY(first.size().width() > 300);
    // The same pixels but for rounding: the image is blended onto the sea in one step more, so
    // anti-aliased edges may differ by a step or two.
    const int differing = differingPixels(first, second, 3);
    QVERIFY2(differing <= first.width() * first.height() / 10000,
        qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    QCOMPARE(differingPixels(first, second, 32), 0);
    // And the countries are there: Russia's threat fill at its label anchor.
    const QPoint russia
        = view->mapFromScene(pane.countryItem(QStringLiteral("RUS"))->labelAnchor());
    const QColor seen = first.pixelColor(russia + QPoint(0, 12));
    QCOMPARE(seen, pane.countryItem(QStringLiteral("RUS"))->look().fill);
}

void TestMapPane::countryLayerDrawsOnlyWhatItWasAskedFor()
{
    // The view's first paint asks the layer for the map as it is then; an image drawn for the
    // map as it was (another look, outline, zoom or size) is never handed out for it.
    MapView *view = m_pane->view();
    const QGraphicsScene *scene = view->scene();
    const QSize size = view->viewport()->size();
    const QTransform transform = view->viewportTransform();
    const CountryLayer::Key drawn = CountryLayer::keyFor(scene, size, 1, transform);
    QCOMPARE(drawn.shapes.size(), WorldMap::builtin().countries().size());
    CountryLayer layer;
    layer.render(drawn);

    CountryItem *russia = m_pane->countryItem(QStringLiteral("RUS"));
    const CountryLook look = russia->look();
    CountryLook recoloured = look;
    recoloured.fill = Qt::magenta;
    russia->setLook(recoloured);
    QVERIFY(!layer.image(CountryLayer::keyFor(scene, size, 1, transform)));
    russia->setLook(look);
    const unsigned highlights = russia->highlights();
    russia->setHighlights(highlights ^ CountryItem::Hovered);
    QVERIFY(!layer.image(CountryLayer::keyFor(scene, size, 1, transform)));
    russia->setHighlights(highlights);
    QVERIFY(!layer.image(CountryLayer::keyFor(scene, size, 1, QTransform(transform).scale(2, 2))));
    QVERIFY(!layer.image(CountryLayer::keyFor(scene, size + QSize(1, 0), 1, transform)));

    const QImage *image = layer.image(CountryLayer::keyFor(scene, size, 1, transform));
    QVERIFY(image);
    QCOMPARE(image->size(), size);
    // Russia in its own fill, where the sea would be transparent.
    const QPoint inside = transform.map(russia->labelAnchor()).toPoint() + QPoint(0, 12);
    QCOMPARE(image->pixelColor(inside), look.fill);
    QCOMPARE(image->pixelColor(0, 0).alpha(), 0);
}

void TestMapPane::countryLayerIsShownOnlyOnItsViewport()
{
    // The items ask the layer whether its image stands in for the countries on the widget they
    // paint on: only on the viewport it is shown on, only while shown, never for an export
    // (no widget) or another view of the same scene.
    MapView *view = m_pane->view();
    QWidget *viewport = view->viewport();
    const CountryLayer::Key key
        = CountryLayer::keyFor(view->scene(), viewport->size(), 1, view->viewportTransform());
    CountryLayer layer;
    QVERIFY(!layer.showOn(viewport, key)); // nothing drawn: nothing to show
    QVERIFY(!layer.shownOn(viewport));
    layer.render(key);
    QVERIFY(layer.showOn(viewport, key));
    const QImage *shown = layer.shownOn(viewport);
    QVERIFY(shown);
    QCOMPARE(shown, layer.image(key));
    QWidget other;
    QVERIFY(!layer.shownOn(&other));
    QVERIFY(!layer.shownOn(nullptr));
    layer.clear();
    QVERIFY(!layer.shownOn(viewport));
}

void TestMapPane::checkLabelsApart(const char *where)
{
    MapView *view = m_pane->view();
    QList<QRectF> rects;
    for (QGraphicsItem *item : m_pane->scene()->items()) {
        if (item->type() != MapLabelItem::Type || !item->isVisible())
            continue;
        const QRectF rect = item->boundingRect().translated(view->mapFromScene(item->pos()));
        for (const QRectF &other : std::as_const(rects))
            QVERIFY2(!other.intersects(rect), where);
        // Never over a country smaller than itself.
        const QString key = static_cast<const MapLabelItem *>(item)->key();
        const QRectF country
            = view->viewportTransform().mapRect(WorldMap::builtin().country(key)->bounds);
        QVERIFY2(rect.width() <= country.width() && rect.height() <= country.height(),
            qPrintable(u"%1: %2 on %3"_s.arg(QLatin1String(where), key)
                           .arg(rect.width())
                           .arg(country.width())));
        QVERIFY2(QRectF(view->viewport()->rect()).contains(rect), where); // never clipped
        rects.append(rect);
    }
    QCOMPARE(rects.size(), m_pane->visibleLabels().size());
}

void TestMapPane::labelsNeverOverlap()
{
    checkLabelsApart("world");
    const QStringList world = m_pane->visibleLabels();
    QVERIFY(world.contains(QStringLiteral("RUS")));
    QVERIFY(!world.contains(QStringLiteral("LIE"))); // crowded out at world scale
    m_pane->showEurope();
    checkLabelsApart("europe");
    QVERIFY(m_pane->visibleLabels().size() > world.size());
    for (int i = 0; i < 6; ++i) {
        m_pane->view()->zoomBy(1.6, viewPointOf(QStringLiteral("LUX")));
        checkLabelsApart("zoomed");
    }
    QVERIFY(m_pane->visibleLabels().contains(QStringLiteral("LUX")));
}

void TestMapPane::followsTheDarkPalette()
{
    QPalette dark = m_pane->palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    m_pane->setPalette(dark);
    QCOMPARE(m_pane->countryItem(QStringLiteral("NOR"))->look().fill,
        RolePalette::fill(EntityRole::PriorityPartner, true));
    QCOMPARE(m_pane->countryItem(QStringLiteral("BRA"))->look().fill,
        RolePalette::notMentionedFill(true));
    const auto *legend = m_pane->findChild<MapLegendWidget *>(QStringLiteral("mapLegend"));
    QCOMPARE(legend->entries().first().look.fill,
        RolePalette::fill(EntityRole::CornerstonePartner, true));
}

void TestMapPane::labelsFitTheirCountries()
{
    // Europe: Luxembourg is smaller on screen than its name, so it has no label (its tooltip
    // names it); Ukraine is large enough for its own.
    m_pane->showEurope();
    checkLabelsApart("europe");
    QVERIFY(!m_pane->visibleLabels().contains(u"LUX"_s));
    QVERIFY(m_pane->visibleLabels().contains(u"UKR"_s));
    // A filtered country is labelled first, where it fits.
    m_model->selection()->setEntityFilter({ u"BLR"_s });
    QVERIFY(m_pane->visibleLabels().contains(u"BLR"_s));
    checkLabelsApart("filtered");
    // The export draws the same labels: none on Luxembourg at this scale.
    const QRectF region = m_pane->visibleRegion();
    ImageExportOptions options;
    options.size = m_pane->view()->viewport()->size();
    QString error;
    const std::optional<QByteArray> svg
        = mapImageFile(m_model->document(), u"map.svg"_s, options, &error, region);
    QVERIFY2(svg, qPrintable(error));
    QVERIFY(!svg->contains(">Luxembourg<"));
    QVERIFY(svg->contains(">Ukraine<"));
}

void TestMapPane::framesTheDocumentsCountries()
{
    // A pane on the whole world; then the Myanmar resolution: Myanmar on screen, the view far
    // smaller than the world but showing its neighbours.
    ResolutionModel model;
    MapPane pane(&model);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QRectF world = WorldMap::sphere().boundingRect();
    QVERIFY(pane.view()->visibleSceneRect().contains(world.adjusted(1, 1, -1, -1)));

    model.setDocument(myanmarDocument());
    const QRectF shown = pane.view()->visibleSceneRect();
    const MapCountry *myanmar = WorldMap::builtin().country(u"MMR"_s);
    QVERIFY(shown.contains(myanmar->bounds));
    QVERIFY2(shown.width() < world.width() / 3 && shown.height() < world.height() / 3,
        qPrintable(u"%1 x %2"_s.arg(shown.width()).arg(shown.height())));
    const QSizeF minimum = minimumFrameSize();
    QVERIFY(shown.width() >= minimum.width() && shown.height() >= minimum.height() * 0.99);
    QVERIFY(shown.contains(WorldMap::builtin().country(u"THA"_s)->labelAnchor));
    QVERIFY(shown.contains(WorldMap::builtin().country(u"BGD"_s)->labelAnchor));

    // The user's own zoom stays, through a resize, until the next document.
    pane.view()->zoomBy(2);
    const qreal zoomed = pane.view()->zoom();
    pane.resize(900, 650);
    QCOMPARE(pane.view()->zoom(), zoomed);
    QVERIFY(pane.view()->framedRect().isEmpty());

    // The synthetic document names Europe's countries and Russia.
    model.setDocument(test::mapTestDocument());
    const QRectF europeAndRussia = pane.view()->visibleSceneRect();
    QVERIFY(europeAndRussia.contains(WorldMap::builtin().country(u"NOR"_s)->labelAnchor));
    QVERIFY(europeAndRussia.contains(WorldMap::builtin().country(u"RUS"_s)->labelAnchor));
    QVERIFY(!europeAndRussia.contains(WorldMap::builtin().country(u"BRA"_s)->labelAnchor));

    // A document that names no country: the world.
    model.setDocument(Document());
    QVERIFY(qAbs(pane.view()->zoom() - 1) < 1e-6);
}

void TestMapPane::framesBeforeTheViewHasASize()
{
    // The document is there before the pane is shown (the file named on the command line):
    // the frame is applied when the view gets its size, and kept as the window lays out.
    ResolutionModel model;
    model.setDocument(myanmarDocument());
    MapPane pane(&model);
    pane.resize(700, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.resize(1100, 600);
    const QRectF shown = pane.view()->visibleSceneRect();
    QVERIFY(shown.contains(WorldMap::builtin().country(u"MMR"_s)->bounds));
    QVERIFY(shown.width() < WorldMap::sphere().boundingRect().width() / 3);
}

void TestMapPane::theSubjectStandsOut()
{
    // "Resolution on the situation in Myanmar": Myanmar, under sanctions, is its subject.
    ResolutionModel model;
    model.setDocument(myanmarDocument());
    MapPane pane(&model);
    pane.resize(1000, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const CountryItem *myanmar = pane.countryItem(u"MMR"_s);
    QCOMPARE(model.entity(u"MMR"_s)->role, EntityRole::Sanctioned);
    QCOMPARE(myanmar->look().fill, RolePalette::fill(EntityRole::Sanctioned, false));
    const CountryOutline outline = myanmar->outline();
    QCOMPARE(outline.color, RolePalette::text(EntityRole::Sanctioned, false));
    QVERIFY(outline.width >= 2);
    QVERIFY(outline.width > pane.countryItem(u"THA"_s)->outline().width * 2);
    QVERIFY(myanmar->zValue() > pane.countryItem(u"THA"_s)->zValue()); // above the borders
    QVERIFY(myanmar->toolTip().contains(u"subject of the resolution"_s));

    QVERIFY(pane.visibleLabels().contains(u"MMR"_s));
    for (QGraphicsItem *item : pane.scene()->items()) {
        if (item->type() == MapLabelItem::Type) {
            const auto *label = static_cast<const MapLabelItem *>(item);
            QCOMPARE(label->font().bold(), label->key() == u"MMR"_s);
        }
    }
}

void TestMapPane::mentionedStandsApartFromNotMentioned_data()
{
    QTest::addColumn<QColor>("window");
    QTest::newRow("light") << QColor(0xEF, 0xF0, 0xF1);
    QTest::newRow("dark") << QColor(0x20, 0x23, 0x26);
}

void TestMapPane::mentionedStandsApartFromNotMentioned()
{
    QFETCH(QColor, window);
    QPalette palette = m_pane->palette();
    palette.setColor(QPalette::Window, window);
    m_pane->setPalette(palette);
    // Switzerland is mentioned (and no EU member), Brazil is not.
    const CountryItem *mentioned = m_pane->countryItem(u"CHE"_s);
    const CountryItem *notMentioned = m_pane->countryItem(u"BRA"_s);
    QVERIFY2(contrast(mentioned->look().fill, notMentioned->look().fill) >= 2.0,
        qPrintable(mentioned->look().fill.name() + u" on "_s + notMentioned->look().fill.name()));
    // Its outline stands out from its own fill, unlike the thin border of the others.
    QVERIFY(contrast(mentioned->outline().color, mentioned->look().fill) >= 2.0);
    QVERIFY(mentioned->outline().color != notMentioned->outline().color);
    // The legend's swatches say the same.
    const auto *legend = m_pane->findChild<MapLegendWidget *>(u"mapLegend"_s);
    const QList<MapLegendEntry> entries = legend->entries();
    const auto entry = [&entries](const QString &label) {
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
            [&label](const MapLegendEntry &e) { return e.label == label; });
        return it == entries.cend() ? MapLegendEntry() : *it;
    };
    QCOMPARE(entry(u"mentioned"_s).look, mentioned->look());
    QCOMPARE(entry(u"not mentioned"_s).look.fill, notMentioned->look().fill);
}

void TestMapPane::contextMenuCopiesAndExports()
{
    auto *copy = m_pane->findChild<QAction *>(u"copyMapAction"_s);
    auto *exportMap = m_pane->findChild<QAction *>(u"exportMapAction"_s);
    QVERIFY(copy);
    QVERIFY(exportMap);

    // A right click opens the menu with both.
    QStringList offered;
    QTimer::singleShot(0, this, [&offered] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *action : menu->actions())
                offered.append(action->objectName());
            menu->close();
        }
    });
    QWidget *viewport = m_pane->view()->viewport();
    const QPoint at = viewport->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, viewport->mapToGlobal(at));
    QApplication::sendEvent(viewport, &event);
    QCOMPARE(offered, QStringList({ u"copyMapAction"_s, u"exportMapAction"_s }));

    QSignalSpy exportRequested(m_pane.get(), &MapPane::exportRequested);
    exportMap->trigger();
    QCOMPARE(exportRequested.size(), 1);

    // Copy: the image the export draws (its default size), title and all.
    QApplication::clipboard()->clear();
    copy->trigger();
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasFormat(u"image/png"_s));
    const QImage image = QImage::fromData(mime->data(u"image/png"_s), "PNG");
    QCOMPARE(image.size(), ImageExportOptions().size);
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
}

QTEST_MAIN(TestMapPane)
#include "tst_mappane.moc"
