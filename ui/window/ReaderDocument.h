// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QHash>
#include <QMultiHash>
#include <QString>

class QFont;
class QPalette;
class QTextDocument;

namespace re {

/// Where things landed in a reader document: positions are QTextDocument character positions.
struct ReaderLayout
{
    QString sectionId; ///< the section shown, "" for the whole resolution
    QHash<QString, TextSpan> actions; ///< action id -> its sentence
    /// The same sentences by Document::actions index, in reading order.
    QList<std::pair<int, TextSpan>> actionSpans;
    QMultiHash<QString, TextSpan> mentions; ///< entity id -> each name in the text
};

/// Fills `target` with a section's text (or the whole resolution for ""): headings, the
/// source's bold emphasis, entity names as "entity:<id>" links in their role's colour.
/// The text is inserted character for character, so document positions map back to the
/// paragraphs' spans; highlights are left to the caller. `sideMargin` goes left and right of
/// the text. Everything is written in one edit block, so a layout attached to `target` lays
/// the text out once, not after every insertion. `actionCounts` (Document::actionCounts(), which
/// the model keeps) gives the entity links' tooltips their number of actions.
ReaderLayout buildReaderDocument(QTextDocument *target, const Document &document,
    const QHash<QString, int> &actionCounts, const QString &sectionId, const QPalette &palette,
    const QFont &baseFont, qreal sideMargin = 0);

} // namespace re
