// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QStringList>

namespace re {

class ThemeCatalog;

/// A sentence of the text with the entities it names, as the statements are built from.
struct NamedSentence
{
    int paragraph = -1;
    TextSpan span;
    QStringList entities; ///< entity ids named in the sentence, each once, in order
};

/// The statements of a document: one per sentence or list item that carries Parliament's
/// position, never two of one sentence.
/// - A sentence with reporting verbs ("Parliament stressed", "calling for", "are urged to") is a
///   statement with one act per verb kind.
/// - A sentence without a speaker of its own after a statement of the same paragraph carries on
///   its reported content: a statement with that frame (its acts, implicit).
/// - A deontic clause ("must be reassessed", "should", "it is urgent to") adds an implicit call.
/// - A lead-in ending in a colon ("urged the Council to:") is no row of its own: each list item
///   after it (a paragraph starting with a dash, a bullet, "(a)" or a lower-case letter, in the
///   same section) is a statement with the lead-in's acts and addressees. A lead-in no item
///   follows stays a statement.
/// `sentences` are in reading order. Ids are "a1", "a2"... in that order.
QList<Action> buildStatements(
    const Document &document, const QList<NamedSentence> &sentences, const ThemeCatalog &themes);

} // namespace re
