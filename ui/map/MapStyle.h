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

/// How one country is filled, and outlined when it has an outline of its own.
struct CountryLook
{
    QColor fill;
    Qt::BrushStyle pattern = Qt::NoBrush; ///< hatching over the fill
    QColor patternColor;
    /// An outline of its own (a country only mentioned, the resolution's subject); invalid for
    /// the thin border every country has.
    QColor outline {};
    qreal outlineWidth = 0; ///< in pixels
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
    /// Its fill; a country only mentioned has a darker (dark palette: lighter) outline, the
    /// resolution's subject a strong one in its role's text colour.
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
    /// grouping), most important first (the subject, threats and partners, then by mentions).
    QStringList labelledCountries() const { return m_labelled; }

    /// The document's countries that the map has (named themselves or through a grouping), in
    /// document order: what a view of the document frames.
    QStringList namedCountries() const { return m_named; }

    /// Whether the country is what the resolution is about: its title names it (and so does the
    /// text), or its role is "subject of the resolution". Drawn with a strong outline and a bold
    /// label.
    bool isSubject(const QString &key) const { return m_subjects.contains(key); }

private:
    QHash<QString, QStringList> m_members; ///< the document's member lists
    QHash<QString, EntityRole> m_roles; ///< document countries drawn on the map
    QSet<QString> m_euMembers;
    QStringList m_organisations;
    QStringList m_groupings;
    QStringList m_labelled;
    QStringList m_named;
    QSet<QString> m_subjects;
    QHash<EntityRole, int> m_roleCounts;
    int m_euCount = 0;
};

/// Orders labels: index i of `rects` is shown when it is not empty, does not overlap a label
/// shown before it and lies inside `bounds`. Returns the indexes shown.
QList<qsizetype> placeLabels(const QList<QRectF> &rects, const QRectF &bounds);

} // namespace re
