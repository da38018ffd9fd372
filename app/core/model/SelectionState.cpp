// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/SelectionState.h"

#include <utility>

namespace re {

SelectionState::SelectionState(QObject *parent) : QObject(parent) { }

void SelectionState::setCurrentSection(const QString &sectionId)
{
    if (m_section == sectionId)
        return;
    m_section = sectionId;
    Q_EMIT currentSectionChanged(m_section);
    if (m_filter.sectionOnly) {
        ActionFilter filter = m_filter;
        filter.section = m_section;
        setFilter(filter);
    }
}

void SelectionState::setCurrentAction(const QString &actionId)
{
    if (m_action == actionId)
        return;
    m_action = actionId;
    Q_EMIT currentActionChanged(m_action);
}

void SelectionState::setFilter(const ActionFilter &wanted)
{
    ActionFilter filter = wanted;
    filter.entities.clear();
    for (const QString &id : wanted.entities) {
        if (!id.isEmpty() && !filter.entities.contains(id))
            filter.entities.append(id);
    }
    if (!filter.section.isEmpty()) {
        filter.sectionOnly = true;
        if (filter.section != m_section) {
            m_section = filter.section;
            Q_EMIT currentSectionChanged(m_section);
        }
    }
    filter.section = filter.sectionOnly ? m_section : QString();
    if (filter == m_filter)
        return;
    const ActionFilter previous = std::exchange(m_filter, filter);
    Q_EMIT filterChanged(m_filter, previous);
}

void SelectionState::setEntityFilter(const QStringList &entityIds)
{
    ActionFilter filter = m_filter;
    filter.entities = entityIds;
    setFilter(filter);
}

void SelectionState::toggleEntity(const QString &entityId)
{
    QStringList ids = m_filter.entities;
    if (!ids.removeOne(entityId))
        ids.append(entityId);
    setEntityFilter(ids);
}

void SelectionState::setThemeFilter(const QString &theme)
{
    ActionFilter filter = m_filter;
    filter.theme = theme;
    setFilter(filter);
}

void SelectionState::setVerbFilter(const QString &verbKey)
{
    ActionFilter filter = m_filter;
    filter.verb = verbKey;
    setFilter(filter);
}

void SelectionState::setSectionOnly(bool on)
{
    ActionFilter filter = m_filter;
    filter.sectionOnly = on;
    filter.section = on ? m_section : QString();
    setFilter(filter);
}

void SelectionState::setSearchText(const QString &text)
{
    ActionFilter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void SelectionState::setHoveredEntity(const QString &entityId)
{
    if (m_hovered == entityId)
        return;
    m_hovered = entityId;
    Q_EMIT hoveredEntityChanged(m_hovered);
}

void SelectionState::setSectionSearch(const QString &text)
{
    if (m_sectionSearch == text)
        return;
    m_sectionSearch = text;
    Q_EMIT sectionSearchChanged(m_sectionSearch);
}

void SelectionState::resetForNewDocument()
{
    m_section.clear();
    m_action.clear();
    m_filter = ActionFilter();
    m_hovered.clear();
}

} // namespace re
