// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace re {

struct Document;

/// The one rule for which entities a statement involves: the entities it names, the members of
/// every grouping it names (the Western Balkans involve Serbia), and every grouping holding an
/// entity it names (naming Serbia involves the Western Balkans). Built once per document from
/// its groupings, so that applying the rule costs the named entities, not the document's.
class Involvement
{
public:
    explicit Involvement(const Document &document);

    /// The involved ids of `named`, each once: first `named` in order, then what the groupings
    /// add, in the order they are reached.
    QStringList involved(const QStringList &named) const;
    /// Calls `visit(id)` for every id `named` involves, without building a list: an id may
    /// come more than once (callers that need each once remove the repeats). Only what is
    /// named expands: a grouping reached through a member does not add its other members.
    template<typename Visit> void visitInvolved(const QStringList &named, Visit &&visit) const
    {
        for (const QString &id : named) {
            visit(id);
            if (const auto it = m_membersOf.constFind(id); it != m_membersOf.constEnd()) {
                for (const QString &member : *it)
                    visit(member);
            }
            if (const auto it = m_groupingsOf.constFind(id); it != m_groupingsOf.constEnd()) {
                for (const QString &grouping : *it)
                    visit(grouping);
            }
        }
    }

private:
    QHash<QString, QStringList> m_membersOf; ///< grouping -> its members
    QHash<QString, QStringList> m_groupingsOf; ///< member -> the groupings holding it
};

} // namespace re
