// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Document.h"

#include "document/Involvement.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <array>
#include <vector>

namespace re {

namespace {

template<typename T>
int indexById(const QList<T> &items, const QHash<QString, int> &hashed, const QString &id)
{
    // The hash is trusted only while it agrees with the list: same size (no duplicate ids, no
    // item added or removed since) and, for a hit, the same id at that place.
    if (hashed.size() == items.size() && !items.isEmpty()) {
        const int index = hashed.value(id, -1);
        if (index < 0 || (index < items.size() && items.at(index).id == id))
            return index;
    }
    const auto it = std::find_if(
        items.cbegin(), items.cend(), [&id](const T &item) { return item.id == id; });
    return it == items.cend() ? -1 : int(it - items.cbegin());
}

struct VerbName
{
    VerbKind kind;
    const char *key;
    const char *label;
};

constexpr std::array verbNames {
    VerbName { VerbKind::Call, "call", QT_TRANSLATE_NOOP("re::Verb", "Call") },
    VerbName { VerbKind::Demand, "demand", QT_TRANSLATE_NOOP("re::Verb", "Demand") },
    VerbName { VerbKind::Invite, "invite", QT_TRANSLATE_NOOP("re::Verb", "Invitation") },
    VerbName { VerbKind::Urge, "urge", QT_TRANSLATE_NOOP("re::Verb", "Urge") },
    VerbName { VerbKind::Insist, "insist", QT_TRANSLATE_NOOP("re::Verb", "Insistence") },
    VerbName { VerbKind::Stress, "stress", QT_TRANSLATE_NOOP("re::Verb", "Stress") },
    VerbName { VerbKind::Emphasise, "emphasise", QT_TRANSLATE_NOOP("re::Verb", "Emphasis") },
    VerbName { VerbKind::Underline, "underline", QT_TRANSLATE_NOOP("re::Verb", "Underlining") },
    VerbName { VerbKind::Highlight, "highlight", QT_TRANSLATE_NOOP("re::Verb", "Highlight") },
    VerbName { VerbKind::Regret, "regret", QT_TRANSLATE_NOOP("re::Verb", "Regret") },
    VerbName { VerbKind::Deplore, "deplore", QT_TRANSLATE_NOOP("re::Verb", "Deploration") },
    VerbName { VerbKind::Condemn, "condemn", QT_TRANSLATE_NOOP("re::Verb", "Condemnation") },
    VerbName { VerbKind::Consider, "consider", QT_TRANSLATE_NOOP("re::Verb", "View") },
    VerbName { VerbKind::Recall, "recall", QT_TRANSLATE_NOOP("re::Verb", "Recall") },
    VerbName { VerbKind::Welcome, "welcome", QT_TRANSLATE_NOOP("re::Verb", "Welcome") },
    VerbName { VerbKind::Note, "note", QT_TRANSLATE_NOOP("re::Verb", "Note") },
    VerbName { VerbKind::Encourage, "encourage", QT_TRANSLATE_NOOP("re::Verb", "Encouragement") },
    VerbName { VerbKind::Recognise, "recognise", QT_TRANSLATE_NOOP("re::Verb", "Recognition") },
    VerbName { VerbKind::Criticise, "criticise", QT_TRANSLATE_NOOP("re::Verb", "Criticism") },
};

struct RoleName
{
    EntityRole role;
    const char *key;
    const char *label;
};

constexpr std::array roleNames {
    RoleName { EntityRole::Mentioned, "mentioned", QT_TRANSLATE_NOOP("re::Role", "mentioned") },
    RoleName { EntityRole::PriorityPartner, "priority-partner",
        QT_TRANSLATE_NOOP("re::Role", "priority partner") },
    RoleName { EntityRole::CornerstonePartner, "cornerstone-partner",
        QT_TRANSLATE_NOOP("re::Role", "cornerstone partner") },
    RoleName { EntityRole::Partner, "partner", QT_TRANSLATE_NOOP("re::Role", "partner") },
    RoleName { EntityRole::PartnerToDevelop, "partner-to-develop",
        QT_TRANSLATE_NOOP("re::Role", "partner to develop") },
    RoleName { EntityRole::PartnerOrganisation, "partner-organisation",
        QT_TRANSLATE_NOOP("re::Role", "partner organisation") },
    RoleName { EntityRole::Threat, "threat", QT_TRANSLATE_NOOP("re::Role", "threat") },
    RoleName { EntityRole::SupporterOfThreat, "supporter-of-threat",
        QT_TRANSLATE_NOOP("re::Role", "supporter of the threat") },
    RoleName {
        EntityRole::UnderReview, "under-review", QT_TRANSLATE_NOOP("re::Role", "under review") },
    RoleName { EntityRole::Criticised, "criticised", QT_TRANSLATE_NOOP("re::Role", "criticised") },
    RoleName {
        EntityRole::Sanctioned, "sanctioned", QT_TRANSLATE_NOOP("re::Role", "under sanctions") },
    RoleName { EntityRole::Subject, "subject",
        QT_TRANSLATE_NOOP("re::Role", "subject of the resolution") },
};

} // namespace

int Document::sectionIndex(const QString &id) const
{
    return indexById(sections, m_lookup.sections, id);
}
int Document::entityIndex(const QString &id) const
{
    return indexById(entities, m_lookup.entities, id);
}
int Document::actionIndex(const QString &id) const
{
    return indexById(actions, m_lookup.actions, id);
}
int Document::paragraphIndex(const QString &id) const
{
    return indexById(paragraphs, m_lookup.paragraphs, id);
}

QList<int> Document::topLevelSections() const
{
    QList<int> result;
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).parent < 0)
            result.append(i);
    }
    return result;
}

