// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QList>
#include <QString>

namespace re {

/// Sentences of a paragraph, in order, each without trailing white space. A full stop after a
/// known abbreviation ("e.g.", "No.") or an initial does not end a sentence.
QList<TextSpan> splitSentences(const QString &text);

/// The clauses of one sentence, cut at ";" and at a comma followed by "which", "who", "while"
/// or "whereas". Found in one scan; each look-up is a binary search, so that a long sentence
/// full of cues costs no more than its length.
class Clauses
{
public:
    Clauses(const QString &text, const TextSpan &sentence);
    /// As above, told whether the sentence holds ";", "which", "who", "whereas" or "while"
    /// (in any case): without one it has no boundary, and is not scanned for them.
    Clauses(const QString &text, const TextSpan &sentence, bool hasBoundaryWords);

    qsizetype count() const { return m_boundaries.size() + 1; }
    /// The clause holding `position` (a position on a boundary belongs to the clause after).
    qsizetype indexAt(qsizetype position) const;
    TextSpan clause(qsizetype index) const;
    TextSpan at(qsizetype position) const { return clause(indexAt(position)); }

private:
    TextSpan m_sentence;
    QList<TextSpan> m_boundaries; ///< in text order, absolute positions
};

/// True when `word` occurs at `position` of `text` as a whole word.
bool isWholeWordAt(const QString &text, qsizetype position, qsizetype length);

} // namespace re
