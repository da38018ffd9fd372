// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QDate>
#include <QList>
#include <QStringView>
#include <utility>

class QRegularExpression;
class QRegularExpressionMatch;

namespace re::detail {

// Text helpers the three summary readers share (private to app/core/import).

/// True when the text holds so many control or replacement characters that it cannot be a
/// summary (binary data, or a file in another encoding than the one it was read with).
bool looksBinary(QStringView text);
/// Every line as (start, length), line ends ("\n", "\r\n", "\r") excluded.
QList<std::pair<qsizetype, qsizetype>> lineRanges(QStringView text);
/// A procedure reference such as 2025/2119(INI).
const QRegularExpression &referencePattern();
/// A visible dd/mm/yyyy date.
const QRegularExpression &datePattern();
/// The line "REF - DD/MM/YYYY - Stage".
const QRegularExpression &referenceLinePattern();
/// The date captured from groups firstGroup (day), +1 (month), +2 (year); invalid if none.
QDate dateFromMatch(const QRegularExpressionMatch &match, int firstGroup);
/// Trims white space at both ends of text and shifts the spans with it.
void trimWithSpans(QString &text, QList<TextSpan> &spans);

} // namespace re::detail