QList<int> Document::preambleParagraphs() const
{
    QList<int> result;
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (paragraphs.at(i).section < 0)
            result.append(i);
    }
    return result;
}

QList<int> Document::sectionSubtree(int section) const
{
    QList<int> result;
    if (section < 0 || section >= sections.size())
        return result;
    // Flags, not result.contains(): a saved document may hold a very wide tree.
    std::vector<bool> reached(size_t(sections.size()), false);
    result.append(section);
    reached[size_t(section)] = true;
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (int child : sections.at(result.at(i)).children) {
            if (child >= 0 && child < sections.size() && !reached[size_t(child)]) {
                reached[size_t(child)] = true;
                result.append(child);
            }
        }
    }
    return result;
}

int Document::actionCountInSubtree(int section) const
{
    std::vector<bool> inSubtree(size_t(sections.size()), false);
    for (int member : sectionSubtree(section))
        inSubtree[size_t(member)] = true;
    return int(std::count_if(actions.cbegin(), actions.cend(), [&inSubtree](const Action &a) {
        return a.section >= 0 && size_t(a.section) < inSubtree.size()
            && inSubtree[size_t(a.section)];
    }));
}

QStringList Document::involvedEntities(const Action &action) const
{
    return Involvement(*this).involved(action.entities);
}

int Document::mentionCount(const QString &entityId) const
{
    if (m_lookup.mentionTotal == mentions.size())
        return m_lookup.mentionCounts.value(entityId);
    return int(std::count_if(mentions.cbegin(), mentions.cend(),
        [&entityId](const Mention &m) { return m.entity == entityId; }));
}

QHash<QString, int> Document::mentionCounts() const
{
    if (m_lookup.mentionTotal == mentions.size())
        return m_lookup.mentionCounts;
    QHash<QString, int> counts;
    for (const Mention &mention : mentions)
        ++counts[mention.entity];
    return counts;
}

