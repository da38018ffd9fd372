// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "map/MapStyle.h"

#include "common/RolePalette.h"
#include "document/Gazetteer.h"
#include "geo/WorldMap.h"

#include <QCoreApplication>
#include <QRectF>
#include <algorithm>

namespace re {

namespace {

/// The translation context of this file's messages, written so that lupdate files them there.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(re::MapPane)
};

/// Legend order: strongest partnership first, threats last.
constexpr EntityRole legendOrder[] = {
    EntityRole::CornerstonePartner,
    EntityRole::PriorityPartner,
    EntityRole::Partner,
    EntityRole::PartnerToDevelop,
    EntityRole::PartnerOrganisation,
    EntityRole::UnderReview,
    EntityRole::Criticised,
    EntityRole::Sanctioned,
    EntityRole::SupporterOfThreat,
    EntityRole::Threat,
    EntityRole::Subject,
    EntityRole::Mentioned,
};

int rolePriority(EntityRole role)
{
    switch (role) {
    case EntityRole::Threat:
    case EntityRole::CornerstonePartner:
    case EntityRole::PriorityPartner:
        return 3;
    case EntityRole::SupporterOfThreat:
    case EntityRole::Partner:
    case EntityRole::PartnerToDevelop:
    case EntityRole::PartnerOrganisation:
    case EntityRole::Criticised:
    case EntityRole::Sanctioned:
    case EntityRole::UnderReview:
    case EntityRole::Subject:
        return 2;
    case EntityRole::Mentioned:
        break;
    }
    return 1;
}

constexpr qreal mentionedOutlineWidth = 0.8;
constexpr qreal subjectOutlineWidth = 2.0;

/// A role's fill; a country only mentioned is outlined, so that its grey reads apart from the
/// light grey of the countries not mentioned.
CountryLook roleLook(EntityRole role, bool dark)
{
    CountryLook look { RolePalette::fill(role, dark), RolePalette::pattern(role),
        RolePalette::patternColor(role, dark) };
    if (role == EntityRole::Mentioned) {
        look.outline = RolePalette::text(role, dark);
        look.outlineWidth = mentionedOutlineWidth;
    }
    return look;
}

} // namespace

QRectF europeMapRegion()
{
    return WorldMap::projectedBounds(QRectF(QPointF(-25, 34), QPointF(45, 71.5)));
}

MapClassification::MapClassification(const Document &document, const WorldMap &map)
{
    for (const Entity &entity : document.entities) {
        if (!entity.members.isEmpty())
            m_members.insert(entity.id, entity.members);
        switch (entity.kind) {
        case EntityKind::Country:
            if (map.country(entity.id))
                m_roles.insert(entity.id, entity.role);
            break;
        case EntityKind::Organisation:
            m_organisations.append(entity.id);
            break;
        case EntityKind::Institution: // addressees, not places
            break;
        case EntityKind::Grouping:
            m_groupings.append(entity.id);
            break;
        }
    }
    for (const QString &member : membersOf(QStringLiteral("EU"))) {
        if (map.country(member))
            m_euMembers.insert(member);
    }

    for (const Entity &entity : document.entities) {
        if (entity.kind == EntityKind::Country && m_roles.contains(entity.id)) {
            m_named.append(entity.id);
            if (entity.role == EntityRole::Subject)
                m_subjects.insert(entity.id);
        }
    }
    // The title's countries, whatever stronger role the text gives them ("on the situation in
    // Myanmar": under sanctions).
    for (const Gazetteer::Match &match :
        Gazetteer::builtin().findMentions(document.procedure.title)) {
        if (m_roles.contains(match.id))
            m_subjects.insert(match.id);
    }

    QList<const Entity *> labelled;
    for (const Entity &entity : document.entities) {
        if (entity.kind == EntityKind::Country && map.country(entity.id) && entity.via.isEmpty())
            labelled.append(&entity);
    }
    QHash<QString, int> mentions;
    for (const Mention &mention : document.mentions)
        ++mentions[mention.entity];
    std::stable_sort(labelled.begin(), labelled.end(), [&](const Entity *a, const Entity *b) {
        const bool sa = m_subjects.contains(a->id), sb = m_subjects.contains(b->id);
        if (sa != sb)
            return sa;
        const int pa = rolePriority(a->role), pb = rolePriority(b->role);
        if (pa != pb)
            return pa > pb;
        return mentions.value(a->id) > mentions.value(b->id);
    });
    for (const Entity *entity : std::as_const(labelled))
        m_labelled.append(entity->id);

    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (category(it.key()) == Category::Role)
            ++m_roleCounts[it.value()];
    }
    for (const Entity &entity : document.entities) {
        if (entity.kind == EntityKind::Organisation)
            ++m_roleCounts[entity.role];
    }
    for (const QString &member : std::as_const(m_euMembers)) {
        if (category(member) == Category::EuMember)
            ++m_euCount;
    }
}

