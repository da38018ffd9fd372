// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ActionFilter.h"

namespace re {

bool ActionFilter::isEmpty() const
{
    return entities.isEmpty() && theme.isEmpty() && verb.isEmpty() && section.isEmpty()
        && text.isEmpty();
}

bool ActionFilter::accepts(const Document &document, int actionIndex) const
{
    if (actionIndex < 0 || actionIndex >= document.actions.size())
        return false;
    const Action &action = document.actions.at(actionIndex);

    if (!verb.isEmpty() && verbKindKey(action.verb) != verb)
        return false;
    if (!theme.isEmpty() && !action.themes.contains(theme, Qt::CaseInsensitive))
        return false;
    if (!section.isEmpty()) {
        const int sectionIndex = document.sectionIndex(section);
        if (sectionIndex < 0 || !document.sectionSubtree(sectionIndex).contains(action.section))
            return false;
    }
    if (!entities.isEmpty()) {
        const QStringList involved = document.involvedEntities(action);
        const bool any = std::any_of(entities.cbegin(), entities.cend(),
                                     [&involved](const QString &id) { return involved.contains(id); });
        if (!any)
            return false;
    }
    if (!text.isEmpty()) {
        const QString needle = text.trimmed();
        if (action.text.contains(needle, Qt::CaseInsensitive))
            return true;
        for (const QString &theme : action.themes) {
            if (theme.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        for (const QString &id : action.entities) {
            const int entityIndex = document.entityIndex(id);
            if (entityIndex >= 0
                && document.entities.at(entityIndex).name.contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace re
