// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/Involvement.h"

#include "document/Document.h"

#include <QHash>
#include <utility>

namespace re {

Involvement::Involvement(const Document &document)
{
    for (const Entity &entity : document.entities) {
        if (entity.kind != EntityKind::Grouping)
            continue;
        m_membersOf.insert(entity.id, entity.members);
        for (const QString &member : entity.members) {
            QStringList &groupings = m_groupingsOf[member];
            // Only this grouping's own loop appends its id: checking the last is enough.
            if (groupings.isEmpty() || groupings.constLast() != entity.id)
                groupings.append(entity.id);
        }
    }
}

QStringList Involvement::involved(const QStringList &named) const
{
    QStringList result;
    result.reserve(named.size());
    QHash<QString, bool> seen; // for statements naming many entities: no quadratic look-ups
    const bool useSet = named.size() > 16;
    const auto add = [&](const QString &id) {
        if (useSet ? !std::exchange(seen[id], true) : !result.contains(id))
            result.append(id);
    };
    for (const QString &id : named)
        add(id);
    visitInvolved(named, add);
    return result;
}

} // namespace re
