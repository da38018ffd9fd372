// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QHash>
#include <QList>
#include <QString>

namespace re {

/// One sentence with the entity mentions inside it, as the classifier reads it.
struct SentenceMentions
{
    const QString *text = nullptr; ///< the paragraph's text
    TextSpan sentence;
    QList<Mention> mentions; ///< mentions whose span lies in the sentence, in order
    int paragraph = -1;
};

/// The role a sentence gave an entity and where.
struct RoleFinding
{
    EntityRole role = EntityRole::Mentioned;
    int paragraph = -1;
};

/// Reads entity roles from the wording, sentence by sentence, with cue phrases:
/// "constitute(s) the most significant threat" (threat: the subject), "with the support of its
/// allies such as X" (supporter of the threat), "deploring X's obstruction" (criticised: the
/// object), "cooperation with X must be reassessed" (under review), "priority of the
/// partnerships signed with X" (priority partner), "X ... remain a cornerstone" (cornerstone
/// partner), "exploring/establishing a partnership with X" (partner to develop; a following
/// "They also ..." sentence continues that frame), "partnership with X" / "EU-X partnership"
/// (partner, or partner organisation). The strongest finding wins (threat first, plain
/// partner last). The EU itself, the speaking side, is given no role. An entity with no finding
/// stays "mentioned".
QHash<QString, RoleFinding> classifyRoles(
    const QList<SentenceMentions> &sentences, const QHash<QString, EntityKind> &kinds);

/// Precedence of roles when several sentences disagree (higher wins).
int rolePrecedence(EntityRole role);

} // namespace re
