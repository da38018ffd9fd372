// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapPane.h"

#include "common/FlowLayout.h"
#include "common/RolePalette.h"
#include "geo/WorldMap.h"
#include "i18n/CountryNames.h"
#include "map/MapChipBar.h"
#include "map/MapExport.h"
#include "map/MapLegend.h"
#include "map/MapView.h"
#include "model/ResolutionModel.h"
#include "model/SelectionState.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace re {

MapPane::MapPane(ResolutionModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scene(new QGraphicsScene(this))
    , m_view(new MapView(m_scene, this))
    , m_legend(new MapLegendWidget(this))
    , m_chips(new MapChipBar(this))
    , m_groupingCombo(new QComboBox(this))
    , m_colouringCombo(new QComboBox(this))
    , m_natoAction(new QAction(tr("NATO outline"), this))
    , m_copyAction(new QAction(tr("Copy Map"), this))
    , m_exportAction(new QAction(tr("Export Map…"), this))
    , m_worldButton(new QToolButton(this))
    , m_europeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("mapPane"));
    m_scene->setObjectName(QStringLiteral("mapScene"));
    m_view->setObjectName(QStringLiteral("mapView"));
    m_view->setAccessibleName(tr("Partner map"));
    m_legend->setObjectName(QStringLiteral("mapLegend"));
    m_chips->setObjectName(QStringLiteral("mapChips"));
    m_groupingCombo->setObjectName(QStringLiteral("mapGroupingCombo"));
    m_groupingCombo->setToolTip(tr("Outline the members of a grouping the resolution names"));
    m_groupingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_worldButton->setObjectName(QStringLiteral("mapWorldButton"));
    m_worldButton->setText(tr("World"));
    m_worldButton->setToolTip(tr("Show the whole world"));
    m_europeButton->setObjectName(QStringLiteral("mapEuropeButton"));
    m_europeButton->setText(tr("Europe"));
    m_europeButton->setToolTip(tr("Show Europe"));
    auto *zoomIn = new QToolButton(this);
    zoomIn->setObjectName(QStringLiteral("mapZoomInButton"));
    zoomIn->setText(tr("+"));
    zoomIn->setToolTip(tr("Zoom in (+)"));
    auto *zoomOut = new QToolButton(this);
    zoomOut->setObjectName(QStringLiteral("mapZoomOutButton"));
    zoomOut->setText(tr("\u2212"));
    zoomOut->setToolTip(tr("Zoom out (\u2212)"));

    m_natoAction->setObjectName(QStringLiteral("natoOutlineAction"));
    m_natoAction->setCheckable(true);
    m_natoAction->setToolTip(tr("Outline NATO's members"));
    auto *natoButton = new QToolButton(this);
    natoButton->setObjectName(QStringLiteral("natoOutlineToggle"));
    natoButton->setDefaultAction(m_natoAction);

    m_copyAction->setObjectName(QStringLiteral("copyMapAction"));
    m_copyAction->setToolTip(tr("Copy the map as it is shown, with its title and legend"));
    m_exportAction->setObjectName(QStringLiteral("exportMapAction"));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    auto *groupingLabel = new QLabel(tr("&Grouping:"), this);
    groupingLabel->setObjectName(QStringLiteral("mapGroupingLabel"));
    groupingLabel->setBuddy(m_groupingCombo);

    m_colouringCombo->setObjectName(QStringLiteral("mapColouringCombo"));
    m_colouringCombo->addItem(tr("Partners"), int(MapColouring::Partners));
    m_colouringCombo->setToolTip(tr("Colour the countries by the role the resolution gives "
                                    "them, or each member state by how its MEPs voted "
                                    "(needs roll-call data by country)"));

    // On further rows where the dock is narrow, rather than hold the window wide.
    auto *tools = new FlowLayout(nullptr, 4);
    tools->setContentsMargins(4, 4, 4, 0);
    tools->addGroup({ m_worldButton, m_europeButton, zoomOut, zoomIn });
    tools->addGroup({ m_colouringCombo });
    tools->addGroup({ groupingLabel, m_groupingCombo });
    tools->addGroup({ natoButton });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_chips);
    layout->addWidget(m_legend);

    m_labelFont = mapLabelFont(font());
    m_colours = mapOutlineColours(isDark(), palette().color(QPalette::Highlight));
    buildScene();

    connect(m_worldButton, &QToolButton::clicked, this, &MapPane::showWorld);
    connect(m_europeButton, &QToolButton::clicked, this, &MapPane::showEurope);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_view->zoomBy(1.5); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_view->zoomBy(1 / 1.5); });
    connect(m_natoAction, &QAction::toggled, this, [this] { refreshHighlights(); });
    connect(m_copyAction, &QAction::triggered, this, &MapPane::copyMap);
    connect(m_exportAction, &QAction::triggered, this, &MapPane::exportRequested);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MapPane::showContextMenu);
    connect(m_groupingCombo, &QComboBox::activated, this,
        [this](int index) { setHighlightedGrouping(m_groupingCombo->itemData(index).toString()); });
    connect(m_view, &MapView::countryClicked, this, &MapPane::onCountryClicked);
    connect(m_view, &MapView::countryHovered, this, &MapPane::onCountryHovered);
    connect(m_chips, &MapChipBar::chipClicked, this, &MapPane::onCountryClicked);
    // Hovering a chip outlines the organisation's members, as hovering it anywhere else does.
    connect(
        m_chips, &MapChipBar::chipHovered, m_model->selection(), &SelectionState::setHoveredEntity);
    connect(m_view, &MapView::viewChanged, this, [this] {
        updateStrokeMargins();
        layoutLabels();
    });

    connect(m_model, &ResolutionModel::documentChanged, this, &MapPane::rebuildForDocument);
    connect(m_model, &ResolutionModel::voteChanged, this, &MapPane::rebuildForVote);
    connect(m_colouringCombo, &QComboBox::activated, this, [this](int index) {
        setColouring(MapColouring(m_colouringCombo->itemData(index).toInt()));
    });
    const SelectionState *selection = m_model->selection();
    connect(selection, &SelectionState::currentSectionChanged, this, &MapPane::refreshHighlights);
    connect(selection, &SelectionState::currentActionChanged, this, &MapPane::refreshHighlights);
    connect(selection, &SelectionState::filterChanged, this,
        [this](const ActionFilter &filter, const ActionFilter &previous) {
            if (filter.entities != previous.entities) {
                refreshHighlights();
                layoutLabels(); // the filter's countries are labelled first
            }
        });
    connect(selection, &SelectionState::hoveredEntityChanged, this, &MapPane::refreshHighlights);

    rebuildForDocument();
}

