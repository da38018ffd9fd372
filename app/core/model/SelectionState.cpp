// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/SelectionState.h"

namespace re {

SelectionState::SelectionState(QObject *parent)
    : QObject(parent)
{
}

void SelectionState::setCurrentSection(const QString &sectionId)
{
    if (m_section == sectionId)
        return;
    m_section = sectionId;
    Q_EMIT currentSectionChanged(m_section);
    if (m_sectionOnly)
        emitFiltersChanged();
}

void SelectionState::setCurrentAction(const QString &actionId)
{
    if (m_action == actionId)
        return;
    m_action = actionId;
    Q_EMIT currentActionChanged(m_action);
}

void SelectionState::setEntityFilter(const QStringList &entityIds)
{
    QStringList unique;
    for (const QString &id : entityIds) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
    if (m_entities == unique)
        return;
    m_entities = unique;
    Q_EMIT entityFilterChanged(m_entities);
    emitFiltersChanged();
}

void SelectionState::toggleEntity(const QString &entityId)
{
    QStringList ids = m_entities;
    if (!ids.removeOne(entityId))
        ids.append(entityId);
    setEntityFilter(ids);
}

void SelectionState::setThemeFilter(const QString &theme)
{
    if (m_theme == theme)
        return;
    m_theme = theme;
    Q_EMIT themeFilterChanged(m_theme);
    emitFiltersChanged();
}

void SelectionState::setVerbFilter(const QString &verbKey)
{
    if (m_verb == verbKey)
        return;
    m_verb = verbKey;
    Q_EMIT verbFilterChanged(m_verb);
    emitFiltersChanged();
}

void SelectionState::setSectionOnly(bool on)
{
    if (m_sectionOnly == on)
        return;
    m_sectionOnly = on;
    Q_EMIT sectionOnlyChanged(m_sectionOnly);
    emitFiltersChanged();
}

void SelectionState::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    Q_EMIT searchTextChanged(m_search);
    emitFiltersChanged();
}

void SelectionState::setHoveredEntity(const QString &entityId)
{
    if (m_hovered == entityId)
        return;
    m_hovered = entityId;
    Q_EMIT hoveredEntityChanged(m_hovered);
}

bool SelectionState::hasFilters() const
{
    return !m_entities.isEmpty() || !m_theme.isEmpty() || !m_verb.isEmpty() || m_sectionOnly
        || !m_search.isEmpty();
}

void SelectionState::clearFilters()
{
    if (!hasFilters())
        return;
    // One filtersChanged() for the whole clear, not five re-filters.
    m_batch = true;
    setEntityFilter({});
    setThemeFilter({});
    setVerbFilter({});
    setSectionOnly(false);
    setSearchText({});
    m_batch = false;
    Q_EMIT filtersChanged();
}

void SelectionState::reset()
{
    clearFilters();
    setCurrentAction({});
    setCurrentSection({});
    setHoveredEntity({});
}

void SelectionState::emitFiltersChanged()
{
    if (!m_batch)
        Q_EMIT filtersChanged();
}

} // namespace re