void Document::buildLookup()
{
    const auto hashIds = [](const auto &items) {
        QHash<QString, int> hashed;
        hashed.reserve(items.size());
        for (int i = 0; i < items.size(); ++i)
            hashed.insert(items.at(i).id, i); // a duplicate id makes the sizes differ: unused
        return hashed;
    };
    m_lookup = {};
    m_lookup.sections = hashIds(sections);
    m_lookup.entities = hashIds(entities);
    m_lookup.actions = hashIds(actions);
    m_lookup.paragraphs = hashIds(paragraphs);
    m_lookup.mentionCounts = mentionCounts();
    m_lookup.mentionTotal = mentions.size();
}

QHash<QString, int> Document::actionCounts() const
{
    const Involvement involvement(*this); // the groupings looked up once, not per action
    QHash<QString, int> counts;
    for (const Action &action : actions) {
        const QStringList involved = involvement.involved(action.entities);
        for (const QString &id : involved)
            ++counts[id];
    }
    return counts;
}

int Document::actionCount(const QString &entityId) const
{
    return actionCounts().value(entityId);
}

QString verbKindKey(VerbKind kind)
{
    for (const VerbName &name : verbNames) {
        if (name.kind == kind)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<VerbKind> verbKindFromKey(const QString &key)
{
    for (const VerbName &name : verbNames) {
        if (key == QLatin1String(name.key))
            return name.kind;
    }
    return std::nullopt;
}

QString verbKindLabel(VerbKind kind)
{
    for (const VerbName &name : verbNames) {
        if (name.kind == kind)
            return QCoreApplication::translate("re::Verb", name.label);
    }
    return {};
}

QList<VerbKind> allVerbKinds()
{
    QList<VerbKind> result;
    for (const VerbName &name : verbNames)
        result.append(name.kind);
    return result;
}

int verbKindStrength(VerbKind kind)
{
    switch (kind) {
    case VerbKind::Condemn:
        return 9;
    case VerbKind::Demand:
    case VerbKind::Deplore:
        return 8;
    case VerbKind::Urge:
    case VerbKind::Insist:
        return 7;
    case VerbKind::Criticise:
    case VerbKind::Regret:
        return 6;
    case VerbKind::Call:
        return 5;
    case VerbKind::Invite:
    case VerbKind::Encourage:
        return 4;
    case VerbKind::Stress:
    case VerbKind::Emphasise:
    case VerbKind::Underline:
    case VerbKind::Highlight:
        return 3;
    case VerbKind::Welcome:
    case VerbKind::Consider:
    case VerbKind::Recognise:
        return 2;
    case VerbKind::Recall:
    case VerbKind::Note:
        return 1;
    }
    return 0;
}

bool Action::hasAct(VerbKind kind) const
{
    return std::any_of(
        acts.cbegin(), acts.cend(), [kind](const SpeechAct &act) { return act.kind == kind; });
}

QString entityRoleKey(EntityRole role)
{
    for (const RoleName &name : roleNames) {
        if (name.role == role)
            return QString::fromLatin1(name.key);
    }
    return {};
}

std::optional<EntityRole> entityRoleFromKey(const QString &key)
{
    for (const RoleName &name : roleNames) {
        if (key == QLatin1String(name.key))
            return name.role;
    }
    return std::nullopt;
}

QString entityRoleLabel(EntityRole role)
{
    for (const RoleName &name : roleNames) {
        if (name.role == role)
            return QCoreApplication::translate("re::Role", name.label);
    }
    return {};
}

QList<EntityRole> allEntityRoles()
{
    QList<EntityRole> result;
    for (const RoleName &name : roleNames)
        result.append(name.role);
    return result;
}

QString entityKindKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Country:
        return QStringLiteral("country");
    case EntityKind::Organisation:
        return QStringLiteral("organisation");
    case EntityKind::Grouping:
        return QStringLiteral("grouping");
    case EntityKind::Institution:
        return QStringLiteral("institution");
    }
    return {};
}

std::optional<EntityKind> entityKindFromKey(const QString &key)
{
    for (EntityKind kind : { EntityKind::Country, EntityKind::Organisation, EntityKind::Grouping,
             EntityKind::Institution }) {
        if (entityKindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace re