MapPane::~MapPane()
{
    // The view reports scroll changes while the scene goes: take both down while the members
    // their signals reach still exist.
    delete m_view;
    delete m_scene;
}

QToolButton *MapPane::chip(const QString &entityId) const
{
    return m_chips->chip(entityId);
}

QStringList MapPane::visibleLabels() const
{
    QStringList keys;
    for (const MapLabelItem *label : m_labels) {
        if (label->isVisible())
            keys.append(label->key());
    }
    return keys;
}

QRectF MapPane::visibleRegion() const
{
    return m_view->visibleSceneRect().intersected(WorldMap::sphere().boundingRect());
}

void MapPane::showWorld()
{
    m_view->showRect(WorldMap::sphere().boundingRect(), true);
}

void MapPane::showEurope()
{
    m_view->showRect(europeRegion());
}

void MapPane::showDocumentCountries()
{
    QList<QRectF> bounds;
    for (const QString &key : m_classification.namedCountries())
        bounds.append(extentOf(key).focus);
    m_view->showRect(frameCountries(bounds));
}

CountryExtent MapPane::extentOf(const QString &key)
{
    auto it = m_extents.find(key);
    if (it == m_extents.end()) {
        const MapCountry *country = WorldMap::builtin().country(key);
        it = m_extents.insert(key, country ? countryExtent(country->coarsePath) : CountryExtent());
    }
    return *it;
}

void MapPane::copyMap()
{
    ImageExportOptions options;
    options.title = m_model->document().procedure.title;
    const QByteArray png
        = mapPngBytes(m_model->document(), options, visibleRegion(), m_colouring, m_corpusStyle);
    if (png.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("image/png"), png);
    mime->setImageData(QImage::fromData(png, "PNG"));
    QApplication::clipboard()->setMimeData(mime);
}

