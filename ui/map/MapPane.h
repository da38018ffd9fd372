// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "map/CorpusMapStyle.h"
#include "map/MapFraming.h"
#include "map/MapItems.h"
#include "map/MapStyle.h"
#include "map/VoteMapStyle.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QGraphicsScene;
class QToolButton;

namespace re {

class MapChipBar;
class MapLegendWidget;
class MapView;
class ResolutionModel;

/// The partner map: every country of the world coloured by its role in the document, EU member
/// states and the rest; organisations that are not places as chips; a legend. Hover shows a
/// country's role, mentions and actions and sets the shared hovered entity; a click filters by
/// the country (Ctrl+click adds or removes it). Countries of the current section or action are
/// outlined, so are those in the entity filter, the members of the chosen or hovered grouping
/// and, on request, NATO's members. The scene is built once; a new document only recolours it
/// and frames the countries it names (the user's own zoom and pan stay until the next one).
/// A right click offers Copy Map and Export Map.
class MapPane : public QWidget
{
    Q_OBJECT
public:
    explicit MapPane(ResolutionModel *model, QWidget *parent = nullptr);
    ~MapPane() override;

    QGraphicsScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    /// The scene item of a country (key: ISO alpha-3), nullptr if the map has none.
    CountryItem *countryItem(const QString &key) const { return m_items.value(key); }
    /// The organisation chip of an entity id, nullptr if there is none.
    QToolButton *chip(const QString &entityId) const;
    /// The labels currently shown (country keys).
    QStringList visibleLabels() const;

    /// The part of the map shown, in map coordinates (for exportMap()).
    QRectF visibleRegion() const;
    void showWorld();
    void showEurope();
    /// Frames the countries the document names (frameCountries()), the world when it names
    /// none: what a new document shows first.
    void showDocumentCountries();

    /// "Copy Map": the map as the export draws it, to the clipboard.
    QAction *copyMapAction() const { return m_copyAction; }
    /// "Export Map…": asks the window to export (exportRequested()).
    QAction *exportMapAction() const { return m_exportAction; }
    /// Puts the map image on the clipboard (PNG), as an export of the shown region draws it.
    void copyMap();

    /// The grouping whose members are outlined; empty for none.
    QString highlightedGrouping() const { return m_grouping; }
    void setHighlightedGrouping(const QString &groupingId);

    /// Map coordinates of Europe (for the "Europe" button and exports).
    static QRectF europeRegion();

    /// What the countries are coloured by: partners, or how each member state's MEPs voted
    /// (offered only when the vote has a breakdown by country; "mapColouringCombo").
    MapColouring colouring() const { return m_colouring; }
    /// The corpus the "Resolutions naming it" colouring shows (for the map's export).
    const CorpusMapStyle &corpusStyle() const { return m_corpusStyle; }
    void setColouring(MapColouring colouring);
    /// The corpus the "Resolutions naming it" colouring counts: entity id -> resolutions naming
    /// it, of `documents`; offered only while a corpus has documents.
    void setCorpusCounts(const QHash<QString, int> &counts, int documents);

Q_SIGNALS:
    /// The user asked to export the map (its context menu).
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildScene();
    void rebuildForDocument();
    void rebuildForVote();
    /// The colourings offered: partners, and the others that have data.
    void updateColouringChoices();
    void applyColours();
    void rebuildLabels();
    void rebuildChips();
    void rebuildGroupings();
    void refreshHighlights();
    void layoutLabels();
    void updateStrokeMargins();
    void onCountryClicked(const QString &key, Qt::KeyboardModifiers modifiers);
    void onCountryHovered(const QString &key);
    void showContextMenu(const QPoint &pos);
    /// Where a country lies (computed when first asked, from its coarse outline).
    CountryExtent extentOf(const QString &key);
    QSet<QString> currentReadingKeys() const;
    QString toolTipFor(const QString &entityId, const QString &fallbackName) const;
    bool isDark() const;

    ResolutionModel *m_model;
    QGraphicsScene *m_scene;
    MapView *m_view;
    MapLegendWidget *m_legend;
    MapChipBar *m_chips;
    QComboBox *m_groupingCombo;
    QComboBox *m_colouringCombo;
    QAction *m_natoAction;
    QAction *m_copyAction;
    QAction *m_exportAction;
    QToolButton *m_worldButton;
    QToolButton *m_europeButton;
    QGraphicsPathItem *m_sphere = nullptr;
    QHash<QString, CountryItem *> m_items;
    QHash<QString, CountryExtent> m_extents;
    QList<MapLabelItem *> m_labels; ///< most important first
    MapClassification m_classification;
    VoteMapStyle m_voteStyle { Document() };
    CorpusMapStyle m_corpusStyle;
    MapColouring m_colouring = MapColouring::Partners;
    MapOutlineColours m_colours;
    QString m_grouping;
    QString m_pointerKey;
    QFont m_labelFont;
};

} // namespace re
