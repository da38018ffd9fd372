// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Involvement.h"
#include "i18n/CountryNames.h"
#include "model/ActionFilter.h"

#include <algorithm>

namespace re {

namespace {

/// The trimmed free text as accepts() compares it.
QString foldedNeedle(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

} // namespace

ActionFilterIndex::ActionFilterIndex(const Document &document, const std::atomic_bool *cancel)
{
    const qsizetype count = document.actions.size();
    m_searchText.reserve(size_t(count));
    m_involvedStart.reserve(size_t(count) + 1);
    m_involvedStart.push_back(0);

    QHash<QString, int> entityByIdHash;
    entityByIdHash.reserve(document.entities.size());
    for (int i = 0; i < document.entities.size(); ++i)
        entityByIdHash.insert(document.entities.at(i).id, i);
    auto keyOf = [this](const QString &id) {
        const auto it = m_entityKeys.constFind(id);
        if (it != m_entityKeys.constEnd())
            return it.value();
        const int key = int(m_entityKeys.size());
        m_entityKeys.insert(id, key);
        return key;
    };
    for (const Entity &entity : document.entities)
        keyOf(entity.id);
    const Involvement involvement(document);

    const QChar sep = separator();
    std::vector<int> involved;
    for (const Action &action : document.actions) {
        if (cancel && m_searchText.size() % 1024 == 0 && *cancel)
            return;
        QString text;
        text.reserve(action.text.size() + 32 * (action.themes.size() + action.entities.size()));
        text += action.text;
        for (const QString &theme : action.themes)
            text += sep + theme;
        for (const QString &id : action.entities) {
            const int entity = entityByIdHash.value(id, -1);
            if (entity < 0)
                continue;
            // As ActionFilter::accepts(): the name in the text, and the one the views show.
            text += sep + document.entities.at(entity).name;
            if (const QString shown = displayName(document.entities.at(entity));
                shown != document.entities.at(entity).name)
                text += sep + shown;
        }
        m_searchText.push_back(std::move(text).toCaseFolded());

        involved.clear();
        involvement.visitInvolved(
            action.entities, [&](const QString &id) { involved.push_back(keyOf(id)); });
        std::sort(involved.begin(), involved.end());
        involved.erase(std::unique(involved.begin(), involved.end()), involved.end());
        m_involved.insert(m_involved.end(), involved.cbegin(), involved.cend());
        m_involvedStart.push_back(qsizetype(m_involved.size()));
    }

    // Sections in pre-order: a section's subtree is one contiguous range of positions. A
    // section reached twice (a malformed tree) keeps its first position, as sectionSubtree().
    const qsizetype sectionCount = document.sections.size();
    m_sectionOrder.assign(size_t(sectionCount), -1);
    m_sectionEnd.assign(size_t(sectionCount), -1);
    int position = 0;
    std::vector<std::pair<int, qsizetype>> stack; // section, next child to visit
    // Top-level sections first, then any section no top-level one reaches.
    for (qsizetype pass = 0; pass < 2 * sectionCount; ++pass) {
        const int root = int(pass % sectionCount);
        if (m_sectionOrder[size_t(root)] >= 0
            || (pass < sectionCount && document.sections.at(root).parent >= 0))
            continue;
        m_sectionOrder[size_t(root)] = position++;
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto &[current, next] = stack.back();
            const QList<int> &children = document.sections.at(current).children;
            if (next < children.size()) {
                const int child = children.at(next++);
                if (child >= 0 && child < sectionCount && m_sectionOrder[size_t(child)] < 0) {
                    m_sectionOrder[size_t(child)] = position++;
                    stack.emplace_back(child, 0);
                }
            } else {
                m_sectionEnd[size_t(current)] = position;
                stack.pop_back();
            }
        }
    }
}

const int *ActionFilterIndex::involvedBegin(int action) const
{
    return m_involved.data() + m_involvedStart[size_t(action)];
}

const int *ActionFilterIndex::involvedEnd(int action) const
{
    return m_involved.data() + m_involvedStart[size_t(action) + 1];
}

std::pair<int, int> ActionFilterIndex::sectionRange(int section) const
{
    if (sectionOrder(section) < 0)
        return { -1, -1 };
    return { m_sectionOrder[size_t(section)], m_sectionEnd[size_t(section)] };
}

int ActionFilterIndex::sectionOrder(int section) const
{
    if (section < 0 || size_t(section) >= m_sectionOrder.size())
        return -1;
    return m_sectionOrder[size_t(section)];
}

PreparedActionFilter::PreparedActionFilter(
    const ActionFilter &filter, const Document &document, const ActionFilterIndex &index)
    : m_document(document), m_index(index)
{
    if (!filter.verb.isEmpty()) {
        const std::optional<VerbKind> kind = verbKindFromKey(filter.verb);
        m_rejectAll = m_rejectAll || !kind;
        m_checkVerb = true;
        m_verb = kind.value_or(VerbKind::Call);
    }
    m_theme = filter.theme;
    if (const QString section = filter.section; !section.isEmpty()) {
        const auto [begin, end] = index.sectionRange(document.sectionIndex(section));
        m_rejectAll = m_rejectAll || begin < 0;
        m_sectionBegin = begin;
        m_sectionEnd = end;
    }
    if (!filter.entities.isEmpty()) {
        m_wantedEntities.assign(size_t(index.entityKeyCount()), 0);
        bool anyKnown = false;
        for (const QString &id : filter.entities) {
            const int key = index.entityKey(id);
            if (key >= 0) {
                m_wantedEntities[size_t(key)] = 1;
                anyKnown = true;
            }
        }
        m_rejectAll = m_rejectAll || !anyKnown;
    }
    if (!filter.text.isEmpty()) {
        m_needle = foldedNeedle(filter.text);
        m_checkText = !m_needle.isEmpty();
    }
}

bool PreparedActionFilter::accepts(int actionIndex) const
{
    if (m_rejectAll || actionIndex < 0 || actionIndex >= m_index.size()
        || actionIndex >= m_document.actions.size())
        return false;
    const Action &action = m_document.actions.at(actionIndex);
    if (m_checkVerb && !action.hasAct(m_verb))
        return false;
    if (!m_theme.isEmpty() && !action.themes.contains(m_theme, Qt::CaseInsensitive))
        return false;
    if (m_sectionBegin >= 0) {
        const int order = m_index.sectionOrder(action.section);
        if (order < m_sectionBegin || order >= m_sectionEnd)
            return false;
    }
    if (!m_wantedEntities.empty()) {
        const int *end = m_index.involvedEnd(actionIndex);
        const bool any = std::any_of(m_index.involvedBegin(actionIndex), end,
            [this](int key) { return m_wantedEntities[size_t(key)] != 0; });
        if (!any)
            return false;
    }
    if (m_checkText) {
        // The needle is trimmed and folded like the text; a needle holding the separator
        // would span two parts, which the unindexed accepts() never matches.
        return !m_needle.contains(ActionFilterIndex::separator())
            && m_index.searchText(actionIndex).contains(m_needle);
    }
    return true;
}

} // namespace re
