// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

namespace re {

class WorldMap;

/// How one country is filled.
struct CountryLook
{
    QColor fill;
    Qt::BrushStyle pattern = Qt::NoBrush; ///< hatching over the fill
    QColor patternColor;
    friend bool operator==(const CountryLook &, const CountryLook &) = default;
};

/// Europe in map coordinates (25°W to 45°E, 34°N to 71.5°N): the Europe button's view and the
/// frame of the map of how MEPs voted.
QRectF europeMapRegion();

/// One line of the map's legend.
struct MapLegendEntry
{
    QString label;
    CountryLook look;
    int count = -1; ///< countries and organisations shown with it; -1 for no count
};

/// What the map makes of a document: the category of every country (its role, EU member
/// state, or not mentioned), the organisations and groupings with their members, the legend
/// and the labels. Shared by the map pane and the map export so both show the same thing.
class MapClassification
{
public:
    enum class Category { Role, EuMember, NotMentioned };

    MapClassification() = default;
    MapClassification(const Document &document, const WorldMap &map);

    Category category(const QString &key) const;
    CountryLook look(const QString &key, bool dark) const;
    /// "priority partner", "EU member state", "not mentioned" (translated).
    QString categoryLabel(const QString &key) const;

    /// Member ids of an organisation or grouping: the document's list, else the gazetteer's.
    QStringList membersOf(const QString &entityId) const;
    /// Document entities of kind Organisation, in document order.
    QStringList organisations() const { return m_organisations; }
    /// Document entities of kind Grouping, in document order.
    QStringList groupings() const { return m_groupings; }

    /// Roles present (with the number of countries and organisations shown in each), EU member
    /// states without a role of their own, and "not mentioned".
    QList<MapLegendEntry> legend(bool dark) const;

    /// Expands groupings among ids into their members (the ids themselves are kept).
    QSet<QString> expandGroupings(const QStringList &entityIds) const;

    /// The countries that get a label: those the text names itself (not only through a
    /// grouping), most important first (threats and partners, then by mentions).
    QStringList labelledCountries() const { return m_labelled; }

private:
    QHash<QString, QStringList> m_members; ///< the document's member lists
    QHash<QString, EntityRole> m_roles; ///< document countries drawn on the map
    QSet<QString> m_euMembers;
    QStringList m_organisations;
    QStringList m_groupings;
    QStringList m_labelled;
    QHash<EntityRole, int> m_roleCounts;
    int m_euCount = 0;
};

/// Orders labels: index i of `rects` is shown when it does not overlap a label shown before it
/// and lies inside `bounds`. Returns the indexes shown.
QList<qsizetype> placeLabels(const QList<QRectF> &rects, const QRectF &bounds);

} // namespace re