void MapPane::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("mapMenu"));
    menu.addAction(m_copyAction);
    menu.addAction(m_exportAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QRectF MapPane::europeRegion()
{
    return europeMapRegion();
}

void MapPane::setHighlightedGrouping(const QString &groupingId)
{
    m_grouping = groupingId;
    const int index = m_groupingCombo->findData(groupingId);
    m_groupingCombo->setCurrentIndex(index < 0 ? 0 : index);
    refreshHighlights();
}

void MapPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    } else if (event->type() == QEvent::FontChange) {
        m_labelFont = mapLabelFont(font());
        rebuildLabels();
    }
}

void MapPane::buildScene()
{
    const WorldMap &map = WorldMap::builtin();
    const QRectF world = WorldMap::sphere().boundingRect();
    const qreal margin = world.width() * 0.02;
    m_scene->setSceneRect(world.adjusted(-margin, -margin, margin, margin));
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);

    m_sphere = new SeaItem(WorldMap::sphere(), m_view->countryLayer());
    m_scene->addItem(m_sphere);
    for (const MapCountry &country : map.countries()) {
        auto *item = new CountryItem(country, &m_colours, m_view->countryLayer());
        m_scene->addItem(item);
        m_items.insert(country.key, item);
    }
    m_view->showRect(world, true);
}

void MapPane::rebuildForDocument()
{
    m_classification = MapClassification(m_model->document(), WorldMap::builtin());
    rebuildGroupings();
    m_natoAction->setEnabled(!m_classification.membersOf(QStringLiteral("NATO")).isEmpty());
    m_pointerKey.clear();
    rebuildForVote(); // also recolours: chips, legend and labels
    showDocumentCountries();
}

void MapPane::rebuildForVote()
{
    m_voteStyle = VoteMapStyle(m_model->document());
    updateColouringChoices();
    applyColours();
}

void MapPane::updateColouringChoices()
{
    // A colouring is offered only with data to draw it (never a guess): the choice is shown
    // only then, and takes no room in the tool bar otherwise.
    const QSignalBlocker blocker(m_colouringCombo);
    m_colouringCombo->clear();
    m_colouringCombo->addItem(tr("Partners"), int(MapColouring::Partners));
    if (m_voteStyle.available())
        m_colouringCombo->addItem(tr("How MEPs voted"), int(MapColouring::Vote));
    if (m_corpusStyle.available())
        m_colouringCombo->addItem(tr("Resolutions naming it"), int(MapColouring::Corpus));
    m_colouringCombo->setVisible(m_colouringCombo->count() > 1);
    if (m_colouringCombo->findData(int(m_colouring)) < 0)
        m_colouring = MapColouring::Partners;
    m_colouringCombo->setCurrentIndex(m_colouringCombo->findData(int(m_colouring)));
}

void MapPane::setCorpusCounts(const QHash<QString, int> &counts, int documents)
{
    // Only what the map draws: the legend counts countries one sees.
    QHash<QString, int> countries;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (m_items.contains(it.key()))
            countries.insert(it.key(), it.value());
    }
    m_corpusStyle = CorpusMapStyle(countries, documents);
    updateColouringChoices();
    applyColours();
}

void MapPane::setColouring(MapColouring colouring)
{
    if ((colouring == MapColouring::Vote && !m_voteStyle.available())
        || (colouring == MapColouring::Corpus && !m_corpusStyle.available()))
        colouring = MapColouring::Partners;
    m_colouring = colouring;
    m_colouringCombo->setCurrentIndex(m_colouringCombo->findData(int(m_colouring)));
    applyColours();
}

void MapPane::applyColours()
{
    const bool dark = isDark();
    m_colours = mapOutlineColours(dark, palette().color(QPalette::Highlight));
    m_sphere->setBrush(RolePalette::seaFill(dark));
    m_view->setBackgroundBrush(palette().color(QPalette::Window));
    const bool byVote = m_colouring == MapColouring::Vote;
    const bool byCorpus = m_colouring == MapColouring::Corpus;
    const Document &document = m_model->document();
    for (CountryItem *item : std::as_const(m_items)) {
        item->setLook(byVote ? m_voteStyle.look(item->key(), dark)
                : byCorpus   ? m_corpusStyle.look(item->key(), dark)
                             : m_classification.look(item->key(), dark));
        const int index = document.entityIndex(item->key());
        item->setToolTip(toolTipFor(
            item->key(), index >= 0 ? displayName(document.entities.at(index)) : item->name()));
        item->update(); // outline colours may have changed
    }
    m_legend->setEntries(byVote ? m_voteStyle.legend(dark)
            : byCorpus          ? m_corpusStyle.legend(dark)
                                : m_classification.legend(dark));
    rebuildChips();
    rebuildLabels();
    refreshHighlights();
}