MapClassification::Category MapClassification::category(const QString &key) const
{
    const auto it = m_roles.constFind(key);
    if (it != m_roles.cend() && (*it != EntityRole::Mentioned || !m_euMembers.contains(key)))
        return Category::Role;
    if (m_euMembers.contains(key))
        return Category::EuMember;
    return Category::NotMentioned;
}

CountryLook MapClassification::look(const QString &key, bool dark) const
{
    CountryLook look { RolePalette::notMentionedFill(dark), Qt::NoBrush, {} };
    switch (category(key)) {
    case Category::Role:
        look = roleLook(m_roles.value(key), dark);
        break;
    case Category::EuMember:
        look = { RolePalette::euMemberFill(dark), Qt::NoBrush, {} };
        break;
    case Category::NotMentioned:
        break;
    }
    if (m_subjects.contains(key)) {
        look.outline = RolePalette::text(m_roles.value(key), dark);
        look.outlineWidth = subjectOutlineWidth;
    }
    return look;
}

QString MapClassification::categoryLabel(const QString &key) const
{
    switch (category(key)) {
    case Category::Role:
        return entityRoleLabel(m_roles.value(key));
    case Category::EuMember:
        return Tr::tr("EU member state");
    case Category::NotMentioned:
        break;
    }
    return Tr::tr("not mentioned");
}

QStringList MapClassification::membersOf(const QString &entityId) const
{
    const auto it = m_members.constFind(entityId);
    if (it != m_members.cend())
        return *it;
    const GazetteerEntry *entry = Gazetteer::builtin().find(entityId);
    return entry ? entry->members : QStringList();
}

QList<MapLegendEntry> MapClassification::legend(bool dark) const
{
    QList<MapLegendEntry> entries;
    for (const EntityRole role : legendOrder) {
        const int count = m_roleCounts.value(role);
        if (count <= 0)
            continue;
        CountryLook look = roleLook(role, dark);
        if (role == EntityRole::Subject) { // every country of this role is a subject
            look.outline = RolePalette::text(role, dark);
            look.outlineWidth = subjectOutlineWidth;
        }
        entries.append({ entityRoleLabel(role), look, count });
    }
    if (m_euCount > 0) {
        const CountryLook eu { RolePalette::euMemberFill(dark), Qt::NoBrush, {} };
        entries.append({ Tr::tr("EU member state"), eu, m_euCount });
    }
    entries.append(
        { Tr::tr("not mentioned"), { RolePalette::notMentionedFill(dark), Qt::NoBrush, {} } });
    return entries;
}

QSet<QString> MapClassification::expandGroupings(const QStringList &entityIds) const
{
    QSet<QString> result;
    for (const QString &id : entityIds) {
        result.insert(id);
        if (m_groupings.contains(id)) {
            for (const QString &member : membersOf(id))
                result.insert(member);
        }
    }
    return result;
}

QList<qsizetype> placeLabels(const QList<QRectF> &rects, const QRectF &bounds)
{
    QList<qsizetype> shown;
    QList<QRectF> taken;
    for (qsizetype i = 0; i < rects.size(); ++i) {
        const QRectF &rect = rects.at(i);
        if (rect.isEmpty() || !bounds.contains(rect))
            continue;
        const bool overlaps = std::any_of(
            taken.cbegin(), taken.cend(), [&rect](const QRectF &t) { return t.intersects(rect); });
        if (overlaps)
            continue;
        taken.append(rect);
        shown.append(i);
    }
    return shown;
}

} // namespace re
