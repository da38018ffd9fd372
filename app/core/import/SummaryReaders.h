// SPDX-FileCopyrightText: 2026 Resolution Explorer contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/SummaryBlocks.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace re {

/// The readers of the three forms of OEIL summary. Each returns the raw blocks in source order,
/// or nullopt with one sentence in *error ("no title line", "no paragraphs"...). They do not join
/// split paragraphs or split inline headings: normaliseBlocks() does that for all three.

/// `# Title`, a line `REF - DD/MM/YYYY - Stage`, paragraphs; `## *Heading*`, `### *Sub*`,
/// `**bold**`.
std::optional<SummaryBlocks> readMarkdownSummary(const QString &text, QString *error);

/// Text copied from the OEIL page: title line, reference line, date line, then blank-line
/// separated paragraphs; headings are short lines with no final full stop.
std::optional<SummaryBlocks> readPlainTextSummary(const QString &text, QString *error);

/// An OEIL page saved as HTML, parsed with gumbo. Headings are paragraphs styled italic and bold;
/// script and style content is ignored; nothing is executed or fetched.
/// A page that is an OEIL procedure file, not a summary, is refused with procedureFileNote().
std::optional<SummaryBlocks> readHtmlSummary(const QByteArray &html, QString *error);

/// For an OEIL procedure file page (its title says so): one sentence saying what it is and
/// where the summary of Parliament's decision is (its "Key events" row links it); empty for
/// any other page.
QString procedureFileNote(const QByteArray &html);

/// Shared clean-up: joins paragraphs split mid-sentence (no final stop, next starts lower case),
/// splits inline "Heading : text" paragraphs of older summaries, drops empty blocks.
void normaliseBlocks(SummaryBlocks &summary);

} // namespace re