void MapPane::rebuildLabels()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    const Document &document = m_model->document();
    // The vote and corpus maps name no country: their colours are not the document's roles.
    const QStringList labelled = m_colouring != MapColouring::Partners
        ? QStringList()
        : m_classification.labelledCountries();
    for (const QString &key : labelled) {
        const CountryItem *country = m_items.value(key);
        const int index = document.entityIndex(key);
        if (!country || index < 0)
            continue;
        QFont font = m_labelFont;
        font.setBold(m_classification.isSubject(key));
        auto *label
            = new MapLabelItem(key, displayName(document.entities.at(index)), font, &m_colours);
        label->setPos(country->labelAnchor());
        label->setCountryBounds(extentOf(key).main);
        m_scene->addItem(label);
        m_labels.append(label);
    }
    layoutLabels();
}

void MapPane::rebuildChips()
{
    const Document &document = m_model->document();
    const bool dark = isDark();
    QList<MapChipBar::Chip> chips;
    // The vote map colours member states only: organisations have no place in it.
    const QStringList organisations
        = m_colouring != MapColouring::Partners ? QStringList() : m_classification.organisations();
    for (const QString &id : organisations) {
        const Entity &entity = document.entities.at(document.entityIndex(id));
        CountryLook look { RolePalette::fill(entity.role, dark), RolePalette::pattern(entity.role),
            RolePalette::patternColor(entity.role, dark) };
        if (entity.role == EntityRole::Mentioned) // outlined as a country only mentioned is
            look.outline = RolePalette::text(entity.role, dark);
        chips.append({ id, displayName(entity), look, toolTipFor(id, displayName(entity)) });
    }
    m_chips->setChips(chips, palette().color(QPalette::Mid));
}

void MapPane::rebuildGroupings()
{
    const Document &document = m_model->document();
    m_groupingCombo->clear();
    m_groupingCombo->addItem(tr("None"), QString());
    for (const QString &id : m_classification.groupings())
        m_groupingCombo->addItem(document.entities.at(document.entityIndex(id)).name, id);
    m_groupingCombo->setEnabled(m_groupingCombo->count() > 1);
    if (m_groupingCombo->findData(m_grouping) < 0)
        m_grouping.clear();
    m_groupingCombo->setCurrentIndex(std::max(0, m_groupingCombo->findData(m_grouping)));
}

QSet<QString> MapPane::currentReadingKeys() const
{
    const Document &document = m_model->document();
    const SelectionState *selection = m_model->selection();
    QStringList ids;
    if (const Action *action = m_model->action(selection->currentAction())) {
        ids = document.involvedEntities(*action);
    } else if (!selection->currentSection().isEmpty()) {
        const QList<int> subtree
            = document.sectionSubtree(document.sectionIndex(selection->currentSection()));
        for (const Mention &mention : document.mentions) {
            if (mention.paragraph < 0 || mention.paragraph >= document.paragraphs.size())
                continue;
            if (subtree.contains(document.paragraphs.at(mention.paragraph).section)
                && !ids.contains(mention.entity))
                ids.append(mention.entity);
        }
    }
    return m_classification.expandGroupings(ids);
}

void MapPane::refreshHighlights()
{
    const SelectionState *selection = m_model->selection();
    const QSet<QString> reading = currentReadingKeys();
    const QSet<QString> filtered = m_classification.expandGroupings(selection->entityFilter());
    QSet<QString> grouping;
    if (!m_grouping.isEmpty()) {
        for (const QString &member : m_classification.membersOf(m_grouping))
            grouping.insert(member);
    }
    const QString hovered = selection->hoveredEntity();
    if (!hovered.isEmpty() && !m_items.contains(hovered)) {
        for (const QString &member : m_classification.membersOf(hovered))
            grouping.insert(member);
    }
    QSet<QString> nato;
    if (m_natoAction->isChecked()) {
        for (const QString &member : m_classification.membersOf(QStringLiteral("NATO")))
            nato.insert(member);
    }
    for (CountryItem *item : std::as_const(m_items)) {
        const QString &key = item->key();
        unsigned flags = CountryItem::NoHighlight;
        if (nato.contains(key))
            flags |= CountryItem::NatoMember;
        if (grouping.contains(key))
            flags |= CountryItem::GroupingMember;
        if (reading.contains(key))
            flags |= CountryItem::InSection;
        if (filtered.contains(key))
            flags |= CountryItem::Filtered;
        if (key == hovered || key == m_pointerKey)
            flags |= CountryItem::Hovered;
        item->setHighlights(flags);
    }
    m_chips->setStates(filtered, reading);
}

