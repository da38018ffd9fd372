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

/// Where the clause holding `position` starts and ends inside `sentence`: clauses are cut at
/// ";" and at a comma followed by "which", "who", "while" or "whereas".
TextSpan clauseAt(const QString &text, const TextSpan &sentence, qsizetype position);

/// True when `word` occurs at `position` of `text` as a whole word.
bool isWholeWordAt(const QString &text, qsizetype position, qsizetype length);

} // namespace re
