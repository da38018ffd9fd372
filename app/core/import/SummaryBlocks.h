// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/Document.h"

#include <QDate>
#include <QList>
#include <QString>

namespace re {

/// One block of a summary as a reader found it: a heading or a paragraph.
struct SummaryBlock
{
    enum class Kind { Heading, Paragraph };
    Kind kind = Kind::Paragraph;
    int level = 1; ///< heading level (1 top, 2 sub-heading); ignored for paragraphs
    QString text; ///< markup removed; hard line breaks already turned into spaces
    QList<TextSpan> emphasis; ///< bold runs inside text (paragraphs only)
    qsizetype sourceOffset = -1; ///< offset of the block in the source (characters), -1 unknown
    friend bool operator==(const SummaryBlock &, const SummaryBlock &) = default;
};

/// What every summary reader (Markdown, plain text, HTML) produces. The normaliser and the
/// document builder take it from there, so the three forms share every later step.
struct SummaryBlocks
{
    QString title;
    QString reference; ///< "2025/2119(INI)", empty if the source gives none
    QDate date; ///< the visible dd/mm/yyyy date, invalid if none
    QString stage; ///< "Text adopted by Parliament, single reading", may be empty
    QList<SummaryBlock> blocks;
};

} // namespace re