void MapPane::layoutLabels()
{
    // The filter's countries first: their labels win where labels would overlap.
    const QSet<QString> filtered
        = m_classification.expandGroupings(m_model->selection()->entityFilter());
    QList<MapLabelItem *> order = m_labels;
    std::stable_partition(order.begin(), order.end(),
        [&filtered](const MapLabelItem *label) { return filtered.contains(label->key()); });
    const QTransform toView = m_view->viewportTransform();
    QList<QRectF> rects;
    rects.reserve(order.size());
    for (const MapLabelItem *label : std::as_const(order)) {
        const QRectF rect = mapLabelRect(label->text(), label->font(), toView.map(label->pos()));
        // A label never covers a country smaller than itself: its tooltip names it.
        const bool fits = labelFitsCountry(rect.size(), toView.mapRect(label->countryBounds()));
        rects.append(fits ? rect : QRectF());
    }
    const QList<qsizetype> shown = placeLabels(rects, m_view->viewport()->rect());
    for (qsizetype i = 0; i < order.size(); ++i)
        order.at(i)->setVisible(shown.contains(i));
}

void MapPane::updateStrokeMargins()
{
    const qreal scale = m_view->transform().m11();
    const qreal margin = scale > 0 ? 3.0 / scale : 0;
    for (CountryItem *item : std::as_const(m_items))
        item->setStrokeMargin(margin);
}

void MapPane::onCountryClicked(const QString &key, Qt::KeyboardModifiers modifiers)
{
    SelectionState *selection = m_model->selection();
    const bool known = !key.isEmpty() && m_model->entity(key);
    if (modifiers & Qt::ControlModifier) {
        if (known)
            selection->toggleEntity(key);
    } else {
        selection->setEntityFilter(known ? QStringList { key } : QStringList());
    }
    refreshHighlights(); // a chip's own toggle may disagree with the filter
}

void MapPane::onCountryHovered(const QString &key)
{
    m_pointerKey = key;
    m_model->selection()->setHoveredEntity(m_model->entity(key) ? key : QString());
    refreshHighlights();
}

QString MapPane::toolTipFor(const QString &entityId, const QString &fallbackName) const
{
    const Document &document = m_model->document();
    const Entity *entity = m_model->entity(entityId);
    const QString name = (entity ? displayName(*entity) : fallbackName).toHtmlEscaped();
    QString role;
    if (entity && entity->kind != EntityKind::Country)
        role = entityRoleLabel(entity->role);
    else
        role = m_classification.categoryLabel(entityId);
    if (m_classification.isSubject(entityId) && entity && entity->role != EntityRole::Subject)
        role += QStringLiteral(" \u00b7 ") + entityRoleLabel(EntityRole::Subject);
    QString text = QStringLiteral("<b>%1</b><br>%2").arg(name, role.toHtmlEscaped());
    if (m_colouring == MapColouring::Vote) {
        const QString votes = m_voteStyle.describe(entityId);
        text += QStringLiteral("<br>")
            + (votes.isEmpty() ? tr("no roll-call data") : votes).toHtmlEscaped();
    }
    if (m_colouring == MapColouring::Corpus)
        text += QStringLiteral("<br>") + m_corpusStyle.describe(entityId).toHtmlEscaped();
    if (entity) {
        if (!entity->via.isEmpty()) {
            const Entity *via = m_model->entity(entity->via);
            text += QStringLiteral("<br>")
                + tr("named through %1").arg((via ? via->name : entity->via).toHtmlEscaped());
        }
        text += QStringLiteral("<br>") + tr("%n mention(s)", "", document.mentionCount(entityId))
            + QStringLiteral(", ") + tr("%n action(s)", "", m_model->actionCount(entityId));
    }
    return text;
}

bool MapPane::isDark() const
{
    return RolePalette::isDark(palette().color(QPalette::Window));
}

} // namespace re
